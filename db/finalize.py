"""After each run: the columns that depend on more than one article, and the cleanup of rows
no article points to any more."""

from __future__ import annotations

import sqlite_utils

from db.answers import link_answers
from db.connection import checkpoint
from db.firsts import mark_story_copies, set_appeared_at, set_first_appearances
from db.schema import TABLES
from db.stories import group_stories, signature


def finalize(db: sqlite_utils.Database) -> None:
    """Derived columns that depend on more than one article: story groups, first appearances."""
    with db.atomic():
        set_appeared_at(db)
        _group_stories(db)
        # disputes made from claims that no claim points to any more (the text was re-analysed)
        db.execute("delete from dispute_parties where dispute_id in (select id from disputes where "
                   "origin = 'claims' and id not in (select dispute_id from claims where dispute_id is not null))")
        db.execute("delete from disputes where origin = 'claims' and "
                   "id not in (select dispute_id from claims where dispute_id is not null)")
        db.execute("delete from quotes where id not in (select quote_id from quote_appearances)"
                   " and id not in (select quote_id from claims where quote_id is not null)")
        drop_unreferenced_entities(db)
        set_first_appearances(db)
        mark_story_copies(db)
        link_answers(db)
    checkpoint(db)


def _group_stories(db: sqlite_utils.Database) -> None:
    """Syndicated copies (near-duplicate bodies) share a story id: db/stories.py."""
    # articles stored before signatures were kept get theirs now, once
    for aid, text in db.execute("select id, text from articles where id not in "
                                "(select article_id from story_signatures)").fetchall():
        db.table("story_signatures").insert({"article_id": aid, "minhash": signature(text)},
                                            pk="article_id", replace=True)
    arts = db.execute("select a.id, coalesce(a.appeared_at, ''), "
                      "s.minhash from articles a join story_signatures s on s.article_id = a.id"
                      ).fetchall()
    stories = group_stories(arts)
    current = dict(db.execute("select id, story_id from articles").fetchall())
    for aid, sid in stories.items():
        if current.get(aid) != sid:
            db.execute("update articles set story_id = ? where id = ?", [sid, aid])


def drop_unreferenced_entities(db: sqlite_utils.Database) -> None:
    """A found entity (not the gazetteer's) that no row points to any more goes: re-analysis
    with a better memory re-typed "Gimlet" from place to company, and the place row would
    otherwise stay as an entity with no article."""
    refs = [(table, column) for table, (_, _, fks) in TABLES.items()
            for column, other, _ in fks if other == "entities" and table != "aliases"]
    used = " union ".join(f"select [{c}] from [{t}] where [{c}] is not null" for t, c in refs)
    db.execute(f"delete from aliases where entity_id in (select id from entities where "
               f"in_gazetteer = 0 and id not in ({used}))")
    db.execute(f"delete from entities where in_gazetteer = 0 and id not in ({used})")
