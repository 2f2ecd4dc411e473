"""Loads the attribution and stance lexicons (``nlp/data/cues.yml``, ``stances.yml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Cues:
    speech_verbs: frozenset[str]
    report_verbs: frozenset[str]
    document_speakers: dict[str, str]
    role_nouns: frozenset[str]
    person_role_nouns: frozenset[str]
    org_anaphors: frozenset[str]
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    no_comment: tuple[tuple[str, re.Pattern], ...]


@lru_cache(maxsize=4)
def load_cues(path: str = str(DATA / "cues.yml")) -> Cues:
    d = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    nc = tuple(
        (kind, re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.IGNORECASE))
        for kind, pats in d["no_comment"].items()
    )
    return Cues(
        speech_verbs=frozenset(d["speech_verbs"]),
        report_verbs=frozenset(d["report_verbs"]),
        document_speakers=dict(d["document_speakers"]),
        role_nouns=frozenset(d["role_nouns"]),
        person_role_nouns=frozenset(d.get("person_role_nouns", [])),
        org_anaphors=frozenset(d["org_anaphors"]),
        person_pronouns=frozenset(d["person_pronouns"]),
        org_pronouns=frozenset(d["org_pronouns"]),
        no_comment=nc,
    )


@lru_cache(maxsize=4)
def load_stances(path: str = str(DATA / "stances.yml")) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
