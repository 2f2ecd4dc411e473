"""What ``make eval`` prints for the evaluation sets (nlp/eval/sets.py): figures and errors."""

from __future__ import annotations

import click

from nlp.eval.entities import GROUP_NAMES, EntityScore
from nlp.eval.quotes import KINDS, Score


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def print_entities(tables: dict[str, dict], gold_file: str) -> None:
    """``gold_file``: the entity gold file as shown (nlp/eval/sets.py's ``GoldSet.shown``)."""
    systems = list(tables)
    click.echo(f"ENTITIES ({gold_file}), mention level; "
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


def print_attribution(rows: dict, baseline: dict | None, gold_file: str) -> None:
    # "nlp.evaluate" is what the scorer was called when these figures were first printed;
    # the line is kept as it was so that the printed figures stay comparable (nlp/eval/quotes.py)
    click.echo(f"ATTRIBUTION ({gold_file}), quotes matched as in "
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
    print_listed(system, [("ENT-MISS", score.misses), ("ENT-CANONICAL", score.wrong_canonical),
                          ("ENT-EXTRA", score.extras), ("ENT-MISLABEL", score.mislabels)])


def print_attribution_errors(score: Score, system: str) -> None:
    print_errors(score, system)


def print_table(rows: dict, title: str) -> None:
    click.echo(title)
    click.echo(f"  {'kind':<11}{'gold':>6}{'found':>7}{'recall':>8}{'precision':>11}{'speaker acc':>13}")
    fmt = lambda v: f"{v:.3f}" if isinstance(v, float) else ("-" if v is None else str(v))
    for k in (*KINDS, "all", "no_comment"):
        r = rows[k]
        click.echo(f"  {k:<11}{r['gold']:>6}{r['predicted']:>7}{fmt(r['recall']):>8}"
                   f"{fmt(r['precision']):>11}{fmt(r.get('speaker_accuracy')):>13}")
    click.echo(f"  same quote returned twice from one article: {rows['duplicates']}")
    c = rows.get("claims") or {}
    if c.get("checked"):
        click.echo(f"  claims of matched statements: stance accuracy {fmt(c['stance_accuracy'])}, "
                   f"target accuracy {fmt(c['target_accuracy'])} ({c['checked']} checked)")


def print_listed(system: str | None, tagged: list[tuple[str, list]]) -> None:
    """One line per listed error: ``TAG item`` (``TAG[system] item`` when a system is named)."""
    suffix = f"[{system}]" if system else ""
    for tag, items in tagged:
        for item in items:
            click.echo(f"{tag}{suffix} {item}")


def print_errors(score: Score, system: str | None = None) -> None:
    """Misses, wrong speakers, extras, no-comment and stance errors of a statement score."""
    print_listed(system, [("MISS", score.misses), ("SPEAKER", score.wrong_speakers),
                          ("EXTRA", score.extras), ("NO-COMMENT", score.nc_errors),
                          ("STANCE", score.stance_errors)])


def warn_failed(failed: list) -> None:
    """Every article whose analysis failed, on stderr: its statements are missing from the
    figures printed, which would otherwise only look lower."""
    if failed:
        click.echo(f"ANALYSIS FAILED on {len(failed)} article(s); the figures lack their statements:", err=True)
        for name, error in failed:
            click.echo(f"  {name}: {error}", err=True)
