"""Speakers named by a role: "the chief executive, X", "X, the company's head of policy", "a
spokesperson for Y", "the company's lawyers".

News writing names people by their role as often as by their name, before or after it, and
makes a role speak for an organisation. These are the role rules of ``speakers.SPEAKER_RULES``
(same signature, same order there), kept apart so that module stays readable; each is named
in ``rules.py`` and tested in ``tests/test_attribution_rules.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.attribution.context import ANAPHOR_LABELS, Context
from nlp.attribution.coref import persons_proxy, possessive_owner
from nlp.attribution.counsel import RULE as COUNSEL_RULE, counsel_client
from nlp.attribution.groups import group_in_phrase
from nlp.attribution.owner_subject import owner_by_subject
from nlp.attribution.plural_lists import COUNSEL_RULE as COUNSEL_LIST, ROLE_RULE as LIST_RULE, first_of_list
from nlp.attribution.record import NOBODY, Speaker
from nlp.attribution.role_kinds import advocate_not_court
from nlp.attribution.role_same_noun import RULE as SAME_NOUN, same_noun_before
from nlp.name_links import link_words

if TYPE_CHECKING:
    from nlp.attribution.speakers import Words


def role_then_name(ctx: Context, tok: Token, pos: int, w: Words):
    """"The company's chief executive, Rafe Lindgren, said": the name in apposition. "Orrin
    Founder and CEO Rafe Lindgren said" often parses with the name as the title's conjunct."""
    title = (w.lemma in ctx.cues.person_role_nouns or w.lower in ctx.cues.person_role_nouns) \
        and not any(c.dep_ == "det" for c in tok.children)  # "the chair and Okafor" are two
    for child in tok.children:
        named = ctx.ent_of.get(child.i) if child.dep_ == "appos" or child.dep_ == "conj" and title else None
        if named is not None and (named.label_ in ("PERSON", "ORG") if child.dep_ == "appos"
                                  else named.label_ == "PERSON"):
            role = ctx.doc[tok.left_edge.i: tok.i + 1]
            first = first_of_list(ctx, named, tok, LIST_RULE)  # "the actors, A and B": A
            if first is not None:
                return Speaker(ctx.canonical(first), first.label_, first.text,
                               re.sub(r"^(?:the|a|an)\s+", "", role.text, flags=re.I), rules=(LIST_RULE,))
            return Speaker(ctx.canonical(named), named.label_, named.text,
                           re.sub(r"^(?:the|a|an)\s+", "", role.text, flags=re.I))
    return role_of_then_name(ctx, tok, w) if ctx.on(ROLE_OF_RULE) else None


ROLE_OF_RULE = "speaker.role_of_then_name"


@lru_cache(maxsize=1)
def _role_of_nouns() -> frozenset[str]:
    """The nouns for a person the entity typer reads before "of" (person_nouns, office_nouns)."""
    from nlp.entity_typing.words import load_type_words
    w = load_type_words()
    return w.person_nouns | w.office_nouns


def role_of_then_name(ctx: Context, tok: Token, w: Words):
    """"The creator of Quillcast, Brantley, said", "the mayor of Lantry, Ines Varga, said": the
    parser hangs the person's name on the name after "of" as its apposition; a person named
    there, closed by a comma, after a singular noun for a person is the subject's name (the
    entity typer's ``person_after_role_of`` made it a person)."""
    if tok.tag_ != "NN" or not (w.lemma in ctx.cues.person_role_nouns or w.lemma in _role_of_nouns()):
        return None
    doc = ctx.doc
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for c in pobj.children:
                named = ctx.ent_of.get(c.i) if c.dep_ == "appos" else None
                if named is not None and named.label_ == "PERSON" and named.end < len(doc) \
                        and doc[named.end].text == ",":
                    role = doc[tok.left_edge.i: pobj.i + 1]  # "The creator of Quillcast"
                    return Speaker(ctx.canonical(named), "PERSON", named.text,
                                   re.sub(r"^(?:the|a|an)\s+", "", role.text, flags=re.I), rules=(ROLE_OF_RULE,))
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
        first = _past_role_word(ctx, start.i, j)
        name = doc[first: j + 1].text
        role = doc[j + 2: tok.i + 1].text if j + 2 <= tok.i else None
        full = ctx.fuller_person(name, pos)
        rules = (("name.fuller_form",) if full else ()) + (("speaker.role_word_before_name",) if first > start.i else ())
        return Speaker(full or name, "PERSON", name, role, rules=rules)
    return None


def _past_role_word(ctx: Context, start: int, end: int) -> int:
    """Rule ``speaker.role_word_before_name``: "Nonprofit Brisca Archive, ..., said": the
    untagged name starts after a description capitalised only by the sentence start
    (``lead_role_words`` of nlp/data/name_links.yml)."""
    t = ctx.doc[start]
    if start < end and ctx.on("speaker.role_word_before_name") and t.lower_ in link_words().lead_role_words \
            and (t.is_sent_start or t.i == 0 or ctx.doc[t.i - 1].is_space):
        return start + 1
    return start


