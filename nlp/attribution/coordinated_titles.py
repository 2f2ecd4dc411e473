"""Rule ``speaker.titles_then_name``: two titles joined by "and" before one person's name.

"Ledger reporter and Quarry Lane author Mara Ellison filed the suit, accusing ...": the parser
makes the first title ("reporter") the subject and the name a conjunct of it, as if two parties
spoke, and the outlet in the first title then stood for an unnamed journalist
(``speaker.outlet_journalist``), a statement in the wrong mouth. When the conjunct is a
person's name that a title noun of its own stands right before ("author Mara Ellison"), the
two titles are one person's, and that person speaks; the first title is kept as the role.
"reporters and Mara Ellison" (a plural, or a name with no title before it) is left to the
other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker
from nlp.attribution.titled import _person_nouns

if TYPE_CHECKING:
    from nlp.attribution.speakers import Words

RULE = "speaker.titles_then_name"


def titles_then_name(ctx: Context, tok: Token, pos: int, w: Words):
    """The person two coordinated titles name (module docstring); None otherwise."""
    if tok.i in ctx.ent_of or tok.tag_ != "NN" or ctx.in_quote[tok.i]:
        return None
    nouns = _person_nouns() | ctx.cues.person_role_nouns
    if w.lemma not in nouns and w.lower not in nouns:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return None
    for c in tok.children:
        ent = ctx.ent_of.get(c.i) if c.dep_ == "conj" else None
        if ent is None or ent.label_ != "PERSON" or ent.root.i != c.i or ent.start == 0:
            continue
        before = ctx.doc[ent.start - 1]
        if before.head.i == c.i and before.tag_ == "NN" and (
                before.lower_ in nouns or before.lemma_.lower() in nouns):
            org = ctx.org_in(tok)
            return Speaker(ctx.canonical(ent), "PERSON", ctx.doc[tok.left_edge.i: ent.end].text,
                           tok.text, ctx.canonical(org) if org is not None and org.label_ != "PERSON" else None)
    return None
