"""Which URLs the crawler may fetch, and which canonical URLs a page may claim.

Two rules guard what ends up in the archive and the database:

* **Only http(s) is fetched.** A feed, sitemap, sources file, redirect or meta refresh can name
  any URL; ``file:`` would publish a local file, ``data:`` would archive whatever the page
  author wrote as if a server had sent it, and ``javascript:``, ``mailto:`` or ``urn:`` are not
  pages at all. :func:`refusal` says why a URL is not fetched (or None when it may be); every
  place that makes a request asks it, and a downloader middleware asks it again for anything
  that slipped past (spiders/middlewares.py).
* **A canonical URL is accepted only from its own site.** The article id is the canonical
  URL, so a page that could declare any canonical could overwrite any other outlet's article.
  :func:`canonical_refusal` accepts a canonical on the registrable domain of a URL the crawler
  actually fetched (the request, every redirect it followed, the final URL) or on a domain the
  sources file declares for the source that led to the page (the demo site is served on
  127.0.0.1 but publishes as ``harborledger.example``).

The registrable domain ("bbc.co.uk" for "news.bbc.co.uk") comes from the Public Suffix List as
shipped inside tldextract (a dependency of Scrapy), read from its bundled snapshot: nothing is
downloaded at run time. A host whose suffix the list does not know (``.example``, ``.test``,
``.internal``) counts its last two labels, and an IP address or a single-label host only
itself.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

# The schemes a crawl may fetch. Data, not a branch: everything else is refused with a reason.
FETCHABLE_SCHEMES = ("http", "https")

# Characters a host name may hold once lower-cased (IDNs arrive as punycode or are encoded).
_HOST = re.compile(r"^[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?$")

# How much of an unfetchable URL goes into a note: a data: URL can be megabytes long.
MAX_NOTED_URL = 300

# suffix_list_urls=() and cache_dir=None: the snapshot bundled with the package, no network,
# no cache written. Private suffixes (github.io, blogspot.com) count as suffixes: two blogs on
# one of them are two sites.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                 include_psl_private_domains=True)


def shown(url: str) -> str:
    """A URL as it may appear in a log line or a ``fetches`` row: at most MAX_NOTED_URL
    characters, the length said when it is cut."""
    if len(url) <= MAX_NOTED_URL:
        return url
    return f"{url[:MAX_NOTED_URL]}… ({len(url)} characters)"


def refusal(url) -> str | None:
    """Why ``url`` must not be fetched, or None when it may be."""
    if not isinstance(url, str):
        return f"not a URL: {type(url).__name__} {shown(repr(url))}"
    url = url.strip()
    if not url:
        return "empty URL"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a port that is no number
    except ValueError as exc:
        return f"malformed URL ({exc})"
    scheme = parts.scheme.lower()
    if not scheme:
        return "no scheme (only http and https URLs are fetched)"
    if scheme not in FETCHABLE_SCHEMES:
        return f"scheme '{scheme}:' is never fetched (only http and https)"
    if not host:
        return "no host name"
    if not _HOST.match(host) and not _is_ip(host):
        return f"malformed host name {shown(host)!r}"
    return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def registrable_domain(host: str | None) -> str:
    """The part of ``host`` its owner registered: "bbc.co.uk" for "www.news.bbc.co.uk".

    Lower-cased, without a trailing dot. IP addresses and single-label hosts are their own
    domain; a suffix the list does not know counts as one label."""
    host = (host or "").strip().lower().rstrip(".")
    if not host or _is_ip(host.strip("[]")) or "." not in host:
        return host
    found = _EXTRACT(host)
    if found.suffix and found.domain:
        return f"{found.domain}.{found.suffix}"
    return ".".join(host.split(".")[-2:])


def domain_of(url: str | None) -> str:
    try:
        return registrable_domain(urlsplit(url or "").hostname)
    except ValueError:
        return ""


def canonical_refusal(canonical: str | None, fetched: list[str], declared=()) -> str | None:
    """Why the page fetched through the URLs ``fetched`` (request, redirects, final URL) may not
    claim ``canonical`` as its id, or None when it may. ``declared`` are the domains the sources
    file gives for the page's source."""
    if not canonical:
        return None
    why = refusal(canonical)
    if why:
        return f"canonical URL {shown(canonical)} refused: {why}"
    target = domain_of(canonical)
    allowed = {domain_of(u) for u in fetched if u} | {registrable_domain(d) for d in declared}
    if target in allowed:
        return None
    return (f"canonical URL {shown(canonical)} refused: {target} is not the site the page "
            f"was fetched from ({', '.join(sorted(a for a in allowed if a)) or 'none'})")
