"""A reported clause the small model reads as a relative clause on the venue noun: "A voice actor
claims in a lawsuit that TikTok used her voice ...", "Tessaly alleges in a complaint that Orrin
Labs copied its catalogue" come out as "a lawsuit [that TikTok used her voice]", so the cue has
no clause and the loose reading (``loose_clauses.py``) stops at the "that" it takes for a
relative pronoun (``statement.that_is_relative``): no statement at all.

Rule ``statement.venue_relative_misread``: the clause is the cue's content when
- the noun is the object of a preposition on the cue (a phrase of the cue: "in a lawsuit",
  "in one of its filings", "to a crowd", "at a hearing"), and names the document or occasion one
  speaks in (``parse_misreads.yml`` ``venue_nouns``, ``cues.yml`` ``document_speakers``): a
  time or manner noun ("in the years that pollsters measured views", "in a way that ...") takes
  relatives with no gap and is never one;
- "that" has no part in the clause: the parser made it a complementizer (``mark``), the clause
  has a subject of its own after it, and its object slot is filled (an object, a clause, a
  complement) or the verb needs none (passive, copular). A real relative leaves a gap: "in a
  letter that Tessaly signed last year" (no object: left alone), "in an interview that she gave
  to the Ledger" (the parser makes "that" the object), "in the post that she wrote about"
  (a stranded preposition).
An intransitive clause verb ("said in a brief that the company lied") cannot be told from a gap
without a valency lexicon: left unread, as before.

Counted over the twelve readable AI-IP sets (session 14): one such parse on a cue (dev24, the
TikTok headline); the other "said in a statement/report/brief that" of those sets the model
parsed as a clause or an ``acl`` the loose reading already takes. PolNeAR's development part
(model parse of the text): six on speech cues ("told Clinton at a debate that Americans were
...", "suggested in a recent speech that she is ..."), three with a filled object or
complement; the other three have an intransitive verb ("may wait", "should burn"), left alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "statement.venue_relative_misread"
FILLED = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"}
MAX_CLIMB = 3  # "in one of a series of filings": prepositions between the noun and the cue


@lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    return word_lists("parse_misreads.yml")["venue_nouns"]


def _on_cue(noun: Token, cue: Token) -> bool:
    """The noun is the object of a preposition on the cue, perhaps through a few more
    prepositional phrases ("in one of its filings")."""
    t = noun
    for _ in range(MAX_CLIMB):
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return False
        if t.head.head.i == cue.i:
            return True
        t = t.head.head
    return False


def _no_gap(verb: Token, that: Token) -> bool:
    """The relative's verb has its own subject after "that" and nothing missing."""
    kids = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i for c in kids):
        return False
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
           for c in kids if c.i > verb.i):
        return False  # "the post that she wrote about": the gap is the preposition's object
    return any(c.dep_ in FILLED for c in kids) or any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)


def venue_clause(ctx: Context, cue: Token, that: Token) -> bool:
    """``that`` opens the cue's content, though the parser hung it on the venue noun as a
    relative clause (see the module's docstring)."""
    if not ctx.on(RULE) or that.dep_ != "mark":
        return False
    verb = that.head
    if verb.dep_ != "relcl" or verb.i <= that.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in venue_nouns()
                                   or noun.lower_ in ctx.cues.document_speakers):
        return False
    return _on_cue(noun, cue) and _no_gap(verb, that)
