"""Score quote extraction and speaker attribution on the demo's gold files (``make eval``).

The scoring is nlp/eval/quotes.py's; this roof-level command only does what needs the crawl's
code: each gold file's page is extracted as the spiders extract it, then scored.

    python -m claimtrack.evaluate [--gold DIR] [--json] [--errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from claimtrack.config import DEMO_SITE, demo_settings
from nlp.eval.quotes import Score, gold_page, load_gold, score_articles
from nlp.eval.report import print_errors, print_table, warn_failed


def score_demo(root: Path = DEMO_SITE, nlp=None) -> Score:
    """Extract each gold file's page as the spiders do, analyse it, and score."""
    from nlp.pipeline import build_pipeline
    from spiders.extract import extract_article

    nlp = nlp or build_pipeline(demo_settings())
    golds = load_gold(root)
    items = []
    for path, gold in golds:
        page = gold_page(root, path, gold)
        html = page.read_bytes().replace(b"{{SITE}}", b"http://127.0.0.1")
        items.append((extract_article(html, page.as_uri()), str(path)))
    return score_articles(nlp, items, {str(p): g for p, g in golds})


@click.command()
@click.option("--gold", type=click.Path(exists=True, file_okay=False), default=str(DEMO_SITE),
              help="Folder searched for *.gold.json files.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", is_flag=True, help="List misses and wrong speakers.")
def main(gold, as_json, errors):
    """Score quote extraction and speaker attribution against gold files."""
    score = score_demo(Path(gold))
    warn_failed(score.failed)
    rows = score.table()
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    else:
        print_table(rows, f"claimtrack quotes vs gold ({gold})")
    if errors:
        print_errors(score)


if __name__ == "__main__":
    sys.exit(main())
