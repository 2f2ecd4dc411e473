"""Score the pipeline on the held-out evaluation sets in ``nlp/eval`` (``make eval``).

Two sets, described in ``nlp/eval/README.md``, both in a fictional world the pipeline was not
built on. Gazetteers: the project's ``nlp/data/gazetteer.jsonl`` plus ``eval_gazetteer.jsonl``
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
(stance and target of matched statements), scored with ``nlp.evaluate``'s ``match``/``Score``.
``--baseline`` adds textacy's ``direct_quotations`` on the bare model's docs (direct quotes only;
a document on which textacy raises counts as a failure).

    python -m nlp.eval_sets [--set entities|attribution|all] [--json] [--errors] [--baseline]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from claimtrack.config import NLP_DATA, REPO_ROOT, Settings
from nlp.evaluate import KINDS, Score, one_to_one

EVAL_DIR = REPO_ROOT / "nlp" / "eval"
ENTITIES_GOLD = EVAL_DIR / "entities_gold.jsonl"
ATTRIBUTION_GOLD = EVAL_DIR / "attribution_gold.jsonl"
EVAL_GAZETTEER = EVAL_DIR / "eval_gazetteer.jsonl"
UNKNOWN_ENTITIES = EVAL_DIR / "unknown_entities.json"
GAZETTEERS = (NLP_DATA / "gazetteer.jsonl", EVAL_GAZETTEER)

GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "OUTLET": "ORG", "COURT": "ORG"}
GROUP_NAMES = ("PERSON", "ORG", "PERSON+ORG")
MISLABELS = {"GPE", "LOC", "PERSON", "NORP"}
TEXTACY_MISSING = "textacy not installed: pip install -e .[eval]"


# --------------------------------------------------------------------------- loading

def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def use_gold_dir(path: Path) -> None:
    """Score another gold folder of the same shape (``nlp/eval/heldout``): its gold files and
    its eval gazetteer replace ``nlp/eval``'s for this run."""
    global EVAL_DIR, ENTITIES_GOLD, ATTRIBUTION_GOLD, EVAL_GAZETTEER, UNKNOWN_ENTITIES, GAZETTEERS
    EVAL_DIR = Path(path).resolve()
    ENTITIES_GOLD = EVAL_DIR / "entities_gold.jsonl"
    ATTRIBUTION_GOLD = EVAL_DIR / "attribution_gold.jsonl"
    EVAL_GAZETTEER = EVAL_DIR / "eval_gazetteer.jsonl"
    UNKNOWN_ENTITIES = EVAL_DIR / "unknown_entities.json"
    GAZETTEERS = (NLP_DATA / "gazetteer.jsonl", EVAL_GAZETTEER)


def load_entities_gold(path: Path | None = None) -> list[dict]:
    return load_jsonl(path or ENTITIES_GOLD)


def load_attribution_gold(path: Path | None = None) -> list[dict]:
    return load_jsonl(path or ATTRIBUTION_GOLD)


def eval_settings(model: str | None = None) -> Settings:
    return Settings().with_(gazetteers=GAZETTEERS, model=model)


def gazetteer_orgs() -> set[str]:
    """Normalised names of gazetteer entities of type ORG (project and eval gazetteers)."""
    from nlp.gazetteer import Gazetteer

    gaz = Gazetteer.load(GAZETTEERS)
    return {norm(e.name) for e in gaz.entities.values() if e.type == "ORG"}


# --------------------------------------------------------------------------- entities

_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s?$")


def norm(name: str | None) -> str:
    return _SPACE.sub(" ", (name or "").strip()).casefold()


