"""Which side each party of an article stands on, by the weight of the article's evidence.

``nlp.sides.named_sides`` places a party by the first sentence that names it in a suit, and
finds the accused only as a suit's object. Real coverage names the defending party just as
often by what it does about the case: "X asked the court to dismiss Y's lawsuit", "X moved to
dismiss", "X is facing a lawsuit from Y", "the suit filed against X". Left unplaced, such a
party was put on the accusing side by its own statements (side.own_statements: "X says Y has
not shown harm" reads as an accusation), so its denials were read as accusations or lawsuits.
Here every piece of evidence is one vote, the existing ones (``_accuser_and_accused``) and
these; a party whose votes say one side more often than the other is on that side for the
whole article (the claims component's side rule side.article_sides, before side.dispute_role
and side.own_statements). A first sentence that misreads ("X is fighting a lawsuit against Y",
said of Y's suit) is outvoted by the rest. The words are data (``nlp/data/sides.yml``).
Attribution does not read this module: it changes sides, never speakers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from nlp.extensions import doc_ents
from nlp.lexicon import data_yaml, lemma_positions
from nlp.side_anaphors import PartyLookup
from nlp.sides import _accuser_and_accused, parties, sides_lexicon


@dataclass(frozen=True)
class Words:
    dismiss_verbs: frozenset[str]
    request_verbs: frozenset[str]
    request_bare: frozenset[str]
    motion_nouns: frozenset[str]
    face_verbs: frozenset[str]
    case_participles: frozenset[str]
    conduct_plurals: dict[str, frozenset[str]]
    party_anaphors: frozenset[str] = frozenset()
    defend_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def words() -> Words:
    d = data_yaml("sides.yml")
    return Words(*(frozenset(d[k]) for k in ("dismiss_verbs", "request_verbs", "request_bare",
                                             "motion_nouns", "face_verbs", "case_participles")),
                 conduct_plurals={k: frozenset(v) for k, v in d["conduct_plurals"].items()},
                 party_anaphors=frozenset(d.get("party_anaphors") or ()),
                 defend_verbs=frozenset(d.get("defend_verbs") or ()))


def _pobj(prep: Token) -> Token | None:
    return next((o for o in prep.children if o.dep_ == "pobj"), None)


def _subject(t: Token) -> Token | None:
    """The subject of a verb, or of the verb an xcomp/conj hangs on ("X is looking to get ...")."""
    while t is not None:
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        t = t.head if t.dep_ in ("xcomp", "conj", "advcl") and t.head is not t else None
    return None


def _is_conduct(t: Token, w: Words) -> bool:
    """"OpenAI's actions": a plural case noun with an owner is conduct, not a suit."""
    mods = w.conduct_plurals.get(t.lemma_.lower())
    return mods is not None and t.tag_ in ("NNS", "NNPS") and \
        not any(c.lower_ in mods for c in t.children if c.dep_ in ("amod", "compound"))


def _defence(t: Token, ent_of: dict, w: Words, lex) -> tuple[list[str], list[str]]:
    """(by, against) of the defence evidence one token gives."""
    lemma = t.lemma_.lower()
    by: list[str] = []
    against: list[str] = []
    if t.pos_ == "VERB" and lemma in w.dismiss_verbs and t.dep_ in ("xcomp", "acl"):
        req = t.head
        # "asked the court to dismiss", "a motion to dismiss": the request's maker defends
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if req.lemma_.lower() in w.motion_nouns and req.pos_ == "NOUN":
            owner = next((c for c in req.children if c.dep_ == "poss"), None)
            if owner is None and req.dep_ == "dobj" and req.head.lemma_.lower() in lex.filing_verbs:
                owner = _subject(req.head)  # (not "the judge denied the motion to dismiss")
            against = parties(owner, ent_of)
        elif req.lemma_.lower() in w.request_verbs and (
                (obj is not None and obj.lemma_.lower() in lex.case_nouns)
                or (obj is None and req.lemma_.lower() in w.request_bare)):
            against = parties(_subject(req), ent_of)
        if obj is not None and obj.lemma_.lower() in lex.case_nouns:
            by = _case_owner(obj, ent_of)
    elif t.pos_ == "VERB" and lemma in w.face_verbs:
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in lex.case_nouns | lex.accusation_nouns:
            against = parties(_subject(t), ent_of)
            by = _case_owner(obj, ent_of)
    elif t.pos_ == "VERB" and lemma in w.defend_verbs:
        # "X is defending itself against a suit from Y": the subject defends the case
        case = next((o for c in t.children if c.dep_ == "prep" and c.lower_ == "against"
                     if (o := _pobj(c)) is not None), None)
        if case is not None and case.lemma_.lower() in lex.case_nouns | lex.accusation_nouns:
            against = parties(_subject(t), ent_of)
            by = _case_owner(case, ent_of)
    elif t.pos_ == "VERB" and lemma in w.case_participles and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lex.case_nouns for c in t.children):
        # "The lawsuit filed against X on Monday accuses ...": the parser takes the participle
        # for the sentence's verb, the case for its subject
        by, against = _participle_parties(t, ent_of)
    elif t.pos_ in ("NOUN", "PROPN") and lemma in lex.case_nouns:
        # "The Intercept's Lawsuit Against OpenAI" (a headline's capitals), "a lawsuit from Y",
        # "the suit filed against X by Y"
        by = _case_owner(t, ent_of)
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "against":
                against = parties(_pobj(c), ent_of)
            elif c.dep_ == "acl" and c.lemma_.lower() in w.case_participles:
                p_by, p_against = _participle_parties(c, ent_of)
                by, against = p_by or by, p_against or against
    return by, against


def _participle_parties(t: Token, ent_of: dict) -> tuple[list[str], list[str]]:
    """(by, against) of a case's participle: "filed against X by Y"."""
    by: list[str] = []
    against: list[str] = []
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ == "against":
            against = parties(_pobj(p), ent_of) or against
        elif p.dep_ == "agent":
            by = parties(_pobj(p), ent_of) or by
    return by, against


