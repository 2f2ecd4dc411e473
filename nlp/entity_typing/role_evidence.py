"""The kinds of evidence that read the name's role in its sentence: what its possessive owns,
the noun it modifies, the preposition it is the object of, the verb whose subject or object
it is (``nlp/data/entity_rules.yml``; the other kinds are in ``evidence.py``).

Each kind is gated on the roles it can fire in (``mention.fires_on``): the rule engine asks it
only about names in those roles. The ``condition`` a preposition rule may add is one of
``CONDITIONS``.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from nlp.entity_typing.mention import (NONE, OBJECT, PASSIVE_SUBJECT, SUBJECT, Mention, described,
                                       fires_on, needs)
from nlp.lexicon import hyphen_word, world_places


def _forms(token: Token, match: tuple[str, ...]) -> list[str]:
    return [token.lemma_.lower() if f == "lemma" else token.lower_ if f == "text" else hyphen_word(token)
            for f in match]


@fires_on("poss")
def possessed_noun(x: Mention, rule) -> tuple:
    """"Calder's parliament", "Tolvane's chief executive": what the name's possessive owns."""
    if x.role.dep_ != "poss":
        return NONE
    lemma = x.head.lemma_.lower()
    return rule.vote if lemma in rule.words and lemma not in rule.excluded else NONE


@fires_on("compound")
def compound_head(x: Mention, rule) -> tuple:
    """"the Vistrel image generator", "a Tolvane engineer": the noun the name modifies, in the
    forms ``match`` lists (lemma, text, hyphenated)."""
    if x.role.dep_ != "compound" or x.holds(x.head):
        return NONE
    return rule.vote if any(f in rule.words for f in _forms(x.head, rule.match)) else NONE


@fires_on("compound", "amod")
def modified_head(x: Mention, rule) -> tuple:
    """"The Vellmouth magazine says": ``compound_head`` where the parser may also take the
    capitalised name before the noun for an adjective (amod)."""
    if x.role.dep_ not in ("compound", "amod") or x.holds(x.head):
        return NONE
    return rule.vote if any(f in rule.words for f in _forms(x.head, rule.match)) else NONE


@fires_on("compound")
def place_compound_head(x: Mention, rule) -> tuple:
    """"Hollywood actors", "a Paris lawyer", "the Beijing court": a real place (``world_places``)
    modifying a noun for people or organisations says where they are, not whom they work for."""
    if x.role.dep_ != "compound" or x.holds(x.head) or x.key not in world_places():
        return NONE
    return rule.vote if any(f in rule.words for f in _forms(x.head, rule.match)) else NONE


def _acting_for(x: Mention, prep: Token, gov: Token, rule) -> bool:
    """"Tobias Marchbank, for Elsmere, said": after a person not inside a phrase, or a comma."""
    return gov.ent_type_ == "PERSON" and gov.dep_ != "pobj" or prep.i > 0 and x.doc[prep.i - 1].text == ","


def _passive_agent(x: Mention, prep: Token, gov: Token, rule) -> bool:
    """"a dataset used by Harbourne": "by" marks a passive verb's agent."""
    return prep.dep_ == "agent"


def _person_governor(x: Mention, prep: Token, gov: Token, rule) -> bool:
    """"Steve Tarrant of Pollock Tarrant": what a named person is "of" or "at" is no person,
    and, unless it is a real place, an organisation."""
    return gov.ent_type_ == "PERSON" and gov.pos_ == "PROPN" and x.key not in world_places()


def _somewhere(x: Mention, prep: Token, gov: Token, rule) -> bool:
    """"founded in Ambrecht", "a law firm in Lantry": a verb or noun that can be somewhere, and
    whose object is none of ``except`` ("holds shares in X" is no place)."""
    return gov.pos_ in ("VERB", "NOUN", "AUX", "PROPN") and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in rule.excluded for c in gov.children)


CONDITIONS: dict[str, Callable] = {"acting_for": _acting_for, "passive_agent": _passive_agent,
                                   "somewhere": _somewhere, "person_governor": _person_governor}


