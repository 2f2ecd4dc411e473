"""Writing one article's analysis: mentions, quotes, no-comments, claims, typed names.

Every article's analysis is replaced as a whole inside one transaction, so a crash mid-run
leaves what was committed intact and a re-run leaves the database unchanged, row for row. The
entity each name stands for was decided by the analysis (``Analysis.entity_refs`` and the
``*_id`` fields, nlp/identity.py); this module stores it and links claims to disputes.
"""

from __future__ import annotations

from typing import Iterator

import sqlite_utils

from claimtrack.ids import (accusation_dispute_id, alias_id, appearance_id, claim_id,
                            mention_id, no_comment_id, normalise, quote_id, typed_name_id)
from claimtrack.records import Analysis
from db import redirects
from db.connection import now
from db.seed import ensure_entity
from db.statements import joiner, verb

PER_ARTICLE = ("mentions", "quote_appearances", "no_comments", "claims", "typed_names")


def write_analysis(db: sqlite_utils.Database, article_id: str, analysis: Analysis,
                   published: str | None = None) -> None:
    """Replace one article's mentions, quote appearances, no-comments and claims."""
    with db.atomic():
        before = redirects.appearances(db, article_id)  # a moved quote's old id redirects
        for table in PER_ARTICLE:
            db.execute(f"delete from [{table}] where article_id = ?", [article_id])
        if analysis.error:
            db.execute("update articles set analysed_at = ?, analysis_error = ? where id = ?",
                       [now(), analysis.error, article_id])
            return
        for ref in analysis.entity_refs:
            ensure_entity(db, ref)
        _write_mentions(db, article_id, analysis)
        quote_ids = _write_quotes(db, article_id, analysis, published)
        redirects.record_moves(db, article_id, before, [
            (qid, q.start, q.end) for qid, q in zip(quote_ids, analysis.quotes)])
        disputes = []
        for i, c in enumerate(analysis.claims):
            q = analysis.quotes[c.quote] if c.quote is not None and c.quote < len(quote_ids) else None
            claimant, target = c.claimant_id, c.target_id
            dispute = match_dispute(db, claimant, target, analysis.article.text) \
                or (accusation_dispute(db, claimant, target) if c.stance == "accusation" else None)
            disputes.append(dispute)
            db.table("claims").upsert({
                "id": claim_id(article_id, i, c.claimant, c.stance),
                "claimant_id": claimant, "target_id": target, "stance": c.stance,
                "quote_id": quote_ids[c.quote] if q else None, "article_id": article_id,
                "dispute_id": dispute, "published": published,
                "stance_rules": _rules(analysis.trace, q, "stance", c.stance) if q else None}, pk="id")
        for n in analysis.no_comment:
            db.table("no_comments").upsert({
                "id": no_comment_id(article_id, n.speaker, n.kind, n.start),
                "article_id": article_id, "entity_id": n.speaker_id, "kind": n.kind,
                "sentence": _sentence_at(analysis.article.text, n.start, n.end),
                "start": n.start, "end": n.end, "published": published,
                "dispute_id": no_comment_dispute(db, n.speaker_id, disputes)}, pk="id")
        db.execute("update articles set analysed_at = ?, analysis_error = null where id = ?",
                   [now(), article_id])


def _write_mentions(db, article_id: str, analysis: Analysis) -> None:
    """Mentions of the entities that have a row, the other spellings as aliases, and the
    names the article's own wording typed (the memory's raw material)."""
    mentions, aliases = [], []
    for e in analysis.entities:
        if e.id is None:
            continue
        mentions.append({"id": mention_id(article_id, e.start, e.end),
                         "article_id": article_id, "entity_id": e.id, "text": e.text,
                         "label": e.label, "start": e.start, "end": e.end})
        if e.text != e.canonical and normalise(e.text):
            aliases.append({"id": alias_id(e.id, e.text), "entity_id": e.id,
                            "alias": e.text, "origin": "text"})
    db.table("mentions").upsert_all(mentions, pk="id")
    # An alias the gazetteer lists stays the gazetteer's (seeding runs before every `process`):
    # overwriting its origin with "text" here made a second run flip it back (issue 14).
    db.table("aliases").insert_all(aliases, pk="id", ignore=True)
    db.table("typed_names").upsert_all(
        [{"id": typed_name_id(article_id, name), "article_id": article_id, "name": name,
          "label": label} for name, label in sorted(analysis.typed_names.items())], pk="id")


