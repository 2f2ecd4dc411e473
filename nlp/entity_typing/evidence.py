"""The kinds of evidence a rule of ``nlp/data/entity_rules.yml`` may look at.

Each kind is one plain function ``kind(x, rule) -> votes``: ``x`` is the mention with the few
tokens every kind needs (``mention.Mention``), ``rule`` the table row that supplies its words, label
and weight; the votes are ``(label, weight)`` pairs, none when the pattern is absent. A kind
knows *where* to look ("the word before the name", "the verb whose subject the name is"); the
table says *which words* count there and what they are worth, so adding a cue is a row of data.

Labels: PERSON, ORG, GPE, PRODUCT, or AGENT ("a person or an organisation": whoever can have
lawyers or be sued). A rule whose label is ``noun_kind`` votes what the noun it finds describes
(``noun_kind``); one whose label is ``conjunct`` votes the label of the name it is listed with.
The kinds that read the name's role in its sentence (the verb, preposition or noun it belongs
to) are in ``role_evidence.py``; ``KINDS`` below names them all.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from nlp.entity_typing.mention import NONE, PASSIVE_SUBJECT, SUBJECT, Mention, described, needs
from nlp.entity_typing.role_evidence import (compound_head, modified_head, object_of,
                                             object_with_prep_object, object_with_subject, passive_subject_of,
                                             place_compound_head, possessed_noun, preposition, subject_complement,
                                             subject_of, subject_with_object, subject_with_product_object)
from nlp.entity_typing.candidates import name_key
from nlp.entity_typing.words import given
from nlp.lexicon import hyphen_word, world_places

# ---------------------------------------------------------------- the name itself

@needs(words_at=("before",))
def word_before(x: Mention, rule) -> tuple:
    """The word before the name, a full stop aside: "Judge Ashdown", "Ms. Stroud"."""
    b = x.before
    return rule.vote if b is not None and b.lower_.rstrip(".") in rule.words else NONE


def world_place(x: Mention, rule) -> tuple:
    """The name is a real country or large city (``nlp/data/world_places.tsv``)."""
    return rule.vote if x.key in world_places() else NONE


@needs(words_at=("before",))
def definite_article(x: Mention, rule) -> tuple:
    """"told the Vellmouth Packet": "the" before a name that modifies no noun, unless the
    model already called it a place (``unless_model``)."""
    b = x.before
    return rule.vote if b is not None and b.lower_ in rule.words and x.root_dep != "compound" \
        and x.span.label_ not in rule.unless_model else NONE


@needs(words_at=("before",))
def describing_noun_before(x: Mention, rule) -> tuple:
    """"the photographer Emeka Drayton": a noun right before the name that the name modifies."""
    b = x.before
    return rule.vote if b is not None and b.pos_ == "NOUN" and b.lower_ in rule.words \
        and x.holds(b.head) else NONE


def hyphenated_first_word(x: Mention, rule) -> tuple:
    """"Hyun-woo Bae": a capitalised word, a hyphen and a lower-case word open the name."""
    m = x.span
    return rule.vote if len(m) >= 4 and m[1].text == "-" and m[2].is_lower \
        and m[2].lower_ not in rule.words and m[2].lemma_.lower() not in rule.words \
        and x.last not in rule.unless_last else NONE


def given_name_first(x: Mention, rule) -> tuple:
    """A known given name and at least one more word (``nlp/data/given_names*``)."""
    return rule.vote if len(x.span) >= 2 and given(x.first) and x.last not in rule.unless_last else NONE


def last_word(x: Mention, rule) -> tuple:
    """The name's last word, when it has two or more: "Nettlefield Analytics"."""
    return rule.vote if len(x.span) >= 2 and x.last in rule.words else NONE


@needs(words_at=("first",))
def first_word(x: Mention, rule) -> tuple:
    """The name's first word, when it has two or more: "Stichting Klaros" (a legal form), "Dame
    Ines Varga" (an honorific the model took into the name); not before a last word of
    ``unless_last``. A full stop after the word is no part of it ("Mr.")."""
    return rule.vote if len(x.span) >= 2 and x.first.lower_.rstrip(".") in rule.words \
        and x.last not in rule.unless_last else NONE


