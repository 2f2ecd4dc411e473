"""The typed records that travel between stages.

Spiders produce an :class:`Article`; the nlp stage turns its text into an :class:`Analysis`;
the db stage writes both. Keeping one shape per stage boundary (rather than dicts that grow
keys along the way) is what lets ``claimtrack analyze --json`` and the database agree.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any


def stable_id(*parts: str, length: int = 16) -> str:
    """A short, deterministic id from text parts, so re-runs upsert the same rows."""
    h = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass
class ArchiveLocation:
    """Where a response lies in the WARC archive: enough to re-read it with warcio."""

    warc_file: str
    offset: int
    length: int
    record_id: str


@dataclass
class Article:
    """One extracted news article, as the spiders hand it to the analysis."""

    url: str
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD
    updated: str | None = None
    outlet: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    fetched_at: str | None = None
    source: str | None = None  # configured source name that led to the page
    discovered_via: str | None = None  # feed | sitemap | urllist | direct
    archive: ArchiveLocation | None = None
    relevance: str | None = None  # why the page was kept
    request_url: str | None = None  # the URL requested (before redirects), as in `fetches`
    fetch_id: str | None = None  # the `fetches` row of the response it was extracted from

    @property
    def id(self) -> str:
        """Articles are keyed by canonical URL when the page names one (stable across mirrors)."""
        return stable_id(self.canonical_url or self.url)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Entity:
    text: str
    label: str
    canonical: str
    start: int
    end: int
    wikidata: str | None = None


@dataclass
class Quote:
    text: str
    kind: str  # direct | mixed | indirect
    start: int
    end: int
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None
    speaker_label: str | None = None  # PERSON | ORG | ... of the canonical speaker
    cue: str | None = None
    answers: int | None = None  # index of the quote this one answers (a denial -> the accusation)


@dataclass
class NoComment:
    speaker: str
    kind: str  # declined | unreachable | no_response
    speaker_label: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Claim:
    claimant: str
    target: str | None
    stance: str  # accusation | denial | lawsuit | ruling | admission | other
    quote: int | None


@dataclass
class Analysis:
    """The JSON contract of ``claimtrack analyze --json`` (see SPEC.md), one per document."""

    source: str
    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    no_comment: list[NoComment] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None
    # names (lower-cased) this document's own context typed, with their label: the raw
    # material of the cross-article memory (nlp/memory.py); not part of the JSON contract
    typed_names: dict[str, str] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        a = self.article
        out: dict[str, Any] = {
            "source": self.source,
            "article": {
                "title": a.title,
                "authors": list(a.authors),
                "published": a.published,
                "outlet": a.outlet,
                "url": a.canonical_url or a.url,
                "text": a.text,
            },
            "entities": [dataclasses.asdict(e) for e in self.entities],
            "quotes": [
                {k: v for k, v in dataclasses.asdict(q).items() if k != "speaker_label"}
                for q in self.quotes
            ],
            "no_comment": [{"speaker": n.speaker, "kind": n.kind} for n in self.no_comment],
            "claims": [dataclasses.asdict(c) for c in self.claims],
        }
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class Docket:
    """A court docket found through CourtListener: becomes (or updates) a dispute."""

    courtlistener_id: int
    case_name: str
    court: str | None = None
    docket_number: str | None = None
    filed: str | None = None
    terminated: str | None = None
    url: str | None = None
    search: str | None = None


@dataclass
class DocketEntry:
    """One entry on a docket (a filing, an order, a ruling): a dated event of its dispute."""

    courtlistener_id: int
    docket_id: int
    date: str | None
    entry_number: int | None
    description: str
    url: str | None = None
