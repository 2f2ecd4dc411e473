"""Latency of the canned queries and full-text searches on a large, generated database.

Generates (once, then cached) a fictional database with our exact schema - 100,000 articles,
1,000,000 quotes and proportional rows in every other table - then runs every canned query of
``db/metadata.yml`` and the full-text searches Datasette's table pages make, each N times with
parameters picked from the data, and reports p50 and p95 in milliseconds.

    python -m bench.queries [--articles 100000] [--quotes 1000000] [--keep PATH] [--json]

The database is cached under the temp dir (keyed by its size and the generator's version);
``--keep PATH`` stores it at PATH instead and reuses it on the next run. ``ensure_schema`` is
run on the cached database before measuring, so indexes added since it was made are created.
Names are invented from syllables; text is drawn from a Zipf-distributed vocabulary of a few
thousand words. Target: p95 < 200 ms for every query.
"""

from __future__ import annotations

import json
import math
import random
import sqlite3
import statistics
import tempfile
import time
import zlib
from pathlib import Path

import click
import sqlite_utils
import yaml

from bench.machine import describe
from bench.fake_words import FUNCTION_WORDS, cap
from bench.query_data import GEN_VERSION, Gen
from db.schema import ensure_schema

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "db" / "metadata.yml"
TARGET_MS = 200.0


class Timeout(Exception):
    pass


class _Conn(sqlite3.Connection):
    deadline: list[float]
    timeout_s: float


def connect(path: Path, timeout_s: float) -> _Conn:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, factory=_Conn)
    deadline = [0.0]

    def handler():
        return 1 if time.perf_counter() > deadline[0] else 0

    conn.set_progress_handler(handler, 1000)
    conn.deadline = deadline
    conn.timeout_s = timeout_s
    return conn


def run(conn: sqlite3.Connection, sql: str, params: dict) -> tuple[float, int]:
    """Like Datasette: execute, fetch at most max_returned_rows + 1. Returns (ms, rows)."""
    conn.deadline[0] = time.perf_counter() + conn.timeout_s  # type: ignore[attr-defined]
    t = time.perf_counter()
    try:
        rows = conn.execute(sql, params).fetchmany(1001)
    except sqlite3.OperationalError as e:
        if "interrupted" in str(e):
            raise Timeout from e
        raise
    return (time.perf_counter() - t) * 1000, len(rows)


STOP = set(FUNCTION_WORDS)


def content_words(text: str, min_len: int = 4) -> list[str]:
    out = []
    for w in text.replace("\u201c", " ").replace("\u201d", " ").split():
        w = w.strip(".,;:!?\"'()").lower()
        if len(w) >= min_len and w.isalpha() and w not in STOP:
            out.append(w)
    return out


