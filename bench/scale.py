"""Scale-out throughput: articles per second analysed by 1 and 2 Celery workers through the
one writer, against local `claimtrack process` on the same articles; and the writer's rate.

A generated site of N article pages (fiction, tests/sites.py) is crawled once; each run
analyses a fresh copy of that database. Pipelines are loaded before the clock starts (local:
built first; workers: warmed on a small second crawl), so the figures compare analysis, not
start-up. Needs redis-server (`make redis`); one is started on a free 127.0.0.1 port.

Besides the wall clock, each run reports the CPU seconds it used per article (the workers'
and the writer's together, read from /proc): on a shared machine the wall-clock ratios move
with the other jobs' load, the CPU cost per article much less.

    python -m bench.scale [--pages 400] [--task-size 8] [--json]
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


def crawl_site(folder: Path, pages: int, seed: int, archive: Path | None = None) -> Settings:
    folder.mkdir(parents=True)
    settings = Settings().with_(db_path=folder / "crawled.db", archive_dir=archive or folder / "archive")
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
    t0, c0 = time.perf_counter(), time.process_time()
    n = jobs.process(s, nlp=nlp)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": n, "seconds": round(took, 2), "articles_per_second": round(n / took, 2),
            "cpu_ms_per_article": round(1000 * cpu / n, 1)}


def cpu_of(pids: list[int]) -> float:
    """CPU seconds (user + system) the processes used so far (Linux /proc; 0 elsewhere)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def warm(procs: list[subprocess.Popen], warmup: Settings, url: str, profile: dict, logs: list[Path]) -> None:
    """Until every worker has loaded its pipeline: rounds of one-article tasks on the small
    crawl (a worker busy loading leaves the next task to another)."""
    from claimtrack.scale.writer import Writer

    for attempt in range(5):
        Writer(fresh_copy(warmup, f"warm-{len(procs)}-{attempt}"), url, profile, task_size=1,
               say=lambda m: None).run(once=True)
        if all("loading the pipeline" in log.read_text(errors="replace") for log in logs):
            return
    raise RuntimeError("a worker never loaded its pipeline: " + ", ".join(map(str, logs)))


def start_workers(url: str, archive: Path, k: int, logs: Path, own_sessions: bool = False) -> list[subprocess.Popen]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    return [subprocess.Popen([sys.executable, "-m", "claimtrack.cli", "worker", "--redis", url,
                              "--archive", str(archive)], cwd=REPO_ROOT, env=env,
                             stdout=open(logs / f"worker-{k}-{i}.log", "wb"), stderr=subprocess.STDOUT,
                             start_new_session=own_sessions)
            for i in range(k)]


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()


def scaled(settings: Settings, warmup: Settings, url: str, k: int, task_size: int,
           own_sessions: bool = False) -> dict:
    """k workers and the writer on a fresh copy: the clock runs from the first round's start
    to the end of the last, and the writer's own time (writing, second pass, finalize) is
    measured apart."""
    from claimtrack.scale.writer import Writer

    procs = start_workers(url, settings.archive, k, Path(settings.db).parent, own_sessions)
    try:
        profile = {"model": settings.model, "demo": False}
        warm(procs, warmup, url, profile, [Path(settings.db).parent / f"worker-{k}-{i}.log" for i in range(k)])
        s = fresh_copy(settings, f"workers-{k}")
        w = Writer(s, url, profile, say=lambda m: None, task_size=task_size)
        n = 0
        t0, c0, w0 = time.perf_counter(), time.process_time(), cpu_of([p.pid for p in procs])
        rnd = w.new_round()
        while rnd is not None:
            w.collect(rnd, poll=0.05)
            n += len(rnd.ids)
            w.next_after(rnd)
            rnd = w.load() if w.server.exists("claimtrack:writer:round") else None
        took = time.perf_counter() - t0
        writer_cpu, workers_cpu = time.process_time() - c0, cpu_of([p.pid for p in procs]) - w0
        write_time, write_cpu = w.write_seconds, w.write_cpu
        rows = rows_written(s.db)
        articles = rows_first_pass(s.db)
        return {"workers": k, "analyses": n, "seconds": round(took, 2), "task_size": task_size,
                "articles_per_second": round(articles / took, 2),
                "cpu_ms_per_article": round(1000 * (writer_cpu + workers_cpu) / articles, 1),
                "workers_cpu_ms_per_article": round(1000 * workers_cpu / articles, 1),
                "writer_cpu_ms_per_article": round(1000 * writer_cpu / articles, 1),
                "writer_seconds": round(write_time, 3), "rows": rows,
                "writer_rows_per_second": round(rows / write_time) if write_time else None,
                "writer_analyses_per_second": round(n / write_time, 1) if write_time else None,
                # per CPU second of writing: what one writer with a core of its own keeps up with
                "writer_analyses_per_cpu_second": round(n / write_cpu, 1) if write_cpu else None}
    finally:
        stop(procs)


