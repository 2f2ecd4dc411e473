"""Who the speaker of a cue is: first its subject, then what that subject stands for.

Both steps are tables of named rules, tried in order; the first that applies decides, and its
name goes into the statement's trace. A speaker rule returns a ``Speaker``, ``None`` when it
does not apply (the next rule is tried), or ``NOBODY`` when it applies but finds no one ("he"
with no person named before): then the statement has no speaker and no later rule is tried.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Token

from nlp.attribution.context import ANAPHOR_LABELS, SPEAKER_LABELS, Context
from nlp.attribution.record import Speaker
from nlp.attribution.standing import behind_document
from nlp.lexicon import hyphen_word

NOBODY = Speaker("", None)  # a rule applied and found no one: stop looking


# ------------------------------------------------------------------ the subject of a cue

def subject_of(ctx: Context, verb: Token) -> tuple[Token, str] | None:
    """The token that names who spoke ``verb``, and the name of the rule that found it."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and ctx.on("subject.nsubj"):
            if c.lower_ in ctx.cues.relative_pronouns and verb.dep_ == "relcl" \
                    and ctx.on("subject.relative_clause"):
                return verb.head, "subject.relative_clause"  # "a complaint ..., which alleges that"
            return c, "subject.nsubj"
    head = verb
    for _ in range(3):  # "The guild asked the government to include ..., saying ...":
        if head.dep_ not in ("conj", "advcl", "xcomp") or head.head is head:  # climb to
            break                                                           # a subject
        head = head.head
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and ctx.on("subject.climbed"):
                return c, "subject.climbed"
    return _name_to_left(ctx, verb) or _name_after_cue(ctx, verb)


def _name_to_left(ctx: Context, verb: Token) -> tuple[Token, str] | None:
    """A subject the parser attached elsewhere ("Outside the courtroom, Marisol Keane,
    Kestrow's chief executive, told reporters ..."): the nearest name to the left in the same
    clause, skipping possessives ("Kestrow's")."""
    if not ctx.on("subject.name_to_left"):
        return None
    sent = verb.sent
    for t in reversed(ctx.doc[sent.start: verb.i]):
        if ctx.in_quote[t.i] or t.lower_ in (";", ":"):
            break
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.root.dep_ != "poss" \
                and ent.root.dep_ not in ("pobj", "dobj") and t.i == ent.root.i:
            return ent.root, "subject.name_to_left"
    return None


def _name_after_cue(ctx: Context, verb: Token) -> tuple[Token, str] | None:
    """Inverted attribution: "..., said Mara Ellison" sometimes parses without a subject."""
    if not ctx.on("subject.after_cue"):
        return None
    cues = ctx.cues
    for t in ctx.doc[verb.i + 1: min(verb.i + 7, len(ctx.doc))]:
        if ctx.in_quote[t.i] or t.is_sent_start:
            break
        if t.i in ctx.ent_of or t.lower_ in cues.person_pronouns | cues.org_pronouns \
                or t.lemma_.lower() in cues.role_nouns:
            return (ctx.ent_of[t.i].root if t.i in ctx.ent_of else t), "subject.after_cue"
    return None


# ------------------------------------------------------------------ what a subject stands for

class Words:
    """The forms of a subject token the speaker rules test, computed once per token."""

    def __init__(self, tok: Token):
        self.lower = tok.lower_
        joined = hyphen_word(tok)
        # "start-up" parses as "start", "-", "up"
        self.lemma = joined if "-" in joined else tok.lemma_.lower()


def named_entity(ctx: Context, tok: Token, pos: int, w: Words):
    """"Mara Ellison said": the entity the subject is, with its apposition as role."""
    ent = ctx.ent_of.get(tok.i)
    if ent is None or ent.label_ not in SPEAKER_LABELS:
        return None
    role = ctx.apposition(ent.root)
    return Speaker(ctx.canonical(ent), ent.label_, ent.text, role,
                   rules=("role.apposition",) if role else ())


