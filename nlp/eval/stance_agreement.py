"""How far a second writer's stances agree with a set's own, and ours with each and with both.

Stance is the figure where the real sets' writers split most (a plaintiff's argument as its
lawsuit or its accusation, a pointed remark as accusation or other), so a stance we get "wrong"
may be one the next writer gets the same way. Session 21 had the stances of six sets labelled
a second time by helpers blind to the code and to the first labels, given the statements and
speakers only (the brief: ``nlp/eval/real/STANCE-AGREEMENT.md``). This prints, per set, how
often the two writers agree, our stance against each, and our stance on the statements both
give the same stance: the errors no convention excuses.

    python -m nlp.eval.realsets NAME --stances-dir DIR
    python -m nlp.eval.stance_agreement --gold ../aiip-NAME/attribution_gold.jsonl \\
        --second ../iaa-NAME/stances.jsonl --ours DIR/NAME.jsonl
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click

SUIT_OR_CHARGE = {"lawsuit", "accusation"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def agreement(gold: list[dict], second: list[dict], ours: list[dict]) -> dict:
    """The figures of one set: the first writer's statements (by article and index), the second
    writer's stance of each, and our stance rows (``stance_confusion.stance_rows``: a matched
    statement's gold text, cut at 200 characters, and our stance)."""
    first = {(d["id"], i): (q["stance"], q["text"][:200]) for d in gold for i, q in enumerate(d["quotes"])}
    other = {(r["id"], r["n"]): r["stance"] for r in second}
    keys = [k for k in first if k in other]
    fold = lambda s: "lawsuit or accusation" if s in SUIT_OR_CHARGE else s
    by_text = {(k[0], first[k][1]): k for k in keys}
    paired = [(by_text[(r["id"], r["text"])], r["ours"]) for r in ours if (r["id"], r["text"]) in by_text]
    both = [(k, s) for k, s in paired if first[k][0] == other[k]]
    share = lambda n, d: round(n / d, 3) if d else None
    return {"statements": len(keys),
            "writers_agree": share(sum(first[k][0] == other[k] for k in keys), len(keys)),
            "writers_agree_suit_or_charge_one": share(sum(fold(first[k][0]) == fold(other[k]) for k in keys), len(keys)),
            "writers_differ": Counter(f"{first[k][0]} / {other[k]}" for k in keys if first[k][0] != other[k]),
            "ours_matched": len(paired),
            "ours_vs_first": share(sum(s == first[k][0] for k, s in paired), len(paired)),
            "ours_vs_second": share(sum(s == other[k] for k, s in paired), len(paired)),
            "both_agree": len(both),
            "ours_where_both_agree": share(sum(s == first[k][0] for k, s in both), len(both))}


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The set's gold file (the first writer's stances).")
@click.option("--second", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The second writer's stances: one JSON line per statement, {id, n, stance}.")
@click.option("--ours", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Our stance rows of the set (realsets --stances-dir, realset.py --stances).")
def main(gold, second, ours):
    """Stance agreement of two writers, and ours with each and where both agree."""
    t = agreement(_lines(gold), _lines(second), _lines(ours))
    click.echo(f"{t['statements']} statements: the writers agree on {t['writers_agree']} "
               f"({t['writers_agree_suit_or_charge_one']} with lawsuit and accusation as one)")
    click.echo(f"ours, on {t['ours_matched']} matched: {t['ours_vs_first']} against the first writer, "
               f"{t['ours_vs_second']} against the second, {t['ours_where_both_agree']} on the "
               f"{t['both_agree']} both give the same stance")
    click.echo("the writers differ (first / second): " +
               ", ".join(f"{k} {v}" for k, v in t["writers_differ"].most_common()))


if __name__ == "__main__":
    main()
