"""Attributions at a sentence's end: "<statement>, the site Sprocket reported on Monday",
"..., said the illustrator who ...". Read from the words themselves (the phrase before or
after the cue, then what may follow it), because the parser often hangs such an attribution
on the wrong clause. Which verbs may end a sentence so is ``inverted_cues.py``; the other
edge attributions (parenthetical, "according to", "as X reported") are ``edges.py``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.edges import FINITE, NP_POS, Covered, blocked, attributed, only_subordinate
from nlp.attribution.inverted_cues import inverted_cue, inverted_rule, inverted_speaker_ok
from nlp.attribution.record import Quote
from nlp.attribution.speakers import speaker_of


def inverted_statement(ctx: Context, sent: Span, cov: Covered) -> Quote | None:
    nested = ctx.on("statement.nested_report")
    inv = inverted(ctx, sent, quotes_ok=nested) if ctx.on("statement.inverted") else None
    if inv is None:
        return None
    clause, cue, subj = inv
    start, end = clause.start_char, clause.end_char
    quoted = any(ctx.in_quote[x.i] for x in clause)
    if blocked(ctx, cov, start, end) or quoted and not (cov.overlaps(start, end) and any(
            ctx.is_cue(x) and not ctx.in_quote[x.i] for x in clause)):
        return None  # words in marks and no report inside: the quote's own business
    q = attributed(ctx, start, end, cue, speaker_of(ctx, subj, start), "statement.inverted")
    if q is not None and quoted:
        q.kind = "mixed"  # "Judge X ruled that ... “lasting harm”, the Ledger reported"
    if q is not None and nested and cov.overlaps(start, end):
        q.rules.insert(1, "statement.nested_report")
    if q is not None and subj.i > cue.i:
        q.rules.insert(1, "statement.inverted_cue_first")
    if q is not None and inverted_rule(ctx, cue):
        q.rules.insert(1, inverted_rule(ctx, cue))
    if q is not None and _closes_quote(ctx, clause[-1]):
        q.rules.insert(1, "statement.inverted_keeps_mark")
    if q is not None and subj.i < cue.i and any(
            _adverbial_participle(ctx, x, cue) for x in ctx.doc[cue.i + 1: sent.end]):
        q.rules.insert(1, "statement.inverted_adverbial_participle")
    return q


def inverted(ctx: Context, sent: Span, quotes_ok: bool = False) -> tuple[Span, Token, Token] | None:
    """"<statement>, the technology site Sprocket reported on Monday, citing ...": an
    attribution at the end of a sentence, read from the words themselves because the parser
    often hangs it on the wrong clause. Returns (statement, cue, speaker's head). Words in
    marks in the statement only with ``quotes_ok`` (an outer report of an inner mixed one)."""
    if not (ctx.has_lemma(ctx.cues.report_verbs, sent.start, sent.end)
            or ctx.has_lemma(ctx.cues.inverted_verbs, sent.start, sent.end)):
        return None
    toks = ctx.words(sent)
    for k, t in enumerate(toks):
        if not inverted_cue(ctx, toks, k) or ctx.in_quote[t.i] or k < 3 or ctx.not_speech(t):
            continue
        phrase, np_start = _phrase_before(toks, k)
        if not phrase or not _only_adverbials_after(ctx, toks[k + 1:]):
            phrase, np_start = _phrase_after(ctx, toks, k)
            if not phrase:
                continue
        clause = ctx.doc[sent.start: toks[np_start - 1].i]
        while len(clause) and (clause[-1].is_punct or clause[-1].is_space) \
                and not _closes_quote(ctx, clause[-1]):
            clause = clause[:-1]
        if len(clause) < 4 or not any(x.tag_ in FINITE for x in clause) \
                or not quotes_ok and any(ctx.in_quote[x.i] for x in clause) \
                or _fronted_adverbial(ctx, clause) or only_subordinate(ctx, clause):
            continue
        head = next((x for x in phrase if x.i in ctx.ent_of and x.pos_ == "PROPN"), None)
        if head is None:  # the last noun before the phrase's first comma (an apposition)
            cut = next((n for n, x in enumerate(phrase) if x.text == ","), len(phrase))
            head = next((x for x in reversed(phrase[:cut]) if x.pos_ in ("NOUN", "PROPN")), None)
        if head is None or not inverted_speaker_ok(ctx, t, head):
            continue
        return clause, t, head
    return None


def _adverbial_participle(ctx: Context, x: Token, first: Token) -> bool:
    """'wrote in an opinion explaining ...': a participle describing a noun after ``first``."""
    return x.tag_ in ("VBG", "VBN") and x.dep_ == "acl" and x.head.pos_ == "NOUN" \
        and x.head.i >= first.i and ctx.on("statement.inverted_adverbial_participle")


def _closes_quote(ctx: Context, t: Token) -> bool:
    """'... caused them “lasting harm”, the Ledger reported': the clause keeps the closing mark
    of the quote it ends with, so it holds the inner mixed statement whole (the outer report
    of a nested one, ``statement.nested_report``), as that statement holds its marks."""
    return ctx.on("statement.inverted_keeps_mark") and ctx.in_quote[t.i] and t.is_punct \
        and t.i > 0 and ctx.in_quote[t.i - 1] and not t.is_left_punct


def _fronted_adverbial(ctx: Context, clause: Span) -> bool:
    """"Asked whether ..., X said", "When the rule takes effect, X added", "Downplaying the
    ratings, X said": the words before the attribution are the occasion, not what was said (it
    follows the cue, often in marks)."""
    first = clause[0]
    return ctx.on("statement.inverted_not_adverbial") and (
        first.lower_ in ctx.cues.occasion_words or first.tag_ in ("VBN", "VBG")
        or first.pos_ == "VERB" and first.dep_ == "advcl"  # "Asked ..." read as a past tense
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
        or first.dep_ == "npadvmod" and first.head.i < clause.end and first.head.pos_ == "ADP")


def _phrase_before(toks: list[Token], k: int) -> tuple[list[Token], int]:
    """The words before the cue back to a comma: one noun phrase, maybe with an apposition.
    Returns the phrase (empty if none) and where it starts."""
    j = k - 1
    while j >= 0 and (toks[j].pos_ in NP_POS or toks[j].text in (",", "’s", "'s")):
        j -= 1
    commas = [n for n in range(j + 1, k) if toks[n].text == ","]
    if not commas:
        return [], 0
    np_start = commas[0] + 1  # the phrase opens after the run's first comma
    phrase = toks[np_start:k]
    while phrase and phrase[-1].text == ",":
        phrase = phrase[:-1]
    if not any(x.pos_ in ("NOUN", "PROPN") for x in phrase):
        return [], 0
    return phrase, np_start


def _phrase_after(ctx: Context, toks: list[Token], k: int) -> tuple[list[Token], int]:
    """"<statement>, reported the Harbor Ledger.", "..., further states the report.": the cue
    comes first, after a comma (and maybe an adverb), and a noun phrase ends the sentence (rule
    ``statement.inverted_cue_first``). Returns the phrase and where the attribution starts."""
    if not ctx.on("statement.inverted_cue_first"):
        return [], 0
    j = k - 1
    if toks[j].pos_ == "ADV":
        j -= 1
    if j < 3 or toks[j].text != ",":
        return [], 0
    end = len(toks)
    while end > k + 1 and toks[end - 1].is_punct:
        end -= 1
    phrase = toks[k + 1:end]
    if not phrase or len(phrase) > 8 or not all(x.pos_ in NP_POS or x.text in ("’s", "'s")
                                                for x in phrase) \
            or not any(x.pos_ in ("NOUN", "PROPN") for x in phrase):
        return [], 0
    return phrase, j + 1


def _only_adverbials_after(ctx: Context, rest: list[Token]) -> bool:
    """After the cue: only time and place adverbials, then the end or ", citing ..."."""
    skip_to = -1
    for x in rest:
        if x.i <= skip_to:
            continue
        if x.text == "," or x.is_punct:
            return True
        if _adverbial_participle(ctx, x, rest[0]):
            skip_to = x.right_edge.i  # "wrote in an opinion explaining ...": the noun's phrase
            continue
        if x.pos_ in ("VERB", "AUX") or ctx.in_quote[x.i]:
            return False
    return True
