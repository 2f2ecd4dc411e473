"""First appearance: one definition, used by the finalize step, the views and the pages alike.

An article *appeared* at its publication time to the minute where the page gives one
(``articles.published_at``), else on its publication date, else when it was fetched (a page that
gives no date at all was at least online then). That value is ``articles.appeared_at``, set by
:data:`APPEARED_AT` and nothing else.

A quote's first appearance is the appearance in the article that appeared first; two appearances
are **tied** when their times agree as far as both are known (the same minute, or the same day
when one of them gives only a day, :func:`tied`). A tie is not broken by the order in which the
crawl happened to fetch the pages: the first is then the one whose article id sorts first, and
``quotes.first_tied`` says how many others share the first place, so pages say "tie". The same
order chooses a story's first copy (db/stories.py), so story ids and first appearances do not
depend on fetch order or on the demo server's port.
"""

from __future__ import annotations

import sqlite_utils

APPEARED_AT = "coalesce(published_at, published, substr(fetched_at, 1, 16))"


def tied(a: str, b: str) -> str:
    """SQL: the appearance times ``a`` and ``b`` agree as far as both are known."""
    n = f"min(length({a}), length({b}))"
    return f"(substr({a}, 1, {n}) = substr({b}, 1, {n}))"


def set_appeared_at(db: sqlite_utils.Database) -> None:
    db.execute(f"update articles set appeared_at = {APPEARED_AT} "
               f"where appeared_at is not {APPEARED_AT}")


def set_first_appearances(db: sqlite_utils.Database) -> None:
    """Each quote's first article, outlet, time and ties, and its kind and speaker as they were
    at its first appearance (the row is otherwise written by whichever article was analysed
    first, which is fetch order)."""
    db.execute("""
        update quotes set
          appearances = (select count(*) from quote_appearances qa where qa.quote_id = quotes.id),
          first_article_id = (
            select qa.article_id from quote_appearances qa join articles a on a.id = qa.article_id
            where qa.quote_id = quotes.id
            order by a.appeared_at is null, a.appeared_at, a.id limit 1)""")
    db.execute(f"""
        update quotes set
          first_seen = (select appeared_at from articles where id = quotes.first_article_id),
          first_outlet_id = (select outlet_id from articles where id = quotes.first_article_id),
          first_tied = (
            select count(distinct qa.article_id) from quote_appearances qa
            join articles a on a.id = qa.article_id
            join articles f on f.id = quotes.first_article_id
            where qa.quote_id = quotes.id and qa.article_id != f.id
              and {tied('a.appeared_at', 'f.appeared_at')})""")
    db.execute("""
        update quotes set (kind, speaker_id, speaker_role, speaker_org_id) = (
            select qa.kind, qa.speaker_id, qa.speaker_role, qa.speaker_org_id
            from quote_appearances qa where qa.quote_id = quotes.id
              and qa.article_id = quotes.first_article_id
            order by qa.start limit 1)
        where first_article_id is not null""")


def mark_story_copies(db: sqlite_utils.Database) -> None:
    """Each article's story origin (the wire its story's copies credit, else the outlet of the
    story's first article when the story ran more than once) and whether it is a copy."""
    rows = db.execute("""
        select a.id, a.story_id, a.credit, o.name from articles a
        left join outlets o on o.id = a.outlet_id""").fetchall()
    stories: dict[str, list[tuple]] = {}
    for row in rows:
        stories.setdefault(row[1] or row[0], []).append(row)
    outlet_of = {r[0]: r[3] for r in rows}
    for sid, members in stories.items():
        credits = sorted((c for _, _, c, _ in members if c),
                         key=lambda c: (-sum(1 for m in members if m[2] == c), c))
        if credits:
            origin = credits[0]
        elif len(members) > 1:
            origin = outlet_of.get(sid)
        else:
            origin = None
        for aid, _, _, _ in members:
            copy = int(origin is not None and (bool(credits) or aid != sid))
            db.execute("update articles set story_origin = ?, is_copy = ? where id = ? and "
                       "(story_origin is not ? or is_copy is not ?)",
                       [origin, copy, aid, origin, copy])
