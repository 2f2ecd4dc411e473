"""Publishing with Datasette 0.65: read-only, with the project's metadata, templates and plugin.

``claimtrack serve`` runs ``datasette serve`` with the database opened immutable (``-i``), a SQL
time limit, our metadata, templates and plugins directory. The archive location is passed to the
plugin through the metadata's plugin configuration.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

import yaml

from claimtrack.config import Settings, package_data

log = logging.getLogger(__name__)

METADATA = package_data("db", "metadata.yml")
TEMPLATES = package_data("db", "templates")
PLUGINS = package_data("db", "plugins")
SQL_TIME_LIMIT_MS = 1000
# No SQL value longer than this on served connections (db/plugins/claimtrack_guard.py): far
# above any stored article text (pages over 20 MB are not fetched; analysed text is capped),
# far below what would take the server's memory.
SQL_MAX_LENGTH = 32 * 1024 * 1024
ROBOTS = "User-agent: *\nAllow: /$\nDisallow: /"


def metadata_for(settings: Settings, base_url: str | None = None) -> dict:
    """Datasette's metadata: ours, with the guard's settings. No absolute path goes in (it is
    served at ``/-/metadata.json``): the archive is named relative to the database's folder."""
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    name = Path(settings.db).stem
    dbs = meta.setdefault("databases", {})
    if "*" in dbs:
        dbs[name] = dbs.pop("*")
    plugins = meta.setdefault("plugins", {})
    archive = os.path.relpath(Path(settings.archive).resolve(), Path(settings.db).resolve().parent)
    base = (base_url or settings.base_url or "http://localhost:8001").rstrip("/")
    plugins["claimtrack"] = {"archive_dir": Path(archive).as_posix(), "base_url": base,
                             "max_length": SQL_MAX_LENGTH}
    absolute_query_links(meta, base)
    # the footer's "Data source" link: configured, else the fetch log (every request, its time
    # and outcome: where each row came from)
    meta["source_url"] = settings.source_url or f"{base}/{name}/fetches"
    # Search engines may index the home page, nothing else (the data changes, the text is
    # publishers').
    plugins["datasette-block-robots"] = {"literal": ROBOTS}
    return meta


def absolute_query_links(meta: dict, base: str) -> None:
    """Canned queries write links to our pages as SQL literals (``'/-/quote/' || q.id``); they
    are made absolute from the base URL, so a CSV or JSON export carries links that work
    outside the browser that downloaded it (db/plugins/claimtrack_cite.py shows them short)."""
    literal = "'" + base.replace("'", "''") + "/-/"
    for database in (meta.get("databases") or {}).values():
        for query in ((database or {}).get("queries") or {}).values():
            if isinstance(query, dict) and isinstance(query.get("sql"), str):
                query["sql"] = query["sql"].replace("'/-/", literal)


