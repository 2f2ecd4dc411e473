"""Which statement answers which: a denial and the accusation it denies, linked both ways.

The analysis links them when one sentence says so ("Orrin denied accusations by Quillfire
that ...", nlp/attribution/denials.py): ``quote_appearances.answers_quote_id`` with
``answers_how = 'text'``. Most denials stand in a sentence of their own ("Corvane said the
lawsuit was without merit"); for those the link is read from the dispute instead
(``answers_how = 'dispute'``): the accusation or lawsuit of the same dispute made by the side
the denial is aimed at, in the same article if it has one, else the latest that appeared
before it. The pages say which of the two readings made the link.
"""

from __future__ import annotations

import sqlite_utils

_DENIALS = """
select qa.id, c.dispute_id, c.claimant_id, c.target_id, a.appeared_at, qa.article_id
from claims c
join quote_appearances qa on qa.quote_id = c.quote_id and qa.article_id = c.article_id
join articles a on a.id = qa.article_id
where c.stance = 'denial' and c.dispute_id is not null and c.claimant_id is not null
  and qa.answers_quote_id is null
order by qa.id
"""

_ANSWERED = """
select c.quote_id from claims c
join quote_appearances qa on qa.quote_id = c.quote_id and qa.article_id = c.article_id
join articles a on a.id = qa.article_id
where c.dispute_id = :dispute and c.stance in ('accusation', 'lawsuit')
  and c.claimant_id is not :denier
  and (c.claimant_id = :target or c.target_id = :denier)
  and (qa.article_id = :article or a.appeared_at <= :appeared)
order by qa.article_id = :article desc, a.appeared_at desc, qa.start, c.quote_id
limit 1
"""


def link_answers(db: sqlite_utils.Database) -> None:
    """Mark the analysis's links as read in the text, and infer the others from disputes."""
    db.execute("update quote_appearances set answers_quote_id = null, answers_how = null "
               "where answers_how = 'dispute'")
    db.execute("update quote_appearances set answers_how = 'text' "
               "where answers_quote_id is not null and answers_how is null")
    for aid, dispute, denier, target, appeared, article in db.execute(_DENIALS).fetchall():
        row = db.execute(_ANSWERED, {"dispute": dispute, "denier": denier, "target": target,
                                     "article": article, "appeared": appeared}).fetchone()
        if row:
            db.execute("update quote_appearances set answers_quote_id = ?, answers_how = "
                       "'dispute' where id = ?", [row[0], aid])
