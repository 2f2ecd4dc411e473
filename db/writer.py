"""Writes the stages' records into the SQLite database with sqlite-utils.

Every write is an upsert keyed by a stable id, and every article's analysis is replaced as a
whole inside one transaction, so a crash mid-run leaves what was committed intact and a re-run
leaves the database unchanged, row for row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Iterable
from urllib.parse import urlparse

import sqlite_utils

from claimtrack.records import Analysis, Article, Docket, DocketEntry, stable_id
from db.schema import TABLES, ensure_schema
from nlp.gazetteer import Gazetteer, normalise, slugify
from nlp.memory import learn

# NER labels worth an entity row; dates, numbers and money are not parties to anything.
ENTITY_LABELS = {"PERSON", "ORG", "PRODUCT", "GPE", "COURT", "OUTLET", "LAW", "NORP",
                 "WORK_OF_ART", "EVENT", "FAC"}


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def open_db(path: str | Path) -> sqlite_utils.Database:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    return db


# ---------------------------------------------------------------- entities

class EntityResolver:
    """Maps a canonical name and label to the one ``entities`` row it stands for.

    Gazetteer entities keep their gazetteer id; any other entity gets one row per distinct
    normalised name and type, so "Tamsin Okafor" written three ways is still one row.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def resolve(self, canonical: str, label: str) -> tuple[str, str, str]:
        """Return (entity id, canonical name, type)."""
        g = self.gazetteer.by_name.get(canonical) or self.gazetteer.lookup(canonical)
        if g is not None:
            return g.id, g.name, g.type
        key = normalise(canonical) or canonical.lower()
        return f"{label.lower()}-{slugify(key)}", canonical, label


def seed_gazetteer(db: sqlite_utils.Database, gazetteer: Gazetteer) -> None:
    """Every gazetteer entity gets its row and its aliases, mentioned or not."""
    with db.atomic():
        db.table("entities").upsert_all(
            ({"id": e.id, "name": e.name, "type": e.type, "kind": e.kind,
              "wikidata": e.wikidata, "description": e.description, "in_gazetteer": 1}
             for e in gazetteer.entities.values()),
            pk="id",
        )
        rows = []
        for e in gazetteer.entities.values():
            for alias in {e.name, *e.aliases, *e.context_aliases}:
                rows.append({"id": stable_id(e.id, alias), "entity_id": e.id, "alias": alias,
                             "origin": "gazetteer"})
        db.table("aliases").upsert_all(rows, pk="id")


def seed_disputes(db: sqlite_utils.Database, paths: Iterable[Path], resolver: EntityResolver) -> None:
    """Known disputes and their parties, from data files (JSON list or YAML)."""
    for path in paths:
        path = Path(path)
        if not path.exists():
            continue
        if path.suffix in (".yml", ".yaml"):
            import yaml
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        else:
            items = json.loads(path.read_text(encoding="utf-8"))
        with db.atomic():
            for d in items:
                court_id = None
                if d.get("court"):
                    court_id, _, _ = resolver.resolve(d["court"], "COURT")
                    _ensure_entity(db, resolver, d["court"], "COURT")
                db.table("disputes").upsert({
                    "id": d["id"], "name": d["name"], "kind": d.get("kind"),
                    "court": d.get("court"), "court_id": court_id, "docket": d.get("docket"),
                    "filed": d.get("filed"), "status": d.get("status"),
                    "courtlistener_id": d.get("courtlistener_id"), "origin": path.name,
                }, pk="id")
                for p in d.get("parties", []):
                    eid = _ensure_entity(db, resolver, p["entity"], p.get("type", "ORG"))
                    db.table("dispute_parties").upsert(
                        {"dispute_id": d["id"], "entity_id": eid, "role": p["role"]},
                        pk=("dispute_id", "entity_id", "role"))


def _ensure_entity(db, resolver: EntityResolver, name: str, label: str) -> str:
    eid, cname, etype = resolver.resolve(name, label)
    db.table("entities").insert(
        {"id": eid, "name": cname, "type": etype, "in_gazetteer": 0}, pk="id", ignore=True)
    return eid


# ---------------------------------------------------------------- crawl side

def outlet_id(name: str | None, url: str | None) -> str | None:
    if name:
        return slugify(name)
    if url:
        host = urlparse(url).hostname or ""
        return slugify(host.removeprefix("www.")) if host else None
    return None