def _case_owner(case: Token, ent_of: dict) -> list[str]:
    """Who brings a case: "Y's lawsuit", "a lawsuit from Y", "a complaint by Y"."""
    for c in case.children:
        if c.dep_ == "poss":
            return parties(c, ent_of)
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            return parties(_pobj(c), ent_of)
    return []


def side_votes(doc: Doc) -> dict[str, str]:
    """party -> "accuser" or "accused": the side most of the article's evidence gives it (none
    on a tie). Read once per document."""
    if "ct_side_votes" in doc.user_data:
        return doc.user_data["ct_side_votes"]
    lex, w = sides_lexicon(), words()
    ents = doc_ents(doc)
    ent_of = {t: e for e in ents for t in range(e.start, e.end)}
    if w.party_anaphors:  # "accusing the AI search startup of ...": its referent (side_anaphors.py)
        ent_of = PartyLookup(doc, ent_of, ents, w.party_anaphors)
    votes: dict[str, Counter] = {}
    cues = lex.sue_verbs | lex.deny_verbs | lex.filing_verbs | lex.case_nouns | lex.sanction_verbs
    found = set()
    at_cue = set(lemma_positions(doc, cues))
    for i in lemma_positions(doc, cues | w.dismiss_verbs | w.face_verbs | w.defend_verbs | w.case_participles):
        t = doc[i]
        if _is_conduct(t, w):
            continue
        for by, against in ((_accuser_and_accused(t, ent_of, lex) if i in at_cue else ([], [])), _defence(t, ent_of, w, lex)):
            for role, who in [("accuser", x) for x in by if x not in against] + \
                    [("accused", x) for x in against if x not in by]:
                if (i, role, who) not in found:  # one token, one vote per party and side
                    found.add((i, role, who))
                    votes.setdefault(who, Counter())[role] += 1
    out = {}
    for who, v in votes.items():
        if v["accuser"] != v["accused"]:
            out[who] = "accuser" if v["accuser"] > v["accused"] else "accused"
    doc.user_data["ct_side_votes"] = out
    return out
