"""Rule ``pair_named_apart``: "the lawsuit ... against Velander and Brisca Wire" tagged as one
organisation "Velander and Brisca Wire". Two parties joined by "and" are no one name when the
text names each of them apart: a person's surname ("Tomasz Velander") and a company ("Brisca
Wire" elsewhere). Left as one span, the pair becomes a party of its own, and a later "Velander"
is taken for its short form. The span is cut in two, each piece with the label the text gives it
elsewhere.

Called by ``name_forms.tidy_ents`` (a set of the document's entity texts is built only when
some span holds "and"); traced under component "canonical"; example in tests/test_name_links.py.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.extensions import trace

RULE = "pair_named_apart"
LABELS = frozenset({"ORG", "PERSON", "OUTLET"})


def split_pairs(doc, ents: list, disabled: frozenset[str]) -> bool:
    """Replace in ``ents`` (in place; None entries are skipped) each "A and B" span whose two
    sides the text names apart by the two names. True when one was split."""
    if RULE in disabled:
        return False
    pairs = [k for k, e in enumerate(ents) if e is not None and e.label_ in LABELS and not e.kb_id_
             and len(e) >= 3 and any(t.lower_ in ("and", "&") for t in e[1:-1])]
    if not pairs:
        return False
    named: dict[str, str] = {}  # a name the text gives apart -> its label
    for e in ents:
        if e is None or e.label_ not in LABELS or any(t.lower_ in ("and", "&") for t in e):
            continue
        if e.label_ == "PERSON":  # a person's name, or surname, over the model's other guesses
            named[e.text] = "PERSON"
            if len(e) >= 2:
                named[e[-1].text] = "PERSON"  # "Velander" of "Tomasz Velander"
        else:
            named.setdefault(e.text, e.label_)
    out, split = [], False
    for k, e in enumerate(ents):
        if k not in pairs:
            out.append(e)
            continue
        j = next(t.i for t in e[1:-1] if t.lower_ in ("and", "&"))
        left, right = Span(doc, e.start, j), Span(doc, j + 1, e.end)
        a, b = named.get(left.text), named.get(right.text)
        if a is None or b is None or "PERSON" not in (a, b):
            out.append(e)
            continue
        out += [Span(doc, left.start, left.end, label=a), Span(doc, right.start, right.end, label=b)]
        trace(doc, "canonical", e.start_char, e.end_char, f"{a}+{b}", [RULE])
        split = True
    ents[:] = out
    return split
