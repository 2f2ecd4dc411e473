"""Rule ``alias_in_apposition``: two names the text itself says are one.

"Quillo, whose real name is Bertram Ashgrove, said ..." and "Bertram Ashgrove, known as
Quillo, said ..." give a person (or a company) under two names that share no word; left apart,
the statements of each name go to a different speaker, and a statement made under the alias is
given to nobody a reader would look up. The text's own words join them: the name the text calls
real (after "whose real name is", "real name"; before "known as", "who goes by", "aka") is the
canonical one, and every mention of the other takes it. Only two names right beside the
phrase are joined, never a name and a description ("an illustrator known as X" names no one
else). "now known as", "formerly known as" say a name changed, not an alias: not read.

Rule ``alias_shares_surname``: "Engineer Mara Ellison was charged ... The defendant, also known
as Mae Ellison, was indicted": the phrase follows a description, not a name, so nothing stands
beside it to join; but an alias of two words or more whose surname is that of exactly one person
named before it is that person's other name (a description of "the defendant" with a new given
name and the same surname is no second person), and every later "Ellison" would otherwise go to
the alias, the full name met last. Only a person's name, only one candidate.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.extensions import doc_text
from nlp.name_links import Named, _link

RULE = "alias_in_apposition"
SURNAME_RULE = "alias_shares_surname"
# the real name comes after the phrase: "Quillo, whose real name is Bertram Ashgrove"
REAL_AFTER = re.compile(r"(?:,| \()\s*(?:whose (?:real|legal|birth) name is|(?:real|legal|birth) name:?)\s+")
# the real name comes before it: "Bertram Ashgrove, known as Quillo", "..., aka Quillo"
REAL_BEFORE = re.compile(r"(?:,| \()\s*(?:who (?:is|was) )?(?:(?:better|also|professionally|popularly) )?"
                         r"(?:known as|who goes by"
                         r"|a\.k\.a\.|aka)\s+")
QUOTES = "\"“‘'"
LABELS = frozenset({"PERSON", "ORG"})


def link_aliases(doc: Doc, named: list[Named], apposition: bool = True, surnames: bool = True) -> None:
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
            if before is None and after is not None and surnames and not real_after:
                _surname_alias(named, after, m.start())
            if before is None or after is None or not apposition:
                continue
            real, alias = (after, before) if real_after else (before, after)
            if real.label not in LABELS or real.canonical == alias.canonical:
                continue
            old = alias.canonical
            for n in named:
                if n.canonical == old:
                    _link(n, real.canonical, real.label, RULE)


def _surname_alias(named: list[Named], alias: Named, at: int) -> None:
    """Rule ``alias_shares_surname`` (see the module): the alias ``alias`` after a description
    takes the one person named before ``at`` whose surname it shares."""
    words = alias.canonical.split()
    if alias.label != "PERSON" or len(words) < 2:
        return
    fits = {n.canonical for n in named if n.ent.end_char <= at and n.label == "PERSON"
            and n.canonical != alias.canonical and len(n.canonical.split()) >= 2
            and n.canonical.split()[-1] == words[-1]}
    if len(fits) != 1:
        return
    real, old = fits.pop(), alias.canonical
    for n in named:
        if n.canonical == old:
            _link(n, real, "PERSON", SURNAME_RULE)
