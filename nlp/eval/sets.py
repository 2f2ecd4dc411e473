"""Score the pipeline on the held-out evaluation sets in ``nlp/eval`` (``make eval``).

The sets, described in ``nlp/eval/README.md``, each in a fictional world of its own. Gazetteers: the project's ``nlp/data/gazetteer.jsonl`` plus ``eval_gazetteer.jsonl``
(never the demo gazetteer).

ENTITIES (``entities_gold.jsonl``): the full pipeline beside the bare statistical model
(``build_pipeline(settings, bare=True)``, whose canonical name is the span text with a leading
"the" and a possessive stripped). Mention-level, for PERSON and for the ORG group
(ORG/OUTLET/COURT), separately and together. Gold and predicted mentions are paired one to one
(best overlap first). A pair counts for "label" P/R when the spans overlap and the label groups
agree, and for "canonical" P/R when, in addition, the canonical names are equal (case-insensitive,
whitespace-normalised). Also counted: gold mentions of gazetteer companies (type ORG, real or
eval gazetteer) that the system labels GPE, LOC, PERSON or NORP.

ATTRIBUTION (``attribution_gold.jsonl``): quotes by kind, no-comments, duplicates and claims
(stance and target of matched statements), scored with nlp/eval/quotes.py's ``match``/``Score``.
``--baseline`` adds textacy's ``direct_quotations`` on the bare model's docs (direct quotes only;
a document on which textacy raises counts as a failure).

    python -m nlp.eval.sets [--set entities|attribution|all] [--gold-dir DIR] [--memory]
                            [--json] [--errors] [--baseline]

No state lives in the module: the folder scored is a :class:`GoldSet` handed to each function
(``DEFAULT`` is ``nlp/eval`` itself).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import click

from claimtrack.config import NLP_DATA, Settings, package_data
from nlp.eval.entities import EntityScore, bare_canonical, bare_entities, norm
from nlp.eval.quotes import Score, resumed_as_one
from nlp.eval.report import (print_attribution, print_attribution_errors, print_entities,
                             print_entity_errors)

TEXTACY_MISSING = "textacy not installed: pip install -e .[eval]"


# --------------------------------------------------------------------------- loading

def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@dataclass(frozen=True)
class GoldSet:
    """One gold folder (``nlp/eval`` or one of its sets, e.g. ``nlp/eval/heldout``): its gold
    files and its eval gazetteer, read beside the project's own gazetteer (never the demo's).
    Passed to every function that scores, so a run can score any folder without state."""

    dir: Path

    @property
    def entities_gold(self) -> Path:
        return self.dir / "entities_gold.jsonl"

    @property
    def attribution_gold(self) -> Path:
        return self.dir / "attribution_gold.jsonl"

    @property
    def eval_gazetteer(self) -> Path:
        return self.dir / "eval_gazetteer.jsonl"

    @property
    def unknown_entities(self) -> Path:
        return self.dir / "unknown_entities.json"

    @property
    def gazetteers(self) -> tuple[Path, ...]:
        return (NLP_DATA / "gazetteer.jsonl", self.eval_gazetteer)

    def shown(self, path: Path) -> str:
        """A gold file's path as printed: from the folder the packages lie in."""
        try:
            return str(path.relative_to(package_data("nlp").parent))
        except ValueError:
            return str(path)

    def load_entities(self) -> list[dict]:
        return load_jsonl(self.entities_gold)

    def load_attribution(self) -> list[dict]:
        return load_jsonl(self.attribution_gold)

    def settings(self, model: str | None = None) -> Settings:
        return Settings().with_(gazetteers=self.gazetteers, model=model)

    def gazetteer_orgs(self) -> set[str]:
        """Normalised names of gazetteer entities of type ORG (project and eval gazetteers)."""
        from nlp.gazetteer import Gazetteer

        gaz = Gazetteer.load(self.gazetteers)
        return {norm(e.name) for e in gaz.entities.values() if e.type == "ORG"}


DEFAULT = GoldSet(package_data("nlp", "eval"))


