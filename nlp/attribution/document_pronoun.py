"""Which document "it" goes on with when the document spoke through a misread cue, or when the
only organisation since it is part of what is being said (issue 12, session 13).

Rule ``pronoun.it_document`` (standing.py) lets "it added" follow a lawsuit that spoke in the
sentence before, unless an organisation acted after that lawsuit. Two kinds of real text kept
it from working:

- ``pronoun.it_document_misread``: "“...”, Tolvane's lawsuit states, and ..." -- the small model
  tags "states" as a plural noun and "lawsuit" as its compound, so the document is no subject.
  When ``cue.misread_plural`` (misread_cues.py) reads that noun as the cue, the document spoke.
- ``pronoun.it_document_owner``: "The case's principal claim remains intact. It alleges ..."
  -- the subject is a part the suit owns, not the suit, so "it" went to the company last named.
- ``pronoun.org_in_reported_clause``: "Both Orrin and Vell's actions, it adds, “were unlawful”"
  -- the organisations stand inside the subject of the very clause the pronoun's cue is
  inserted in: they are what the document says something about, not a party that acted since
  it spoke, so they do not stop "it" from going on with the document. An organisation that is
  the subject itself ("Orrin, it adds, was ...") is left as the bound, as before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.misread_cues import misread_document
from nlp.attribution.record import Speaker

MISREAD_RULE = "pronoun.it_document_misread"
OWNER_RULE = "pronoun.it_document_owner"


def suit_owning_subject(ctx: Context, t: Token) -> Token | None:
    """The suit that owns the subject ``t`` of a sentence: "The case's principal claim remains
    intact. It alleges ..." -- the claim is the suit's, so "it" goes on with the suit (and its
    plaintiff), not with the company last named (session 19)."""
    if t.dep_ not in ("nsubj", "nsubjpass") or ctx.in_quote[t.i] or not ctx.on(OWNER_RULE):
        return None
    return next((c for c in t.children if c.dep_ == "poss"
                 and ctx.cues.document_speakers.get(c.lemma_.lower()) == "plaintiff"), None)
REPORTED_RULE = "pronoun.org_in_reported_clause"


def spoke_through_misread(ctx: Context, t: Token) -> bool:
    """The document noun ``t`` is the subject of a speech verb the tagger read as its plural
    compound ("Tolvane's lawsuit states")."""
    return ctx.on(MISREAD_RULE) and t.dep_ == "compound" and t.head.i == t.i + 1 \
        and misread_document(ctx, t.head) is not None and misread_document(ctx, t.head).i == t.i


def org_in_reported_subject(ctx: Context, pos: int, org: Span | None) -> bool:
    """``org`` stands inside (never as the head of) the subject of the clause that the cue of
    the pronoun at ``pos`` interrupts: "Both Orrin and Vell's actions, it adds, were ..."."""
    if org is None or not ctx.on(REPORTED_RULE):
        return False
    pron = next((t for t in org.sent if t.idx == pos), None)
    if pron is None or pron.dep_ != "nsubj" or pron.head.dep_ not in ("parataxis", "ccomp"):
        return False
    cue, clause = pron.head, pron.head.head
    if cue.dep_ == "ccomp" or clause.i < cue.i or not ctx.is_cue(cue):
        return False  # the cue is inserted before the clause's verb, between commas
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subj is None or org.root.i == subj.i:
        return False
    return subj.left_edge.i <= org.start and org.end <= subj.i + 1


ACCORDING_RULE = "speaker.previous_according_to"


def according_before(ctx: Context, tok: Token, subj: Token) -> Speaker | None:
    """"Orrin copied the songs, according to the lawsuit. It added that ...": the sentence
    before was itself a statement of "according to Y", so its subject (Orrin) is what Y said
    something about; "it" opening the next sentence goes on with Y -- the lawsuit's plaintiff,
    the outlet, the company -- never with the party the statement was about (rule
    ``speaker.previous_according_to``, asked by ``speaker.previous_subject``, continuity.py).
    Only "it", and only when Y stands for an organisation, an outlet or a court's filing; a
    person ("according to Mara Ellison") is no "it": the other rules decide (None)."""
    from nlp.attribution.continuity_quotes import it_labels
    from nlp.attribution.speakers import speaker_of

    if tok.lower_ != "it" or not ctx.on(ACCORDING_RULE):
        return None
    verb = subj.head
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    to = next((c for c in prep.children if c.lower_ == "to"), None) if prep is not None else None
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None or ctx.in_quote[source.i]:
        return None
    ent = ctx.ent_of.get(source.i)
    if ent is not None:
        found = Speaker(ctx.canonical(ent), ent.label_, ent.text) if ent.root.i == source.i else None
    else:
        found = speaker_of(ctx, source, source.idx)
    if found is None or found.name is None:
        return Speaker(None, None, tok.text, rules=(ACCORDING_RULE, "speaker.as_written"))
    if found.label not in it_labels(ctx) and not (
            source.lemma_.lower() in ctx.cues.document_speakers and ent is None):
        return None
    return Speaker(found.name, found.label, tok.text, found.role, found.org, rules=(ACCORDING_RULE, *found.rules))


def misread_spoke(ctx: Context, t: Token) -> Speaker | None:
    """Who spoke through a cue the tagger misread as a noun ("Tessaly's lawsuit states"), for
    ``speaker.continues_previous`` looking for the last speaker (coref.py): the document's
    party. Without it "it adds" went past that cue to the speaker before it (rule
    ``pronoun.it_document_misread``)."""
    from nlp.attribution.standing import behind_document

    doc_noun = misread_document(ctx, t) if t.tag_ == "NNS" and ctx.on(MISREAD_RULE) else None
    kind = ctx.cues.document_speakers.get(doc_noun.lemma_.lower()) if doc_noun is not None else None
    found = behind_document(ctx, kind, doc_noun, t.idx) if kind is not None and not ctx.in_quote[t.i] else None
    if found is None or found[0] is None:
        return None
    return Speaker(found[0], found[1], doc_noun.text, rules=(MISREAD_RULE, *found[2]))
