"""A pronoun that speaks goes on with who spoke, not with whom they spoke about.

"Orrin alleges that Vexa is free-riding on American investment. They claim that accounts
linked to Vexa employees ...": the organisation that last acted before "They" is Vexa,
but only inside what Orrin alleged; the sentence's actor is Orrin. A pronoun that is the
subject of a speech verb continues the one who was speaking, so when the nearest organisation
acted only inside another organisation's reported clause, the pronoun is that reporter.

Rule ``pronoun.reporter_not_reported`` (asked by ``speakers.org_pronoun``): for "they" only
(an opening "it" goes on with the sentence before's subject already: ``speaker.previous_subject``,
which leaves "they" after one company to the nearest-name rules); applies only when
the reporting cue's own subject is one organisation named by its name (``speaker.entity``; a
group or a description is left to ``pronoun.they_group`` and the others), not excluded by the
pronoun's own clause; a person, court or outlet reporting ("the judge said Orrin must
face the claims. It said ...") leaves the other rules to decide, as before.

Cost: the heads of one mention, and one speaker look-up, only for a pronoun subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.mention_roles import reported
from nlp.attribution.record import Speaker

RULE = "pronoun.reporter_not_reported"


def _reporting_cue(ctx: Context, e: Span) -> Token | None:
    """The cue whose "that" clause ``e`` acts in, said before it."""
    for a in e.root.ancestors:
        if a.dep_ == "ccomp" and a.head.pos_ == "VERB" and a.head.i < e.start and ctx.is_cue(a.head):
            return a.head
    return None


def reporter_instead(ctx: Context, tok: Token, e: Span | None, exclude: set[str]) -> Speaker | None:
    """The organisation that reported what ``e`` did, for the pronoun ``tok``; None when ``e``
    acted in the foreground or its reporter is no single organisation."""
    from nlp.attribution.speakers import speaker_of_subject

    if e is None or tok.lower_ != "they" or not ctx.on(RULE) or not reported(e):
        return None
    cue = _reporting_cue(ctx, e)
    if cue is None:
        return None
    memo = ctx.standing.setdefault("reporter_of", {})
    if cue.i not in memo:
        memo[cue.i] = None  # a cue that leads back to this pronoun finds no one
        memo[cue.i] = speaker_of_subject(ctx, cue, cue.idx)
    who = memo[cue.i]
    if who is None or who.name is None or who.label != "ORG" or who.name in exclude \
            or who.name == ctx.canonical(e) or "speaker.entity" not in who.rules:
        return None
    return Speaker(who.name, who.label, tok.text, rules=(RULE,))
