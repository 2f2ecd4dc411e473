"""A no-comment an outlet reports: "The Calder Herald said Tessaly declined to comment".

``nocomment.story_event`` drops a no-comment inside someone else's report ("Reddit said X never
replied to its letters": a step of the parties' own dispute, told by one of them). An outlet is
no party: when the reporting verb's subject is a news outlet, the outlet asked for comment, as
outlets do, and the no-comment is the silent party's all the same
(``nocomment.outlet_reports``). Only a name the entity typer labelled OUTLET counts; a company
that also publishes ("a publisher said X did not reply") stays a party.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "nocomment.outlet_reports"


def outlet_reports(ctx: Context, by: Token | None) -> bool:
    """Whether ``by``, the subject of the verb that reports a no-comment, is a news outlet."""
    if by is None or not ctx.on(RULE):
        return False
    ent = ctx.ent_of.get(by.i)
    return ent is not None and ent.label_ == "OUTLET"


def told_by_outlet(ctx: Context, verb: Token) -> bool:
    """Whether the first verb above ``verb`` that reports it has a news outlet for subject
    (for the trace of the no-comment ``outlet_reports`` kept)."""
    from nlp.attribution.speakers import subject_of

    for anc in verb.ancestors:
        if ctx.is_cue(anc) and anc.lemma_.lower() in ctx.cues.report_verbs:
            said = subject_of(ctx, anc)
            return outlet_reports(ctx, said[0] if said is not None else None)
    return False
