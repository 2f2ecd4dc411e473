"""A mixed statement whose reported clause goes on after the closing quote mark (rule
``mixed.clause_past_mark``, read by ``mixed_spans.mixed_end``), issue 12 session 15.

'she stated the facts were "not complicated," given that Orrin did not dispute ...'; 'the
defendants respond that the plaintiffs' requested “windfall” makes no sense as ...'; 'claiming
its chatbot had replicated articles “verbatim” and distributed inaccurate summaries'. A quote
mark breaks the parser's tree: it hangs the words after the mark on the cue (a conjunct, a
preposition of the main verb), so the reported clause seems to end at the mark, and the
statement kept half of what was said (every writer of the real sets spans the whole clause:
"mixed = the whole reported clause with its quoted fragments and marks"). So when the clause
ends at the closing mark and a word follows it at once (no comma outside the marks: the
clause is not closed there), the statement runs on to the sentence's end; the cuts
``mixed_end`` makes after the quote (a comma-led participle, a second speech act, another
party's clause) still apply to the longer span.

Not when what follows is the attribution or another act of the speaker: a cue after the mark
('“...” said Ada Vell', '“...,” she added'), "according to", or a verb joined to the cue with
the cue's own tense ('called it “ill-advised” and announced a suit': the speaker's next act).
Only the words of the statement's own sentence are read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment

RULE = "mixed.clause_past_mark"
CLOSING = frozenset("”\"'’")


def past_mark_end(ctx: Context, sent: Span, cue: Token, seg: Segment, end: int) -> int | None:
    """The sentence's end (before its final stop) when the mixed statement ends at ``seg``'s
    closing mark and the sentence goes on with the clause's words; else None (``RULE``)."""
    if not ctx.on(RULE) or end > seg.close or seg.close >= sent.end_char \
            or seg.close > len(ctx.text) or ctx.text[seg.close - 1] not in CLOSING \
            or cue.i >= sent.end or cue.idx > seg.open:
        return None
    doc = ctx.doc
    rest = [t for t in sent if t.idx >= seg.close]
    while rest and (rest[-1].is_punct or rest[-1].is_space or rest[-1].is_quote):
        rest.pop()
    if len(rest) < 2 or rest[0].is_punct or rest[0].is_quote or rest[0].is_space:
        return None  # ('“...”, she said', '“...” — ...': the clause closes at the mark)
    if any(ctx.in_quote[t.i] or t.text in ("“", '"') for t in rest):
        return None  # another quote follows: its own statement decides
    for n, t in enumerate(rest):
        if ctx.is_cue(t) and (t.dep_ in ("ROOT", "parataxis") or t.head.i == cue.i
                              or n < 4 and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i
                                               and c.idx >= seg.close for c in t.children)):
            return None  # '“...” said Ada Vell', '“...” she added', '... and he warned that'
        if t.lower_ == "according":
            return None
    first = rest[0]
    if first.pos_ == "CCONJ" and rest[1].lower_ == "that":
        return None  # '“...,” and that Q': the cue's second clause (mixed.that_conjunct)
    if first.pos_ == "CCONJ" and len(rest) > 1:
        verb = next((x for x in rest[1:4] if x.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.tag_ == cue.tag_ and verb.head.i in (cue.i, cue.head.i):
            return None  # 'called it “ill-advised” and announced a suit': the speaker's next act
    last = rest[-1]
    return last.idx + len(last)
