"""Who the speaker of a cue is: first its subject, then what that subject stands for.

Both steps are tables of named rules, tried in order; the first that applies decides, and its
name goes into the statement's trace. A speaker rule returns a ``Speaker``, ``None`` when it
does not apply (the next rule is tried), or ``NOBODY`` when it applies but finds no one ("he"
with no person named before): then the statement has no speaker and no later rule is tried.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from nlp.attribution.post_nominals import post_nominal_after_name
from nlp.attribution.agreement import number_agrees
from nlp.attribution.own_clause import own_clause_names
from nlp.attribution.legal_actions import legal_action
from nlp.attribution.context import ANAPHOR_LABELS, ORG_LABELS, SPEAKER_LABELS, Context
from nlp.attribution.mention_roles import acted
from nlp.attribution.anaphor_kinds import SUBJECT_OVER_NAME, labels_for, subject_before
from nlp.attribution.continuity import previous_subject
from nlp.attribution.courts import the_court
from nlp.attribution.coref import (anonymous_source, collective_not_accused, continues_previous, named_next,
                                   occupation_noun, own_document, the_judge)
from nlp.attribution.described import described_entity
from nlp.attribution.coordinated_titles import titles_then_name
from nlp.attribution.role_kinds import outlet_journalist, public_body, public_body_plural, role_represents
from nlp.attribution.estates import estate
from nlp.attribution.legal_teams import legal_team
from nlp.attribution.groups import coordinated, group_for, group_kind, included, they_for
from nlp.attribution.governments import national_government
from nlp.attribution.group_named import members_including, named_later
from nlp.attribution.cataphora import named_in_lede
from nlp.attribution.singular_they import singular_they
from nlp.attribution.named_plaintiffs import bare_plaintiffs, filer_phrase
from nlp.attribution.introduced import group_named_next, group_owned_by, noun_named, they_continue
from nlp.attribution.record import NOBODY, Speaker
from nlp.attribution.reporter_first import reporter_instead
from nlp.attribution.subject_owners import owner_of_subject
from nlp.attribution.roles import (definite_description, name_then_role, person_with_role, role_for_org,
                                   role_named_later, role_then_name, untagged_name_with_role)
from nlp.attribution.standing import behind_document, document_before
from nlp.attribution.subjects import subject_of  # noqa: F401 - re-exported: the cue modules ask here
from nlp.attribution.titled import title_then_name
from nlp.attribution.legal_forms import legal_form_speaker
from nlp.attribution.kind_veto import kind_veto
from nlp.attribution.last_subject import veto as last_subject_veto
from nlp.attribution.untagged_names import untagged_name
from nlp.attribution.addressees import RULE as ADDRESSEE_RULE, addressee
from nlp.attribution.topic import KIND_RULE, description_continues, name_says_other_kind
from nlp.lexicon import hyphen_word

# ------------------------------------------------------------------ what a subject stands for

class Words:
    """The forms of a subject token the speaker rules test, computed once per token, and what
    an anaphor among them may refer to: only what comes before it (``back``, never a name
    between the subject and its clause), and nobody named in its own reported clause
    (``exclude``, read on first use)."""

    def __init__(self, ctx: Context, tok: Token, pos: int):
        self.lower = tok.lower_
        joined = hyphen_word(tok)
        # "start-up" parses as "start", "-", "up"
        self.lemma = joined if "-" in joined else tok.lemma_.lower()
        self.back = min(pos, tok.idx)
        self._ctx, self._tok, self._exclude = ctx, tok, None
        self.quoted: set[str] = set()  # names of the clause left in, being in quote marks

    @property
    def exclude(self) -> set[str]:
        if self._exclude is None:
            self._exclude = own_clause_names(self._ctx, self._tok, self.quoted)
        return self._exclude


def named_entity(ctx: Context, tok: Token, pos: int, w: Words):
    """"Mara Ellison said": the entity the subject is, with its apposition as role. "A and B
    said" is A's, however the parser hung the list (often on its last name)."""
    ent = ctx.ent_of.get(tok.i)
    if ent is None or ent.label_ not in SPEAKER_LABELS:
        return None
    # only the list's subject: "A and B said" may hang on B, while B itself is a conjunct
    listed = coordinated(ctx, ent) if ent.label_ != "COURT" and tok.dep_ != "conj" else [ent]
    if listed[0].start != ent.start and ctx.on("speaker.first_of_list"):
        first = listed[0]
        return Speaker(ctx.canonical(first), first.label_, ctx.doc[first.start: listed[-1].end].text,
                       rules=("speaker.first_of_list",))
    role = ctx.apposition(ent.root)
    return Speaker(ctx.canonical(ent), ent.label_, ent.text, role,
                   rules=("role.apposition",) if role else ())