class Params:
    """Realistic parameter values drawn from the database itself (so --keep works on any copy)."""

    def __init__(self, conn: sqlite3.Connection, seed: int = 11):
        self.c, self.r = conn, random.Random(seed)
        self.max = {t: conn.execute(f"select max(rowid) from {t}").fetchone()[0] or 1
                    for t in ("claims", "quotes", "articles", "entities", "quote_appearances", "disputes")}

    def row(self, table: str, cols: str):
        while True:
            r = self.c.execute(f"select {cols} from {table} where rowid = ?",
                               [self.r.randint(1, self.max[table])]).fetchone()
            if r and all(v is not None for v in r):
                return r

    def entity_fragment(self) -> str:
        # half: someone statements are about (weighted by how often), half: any entity
        if self.r.random() < 0.5:
            (eid,) = self.row("claims", "target_id")
            (name,) = self.c.execute("select name from entities where id = ?", [eid]).fetchone()
        else:
            (name,) = self.row("entities", "name")
        words = [w for w in name.split() if len(w) >= 4 and w.lower() not in ("the",)] or [name]
        return self.r.choice(words)

    def speaker_alias(self) -> str:
        (sid,) = self.row("quote_appearances", "speaker_id") if self.r.random() < 0.5 \
            else self.row("entities", "id")
        aliases = [a for (a,) in self.c.execute("select alias from aliases where entity_id = ?", [sid])]
        short = [a for a in aliases if " " not in a and len(a) >= 4]
        return self.r.choice(short or aliases or ["x"])

    def fts_word(self, table: str = "quotes", col: str = "text") -> str:
        while True:
            (text,) = self.row(table, col)
            words = content_words(text)
            if words:
                return self.r.choice(words)

    def dispute_word(self) -> str:
        (name,) = self.row("disputes", "name")
        words = [w for w in content_words(name) if w not in ("accuses", "complaint", "over", "investigation")]
        return cap(self.r.choice(words)) if words else name

    def headline_word(self) -> str:
        return self.fts_word("articles", "title")

    def entity_word(self) -> str:
        (name,) = self.row("entities", "name")
        return self.r.choice(content_words(name, 3) or [name.split()[-1].lower()])

    def for_query(self, sql: str) -> dict:
        p = {}
        if ":entity" in sql:
            p["entity"] = self.entity_fragment()
        if ":speaker" in sql:
            p["speaker"] = self.speaker_alias()
        if ":quote" in sql:
            p["quote"] = self.fts_word()
        if ":q" in sql.replace(":quote", ""):
            p["q"] = self.fts_word()
        if ":dispute" in sql:
            p["dispute"] = self.dispute_word()
        if ":headline" in sql:
            p["headline"] = self.headline_word()
        return p


def fts_searches() -> dict[str, tuple[str, str]]:
    """What Datasette's table page runs for ?_search=word: the page (sorted as the metadata
    says, 101 rows) and the count. The word is quoted, as Datasette's escape_fts does."""
    out = {}
    for table, order, src in (("articles", "published desc, id", ("articles", "text")),
                              ("quotes", "first_seen desc, id", ("quotes", "text")),
                              ("entities", "id", ("entities", "name"))):
        where = (f"rowid in (select rowid from {table}_fts where {table}_fts match "
                 f"'\"' || :search || '\"')")
        out[f"fts {table}"] = (f"select * from {table} where {where} order by {order} limit 101", src)
        out[f"fts {table} count"] = (f"select count(*) from {table} where {where}", src)
    return out


def load_canned() -> dict[str, str]:
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    return {name: q["sql"] for name, q in meta["databases"]["*"]["queries"].items()}


def measure(path: Path, n: int, timeout_s: float, log=print, only: str | None = None) -> list[dict]:
    conn = connect(path, timeout_s)
    results = []
    jobs = [(name, sql, None) for name, sql in load_canned().items()]
    jobs += [(name, sql, src) for name, (sql, src) in fts_searches().items()]
    for name, sql, src in jobs:
        if only and only not in name:
            continue
        params = Params(conn, seed=zlib.crc32(name.encode()))  # same values with or without --only
        times, rows, timeouts, slowest = [], [], 0, (0.0, None)
        plist = []
        for i in range(n + 1):
            if src is None:
                plist.append(params.for_query(sql))
            else:
                plist.append({"search": params.entity_word() if src[0] == "entities"
                              else params.fts_word(*src)})
        for i, p in enumerate(plist):
            try:
                ms, nrows = run(conn, sql, p)
            except Timeout:
                ms, nrows = timeout_s * 1000, -1
                timeouts += 1
            if i == 0:
                continue  # warm-up
            times.append(ms)
            rows.append(nrows)
            if ms > slowest[0]:
                slowest = (ms, p)
            if timeouts >= 3:
                break  # no point waiting out every run
        times.sort()
        res = {"query": name, "n": len(times), "p50_ms": round(statistics.median(times), 1),
               "p95_ms": round(times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)], 1),
               "max_ms": round(times[-1], 1), "timeouts": timeouts,
               "rows_median": statistics.median(rows), "slowest_params": slowest[1]}
        res["ok"] = res["p95_ms"] < TARGET_MS and not timeouts
        results.append(res)
        log(f"  {name}: p50 {res['p50_ms']} ms, p95 {res['p95_ms']} ms"
            + (f", {timeouts} timeouts" if timeouts else ""))
    conn.close()
    return results


