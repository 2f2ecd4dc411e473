"""Attribution on real AI-IP coverage: the project's own development set of real articles.

The set (articles found in stored public pages, annotated by a helper blind to the code, in the
format of our gold files plus a stance per statement and the places each text names) is not
copied into the project: the articles are other people's words. It lives beside the checkout
(``../aiip-dev/attribution_gold.jsonl``, or ``--gold``); ``nlp/eval/real/README.md`` lists its
sources and its first score, taken before any of its errors was read.

Scored like the fictional sets (``nlp.eval.quotes.Score``: statements matched one to one on word
overlap), plus what only real text shows: place names labelled as organisations or products,
and statements returned twice.

    python nlp/eval/realset.py [--gold FILE] [--errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO.parent / "aiip-dev" / "attribution_gold.jsonl"
# Left out: a page that may be another copy of an article kept for independent measurement.
EXCLUDED = {"real-023"}
ORG_LIKE = {"ORG", "PRODUCT", "OUTLET", "COURT", "WORK_OF_ART", "FAC"}


def load(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["id"] not in EXCLUDED]


def _canon(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def _names_more(entity: dict, place: dict, text: str) -> bool:
    """True when the entity is a longer name the place is only a word of ("Munich Regional
    Court", "Government of India", "U.S. Copyright Office"): the issue asks for such a name to be
    one court or body, and some annotators list the place word inside it, others do not."""
    outside = text[entity["start"]:max(entity["start"], place["start"])] + " " + \
        text[min(entity["end"], place["end"]):entity["end"]]
    words = [w for w in outside.replace("’", "'").split() if w.casefold() not in {"the", "'s", "'"}]
    return bool(words)


def places_as_orgs(gold: dict, entities: list[dict]) -> list[str]:
    """Place names of the gold text that the pipeline labelled as an organisation or product,
    the place itself (not a longer name it is a word of)."""
    out = []
    text = gold.get("text", "")
    for p in gold.get("places", []):
        for e in entities:
            if e["start"] < p["end"] and e["end"] > p["start"] and e["label"] in ORG_LIKE \
                    and not _names_more(e, p, text):
                out.append(f"{p['text']} -> {e['text']}/{e['label']}")
    return out


def configure(exact_names: bool) -> None:
    """The scorer's name folds on (the default) or off (``--exact-names``), for every set scored
    after it in this process."""
    from nlp.eval import quotes

    quotes.FOLD_LEGAL_FORMS = not exact_names
    if not exact_names:  # "Meta Platforms" and "Meta": one entity of the project's gazetteer
        from claimtrack.config import NLP_DATA
        quotes.ALIASES = quotes.load_aliases(NLP_DATA / "gazetteer.jsonl")


def score_file(nlp, gold: Path, keep: dict | None = None):
    """(the figures, the Score, the places labelled as organisations, each article's rule trace,
    the gold articles) of one gold file, analysed with ``nlp``; each article's analysis (the
    JSON contract) goes to ``keep`` by id when it is given."""
    from claimtrack.records import Article
    from nlp.eval.quotes import Score
    from nlp.pipeline import analyse

    docs = load(gold)
    for d in docs:  # speakers compared case- and space-insensitively
        for q in d["quotes"]:
            q["speaker"] = _canon(q.get("speaker")) or None
        for n in d.get("no_comment", []):
            n["speaker"] = _canon(n["speaker"])
    by_id = {d["id"]: d for d in docs}
    score, bad_places, traces = Score(), [], {}
    items = [(Article(url=d.get("url") or f"eval:{d['id']}", text=d["text"]), d["id"]) for d in docs]
    for a in analyse(nlp, items):
        pred = a.to_json_dict()
        for q in pred["quotes"]:
            q["speaker"] = _canon(q.get("speaker")) or None
        for n in pred["no_comment"]:
            n["speaker"] = _canon(n["speaker"])
        score.add(a.source, by_id[a.source], pred)
        if keep is not None:
            keep[a.source] = pred
        traces[a.source] = a.trace
        bad_places += [(a.source, x) for x in places_as_orgs(by_id[a.source], pred["entities"])]
    t = score.table()
    t["places_as_org"] = len(bad_places)
    # of the wrong speakers, those given to another party (the worst error: a statement in the
    # wrong mouth) apart from those left with no party (the subject's words kept as written)
    t["speaker_unnamed"] = sum(1 for r in score.wrong_speakers if r[3] is None)
    t["speaker_other_party"] = len(score.wrong_speakers) - t["speaker_unnamed"]
    t["articles"] = len(docs)
    return t, score, bad_places, traces, docs


@click.command()
@click.option("--gold", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=DEFAULT_GOLD, show_default=True)
@click.option("--errors", is_flag=True, help="Print every miss and wrong speaker, stance, place.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--exact-names", is_flag=True,
              help="Compare speakers exactly: 'X, Inc.' and 'X', 'Jed S. Rakoff' and 'Jed Rakoff', 'A and B' "
                   "and 'A', 'Meta Platforms' and 'Meta' differ (by default a legal form, a leading "
                   "'The' and a middle initial are folded, the first party of a listed gold speaker "
                   "is its speaker, names the project's gazetteer gives one entity are one, and a "
                   "statement left with no party whose words are the gold's description ('a group of "
                   "authors') is right; also a dash's spacing, an abbreviation's full stops, an acronym "
                   "and its name, two words for an unnamed source, and a gold direct quote that is "
                   "exactly a quoted fragment of a mixed statement).")
@click.option("--demo", is_flag=True,
              help="Analyse with the demo world's settings (its fictional gazetteer: places such as "
                   "'Calder'), for the blind re-annotation of the fictional demo corpus.")
@click.option("--stances", "stances_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write every matched statement's gold and our stance, cue and deciding rule to "
                   "this JSONL file and print the confusion matrix (nlp/eval/stance_confusion.py).")
def main(gold, errors, as_json, exact_names, demo, stances_out):
    """Score attribution, speakers, no-comments, stance and places on the real AI-IP set."""
    sys.path.insert(0, str(REPO))
    from claimtrack.config import Settings, demo_settings
    from nlp.pipeline import build_pipeline

    configure(exact_names)
    nlp = build_pipeline(demo_settings() if demo else Settings())
    t, score, bad_places, traces, docs = score_file(nlp, gold)
    from nlp.eval.report import warn_failed

    warn_failed(score.failed)
    if as_json:
        click.echo(json.dumps(t, indent=1))
    else:
        for k in ("direct", "mixed", "indirect", "all"):
            r = t[k]
            click.echo(f"{k:9s} gold {r['gold']:4d} predicted {r['predicted']:4d}  recall {r['recall']}  "
                       f"precision {r['precision']}  speaker {r['speaker_accuracy']}")
        nc = t["no_comment"]
        click.echo(f"no-comments gold {nc['gold']} predicted {nc['predicted']} recall {nc['recall']} "
                   f"precision {nc['precision']} kind right {nc['kind_right']}")
        click.echo(f"wrong speakers: {t['speaker_other_party']} given to another party, "
                   f"{t['speaker_unnamed']} with no party named; right as the first of a listed "
                   f"gold speaker: {t['speaker_first_listed']}, as a gazetteer alias: {t['speaker_by_alias']}, "
                   f"no party with the gold's description: {t['speaker_as_written']}")
        sides = t["speaker_same_side"]
        click.echo(f"speaker right counting the same side under another writer's convention "
                   f"(nlp/eval/speaker_sides.py): {sides['accuracy']} "
                   f"({', '.join(f'{k} {v}' for k, v in sides.items() if k != 'accuracy') or 'none folded'})")
        click.echo(f"stance right {t['claims']['stance_accuracy']} of {t['claims']['checked']} matched "
                   f"({t['claims']['stance_lawsuit_or_accusation']} with lawsuit and accusation as one); "
                   f"duplicates {t['duplicates']}; places labelled as organisations {len(bad_places)}; "
                   f"{len(docs)} articles" + (f"; ANALYSIS FAILED on {len(score.failed)}" if score.failed else ""))
    if stances_out:
        from nlp.eval.stance_confusion import print_matrix, write_rows
        rows = write_rows(stances_out, gold.parent.name, score, traces, docs)
        if not as_json:
            print_matrix(rows)
    if errors:
        for title, rows in (("MISSED", score.misses), ("EXTRA", score.extras),
                            ("WRONG SPEAKER", score.wrong_speakers), ("NO-COMMENT", score.nc_errors),
                            ("STANCE", score.stance_errors), ("PLACE AS ORG", bad_places)):
            click.echo(f"\n== {title}: {len(rows)}")
            for r in rows:
                click.echo("  " + " | ".join(str(x) for x in r))


if __name__ == "__main__":
    main()
