"""The database's shape (SPEC.md, "Database"), created with sqlite-utils.

Tables are created explicitly, with their primary keys, column types and foreign keys, so an
empty database already documents itself in Datasette. Every primary key is a stable id derived
from the row's content (made in claimtrack/ids.py), which is what makes re-runs
upsert instead of duplicating.
"""

from __future__ import annotations

import sqlite_utils

from db.firsts import tied

# table -> (columns, pk, foreign keys)
TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...], list[tuple[str, str, str]]]] = {
    "outlets": (
        {"id": str, "name": str, "domain": str, "source": str},
        "id",
        [],
    ),
    "entities": (
        {"id": str, "name": str, "type": str, "kind": str, "wikidata": str,
         "description": str, "in_gazetteer": int},
        "id",
        [],
    ),
    "aliases": (
        {"id": str, "entity_id": str, "alias": str, "origin": str},
        "id",
        [("entity_id", "entities", "id")],
    ),
    "articles": (
        {"id": str, "url": str, "canonical_url": str, "outlet_id": str, "title": str,
         "published": str, "published_at": str, "appeared_at": str, "updated": str,
         "fetched_at": str, "language": str, "text": str,
         "source": str, "discovered_via": str, "relevance": str, "story_id": str,
         "credit": str, "story_origin": str, "is_copy": int,
         "warc_file": str, "warc_offset": int, "warc_length": int, "warc_record_id": str,
         "analysed_at": str, "analysis_error": str, "first_fetched_at": str},
        "id",
        [("outlet_id", "outlets", "id")],
    ),
    "authors": (
        {"id": str, "name": str},
        "id",
        [],
    ),
    "article_authors": (
        {"article_id": str, "author_id": str},
        ("article_id", "author_id"),
        [("article_id", "articles", "id"), ("author_id", "authors", "id")],
    ),
    "mentions": (
        {"id": str, "article_id": str, "entity_id": str, "text": str, "label": str,
         "start": int, "end": int},
        "id",
        [("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    ),
    "quotes": (
        {"id": str, "text": str, "kind": str, "speaker_id": str, "speaker_role": str,
         "speaker_org_id": str, "first_article_id": str, "first_outlet_id": str,
         "first_seen": str, "first_tied": int, "appearances": int},
        "id",
        [("speaker_id", "entities", "id"), ("speaker_org_id", "entities", "id"),
         ("first_article_id", "articles", "id"), ("first_outlet_id", "outlets", "id")],
    ),
    "quote_appearances": (
        {"id": str, "quote_id": str, "article_id": str, "start": int, "end": int,
         "kind": str, "cue": str, "speaker_id": str, "speaker_text": str,
         "speaker_role": str, "speaker_org_id": str, "published": str,
         "verb": str, "joiner": str, "answers_quote_id": str, "answers_how": str,
         "speaker_rules": str},
        "id",
        [("quote_id", "quotes", "id"), ("article_id", "articles", "id"),
         ("speaker_id", "entities", "id"), ("speaker_org_id", "entities", "id"),
         ("answers_quote_id", "quotes", "id")],
    ),
    "disputes": (
        {"id": str, "name": str, "kind": str, "court": str, "court_id": str, "docket": str,
         "filed": str, "status": str, "courtlistener_id": int, "origin": str},
        "id",
        [("court_id", "entities", "id")],
    ),
    "no_comments": (
        {"id": str, "article_id": str, "entity_id": str, "kind": str, "sentence": str,
         "start": int, "end": int, "published": str, "dispute_id": str},
        "id",
        [("article_id", "articles", "id"), ("entity_id", "entities", "id"),
         ("dispute_id", "disputes", "id")],
    ),
    "dispute_events": (
        {"id": str, "dispute_id": str, "date": str, "entry_number": int, "description": str,
         "url": str, "origin": str},
        "id",
        [("dispute_id", "disputes", "id")],
    ),
    "dispute_parties": (
        {"dispute_id": str, "entity_id": str, "role": str},
        ("dispute_id", "entity_id", "role"),
        [("dispute_id", "disputes", "id"), ("entity_id", "entities", "id")],
    ),
    "claims": (
        {"id": str, "claimant_id": str, "target_id": str, "stance": str, "quote_id": str,
         "article_id": str, "dispute_id": str, "published": str, "stance_rules": str},
        "id",
        [("claimant_id", "entities", "id"), ("target_id", "entities", "id"),
         ("quote_id", "quotes", "id"), ("article_id", "articles", "id"),
         ("dispute_id", "disputes", "id")],
    ),
    "story_signatures": (
        {"article_id": str, "minhash": bytes},
        "article_id",
        [("article_id", "articles", "id")],
    ),
    "typed_names": (
        {"id": str, "article_id": str, "name": str, "label": str},
        "id",
        [("article_id", "articles", "id")],
    ),
    "settings": (  # where this database's archive lies, relative to the database's folder
        {"key": str, "value": str},
        "key",
        [],
    ),
    "quote_redirects": (  # a quote's old id -> its id after re-analysis moved its boundaries
        {"old_id": str, "new_id": str, "article_id": str},
        "old_id",
        [],
    ),
    "fetches": (
        {"id": str, "run_id": str, "url": str, "final_url": str, "status": int,
         "fetched_at": str, "bytes": int, "content_type": str, "error": str, "attempts": int,
         "outcome": str, "note": str, "warc_file": str, "warc_offset": int, "warc_length": int},
        "id",
        [],
    ),
}

FTS: dict[str, list[str]] = {
    "articles": ["title", "text"],
    "quotes": ["text"],
    "entities": ["name", "description"],
}

# A statement in words: speaker + verb + content, the one form every view and page shows
# (db/statements.py says why; its sentence() builds the same string in Python).
def statement_sql(qa: str = "qa", q: str = "q", speaker: str = "e") -> str:
    return (f"coalesce({speaker}.name, {qa}.speaker_text, 'Someone') || ' ' || "
            f"coalesce({qa}.verb, 'said') || coalesce({qa}.joiner, ' ') || "
            f"case when {qa}.kind = 'direct' then '\u201c' || {q}.text || '\u201d' "
            f"else {q}.text end")


MACHINE_READ = "'machine-read'"  # speaker, cue and stance were read by rules, not checked

VIEWS: dict[str, str] = {
    "who_said_what": f"""
select
  {statement_sql()} as statement,
  c.stance, {MACHINE_READ} as reading, o.name as outlet, a.published, a.title as article,
  coalesce(e.name, qa.speaker_text) as speaker, qa.cue, q.kind, q.text as words,
  qa.speaker_role, t.name as about,
  d.name as dispute, aq.text as answers, qa.answers_how,
  qa.speaker_rules, c.stance_rules,
  qa.quote_id, qa.article_id, qa.speaker_id, c.target_id, c.dispute_id, qa.answers_quote_id
from quote_appearances qa
join quotes q on q.id = qa.quote_id
join articles a on a.id = qa.article_id
left join entities e on e.id = qa.speaker_id
left join outlets o on o.id = a.outlet_id
left join claims c on c.quote_id = qa.quote_id and c.article_id = qa.article_id
left join entities t on t.id = c.target_id
left join disputes d on d.id = c.dispute_id
left join quotes aq on aq.id = qa.answers_quote_id
order by a.published desc, qa.article_id, qa.start
""",
    "claims_readable": f"""
select
  coalesce(c1.name, '?') || ' ' ||
    case c.stance when 'accusation' then 'accuses' when 'denial' then 'denies'
      when 'lawsuit' then 'sues' when 'ruling' then 'rules on'
      when 'admission' then 'admits to' else 'says of' end
    || ' ' || coalesce(c2.name, '(no named target)') as claim,
  {statement_sql(speaker="c1")} as statement,
  c.stance, {MACHINE_READ} as reading, c1.name as claimant, c2.name as target,
  d.name as dispute, c.published, c.stance_rules,
  c.id as claim_id, c.quote_id, c.article_id, c.claimant_id, c.target_id, c.dispute_id
from claims c
left join entities c1 on c1.id = c.claimant_id
left join entities c2 on c2.id = c.target_id
left join disputes d on d.id = c.dispute_id
left join quotes q on q.id = c.quote_id
left join quote_appearances qa on qa.quote_id = c.quote_id and qa.article_id = c.article_id
order by c.published desc
""",
    "dispute_timeline": f"""
select d.name as dispute, c.published as date, {statement_sql()} as statement,
  c.stance, {MACHINE_READ} as reading, e.name as claimant, t.name as target,
  a.title as article, o.name as outlet,
  d.id as dispute_id, c.id as claim_id, c.quote_id, c.article_id, c.claimant_id, c.target_id
from claims c
join disputes d on d.id = c.dispute_id
left join entities e on e.id = c.claimant_id
left join entities t on t.id = c.target_id
left join quotes q on q.id = c.quote_id
left join quote_appearances qa on qa.quote_id = c.quote_id and qa.article_id = c.article_id
left join articles a on a.id = c.article_id
left join outlets o on o.id = a.outlet_id
order by d.id, c.published
""",
    # The one definition of first appearance (db/firsts.py), per appearance.
    "first_appearances": f"""
select q.text as quote, a.appeared_at,
  case when qa.article_id = q.first_article_id then 'first'
       when {tied('a.appeared_at', 'f.appeared_at')} then 'tied for first' else 'later' end as first,
  o.name as outlet, a.title as article, a.story_origin,
  case when a.is_copy then 'copy' else '' end as copy,
  a.canonical_url as url, qa.quote_id, qa.article_id, a.story_id
from quote_appearances qa
join quotes q on q.id = qa.quote_id
join articles a on a.id = qa.article_id
left join articles f on f.id = q.first_article_id
left join outlets o on o.id = a.outlet_id
order by qa.quote_id, a.appeared_at is null, a.appeared_at, a.id
""",
    "stories": """
select a.story_id, f.title, f.appeared_at as first_appeared, max(a.story_origin) as origin,
  count(*) as copies, group_concat(o.name, ', ') as outlets
from articles a
join articles f on f.id = a.story_id
left join outlets o on o.id = a.outlet_id
group by a.story_id
having count(*) > 1 or max(a.story_origin) is not null
order by f.appeared_at desc
""",
    "no_comments_readable": """
select coalesce(e.name, '?') || ' ' ||
    case n.kind when 'declined' then 'declined to comment'
      when 'no_response' then 'did not respond to a request for comment'
      when 'unreachable' then 'could not be reached' else n.kind end as what,
  n.published as date, d.name as dispute, o.name as outlet, a.title as article, n.sentence,
  n.kind, n.entity_id, n.dispute_id, n.article_id
from no_comments n
join articles a on a.id = n.article_id
left join entities e on e.id = n.entity_id
left join disputes d on d.id = n.dispute_id
left join outlets o on o.id = a.outlet_id
order by n.published desc, n.article_id, n.start
""",
}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, index, FTS index and view that is missing. Safe to call on every run."""
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    with db.atomic():
        for name, (columns, pk, fks) in TABLES.items():
            table = db.table(name)
            if not table.exists():
                table.create(columns, pk=pk, foreign_keys=fks, not_null=None)
            else:  # a newer version may add columns; never drop any
                missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
                for col, typ in missing.items():
                    table.add_column(col, typ)
        db.index_foreign_keys()
        _index(db, "articles", ["published"])
        _index(db, "articles", ["story_id"])
        _index(db, "articles", ["canonical_url"])
        _index(db, "aliases", ["alias"])
        _index(db, "fetches", ["url"])
        _index(db, "claims", ["published"])
        _index(db, "quote_appearances", ["published"])
        _index(db, "quote_appearances", ["speaker_id", "published", "quote_id", "article_id"])
        _index(db, "quote_appearances", ["quote_id", "article_id", "published"])
        _index(db, "quote_appearances", ["article_id", "start", "end", "quote_id", "published"])
        _index(db, "mentions", ["entity_id", "article_id", "start", "end"])
        _index(db, "claims", ["target_id", "quote_id", "article_id"])
        _index(db, "claims", ["quote_id", "article_id"])
        _index(db, "claims", ["dispute_id", "published", "id"])
        _index(db, "claims", ["published", "stance"])
        for table, columns in FTS.items():
            if not db.table(table).detect_fts():
                db.table(table).enable_fts(columns, create_triggers=True, tokenize="porter")
        for name, sql in VIEWS.items():
            db.create_view(name, sql, replace=True)


def _index(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    db.table(table).create_index(columns, if_not_exists=True)
