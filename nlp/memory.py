"""What earlier articles said a name is: the pipeline's memory across documents.

A paragraph often says nothing about a name it uses: "Stallard has stakes in Arbalest, Penwarden
and Thimble" types none of the three, while the article that introduced Thimble ("Thimble, a
start-up in Pelsk, ...") did. ``claimtrack_entity_types`` records, for every document, the names
its context typed (``doc.user_data["ct_typed_names"]``); ``learn`` keeps the names that the
documents agree on, and the typer reads them back as one more vote, weaker than a clear cue in
the document itself. The memory is derived from the corpus alone, so a rebuild from the archive
that analyses twice (learn, then apply) gets the same result every time.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

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
