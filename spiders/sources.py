"""Reading the sources file: which feeds, sitemaps, search feeds and URL lists to crawl.

The file is data (``sources.yml``; its format is documented in the README). ``{{SITE}}`` in a
URL is replaced by a base URL given at run time, which is how the demo's sources point at a
site served on a port chosen when it starts.

A file that cannot be read at all (missing, not YAML, no ``sources:`` list) raises: there is
nothing to crawl. A bad *entry* does not: a typo'd URL, ``feeds:`` written as a string, a
number where a URL should be, a search feed without ``url`` each become a :class:`Problem`
(logged, and a ``fetches`` note), and every other entry is crawled. One slip in a long file
must not silently cost every source after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote_plus

import yaml

from spiders.urlpolicy import refusal, shown

# The keys whose value is a list of URLs, and how the crawl reads what they list.
URL_LISTS = ("feeds", "sitemaps", "urls")


@dataclass
class Source:
    name: str
    outlet: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    language: str | None = None
    # Domains the source publishes as: a page it leads to may declare a canonical URL on one
    # of them even when it is served from elsewhere (spiders/urlpolicy.py).
    domains: list[str] = field(default_factory=list)


@dataclass
class Problem:
    """One entry of the sources file that cannot be crawled, and why."""

    where: str  # "sources.yml: harbor-ledger feeds[2]"
    value: str  # the entry as written (shortened), the `fetches.url` of its note
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}: {self.value}"


def load_sources(path: str | Path, site: str = "",
                 problems: list[Problem] | None = None) -> list[Source]:
    """The sources of ``path``; bad entries are appended to ``problems`` (or dropped when it is
    None, for callers that only check the file can be read)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"sources file not found: {path}")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ValueError(f"{path}: expected a top-level 'sources:' list")
    problems = problems if problems is not None else []
    out = []
    for i, s in enumerate(data["sources"]):
        if not isinstance(s, dict) or not isinstance(s.get("name"), str):
            problems.append(Problem(f"{path.name}: source #{i + 1}", shown(repr(s)),
                                    "a source needs a 'name' (text)"))
            continue
        out.append(_source(path, s, site, problems))
    return out


def _source(path: Path, s: dict, site: str, problems: list[Problem]) -> Source:
    name = s["name"]
    lists = {key: _urls(s.get(key), f"{path.name}: {name} {key}", site, problems)
             for key in URL_LISTS}
    lists["feeds"] += _search_feeds(s.get("search_feeds"), f"{path.name}: {name} search_feeds",
                                    site, problems)
    if s.get("url_file"):
        where = f"{path.name}: {name} url_file"
        try:
            text = (path.parent / str(s["url_file"])).read_text(encoding="utf-8")
        except OSError as exc:
            problems.append(Problem(where, shown(str(s["url_file"])), f"cannot read: {exc}"))
        else:
            lines = [ln.strip() for ln in text.splitlines()]
            lists["urls"] += _urls([ln for ln in lines if ln and not ln.startswith("#")],
                                   where, site, problems)
    domains = s.get("domains") or []
    if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
        problems.append(Problem(f"{path.name}: {name} domains", shown(repr(domains)),
                                "'domains' must be a list of domain names"))
        domains = []
    return Source(name=name, outlet=s.get("outlet"), language=s.get("language"),
                  domains=domains, **lists)


def _urls(value, where: str, site: str, problems: list[Problem]) -> list[str]:
    """The fetchable URLs of one list; each entry that is not one becomes a Problem."""
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Problem(where, shown(repr(value)),
                                "must be a list of URLs (write it as [\"...\"] or one '- ' a line)"))
        return []
    out = []
    for k, raw in enumerate(value):
        url = raw.strip().replace("{{SITE}}", site.rstrip("/")) if isinstance(raw, str) else raw
        why = refusal(url)
        if why:
            problems.append(Problem(f"{where}[{k}]", shown(str(raw)), why))
        else:
            out.append(url)
    return out


def _search_feeds(value, where: str, site: str, problems: list[Problem]) -> list[str]:
    """A feed URL template with ``{query}`` and its list of ``queries``, as feed URLs."""
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Problem(where, shown(repr(value)), "must be a list of {url, queries}"))
        return []
    feeds = []
    for k, sf in enumerate(value):
        if not isinstance(sf, dict) or not isinstance(sf.get("url"), str):
            problems.append(Problem(f"{where}[{k}]", shown(repr(sf)),
                                    "a search feed needs a 'url' with {query}"))
            continue
        queries = sf.get("queries") or []
        if not isinstance(queries, list):
            problems.append(Problem(f"{where}[{k}] queries", shown(repr(queries)),
                                    "must be a list of search terms"))
            continue
        urls = [sf["url"].replace("{query}", quote_plus(str(q))) for q in queries]
        feeds += _urls(urls, f"{where}[{k}]", site, problems)
    return feeds
