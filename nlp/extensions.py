"""Every custom attribute our components put on spaCy objects, declared in one place.

spaCy lets any module call ``Doc.set_extension``; spread over the components, nobody can tell
which component fills an attribute and which reads it. Here each one is a row: the object it
lives on, its name, who sets it and who reads it. The components' factories repeat the same
facts to spaCy as ``assigns``/``requires`` so ``nlp.analyze_pipes()`` can check the order.

``register()`` is idempotent and runs on import, so importing any component is enough.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass

from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
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
# the document read last and its text: the components read one document at a time, some
# 400 times an article (``name_key`` per mention); a test of identity costs a fraction of a
# weak-keyed lookup. The document is held, so no other can take its id meanwhile.
_LAST_TEXT: tuple = (None, "")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins it anew from every token at each
    access (a pass over the whole document), and our components read it in eight places. A
    document's text never changes once it is tokenized, so it is kept while the document lives."""
    global _LAST_TEXT
    last = _LAST_TEXT
    if last[0] is doc:
        return last[1]
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    _LAST_TEXT = (doc, text)
    return text


# id(document) -> (the document, its entity fields as one array, the spans doc.ents made of
# them), for the last few documents only: the spans hold their document, so a weak-keyed map
# (the first version) kept every document analysed alive for the life of the process (about
# 60 kB each, and every collection of the oldest generation scanned them all). The components
# run one document through all of them before the next (``nlp.pipe`` chains them lazily), so
# a few slots serve every read; an older document is read again, never wrongly.
_ENTS: "OrderedDict[int, tuple]" = OrderedDict()
_ENTS_SLOTS = 4
_ENT_FIELDS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built again only when the entities changed: spaCy makes a Span (and three
    Tokens) per entity at each access, about 0.4 ms an article, and the components read it some
    fourteen times. Its getter reads only these four fields of each token, so while their array
    is the same the spans are the same; the array costs a tenth of the spans. The spans are
    shared: never set a label or id on one (``Canonicaliser`` does, so it reads ``doc.ents``).
    The key is the document's id, checked against the document kept beside it: while an entry
    holds its document, no other object can have that id."""
    fields = doc.to_array(_ENT_FIELDS).tobytes()
    key = id(doc)
    got = _ENTS.get(key)
    if got is not None and got[0] is doc and got[1] == fields:
        _ENTS.move_to_end(key)
        return got[2]
    ents = doc.ents
    _ENTS[key] = (doc, fields, ents)
    _ENTS.move_to_end(key)
    while len(_ENTS) > _ENTS_SLOTS:
        _ENTS.popitem(last=False)
    return ents


# The key spaCy files a span's extension value under in ``doc.user_data`` (spaCy's
# ``Underscore._get_key``): the attribute's name and the span's character offsets.
def _canonical_key(span: Span) -> tuple:
    return ("._.", "canonical", span.start_char, span.end_char)


def canonical_of(span: Span) -> str | None:
    """``span._.canonical``, read straight from where spaCy keeps it: each ``span._`` access
    builds an ``Underscore`` object first, and the components read the canonical name of every
    entity several times an article (about 30,000 reads per 150 articles). The same value:
    the attribute has a default and no getter (``register``), so spaCy's read is this lookup."""
    return span.doc.user_data.get(_canonical_key(span))


def set_canonical(span: Span, name: str | None) -> None:
    """``span._.canonical = name`` without the ``Underscore`` object (see ``canonical_of``):
    the canonicaliser sets it on every entity of every article."""
    span.doc.user_data[_canonical_key(span)] = name


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text joined once (``doc_text``): ``Span.text``
    makes a Token of each word to join them, and the name passes ask it per mention."""
    return doc_text(span.doc)[span.start_char:span.end_char] if len(span) else ""


def name_of(span: Span) -> str:
    """The span's canonical name, else its words: ``span._.canonical or span.text``. The words
    are cut from the text joined once (``doc_text``): ``Span.text`` makes a Token per word, and
    the tokens tile the text, so the cut reads the same."""
    name = span.doc.user_data.get(_canonical_key(span))
    return name or doc_text(span.doc)[span.start_char:span.end_char]


def trace(doc: Doc, component: str, start: int, end: int, decision: str, rules: list[str]) -> None:
    """Record which rules decided something about doc.text[start:end] (read by --explain).

    The text is cut from the document's text joined once (``doc_text``), not from ``doc.text``,
    which spaCy joins anew from every token at each access. It is what the tokens there read:
    they tile the text. The list is fetched once (each ``doc._`` access builds an object)."""
    trace_spans(doc, component, ((start, end, decision),), rules)


def trace_spans(doc: Doc, component: str, spans, rules: list[str]) -> None:
    """``trace`` of each (start, end, decision) of ``spans``, the same rules for all: the list
    and the text are fetched once, not once per span (a name said many times is traced on
    every mention; each ``doc._`` access builds an object)."""
    rows = doc._.rule_trace
    if rows is None:
        rows = doc._.rule_trace = []
    text = doc_text(doc)
    for start, end, decision in spans:
        rows.append({"component": component, "start": start, "end": end, "text": text[start:end],
                     "decision": decision, "rules": list(rules)})


register()

__all__ = ["EXTENSIONS", "Extension", "canonical_of", "doc_ents", "doc_text", "name_of", "register", "set_canonical",
           "span_text", "trace", "trace_spans", "Doc", "Span", "Token"]
