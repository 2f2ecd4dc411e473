""""The legal action alleged that ...", "a class action that claims ...": a legal action is a
suit, and speaks for whoever filed it.

``cues.yml`` ``document_speakers`` makes a document noun the grammatical speaker ("the lawsuit
says") by its lemma alone. "Action" cannot join that list: "the company's action shows", "the
action taken by the regulator" are no filings. With "legal", "class" or "court" beside it
(``legal_action_modifiers``, as ``action_verbs`` already reads "took legal action") it is the
suit itself, so its words are the plaintiff's as "the lawsuit alleged" would be (rule
``document.legal_action``), not kept as written with no party.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "document.legal_action"


def legal_action(ctx: Context, tok: Token) -> bool:
    """``tok`` is "action" with a modifier that makes it a suit ("legal action", "class action")."""
    if tok.lemma_.lower() != "action" or tok.pos_ != "NOUN" or not ctx.on(RULE):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.cues.legal_action_modifiers
               for c in tok.children)
