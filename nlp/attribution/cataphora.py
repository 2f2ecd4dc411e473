"""A headline's or lede's description named just after it: "Voice Actress Alleges X Used AI |
Ada Merle, the French voice actress, has accused X ...".

News opens on a description and names it right after: the headline says "Voice actors claim
...", "Comic creator says ...", the lede "Two voice actors have filed ...", and only then does
the text give the name. The rules that read descriptions look back (``described.py``: the
entity last described with the noun); at the top of an article there is nothing before, so the
headline's subject was kept as written, with no party, although the next sentences say who it
is.

Rule ``speaker.named_in_lede``: a subject in the article's first sentences (``LEDE_SENTENCES``:
the headline, a subhead, the first sentence) that is a description with no name and no
determiner at all, the bare noun of headline style ("Voice Actress", "US voice actors"), is
the party the next ``WINDOW`` sentences name with the same head noun: a name the text describes
with it ("A, the French voice actress", ``described.descriptions``) or a subject with that noun
that the other speaker rules tie to a party by what the text says, not by position ("Two voice
actors have filed ..."; ``GUESSES``). The kind must
agree (a noun only a person can be is a person). With no such naming close by, or two different
parties so named, the words stay as written: a statement with no party is better than one in
the wrong mouth. Only the noun's own later tokens are read (``lemma_positions``).

Rule ``speaker.lede_definite``: the same for a definite description that opens the article
with nothing named before it ("The online education company alleges X ... | Quillon, an
education company, has filed ..."): "the" with nothing to go back to points forward. Only names the text itself
describes with the noun, or whose own name has it, count (not the gazetteer's kind of a party: every tech firm is "a
company"), and never a court noun ("The Calder high court said": the court rules read courts).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.courts import court_nouns
from nlp.attribution.record import Speaker
from nlp.lexicon import lemma_positions

DEFINITE_RULE = "speaker.lede_definite"
LEDE_SENTENCES = 3  # the headline, a subhead or dateline, the first sentence
WINDOW = 2  # sentences after the subject's own in which the naming must come
# how a later subject was tied to a party by position alone ("the last organisation named"):
# a guess, which this rule must not pass on to the headline
GUESSES = frozenset({"org.last_named", "org.last_subject", "pronoun.nearest_person", "org.named_like"})


def _plain_description(ctx: Context, tok: Token) -> bool:
    """A noun with no name in it and no determiner, owner or number: the bare noun of headline
    style ("Voice Actress Alleges", "US voice actors claim"). "the company", "its lawyers", "Two
    actors" are read by other rules; "a court said" is a new referent the lede may name with
    another form of its name, left to the court rules."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i in ctx.ent_of or ctx.in_quote[tok.i]:
        return False
    if tok.lemma_.lower() in ctx.cues.document_speakers:
        return False  # "A new report suggests": a document (standing.py, new_documents.py)
    for c in tok.subtree:
        if c.i in ctx.ent_of and ctx.ent_of[c.i].label_ in SPEAKER_LABELS:
            return False
    if any(c.dep_ in ("poss", "nummod", "predet") for c in tok.children):
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    # "The online education company alleges ..." opening the article, nothing named before it:
    # a definite description with nothing to go back to is named next (rule speaker.lede_definite)
    return not dets or len(dets) == 1 and dets[0].lower_ == "the" and ctx.on(DEFINITE_RULE) \
        and bisect_right(ctx.mention_pos, tok.idx) == 0 and tok.lemma_.lower() not in court_nouns()


def _kind_agrees(ctx: Context, noun: str, label: str) -> bool:
    from nlp.attribution.described import _kind_agrees as agrees

    return agrees(ctx, noun, label)


def named_in_lede(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """``speaker.named_in_lede``: see the module docstring."""
    from nlp.attribution.described import descriptions
    from nlp.attribution.speakers import speaker_of

    i = bisect_right(ctx.sent_starts, tok.idx) - 1  # the subject's sentence
    if i >= LEDE_SENTENCES or not _plain_description(ctx, tok):
        return None
    noun = w.lemma
    if noun in ctx.cues.role_nouns or w.lower in ctx.cues.role_nouns:
        return None  # "officials said": whom a role speaks for is role_for_org's
    own, last = ctx.sents[i], ctx.sents[min(i + WINDOW, len(ctx.sents) - 1)]
    definite = any(c.dep_ == "det" for c in tok.children)
    found: dict[str, str] = {}  # name -> label
    for d in descriptions(ctx):  # after the subject's own sentence: the naming comes next
        if own.end_char <= d.pos < last.end_char and d.noun == noun and d.label in SPEAKER_LABELS \
                and not (d.known and definite):  # "the company": a name the text calls so, not the gazetteer
            found.setdefault(d.name, d.label)
    if definite:  # "The association stated ... | The Japan Newspaper Association on Wednesday ..."
        j = bisect_right(ctx.mention_pos, own.end_char - 1)
        while j < len(ctx.mentions) and ctx.mentions[j].start_char < last.end_char:
            e = ctx.mentions[j]
            if e.label_ in SPEAKER_LABELS and noun in ctx.canonical(e).lower().split():
                found.setdefault(ctx.canonical(e), e.label_)
            j += 1
    if not found:
        busy = ctx.standing.setdefault("lede_busy", set())
        for j in lemma_positions(ctx.doc, frozenset({noun})):
            t = ctx.doc[j]
            if j <= tok.i or t.idx >= last.end_char or t.dep_ not in ("nsubj", "nsubjpass") \
                    or ctx.in_quote[j] or j in busy or j + 1 in ctx.ent_of:
                continue  # "publishers A, B and C": a list the noun introduces is group.described_next's
            busy.add(j)
            try:
                who = speaker_of(ctx, t, t.idx)
            finally:
                busy.discard(j)
            if who is not None and who.name is not None and not GUESSES & set(who.rules):
                found.setdefault(who.name, who.label)
    if len(found) != 1:
        return None  # none named close by, or two parties: kept as written
    name, label = next(iter(found.items()))
    if name in w.exclude or not _kind_agrees(ctx, noun, label or ""):
        return None
    return Speaker(name, label, ctx.phrase(tok), rules=(DEFINITE_RULE,) if definite else ())