def person_pronoun(ctx: Context, tok: Token, pos: int, w: Words):
    """"she said": the last person named whose given name fits the pronoun's gender."""
    if w.lower not in ctx.cues.person_pronouns:
        return None
    found = ctx.salient_person(w.lower, ctx.person_for_pronoun(w.lower, pos))
    if found is None:
        return NOBODY
    return Speaker(ctx.canonical(found[0]), "PERSON", tok.text, rules=("pronoun." + found[1],))


def org_pronoun(ctx: Context, tok: Token, pos: int, w: Words):
    """"it said", "they said": the organisation that last acted; for "they", a group of
    parties named more recently (``groups.they_for``); for "it", a document that spoke more
    recently ("..., according to the lawsuit. ..., it added")."""
    if w.lower not in ctx.cues.org_pronouns:
        return None
    if w.lower == "they":
        group = they_for(ctx, tok, w.back, w.exclude)
        if group is not None:
            first = group[0][0]
            return Speaker(ctx.canonical(first), first.label_, tok.text, rules=(group[1],))
    e, rules = last_actor(ctx, w, ANAPHOR_LABELS)
    reporter = reporter_instead(ctx, tok, e, w.exclude)  # "X alleges Y did P. They claim" (reporter_first.py)
    if reporter is not None:
        return reporter
    if w.lower == "they" and e is not None and (e.label_ == "COURT" or not acted(e)) \
            and ctx.on("pronoun.they_not_bystander"):
        # "... filed suit in the Calder court. They allege": "they" is never a court, and a
        # company that only stood in a list or was acted on is a guess: kept as written
        return Speaker(None, None, tok.text, rules=("pronoun.they_not_bystander", "speaker.as_written"))
    if w.lower == "it":
        doc = document_before(ctx, w.back, e)
        if doc is not None:
            return doc
    return Speaker(ctx.canonical(e), e.label_, tok.text, rules=rules) if e is not None else NOBODY


def last_actor(ctx: Context, w: Words, labels: set[str]):
    """The organisation that last acted before an anaphor, and ("anaphor.not_in_own_clause",)
    when the anaphor's own clause ruled out the one that would have been taken."""
    e = ctx.last_mention(w.back, labels, w.exclude, prefer_subject=True)
    if e is not None and ctx.canonical(e) in w.quoted - w.exclude:
        return e, ("anaphor.quote_may_name_speaker",)
    if not w.exclude:
        return e, ()
    plain = ctx.last_mention(w.back, labels, prefer_subject=True)
    same = plain is None or e is not None and plain.start == e.start
    return e, () if same else ("anaphor.not_in_own_clause",)


def group(ctx: Context, tok: Token, pos: int, w: Words):
    """"the music publishers said", "the studios said": the parties the text named as a group,
    the first-named speaking (``groups.group_for``); a generic plural is left to be kept as
    written."""
    if tok.tag_ not in ("NNS", "NNPS") and w.lemma in ctx.cues.org_anaphors:
        if ctx.named_like(w.lemma, w.back) is not None or group_kind(ctx, tok) is None:
            return None  # "the group" after "Halvard Music Group": that organisation
        # "the group": the parties that last acted together, unless one organisation acted since
        found = they_for(ctx, tok, w.back, w.exclude)
        if found is None:
            return None
        return Speaker(ctx.canonical(found[0][0]), found[0][0].label_, ctx.phrase(tok), rules=("group.last_list",))
    found = group_for(ctx, tok, w.back, w.exclude)
    if found is None:  # "The authors allege ... the three authors — A, B and C —" (group_named.py)
        if ctx.standing.get("defendants_skipped") and (w.lower in ctx.cues.defendant_nouns
                                                       or w.lemma in ctx.cues.defendant_nouns):
            return Speaker(None, None, ctx.phrase(tok), rules=("defendants.not_the_plaintiffs",))
        return (named_later(ctx, tok) or NOBODY) if group_kind(ctx, tok) is not None else None
    members, agree = number_agrees(ctx, tok, found[0], w.back, w.exclude)  # "the three papers"
    if members is None:
        return Speaker(None, None, ctx.phrase(tok), rules=(found[1], *agree))
    first = members[0]
    return Speaker(ctx.canonical(first), first.label_, ctx.phrase(tok),
                   rules=(*agree, *(() if agree else (found[1],)), *_described_member(ctx, members)))


