"""How often each attribution rule stands behind a right speaker, another party, or no party,
over the stance rows of several real sets (``realset.py --stances FILE`` writes them).

    python nlp/eval/speaker_rules.py ROWS.jsonl [ROWS.jsonl ...]

A statement given to the wrong party is the worst error the project can ship; a rule that is
behind more of them than of right speakers is the first to question. The comparison folds names
as the scorer does (``quotes.same_name``, the first of a listed gold speaker, the gazetteer's
aliases); a statement left with no party counts as "none" whatever the gold says.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def verdict(row: dict) -> str:
    """right / other / none for one row, folded as the scorer folds."""
    from nlp.eval.quotes import first_listed, same_entity, same_name
    ours, gold = row.get("our_speaker"), row.get("gold_speaker")
    if not ours:
        return "none"
    if same_name(ours, gold) or same_name(ours, first_listed(gold)) \
            or same_entity(ours, gold) or same_entity(ours, first_listed(gold)):
        return "right"
    return "other"


def table(rows: list[dict]) -> dict[str, Counter]:
    """Rule name -> Counter of verdicts; a statement counts once under each rule its trace names."""
    out: dict[str, Counter] = {}
    for row in rows:
        v = verdict(row)
        for rule in row.get("speaker_rules") or ["(no trace)"]:
            out.setdefault(rule, Counter())[v] += 1
    return out


def main(paths: list[str]) -> None:
    sys.path.insert(0, str(REPO))
    from claimtrack.config import NLP_DATA
    from nlp.eval import quotes
    quotes.FOLD_LEGAL_FORMS = True
    quotes.ALIASES = quotes.load_aliases(NLP_DATA / "gazetteer.jsonl")
    rows = [json.loads(line) for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines() if line]
    t = table(rows)
    print(f"{'rule':44s} {'right':>6} {'other':>6} {'none':>6}  other/right")
    for rule, c in sorted(t.items(), key=lambda kv: -kv[1]["other"]):
        print(f"{rule:44s} {c['right']:6d} {c['other']:6d} {c['none']:6d}  {c['other'] / max(1, c['right']):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
