"""Debian's chromium driven by Playwright, over a database served by `claimtrack serve`.

Shared by the browser tests (tests/test_browser.py, tests/test_journalist.py) and the README
screenshots (bench/screenshots.py), so that what the tests walk and what the pictures show is
one server started one way. The browser is the system's (``make browser`` installs Debian's
chromium): nothing is downloaded at run time, and every address is 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Headless, and quiet: no first-run pages, no update or sync traffic leaving the machine.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str, proc: subprocess.Popen | None = None, seconds: float = 30) -> None:
    """Poll ``/-/versions.json`` until the server answers; a server that exits says so."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server exited with status {proc.returncode}")
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no server at {base} after {seconds:.0f} s")


@contextmanager
def claimtrack_serve(db: Path, cwd: Path, port: int | None = None):
    """``claimtrack serve --db DB`` run as a user runs it, from ``cwd``, with none of the
    CLAIMTRACK_* variables set: the archive is the one the database recorded, the base URL the
    server's own address. Yields the base URL; the server is stopped on exit."""
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMTRACK_")}
    # this checkout's code, wherever the command runs from
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimtrack.cli", "serve", "--db", str(db), "--port", str(port),
         "--no-warm"], cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def chromium():
    """One headless chromium for a module or a script run."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM:
        raise RuntimeError("chromium is not installed: `make browser` installs Debian's")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()