def role_then_name(ctx: Context, tok: Token, pos: int, w: Words):
    """"The company's chief executive, Rafe Lindgren, said": the name in apposition."""
    for child in tok.children:
        named = ctx.ent_of.get(child.i) if child.dep_ == "appos" else None
        if named is not None and named.label_ in ("PERSON", "ORG"):
            role = ctx.doc[tok.left_edge.i: tok.i + 1]
            return Speaker(ctx.canonical(named), named.label_, named.text,
                           re.sub(r"^(?:the|a|an)\s+", "", role.text, flags=re.I))
    return None


def untagged_name_with_role(ctx: Context, tok: Token, pos: int, w: Words):
    """"Wen Haldane, Quillfire's head of platform integrity, said": an untagged name opens the
    subject phrase and its role follows."""
    start, doc = tok.left_edge, ctx.doc
    if not (start.i < tok.i and start.pos_ == "PROPN" and start.i not in ctx.ent_of):
        return None
    j = start.i
    while j + 1 < tok.i and doc[j + 1].pos_ == "PROPN":
        j += 1
    if j + 1 < len(doc) and doc[j + 1].text == ",":
        name = doc[start.i: j + 1].text
        role = doc[j + 2: tok.i + 1].text if j + 2 <= tok.i else None
        full = ctx.fuller_person(name, pos)
        return Speaker(full or name, "PERSON", name, role, rules=("name.fuller_form",) if full else ())
    return None


def person_pronoun(ctx: Context, tok: Token, pos: int, w: Words):
    """"she said": the last person named whose given name fits the pronoun's gender."""
    if w.lower not in ctx.cues.person_pronouns:
        return None
    found = ctx.person_for_pronoun(w.lower, pos)
    if found is None:
        return NOBODY
    return Speaker(ctx.canonical(found[0]), "PERSON", tok.text, rules=("pronoun." + found[1],))


def org_pronoun(ctx: Context, tok: Token, pos: int, w: Words):
    """"it said", "they said": the organisation that last acted."""
    if w.lower not in ctx.cues.org_pronouns:
        return None
    e = ctx.last_mention(pos, ANAPHOR_LABELS, prefer_subject=True)
    return Speaker(ctx.canonical(e), e.label_, tok.text) if e is not None else NOBODY


def _person_role(ctx: Context, tok: Token, w: Words) -> bool:
    """A singular noun of a role one person holds ("the chief executive"), not a spokesperson."""
    cues = ctx.cues
    return tok.tag_ not in ("NNS", "NNPS") and w.lower not in cues.spokes_nouns and (
        w.lemma in cues.person_role_nouns or w.lower in cues.person_role_nouns)


def person_with_role(ctx: Context, tok: Token, pos: int, w: Words):
    """"the company's chief executive said": the person introduced earlier with that role."""
    if not _person_role(ctx, tok, w):
        return None
    org = ctx.org_in(tok)
    found = ctx.person_with_role(tok, org, pos)
    if found is None:
        return None
    return Speaker(found[0], "PERSON", ctx.phrase(tok), found[1])


def definite_description(ctx: Context, tok: Token, pos: int, w: Words):
    """"Ingrid Solvang told Pinion ... The Brannock chief executive said": a definite role right
    after a person is named (within 400 characters, at most one paragraph break) is them."""
    if not _person_role(ctx, tok, w) or not (tok.left_edge.lower_ == "the" and tok.left_edge.i < tok.i):
        return None
    e = ctx.last_mention(pos, {"PERSON"})
    if e is None or pos - e.start_char > 400 or ctx.text.count("\n", e.end_char, tok.idx) > 1:
        return None
    org = ctx.org_in(tok)
    return Speaker(ctx.canonical(e), "PERSON", ctx.phrase(tok), w.lower,
                   ctx.canonical(org) if org is not None else None)


def role_for_org(ctx: Context, tok: Token, pos: int, w: Words):
    """"a spokesperson for Orrin", "the company's lawyers": the organisation the role speaks
    for, named in the phrase or else the last one named."""
    if w.lemma not in ctx.cues.role_nouns and w.lower not in ctx.cues.role_nouns:
        return None
    org, how = ctx.org_in(tok), "org.in_phrase"
    if org is None:
        org, how = ctx.last_mention(pos, ANAPHOR_LABELS), "org.last_named"
    if org is None:
        return NOBODY
    name = ctx.canonical(org)
    return Speaker(name, org.label_, ctx.phrase(tok), w.lower.rstrip("'s"), name, rules=(how,))


