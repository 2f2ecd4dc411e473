"""Would a learned choice of speaker beat the speaker rules? Measured across writers, not shipped.

Speakers are the figure furthest from issue 12's target on sets we have not read (0.63-0.78
against 0.90), and four sessions of rules fitted on read sets did not move them. This asks
whether a model could: for each statement matched to a gold one, the candidates are the
article's parties (its entities of PARTY_LABELS, by canonical name), the rules' own pick and
"no party"; a conditional logit (numpy, L2, full-batch gradient descent) scores each candidate
by what the rules saw (their pick and the rules that made it), where the candidate is named
(before or after the statement, how near, in its paragraph, inside it, in the headline, first
in the article, how often), its label, whether it spoke just before or after, and whether the
words the speaker was called by share a word with it. No word of any article is a feature.

It is judged as ``stance_learned.py`` is, leaving one writer's set out at a time, and also
with a confidence floor: a model that names a party where the rules named none is trading a
safe failure ("no party named") for the worst one (a statement in the wrong mouth), so the
wrong-party count is printed beside the accuracy.

    python -m nlp.eval.realsets NAMES ... --analyses-dir DIR
    python -m nlp.eval.speaker_learned DIR/*.jsonl [--unread DIR/NAME.jsonl ...]
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import click
import numpy as np

from nlp.eval.quotes import first_listed, kept_as_written, match, same_entity, same_name
from nlp.eval.realset import _canon, configure

PARTY_LABELS = {"PERSON", "ORG", "OUTLET", "COURT", "GPE", "NORP"}
L2, ITERATIONS, RATE, MIN_COUNT = 1.0, 300, 0.5, 2
FLOORS = (0.0, 0.5, 0.6, 0.7, 0.8)


def _right(candidate: str | None, gold: str | None, said: str | None) -> bool:
    """The scorer's verdict (``quotes.Score``): the same name or entity, or no party kept as
    the gold's description."""
    if candidate is None:
        return kept_as_written(gold, {"speaker": None, "speaker_text": said})
    return bool(gold) and any(same_name(candidate, g) or same_entity(candidate, g)
                              for g in (gold, first_listed(gold)) if g)


def _near(chars: int) -> int:
    return sum(chars > edge for edge in (0, 40, 120, 300, 700, 1500))


def _features(c: str | None, q: dict, mentions: dict, ctx: dict) -> list[str]:
    f: list[str] = []
    if c == ctx["pick"]:
        f += ["pick", *(f"pick&{r}" for r in ctx["rules"])]
    if c is None:
        return f + ["none", f"none&said={bool(ctx['said'])}", *(f"none&{r}" for r in ctx["rules"][-2:])]
    ms = mentions[c] if c in mentions else []
    label = ms[0][2] if ms else "X"
    before = [q["start"] - e for s, e, _ in ms if e <= q["start"]]
    after = [s - q["end"] for s, e, _ in ms if s >= q["end"]]
    b = _near(min(before)) if before else 9
    f += [f"label={label}", f"before={b}", f"after={_near(min(after)) if after else 9}",
          f"count={min(len(ms), 4)}", f"lab&{label}&before={b}"]
    text = ctx["text"]
    f += [name for name, holds in (
        ("inside", any(s >= q["start"] and e <= q["end"] for s, e, _ in ms)),
        ("same_par", any("\n" not in text[min(e, q["start"]):max(s, q["end"])] for s, e, _ in ms)),
        ("headline", bool(ms) and ms[0][0] < ctx["headline_end"]),
        ("first", c == ctx["first"]), ("prev", c == ctx["prev"]), ("next", c == ctx["next"]),
        ("target", c in ctx["targets"]),
        ("said_overlap", bool(ctx["said_words"] & set(c.split())))) if holds]
    return f


