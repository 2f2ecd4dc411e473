"""Verbs the parser hung on the cue that cannot be the speaker's next act: two rules read by
``clause_conjuncts.ends_elsewhere`` (issue 12, session 13: spans cut short on real coverage).

- ``statement.conjunct_disagrees_with_speaker``: "They allege that the model was trained
  without consent, ignores attribution and fails to notify users": the parser coordinated
  "ignores" and "fails" with the cue ("allege") and the clause ended at the first comma, a
  third of what was alleged. A finite verb with no subject of its own shares the cue's
  subject only if it agrees with it in number; "ignores" cannot take "They", so it is a
  member of the reported clause's own list (whose subject it does agree with), and what was
  said goes on to that list's end. Only a present-tense form shows number (past forms do
  not), so only those decide: a conjunct that agrees, or shows no number, is left where the
  other rules put it.
- ``statement.conjunct_without_joiner``: "Orrin argued it didn't know third-party users were
  copying the books": the parser made "were copying" (subject "users") a conjunct of "argued"
  and the clause ended at "know". Coordination needs a joiner: a clause that opens right
  after the reported clause's last word, with no comma, "and" or "but" between, is not a
  second clause beside the cue but the object of the clause's last verb; what was said goes
  on to its end.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

DISAGREES = "statement.conjunct_disagrees_with_speaker"
NO_JOINER = "statement.conjunct_without_joiner"

SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})
# what may stand between the clause's end and the conjunct: ", ", ", and", "and then"
JOINERS = frozenset({"CCONJ", "PUNCT", "ADV"})


def conjunct_last_word(ctx: Context, right: Token, x: Token) -> Token | None:
    """The last word of conjunct ``x`` read as part of a statement that ended at ``right``: None
    when the words it adds hold a quote or a cue of their own (a second statement, not more of
    this one); trailing punctuation and a paragraph's end are not said."""
    doc = ctx.doc
    if any(ctx.in_quote[t.i] or ctx.is_cue(t) for t in doc[right.i + 1: x.right_edge.i + 1]):
        return None
    end = x.right_edge.i
    while end > x.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[end]


def _number(subj: Token) -> str | None:
    """'sg' or 'pl' for the cue's subject, None when its words do not show it."""
    if any(c.dep_ == "conj" for c in subj.children):
        return "pl"  # "Ada Vell and the guild allege"
    low = subj.lower_
    if low in SINGULAR_PRONOUNS or subj.tag_ in ("NN", "NNP"):
        return "sg"
    if low in PLURAL_PRONOUNS or subj.tag_ in ("NNS", "NNPS"):
        return "pl"
    return None


def _present_number(v: Token) -> str | None:
    """'sg' for 'ignores' / 'is failing' / 'has failed', 'pl' for 'ignore' (finite) / 'are' /
    'have', None for a past or non-finite form."""
    aux = next((c for c in v.children if c.dep_ in ("aux", "auxpass")), None)
    tag = aux.tag_ if aux is not None else v.tag_
    return {"VBZ": "sg", "VBP": "pl"}.get(tag)


def disagreeing_end(ctx: Context, cue: Token, left: Token, right: Token) -> Token | None:
    """The last word of the list a disagreeing conjunct of the cue belongs to, or None. Only
    after a clause that follows its cue, with nothing but joiners before the conjunct and no
    quote or cue in the words it adds."""
    if not ctx.on(DISAGREES) or left.i < cue.i:
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    number = _number(subj) if subj is not None else None
    if number is None:
        return None
    doc = ctx.doc
    x = next((c for c in cue.children if c.dep_ == "conj" and c.i > right.i
              and c.pos_ in ("VERB", "AUX")), None)
    if x is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in x.children):
        return None
    form = _present_number(x)
    if form is None or form == number:
        return None
    if any(t.pos_ not in JOINERS or t.text in (";", ":") for t in doc[right.i + 1: x.left_edge.i]):
        return None
    return conjunct_last_word(ctx, right, x)


def unjoined_end(ctx: Context, cue: Token, left: Token, right: Token) -> Token | None:
    """The last word of a clause with a subject of its own that the parser coordinated with
    the cue although it opens right after the reported clause with no joiner (``NO_JOINER``),
    or None. No quote and no cue in the words it adds."""
    if not ctx.on(NO_JOINER) or left.i < cue.i:
        return None
    doc = ctx.doc
    x = next((c for c in cue.children if c.dep_ == "conj" and c.i > right.i
              and c.pos_ in ("VERB", "AUX")), None)
    if x is None or x.left_edge.i != right.i + 1 or right.is_punct \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
        return None
    added = doc[right.i + 1: x.right_edge.i + 1]
    if any(ctx.in_quote[t.i] or ctx.is_cue(t) or t.text in (";", ":") for t in added):
        return None
    end = x.right_edge.i
    while end > x.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[end]