def _described_member(ctx: Context, members) -> tuple[str, ...]:
    """("group.described_member",) when the list was read past a description after a comma
    ("comedian A, award-winning author B and C"), for the trace (``groups.coordinated``)."""
    doc = ctx.doc
    for a, b in zip(members, members[1:]):
        gap = doc[a.end: b.start]
        if not any(t.lower_ in ("and", "or", "nor", "&") for t in gap) \
                and any(t.is_lower and t.is_alpha and t.lower_ not in ("the", "neither", "either", "both") for t in gap):
            return ("group.described_member",)
    return ()


def document(ctx: Context, tok: Token, pos: int, w: Words):
    """"the lawsuit says", "the ruling found": who stands behind the document (standing.py)."""
    kind, part, said = ctx.cues.document_speakers.get(w.lemma), (), tok
    if kind is None and w.lemma in ctx.cues.document_parts and ctx.on("document.part_of"):
        # "The grounds for the judgment state", "the text of the letter says": the document
        whole = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for g in c.children if g.dep_ == "pobj"), None)
        kind = ctx.cues.document_speakers.get(whole.lemma_.lower()) if whole is not None else None
        if kind is not None:
            tok, part = whole, ("document.part_of",)
    if kind is None and legal_action(ctx, tok):  # "The legal action alleged" (legal_actions.py)
        kind, part = "plaintiff", ("document.legal_action",)
    if kind is None:
        return None
    if w.lemma in ctx.cues.outlet_nouns and ctx.last_mention(w.back, {"OUTLET"}) is not None:
        return None  # "the paper reported", an outlet named before: the outlet (org_anaphor)
    found = behind_document(ctx, kind, tok, w.back)  # never a name in its own clause
    if found is None:
        return NOBODY
    return Speaker(found[0], found[1], ctx.phrase(said), rules=(*part, *found[2]))


def _acted_on_before(ctx: Context, tok: Token, w: Words) -> str | None:
    """"Kyodo accused the startup of copying ... the startup said": the organisation that was
    the subject of a verb whose object was the same definite noun just before is the other
    party, not the one the noun stands for (a verb's subject and object are two parties)."""
    if not ctx.on("org.not_who_acted_on_it"):
        return None
    lemma = tok.lemma_.lower()
    for t in reversed(ctx.doc[max(0, tok.i - 80): tok.i]):
        if t.idx >= w.back or t.lemma_.lower() != lemma or t.dep_ != "dobj" or ctx.in_quote[t.i] \
                or not any(c.lower_ == "the" for c in t.children):
            continue
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        ent = ctx.ent_of.get(subj.i) if subj is not None else None
        return ctx.canonical(ent) if ent is not None and ent.label_ in ORG_LABELS else None
    return None


