"""Who a report speaks for when it has no owner of its own: "the report said", "according to
the study".

A letter or a statement that has no owner is, most often, the last speaker's ("the group
said ... The letter adds"), and ``document.previous_speaker`` reads it so. A report, a study,
an investigation is not: news quotes a judge, a plaintiff or a company *from* a report, and the
report is the outlet's or the researchers' that wrote it, never the judge's nor a party's
("As per ET's report, Justice X observed ... , the report said"). Two readings name its author
without guessing, and the rest keep the report's words with no party:

* ``document.same_unowned_before``: "after a report found that ... , according to the report":
  the definite report is the one the text introduced before as an indefinite document that
  spoke with no owner; that one named nobody, so neither does this one (kept as written).
* ``document.reporting_outlet``: "..., reported the Financial Times. ... the report said": the
  one news outlet the text cites as the source of its reporting ("X reported", "according to
  X", "X's report", "reported by X"), when there is exactly one and it is no party of the
  dispute ("Nikkei said in a statement", Nikkei being a plaintiff, is no reporting).

Both apply only to the documents news outlets and researchers write (``cues.yml``
``report_documents``), never to a letter, a statement or a filing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.suit_parties import Found, defendants, plaintiffs

SAME_UNOWNED = "document.same_unowned_before"
REPORTING_OUTLET = "document.reporting_outlet"
REPORTING_VERBS = frozenset({"report"})


def is_report(ctx: Context, tok: Token) -> bool:
    return tok.lemma_.lower() in ctx.cues.report_documents


def unowned_before(ctx: Context, tok: Token, owner_of) -> Found | None:
    """"A report found ... according to the report": kept as written when the first earlier
    mention of the same noun was indefinite, had no owner (``owner_of`` finds none) and spoke
    itself (the subject of a cue)."""
    if not ctx.on(SAME_UNOWNED) or not is_report(ctx, tok) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    first = next((t for t in ctx.doc[: tok.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                  and not ctx.in_quote[t.i]), None)
    if first is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children):
        return None
    if first.dep_ != "nsubj" or not ctx.is_cue(first.head) or owner_of(first) is not None:
        return None
    return None, None, (SAME_UNOWNED, "speaker.as_written")


def reporting_outlet(ctx: Context, tok: Token) -> Found | None:
    """The one outlet the text cites as its source before ``tok``, no party of the dispute."""
    if not ctx.on(REPORTING_OUTLET) or not is_report(ctx, tok):
        return None
    parties = dispute_parties(ctx)
    found: dict[str, Span] = {}
    for ent in ctx.mentions:
        if ent.start_char >= tok.idx:
            break
        if ent.label_ != "OUTLET" or ctx.in_quote[ent.root.i] or ctx.canonical(ent) in parties:
            continue
        if _cited(ctx, ent):
            found.setdefault(ctx.canonical(ent), ent)
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    return ctx.canonical(ent), ent.label_, (REPORTING_OUTLET,)


def dispute_parties(ctx: Context) -> frozenset[str]:
    """The plaintiffs and the defendants the text names: an outlet among them that "said" made a
    party's statement, it did not report the story (read once per document)."""
    if "dispute_parties" not in ctx.standing:
        ctx.standing["dispute_parties"] = frozenset(
            {ctx.canonical(e) for e in (plaintiffs(ctx) or ([],))[0]} | {ctx.canonical(e) for e in defendants(ctx)})
    return ctx.standing["dispute_parties"]


def _cited(ctx: Context, ent: Span) -> bool:
    """"X reported", "reported X" (inverted), "according to X", "as per X", "X's report",
    "reported by X"."""
    root, head = ent.root, ent.root.head
    if root.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in REPORTING_VERBS and head.pos_ == "VERB":
        return True
    if root.dep_ == "pobj" and (head.lower_ == "to" and head.head.lower_ == "according" or head.lower_ == "per"):
        return True  # "according to X", "as per X"
    if root.dep_ == "poss" and is_report(ctx, head):
        return True
    return root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in REPORTING_VERBS


NOT_PREVIOUS = "document.report_not_previous_speaker"


def previous_speaker_wrote(ctx: Context, tok: Token, name: str, judge: str | None) -> Found | None:
    """None when the speaker just before may be the report's author: a party the text has
    report findings before ("X determined that ...", ``cues.yml`` ``finding_verbs``), no judge.
    Else the report keeps its words with no party: news quotes judges and parties *from*
    reports ("Justice X observed ..., the report said"), and they did not write them."""
    if not ctx.on(NOT_PREVIOUS) or not is_report(ctx, tok):
        return None
    if name != judge:
        for t in ctx.doc[: tok.i]:  # the finder may be a name the model did not tag
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in ctx.cues.finding_verbs \
                    and not ctx.in_quote[t.i] and _names(ctx, t, name):
                return None
    return None, None, (NOT_PREVIOUS, "speaker.as_written")


def _names(ctx: Context, t: Token, name: str) -> bool:
    ent = ctx.ent_of.get(t.i)
    if ent is not None:
        return ctx.canonical(ent) == name
    return name in ctx.doc[t.left_edge.i: t.i + 1].text