def head_word(x: Mention, rule) -> tuple:
    """The word the name is named for (``candidates.name_head``): "Court" in "District Court
    for the Northern District of Calder", "Committee" in "the Senate Trade Committee"."""
    return rule.vote if len(x.span) >= 2 and x.name_head() in rule.words else NONE


def joined_by(x: Mention, rule) -> tuple:
    """"Quint & Halvorsen", "Loevy + Loevy": one of ``words`` between two capitalised words
    inside the name, the way partners' names make a firm's."""
    m = x.span  # a name of one or two words has no word inside: most names, asked of no token
    return rule.vote if len(m) >= 3 and any(t.text in rule.words and m[j].text[:1].isupper()
                                            and m[j + 2].text[:1].isupper() for j, t in enumerate(m[1:-1])) else NONE


def word_then(x: Mention, rule) -> tuple:
    """A word of the list followed by ``then`` inside the name: "Guild of Valmoran Translators"."""
    m = x.span
    return rule.vote if len(m) >= 3 and any(t.lower_ in rule.words and m[j + 1].lower_ in rule.then
                                            for j, t in enumerate(m[:-2])) else NONE


@needs("after:-")
def hyphen_word_after(x: Mention, rule) -> tuple:
    """"a Merrow-based lab": a hyphen and one of the words right after the name."""
    doc, end = x.doc, x.span.end
    return rule.vote if end + 2 <= len(doc) and doc[end].text == "-" \
        and doc[end + 1].lower_ in rule.words else NONE


def ends_in_number(x: Mention, rule) -> tuple:
    """"Reverie 2": a name of two or more words ending in a number is a version."""
    return rule.vote if x.span[-1].like_num and len(x.span) >= 2 else NONE


# ---------------------------------------------------------------- what the text says it is

@needs("kid:appos")
def apposition(x: Mention, rule) -> tuple:
    """"X, a lawyer for Y", "X, maker of ...": a noun in apposition to the name says what it
    is, unless ``except`` words hang on it ("X, whose firm, ...")."""
    out: tuple = NONE
    for child in x.kids:
        if child.dep_ == "appos" and not x.holds(child) \
                and not any(g.lower_ in rule.excluded for g in child.children):
            out += described(rule, child, x)
    return out


@needs("root:appos")
def apposition_to(x: Mention, rule) -> tuple:
    """"its chief executive, Cassius Brantley": the name in apposition to a noun."""
    r = x.root
    return described(rule, r.head, x) if x.root_dep == "appos" and not x.holds(r.head) else NONE


@needs("root:conj")
def listed_in_apposition(x: Mention, rule) -> tuple:
    """"two developers, Gimlet and Wickmoor": the later members of a list in apposition to a
    plural noun."""
    r = x.root
    return described(rule, r.head.head, x) if x.root_dep == "conj" and r.head.dep_ == "appos" \
        and r.head.head.tag_ == "NNS" else NONE


def _relative_clauses(x: Mention):
    for child in x.kids:
        if child.dep_ == "relcl":
            rel = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if rel is not None:
                yield child, rel


@needs("kid:relcl")
def relative_pronoun(x: Mention, rule) -> tuple:
    """"X, who ...", "X, which ...": the pronoun that is the relative clause's subject."""
    return tuple(v for _, rel in _relative_clauses(x) if rel.lower_ in rule.words for v in rule.vote)


@needs("kid:relcl")
def relative_clause_verb(x: Mention, rule) -> tuple:
    """"X, which is based in ...": the verb of a relative clause about the name."""
    return tuple(v for clause, _ in _relative_clauses(x) if clause.lemma_.lower() in rule.verbs
                 for v in rule.vote)


