"""People named by photo credits and bylines: "(AP Photo/Kestrel Vantongeren)", "Photo by X/Agency",
"By X and Y, Outlet".

The model runs such a name into the agency, or the gazetteer's agency takes it; the credit's
form alone says it is a person. Kept apart from ``candidates.py`` (the model's spans mended):
this reads the text's own patterns, not the model's spans. Words: ``credit_words`` and
``byline_words`` of nlp/data/entity_types.yml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.entity_typing.words import TypeWords, given
from nlp.extensions import doc_text
from nlp.lexicon import is_english

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_GAP = r"[^\S\n]"  # a space within one line: a credit or byline never runs onto the next
# a person's name as credits give it: two capitalised words or more, particles between
_FULL_NAME = rf"{_NAME_WORD}(?:{_GAP}+(?:(?:de|da|del|der|van|von|la|le|bin|al|dos|du){_GAP}+)?{_NAME_WORD})+"


@lru_cache(maxsize=4)
def _credit_patterns(credit: frozenset, byline: frozenset) -> tuple[re.Pattern, ...]:
    """"(AP Photo/X)", "Photo by X/Agency", "Credit: X"; "X/Agency" alone in brackets or on its
    line; "By X and Y, Outlet" on a line of its own."""
    def alt(words: frozenset) -> str:
        return "|".join(re.escape(x).replace(r"\ ", _GAP + "+") for x in sorted(words, key=len, reverse=True))
    names = rf"{_FULL_NAME}(?:{_GAP}*(?:,|and|&){_GAP}*{_FULL_NAME})*"
    return (re.compile(rf"(?<![\w])(?i:{alt(credit)}){_GAP}*(?:(?i:by){_GAP}+|:{_GAP}*|/{_GAP}*)(?P<names>{names})"),
            re.compile(rf"(?:^|\()(?P<names>{_FULL_NAME}){_GAP}?/{_GAP}?[A-Z][\w .]{{0,30}}(?:\)|$)", re.M),
            re.compile(rf"^(?i:{alt(byline)}){_GAP}+(?P<names>{names}){_GAP}*(?:$|[,|–—-])", re.M))


def credit_names(doc: Doc, fixed: list[Span], w: TypeWords, english: frozenset[str]) -> list[Span]:
    """The people photo credits and bylines name: "(AP Photo/Kestrel Vantongeren)", "Photo:
    Kestrel Vantongeren/Plumbline", "By Kestrel Vantongeren and Ottoline Drumm". The model
    runs the name into the agency ("Photo/Kestrel Vantongeren" an organisation) or loses it
    to the gazetteer's agency; the credit's form says it is a person. A name of words that are
    all English and no given name ("Staff Writer") is none."""
    gaz = {i for e in fixed for i in range(e.start, e.end)}
    out: list[Span] = []
    for pattern in _credit_patterns(w.credit_words, w.byline_words):
        for m in pattern.finditer(doc_text(doc)):
            for nm in re.finditer(_FULL_NAME, m.group("names")):
                start = m.start("names") + nm.start()
                name = nm.group(0).rstrip(".-'’")
                span = doc.char_span(start, start + len(name), alignment_mode="contract")
                if span is None or not len(span) or gaz.intersection(range(span.start, span.end)) \
                        or any(t.lower_ in w.not_names for t in span):
                    continue
                if all(is_english(t, english) for t in span) and not given(span[0]):
                    continue
                out.append(Span(doc, span.start, span.end, label="PERSON"))
    return filter_spans(out)
