"""Rule ``alias_in_apposition``: two names the text itself says are one.

"Quillo, whose real name is Bertram Ashgrove, said ..." and "Bertram Ashgrove, known as
Quillo, said ..." give a person (or a company) under two names that share no word; left apart,
the statements of each name go to a different speaker, and a statement made under the alias is
given to nobody a reader would look up. The text's own words join them: the name the text calls
real (after "whose real name is", "real name"; before "known as", "who goes by", "aka") is the
canonical one, and every mention of the other takes it. Only two names right beside the
phrase are joined, never a name and a description ("an illustrator known as X" names no one
else). "now known as", "formerly known as" say a name changed, not an alias: not read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.extensions import doc_text
from nlp.name_links import Named, _link

RULE = "alias_in_apposition"
# the real name comes after the phrase: "Quillo, whose real name is Bertram Ashgrove"
REAL_AFTER = re.compile(r"(?:,| \()\s*(?:whose (?:real|legal|birth) name is|(?:real|legal|birth) name:?)\s+")
# the real name comes before it: "Bertram Ashgrove, known as Quillo", "..., aka Quillo"
REAL_BEFORE = re.compile(r"(?:,| \()\s*(?:(?:better|also|professionally|popularly) )?(?:known as|who goes by"
                         r"|a\.k\.a\.|aka)\s+")
QUOTES = "\"“‘'"
LABELS = frozenset({"PERSON", "ORG"})


def link_aliases(doc: Doc, named: list[Named]) -> None:
    """Give every mention of an alias the canonical name and label of the name the text calls
    real (see the module's docstring)."""
    text = doc_text(doc)
    if "name" not in text and "known as" not in text and "aka" not in text and "goes by" not in text:
        return  # the usual case: no phrase at all, nothing to scan
    ends = {n.ent.end_char: n for n in named}
    starts = {n.ent.start_char: n for n in named}
    for pattern, real_after in ((REAL_AFTER, True), (REAL_BEFORE, False)):
        for m in pattern.finditer(text):
            before = ends.get(m.start())
            after = starts.get(m.end()) or (starts.get(m.end() + 1) if text[m.end():m.end() + 1] in QUOTES
                                            and m.end() < len(text) else None)
            if before is None or after is None:
                continue
            real, alias = (after, before) if real_after else (before, after)
            if real.label not in LABELS or real.canonical == alias.canonical:
                continue
            old = alias.canonical
            for n in named:
                if n.canonical == old:
                    _link(n, real.canonical, real.label, RULE)
