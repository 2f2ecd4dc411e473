"""`claimtrack import-warc` (claimtrack/scale/warcimport.py, issue 15) on WARC files written
here: CC-NEWS's layout (WARC/1.0, a warcinfo record, then HTTP response records, each gzipped
on its own) and our archive's. Every page is generated fiction (tests/sites.py)."""

from __future__ import annotations

import io
import random
import sqlite3

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimtrack.config import RELEVANCE
from tests.sites import article_html

OFF_TOPIC = ('<!doctype html><html lang="en"><head><title>Ferries to run every 12 minutes</title>'
             '<meta property="og:site_name" content="Generated Ledger"></head><body><article>'
             '<h1>Ferries to run every 12 minutes</h1>' + "".join(
                 f"<p>The harbour authority will add two boats to the cross-bay route, paragraph "
                 f"{i}, and extend evening sailings on Fridays and Saturdays.</p>" for i in range(6))
             + "</article></body></html>")


def response(writer: WARCWriter, url: str, body: str, ctype: str = "text/html; charset=utf-8"):
    http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=http,
        warc_headers_dict={"WARC-Date": "2026-03-05T10:00:00Z"}))


def cc_news(relevant: int) -> tuple[bytes, list[int]]:
    """A CC-NEWS-like file: warcinfo, ``relevant`` articles, one off-topic page, a robots.txt,
    then one more article whose record is cut off. Returns the bytes and where records start."""
    rng = random.Random(3)
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True, warc_version="1.0")
    w.write_record(w.create_warcinfo_record("CC-NEWS-20260305-00001.warc.gz",
                                            {"software": "test", "format": "WARC File Format 1.0"}))
    starts = []
    for i in range(relevant):
        starts.append(buf.tell())
        response(w, f"https://generated.example/story/{i}", article_html(i, rng))
    starts.append(buf.tell())
    response(w, "https://generated.example/ferries", OFF_TOPIC)
    starts.append(buf.tell())
    response(w, "https://generated.example/robots.txt", "User-agent: *\n", "text/plain")
    starts.append(buf.tell())
    response(w, f"https://generated.example/story/{relevant}", article_html(relevant, rng))
    data = buf.getvalue()
    return data[:len(data) - 200], starts  # the last record cut off


def articles(db) -> list[tuple]:
    c = sqlite3.connect(db)
    try:
        return c.execute("select id, url, warc_file, warc_offset, analysed_at is not null "
                         "from articles order by url").fetchall()
    finally:
        c.close()


@pytest.fixture
def files(tmp_path):
    data, starts = cc_news(3)
    src = tmp_path / "in" / "CC-NEWS-20260305-00001.warc.gz"
    src.parent.mkdir()
    return {"data": data, "starts": starts, "path": src}


def test_import_warc_stores_analyses_resumes_and_adds_nothing_twice(files, settings, nlp):
    from claimtrack import jobs
    from claimtrack.scale.warcimport import import_warcs

    src, data, starts = files["path"], files["data"], files["starts"]
    # the file as an interrupted copy left it: two articles and part of the third
    src.write_bytes(data[:starts[2] + 100])
    first = import_warcs(settings, [src], RELEVANCE)
    assert first.stored == 2 and [d.reason.split(":")[0] for d in first.damage] == ["truncated"]
    # the whole file: reading resumes at the third article, the first two are not read again
    src.write_bytes(data)
    second = import_warcs(settings, [src], RELEVANCE)
    assert second.stored == 1 and second.records == 3  # article 3, the off-topic page, robots.txt
    assert second.dropped == 1
    assert len(second.damage) == 1 and "truncated" in str(second.damage[0])  # reported, not fatal
    jobs.process(settings, nlp=nlp)
    rows = articles(settings.db)
    assert len(rows) == 3 and all(r[2] == src.name and r[4] for r in rows)
    assert sorted(r[3] for r in rows) == starts[:3]  # provenance: the record's own offset
    conn = sqlite3.connect(settings.db)
    assert conn.execute("select count(*) from quote_appearances").fetchone()[0] >= 3
    conn.close()
    # a third run adds nothing
    third = import_warcs(settings, [src], RELEVANCE)
    assert third.stored == 0 and articles(settings.db) == rows


def test_import_warc_reads_our_own_archive_layout(settings, tmp_path):
    from claimtrack.scale.warcimport import import_warcs
    from spiders.archive import WarcArchive

    arch = WarcArchive(tmp_path / "ours")
    loc = arch.write_response("https://generated.example/story/7", 200, "OK",
                              [("Content-Type", "text/html")],
                              article_html(7, random.Random(1)).encode(), "2026-03-05T10:00:00Z",
                              meta={"source": "generated", "via": "feed"})
    arch.close()
    report = import_warcs(settings, [arch.path], RELEVANCE)
    assert report.stored == 1 and not report.damage
    c = sqlite3.connect(settings.db)
    row = c.execute("select source, discovered_via, warc_file, warc_offset from articles").fetchone()
    c.close()
    assert row == ("generated", "feed", arch.name, loc.offset)


def test_import_warc_command_reports(files, settings, tmp_path):
    """The command: progress on stderr, the truncated record named, a second run adds nothing;
    with --redis the analysis is left to the writer and the workers."""
    from claimtrack.cli import cli

    files["path"].write_bytes(files["data"])
    args = ["import-warc", str(files["path"]), "--db", str(settings.db), "--archive",
            str(settings.archive), "--redis", "redis://127.0.0.1:1/0"]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0, out.output
    assert "3 new articles stored, 1 not about AI and IP" in out.output
    assert "damaged:" in out.output and "truncated" in out.output
    assert "left to the workers" in out.output
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "0 new articles stored" in again.output
    missing = CliRunner().invoke(cli, ["import-warc", str(tmp_path / "nope.warc.gz"), "--db",
                                       str(settings.db), "--archive", str(settings.archive), "--redis", "x"])
    assert missing.exit_code == 1 and "no such file" in missing.output