def table(results: list[dict]) -> str:
    w = max(len(r["query"]) for r in results)
    lines = [f"{'query':<{w}}  {'p50 ms':>8}  {'p95 ms':>8}  {'rows':>6}  target",
             "-" * (w + 36)]
    for r in results:
        p95 = f"{r['p95_ms']:.1f}" if not r["timeouts"] else f">{r['p95_ms']:.0f}"
        lines.append(f"{r['query']:<{w}}  {r['p50_ms']:>8.1f}  {p95:>8}  {r['rows_median']:>6}  "
                     + ("ok" if r["ok"] else "MISSED"))
    return "\n".join(lines)


def default_path(articles: int, quotes: int) -> Path:
    return Path(tempfile.gettempdir()) / "claimtrack-bench" / f"queries-{articles}-{quotes}-v{GEN_VERSION}.db"


@click.command()
@click.option("--articles", default=100_000, show_default=True)
@click.option("--quotes", default=1_000_000, show_default=True)
@click.option("--keep", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Store the generated database at PATH and reuse it if it is there.")
@click.option("--regenerate", is_flag=True, help="Generate again even if a cached copy exists.")
@click.option("-n", "--runs", default=30, show_default=True, help="Runs per query.")
@click.option("--timeout", "timeout_s", default=5.0, show_default=True, help="Seconds per query.")
@click.option("--only", default=None, help="Run only the queries whose name contains this.")
@click.option("--warm/--no-warm", default=False, show_default=True,
              help="Read the database file first, as `claimtrack serve` does (db.publish.warm_cache).")
@click.option("--json", "as_json", is_flag=True)
def main(articles, quotes, keep, regenerate, runs, timeout_s, only, warm, as_json):
    log = (lambda *a: click.echo(*a, err=True)) if as_json else click.echo
    path = keep or default_path(articles, quotes)
    path.parent.mkdir(parents=True, exist_ok=True)
    gen = None
    if regenerate or not path.exists():
        log(f"Generating {articles:,} articles and {quotes:,} quotes into {path}")
        # written under another name and renamed when whole: a run that fails or is killed
        # midway must not leave a database the next run would reuse as complete
        part = path.with_name(path.name + ".part")
        gen = Gen(articles, quotes).generate(part, log=log)
        for suffix in ("-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        part.replace(path)
        log(f"Generated in {gen['seconds']} s, {gen['bytes'] / 2**20:.0f} MiB")
    else:
        log(f"Reusing {path} ({path.stat().st_size / 2**20:.0f} MiB)")
        db = sqlite_utils.Database(path)
        ensure_schema(db)  # indexes added since the copy was made
        db.close()
    if warm:
        from db.publish import warm_cache

        n, secs = warm_cache(path)
        log(f"Read {n / 2**20:,.0f} MiB into the page cache in {secs:.1f} s")
    results = measure(path, runs, timeout_s, log=log, only=only)
    out = {"database": str(path), "bytes": path.stat().st_size, "articles": articles,
           "quotes": quotes, "generation": gen, "runs": runs, "target_p95_ms": TARGET_MS,
           "results": results, "all_ok": all(r["ok"] for r in results), "machine": describe()}
    if as_json:
        click.echo(json.dumps(out, default=str))
    else:
        click.echo(f"\nMachine: {out['machine']}")
        click.echo(f"Database: {path} ({out['bytes'] / 2**20:.0f} MiB)"
                   + (f", generated in {gen['seconds']} s" if gen else ""))
        click.echo(f"{runs} runs per query, parameters drawn from the data; target p95 < {TARGET_MS:.0f} ms\n")
        click.echo(table(results))


if __name__ == "__main__":
    main()
