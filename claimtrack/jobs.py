"""The jobs the CLI runs: process archived articles, rebuild from the archive, build the demo.

Each job takes a :class:`~claimtrack.config.Settings` and reports progress through a callback,
so the CLI shows a progress bar and the tests stay quiet.
"""

from __future__ import annotations

import logging
import re
from typing import Callable, Iterable, Iterator

from claimtrack.config import Settings
from claimtrack.rebuild import ArchiveDamaged, rebuild  # noqa: F401  (claimtrack/rebuild.py; kept as jobs.rebuild)
from claimtrack.records import Article, ArchiveLocation
from db import writer
from nlp.gazetteer import Gazetteer

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


def prepare_db(settings: Settings):
    """Open the database and seed what is data: the gazetteer and the known disputes."""
    db = writer.open_db(settings.db)
    gaz = Gazetteer.load(settings.gazetteers)
    resolver = writer.EntityResolver(gaz)
    writer.seed_gazetteer(db, gaz)
    writer.seed_disputes(db, settings.disputes_files, resolver)
    return db, resolver


def _article_from_row(row: dict, authors: list[str]) -> Article:
    loc = None
    if row.get("warc_file"):
        loc = ArchiveLocation(row["warc_file"], row["warc_offset"], row["warc_length"],
                              row["warc_record_id"])
    return Article(url=row["url"], text=row["text"] or "", title=row["title"], authors=authors,
                   published=row["published"], updated=row["updated"], outlet=None,
                   language=row["language"], canonical_url=row["canonical_url"],
                   fetched_at=row["fetched_at"], source=row["source"], archive=loc)


def process(settings: Settings, all_articles: bool = False, workers: int = 1,
            progress: Progress | None = None, nlp=None) -> int:
    """Analyse every article not yet analysed (or all) and write the results. Returns the count.

    The entity typer reads what earlier articles said each unknown name is (the memory,
    nlp/memory.py, kept in ``typed_names``). When this run teaches it new names, the articles
    that mention them are analysed once more with the new memory, so an article does not keep
    a type its own text could not give only because it was read first."""
    from nlp.pipeline import build_pipeline, set_memory

    db, resolver = prepare_db(settings)
    where = "" if all_articles else "where analysed_at is null"
    rows = list(db.query(f"select * from articles {where} order by published, id"))
    if rows:
        nlp = nlp or build_pipeline(settings)
        before = writer.learned_names(db)
        try:
            set_memory(nlp, before)
            _analyse_rows(db, nlp, rows, settings, resolver, workers, progress)
            after = writer.learned_names(db)
            changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
            again = _needing_memory(db, {k: after.get(k) for k in changed})
            if again:
                log.info("memory: %d names learned or changed; analysing %d articles again",
                         len(changed), len(again))
                set_memory(nlp, after)
                _analyse_rows(db, nlp, _rows(db, again), settings, resolver, workers, None)
        finally:
            set_memory(nlp, {})  # a pipeline passed in is left as it came
    writer.finalize(db)
    return len(rows)


def _analyse_rows(db, nlp, rows: Iterable[dict], settings: Settings, resolver, workers: int,
                  progress: Progress | None) -> None:
    from nlp.pipeline import analyse

    authors: dict[str, list[str]] = {}
    for r in db.query("select aa.article_id, au.name from article_authors aa "
                      "join authors au on au.id = aa.author_id"):
        authors.setdefault(r["article_id"], []).append(r["name"])
    published: dict[str, str | None] = {}

    def items():
        for r in rows:  # a generator may be passed: rows are read as the batches need them
            published[r["id"]] = r["published"]
            yield _article_from_row(r, authors.get(r["id"], [])), r["id"]

    for analysis in analyse(nlp, items(), batch_size=settings.batch_size, n_process=workers):
        writer.write_analysis(db, analysis.source, analysis, resolver,
                              published=published.pop(analysis.source, None))
        if progress:
            progress(1)


def _needing_memory(db, names: dict[str, str | None]) -> list[str]:
    """The ids of the articles whose text contains one of ``names`` (lower-cased, with the
    label the memory now gives them) as whole words, unless every mention of it there already
    has that label. Names are indexed by their first word, so each article costs a look-up per
    distinct word in it, however many names the memory learned."""
    by_first: dict[str, list[tuple[str, re.Pattern]]] = {}
    for name in names:
        words = re.findall(r"\w+", name)
        if words:  # each name's pattern compiled once, not once per article
            by_first.setdefault(words[0], []).append(
                (name, re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")))
    out = []
    for aid, text in db.execute("select id, text from articles where text is not null "
                                "order by published, id"):
        text = text.lower()
        for word in set(re.findall(r"\w+", text)) & by_first.keys():
            found = [n for n, pattern in by_first[word] if pattern.search(text)]
            if found and not _already(db, aid, found, names):
                out.append(aid)
                break
    return out


def _already(db, article_id: str, found: list[str], names: dict[str, str | None]) -> bool:
    """Every one of ``found`` is a mention of this article with the label the memory gives."""
    labels: dict[str, set] = {}
    for text, label in db.execute("select lower(text), label from mentions where article_id = ?",
                                  [article_id]):
        labels.setdefault(re.sub(r"['’]s$", "", text), set()).add(label)
    return all(labels.get(n) == {names[n]} for n in found)


def _rows(db, ids: list[str], chunk: int = 500) -> Iterator[dict]:
    """The article rows of ``ids``, read a chunk at a time."""
    for i in range(0, len(ids), chunk):
        part = ids[i:i + chunk]
        marks = ", ".join("?" * len(part))
        yield from db.query(f"select * from articles where id in ({marks}) order by published, id", part)
