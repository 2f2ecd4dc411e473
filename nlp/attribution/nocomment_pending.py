"""A request for comment the outlet says it has made, with no answer told: "Music Week has
requested a response from Orrin", "The Ledger has reached out to Tessaly for comment", "We have
contacted the label for comment".

Outlets write this when the party has not answered by the time of publication; it is a
no_response as surely as "did not immediately respond" (``nocomment.pending_request``). The
phrase alone does not say who asked, and "Orrin has requested a response from the court" is a
step of the story, so the row is kept only when whoever asked is no party of the story: a news
outlet (the entity typer's OUTLET), the writer's own "we", or a name the text gives in no other
sentence; who stayed silent is each name the request went to:
the object of "from" ("requested a response from X") or of the asking verb ("contacted X",
"reached out to X"). A request to no name gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.groups import coordinated

RULE = "nocomment.pending_request"
ASKING = ("request", "seek", "ask", "reach", "contact", "approach", "email")
WRITER = ("we",)


def pending_request(ctx: Context, span: Span) -> list[tuple] | None:
    """Who an outlet's own request for comment went to (each name listed); [] when the asker is
    not an outlet or the request names no one; None when the phrase is not such a request."""
    heard = not_heard_from(ctx, span)
    if heard is not None:
        return heard
    if span[0].lower_ not in ("has", "have") or len(span) < 2 or not ctx.on(RULE):
        return None
    verb = span[1]  # "has requested", "have reached out": the asking verb follows at once
    if verb.lemma_.lower() not in ASKING:
        return None
    if not _outlet_asks(ctx, verb):
        return []
    ent, how = _asked(ctx, verb, span)
    if ent is None or ent.label_ not in ("ORG", "PERSON"):
        return []
    return [(ctx.canonical(e), e.label_, (RULE, *how)) for e in coordinated(ctx, ent)]


HEARD = "nocomment.not_heard_from"


def not_heard_from(ctx: Context, span: Span) -> list[tuple] | None:
    """"We haven't heard from Orrin and Tessaly yet", "The Ledger has not heard from Orrin": the
    outlet says the party has not answered it, a no_response (``nocomment.not_heard_from``);
    each name after "from". Only when whoever has not heard is the outlet or the writer's "we"
    (as ``_outlet_asks`` reads it): "Ellison said she had not heard from the label" is the story.
    None when the phrase is not one of hearing from someone."""
    if span[-1].lower_ != "from" or not any(t.lower_ == "heard" for t in span):
        return None
    heard = next(t for t in span if t.lower_ == "heard")
    if not ctx.on(HEARD) or not _outlet_asks(ctx, heard):
        return []  # the phrase is this rule's alone: off, it names no one
    obj = next((g for g in span[-1].children if g.dep_ == "pobj"), None)
    ent = ctx.ent_of.get(obj.i) if obj is not None else None
    if ent is None or ent.label_ not in ("ORG", "PERSON"):
        return []
    return [(ctx.canonical(e), e.label_, (HEARD,)) for e in coordinated(ctx, ent)]


def _outlet_asks(ctx: Context, verb: Token) -> bool:
    """Whether the asking verb's subject is the writer's "we", a news outlet, or a name that is
    no party of the story: one the text names in no other sentence (the outlet that asked is
    named once, and the tagger may not know it for an outlet: "Music Week" read as a date), or
    a name tagged as no party at all."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in WRITER:
        return True
    ent = ctx.ent_of.get(subj.i)
    if ent is None:
        return subj.pos_ == "PROPN"
    if ent.label_ == "OUTLET":
        return True
    if ent.label_ not in ("ORG", "PERSON"):
        return True
    name = ctx.canonical(ent)
    return not any(e.label_ in ("ORG", "PERSON", "OUTLET") and e.sent.start != verb.sent.start
                   and ctx.canonical(e) == name for e in ctx.doc.ents)


def _asked(ctx: Context, verb: Token, span: Span) -> tuple[Span | None, tuple[str, ...]]:
    """The name the request went to: after "from" in the phrase, else the verb's object or the
    object of its "to" ("reached out to X")."""
    objs = [g for t in span if t.lower_ == "from" for g in t.children if g.dep_ == "pobj"]
    objs += [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        if o.i in ctx.ent_of:
            return ctx.ent_of[o.i], ()
        ent = _stood_for(ctx, o) if ctx.on(STANDS_FOR) else None
        if ent is not None:
            return ent, (STANDS_FOR,)
    return None, ()


STANDS_FOR = "nocomment.asked_stands_for"


def _stood_for(ctx: Context, obj: Token) -> Span | None:
    """The name an unnamed object of the request stands for (``nocomment.asked_stands_for``):
    the name in apposition ("the labels' trade body, the Harrow Guild"), or the party a role
    speaks for ("Orrin's representatives", "a rep for Orrin", "lawyers for Orrin"). Only a role
    noun is read through: "reached out to Orrin's customers" asked the customers."""
    for c in obj.children:
        if c.dep_ == "appos" and c.i in ctx.ent_of:
            return ctx.ent_of[c.i]
    if obj.lemma_.lower() not in ctx.cues.role_nouns and obj.lemma_.lower() not in ("rep", "representative"):
        return None
    for c in obj.children:
        if c.dep_ == "poss" and c.i in ctx.ent_of:
            return ctx.ent_of[c.i]
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at"):
            ent = next((ctx.ent_of[g.i] for g in c.children if g.dep_ == "pobj" and g.i in ctx.ent_of), None)
            if ent is not None:
                return ent
    return None