def upsert_article(db: sqlite_utils.Database, article: Article) -> str:
    """Store one extracted article (and its outlet and authors). Returns the article id."""
    oid = outlet_id(article.outlet, article.canonical_url or article.url)
    aid = article.id
    loc = article.archive
    with db.atomic():
        if oid:
            db.table("outlets").upsert(
                {"id": oid, "name": article.outlet or oid,
                 "domain": urlparse(article.canonical_url or article.url).hostname,
                 "source": article.source}, pk="id")
        existing = db.table("articles").get(aid) if _exists(db, "articles", aid) else None
        row = {
            "id": aid, "url": article.url, "canonical_url": article.canonical_url,
            "outlet_id": oid, "title": article.title, "published": article.published,
            "updated": article.updated, "fetched_at": article.fetched_at,
            "language": article.language, "text": article.text, "source": article.source,
            "discovered_via": article.discovered_via, "relevance": article.relevance,
            "warc_file": loc.warc_file if loc else None,
            "warc_offset": loc.offset if loc else None,
            "warc_length": loc.length if loc else None,
            "warc_record_id": loc.record_id if loc else None,
        }
        if existing and existing.get("text") != article.text:
            row["analysed_at"] = None  # text changed: analyse again
        db.table("articles").upsert(row, pk="id")
        if not existing or existing.get("text") != article.text:
            from db.stories import signature

            db.table("story_signatures").upsert(
                {"article_id": aid, "minhash": signature(article.text)}, pk="article_id")
        db.execute("delete from article_authors where article_id = ?", [aid])
        for name in dict.fromkeys(a.strip() for a in article.authors if a and a.strip()):
            au = slugify(name)
            db.table("authors").upsert({"id": au, "name": name}, pk="id")
            db.table("article_authors").upsert({"article_id": aid, "author_id": au},
                                               pk=("article_id", "author_id"))
    return aid


def upsert_docket(db: sqlite_utils.Database, d: Docket) -> str:
    """A CourtListener docket is a lawsuit dispute; a known dispute with the same
    CourtListener id (seeded from data) is updated rather than duplicated."""
    known = db.execute("select id from disputes where courtlistener_id = ?",
                       [d.courtlistener_id]).fetchone()
    did = known[0] if known else f"cl-{d.courtlistener_id}"
    row = {"id": did, "courtlistener_id": d.courtlistener_id, "docket": d.docket_number,
           "filed": d.filed, "status": "terminated" if d.terminated else "open"}
    if not known:
        row.update(name=d.case_name, kind="lawsuit", court=d.court, origin="courtlistener")
    with db.atomic():
        db.table("disputes").upsert(row, pk="id")
    return did


def upsert_docket_entry(db: sqlite_utils.Database, e: DocketEntry) -> None:
    known = db.execute("select id from disputes where courtlistener_id = ?", [e.docket_id]).fetchone()
    did = known[0] if known else f"cl-{e.docket_id}"
    with db.atomic():
        db.table("dispute_events").upsert({
            "id": f"cl-entry-{e.courtlistener_id}", "dispute_id": did, "date": e.date,
            "entry_number": e.entry_number, "description": e.description, "url": e.url,
            "origin": "courtlistener"}, pk="id")


def _exists(db, table: str, pk: str) -> bool:
    return bool(db.execute(f"select 1 from [{table}] where id = ?", [pk]).fetchone())


def fetch_id(url: str, *observation: str) -> str:
    """A fetch row is one observation of a URL: the same answer (status and body hash, or the
    same error) seen again updates its row rather than adding one, so re-runs add no rows."""
    return stable_id(url, *observation)


def record_fetch(db: sqlite_utils.Database, row: dict) -> None:
    """Insert or update one observation (``row["id"]`` from :func:`fetch_id`).

    ``_new_attempt`` False marks a later note on the same request (its outcome, the reason a
    page was dropped) rather than another attempt."""
    new_attempt = row.pop("_new_attempt", True)
    prev = db.execute("select attempts, status from fetches where id = ?", [row["id"]]).fetchone()
    if prev:
        row["attempts"] = (prev[0] or 1) + (1 if new_attempt else 0)
        if row.get("status") is None and prev[1] is not None:
            row["status"] = prev[1]
    else:
        row["attempts"] = 1
    db.table("fetches").upsert(row, pk="id", alter=True)


def known_response(db: sqlite_utils.Database, fid: str) -> dict | None:
    """The archive place of an observation already recorded (an unchanged page)."""
    r = db.execute("select warc_file, warc_offset, warc_length from fetches where id = ? "
                   "and warc_file is not null", [fid]).fetchone()
    return {"warc_file": r[0], "warc_offset": r[1], "warc_length": r[2]} if r else None


