"""A reported clause the parser did not hang on its cue: "said in a statement that ...", "found
that X and Y each repeated ..." read as a noun phrase, "who claimed their works were used"
with "works" taken for the cue's object, "..., the minister said" parsed as a second
coordinated clause. Asked by ``reported.py`` for a cue verb with no clausal complement (rules
``statement.loose_*``, ``statement.object_is_subject``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.clause_conjuncts import THAT_AFTER_PHRASE, that_after_phrase
from nlp.attribution.context import Context
from nlp.attribution.edges import FINITE, only_subordinate
from nlp.attribution.gerund_objects import gerund_object
from nlp.attribution.noun_that import that_of_noun
from nlp.attribution.venue_relatives import RULE as VENUE_RELATIVE, venue_clause


def loose_clause(ctx: Context, cue: Token) -> tuple[Span, str] | None:
    """The reported clause when the parser missed it: "said in a statement that ...",
    "said after the hearing that ...", "found that X and Y each repeated ..." (parsed as a
    noun phrase). The words after "that", or right after the cue, up to the sentence's
    end, when they hold a finite verb and nothing in between is a verb or a quote."""
    sent, doc = cue.sent, ctx.doc
    if any(c.dep_ == "neg" for c in cue.children):
        return None
    coordinated = _coordinated_clause(ctx, cue) if ctx.on("statement.loose_coordinated") else None
    if coordinated is not None:
        return coordinated, "statement.loose_coordinated"
    if cue.i + 1 >= sent.end:
        return None
    start, rule = None, "statement.loose_after_that"
    for x in doc[cue.i + 1: min(cue.i + 9, sent.end)]:
        if ctx.in_quote[x.i] or x.pos_ in ("VERB", "AUX") or x.text in (",", ";", ":"):
            break
        if x.lower_ in ("so", "such") and ctx.on("statement.so_that_result"):
            return None  # "argued so loudly that ...", "found so much value that ...": a result
        if x.lower_ == "that":
            if that_of_noun(ctx, x):
                return None  # "responded to allegations that ...": the allegations' (noun_that.py)
            if x.tag_ == "WDT" and x.head.dep_ == "relcl" and ctx.on("statement.that_is_relative"):
                if venue_clause(ctx, cue, x):  # "claims in a lawsuit that TikTok used her voice"
                    start, rule = x.i + 1, VENUE_RELATIVE
                break  # "said things that Clark had never recorded": a relative, not a clause
            start = x.i + 1
            break
    if start is None and (after := that_after_phrase(ctx, cue, 8, sent.end)) is not None:
        start, rule = after, THAT_AFTER_PHRASE  # "said in one of a series of posts that ..."
    if start is not None and not ctx.on(rule):
        return None
    if start is None and (gerund := gerund_object(ctx, cue)) is not None:
        return gerund  # "acknowledged using the archive": no finite verb (gerund_objects.py)
    if start is None:
        first, rule = doc[cue.i + 1], "statement.loose_after_cue"
        gerund = first.tag_ == "VBG" and first.head.i == cue.i and first.dep_ in ("xcomp", "ccomp", "csubj")
        # a cue the tagger read as a noun (misread_verbs.py) has no object worth the name: the
        # parse hung the clause's own object on it ("allege Orrin copied content")
        objs = [c for c in cue.children if c.dep_ in ("dobj", "dative")] \
            if cue.pos_ not in ("NOUN", "PROPN") else []
        if not ctx.on(rule) or cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children) \
                or first.pos_ not in ("DET", "PROPN", "NOUN", "PRON", "NUM") and not gerund or \
                any(not _subject_of_finite(ctx, c) for c in objs) or first.i in ctx.ent_of \
                and ctx.ent_of[first.i].end >= sent.end - 1:
            return None  # "said Sadiq Hollins." or "told reporters": not a clause
        start, rule = first.i, "statement.object_is_subject" if objs else rule
    end = sent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    span = doc[start:end]
    if len(span) < 3 or not any(x.tag_ in FINITE for x in span) \
            or any(ctx.in_quote[x.i] for x in span):
        return None
    return span, rule


def _subject_of_finite(ctx: Context, obj: Token) -> bool:
    """'who claimed their works were used ...' parsed with 'works' the cue's object: a noun
    phrase followed at once by a finite verb is that verb's subject (no verb of speaking takes
    an object and then a bare finite verb), so the words after the cue are a clause
    (``statement.object_is_subject``). 'told reporters he was ...' keeps its object, and so
    does a participle: in 'a gunman claiming allegiance to X carried out ...' the phrase is the
    subject of the next verb."""
    nxt = obj.right_edge.i + 1
    return ctx.on("statement.object_is_subject") and obj.head.tag_ in FINITE \
        and obj.pos_ in ("NOUN", "PROPN", "PRON") \
        and obj.tag_ != "PRP" and nxt < len(ctx.doc) and ctx.doc[nxt].tag_ in FINITE \
        and ctx.doc[nxt].pos_ in ("AUX", "VERB") and not ctx.in_quote[nxt]


def _coordinated_clause(ctx: Context, cue: Token) -> Span | None:
    """"Valmora will require ..., the country's culture minister, Rafael Oyarzun, said" parsed
    as two coordinated clauses: the first is what was said."""
    sent, doc = cue.sent, ctx.doc
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is not None and cue.dep_ in ("conj", "parataxis") and cue.head.i < subj.i \
            and subj.left_edge.i - 1 > sent.start and doc[subj.left_edge.i - 1].text == ",":
        span = doc[sent.start:subj.left_edge.i - 1]
        if len(span) >= 3 and any(x.tag_ in FINITE for x in span) \
                and not any(ctx.in_quote[x.i] for x in span) and not only_subordinate(ctx, span):
            return span
    return None
