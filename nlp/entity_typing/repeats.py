"""A name the text writes again, word for word, is the same name where the model cut it.

The small model tags the same words differently from one sentence to the next: "Heron 2
Pictures sued ..." as one organisation, then "Heron 2 Pictures also claims ..." at the start
of a later sentence as "2" (a number) and "Pictures" (an organisation). The piece then becomes
a party of its own, and the statement it opens is given to "Pictures".
A reader takes the second mention for the first name because its words are the same; so does
rule ``name_written_again`` (``nlp/data/entity_rules.yml``): where the exact words of a name of
two or more words, found whole elsewhere in the text, are written again and the model's spans
there lie wholly inside those words, the repeat becomes one candidate of that name, and is then
typed with all its other mentions. Never over a gazetteer's name or a span that runs past the
repeat's edges (then the words are part of something else), and only for names whose first
and last words are capitalised or numbers (a name, not a phrase the model took for one).
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span

from nlp.lexicon import token_array

NAMED = frozenset({"ORG", "PERSON", "PRODUCT", "OUTLET", "COURT"})


def _name_word(t) -> bool:
    return t.text[:1].isupper() or t.like_num


def names_written_again(doc: Doc, cands: list[Span], held: list[Span], rule) -> tuple[list[Span], list[Span]]:
    """(the candidates with each cut repeat of a name mended, the mended spans, to trace).
    ``held``: the spans the step may not cut into (gazetteer names, entities kept as they are)."""
    if rule is None:
        return cands, []
    names: dict[str, dict[tuple[str, ...], str]] = {}
    for c in cands:
        if len(c) >= 2 and c.label_ in NAMED and _name_word(c[0]) and _name_word(c[-1]) \
                and not any(t.is_punct or t.is_space for t in c):
            names.setdefault(c[0].text, {}).setdefault(tuple(t.text for t in c), c.label_)
    if not names:
        return cands, []
    whole = {(c.start, c.end) for c in cands}
    spans = cands + held
    mended: list[Span] = []
    strings = doc.vocab.strings  # the first words by their string ids: no Token made per word
    firsts = {strings[w]: group for w, group in names.items()}
    # only the positions whose word opens a name, found in one array pass, in text order: a
    # dictionary look-up per word of the document cost more than the rest of the step
    orth = token_array(doc, "ORTH")
    at = numpy.isin(orth, numpy.array(list(firsts), dtype=orth.dtype)).nonzero()[0]
    for i, h in zip(at.tolist(), orth[at].tolist()):
        for words, label in firsts[h].items():
            s, e = i, i + len(words)
            if e > len(doc) or (s, e) in whole or tuple(x.text for x in doc[s:e]) != words:
                continue
            if any(x.start < e and s < x.end and (x.start < s or x.end > e) for x in spans) \
                    or any(x.start < e and s < x.end for x in held if x.kb_id_):
                continue  # runs past the repeat's edges, or a gazetteer's name inside
            new = Span(doc, s, e, label=label)
            mended.append(new)
            whole.add((s, e))
    if not mended:
        return cands, []
    inside = {i for m in mended for i in range(m.start, m.end)}
    kept = [c for c in cands if not inside.intersection(range(c.start, c.end))]
    return kept + mended, mended
