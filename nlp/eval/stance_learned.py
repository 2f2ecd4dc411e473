"""Would a learned stance beat the stance table? Measured across writers, not shipped.

Issue 12 asks for a learned component wherever the data supports one. Stance is the figure
furthest from its target on text we have not read, and the one a small classifier could learn
from the real sets' annotations: every matched statement has a gold stance, and the stance
rows of ``realset.py --stances`` carry what the rules saw (their stance, the rules that fired,
the cue, the kind, the speaker's words) and the statement's words.

A multinomial logistic regression (numpy, L2, full-batch gradient descent: no new dependency)
learns from those features, the rules' own answer among them, so it starts where the rules are
and can only learn corrections. It is judged the only fair way for our data: **leave one
writer out** (each rows file is one writer's set; train on the others, score the one left),
because the stance labels follow each writer's conventions and a model scored on its own
writer would learn the writer. ``--unread`` files are scored once, trained on all the others,
and only their totals are printed (their errors stay unread).

    python -m nlp.eval.stance_learned ROWS.jsonl ... [--unread ROWS.jsonl ...]

Nothing learned here ships: the real sets' text is not ours to train a shipped model on, and
the figure this prints (README, "A learned stance") says the data does not support one yet.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import click
import numpy as np

LABELS = ("accusation", "denial", "lawsuit", "ruling", "admission", "other")
WORD = re.compile(r"[a-z]+")
L2 = 1.0  # chosen by leave-one-writer-out on the read sets (0.3 and 3.0 within 0.002)
ITERATIONS = 300
RATE = 0.5
MIN_COUNT = 2  # a feature seen once in training carries no weight anyone could trust


def features(row: dict) -> set[str]:
    """What the rules saw and the statement's words: the model's only inputs."""
    out = {f"ours={row.get('ours')}", f"kind={row.get('kind')}", f"cue={(row.get('cue') or '').lower()}",
           f"nospeaker={row.get('our_speaker') is None}"}
    out.update(f"rule={r}" for r in row.get("rule") or ())
    out.update(f"said_by={r}" for r in row.get("speaker_rules") or ())
    out.update(f"speaker_word={w}" for w in WORD.findall((row.get("speaker_text") or "").lower()))
    out.update(f"word={w}" for w in WORD.findall((row.get("text") or "").lower()))
    return out


def _matrix(rows: list[dict], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index)))
    for i, row in enumerate(rows):
        for f in features(row):
            if (j := index.get(f)) is not None:
                x[i, j] = 1.0
    return x


def fit(rows: list[dict]) -> tuple[dict[str, int], np.ndarray]:
    """Feature index and weights learned from rows with a gold stance among LABELS."""
    rows = [r for r in rows if r.get("gold") in LABELS]
    counts = Counter(f for r in rows for f in features(r))
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    x = _matrix(rows, index)
    y = np.eye(len(LABELS))[[LABELS.index(r["gold"]) for r in rows]]
    w = np.zeros((len(index), len(LABELS)))
    for _ in range(ITERATIONS):
        z = x @ w
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(rows)
    return index, w


def predict(model: tuple[dict[str, int], np.ndarray], rows: list[dict]) -> list[str]:
    index, w = model
    return [LABELS[k] for k in (_matrix(rows, index) @ w).argmax(axis=1)]


def right(rows: list[dict], stances: list) -> int:
    return sum(s == r.get("gold") for s, r in zip(stances, rows))


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--unread", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A set kept unread: scored once by a model trained on FILES; totals only.")
def main(files, unread):
    """Stance right, rules against a learned model, leaving one writer's rows file out at a time."""
    sets = {f.stem: _read(f) for f in files}
    if len(sets) < 2:
        raise click.UsageError("give at least two writers' rows files: one is always left out")
    click.echo(f"{'left out':<16}{'n':>5}{'rules':>8}{'learned':>9}")
    n = by_rules = by_model = 0
    for name, rows in sets.items():
        model = fit([r for other, rr in sets.items() if other != name for r in rr])
        a, b = right(rows, [r.get("ours") for r in rows]), right(rows, predict(model, rows))
        n, by_rules, by_model = n + len(rows), by_rules + a, by_model + b
        click.echo(f"{name:<16}{len(rows):>5}{a / len(rows):>8.3f}{b / len(rows):>9.3f}")
    click.echo(f"{'all':<16}{n:>5}{by_rules / n:>8.3f}{by_model / n:>9.3f}")
    if unread:
        model = fit([r for rr in sets.values() for r in rr])
        for f in unread:
            rows = _read(f)
            a, b = right(rows, [r.get("ours") for r in rows]), right(rows, predict(model, rows))
            click.echo(f"{f.stem + ' (unread)':<16}{len(rows):>5}{a / len(rows):>8.3f}{b / len(rows):>9.3f}")


if __name__ == "__main__":
    main()
