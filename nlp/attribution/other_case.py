"""A suit the article calls similar, separate or another is not the article's own suit.

Coverage of one dispute often mentions others: "a similar case brought by Tessaly", "a separate
lawsuit filed by the Calder Gazette". Who filed THAT suit is not who the article's "plaintiffs",
"they" or "the case" stand for. Read as the document's first filer, such a name took statements
by the article's plaintiffs (a party outside their group: the worst error). A filing verb that
is a participle describing a suit noun marked as another suit (``other_case_words`` in
``suit_participles.yml``) names no plaintiff of the article (rule ``plaintiff.other_case_filer``);
the filer is read from the rest of the text as before.

Cost: a look at the participle's head and that head's modifiers, for each filing verb read.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import data_yaml

RULE = "plaintiff.other_case_filer"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    d = data_yaml("suit_participles.yml")
    return frozenset(d["other_case_words"]), frozenset(d["suit_nouns"])


def files_other_case(ctx: Context, verb: Token) -> bool:
    """"a similar case brought by X", "a separate lawsuit filed by X": ``verb`` is a participle
    on a suit noun that a modifier marks as another suit."""
    if verb.dep_ not in ("acl", "relcl") or not ctx.on(RULE):
        return False
    others, nouns = _words()
    noun = verb.head
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return False
    return any(c.dep_ in ("amod", "det") and c.lower_ in others and c.i < noun.i for c in noun.children)


def other_filers(ctx: Context, verb: Token, filers: list[Token]) -> frozenset[str]:
    """The canonical names who filed the other suit: neither are they the article's accuser
    that its wording would otherwise infer."""
    from nlp.attribution.group_members import named_parties

    return frozenset(ctx.standing.get("other_case_filers", ())) | {
        ctx.canonical(m) for c in filers for m in named_parties(ctx, c)}
