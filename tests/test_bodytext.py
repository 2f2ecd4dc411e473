"""Body extraction: page furniture is dropped, the story is kept, bad input never raises.

The snippets are hand-made and small so these tests run in milliseconds; one test scores the
extractor on 10 pages of the public article-extraction benchmark when it is present.
"""

from __future__ import annotations

import os

import pytest

from spiders.bodytext import extract_body
from spiders.eval_extract import DEFAULT_BENCH, load_bench, ours, score, trafilatura_default

STORY = [
    "CALDER CITY, March 4 — Orrin Labs accused its rival Vantor of distilling its flagship model "
    "through its API, harvesting millions of answers to train a cheaper copy of its product.",
    "“We have clear evidence that Vantor used our outputs to build its model,” said Mara Ellison, "
    "Orrin's chief executive, in a statement released on Tuesday morning to reporters.",
    "Tamsin Okafor, Vantor's general counsel, was unequivocal in her reply. “We never touched "
    "their API, and we will defend ourselves in any court they care to choose,” she said.",
    "A spokesperson for Skyreach Cloud, which hosts both companies' services, declined to comment "
    "on the dispute or on whether it had received any request to preserve its server logs.",
]


def page(body: str, extra_after: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Orrin accuses Vantor of model distillation | Harbor Ledger</title>
<meta property="og:title" content="Orrin accuses Vantor of model distillation"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/tech">Tech</a></nav>
<main><article><header><h1>Orrin accuses Vantor of model distillation</h1>
<h2 class="dek">The AI lab says its rival copied its model through millions of API calls</h2></header>
<div class="article-body">{body}</div></article>{extra_after}</main>
<footer>© Harbor Ledger. All rights reserved.</footer></body></html>"""


def paragraphs(items: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in items)


def lines(text: str) -> list[str]:
    return [x for x in text.split("\n") if x.strip()]


def test_story_kept_headline_and_dek_dropped():
    out = extract_body(page(paragraphs(STORY)), "https://example.org/a")
    assert lines(out) == STORY


def test_newsletter_promo_dropped():
    promo = ('<div class="newsletter-signup"><p>Sign up for our newsletter to get the day\'s top '
             'stories delivered to your inbox every morning.</p><form><input name="email">'
             "<button>Subscribe</button></form></div>")
    body = paragraphs(STORY[:2]) + promo + paragraphs(STORY[2:])
    out = extract_body(page(body))
    assert "newsletter" not in out.lower()
    assert lines(out) == STORY


def test_most_read_list_dropped():
    most_read = """<aside class="most-read"><h3>Most Read</h3><ol>
<li><a href="/x1">Local ferry timetable changes again this winter season</a></li>
<li><a href="/x2">Council approves new bicycle lanes on the harbour road</a></li>
<li><a href="/x3">Storm warning issued for the northern coast this weekend</a></li></ol></aside>"""
    out = extract_body(page(paragraphs(STORY), extra_after=most_read))
    assert "Most Read" not in out
    assert "ferry" not in out and "bicycle" not in out
    assert lines(out) == STORY


def test_body_printed_twice_kept_once():
    body = paragraphs(STORY) + '<div class="print-copy">' + paragraphs(STORY) + "</div>"
    out = extract_body(page(body))
    assert lines(out) == STORY


def test_repeated_short_paragraph_kept():
    """Interviews repeat questions: a lone repeated line is content, not a duplicate body."""
    question = "What inspired you to start?"
    body = paragraphs([STORY[0], question, STORY[1], question, STORY[2]])
    out = extract_body(page(body))
    assert lines(out).count(question) == 2


@pytest.mark.parametrize("bad", [
    "", "   \n\t", None, b"", b"\x00\x01\x02PNG\r\n\x1a\n" + bytes(range(256)) * 20,
    os.urandom(4096), "\x00" * 100, "<html><body><div><p>unclosed <b>tags <i>everywhere",
    "<" * 10000, 12345,
])
def test_bad_input_never_raises(bad):
    out = extract_body(bad)  # type: ignore[arg-type]
    assert isinstance(out, str)


@pytest.mark.parametrize("bad", ["", None, b"", b"\x00\x01\x02PNG\r\n\x1a\n" + bytes(range(256)) * 20,
                                 "\x00" * 100])
def test_empty_and_binary_give_empty_string(bad):
    assert extract_body(bad) == ""  # type: ignore[arg-type]


def test_huge_page_is_handled():
    blob = "<script>var x = '" + "a" * 2_000_000 + "';</script>"
    html = page(paragraphs(STORY)).replace("<body>", "<body>" + blob * 3, 1)
    assert lines(extract_body(html)) == STORY


@pytest.mark.skipif(not (DEFAULT_BENCH / "ground-truth.json").is_file(),
                    reason="article-extraction benchmark not present")
def test_benchmark_sample_not_worse_than_trafilatura():
    pages = load_bench(DEFAULT_BENCH, limit=10)
    mine = score((p.truth, ours(p.html, p.url)) for p in pages)
    ref = score((p.truth, trafilatura_default(p.html, p.url)) for p in pages)
    assert mine["f1"] >= ref["f1"] - 0.01, (mine, ref)