def examples(path: Path) -> list[dict]:
    """One example per statement matched to a gold one: candidates (name, features, right)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        gold, pred, text = d["gold"], d["pred"], d["gold"]["text"]
        mentions: dict[str, list] = defaultdict(list)
        for e in pred["entities"]:
            if e["label"] in PARTY_LABELS and e.get("canonical"):
                mentions[_canon(e["canonical"])].append((e["start"], e["end"], e["label"]))
        rules_of = {(t["start"], t["end"]): t["rules"] for t in d["trace"]}
        pq = pred["quotes"]
        base = {"text": text, "headline_end": text.find("\n") if "\n" in text else 0,
                "first": min(mentions, key=lambda k: mentions[k][0][0]) if mentions else None,
                "targets": {_canon(c["target"]) for c in pred.get("claims") or () if c.get("target")}}
        for gi, pi in match(gold["quotes"], pq):
            q = pq[pi]
            g = _canon(gold["quotes"][gi].get("speaker")) or None
            pick, said = _canon(q.get("speaker")) or None, q.get("speaker_text")
            ctx = {**base, "pick": pick, "said": said, "rules": rules_of.get((q["start"], q["end"])) or [],
                   "said_words": set(_canon(said).split()) if said else set(),
                   "prev": _canon(pq[pi - 1].get("speaker")) if pi > 0 else None,
                   "next": _canon(pq[pi + 1].get("speaker")) if pi + 1 < len(pq) else None}
            cands = [*mentions, *([pick] if pick and pick not in mentions else []), None]
            out.append({"rows": [(c, _features(c, q, mentions, ctx), _right(c, g, said)) for c in cands],
                        "pick": pick, "rules_right": _right(pick, g, said)})
    return out


def fit(exs: list[dict]) -> tuple[dict[str, int], np.ndarray]:
    """Weights that make some right candidate likely (a statement none is right for is skipped)."""
    counts = Counter(f for ex in exs for _, fs, _ in ex["rows"] for f in set(fs))
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    data = []
    for ex in exs:
        y = np.array([ok for _, _, ok in ex["rows"]], float)
        if y.any():
            x = np.zeros((len(ex["rows"]), len(index)))
            for i, (_, fs, _) in enumerate(ex["rows"]):
                x[i, [index[f] for f in fs if f in index]] = 1.0
            data.append((x, y))
    w = np.zeros(len(index))
    for _ in range(ITERATIONS):
        grad = L2 * w
        for x, y in data:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            grad += x.T @ (p - p * y / (p * y).sum())
        w -= RATE * grad / max(1, len(data))
    return index, w


def choose(model, ex: dict, floor: float) -> tuple:
    """The model's candidate where it is at least ``floor`` sure and differs from the rules'
    pick, else the rules' pick."""
    index, w = model
    z = np.array([sum(w[index[f]] for f in fs if f in index) for _, fs, _ in ex["rows"]])
    p = np.exp(z - z.max())
    p /= p.sum()
    rules = next(i for i, (c, _, _) in enumerate(ex["rows"]) if c == ex["pick"])
    best = int(p.argmax())
    return ex["rows"][best if best != rules and p[best] >= floor else rules]


def tally(pairs) -> tuple[int, int, int]:
    """(right, wrong party, statements) of the chosen candidates."""
    right = sum(ok for c, _, ok in pairs)
    return right, sum(1 for c, _, ok in pairs if c is not None and not ok), len(pairs)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--unread", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A set kept unread: scored once by a model trained on FILES; totals only.")
def main(files, unread):
    """Speaker right and statements given to a wrong party: rules against a learned choice."""
    configure(False)
    sets = {f.stem: examples(f) for f in files}
    if len(sets) < 2:
        raise click.UsageError("give at least two writers' analyses files: one is always left out")
    rules = tally([next(r for r in ex["rows"] if r[0] == ex["pick"]) for exs in sets.values() for ex in exs])
    click.echo(f"rules: right {rules[0] / rules[2]:.3f}, wrong party {rules[1]} of {rules[2]}")
    models = {name: fit([e for other, ee in sets.items() if other != name for e in ee]) for name in sets}
    for floor in FLOORS:
        got = tally([choose(models[name], ex, floor) for name, exs in sets.items() for ex in exs])
        click.echo(f"learned, leave one writer out, floor {floor:.1f}: right {got[0] / got[2]:.3f}, "
                   f"wrong party {got[1]} of {got[2]}")
    if unread:
        model = fit([e for ee in sets.values() for e in ee])
        exs = [e for f in unread for e in examples(f)]
        r = tally([next(x for x in ex["rows"] if x[0] == ex["pick"]) for ex in exs])
        click.echo(f"unread ({', '.join(f.stem for f in unread)}), rules: right {r[0] / r[2]:.3f}, "
                   f"wrong party {r[1]} of {r[2]}")
        for floor in FLOORS:
            got = tally([choose(model, ex, floor) for ex in exs])
            click.echo(f"unread, learned, floor {floor:.1f}: right {got[0] / got[2]:.3f}, wrong party {got[1]}")


if __name__ == "__main__":
    main()
