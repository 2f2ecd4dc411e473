"""A comma-led "alleging" right after a suit speaks for whoever brought the suit.

"Orrin Labs has been sued by a news agency, Kitewire, alleging that the chatbot maker had
used its content"; "Tessaly has asked a court to dismiss a lawsuit by Calder Holdings, alleging
that it used hidden addresses"; "So when Wrenly sued, claiming that Orrin Labs was about to enter
its market, Orrin Labs countered". The parser hangs the participle on the sentence's main verb, and climbing to
that verb's subject gives the accusation to the party sued, or to the one answering the suit:
the statement lands in the wrong mouth, the worst error for a reader. In news prose an
accusing participle ("alleging", "claiming", "accusing", ``suit_participles.yml``) that follows,
after a comma, the phrase of a suit is the suit's allegation, so its speaker is who sued:

- the subject of "sued"/"filed" when that verb ends the phrase ("when Wrenly sued, claiming");
- the agent of a passive "sued by X" / "a lawsuit filed by X" (X, not the party sued);
- the "by X" / "from X" of a suit noun, or its possessor ("a lawsuit by X", "X's suit").

Only accusing participles: "a lawsuit by X, arguing that the claims fail" may be the
defendant's argument, and "saying" anybody's. Only when no other verb stands between the
suit and the comma (the participle then follows the suit's own phrase), but for the
"including" of a list of the filers ("a suit from music publishers, including A, B and C,
alleging": ``subject.suit_filers_listed``). Rule ``subject.participle_after_suit`` (asked by
``subjects.subject_of`` before the climb); cost: at most twenty tokens before one participle cue.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import data_yaml

RULE = "subject.participle_after_suit"
LIST_RULE = "subject.suit_filers_listed"
WINDOW = 20


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    d = data_yaml("suit_participles.yml")
    return (frozenset(d["participles"]), frozenset(d["suit_verbs"]), frozenset(d["suit_nouns"]))


def suer_before(ctx: Context, verb: Token) -> Token | None:
    """The token naming who brought the suit whose phrase ends, with a comma, right before the
    accusing participle ``verb``; None when no suit's phrase is there or its filer is unnamed."""
    participles, suit_verbs, suit_nouns = _words()
    if not ctx.on(RULE) or verb.tag_ != "VBG" or verb.lemma_.lower() not in participles \
            or verb.dep_ not in ("advcl", "conj", "xcomp", "acl") or verb.i < 2 \
            or ctx.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc, comma = ctx.doc, verb.i - 1
    for x in reversed(doc[max(verb.sent.start, comma - WINDOW): comma]):
        if ctx.in_quote[x.i] or x.text in (";", ":") or x.is_quote:
            return None
        if x.lower_ == "including" and ctx.on(LIST_RULE):
            continue  # "a suit from publishers, including A, B and C, alleging": the filers' list
        if x.pos_ in ("VERB", "AUX"):
            return _filer_of_verb(x, verb) if x.lemma_.lower() in suit_verbs else None
        if x.pos_ == "NOUN" and x.lower_ in suit_nouns and x.i not in ctx.ent_of:
            return _filer_of_noun(x, comma)
    return None


def _filer_of_verb(v: Token, participle: Token) -> Token | None:
    """"X sued": X; "Y was sued by X", "a lawsuit filed by X": X. An active "X sued Y, alleging"
    whose participle the parser already hangs on "sued" is left to the climb, which finds X."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or v.tag_ == "VBN" and v.dep_ == "acl"
    if passive:
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if participle.head.i == v.i:
        return None
    return next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)


def _filer_of_noun(n: Token, comma: int) -> Token | None:
    """"X's lawsuit": X; "a lawsuit by X" / "from X" up to the comma, whatever the parser hung
    the preposition on: X."""
    poss = next((c for c in n.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if poss is not None:
        return poss
    doc = n.doc
    if n.i + 1 < comma and doc[n.i + 1].lower_ in ("by", "from"):
        return next((c for c in doc[n.i + 1].children if c.dep_ == "pobj" and c.i < comma), None)
    return None
