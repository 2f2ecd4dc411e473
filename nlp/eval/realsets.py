"""Every real AI-IP set beside the checkout in one table, the pipeline loaded once.

The sets live beside the checkout (``../aiip-NAME/attribution_gold.jsonl``, see
``nlp/eval/real/README.md``) and die with the machine, so each session writes new ones and
scores many at once: before and after a change, on the starting code and at the end. One line
per set: articles, recall, precision, speaker right of found, no-comment recall (gold count),
stance right (and with lawsuit and accusation as one), duplicates, places labelled as
organisations, and the wrong speakers split into statements given to another party and
statements left with no party. The same figures as ``nlp/eval/realset.py`` gives one set.

    python -m nlp.eval.realsets                     # every ../aiip-*/attribution_gold.jsonl
    python -m nlp.eval.realsets dev34 dev35 devr3   # these, in this order
    python -m nlp.eval.realsets --json dev36
    python -m nlp.eval.realsets --stances-dir DIR   # and each set's stance rows, DIR/NAME.jsonl
    python -m nlp.eval.realsets --analyses-dir DIR  # and its analyses (nlp/eval/speaker_learned.py)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from nlp.eval.realset import REPO, configure, score_file
from nlp.eval.stance_confusion import write_rows

HEADER = f"{'set':<10}{'art':>4}{'R':>7}{'P':>7}{'spk':>7}{'side':>7}{'NC (gold)':>12}{'stance':>8}{'or suit':>8}" \
         f"{'dup':>5}{'plc':>5}  other/none"


def gold_files(root: Path, names: tuple[str, ...]) -> list[tuple[str, Path | None]]:
    """(name, gold file or None when missing) for the sets asked for, else every set found."""
    if names:
        return [(n, p if (p := root / f"aiip-{n}" / "attribution_gold.jsonl").is_file() else None)
                for n in names]
    return [(p.parent.name.removeprefix("aiip-"), p) for p in sorted(root.glob("aiip-*/attribution_gold.jsonl"))]


def row(name: str, t: dict) -> str:
    """One table line of a set's figures (``realset.score_file``)."""
    f = lambda v: "-" if v is None else f"{v:.3f}"
    a, nc, c = t["all"], t["no_comment"], t["claims"]
    return (f"{name:<10}{t['articles']:>4}{f(a['recall']):>7}{f(a['precision']):>7}{f(a['speaker_accuracy']):>7}"
            f"{f(t['speaker_same_side']['accuracy']):>7}"
            f"{f(nc['recall']):>7} ({nc['gold']:>2}){f(c['stance_accuracy']):>8}"
            f"{f(c['stance_lawsuit_or_accusation']):>8}{t['duplicates']:>5}{t['places_as_org']:>5}"
            f"  {t['speaker_other_party']}/{t['speaker_unnamed']}")


def write_analyses(out: Path, docs: list[dict], preds: dict, traces: dict) -> None:
    """Each article: its gold, our analysis (speakers folded as the scorer compares them) and
    the attribution rules of each statement."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps({"id": d["id"], "gold": d, "pred": preds[d["id"]],
                                       "trace": [t for t in traces.get(d["id"], ())
                                                 if t["component"] == "attribution"]}) + "\n"
                           for d in docs if d["id"] in preds), encoding="utf-8")


@click.command()
@click.argument("names", nargs=-1)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=REPO.parent,
              show_default=True, help="The folder holding the aiip-NAME set folders.")
@click.option("--exact-names", is_flag=True, help="No name folds (as nlp/eval/realset.py --exact-names).")
@click.option("--json", "as_json", is_flag=True, help="Print each set's figures as JSON instead.")
@click.option("--stances-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write each set's stance rows (as realset.py --stances) to DIR/NAME.jsonl, "
                   "for nlp/eval/stance_confusion.py and nlp/eval/stance_learned.py.")
@click.option("--analyses-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write each set's articles, gold beside our analysis and attribution trace, "
                   "to DIR/NAME.jsonl, for nlp/eval/speaker_learned.py.")
def main(names, root, exact_names, as_json, stances_dir, analyses_dir):
    """Score several real AI-IP sets (by NAME: ../aiip-NAME) in one table."""
    sys.path.insert(0, str(REPO))
    from claimtrack.config import Settings
    from nlp.eval.report import warn_failed
    from nlp.pipeline import build_pipeline

    files = gold_files(root, names)
    if not files:
        raise click.ClickException(f"no aiip-*/attribution_gold.jsonl under {root}")
    configure(exact_names)
    nlp = build_pipeline(Settings())
    out = {}
    if not as_json:
        click.echo(HEADER)
    for name, path in files:
        if path is None:
            click.echo(f"{name:<10}no gold file at {root / f'aiip-{name}'}", err=True)
            continue
        preds: dict = {}
        t, score, _, traces, docs = score_file(nlp, path, keep=preds)
        warn_failed(score.failed)
        if stances_dir:
            write_rows(stances_dir / f"{name}.jsonl", path.parent.name, score, traces, docs)
        if analyses_dir:
            write_analyses(analyses_dir / f"{name}.jsonl", docs, preds, traces)
        out[name] = t
        if not as_json:
            click.echo(row(name, t))
    if as_json:
        click.echo(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
