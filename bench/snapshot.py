"""Snapshot every output of the project, to prove a restructuring changed none of them.

A refactor is safe when the outputs before and after are byte-identical. This script writes,
into one folder:

- ``analyze/<name>.jsonl``: ``claimtrack analyze --json`` over the demo site's article pages
  (with the demo gazetteer, as the demo reads them) and over every text of every gold set in
  ``nlp/eval`` (each text read alone, with the real gazetteer);
- ``eval.txt``: what ``make eval`` prints (every gold set, alone and with memory);
- ``db/<table>.jsonl``: every row of every table of a freshly built demo database, sorted,
  with the columns that record *when* something ran (timestamps, run ids) blanked.

Usage::

    python -m bench.snapshot OUT_DIR            # take a snapshot
    python -m bench.snapshot --compare A B      # exit 1 and list what differs

The demo database is built with ``claimtrack demo --no-serve``; the CLI is called as a
subprocess so the snapshot sees exactly what a user sees.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import click

REPO = Path(__file__).resolve().parent.parent
CLAIMTRACK = [sys.executable, "-m", "claimtrack.cli"]
# Columns whose value is the wall clock or a per-run id, not an output of the analysis.
VOLATILE = ("fetched_at", "analysed_at", "run_id", "added_at", "created_at", "first_fetched",
            "last_fetched", "time", "at", "duration", "elapsed", "updated_at", "learned_at")
# Columns decided by which copy of a syndicated story was fetched first. None since issue 13:
# first appearance and story ids follow publication time, then the article id (db/firsts.py).
FETCH_ORDERED: set[tuple[str, str]] = set()


INPUTS = Path(tempfile.gettempdir()) / "claimtrack-snapshot-inputs"


def _run(args: list[str], out: Path | None = None, cwd: Path = REPO) -> str:
    """Run a command with this checkout's code first on the path; fail loudly with its stderr.

    PYTHONPATH makes a second work tree (git worktree) snapshot its own code even when the
    virtual environment's editable install points at another checkout.
    """
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise click.ClickException(f"{' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    if out is not None:
        out.write_text(proc.stdout, encoding="utf-8")
    return proc.stdout


def _gold_sets() -> list[Path]:
    return sorted({p.parent for p in (REPO / "nlp" / "eval").rglob("*_gold.jsonl")})


def snapshot_analyze(out: Path) -> None:
    """analyze --json over demo pages and every gold text, one JSONL file per corpus.

    Runs from several work trees at once take turns (a lock file): they share INPUTS.
    """
    INPUTS.parent.mkdir(parents=True, exist_ok=True)
    with open(INPUTS.parent / "claimtrack-snapshot.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _snapshot_analyze(out)


def _snapshot_analyze(out: Path) -> None:
    (out / "analyze").mkdir(parents=True, exist_ok=True)
    # Inputs are copied to one fixed folder and given as relative paths, so that "source" and
    # the file URLs in the output do not depend on where the checkout lies.
    shutil.rmtree(INPUTS, ignore_errors=True)
    site = REPO / "spiders" / "demo_site"
    pages = []
    for page in sorted(site.rglob("articles/*.html")):
        rel = page.relative_to(site)
        (INPUTS / "demo" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, INPUTS / "demo" / rel)
        pages.append(rel.as_posix())
    _run(CLAIMTRACK + ["analyze", "--json", "--demo-gazetteer", *pages],
         out / "analyze" / "demo.jsonl", cwd=INPUTS / "demo")
    for gold_dir in _gold_sets():
        name = gold_dir.relative_to(REPO / "nlp").as_posix().replace("/", "-")
        files = []
        for gold in sorted(gold_dir.glob("*_gold.jsonl")):
            for line in gold.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                rec = json.loads(line)
                path = INPUTS / name / f"{gold.stem}-{rec['id']}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(rec["text"], encoding="utf-8")
                files.append(path.name)
        _run(CLAIMTRACK + ["analyze", "--json", *files], out / "analyze" / f"{name}.jsonl",
             cwd=INPUTS / name)


def snapshot_eval(out: Path) -> None:
    """What `make eval` prints, minus make's own echo of the commands."""
    venv = Path(sys.executable).parent.parent
    stamp = venv / ".claimtrack-installed"
    # -o: never reinstall from here (another work tree's install must stay as it is)
    text = _run(["make", "-s", "eval", f"VENV={venv}", "-o", str(stamp)])
    # the checkout's path and the seconds a run took are not outputs of the analysis
    text = text.replace(str(REPO), "<repo>")
    text = re.sub(r"\(\d+(?:\.\d+)? s\)", "(* s)", text)
    (out / "eval.txt").write_text(text, encoding="utf-8")


def _row_key(row: dict) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)


def snapshot_db(out: Path) -> None:
    """Every row of a freshly built demo database, volatile columns blanked, sorted."""
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "demo.db"
        _run(CLAIMTRACK + ["demo", "--no-serve", "--db", str(db_path)])
        conn = sqlite3.connect(db_path)
        conn.row_factory = sqlite3.Row
        tables = [r[0] for r in conn.execute(
            "select name from sqlite_master where type='table' and name not like '%_fts%' "
            "and name not like 'sqlite_%' order by name")]
        (out / "db").mkdir(parents=True, exist_ok=True)
        for table in tables:
            rows = []
            for r in conn.execute(f"select * from [{table}]"):
                row = dict(r)
                for col in list(row):
                    if col in VOLATILE or col.endswith("_at") or col.startswith("warc_") \
                            or col == "archive_file" or (table, col) in FETCH_ORDERED:
                        row[col] = "*"
                rows.append(_row_key(row))
            rows.sort()
            (out / "db" / f"{table}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        conn.close()


def compare(a: Path, b: Path) -> list[str]:
    """Names of the snapshot files that differ (or exist on one side only)."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    diffs = [f"only in {a}: {p}" for p in sorted(files_a - files_b)]
    diffs += [f"only in {b}: {p}" for p in sorted(files_b - files_a)]
    for rel in sorted(files_a & files_b):
        if (a / rel).read_bytes() != (b / rel).read_bytes():
            diffs.append(f"differs: {rel}")
    return diffs


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(file_okay=False))
@click.option("--compare", "do_compare", is_flag=True, help="Compare two snapshot folders.")
@click.option("--only", type=click.Choice(["analyze", "eval", "db"]), multiple=True,
              help="Take only these parts (default: all).")
def main(paths, do_compare, only):
    """Take a snapshot of every output into a folder, or compare two snapshots."""
    if do_compare:
        if len(paths) != 2:
            raise click.UsageError("--compare needs two folders")
        diffs = compare(Path(paths[0]), Path(paths[1]))
        for d in diffs:
            click.echo(d)
        click.echo(f"{len(diffs)} difference(s)")
        sys.exit(1 if diffs else 0)
    if len(paths) != 1:
        raise click.UsageError("give one output folder")
    out = Path(paths[0])
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    parts = set(only) or {"analyze", "eval", "db"}
    if "analyze" in parts:
        snapshot_analyze(out)
    if "db" in parts:
        snapshot_db(out)
    if "eval" in parts:
        snapshot_eval(out)
    click.echo(f"snapshot written to {out}")


if __name__ == "__main__":
    main()
