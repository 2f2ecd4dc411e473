"""One mention of a name and what the evidence kinds read around it.

``Mention`` finds, once per mention, the tokens most kinds look at (the word before, the root,
the token whose role in the sentence the name takes); ``Facts`` holds what is known of the whole
document. ``noun_kind`` reads a describing noun ("a lawyer", "a start-up") for the kinds that
vote what a noun says.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from nlp.entity_typing.candidates import name_head, name_key
from nlp.entity_typing.words import TypeWords
from nlp.lexicon import hyphen_word

NONE: tuple = ()
SUBJECT, PASSIVE_SUBJECT, OBJECT = "nsubj", "nsubjpass", "dobj"


class Facts:
    """What the component knows about the whole document, shared by all mentions."""
    __slots__ = ("words", "known", "ent_at")

    def __init__(self, words: TypeWords, known: dict[int, str], ent_at: dict[int, Span]):
        self.words = words
        self.known = known  # token index -> label of the gazetteer's or another fixed entity
        self.ent_at = ent_at  # token index -> the model's (or gazetteer's) entity there


class Mention:
    """One mention and the tokens the kinds look at, found once.

    ``role`` is the token whose place in the sentence the name takes: the mention's root, or
    for a list member the list's first member ("sued Moorcroft, Beatrix and Grommet": each is
    what "sued" took). ``head`` governs ``role``.

    ``marks`` are the few facts the kinds' gates (``needs``) read, found once: "root:" and the
    root's dependency label, "kid:" and each of its children's, "before:" and the word before
    the name lower-cased (and without a full stop: "ms." is "ms" too), "before_dep:" and that
    word's label, "first:" and the name's first word (the same two ways), "after:" and the
    word after the name, "head:" and the word ``head`` lower-cased, "head_lemma:" and its lemma."""
    __slots__ = ("span", "doc", "root", "root_dep", "kids", "before", "first", "last", "key", "role", "role_dep",
                 "head", "facts", "marks", "_name_head")

    def __init__(self, span: Span, facts: Facts):
        self.span, self.doc, self.facts = span, span.doc, facts
        self.root = r = span.root
        self.root_dep = r.dep_
        self.kids = tuple(r.children)  # read by several kinds; Token.children makes them anew
        self.before = b = self.doc[span.start - 1] if span.start > 0 else None
        self.first = span[0]
        self.last = span[-1].lower_
        marks = {"root:" + self.root_dep, *["kid:" + k.dep_ for k in self.kids]}
        if b is not None:
            lower = b.lower_
            marks.update(("before:" + lower, "before:" + lower.rstrip("."), "before_dep:" + b.dep_))
        lower = self.first.lower_
        marks.update(("first:" + lower, "first:" + lower.rstrip(".")))
        if span.end < len(self.doc):
            marks.add("after:" + self.doc[span.end].lower_)
        self.marks = marks
        self.key = name_key(span)
        while r.dep_ == "conj" and r.head.i < r.i and not span.start <= r.head.i < span.end:
            r = r.head
        self.role, self.head = r, r.head
        self.role_dep = r.dep_
        self._name_head: str | None = None
        head = self.head
        marks.update(("head:" + head.lower_, "head_lemma:" + head.lemma_.lower()))

    def name_head(self) -> str:
        """``candidates.name_head`` of the span, found once: several rules of the table ask it."""
        if self._name_head is None:
            self._name_head = name_head(self.span)
        return self._name_head

    def holds(self, token: Token) -> bool:
        return self.span.start <= token.i < self.span.end


def noun_kind(noun: Token, weight: float, w: TypeWords) -> tuple:
    """What a describing noun says: "lawyer" a person, "start-up" an organisation,
    "developer" either (AGENT), "image generator" a product; nothing for a name."""
    lemma, lower = noun.lemma_.lower(), hyphen_word(noun)
    if "-" in lower:
        lemma = lower  # "start-up" is three tokens
    if noun.ent_type_:
        return NONE
    person = lemma in w.person_nouns or lower in w.person_nouns
    org = lemma in w.org_nouns or lower in w.org_nouns
    if person and org:
        return (("AGENT", weight),)
    if person:
        return (("PERSON", weight),)
    if org:
        return (("ORG", weight),)
    if lemma in w.product_nouns:
        return (("PRODUCT", weight),)
    return NONE


def described(rule, noun: Token, x: Mention) -> tuple:
    """The rule's vote for what ``noun`` describes, at the rule's weight."""
    return noun_kind(noun, rule.weight, x.facts.words)


def fires_on(*deps: str):
    """Say that a kind can fire only when the name's ``role`` has one of ``deps``: the rule
    engine (``rules.mention_votes``) then skips the kind's rules for every other mention
    without calling them. A gate the kind itself checks first, stated once where it is cheap."""
    def mark(kind: Callable) -> Callable:
        kind.role_deps = frozenset(deps)
        return kind
    return mark


def needs(*marks: str, words_at: tuple[str, ...] = (), of: str = "words"):
    """Say that a kind can fire only for a mention with one of ``marks`` (``Mention.marks``:
    "kid:appos", "root:conj", "after:-"), or one of its rule's ``words`` (or the rule field
    ``of`` names: "preps", "verbs") at one of ``words_at`` ("before", "after", "first", "head",
    "head_lemma"): the rule engine (``rules.mention_votes``) then skips the
    kind's rules for every other mention without calling them. Most names have no apposition,
    no relative clause and no comma after them, and the kinds that look for those are asked
    about every name: the gate is a condition the kind checks itself anyway, stated once so that
    it is tested once per mention and not once per rule (``tests/test_entity_rules.py`` asks
    each gated kind about the mentions its gate turns away: it must say nothing of them)."""
    def mark(kind: Callable) -> Callable:
        kind.needs, kind.words_at, kind.words_of = frozenset(marks), tuple(words_at), of
        return kind
    return mark