def fetched_urls(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("select url from fetches where outcome = 'stored'")}


# ---------------------------------------------------------------- analysis side

def _drop_unreferenced_entities(db: sqlite_utils.Database) -> None:
    """A found entity (not the gazetteer's) that no row points to any more goes: re-analysis
    with a better memory re-typed "Gimlet" from place to company, and the place row would
    otherwise stay as an entity with no article."""
    refs = [(table, column) for table, (_, _, fks) in TABLES.items()
            for column, other, _ in fks if other == "entities" and table != "aliases"]
    used = " union ".join(f"select [{c}] from [{t}] where [{c}] is not null" for t, c in refs)
    db.execute(f"delete from aliases where entity_id in (select id from entities where "
               f"in_gazetteer = 0 and id not in ({used}))")
    db.execute(f"delete from entities where in_gazetteer = 0 and id not in ({used})")


def learned_names(db: sqlite_utils.Database) -> dict[str, str]:
    """The pipeline's memory across articles, from every article's typed names (nlp/memory.py)."""
    per_article: dict[str, dict[str, str]] = {}
    for row in db.query("select article_id, name, label from typed_names"):
        per_article.setdefault(row["article_id"], {})[row["name"]] = row["label"]
    return learn(per_article.values())


def write_analysis(db: sqlite_utils.Database, article_id: str, analysis: Analysis,
                   resolver: EntityResolver, published: str | None = None) -> None:
    """Replace one article's mentions, quote appearances, no-comments and claims."""
    with db.atomic():
        for table in ("mentions", "quote_appearances", "no_comments", "claims", "typed_names"):
            db.execute(f"delete from [{table}] where article_id = ?", [article_id])
        if analysis.error:
            db.execute("update articles set analysed_at = ?, analysis_error = ? where id = ?",
                       [now(), analysis.error, article_id])
            return
        ids_by_name: dict[str, str] = {}

        def ent(name: str | None, label: str | None) -> str | None:
            if not name:
                return None
            if name in ids_by_name:
                return ids_by_name[name]
            eid, cname, etype = resolver.resolve(name, label or "ORG")
            db.table("entities").insert(
                {"id": eid, "name": cname, "type": etype, "in_gazetteer": 0}, pk="id", ignore=True)
            ids_by_name[name] = eid
            return eid

        mentions, aliases = [], []
        for e in analysis.entities:
            if e.label not in ENTITY_LABELS:
                continue
            eid = ent(e.canonical, e.label)
            mentions.append({"id": stable_id(article_id, str(e.start), str(e.end)),
                             "article_id": article_id, "entity_id": eid, "text": e.text,
                             "label": e.label, "start": e.start, "end": e.end})
            if e.text != e.canonical and normalise(e.text):
                aliases.append({"id": stable_id(eid, e.text), "entity_id": eid,
                                "alias": e.text, "origin": "text"})
        db.table("mentions").upsert_all(mentions, pk="id")
        db.table("aliases").upsert_all(aliases, pk="id")
        db.table("typed_names").upsert_all(
            [{"id": stable_id(article_id, name), "article_id": article_id, "name": name,
              "label": label} for name, label in sorted(analysis.typed_names.items())], pk="id")

        quote_ids: list[str | None] = []
        for q in analysis.quotes:
            sid = ent(q.speaker, q.speaker_label or "PERSON")
            org = ent(q.speaker_org, "ORG")
            qid = quote_id(q.text)
            quote_ids.append(qid)
            db.table("quotes").insert(
                {"id": qid, "text": q.text, "kind": q.kind, "speaker_id": sid,
                 "speaker_role": q.speaker_role, "speaker_org_id": org},
                pk="id", ignore=True)
            db.table("quote_appearances").upsert({
                "id": stable_id(qid, article_id, str(q.start)), "quote_id": qid,
                "article_id": article_id, "start": q.start, "end": q.end, "kind": q.kind,
                "cue": q.cue, "speaker_id": sid, "speaker_text": q.speaker_text,
                "speaker_role": q.speaker_role, "speaker_org_id": org, "published": published,
            }, pk="id")
        for n in analysis.no_comment:
            eid = ent(n.speaker, n.speaker_label or "ORG")
            db.table("no_comments").upsert({
                "id": stable_id(article_id, n.speaker, n.kind, str(n.start)),
                "article_id": article_id, "entity_id": eid, "kind": n.kind,
                "sentence": _sentence_at(analysis.article.text, n.start, n.end),
                "start": n.start, "end": n.end, "published": published}, pk="id")
        for i, c in enumerate(analysis.claims):
            qid = quote_ids[c.quote] if c.quote is not None and c.quote < len(quote_ids) else None
            claimant = ent(c.claimant, _label_of(analysis, c.claimant))
            target = ent(c.target, _label_of(analysis, c.target)) if c.target else None
            db.table("claims").upsert({
                "id": stable_id(article_id, str(i), c.claimant, c.stance),
                "claimant_id": claimant, "target_id": target, "stance": c.stance,
                "quote_id": qid, "article_id": article_id,
                "dispute_id": match_dispute(db, claimant, target, analysis.article.text)
                or (accusation_dispute(db, claimant, target) if c.stance == "accusation" else None),
                "published": published}, pk="id")
        db.execute("update articles set analysed_at = ?, analysis_error = null where id = ?",
                   [now(), article_id])


