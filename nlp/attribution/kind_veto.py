"""A described speaker is never a party the gazetteer knows to be of another kind.

Real coverage lets descriptions speak: "the country's newspaper publishers ... accusing the
tech giant", "A publishers' council has complained about Orrin Labs' search answers, the
lobbying group said", "EU officials denied ...", "said the media company's statement". The
rules that read such a phrase guess from the text around it (the last subject, the last name,
the last list, a name the misparsed phrase swallowed), and in these stories the party named
most is the one accused: the guess put the accusers' words in the accused's mouth, the worst
error for a journalist. The description itself says what the party is: a publisher, a public
body, a trade group, a tech company (``described_kinds.yml``). When the party found is one the
gazetteer gives a kind of another family (``ct_kinds``, the canonical name's gazetteer kind),
the statement keeps its own words and no party (rule ``speaker.kind_mismatch``), unless the
phrase itself names that party ("Orrin Labs officials", "officials at Orrin Labs").

Article-level, not a pattern: it reads only the description's own words and what the
gazetteer knows of every named party, whichever rule made the guess.

Cost: a dictionary look-up per statement whose speaker is a known organisation, and the
children of the subject token when that party has a gazetteer kind.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker
from nlp.lexicon import word_lists

RULE = "speaker.kind_mismatch"
FAMILIES = ("media", "tech", "public", "group")
MODIFIER_DEPS = {"compound", "amod", "nmod"}
# The rules that guess a party from the text around the phrase (the last subject, the last
# name, the last list, a name inside the phrase's parse). A party the text itself described
# with the noun ("record labels A, B and C ... the labels") is the text's word, not a guess.
GUESSES = frozenset({"org.last_subject", "org.last_named", "org.in_phrase", "group.last_list",
                     "group.plural_side"})


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, str], dict[str, str], dict[str, str], frozenset[str], frozenset[str],
                     frozenset[str]]:
    d = word_lists("described_kinds.yml")
    kinds = {k: f for f in FAMILIES for k in d[f"{f}_kinds"]}
    heads = {w: f for f in ("media", "public", "group") for w in d[f"{f}_heads"]}
    mods = {w: f for f in ("media", "tech", "group") for w in d[f"{f}_modifiers"]}
    return kinds, heads, mods, d["general_heads"], d["company_modifiers"], d["tech_over_media"]


def _family_of_noun(noun: Token) -> str | None:
    """The family a noun and its premodifiers say ("newspaper publishers": media; "the
    lobbying group": group; "social media company": tech; "company officials": none)."""
    _, heads, mods, general, company, tech_first = _data()
    words = [t.lower_ for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i
             for t in c.subtree]  # "social media giant": "social" hangs on "media"
    if any(w in company for w in words):
        return None
    lemma = noun.lemma_.lower()
    if lemma not in heads and lemma not in general and lemma.endswith("s"):
        lemma = lemma[:-1]  # "Officials" at a sentence's start, read as a name
    if lemma in heads and not any(w in general for w in words):  # "an association official":
        return heads[lemma]  # the association's, whatever kind it is
    if lemma not in general and lemma not in heads:
        return None
    said = {mods[w] for w in words if w in mods}
    if any(w in tech_first for w in words):  # "social media company": a platform
        said = {"tech"}
    return said.pop() if len(said) == 1 else None


def described_family(tok: Token) -> str | None:
    """What the subject's phrase says its party is: its own noun, else the noun it is the
    document or role of ("the media company's statement")."""
    found = _family_of_noun(tok)
    if found is None:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        found = _family_of_noun(owner) if owner is not None else None
    return found


def _named_on(ctx: Context, tok: Token, name: str) -> bool:
    """The phrase itself names the party: a premodifier or owner ("Orrin Labs
    officials", "Orrin Labs' lawyers") or the object of a preposition on the noun ("officials at
    Orrin Labs")."""
    for c in tok.children:
        near = [c] if c.i < tok.i else [p for p in c.children if c.dep_ == "prep" and p.dep_ == "pobj"]
        for t in near:
            for u in t.subtree:
                ent = ctx.ent_of.get(u.i)
                if ent is not None and ctx.canonical(ent) == name:
                    return True
    return False


def _conflict(said: str, known: str) -> bool:
    """Two families a party cannot be both of; a trade group may speak for publishers."""
    return said != known and {said, known} != {"media", "group"}


def kind_veto(ctx: Context, tok: Token, found):
    """``found``, or the phrase kept as written when its description says another kind of
    party than the one the gazetteer knows ``found`` to be."""
    if not isinstance(found, Speaker) or not found.name or found.label == "PERSON" \
            or GUESSES.isdisjoint(found.rules) or not ctx.on(RULE):
        return found
    kinds = _data()[0]
    known = kinds.get((ctx.doc.user_data.get("ct_kinds") or {}).get(found.name))
    if known is None:
        return found
    said = described_family(tok)
    if said is None or not _conflict(said, known) or _named_on(ctx, tok, found.name):
        return found
    return Speaker(None, None, ctx.phrase(tok), rules=(RULE, *found.rules, "speaker.as_written"))
