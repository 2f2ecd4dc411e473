"""The typed records that travel between stages.

Spiders produce an :class:`Article`; the nlp stage turns its text into an :class:`Analysis`;
the db stage writes both. Keeping one shape per stage boundary (rather than dicts that grow
keys along the way) is what lets ``claimtrack analyze --json`` and the database agree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from claimtrack.ids import article_id


def _public(record, hidden: frozenset[str]) -> dict[str, Any]:
    """A record as a dict of the JSON contract: the fields only the stages use left out."""
    return {k: v for k, v in dataclasses.asdict(record).items() if k not in hidden}


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
    published_at: str | None = None  # to the minute, where the page gives a time (UTC: ...Z)
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
        return article_id(self.canonical_url or self.url)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class EntityRef:
    """The one ``entities`` row a name stands for. The analysis decides it (a gazetteer entity
    keeps its id, any other gets :func:`claimtrack.ids.entity_id`; nlp/identity.py) and
    storage writes what was decided: identity is a judgement about language, not about rows."""

    id: str
    name: str
    type: str


@dataclass
class KnownEntity:
    """An entity known before any article is read (a gazetteer line, nlp/data/GAZETTEER.md):
    the analysis recognises it, storage seeds its row and aliases."""

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


@dataclass
class Entity:
    text: str
    label: str
    canonical: str
    start: int
    end: int
    wikidata: str | None = None
    id: str | None = None  # the entity row it stands for; None for dates, sums, ... (no row)


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
    speaker_id: str | None = None  # entity ids, decided by the analysis (not in the JSON)
    speaker_org_id: str | None = None
    answers: int | None = None  # index of the quote this one answers (a denial -> the accusation)


@dataclass
class NoComment:
    speaker: str
    kind: str  # declined | unreachable | no_response
    speaker_label: str | None = None
    start: int | None = None
    end: int | None = None
    speaker_id: str | None = None


@dataclass
class Claim:
    claimant: str | None  # None: the source is only the text's words ("The plaintiffs"), no party
    target: str | None
    stance: str  # accusation | denial | lawsuit | ruling | admission | other
    quote: int | None
    claimant_id: str | None = None
    target_id: str | None = None


# Fields the stages pass on but the JSON contract (SPEC.md) does not show.
_HIDDEN_ENTITY = frozenset({"id"})
_HIDDEN_QUOTE = frozenset({"speaker_label", "speaker_id", "speaker_org_id"})
_HIDDEN_CLAIM = frozenset({"claimant_id", "target_id"})


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
    # every entity row the analysis refers to, in the order it decided them (nlp/identity.py)
    entity_refs: list[EntityRef] = field(default_factory=list)
    # which named rules decided each entity type and speaker (doc._.rule_trace, dicts of
    # component, start, end, text, decision, rules): shown by `claimtrack analyze --explain`
    trace: list[dict] = field(default_factory=list)

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
            "entities": [_public(e, _HIDDEN_ENTITY) for e in self.entities],
            "quotes": [_public(q, _HIDDEN_QUOTE) for q in self.quotes],
            "no_comment": [{"speaker": n.speaker, "kind": n.kind} for n in self.no_comment],
            "claims": [_public(c, _HIDDEN_CLAIM) for c in self.claims],
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