def bare_canonical(text: str) -> str:
    """The bare model has no canonicaliser: the span text without a leading "the" or "'s"."""
    text = _SPACE.sub(" ", text.strip())
    text = _LEADING_THE.sub("", text)
    if text.endswith(("'s", "’s", "'", "’")):
        text = _POSSESSIVE.sub("", text)
    return text.strip()


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _pair(gold: list[dict], pred: list[dict], need_canonical: bool) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping same-group mentions, largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov <= 0 or GROUPS.get(g["label"]) != GROUPS.get(p["label"]):
                continue
            if need_canonical and norm(g["canonical"]) != norm(p["canonical"]):
                continue
            cands.append((ov, -abs(g["start"] - p["start"]), gi, pi))
    return one_to_one(cands)


@dataclass
class EntityScore:
    """Mention-level counts by group; ``add`` takes one paragraph's gold and predicted mentions."""

    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)
    hit_label: Counter = field(default_factory=Counter)
    hit_canon: Counter = field(default_factory=Counter)
    mislabelled: int = 0
    gaz_org_gold: int = 0
    misses: list = field(default_factory=list)  # (id, gold text, label, canonical, what the system gave)
    wrong_canonical: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    mislabels: list = field(default_factory=list)

    def add(self, name: str, gold: list[dict], pred: list[dict], text: str = "",
            gaz_orgs: set[str] = frozenset()) -> None:
        g_in = [g for g in gold if g["label"] in GROUPS]
        p_in = [p for p in pred if p["label"] in GROUPS]
        for g in g_in:
            self.gold[GROUPS[g["label"]]] += 1
        for p in p_in:
            self.pred[GROUPS[p["label"]]] += 1
        label_pairs = _pair(g_in, p_in, need_canonical=False)
        canon_pairs = _pair(g_in, p_in, need_canonical=True)
        for gi, _ in label_pairs:
            self.hit_label[GROUPS[g_in[gi]["label"]]] += 1
        for gi, _ in canon_pairs:
            self.hit_canon[GROUPS[g_in[gi]["label"]]] += 1
        canon_g = {gi for gi, _ in canon_pairs}
        canon_p = {pi for _, pi in canon_pairs}
        label_of = dict(label_pairs)
        for gi, g in enumerate(g_in):
            if gi in canon_g:
                continue
            if gi in label_of:
                p = p_in[label_of[gi]]
                self.wrong_canonical.append((name, g["text"], g["label"], g["canonical"],
                                             p["text"], p["canonical"]))
            else:
                other = [f"{p['text']}/{p['label']}" for p in pred if _overlap(g, p) > 0]
                self.misses.append((name, g["text"], g["label"], g["canonical"],
                                    ", ".join(other) or "nothing"))
        for pi, p in enumerate(p_in):
            if pi not in canon_p and not any(_overlap(g, p) > 0 for g in g_in):
                self.extras.append((name, p["text"], p["label"], p["canonical"],
                                    _context(text, p)))
        for g in gold:
            if norm(g["canonical"]) not in gaz_orgs:
                continue
            self.gaz_org_gold += 1
            bad = [p for p in pred if _overlap(g, p) > 0 and p["label"] in MISLABELS]
            if bad:
                self.mislabelled += 1
                self.mislabels.append((name, g["text"], g["canonical"],
                                       ", ".join(f"{p['text']}/{p['label']}" for p in bad)))

    def table(self) -> dict:
        def ratio(a, b):
            return round(a / b, 3) if b else None

        rows = {}
        for grp in GROUP_NAMES:
            keys = ("PERSON", "ORG") if grp == "PERSON+ORG" else (grp,)
            g = sum(self.gold[k] for k in keys)
            p = sum(self.pred[k] for k in keys)
            hl = sum(self.hit_label[k] for k in keys)
            hc = sum(self.hit_canon[k] for k in keys)
            rows[grp] = {"gold": g, "predicted": p,
                         "precision": ratio(hc, p), "recall": ratio(hc, g),
                         "label_precision": ratio(hl, p), "label_recall": ratio(hl, g)}
        rows["gazetteer_companies_mislabelled"] = self.mislabelled
        rows["gazetteer_company_mentions"] = self.gaz_org_gold
        return rows


def _context(text: str, m: dict, width: int = 30) -> str:
    if not text:
        return ""
    return text[max(0, m["start"] - width):m["end"] + width].replace("\n", " ")


