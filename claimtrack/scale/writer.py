"""``claimtrack writer``: the one process that hands articles to the workers and writes what
they found, so the database is what ``claimtrack process`` would have made of it, row for row.

It works in rounds, each what one ``process`` run does:

1. the articles not yet analysed, oldest first (``db.articles.rows_to_analyse``) and the
   memory the stored analyses teach (``jobs.learned``) make a round: the memory goes to Redis
   under its digest, the articles to the workers' queue a few per task (:meth:`Writer.per_task`);
2. the results are written as they come in, in the round's order (the order ``process`` writes
   in: a quote seen in two articles keeps the first one's speaker): at each look, the results
   ready from where writing stopped, at most ``batch`` articles per transaction, through
   ``db.analysis.write_analysis``. So writing overlaps the workers' analysis instead of
   following it;
3. the memory's second pass (``jobs.second_pass``, the same as ``process``'s) makes a second
   round of the articles to analyse again, if any; then ``db.finalize.finalize``.

It also applies the rows of remote crawlers (spiders/remote.py, claimtrack/scale/crawlrows.py)
and publishes the readings they need, between its looks at the results: a crawl on another
machine than the database needs no process of its own here.

Nothing is lost to a crash, of a worker or of the writer. The round (its articles, memory and
pass) is kept in Redis before any task is sent; results stay in Redis until the step that
follows them is recorded. A writer killed mid-batch rolls back that transaction and, restarted,
writes the round again from the results (the same rows: every id is derived from content, and
each article's analysis is replaced as a whole); tasks it may not have sent are sent again. A
task whose worker died is handed to another by the broker (claimtrack/scale/tasks.py); one
missing for ``stall`` seconds with no other progress is sent again.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Callable

from claimtrack import jobs
from claimtrack.config import Settings
from claimtrack.scale import crawlrows, wire
from claimtrack.scale.tasks import make_app
from db import analysis as stored_analysis
from db import articles as stored_articles
from db.finalize import finalize

log = logging.getLogger(__name__)


@dataclass
class Round:
    """One round of the writer, as kept in Redis (``wire.STATE``)."""

    id: str
    pass_no: int  # 1: what was new; 2: the memory's second pass over a round's articles
    memory: dict[str, str]
    ids: list[str]
    profile: dict = field(default_factory=dict)

    @property
    def digest(self) -> str:
        return wire.memory_digest(self.memory)


class Writer:
    def __init__(self, settings: Settings, redis_url: str, profile: dict, batch: int = 200,
                 stall: float = 600.0, say: Callable[[str], None] = log.info, task_size: int = 8,
                 analyse: bool = True):
        import redis

        self.settings, self.profile, self.batch, self.stall, self.say = settings, profile, batch, stall, say
        self.analyse = analyse  # False: only the remote crawlers' rows (writer --no-analyse)
        self.crawl_rows, self._said_rows, self._said_at = 0, 0, 0.0
        self.task_size = max(1, task_size)
        self.server = redis.Redis.from_url(redis_url)
        self.app = make_app(redis_url)
        self.db = jobs.prepare_db(settings)
        self.written = 0  # articles written by this process, for the rate
        self.write_seconds = self.write_cpu = 0.0  # time spent writing them, clock and CPU (bench/)

    # ------------------------------------------------------------ the loop

    def run(self, once: bool = False, poll: float = 0.5) -> int:
        """Work until stopped; with ``once``, until nothing is left to analyse nor waits from
        a remote crawler. Returns the number of analyses written."""
        while True:
            self.serve_crawlers()
            rnd = (self.load() or self.new_round()) if self.analyse else None
            if rnd is None:
                if once and not crawlrows.crawlers_pending(self.server):
                    return self.written
                time.sleep(poll)
                continue
            self.collect(rnd, poll)
            self.next_after(rnd)

    def serve_crawlers(self) -> None:
        """The remote crawlers' snapshots and rows (claimtrack/scale/crawlrows.py)."""
        self.crawl_rows += crawlrows.serve_crawlers(self.db, self.server, self.batch)
        if self.crawl_rows > self._said_rows and time.monotonic() - self._said_at > 5:
            self.say(f"{self.crawl_rows} rows from remote crawlers stored")
            self._said_rows, self._said_at = self.crawl_rows, time.monotonic()

    def load(self) -> Round | None:
        raw = self.server.get(wire.STATE)
        if raw is None:
            return None
        rnd = Round(**json.loads(raw))
        self.say(f"resuming round {rnd.id} (pass {rnd.pass_no}, {len(rnd.ids)} articles)")
        self.send(rnd, missing_only=True)  # those a killed writer may not have sent
        return rnd

    def new_round(self) -> Round | None:
        rows = stored_articles.rows_to_analyse(self.db)
        if not rows:
            return None
        rnd = Round(uuid.uuid4().hex[:12], 1, jobs.learned(self.db), [r["id"] for r in rows],
                    self.profile)
        self.start(rnd, rows)
        return rnd

    def start(self, rnd: Round, rows: list[dict]) -> None:
        """Record the round, then send its tasks: the record first, so a writer killed while
        sending finds the round and sends what is missing."""
        self.server.set(wire.memory_key(rnd.digest), json.dumps(rnd.memory), ex=wire.RESULT_TTL)
        pipe = self.server.pipeline()  # one transaction: the round and its id together
        pipe.set(wire.STATE, json.dumps(asdict(rnd)))
        pipe.set(wire.CURRENT, rnd.id)
        pipe.execute()
        self.say(f"round {rnd.id}, pass {rnd.pass_no}: {len(rnd.ids)} articles sent to the workers")
        self._send_rows(rnd, rows)

    def send(self, rnd: Round, missing_only: bool) -> int:
        have = set(self.server.hkeys(wire.results_key(rnd.id))) if missing_only else set()
        todo = [i for i in rnd.ids if i.encode() not in have]
        if todo:
            self.server.set(wire.memory_key(rnd.digest), json.dumps(rnd.memory), ex=wire.RESULT_TTL)
            self._send_rows(rnd, stored_articles.rows_of(self.db, todo))
        return len(todo)

    def per_task(self, n: int) -> int:
        """Articles per task for a round of ``n``: up to ``task_size``, so a worker analyses
        them in one batch, but few enough that the round makes at least 16 tasks when it can
        (a short round, such as a second pass, is shared among the workers, not given to one)."""
        return max(1, min(self.task_size, -(-n // 16)))

    def _send_rows(self, rnd: Round, rows) -> None:
        rows, size = list(rows), self.per_task(len(rnd.ids))
        with self.app.producer_or_acquire() as producer:
            for i in range(0, len(rows), size):
                task = wire.task_for(rows[i:i + size], rnd.id, rnd.digest, rnd.profile)
                self.app.send_task(wire.TASK, args=[task], queue=wire.QUEUE, producer=producer)

    # ------------------------------------------------------------ writing

    def collect(self, rnd: Round, poll: float) -> None:
        """Write the round's results as they come in, in the round's order, until all are
        written. Whenever the count of results grows, the ones ready from where writing
        stopped are written (a transaction per ``batch``); what is missing is sent again after
        ``stall`` seconds without a new result. A restarted writer writes the round again from
        its first article: the same rows (nothing is deleted from Redis before the round's
        next step is recorded)."""
        key, total, done, n, took, cpu = wire.results_key(rnd.id), len(rnd.ids), 0, 0, 0.0, 0.0
        last, since = -1, time.monotonic()
        while done < total:
            have = self.server.hlen(key)
            if have != last:
                self.say(f"round {rnd.id}, pass {rnd.pass_no}: {have}/{total} analysed")
                last, since = have, time.monotonic()
                window = rnd.ids[done:done + 4 * self.batch]
                ready = wire.ready_prefix(self.server, rnd.id, window)
                if ready:
                    started, cpu0 = time.monotonic(), time.process_time()
                    n += self.write(rnd, rnd.ids[done:done + ready])
                    took, cpu = took + time.monotonic() - started, cpu + time.process_time() - cpu0
                    done += ready
                    if ready == len(window):
                        last = -1  # more may be ready past the window: look again at once
                    continue
            elif time.monotonic() - since > self.stall:
                self.say(f"round {rnd.id}: no result for {self.stall:.0f} s; "
                         f"{self.send(rnd, missing_only=True)} articles sent again")
                since = time.monotonic()
            self.serve_crawlers()
            time.sleep(poll)
        self.written += n
        self.write_seconds += took
        self.write_cpu += cpu
        self.say(f"round {rnd.id}, pass {rnd.pass_no}: {n} analyses written in {took:.2f} s")

    def write(self, rnd: Round, ids: list[str]) -> int:
        """These results of the round, in this order, ``batch`` articles per transaction.
        Returns how many were written."""
        key, n = wire.results_key(rnd.id), 0
        for i in range(0, len(ids), self.batch):
            chunk = ids[i:i + self.batch]
            results = dict(zip(chunk, self.server.hmget(key, chunk)))
            rows = {r["id"]: r for r in stored_articles.rows_of(self.db, chunk)}
            articles = dict((aid, art) for art, aid in stored_articles.as_articles(self.db, rows.values()))
            with self.db.atomic():
                for aid in chunk:
                    if aid not in articles:
                        continue  # the article was deleted meanwhile
                    analysis = wire.analysis_from_json(results[aid], articles[aid])
                    stored_analysis.write_analysis(self.db, aid, analysis,
                                                   published=analysis.article.published)
                    n += 1
        return n

    def next_after(self, rnd: Round) -> None:
        """After a round's first pass, its second (if the memory changed what some articles
        would say); after that, finalize and forget the round."""
        if rnd.pass_no == 1:
            after, again = jobs.second_pass(self.db, rnd.memory)
            if again:
                order = [r["id"] for r in stored_articles.rows_of(self.db, again)]
                second = Round(rnd.id + "-2", 2, after, order, rnd.profile)
                self.start(second, list(stored_articles.rows_of(self.db, order)))
                self.server.delete(wire.results_key(rnd.id))  # only once the next step is recorded
                return
        finalize(self.db)
        pipe = self.server.pipeline()
        pipe.delete(wire.results_key(rnd.id), wire.STATE, wire.CURRENT)
        pipe.execute()
        self.say(f"round {rnd.id} done")
