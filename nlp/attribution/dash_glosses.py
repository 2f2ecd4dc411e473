"""A reported clause's end where the writer's own summing-up follows it after a dash (rule
``statement.gloss_after_dash``, issue 12 session 17: precision and recall on the real AI-IP
sets, where three writers' golds end the statement before such a phrase).

"The Ledger alleges Orrin ignored these limits—a claim the company has denied", "Mara Ellison
testified that Tessaly had used its models — a detail that emerged during the trial": the
phrase after the dash is an indefinite noun phrase whose head is a shell noun (a claim, a
detail, a decision: a noun standing for the clause's proposition or event, listed in
``nlp/data/dash_glosses.yml``). It comments on what was said; nobody said it. A dash phrase
headed by another noun ("trained on Lanterns - a collection of pirated books") describes the last
thing named and is kept, and so is a phrase closed by a second dash (an aside inside the
clause). Words in quote marks are the speaker's: a phrase holding any is never cut.

Cost: one substring test per statement outside marks; the tokens are read only for a
statement that holds a dash.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD
from nlp.attribution.record import Quote

RULE = "statement.gloss_after_dash"
DASH_CHARS = ("—", "–", " - ", " -- ")
DASH_TOKENS = frozenset({"—", "–", "-", "--"})
INDEFINITE = frozenset({"a", "an"})


@lru_cache(maxsize=1)
def shell_nouns() -> frozenset[str]:
    d = yaml.safe_load((files("nlp") / "data" / "dash_glosses.yml").read_text(encoding="utf-8"))
    return frozenset(d["shell_nouns"])


def without_dash_gloss(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """The statements, each ending before a summing-up phrase after a dash where it has one."""
    if not ctx.on(RULE):
        return quotes
    for q in quotes:
        if q.kind == "direct" or not any(d in q.text for d in DASH_CHARS):
            continue
        end = _gloss_start(ctx, q)
        if end is not None:
            q.end = end
            q.text = ctx.text[q.start:end]
            q.rules.append(RULE)
    return quotes


def _dash(ctx: Context, t) -> bool:
    """A dash, or a hyphen set off by spaces; not a hyphen inside a word ("ever-growing")."""
    if t.text not in DASH_TOKENS:
        return False
    return t.text not in ("-", "--") or bool(t.whitespace_) and t.i > 0 and bool(ctx.doc[t.i - 1].whitespace_)


def _gloss_start(ctx: Context, q: Quote) -> int | None:
    """Where the statement's words end before its last dash, when what follows that dash (to
    the statement's end) is "a/an ... <shell noun> ..."; else None."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    dash = next((t for t in reversed(span) if _dash(ctx, t) and not ctx.in_quote[t.i]), None)
    if dash is None or dash.i == span.start:
        return None
    after = ctx.doc[dash.i + 1: span.end]
    if len(after) < 2 or after[0].lower_ not in INDEFINITE:
        return None
    head = next((x for x in after[1:6] if x.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.lemma_.lower() not in shell_nouns() or any(ctx.in_quote[x.i] for x in after):
        return None  # (words in marks after the dash are the speaker's: the phrase is reported)
    end = dash.idx
    while end > q.start and ctx.text[end - 1] in " ,;\n":
        end -= 1
    if len(WORD.findall(ctx.text[q.start:end])) < 3:
        return None
    return end
