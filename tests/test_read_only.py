"""A read-only database (issue 14, item 10): `serve` serves it (tests/test_server_hardening.py),
`memory` reads it, and every command that writes says so in one line, with no traceback.

Root ignores file modes, so as root the folder is made read-only by a read-only bind mount;
elsewhere by its mode. Where neither can be done the tests are skipped, saying why."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from claimtrack.config import REPO_ROOT


@pytest.fixture
def read_only_db(demo_db, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(demo_db.db, src / "demo.db")
    shutil.copytree(demo_db.archive, src / "demo-archive")
    if os.geteuid() != 0:
        for p in (src / "demo.db", src):
            p.chmod(0o555 if p.is_dir() else 0o444)
        yield src / "demo.db"
        src.chmod(0o755)
        return
    ro = tmp_path / "ro"
    ro.mkdir()
    for cmd in (["mount", "--bind", str(src), str(ro)], ["mount", "-o", "remount,ro,bind", str(ro)]):
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            subprocess.run(["umount", str(ro)], capture_output=True)
            pytest.skip(f"cannot make a read-only bind mount here: {proc.stderr.strip()}")
    try:
        yield ro / "demo.db"
    finally:
        subprocess.run(["umount", "-l", str(ro)], capture_output=True)


def _run(*args, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimtrack.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})


def test_writing_to_a_read_only_database_is_one_clear_message(read_only_db, tmp_path):
    sources = tmp_path / "sources.yml"
    sources.write_text("sources:\n  - name: x\n    urls: ['http://127.0.0.1:9/x']\n", encoding="utf-8")
    before = read_only_db.read_bytes()
    for args in (["process", "--db", str(read_only_db)],
                 ["process", "--db", str(read_only_db), "--demo-gazetteer", "--all"],
                 ["crawl", "--db", str(read_only_db), "--sources", str(sources)],
                 ["crawl", "--db", str(read_only_db.parent / "new.db"), "--sources", str(sources)],
                 ["rebuild", "--db", str(read_only_db), "--out", str(read_only_db.parent / "r.db")],
                 ["demo", "--no-serve", "--db", str(read_only_db)]):
        proc = _run(*args, cwd=tmp_path)
        assert proc.returncode != 0, args
        assert "Traceback" not in proc.stderr, (args, proc.stderr[-2000:])
        errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1 and "read-only" in errors[0], (args, proc.stderr[-2000:])
    assert read_only_db.read_bytes() == before
    assert sorted(p.name for p in read_only_db.parent.iterdir()) == ["demo-archive", "demo.db"]


def test_memory_reads_a_read_only_database(read_only_db, tmp_path):
    proc = _run("memory", "--db", str(read_only_db), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.count('"label"') > 0
