"""Reported speech the first passes leave unread (issue 12, speech recall on real news).

``clause_quotes_unread``: "Trump told a town hall that waterboarding is “peanuts,” compared
to ...", "Mr. Nevins said he pursued a new ''Twin Peaks'' only because ...". A reported clause
that holds words in quote marks was left to the quote pass, which reads the marks as a mixed
quote; when that pass made no statement of them (a title, a fragment naming a thing), the
clause the cue reports is still what was said. It is taken whole, as a mixed statement, only
when every quoted stretch in it opens and closes inside it (a quote running on past the clause
is a direct quote's business) and no statement already covers any of it.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from nlp.attribution.authority_findings import RULE as AUTHORITY_RULE, authority_finder
from nlp.attribution.context import Context
from nlp.attribution.marks import WORD, is_title
from nlp.attribution.named_inside import RULE as NAMED_INSIDE
from nlp.attribution.named_inside import names_only
from nlp.attribution.record import Quote
from nlp.attribution.speakers import speaker_or_written, subject_of

if TYPE_CHECKING:  # edges.py imports quoted.py, which imports this module
    from nlp.attribution.edges import Covered
    from nlp.attribution.marks import Segment


def quotes_inside(ctx: Context, cue: Token, span: Span, rules: list[str] | None = None) -> bool:
    """Every quoted stretch overlapping ``span`` was read (a page past the cap of quoted
    stretches leaves some unread), lies within it, marks included (a closing mark may follow
    the clause's last word), and hangs on no cue of its own between it and ``cue`` (such a
    fragment is the mixed reading's, which names its speaker from that cue), unless that cue
    only names it (``named_inside.names_only``: "said X ignores what Y called “a bargain”"; the
    rule's name is added to ``rules`` when it lets a fragment in)."""
    a, b = span.start_char, span.end_char
    segs = ctx.segments
    starts = [s.open for s in segs]
    read = 0
    for s in segs[max(0, bisect_right(starts, a) - 1): bisect_right(starts, b)]:
        if s.close <= a or s.open >= b:
            continue
        if s.open < a or s.close > b + 2:
            return False
        frag = ctx.doc.char_span(s.open, s.close, alignment_mode="expand")
        if frag is None:
            return False
        inner = [x for x in frag.root.ancestors
                 if x.i != cue.i and span.start <= x.i < span.end and ctx.is_cue(x)]
        if inner:
            if not all(names_only(ctx, x, frag) for x in inner):
                return False
            if rules is not None and NAMED_INSIDE not in rules:
                rules.append(NAMED_INSIDE)
        read += len(frag)
    return read >= sum(ctx.in_quote[x.i] for x in span)


# Verbs of finding or ruling, not of saying: "the actors later found X was selling voices as
# “Kyle Snow”" reports a discovery, and the names in marks are no speech to report.
FINDING_VERBS = frozenset({"find", "rule", "determine", "conclude", "hold", "order", "indicate",
                           "show", "signal", "point"})


def clause_with_unread_quote(ctx: Context, cue: Token, span: Span,
                             rules: list[str] | None = None) -> bool:
    """The rule ``statement.clause_quotes_unread``: a reported clause holding quote marks is
    still a statement when it follows its cue and the quotes lie inside it (overlap with
    statements already made is checked by the caller, as for any clause). A clause before its
    cue is left alone: with quotes about, the parser's reach back from a cue is often a
    sentence of narrative ("the star posted a message ...: “...” she wrote"); so is a cue in
    a relative clause ("training sets it claimed X used ... as well as “Dragnet”"), whose
    complement the parser often stretches to the sentence's end. The rule backs up the mixed
    reading: with ``statement.mixed`` switched off, clauses with marks stay unread."""
    return ctx.on("statement.clause_quotes_unread") and ctx.on("statement.mixed") \
        and span.start > cue.i \
        and cue.dep_ not in ("relcl", "acl") \
        and (cue.lemma_.lower() not in FINDING_VERBS or ruling_on_titles(ctx, cue, span)
             or _authority(ctx, cue, rules)) \
        and quotes_inside(ctx, cue, span, rules)


def _authority(ctx: Context, cue: Token, rules: list[str] | None) -> bool:
    """A court's or a report's finding keeps its clause (authority_findings.py), named in the
    trace."""
    if not authority_finder(ctx, cue):
        return False
    if rules is not None and AUTHORITY_RULE not in rules:
        rules.append(AUTHORITY_RULE)
    return True


# A court's or an office's verbs of deciding: "ruled that", "held that", "determined that".
RULING_VERBS = frozenset({"rule", "hold", "determine", "conclude"})


def ruling_on_titles(ctx: Context, cue: Token, span: Span) -> bool:
    """The rule ``statement.ruling_on_titled_work``: "the court ruled that the “Glass Orchard
    Chair” images did not constitute a work". A ruling about a work the text names in marks is
    still what the court decided: a verb of ruling keeps its clause when every quoted stretch in
    it is a title (``is_title``). Other finding verbs ("the actors found X sold voices as “Kyle
    Snow”") and any clause holding marks that are not a title stay unread."""
    if cue.lemma_.lower() not in RULING_VERBS or not ctx.on("statement.ruling_on_titled_work"):
        return False
    a, b = span.start_char, span.end_char
    inside = [s for s in ctx.segments if s.close > a and s.open < b]
    return bool(inside) and all(is_title(ctx.text[s.start:s.end], ctx.cues.title_small_words)
                                for s in inside)


CONDITION_WORDS = frozenset({"if", "when"})


def opens_condition(ctx: Context, first: Token, comps: list) -> bool:
    """The rule ``statement.condition_not_question``: "Cruz said if elected he could work with
    them", "he said when he retired, he would not stay silent". A reported clause opening on
    "if" or "when" is an indirect question only when the word introduces the complement itself
    ("asked if he would run": its head is the clause the cue takes); when it opens a condition
    or a time inside that clause (its head is another verb), the clause is a statement."""
    if first.lower_ not in CONDITION_WORDS or not ctx.on("statement.condition_not_question"):
        return False
    heads = {c.i for c in comps if hasattr(c, "i")}
    return bool(heads) and first.head.i not in heads and first.head.i != first.i


HOW_RULE = "statement.how_clause_reported"


def how_as_that(ctx: Context, cue: Token, first: Token) -> bool:
    """The rule ``statement.how_clause_reported``: "Mara Ellison noted how Orrin Labs avoids any
    blame", "he explained how he expanded the business": a "how" clause under a verb of telling
    a known thing (``cues.yml`` ``how_report_verbs``: note, explain, describe, recount ...)
    states that it is so, as "that" would; under "say", "ask", "know" or "tell" it stays an
    indirect question. Session 20: one on the seven readable sets (aiip-dev35, annotated) and
    four in PolNeAR dev 150 (all annotated); none left out."""
    return first.lower_ == "how" and ctx.on(HOW_RULE) \
        and cue.lemma_.lower() in ctx.cues.how_report_verbs


RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "what"})