def run_entities(nlp_full=None, nlp_bare=None, gold_set: GoldSet = DEFAULT,
                 memory: bool = False) -> dict[str, EntityScore]:
    """Score the full pipeline and the bare model on ``entities_gold.jsonl``.

    With ``memory`` the set is read as one corpus, as ``claimtrack run`` reads a database: a
    first pass learns what the paragraphs' own contexts say each name is (nlp/memory.py), a
    second pass, which is scored, uses it. Without it every paragraph stands alone."""
    from claimtrack.records import Article
    from nlp.pipeline import analyse, analyse_twice, build_pipeline, set_memory

    settings = gold_set.settings()
    gold = gold_set.load_entities()
    orgs = gold_set.gazetteer_orgs()
    out: dict[str, EntityScore] = {}
    if nlp_full is not False:
        nlp_full = nlp_full or build_pipeline(settings)
        score = EntityScore()
        by_id = {d["id"]: d for d in gold}
        items = [(Article(url=f"eval:{d['id']}", text=d["text"]), d["id"]) for d in gold]
        set_memory(nlp_full, {})
        for a in (analyse_twice if memory else analyse)(nlp_full, items):
            d = by_id[a.source]
            score.add(d["id"], d["entities"], a.to_json_dict()["entities"], d["text"], orgs)
        out["full"] = score
    if nlp_bare is not False:
        nlp_bare = nlp_bare or build_pipeline(settings, bare=True)
        score = EntityScore()
        for d, doc in zip(gold, nlp_bare.pipe(d["text"] for d in gold)):
            score.add(d["id"], d["entities"], bare_entities(doc), d["text"], orgs)
        out["bare"] = score
    return out


# --------------------------------------------------------------------------- attribution

def gold_as_prediction(gold: dict) -> dict:
    """A gold article in the analysis contract's shape (claims built from stance/target), a
    quote resumed after its attribution being one statement, as the contract has it."""
    quotes = resumed_as_one(gold.get("quotes", []), gold.get("text", ""))
    claims = [{"claimant": q.get("speaker"), "target": q.get("target"), "stance": q["stance"],
               "quote": i} for i, q in enumerate(quotes) if "stance" in q]
    return {"quotes": quotes, "no_comment": [dict(n) for n in gold.get("no_comment", [])],
            "claims": claims}


def run_attribution(nlp_full=None, gold_set: GoldSet = DEFAULT) -> Score:
    """Score the full pipeline on ``attribution_gold.jsonl`` with nlp/eval/quotes.py's ``Score``."""
    from claimtrack.records import Article
    from nlp.pipeline import analyse, build_pipeline

    nlp_full = nlp_full or build_pipeline(gold_set.settings())
    gold = gold_set.load_attribution()
    by_id = {d["id"]: d for d in gold}
    items = [(Article(url=f"eval:{d['id']}", text=d["text"]), d["id"]) for d in gold]
    score = Score()
    for a in analyse(nlp_full, items):
        score.add(a.source, by_id[a.source], a.to_json_dict())
    from nlp.eval.report import warn_failed

    warn_failed(score.failed)
    return score


@dataclass
class BaselineResult:
    available: bool
    reason: str | None = None
    score: Score | None = None
    failures: list = field(default_factory=list)  # (article id, error)
    documents: int = 0


def textacy_quotes(doc) -> list[dict]:
    """textacy's direct quotations as contract quotes (speaker: the span with "the" stripped)."""
    from textacy.extract.triples import direct_quotations

    out = []
    for tri in direct_quotations(doc):
        content = tri.content
        toks = sorted(tri.speaker, key=lambda t: t.i)
        speaker_text = doc[toks[0].i:toks[-1].i + 1].text if toks else None
        out.append({"text": content.text, "kind": "direct", "start": content.start_char,
                    "end": content.end_char, "speaker_text": speaker_text,
                    "speaker": bare_canonical(speaker_text) if speaker_text else None,
                    "cue": " ".join(t.text for t in tri.cue)})
    return out


