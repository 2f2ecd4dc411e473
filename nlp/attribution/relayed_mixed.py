"""``mixed.relayed_by_inverted_cue``: 'the music publishers claim Anthropic “collected user
prompts,” said Lee'.

A mixed fragment hangs on the inner cue ("claim"), so the mixed statement went to the inner
subject, and the inverted attribution right after the closing mark ("said Lee"), which says who
relays the whole sentence, was lost. The conventions give such a sentence to its outer speaker
(a quote inside a longer attributed one is the outer one's; "Judge X said the publishers claim
P"). When the closing mark (with its comma) is followed at once by a cue verb whose subject
comes after it and ends the sentence, the statement runs from the inner subject and is the
inverted subject's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context

RULE = "mixed.relayed_by_inverted_cue"


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
    return verb if all(t.is_punct for t in rest) else None
