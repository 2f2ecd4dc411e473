"""Every stable id and name key of the project, in one place.

Every primary key of the database is derived from content, so re-running any stage (or
rebuilding from the archive) upserts the same rows instead of adding new ones. The functions
below are the only places such ids are made: the spiders (fetches), the analysis (which
entity a name stands for) and storage (every other row) all call them, so two stages can
never disagree on how an id is spelled. Changing one changes the ids of existing databases.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlparse


def stable_id(*parts: str, length: int = 16) -> str:
    """A short, deterministic id from text parts, so re-runs upsert the same rows."""
    h = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


# ---------------------------------------------------------------- name keys

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACES = re.compile(r"\s+")
# Titles folded away from a name's key ("Judge Stein" is looked up as "stein"); part of the
# key's definition, so changing it changes which surface forms meet.
TITLES = (
    "mr", "mrs", "ms", "dr", "prof", "professor", "judge", "justice", "senator", "sen",
    "rep", "representative", "president", "vice president", "secretary", "commissioner",
    "chief executive", "ceo", "chair", "chairman", "chairwoman", "minister", "attorney",
    "lawyer", "u.s. district judge", "district judge", "magistrate judge", "chief judge",
    "circuit judge", "governor", "gov", "mayor", "sir", "dame", "lord", "lady", "founder",
    "co-founder", "spokesperson", "spokesman", "spokeswoman",
)
_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\.?\s+)+",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """The key a surface form is looked up by: case, possessive, leading 'the', titles and
    typographic variants folded, so "OpenAI's", "the ChatGPT maker" and "Judge Stein" match.

    Cached: a pure function of the string, and the analysis asks it the same few hundred names
    again and again (every entity against every name met before it, every gazetteer lookup)."""
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    t = t.replace("“", '"').replace("”", '"').strip(" \t\n\"'.,;:()[]")
    t = _POSSESSIVE.sub("", t)
    t = _SPACES.sub(" ", t).strip().lower()
    t = re.sub(r"^the\s+", "", t)
    t = _TITLE_RE.sub("", t)
    return t


def slugify(text: str) -> str:
    """A readable id part (ASCII, hyphens), or a hash when nothing readable is left."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:80] or stable_id(text, length=12)


# ---------------------------------------------------------------- crawl side

def article_id(url: str) -> str:
    """Articles are keyed by canonical URL when the page names one (stable across mirrors)."""
    return stable_id(url)


def outlet_id(name: str | None, url: str | None) -> str | None:
    """An outlet by its name, else by its page's host without "www."."""
    if name:
        return slugify(name)
    if url:
        host = urlparse(url).hostname or ""
        return slugify(host.removeprefix("www.")) if host else None
    return None


def author_id(name: str) -> str:
    return slugify(name)


def fetch_id(url: str, *observation: str) -> str:
    """A fetch row is one observation of a URL: the same answer (status and body hash, or the
    same error) seen again updates its row rather than adding one, so re-runs add no rows."""
    return stable_id(url, *observation)


def docket_dispute_id(courtlistener_id: int) -> str:
    return f"cl-{courtlistener_id}"


def docket_entry_id(courtlistener_id: int) -> str:
    return f"cl-entry-{courtlistener_id}"


# ---------------------------------------------------------------- analysis side

def entity_id(canonical: str, label: str) -> str:
    """A found (non-gazetteer) entity: one id per distinct name key and type, so "Tamsin
    Okafor" written three ways is still one entity."""
    key = normalise(canonical) or canonical.lower()
    return f"{label.lower()}-{slugify(key)}"


def alias_id(entity: str, alias: str) -> str:
    return stable_id(entity, alias)


def mention_id(article: str, start: int, end: int) -> str:
    return stable_id(article, str(start), str(end))


def typed_name_id(article: str, name: str) -> str:
    return stable_id(article, name)


_QUOTE_NORM = re.compile(r"[\W_]+", re.UNICODE)


def quote_id(text: str) -> str:
    """A quote is the same quote wherever it appears if its words are the same."""
    return stable_id(_QUOTE_NORM.sub(" ", text.lower()).strip())


def appearance_id(quote: str, article: str, start: int) -> str:
    return stable_id(quote, article, str(start))


def no_comment_id(article: str, speaker: str, kind: str, start: int | None) -> str:
    return stable_id(article, speaker, kind, str(start))


def claim_id(article: str, index: int, claimant: str, stance: str) -> str:
    return stable_id(article, str(index), claimant, stance)


def accusation_dispute_id(accuser: str, accused: str) -> str:
    """An accusation with no known dispute becomes one, keyed by its two parties."""
    return f"accusation-{accuser}-{accused}"[:120]
