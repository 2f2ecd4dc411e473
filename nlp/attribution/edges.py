"""Attributions at a sentence's edge or set off inside it, read from the words around the cue
because the parser often hangs them on the wrong clause: "In a merger, he said, the brand
would survive", "According to X, ...", "As the Ledger reported, ..." (and, in
``inverted.py``, "<statement>, the site Sprocket reported on Monday"). Each returns one
statement (or None) for one sentence; the passes and the clause statements are run by
``reported.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from nlp.attribution.according_scope import clause_before
from nlp.attribution.context import Context
from nlp.attribution.marks import WORD
from nlp.attribution.misread_verbs import PARENTHETICAL as MISREAD_PARENTHETICAL, misread_verb
from nlp.attribution.parenthetical_subject import RULE as LONG_SUBJECT
from nlp.attribution.parenthetical_subject import long_subject
from nlp.attribution.quoted import according_to
from nlp.attribution.record import Quote, Speaker
from nlp.attribution.speakers import speaker_of_subject, speaker_or_written
from nlp.attribution.spurious import as_clause_reports_own
from nlp.attribution.unread import without_next_opening

NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"}
FINITE = ("VBD", "VBZ", "VBP", "MD")
CLOSER_LEAD = re.compile(r'^(?:[”’]|"(?=\s*,))[\s,]*')  # a closing mark left before the statement

class Covered:
    """Character spans already taken by a statement, sorted, for a quick overlap test."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [c[0] for c in self.spans]

    def overlaps(self, a: int, b: int) -> bool:
        # only spans starting before b can overlap [a, b)
        return any(e > a for _, e in self.spans[: bisect_right(self.starts, b - 1)])

    def crosses(self, a: int, b: int) -> bool:
        """A covered span overlaps [a, b) without lying inside it: [a, b) may hold a statement
        whole (an outer attribution reporting an inner one), never cut one."""
        return any(e > a and not (s >= a and e <= b) or (s, e) == (a, b)
                   for s, e in self.spans[: bisect_right(self.starts, b - 1)])

    def free(self, text: str, span) -> tuple[int, int] | None:
        """The span's offsets without trailing spaces and punctuation, or None when a statement
        already holds any of them: where a clause statement may be made."""
        start, end = span.start_char, span.end_char
        while end > start and text[end - 1] in " .,;":
            end -= 1
        return None if self.overlaps(start, end) else (start, end)

    def add(self, a: int, b: int) -> None:
        i = bisect_right(self.starts, a)
        self.starts.insert(i, a)
        self.spans.insert(i, (a, b))


def attributed(ctx: Context, start: int, end: int, cue: Token, who: Speaker | None,
                rule: str) -> Quote | None:
    """The indirect statement text[start:end] by ``who`` with ``cue``; None with no speaker."""
    if who is None:
        return None
    q = Quote(ctx.text[start:end], "indirect", start, end, speaker=who, rules=[rule, *who.rules])
    q.set_cue(cue.text.lower(), cue.lemma_.lower())
    return q


def parenthetical_statement(ctx: Context, sent: Span, cov: Covered) -> Quote | None:
    """"In a merger, he said, the brand would survive": the whole sentence, attributed to the
    cue set off by commas inside it."""
    par = parenthetical(ctx, sent) if ctx.on("statement.parenthetical") else None
    if par is None:
        return None
    cue, subj, *longer = par
    toks = ctx.words(sent)
    kept = without_next_opening(ctx, toks)  # (the next quote's opening mark left aside)
    start, end = sent.start_char, kept[-1].idx + len(kept[-1])
    while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in ".,;"):
        end -= 1
    if cov.overlaps(start, end):
        return None
    q = attributed(ctx, start, end, cue, speaker_or_written(ctx, subj, start),
                   "statement.parenthetical")
    if q is not None and len(kept) < len(toks):
        q.rules.insert(1, "statement.sentence_end_mark")
    if q is not None and longer:
        q.rules.insert(1, LONG_SUBJECT)
    if q is not None and cue.tag_ not in ("VBD", "VBZ", "VBP"):
        q.rules.insert(1, MISREAD_PARENTHETICAL)  # ", Vexa claims," read as a noun (misread_verbs.py)
    return q


