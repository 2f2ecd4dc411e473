"""What ``speaker.previous_subject`` (continuity.py) may read past to find the sentence before.

Three things news writing puts between a pronoun and the subject it goes on with, none of which
names a new party the pronoun could stand for:

- ``speaker.parenthetical_own_words``: "Failure to comply, it says, could lead to an
  injunction", "Both A and B's actions, it adds, “were unlawful”". A cue set off by commas
  inside the statement (the parser hangs it on the statement's verb as ``parataxis``) has the
  statement's own words before it: their subject ("Failure", "A and B's actions") is what the
  speaker talks about, not an earlier subject of the pronoun's sentence. Without this rule the
  pronoun's sentence looked as if it named a party before the pronoun, and the nearest-name rule
  gave the statement to the company the statement accuses.
- ``speaker.past_quote_sentences``: "“P,” the order states. “Q.” “R,” it states." A sentence
  printed wholly inside quote marks goes on with the speaker before it; it has no subject of
  its own outside the marks, so the sentence before it is read (up to two such sentences).
- ``speaker.document_it``: the subject before is a document ("the order", "Justice's
  lawsuit"): "it" is that document, and it speaks for whoever stands behind it, a judge or a
  person included (the rule otherwise takes "it" for an organisation only). Only a court's or
  a party's filing (cues.yml kinds ``judge`` and ``plaintiff``): the author of a report or a
  post is found by guesses (the last name) too weak to make "it" a person.

And "it" may go on with an outlet that was the subject before ("the Gazette is asking ...
Failure to comply, it says, ..."), not only with a company or a court.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import ANAPHOR_LABELS, Context

PARENTHETICAL = "speaker.parenthetical_own_words"
PAST_QUOTES = "speaker.past_quote_sentences"
DOCUMENT_IT = "speaker.document_it"
MAX_QUOTE_SENTENCES = 2


def own_words(ctx: Context, tok: Token) -> set[int]:
    """The tokens of the statement a parenthetical cue ("P, it says, Q") interrupts: the whole
    subtree of the verb the cue is hung on, except the cue's own subtree. Empty when the
    pronoun's verb is no parenthetical cue."""
    cue = tok.head
    if not ctx.on(PARENTHETICAL) or cue.dep_ != "parataxis" or not ctx.is_cue(cue):
        return set()
    inner = {t.i for t in cue.subtree}
    return {t.i for t in cue.head.subtree if t.i not in inner and t.i < tok.i}


def _words(sent: Span) -> list[Token]:
    return [t for t in sent if not t.is_punct and not t.is_space]


def _wholly_quoted(ctx: Context, sent: Span) -> bool:
    words = _words(sent)
    return bool(words) and all(ctx.in_quote[t.i] for t in words)


def sentence_before(ctx: Context, sent: Span) -> tuple[Span | None, tuple[str, ...]]:
    """The sentence before ``sent``, past up to two printed wholly in quote marks (with the rule
    that read past them)."""
    doc = ctx.doc
    before = doc[sent.start - 1].sent
    skipped = 0
    while before.start > 0 and not _words(before):  # a closing mark the parser left alone
        before = doc[before.start - 1].sent
    while _wholly_quoted(ctx, before) and ctx.on(PAST_QUOTES):
        if skipped == MAX_QUOTE_SENTENCES or before.start == 0:
            return None, ()
        before = doc[before.start - 1].sent
        skipped += 1
    return before, (PAST_QUOTES,) if skipped else ()


def it_labels(ctx: Context) -> set[str]:
    """The labels "it" may go on with: an organisation, a court, and (this module) an outlet."""
    return ANAPHOR_LABELS | ({"OUTLET"} if ctx.on("speaker.it_outlet_subject") else set())
