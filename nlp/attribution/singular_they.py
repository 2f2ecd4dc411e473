"""``speaker.singular_they``: "A representative for Orrin declined to comment on the ruling.
However, they told the Ledger that ...".

News writing now refers to an unnamed spokesperson or representative, whose gender it does
not give, as "they". The pronoun rules read "they" as a plural (a list, "the publishers") or
keep it as written, so the statement lost its party although the sentence before says whose
representative spoke. Grammar says who it is when the reading is unambiguous: "they" opens its
sentence (at most an adverb or conjunction before it), the sentence before has as subject one
spokesperson or representative (``cues.yml`` spokes_nouns and ``REPRESENTATIVE_NOUNS``, singular),
whom the other speaker rules tie to a party ("for Orrin", "Orrin's"), and neither that sentence
nor the one before it names a plural party "they" could be instead (a plural party noun,
"they"/"them", a list of names: "A and B sued X. X's spokesperson declined to comment. They
argue ..." is A and B).
"They" continuing such a "they" ("They added: ...") is the same person. Otherwise the rule
does not apply and the pronoun rules decide, as before. Only the sentence before is read, and
only for a "they" subject.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker

REPRESENTATIVE_NOUNS = frozenset({"representative", "rep"})
OPENING = 3  # tokens that may stand before "they" in its sentence ("However, they")
RULE = "speaker.singular_they"


def _subject(sent) -> Token | None:
    """The sentence's main subject: the subject of its root, else its first subject."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj or next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)


def _plural_party_in(ctx: Context, sent, subj: Token) -> bool:
    """Whether the sentence names a plural party other than its subject could be "they"."""
    groups = ctx.cues.group_nouns
    for t in sent:
        if t.i == subj.i or ctx.in_quote[t.i]:
            continue
        if t.lower_ in ("they", "them", "their") or t.tag_ in ("NNS", "NNPS") and (
                t.lemma_.lower() in groups or t.lower_ in groups):
            return True
        if t.lower_ == "and" and t.i > 0 and t.i - 1 in ctx.ent_of and t.i + 1 in ctx.ent_of:
            return True  # "A and B": a list
    return False


def singular_they(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    from nlp.attribution.speakers import speaker_of

    if w.lower != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or ctx.in_quote[tok.i]:
        return None
    i = bisect_right(ctx.sent_starts, tok.idx) - 1
    if i < 1 or tok.i - ctx.sents[i].start > OPENING:
        return None
    prev = ctx.sents[i - 1]
    subj = _subject(prev)
    if subj is None or ctx.in_quote[subj.i]:
        return None
    if subj.lower_ == "they":  # "They added: ...": goes on with the "they" before
        who = speaker_of(ctx, subj, subj.idx)
        if who is None or who.name is None or RULE not in who.rules:
            return None
        return Speaker(who.name, who.label, ctx.phrase(tok), who.role, who.org, rules=())
    lemma = subj.lemma_.lower()
    if subj.tag_ != "NN" or (lemma not in ctx.cues.spokes_nouns and lemma not in REPRESENTATIVE_NOUNS):
        return None
    if _plural_party_in(ctx, prev, subj) or i >= 2 and _plural_party_in(ctx, ctx.sents[i - 2], subj):
        return None  # "A and B sued X. X's spokesperson declined to comment. They argue ...": A and B
    who = speaker_of(ctx, subj, subj.idx)
    if who is None or who.name is None or who.name in w.exclude:
        return None
    return Speaker(who.name, who.label, ctx.phrase(tok), who.role, who.org, rules=who.rules)
