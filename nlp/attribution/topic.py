"""A person's trade opening a sentence goes on with the person the sentence before is about.

"Mara Ellison said the label had cloned Pell Varga's voice. The singer further said ...". News
writing keeps the topic of a sentence as the subject of the next and refers to it by a pronoun
or by what it is ("the singer", "the actor"). ``continuity.py`` reads that for pronouns, and
``speakers.org_anaphor`` for "the company" (the organisation that acted last); this module reads
it for a definite singular occupation noun (``coref.yml`` person_nouns, the person nouns of
``cues.yml`` group_nouns), which ``coref.occupation_noun`` leaves as written whenever another
person was named since, although that person was only an owner or an object in what the subject
said ("Pell Varga's voice").

Rule ``speaker.description_continues`` applies only when the reading is certain: the noun
opens its sentence (no party named before it there), it names no owner, place or name of its
own ("the singer's lawyer", "the Calder singer": other rules), the main subject of the sentence
before is ONE named person (never a list), that sentence is not an attribution at its end ("P,
the Ledger reported": P's subject is the topic; the other rules decide), that person is not
named in the statement's own clause, and no other person is what the sentence before acted on
("Ellison sued Varga. The singer said": either; the other rules decide). Otherwise the words are
kept: no party is better than a wrong one.

Rule ``org.name_says_other_kind`` (read by ``speakers.org_anaphor``): a description of one kind
of party is never a party whose own name says another ("the company" and "... Arts Alliance":
an alliance is no company): kept as written (``party_kinds.yml``).

Cost: one token's children and the sentence before, only at a cue's subject.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker
from nlp.lexicon import word_lists

RULE = "speaker.description_continues"
KIND_RULE = "org.name_says_other_kind"
OWN_DEPS = ("poss", "appos", "acl", "relcl")
OTHER_PARTY_DEPS = ("dobj", "dative", "pobj", "iobj")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """noun -> the kind of party it names (party_kinds.yml)."""
    return {w: kind for kind, ws in word_lists("party_kinds.yml").items() for w in ws}


def name_says_other_kind(ctx: Context, noun: str, ent: Span) -> bool:
    """"the company" and "Media, Entertainment and Arts Alliance": the name's last word (or, for
    a name that runs on after "of", "on" or "for", the word before it: "Select Committee on
    China") says a kind of party the noun is not."""
    if not ctx.on(KIND_RULE):
        return False
    kinds = _kinds()
    mine, words = kinds.get(noun), ctx.canonical(ent).lower().split()
    theirs = kinds.get(words[-1]) if words else None
    if theirs is None:  # "House Select Committee on China", "Ministry of Culture": the word before the link
        head = next((words[k - 1] for k, x in enumerate(words) if k and x in _links()), None)
        theirs = kinds.get(head) if head else None
    return mine is not None and theirs is not None and mine != theirs


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    """The words after which a body's name runs on ("of", "on", "for": entity_types.yml)."""
    return frozenset(word_lists("entity_types.yml")["court_name_links"])


def _occupation(ctx: Context, lemma: str) -> bool:
    """A noun only a person can be: "singer", "actor", "novelist"."""
    from nlp.attribution.coref import words

    return (ctx.cues.group_nouns.get(lemma) == "person" or lemma in words().person_nouns) \
        and lemma not in ctx.cues.org_anaphors


def _plain(ctx: Context, tok: Token) -> bool:
    """"the company", "the embattled singer": no owner, place, name or relative of its own."""
    for c in tok.children:
        if c.dep_ in OWN_DEPS or c.dep_ == "prep" and c.i > tok.i:
            return False
        if c.i < tok.i and any(t.pos_ == "PROPN" or t.i in ctx.ent_of or t.ent_type_ for t in c.subtree):
            return False
    return True


def _acted_on(ctx: Context, before: Span, name: str) -> bool:
    """Another person is what the sentence before's verb acted on: "A sued B"."""
    root = before.root
    for t in (c for c in root.children if c.dep_ in OTHER_PARTY_DEPS or c.dep_ == "prep"):
        for x in (t, *t.children):
            ent = ctx.ent_of.get(x.i)
            if ent is not None and x.i == ent.root.i and x.dep_ in OTHER_PARTY_DEPS \
                    and ent.label_ == "PERSON" and ctx.canonical(ent) != name:
                return True
    return False


def description_continues(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """The named subject of the sentence before, for "the singer" opening its sentence (the
    module's docstring says when)."""
    from nlp.attribution.continuity import _subject_before
    from nlp.attribution.coref import _definite
    from nlp.attribution.groups import coordinated

    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in ctx.ent_of or ctx.in_quote[tok.i] \
            or tok.dep_ not in ("nsubj", "nsubjpass") or not _occupation(ctx, w.lemma) \
            or not _definite(ctx, tok) or not _plain(ctx, tok):
        return None
    subj, _ = _subject_before(ctx, tok)
    ent = ctx.ent_of.get(subj.i) if subj is not None else None
    if ent is None or ent.label_ != "PERSON" or len(coordinated(ctx, ent)) > 1:
        return None
    before = ctx.doc[subj.i].sent
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < subj.i for c in before.root.children):
        return None  # "P, Meridian Wire reported. The singer said": the outlet reports; no topic
    name = ctx.canonical(ent)
    if name in w.exclude or _acted_on(ctx, before, name):
        return None
    return Speaker(name, ent.label_, ctx.phrase(tok))
