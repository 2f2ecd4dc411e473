"""A quote introduced by a colon: "Roberts stressed the harm ...: “...”", "Bolton told the
paper:\\n“...”", "Pew Research: “...”".

A colon right before the opening mark hands the quote to the clause before it, in the same
sentence or ending the paragraph before. That clause's own attribution wins over any cue the
quote's sentence holds later on (in "Roberts stressed the harm if developers continue to
scrape: “...”" the nearest cue, "continue", is not the attribution). Its speaker is, in order:
the subject of the clause's first cue, the subject of its main verb, or a name standing right
before the colon. A subject no speaker rule ties to a party ("The Catalan artist shared a
video with the message: “...”") keeps its own words (``colon.subject_kept``): the quote is
still that subject's, and the sentence before, the fallback otherwise, would hand it to
whoever was named there.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.marks import Segment
from nlp.attribution.record import Quote
from nlp.attribution.speakers import as_written, speaker_of, subject_of
from nlp.lexicon import data_yaml


def colon_intro(ctx: Context, seg: Segment, q: Quote) -> bool:
    """Attribute ``q`` to the clause its colon closes; False when no colon introduces it or
    that clause names no one (the other attribution rules then apply)."""
    colon = _colon_before(ctx, seg.open)
    if colon is None or not ctx.on("attribution.colon_intro"):
        return False
    clause = [t for t in ctx.doc[colon.sent.start: colon.i] if not t.is_space]
    if not clause or any(ctx.in_quote[t.i] for t in clause):
        return False
    cue = next((t for t in clause if ctx.is_cue(t)), None)
    if cue is not None and cue.lemma_.lower() in ctx.cues.asking_verbs and ctx.on("attribution.colon_after_question"):
        q.rules.append("attribution.colon_after_question")
        return False  # "Andy asked Mengert how she felt: “...,” she said": the answer, not Andy's
    subj = subject_of(ctx, cue) if cue is not None else None
    if subj is None:
        root = colon.sent.root
        main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subj = (main, "subject.nsubj") if main is not None and main.i < colon.i else None
    if subj is None:
        ent = ctx.ent_of.get(clause[-1].i)  # "Pew Research: “...”"
        subj = (ent.root, "subject.name_to_left") if ent is not None and ent.label_ in SPEAKER_LABELS else None
    if subj is None:  # the parser hung the clause under the quote's verb (``colon_clause_root``);
        subj = _clause_root_subject(ctx, clause, colon)  # after a name before the colon ("More from X:")
    who = speaker_of(ctx, subj[0], seg.open) if subj is not None else None
    if (who is None or not who.name) and subj is not None and ctx.on("colon.subject_kept") \
            and subj[0].lemma_.lower() not in ctx.cues.document_speakers:  # documents: their own rules
        # "The artist shared a video with the message: “...”"; a rule that already kept the
        # words ("the three newspapers", agreement.py) stays in the trace
        who = who if who is not None and who.text else as_written(ctx, subj[0])
        who = who.but("colon.subject_kept") if who is not None else None
    if who is None or not (who.name or "colon.subject_kept" in who.rules or "document.sender_unnamed" in who.rules):
        return False  # (a letter whose unnamed senders the text introduced keeps its words)
    q.speaker = who
    q.rules += ["attribution.colon_intro", subj[1], *who.rules]
    if cue is not None:
        q.set_cue(cue.text.lower(), cue.lemma_.lower())
    return True


def _clause_root_subject(ctx: Context, clause: list[Token], colon: Token) -> tuple[Token, str] | None:
    """"Producer Ines Varga was sceptical of the plan: “When I ...”": the parser may make the
    quote's verb the sentence's root and the clause before the colon a complement of it, so
    the root's subject is a word of the quote. The clause's own verb is then the one whose head
    lies past the colon; its subject is the intro's (rule ``attribution.colon_clause_root``)."""
    if not ctx.on("attribution.colon_clause_root"):
        return None
    first = clause[0].i
    for t in clause:
        if t.pos_ in ("VERB", "AUX") and t.head.i > colon.i and t.dep_ in ("ccomp", "advcl", "parataxis"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and first <= c.i < colon.i),
                        None)
            if subj is not None:
                return subj, "attribution.colon_clause_root"
    return None


def _colon_before(ctx: Context, pos: int) -> Token | None:
    """The colon right before ``pos`` (spaces and one line break between), outside quotes."""
    span = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    i = span.start - 1
    while i >= 0 and ctx.doc[i].is_space:
        i -= 1
    if i < 0 or ctx.doc[i].text != ":" or ctx.in_quote[i] or ctx.text.count("\n", ctx.doc[i].idx, pos) > 1:
        return None
    return ctx.doc[i]


@lru_cache(maxsize=1)
def _following_words() -> dict[str, frozenset[str]]:
    d = data_yaml("coref.yml")
    return {k: frozenset(d[k]) for k in ("following_nouns", "issuing_verbs")}


def following_intro(ctx: Context, seg: Segment, q: Quote) -> bool:
    """"X issued the following statement.\n“...”", "..., which prompted the following response
    from X.\n“...”": the sentence right before the quote (at most one line break between) ends
    with "the following <statement noun>", which hands the quote to the noun's "from/by X", or
    to the subject of the verb that issues it (rule ``attribution.following_intro``)."""
    if not ctx.on("attribution.following_intro"):
        return False
    span = ctx.doc.char_span(seg.open, seg.open + 1, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    while i >= 0 and ctx.doc[i].is_space:
        i -= 1
    if i < 1 or ctx.doc[i].text != "." or ctx.in_quote[i] or ctx.text.count("\n", ctx.doc[i].idx, seg.open) > 1:
        return False
    words = _following_words()
    noun = next((t.head for t in ctx.doc[ctx.doc[i].sent.start: i] if t.lower_ == "following" and t.dep_ == "amod"
                 and t.head.lemma_.lower() in words["following_nouns"] and not ctx.in_quote[t.i]), None)
    if noun is None:
        return False
    by = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
               for g in c.children if g.dep_ == "pobj"), None)
    if by is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["issuing_verbs"]:
        by = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    who = speaker_of(ctx, by, by.idx) if by is not None else None
    if who is None or not who.name:
        return False
    q.speaker = who
    q.rules += ["attribution.following_intro", *who.rules]
    return True

