"""A speaker referred to by a description the text itself gave it earlier.

Real coverage introduces a party with a description ("Japanese news agency Kyodo News",
"Kyodo News, a news agency", "the European Publishers Council, a trade group", "Sir Elton
John, 78, the singer", "The Garante is a regulator") and later makes it speak by that
description alone: "the news agency said", "the trade group argued", "the singer said", "The
78-year-old added". The nearest-name rules give such a subject to whoever was named last
(often the other side) or keep it as written. The text's own grammar says who it is: the
parse links each description to its name (a premodifier, an apposition on either side, a
copula), so the descriptions are collected once per document and a definite description
"the (ADJ)* N" is the entity most recently described with N, when its modifiers agree (every
noun modifier, "trade" of "the trade group", and a nationality, "Hungarian", must be among
that description's words) and its kind agrees (a noun only a person can be is a person).
Never an entity named in the statement's own clause; with no description that fits, the
other rules decide: none is better than a wrong one. Words: ``nlp/data/coref.yml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.mention_roles import acted
from nlp.attribution.record import Speaker
from nlp.lexicon import data_yaml, hyphen_word

# the modifiers of a description that are its words: "trade" group, "Japanese news" agency
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}


@dataclass(frozen=True)
class Description:
    pos: int  # where the entity is named
    name: str
    label: str
    noun: str  # the description's head noun ("agency"), or "age:78" for "X, 78,"
    words: frozenset[str]  # its modifiers' words, lower case ("japanese", "news")
    known: bool = False  # from the gazetteer's kind of the party, not the text


@lru_cache(maxsize=1)
def gazetteer_kinds() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """A gazetteer kind -> the nouns and modifiers a text would describe it with (coref.yml)."""
    return {k: [(p.split()[-1].lower(), frozenset(p.lower().split()[:-1])) for p in phrases]
            for k, phrases in data_yaml("coref.yml")["gazetteer_kinds"].items()}


def _noun(tok: Token) -> str:
    joined = hyphen_word(tok)
    return joined if "-" in joined else tok.lemma_.lower()


def _modifiers(tok: Token) -> frozenset[str]:
    """The words of a noun's premodifiers, with theirs: "data protection" of "regulator"."""
    out = set()
    for c in tok.children:
        if c.dep_ in MODIFIER_DEPS and c.i < tok.i:
            out.update(t.lower_ for t in c.subtree if not t.is_punct)
    return frozenset(out)


