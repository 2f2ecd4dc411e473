"""A statement as a reader should see it: speaker + verb + content.

"Orrin Systems denied that the start-up built its Tern model by harvesting ..." reads as what it
is; the content alone under "Speaker: Orrin Systems" reads as Orrin's own words, which is the
opposite. The verb comes from the attribution cue (db/data/statement_verbs.yml turns cues that
are no verb, "according to" or "accusations", into one), and the joiner from the kind: a direct
quote follows a colon, reported speech follows "that". Both are stored with each appearance
(``quote_appearances.verb``, ``.joiner``), so the views' SQL and the pages build the same
sentence from the same columns.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from claimtrack.config import package_data


@lru_cache(maxsize=1)
def _table() -> dict:
    return yaml.safe_load(package_data("db", "data", "statement_verbs.yml").read_text("utf-8"))


def verb(cue: str | None) -> str:
    """The verb a statement is shown with, for its cue as written."""
    t = _table()
    if not cue or not cue.strip():
        return t["default_verb"]
    key = " ".join(cue.lower().split())
    if key in t["verbs"]:
        return t["verbs"][key]
    if key.endswith("ing") or " " in key:  # a participle or a phrase the table does not know
        return t["default_verb"]
    return key


def joiner(kind: str | None, content: str | None) -> str:
    """What stands between the verb and the content: ": " before a direct quote's words,
    " that " before reported speech (unless the content opens its own clause), else " "."""
    if kind == "direct":
        return ": "
    first = (content or "").split(maxsplit=1)[:1]
    if first and first[0].lower().strip("\u201c\u201d\"'") in _table()["no_that_before"]:
        return " "
    return " that "


def sentence(speaker: str | None, verb_: str, joiner_: str, content: str, kind: str | None) -> str:
    """The statement in words (plain text; the pages build the same from the same columns)."""
    body = f"\u201c{content}\u201d" if kind == "direct" else content
    return f"{speaker or 'Someone'} {verb_}{joiner_}{body}"