def name_then_role(ctx: Context, tok: Token, pos: int, w: Words):
    """"Wen Haldane, Quillfire's head of platform integrity, said" parsed with the role as the
    subject and the name as its modifier: the person the subject phrase opens with."""
    start = tok.left_edge
    ent = ctx.ent_of.get(start.i)
    if ent is None or ent.label_ != "PERSON" or ent.start != start.i or ent.end >= tok.i \
            or ctx.doc[ent.end].text != "," or not _person_role(ctx, tok, w):
        return None
    role = ctx.doc[ent.end + 1: tok.right_edge.i + 1].text.strip(" ,") or None
    return Speaker(ctx.canonical(ent), "PERSON", ent.text, role)


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
        found = _synonym_role_before(ctx, tok, org, pos, w)
        return Speaker(found[0], "PERSON", ctx.phrase(tok), found[1], found[2],
                       rules=(SYNONYM_RULE,)) if found is not None else None
    spelled = w.lower not in found[1].split()  # "the CTO" of a "chief technology officer"
    return Speaker(found[0], "PERSON", ctx.phrase(tok), found[1],
                   rules=("speaker.role_initials",) if spelled else ())


SYNONYM_RULE = "speaker.role_synonym_before"


def _synonym_role_before(ctx: Context, tok: Token, org, pos: int, w: Words) -> tuple[str, str, str] | None:
    """"The Ledger Group chief argued" after "Ledger Group executive chairman Mara Ellison":
    a role word whose phrase names the organisation is the person introduced before with a
    role of the same standing at that organisation (cues.yml ``role_synonyms``: a chief is its
    chief executive or head), the last one before; never without the organisation named in
    the phrase (rule ``speaker.role_synonym_before``)."""
    if org is None or not ctx.on(SYNONYM_RULE):
        return None
    nouns = set(ctx.cues.role_synonyms.get(w.lemma, ()))
    org_name = ctx.canonical(org)
    for start, person, role, role_org in reversed(ctx.roles):
        if start < min(pos, tok.idx) and role_org == org_name and nouns & set(role.split()):
            return person, role, role_org
    return None


def role_named_later(ctx: Context, tok: Token, pos: int, w: Words):
    """"Calder's trade commissioner said ...", a headline's "Elsmere boss says": a role no one
    held before, held by the person the article introduces with it next ("Rhea Castellanos,
    the Calder trade commissioner"), of the organisation the phrase names when it names one
    (never a role whose organisation is unknown: "Its chief executive, X" may be another's). News
    writing names the role first and the person after; a role nobody takes later stays as
    written."""
    if not _person_role(ctx, tok, w):
        return None
    org = ctx.org_in(tok)
    org_name = ctx.canonical(org) if org is not None else None
    nouns = {w.lower, w.lemma} | set(ctx.cues.role_synonyms.get(w.lemma, ()))
    for start, person, role, role_org in ctx.roles:
        if start <= tok.idx or start - tok.idx > 1500:
            continue
        if nouns & set(role.split()) and (org_name is None or role_org == org_name):
            return Speaker(person, "PERSON", ctx.phrase(tok), role, role_org)
    return None


def definite_description(ctx: Context, tok: Token, pos: int, w: Words):
    """"Ingrid Solvang told Pinion ... The Brannock chief executive said": a definite role right
    after a person is named (within 400 characters, at most one paragraph break) is them."""
    if not _person_role(ctx, tok, w) or not (tok.left_edge.lower_ == "the" and tok.left_edge.i < tok.i):
        return None
    if (w.lemma in ctx.cues.org_anaphors or w.lower in ctx.cues.org_anaphors) and ctx.on(ORG_NOUN_RULE):
        return None  # "the publisher explained": a company as often as a person (org_anaphor reads it)
    e = ctx.last_mention(pos, {"PERSON"})
    if e is None or pos - e.start_char > 400 or ctx.text.count("\n", e.end_char, tok.idx) > 1:
        return None
    org = ctx.org_in(tok)
    return Speaker(ctx.canonical(e), "PERSON", ctx.phrase(tok), w.lower,
                   ctx.canonical(org) if org is not None else None)


GENERIC_RULE = "role.bare_plural"
ORG_NOUN_RULE = "role.org_noun_not_last_person"
PLURAL_RULE, KIND_OWNER_RULE = "role.plural_not_last_named", "role.kind_owner_not_last_named"