def document(ctx: Context, tok: Token, pos: int, w: Words):
    """"the lawsuit says", "the ruling found": who stands behind the document (standing.py)."""
    kind = ctx.cues.document_speakers.get(w.lemma)
    if kind is None:
        return None
    found = behind_document(ctx, kind, tok, pos)
    if found is None:
        return NOBODY
    return Speaker(found[0], found[1], ctx.phrase(tok), rules=found[2])


def untagged_name(ctx: Context, tok: Token, pos: int, w: Words):
    """A name the model did not tag: the whole name, and the fuller form met before."""
    if tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return None
    doc, left = ctx.doc, tok.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN":
        left -= 1
    name = doc[left: tok.i + 1].text
    full = ctx.fuller_person(name, pos)
    role = ctx.apposition(tok)
    rules = (("name.fuller_form",) if full else ()) + (("role.apposition",) if role else ())
    return Speaker(full or name, "PERSON", name, role, rules=rules)


def org_anaphor(ctx: Context, tok: Token, pos: int, w: Words):
    """"the company said": the organisation in the phrase, else one whose name has the noun
    ("the office" -> "Calder Office of Creative Rights"), else the last one that acted."""
    if w.lemma not in ctx.cues.org_anaphors:
        return None
    labels = {"OUTLET"} if w.lemma in ctx.cues.outlet_nouns else {"ORG"}
    org, how = ctx.org_in(tok), "org.in_phrase"
    if org is None:
        org, how = ctx.named_like(w.lemma, pos), "org.named_like"
    if org is None:
        org, how = ctx.last_mention(pos, labels, prefer_subject=True), "org.last_subject"
    if org is None:
        return NOBODY
    return Speaker(ctx.canonical(org), getattr(org, "label_", "ORG"), ctx.phrase(tok), rules=(how,))


Rule = Callable[[Context, Token, int, Words], "Speaker | None"]
SPEAKER_RULES: tuple[tuple[str, Rule], ...] = (
    ("speaker.entity", named_entity),
    ("speaker.role_then_name", role_then_name),
    ("speaker.untagged_name_with_role", untagged_name_with_role),
    ("speaker.person_pronoun", person_pronoun),
    ("speaker.org_pronoun", org_pronoun),
    ("speaker.person_with_role", person_with_role),
    ("speaker.definite_description", definite_description),
    ("speaker.role_for_org", role_for_org),
    ("speaker.document", document),
    ("speaker.untagged_name", untagged_name),
    ("speaker.org_anaphor", org_anaphor),
)


def speaker_of(ctx: Context, tok: Token, pos: int) -> Speaker | None:
    """Who a subject token stands for: the first speaker rule that applies decides."""
    w = Words(tok)
    for name, rule in SPEAKER_RULES:
        if not ctx.on(name):
            continue
        found = rule(ctx, tok, pos, w)
        if found is NOBODY:
            return None
        if found is not None:
            return found.but(name)
    return None


def as_written(ctx: Context, tok: Token | None) -> Speaker | None:
    """No rule knows who the subject is ("The court said", "Organizers say", "60 percent of
    voters said"): the statement keeps the words that name its source and no entity. Never
    "it" or "there", which name nobody."""
    if tok is None or not ctx.on("speaker.as_written") or ctx.in_quote[tok.i]:
        return None
    if tok.lower_ in ("it", "there") or not (
            tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or tok.lower_ in ctx.cues.quantifiers):
        return None
    return Speaker(None, None, ctx.phrase(tok), rules=("speaker.as_written",))


def speaker_of_subject(ctx: Context, verb: Token, pos: int) -> Speaker | None:
    """The speaker of a cue verb: its subject, then what the subject stands for."""
    subj = subject_of(ctx, verb)
    if subj is None:
        return None
    who = speaker_of(ctx, subj[0], pos)
    return who.but(subj[1]) if who is not None else None
