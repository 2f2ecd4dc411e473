"""Score article-body extraction on the public article-extraction benchmark.

Run ``python -m spiders.eval_extract [--bench DIR] [--json] [--limit N]``. It scores our
:func:`spiders.bodytext.extract_body` and trafilatura's default ``extract`` on the same pages, in
the same run, so the two figures are always comparable (published numbers are on a different page
set and library version).

The metric is the benchmark's, re-implemented here from its description: ``\\w+`` tokens, multisets
of 4-word shingles, per-page tp/fp/fn divided by their sum so that long pages do not weigh more,
precision and recall averaged over pages, F1 of the two averages, and "accuracy" as the share of
pages whose token sequence matches the truth exactly.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = (REPO_ROOT / ".." / "shared" / "eval" / "article-extraction-benchmark").resolve()

_WORD = re.compile(r"\w+", re.UNICODE)


class Page(NamedTuple):
    key: str
    url: str | None
    html: str
    truth: str


def tokens(text: str) -> list[str]:
    """Words as the benchmark counts them: maximal runs of Unicode word characters."""
    return _WORD.findall(text or "")


def shingles(toks: list[str], n: int = 4) -> Counter:
    """Multiset of overlapping n-word windows; a text shorter than n words has none."""
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of shingles for one page, normalised to sum to 1 (all 0 if nothing at all).

    Normalising makes every page weigh the same whatever its length, as the benchmark does.
    """
    t, p = shingles(tokens(truth)), shingles(tokens(pred))
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_precision(tp: float, fp: float, fn: float) -> float:
    """1 when nothing was wrong or missing, 0 when nothing matched, else tp/(tp+fp)."""
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0:
        return 0.0
    return tp / (tp + fp)


def page_recall(tp: float, fp: float, fn: float) -> float:
    """1 when nothing was wrong or missing, 0 when nothing matched, else tp/(tp+fn)."""
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0:
        return 0.0
    return tp / (tp + fn)


def score(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Benchmark figures over (truth, prediction) pairs: averaged P and R, F1 of those, accuracy."""
    precisions, recalls, exact = [], [], []
    for truth, pred in pairs:
        c = page_counts(truth, pred)
        precisions.append(page_precision(*c))
        recalls.append(page_recall(*c))
        exact.append(tokens(truth) == tokens(pred))
    n = len(precisions)
    if n == 0:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "accuracy": 0.0, "pages": 0}
    p, r = sum(precisions) / n, sum(recalls) / n
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "accuracy": sum(exact) / n, "pages": n}


def load_bench(bench: Path, limit: int | None = None) -> list[Page]:
    """Pages of the benchmark folder (html/<key>.html.gz + ground-truth.json), in key order."""
    bench = Path(bench)
    gt_path = bench / "ground-truth.json"
    if not gt_path.is_file() or not (bench / "html").is_dir():
        raise FileNotFoundError(
            f"benchmark not found at {bench}: expected ground-truth.json and html/ there "
            "(pass --bench DIR)")
    truth = json.loads(gt_path.read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        raw = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes())
        pages.append(Page(key, truth[key].get("url"), raw.decode("utf-8", errors="replace"),
                          truth[key].get("articleBody") or ""))
    return pages


def trafilatura_default(html: str, url: str | None = None) -> str:
    """The reference system: trafilatura's extract() with all defaults."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def ours(html: str, url: str | None = None) -> str:
    from spiders.bodytext import extract_body

    return extract_body(html, url)


def run_system(fn: Callable[[str, str | None], str], pages: list[Page]) -> tuple[list[str], float]:
    """Predictions for every page and the mean wall time in milliseconds per page.

    One untimed warm-up call first, so imports and lazy initialisation don't count as speed.
    """
    if pages:
        fn(pages[0].html, pages[0].url)
    preds = []
    start = time.perf_counter()
    for page in pages:
        preds.append(fn(page.html, page.url))
    ms = (time.perf_counter() - start) * 1000 / max(1, len(pages))
    return preds, ms


def evaluate(pages: list[Page]) -> dict[str, dict]:
    """Scores of both systems on the same pages, plus per-page detail for ours."""
    out: dict[str, dict] = {}
    for name, fn in (("claimtrack", ours), ("trafilatura", trafilatura_default)):
        preds, ms = run_system(fn, pages)
        res = score((p.truth, pred) for p, pred in zip(pages, preds))
        res["ms_per_page"] = ms
        res["per_page"] = {}
        for p, pred in zip(pages, preds):
            c = page_counts(p.truth, pred)
            res["per_page"][p.key] = {"precision": page_precision(*c), "recall": page_recall(*c),
                                      "url": p.url}
        out[name] = res
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--pages", action="store_true", help="also list per-page P/R (worst first)")
    args = ap.parse_args(argv)
    try:
        pages = load_bench(args.bench, args.limit)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = evaluate(pages)
    if args.json:
        if not args.pages:
            for res in results.values():
                res.pop("per_page")
        print(json.dumps(results, indent=2))
        return 0
    print(f"{len(pages)} pages from {args.bench}")
    print(f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'ms/page':>8}")
    for name, r in results.items():
        print(f"{name:<12} {r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f} "
              f"{r['accuracy']:.3f} {r['ms_per_page']:8.1f}")
    if args.pages:
        ref = results["trafilatura"]["per_page"]
        rows = sorted(results["claimtrack"]["per_page"].items(),
                      key=lambda kv: kv[1]["precision"] + kv[1]["recall"])
        for key, r in rows:
            t = ref[key]
            print(f"{key[:10]} ours P {r['precision']:.2f} R {r['recall']:.2f} | "
                  f"traf P {t['precision']:.2f} R {t['recall']:.2f}  {r['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
