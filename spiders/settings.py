"""Scrapy settings for claimtrack's spiders.

Politeness first: we crawl newsrooms' sites on behalf of journalists, so robots.txt is obeyed,
AutoThrottle adapts to each server, and the User-Agent says who we are. The claimtrack-specific
settings (``CLAIMTRACK_*``) tell the provenance extension where the database and the WARC
archive live; the CLI fills them from :mod:`claimtrack.config`.
"""

import os

BOT_NAME = "claimtrack"
SPIDER_MODULES = ["spiders.spiders"]
NEWSPIDER_MODULE = "spiders.spiders"

USER_AGENT = "claimtrack/0.1 (news and claims tracker for AI and IP disputes; research use)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

RETRY_ENABLED = True
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024  # a 50 MB page is refused and logged, not read
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

COOKIES_ENABLED = False
# Resumption is answered from the database and the archive (spiders/resume.py), not from a
# requests.seen file that a kill would leave claiming pages that were never fetched.
DUPEFILTER_CLASS = "spiders.resume.MemoryDupeFilter"
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Only http(s) is ever fetched (spiders/urlpolicy.py): the handlers that would read local files,
# inline data, FTP or S3 are not even installed.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}

# Priority 950 puts the archive middleware next to the downloader, so it sees every raw
# response (redirects, errors, compressed bodies) and every download exception.
DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.UrlGuardMiddleware": 50,  # only http(s), before anything else
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.middlewares.RobotsTxtMiddleware": 100,
    "spiders.middlewares.ArchiveAndLogMiddleware": 950,
}

# The crawl's run id, archive, fetch log and database connection (spiders/provenance.py); the
# middleware and pipelines below reach it through the crawler.
EXTENSIONS = {
    "spiders.provenance.CrawlProvenance": 100,
}

ITEM_PIPELINES = {
    "spiders.pipelines.ProvenancePipeline": 100,
    "spiders.pipelines.RelevancePipeline": 200,
    "spiders.pipelines.StoreArticlePipeline": 800,
}

# Where the stage writes; the CLI overrides these per run.
CLAIMTRACK_DB = "data/claimtrack.db"
CLAIMTRACK_ARCHIVE = ""  # empty: the database's own (recorded in it, else <name>-archive beside it)
CLAIMTRACK_SOURCES = "sources.yml"
CLAIMTRACK_SITE = ""  # substituted for {{SITE}} in a sources file (the demo site's base URL)
CLAIMTRACK_RELEVANCE = ""  # path to relevance terms; empty keeps every page
CLAIMTRACK_REDIS_URL = ""  # a frontier shared through Redis (spiders/frontier.py); empty: this process alone
# A remote crawler (spiders/remote.py): no database; its rows go through Redis to the writer,
# which it waits for at most this many seconds (for the run's snapshot; to apply its rows).
CLAIMTRACK_REMOTE = False
CLAIMTRACK_WRITER_WAIT = float(os.environ.get("CLAIMTRACK_WRITER_WAIT", "600"))


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


# At most this many URLs are read from one feed or sitemap (a list of 100,000 is two days of
# polite crawling); the rest are dropped, and the feed's `fetches` row says so.
CLAIMTRACK_MAX_URLS_PER_LIST = int(_env("CLAIMTRACK_MAX_URLS_PER_LIST", "5000"))
# A gzipped sitemap (.xml.gz) is read up to this size once unpacked (a gzip bomb is refused).
CLAIMTRACK_MAX_SITEMAP_BYTES = int(_env("CLAIMTRACK_MAX_SITEMAP_BYTES", str(50 * 1024 * 1024)))
# URLs that keep answering these statuses wait before they are requested again: this many hours
# after the first failure, doubling with each further one (spiders/backoff.py).
CLAIMTRACK_BACKOFF_STATUSES = [int(s) for s in _env("CLAIMTRACK_BACKOFF_STATUSES", "404,410").split(",") if s]
CLAIMTRACK_BACKOFF_HOURS = float(_env("CLAIMTRACK_BACKOFF_HOURS", "24"))
CLAIMTRACK_BACKOFF_MAX_DAYS = float(_env("CLAIMTRACK_BACKOFF_MAX_DAYS", "60"))