def relative_statement(ctx: Context, t: Token, cov: "Covered") -> Quote | None:
    """The rule ``statement.relative_reported``: "records that officials said would harm the
    review", "a wall, which he said the government should pay for", "each book they say the
    company copied". The cue sits in a relative clause and the relative word, fronted before
    its subject, belongs to the clause it reports (the parser hangs the word on that clause's
    verb): what was said is that clause after the cue, with the cue's subject as speaker.
    ``t`` is a cue verb the ordinary clause rule made nothing of."""
    if t.dep_ != "relcl" or not ctx.on("statement.relative_reported") \
            or any(c.dep_ in ("neg", "auxpass") or c.tag_ == "MD" for c in t.children):
        return None  # "which one might say would hinder ...": a hedge of the writer's, no report
    comps = [c for c in t.children if c.dep_ == "ccomp" and c.i > t.i]
    subj = subject_of(ctx, t)
    if len(comps) != 1 or subj is None or subj[0].i > t.i:
        return None
    clause, rel = comps[0], comps[0].left_edge
    if rel.i >= subj[0].left_edge.i or rel.lower_ not in RELATIVE_WORDS \
            or not any(a.i == clause.i for a in (rel, *rel.ancestors)):
        return None
    span = ctx.doc[t.i + 1: clause.right_edge.i + 1]
    while len(span) and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    if len(WORD.findall(span.text)) < 3 or any(ctx.in_quote[x.i] for x in span):
        return None
    start, end = span.start_char, span.end_char
    if cov.overlaps(start, end):
        return None
    who = speaker_or_written(ctx, subj[0], start)
    if who is None:
        return None
    q = Quote(ctx.text[start:end], "indirect", start, end, speaker=who,
              rules=["statement.relative_reported", subj[1], *who.rules])
    q.set_cue(t.text.lower(), t.lemma_.lower())
    return q


def quote_ends_clause(ctx: Context, seg: "Segment") -> bool:
    """The rule ``statement.quote_ends_clause``: "said that if the fleet pulls back, “our
    harbours will not save us.”", "added that after taxes, “they were not living large.”".
    A quote after a comma that looks like a sentence of its own is the end of a reported
    clause opened before it when the parse hangs the quote's main verb, through words outside
    the marks, on a cue before it whose complement starts after the cue and before the marks:
    what was said is that whole clause (a mixed statement), not its quoted tail."""
    if not ctx.on("statement.quote_ends_clause"):
        return False
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is None:
        return False
    below = frag.root
    if not any(c.dep_ in ("nsubj", "nsubjpass") and ctx.in_quote[c.i] for c in below.children):
        return False  # its subject before the marks: statement.predicate_in_marks's business
    for anc in below.ancestors:
        if ctx.in_quote[anc.i] or anc.idx >= seg.open:
            return False
        if ctx.is_cue(anc):
            if below.dep_ not in ("ccomp", "xcomp") or below.left_edge.i <= anc.i:
                return False
            opening = ctx.doc[below.left_edge.i: frag.start]
            return len(WORD.findall(opening.text)) >= 3 and not any(ctx.in_quote[x.i] for x in opening)
        below = anc
    return False


def without_next_opening(ctx: Context, toks: list[Token]) -> list[Token]:
    """The rule ``statement.sentence_end_mark``: "Time, Mr. Doe added, was on their side. ''It's
    early,'' he said." The sentence splitter often leaves the next quote's opening mark on the
    sentence before (after its full stop, most of all with two apostrophes for a double mark);
    the sentence's own words hold no quote, and a pass that reads only unquoted sentences
    should read it. Returns the tokens without such a trailing mark."""
    end = len(toks)
    while end and toks[end - 1].is_punct and ctx.in_quote[toks[end - 1].i]:
        end -= 1
    if end == len(toks) or not end or toks[end - 1].text not in (".", "!", "?") \
            or not ctx.on("statement.sentence_end_mark"):
        return toks
    return toks[:end]