def _describes(ctx: Context, tok: Token) -> bool:
    """A common singular noun outside quotes and names can describe a name; not a document's
    ("A, B and Johnson, the lawsuit alleged": a misparse; documents are read by standing.py)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.i not in ctx.ent_of and not ctx.in_quote[tok.i] \
        and _noun(tok) not in ctx.cues.document_speakers


def _nouns_of(ctx: Context, ent: Span) -> list[Token | str]:
    """The nouns the parse links to a name as its description: a premodifier ("news agency
    Kyodo News", "stock photographer Robert Kneschke"), an apposition after or before it
    ("Kyodo News, a news agency", "Italy's regulator, the Garante"), a copula ("The Garante is
    a regulator"), and an age in apposition ("Sir Elton John, 78,")."""
    doc, root, out = ctx.doc, ent.root, []
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return []  # "A, B and C, the plaintiffs": a list's description is the group's (groups.py)
    for c in root.children:
        if c.dep_ == "appos" and c.i > root.i:
            if _describes(ctx, c):
                out.append(c)
            elif c.like_num and ent.label_ == "PERSON" and c.i == ent.end + 1:
                out.append("age:" + c.text)
    if ent.start > 0:
        left = doc[ent.start - 1]
        # "news agency Kyodo News"; "The stock photographer Robert Kneschke sued", which the
        # parser may read as two subjects of one verb
        if _describes(ctx, left) and (ent.start <= left.head.i < ent.end or left.dep_ == root.dep_
                                      == "nsubj" and left.head.i == root.head.i):
            out.append(left)
    head = root.head
    if root.dep_ in ("appos", "compound") and head.i != root.i and _describes(ctx, head):
        out.append(head)
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        out += [c for c in head.children if c.dep_ == "attr" and _describes(ctx, c)]
    return out


def descriptions(ctx: Context) -> list[Description]:
    """Every description the text gives a named party, in text order; read once per document."""
    found = ctx.standing.get("descriptions")
    if found is None:
        found = []
        kinds, known = ctx.doc.user_data.get("ct_kinds") or {}, gazetteer_kinds()
        for ent in ctx.mentions:
            # a kind the text did not state: only for a party that acted ("X sued"), not one
            # only mentioned ("told Meridian Wire", "a case against X")
            if ctx.on("description.gazetteer_kind") and acted(ent):
                for noun, words in known.get(kinds.get(ctx.canonical(ent)), ()):
                    found.append(Description(ent.start_char, ctx.canonical(ent), ent.label_, noun, words, True))
            for n in _nouns_of(ctx, ent):
                noun, words = (n, frozenset()) if isinstance(n, str) else (_noun(n), _modifiers(n))
                found.append(Description(ent.start_char, ctx.canonical(ent), ent.label_, noun, words))
        ctx.standing["descriptions"] = found
    return found


def _age(tok: Token) -> str | None:
    """"The 78-year-old singer", "the 78-year-old" (a head the parser tags an adjective, inside
    a DATE): the age the phrase gives, if any."""
    words = [t for t in tok.subtree if t.i <= tok.i]
    for i, t in enumerate(words):
        if t.like_num and any(u.lower_ == "old" for u in words[i + 1: i + 5]):
            return "age:" + t.text
    return None


def _kind_agrees(ctx: Context, noun: str, label: str) -> bool:
    """A noun only a person can be describes a person; one only an organisation can be, not."""
    from nlp.attribution.coref import words

    cues = ctx.cues
    person = noun in words().person_nouns or cues.group_nouns.get(noun) == "person" \
        or noun in cues.person_role_nouns
    org = noun in cues.org_anaphors or cues.group_nouns.get(noun) == "org"
    if person and not org:
        return label == "PERSON"
    if org and not person:
        return label != "PERSON"
    return True


def _modifiers_agree(ctx: Context, tok: Token, d: Description) -> bool:
    """Every noun modifier of the anaphor ("trade" group, "news" agency) and every nationality
    ("the Hungarian publisher") is a word of the description; other adjectives ("the
    embattled company", "the 78-year-old singer") may be new."""
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in MODIFIER_DEPS:
            continue
        if (c.pos_ in ("NOUN", "PROPN") or c.ent_type_ == "NORP") and not c.like_num \
                and c.lower_ not in d.words and c.lemma_.lower() not in d.words:
            return False
    # the gazetteer's kind only for a description that names it ("the trade group")
    return not d.known or any(c.dep_ == "compound" and c.lower_ in d.words for c in tok.children)


def described_entity(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"the news agency said" after "Japanese news agency Kyodo News": the entity the text
    last described with the subject's noun (or age), its modifiers and kind agreeing; not one
    named in the subject's own clause, nor in a phrase that names itself or an owner ("the
    company's lawyer", "the head of X": other rules)."""
    from nlp.attribution.coref import _definite

    if ctx.in_quote[tok.i] or not _definite(ctx, tok):
        return None
    age = _age(tok)
    if age is None and (tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in ctx.ent_of) \
            or age is not None and getattr(ctx.ent_of.get(tok.i), "label_", "DATE") != "DATE":
        return None
    if any(c.dep_ in ("poss", "appos", "acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
           for c in tok.children):
        return None
    found = descriptions(ctx)
    if not found:
        return None
    noun = w.lemma
    for d in reversed(found):
        if d.pos >= w.back or d.label not in SPEAKER_LABELS:
            continue
        if age is not None and d.noun == age or age is None and d.noun == noun \
                and _modifiers_agree(ctx, tok, d) and _kind_agrees(ctx, noun, d.label):
            if d.name in w.exclude:
                return None  # the description's entity is named in the clause: not it
            return Speaker(d.name, d.label, ctx.phrase(tok),
                           rules=("description.gazetteer_kind",) if d.known else ())
    return None
