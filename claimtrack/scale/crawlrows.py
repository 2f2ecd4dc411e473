"""The writer's side of remote crawlers (spiders/remote.py): their rows into the database, and
the readings they need from it into Redis.

**Rows.** Each remote crawler appends its rows (fetch-log rows, articles, dockets, docket
entries) to a Redis stream of its own. :func:`apply_crawls` applies each stream in its order,
a batch per transaction, with the functions the crawl itself calls on the database
(``db.fetches.record_fetch``, ``db.articles.upsert_article``...), so the rows are the ones a
crawl on the database's machine writes. How far each stream is applied (its last entry id)
is kept in table ``crawl_inbox`` in the same transaction, and the applied entries are deleted
from Redis only after the commit (or, after a kill, at the writer's next look): a writer killed at any point applies every row exactly once
(``record_fetch`` counts attempts, so "idempotent" has to mean "once", not "again changes
nothing"). Streams interleave as they come; within one crawler the order is kept (a fetch
row before the notes that follow it, an article before its ``stored`` note).

**Readings.** A crawler of run NAME, when it starts, asks for the run's snapshot (a field in
``WANTED``); :func:`publish_snapshots` answers once every row already sent is applied, with
what the database says: pages some run stored or judged, URLs backing off, responses the run
already received. The hash of archived answers (``KNOWN``) is copied from the database once
and kept up by every fetch row applied.
"""

from __future__ import annotations

import json
import logging
import time

from db.articles import upsert_article, upsert_docket, upsert_docket_entry
from db.fetches import record_fetch
from spiders.backoff import failing_urls
from spiders.provenance import done_urls, replayable
from spiders.remote import KNOWN, KNOWN_FILLED, OUTS, TTL, WANTED, decode, run_keys

log = logging.getLogger(__name__)

INBOX = "crawl_inbox"  # stream -> last entry id applied
RETIRE_SECONDS = 3600  # an empty stream untouched this long (its crawler ended) is forgotten
_APPLY = {"article": upsert_article, "docket": upsert_docket, "docket_entry": upsert_docket_entry}


def applied_to(db, stream: str) -> str:
    if not db[INBOX].exists():
        return "0-0"
    row = db.execute(f"select last_id from [{INBOX}] where stream = ?", [stream]).fetchone()
    return row[0] if row else "0-0"


def apply_crawls(db, server, batch: int = 500) -> int:
    """Apply every remote crawler's pending rows; returns how many."""
    total = 0
    for stream in sorted(s.decode() for s in server.smembers(OUTS)):
        while n := apply_stream(db, server, stream, batch):
            total += n
            if n < batch:
                break
    return total


def apply_stream(db, server, stream: str, batch: int) -> int:
    """Apply up to ``batch`` rows of one stream after the last applied, in one transaction."""
    last = applied_to(db, stream)
    if last != "0-0":  # rows a killed writer applied but did not delete yet
        server.xtrim(stream, minid=_after(last), approximate=False)
    entries = server.xrange(stream, min="(" + last, count=batch)
    if not entries:
        _maybe_retire(db, server, stream)
        return 0
    known = {}
    with db.atomic():
        for _, fields in entries:
            kind, text = fields[b"k"].decode(), fields[b"v"]
            try:
                row = decode(kind, text)
            except (ValueError, TypeError) as exc:  # a bad row is reported, not applied
                log.error("crawl row refused (%s): %s", exc, text[:200])
                continue
            if kind == "fetch":
                if row.get("warc_file"):
                    known[row["id"]] = json.dumps([row["warc_file"], row.get("warc_offset"),
                                                   row.get("warc_length")])
                record_fetch(db, row)
            else:
                _APPLY[kind](db, row)
        db[INBOX].upsert({"stream": stream, "last_id": entries[-1][0].decode()}, pk="stream")
    pipe = server.pipeline()  # only once the rows are committed
    pipe.xtrim(stream, minid=_after(entries[-1][0].decode()), approximate=False)
    if known:
        pipe.hset(KNOWN, mapping=known)
    pipe.execute()
    return len(entries)


def _after(entry_id: str) -> str:
    """The smallest stream entry id after ``entry_id`` (XTRIM MINID keeps ids from it on)."""
    ms, seq = entry_id.split("-")
    return f"{ms}-{int(seq) + 1}"


def _maybe_retire(db, server, stream: str) -> None:
    """Forget an empty stream whose crawler has not written for an hour (it ended or died;
    a crawler adds its stream again with every row, so one that wakes up is not lost)."""
    if server.xlen(stream):
        return
    try:
        last = server.xinfo_stream(stream)["last-generated-id"]
    except Exception:  # the key is gone
        last = b"0-0"
    ms = int((last.decode() if isinstance(last, bytes) else str(last)).split("-")[0])
    if time.time() * 1000 - ms > RETIRE_SECONDS * 1000:
        server.srem(OUTS, stream)
        server.delete(stream)
        if db[INBOX].exists():
            with db.atomic():
                db.execute(f"delete from [{INBOX}] where stream = ?", [stream])


def publish_snapshots(db, server, batch: int = 500) -> list[str]:
    """Answer the runs whose crawlers wait for their snapshot; returns their ids."""
    wanted = server.hgetall(WANTED)
    if not wanted:
        return []
    apply_crawls(db, server, batch)  # every row sent before the request counts
    if not server.exists(KNOWN_FILLED):
        fill_known(db, server)
    answered = []
    for run_b, statuses in wanted.items():
        run = run_b.decode()
        snap = {"done": done_urls(db),
                "failing": failing_urls(db, tuple(int(s) for s in json.loads(statuses))),
                "replay": {u: [loc.warc_file, loc.offset, loc.length, fid]
                           for u, (loc, fid) in replayable(db, run).items()}}
        server.set(run_keys(run)["snapshot"], json.dumps(snap), ex=TTL, nx=True)
        server.hdel(WANTED, run)
        answered.append(run)
        log.info("published the snapshot of crawl run %s (%d pages done, %d URLs backing off)",
                 run, len(snap["done"]), len(snap["failing"]))
    return answered


def fill_known(db, server, chunk: int = 10000) -> None:
    """Copy the database's archived answers (fetch id -> archive place) into ``KNOWN``."""
    rows = db.execute("select id, warc_file, warc_offset, warc_length from fetches "
                      "where warc_file is not null")
    while part := rows.fetchmany(chunk):
        server.hset(KNOWN, mapping={fid: json.dumps([f, o, n]) for fid, f, o, n in part})
    server.set(KNOWN_FILLED, "1")


def serve_crawlers(db, server, batch: int = 500) -> int:
    """One look: snapshots asked for, then the rows waiting. Returns the rows applied."""
    publish_snapshots(db, server, batch)
    return apply_crawls(db, server, batch)


def crawlers_pending(server) -> bool:
    """Rows or snapshot requests still wait (``writer --once`` does not stop before them)."""
    if server.hlen(WANTED):
        return True
    return any(server.xlen(s) for s in server.smembers(OUTS))