def bare_entities(doc) -> list[dict]:
    return [{"text": e.text, "label": e.label_, "canonical": bare_canonical(e.text),
             "start": e.start_char, "end": e.end_char} for e in doc.ents]


def run_entities(nlp_full=None, nlp_bare=None, settings: Settings | None = None,
                 memory: bool = False) -> dict[str, EntityScore]:
    """Score the full pipeline and the bare model on ``entities_gold.jsonl``.

    With ``memory`` the set is read as one corpus, as ``claimtrack run`` reads a database: a
    first pass learns what the paragraphs' own contexts say each name is (nlp/memory.py), a
    second pass, which is scored, uses it. Without it every paragraph stands alone."""
    from claimtrack.records import Article
    from nlp.pipeline import analyse, analyse_twice, build_pipeline, set_memory

    settings = settings or eval_settings()
    gold = load_entities_gold()
    orgs = gazetteer_orgs()
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
    """A gold article in the analysis contract's shape (claims built from stance/target)."""
    quotes = [dict(q) for q in gold.get("quotes", [])]
    claims = [{"claimant": q.get("speaker"), "target": q.get("target"), "stance": q["stance"],
               "quote": i} for i, q in enumerate(quotes) if "stance" in q]
    return {"quotes": quotes, "no_comment": [dict(n) for n in gold.get("no_comment", [])],
            "claims": claims}


def run_attribution(nlp_full=None, settings: Settings | None = None) -> Score:
    """Score the full pipeline on ``attribution_gold.jsonl`` with ``nlp.evaluate.Score``."""
    from claimtrack.records import Article
    from nlp.pipeline import analyse, build_pipeline

    settings = settings or eval_settings()
    nlp_full = nlp_full or build_pipeline(settings)
    gold = load_attribution_gold()
    by_id = {d["id"]: d for d in gold}
    items = [(Article(url=f"eval:{d['id']}", text=d["text"]), d["id"]) for d in gold]
    score = Score()
    for a in analyse(nlp_full, items):
        score.add(a.source, by_id[a.source], a.to_json_dict())
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


def run_baseline(nlp_bare=None, settings: Settings | None = None) -> BaselineResult:
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

    settings = settings or eval_settings()
    nlp_bare = nlp_bare or build_pipeline(settings, bare=True)
    gold = load_attribution_gold()
    res = BaselineResult(True, score=Score(), documents=len(gold))
    for d, doc in zip(gold, nlp_bare.pipe(d["text"] for d in gold)):
        try:
            quotes = textacy_quotes(doc)
        except Exception as exc:  # textacy raises on an odd number of quote marks
            res.failures.append((d["id"], f"{type(exc).__name__}: {str(exc)[:80]}"))
            quotes = []
        res.score.add(d["id"], d, {"quotes": quotes, "no_comment": [], "claims": []})
    return res


# --------------------------------------------------------------------------- output

def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def print_entities(tables: dict[str, dict]) -> None:
    systems = list(tables)
    click.echo(f"ENTITIES ({_shown(ENTITIES_GOLD)}), mention level; "
               f"canonical = overlap + same group + same canonical name")
    cols = ("gold", "predicted", "precision", "recall", "label_precision", "label_recall")
    heads = ("gold", "found", "P canon", "R canon", "P label", "R label")
    click.echo(f"  {'group':<12}{'system':<7}" + "".join(f"{h:>10}" for h in heads))
    for grp in GROUP_NAMES:
        for s in systems:
            r = tables[s][grp]
            click.echo(f"  {grp:<12}{s:<7}" + "".join(f"{_fmt(r[c]):>10}" for c in cols))
    n = tables[systems[0]]["gazetteer_company_mentions"]
    click.echo(f"  gazetteer companies mislabelled GPE/LOC/PERSON/NORP (of {n} gold mentions): "
               + ", ".join(f"{s} {tables[s]['gazetteer_companies_mislabelled']}" for s in systems))


