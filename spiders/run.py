"""Running a crawl from Python (the CLI and the tests use this).

The crawl runs ``scrapy crawl news`` in a child process: Twisted's reactor cannot be restarted
inside one process, and a child that dies takes nothing of the caller with it. Every article
and fetch it committed stays in the database.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from claimtrack.config import REPO_ROOT, Settings


def crawl(settings: Settings, sources: Path, **kwargs) -> int:
    """Run a crawl to the end; returns the child's exit code."""
    cmd, env = crawl_command(settings, sources, **kwargs)
    return subprocess.call(cmd, cwd=REPO_ROOT, env=env)


def crawl_command(settings: Settings, sources: Path, site: str = "", jobdir: Path | None = None,
                  run_id: str | None = None, extra: dict[str, str] | None = None,
                  log_file: Path | None = None, relevance: Path | None = None,
                  spider: str = "news") -> tuple[list[str], dict[str, str]]:
    """The command line and environment of a crawl (for callers that manage the process)."""
    opts = {
        "CLAIMTRACK_DB": str(Path(settings.db).resolve()),
        "CLAIMTRACK_ARCHIVE": str(Path(settings.archive).resolve()),
        "CLAIMTRACK_SOURCES": str(Path(sources).resolve()),
        "CLAIMTRACK_SITE": site,
        "CLAIMTRACK_RELEVANCE": str(relevance.resolve()) if relevance else "",
        "CLAIMTRACK_RUN_ID": run_id or "",
        **(extra or {}),
    }
    if jobdir:
        opts["JOBDIR"] = str(Path(jobdir).resolve())
    if log_file:
        opts["LOG_FILE"] = str(Path(log_file).resolve())
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider]
    for k, v in opts.items():
        cmd += ["-s", f"{k}={v}"]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "spiders.settings",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    return cmd, env
