"""Speakers the text's own grammar introduces: "a singer named X", "labels owned by A, B and
C", "In a letter to Y, X urged ... The letter argues", "Lawyers for X wrote ... They added".

Real coverage often opens with a description and gives the name inside the same noun phrase:
"An indie country singer named Tony Reyes filed ...", "Record labels owned by A, B and C are
suing ...". The parser hangs the name on a participle ("named", "owned by") under the
description, so the subject the cue climbs to is the description, which no other rule can place
and which was kept as written. The phrase itself says who it is: grammar, not a guess from what
was named before. Only the subject's own subtree is read (per statement, a few tokens).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.groups import PARTY_LABELS, coordinated, described_next, group_kind, including
from nlp.attribution.record import Speaker

# "a singer named X", "a startup called X", "a photographer known as X"
NAMING_PARTICIPLES = {"name", "call", "dub", "know"}
# "labels owned by A and B", "artists represented by X", "newspapers run by X"
GROUP_OF_PARTICIPLES = {"own", "run", "operate", "represent", "lead", "back"}


def _ent_at(ctx: Context, tok: Token):
    ent = ctx.ent_of.get(tok.i)
    return ent if ent is not None and ent.label_ in PARTY_LABELS else None


def noun_named(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"An indie country singer named X filed ..., claiming": the name the description's own
    participle ("named", "called", "known as") gives it. A common noun only: a name that is
    itself a name is read by ``speaker.entity``."""
    if tok.pos_ not in ("NOUN",) or ctx.in_quote[tok.i]:
        return None
    for c in tok.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in NAMING_PARTICIPLES:
            continue
        for g in c.subtree:  # "named X" (oprd/dobj/attr), "known as X" (pobj)
            ent = _ent_at(ctx, g) if g.i > c.i else None
            if ent is not None:
                return Speaker(ctx.canonical(ent), ent.label_, ctx.phrase(tok), rules=())
    return None


