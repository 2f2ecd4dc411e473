"""Where a mixed statement ends: its reported clause's last word, never before the quote's
closing mark, and before a participle, a second speech act or another party's clause that
follows the quoted words.

Split from ``quoted.py`` (which finds what a quoted stretch is and who said it) so both stay
readable; each cut is a named rule recorded on the statement.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.beside_clauses import beside_end
from nlp.attribution.context import Context
from nlp.attribution.marks import PAIRS, Segment
from nlp.attribution.mixed_past_mark import RULE as PAST_MARK, past_mark_end
from nlp.attribution.mixed_ends import RUNS_ON, THAT_CONJUNCT, runs_on_end, second_that_clause

# "including", "following", "regarding": a preposition the tagger marks as a participle (the
# parser makes it ``prep``); it goes on with the clause's noun, it is no act of the speaker's
# or the writer's, so the mixed statement does not end before it
PREPOSITION = "mixed.preposition_not_participle"
MARKS = set(PAIRS) | set(PAIRS.values()) | {"''", "``"}


def mixed_end(ctx: Context, sent: Span, cue: Token, comp: Token | None,
               seg: Segment) -> tuple[int, list[str]]:
    """Where a mixed statement ends, and the rule that moved the end from the sentence's: its
    reported clause's last word (never before the quote's closing mark; so an attribution after
    the quote, '... may be "strategic," said X, a professor', is left out), and before a
    participle that starts a statement of its own (", noting ...")."""
    end, rules = sent.end_char, []
    if comp is not None and ctx.on("mixed.ends_with_clause"):
        last = comp.right_edge
        clause_end = max(last.idx + len(last), seg.close)
        if clause_end < end:
            end, rules = clause_end, ["mixed.ends_with_clause"]
    runs_on = runs_on_end(ctx, sent, seg)
    if runs_on is not None:  # 'the tone “was because ... . And I think ...”': to the mark
        return runs_on, [*rules, RUNS_ON]
    more = second_that_clause(ctx, cue, comp, end) if rules else None
    if more is not None:  # '... “could be unyielding,” and that Freddy had struggled'
        end, rules = more, [*rules, THAT_CONJUNCT]
    past = past_mark_end(ctx, sent, cue, seg, end) if rules and more is None else None
    if past is not None:  # '... “verbatim” and distributed ...': the clause goes on past the mark
        end, rules = past, [*rules, PAST_MARK]
    beside = beside_after_quote(ctx, cue, comp, seg, end)  # '“about right,” though voters ...'
    if beside is not None:
        end, rules = beside[0], [*rules, beside[1]]
    doc = ctx.doc
    for t in sent:
        if not seg.close <= t.idx < end or ctx.in_quote[t.i]:
            continue
        if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG":
            if doc[t.i + 1].dep_ == "prep" and doc[t.i + 1].lower_ != "according" \
                    and ctx.on(PREPOSITION):  # (", according to X" names a source: it ends)
                rules = [*rules, PREPOSITION]  # '“overwhelming” evidence, including ...'
                continue
            return t.idx, rules
        if t.tag_ == "VBG" and t.i > 1 and doc[t.i - 1].is_quote and not doc[t.i - 1].is_left_punct \
                and doc[t.i - 2].text == "," and ctx.on("mixed.participle_after_mark"):
            # '... “will remain artist-first,” adding that ...': the comma is inside the marks
            return doc[t.i - 1].idx + len(doc[t.i - 1]), [*rules, "mixed.participle_after_mark"]
        if t.pos_ != "CCONJ" or not ctx.on("statement.second_speech_act"):
            continue
        window = doc[t.i + 1: min(t.i + 5, sent.end)]
        verb = next((x for x in window if x.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.tag_ == cue.tag_ and any(ctx.is_cue(x) for x in window):
            # '... said it “represents ...,” and went on to argue that ...': a second act
            cut = t.i
            while cut > 0 and doc[cut - 1].is_punct and not doc[cut - 1].text in MARKS:
                cut -= 1
            return doc[cut].idx, [*rules, "statement.second_speech_act"]
    return end, rules


def beside_after_quote(ctx: Context, cue: Token, comp: Token | None, seg: Segment,
                        end: int) -> tuple[int, str] | None:
    """The end before another party's or the writer's clause after the quoted words
    (beside_clauses.py), never inside the marks."""
    span = ctx.doc.char_span(seg.close, end, alignment_mode="contract")
    if comp is None or span is None or len(span) < 3:
        return None
    found = beside_end(ctx, cue, comp.left_edge, span[-1])
    if found is None or found[0].idx + len(found[0]) < seg.close:
        return None
    return found[0].idx + len(found[0]), found[1]