def org_anaphor(ctx: Context, tok: Token, pos: int, w: Words):
    """"the company said": the organisation in the phrase, else one whose name has the noun
    ("the office" -> "Calder Office of Creative Rights"), else the last one that acted."""
    if w.lemma not in ctx.cues.org_anaphors:
        return None
    if ctx.on("anaphor.indefinite_is_new") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and ctx.org_in(tok) is None:
        # "a group of authors who claimed ...": a new party, kept as written
        return Speaker(None, None, ctx.phrase(tok), rules=("anaphor.indefinite_is_new",))
    labels = {"OUTLET"} if w.lemma in ctx.cues.outlet_nouns else {"ORG"}
    labels, widened = labels_for(ctx, w.lemma, labels)  # "the publisher": an outlet too (anaphor_kinds.py)
    org, how = ctx.org_in(tok), "org.in_phrase"
    if org is not None and org.label_ == "PERSON" and ctx.on("org.person_owner"):
        # "Jorja Smith's record label": the label, not the singer; kept as written
        return Speaker(None, None, ctx.phrase(tok), rules=("org.person_owner", "speaker.as_written"))
    if org is None and tok.tag_ in ("NNS", "NNPS"):
        return None  # "tech companies argue": generic, kept as written (a definite one is a group)
    extra: tuple = ()
    if org is not None and org.root.dep_ == "pobj" and org.root.head.lower_ in ("of", "behind") \
            and org.root.head.head.i == tok.i and ctx.on("org.owner_of_named"):
        # "the publisher of IGN and CNET", "the company behind Tessaly": not IGN, its owner
        w.exclude.add(ctx.canonical(org))
        org, extra = None, ("org.owner_of_named",)
    if org is None and ctx.hyphen_named(tok):  # "the Orrin-backed company": not Orrin, so
        w.back, extra = min(w.back, tok.left_edge.idx), ("org.hyphen_modifier",)  # look before it
    if org is None:
        org, how = ctx.named_like(w.lemma, w.back), "org.named_like"
        before = subject_before(ctx, tok, w.lemma, org) if org is not None else None
        if before is not None:  # "The company claims" after "Orrin launched ...": not "X Company"
            org, how = before, SUBJECT_OVER_NAME
    if org is None:
        other = _acted_on_before(ctx, tok, w)
        if other is not None:  # "Kyodo accused the startup of ... the startup said": not Kyodo
            w.exclude.add(other)
            extra += ("org.not_who_acted_on_it",)
        (org, more), how = last_actor(ctx, w, labels), "org.last_subject"
        extra += more + (widened if org is not None and org.label_ == "OUTLET" else ())
        if org is not None and len(coordinated(ctx, org)) > 1 and ctx.on("org.not_one_of_list"):
            # "A and B sent letters to C. The company said": neither A nor B; kept as written
            return Speaker(None, None, ctx.phrase(tok), rules=("org.not_one_of_list", "speaker.as_written"))
        if org is not None and name_says_other_kind(ctx, w.lemma, org) and addressee(ctx, tok, org):
            # "in a memo sent to the ... Committee on Trade, the company claimed" (addressees.py)
            w.exclude.add(ctx.canonical(org))
            (org, more), extra = last_actor(ctx, w, labels), extra + (ADDRESSEE_RULE,)
            extra += more
        if org is not None and name_says_other_kind(ctx, w.lemma, org):
            # "the company said" after "the Arts Alliance said": an alliance is no company; kept
            return Speaker(None, None, ctx.phrase(tok), rules=(KIND_RULE, "speaker.as_written"))
    if org is None:
        return NOBODY
    return Speaker(ctx.canonical(org), getattr(org, "label_", "ORG"), ctx.phrase(tok), rules=(how, *extra))


Rule = Callable[[Context, Token, int, Words], "Speaker | None"]
SPEAKER_RULES: tuple[tuple[str, Rule], ...] = (
    ("speaker.title_then_name", title_then_name),  # titled.py
    ("speaker.titles_then_name", titles_then_name),  # coordinated_titles.py
    ("speaker.entity", named_entity),
    ("speaker.role_then_name", role_then_name),
    ("speaker.untagged_name_with_role", untagged_name_with_role),
    ("speaker.name_then_role", name_then_role),
    ("speaker.post_nominal_after_name", post_nominal_after_name),  # post_nominals.py
    ("speaker.estate", estate),
    ("speaker.legal_team", legal_team),  # legal_teams.py
    ("speaker.anonymous_source", anonymous_source),  # coref.py
    ("speaker.continues_previous", continues_previous),  # coref.py
    ("speaker.they_continue", they_continue),  # introduced.py
    ("speaker.previous_subject", previous_subject),  # continuity.py
    ("speaker.singular_they", singular_they),  # singular_they.py
    ("speaker.person_pronoun", person_pronoun),
    ("speaker.org_pronoun", org_pronoun),
    ("speaker.described_entity", described_entity),  # described.py
    ("speaker.group", group),
    ("speaker.bare_plaintiffs", bare_plaintiffs),  # named_plaintiffs.py
    ("speaker.included", included),  # groups.py
    ("speaker.members_including", members_including),  # group_named.py
    ("speaker.noun_named", noun_named),  # introduced.py
    ("speaker.group_owned_by", group_owned_by),  # introduced.py
    ("speaker.group_named_next", group_named_next),  # introduced.py
    ("speaker.filer_phrase", filer_phrase),  # named_plaintiffs.py
    ("speaker.named_in_lede", named_in_lede),  # cataphora.py
    ("speaker.the_judge", the_judge),  # coref.py
    ("speaker.the_court", the_court),  # courts.py
    ("speaker.person_with_role", person_with_role),
    ("speaker.named_next", named_next),  # coref.py
    ("speaker.definite_description", definite_description),
    ("speaker.occupation_noun", occupation_noun),  # coref.py
    ("speaker.description_continues", description_continues),  # topic.py
    ("speaker.role_named_later", role_named_later),
    ("speaker.role_represents", role_represents),  # role_kinds.py
    ("speaker.public_body_plural", public_body_plural),  # article_bodies.py
    ("speaker.national_government", national_government),  # governments.py
    ("speaker.role_for_org", role_for_org),
    ("speaker.own_document", own_document),  # coref.py
    ("speaker.document", document),
    ("speaker.legal_form_of_name", legal_form_speaker),  # legal_forms.py
    ("speaker.untagged_name", untagged_name),
    ("speaker.collective_not_accused", collective_not_accused),  # coref.py
    ("speaker.outlet_journalist", outlet_journalist),  # role_kinds.py
    ("speaker.public_body", public_body),  # role_kinds.py
    ("speaker.org_anaphor", org_anaphor),
)


