"""Which entity each name of an analysis stands for: its id, decided here, stored by db/.

Whether "OpenAI", "the ChatGPT maker" and "Open AI" are one entity is a judgement about
language, so it is made by the analysis: a name the gazetteer knows is its gazetteer entity,
any other is the entity of its name key and type (:func:`claimtrack.ids.entity_id`, so
"Tamsin Okafor" written three ways is one entity). The ids travel in the
:class:`~claimtrack.records.Analysis` (``Entity.id``, ``Quote.speaker_id``, ... and
``Analysis.entity_refs``, the rows in the order they were decided); storage writes what was
decided and never looks a name up.

Within one analysis a name keeps the first id decided for it: entities first, then each
quote's speaker and organisation, the no-comments, and the claims' claimants and targets.
"""

from __future__ import annotations

from typing import Iterable

from claimtrack.ids import entity_id
from claimtrack.records import Analysis, EntityRef
from nlp.gazetteer import Gazetteer

# Entity labels worth an entity row; dates, numbers and money are not parties to anything.
PARTY_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "GPE", "COURT", "OUTLET", "LAW", "NORP",
                          "WORK_OF_ART", "EVENT", "FAC"})


def entity_ref(gazetteer: Gazetteer, canonical: str, label: str) -> EntityRef:
    """The entity a canonical name of type ``label`` stands for."""
    g = gazetteer.by_name.get(canonical) or gazetteer.lookup(canonical)
    if g is not None:
        return EntityRef(g.id, g.name, g.type)
    return EntityRef(entity_id(canonical, label), canonical, label)


def label_of(analysis: Analysis, name: str | None) -> str:
    """The type a claimant or target is known by in this analysis: its label as a speaker,
    else as an entity, else an organisation."""
    for q in analysis.quotes:
        if q.speaker == name and q.speaker_label:
            return q.speaker_label
    for e in analysis.entities:
        if e.canonical == name:
            return e.label
    return "ORG"


def assign_ids(analysis: Analysis, gazetteer: Gazetteer) -> Analysis:
    """Fill in the entity ids of every entity, speaker, no-comment and claim (in place)."""
    if analysis.error:
        return analysis
    refs: dict[str, EntityRef] = {}

    def ref(name: str | None, label: str) -> str | None:
        if not name:
            return None
        if name not in refs:
            refs[name] = entity_ref(gazetteer, name, label)
        return refs[name].id

    for e in analysis.entities:
        if e.label in PARTY_LABELS:
            e.id = ref(e.canonical, e.label)
    for q in analysis.quotes:
        q.speaker_id = ref(q.speaker, q.speaker_label or "PERSON")
        q.speaker_org_id = ref(q.speaker_org, "ORG")
    for n in analysis.no_comment:
        n.speaker_id = ref(n.speaker, n.speaker_label or "ORG")
    for c in analysis.claims:
        c.claimant_id = ref(c.claimant, label_of(analysis, c.claimant))
        c.target_id = ref(c.target, label_of(analysis, c.target)) if c.target else None
    analysis.entity_refs = list(refs.values())
    return analysis


def dispute_refs(disputes: Iterable[dict], gazetteer: Gazetteer) -> list[dict]:
    """The known disputes (claimtrack.config.load_disputes) with the entity of their court
    (``court_ref``) and of each party (``ref``) decided, for storage to seed."""
    out = []
    for d in disputes:
        d = dict(d)
        if d.get("court"):
            d["court_ref"] = entity_ref(gazetteer, d["court"], "COURT")
        d["parties"] = [{**p, "ref": entity_ref(gazetteer, p["entity"], p.get("type", "ORG"))}
                        for p in d.get("parties", [])]
        out.append(d)
    return out
