"""The ``dockets`` spider: court dockets from CourtListener's REST API (v4).

For each configured search it asks the RECAP search (``/search/?type=r&q=...``) for dockets,
stores each as a dispute, then pages through the docket's entries (``/docket-entries/``) and
stores them as the dispute's dated events. The API token is read from the environment variable
named in ``sources.yml`` (``dockets.token_env``, COURTLISTENER_TOKEN by default); without it the
spider says so and stops, since the docket endpoints need authentication.

    scrapy crawl dockets -s CLAIMTRACK_SOURCES=sources.yml
"""

from __future__ import annotations

import json
import logging
import os
from urllib.parse import urlencode

import scrapy
import yaml

from claimtrack.records import Docket, DocketEntry

log = logging.getLogger(__name__)


def _date(v):
    return v[:10] if isinstance(v, str) and len(v) >= 10 else None


class DocketsSpider(scrapy.Spider):
    name = "dockets"
    custom_settings = {"ROBOTSTXT_OBEY": False}  # an authenticated API, not pages for crawlers

    async def start(self):
        settings = self.crawler.settings
        with open(settings.get("CLAIMTRACK_SOURCES"), encoding="utf-8") as fh:
            conf = (yaml.safe_load(fh) or {}).get("dockets") or {}
        api = conf.get("api", "https://www.courtlistener.com/api/rest/v4").rstrip("/")
        api = api.replace("{{SITE}}", settings.get("CLAIMTRACK_SITE", "").rstrip("/"))
        token = os.environ.get(conf.get("token_env", "COURTLISTENER_TOKEN"), "")
        if not token:
            log.error("dockets: no API token in $%s; skipping docket searches",
                      conf.get("token_env", "COURTLISTENER_TOKEN"))
            return
        self.api = api
        self.headers = {"Authorization": f"Token {token}", "Accept": "application/json"}
        for q in conf.get("searches") or []:
            url = f"{api}/search/?{urlencode({'type': 'r', 'q': q})}"
            yield scrapy.Request(url, self.parse_search, headers=self.headers,
                                 meta={"search": q, "via": "courtlistener"})

    def _json(self, response):
        try:
            return json.loads(response.text)
        except ValueError as exc:
            log.warning("dockets: %s is not JSON: %s", response.url, exc)
            return None

    def parse_search(self, response):
        data = self._json(response)
        if not data:
            return
        for r in data.get("results") or []:
            did = r.get("docket_id")
            if not did:
                continue
            yield Docket(courtlistener_id=int(did), case_name=r.get("caseName") or "",
                         court=r.get("court"), docket_number=r.get("docketNumber"),
                         filed=_date(r.get("dateFiled")), terminated=_date(r.get("dateTerminated")),
                         url=r.get("docket_absolute_url"), search=response.meta["search"])
            yield scrapy.Request(f"{self.api}/docket-entries/?{urlencode({'docket': did})}",
                                 self.parse_entries, headers=self.headers,
                                 meta={"docket_id": int(did), "via": "courtlistener"})
        if data.get("next"):
            yield response.follow(data["next"], self.parse_search, headers=self.headers,
                                  meta=response.meta)

    def parse_entries(self, response):
        data = self._json(response)
        if not data:
            return
        for e in data.get("results") or []:
            if not e.get("id"):
                continue
            yield DocketEntry(courtlistener_id=int(e["id"]), docket_id=response.meta["docket_id"],
                              date=_date(e.get("date_filed")), entry_number=e.get("entry_number"),
                              description=(e.get("description") or "").strip(),
                              url=e.get("absolute_url"))
        if data.get("next"):
            yield response.follow(data["next"], self.parse_entries, headers=self.headers,
                                  meta=response.meta)
