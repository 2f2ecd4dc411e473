"""Quoted words that a cue governs but no one stated as a claim: a quote whose cue is passive
with no agent (who heard it is named, not who said it), a label given to an object ("described
X as “Y”"), a request put to a court in a to-infinitive, a fragment in a subordinate clause of
its own. Kept apart from ``quoted.py`` (which finds and attributes quotes) because each is a
reason to say nothing, named and switchable like every rule; ``court_request`` serves the
reported-clause pass too."""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment


def heard_only(ctx: Context, seg: Segment) -> bool:
    """The cue the quote hangs on is passive with no agent ('Ellison was told his voice would
    be used for a “research project”'): its subject is who heard it, and no one is named as
    having said it (the reported-clause pass skips such cues too). Not when another cue reports
    the passive one ('..., the lawsuit stated', 'according to the lawsuit'): that is the speaker."""
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is None:
        return False
    cues = [a for a in frag.root.ancestors if ctx.is_cue(a)]
    sent = frag.sent  # its text cut from the joined text: ``Span.text`` makes a Token per word
    if not cues or "according to" in ctx.text[sent.start_char:sent.end_char].lower():
        return False
    return all(any(c.dep_ == "auxpass" for c in cue.children)
               and not any(c.dep_ == "agent" for c in cue.children) for cue in cues)


def not_stated(ctx: Context, cue: Token, comp: Token | None, seg: Segment) -> bool:
    """A fragment that no one stated as a claim, though a cue governs it: a label its cue gives
    an object ('described the deal as “a friendship”', 'accused X of “stream ripping”': no
    clause, ``statement.naming_object``) or a request to a court in a to-infinitive ('asked the
    court to throw out the “baseless” claims': ``statement.infinitive_request``)."""
    lemma = cue.lemma_.lower()
    if comp is None and lemma in ctx.cues.naming_cues and ctx.on("statement.naming_object"):
        return True
    return ctx.on("statement.infinitive_request") and any(
        court_request(ctx, cue, c) and c.left_edge.idx <= seg.open <= c.right_edge.idx
        for c in cue.children)


def court_request(ctx: Context, cue: Token, inf: Token) -> bool:
    """'asked a federal court to throw out ...': ``inf`` is a to-infinitive (a bare verb with
    its 'to': no tense, nothing asserted) that the request verb ``cue`` puts to a court or a
    judge, its object or the infinitive's subject. A motion asks; what it claims is elsewhere."""
    if cue.lemma_.lower() not in ctx.cues.request_verbs or inf.dep_ not in ("xcomp", "ccomp") \
            or inf.tag_ != "VB" or not any(c.tag_ == "TO" for c in inf.children):
        return False
    asked = [c for c in (*cue.children, *inf.children) if c.dep_ in ("dobj", "nsubj", "dative")
             and c.i != cue.i and c.i > cue.i]
    return any(a.lemma_.lower() in ctx.cues.request_addressees for a in asked)


def in_other_clause(ctx: Context, seg: Segment, cue: Token) -> bool:
    """The fragment lies in a subordinate clause of its own between it and the cue (rule
    ``mixed.needs_clause``): "avoided answering a clue while X's answer was marked as “gross
    violation”" — what the clause says is the writer's, not what the cue's subject said. A
    fragment in the cue's complement, its object or a characterization ("called it “fraud”",
    "pledged to “fight”") stays a statement, as the project's gold sets and PolNeAR count it."""
    if not ctx.on("mixed.needs_clause"):
        return False
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is None:
        return False
    t = frag.root
    while t.i != cue.i and t.head.i != t.i:
        if t.dep_ == "advcl" and t.head.i == cue.i \
                and any(c.dep_ == "mark" and c.lower_ != "that" for c in t.children):
            return True
        t = t.head
    return False


def _quote_follows(ctx: Context, cue: Token) -> bool:
    """The cue's next word, past marks and a colon or comma, is quoted ('said “no”')."""
    for t in ctx.doc[cue.i + 1: cue.i + 4]:
        if not t.is_punct:
            return ctx.in_quote[t.i]
    return False


def no_clause(ctx: Context, start: int, end: int, cue: Token) -> bool:
    """The words a mixed statement would be hold no clause (``mixed.no_clause``): no finite
    verb anywhere in them ("reported an increase in “model extraction attempts”", "called it a
    “spectacular victory”", "protested against the “unauthorized” use of its content"), or they
    open with a to-infinitive ("threatening to “pursue all legal remedies”", "urged the startup
    to “immediately” cease"). A noun phrase names what the cue is about and an infinitive what
    someone asks, plans or promises: neither states that something is so, and the real sets
    leave both out. A reported clause ("said the deal “will never close”") always has a tensed
    verb, inside the marks or out; one the writer opens with "that" is a clause whatever the
    tagger made of a quoted verb ('that X “cherry-picked” answers', tagged an adjective), and
    "called the deal “a template”" is a small clause (the deal is a template: PolNeAR and the
    project's own sets count it; cues.yml naming_cues leaves "call" out for that reason). A
    quote opening right after a verb of utterance ('X said “no”': cues.yml utterance_cues) is
    the words spoken, however short."""
    if not ctx.on("mixed.no_clause") or cue.lemma_.lower() == "call" and any(
            c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in cue.children):
        return False
    if cue.lemma_.lower() in ctx.cues.utterance_cues and _quote_follows(ctx, cue):
        return False
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start > 0 and ctx.doc[span.start - 1].lower_ == "that":
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if words and words[0].tag_ == "TO" and len(words) > 1 and words[1].tag_ == "VB" or \
            len(words) > 2 and words[0].tag_ == "TO" and words[1].pos_ == "ADV" and words[2].tag_ == "VB":
        return True
    # a quoted word the tagger took for a noun but the parser gave a subject ('the admission
    # “changes everything”') is the clause's verb
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or ctx.in_quote[t.i] and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in words)


def relative_elsewhere(ctx: Context, seg: Segment, cue: Token) -> bool:
    """A cue heading a relative clause on a noun speaks only inside that clause (rule
    ``mixed.relative_cue_elsewhere``): in "According to the filing, the passages Kestrow says
    Merrow copied were produced by prompts that already held the “reproduced” text", "says"
    is Kestrow's account of the passages, and the fragment further on is the filing's words."""
    if cue.dep_ != "relcl" or not ctx.on("mixed.relative_cue_elsewhere"):
        return False
    first, last = cue.left_edge, cue.right_edge
    return not (first.idx <= seg.open < last.idx + len(last))


IMPERSONAL = "statement.impersonal_passive"
# "it’s alleged that ...": with a curly apostrophe the parser reads "’s" as "has" and "it" as the
# subject of an active "alleged"; the contraction of "is" before a participle is the passive
BE_FORMS = frozenset({"'s", "’s", "is", "was", "are", "were", "be", "been", "being"})


def impersonal_passive(ctx: Context, cue: Token) -> bool:
    """Rule ``statement.impersonal_passive``: "it’s alleged that P", "it is claimed that P": an
    expletive "it" before a form of "be" and the cue's participle names nobody (the passive's
    speaker is unsaid), so the clause is no one's statement, never the organisation "it" would
    stand for elsewhere."""
    return ctx.on(IMPERSONAL) and cue.tag_ == "VBN" \
        and any(c.lower_ == "it" and c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) \
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ in BE_FORMS for c in cue.children)
