"""The domain gazetteer: canonical entities and the ways people write them.

The data lives in JSONL files (``nlp/data/gazetteer.jsonl``, one entity a line; see
``nlp/data/GAZETTEER.md``). This module only reads it and answers "which entity is this
surface form?"; the spaCy components and the database writer both ask it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from claimtrack.records import stable_id

# Types the gazetteer may give, and the spaCy label each is tagged with.
TYPES = {"PERSON", "ORG", "PRODUCT", "COURT", "OUTLET", "GPE", "LAW"}

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACES = re.compile(r"\s+")
TITLES = (
    "mr", "mrs", "ms", "dr", "prof", "professor", "judge", "justice", "senator", "sen",
    "rep", "representative", "president", "vice president", "secretary", "commissioner",
    "chief executive", "ceo", "chair", "chairman", "chairwoman", "minister", "attorney",
    "lawyer", "u.s. district judge", "district judge", "magistrate judge", "chief judge",
    "circuit judge", "governor", "gov", "mayor", "sir", "dame", "lord", "lady", "founder",
    "co-founder", "spokesperson", "spokesman", "spokeswoman",
)
_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\.?\s+)+",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """The key a surface form is looked up by: case, possessive, leading 'the', titles and
    typographic variants folded, so "OpenAI's", "the ChatGPT maker" and "Judge Stein" match."""
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    t = t.replace("“", '"').replace("”", '"').strip(" \t\n\"'.,;:()[]")
    t = _POSSESSIVE.sub("", t)
    t = _SPACES.sub(" ", t).strip().lower()
    t = re.sub(r"^the\s+", "", t)
    t = _TITLE_RE.sub("", t)
    return t


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:80] or stable_id(text, length=12)


@dataclass
class GazEntity:
    id: str
    name: str
    type: str
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    context_aliases: list[str] = field(default_factory=list)
    description: str | None = None
    wikidata: str | None = None
    demo: bool = False

    @property
    def label(self) -> str:
        """The spaCy entity label: courts and outlets keep their own, the rest are standard."""
        return self.type


class Gazetteer:
    """Canonical entities indexed by every normalised name and alias."""

    def __init__(self, entities: Iterable[GazEntity] = ()):
        self.entities: dict[str, GazEntity] = {}
        self.by_name: dict[str, GazEntity] = {}
        self.by_alias: dict[str, GazEntity] = {}
        self.by_context_alias: dict[str, list[GazEntity]] = {}
        for e in entities:
            self.add(e)

    def add(self, e: GazEntity) -> None:
        if e.id in self.entities:
            raise ValueError(f"gazetteer: duplicate id {e.id!r}")
        self.entities[e.id] = e
        self.by_name[e.name] = e
        for form in [e.name, *e.aliases]:
            key = normalise(form)
            if key:
                self.by_alias.setdefault(key, e)
        for form in e.context_aliases:
            key = normalise(form)
            if key:
                self.by_context_alias.setdefault(key, []).append(e)

    def lookup(self, text: str) -> GazEntity | None:
        return self.by_alias.get(normalise(text))

    def sole_context_entity(self, text: str) -> GazEntity | None:
        """The entity a short form ("Aldgrave", "Quirke") means when only one entity goes by it."""
        known = self.by_context_alias.get(normalise(text), [])
        return known[0] if len(known) == 1 else None

    def surface_forms(self, e: GazEntity) -> list[str]:
        return [e.name, *e.aliases]

    @classmethod
    def load(cls, paths: Iterable[str | Path]) -> "Gazetteer":
        return _load_cached(tuple(str(p) for p in paths))


@lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...]) -> Gazetteer:
    gaz = Gazetteer()
    for path in paths:
        p = Path(path)
        if not p.exists():
            raise FileNotFoundError(f"gazetteer file not found: {p}")
        demo = "demo" in p.name
        for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("//"):
                continue
            try:
                d = json.loads(line)
                etype = d["type"].upper()
                if etype not in TYPES:
                    raise ValueError(f"unknown type {etype!r}")
                gaz.add(GazEntity(
                    id=d["id"], name=d["name"], type=etype, kind=d.get("kind"),
                    aliases=list(d.get("aliases") or []),
                    context_aliases=list(d.get("context_aliases") or []),
                    description=d.get("description"), wikidata=d.get("wikidata") or None,
                    demo=demo,
                ))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{p}:{lineno}: bad gazetteer line: {exc}") from exc
    return gaz