def run_baseline(nlp_bare=None, gold_set: GoldSet = DEFAULT) -> BaselineResult:
    """textacy 0.13 ``direct_quotations`` on the bare model's docs of the attribution set."""
    try:
        import textacy  # noqa: F401
        from textacy.extract.triples import direct_quotations  # noqa: F401
    except ImportError:
        return BaselineResult(False, TEXTACY_MISSING)
    except Exception as exc:  # installed but broken (e.g. a spaCy version clash)
        return BaselineResult(False, f"textacy baseline unavailable: textacy cannot be imported "
                                     f"({type(exc).__name__}: {exc})")
    from nlp.pipeline import build_pipeline

    nlp_bare = nlp_bare or build_pipeline(gold_set.settings(), bare=True)
    gold = gold_set.load_attribution()
    res = BaselineResult(True, score=Score(), documents=len(gold))
    for d, doc in zip(gold, nlp_bare.pipe(d["text"] for d in gold)):
        try:
            quotes = textacy_quotes(doc)
        except Exception as exc:  # textacy raises on an odd number of quote marks
            res.failures.append((d["id"], f"{type(exc).__name__}: {str(exc)[:80]}"))
            quotes = []
        res.score.add(d["id"], d, {"quotes": quotes, "no_comment": [], "claims": []})
    return res


@click.command()
@click.option("--set", "which", type=click.Choice(["entities", "attribution", "all"]),
              default="all", show_default=True, help="Which evaluation set to score.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", is_flag=True, help="List misses, wrong names and speakers, extras.")
@click.option("--baseline", is_flag=True,
              help="Also score textacy's direct_quotations on the attribution set.")
@click.option("--model", default=None, help="spaCy model (default: the configured one).")
@click.option("--gold-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Another gold folder of the same shape, e.g. nlp/eval/heldout.")
@click.option("--memory/--no-memory", default=False, show_default=True,
              help="Read the entity set as one corpus: learn names' types from all paragraphs "
                   "first, as a database run does (nlp/memory.py).")
def main(which, as_json, errors, baseline, model, gold_dir, memory):
    """Score entities and attribution on the evaluation sets in nlp/eval (or --gold-dir)."""
    from nlp.pipeline import build_pipeline

    gold_set = GoldSet(Path(gold_dir).resolve()) if gold_dir is not None else DEFAULT
    t0 = time.perf_counter()
    settings = gold_set.settings(model)
    nlp_full = build_pipeline(settings)
    nlp_bare = build_pipeline(settings, bare=True) if which in ("entities", "all") or baseline else None
    result: dict = {}
    ent_scores = att_score = base = None
    if which in ("entities", "all"):
        ent_scores = run_entities(nlp_full, nlp_bare, gold_set, memory=memory)
        result["entities"] = {s: sc.table() for s, sc in ent_scores.items()}
    if which in ("attribution", "all"):
        att_score = run_attribution(nlp_full, gold_set)
        result["attribution"] = {"full": att_score.table()}
        if baseline:
            base = run_baseline(nlp_bare, gold_set)
            b = {"available": base.available, "reason": base.reason}
            if base.available:
                b.update(table=base.score.table(), documents=base.documents,
                         failures=[{"id": i, "error": e} for i, e in base.failures])
            result["attribution"]["textacy"] = b
    result["seconds"] = round(time.perf_counter() - t0, 1)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        if "entities" in result:
            print_entities(result["entities"], gold_set.shown(gold_set.entities_gold))
            click.echo()
        if "attribution" in result:
            print_attribution(result["attribution"]["full"], result["attribution"].get("textacy"),
                              gold_set.shown(gold_set.attribution_gold))
            click.echo()
        click.echo(f"({result['seconds']} s)")
    if errors:
        if ent_scores:
            for s, sc in ent_scores.items():
                print_entity_errors(sc, s)
        if att_score:
            print_attribution_errors(att_score, "full")
        if base is not None and base.available:
            print_attribution_errors(base.score, "textacy")
            for f in base.failures:
                click.echo(f"TEXTACY-FAILED {f}")


if __name__ == "__main__":
    sys.exit(main())