def group_owned_by(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Record labels owned by A, B and C are suing X, alleging ...": a plural of a party noun
    (``group_nouns``) whose own phrase lists who they are ("owned by", "represented by", "run
    by") is that list, the first-named speaking (the gold files' convention for groups). Bare
    plurals are otherwise generic ("tech companies argue"); the list in the phrase is what
    makes this one particular."""
    if tok.tag_ not in ("NNS", "NNPS") or ctx.in_quote[tok.i] or tok.i in ctx.ent_of:
        return None
    lemma = tok.lemma_.lower()
    if lemma not in ctx.cues.group_nouns and tok.lower_ not in ctx.cues.group_nouns:
        return None
    if group_kind(ctx, tok) is not None:
        return None  # a definite plural: speaker.group reads it
    for c in tok.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in GROUP_OF_PARTICIPLES:
            continue
        agent = next((a for a in c.children if a.dep_ == "agent"), None)
        obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        ent = _ent_at(ctx, obj) if obj is not None else None
        if ent is not None:
            first = coordinated(ctx, ent)[0]
            return Speaker(ctx.canonical(first), first.label_, ctx.phrase(tok),
                           rules=())
    return None


def group_named_next(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Korean broadcasters claim ... | South Korea's three broadcasters A, B and C filed a
    lawsuit": a bare plural party noun ("broadcasters", not "the broadcasters") that the next
    sentence names with the same noun (``groups.described_next``) is those names, the first
    speaking. Without such a list it stays generic, kept as written."""
    if tok.tag_ not in ("NNS", "NNPS") or ctx.in_quote[tok.i] or tok.i in ctx.ent_of \
            or group_kind(ctx, tok) is not None:
        return None
    lemma = tok.lemma_.lower()
    if lemma not in ctx.cues.group_nouns and tok.lower_ not in ctx.cues.group_nouns:
        return None
    found = described_next(ctx, tok)
    if not found:
        return None
    return Speaker(ctx.canonical(found[0]), found[0].label_, ctx.phrase(tok), rules=("group.described_next",))


# "X sent Y a notice demanding ...", "X wrote a letter to Y"
SENDING_VERBS = {"send", "write", "issue", "release", "deliver", "address", "pen", "submit", "sign", "co-sign", "cosign"}
# "In a letter to Y, X urged ...": the preposition that frames a document as the act's medium
MEDIUM_PREPS = {"in", "through", "via"}
GERUND_RULE, UNNAMED_RULE = "document.sender_of_gerund", "document.sender_unnamed"
LISTED_RULE = "document.sender_listed"
OWN_SUBJECT_RULE = "document.medium_needs_subject"


def document_sender(ctx: Context, tok: Token) -> Speaker | None:
    """"In a letter to Y, they expressed concerns ... The letter argues ...", "X sent Y a notice
    demanding ...": a letter (an author document) speaks for who the text says sent it, the
    subject of the act it was the medium or object of, at its first mention with that noun.
    Read before "the last name before", which is often the addressee ("a letter to Y"). Only
    documents that speak are read (a few per article), up to the one speaking."""
    from nlp.attribution.speakers import speaker_of_subject

    if not ctx.on("document.introduced_sender"):
        return None
    lemma, busy = tok.lemma_.lower(), ctx.standing.setdefault("sending", set())
    for t in ctx.doc[: tok.i + 1]:
        if t.lemma_.lower() != lemma or ctx.in_quote[t.i]:
            continue
        verb, how = None, ()
        if t.dep_ == "pobj" and t.head.lower_ in MEDIUM_PREPS and t.head.head.pos_ == "VERB":
            verb = t.head.head
            if verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB" and ctx.on(GERUND_RULE):
                verb, how = verb.head.head, (GERUND_RULE,)  # "X came together in voicing ... through a letter"
        elif t.dep_ == "dobj" and t.head.lemma_.lower() in SENDING_VERBS:
            verb = t.head
        if verb is None or verb.i in busy:
            continue
        if how == () and t.dep_ == "pobj" and ctx.on(OWN_SUBJECT_RULE) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # "as indicated in a document reviewed by Meridian Wire": no one sent it here
        busy.add(verb.i)  # a sender whose subject leads back here finds no one
        try:
            who = speaker_of_subject(ctx, verb, verb.idx)
        finally:
            busy.discard(verb.i)
        if who is None or who.name is None:
            # the first introduction names no sender: read no further; its subject, when it has
            # one ("hundreds of songwriters ... through an open letter to Y"), sent it: no party
            # rather than the last name, which is its addressee or what it is about
            return _unnamed_sender(ctx, tok, verb, how)
        return Speaker(who.name, who.label, ctx.phrase(tok), rules=("document.introduced_sender", *how, *who.rules))
    return None


def _unnamed_sender(ctx: Context, tok: Token, verb: Token, how: tuple[str, ...]) -> Speaker | None:
    """Rule ``document.sender_unnamed``: the act that introduced the letter has a subject that
    names no party: the letter keeps its words as written (None: the introduction is not read).
    Rule ``document.sender_listed``: a subject that lists its members ("A group of authors
    including A and B signed an open letter") names them: the first named sent it."""
    from nlp.attribution.subjects import subject_of

    subj = subject_of(ctx, verb) if ctx.on(UNNAMED_RULE) else None
    if subj is None or subj[0].pos_ == "PRON":
        return None
    listed = including(ctx, subj[0]) if ctx.on(LISTED_RULE) else []
    if listed:  # "A group of authors including A, B and C signed an open letter": A, first named
        return Speaker(ctx.canonical(listed[0]), listed[0].label_, ctx.phrase(tok), rules=(LISTED_RULE, *how))
    return Speaker(None, None, ctx.phrase(tok), rules=(UNNAMED_RULE, *how, "speaker.as_written"))


def they_continue(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Lawyers for X and other plaintiffs wrote: “...” They added: “...”": "they" as the subject
    of a continuation verb ("add", "continue") is whoever spoke last in the sentences just
    before, when that speaker's own subject was plural ("lawyers", "the plaintiffs", "A and B"):
    number agreement, the way "it added" follows an organisation (speaker.continues_previous).
    Not a name the quote mentions ("YouTube" inside what they said)."""
    from nlp.attribution.coref import continues, words
    from nlp.attribution.speakers import speaker_of_subject

    if w.lower != "they" or tok.dep_ != "nsubj" or not continues(ctx, tok.head):
        return None
    i = max(0, bisect_right(ctx.sent_starts, tok.idx) - 1)  # tok's sentence
    for s in ctx.sents[max(0, i - words().continuation_sentences): i][::-1]:
        for t in reversed(s):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if ctx.is_cue(t) else None
            if subj is None:
                continue
            if subj.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in subj.children):
                return None  # the last to speak was one: "they" is someone else
            who = speaker_of_subject(ctx, t, t.idx)
            if who is None or who.name is None:
                return None
            return Speaker(who.name, who.label, ctx.phrase(tok), who.role, who.org,
                           rules=who.rules)
    return None
