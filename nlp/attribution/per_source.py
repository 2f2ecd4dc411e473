""""Per X" and "as per X" cite a source the way "according to X" does: "Per the Ledger, P",
"P, per court filings.", "As per a report by the Ledger, P" (``statement.per_source``).

"per" is mostly a rate ("$15 per month", "per cent", "per user"), so it cites a source only as
a phrase set off by the sentence's start, "as", a comma or a dash before it and a comma, a
full stop, a dash or a bracket after its object, and only when that object is a named party
(a person, an organisation, an outlet) or a document that speaks for one (``outlet_documents``,
``document_speakers``: "per the report", "per the complaint"). "as per the agreement" and
"per month" name no source.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "statement.per_source"
BEFORE = {",", "—", "–", "-", "(", "as"}
AFTER = {",", ".", "—", "–", "-", ")", ";"}
LABELS = {"PERSON", "ORG", "OUTLET"}


def per_source(ctx: Context, per: Token) -> Token | None:
    """The source ``per`` cites (its object's head), or None when it is not a citation."""
    if not ctx.on(RULE) or ctx.in_quote[per.i]:
        return None
    doc = ctx.doc
    if not (per.is_sent_start or doc[per.i - 1].lower_ in BEFORE):
        return None
    obj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if obj is None or per.i + 1 >= len(doc):
        return None
    last = obj.right_edge.i  # the parse may hang the comma after the source on the source
    while last > obj.i and doc[last].is_punct:
        last -= 1
    end = last + 1
    if end < len(doc) and doc[end].text not in AFTER and not doc[end].is_space:
        return None
    ent = ctx.ent_of.get(obj.i)
    if ent is not None and ent.label_ in LABELS:
        return ent.root
    lemma = obj.lemma_.lower()
    if lemma not in ctx.cues.outlet_documents and lemma not in ctx.cues.document_speakers \
            and lemma not in ctx.cues.outlet_nouns:  # "per the publication": the outlet named before
        return None
    if obj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "prep", "compound", "amod") for c in obj.children):
        return None  # "per reports": no one's in particular
    return obj
