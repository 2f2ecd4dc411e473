"""What earlier articles said a name is: the pipeline's memory across documents.

A paragraph often says nothing about a name it uses: "Stallard has stakes in Arbalest, Penwarden
and Thimble" types none of the three, while the article that introduced Thimble ("Thimble, a
start-up in Pelsk, ...") did. ``claimtrack_entity_types`` records, for every document, the names
its context typed (``doc.user_data["ct_typed_names"]``); ``learn`` keeps the names that the
documents agree on, and the typer reads them back as one more vote, weaker than a clear cue in
the document itself. The memory is derived from the corpus alone, so a rebuild from the archive
that analyses twice (learn, then apply) gets the same result every time.

Everything the memory reasons about lives here: what is learned (:func:`learn`), what a run
changed in it (:func:`changes`) and which articles a change concerns, so that they are read
once more (:func:`second_pass`). Storage only hands over rows; claimtrack/jobs.py only
orchestrates.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable

# A name joins the memory when at least this share of the documents that typed it agree.
MIN_SHARE = 0.75


def typed_names(doc) -> dict[str, str]:
    """The names (lower-cased) this document's context typed, with their label."""
    return dict(doc.user_data.get("ct_typed_names") or {})


def learn(per_document: Iterable[dict[str, str]], min_documents: int = 1,
          min_share: float = MIN_SHARE) -> dict[str, str]:
    """Names typed the same way by most of the documents that typed them at all."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for names in per_document:
        for key, label in names.items():
            votes[key][label] += 1
    out = {}
    for key, counter in votes.items():
        label, n = counter.most_common(1)[0]
        total = sum(counter.values())
        if n >= min_documents and n / total >= min_share:
            out[key] = label
    return out


def changes(before: dict[str, str], after: dict[str, str]) -> dict[str, str | None]:
    """The names a run learned, re-typed or forgot, with what the memory now says (None when
    forgotten)."""
    return {k: after.get(k) for k in set(before) | set(after) if before.get(k) != after.get(k)}


_WORDS = re.compile(r"\w+")
_POSSESSIVE_END = re.compile(r"['’]s$")


def second_pass(changed: dict[str, str | None], articles: Iterable[tuple[str, str]],
                mention_labels: Callable[[str], Iterable[tuple[str, str]]]) -> list[str]:
    """The ids of the articles to analyse again after the memory ``changed``: those whose text
    contains a changed name (lower-cased, as whole words) unless every mention of it there
    already has the label the memory now gives.

    ``articles`` yields (id, text); ``mention_labels(id)`` gives that article's mentions as
    (lower-cased text, label), asked only for articles that contain a changed name. Names
    are indexed by their first word, so each article costs a look-up per distinct word in it,
    however many names the memory learned."""
    by_first: dict[str, list[tuple[str, re.Pattern]]] = {}
    for name in changed:
        words = _WORDS.findall(name)
        if words:  # each name's pattern compiled once, not once per article
            by_first.setdefault(words[0], []).append(
                (name, re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")))
    out = []
    for aid, text in articles:
        text = text.lower()
        for word in set(_WORDS.findall(text)) & by_first.keys():
            found = [n for n, pattern in by_first[word] if pattern.search(text)]
            if found and not _already_labelled(mention_labels(aid), found, changed):
                out.append(aid)
                break
    return out


def _already_labelled(mentions: Iterable[tuple[str, str]], found: list[str],
                      changed: dict[str, str | None]) -> bool:
    """Every one of ``found`` is mentioned only with the label the memory gives it."""
    labels: dict[str, set] = {}
    for text, label in mentions:
        labels.setdefault(_POSSESSIVE_END.sub("", text), set()).add(label)
    return all(labels.get(n) == {changed[n]} for n in found)


def load_memory(path: str | Path) -> dict[str, str]:
    """Read a memory file: one ``{"name": ..., "label": ...}`` object per line."""
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["name"].lower()] = row["label"]
    return out


def save_memory(memory: dict[str, str], path: str | Path) -> None:
    lines = [json.dumps({"name": k, "label": v}, ensure_ascii=False) for k, v in sorted(memory.items())]
    Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
