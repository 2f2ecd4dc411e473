"""A cue the small model tags as a plural noun after a document (issue 12, session 13; rule
``cue.misread_plural``): "“...”, Justice's lawsuit states, and ...", "Wednesday's decision
states.", "As the lawsuit complaint notes, ...", "the document states". With an owner or a
determiner before the document, the tagger often reads "states"/"claims"/"notes" as the plural
of a noun compounded with it, so no cue is seen: the quote goes to the sentence before or the
last name, and a later "it adds" cannot follow the document. A speech verb's -s form right
after a document noun (``cues.yml`` ``document_speakers``), with a determiner or owner on that
noun, and followed by a clause boundary (a comma, a stop, "that", a quote mark, the sentence's
end) is that verb; its subject is the document. "The lawsuit claims were dismissed" (a noun
followed by its verb) is left alone. Counted on the readable real sets and PolNeAR's development
part (session 13): 5 and 1 such tokens, against 17 and 25 the tagger read as verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from nlp.attribution.context import Context

RULE = "cue.misread_plural"
BOUNDARY = {",", ".", ";", ":", "that", "—", "–", "-", "”", "\"", "“", "''", "``"}


def _verb_lemma(ctx: "Context", t: Token) -> str | None:
    low = t.lower_
    for base in (low[:-1], low[:-2]):
        if low.endswith("s") and base in ctx.cues.speech_verbs:
            return base
    return None


def misread_document(ctx: "Context", t: Token) -> Token | None:
    """The document noun whose misread cue ``t`` is, or None."""
    if t.pos_ in ("VERB", "AUX") or t.tag_ != "NNS" or t.i == 0 or not ctx.on(RULE) \
            or t.dep_ in ("nsubj", "nsubjpass"):
        return None
    if _verb_lemma(ctx, t) is None:
        return None
    if t.dep_ == "ROOT" and ctx.on("attribution.noun_cue"):
        return None  # a sentence's root after a quote: attribution.noun_cue's (quoted.py)
    doc_noun = ctx.doc[t.i - 1]
    if doc_noun.lower_ not in ctx.cues.document_speakers or doc_noun.pos_ != "NOUN":
        return None
    before = ctx.doc[doc_noun.i - 1] if doc_noun.i > 0 else None
    owned = any(c.dep_ in ("det", "poss") for c in (*doc_noun.children, *t.children)) or (
        before is not None and (before.tag_ in ("DT", "PRP$", "POS") or before.dep_ in ("det", "poss", "case")))
    if not owned:
        return None
    nxt = ctx.doc[t.i + 1] if t.i + 1 < len(ctx.doc) else None
    if nxt is not None and not (nxt.lower_ in BOUNDARY or nxt.is_space or nxt.is_sent_start):
        return None
    return doc_noun
