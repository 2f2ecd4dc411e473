"""A court's, a regulator's or a report's finding keeps its clause whatever marks it holds
(issue 12, session 13; rule ``statement.authority_finding_quotes``): "The court found that
Orrin's use of the lyrics constituted a violation of copyright law, as the “Ledger” reported",
"The commission's final report has found that publishers are losing traffic ..., a trend
described as “zero-click search”". A clause holding words in marks that the quote pass made no
statement of (a name, a label) is kept only for verbs of saying (``unread.py``); verbs of
finding were left out because a party's discovery ("the actors later found X was selling voices
as “Kyle Snow”") reports no speech. When the finder is an authority, its finding IS the news
statement (a ruling, a report's conclusion): the real sets annotate it, and it was missed.
Subjects in ``parse_misreads.yml`` ``authority_nouns`` (or a court by name).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import data_yaml

RULE = "statement.authority_finding_quotes"


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    d = data_yaml("parse_misreads.yml")
    return (frozenset(w.lower() for w in d["authority_nouns"]),
            frozenset(d["authority_labels"]))


def authority_finder(ctx: Context, cue: Token) -> bool:
    """The subject of the verb of finding ``cue`` is a court, a judge, a regulator, a public
    body, or a document that concludes (a report, a study, a ruling)."""
    if not ctx.on(RULE):
        return False
    from nlp.attribution.speakers import subject_of  # (speakers imports unread, which imports this)
    subj = subject_of(ctx, cue)
    if subj is None:
        return False
    tok = subj[0]
    nouns, labels = _lists()
    if tok.lemma_.lower() in nouns or tok.lower_ in nouns:
        return True
    ent = ctx.ent_of.get(tok.i)
    if ent is None:
        return False
    if ent.label_ in labels:
        return True
    from nlp.attribution.role_kinds import is_public_body
    return ent.label_ == "ORG" and is_public_body(ctx, ent)