@needs("before_dep:compound")
def compound_before(x: Mention, rule) -> tuple:
    """"the voice-cloning start-up Beatrix": a noun before the name, modifying it, that is in
    ``words`` and not in ``except``."""
    b = x.before
    if b is None or b.head.i != x.root.i or b.dep_ != "compound":
        return NONE
    word = hyphen_word(b)
    return rule.vote if word in rule.words and word not in rule.excluded else NONE


@needs("after:,")
def comma_article_noun(x: Mention, rule) -> tuple:
    """"Pellucid, a start-up ...": the apposition the parser missed, a comma, an article and
    a noun within five words, when the name has no apposition of its own."""
    doc, m = x.doc, x.span
    if m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ in rule.words \
            and m.end + 1 < doc[m.end + 1].head.i <= m.end + 6 \
            and not any(c.dep_ == "appos" and not x.holds(c) for c in x.kids):
        return described(rule, doc[m.end + 1].head, x)
    return NONE


@needs("root:" + SUBJECT, "root:" + PASSIVE_SUBJECT)
def subject_with_possessive_object(x: Mention, rule) -> tuple:
    """"Pellucid lost its bid": the subject of a verb whose object is "its" something; or
    "Pellucid retains all rights to its catalogue", "its" in a phrase of the verb's, where the
    verb's object is none or plural ("rights"), so "its" can only be the subject's ("Ada sued
    the firm over its use of her photos": "its" is the firm's)."""
    if x.root_dep not in (SUBJECT, PASSIVE_SUBJECT):
        return NONE

    def its(noun: Token) -> bool:
        return any(g.lower_ in rule.words and g.dep_ == "poss" for g in noun.children)
    kids = list(x.root.head.children)
    if any(c.dep_ in ("dobj", "attr") and its(c) for c in kids):
        return rule.vote
    if any(c.dep_ == "dobj" and c.tag_ not in ("NNS", "NNPS") for c in kids):
        return NONE  # a singular object: "its" may be the object's
    return rule.vote if any(c.dep_ == "prep" and any(p.dep_ == "pobj" and its(p) for p in c.children)
                            for c in kids) else NONE


@needs("root:poss")
def possessor_of_name(x: Mention, rule) -> tuple:
    """"Keswick's Quillet": the name owns another name."""
    r = x.root
    return rule.vote if x.root_dep == "poss" and r.head.text[:1].isupper() and r.head.pos_ == "PROPN" \
        and not x.holds(r.head) else NONE


def _role_of_name(x: Mention, nouns: frozenset) -> Span | None:
    """The name before ", " + the mention when it follows a singular person noun and "of":
    "the mayor of Lantry, <mention>", "the creator of Quillcast, <mention>"; else None."""
    doc, m = x.doc, x.span
    prev = x.facts.ent_at.get(m.start - 2) if m.start >= 2 and doc[m.start - 1].text == "," else None
    if prev is None or prev.end != m.start - 1 or prev.start < 2:
        return None
    of, noun = doc[prev.start - 1], doc[prev.start - 2]
    return prev if of.lower_ == "of" and noun.lower_ in nouns and noun.tag_ == "NN" else None


@needs("before:,")
def after_place_and_comma(x: Mention, rule) -> tuple:
    """"Paris, Valmora,": a name between a comma after a place and punctuation. The place
    before must be a real one or a known one: the model's "place" for a name it does not know
    ("Touché", a channel's "QVTX", a singer's first name) is a guess from spelling. Not after
    a noun of ``except`` and "of" ("the mayor of Lantry, Ines Varga,": the name is the mayor's;
    rule ``person_after_role_of``)."""
    b, doc, m = x.before, x.doc, x.span
    if not (b is not None and b.text == "," and m.start >= 2 and doc[m.start - 2].ent_type_ == "GPE"
            and (m.end >= len(doc) or doc[m.end].is_punct)):
        return NONE
    prev = x.facts.ent_at.get(m.start - 2)
    if prev is None or not (x.facts.known.get(prev.start) == "GPE" or name_key(prev) in world_places()):
        return NONE
    return NONE if _role_of_name(x, rule.excluded) is not None else rule.vote


