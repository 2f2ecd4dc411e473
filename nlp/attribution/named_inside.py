"""A quoted fragment that a cue inside a reported clause names, without reporting a clause of
its own (issue 12, PolNeAR speech recall).

"Ada Vell said the plan ignores what the council called “a fair bargain”", "Dario Lusk says
the port should expect the board to announce an “overhaul” soon". The quote pass makes no
statement of such a fragment (a noun phrase its verb names, ``statement.naming_object`` and
``mixed.no_clause``), and the reported-clause pass left the whole clause unread because the
fragment hangs on a verb of its own: so what Ada Vell said was lost. A verb inside the clause
that takes the fragment as a thing (an object, a name, a preposition's object) reports no words
of its own; only one with a clause of its own, or whose to-infinitive is the quoted words ("said
the mayor told them the port “will close”", "said Orrin agreed to “stop”"), speaks for the
fragment, and is left to the mixed reading as before. Kept apart
from ``unread.py`` (which decides when a clause with marks is read) because it is one named,
switchable reason.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context

RULE = "statement.fragment_named_inside"

# The arcs by which a verb reports words of its own: a clause it takes or one beside it.
_REPORTING_ARCS = frozenset({"ccomp", "parataxis"})


def names_only(ctx: Context, inner: Token, frag: Span) -> bool:
    """``inner`` is a cue verb inside a reported clause that takes no clause of its own, nor
    the fragment as its to-infinitive ("agreed to “stop the copying”": what its own subject
    agreed to, the mixed reading's ``attribution.outer_cue``): a fragment under it is a thing
    it names, part of what the outer cue reports."""
    return ctx.on(RULE) and not any(
        c.dep_ in _REPORTING_ARCS or c.dep_ == "xcomp" and frag.start <= c.i < frag.end
        for c in inner.children)
