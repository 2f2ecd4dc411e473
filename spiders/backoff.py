"""Backing off URLs that keep failing.

A page that answered 404 yesterday will most likely answer 404 today: asking again on every
run costs the site and the crawl a request each, for every dead link a feed ever listed. So a
URL whose latest answers were a "gone" status (``CLAIMTRACK_BACKOFF_STATUSES``, 404 and 410
by default) is not requested again until an interval has passed, and the interval doubles with
every further failure: ``CLAIMTRACK_BACKOFF_HOURS`` after the first, twice that after the
second, and so on (capped at ``CLAIMTRACK_BACKOFF_MAX_DAYS``).

The state is the fetch log itself: each failing answer is a ``fetches`` row whose ``attempts``
counts how often it came back, and whose note says when the URL will next be tried. Nothing
else is kept, so the rule holds across runs, resumptions and rebuilt machines alike.
"""

from __future__ import annotations

import datetime as dt

STAMP = "%Y-%m-%dT%H:%M:%SZ"


def _parse(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, STAMP).replace(tzinfo=dt.timezone.utc)


def failing_urls(db, statuses: tuple[int, ...]) -> dict[str, tuple[int, str]]:
    """URL -> (failures, last failure time) for URLs whose latest answer was one of
    ``statuses``; a URL that answered well since is not failing."""
    if not statuses:
        return {}
    marks = ", ".join("?" * len(statuses))
    rows = db.execute(
        f"select url, sum(attempts), max(fetched_at) from fetches where status in ({marks}) "
        f"and fetched_at is not null group by url", statuses).fetchall()
    good = dict(db.execute("select url, max(fetched_at) from fetches where status between 200 "
                           "and 299 and fetched_at is not null group by url").fetchall())
    return {u: (n or 1, t) for u, n, t in rows if not (good.get(u) and good[u] > t)}


class Backoff:
    """Which URLs wait, and until when; built once per crawl from the fetch log."""

    def __init__(self, failing: dict[str, tuple[int, str]], settings):
        self.failing = failing
        self.statuses = self.statuses_in(settings)
        self.base = dt.timedelta(hours=settings.getfloat("CLAIMTRACK_BACKOFF_HOURS", 24.0))
        self.longest = dt.timedelta(days=settings.getfloat("CLAIMTRACK_BACKOFF_MAX_DAYS", 60.0))

    @staticmethod
    def statuses_in(settings) -> tuple[int, ...]:
        return tuple(int(s) for s in settings.getlist("CLAIMTRACK_BACKOFF_STATUSES", [404, 410]))

    def applies(self, status: int) -> bool:
        return status in self.statuses

    def _next_try(self, failures: int, last: str) -> str:
        wait = min(self.base * (2 ** max(failures - 1, 0)), self.longest)
        return (_parse(last) + wait).strftime(STAMP)

    def waiting(self, url: str, now: str) -> str | None:
        """Why ``url`` is not requested at ``now``, or None when it may be."""
        known = self.failing.get(url)
        if known is None:
            return None
        failures, last = known
        until = self._next_try(failures, last)
        if now >= until:
            return None
        return f"failed {failures} time(s), last at {last}: not requested before {until}"

    def failed(self, url: str, at: str) -> str:
        """Record one more failure of ``url`` at ``at``; the note its fetch row carries."""
        failures = self.failing.get(url, (0, at))[0] + 1
        self.failing[url] = (failures, at)
        return (f"failed {failures} time(s); not requested again before "
                f"{self._next_try(failures, at)}")
