"""A page of quote marks (hostile or broken) against a normal page of the same length (issue 14:
attribution was quadratic in quote marks, 230 s and 1.4 GB for 50,000 of them).

Two hostile pages, each with 50,000 marks:

* ``dense``: every mark inside what analysis reads (``nlp.pipeline.MAX_CHARS``), short quoted
  words after one cue per sentence, so all 50,000 are read;
* ``prose``: the marks in ordinary sentences, as the issue's 271 KB page had them; analysis reads
  its first ``MAX_CHARS`` characters, as ``claimtrack process`` does.

Each page and its normal twin is analysed by the full pipeline in a fresh process, so each
peak memory (``ru_maxrss``) is that page's own, next to the process's memory once the pipeline
is loaded. The aim: each hostile page under 5x its twin.

    python -m bench.marks [--json]
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import time
from concurrent.futures import ProcessPoolExecutor

import click

MARKS = 50_000


def pages(marks: int = MARKS) -> dict[str, str]:
    """The hostile pages and their normal twins (fiction), as analysis reads them."""
    from nlp.pipeline import MAX_CHARS

    dense_sentence = "They said " + " ".join(f'"{w}"' for w in "abcdefgh") + ". "  # 16 marks
    dense = (dense_sentence * (marks // 16 + 1))
    dense = dense[:_cut_after_marks(dense, marks)]
    prose_sentence = 'Orrin said "no" and "yes" again. '  # 4 marks, the page's density
    prose = (prose_sentence * (marks // 4 + 1))[:MAX_CHARS]
    assert len(dense) <= MAX_CHARS and dense.count('"') == marks
    normal = "Orrin Labs said on Monday that it would appeal the ruling. "
    return {"dense": dense, "dense_normal": (normal * (len(dense) // len(normal) + 1))[:len(dense)],
            "prose": prose, "prose_normal": (normal * (len(prose) // len(normal) + 1))[:len(prose)]}


def _cut_after_marks(text: str, marks: int) -> int:
    seen = 0
    for i, ch in enumerate(text):
        if ch == '"':
            seen += 1
            if seen == marks:
                return i + 1
    return len(text)


def _measure(name: str) -> dict:
    """In a fresh process: load the pipeline, analyse one page; seconds and memory."""
    from claimtrack.config import demo_settings
    from nlp.pipeline import build_pipeline

    text = pages()[name]
    nlp = build_pipeline(demo_settings())
    nlp("Warm-up: Orrin said it would appeal.")
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    t0 = time.perf_counter()
    doc = nlp(text)
    secs = time.perf_counter() - t0
    return {"chars": len(text), "marks": text.count('"'), "tokens": len(doc),
            "seconds": round(secs, 1), "loaded_mb": loaded,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def measure_all() -> dict:
    out = {}
    ctx = multiprocessing.get_context("spawn")
    for name in ("dense_normal", "dense", "prose_normal", "prose"):
        with ProcessPoolExecutor(1, mp_context=ctx) as pool:  # one process per page
            out[name] = pool.submit(_measure, name).result()
    for kind in ("dense", "prose"):
        out[kind]["ratio"] = round(out[kind]["seconds"] / out[kind + "_normal"]["seconds"], 2)
    return out


def report(r: dict) -> list[str]:
    lines = []
    for kind, what in (("dense", "all read"), ("prose", "in sentences, cut as process cuts")):
        h, n = r[kind], r[kind + "_normal"]
        lines.append(f"  {MARKS:,}-mark page ({what}): {h['marks']:,} marks in {h['chars']:,} chars "
                     f"read, {h['seconds']} s vs {n['seconds']} s for a normal page as long = "
                     f"{h['ratio']}x (target < 5x); peak memory {h['peak_mb']} MB vs "
                     f"{n['peak_mb']} MB (pipeline loaded: {h['loaded_mb']} MB)")
    return lines


@click.command()
@click.option("--json", "as_json", is_flag=True)
def main(as_json: bool):
    r = measure_all()
    if as_json:
        click.echo(json.dumps(r))
    else:
        click.echo("\n".join(report(r)))


if __name__ == "__main__":
    main()
