"""One crawl frontier for many crawler processes, on Redis (scrapy-redis).

``claimtrack crawl --redis URL --run-id NAME`` (spiders/run.py calls :func:`configure`) swaps
Scrapy's in-memory scheduler and duplicate filter for scrapy-redis's: every process of run NAME,
on any machine, pops requests from one queue (``claimtrack:crawl:NAME:news:requests``) and asks one
set of fingerprints (``...:seen``) whether a URL was already requested, so a page is fetched
once however many processes crawl.

How it fits the Scrapy we pin (2.19). scrapy-redis 0.9.1 seeds its ``RedisSpider`` through
``start_requests()``, which Scrapy 2.13+ no longer calls once a spider defines ``start()``
(scrapy-redis issue 317). We do not use ``RedisSpider``: only its scheduler and dupefilter,
which are plain Scrapy components. Every process runs our own ``NewsSpider.start()`` on the
sources file; the shared dupefilter keeps only the first copy of each seed request, so the
seeds enter the queue once, whichever process was first.

Three things scrapy-redis leaves to us, here:

* **Requests travel as JSON** (:func:`dumps`/:func:`loads`, the ``SCHEDULER_SERIALIZER``),
  not pickle: whoever can write to Redis could otherwise run code in every crawler. Only
  Scrapy's own request classes are rebuilt.
* **Ending together** (:class:`FrontierMembers`): a process whose queue is empty keeps running
  while another member is still fetching (its pages may add requests), and stops when the
  queue is empty and nobody is busy. Busy marks expire, so a killed member holds nobody up.
* **No request lost to a kill** (spiders/inflight.py): a request taken from the queue stays
  recorded as the member's until Scrapy is done with it; a killed member's requests go back
  to the queue.
* **Politeness across processes** (:class:`SharedDomainDelay`): each request to a domain
  reserves the next free instant on that domain's clock in Redis (server time, one Lua
  script), spaced by the larger of ``DOWNLOAD_DELAY`` and the delay AutoThrottle computed in
  this process; so N processes together send no faster than one would. robots.txt is read
  and obeyed by each process; ``CONCURRENT_REQUESTS_PER_DOMAIN`` stays a per-process cap.

The queue and fingerprints persist (``SCHEDULER_PERSIST``): a killed crawl restarted with the
same run id resumes, and a new crawl takes a new run id.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import socket
import time
import uuid

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from claimtrack.records import ArchiveLocation

log = logging.getLogger(__name__)

PREFIX = "claimtrack:crawl:"
BUSY_SECONDS = 30  # a member that stops marking itself busy (killed) is forgotten after this


def keys(run_id: str, spider: str = "%(spider)s") -> dict[str, str]:
    """The Redis keys of run ``run_id``'s frontier for one spider (news, dockets)."""
    base = f"{PREFIX}{run_id}:{spider}"
    return {"requests": f"{base}:requests", "seen": f"{base}:seen", "busy": f"{base}:busy:",
            "clock": f"{base}:clock:", "inflight": f"{base}:inflight:", "alive": f"{base}:alive:"}


_MEMBER: list[str] = []


def member_id() -> str:
    """This process's name in the frontier (host, pid and a random part: a restarted process
    is a new member), the same for its in-flight record and, remote, its stream of rows."""
    if not _MEMBER:
        _MEMBER.append(f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}")
    return _MEMBER[0]


def configure(settings) -> None:
    """Turn a crawl's Scrapy settings into a member of the shared frontier named by
    ``CLAIMTRACK_RUN_ID`` on ``CLAIMTRACK_REDIS_URL`` (called by spiders/run.py when set)."""
    url, run_id = settings.get("CLAIMTRACK_REDIS_URL"), settings.get("CLAIMTRACK_RUN_ID")
    if not run_id:
        raise ValueError("a crawl on a shared frontier needs a run id (CLAIMTRACK_RUN_ID): "
                         "every process of one crawl gives the same")
    k = keys(run_id)
    for name, value in {"SCHEDULER": "spiders.inflight.ReliableScheduler",
                        "SCHEDULER_PERSIST": True,
                        "SCHEDULER_QUEUE_KEY": k["requests"],
                        "SCHEDULER_DUPEFILTER_KEY": k["seen"],
                        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
                        "SCHEDULER_SERIALIZER": "spiders.frontier",
                        "REDIS_URL": url}.items():
        settings.set(name, value, priority="cmdline")
    settings.set_in_component_priority_dict("EXTENSIONS", FrontierMembers, 200)
    # before the archive middleware (950) and after robots.txt (100): a request waits for its
    # turn on the domain's clock only once it is allowed at all
    settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", SharedDomainDelay, 500)


def redis_client(settings):
    import redis

    return redis.Redis.from_url(settings.get("CLAIMTRACK_REDIS_URL"))


# ---------------------------------------------------------------- requests as JSON

_SAFE_CLASSES = ("scrapy.http.", "scrapy.Request")


