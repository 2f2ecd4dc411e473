"""The domain gazetteer: canonical entities and the ways people write them.

The data lives in JSONL files (``nlp/data/gazetteer.jsonl``, one entity a line; see
``nlp/data/GAZETTEER.md``). This module only reads it and answers "which entity is this
surface form?"; the spaCy components ask it, and nlp/identity.py gives each name of an
analysis its entity id from it. The name key (:func:`normalise`) is made in claimtrack/ids.py.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from claimtrack.ids import normalise
from claimtrack.records import KnownEntity

# Types the gazetteer may give, and the spaCy label each is tagged with.
TYPES = {"PERSON", "ORG", "PRODUCT", "COURT", "OUTLET", "GPE", "LAW"}

# A gazetteer line is a kernel record (storage seeds its rows from it without importing nlp).
GazEntity = KnownEntity

__all__ = ["TYPES", "GazEntity", "Gazetteer", "normalise"]


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