# the rules that take the nearest fitting name, which the last main subject may overrule
NEAREST_NAME = frozenset({"speaker.person_pronoun", "speaker.org_pronoun", "speaker.org_anaphor"})


def speaker_of(ctx: Context, tok: Token, pos: int) -> Speaker | None:
    """Who a subject token stands for: the first speaker rule that applies decides."""
    found = _first_rule(ctx, tok, pos)
    return None if found is NOBODY else found


def speaker_or_written(ctx: Context, tok: Token, pos: int) -> Speaker | None:
    """``speaker_of``, or the subject's own words when no speaker rule applies at all. When a
    rule applies and finds no one ("The plaintiffs argue that ..." with no plaintiff named,
    "the lawsuit says" with no filer named) the statement is still one, and keeps its subject's
    words (``speaker.unresolved_kept``): leaving it out lost statements the real sets annotate
    (8 of 570 on the four AI-IP sets) and PolNeAR too. A pronoun with nothing to stand for
    ("it said", no organisation named) names nobody, and the statement is left out."""
    found = _first_rule(ctx, tok, pos)
    if found is NOBODY:
        kept = as_written(ctx, tok, owned=False) if ctx.on("speaker.unresolved_kept") and tok.pos_ != "PRON" else None
        return kept.but("speaker.unresolved_kept") if kept is not None else None
    return found if found is not None else as_written(ctx, tok)


def _first_rule(ctx: Context, tok: Token, pos: int) -> Speaker | None:
    w = Words(ctx, tok, pos)
    for name, rule in SPEAKER_RULES:
        if not ctx.on(name):
            continue
        found = rule(ctx, tok, pos, w)
        if found is NOBODY:
            return NOBODY
        if found is not None and name in NEAREST_NAME:  # unless the last main subject
            found = last_subject_veto(ctx, tok, w, found.but(name))  # says otherwise (last_subject.py)
            return kind_veto(ctx, tok, found)  # or the description says another kind (kind_veto.py)
        if found is not None:
            return kind_veto(ctx, tok, found.but(name))
    return None


def as_written(ctx: Context, tok: Token | None, owned: bool = True) -> Speaker | None:
    """No rule knows who the subject is ("The court said", "Organizers say", "60 percent of
    voters said"): the statement keeps the words that name its source and no entity. Never
    "it" or "there", which name nobody."""
    if tok is None or not ctx.on("speaker.as_written") or ctx.in_quote[tok.i]:
        return None
    if tok.ent_type_ in ("DATE", "TIME") and ctx.on("speaker.not_a_date"):
        return None  # "just two days on, Brannock admitted ...": a time is nobody's words
    if tok.lower_ in ("it", "there") or not (
            tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or tok.lower_ in ctx.cues.quantifiers):
        return None
    found = owner_of_subject(ctx, tok) if owned else None  # "X's plea argued" (subject_owners.py),
    if found is not None:  # unless a rule found the subject stands for no one
        return found
    return Speaker(None, None, ctx.phrase(tok), rules=("speaker.as_written",))


def speaker_of_subject(ctx: Context, verb: Token, pos: int) -> Speaker | None:
    """The speaker of a cue verb: its subject, then what the subject stands for."""
    subj = subject_of(ctx, verb)
    if subj is None:
        return None
    who = speaker_of(ctx, subj[0], pos)
    return who.but(subj[1]) if who is not None else None
