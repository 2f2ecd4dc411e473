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
    if span[0].lower_ not in ("has", "have") or len(span) < 2 or not ctx.on(RULE):
        return None
    verb = span[1]  # "has requested", "have reached out": the asking verb follows at once
    if verb.lemma_.lower() not in ASKING:
        return None
    if not _outlet_asks(ctx, verb):
        return []
    ent = _asked(ctx, verb, span)
    if ent is None or ent.label_ not in ("ORG", "PERSON"):
        return []
    return [(ctx.canonical(e), e.label_, (RULE,)) for e in coordinated(ctx, ent)]


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


def _asked(ctx: Context, verb: Token, span: Span) -> Span | None:
    """The name the request went to: after "from" in the phrase, else the verb's object or the
    object of its "to" ("reached out to X")."""
    objs = [g for t in span if t.lower_ == "from" for g in t.children if g.dep_ == "pobj"]
    objs += [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        ent = ctx.ent_of.get(o.i)
        if ent is not None:
            return ent
    return None