def rows_first_pass(db: Path) -> int:
    c = sqlite3.connect(db)
    try:
        return c.execute("select count(*) from articles").fetchone()[0]
    finally:
        c.close()


@click.command()
@click.option("--pages", default=400, show_default=True,
              help="Articles generated and analysed. The fixed costs of a run (the first tasks "
                   "queued, the last task a worker waits on while the other has none) are a "
                   "smaller share of a longer run: 150 pages is about 19 tasks, so the tail "
                   "alone costs two workers about 5%.")
@click.option("--task-size", default=8, show_default=True, help="Articles per worker task.")
@click.option("--own-sessions", is_flag=True,
              help="Start each worker in a session of its own, as a service or another machine "
                   "would run it. Linux's sched_autogroup gives each session one share of a busy "
                   "machine's CPU: without this, all the workers share the bench's one share.")
@click.option("--json", "as_json", is_flag=True)
def main(pages: int, task_size: int, own_sessions: bool, as_json: bool):
    if RedisServer.binary() is None:
        raise click.ClickException("redis-server is not installed: `make redis`")
    tmp = Path(tempfile.mkdtemp(prefix="claimtrack-bench-scale-"))
    big = crawl_site(tmp / "big", pages, seed=7)
    # into the same archive: the workers, given one archive, must find the warm-up's pages too
    small = crawl_site(tmp / "warm", 4, seed=11, archive=big.archive)
    with RedisServer(tmp / "redis") as server:
        load_before = os.getloadavg()
        base = local(big)
        runs = [scaled(big, small, server.url, k, task_size, own_sessions) for k in (1, 2)]
    one, two = runs
    result = {"pages": pages, "local": base, "workers": runs,
              "two_over_one": round(two["articles_per_second"] / one["articles_per_second"], 2),
              "one_over_local": round(one["articles_per_second"] / base["articles_per_second"], 2),
              # CPU cost per article: with a core each, a worker's rate is 1/its cost; two
              # workers share the two cores with the writer
              "cpu_one_over_local": round(base["cpu_ms_per_article"] / one["workers_cpu_ms_per_article"], 2),
              "cpu_two_over_one": round(min(2.0, 2 * one["workers_cpu_ms_per_article"] / two["cpu_ms_per_article"]), 2),
              "machine": describe(), "load_before": load_before, "load": os.getloadavg()}
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"local process: {base['articles']} articles in {base['seconds']} s = "
               f"{base['articles_per_second']} articles/s, {base['cpu_ms_per_article']} ms CPU/article")
    for r in runs:
        click.echo(f"{r['workers']} worker(s) + writer: {r['articles_per_second']} articles/s "
                   f"({r['analyses']} analyses with the memory's second pass, {r['seconds']} s, "
                   f"{r['cpu_ms_per_article']} ms CPU/article = workers {r['workers_cpu_ms_per_article']} "
                   f"+ writer {r['writer_cpu_ms_per_article']}, tasks of {r['task_size']}); "
                   f"writer: {r['rows']} rows in {r['writer_seconds']} s = "
                   f"{r['writer_rows_per_second']} rows/s, {r['writer_analyses_per_second']} analyses/s "
                   f"({r['writer_analyses_per_cpu_second']} per CPU second)")
    click.echo(f"2 workers / 1 worker: {result['two_over_one']} (target >= 1.6 on 2 cores); "
               f"1 worker / local: {result['one_over_local']} (target >= 0.9)")
    click.echo("by CPU time (what an idle machine would show): 1 worker / local "
               f"{result['cpu_one_over_local']}, 2 workers / 1 worker on 2 cores "
               f"{result['cpu_two_over_one']}")
    click.echo(f"machine: {result['machine']}; load average before {result['load_before']}, "
               f"at the end {result['load']}")


if __name__ == "__main__":
    main()
