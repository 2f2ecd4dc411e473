"""Articles, their outlets and authors, and court dockets: what the crawl stores, and the
stored articles read back as :class:`~claimtrack.records.Article` records for the analysis."""

from __future__ import annotations

from typing import Iterable, Iterator
from urllib.parse import urlparse

import sqlite_utils

from claimtrack.ids import author_id, docket_dispute_id, docket_entry_id, outlet_id
from claimtrack.records import ArchiveLocation, Article, Docket, DocketEntry
from db.stories import credited_wire, signature

# ---------------------------------------------------------------- writing


def upsert_article(db: sqlite_utils.Database, article: Article) -> str:
    """Store one extracted article (and its outlet and authors). Returns the article id."""
    oid = outlet_id(article.outlet, article.canonical_url or article.url)
    aid = article.id
    loc = article.archive
    with db.atomic():
        if oid:
            db.table("outlets").upsert(
                {"id": oid, "name": article.outlet or oid,
                 "domain": urlparse(article.canonical_url or article.url).hostname,
                 "source": article.source}, pk="id")
        existing = db.table("articles").get(aid) if _exists(db, "articles", aid) else None
        row = {
            "id": aid, "url": article.url, "canonical_url": article.canonical_url,
            "outlet_id": oid, "title": article.title, "published": article.published,
            "published_at": article.published_at, "credit": credited_wire(article.text),
            "updated": article.updated, "fetched_at": article.fetched_at,
            "language": article.language, "text": article.text, "source": article.source,
            "discovered_via": article.discovered_via, "relevance": article.relevance,
            "warc_file": loc.warc_file if loc else None,
            "warc_offset": loc.offset if loc else None,
            "warc_length": loc.length if loc else None,
            "warc_record_id": loc.record_id if loc else None,
        }
        # when the tracker first had the article ("new" in the feeds): kept across re-fetches;
        # a row stored before the column existed keeps its older fetch time
        row["first_fetched_at"] = (existing or {}).get("first_fetched_at") or min(
            filter(None, [(existing or {}).get("fetched_at"), article.fetched_at]), default=None)
        if existing and existing.get("text") != article.text:
            row["analysed_at"] = None  # text changed: analyse again
        db.table("articles").upsert(row, pk="id")
        if not existing or existing.get("text") != article.text:
            db.table("story_signatures").upsert(
                {"article_id": aid, "minhash": signature(article.text)}, pk="article_id")
        db.execute("delete from article_authors where article_id = ?", [aid])
        for name in dict.fromkeys(a.strip() for a in article.authors if a and a.strip()):
            au = author_id(name)
            db.table("authors").upsert({"id": au, "name": name}, pk="id")
            db.table("article_authors").upsert({"article_id": aid, "author_id": au},
                                               pk=("article_id", "author_id"))
    return aid


def _exists(db, table: str, pk: str) -> bool:
    return bool(db.execute(f"select 1 from [{table}] where id = ?", [pk]).fetchone())


def upsert_docket(db: sqlite_utils.Database, d: Docket) -> str:
    """A CourtListener docket is a lawsuit dispute; a known dispute with the same
    CourtListener id (seeded from data) is updated rather than duplicated."""
    known = db.execute("select id from disputes where courtlistener_id = ?",
                       [d.courtlistener_id]).fetchone()
    did = known[0] if known else docket_dispute_id(d.courtlistener_id)
    row = {"id": did, "courtlistener_id": d.courtlistener_id, "docket": d.docket_number,
           "filed": d.filed, "status": "terminated" if d.terminated else "open"}
    if not known:
        row.update(name=d.case_name, kind="lawsuit", court=d.court, origin="courtlistener")
    with db.atomic():
        db.table("disputes").upsert(row, pk="id")
    return did


def upsert_docket_entry(db: sqlite_utils.Database, e: DocketEntry) -> None:
    known = db.execute("select id from disputes where courtlistener_id = ?", [e.docket_id]).fetchone()
    did = known[0] if known else docket_dispute_id(e.docket_id)
    with db.atomic():
        db.table("dispute_events").upsert({
            "id": docket_entry_id(e.courtlistener_id), "dispute_id": did, "date": e.date,
            "entry_number": e.entry_number, "description": e.description, "url": e.url,
            "origin": "courtlistener"}, pk="id")


# ---------------------------------------------------------------- reading back

_TO_ANALYSE = "select * from articles {where} order by published, id"


def count_to_analyse(db: sqlite_utils.Database, all_articles: bool = False) -> int:
    where = "" if all_articles else "where analysed_at is null"
    return db.execute(f"select count(*) from articles {where}").fetchone()[0]


def rows_to_analyse(db: sqlite_utils.Database, all_articles: bool = False) -> list[dict]:
    """The article rows not yet analysed (or all), oldest first."""
    where = "" if all_articles else "where analysed_at is null"
    return list(db.query(_TO_ANALYSE.format(where=where)))


def rows_of(db: sqlite_utils.Database, ids: list[str], chunk: int = 500) -> Iterator[dict]:
    """The article rows of ``ids``, oldest first within each chunk, read a chunk at a time."""
    for i in range(0, len(ids), chunk):
        part = ids[i:i + chunk]
        marks = ", ".join("?" * len(part))
        yield from db.query(f"select * from articles where id in ({marks}) order by published, id", part)


def texts(db: sqlite_utils.Database) -> Iterator[tuple[str, str]]:
    """(id, text) of every article with a text, oldest first."""
    yield from db.execute("select id, text from articles where text is not null "
                          "order by published, id")


def as_articles(db: sqlite_utils.Database, rows: Iterable[dict]) -> Iterator[tuple[Article, str]]:
    """(Article, id) for article rows, with their authors: what the analysis reads. ``rows``
    may be a generator: rows are read as the caller needs them."""
    authors: dict[str, list[str]] = {}
    for r in db.query("select aa.article_id, au.name from article_authors aa "
                      "join authors au on au.id = aa.author_id"):
        authors.setdefault(r["article_id"], []).append(r["name"])
    for r in rows:
        yield article_from_row(r, authors.get(r["id"], [])), r["id"]


def article_from_row(row: dict, authors: list[str]) -> Article:
    loc = None
    if row.get("warc_file"):
        loc = ArchiveLocation(row["warc_file"], row["warc_offset"], row["warc_length"],
                              row["warc_record_id"])
    return Article(url=row["url"], text=row["text"] or "", title=row["title"], authors=authors,
                   published=row["published"], published_at=row.get("published_at"),
                   updated=row["updated"], outlet=None,
                   language=row["language"], canonical_url=row["canonical_url"],
                   fetched_at=row["fetched_at"], source=row["source"], archive=loc)
