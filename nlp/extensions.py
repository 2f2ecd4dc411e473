"""Every custom attribute our components put on spaCy objects, declared in one place.

spaCy lets any module call ``Doc.set_extension``; spread over the components, nobody can tell
which component fills an attribute and which reads it. Here each one is a row: the object it
lives on, its name, who sets it and who reads it. The components' factories repeat the same
facts to spaCy as ``assigns``/``requires`` so ``nlp.analyze_pipes()`` can check the order.

``register()`` is idempotent and runs on import, so importing any component is enough.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Extension:
    on: type
    name: str
    set_by: str
    read_by: str
    doc: str


EXTENSIONS: tuple[Extension, ...] = (
    Extension(Span, "canonical", "claimtrack_canonical", "claimtrack_quotes, claimtrack_claims",
              "the canonical name of an entity span (gazetteer name or the fullest form)"),
    Extension(Doc, "ct_entities", "claimtrack_canonical", "nlp.pipeline",
              "the document's entities as dicts of the analysis contract"),
    Extension(Doc, "ct_quotes", "claimtrack_quotes", "claimtrack_claims, nlp.pipeline",
              "the statements found, as dicts of the analysis contract"),
    Extension(Doc, "ct_no_comments", "claimtrack_quotes", "claimtrack_claims, nlp.pipeline",
              "who declined to comment, could not be reached or did not respond"),
    Extension(Doc, "ct_claims", "claimtrack_claims", "nlp.pipeline",
              "claims built from the statements: claimant, target, stance"),
    Extension(Doc, "rule_trace", "claimtrack_gazetteer, claimtrack_entity_types, claimtrack_quotes",
              "nlp.pipeline (claimtrack analyze --explain)",
              "which named rules decided each entity type and each speaker: a list of dicts "
              "{component, start, end, text, decision, rules}"),
)


def register() -> None:
    for ext in EXTENSIONS:
        if not ext.on.has_extension(ext.name):
            ext.on.set_extension(ext.name, default=None)


_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins it anew from every token at each
    access (a pass over the whole document), and our components read it in eight places. A
    document's text never changes once it is tokenized, so it is kept while the document lives."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def trace(doc: Doc, component: str, start: int, end: int, decision: str, rules: list[str]) -> None:
    """Record which rules decided something about doc.text[start:end] (read by --explain).

    The text is cut from the document's text joined once (``doc_text``), not from ``doc.text``,
    which spaCy joins anew from every token at each access. It is what the tokens there read:
    they tile the text. The list is fetched once (each ``doc._`` access builds an object)."""
    rows = doc._.rule_trace
    if rows is None:
        rows = doc._.rule_trace = []
    rows.append({"component": component, "start": start, "end": end, "text": doc_text(doc)[start:end],
                 "decision": decision, "rules": list(rules)})


register()

__all__ = ["EXTENSIONS", "Extension", "doc_text", "register", "trace", "Doc", "Span", "Token"]
