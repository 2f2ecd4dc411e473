"""The one dependency rule of the project, checked on every import statement.

    kernel  <-  db/  <-  { spiders/, nlp/ }  <-  roof

- **kernel**: ``claimtrack/records.py`` (the records passed between stages),
  ``claimtrack/config.py`` (settings, data-file locations, the disputes loader) and
  ``claimtrack/ids.py`` (every stable id and name key). It imports nothing of the project.
- **db/** (storage and publication) imports nothing of the project but the kernel: what the
  analysis decided, entity ids included, is stored as it comes.
- **nlp/** (the analysis, and its evaluation under ``nlp/eval/``) imports nothing of the
  project but the kernel.
- **spiders/** (the crawl) imports the kernel; among its modules only the item pipelines
  (``spiders/pipelines.py``), the downloader middlewares (``spiders/middlewares.py``) and the
  provenance extension (``spiders/provenance.py``) may import db/.
- **roof**: every other module of ``claimtrack/`` (the CLI, the jobs, ``claimtrack.evaluate``,
  ``claimtrack.explain``, the scale-out modules ``claimtrack/scale/``) and ``bench/``; it may
  import every layer.

Every ``import`` and ``from ... import`` is checked, at module level and inside functions (a
late import is still a dependency). Tests are outside the rule.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("claimtrack", "db", "nlp", "spiders", "bench")
KERNEL = {"claimtrack", "claimtrack.records", "claimtrack.config", "claimtrack.ids"}
ALLOWED = {
    "kernel": {"kernel"},
    "db": {"kernel", "db"},
    "nlp": {"kernel", "nlp"},
    "spiders": {"kernel", "spiders"},
    "roof": {"kernel", "db", "nlp", "spiders", "roof"},
}
# The spiders modules that write to the database: pipelines, middlewares, provenance.
SPIDERS_TOUCHING_DB = {"spiders.pipelines", "spiders.middlewares", "spiders.provenance"}
# Arrows against the rule that another branch of issue 11 removes (the crawl's rebuild: the
# spider yields what it saw and the provenance extension writes the fetch log). The test also
# fails once such an arrow is gone, so that its line here is removed.
PENDING: dict = {}


def layer(module: str) -> str | None:
    """The layer of a dotted module name, None for anything outside the project."""
    top = module.split(".")[0]
    if top not in PACKAGES:
        return None
    if module in KERNEL:
        return "kernel"
    if top in ("claimtrack", "bench"):
        return "roof"
    return top


def allowed(importer: str, target: str) -> bool:
    src, dst = layer(importer), layer(target)
    if dst is None or src is None:
        return True
    if src == "spiders" and dst == "db":
        return importer in SPIDERS_TOUCHING_DB
    return dst in ALLOWED[src]


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(dotted: str, root: Path) -> bool:
    base = root.joinpath(*dotted.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def imported_modules(source: str, importer: str, is_package: bool = False,
                     root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, dotted module) of every import in ``source``, functions' bodies included.
    ``from P import name`` counts as importing ``P.name`` when that is a module."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the importer's package
                pkg = importer.split(".") if is_package else importer.split(".")[:-1]
                pkg = pkg[:len(pkg) - (node.level - 1)]
                base = ".".join(pkg + ([base] if base else []))
            for alias in node.names:
                full = f"{base}.{alias.name}" if base else alias.name
                out.append((node.lineno, full if _is_module(full, root) else base))
    return out


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    importer: str
    target: str

    def __str__(self) -> str:
        src, dst = layer(self.importer), layer(self.target)
        may = ", ".join(sorted(ALLOWED[src]))
        extra = " (db/ only from spiders/pipelines.py, middlewares.py, provenance.py)" \
            if src == "spiders" else ""
        return (f"{self.path}:{self.line}: {self.importer} ({src}) imports {self.target} "
                f"({dst}); {src} may import only: {may}{extra}")


def check_source(path: str, source: str, importer: str, is_package: bool = False,
                 root: Path = ROOT) -> list[Violation]:
    return [Violation(path, line, importer, target)
            for line, target in imported_modules(source, importer, is_package, root)
            if not allowed(importer, target)]


def project_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (root / pkg).rglob("*.py")
                  if "__pycache__" not in p.parts)


def violations(root: Path = ROOT) -> list[Violation]:
    out = []
    for path in project_files(root):
        out += check_source(str(path.relative_to(root)), path.read_text(encoding="utf-8"),
                            module_name(path, root), path.name == "__init__.py", root)
    return out


# ---------------------------------------------------------------- the tests

def test_every_import_follows_the_dependency_rule():
    found = violations()
    new = [v for v in found if (v.importer, v.target) not in PENDING]
    assert not new, "imports against the dependency rule (see tests/test_imports.py):\n" + \
        "\n".join(map(str, new))


def test_pending_exceptions_are_still_needed():
    found = {(v.importer, v.target) for v in violations()}
    gone = [f"{k[0]} -> {k[1]} ({why})" for k, why in PENDING.items() if k not in found]
    assert not gone, "no longer against the rule: remove from PENDING:\n" + "\n".join(gone)


def test_every_module_has_a_layer():
    for path in project_files():
        assert layer(module_name(path)) is not None, path


@pytest.mark.parametrize("importer, source, target", [
    ("nlp.fake", "def f():\n    from db import writer\n", "db.writer"),  # inside a function
    ("nlp.fake", "import spiders.extract\n", "spiders.extract"),
    ("db.fake", "from nlp.gazetteer import Gazetteer\n", "nlp.gazetteer"),
    ("db.fake", "from claimtrack import jobs\n", "claimtrack.jobs"),  # the roof is not kernel
    ("spiders.spiders.fake", "from db.writer import record_fetch\n", "db.writer"),
    ("claimtrack.ids", "from db import schema\n", "db.schema"),
    ("nlp.eval.fake", "from ..pipeline import analyse\nfrom spiders import extract\n", "spiders.extract"),
])
def test_the_checker_catches_an_arrow_against_the_rule(importer, source, target):
    found = check_source(importer.replace(".", "/") + ".py", source, importer)
    assert [v.target for v in found] == [target]
    assert f"imports {target}" in str(found[0]) and "may import only" in str(found[0])


@pytest.mark.parametrize("importer, source", [
    ("nlp.fake", "from claimtrack.records import Analysis\nfrom claimtrack import ids\n"),
    ("db.fake", "import sqlite_utils\nfrom claimtrack.config import Settings\n"),
    ("spiders.pipelines", "from db.writer import open_db\n"),
    ("spiders.provenance", "from db import fetches\n"),
    ("claimtrack.jobs", "from db import seed\nfrom nlp import memory\nfrom spiders import extract\n"),
    # the scale-out modules are roof: they join every stage (claimtrack/scale/)
    ("claimtrack.scale.writer", "from db import analysis\nfrom claimtrack import jobs\n"),
    ("claimtrack.scale.tasks", "from nlp.pipeline import analyse\nfrom spiders.archive import read_record\n"),
    ("claimtrack.scale.warcimport", "from db.imports import save_progress\nfrom claimtrack.rebuild import rebuild\n"),
])
def test_the_checker_lets_arrows_along_the_rule_pass(importer, source):
    assert check_source("x.py", source, importer) == []


@pytest.mark.parametrize("module", ["claimtrack.scale.writer", "claimtrack.scale.tasks",
                                    "claimtrack.scale.warcimport", "claimtrack.scale.wire",
                                    "claimtrack.scale.commands", "claimtrack.cliutil"])
def test_scale_out_modules_are_roof(module):
    assert layer(module) == "roof"
