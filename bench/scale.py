"""Scale-out throughput: articles per second analysed by 1 and 2 Celery workers through the
one writer, against local `claimtrack process` on the same articles; and the writer's rate.

A generated site of N article pages (fiction, tests/sites.py) is crawled once; each run
analyses a fresh copy of that database. Pipelines are loaded before the clock starts (local:
built first; workers: warmed on a small second crawl), so the figures compare analysis, not
start-up. Needs redis-server (`make redis`); one is started on a free 127.0.0.1 port.

    python -m bench.scale [--pages 200] [--json]
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

from bench.machine import describe
from claimtrack import jobs
from claimtrack.config import REPO_ROOT, RELEVANCE, Settings
from spiders.run import crawl
from tests.redisd import RedisServer
from tests.sites import Site, news_site, sources_for

PER_ARTICLE = ("mentions", "quote_appearances", "no_comments", "claims", "typed_names")


def crawl_site(folder: Path, pages: int, seed: int) -> Settings:
    folder.mkdir(parents=True)
    settings = Settings().with_(db_path=folder / "crawled.db", archive_dir=folder / "archive")
    with Site(news_site(pages, seed=seed)) as site:
        rc = crawl(settings, sources_for(folder), site=site.url, log_file=folder / "crawl.log",
                   relevance=RELEVANCE, extra={"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False"})
    assert rc == 0, (folder / "crawl.log").read_text()[-2000:]
    return settings


def fresh_copy(settings: Settings, name: str) -> Settings:
    target = Path(settings.db).parent / f"{name}.db"
    shutil.copy(settings.db, target)
    return settings.with_(db_path=target)


def rows_written(db: Path) -> int:
    c = sqlite3.connect(db)
    try:
        return sum(c.execute(f"select count(*) from [{t}]").fetchone()[0] for t in PER_ARTICLE + ("quotes",))
    finally:
        c.close()


def local(settings: Settings) -> dict:
    from nlp.pipeline import build_pipeline

    nlp = build_pipeline(settings)
    s = fresh_copy(settings, "local")
    t0 = time.perf_counter()
    n = jobs.process(s, nlp=nlp)
    took = time.perf_counter() - t0
    return {"articles": n, "seconds": round(took, 2), "articles_per_second": round(n / took, 2)}


def start_workers(url: str, archive: Path, k: int, logs: Path) -> list[subprocess.Popen]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    return [subprocess.Popen([sys.executable, "-m", "claimtrack.cli", "worker", "--redis", url,
                              "--archive", str(archive)], cwd=REPO_ROOT, env=env,
                             stdout=open(logs / f"worker-{k}-{i}.log", "wb"), stderr=subprocess.STDOUT)
            for i in range(k)]


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()


def scaled(settings: Settings, warmup: Settings, url: str, k: int) -> dict:
    """k workers and the writer on a fresh copy: the clock runs from the first round's start
    to the end of the last, and the writer's own time (writing, second pass, finalize) is
    measured apart."""
    from claimtrack.scale.writer import Writer

    procs = start_workers(url, settings.archive, k, Path(settings.db).parent)
    try:
        profile = {"model": settings.model, "demo": False}
        Writer(fresh_copy(warmup, f"warm-{k}"), url, profile, say=lambda m: None).run(once=True)
        s = fresh_copy(settings, f"workers-{k}")
        w = Writer(s, url, profile, say=lambda m: None)
        write_time, n = 0.0, 0
        t0 = time.perf_counter()
        rnd = w.new_round()
        while rnd is not None:
            w.wait_for(rnd, poll=0.05)
            t1 = time.perf_counter()
            w.write(rnd)
            write_time += time.perf_counter() - t1
            n += len(rnd.ids)
            w.next_after(rnd)
            rnd = w.load() if w.server.exists("claimtrack:writer:round") else None
        took = time.perf_counter() - t0
        rows = rows_written(s.db)
        return {"workers": k, "analyses": n, "seconds": round(took, 2),
                "articles_per_second": round(rows_first_pass(s.db) / took, 2),
                "writer_seconds": round(write_time, 3), "rows": rows,
                "writer_rows_per_second": round(rows / write_time) if write_time else None,
                "writer_analyses_per_second": round(n / write_time, 1) if write_time else None}
    finally:
        stop(procs)


def rows_first_pass(db: Path) -> int:
    c = sqlite3.connect(db)
    try:
        return c.execute("select count(*) from articles").fetchone()[0]
    finally:
        c.close()


@click.command()
@click.option("--pages", default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def main(pages: int, as_json: bool):
    if RedisServer.binary() is None:
        raise click.ClickException("redis-server is not installed: `make redis`")
    tmp = Path(tempfile.mkdtemp(prefix="claimtrack-bench-scale-"))
    big = crawl_site(tmp / "big", pages, seed=7)
    warm = crawl_site(tmp / "warm", 4, seed=11)
    with RedisServer(tmp / "redis") as server:
        base = local(big)
        runs = [scaled(big, warm, server.url, k) for k in (1, 2)]
    one, two = runs
    result = {"pages": pages, "local": base, "workers": runs,
              "two_over_one": round(two["articles_per_second"] / one["articles_per_second"], 2),
              "one_over_local": round(one["articles_per_second"] / base["articles_per_second"], 2),
              "machine": describe(), "load": os.getloadavg()}
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"local process: {base['articles']} articles in {base['seconds']} s = "
               f"{base['articles_per_second']} articles/s")
    for r in runs:
        click.echo(f"{r['workers']} worker(s) + writer: {r['articles_per_second']} articles/s "
                   f"({r['analyses']} analyses with the memory's second pass, {r['seconds']} s); "
                   f"writer: {r['rows']} rows in {r['writer_seconds']} s = "
                   f"{r['writer_rows_per_second']} rows/s, {r['writer_analyses_per_second']} analyses/s")
    click.echo(f"2 workers / 1 worker: {result['two_over_one']} (target >= 1.6 on 2 cores); "
               f"1 worker / local: {result['one_over_local']} (target >= 0.9)")
    click.echo(f"machine: {result['machine']}; load average at the end {result['load']}")


if __name__ == "__main__":
    main()
