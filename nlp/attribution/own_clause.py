"""The names a subject's own reported clause goes on to use, which the subject cannot stand for
("it said Vexa copied": "it" is not Vexa), unless the clause is the speaker's own words (in
marks, or after a colon) and may name the speaker itself."""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import SPEAKER_LABELS, Context

COLON_RULE = "anaphor.colon_may_name_speaker"

def own_clause_names(ctx: Context, tok: Token, quoted: set[str] | None = None) -> set[str]:
    """The names in the clause a subject's verb reports, after the subject: "it said Vexa
    copied", "the publishers claim Orrin ..., and argue ...". A pronoun or "the company"
    never stands for a name its own clause goes on to use (they would have repeated the name
    or said "itself"). A clause before the subject ("..., it added") is not read."""
    if not ctx.on("anaphor.not_in_own_clause") or tok.head.i == tok.i:
        return set()
    verb = tok.head
    names = set()
    # "the company wrote: Orrin takes ...": after a colon, words may name the speaker as in marks
    verbatim = verb.i + 1 < len(ctx.doc) and ctx.doc[verb.i + 1].text == ":" and ctx.on(COLON_RULE)
    for c in verb.children:
        if c.i > tok.i and c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis", "dobj"):
            for t in c.subtree:
                ent = ctx.ent_of.get(t.i)
                if ent is not None and ent.label_ in SPEAKER_LABELS and t.i == ent.root.i \
                        and t.dep_ not in ("poss", "compound"):
                    if (ctx.in_quote[t.i] or verbatim) and ctx.on("anaphor.quote_may_name_speaker"):
                        # 'the company said: “The magic of Orrin ...”': it may name itself
                        (quoted if quoted is not None else set()).add(ctx.canonical(ent))
                        continue
                    names.add(ctx.canonical(ent))  # "Orrin content" may well be its own
    return names
