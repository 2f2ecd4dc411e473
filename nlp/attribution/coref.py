"""What a description, a pronoun or a document stands for, where the nearest name is wrong.

Real coverage refers to a speaker in ways the nearest-name rules of ``speakers.py`` misread:
"..., it added" goes on with whoever spoke just before, not with the company the sentence is
about; "the judge observed" is the judge, not the party named last; "the chief executive of
Harbor Images has warned. Ada Brill said ..." names its speaker in the next sentence; "the
letter, seen by the Ledger" is not the Ledger's; "the companies - including A, B and C" are the
names listed in their own phrase. Each rule here is named (``rules.py``), tested with a
fictional example (``tests/test_attribution_rules.py``) and written to the statement's trace.
When none of them can say who a description is, the description stays as written: a
statement given to the wrong person is worse than one with a speaker in words only.

The speaker rules take ``(ctx, tok, pos, w)`` like those of ``speakers.py`` and are listed
in its ``SPEAKER_RULES``; the helpers at the end are called from ``standing.py``,
``groups.py``, ``quoted.py`` and ``speakers.py``. Words are data: ``nlp/data/coref.yml``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.attribution.mention_roles import acted
from nlp.attribution.document_pronoun import MISREAD_RULE, misread_spoke
from nlp.attribution.nested_cues import RULE as NESTED_RULE, inside_report
from nlp.attribution.not_accused import accused, list_not_accused
from nlp.attribution.record import Speaker
from nlp.lexicon import data_yaml


@dataclass(frozen=True)
class Words:
    continuation_verbs: frozenset[str]
    reader_verbs: frozenset[str]
    own_documents: frozenset[str]
    collective_nouns: frozenset[str]
    continuation_sentences: int
    anonymous_name: str
    anonymous_nouns: frozenset[str]
    anonymous_people: frozenset[str]
    anonymous_ties: frozenset[str]
    person_nouns: frozenset[str]
    continuation_adverbs: frozenset[str] = frozenset()  # "it also claims": continues too
    outlet_anaphors: frozenset[str] = frozenset()  # what an outlet that spoke before can be called
    reader_participles: frozenset[str] = frozenset()  # "reported by": a reader only as a verb


@lru_cache(maxsize=1)
def words() -> Words:
    d = data_yaml("coref.yml")
    return Words(frozenset(d["continuation_verbs"]), frozenset(d["reader_verbs"]),
                 frozenset(d["own_documents"]), frozenset(d["collective_nouns"]),
                 int(d["continuation_sentences"]), d["anonymous_name"],
                 frozenset(d["anonymous_nouns"]), frozenset(d["anonymous_people"]),
                 frozenset(d["anonymous_ties"]), frozenset(d["person_nouns"]),
                 frozenset(d.get("continuation_adverbs", [])), frozenset(d.get("outlet_anaphors", [])),
                 frozenset(d.get("reader_participles", [])))


def _definite(ctx: Context, tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ctx.cues.definite_determiners
               for c in tok.children)


def _as_written(ctx: Context, tok: Token, rule: str) -> Speaker:
    return Speaker(None, None, ctx.phrase(tok), rules=(rule, "speaker.as_written"))


# ------------------------------------------------------------------ the speaker goes on

def continues_previous(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"The regulator said Orrin breached ... Orrin failed to ..., it added": a pronoun or
    "the company" subject of a continuation verb ("add", "continue") is whoever spoke last,
    in the sentences just before, when that speaker can be it (an organisation for "it", a
    person for "she"); else the other rules decide. An outlet goes on only as a noun an outlet
    can be called (``continue.outlet_noun``)."""
    cues = ctx.cues
    if tok.dep_ != "nsubj" or not continues(ctx, tok.head):
        return None
    if w.lemma in cues.org_anaphors and tok.tag_ in ("NNS", "NNPS") and ctx.on("continue.plural_to_groups"):
        return None  # "the newspapers also allege": a group, read by groups.py, not the last one speaker
    if w.lower in ("it", "we") or w.lemma in cues.org_anaphors and _definite(ctx, tok):
        labels = ORG_LABELS
    elif w.lower in cues.person_pronouns:
        labels = {"PERSON"}
    else:
        return None
    found = previous_speaker(ctx, tok)
    if found is None or found.name is None or found.label not in labels:
        return None
    if found.label == "OUTLET" and w.lemma not in words().outlet_anaphors and w.lower not in ("it", "we") \
            and ctx.on("continue.outlet_noun"):
        return None  # "the regulator" does not go on with the outlet that reported the speech
    if labels == {"PERSON"} and ctx.person_for_pronoun(w.lower, pos) is None:
        return None
    how = () if tok.head.lemma_.lower() in words().continuation_verbs else ("continue.adverb",)
    how += tuple(r for r in found.rules if r in (NESTED_RULE, MISREAD_RULE))
    return Speaker(found.name, found.label, ctx.phrase(tok), found.role, found.org, rules=how)


