"""The jobs the CLI runs: process archived articles, rebuild from the archive, build the demo.

Each job takes a :class:`~claimtrack.config.Settings` and reports progress through a callback,
so the CLI shows a progress bar and the tests stay quiet.
"""

from __future__ import annotations

import logging
import re
from typing import Callable, Iterable

from claimtrack.config import Settings, load_disputes
from claimtrack.rebuild import ArchiveDamaged, rebuild  # noqa: F401  (claimtrack/rebuild.py; kept as jobs.rebuild)
from db import analysis as stored_analysis
from db import articles as stored_articles
from db.connection import open_db
from db.finalize import finalize
from db.seed import seed_disputes, seed_entities
from nlp import memory
from nlp.gazetteer import Gazetteer
from nlp.identity import dispute_refs

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


def prepare_db(settings: Settings):
    """Open the database and seed what is data: the gazetteer's entities and the known
    disputes, with their entity ids decided by the analysis side (nlp/identity.py)."""
    db = open_db(settings.db)
    gaz = Gazetteer.load(settings.gazetteers)
    seed_entities(db, gaz.entities.values())
    seed_disputes(db, dispute_refs(load_disputes(settings.disputes_files), gaz))
    return db


def process(settings: Settings, all_articles: bool = False, workers: int = 1,
            progress: Progress | None = None, nlp=None) -> int:
    """Analyse every article not yet analysed (or all) and write the results. Returns the count.

    The entity typer reads what earlier articles said each unknown name is (the memory,
    nlp/memory.py). When this run teaches it new names, the articles the memory says they
    concern are analysed once more with the new memory, so an article does not keep a type its
    own text could not give only because it was read first."""
    from nlp.pipeline import build_pipeline, memory_set

    db = prepare_db(settings)
    rows = stored_articles.rows_to_analyse(db, all_articles)
    if rows:
        nlp = nlp or build_pipeline(settings)
        before = learned(db)
        with memory_set(nlp, before):
            _analyse_rows(db, nlp, rows, settings, workers, progress)
            after, again = second_pass(db, before)
            if again:
                with memory_set(nlp, after):
                    _analyse_rows(db, nlp, stored_articles.rows_of(db, again), settings, workers, None)
    finalize(db)
    return len(rows)


def learned(db) -> dict[str, str]:
    """The memory the stored analyses teach (nlp/memory.py): what a run's first pass reads."""
    return memory.learn(stored_analysis.typed_names(db))


def second_pass(db, before: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """After a run's first pass was written: the memory now learned, and the ids of the
    articles to analyse once more with it (those that mention a name it learned or changed).
    Shared by `process` and the scale-out writer (claimtrack/scale/writer.py), so both make
    the same second pass over the same articles."""
    after = learned(db)
    changed = memory.changes(before, after)
    again = memory.second_pass(changed, stored_articles.texts(db),
                               lambda aid: stored_analysis.mention_labels(db, aid))
    if again:
        log.info("memory: %d names learned or changed; analysing %d articles again",
                 len(changed), len(again))
    return after, again


def _analyse_rows(db, nlp, rows: Iterable[dict], settings: Settings, workers: int,
                  progress: Progress | None) -> None:
    """Stored articles through the pipeline, each analysis stored as it comes."""
    from nlp.pipeline import analyse

    items = stored_articles.as_articles(db, rows)
    for a in analyse(nlp, items, batch_size=settings.batch_size, n_process=workers):
        stored_analysis.write_analysis(db, a.source, a, published=a.article.published)
        if progress:
            progress(1)


