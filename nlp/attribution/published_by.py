"""Documents whose author a publishing participle names: "a report published by X", "a report
published on Friday by a group called X", "a report published in X" (a news outlet).

``new_documents.by_named`` reads the author a "by" phrase of the document noun itself gives
("a paper by an entity named X"). News as often hangs the author on a participle of the
noun: "The rebuttal follows a report published on Friday by an anonymous group called X ...
The report alleged ...", "As per a report published in X, ... The report claims ...". The
look-backs that follow (the previous speaker, the last name) then either keep the report's
words with no party or hand them to whoever spoke last, though the text named who wrote it.

Rule ``document.published_by``: the document's own participle of publishing (``cues.yml``
``publishing_verbs``) with "by" an organisation or person (directly, or a description with a
naming participle: "a group called X"), or with "in" an outlet for the documents outlets write
(``outlet_documents``: "a report published in X", X being an outlet by the words themselves even
when the model tags it an organisation; never "a study published in a journal", which its
researchers wrote). ``standing._same_document_before`` then gives a later
"the report" to the same author.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context

RULE = "document.published_by"


def published_by(ctx: Context, tok: Token, named) -> tuple[Span, tuple[str, ...]] | None:
    """The author of ``tok`` its publishing participle names, and the rules; ``named`` reads a
    naming participle ("a group called X", ``new_documents._named``)."""
    if not ctx.on(RULE):
        return None
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in ctx.cues.publishing_verbs or acl.tag_ != "VBN":
            continue
        for prep in acl.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("by", "in"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or ctx.in_quote[noun.i]:
                    continue
                ent = ctx.ent_of.get(noun.i)
                if prep.lower_ == "in":
                    if ent is not None and ent.label_ in ("OUTLET", "ORG") \
                            and tok.lemma_.lower() in ctx.cues.outlet_documents:
                        return ent, (RULE,)
                    continue
                if ent is not None and ent.label_ in (ORG_LABELS - {"COURT"}) | {"PERSON"}:
                    return ent, (RULE,)
                for sub in noun.children:  # "by an anonymous group called X"
                    if sub.dep_ == "acl" and sub.lemma_.lower() in ("name", "call", "dub", "know"):
                        found = named(ctx, sub)
                        if found is not None:
                            return found, (RULE, "document.by_named")
    return None