def continues(ctx: Context, verb: Token) -> bool:
    """The cue goes on with what was just said: a continuation verb ("added", "continued"), or
    a cue with a continuation adverb ("it also claims", "the filing further states": rule
    ``continue.adverb``)."""
    if verb.lemma_.lower() in words().continuation_verbs:
        return True
    return ctx.is_cue(verb) and ctx.on("continue.adverb") and any(
        c.dep_ == "advmod" and c.lower_ in words().continuation_adverbs for c in verb.children)


def previous_speaker(ctx: Context, tok: Token) -> Speaker | None:
    """The speaker of the last cue in the sentences before ``tok``'s (``coref.yml`` says how
    many), read once per cue: "the regulator said. ... , it added"."""
    from nlp.attribution.speakers import speaker_of_subject

    memo = ctx.standing.setdefault("spoke", {})
    i = _sentence_index(ctx, tok) - 1  # the sentence before tok's
    nested = False
    for s in ctx.sents[max(0, i - words().continuation_sentences + 1): i + 1][::-1]:
        for t in reversed(s):
            if (misread := misread_spoke(ctx, t)) is not None:  # "X's lawsuit states" (document_pronoun.py)
                return misread
            if not ctx.is_cue(t) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                    and t.dep_ not in ("conj", "advcl"):
                continue
            if inside_report(ctx, t, tok):  # "X said, adding that Y is maintaining ...": not Y (nested_cues.py)
                nested = True
                continue
            if t.i not in memo:
                memo[t.i] = None  # a cue that leads back to itself finds no one
                memo[t.i] = speaker_of_subject(ctx, t, t.idx)
            if memo[t.i] is not None:
                return memo[t.i].but(NESTED_RULE) if nested else memo[t.i]
    return None


def _sentence_index(ctx: Context, tok: Token) -> int:
    return max(0, bisect_right(ctx.sent_starts, tok.idx) - 1)


# ------------------------------------------------------------------ descriptions

