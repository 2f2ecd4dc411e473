"""A participle right after a document speaks for the document.

"The Ledger reported that Orrin submitted a memorandum to the Calder Assembly warning that
Vexa ...": the parser hangs "warning" on "reported", and climbing to that verb's subject
gives the memorandum's warning to the Ledger, which only reported it. A participle that follows
a document's phrase with no comma between ("a memorandum to the Assembly warning that", "a
letter to the board saying that") is read as that document's own participle, as in "a memo
warning that" (``subject.noun_of_participle``): the document is the subject, and who stands
behind it (``speaker.document``: here who submitted it) speaks. With a comma between ("...,
warning that") the participle may be the main subject's and is left to the climb.

Rule ``subject.document_before_participle`` (asked by ``subjects.subject_of`` before climbing);
cost: the heads of the word before one participle cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "subject.document_before_participle"


def document_before(ctx: Context, verb: Token) -> Token | None:
    """The document noun that ends, with its prepositional phrase ("to the U.S. Congress"), right
    before the participle cue ``verb``: read leftwards over at most eight words, none a verb, a
    mark or a quote, whatever the parser hung them on; what follows the noun is nothing or a
    phrase opened by a preposition other than "with" or "by" ("the ruling with a spokesperson
    saying": the spokesperson says it)."""
    if not ctx.on(RULE) or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp", "acl") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc, start = ctx.doc, max(verb.sent.start, verb.i - 9)
    for x in reversed(doc[start: verb.i]):
        if x.is_punct or ctx.in_quote[x.i] or x.pos_ in ("VERB", "AUX"):
            return None
        if x.pos_ == "NOUN" and x.lemma_.lower() in ctx.cues.document_speakers and x.i not in ctx.ent_of:
            if x.dep_ not in ("dobj", "pobj", "nsubjpass"):
                return None
            if x.i + 1 < verb.i and (doc[x.i + 1].pos_ != "ADP" or doc[x.i + 1].lower_ in ("with", "by")):
                return None  # "welcomed the ruling with a spokesperson saying": the spokesperson's
            return x
    return None
