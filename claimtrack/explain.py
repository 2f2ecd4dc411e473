"""``claimtrack analyze --explain``: which named rules decided each entity and each speaker.

The entity typer and the attribution record the rules that fired in ``doc._.rule_trace``
(nlp/extensions.py), which the analysis keeps as ``Analysis.trace``: dicts of component,
start, end, text, decision and rules. This module only pairs those records with what the
analysis found, so a journalist asking "why is this the speaker?" reads the answer beside the
quote:

- an entity is explained by the entity components' records on its span (or, as the typer pools
  the evidence of every mention of a name, on another mention of the same name);
- a quote's speaker by the other components' records on the quote's span, or on the speaker's
  words near it.

Records that explain nothing found are listed last, so no rule that fired is hidden.
"""

from __future__ import annotations

from typing import Any

import click

from claimtrack.records import Analysis

_ENTITY_COMPONENT_WORDS = ("entit", "gazetteer", "canonical")
NEAR = 300  # characters around a quote in which its speaker's words are looked for


def is_entity_component(component: str) -> bool:
    return any(w in component for w in _ENTITY_COMPONENT_WORDS)


def _overlaps(t: dict, start: int | None, end: int | None) -> bool:
    if start is None or end is None:
        return False
    return t["start"] < end and start < t["end"]


def _rule(t: dict) -> dict[str, Any]:
    return {"component": t["component"], "text": t["text"], "decision": t["decision"],
            "rules": list(t["rules"])}


def explanation(a: Analysis) -> dict[str, list]:
    """The rules behind each entity and each quote's speaker of one analysis (JSON-ready)."""
    used: set[int] = set()
    ent_trace = [(i, t) for i, t in enumerate(a.trace) if is_entity_component(t["component"])]
    att_trace = [(i, t) for i, t in enumerate(a.trace) if not is_entity_component(t["component"])]
    entities = []
    for e in a.entities:
        hits = [(i, t) for i, t in ent_trace if _overlaps(t, e.start, e.end)]
        if not hits:
            names = {e.text.lower(), e.canonical.lower()}
            hits = [(i, t) for i, t in ent_trace if t["text"].lower() in names]
        used.update(i for i, _ in hits)
        entities.append({"text": e.text, "label": e.label, "canonical": e.canonical,
                         "start": e.start, "end": e.end, "rules": [_rule(t) for _, t in hits]})
    speakers = []
    for n, q in enumerate(a.quotes):
        hits = [(i, t) for i, t in att_trace if _overlaps(t, q.start, q.end)
                or (q.speaker_text and t["text"] == q.speaker_text
                    and q.start - NEAR <= t["start"] <= q.end + NEAR)]
        used.update(i for i, _ in hits)
        speakers.append({"quote": n, "kind": q.kind, "text": q.text, "speaker": q.speaker,
                         "speaker_text": q.speaker_text, "rules": [_rule(t) for _, t in hits]})
    other = [_rule(t) for i, t in enumerate(a.trace) if i not in used]
    return {"entities": entities, "speakers": speakers, "other": other}


def _rules_line(rules: list[dict]) -> str:
    if not rules:
        return "no rule recorded (the statistical model or the gazetteer decided)"
    return "; ".join(f"{r['component']} -> {r['decision']}: {', '.join(r['rules']) or '-'}"
                     for r in rules)


def print_explanation(ex: dict[str, list]) -> None:
    """The human form of :func:`explanation`, after the analysis's own lines."""
    click.echo("  why:")
    for e in ex["entities"]:
        click.echo(f"    entity {e['text']!r} [{e['label']}] = {e['canonical']}: "
                   f"{_rules_line(e['rules'])}")
    for s in ex["speakers"]:
        quote = s["text"] if len(s["text"]) <= 50 else s["text"][:47] + "..."
        click.echo(f"    speaker of [{s['kind']}] {quote!r} = {s['speaker'] or '?'}: "
                   f"{_rules_line(s['rules'])}")
    for r in ex["other"]:
        click.echo(f"    other: {r['text']!r}: {_rules_line([r])}")
