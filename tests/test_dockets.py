"""The dockets spider against a local stand-in for CourtListener's API."""

from __future__ import annotations

import json

import sqlite_utils

from spiders.demo_server import DemoSite
from spiders.run import crawl


def test_dockets_become_disputes_and_events(tmp_path, settings, monkeypatch):
    api = tmp_path / "api"
    (api / "search").mkdir(parents=True)
    (api / "docket-entries").mkdir()
    # the static server maps /search/?type=r&q=... to search/index.html
    (api / "search" / "index.html").write_text(json.dumps({"count": 1, "next": None, "results": [
        {"docket_id": 4242, "caseName": "Calder Gazette v. Tessaly", "court": "Calder District Court",
         "docketNumber": "1:26-cv-04417", "dateFiled": "2026-03-09", "dateTerminated": None,
         "docket_absolute_url": "/docket/4242/calder-gazette-v-tessaly/"}]}), encoding="utf-8")
    (api / "docket-entries" / "index.html").write_text(json.dumps({"next": None, "results": [
        {"id": 1, "entry_number": 1, "date_filed": "2026-03-09", "description": "COMPLAINT"},
        {"id": 2, "entry_number": 14, "date_filed": "2026-06-02", "description": "ORDER on motion to dismiss"},
        {"description": "an entry with no id is skipped"}]}), encoding="utf-8")
    src = tmp_path / "sources.yml"
    src.write_text("sources: []\ndockets:\n  api: '{{SITE}}'\n  token_env: CT_TEST_TOKEN\n"
                   "  searches: ['copyright artificial intelligence']\n", encoding="utf-8")
    monkeypatch.setenv("CT_TEST_TOKEN", "test-token")
    with DemoSite(api) as site:
        assert crawl(settings, src, site=site.url, spider="dockets") == 0
    db = sqlite_utils.Database(settings.db)
    d = db["disputes"].get("cl-4242")
    assert d["docket"] == "1:26-cv-04417" and d["kind"] == "lawsuit" and d["status"] == "open"
    events = list(db.query("select entry_number, description from dispute_events order by entry_number"))
    assert [e["entry_number"] for e in events] == [1, 14]


def test_dockets_without_token_fetch_nothing(tmp_path, settings, monkeypatch):
    src = tmp_path / "sources.yml"
    src.write_text("sources: []\ndockets:\n  api: 'http://127.0.0.1:9'\n  token_env: CT_NO_TOKEN\n"
                   "  searches: ['x']\n", encoding="utf-8")
    monkeypatch.delenv("CT_NO_TOKEN", raising=False)
    assert crawl(settings, src, spider="dockets") == 0
    db = sqlite_utils.Database(settings.db)
    assert db["disputes"].count == 0 and db["fetches"].count == 0
