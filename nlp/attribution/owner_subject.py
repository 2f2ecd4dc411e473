""""The startup's lawyers", "the company's statement": an organisation noun that OWNS a role or
a document stands for the last main subject of its kind, as "the company said" does.

``org.last_subject_kind`` (last_subject.py) reads "the company" as a subject; an owner is not a
subject, so "the startup's lawyers claim" fell to the look-backs for an organisation in a role's
phrase (``org.in_phrase``: the last organisation named, often one named in what the subject said
or a competitor named in passing) or, for a document, to no party. Real sets gave statements to a
rival named in a quote ("The suit alleges the data could help Orrin Labs' rivals, such as
Tessaly ... the startup's lawyers claim": given to Tessaly) and left "the media company's
statement" with no party. News writing keeps the party it is about as the subject of its
sentences; a definite "the company's" goes on with that subject.

Rule ``owner.last_subject_kind``: a role noun ("lawyers", "spokesperson") or a document
("statement", "complaint") owned by a definite singular organisation noun ("the startup's", "the
company's") that names no organisation in its phrase and whose noun no organisation's name has
("the office" -> "X Office" stays with ``org.named_like``): the last main subject that is an
organisation (last_subject.py: up to ``BACK`` sentences before) names the party, when what it
stands for is a named organisation. Otherwise the older rules decide. A plural owner ("the
writers' attorney") is not read here: "they" has more candidates than a subject list says.
Cost: only at a role or document phrase with such an owner: the subjects of at most four
sentences, and the subject's own speaker lookup (memoised in ``ctx.standing``).
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import ANAPHOR_LABELS, Context
from nlp.attribution.record import Speaker

RULE = "owner.last_subject_kind"


def owner_token(ctx: Context, tok: Token) -> Token | None:
    """The definite singular organisation noun that owns ``tok`` ("the startup's lawyers"), or None."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.tag_ != "NN" or owner.i in ctx.ent_of or ctx.in_quote[owner.i]:
        return None
    lemma = owner.lemma_.lower()
    if lemma not in ctx.cues.org_anaphors or lemma in ctx.cues.outlet_nouns:
        return None
    from nlp.attribution.coref import _definite

    if not _definite(ctx, owner) or ctx.hyphen_named(owner):
        return None
    return owner


def owner_by_subject(ctx: Context, tok: Token) -> Speaker | None:
    """The party the organisation noun owning ``tok`` stands for, by the last main subject of
    its kind (rule ``owner.last_subject_kind``); None when the rule does not apply or finds no
    named organisation (the older rules then decide)."""
    if not ctx.on(RULE):
        return None
    owner = owner_token(ctx, tok)
    if owner is None:
        return None
    lemma = owner.lemma_.lower()
    if ctx.named_like(lemma, owner.idx) is not None:
        return None  # "the office's lawyers" after "Calder Office of Creative Rights": that office
    from nlp.attribution.last_subject import _last_subject, _resolve

    hit = _last_subject(ctx, owner, "org", lemma, frozenset())
    if hit is None:
        return None
    found = _resolve(ctx, hit, "org", ctx.phrase(tok), lemma)
    if found is None or found.name is None or found.label not in ANAPHOR_LABELS:
        return None
    return Speaker(found.name, found.label, ctx.phrase(tok), rules=(RULE,))
