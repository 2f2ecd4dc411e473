"""A direct quote resumed right after its attribution ("“A,” she said. “B.”"): whether the
two parts are one statement, as news corpora annotate them (rule
``statement.continued_after_attribution``), or the words between say something more and the
second part is a statement of its own. Asked by the component for each pair of quotes in a row.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD
from nlp.attribution.mixed_spans import MARKS
from nlp.attribution.quoted import MAX_ATTRIBUTION_WORDS
from nlp.attribution.record import Quote

RUNS_ON = "statement.resumed_runs_on"


def continues(ctx: Context, prev: Quote, q: Quote) -> bool:
    """A direct quote resumed right after its attribution in the same paragraph ("“A,” she
    said. “B.”", "“A,” said X, a professor who ..., referring to Y. “B.”"): the gap is one
    attribution holding the first part's cue, and the second part names no other speaker. The
    two are one statement (how news corpora annotate them). The gap says something more when
    it holds a second cue or finite verb outside a relative or participle clause ("..., adding,
    “B”", "The senator said he ...: “B”"), or a sentence that goes on past its end ("... said.
    Others paid tribute. “B”"): then B is a statement of its own."""
    if prev.kind != "direct" or q.kind != "direct" \
            or not ctx.on("statement.continued_after_attribution"):
        return False
    gap = ctx.text[prev.end:q.start]
    if runs_on(ctx, q):  # '“A,” she said. “B” but the “C”': B opens a mixed statement of its own
        prev.rules.append(RUNS_ON)  # (traced on A, the statement it kept apart)
        return False
    if "\n" in gap or q.cue is not None and q.cue != prev.cue \
            and "attribution.carried_from_previous" not in q.rules:
        return False  # "“B,” he told the Guardian": the second part has an attribution of its own
    words = WORD.findall(gap.lower())
    quoted = len(WORD.findall(prev.text)) + len(WORD.findall(q.text))
    if not words or len(words) > min(MAX_ATTRIBUTION_WORDS, quoted):
        return False  # a long attribution ("said X, who ...") would make most of the statement
    span = ctx.doc.char_span(prev.end, q.start, alignment_mode="contract")
    cue = prev.cue if prev.cue in words else gap_cue(ctx, span, ctx.text[prev.end - 1:q.start])
    if cue is None or span is not None and _says_more(ctx, span, cue):
        return False
    if q.speaker is None or not q.speaker.name:
        return True
    return prev.speaker is not None and q.speaker.name == prev.speaker.name


def runs_on(ctx: Context, q: Quote) -> bool:
    """Rule ``statement.resumed_runs_on``: the second part does not close its sentence but runs
    on in the writer's words to more words in marks ('“The alleged injury is not X” but the “use
    of Y”'): the quoted pieces make a mixed statement, not the rest of the first quote. A second
    part that runs on with no more marks ('“B” and other issues') stays joined: PolNeAR joins
    it (six more statements, none found, on its development part when split)."""
    if not ctx.on(RUNS_ON) or q.text.rstrip()[-1:] in ".?!":
        return False
    line = ctx.text[q.end: q.end + 200].split("\n", 1)[0]
    rest = line.lstrip("\"”’' ")
    sentence = re.split(r"[.?!]\s", rest, maxsplit=1)[0]
    return rest[:1].isalpha() and rest[:1].islower() and ("“" in sentence or '"' in sentence)


def gap_cue(ctx: Context, gap: Span | None, between: str) -> str | None:
    """The cue of an attribution standing between two quotes when the first quote took its
    speaker or cue from elsewhere ("“A,” the filing states, “B”" after a quote cued by "wrote";
    "“A,” he said. “B.”" after a colon's introduction): the gap's one speech verb is that first
    quote's own attribution (rule ``statement.continued_gap_cue``). None when the gap holds no
    cue or more than one: two cues say more than one attribution, and when the first quote
    closes its sentence ("... soundbites.” In a statement, it said, “B”"): the cue then
    introduces the second quote, not the first."""
    if gap is None or not ctx.on("statement.continued_gap_cue"):
        return None
    marks = ",.;:!? \"'“”‘’"
    # the punctuation closing the first quote: the quote's own last character when it is a mark,
    # then the run of marks after it ('...,” the filing states' -> ',” ')
    first, rest = between[:1], between[1:]
    head = (first if first in marks else "") + rest[:len(rest) - len(rest.lstrip(marks))]
    if "," not in head:
        return None
    cues = [t for t in gap if ctx.is_cue(t)]
    return cues[0].lower_ if len(cues) == 1 else None


def _says_more(ctx: Context, gap: Span, cue: str) -> bool:
    """The words between two quotes are more than the first quote's attribution: the first
    quote runs on into its sentence ("“A” and 14 percent said “B”"), a second cue or a finite
    verb opens a clause of its own (", she said, but despite ... was", ", adding, “B”", "who
    said Sanders is ...": a statement of its own), or words go on past the end of a sentence
    (a lone "But" before the second quote still continues it). Descriptions of the speaker
    or the occasion ("said X, who ...", "said Y as she sat ...", "when asked about ...") do not."""
    words = [t for t in gap if t.is_alpha]
    i = words[0].idx - 1 if words else -1
    while i >= 0 and not ctx.text[i].isalnum() and ctx.text[i] not in ",.?!;:—–-":
        i -= 1
    if i < 0 or ctx.text[i].isalnum() and (words[0].pos_ in ("CCONJ", "SCONJ", "ADP", "PART")
                                           or words[0].lower_ == "that"):
        return True
    last = next((t for t in reversed(gap) if t.text not in MARKS and not t.is_space), gap[-1])
    if not (last.is_punct or last.lower_ == cue or last.pos_ == "CCONJ"):
        return True  # "... a co-editor of “Chick Lit”": the second quote is inside a sentence
    seen_cue = ended = False
    for t in gap:
        if t.text in (".", "!", "?"):
            ended = True
            continue
        if t.is_alpha and (ended or t.pos_ == "CCONJ" and t.head.pos_ in ("VERB", "AUX")
                           and _clause_kind(t.head, gap) is None) \
                and not (t.pos_ == "CCONJ" and t.i == words[-1].i):
            return True  # (an "and" inside "who was raised in X and is ..." describes the speaker)
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass") and t.head.lower_ == cue \
                or t.dep_ == "amod" and ctx.on("statement.continued_gap_cue"):
            continue  # ("said a written statement from X": a participle describing a noun)
        clause = _clause_kind(t, gap)
        if t.lower_ == cue and not seen_cue and clause is None:
            seen_cue = True
        elif clause is not None:
            if ctx.is_cue(t) and (clause == "advcl" and t.tag_ != "VBN"
                                  or any(c.dep_ == "ccomp" for c in t.children)):
                return True  # "before adding: “B”", "who said Y is ...": statements of their own
        elif ctx.is_cue(t) or t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _clause_kind(t: Token, gap: Span) -> str | None:
    """The relative, participle or adverbial clause of the gap that ``t`` lies in ("said X,
    who represents ...", "the aide known as Bob", "as she sat ..."), or None."""
    while gap.start <= t.i < gap.end and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "advcl"):
            return t.dep_
        t = t.head
    return None
