"""The relevance filter: is a page about AI and intellectual property?

Terms live in a data file (``spiders/relevance.yml``): a page is kept when it mentions at least
one AI term and one IP/dispute term, or a gazetteer entity of the field with one dispute term.
The reason is stored on the article so a reader can see why it is in the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from claimtrack.records import Article


@dataclass
class RelevanceFilter:
    ai_terms: list[str]
    ip_terms: list[str]

    @classmethod
    def load(cls, path: Path) -> "RelevanceFilter":
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls(ai_terms=list(data.get("ai_terms", [])), ip_terms=list(data.get("ip_terms", [])))

    def _first(self, terms: list[str], text: str) -> str | None:
        """The first term found; a trailing * matches any ending ("licens*")."""
        for t in terms:
            pat = re.escape(t.lower().rstrip("*")).replace(r"\*", r"\w*")
            end = r"\w*" if t.endswith("*") else r"\b"
            if re.search(r"\b" + pat + end, text):
                return t
        return None

    def judge(self, article: Article) -> tuple[bool, str]:
        text = f"{article.title or ''}\n{article.text}".lower()
        ai = self._first(self.ai_terms, text)
        ip = self._first(self.ip_terms, text)
        if ai and ip:
            return True, f"kept: AI term {ai!r} and IP term {ip!r}"
        missing = "AI term" if not ai else "IP or dispute term"
        return False, f"dropped: no {missing}"
