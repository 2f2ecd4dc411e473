"""Reading the sources file: which feeds, sitemaps, search feeds and URL lists to crawl.

The file is data (``sources.yml``; its format is documented in the README). ``{{SITE}}`` in a
URL is replaced by a base URL given at run time, which is how the demo's sources point at a
site served on a port chosen when it starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote_plus

import yaml


@dataclass
class Source:
    name: str
    outlet: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    language: str | None = None


def load_sources(path: str | Path, site: str = "") -> list[Source]:
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"sources file not found: {path}")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ValueError(f"{path}: expected a top-level 'sources:' list")

    def sub(u: str) -> str:
        return u.replace("{{SITE}}", site.rstrip("/"))

    out = []
    for i, s in enumerate(data["sources"]):
        if not isinstance(s, dict) or "name" not in s:
            raise ValueError(f"{path}: source #{i + 1} needs a 'name'")
        feeds = [sub(u) for u in s.get("feeds") or []]
        for sf in s.get("search_feeds") or []:  # a feed URL template with {query}
            for q in sf.get("queries") or []:
                feeds.append(sub(sf["url"]).replace("{query}", quote_plus(q)))
        urls = [sub(u) for u in s.get("urls") or []]
        if s.get("url_file"):
            lines = (path.parent / s["url_file"]).read_text(encoding="utf-8").splitlines()
            urls += [sub(line.strip()) for line in lines if line.strip() and not line.startswith("#")]
        out.append(Source(name=s["name"], outlet=s.get("outlet"), feeds=feeds,
                          sitemaps=[sub(u) for u in s.get("sitemaps") or []], urls=urls,
                          language=s.get("language")))
    return out
