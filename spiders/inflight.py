"""No request lost when a member of the shared frontier is killed (spiders/frontier.py).

scrapy-redis pops a request from the queue and forgets it: a member killed with ``kill -9``
loses every request it had taken and not finished, and since the shared duplicate filter
remembers them, no member requests those pages again. :class:`ReliableScheduler` takes each
request from the queue and records it in the member's *in-flight* hash in one step (a Lua
script), and forgets it once Scrapy is done with it: the engine keeps a request in its slot's
``inprogress`` set from the moment it is scheduled until its response went through the spider
and every item it gave through the item pipelines (Scrapy 2.19's engine; private, so read
defensively). A look every two seconds removes the finished ones.

Every member also marks itself alive (a key that expires after ``ALIVE_SECONDS``). A member
whose mark expired while its in-flight hash is not empty was killed: the first live member to
notice takes the hash over (one atomic RENAME) and puts its requests back in the queue, past
the duplicate filter. A remote crawler's rows (spiders/remote.py) are put back only once the
writer applied every row the dead member sent, so its rows keep their order. What the dead
member had already received is replayed from the archive, not fetched again (the run's
``replay`` hash); what it had already stored is stored again the same (content-derived ids).
"""

from __future__ import annotations

import logging
import time

from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from spiders.items import RECLAIMED

log = logging.getLogger(__name__)

ALIVE_SECONDS = 20  # a member that has not marked itself alive for this long is dead
LOOK_SECONDS = 2.0

# Take the first request of the priority queue (a sorted set) and note it in flight, at once.
_TAKE = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0)
if #r == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], r[1], ARGV[1])
return r[1]
"""


class ReliableScheduler(Scheduler):
    """scrapy-redis's scheduler, whose requests stay recorded until they are done."""

    @classmethod
    def from_crawler(cls, crawler):
        instance = super().from_crawler(crawler)
        instance.crawler = crawler
        return instance

    def open(self, spider):
        from spiders.frontier import keys, member_id

        super().open(spider)
        if not isinstance(self.queue, PriorityQueue):
            raise ValueError("the frontier's in-flight record needs scrapy-redis's PriorityQueue")
        k = keys(self.crawler.settings.get("CLAIMTRACK_RUN_ID"), spider.name)
        self.prefix, self.alive_prefix = k["inflight"], k["alive"]
        self.me = member_id()
        self.inflight, self.alive = self.prefix + self.me, self.alive_prefix + self.me
        self.take = self.server.register_script(_TAKE)
        self.taken: dict = {}  # request -> its encoded form, the field in the in-flight hash
        self.server.set(self.alive, "1", ex=ALIVE_SECONDS)
        from twisted.internet.task import LoopingCall

        self.looker = LoopingCall(self.look)
        self.looker.start(LOOK_SECONDS, now=False)

    def close(self, reason):
        if getattr(self, "looker", None) is not None and self.looker.running:
            self.looker.stop()
        if reason == "finished":  # the shared queue is empty and nothing is in flight
            self.taken.clear()
        self.forget_done()
        if not self.taken:  # a member stopped with requests unfinished leaves them recorded
            self.server.delete(self.inflight, self.alive)
        return super().close(reason)

    def next_request(self):
        data = self.take(keys=[self.queue.key, self.inflight], args=[str(time.time())])
        if not data:
            return None
        request = self.queue._decode_request(data)
        self.taken[request] = data
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    # ------------------------------------------------------------ every two seconds

    def look(self) -> None:
        try:
            self.server.set(self.alive, "1", ex=ALIVE_SECONDS)
            self.forget_done()
            self.reclaim()
        except Exception as exc:  # Redis away for a moment: look again later
            log.warning("frontier: could not look at the requests in flight: %s", exc)

    def forget_done(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        inprogress = getattr(slot, "inprogress", None)
        if inprogress is None:
            return  # cannot tell: keep them all recorded
        done = [r for r in self.taken if r not in inprogress]
        if done:
            self.server.hdel(self.inflight, *[self.taken.pop(r) for r in done])

    def reclaim(self) -> int:
        """Put back in the queue the requests of members found dead; returns how many."""
        from spiders.remote import stream_key

        back = 0
        for key in self.server.scan_iter(match=self.prefix + "*", count=100):
            member = key.decode()[len(self.prefix):]
            if member == self.me or self.server.exists(self.alive_prefix + member):
                continue
            if self.server.xlen(stream_key(member)):
                continue  # its rows first: the writer applies them before the pages are redone
            mine = f"{key.decode()}:reclaimed-by:{self.me}"
            try:
                self.server.rename(key, mine)
            except Exception:  # another member took it first
                continue
            for data in self.server.hkeys(mine):
                request = self.queue._decode_request(data)
                request.meta[RECLAIMED] = True  # its answer may be in the archive already
                self.queue.push(request)
                back += 1
            self.server.delete(mine)
            log.warning("frontier: member %s is gone; %d requests it held are back in the queue",
                        member, back)
        return back

    def in_flight_elsewhere(self) -> bool:
        """Some other member holds requests (alive, or dead and not yet reclaimed)."""
        return any(k.decode() != self.inflight
                   for k in self.server.scan_iter(match=self.prefix + "*", count=100))