def _label_of(analysis: Analysis, name: str | None) -> str:
    for q in analysis.quotes:
        if q.speaker == name and q.speaker_label:
            return q.speaker_label
    for e in analysis.entities:
        if e.canonical == name:
            return e.label
    return "ORG"


def _sentence_at(text: str, start: int | None, end: int | None) -> str | None:
    if start is None or end is None:
        return None
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left:right].strip()


_QUOTE_NORM = re.compile(r"[\W_]+", re.UNICODE)


def quote_id(text: str) -> str:
    """A quote is the same quote wherever it appears if its words are the same."""
    return stable_id(_QUOTE_NORM.sub(" ", text.lower()).strip())


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
    did = f"accusation-{accuser}-{accused}"[:120]
    db.table("disputes").insert({
        "id": did, "name": f"{names.get(accuser, accuser)} accuses {names.get(accused, accused)}",
        "kind": "accusation", "status": "open", "origin": "claims"}, pk="id", ignore=True)
    for eid, role in ((accuser, "accuser"), (accused, "accused")):
        db.table("dispute_parties").insert({"dispute_id": did, "entity_id": eid, "role": role},
                                           pk=("dispute_id", "entity_id", "role"), ignore=True)
    return did


# ---------------------------------------------------------------- after each run

def finalize(db: sqlite_utils.Database) -> None:
    """Derived columns that depend on more than one article: story groups, first appearances."""
    with db.atomic():
        # Syndicated copies (near-duplicate bodies) share a story id: db/stories.py.
        from db.stories import group_stories

        from db.stories import signature

        # articles stored before signatures were kept get theirs now, once
        for aid, text in db.execute("select id, text from articles where id not in "
                                    "(select article_id from story_signatures)").fetchall():
            db.table("story_signatures").insert({"article_id": aid, "minhash": signature(text)},
                                                pk="article_id", replace=True)
        arts = db.execute("select a.id, coalesce(a.published, '') || coalesce(a.fetched_at, ''), "
                          "s.minhash from articles a join story_signatures s on s.article_id = a.id"
                          ).fetchall()
        stories = group_stories(arts)
        current = dict(db.execute("select id, story_id from articles").fetchall())
        for aid, sid in stories.items():
            if current.get(aid) != sid:
                db.execute("update articles set story_id = ? where id = ?", [sid, aid])
        # disputes made from claims that no claim points to any more (the text was re-analysed)
        db.execute("delete from dispute_parties where dispute_id in (select id from disputes where "
                   "origin = 'claims' and id not in (select dispute_id from claims where dispute_id is not null))")
        db.execute("delete from disputes where origin = 'claims' and "
                   "id not in (select dispute_id from claims where dispute_id is not null)")
        db.execute("delete from quotes where id not in (select quote_id from quote_appearances)"
                   " and id not in (select quote_id from claims where quote_id is not null)")
        _drop_unreferenced_entities(db)
        db.execute("""
            update quotes set
              appearances = (select count(*) from quote_appearances qa where qa.quote_id = quotes.id),
              first_article_id = (
                select qa.article_id from quote_appearances qa join articles a on a.id = qa.article_id
                where qa.quote_id = quotes.id
                order by coalesce(a.published, '9999'), a.fetched_at, a.id limit 1),
              first_seen = (
                select min(coalesce(a.published, substr(a.fetched_at, 1, 10)))
                from quote_appearances qa join articles a on a.id = qa.article_id
                where qa.quote_id = quotes.id)
        """)
        db.execute("""
            update quotes set first_outlet_id =
              (select outlet_id from articles where id = quotes.first_article_id)
        """)
    checkpoint(db)


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the write-ahead log into the database file. Datasette opens the published file
    immutable, which reads the main file only: anything still in the WAL would be invisible."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
