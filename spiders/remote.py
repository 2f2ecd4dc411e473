"""A crawler process that never opens the database: its rows travel through Redis to the writer.

``claimtrack crawl --redis URL --run-id NAME --archive DIR`` without ``--db`` runs a *remote*
crawler, on any machine that reaches Redis and the shared archive storage. It is a member of
the shared frontier (spiders/frontier.py) like any other; what differs is where its record
goes. Everything the crawl would write to the database (fetch-log rows, articles with their
outlets and authors, dockets and their entries) is appended, as JSON (never pickle), to a Redis
stream of its own (``claimtrack:remote:out:<member>``), in the order the crawl made it. The one
writer (``claimtrack writer``, claimtrack/scale/crawlrows.py) applies each stream in that
order, with the functions the crawl itself calls on the database (so the rows are the same),
and keeps how far it got in the database, in the same transaction: a row is applied once, even
by a writer killed and restarted.

What a crawl reads from the database is served from Redis instead:

* when it starts, which pages earlier runs stored or judged, and which URLs are backing off:
  a snapshot the writer publishes for the run (``...:run:NAME:snapshot``) when the run's
  first crawler asks for it, once every row already sent is applied;
* which responses this run already received (replayed from the archive after a kill) and which
  of its pages it finished: hashes the crawlers of the run keep themselves, at once, so a
  restarted crawler sees what a killed one did even before the writer applied it;
* on every response, whether the same answer is archived already: one hash of every archived
  answer (fetch id -> archive place), filled by the writer from the database and kept up by
  the crawlers as they archive.

Each crawler writes its own WARC file into the shared archive folder (its name carries the
process id and a random part). At its end a crawler waits until the writer has applied its
stream, so a crawl that exits has its rows in the database.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time

from claimtrack.records import ArchiveLocation, Article, Docket, DocketEntry
from spiders.frontier import member_id

log = logging.getLogger(__name__)

PREFIX = "claimtrack:remote:"
OUTS = PREFIX + "outs"  # the set of streams the writer applies
WANTED = PREFIX + "snapshots-wanted"  # run id -> the backoff statuses its crawlers use (JSON)
KNOWN = PREFIX + "known"  # fetch id -> [warc file, offset, length] of every archived answer
KNOWN_FILLED = PREFIX + "known-filled"  # set once the writer copied the database's into KNOWN
DONE_OUTCOMES = ("stored", "dropped", "skipped", "unchanged")  # as spiders/provenance.py
TTL = 7 * 24 * 3600  # a run's snapshot and hashes outlive any crawl of it by far


def stream_key(member: str) -> str:
    return f"{PREFIX}out:{member}"


def run_keys(run_id: str) -> dict[str, str]:
    base = f"{PREFIX}run:{run_id}:"
    return {"snapshot": base + "snapshot", "replay": base + "replay", "done": base + "done"}


# ---------------------------------------------------------------- the rows as JSON


def encode(obj) -> tuple[str, str]:
    """(kind, JSON) of one row the crawl writes: a fetch-log row (a dict), an article, a
    docket or a docket entry."""
    if isinstance(obj, dict):
        return "fetch", json.dumps(obj, ensure_ascii=False)
    kind = {Article: "article", Docket: "docket", DocketEntry: "docket_entry"}[type(obj)]
    return kind, json.dumps(dataclasses.asdict(obj), ensure_ascii=False)


def decode(kind: str, text: str | bytes):
    """The row :func:`encode` made. Only these four kinds of plain data are rebuilt."""
    d = json.loads(text)
    if kind == "fetch":
        return d
    if kind == "article":
        if d.get("archive"):
            d["archive"] = ArchiveLocation(**d["archive"])
        return Article(**d)
    if kind == "docket":
        return Docket(**d)
    if kind == "docket_entry":
        return DocketEntry(**d)
    raise ValueError(f"unknown kind of crawl row: {kind!r}")


# ---------------------------------------------------------------- the crawler's side


class RemoteStore:
    """The crawl's record through Redis: the same methods as the database-backed one in
    spiders/provenance.py (readings at start, the archived-answer check, rows written)."""

    def __init__(self, settings, run_id: str):
        import redis

        self.url, self.run_id = settings.get("CLAIMTRACK_REDIS_URL"), run_id
        self.server = redis.Redis.from_url(self.url)
        self.member = member_id()  # the frontier's name for this process (spiders/inflight.py)
        self.stream, self.keys = stream_key(self.member), run_keys(run_id)
        self.wait_snapshot = settings.getfloat("CLAIMTRACK_WRITER_WAIT", 600.0)
        self._fetched_at: dict[str, str] = {}  # fetch id -> when, for the run's done pages
        self._received = None  # the response just archived, sent with its fetch-log row
        self.sent = 0

    def _call(self, fn, *args):
        """A Redis call; an unreachable Redis becomes a ConnectionError the crawl stops on."""
        import redis

        try:
            return fn(*args)
        except redis.exceptions.ConnectionError as exc:
            raise ConnectionError(f"Redis at {self.url} unreachable: {exc}") from exc

    # ------------------------------------------------------------ readings

    def readings(self, statuses: tuple[int, ...]):
        """(replayable responses, done pages, failing URLs), as the database-backed store
        gives them: the writer's snapshot of the run, with what this run's crawlers added."""
        snap = self._call(self._snapshot, statuses)
        replay = {u: (ArchiveLocation(f, o, n, ""), fid) for u, (f, o, n, fid) in snap["replay"].items()}
        for url, raw in self._call(self.server.hgetall, self.keys["replay"]).items():
            f, o, n, fid = json.loads(raw)
            replay[url.decode()] = (ArchiveLocation(f, o, n, ""), fid)
        done = dict(snap["done"])
        for url, when in self._call(self.server.hgetall, self.keys["done"]).items():
            done[url.decode()] = max(done.get(url.decode(), ""), when.decode())
        failing = {u: (n, t) for u, (n, t) in snap["failing"].items()}
        return replay, done, failing

    def _snapshot(self, statuses) -> dict:
        """Ask the writer for the run's snapshot and wait for it (it answers between batches)."""
        started = said = time.monotonic()
        if (raw := self.server.get(self.keys["snapshot"])) is None:  # the run's first crawler
            self.server.hsetnx(WANTED, self.run_id, json.dumps(list(statuses)))
        while raw is None and (raw := self.server.get(self.keys["snapshot"])) is None:
            if time.monotonic() - started > self.wait_snapshot:
                raise ConnectionError(f"no snapshot of run {self.run_id} from the writer in "
                                      f"{self.wait_snapshot:.0f} s: is `claimtrack writer "
                                      f"--redis URL` running on the database's machine?")
            if time.monotonic() - said > 10:
                log.info("waiting for the writer (`claimtrack writer --redis URL`) to publish "
                         "run %s's snapshot", self.run_id)
                said = time.monotonic()
            time.sleep(0.25)
        return json.loads(raw)

    def replayable_one(self, url: str):
        """(archive place, fetch id) of this run's answer to ``url``, if it has one."""
        raw = self._call(self.server.hget, self.keys["replay"], url)
        if raw is None:
            return None
        f, o, n, fid = json.loads(raw)
        return ArchiveLocation(f, o, n, ""), fid

    def known_response(self, fid: str) -> dict | None:
        raw = self._call(self.server.hget, KNOWN, fid)
        if raw is None:
            return None
        f, o, n = json.loads(raw)
        return {"warc_file": f, "warc_offset": o, "warc_length": n}

    # ------------------------------------------------------------ writings

    def received(self, fid: str, url: str, status: int, loc: ArchiveLocation, fetched_at: str) -> None:
        """A response is archived (or was already): every crawler will know the answer, and
        a 2xx one is replayed, not fetched again, by a restarted crawler of this run. Sent
        with the response's fetch-log row, which follows at once, in one transaction: a kill
        leaves both or neither."""
        self._fetched_at[fid] = fetched_at
        self._received = (fid, url, status, loc)

    def _note_received(self, pipe) -> None:
        fid, url, status, loc = self._received
        self._received = None
        pipe.hset(KNOWN, fid, json.dumps([loc.warc_file, loc.offset, loc.length]))
        if 200 <= status < 300:
            pipe.hset(self.keys["replay"], url, json.dumps([loc.warc_file, loc.offset, loc.length, fid]))
            pipe.expire(self.keys["replay"], TTL)

    def fetch(self, row: dict) -> None:
        """One fetch-log row, as the database-backed record stores it, to the writer."""
        pipe = self.server.pipeline()  # MULTI ... EXEC
        if self._received is not None:
            self._note_received(pipe)
        self._append(pipe, row)
        if row.get("outcome") in DONE_OUTCOMES:  # the page is done for this run
            when = self._fetched_at.get(row["id"]) or row.get("fetched_at") or ""
            pipe.hset(self.keys["done"], row["url"], when)
            pipe.expire(self.keys["done"], TTL)
        self._call(pipe.execute)

    def item(self, item) -> None:
        """An article (with its outlet and authors), a docket or a docket entry."""
        pipe = self.server.pipeline()
        self._append(pipe, item)
        self._call(pipe.execute)

    def _append(self, pipe, obj) -> None:
        kind, text = encode(obj)
        pipe.xadd(self.stream, {"k": kind, "v": text})
        pipe.sadd(OUTS, self.stream)  # again with every row: the writer may have retired it
        self.sent += 1

    def close(self) -> None:
        """Wait (up to ``CLAIMTRACK_WRITER_WAIT``) for the writer to apply this crawler's rows."""
        started = said = time.monotonic()
        try:
            while (left := self.server.xlen(self.stream)) > 0:
                if time.monotonic() - started > self.wait_snapshot:
                    log.warning("%d rows still wait in Redis for the writer; they are stored "
                                "when it runs", left)
                    return
                if time.monotonic() - said > 10:
                    log.info("waiting for the writer to store %d rows", left)
                    said = time.monotonic()
                time.sleep(0.25)
            log.info("the writer stored this crawler's %d rows", self.sent)
        except Exception as exc:  # the rows are safe in Redis; only the wait is cut short
            log.warning("could not wait for the writer: %s", exc)
        finally:
            self.server.close()