def parenthetical(ctx: Context, sent: Span) -> tuple[Token, ...] | None:
    """A cue between commas in the middle of its sentence: "..., X said, ..." or "..., said
    X, ...", with at least two words before and three after. Returns (cue, speaker's head),
    plus the rule's name when the parse found a longer subject (parenthetical_subject.py)."""
    if not ctx.has_lemma(ctx.cues.report_verbs, sent.start, sent.end):
        return None
    toks = without_next_opening(ctx, ctx.words(sent))
    if any(ctx.in_quote[x.i] for x in toks):
        return None
    for k, t in enumerate(toks):
        if t.lemma_.lower() not in ctx.cues.report_verbs or k < 2 or k + 2 >= len(toks) \
                or t.tag_ not in ("VBD", "VBZ", "VBP") and misread_verb(ctx, t, parenthetical=True) is None:
            continue
        if toks[k + 1].text == ",":  # "..., X said, ..."
            j = k - 1
            while j >= 0 and (toks[j].pos_ in NP_POS or toks[j].pos_ == "PRON") and k - j <= 6:
                j -= 1
            phrase, after, left_comma = toks[j + 1:k], k + 2, j
        elif toks[k - 1].text == ",":  # "..., said X, ..."
            j = k + 1
            while j < len(toks) and toks[j].pos_ in NP_POS and j - k <= 5:
                j += 1
            phrase, after, left_comma = toks[k + 1:j], j + 1, k - 1
            if j >= len(toks) or toks[j].text != ",":
                phrase = []  # the walk did not reach the closing comma
        else:
            continue
        if left_comma < 1 or toks[left_comma].text != "," or not phrase:
            longer = long_subject(ctx, toks, k)  # "..., the head of X added, ..."
            if longer is None:
                continue
            phrase, after, left_comma, head = longer
            if len(toks) - after >= 3:
                return t, head, LONG_SUBJECT
            continue
        if len(toks) - after < 3:
            continue
        head = next((x for x in phrase if x.i in ctx.ent_of and x.pos_ == "PROPN"), None) \
            or next((x for x in reversed(phrase) if x.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if head is not None:
            return t, head
    return None


def blocked(ctx: Context, cov: Covered, start: int, end: int) -> bool:
    """An edge attribution's statement may not overlap one already found, unless it holds
    that one whole (``statement.nested_report``): in "Judge X ruled that P, Meridian Wire reported"
    and "According to Y, the labels claim P" the outer speaker reports the inner report, and
    both are statements (the real sets and PolNeAR annotate both)."""
    if ctx.on("statement.nested_report"):
        return cov.crosses(start, end)
    return cov.overlaps(start, end)


def according_statement(ctx: Context, sent: Span, cov: Covered) -> Quote | None:
    """"According to X, <statement>." or "<statement>, according to X."""
    acc = according_to(ctx, [sent]) if ctx.on("statement.according_to") else None
    if acc is None:
        return None
    according, obj = acc
    doc = ctx.doc
    last = obj.right_edge.i  # the parse may hang the comma closing an apposition on X itself
    while last > obj.i and doc[last].is_punct:
        last -= 1
    after = doc[last + 1: sent.end]
    rules = ["statement.according_to"] + (["statement.per_source"] if according.lower_ == "per" else [])
    if according.i == sent.start or according.i <= sent.start + 1:
        rest = after
    elif len(after) > 1 and after[0].text == "," and len(WORD.findall(after.text)) >= 3 \
            and ctx.on("statement.according_to_parenthetical"):
        rest = sent  # "The implication, according to the aide, is that ...": all of it
        rules.append("statement.according_to_parenthetical")
        side = _according_side(ctx, doc[sent.start: according.i], after[1:])
        if side is not None:
            rest = side
            rules.append("statement.according_to_one_side")
    else:
        rest = doc[sent.start: according.i]
        part = clause_before(ctx, rest, according)
        if part is not None:
            rest = part
            rules.append("statement.according_to_clause")
    # 'According to “Tagesschau”, P': the source's closing mark is not the statement's
    text = CLOSER_LEAD.sub("", rest.text.strip(" ,.;\n\t")).strip(" ,.;\n\t")
    kind = "indirect"
    if any(ctx.in_quote[x.i] for x in rest):
        # "According to X's policies, customers may not use it “to build a rival”": fragments in
        # marks that no cue took make the statement mixed (a whole quote is already covered)
        if not ctx.on("statement.according_to_mixed") \
                or all(ctx.in_quote[x.i] or x.is_punct for x in rest):
            return None
        kind = "mixed"
        rules.append("statement.according_to_mixed")
    if len(WORD.findall(text)) < 3:
        return None
    start = ctx.text.find(text, rest.start_char)
    end = start + len(text)
    if blocked(ctx, cov, start, end) or cov.overlaps(start, end) and (
            kind == "mixed" or not any(ctx.is_cue(x) for x in rest)):
        return None  # '“Q,” X told reporters, according to a translation': the quote's source
    who = speaker_or_written(ctx, obj, start)
    if cov.overlaps(start, end):  # (only when blocked let it through: nested_report is on)
        if who is not None and who.name and ctx.on("statement.nested_same_source") and any(
                ctx.is_cue(x) and getattr(speaker_of_subject(ctx, x, x.idx), "name", None) == who.name
                for x in rest):
            return None  # "X found P, according to X's representatives": X's words, said once
        rules.append("statement.nested_report")
    q = Quote(text, kind, start, end, speaker=who, cue=according.lower_ if according.lower_ == "per" else "according to",
              rules=rules)
    if who is not None:
        q.rules += who.rules
    return q


def _according_side(ctx: Context, before: Span, after: Span) -> Span | None:
    """A source set off mid-sentence ("P, according to X, ...") leaves the statement on one side
    of it when that side alone holds the main clause (rule ``statement.according_to_one_side``):
    before it when the words before hold one ("Centerview earned $600 million, according to
    filings, a huge sum for ...": the rest is the writer's comment), after it when the words
    before are only connectives ("But, according to the poll, P") or a subordinate clause
    ("While most were X, according to an official, two were Y"). Otherwise (the source
    between a subject and its verb) the whole sentence is the statement."""
    if not ctx.on("statement.according_to_one_side"):
        return None
    words = [x for x in before if not (x.is_punct or x.is_space)]
    if words and all(x.pos_ in ("ADV", "CCONJ", "INTJ") for x in words):
        return after
    if any(x.tag_ in FINITE and not ctx.in_quote[x.i] for x in before):
        return after if only_subordinate(ctx, before) else before
    return None


def as_reported_statement(ctx: Context, sent: Span, cov: Covered) -> Quote | None:
    """"As the Ledger reported on Monday, <statement>", "<statement>, as X noted", "As reported
    by X, <statement>": the clause the "as" attribution hangs on, without the attribution."""
    if not ctx.on("statement.as_reported") or not ctx.has_lemma(ctx.cues.report_verbs, sent.start, sent.end):
        return None
    for t in ctx.lemma_tokens(ctx.cues.report_verbs, sent.start, sent.end):  # (a cue verb or nothing)
        if t.dep_ != "advcl" or ctx.in_quote[t.i] \
                or ctx.not_speech(t) \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) \
                or as_clause_reports_own(ctx, t):
            continue
        who = next((c for c in t.children if c.dep_ == "nsubj"), None)
        agent = next((c for c in t.children if c.dep_ == "agent"), None)
        if who is None and agent is not None:
            who = next((c for c in agent.children if c.dep_ == "pobj"), None)
        lo, hi = t.left_edge.i, t.right_edge.i
        if who is None or ctx.in_quote[who.i]:
            continue
        if lo <= sent.start + 1:  # "As X reported, <statement>."
            rest = ctx.doc[hi + 1: sent.end]
        elif hi >= sent.end - 3:  # "<statement>, as X noted."
            rest = ctx.doc[sent.start: lo]
        else:
            continue
        text = rest.text.strip(" ,.;:\n\t\u00a0")
        if len(WORD.findall(text)) < 4 or any(ctx.in_quote[x.i] for x in rest) \
                or not any(x.tag_ in FINITE for x in rest):
            continue
        start = ctx.text.find(text, rest.start_char)
        end = start + len(text)
        if cov.overlaps(start, end):
            continue
        return attributed(ctx, start, end, t, speaker_or_written(ctx, who, start),
                           "statement.as_reported")
    return None


def only_subordinate(ctx: Context, clause: Span) -> bool:
    """"Minutes after the voting began, X announced ...", "Soon after W was booed, X wrote ...",
    "In May, as a protester was led out, X said ...": every tensed verb of the words before the
    attribution sits in a clause its subordinator ("after", "as", "whether"; cues.yml
    ``occasion_words``) ties to the cue. What they hold is the occasion, told by the writer; a
    main clause ("If it rains, the match moves, X said") is what was said (rule
    ``statement.subordinate_only``)."""
    if not ctx.on("statement.subordinate_only"):
        return False
    subordinators = ctx.cues.occasion_words | {"whether"}
    finite = [x for x in clause if x.tag_ in FINITE and not ctx.in_quote[x.i]]
    if not finite:
        return False
    for x in finite:
        t, tied = x, False
        while clause.start <= t.i < clause.end:
            if t.dep_ in ("aux", "auxpass"):
                t = t.head
                continue
            if any(c.dep_ == "mark" and c.lower_ in subordinators for c in t.children):
                tied = True
                break
            if t.head.i == t.i:
                break
            t = t.head
        if not tied:
            return False
    return True
