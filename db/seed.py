"""Rows that are data before any article is read: known entities and known disputes.

Both come as plain records (claimtrack/records.py, claimtrack/config.py's ``load_disputes``)
with their entity ids already decided by the analysis (nlp/identity.py); the roof
(claimtrack/jobs.py) hands them over. Storage decides nothing about identity here.
"""

from __future__ import annotations

from itertools import groupby
from typing import Iterable

import sqlite_utils

from claimtrack.ids import alias_id, docket_dispute_id
from claimtrack.records import EntityRef, KnownEntity


def seed_entities(db: sqlite_utils.Database, entities: Iterable[KnownEntity]) -> None:
    """Every known entity gets its row and its aliases, mentioned or not."""
    entities = list(entities)
    with db.atomic():
        db.table("entities").upsert_all(
            ({"id": e.id, "name": e.name, "type": e.type, "kind": e.kind,
              "wikidata": e.wikidata, "description": e.description, "in_gazetteer": 1}
             for e in entities),
            pk="id",
        )
        rows = []
        for e in entities:
            for alias in {e.name, *e.aliases, *e.context_aliases}:
                rows.append({"id": alias_id(e.id, alias), "entity_id": e.id, "alias": alias,
                             "origin": "gazetteer"})
        db.table("aliases").upsert_all(rows, pk="id")


def seed_disputes(db: sqlite_utils.Database, disputes: Iterable[dict]) -> None:
    """Known disputes and their parties: ``load_disputes`` records whose court
    (``court_ref``) and parties (``ref``) carry the entity they stand for. One transaction
    per data file, as each file is a unit."""
    for _, items in groupby(disputes, key=lambda d: d["origin"]):
        with db.atomic():
            for d in items:
                _seed_dispute(db, d)


def _seed_dispute(db: sqlite_utils.Database, d: dict) -> None:
    court_id = ensure_entity(db, d["court_ref"]) if d.get("court") else None
    db.table("disputes").upsert({
        "id": d["id"], "name": d["name"], "kind": d.get("kind"),
        "court": d.get("court"), "court_id": court_id, "docket": d.get("docket"),
        "filed": d.get("filed"), "status": d.get("status"),
        "courtlistener_id": d.get("courtlistener_id"), "origin": d["origin"],
    }, pk="id")
    if d.get("courtlistener_id"):
        _adopt_docket(db, d["id"], int(d["courtlistener_id"]))
    for p in d.get("parties", []):
        eid = ensure_entity(db, p["ref"])
        db.table("dispute_parties").upsert(
            {"dispute_id": d["id"], "entity_id": eid, "role": p["role"]},
            pk=("dispute_id", "entity_id", "role"))


def _adopt_docket(db: sqlite_utils.Database, dispute: str, courtlistener_id: int) -> None:
    """A docket crawled before its known dispute was seeded became a dispute of its own
    (``cl-<id>``, db/articles.py): its entries move to the known dispute and it goes."""
    other = docket_dispute_id(courtlistener_id)
    if other == dispute:
        return
    for table in ("dispute_events", "claims"):
        db.execute(f"update [{table}] set dispute_id = ? where dispute_id = ?", [dispute, other])
    db.execute("delete from dispute_parties where dispute_id = ?", [other])
    db.execute("delete from disputes where id = ? and origin = 'courtlistener'", [other])


def ensure_entity(db: sqlite_utils.Database, ref: EntityRef) -> str:
    """The entity's row, added (as found, not from the gazetteer) unless it exists."""
    db.table("entities").insert(
        {"id": ref.id, "name": ref.name, "type": ref.type, "in_gazetteer": 0}, pk="id", ignore=True)
    return ref.id
