"""Which token of a sentence names who spoke a cue: the cue's grammatical subject, found by a
few named rules (the parse's subject, climbing relative and conjoined clauses, a name just
left or right of the cue). What that token stands for is decided afterwards, in speakers.py.

Kept apart from speakers.py because every statement builder (quoted, reported, intro,
no-comments) needs the subject, while only speakers.py resolves it.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.next_act import RULE as NEXT_ACT, next_act_cue
from nlp.attribution.coref import reported_conjunct
from nlp.attribution.relative_conjunct import RULE as RELATIVE_CONJUNCT, relative_conjunct
from nlp.attribution.document_participle import RULE as DOCUMENT_RULE, document_before
from nlp.attribution.misread_cues import RULE as MISREAD_RULE, misread_document
from nlp.attribution.person_of_org import RULE as PERSON_OF_ORG, person_of_org
from nlp.attribution.misread_verbs import misread_rule, misread_verb
from nlp.attribution.hearer_passives import RULE as HEARER_RULE, agent_of, hearer_passive
from nlp.attribution.suit_participle import RULE as SUIT_RULE, suer_before
from nlp.attribution.title_participle import RULE as TITLE_RULE, title_subject
from nlp.attribution.repeated_report import (PARTICIPLE_SUBJECT, REPEATED_REPORT, repeated_report,
                                              subject_of_participle)
from nlp.attribution.trailing_participle import (AFTER_CUE_RULE, RULE as TRAILING_RULE, earlier_cue_subject,
                                                 main_cue_subject)


def subject_of(ctx: Context, verb: Token) -> tuple[Token, str] | None:
    """The token that names who spoke ``verb``, and the name of the rule that found it."""
    first = next_act_cue(ctx, verb)  # "said P when it sold Q and said R": the first cue's speaker
    if first is not None:
        found = subject_of(ctx, first)
        if found is not None:
            return found[0], NEXT_ACT
    if hearer_passive(ctx, verb):  # "X was told ...": X heard it (hearer_passives.py)
        agent = agent_of(verb)
        return (agent, HEARER_RULE) if agent is not None else None
    document = misread_document(ctx, verb)  # "Justice's lawsuit states" read as a noun (misread_cues.py)
    if document is not None:
        return document, MISREAD_RULE
    misread = misread_verb(ctx, verb)  # "Vexa claims Orrin is ..." read as a noun (misread_verbs.py)
    if misread is not None:
        return misread, misread_rule(ctx, verb)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and all(c.i < verb.i for c in subjects) and ctx.on("subject.nearest_of_two"):
        # "In its filing, a response to X's motion, the Ledger argues": one verb has one
        # subject; of two the parser found, the farther is a fronted phrase it misread
        if _place_listed_after_preposition(ctx, subjects[-1]) and ctx.on(PLACE_IN_LIST):
            return subjects[0], PLACE_IN_LIST  # "publishers from the U.S., the U.K. and Canada say"
        return _hyphen_end(subjects[-1], verb), "subject.nearest_of_two"
    for c in subjects:
        if ctx.on("subject.nsubj"):
            if c.lower_ in ctx.cues.relative_pronouns and verb.dep_ == "relcl" \
                    and ctx.on("subject.relative_clause"):
                head = _relative_head(ctx, verb.head)
                person = person_of_org(ctx, head) if c.lower_ in ctx.cues.person_relatives else None
                if person is not None:  # "X, CEO of Y, who called ...": X (person_of_org.py)
                    return person, PERSON_OF_ORG
                return head, "subject.relative_clause"
            before = relative_conjunct(ctx, c, verb)  # "..., whose ... but who said" (relative_conjunct.py)
            if before is not None:
                return before, RELATIVE_CONJUNCT
            person = person_of_org(ctx, c)  # "X of Y LLP said" parsed with "LLP" (person_of_org.py)
            if person is not None:
                return person, PERSON_OF_ORG
            return _hyphen_end(c, verb), "subject.nsubj"
    misread = subject_of_participle(ctx, verb)
    if misread is not None:
        return misread, PARTICIPLE_SUBJECT
    for c in verb.children:  # "the complaint states" parsed as the noun "complaint states"
        if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN") \
                and any(d.dep_ in ("det", "poss") for d in (*c.children, *verb.children)) \
                and ctx.on("subject.compound"):
            return c, "subject.compound"
    for c in verb.children:  # "About 4 in 10 say ...", "47% say ...": a poll's share, parsed
        if c.dep_ in ("nummod", "npadvmod") and c.right_edge.i == verb.i - 1 \
                and (c.pos_ == "NUM" or c.lower_ in ("percent", "%")) and ctx.on("subject.quantity"):
            return c, "subject.quantity"  # as the number of the verb, is who answered
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i not in ctx.ent_of \
            and ctx.on("subject.noun_of_participle"):
        return verb.head, "subject.noun_of_participle"  # "a memo warning that", "a lawsuit alleged"
    suer = suer_before(ctx, verb)  # "sued by X, alleging", "a lawsuit by X, alleging" (suit_participle.py)
    if suer is not None:
        return suer, SUIT_RULE
    document = document_before(ctx, verb)  # "submitted a memo to X warning that" (document_participle.py)
    if document is not None:
        return document, DOCUMENT_RULE
    main = main_cue_subject(ctx, verb)  # "X concluded it was fair for Y to ..., calling" (trailing_participle.py)
    if main is not None:
        return main, TRAILING_RULE
    earlier = earlier_cue_subject(ctx, verb)  # "X was quick, as it said ..., adding" (trailing_participle.py)
    if earlier is not None:
        return earlier, AFTER_CUE_RULE
    head = verb
    for _ in range(3):  # "The guild asked the government to include ..., saying ...":
        if head.dep_ not in ("conj", "advcl", "xcomp") or head.head is head:  # climb to
            break                                                           # a subject
        via, head = head.dep_, head.head
        up = reported_conjunct(ctx, head, verb) if via in ("conj", "advcl") else None
        name = "subject.conjunct_of_report"
        if up is None and via == "conj":
            up, name = repeated_report(ctx, head, verb), REPEATED_REPORT
        if up is not None:
            head = up
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 and all(c.i < head.i for c in subjects) and ctx.on("subject.nearest_of_two"):
            subjects = subjects[-1:]
        for c in subjects:
            if ctx.on("subject.climbed"):
                if c.lower_ in ctx.cues.relative_pronouns and head.dep_ == "relcl" \
                        and ctx.on("subject.climbed_relative"):
                    # "X, who stated, “...,” adding, “...”": the climb ends on a relative
                    # pronoun; it stands for what its clause hangs on, as for the cue itself
                    return _relative_head(ctx, head.head), "subject.climbed_relative"
                return c, name if up is not None else "subject.climbed"
    titled = title_subject(ctx, head)  # "Presiding Judge X ... rejected Y, stating" (title_participle.py)
    if titled is not None:
        return titled, TITLE_RULE
    return _name_to_left(ctx, verb) or _name_after_cue(ctx, verb) or _inverted_object(ctx, verb)


PLACE_IN_LIST = "subject.place_in_list"
PLACES = ("GPE", "LOC", "NORP")


def _place_listed_after_preposition(ctx: Context, tok: Token) -> bool:
    """Rule ``subject.place_in_list``: "The suit filed by publishers from the U.S., the U.K. and
    Canada say ...": the parser made a place of a list the verb's nearer subject, though the
    list began as the object of a preposition (the place before the comma is a ``pobj``). A
    place in such a list names where parties come from, never who spoke; the farther subject
    does."""
    ent = ctx.ent_of.get(tok.i)
    if ent is None or ent.label_ not in PLACES:
        return False
    i = ent.start - 1
    if i >= 0 and ctx.doc[i].lower_ == "the":
        i -= 1
    if i < 1 or ctx.doc[i].text != ",":
        return False
    before = ctx.ent_of.get(i - 1)
    return before is not None and before.label_ in PLACES and before.root.dep_ == "pobj"


def _hyphen_end(tok: Token, verb: Token) -> Token:
    """"Its co-founder ... said" parses as three subjects "co", "-", "founder": the word the
    hyphen ends with is the subject (its apposition hangs there), never "co"."""
    doc = tok.doc
    while tok.i + 2 < verb.i and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].head.i == verb.i:
        tok = doc[tok.i + 2]
    return tok


def _relative_head(ctx: Context, head: Token) -> Token:
    """"a complaint ..., which alleges that": the noun the clause hangs on; "a lawsuit against
    Orrin that claimed ..." often hangs on the name, but the lawsuit is what claims."""
    if head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.lemma_.lower() in ctx.cues.document_speakers:
        return head.head.head
    return head