def _write_quotes(db, article_id: str, analysis: Analysis, published: str | None) -> list[str]:
    """Each quote once (keyed by its words) and its appearance in this article."""
    quote_ids = [quote_id(q.text) for q in analysis.quotes]
    for q, qid in zip(analysis.quotes, quote_ids):  # first every quote (an answer points to one)
        db.table("quotes").insert(
            {"id": qid, "text": q.text, "kind": q.kind, "speaker_id": q.speaker_id,
             "speaker_role": q.speaker_role, "speaker_org_id": q.speaker_org_id},
            pk="id", ignore=True)
    for q, qid in zip(analysis.quotes, quote_ids):
        answers = q.answers if q.answers is not None and 0 <= q.answers < len(quote_ids) else None
        db.table("quote_appearances").upsert({
            "id": appearance_id(qid, article_id, q.start), "quote_id": qid,
            "article_id": article_id, "start": q.start, "end": q.end, "kind": q.kind,
            "cue": q.cue, "speaker_id": q.speaker_id, "speaker_text": q.speaker_text,
            "speaker_role": q.speaker_role, "speaker_org_id": q.speaker_org_id,
            "published": published, "verb": verb(q.cue), "joiner": joiner(q.kind, q.text),
            "answers_quote_id": quote_ids[answers] if answers is not None else None,
            "answers_how": "text" if answers is not None else None,
            "speaker_rules": _rules(analysis.trace, q, "attribution", q.speaker),
        }, pk="id")
    return quote_ids


def _rules(trace: list[dict], q, component: str, decision: str | None) -> str | None:
    """The named rules that decided a statement's speaker or stance (doc._.rule_trace, as
    `claimtrack analyze --explain` shows them), stored so the pages can say why. A denial and
    the accusation inside it share a span: the decision tells their records apart."""
    names = [r for t in trace if t.get("component") == component and t.get("decision") == decision
             and t["start"] < q.end and q.start < t["end"] for r in t.get("rules") or ()]
    return ", ".join(dict.fromkeys(names)) or None


def _sentence_at(text: str, start: int | None, end: int | None) -> str | None:
    """The no-comment's sentence: the analysis gives its span; a paragraph break inside it
    (a sentence splitter that ran on past the line's end) ends it."""
    if start is None or end is None:
        return None
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    return text[max(start, para_start):min(end, para_end if para_end != -1 else end)].strip() or None


def no_comment_dispute(db: sqlite_utils.Database, entity: str | None,
                       article_disputes: list[str | None]) -> str | None:
    """The dispute a no-comment belongs to: of the disputes the article's claims belong to, the
    one the entity is a party to, else the one most of them belong to; else the entity's own
    dispute when it is a party to one only."""
    found = [d for d in article_disputes if d]
    if entity and found:
        parties = {r[0] for r in db.execute(
            f"select dispute_id from dispute_parties where entity_id = ? and dispute_id in "
            f"({', '.join('?' * len(set(found)))})", [entity, *sorted(set(found))])}
        if parties:
            return min(parties, key=lambda d: (-found.count(d), d))
    if found:
        return min(set(found), key=lambda d: (-found.count(d), d))
    if entity:
        own = [r[0] for r in db.execute(
            "select distinct dispute_id from dispute_parties where entity_id = ?", [entity])]
        return own[0] if len(own) == 1 else None
    return None


def match_dispute(db: sqlite_utils.Database, claimant: str | None, target: str | None,
                  text: str) -> str | None:
    """The dispute whose parties best match a claim's claimant and target."""
    if not claimant:
        return None
    rows = db.execute(
        "select dispute_id, entity_id from dispute_parties where entity_id in (?, ?)",
        [claimant, target or ""]).fetchall()
    if not rows:
        return None
    scores: dict[str, int] = {}
    for did, eid in rows:
        scores[did] = scores.get(did, 0) + (2 if eid == claimant else 3)
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return best[0][0]


def accusation_dispute(db: sqlite_utils.Database, accuser: str | None, accused: str | None) -> str | None:
    """An accusation between two parties with no known dispute becomes a dispute of its own
    (kind accusation), so later claims between them gather under it."""
    if not accuser or not accused or accuser == accused:
        return None
    names = dict(db.execute("select id, name from entities where id in (?, ?)", [accuser, accused]).fetchall())
    did = accusation_dispute_id(accuser, accused)
    db.table("disputes").insert({
        "id": did, "name": f"{names.get(accuser, accuser)} accuses {names.get(accused, accused)}",
        "kind": "accusation", "status": "open", "origin": "claims"}, pk="id", ignore=True)
    for eid, role in ((accuser, "accuser"), (accused, "accused")):
        db.table("dispute_parties").insert({"dispute_id": did, "entity_id": eid, "role": role},
                                           pk=("dispute_id", "entity_id", "role"), ignore=True)
    return did


# ---------------------------------------------------------------- read back for the memory

def typed_names(db: sqlite_utils.Database) -> Iterator[dict[str, str]]:
    """Per article, the names its own wording typed, with their label (nlp/memory.py learns
    from them)."""
    per_article: dict[str, dict[str, str]] = {}
    for row in db.query("select article_id, name, label from typed_names"):
        per_article.setdefault(row["article_id"], {})[row["name"]] = row["label"]
    return iter(per_article.values())


def mention_labels(db: sqlite_utils.Database, article_id: str) -> list[tuple[str, str]]:
    """(text, label) of an article's mentions, the text lower-cased by SQLite (ASCII letters
    only: the memory's second-pass choice has always compared names that way)."""
    return db.execute("select lower(text), label from mentions where article_id = ?",
                      [article_id]).fetchall()
