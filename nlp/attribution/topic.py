"""A definite description that opens its sentence goes on with the subject of the sentence before.

"Kestrel News accused Tessaly of copying. The company said ..." "Mara Ellison also mentioned
that her father's voice was copied. The singer further said ...". News writing keeps the topic
of a sentence as the subject of the next and refers to it by a pronoun or by what it is ("the
company", "the singer"). ``continuity.py`` reads that for pronouns; this module reads it for a
definite singular noun of a party's kind (an occupation noun for a person, an organisation noun
for an organisation: ``coref.yml``, ``cues.yml``).

Rule ``speaker.description_continues`` applies only when the reading is certain: the noun
opens its sentence (no party named before it there), it names no owner or place of its own
("the company's lawyer", "the company behind X", "the Calder company": other rules), the main
subject of the sentence before is ONE named party of the noun's kind (a person for "the singer",
an organisation for "the company", an outlet only for "the newspaper"; never a list), the
sentence before is not an attribution at its end ("P, the Ledger reported": the outlet only
reports, P's subject is the topic; the other rules decide), that party is not named in the statement's own
clause, and no other party of that kind is what the sentence before acted on ("Kestrel sued
Tessaly. The company said": either; the other rules decide). A name that says a different kind
("... Arts Alliance" for "the company") is never taken (``org.name_says_other_kind``, also read
by ``speakers.org_anaphor``): the words are kept, no party, as a wrong party is the worst error.

Cost: it reads one token's children and the sentence before; run only at a cue's subject.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import SPEAKER_LABELS, Context
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
    """"the company" and "Media, Entertainment and Arts Alliance": the name's last word says a
    kind of party the noun is not."""
    if not ctx.on(KIND_RULE):
        return False
    kinds = _kinds()
    mine, words = kinds.get(noun), ctx.canonical(ent).lower().split()
    theirs = kinds.get(words[-1]) if words else None
    return mine is not None and theirs is not None and mine != theirs


def _kind(ctx: Context, tok: Token, lemma: str) -> str | None:
    """"PERSON" for an occupation noun, "ORG" for an organisation noun, else None."""
    from nlp.attribution.coref import words

    person = ctx.cues.group_nouns.get(lemma) == "person" or lemma in words().person_nouns
    org = lemma in ctx.cues.org_anaphors and lemma not in ctx.cues.document_speakers
    if person == org:
        return None
    return "PERSON" if person else "ORG"


def _plain(ctx: Context, tok: Token) -> bool:
    """"the company", "the embattled singer": no owner, place, name or relative of its own."""
    for c in tok.children:
        if c.dep_ in OWN_DEPS or c.dep_ == "prep" and c.i > tok.i:
            return False
        if c.i < tok.i and any(t.pos_ == "PROPN" or t.i in ctx.ent_of or t.ent_type_ for t in c.subtree):
            return False
    return True


def _acted_on(ctx: Context, before: Span, subj: Token, kind: str, name: str) -> bool:
    """Another party of the kind is what the sentence before's verb acted on: "A sued B"."""
    root = before.root
    for t in (c for c in root.children if c.dep_ in OTHER_PARTY_DEPS or c.dep_ == "prep"):
        for x in (t, *t.children):
            ent = ctx.ent_of.get(x.i)
            if ent is not None and x.i == ent.root.i and x.dep_ in OTHER_PARTY_DEPS \
                    and (ent.label_ == "PERSON") == (kind == "PERSON") and ctx.canonical(ent) != name:
                return True
    return False


def description_continues(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """The named subject of the sentence before, for "the company"/"the singer" opening its
    sentence (the module's docstring says when)."""
    from nlp.attribution.continuity import _subject_before
    from nlp.attribution.coref import _definite
    from nlp.attribution.groups import coordinated

    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in ctx.ent_of or ctx.in_quote[tok.i] \
            or tok.dep_ not in ("nsubj", "nsubjpass") or not _definite(ctx, tok):
        return None
    kind = _kind(ctx, tok, w.lemma)
    if kind is None or not _plain(ctx, tok):
        return None
    subj = _subject_before(ctx, tok)
    ent = ctx.ent_of.get(subj.i) if subj is not None else None
    if ent is None or ent.label_ not in SPEAKER_LABELS or (ent.label_ == "PERSON") != (kind == "PERSON") \
            or ent.label_ == "COURT" or len(coordinated(ctx, ent)) > 1:
        return None
    before = ctx.doc[subj.i].sent
    if ent.label_ == "OUTLET" and w.lemma not in ctx.cues.outlet_nouns \
            or any(c.dep_ in ("ccomp", "parataxis") and c.i < subj.i for c in before.root.children):
        return None  # "P, Reuters reported. The regulator said": the outlet reports; no topic
    name = ctx.canonical(ent)
    if name in w.exclude or name_says_other_kind(ctx, w.lemma, ent) \
            or _acted_on(ctx, before, subj, kind, name):
        return None
    return Speaker(name, ent.label_, ctx.phrase(tok))
