"""How far two annotations of the same articles agree: the ceiling a system can be held to.

Two helpers blind to the code annotated the same real articles (``../aiip-iaa`` against the first
writer's ``../aiip-dev17`` and ``-dev18``); the stance and speaker targets of issue 12 mean
little without knowing how often two careful people agree. Statements are paired as the scorer
pairs them (``quotes.match``: word Dice >= 0.6, one to one), speakers compared with the scorer's
folds (legal forms, "The", the first of a listed speaker, the gazetteer's aliases), stances
exactly. A writer who gives a joint statement one object per party is read once per span.

    python nlp/eval/agreement.py --first ../aiip-dev17/attribution_gold.jsonl \\
        --first ../aiip-dev18/attribution_gold.jsonl --second ../aiip-iaa/attribution_gold.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

REPO = Path(__file__).resolve().parents[2]


def _articles(paths) -> dict[str, dict]:
    """Articles by id; an id's set prefix ("iaa-") is dropped so both sides meet."""
    out = {}
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out[r["id"].removeprefix("iaa-")] = r
    return out


def _once_per_span(quotes: list[dict]) -> list[dict]:
    seen, out = set(), []
    for q in quotes:
        if (q["start"], q["end"]) not in seen:
            seen.add((q["start"], q["end"]))
            out.append(q)
    return out


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict:
    """Counts and ratios over the articles both annotations hold."""
    from nlp.eval import quotes as q

    def same(a, b):
        return any(f(x, y) for f in (q.same_name, q.same_entity)
                   for x, y in ((a, b), (q.first_listed(a), b), (a, q.first_listed(b))))

    n1 = n2 = pairs = speakers = stances = 0
    confusions: Counter = Counter()
    for key in sorted(first.keys() & second.keys()):
        a, b = _once_per_span(first[key]["quotes"]), _once_per_span(second[key]["quotes"])
        n1, n2 = n1 + len(a), n2 + len(b)
        for i, j in q.match(a, b):
            pairs += 1
            speakers += same(a[i].get("speaker"), b[j].get("speaker"))
            stances += a[i].get("stance") == b[j].get("stance")
            if a[i].get("stance") != b[j].get("stance"):
                confusions[(a[i].get("stance"), b[j].get("stance"))] += 1

    def ratio(x, y):
        return round(x / y, 3) if y else None

    return {"articles": len(first.keys() & second.keys()), "first": n1, "second": n2, "paired": pairs,
            "second_finds_of_first": ratio(pairs, n1), "first_finds_of_second": ratio(pairs, n2),
            "speaker_agreement": ratio(speakers, pairs), "stance_agreement": ratio(stances, pairs),
            "stance_confusions": {f"{k[0]} / {k[1]}": v for k, v in confusions.most_common()}}


@click.command()
@click.option("--first", "firsts", multiple=True, required=True,
              type=click.Path(dir_okay=False, exists=True), help="The first annotation (repeatable).")
@click.option("--second", "seconds", multiple=True, required=True,
              type=click.Path(dir_okay=False, exists=True), help="The second annotation (repeatable).")
def main(firsts, seconds):
    """Agreement of two annotations of the same articles: statements, speakers, stances."""
    sys.path.insert(0, str(REPO))
    from claimtrack.config import NLP_DATA
    from nlp.eval import quotes

    quotes.ALIASES = quotes.load_aliases(NLP_DATA / "gazetteer.jsonl")
    click.echo(json.dumps(agreement(_articles(firsts), _articles(seconds)), indent=1))


if __name__ == "__main__":
    main()
