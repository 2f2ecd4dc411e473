"""The context words of entity typing (``nlp/data/entity_types.yml``) and two token tests.

The words are data: a rule of ``nlp/data/entity_rules.yml`` names a list here ("party_verbs")
instead of spelling its words out, so one list serves every rule that needs it.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, fields
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml
from spacy.tokens import Token

from nlp.lexicon import fold, person_given_names

DEFAULT_WORDS = str(files("nlp") / "data" / "entity_types.yml")
WORLD_PLACES = files("nlp") / "data" / "world_places.tsv"


@dataclass(frozen=True)
class TypeWords:
    titles: frozenset
    person_nouns: frozenset
    office_nouns: frozenset
    org_nouns: frozenset
    either_nouns: frozenset
    org_members: frozenset
    party_nouns: frozenset
    party_verbs: frozenset
    not_place_governors: frozenset
    product_nouns: frozenset
    product_verbs: frozenset
    agent_verbs: frozenset
    output_verbs: frozenset
    place_people: frozenset
    place_members: frozenset
    place_governors: frozenset
    org_suffixes: frozenset
    content_nouns: frozenset
    legislatures: frozenset
    party_members: frozenset
    transfer_verbs: frozenset
    intent_verbs: frozenset
    date_words: frozenset
    firm_suffixes: frozenset
    premises: frozenset
    not_names: frozenset
    abbreviations: frozenset
    comma_suffixes: frozenset
    name_end_prepositions: frozenset
    nationality_endings: frozenset
    indefinite_articles: frozenset
    title_parts: frozenset
    court_words: frozenset
    committee_words: frozenset
    court_name_links: frozenset
    credit_words: frozenset
    byline_words: frozenset
    name_possessives: frozenset
    nationality_words: frozenset

    def named(self, name: str) -> frozenset:
        """A list by name, or the union of several: "product_verbs + agent_verbs"."""
        out: frozenset = frozenset()
        for part in name.split("+"):
            part = part.strip()
            if part not in self.__dataclass_fields__:
                raise KeyError(f"no word list {part!r} in entity_types.yml")
            out |= getattr(self, part)
        return out


@lru_cache(maxsize=4)
def load_type_words(path: str = DEFAULT_WORDS) -> TypeWords:
    d = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return TypeWords(**{f.name: frozenset(str(w).lower() for w in d[f.name]) for f in fields(TypeWords)})


def given(t: Token) -> bool:
    """A known given name, accents aside ("Gráinne" is "grainne" in the lists)."""
    return _given(t.lower_)


@lru_cache(maxsize=65536)
def _given(lower: str) -> bool:
    """``given`` of a lower-cased word: the fold is the cost, and few words recur more often
    than the names of an article (the lists never change while the process runs)."""
    return fold(lower) in person_given_names()


def is_name_token(t: Token, words: TypeWords) -> bool:
    return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
            and t.lower_ not in words.not_names) or apostrophe_name(t)


# "O’Nan", "D'Alvise", "N’Diaye": a capital, at most three letters, an apostrophe (straight or
# curly), a capitalised word; contractions and possessives ("Don’t", "’s") the tokenizer splits
APOSTROPHE_NAME = re.compile(r"[A-Z][A-Za-z]{0,3}['’][A-Z][a-z]+")


def apostrophe_name(t: Token) -> bool:
    """A surname with an apostrophe inside ("O’Nan"): not ``is_alpha``, and with the curly mark
    the tagger often calls it a noun, but its shape alone makes it a name's word."""
    return APOSTROPHE_NAME.fullmatch(t.text) is not None


@lru_cache(maxsize=1)
def place_kinds() -> dict[str, tuple[str, str]]:
    """Lower-cased real place -> (kind, country code), from ``nlp/data/world_places.tsv``: a
    country, US state, city, or one of the abbreviations and polities kept by hand ("U.S.",
    "EU", "Britain")."""
    out: dict[str, tuple[str, str]] = {}
    for line in WORLD_PLACES.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            out.setdefault(parts[0].lower(), (parts[1], parts[2]))
    return out


@lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    """Country code -> the full name news uses: the country's, else the polity's ("EU")."""
    out: dict[str, str] = {}
    for line in WORLD_PLACES.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] in ("country", "polity") and not line.startswith("#"):
            if parts[1] == "country" or parts[2] not in out:
                out[parts[2]] = parts[0]
    return out


def place_full_name(text: str) -> str | None:
    """"United States" for "U.S." or "US": the full name an abbreviation stands for."""
    kind, code = place_kinds().get(text.lower(), ("", ""))
    return _full_names().get(code) if kind == "abbreviation" else None