@needs("before:,")
def after_role_of_name(x: Mention, rule) -> tuple:
    """"the mayor of Lantry, Ines Varga, said", "The creator of Quillcast, Varga, said": a name
    after a person noun (``words``), "of", a name and a comma is in apposition to the person
    noun, whatever the name between is: the name closed by a comma as an apposition is, and no
    real place nor a given name alone ("the mayor of Roanoke, Virginia," names the town's state,
    which the list of real places leaves out as a given name; a person in apposition is named
    by surname or in full)."""
    m, doc = x.span, x.doc
    if m.end >= len(doc) or doc[m.end].text != "," or x.key in world_places() or len(m) == 1 and given(m[0]):
        return NONE
    return rule.vote if _role_of_name(x, rule.words) is not None else NONE


@needs(words_at=("before", "after"))
def listed_beside(x: Mention, rule) -> tuple:
    """"Keisuke Moriyama and Tidewater": a name next to one of ``words`` (a comma, "and")
    and then a known entity with one of ``labels``, or one ending in ``suffixes``. Not for a
    name that opens with a given name: a list may join a person to a company."""
    doc, m = x.doc, x.span
    if len(m) >= 2 and given(x.first):
        return NONE
    for a, b in ((m.start - 1, m.start - 2), (m.end, m.end + 1)):
        other = x.facts.ent_at.get(b) if 0 <= b < len(doc) and doc[a].lower_ in rule.words else None
        if other is not None and (other.label_ in rule.labels and other.kb_id_
                                  or other[-1].lower_ in rule.suffixes):
            return rule.vote
    return NONE


@needs("root:conj", "kid:conj")
def conjunct(x: Mention, rule) -> tuple:
    """"Stallard, Penwarden and Thimble": a name in a list with a known entity of ``labels``
    (or a real place) votes that entity's kind, or ``label`` when the rule gives one."""
    r = x.root
    if not (x.root_dep == "conj" or any(c.dep_ == "conj" for c in x.kids)):
        return NONE
    out: tuple = NONE
    for other in [r.head] + [c for c in x.kids if c.dep_ == "conj"]:
        label = x.facts.known.get(other.i) or (  # the model's "place" counts for real places only
            "GPE" if other.ent_type_ == "GPE" and other.lower_ in world_places() else None)
        if label in rule.labels:
            out += ((label if rule.label == "conjunct" else rule.label, rule.weight),)
    return out


KINDS: dict[str, Callable] = {
    "word_before": word_before, "world_place": world_place, "definite_article": definite_article,
    "describing_noun_before": describing_noun_before, "hyphenated_first_word": hyphenated_first_word,
    "given_name_first": given_name_first, "last_word": last_word, "first_word": first_word,
    "head_word": head_word, "modified_head": modified_head,
    "joined_by": joined_by,
    "word_then": word_then,
    "hyphen_word_after": hyphen_word_after, "ends_in_number": ends_in_number,
    "apposition": apposition, "apposition_to": apposition_to,
    "listed_in_apposition": listed_in_apposition, "relative_pronoun": relative_pronoun,
    "relative_clause_verb": relative_clause_verb, "compound_before": compound_before,
    "comma_article_noun": comma_article_noun,
    "subject_with_possessive_object": subject_with_possessive_object,
    "possessor_of_name": possessor_of_name, "possessed_noun": possessed_noun,
    "compound_head": compound_head, "place_compound_head": place_compound_head, "preposition": preposition,
    "subject_complement": subject_complement, "subject_of": subject_of,
    "passive_subject_of": passive_subject_of, "object_of": object_of,
    "object_with_prep_object": object_with_prep_object,
    "subject_with_product_object": subject_with_product_object,
    "object_with_subject": object_with_subject, "subject_with_object": subject_with_object,
    "after_place_and_comma": after_place_and_comma, "after_role_of_name": after_role_of_name,
    "listed_beside": listed_beside,
    "conjunct": conjunct,
}
