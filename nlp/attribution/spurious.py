"""Statements the passes find that no one made: read from real coverage where the sets'
annotators agree nothing was said (session 9, precision on the AI-IP development sets).

Each function is one named, switchable rule (``nlp/attribution/rules.py``) and acts only where
a cue or a statement already is: no walk over the document's tokens or sentences.

- ``statement.no_one_said``: "no one has noted that P", "no defendant has answered": a subject
  with a negative determiner says that nobody said P.
- ``statement.in_question``: "Do rights holders claim that P?": a clause
  in a sentence that is itself a question is asked, not stated.
- ``statement.inside_same_cue``: one cue gives one statement; a shorter statement of the same
  speaker and cue lying inside a longer one (a quoted fragment read again on its own) is dropped.
- ``attribution.next_own_quote``: the short sentence after a quote names its speaker only when
  that sentence's cue has no quote of its own ("“A.” “B,” says X." — X said B, not A) and is not
  negated ("“A.” X did not respond to a request for comment." — X said nothing).
- ``statement.as_clause_own_report``, ``statement.question_fragment``,
  ``attribution.indefinite_subject_kept``: see their functions.

Tried and dropped (measured): a cue under a modal ("can claim", "will tell you that"): PolNeAR
counts those as speech; a short quote right after a preposition read as a fragment: it handed
a passive cue's hearer the quote.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD
from nlp.attribution.record import Quote

NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone", "neither"})


def no_one_said(ctx: Context, subj: Token) -> bool:
    """The cue's subject says nobody spoke: "no one"/"no defendant" (a "no" determiner), "nobody",
    "none". Whatever the clause holds, it is the writer's observation that it was not said."""
    if not ctx.on("statement.no_one_said"):
        return False
    return subj.lower_ in NEGATIVE_SUBJECTS or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def in_question(ctx: Context, cue: Token) -> bool:
    """The cue's sentence ends with a question mark outside quote marks: a question (a bulleted
    "Can X do P?", "Did the firm say that P?") asks whether P; nobody asserted it. The sentence
    is found by its start offset (the Context's table), not by walking the document."""
    if not ctx.on("statement.in_question"):
        return False
    k = bisect_right(ctx.sent_starts, cue.idx) - 1
    if k < 0:
        return False
    sent = ctx.sents[k]
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "?" and not ctx.in_quote[last.i]


def inside_same_cue(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Without a statement that lies inside a longer one of the same speaker and cue word, when
    that cue word is not inside the longer one (then it is an inner act of speaking: "said P,
    though she said Q" keeps Q). 'X insisted they “should be heard” in the case, and ...' read
    once from the fragment and once from the clause is one statement, the clause."""
    if not ctx.on("statement.inside_same_cue") or len(quotes) < 2:
        return quotes
    drop = set()
    for i, q in enumerate(quotes):
        if q.cue is None:
            continue
        for j, o in enumerate(quotes):
            if j == i or j in drop or o.cue != q.cue or not (o.start <= q.start and q.end <= o.end) \
                    or (o.start, o.end) == (q.start, q.end) or _speaker(o) != _speaker(q):
                continue
            before = ctx.text[o.start:q.start].lower()
            if q.cue.lower() not in WORD.findall(before):
                drop.add(i)
                break
    return [q for i, q in enumerate(quotes) if i not in drop]


def _speaker(q: Quote) -> tuple[str | None, str | None]:
    s = q.speaker
    return (s.name, s.text) if s is not None else (None, None)


def next_sentence_speaks(ctx: Context, nxt: Span, cue: Token) -> bool:
    """The cue of the sentence after a quote can name that quote's speaker: it is not negated
    (a no-comment says its subject said nothing) and no quote of its own stands before it in
    its sentence (that quote is what it attributes)."""
    if not ctx.on("attribution.next_own_quote"):
        return True
    if any(c.dep_ == "neg" for c in cue.children) or any(
            c.dep_ == "neg" for a in cue.children if a.dep_ == "aux" for c in a.children):
        return False
    return not any(ctx.in_quote[t.i] for t in ctx.doc[nxt.start:cue.i])


def as_clause_reports_own(ctx: Context, cue: Token) -> bool:
    """"P comes as more users insist that Q": an "as" clause whose cue takes a clause of its own
    reports that clause (Q), not the main clause it hangs on (``statement.as_clause_own_report``);
    "P, as X noted" has no complement and vouches for P."""
    return ctx.on("statement.as_clause_own_report") and any(c.dep_ == "ccomp" for c in cue.children)


QUESTION_OPENERS = frozenset({"whether"})


def asks_question(ctx: Context, comp: Token | None) -> bool:
    """The cue's complement around a quoted fragment opens with "whether" ("the suit questioned
    whether the tool relies on “piracy on a vast scale”"): an indirect yes-no question, which
    asserts neither answer (``statement.question_fragment``). Not "how" or "why": under
    "explained how", "described why" they report what was said (and PolNeAR counts "asked how
    ..." as speech); "if" may open a condition."""
    return comp is not None and ctx.on("statement.question_fragment") \
        and comp.left_edge.lower_ in QUESTION_OPENERS


INDEFINITE = frozenset({"another", "a", "an", "one", "some"})


def indefinite_source(ctx: Context, subj: Token) -> bool:
    """"Another user replied, “...”", "One reader wrote, “...”": the quote's own cue has an
    indefinite subject that no party stands for: a new, unnamed source, kept as written
    (``attribution.indefinite_subject_kept``), never the speaker of a quote before or after.
    Documents ("a statement said") are left to the document rules."""
    return ctx.on("attribution.indefinite_subject_kept") and subj.pos_ == "NOUN" \
        and subj.lemma_.lower() not in ctx.cues.document_speakers \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in subj.children)
