"""Who stands behind a document that speaks: "the lawsuit says", "the ruling found".

A lawsuit speaks for its plaintiff, a ruling for the judge (or the court), a report for its
author. The plaintiff and the judge are read once per document and kept on the context.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import ANAPHOR_LABELS, ORG_LABELS, Context
from nlp.sides import infer_dispute

Found = tuple[str, str, tuple[str, ...]]  # (speaker, label, rules)


def behind_document(ctx: Context, who: str, tok: Token, pos: int) -> Found | None:
    """The speaker a document noun stands for; ``who`` is its kind from cues.yml."""
    own = ctx.org_in(tok)
    if own is not None and own.label_ != "COURT" and ctx.on("document.own_org"):
        return ctx.canonical(own), own.label_, ("document.own_org",)  # "Orrin's lawsuit"
    if who == "plaintiff":
        return plaintiff(ctx)
    if who == "judge":
        return judge(ctx)
    if not ctx.on("document.last_named"):
        return None
    e = ctx.last_mention(pos, ANAPHOR_LABELS | {"PERSON"})
    return (ctx.canonical(e), e.label_, ("document.last_named",)) if e is not None else None


def plaintiff(ctx: Context) -> Found | None:
    """Who sued: the subject (or agent) of a filing verb, a name joined to "plaintiff", or
    else the accuser the article's own wording names (``nlp.sides``)."""
    if "plaintiff" not in ctx.standing:
        found = _filer(ctx)
        if not found and ctx.on("plaintiff.inferred_accuser"):
            # "X accused Y", "a complaint by X", "X claims that ...": the accuser
            d = infer_dispute(ctx.doc)
            accuser = next((p["entity"] for p in (d or {}).get("parties", [])
                            if p["role"] == "accuser"), None)
            ent = next((e for e in ctx.mentions if ctx.canonical(e) == accuser), None)
            if ent is not None:
                found = (accuser, ent.label_, ("plaintiff.inferred_accuser",))
        ctx.standing["plaintiff"] = found
    return ctx.standing["plaintiff"] or None


def _filer(ctx: Context) -> Found | tuple:
    """The first "X sued", "filed by X" or "plaintiff X" of the document, in reading order."""
    cues = ctx.cues
    for t in ctx.doc:
        if t.lemma_.lower() in cues.filing_verbs and t.pos_ == "VERB" and not ctx.in_quote[t.i] \
                and ctx.on("plaintiff.filer"):
            agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            for c in [*t.children, *agents]:
                if c.dep_ == "nsubj" or c in agents:
                    ent = ctx.ent_of.get(c.i) or ctx.ent_in_subtree(c)
                    if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"}:
                        return ctx.canonical(ent), ent.label_, ("plaintiff.filer",)
        if t.lower_ in cues.plaintiff_nouns and ctx.on("plaintiff.named_plaintiff"):
            for c in list(t.children) + [t.head]:
                ent = ctx.ent_of.get(c.i)
                if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"}:
                    return ctx.canonical(ent), ent.label_, ("plaintiff.named_plaintiff",)
    return ()


def judge(ctx: Context) -> Found | None:
    """The judge: the first person titled "Judge", else the first court named."""
    if "judge" not in ctx.standing:
        found: tuple = ()
        if ctx.on("judge.titled_person"):
            for ent in ctx.mentions:
                if ent.label_ == "PERSON" and ent.start > 0 and ctx.doc[ent.start - 1].lower_ == "judge":
                    found = (ctx.canonical(ent), "PERSON", ("judge.titled_person",))
                    break
        if not found and ctx.on("judge.court"):
            for ent in ctx.mentions:
                if ent.label_ == "COURT":
                    found = (ctx.canonical(ent), "COURT", ("judge.court",))
                    break
        ctx.standing["judge"] = found
    return ctx.standing["judge"] or None
