"""A speech verb inside what someone said is not who spoke last.

"“...,” the association said, adding that it is nonetheless maintaining a discriminatory
policy. The association also stressed ...": "maintaining" is a cue word, but here it is a verb
of the association's own reported clause, and its subject ("it", the company criticised) said
nothing. Taking it for the last speaker gives the next "the association also stressed" (or
"..., it said") to the company accused. Rule ``continue.not_inside_report``: when the speaker
who goes on is looked for (``coref.previous_speaker``), a cue that stands in the clausal
complement of another cue is skipped; the cue that reports it is read instead. Not for "he" or
"she": "Israel said Clinton called on members to be coordinated. She added ...": a person
reported as speaking may well go on speaking (and the pronoun's gender tells them apart).

Cost: the heads of one cue token, only when a previous speaker is looked for.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "continue.not_inside_report"


def inside_report(ctx: Context, cue: Token, asker: Token) -> bool:
    """``cue`` lies in the "that" clause (ccomp) of another cue of its sentence, and the
    subject ``asker`` who goes on is no person pronoun."""
    if not ctx.on(RULE) or asker.lower_ in ctx.cues.person_pronouns:
        return False
    x = cue
    while x.head.i != x.i:
        if x.dep_ == "ccomp" and ctx.is_cue(x.head):
            return True
        x = x.head
    return False
