"""A name the headline ran into the words after it: "Varga Slams Orrin Labs", "Ines Varga Says".

On a headline line every word is capitalised, so the model tags a name with the verb or noun
after it ("Varga Slams", "Ines Varga Says She Never"); the typer drops names of headline lines
(their capitals teach nothing), and with the span the headline's statement ("Varga Slams
Orrin Labs Over ...") loses its speaker.

* ``headline_name_prefix``: a span dropped on a headline line whose first words are a name
  the body names (the same words typed outside the headline, or the surname of a person the
  body names) keeps those words, with the body's label: "Varga" of "Varga Slams". Not one
  ordinary English word ("Voice", "Danish"): the body's span of it is more often a mistake than
  a name, and the headline would only repeat it.

Cost: only the spans dropped on headline lines (a few per article), a dict lookup per prefix.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.candidates import name_key

NAME_LABELS = ("PERSON", "ORG", "OUTLET")


def headline_prefixes(dropped: list[Span], body: list[Span], english: frozenset[str]) -> list[Span]:
    """The longest leading words of each of ``dropped`` that name one of ``body`` (spans typed
    off the headline), labelled as it is."""
    if not dropped:
        return []
    known: dict[str, Span] = {}
    for s in body:
        if s.label_ in NAME_LABELS:
            known.setdefault(name_key(s), s)
            if s.label_ == "PERSON" and len(s) >= 2:
                known.setdefault(s[-1].lower_, s)  # "Varga" of "Ines Varga"
    out = []
    for m in dropped:
        for k in range(len(m) - 1, 0, -1):
            hit = known.get(name_key(m[:k]))
            if hit is not None and not (k == 1 and m[0].lower_ in english):
                out.append(Span(m.doc, m.start, m.start + k, label=hit.label_, kb_id=hit.kb_id_))
                break
    return out
