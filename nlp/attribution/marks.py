"""Quote marks: the quoted stretches of a text, and whether one is only a title.

Pure text work, before any parse is consulted: straight, curly, single, low-9 and guillemet
marks; an apostrophe is not a closing mark; a quote left open at a paragraph's end continues
into the next paragraph when that one opens with the same mark (newspaper convention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> its closing mark (punctuation, not words: kept here)
TWIN = "\x01"  # stands for the second apostrophe of a '' mark while marks are read
PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "„": "“"}
# any character that may open a quote: ``find_segments`` jumps from one to the next instead of
# reading every character of the text in Python (a pass over each article's whole text)
OPENING = re.compile("[" + re.escape("".join(PAIRS)) + "]")
WORD = re.compile(r"\w+")
# "I’m Glad I’m Dead", "Don't Stop": a contraction's tail is part of its capitalised word
CONTRACTION_TAIL = re.compile(r"(?<=\w)['’](?:m|s|t|re|ve|ll|d)\b")


def is_title(content: str, small_words: frozenset[str]) -> bool:
    """Title Case, at most six words, no sentence punctuation: the name of a work or product.
    A title with a subtitle ("Crippled America: How to Make America Great Again") may run to
    twelve words, and a title that ends its sentence keeps the full stop inside the marks."""
    body = content.rstrip(".") if len(WORD.findall(content)) >= 3 else content
    words = WORD.findall(CONTRACTION_TAIL.sub("", body))
    limit = 12 if body.count(":") == 1 and not body.endswith(":") else 6
    if not 1 <= len(words) <= limit or any(c in body.replace(":", "", limit // 12) for c in ".!?;:"):
        return False
    big = [w for w in words if w.lower() not in small_words or w is words[0]]
    return all(w[:1].isupper() for w in big) and any(len(w) > 2 for w in big)


BYLINE = re.compile(r"\s*,\s*by\s+(?:the\s+)?[A-Z]")  # '“Paper rivers”, by Ada Vell': a piece
YEAR_AFTER = re.compile(r"\s*\((?:[^()\n]{0,60}\s)?(?:1[89]|20)\d\d\)")  # '“No to X” (2005)'


def is_cited_title(text: str, open_: int, close: int, work_nouns: frozenset[str]) -> bool:
    """Words in marks that the text cites as the name of a piece, whatever their case (rule
    ``marks.cited_title``): a headline with its byline after it ('“Gallery to close,” by the
    Ledger's Ada Vell'), a slogan or work with its year in brackets ('“No to the harbour tax”
    (2005)'), or the title a work noun introduces ('her memoir, “Tough Choices.”', 'the series
    “Sixteen and President”'). Nobody is quoted saying them."""
    after = text[close:close + 80]
    comma_inside = text[max(open_, close - 3):close].rstrip("\"”’'").endswith(",")  # “...,” by
    if BYLINE.match(after) or comma_inside and BYLINE.match("," + after) or YEAR_AFTER.match(after):
        return True  # (a comma before "by": '“detained” by the police' is a passive's agent)
    before = text[max(0, open_ - 40):open_].rstrip()
    before = before[:-1].rstrip() if before.endswith(",") else before
    last = WORD.findall(before[-20:])
    return before[-1:].isalnum() and bool(last) and last[-1] in work_nouns  # lower case: a noun


@dataclass
class Segment:
    """A quoted stretch: content offsets, and the marks' offsets around it."""

    start: int
    end: int
    open: int
    close: int  # offset just past the closing mark (or the end of the paragraph)


def find_segments(text: str, apostrophes: bool = True) -> list[Segment]:
    """Quoted stretches in reading order. A paragraph whose quote is not closed continues into
    the next paragraph when that one opens with the same mark (newspaper convention), across
    the blank line that many pages put between paragraphs.

    Two apostrophes stand for a double mark in some wire copy (''like this''): they are read
    as one mark in a copy of the text of the same length (the second becomes ``TWIN``), so
    every offset still indexes ``text``. With ``apostrophes`` (rule ``marks.wrong_way_apostrophe``)
    a "‘s" glued to a word ("Orrin Inc.‘s offer") is a possessive typed with the wrong mark, not
    an opening quote."""
    segs: list[Segment] = []
    pending: Segment | None = None
    pending_mark = ""
    p_start = 0
    original, text = text, text.replace("''", '"' + TWIN)
    for para in text.split("\n"):
        i = 0
        if pending is not None and not para.strip():  # a blank line between paragraphs
            p_start += len(para) + 1
            continue
        if pending is not None:
            i, pending = _continue(para, p_start, pending, pending_mark, segs)
            if pending is not None:  # the quote runs on through this whole paragraph too
                p_start += len(para) + 1
                continue
        # only the opening marks are looked at: the scan jumps from one to the next
        at = OPENING.search(para, i)
        while at is not None:
            i = at.start()
            ch = para[i]
            if _is_opener(para, i) and not (apostrophes and _wrong_way_s(para, i)):
                close = _find_close(para, i + 1, ch)
                if close is None:
                    end = len(para.rstrip())
                    pending = Segment(p_start + i + 1, p_start + end, p_start + i, p_start + end)
                    pending_mark = ch
                    break
                if close > i + 1:
                    segs.append(Segment(p_start + i + 1, p_start + close, p_start + i,
                                        p_start + close + 1))
                i = close + 1
            else:
                i += 1
            at = OPENING.search(para, i)
        p_start += len(para) + 1
    if pending is not None:
        segs.append(pending)
    return [_trim(original, text, s) for s in segs if text[s.start:s.end].strip(TWIN + " \t\n")]


def _continue(para: str, p_start: int, pending: Segment, mark: str,
              segs: list[Segment]) -> tuple[int, Segment | None]:
    """A quote left open in the paragraph before: extend it when this paragraph opens with the
    same mark. Returns where to scan on, and the quote if it is still open."""
    stripped = para.lstrip()
    lead = len(para) - len(stripped)
    if not stripped.startswith(mark):
        segs.append(pending)
        return 0, None
    close = _find_close(para, lead + 1, mark)
    if close is None:
        pending.end = pending.close = p_start + len(para.rstrip())
        return 0, pending
    pending.end = p_start + close
    pending.close = p_start + close + 1
    segs.append(pending)
    return close + 1, None


def _is_opener(para: str, i: int) -> bool:
    ch = para[i]
    prev = para[i - 1] if i > 0 else " "
    nxt = para[i + 1] if i + 1 < len(para) else " "
    if nxt.isspace():
        return False
    if ch in "‘":  # only at a word's start, not in "rock ‘n’ roll" style elisions
        return not prev.isalnum()
    if ch == '"':
        return not prev.isalnum()
    return True


def _wrong_way_s(para: str, i: int) -> bool:
    """"Inc.‘s", "Corp.‘s": a left single mark between a word (or its full stop) and a lone
    "s" is an apostrophe some sites type the wrong way round; a quote never opens on "s "."""
    return para[i] == "‘" and i > 0 and not para[i - 1].isspace() and para[i - 1] not in "([{—–-\"“" \
        and para[i + 1:i + 2] == "s" and not para[i + 2:i + 3].isalnum()


def _find_close(para: str, j: int, opener: str) -> int | None:
    closer = PAIRS[opener]
    while True:
        k = para.find(closer, j)
        if opener == '"':  # some sites open with a straight mark and close with a curly one
            curly = para.find("”", j)
            if curly != -1 and (k == -1 or curly < k):
                return curly
        if k == -1:
            if opener == "“":  # some sites close curly quotes with a straight one
                k2 = para.find('"', j)
                return k2 if k2 != -1 else None
            return None
        if closer == "’":  # an apostrophe (don’t, Orrin’s) is not a closing mark
            nxt = para[k + 1] if k + 1 < len(para) else " "
            if nxt.isalpha():
                j = k + 1
                continue
        return k


def _trim(text: str, scan: str, s: Segment) -> Segment:
    """Content without the space and comma at its edges, nor the second of two apostrophes."""
    start, end = s.start, s.end
    while start < end and (text[start].isspace() or scan[start] == TWIN):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    close = s.close + 1 if s.close < len(scan) and scan[s.close] == TWIN else s.close
    return Segment(start, end, s.open, close)