def prepare_for_serving(settings: Settings) -> None:
    """Checkpoint the WAL (an interrupted run may have left one) before opening immutable.

    Nothing to do, and nothing written, when there is no WAL: a read-only database file or
    folder is served as it is. A WAL that cannot be folded in (read-only) is reported: the
    server shows the main file without it."""
    import sqlite3

    import sqlite_utils

    from db.connection import checkpoint

    wal = Path(f"{settings.db}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    try:
        db = sqlite_utils.Database(settings.db)
        checkpoint(db)
        db.close()
    except sqlite3.OperationalError as exc:
        print(f"warning: could not fold {wal.name} into the database ({exc}); serving the "
              "database file without its last uncommitted changes", file=sys.stderr, flush=True)


def _metadata_file(settings: Settings, meta: dict) -> Path:
    """Beside the database when its folder is writable, else in a private temporary folder."""
    text = json.dumps(meta, indent=2)
    path = Path(settings.db).with_suffix(".metadata.json")
    try:
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        import tempfile

        path = Path(tempfile.mkdtemp(prefix="claimtrack-serve-")) / path.name
        path.write_text(text, encoding="utf-8")
        return path


def default_base_url(host: str, port: int) -> str:
    return f"http://{'localhost' if host in ('0.0.0.0', '::') else host}:{port}"


def datasette_args(settings: Settings, port: int = 8001, host: str = "127.0.0.1") -> list[str]:
    base = settings.base_url or default_base_url(host, port)
    meta_path = _metadata_file(settings, metadata_for(settings, base))
    return [
        "serve", "-i", str(settings.db),
        "--metadata", str(meta_path),
        "--template-dir", str(TEMPLATES),
        "--plugins-dir", str(PLUGINS),
        "--setting", "sql_time_limit_ms", str(SQL_TIME_LIMIT_MS),
        "--setting", "allow_download", "on",
        "--setting", "suggest_facets", "off",  # the metadata's facets only: months, no flags
        "--host", host, "--port", str(port),
    ]


def make_datasette(settings: Settings):
    """A Datasette instance for tests and embedding (same options as ``serve``)."""
    from datasette.app import Datasette

    prepare_for_serving(settings)
    return Datasette(
        immutables=[str(settings.db)],
        metadata=metadata_for(settings),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        settings={"sql_time_limit_ms": SQL_TIME_LIMIT_MS, "allow_download": True,
                  "suggest_facets": False},
    )


def _available_memory() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def warm_cache(path: Path, max_fraction: float = 0.5, chunk: int = 4 << 20) -> tuple[int, float]:
    """Read the database file once so the first queries find it in the page cache.

    A fresh machine's first "who said what about X?" on 100,000 articles took a p95 of 319 ms
    from disk against 139 ms warm (README, Figures); reading the file sequentially first costs a
    few seconds. Skipped when the file is larger than ``max_fraction`` of the available memory,
    where it would only push other things out. Returns (bytes read, seconds)."""
    path = Path(path)
    size = path.stat().st_size
    avail = _available_memory()
    if avail is not None and size > max_fraction * avail:
        return 0, 0.0
    t0 = time.perf_counter()
    read = 0
    with path.open("rb", buffering=0) as f:
        while block := f.read(chunk):
            read += len(block)
    return read, time.perf_counter() - t0


def serve_db(settings: Settings, port: int = 8001, host: str = "127.0.0.1", warm: bool = True) -> None:
    prepare_for_serving(settings)
    if warm:
        n, secs = warm_cache(settings.db)
        if n:
            print(f"Read {n / 2**20:,.0f} MiB into the page cache in {secs:.1f} s", flush=True)
    args = datasette_args(settings, port, host)
    print(f"Serving {settings.db} read-only at http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    exe = Path(sys.executable).with_name("datasette")
    os.execv(str(exe), [str(exe), *args])


BUNDLE_REQUIREMENTS = """datasette>=0.65.2,<1.0
datasette-search-all>=1.1
datasette-block-robots>=1.1
warcio>=1.7,<2
"""


def build_bundle(settings: Settings, out: Path, with_archive: bool = True) -> Path:
    """A deployable directory: the database, its metadata, templates, plugin and (optionally)
    the WARC archive, with requirements.txt and a run script. Any host with Python can serve it
    with ``pip install -r requirements.txt && ./run.sh``; no other part of claimtrack is needed."""
    import shutil

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    prepare_for_serving(settings)
    name = Path(settings.db).name
    shutil.copy2(settings.db, out / name)
    for src, dst in ((TEMPLATES, out / "templates"), (PLUGINS, out / "plugins")):
        if dst.exists():
            shutil.rmtree(dst)
        shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
    if not settings.base_url:  # `claimtrack publish` requires one; a caller from Python is told
        log.warning("publish: no base URL given: the bundle's feed links point at "
                    "http://localhost:8001; set Settings.base_url to where it will be served")
    meta = metadata_for(settings)
    if with_archive and Path(settings.archive).exists():
        if (out / "archive").exists():
            shutil.rmtree(out / "archive")
        shutil.copytree(settings.archive, out / "archive")
        meta["plugins"]["claimtrack"]["archive_dir"] = "archive"  # beside the database
    else:
        meta["plugins"]["claimtrack"].pop("archive_dir", None)
    (out / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    (out / "requirements.txt").write_text(BUNDLE_REQUIREMENTS, encoding="utf-8")
    run = out / "run.sh"
    run.write_text(
        "#!/bin/sh\n# Serve the claimtrack database read-only. PORT defaults to 8001.\n"
        'cd "$(dirname "$0")"\n'
        f"exec datasette serve -i {name} --metadata metadata.json --template-dir templates "
        f"--plugins-dir plugins --setting sql_time_limit_ms {SQL_TIME_LIMIT_MS} "
        '--setting allow_download on --setting suggest_facets off --host 0.0.0.0 --port "${PORT:-8001}"\n',
        encoding="utf-8")
    run.chmod(0o755)
    return out
