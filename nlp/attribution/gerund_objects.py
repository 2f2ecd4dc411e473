"""What a verb of admitting or denying says in a gerund (issue 12, session 18; rule
``statement.gerund_object``): "Orrin Labs acknowledged downloading the archive", "the company
admitted last year to using the database until 2023", "Vexa denies using any of the photos in
its model, calling the claim guesswork". "Admitted using X" is "admitted that it used X": a
statement with the subject's own act as its content, though it has no finite verb, so the
reported-clause passes (which ask for one) dropped it. Counted over the readable real sets
(session 18): annotated as a statement by five writers (aiip-dev18, dev22, dev26, dev31, dev33;
7 instances, 6 of them missed), and left out only where a larger statement already holds it.

The statement runs from the gerund to the sentence's end (its objects, an apposition the parse
hung elsewhere, a coordinated second gerund), but stops before the cue's next act: ", calling
..." or ", claiming that ..." hung on the cue is the subject's next act. Only the verbs of
``cues.yml`` ``gerund_cues`` (their gerund object is a proposition; "stopped using", "started training" are not said), with the gerund right after
the cue, after "to" ("admitted to using"), or after a short adverbial ("admitted last year to").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from nlp.attribution.context import Context

RULE = "statement.gerund_object"
GERUND_DEPS = ("xcomp", "ccomp", "csubj", "dobj", "pcomp", "pobj", "advcl")


def _gerund(cue: Token) -> Token | None:
    """The gerund the cue takes: a child of the cue, or of its "to", right of it."""
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is not None and nxt.tag_ == "VBG" and nxt.dep_ == "amod" and nxt.head.head.i == cue.i \
            and nxt.head.dep_ == "dobj":
        return nxt  # "acknowledged downloading LibGen, ...": the gerund parsed as the object's adjective
    for c in cue.children:
        if c.i <= cue.i:
            continue
        if c.tag_ == "VBG" and c.dep_ in GERUND_DEPS:
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            return next((g for g in c.children if g.tag_ == "VBG" and g.dep_ in ("pcomp", "pobj")), None)
    return None


def _end(ctx: "Context", cue: Token, g: Token) -> int:
    """Past the gerund's phrase: up to the sentence's end, or to the cue's next act (", calling
    ...", ", claiming that ...", "and said ..."), a clause hung on the cue itself. The parse's
    own phrase of the gerund is too short where an apposition was hung elsewhere ("using a
    database, Books3, containing ...")."""
    sent_end = g.sent.end
    for x in ctx.doc[g.right_edge.i + 1: sent_end]:
        if x.head.i == cue.i and x.dep_ in ("advcl", "conj", "ccomp", "cc") and x.i > g.i:
            stop = x.i
            while stop > g.i and ctx.doc[stop - 1].text in (",", ";", "—", "–", "and", "but"):
                stop -= 1
            return stop
    return sent_end


def gerund_object(ctx: "Context", cue: Token) -> tuple[Span, str] | None:
    if cue.lemma_.lower() not in ctx.cues.gerund_cues or not ctx.on(RULE) or cue.dep_ == "relcl":
        return None  # ("a dataset which Vexa acknowledges using for X": the object is the relative's)
    g = _gerund(cue)
    if g is None or g.i - cue.i > 5 or ctx.in_quote[g.i] \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children):
        return None  # (a gerund with its own subject is another's act: "denied staff taking")
    if any(x.pos_ in ("VERB", "AUX") or x.text in (",", ";", ":") or x.dep_ in ("dobj", "dative")
           or x.head.i == g.i for x in ctx.doc[cue.i + 1: g.i]) or g.dep_ == "advcl" and g.i != cue.i + 1:
        return None  # "admitted, after a review, using", "denied the motion finding": a noun use
    doc = ctx.doc
    end = _end(ctx, cue, g)
    while end > g.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    span = doc[g.i:end]
    if len(span) < 2 or any(ctx.in_quote[x.i] for x in span):
        return None
    return span, RULE