def _default(value):
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, ArchiveLocation):
        return {"__archive__": [value.warc_file, value.offset, value.length, value.record_id]}
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    log.warning("frontier: %r kept as text in a queued request", type(value).__name__)
    return repr(value)


def _hook(obj: dict):
    if "__bytes__" in obj:
        return base64.b64decode(obj["__bytes__"])
    if "__archive__" in obj:
        return ArchiveLocation(*obj["__archive__"])
    return obj


def dumps(request_dict: dict) -> str:
    """A request (as ``Request.to_dict`` gives it) as JSON text; headers' bytes keys too."""
    d = dict(request_dict)
    d["headers"] = [[k, v] for k, v in (d.get("headers") or {}).items()]
    return json.dumps(d, default=_default)


def loads(text) -> dict:
    d = json.loads(text, object_hook=_hook)
    d["headers"] = {k: v for k, v in d.get("headers") or []}
    if "_class" in d and not str(d["_class"]).startswith(_SAFE_CLASSES):
        raise ValueError(f"frontier: refusing to build a request of class {d['_class']!r}")
    return d


# ---------------------------------------------------------------- ending together


class FrontierMembers:
    """Keeps a member whose queue is empty alive while another member is busy.

    A member marks itself busy (a key with a short expiry) whenever it downloads or scrapes;
    when Scrapy finds it idle it clears its mark, and it closes only when the shared queue is
    empty and no other mark is left. Scrapy asks again every few seconds (its engine
    heartbeat), and then also pops any request another member pushed meanwhile."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = redis_client(crawler.settings)
        k = keys(crawler.settings.get("CLAIMTRACK_RUN_ID"), crawler.spidercls.name)
        self.queue_key, self.busy_prefix = k["requests"], k["busy"]
        self.me = f"{self.busy_prefix}{member_id()}"
        self._marked = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        for signal in (signals.request_reached_downloader, signals.response_received,
                       signals.item_scraped, signals.item_dropped):
            crawler.signals.connect(ext.busy, signal=signal)
        crawler.signals.connect(ext.idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def busy(self, *args, **kwargs) -> None:
        now = time.monotonic()
        if now - self._marked > 2:  # one round trip every two seconds at most
            self.server.set(self.me, "1", ex=BUSY_SECONDS)
            self._marked = now

    def idle(self, spider=None) -> None:
        self.server.delete(self.me)
        self._marked = 0.0
        if self.queued():
            raise DontCloseSpider("requests wait in the shared queue")
        scheduler = getattr(self.crawler.engine, "_slot", None) and self.crawler.engine._slot.scheduler
        if getattr(scheduler, "in_flight_elsewhere", lambda: False)():
            # another member holds requests: alive, its pages may add some; dead, they come
            # back to the queue once its mark expires (spiders/inflight.py)
            raise DontCloseSpider("another member holds requests in flight")
        others = [k for k in self.server.scan_iter(match=self.busy_prefix + "*", count=100)]
        if others:
            log.debug("frontier: %d other member(s) still busy", len(others))
            raise DontCloseSpider("another member of the frontier is still busy")

    def queued(self) -> int:
        """Requests waiting in the shared queue (a sorted set: scrapy-redis's priority queue;
        a list for its FIFO/LIFO queues)."""
        kind = self.server.type(self.queue_key)
        return self.server.llen(self.queue_key) if kind == b"list" else self.server.zcard(self.queue_key)

    def closed(self, spider=None, reason=None) -> None:
        self.server.delete(self.me)


# ---------------------------------------------------------------- politeness across processes

# Reserve the next instant the domain may be asked, at least `delay` after the previous one,
# on the Redis server's clock (the members' clocks may differ). Returns the wait, in seconds.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local delay = tonumber(ARGV[1])
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, nxt)
redis.call('SET', KEYS[1], tostring(at + delay), 'PX', math.floor((at + delay - now) * 1000) + 60000)
return tostring(at - now)
"""


class SharedDomainDelay:
    """Spaces the requests of all members to one domain by the larger of DOWNLOAD_DELAY and
    this member's AutoThrottle delay, on a clock kept in Redis (see the module's docstring)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = redis_client(crawler.settings)
        # one clock per domain for the whole run, whichever spider asks
        self.clock = keys(crawler.settings.get("CLAIMTRACK_RUN_ID"), "any")["clock"]
        self.base_delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self.reserve = self.server.register_script(_RESERVE)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def delay_for(self, request) -> float:
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        slot_delay = 0.0
        if downloader is not None:
            key = downloader.get_slot_key(request)
            slot = downloader.slots.get(key)
            slot_delay = slot.delay if slot is not None else 0.0
        return max(self.base_delay, slot_delay)

    async def process_request(self, request, spider=None):
        delay = self.delay_for(request)
        if delay <= 0:
            return None
        domain = self.crawler.engine.downloader.get_slot_key(request)
        wait = float(self.reserve(keys=[self.clock + domain], args=[delay]))
        if wait > 0:
            from twisted.internet import reactor  # imported late: Scrapy installs its own first

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None
