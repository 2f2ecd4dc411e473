"""Building the demo database: the fictional news site and its fictional docket, crawled over
HTTP by the real spiders (``claimtrack demo`` and the tests' ``demo_db`` build it the same way).

The docket comes from a local stand-in for CourtListener's API (spiders/demo_site/courtlistener,
fiction). Crawled before the known disputes are seeded (by ``process``), it is stored as a
dispute of its own, which seeding folds into the known dispute with its CourtListener id
(db/seed.py), so the entries show on that dispute's timeline.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from claimtrack.config import DEMO_SITE, RELEVANCE, Settings

DOCKET_TOKEN_ENV = "CLAIMTRACK_DEMO_DOCKET_TOKEN"  # named in spiders/demo_site/sources.yml
FAST = {"DOWNLOAD_DELAY": "0"}  # our own local site: no need to wait


@contextmanager
def _env(name: str, value: str):
    old = os.environ.get(name)
    os.environ[name] = os.environ.get(name) or value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


def crawl_demo(settings: Settings, site_url: str, log_file: Path | None = None) -> int:
    """Crawl the demo site's news, then its docket. Returns the first crawl's non-zero exit
    status, else the docket crawl's."""
    from spiders.run import crawl

    sources = DEMO_SITE / "sources.yml"
    rc = crawl(settings, sources, site=site_url, relevance=RELEVANCE, log_file=log_file, extra=FAST)
    if rc != 0:
        return rc
    with _env(DOCKET_TOKEN_ENV, "demo-token-fiction"):  # the stand-in API ignores it
        return crawl(settings, sources, site=site_url, spider="dockets", log_file=log_file,
                     extra=FAST)
