"""The command line: --help everywhere, and the JSON Lines contract of `analyze`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimtrack.cli import cli
from claimtrack.config import DEMO_SITE
from tests.conftest import ARTICLE_1


def test_every_command_has_help():
    runner = CliRunner()
    for cmd in ("demo", "crawl", "analyze", "process", "serve", "publish", "rebuild"):
        res = runner.invoke(cli, [cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output and len(res.output) > 200, cmd


def test_analyze_json_contract(tmp_path):
    page = next(DEMO_SITE.glob("byteline/articles/*.html"))
    text = tmp_path / "story.txt"
    text.write_text("\n".join(ARTICLE_1), encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", "--json", "--demo-gazetteer", str(page), str(text),
                                   str(tmp_path / "missing.html")])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert len(lines) == 3
    by_source = {d["source"]: d for d in lines}
    assert "error" in by_source[str(tmp_path / "missing.html")]
    for src in (str(page), str(text)):
        d = by_source[src]
        assert set(d) >= {"source", "article", "entities", "quotes", "no_comment", "claims"}
        assert set(d["article"]) >= {"title", "authors", "published", "outlet", "url", "text"}
        for q in d["quotes"]:
            assert d["article"]["text"][q["start"]:q["end"]] == q["text"]
            assert q["kind"] in ("direct", "mixed", "indirect")
        for e in d["entities"]:
            assert d["article"]["text"][e["start"]:e["end"]] == e["text"]
        for c in d["claims"]:
            assert c["stance"] in ("accusation", "denial", "lawsuit", "ruling", "admission", "other")
            assert c["quote"] is None or 0 <= c["quote"] < len(d["quotes"])
    assert by_source[str(page)]["article"]["title"] and by_source[str(page)]["quotes"]


def test_bad_sources_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "sources.yml"
    bad.write_text("just: [a, list\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["crawl", "--sources", str(bad), "--db", str(tmp_path / "x.db")])
    assert res.exit_code != 0 and "Error:" in res.output and "sources.yml" in res.output
    assert "Traceback" not in res.output