def _owner_kind_noun(ctx: Context, tok: Token) -> bool:
    """A common noun compound before the role ("a government spokesperson", "a union official"),
    not a word an organisation named before goes by ("company", "firm")."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in ctx.ent_of
               and c.lemma_.lower() not in ctx.cues.org_anaphors for c in tok.children)


def role_for_org(ctx: Context, tok: Token, pos: int, w: Words):
    """"a spokesperson for Orrin", "the company's lawyers": the organisation the role speaks
    for, named in the phrase or else the last one named."""
    if w.lemma not in ctx.cues.role_nouns and w.lower not in ctx.cues.role_nouns:
        return None
    owned = possessive_owner(ctx, tok, w) or persons_proxy(ctx, tok, w)  # "their lawyers", "her lawyer"
    if owned is not None:
        return owned
    org, how = counsel_client(ctx, tok), COUNSEL_RULE  # "the company's lawyers" (counsel.py)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) if org is not None else None
    first = first_of_list(ctx, org, owner, COUNSEL_LIST) if owner is not None else None
    if first is not None:  # "lawyers for A and B ... the plaintiffs' counsel": A (plural_lists.py)
        org, how = first, COUNSEL_LIST
    if org is None and (by_subject := owner_by_subject(ctx, tok)) is not None:  # owner_subject.py
        name = by_subject.name  # "the startup's lawyers": the subject "the startup" goes on with
        return Speaker(name, by_subject.label, ctx.phrase(tok), w.lower.rstrip("'s"), name, rules=by_subject.rules)
    if org is None:
        org, how = ctx.org_in(tok), "org.in_phrase"
        if org is not None and org.start in ctx.standing.get("org_kind_named", ()):
            how = "org.compound_named_like"  # "an association official" (org_kinds.py)
    if org is None:
        grouped, inner = group_in_phrase(ctx, tok, w.back, w.exclude)
        if grouped is not None:  # "lawyers for the publishers"
            org, how = grouped[0][0], grouped[1]
        elif inner is not None and ctx.on("role.group_unplaced"):  # "lawyers for the authors",
            skipped = ("defendants.not_the_plaintiffs",) if ctx.standing.get("defendants_skipped") else ()
            return Speaker(None, None, ctx.phrase(tok), rules=("role.group_unplaced", *skipped))  # unnamed
    if org is None:
        person = _person_noun(ctx, tok, w)
        if person is not None:
            return person
        org, how = same_noun_before(ctx, tok, w.lemma), SAME_NOUN  # "the executives" (role_same_noun.py)
        if org is not None and ctx.canonical(org) in w.exclude:
            org = None
    if org is None and tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "prep", "compound", "amod", "nummod")
                                                     for c in tok.children) and ctx.on(GENERIC_RULE):
        # "Attorneys have predicted that ...": a bare plural is people of that trade in general,
        # not the last organisation named (the accused company, as often as not)
        return Speaker(None, None, ctx.phrase(tok), w.lower, rules=(GENERIC_RULE, "speaker.as_written"))
    if org is None and tok.tag_ in ("NNS", "NNPS") and ctx.on(PLURAL_RULE) \
            and not any(c.dep_ in ("prep", "poss") for c in tok.children):
        # "Florida election officials say", "the lawyers said": people of a trade named by their
        # kind, not the last organisation named ("representatives for the label", "the start-up's
        # lawyers": the phrase says whose they are, the organisation rules read it)
        return Speaker(None, None, ctx.phrase(tok), w.lower, rules=(PLURAL_RULE, "speaker.as_written"))
    if org is None and ctx.on(KIND_OWNER_RULE) and _owner_kind_noun(ctx, tok):
        # "A government spokesperson said": the compound names whose role it is by kind
        return Speaker(None, None, ctx.phrase(tok), w.lower, rules=(KIND_OWNER_RULE, "speaker.as_written"))
    if org is None:
        org, how = ctx.last_mention(w.back, ANAPHOR_LABELS), "org.last_named"
        if advocate_not_court(ctx, w, org):  # "Counsel informed the court": never the court (role_kinds.py)
            return Speaker(None, None, ctx.phrase(tok), w.lower, rules=("role.advocate_not_court", "speaker.as_written"))
    if org is None:
        return NOBODY
    name = ctx.canonical(org)
    if org.label_ == "PERSON" and w.lemma not in ctx.cues.proxy_nouns and w.lower not in ctx.cues.proxy_nouns \
            and ctx.on("role.of_person"):
        # "the Sanders aide", "an adviser to Ellison": someone around the person, not the person
        return Speaker(None, None, ctx.phrase(tok), w.lower, rules=("role.of_person",))
    return Speaker(name, org.label_, ctx.phrase(tok), w.lower.rstrip("'s"), name, rules=(how,))


def _person_noun(ctx: Context, tok: Token, w: Words) -> Speaker | None:
    """"Representatives for the singer", "a lawyer for the author": the role speaks for the one
    person the noun describes, the last person named (a proxy noun: a lawyer, a representative),
    never the last organisation; with no person named before, no one (``role.for_person_noun``).
    None when the phrase holds no such noun ("a spokesperson for the company")."""
    if not ctx.on("role.for_person_noun"):
        return None
    for c in tok.children:
        inner = next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" and c.lower_ in ctx.cues.role_preps else None
        if inner is None or inner.tag_ != "NN" or ctx.cues.group_nouns.get(inner.lemma_.lower()) != "person" \
                or not any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in inner.children):
            continue
        proxy = w.lemma in ctx.cues.proxy_nouns or w.lower in ctx.cues.proxy_nouns
        e = ctx.last_mention(w.back, {"PERSON"}) if proxy else None
        if e is None:
            return Speaker(None, None, ctx.phrase(tok), w.lower, rules=("role.for_person_noun",))
        name = ctx.canonical(e)
        return Speaker(name, "PERSON", ctx.phrase(tok), w.lower, None, rules=("role.for_person_noun",))
    return None