@fires_on("pobj")
@needs(words_at=("head",), of="preps")
def preposition(x: Mention, rule) -> tuple:
    """"lawyers for X", "moved to X", "made with X": the name is the object of one of ``preps``
    whose governor's lemma is in ``words`` (any governor when the rule has none; a person the
    model named too with ``or_person``), not in ``except``, and ``condition`` holds."""
    if x.role.dep_ != "pobj":
        return NONE
    prep = x.head
    if prep.lower_ not in rule.preps:
        return NONE
    gov = prep.head
    glemma = gov.lemma_.lower()
    if rule.words is not None and glemma not in rule.words \
            and not (rule.or_person and gov.ent_type_ == "PERSON"):
        return NONE
    if glemma in rule.excluded:
        return NONE
    if rule.condition and not CONDITIONS[rule.condition](x, prep, gov, rule):
        return NONE
    return rule.vote


@fires_on(SUBJECT)
@needs(words_at=("head_lemma",), of="verbs")
def subject_complement(x: Mention, rule) -> tuple:
    """"Vistrel would remain an image tool": the noun a linking verb gives its subject."""
    if x.role.dep_ != SUBJECT or x.head.lemma_ not in rule.verbs:
        return NONE
    out: tuple = NONE
    for attr in x.head.children:
        if attr.dep_ == "attr":
            out += described(rule, attr, x)
    return out


def _verb_role(dep: str):
    @fires_on(dep)
    @needs(words_at=("head_lemma",), of="verbs")
    def kind(x: Mention, rule) -> tuple:
        return rule.vote if x.role.dep_ == dep and x.head.lemma_.lower() in rule.verbs else NONE
    return kind


subject_of = _verb_role(SUBJECT)
subject_of.__doc__ = """"Penwarden says", "Thistle declined": the subject of one of ``verbs``."""
passive_subject_of = _verb_role(PASSIVE_SUBJECT)
passive_subject_of.__doc__ = """"Vistrel was trained", "X is based": a passive verb's subject."""
object_of = _verb_role(OBJECT)
object_of.__doc__ = """"sued Harbourne", "launched Vistrel": the direct object of one of ``verbs``."""


@fires_on(OBJECT)
@needs(words_at=("head_lemma",), of="verbs")
def object_with_prep_object(x: Mention, rule) -> tuple:
    """"who represents Mendrel in parliament": the object of one of ``verbs`` that has a
    prepositional phrase whose object is one of ``nouns``."""
    return rule.vote if x.role.dep_ == OBJECT and x.head.lemma_.lower() in rule.verbs and any(
        p.dep_ == "prep" and any(o.lemma_.lower() in rule.nouns for o in p.children)
        for p in x.head.children) else NONE


@fires_on(SUBJECT)
@needs(words_at=("head_lemma",), of="verbs")
def subject_with_product_object(x: Mention, rule) -> tuple:
    """"Harbourne makes the Driftglass image generator", "makes Rosalind, a voice model": the
    subject of one of ``verbs`` whose object is one of ``nouns``, a product, or described as one."""
    if x.role.dep_ != SUBJECT or x.head.lemma_.lower() not in rule.verbs:
        return NONE
    obj = next((c for c in x.head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return NONE
    described = any(c.dep_ == "appos" and c.lemma_.lower() in rule.nouns for c in obj.children)
    return rule.vote if obj.lemma_.lower() in rule.nouns or obj.ent_type_ == "PRODUCT" or described else NONE


@fires_on(OBJECT)
@needs(words_at=("head_lemma",), of="verbs")
def object_with_subject(x: Mention, rule) -> tuple:
    """"its clients include Moorcroft": the object of one of ``verbs`` whose subject is one of
    ``nouns``."""
    if x.role.dep_ != OBJECT or x.head.lemma_.lower() not in rule.verbs:
        return NONE
    subj = next((c for c in x.head.children if c.dep_ == "nsubj"), None)
    return rule.vote if subj is not None and subj.lemma_.lower() in rule.nouns else NONE


@fires_on(SUBJECT)
def subject_with_object(x: Mention, rule) -> tuple:
    """"Grommet plans to open an office": the subject of a verb (or of its complement verb)
    whose object is one of ``nouns``."""
    head = x.head
    return rule.vote if x.role.dep_ == SUBJECT and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rule.nouns
        for v in (head, *[c for c in head.children if c.dep_ == "xcomp"]) for c in v.children) else NONE