def the_judge(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Justice Arif Vell ... the judge observed": "the judge" is the person the text titled
    judge (or justice) before, never the party named last; with none, it stays as written."""
    if w.lemma not in ctx.cues.judge_titles or tok.i in ctx.ent_of or not _definite(ctx, tok) \
            or tok.tag_ in ("NNS", "NNPS"):
        return None
    if any(c.dep_ in ("appos", "compound") and c.i in ctx.ent_of for c in tok.children):
        return None  # "the judge, Mara Ellison," is named in the phrase
    titles = ctx.cues.judge_titles
    for start, person, role, _ in reversed(ctx.roles):
        if start < pos and titles & set(role.split()):
            return Speaker(person, "PERSON", ctx.phrase(tok), w.lower, rules=("judge.titled_person",))
    return _as_written(ctx, tok, "speaker.the_judge")


def _person_role(ctx: Context, tok: Token, w) -> bool:
    cues = ctx.cues
    return tok.tag_ not in ("NNS", "NNPS") and w.lower not in cues.spokes_nouns and (
        w.lemma in cues.person_role_nouns or w.lower in cues.person_role_nouns)


def named_next(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"..., the chief executive of Harbor Images has warned. Ada Brill said ...": a definite
    role whose holder the text has not introduced is the person a speech verb of the next
    sentence has as subject, when that person is named there for the first time."""
    if not _person_role(ctx, tok, w) or not _definite(ctx, tok):
        return None
    i = _sentence_index(ctx, tok)
    if i + 1 >= len(ctx.sents):
        return None
    for t in ctx.sents[i + 1]:
        ent = ctx.ent_of.get(t.i)
        if ent is None or t.i != ent.root.i or t.dep_ != "nsubj" or not ctx.is_cue(t.head):
            continue
        name = ctx.canonical(ent)
        if ent.label_ == "PERSON" and not any(ctx.canonical(m) == name for m in ctx.mentions
                                              if m.start_char < tok.idx):
            org = ctx.org_in(tok)
            return Speaker(name, "PERSON", ctx.phrase(tok), w.lower,
                           ctx.canonical(org) if org is not None and org.label_ != "PERSON" else None)
        break
    return None


def occupation_noun(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Ortiz warned that it must be fair. ..., insisted the illustrator": news writing refers
    back to the person it is about by their trade ("the illustrator", "the author", "the
    singer", "the billionaire"), a definite singular of the person nouns of ``group_nouns`` or of
    coref.yml's ``person_nouns``; it is the person
    named just before, when that person acted (a subject: "Ortiz warned") and no other person
    was named since ("X attacked Y after the front-runner said" may be either), within 400
    characters and at most one paragraph break (as for a role: ``speaker.definite_description``).
    A person only mentioned ("a song about X") is not who the text goes on about; a phrase that
    names itself ("the creator, known as @ghost") is not an anaphor; a plural is a group
    (groups.py). Otherwise the words stay as written."""
    if (ctx.cues.group_nouns.get(w.lemma) != "person" and w.lemma not in words().person_nouns) \
            or tok.tag_ not in ("NN", "NNP") \
            or tok.i in ctx.ent_of or not _definite(ctx, tok) \
            or any(c.dep_ in ("appos", "acl") for c in tok.children):
        return None
    e = ctx.last_mention(w.back, {"PERSON"}, prefer_subject=True)
    nearest = ctx.last_mention(w.back, {"PERSON"})
    if e is None or not acted(e) or ctx.canonical(nearest) != ctx.canonical(e) \
            or w.back - e.start_char > 400 or ctx.text.count("\n", e.end_char, tok.idx) > 1:
        return None
    return Speaker(ctx.canonical(e), "PERSON", ctx.phrase(tok), w.lower)


def possessive_owner(ctx: Context, tok: Token, w) -> Speaker | None:
    """"Brill and two other authors sued Orrin. Their lawyers said Orrin copied their books":
    a role owned by "their" or "its" speaks for whom the pronoun stands for, read as that
    pronoun would be: "their" is the last group of parties that acted (``pronoun.they_group``),
    else, like "it", the organisation that last acted, never one named in the role's own
    reported clause (``anaphor.not_in_own_clause``). With no one left, kept as written: the
    other side, named last, is the wrong owner more often than not. Called by
    ``roles.role_for_org``."""
    from nlp.attribution.groups import they_for
    from nlp.attribution.speakers import last_actor

    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ctx.cues.org_possessives), None)
    if poss is None or not ctx.on("role.possessive_owner"):
        return None
    role = w.lower.rstrip("'s")
    if poss.lower_ == "their":
        group = they_for(ctx, poss, w.back, w.exclude)
        if group is not None:
            name = ctx.canonical(group[0][0])
            return Speaker(name, group[0][0].label_, ctx.phrase(tok), role, name,
                           rules=("role.possessive_owner", group[1]))
    e, rules = last_actor(ctx, w, ORG_LABELS - {"OUTLET"})
    if e is None:
        return _as_written(ctx, tok, "role.possessive_owner")
    name = ctx.canonical(e)
    return Speaker(name, e.label_, ctx.phrase(tok), role, name, rules=("role.possessive_owner", *rules))


def persons_proxy(ctx: Context, tok: Token, w) -> Speaker | None:
    """"Her representatives did not respond", "his lawyer said": a role that speaks in a
    person's name (``proxy_nouns``) owned by "his" or "her" is that person's, read as the
    pronoun would be (``role.person_possessive``)."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None or (w.lemma not in ctx.cues.proxy_nouns and w.lower not in ctx.cues.proxy_nouns) \
            or not ctx.on("role.person_possessive"):
        return None
    pronoun = "she" if poss.lower_ == "her" else "he"
    found = ctx.salient_person(pronoun, ctx.person_for_pronoun(pronoun, w.back))
    if found is None:
        return None
    name = ctx.canonical(found[0])
    return Speaker(name, "PERSON", ctx.phrase(tok), w.lower.rstrip("'s"), name,
                   rules=("role.person_possessive", "pronoun." + found[1]))


def own_document(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"The platform's terms of use state", "Orrin's policy says": a text an organisation
    publishes about itself speaks for it; with no owner in the phrase it stays as written."""
    if w.lemma not in words().own_documents and w.lower not in words().own_documents:
        return None
    org = ctx.org_in(tok)
    if org is None or org.label_ not in ORG_LABELS:
        return _as_written(ctx, tok, "speaker.own_document")
    return Speaker(ctx.canonical(org), org.label_, ctx.phrase(tok), rules=("org.in_phrase",))


def anonymous_source(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Sources familiar with the situation suggest", "according to a source close to the deal",
    "two people familiar with the matter said": a source the article keeps unnamed on purpose
    is the one pseudo-party "anonymous sources", never the organisation it is close to (which
    the nearest-name rules would take). "source" is one whatever modifies it; "people",
    "an official" only with a tie in their own phrase ("familiar with", "close to",
    "briefed on"): "officials said" alone is an organisation's (role_for_org)."""
    ws = words()
    if tok.i in ctx.ent_of or ctx.in_quote[tok.i]:
        return None
    if w.lemma not in ws.anonymous_nouns and w.lower not in ws.anonymous_nouns:
        if w.lower not in ws.anonymous_people and w.lemma not in ws.anonymous_people:
            return None
        if not any(t.lower_ in ws.anonymous_ties for t in tok.subtree if t.i > tok.i):
            return None
    return Speaker(ws.anonymous_name, None, ctx.phrase(tok))


# ------------------------------------------------------------------ never the accused

def collective_not_accused(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Publishers threatened action against Orrin. ... the group said": a collective noun the
    text does not name ("the group", "the association") left to the last organisation that
    acted is not that organisation when it is the accused party: the group speaks against it.
    It is then the last list of parties none of them accused ("A, B and C accused Orrin ...
    the group said": A), else the organisation the article names as having filed, when not
    accused ("X filed a charge against Orrin ... The union says": X, rule
    ``group.collective_is_plaintiff``), else kept as written. Else the organisation rules decide."""
    from nlp.attribution.speakers import last_actor

    if w.lemma not in words().collective_nouns or not _definite(ctx, tok) or tok.i in ctx.ent_of \
            or ctx.org_in(tok) is not None or ctx.named_like(w.lemma, w.back) is not None:
        return None
    e, _ = last_actor(ctx, w, {"ORG"})
    if e is None or ctx.canonical(e) not in accused(ctx):
        return None
    listed = list_not_accused(ctx, pos, w.exclude)
    if listed is not None:
        return Speaker(ctx.canonical(listed[0]), listed[0].label_, ctx.phrase(tok),
                       rules=("group.list_not_accused",))
    if ctx.on("group.collective_is_plaintiff"):
        from nlp.attribution.suit_parties import plaintiff
        found = plaintiff(ctx, tok.idx)
        if found is not None and found[0] is not None and found[1] in ORG_LABELS \
                and found[0] not in accused(ctx) and found[0] not in w.exclude:
            return Speaker(found[0], found[1], ctx.phrase(tok), rules=("group.collective_is_plaintiff", *found[2]))
    return _as_written(ctx, tok, "speaker.collective_not_accused")


# ------------------------------------------------------------------ helpers for other modules

def reader_named(ctx: Context, tok: Token) -> bool:
    """A document's phrase names who read it ("the letter, which was seen by the Ledger")."""
    return any(read_by(ctx, t) for t in tok.subtree if t.lower_ == "by")


def read_by(ctx: Context, by: Token) -> bool:
    """"seen by the Ledger", "obtained by the Courier", "obtained from": "by" names a reader of the
    document, not its author (the parser may tag the participle an adjective, so no POS test)."""
    lemma = by.head.lemma_.lower()
    return by.lower_ in ("by", "from") and (lemma in words().reader_verbs or lemma in words().reader_participles
                                            and by.head.tag_ in ("VBN", "VBD")) \
        and ctx.on("document.reader_not_author")


def listed_in_phrase(ctx: Context, tok: Token) -> list[Span]:
    """"the companies - including major manga publishers A, B and C": the names listed inside
    a group noun's own phrase, even after a few words of description."""
    from nlp.attribution.groups import PARTY_LABELS, coordinated, including

    if not ctx.on("group.listed_in_phrase"):
        return []
    found = including(ctx, tok)
    if found:
        return found
    for t in tok.subtree:
        if t.lower_ in ("including", "among") and not ctx.in_quote[t.i]:
            for u in ctx.doc[t.i + 1: min(t.i + 7, len(ctx.doc))]:
                ent = ctx.ent_of.get(u.i)
                if ent is not None and ent.label_ in PARTY_LABELS:
                    return coordinated(ctx, ent)
                if u.is_punct:
                    break
    return []


def outer_cue(ctx: Context, cue: Token) -> Token:
    """"The watchdog said Orrin had agreed to “not dispute the facts”": a fragment's cue
    inside what another cue reports ("agreed" inside "said") is part of that report; the
    outer cue and its subject say who speaks. Only an outer cue before the fragment's: in
    "Orrin never admitted that it had “copied”, Ellison said" the clause is Orrin's denial."""
    if not ctx.on("attribution.outer_cue"):
        return cue
    t = cue
    while t.dep_ in ("ccomp", "xcomp") and t.head.i != t.i:
        if t.dep_ == "ccomp" and ctx.is_cue(t.head) and t.head.lemma_.lower() in ctx.cues.report_verbs:
            return t.head if t.head.i < cue.i else cue
        t = t.head
    return cue


def reported_conjunct(ctx: Context, head: Token, verb: Token) -> Token | None:
    """"the firm said it “represents ...” and went on to argue": the parser hung "went" on the
    reported clause ("represents") although the quote closed before it; the cue that reports
    the clause ("said") is what it is joined to. Without a closing mark between them the
    conjunct may well be reported too ("said the firm broke the rules and warned ...")."""
    if head.dep_ != "ccomp" or not ctx.is_cue(head.head) or not ctx.on("subject.conjunct_of_report"):
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i == head.i:
        return head.head  # "he agreed the claims are preempted, saying ...": he is saying
    closed = any(ctx.in_quote[t.i] and not ctx.in_quote[t.i + 1] for t in ctx.doc[head.i: verb.i])
    return head.head if closed else None
