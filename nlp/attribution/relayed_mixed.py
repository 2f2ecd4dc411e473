"""``mixed.relayed_by_inverted_cue``: 'the music publishers claim Vexa “collected user
prompts,” said Lee'.

A mixed fragment hangs on the inner cue ("claim"), so the mixed statement went to the inner
subject, and the inverted attribution right after the closing mark ("said Lee"), which says who
relays the whole sentence, was lost. The conventions give such a sentence to its outer speaker
(a quote inside a longer attributed one is the outer one's; "Judge X said the publishers claim
P"). When the closing mark (with its comma) is followed at once by a cue verb whose subject
comes after it and ends the sentence, the statement runs from the inner subject and is the
inverted subject's.

The same holds when the attribution after the mark is in plain order, subject first
('... allowed users to “Skip the links,” the Ledger alleges.'): the fragment's cue
("boasted") is inside what the sentence-final cue reports, and the statement is the final
subject's (rule ``mixed.relayed_by_cue_after``). Only when the parse hangs the inner cue under
that final cue; never for a negated inner cue ("Orrin never admitted ..., Y said" is read
as the denial it reports, by the stance rules), nor for an outlet relaying ("Judge X ruled
that ..., Meridian Wire reported": the original speaker's statement, as the conventions have it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "mixed.relayed_by_inverted_cue"
PLAIN_RULE = "mixed.relayed_by_cue_after"


def relaying_cue(ctx: Context, close: int, sent: Span, inner: Token) -> tuple[Token, str] | None:
    """The cue after the closing mark that relays the whole sentence, inverted ('said Lee') or
    in plain order ('the Ledger alleges'), and the rule that found it; else None."""
    verb = inverted_cue_after(ctx, close, sent)
    if verb is not None:
        return verb, RULE
    verb = plain_cue_after(ctx, close, sent, inner)
    return (verb, PLAIN_RULE) if verb is not None else None


def plain_cue_after(ctx: Context, close: int, sent: Span, inner: Token) -> Token | None:
    """The cue verb of '“...,” the Ledger alleges.' right after ``close``: a subject phrase, the
    verb, then nothing but punctuation to the sentence's end; the verb governs ``inner`` (the
    fragment's cue, not negated) in the parse. Else None."""
    if not ctx.on(PLAIN_RULE) or any(c.dep_ == "neg" for c in inner.children):
        return None
    toks = [t for t in sent if t.idx >= close and not (t.is_punct and t.text in ",\"”’'")]
    verb = next((t for t in toks if t.pos_ == "VERB"), None)
    if verb is None or verb is inner or not ctx.is_cue(verb) or ctx.in_quote[verb.i] \
            or not any(a.i == verb.i for a in inner.ancestors):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.idx < close or any(
            t.i < subj.left_edge.i for t in toks):
        return None  # the subject phrase opens the words after the mark
    ent = ctx.ent_of.get(subj.i)
    if ent is not None and ent.label_ == "OUTLET" \
            or verb.lemma_.lower() in word_lists("relays.yml")["outlet_relay_verbs"]:
        return None  # '..., Meridian Wire reported': an outlet relaying keeps the original speaker
    return verb if all(t.is_punct or t.is_space for t in sent if t.i > verb.i) else None


def inverted_cue_after(ctx: Context, close: int, sent: Span) -> Token | None:
    """The cue verb of '“...,” said Lee.' right after ``close`` (the closing mark's end), with
    its subject after it and nothing but punctuation after the subject's phrase; else None."""
    if not ctx.on(RULE):
        return None
    toks = [t for t in sent if t.idx >= close and not (t.is_punct and t.text in ",\"”’'")]
    if len(toks) < 2:
        return None
    verb = toks[0]
    if verb.pos_ != "VERB" or not ctx.is_cue(verb) or ctx.in_quote[verb.i]:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subj is None:
        return None
    rest = [t for t in sent if t.i > subj.right_edge.i]
    return verb if all(t.is_punct or t.is_space for t in rest) else None  # a paragraph's '\n' too


def without_relayed_inner(quotes: list) -> list:
    """Without a statement lying inside a relayed one ('its tool let users “skip ...”', read
    from another fragment on the inner cue): the report inside a longer report is part of it,
    not a statement of its own (the conventions' nested report)."""
    outer = [(q.start, q.end) for q in quotes if RULE in q.rules or PLAIN_RULE in q.rules]
    if not outer:
        return quotes
    return [q for q in quotes if RULE in q.rules or PLAIN_RULE in q.rules
            or not any(a <= q.start and q.end <= b and (a, b) != (q.start, q.end) for a, b in outer)]
