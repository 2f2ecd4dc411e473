"""Error pages against real pages on the served database (issue 14: errors once cost 60x a page).

Serves a database with `claimtrack serve` on 127.0.0.1 (a subprocess), then asks, one after the
other and from a few threads, for quote pages and for URLs that match nothing, and prints the
rate of each, their ratio (the aim: errors at >= 0.5 x the rate of quote pages), the bytes of
server log per error, and the server's memory before and after a refused huge ``printf``.

    python -m bench.server [--db data/demo.db] [--requests 400] [--threads 4]
"""

from __future__ import annotations

import argparse
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ERROR_PATHS = ["/a/b/c/d/e", "/-/entity/a/b", "/-/quote/ffffffffffffffff", "/demo/nosuch"]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        e.read()
        return e.code


def _rate(urls: list[str], threads: int) -> tuple[float, dict]:
    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        statuses = list(pool.map(_get, urls))
    secs = time.perf_counter() - t0
    return len(urls) / secs, {s: statuses.count(s) for s in set(statuses)}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _start(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-c", "from claimtrack.cli import cli; cli()", "serve", "--db", str(db),
         "--port", str(port), "--no-warm"],
        stdout=log.open("w"), stderr=subprocess.STDOUT, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            return proc, base
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit(f"the server did not start: {log.read_text()[-2000:]}")


def main(db: Path, n: int, threads: int) -> None:
    if not db.exists():
        raise SystemExit(f"no database at {db}: run `claimtrack demo --no-serve` first")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        quotes = [r[0] for r in c.execute("select id from quotes order by id limit 200")]
    name = db.stem
    errors = [p.replace("/demo/", f"/{name}/") for p in ERROR_PATHS]
    log = Path(tempfile.mkdtemp(prefix="bench-server-")) / "serve.log"
    proc, base = _start(db, log)
    try:
        _rate([f"{base}/-/quote/{q}" for q in quotes[:20]], threads)  # warm up
        quote_rate, q_status = _rate([f"{base}/-/quote/{quotes[i % len(quotes)]}"
                                      for i in range(n)], threads)
        log_before = log.stat().st_size
        error_rate, e_status = _rate([base + errors[i % len(errors)] for i in range(n)], threads)
        log_per_error = (log.stat().st_size - log_before) / n
        rss0 = _rss_mb(proc.pid)
        t0 = time.perf_counter()
        status = _get(f"{base}/{name}.json?sql=select+printf('%25.*c',500000000,'x')")
        printf_s = time.perf_counter() - t0
        rss1 = _rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"quote pages   {quote_rate:8.1f} req/s  {q_status}")
    print(f"error pages   {error_rate:8.1f} req/s  {e_status}")
    print(f"ratio         {error_rate / quote_rate:8.2f}  (aim >= 0.5)")
    print(f"log per error {log_per_error:8.0f} bytes")
    print(f"huge printf   status {status} in {printf_s * 1000:.0f} ms; "
          f"server {rss0:.0f} MB -> {rss1:.0f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("data/demo.db"))
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--threads", type=int, default=4)
    a = ap.parse_args()
    main(a.db, a.requests, a.threads)
