"""A demand's clause is a statement: "The Calder Gazette demanded that Vexa stop reproducing
its content", "..., demanding that the company stop using its news articles", "The complaint
demands that Orrin cease collecting ...", "Breskow Guild asks that its members' content not be
used ...", "has formally requested that Orrin stop using ...".

Rule ``statement.demand_clause``. What the speaker wants done is not what the speaker says is
so, and session 12 left these clauses out (``statement.mandative_clause``, from five unannotated
predictions on dev15 and devr). Counted again over the twelve readable real sets (session 14),
most writers annotate them: "demand(ed/ing/s) that X <verb>" 11 annotated (dev15 1, dev17 2,
dev19 2, dev22 3, dev24 3) against 4 left out (dev15 2, devr 2); "asks that" (dev17) and
"requested that" (dev21) annotated, each the one instance of its verb. For a tracker of who
demands what of whom, the demand on the other party is the news (its stance: stances.yml reads
the cue "demand" as an accusation; a suit's demand is the suit's).

The speaker is the demander, as for any cue (a filing that demands: its filer, by the document
rules). "demand" is a report verb already, so any clause it takes counts; "ask", "request",
"urge" (``cues.yml`` ``mandative_verbs``) are not, and count only with a "that" clause: "asked
X to ..." (writers split on it), "asked whether ..." (a question) stay out. A clause whose
subject is a court or a judge ("asked that the court dismiss the suit") is a motion's request,
left out like the infinitive one (``statement.infinitive_request``). A demand inside what another
cue reports ("The Gazette claimed that it reached out to Vexa, demanding that it stop ...",
"X said it demanded that ...") is part of that statement, as the writers annotate it: not one
of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "statement.demand_clause"
INFINITIVE = "statement.infinitive_demand"
THAT_WINDOW = 6  # "requested on Monday that ...": words between the cue and its "that"


def demand_verb(ctx: Context, t: Token) -> bool:
    return t.lemma_.lower() in ctx.cues.mandative_verbs


def _that_of(ctx: Context, cue: Token) -> Token | None:
    """The complementizer "that" opening the cue's clause: a ccomp's mark, or a "that" tagged a
    complementizer a few words after the cue with no verb or punctuation between."""
    for c in cue.children:
        if c.dep_ == "ccomp":
            m = next((x for x in c.children if x.dep_ == "mark" and x.lower_ == "that"), None)
            if m is not None and m.i > cue.i:
                return m
    for x in ctx.doc[cue.i + 1: min(cue.i + 1 + THAT_WINDOW, cue.sent.end)]:
        if x.lower_ == "that":
            return x if x.tag_ == "IN" else None
        if x.pos_ in ("VERB", "AUX") or x.is_punct or ctx.in_quote[x.i]:
            return None
    return None


def demanded_infinitive(ctx: Context, t: Token) -> Token | None:
    """Rule ``statement.infinitive_demand``: "urged Orrin Labs not to violate ...", "asked the company
    to stop using its archive": the to-infinitive a demand verb ``t`` puts to an addressee named
    between them, who is no court (a motion's request: ``statement.infinitive_request``) and is
    not asked only for comment ("asked X to comment": ``cues.yml`` ``demand_not_statements``).
    Session 14 left these out (writers split); counted again in session 19, the two sets written
    then annotate them (seven misses), as five of the seven earlier writers did, and PolNeAR
    annotates requests as speech."""
    if not ctx.on(INFINITIVE) or not (demand_verb(ctx, t) or t.lemma_.lower() in ctx.cues.warning_verbs):
        return None  # ("warned X not to ...": a warning's demand, cues.yml warning_verbs)
    for c in t.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.i < t.i or c.tag_ != "VB" \
                or not any(x.tag_ == "TO" for x in c.children) \
                or c.lemma_.lower() in ctx.cues.demand_not_statements:
            continue
        asked = [x for x in (*t.children, *c.children)
                 if x.dep_ in ("dobj", "nsubj", "dative") and t.i < x.i < c.i]
        if asked and not any(a.lemma_.lower() in ctx.cues.request_addressees for a in asked):
            return c
    return None


def demand_cue(ctx: Context, t: Token) -> bool:
    """``t`` is a demand verb that is not a report verb ("asks", "requested", "urged") with a
    "that" clause or an infinitive put to someone: read by the reported-clause pass like a cue."""
    return ctx.on(RULE) and demand_verb(ctx, t) and t.lemma_.lower() not in ctx.cues.report_verbs \
        and (_that_of(ctx, t) is not None or demanded_infinitive(ctx, t) is not None)


def demand_clause(ctx: Context, t: Token, comps: list) -> bool:
    """The clause ``comps`` of the demand verb ``t`` is a statement (see the module)."""
    if not ctx.on(RULE):
        return False
    if t.lemma_.lower() not in ctx.cues.report_verbs and _that_of(ctx, t) is None \
            and demanded_infinitive(ctx, t) is None:
        return False
    x = t
    while x.head.i != x.i:
        if x.dep_ == "ccomp" and ctx.is_cue(x.head):
            return False  # reported inside another cue's clause: that statement's
        x = x.head
    for c in comps:
        if isinstance(c, Token) and any(
                x.dep_ in ("nsubj", "nsubjpass") and x.lemma_.lower() in ctx.cues.request_addressees
                for x in c.children):
            return False  # "asked that the court dismiss the suit": a motion's request
    return True
