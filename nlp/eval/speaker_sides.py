"""A second speaker figure: the same side of a dispute under another writer's convention.

Read blind, ten writers of the real AI-IP sets split on who speaks in three recurring cases
(session 20: 34 of the 48 statements the strict figure counted as given to another party on
the nine read sets were one of these, or a group against one of its members):

- **for whom**: a person speaking for a party ("Tomasz Velander, Orrin Labs' lawyer", "a Tessaly
  spokesperson" when the writer names him) against the party itself ("Orrin Labs");
- **court or judge**: "the court said" read as the court by some and as the one judge the
  article names by others;
- **relay**: "X found P, the Ledger reported" read as X's by some (the pipeline's convention)
  and as the outlet's by others.

``same_side`` says which of these makes our speaker and the gold's one party, from our own
output alone (a role's ``speaker_org``, the entities we typed, the article's words). The figure
is printed beside the strict one, never instead of it: the strict one stays the acceptance
figure, this one tells how much of its gap is convention. Defined in session 20 before the sets
kept unread that session were scored with it.
"""

from __future__ import annotations

import re

JUDGE_TITLE = re.compile(r"\b(?:Judge|Justice|Magistrate|judge|justice)\s+$")


def _names(pred: dict, label: str) -> set[str]:
    return {e["canonical"].casefold() for e in pred.get("entities", []) if e.get("label") == label}


def _judges(pred: dict, text: str) -> set[str]:
    """People the article names with a judge's title right before them ("Judge X", "justice X")."""
    return {e["canonical"].casefold() for e in pred.get("entities", [])
            if e.get("label") == "PERSON" and JUDGE_TITLE.search(text[max(0, e["start"] - 12):e["start"]])}


def same_side(gold: dict, p: dict, pred: dict, text: str, same) -> str | None:
    """The convention under which our speaker and the gold's are one party, or None. ``same``:
    the scorer's name comparison (``quotes.same_name`` with its folds)."""
    ours, theirs = p.get("speaker"), gold.get("speaker")
    if not ours or not theirs:
        return None
    if same(p.get("speaker_org"), theirs) or same(gold.get("speaker_org"), ours):
        return "for_whom"
    courts, judges = _names(pred, "COURT"), _judges(pred, text)
    pair = {ours.casefold(), theirs.casefold()}
    if pair & courts and pair & judges:
        return "court_or_judge"
    outlets = _names(pred, "OUTLET")
    if pair & outlets and len(pair) == 2:
        at, end = p.get("start", 0), p.get("end", 0)
        lo, hi = max(text.rfind("\n", 0, at), 0), text.find("\n", end)
        sentence = text[lo:hi if hi >= 0 else len(text)].casefold()
        other = (pair - outlets)
        if other and all(o in sentence for o in other):
            return "relay"
    return None
