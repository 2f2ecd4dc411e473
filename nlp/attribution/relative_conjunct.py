"""Rule ``subject.relative_conjunct``: "X, a singer whose label is owned by Orrin but who said
she ...": a second relative clause joined to the first by "and"/"but".

The parser loses the second clause's attachment: it hangs "who said" on the main verb, so the
cue's subject is the bare pronoun, and the statement went out with "who" for its speaker, no
party. A relative pronoun right after "and"/"but" continues the relative clause before it in
the sentence, and stands for the noun that clause hangs on; when that noun is itself an
apposition to a name ("Merle, an independent singer whose ..."), the name is who spoke.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "subject.relative_conjunct"
JOINS = ("and", "but")


def relative_conjunct(ctx: Context, pronoun: Token, verb: Token) -> Token | None:
    """The antecedent the pronoun subject of ``verb`` stands for (module docstring), or None."""
    if verb.dep_ == "relcl" or pronoun.lower_ not in ctx.cues.relative_pronouns or pronoun.i == 0 \
            or ctx.doc[pronoun.i - 1].lower_ not in JOINS or not ctx.on(RULE):
        return None
    sent = pronoun.sent
    before = [t for t in ctx.doc[sent.start: pronoun.i - 1] if t.dep_ == "relcl" and not ctx.in_quote[t.i]]
    if not before:
        return None
    head = before[-1].head
    if head.i >= pronoun.i:
        return None
    if head.dep_ == "appos" and head.head.i in ctx.ent_of:  # "Merle, an independent singer whose ..."
        return ctx.ent_of[head.head.i].root
    return head
