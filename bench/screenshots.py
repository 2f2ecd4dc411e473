"""README's screenshots, taken from the demo as `claimtrack serve` serves it (`make screenshots`).

    python -m bench.screenshots --db data/demo.db --out docs/screenshots [--phone]

Serves the database with ``claimtrack serve --db`` on a free 127.0.0.1 port (bench/browser.py),
opens the front page, a quote page (a company's denial, the statement issue 13 found misread)
and the dispute with a docket in Debian's chromium, and writes each as a PNG: the window at
desktop width (1280 x 1000), and with ``--phone`` at 390 x 844 too. The pictures are reduced to
a 64-colour palette (Pillow) so the repository carries small files; text and the charts' colours
survive it.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from pathlib import Path

from bench.browser import REPO_ROOT, chromium, claimtrack_serve

DESKTOP = {"width": 1280, "height": 1000}
PHONE = {"width": 390, "height": 844}
COLOURS = 64

# Each picture: its file name, and SQL that gives the path to open (first row, first column).
PAGES = [
    ("front", "select '/'"),
    ("quote", """select '/-/quote/' || qa.quote_id || '?article=' || qa.article_id
                 from quote_appearances qa
                 join claims c on c.quote_id = qa.quote_id and c.article_id = qa.article_id
                 join entities e on e.id = qa.speaker_id
                 where e.type = 'ORG' and c.stance = 'denial' and qa.answers_quote_id is not null
                 order by qa.published, qa.quote_id limit 1"""),
    ("dispute", """select '/-/dispute/' || d.id from disputes d
                   left join dispute_events v on v.dispute_id = d.id
                   group by d.id order by count(v.dispute_id) desc, d.id limit 1"""),
]


def page_paths(db: Path) -> list[tuple[str, str]]:
    """(name, path) of each picture, chosen by querying the database, read-only."""
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    try:
        out = []
        for name, sql in PAGES:
            row = conn.execute(sql).fetchone()
            if row is None:
                raise SystemExit(f"{db}: nothing to show for the {name} page (is it the demo?)")
            out.append((name, row[0]))
        return out
    finally:
        conn.close()


def optimise(png: Path, colours: int = COLOURS) -> int:
    """Rewrite ``png`` with an adaptive palette, compressed as far as PNG goes; its new size."""
    from PIL import Image

    with Image.open(png) as im:
        small = im.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT)
    small.save(png, optimize=True)
    return png.stat().st_size


def shoot(page, url: str, out: Path) -> int:
    """The window's picture of ``url`` as an optimised PNG; its size in bytes."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(out), full_page=False)
    return optimise(out)


def take(db: Path, out: Path, phone: bool = False) -> list[tuple[Path, int]]:
    out.mkdir(parents=True, exist_ok=True)
    paths = page_paths(db)
    sizes = {"": DESKTOP, **({"-phone": PHONE} if phone else {})}
    written = []
    with tempfile.TemporaryDirectory() as elsewhere, claimtrack_serve(db, cwd=Path(elsewhere)) as base, \
            chromium() as browser:
        for suffix, viewport in sizes.items():
            page = browser.new_page(viewport=viewport)
            for name, path in paths:
                target = out / f"{name}{suffix}.png"
                written.append((target, shoot(page, base + path, target)))
            page.close()
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=REPO_ROOT / "data" / "demo.db")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "screenshots")
    ap.add_argument("--phone", action="store_true", help="also at 390 px wide")
    args = ap.parse_args(argv)
    if not args.db.is_file():
        raise SystemExit(f"no database at {args.db}: `make demo-build` builds the demo")
    for path, size in take(args.db.resolve(), args.out, phone=args.phone):
        print(f"{path}  {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
