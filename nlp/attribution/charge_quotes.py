"""A charge in marks: "X accused Y of “wholesale copying”", "accusing them of “trampling the
rights of the archive,”", "accused Tessaly of theft and of making “lookalike stories”"
(issue 12, session 15: recall on real AI-IP coverage).

What the subject charges is the phrase after "of", as for the unquoted charge
(``object_complements.py``, ``charges.py``); with words in marks the subject's own words are
quoted too. The quote pass read such a fragment as a label given to the object, no statement
(``statement.naming_object``, decided in session 11 for naming verbs in general). Every
readable real set of session 15 whose writer meets the kind annotates it, and none leaves it
out: aiip-dev15, dev17, dev18, dev21, dev22, dev24, dev25, devr and demo2 (eleven misses over
nine writers), with READMEs of dev16, dev17, dev18, dev21, dev22, dev23, dev25, devr, demo2
saying so (dev21, dev22, dev23, dev18: the words in marks, direct, when they are the whole
charge; dev17, devr: mixed). PolNeAR annotates "accused X of ..." too.

Rule ``mixed.charge_in_marks``: a quoted stretch that lies in the phrase an "of" gives a charge
verb (``charge_of_verbs``: the "of" on the verb or on its object, as ``of_holders`` finds it),
with no tensed verb between the stretch and the "of", under a verb the unquoted charge rules
would read (active, un-negated, outside marks and a headline line, not Title Case). The
statement is the charge's phrase: direct (the words in marks) when the marks hold the whole of
it, mixed otherwise; the speaker the cue's subject (``charge_subject``). Tried only after every
other reading of the quote found nothing (``quoted.py``), so it adds and never changes.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD, Segment
from nlp.attribution.object_complements import (_headline_end, _passive, _phrase_end,
                                                charge_subject, of_holders)
from nlp.attribution.record import Quote
from nlp.attribution.speakers import speaker_or_written
from nlp.attribution.spurious import in_question, no_one_said

RULE = "mixed.charge_in_marks"
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_TRIM = " .,;:\n"


def _charge_of(ctx: Context, root: Token) -> tuple[Token, Token] | None:
    """(charge verb, the "of"'s object) when ``root`` lies in the phrase a charge verb's "of"
    takes, with no tensed verb on the way up (a clause of its own is other rules' business)."""
    verbs = ctx.cues.charge_of_verbs
    t = root
    while t.head.i != t.i:
        head = t.head
        if t.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and head.dep_ == "prep":
            holder = head.head
            verb = holder
            while verb.lemma_.lower() not in verbs and verb.dep_ in ("dobj", "appos", "conj") \
                    and verb.head.i != verb.i:
                verb = verb.head
            if verb.lemma_.lower() in verbs and any(h.i == holder.i for h in of_holders(verb)):
                return verb, t
        if t.tag_ in _FINITE and t.i != root.i:
            return None
        t = head
    return None


def _clause_free_end(ctx: Context, g: Token, end: int) -> int:
    """The phrase's last token before a clause with a subject of its own that the parser hung
    inside it ("of subjecting her to an “artful smear” while Sanders suggests ...": what Sanders
    suggests is his statement, not part of the charge)."""
    doc = ctx.doc
    for t in doc[g.i + 1: end + 1]:
        if t.tag_ in _FINITE and not ctx.in_quote[t.i] \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            cut = t.left_edge.i
            while cut > g.i and (doc[cut - 1].is_punct or doc[cut - 1].pos_ in ("CCONJ", "SCONJ")
                                 or doc[cut - 1].dep_ == "mark"):
                cut -= 1
            return max(g.i, min(end, cut - 1))
    return end


def _reads(ctx: Context, verb: Token) -> bool:
    """The charge verb is one the unquoted charge rules would read (``charge_verbs``)."""
    return verb.pos_ == "VERB" and not ctx.in_quote[verb.i] and verb.idx >= _headline_end(ctx) \
        and not _passive(verb) and not (verb.text[:1].isupper() and verb.i != verb.sent.start) \
        and not any(c.dep_ == "neg" for c in verb.children)


def charged_in_marks(ctx: Context, seg: Segment) -> Quote | None:
    """The statement 'X accused Y of <phrase with “words”>' whose phrase holds the quote, or None."""
    if not ctx.on(RULE) or not ctx.cues.charge_of_verbs:
        return None
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is None:
        return None
    # the fragment's words hung outside it, first to last ("of “brazen infringement ... on a
    # staggering scale.”": "on" hangs on the verb, "infringement" on the "of")
    tops = [t for t in frag if not frag.start <= t.head.i < frag.end or t.head.i == t.i]
    found = next((f for f in (_charge_of(ctx, t) for t in tops if not t.is_punct) if f), None)
    if found is None:
        return None
    verb, g = found
    if not _reads(ctx, verb):
        return None
    last = ctx.doc[_clause_free_end(ctx, g, _phrase_end(verb, g, ctx))]
    start, end = g.left_edge.idx, last.idx + len(last)
    phrase_end = end
    if seg.open < start and ctx.text[seg.open:start].strip(" “\"'‘"):
        return None  # the marks open before the phrase: a quote of its own
    if seg.close > end + 3:
        return None  # a quote running past the phrase is a quote's own business
    start, end = min(start, seg.open), max(end, seg.close)
    while end > start and ctx.text[end - 1] in _TRIM:
        end -= 1
    if len(WORD.findall(ctx.text[start:end])) < 2:
        return None
    for other in ctx.segments:  # every other quote in the phrase lies inside it
        if other.open < end and other.close > start and (other.open < start or other.close > end + 2):
            return None
    subj = charge_subject(ctx, verb)
    if subj is None or no_one_said(ctx, subj[0]) or in_question(ctx, verb):
        return None
    whole = not ctx.text[start:seg.open].strip(" “\"'‘") and not ctx.text[seg.close:end].strip(_TRIM + "”\"'’")
    if whole:  # the marks hold the whole charge: the words said
        start, end, kind = seg.start, seg.end, "direct"
    else:  # ending on the phrase's last word, as the unquoted charge's statement does
        end, kind = min(end, phrase_end), "mixed"
    who = speaker_or_written(ctx, subj[0], start)
    if who is None:
        return None
    q = Quote(ctx.text[start:end], kind, start, end, speaker=who, rules=[RULE, subj[1], *who.rules])
    q.set_cue(verb.text.lower(), verb.lemma_.lower())
    return q
