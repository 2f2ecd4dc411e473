"""A paragraph of someone's words with no quote marks, introduced by "X said:" at the end of
the paragraph before.

Pages often print a long quote as a block (an indented or boxed paragraph) and the marks are
lost when the text is extracted: "Ada Vell, the guild's director, says:\\nWe see that ...".
A paragraph that ends with a speech verb and a colon hands the whole next paragraph to that
verb's speaker, as a direct quote (``statement.colon_paragraph``), the same way a colon before
an opening mark does (``attribution.colon_intro``, intro.py). Only when the colon closes the
verb's own clause ("said:", "told the Ledger:", "said in a statement:") and the verb has a
subject of its own; never a list or a heading ("The ruling covers three points:", "In short:",
"Read the updates below:"), a question asked ("asked:"), a document handed on ("tweeted the
transcript:"), or a paragraph that opens with a mark (the marks' own rules read it), a bullet
or markup. A statement the
other rules found inside the block is part of the speaker's words and is not kept apart.

Read only where a colon ends a line: one text search, no pass over the tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Quote
from nlp.attribution.speakers import as_written, speaker_of, subject_of

RULE = "statement.colon_paragraph"
COLON_AT_LINE_END = re.compile(r":[ \t]*\n\s*")
OPENING = "“\"‘'«„"
CLOSING = "”\"’'»“"
BULLETS = "-–—•*·▪"
MIN_WORDS = 5


def colon_paragraphs(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """The statements found, with each block paragraph as one direct quote in place of any
    statement found inside it."""
    if not ctx.on(RULE) or ":\n" not in ctx.text.replace(" \n", "\n"):
        return quotes
    blocks = [q for m in COLON_AT_LINE_END.finditer(ctx.text) if (q := _block(ctx, m)) is not None]
    if not blocks:
        return quotes
    kept = [q for q in quotes if not any(b.start <= q.start and q.end <= b.end for b in blocks)]
    return sorted(kept + blocks, key=lambda q: q.start)


def _block(ctx: Context, m: re.Match) -> Quote | None:
    text = ctx.text
    start = m.end()
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or text[start] in OPENING or text[start] in BULLETS or text[start] == "<":
        return None  # marks (their own rules), a list, markup ("<tweet ...>")
    if text[end - 1] in CLOSING and sum(text.count(c, start, end) for c in "“«„") < text.count(text[end - 1], start, end):
        end -= 1  # a closing mark whose opening the page lost
        while end > start and text[end - 1].isspace():
            end -= 1
    if len(text[start:end].split()) < MIN_WORDS:
        return None
    span = ctx.doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
    if span is None or ctx.in_quote[span.start]:
        return None
    cue = _cue_closed_by(ctx, span[0])
    if cue is None:
        return None
    subj = subject_of(ctx, cue)
    if subj is None:
        return None
    who = speaker_of(ctx, subj[0], start)
    if who is None or not who.name:
        who = as_written(ctx, subj[0])
    if who is None:
        return None
    q = Quote(text[start:end], "direct", start, end, speaker=who, rules=[RULE, subj[1], *who.rules])
    q.set_cue(cue.text.lower(), cue.lemma_.lower())
    return q


def _cue_closed_by(ctx: Context, colon: Token) -> Token | None:
    """The speech verb whose clause the colon closes: every word between the verb and the colon
    hangs on the verb ("told the Ledger:", "said in a statement:"); not a verb that asks."""
    sent = colon.sent
    for t in reversed(ctx.doc[sent.start: colon.i]):
        if t.is_space or t.is_punct:
            continue
        if ctx.is_cue(t):
            if t.lemma_.lower() in ctx.cues.asking_verbs or not _own_words(ctx, t):
                return None
            inside = all(t.left_edge.i <= w.i <= t.right_edge.i for w in ctx.doc[t.i + 1: colon.i])
            return t if inside else None
    return None


def _own_words(ctx: Context, cue: Token) -> bool:
    """The cue has a subject of its own (never "Read the updates below:") and no object but its
    addressee ("told the Ledger:"): "tweeted the transcript of the exchange:" hands on a
    document, whose words are not the subject's."""
    kids = list(cue.children)
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    return obj is None or obj.i in ctx.ent_of or obj.pos_ == "PRON" or obj.lower_ == "following"
