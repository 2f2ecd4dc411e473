"""The stance confusion of a real set (``realset.py --stances FILE``): gold stance x ours.

Every matched statement with a gold stance, one JSON line each, with what a reader needs to
sort an error into its kind without opening the article: the gold and our speaker, the cue,
the rule that decided our stance (the trace of component "stance"), the rules that gave the
statement its speaker (component "attribution": ``nlp/eval/speaker_rules.py`` counts them) and
the sentence. The matrix
is printed; the rows go to FILE (several sets' rows concatenate to one matrix with ``--add``).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click

STANCES = ("accusation", "denial", "lawsuit", "ruling", "admission", "other", None)


def stance_rows(set_name: str, pairs: list, traces: dict[str, list[dict]], texts: dict[str, str]) -> list[dict]:
    """One row per matched statement: gold and our stance, the deciding rule, the sentence."""
    rows = []
    for doc_id, g, p, c in pairs:
        rule = next((t["rules"] for t in traces.get(doc_id, ())
                     if t["component"] == "stance" and t["start"] == p["start"] and t["end"] == p["end"]), None)
        said = next((t["rules"] for t in traces.get(doc_id, ())
                     if t["component"] == "attribution" and t["start"] == p["start"] and t["end"] == p["end"]), None)
        text = texts.get(doc_id, "")
        lo = max(text.rfind("\n", 0, p["start"]), text.rfind(". ", 0, p["start"]) + 1, 0)
        hi = min([i for i in (text.find("\n", p["end"]), text.find(". ", p["end"])) if i >= 0] or [len(text)])
        rows.append({"set": set_name, "id": doc_id, "gold": g["stance"], "ours": c.get("stance"),
                     "gold_speaker": g.get("speaker"), "our_speaker": p.get("speaker"),
                     "speaker_text": p.get("speaker_text"), "cue": p.get("cue"), "gold_cue": g.get("cue"),
                     "rule": rule, "speaker_rules": said, "kind": g["kind"], "text": g["text"][:200],
                     "sentence": text[lo:hi + 1].strip()[:400]})
    return rows


def write_rows(out: Path, set_name: str, score, traces: dict, docs: list[dict]) -> list[dict]:
    """Write one scored set's stance rows (``quotes.Score.stance_pairs``) to OUT, one JSON line each."""
    rows = stance_rows(set_name, score.stance_pairs, traces, {d["id"]: d["text"] for d in docs})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def print_matrix(rows: list[dict]) -> None:
    """Gold stance (rows) x ours (columns), with each gold stance's accuracy."""
    m = Counter((r["gold"], r["ours"]) for r in rows)
    heads = [s or "none" for s in STANCES]
    click.echo("gold\\ours   " + "".join(f"{h[:8]:>9}" for h in heads) + "    n  right")
    for g in STANCES[:-1]:
        n = sum(m[(g, o)] for o in STANCES)
        if not n:
            continue
        click.echo(f"{g:<12}" + "".join(f"{m[(g, o)]:>9}" for o in STANCES) + f"{n:>5}  {m[(g, g)] / n:.2f}")
    ok = sum(m[(s, s)] for s in STANCES)
    click.echo(f"right {ok} of {len(rows)} ({ok / max(1, len(rows)):.3f})")


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def main(files):
    """Print the confusion matrix of stance rows files (written by realset.py --stances)."""
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    print_matrix(rows)


if __name__ == "__main__":
    main()
