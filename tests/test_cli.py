"""The command line: --help everywhere, and the JSON Lines contract of `analyze`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimtrack.cli import cli
from claimtrack.config import DEMO_SITE
from tests.conftest import ARTICLE_1


def test_every_command_has_help():
    runner = CliRunner()
    for cmd in ("demo", "crawl", "analyze", "process", "serve", "publish", "rebuild", "memory"):
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


def test_analyze_learns_names_across_inputs_and_reads_a_memory_file(tmp_path):
    # fiction: invented firms and places
    says_nothing = tmp_path / "a.txt"
    says_nothing.write_text("Stallard has stakes in Penwick and Gimlet.\n", encoding="utf-8")
    introduces = tmp_path / "b.txt"
    introduces.write_text("Gimlet, a translation start-up in Dunhaven, makes the Lanternfly reader.\n",
                          encoding="utf-8")

    def gimlet(args) -> str | None:
        res = CliRunner().invoke(cli, ["analyze", "--json", *args, str(says_nothing)])
        assert res.exit_code == 0, res.output
        rows = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
        first = next(d for d in rows if d["source"] == str(says_nothing))
        return next((e["label"] for e in first["entities"] if e["text"] == "Gimlet"), None)

    assert gimlet([]) != "ORG"
    assert gimlet(["--learn", str(introduces)]) == "ORG"
    memory = tmp_path / "memory.jsonl"
    memory.write_text('{"name": "Gimlet", "label": "ORG"}\n', encoding="utf-8")
    assert gimlet(["--memory", str(memory)]) == "ORG"
    res = CliRunner().invoke(cli, ["analyze", "--memory", str(introduces), str(says_nothing)])
    assert res.exit_code != 0 and "not a memory file" in res.output


def test_a_database_finds_the_archive_beside_it(tmp_path):
    """`serve --db data/demo.db` reads the demo's archive (data/demo-archive), not data/archive."""
    from claimtrack.cli import _settings

    (tmp_path / "demo-archive").mkdir()
    (tmp_path / "demo.db").touch()
    assert _settings(str(tmp_path / "demo.db")).archive == tmp_path / "demo-archive"
    assert _settings(str(tmp_path / "other.db")).archive != tmp_path / "demo-archive"


def test_a_file_that_is_no_database_gets_one_clear_message(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    res = CliRunner().invoke(cli, ["process", "--db", str(bad)])
    assert res.exit_code != 0 and "not a SQLite database" in res.output
    assert "Traceback" not in res.output


def test_the_archive_is_recorded_with_the_database(tmp_path, monkeypatch):
    """A database remembers where its archive lies; a command run from another folder with
    only --db finds that archive, not the folder's data/archive."""
    from claimtrack.cli import _settings
    from db.connection import open_db, record_archive

    crawl_dir = tmp_path / "crawl"
    db = open_db(crawl_dir / "data" / "a.db")
    record_archive(db, crawl_dir / "data" / "archive-a")
    db.conn.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    got = _settings(str(crawl_dir / "data" / "a.db")).archive
    assert got == (crawl_dir / "data" / "archive-a").resolve()
