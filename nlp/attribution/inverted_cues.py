"""Which verb can end a sentence as its attribution (``inverted.inverted``), and who may say it.

"<statement>, the Ledger reported" is read from the words because the parser often hangs the
attribution on the wrong clause. Two forms of real reports were not read (issue 12, aiip-dev8):

* ``statement.inverted_plural_cue``: the cue first, in the plural present, after a comma
  ("..., state the plaintiffs.", which the tagger may read as a bare "VB" after a coordinated
  clause). The past and the singular present already counted; the
  plural present is as plain a report when the cue opens the attribution, where it cannot be
  the writer's own verb (a writer's "..., state the facts" has no speaker noun after it:
  ``_phrase_after`` still asks for a short noun phrase ending the sentence).
* ``statement.inverted_continues``: verbs that report only at a statement's end, never with a
  clause of their own ("..., the complaint continues."; cues.yml ``inverted_verbs``). Only a
  party can continue speaking: the phrase's head must be a name the text tags or a document
  that speaks for its filer (cues.yml ``document_speakers``), so "..., and the trend continues"
  is no statement.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

TENSED = ("VBD", "VBZ")


def inverted_cue(ctx: Context, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` may be the verb of a sentence-final attribution."""
    t = toks[k]
    lemma = t.lemma_.lower()
    if lemma in ctx.cues.report_verbs:
        if t.tag_ in TENSED:
            return True
        return t.tag_ in ("VBP", "VB") and k > 0 and toks[k - 1].text == "," \
            and ctx.on("statement.inverted_plural_cue")
    return lemma in ctx.cues.inverted_verbs and t.tag_ in TENSED \
        and ctx.on("statement.inverted_continues")


def inverted_speaker_ok(ctx: Context, cue: Token, head: Token) -> bool:
    """A verb that reports only here (``inverted_verbs``) needs a party or a document."""
    if cue.lemma_.lower() not in ctx.cues.inverted_verbs:
        return True
    return head.i in ctx.ent_of or head.lemma_.lower() in ctx.cues.document_speakers


def inverted_rule(ctx: Context, cue: Token) -> str | None:
    """The rule to trace for a statement found with ``cue`` (None: the plain inverted rule)."""
    if cue.lemma_.lower() not in ctx.cues.report_verbs:
        return "statement.inverted_continues"
    if cue.tag_ in ("VBP", "VB"):
        return "statement.inverted_plural_cue"
    return None