def _name_to_left(ctx: Context, verb: Token) -> tuple[Token, str] | None:
    """A subject the parser attached elsewhere ("Outside the courtroom, Marisol Keane,
    Kestrow's chief executive, told reporters ..."): the nearest name to the left in the same
    clause, skipping possessives ("Kestrow's")."""
    if not ctx.on("subject.name_to_left"):
        return None
    sent = verb.sent
    skipped = False
    i = verb.i - 1
    while i >= sent.start:
        t = ctx.doc[i]
        i -= 1
        if ctx.in_quote[t.i] or t.lower_ in (";", ":"):
            break
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.root.dep_ != "poss" \
                and ent.root.dep_ not in ("pobj", "dobj") and t.i == ent.root.i:
            first = _first_listed(ctx, ent)
            start = ctx.ent_of[first[0].i].start if first else ent.start
            if _after_verb(ctx, start, ent.root) and ctx.on(AFTER_VERB):
                skipped, i = True, start - 1  # "X sues A, B and C, alleging": A is sued, not who alleges
                continue
            found = first or (ent.root, "subject.name_to_left")
            return (found[0], AFTER_VERB) if skipped else found
    return None


AFTER_VERB = "subject.not_after_verb"


def _after_verb(ctx: Context, start: int, root: Token) -> bool:
    """Rule ``subject.not_after_verb``: a name (or the first of a list) right after a verb, an
    article apart ("Brightwell sues Vexa, Orrin and Tessaly, alleging", "CODA claims Vexa may be
    ...after confirming"), is that verb's object or the subject of its clause, never the subject
    of a later cue the parser left without one; the nearest-name reading looks further left.
    A title-case headline's verb ("Brightwell Sues Vexa") may be tagged a name: a speech or
    filing verb's word form counts too. Not an inverted subject ("..., said Mara Ellison, adding")."""
    i = start - 1
    if i >= 0 and ctx.doc[i].lower_ in ctx.cues.articles:
        i -= 1
    if i < 0:
        return False
    t = ctx.doc[i]
    if root.head.i == t.i and root.dep_ in ("nsubj", "nsubjpass"):
        return False
    if t.pos_ in ("VERB", "AUX"):
        return True
    cues = ctx.cues
    verbs = cues.speech_verbs | cues.filing_verbs | cues.charge_of_verbs
    word = t.lower_
    return word in verbs or word.endswith("s") and word[:-1] in verbs


