"""``speaker.the_court``: "The court held that ...", "the tribunal ruled ..." after the text
has named the court ("Suzhou Intermediate People's Court recently issued a final ruling").

A definite, singular "the court" is the court the text named before it when it named exactly
one (an organisation whose name ends on a court noun). With none, or with two courts named (an
appeal: "the district court" and "the appeals court"), it stays as written: a guess between two
courts would put a ruling in the wrong court's mouth. A court named in the phrase itself ("the
court, the Marlow County Superior Court,") is the named-entity rule's.

``court.titled_judge``: with no court named at all, "the court found" after "Judge Breyer
denied both motions" is that judge. A trial court speaks through its one judge, and the
conventions give a ruling to the judge who made it ("the ruling found" is the judge's). Only
when the text titled exactly one person judge before it and speaks of no appeal since: an
appeals court after a trial judge is another bench.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.attribution.record import Speaker
from nlp.lexicon import data_yaml


@lru_cache(maxsize=1)
def court_nouns() -> frozenset[str]:
    return frozenset(data_yaml("coref.yml").get("court_nouns", []))


def the_court(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """The one court named before ``pos``, for a definite singular court noun; else None."""
    nouns = court_nouns()
    if w.lemma not in nouns or tok.i in ctx.ent_of or tok.tag_ in ("NNS", "NNPS") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
            or any(c.dep_ in ("appos", "compound", "amod", "poss") for c in tok.children):
        return None  # "the appeals court", "the federal court", "Calder's court": which one?
    courts = {ctx.canonical(e): e.label_ for e in ctx.mentions[:bisect_left(ctx.mention_pos, pos)]
              if e.label_ == "COURT" or e.label_ in ORG_LABELS and e[-1].lemma_.lower() in nouns}
    if not courts:
        return _titled_judge(ctx, tok, pos)
    if len(courts) != 1:
        return None
    (name, label), = courts.items()
    return Speaker(name, label, ctx.phrase(tok))


APPEAL_WORDS = frozenset({"appeal", "appeals", "appellate", "circuit"})


def _titled_judge(ctx: Context, tok: Token, pos: int) -> Speaker | None:
    """The one person titled judge or justice before ``pos`` (``court.titled_judge``), when the
    text says nothing of an appeal from that person's first mention on; else None."""
    if not ctx.on("court.titled_judge"):
        return None
    titles = ctx.cues.judge_titles
    judges = {(person, start) for start, person, role, _ in ctx.roles
              if start < pos and titles & set(role.split())}
    if len({person for person, _ in judges}) != 1:
        return None
    (person, first), = sorted(judges, key=lambda j: j[1])[:1]
    if any(t.lower_ in APPEAL_WORDS for t in ctx.doc if first <= t.idx < pos):
        return None
    return Speaker(person, "PERSON", ctx.phrase(tok), rules=("court.titled_judge",))
