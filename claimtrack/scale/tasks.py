"""The analysis workers: a Celery app on a Redis broker, and its one task.

Why these settings. A task is a few articles read from the archive and analysed together, a
second or so; the spaCy pipeline takes several seconds and hundreds of MB to load, so each
worker process loads it once (lazily, for the first task, then kept per pipeline profile) and
takes one task at a time (``worker_prefetch_multiplier = 1``): a slow task never holds others
back in a busy worker's buffer. Tasks are acknowledged late (``task_acks_late``), after their
results are in Redis, so a worker killed mid-task (even ``kill -9``) loses nothing: the broker
hands the task to another worker once its visibility timeout has passed. A task done twice is
harmless: its results are the same and the writer stores them keyed by article id.

The results go back through Redis, into the round's hash of results (aid -> JSON), for the
one writer (claimtrack/scale/writer.py); Celery's own result backend is not used."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from claimtrack.config import Settings, demo_settings
from claimtrack.records import ArchiveLocation
from claimtrack.scale import wire

log = logging.getLogger(__name__)

# How long a task taken by a worker that died waits before another worker gets it, and how
# often workers look for such tasks. Tests shorten both (CLAIMTRACK_VISIBILITY_TIMEOUT).
VISIBILITY_TIMEOUT = int(os.environ.get("CLAIMTRACK_VISIBILITY_TIMEOUT", "600"))
RESTORE_EVERY = max(1, min(10, VISIBILITY_TIMEOUT // 5))

_pipelines: dict[str, object] = {}  # profile -> loaded pipeline, per worker process
_memories: dict[str, dict] = {}  # digest -> memory, per worker process
_archive: dict[str, Path] = {}  # "dir" -> the archive this worker reads
_servers: dict[str, object] = {}  # Redis URL -> one client per worker process


def make_app(redis_url: str):
    """The Celery app every role builds the same way (the writer only sends tasks)."""
    from celery import Celery

    app = Celery("claimtrack", broker=redis_url, set_as_current=False)
    app.conf.update(
        task_serializer="json", accept_content=["json"], task_ignore_result=True,
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        task_default_queue=wire.QUEUE, broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        broker_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT,
                                  "unacked_restore_interval": RESTORE_EVERY,
                                  "unacked_restore_throttle": 1})
    app.task(name=wire.TASK, bind=True, acks_late=True)(analyse_task)
    app.redis_url = redis_url
    return app


def run_worker(redis_url: str, archive: Path, concurrency: int = 1, loglevel: str = "INFO") -> None:
    """``claimtrack worker``: consume analysis tasks until stopped. One process (the ``solo``
    pool) by default; ``concurrency`` > 1 forks that many, each loading its own pipeline."""
    _archive["dir"] = Path(archive)
    app = make_app(redis_url)
    pool = ["--pool=solo"] if concurrency == 1 else ["--pool=prefork", f"--concurrency={concurrency}"]
    app.worker_main(["worker", *pool, f"--loglevel={loglevel}", "-Q", wire.QUEUE,
                     "--without-gossip", "--without-mingle", "--without-heartbeat",
                     "-n", f"claimtrack-{os.getpid()}@%h"])


def pipeline(profile: dict):
    """The pipeline a task asks for (the writer's model and gazetteers), loaded once per
    process and profile."""
    key = f"{profile.get('model')}|{bool(profile.get('demo'))}"
    if key not in _pipelines:
        from nlp.pipeline import build_pipeline

        model = profile.get("model") or None
        settings = demo_settings(model=model) if profile.get("demo") else Settings().with_(model=model)
        log.info("loading the pipeline %s (once for this process)", key)
        _pipelines[key] = build_pipeline(settings)
    return _pipelines[key]


def memory(server, digest: str) -> dict[str, str]:
    if digest not in _memories:
        import json

        raw = server.get(wire.memory_key(digest))
        if raw is None:
            raise LookupError(f"memory {digest} is not in Redis")
        _memories.clear()  # a new round's memory replaces the last one
        _memories[digest] = json.loads(raw)
    return _memories[digest]


def redis_client(url: str):
    """One Redis client per worker process, reused by its tasks (a new one per task would
    connect anew each time)."""
    if url not in _servers:
        import redis

        _servers[url] = redis.Redis.from_url(url)
    return _servers[url]


def analyse_task(self, task: dict) -> None:
    """Analyse a task's archived articles and put their results in the round's hash."""
    server = redis_client(self.app.redis_url)
    if server.get(wire.CURRENT) != task["round"].encode():
        return  # its round is over: done twice, or sent again, and already written
    if not wire.keep_results(server, task["round"], analyse_many(server, task)):
        log.info("results for %d articles dropped: round %s is over",
                 len(task["articles"]), task["round"])


def analyse_many(server, task: dict) -> list[tuple[str, str]]:
    """(article id, result JSON) for each article of a task, in the task's order: each
    archived page extracted as the crawl extracted it and checked against the text the writer
    stored; those that pass analysed together with the round's memory, in one ``nlp.pipe``
    batch."""
    from nlp.pipeline import analyse, memory_set

    results: dict[str, str] = {}
    items = []
    for entry in task["articles"]:
        article = archived_article(entry)
        if isinstance(article, str):
            results[entry["id"]] = wire.error_json(entry["id"], article)
        else:
            items.append((article, entry["id"]))
    if items:
        nlp = pipeline(task.get("profile") or {})
        with memory_set(nlp, memory(server, task["memory"])):
            for analysis in analyse(nlp, items, batch_size=len(items)):
                results[analysis.source] = wire.result_json(analysis)
    return [(e["id"], results[e["id"]]) for e in task["articles"]]


def archived_article(entry: dict):
    """The article of one task entry read from the archive as the crawl extracted it, or why
    it cannot be analysed here (text)."""
    from claimtrack.rebuild import article_in_record
    from spiders.archive import read_record

    if not entry.get("warc_file"):
        return "no archived copy to analyse"
    loc = ArchiveLocation(entry["warc_file"], entry["offset"], entry["length"], entry.get("record_id") or "")
    try:
        article = article_in_record(read_record(_archive.get("dir") or Settings().archive, loc))
    except (OSError, LookupError, ValueError) as exc:
        return f"archived copy unreadable: {type(exc).__name__}: {exc}"
    if article is None or wire.text_digest(article.text) != entry["text_sha1"]:
        return ("the archived copy no longer extracts to the stored text "
                "(analyse it with `claimtrack process`)")
    article.language = entry.get("language")
    return article
