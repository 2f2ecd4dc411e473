"""A relay of someone's report is that someone's statement: "Judge Mara Ellison ruled that P,
the Ledger reported", "According to The Ledger, Orrin Labs told Vexa that P", "Per a filing seen
by the Gazette, Vexa informed the court that P".

Rule ``statement.relay_keeps_inner``. The outer attribution (an outlet relaying with "reported",
"according to", "per") found its whole clause as a statement (``statement.nested_report``), and
the clause's own cue found P as the inner speaker's. When the clause is nothing but that report
(its main verb is the inner statement's cue: "<X> <cue> that P"), the two are one statement
said twice, and the writers give it to the original speaker only (counted over the readable real
sets, session 18: eleven relays of nine writers' sets annotate the inner report alone, one writer
both; the READMEs: "X said Y, The Ledger reported: only the original speaker's statement"). The relay
stays a statement of its own when its clause says more than the report ("the court has sought a
reply, as Judge X observed that P"; "Orrin has joined the suit, accusing Vexa of P"), and a
speaker's own summary of another's claim ("The Gazette plausibly alleged P, Judge X wrote") is
the judge's: only relays (an outlet, or "according to" / "per" any source) give way. A request
is not a report: "Tessaly has asked Orrin for evidence that it is not copying, according to
Mara Ellison" keeps the relay's statement, for the inner cue ("asked", a demand verb that is no
verb of saying) asserts nothing of its own: only an inner cue among the report verbs gives way
(dev33: the relayed request's "that" belonged to "evidence").

Cheap: only statements with the nested rule are looked at; one span root each.
"""

from __future__ import annotations

from nlp.attribution.context import Context
from nlp.attribution.record import Quote
from nlp.lexicon import word_lists

RULE = "statement.relay_keeps_inner"
NESTED = "statement.nested_report"
RELAY_CUES = ("according to", "per")


def _relay(q: Quote) -> bool:
    """An outlet or a source relaying: 'according to' / 'per', a relay verb ('reported'), or an
    outlet speaking."""
    if (q.cue or "").lower() in RELAY_CUES:
        return True
    if (q.cue_lemma or "").lower() in word_lists("relays.yml")["outlet_relay_verbs"]:
        return True
    return q.speaker is not None and q.speaker.label == "OUTLET"


def _is_report_of(ctx: Context, outer: Quote, inner: Quote) -> bool:
    """The outer clause's main verb is the inner statement's cue, before the inner words."""
    span = ctx.doc.char_span(outer.start, outer.end, alignment_mode="expand")
    if span is None or not inner.cue:
        return False
    root = span.root
    if root.lemma_.lower() not in ctx.cues.report_verbs:
        return False  # 'asked Orrin for evidence that P': a request, not a report (module)
    return root.idx < inner.start and ctx.is_cue(root) and (
        root.lower_ == inner.cue.lower() or root.lemma_.lower() == (inner.cue_lemma or "").lower())


def without_relay_outer(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Without an outer relay whose clause only reports an inner statement (see the module)."""
    if not ctx.on(RULE):
        return quotes
    drop = set()
    for i, q in enumerate(quotes):
        if NESTED not in q.rules or not _relay(q):
            continue
        if any(r is not q and q.start <= r.start and r.end <= q.end and (r.start, r.end) != (q.start, q.end)
               and _is_report_of(ctx, q, r) for r in quotes):
            drop.add(i)
    return [q for i, q in enumerate(quotes) if i not in drop]