def print_attribution(rows: dict, baseline: dict | None) -> None:
    click.echo(f"ATTRIBUTION ({_shown(ATTRIBUTION_GOLD)}), quotes matched as in "
               f"nlp.evaluate (word Dice >= 0.6, one to one)")
    systems = {"full": rows}
    if baseline is not None:
        if baseline.get("available"):
            systems["textacy"] = baseline["table"]
    click.echo(f"  {'kind':<11}{'system':<9}{'gold':>6}{'found':>7}{'recall':>8}{'precision':>11}"
               f"{'speaker acc':>13}")
    for k in (*KINDS, "all", "no_comment"):
        for s, r in systems.items():
            r = r[k]
            click.echo(f"  {k:<11}{s:<9}{r['gold']:>6}{r['predicted']:>7}{_fmt(r['recall']):>8}"
                       f"{_fmt(r['precision']):>11}{_fmt(r.get('speaker_accuracy')):>13}")
    click.echo("  same quote returned twice from one article: "
               + ", ".join(f"{s} {r['duplicates']}" for s, r in systems.items()))
    c = rows["claims"]
    click.echo(f"  claims of matched statements (full): stance accuracy {_fmt(c['stance_accuracy'])}, "
               f"target accuracy {_fmt(c['target_accuracy'])} ({c['checked']} checked)")
    if baseline is not None:
        if baseline.get("available"):
            click.echo("  textacy baseline: direct quotes only; no indirect, mixed or no-comment "
                       "support (indirect and no-comment recall 0).\n    Its mixed 'recall' counts "
                       "direct quotes covering most words of a mixed statement (the same\n    "
                       "kind-agnostic matcher credits the full pipeline that way too).")
            fails = baseline["failures"]
            click.echo(f"  textacy raised on {len(fails)} of {baseline['documents']} documents "
                       f"(scored as finding nothing)"
                       + (f": {', '.join(f['id'] for f in fails)}" if fails else ""))
        else:
            click.echo(f"  {baseline['reason']}")


def print_entity_errors(score: EntityScore, system: str) -> None:
    for m in score.misses:
        click.echo(f"ENT-MISS[{system}] {m}")
    for w in score.wrong_canonical:
        click.echo(f"ENT-CANONICAL[{system}] {w}")
    for e in score.extras:
        click.echo(f"ENT-EXTRA[{system}] {e}")
    for m in score.mislabels:
        click.echo(f"ENT-MISLABEL[{system}] {m}")


def print_attribution_errors(score: Score, system: str) -> None:
    for m in score.misses:
        click.echo(f"MISS[{system}] {m}")
    for w in score.wrong_speakers:
        click.echo(f"SPEAKER[{system}] {w}")
    for e in score.extras:
        click.echo(f"EXTRA[{system}] {e}")
    for n in score.nc_errors:
        click.echo(f"NO-COMMENT[{system}] {n}")
    for n in score.stance_errors:
        click.echo(f"STANCE[{system}] {n}")


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

    if gold_dir is not None:
        use_gold_dir(gold_dir)

    t0 = time.perf_counter()
    settings = eval_settings(model)
    nlp_full = build_pipeline(settings)
    nlp_bare = build_pipeline(settings, bare=True) if which in ("entities", "all") or baseline else None
    result: dict = {}
    ent_scores = att_score = base = None
    if which in ("entities", "all"):
        ent_scores = run_entities(nlp_full, nlp_bare, settings, memory=memory)
        result["entities"] = {s: sc.table() for s, sc in ent_scores.items()}
    if which in ("attribution", "all"):
        att_score = run_attribution(nlp_full, settings)
        result["attribution"] = {"full": att_score.table()}
        if baseline:
            base = run_baseline(nlp_bare, settings)
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
            print_entities(result["entities"])
            click.echo()
        if "attribution" in result:
            print_attribution(result["attribution"]["full"], result["attribution"].get("textacy"))
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