def _first_listed(ctx: Context, ent) -> tuple[Token, str] | None:
    """"A, B and C accuse X of ...": the nearest name to the left of the cue is the list's last;
    a list speaks through its first-named party (the convention for every group, groups.py),
    never its last, which the nearest-name reading would pick (rule ``subject.list_first``)."""
    from nlp.attribution.groups import coordinated

    if not ctx.on("subject.list_first"):
        return None
    members = coordinated(ctx, ent)
    if len(members) < 2 or members[0].start == ent.start:
        return None
    return members[0].root, "subject.list_first"


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


def _inverted_object(ctx: Context, verb: Token) -> tuple[Token, str] | None:
    """"..., insisted the illustrator who has worked for Marvel": an inverted attribution whose
    subject, a common noun phrase, the parser took for the cue's object. Read so only when the
    cue has no subject, follows a comma or a closing mark, and the object comes right after it
    ("the"/"a" and modifiers between): a speech verb's real object there would leave the verb
    with no subject. Never for "tell", whose object is who was told."""
    doc = ctx.doc
    if verb.i == 0 or verb.lemma_.lower() in ("tell", "ask") or not ctx.on("subject.inverted_object"):
        return None
    before = doc[verb.i - 1]
    if not (before.text == "," or ctx.in_quote[before.i] or before.text in ("\u201d", "\"", "'")):
        return None
    for t in doc[verb.i + 1: min(verb.i + 5, len(doc))]:
        if t.head.i == verb.i and t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN"):
            between = doc[verb.i + 1: t.i]
            if all(b.dep_ in ("det", "amod", "compound", "poss", "case", "nummod") for b in between):
                return t, "subject.inverted_object"
            return None
    return None
