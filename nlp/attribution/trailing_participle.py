"""A sentence-final ", saying ..." belongs to the sentence's speaker, not to a clause inside.

"A judge concluded that it was fair for Orrin to train its model ..., calling the authors'
arguments half-hearted"; "Judge Vell dismissed the request that the authors be required to
clarify that the suit implicates only Orrin's models, saying there is no dispute ...". The
parser hangs the comma-led participle on the nearest verb, deep inside what the main verb
reported or decided ("train", "implicates"), and climbing from there finds that clause's
subject (Orrin, "the authors"): the statement goes to a party the sentence only speaks about.
In news prose such a participle, after a comma at the end of the sentence, is the main
subject's next act of speech ("X ruled ..., saying"), so when the participle's head is not the
sentence's own verb but lies inside a clause the sentence's main cue governs, the subject is
the main cue's.

Not through a relative clause ("Orrin, which denied the claims, saying ..." keeps the relative
clause's subject): the climb still decides there. Rule ``subject.trailing_participle`` (asked
by ``subjects.subject_of`` before the climb); cost: the heads above one participle cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "subject.trailing_participle"
# the arcs a participle's head may hang by on its way up to the main cue: complements and
# adverbial clauses, the nouns they modify, the objects those nouns are
INNER = {"ccomp", "xcomp", "advcl", "acl", "conj", "dobj", "pobj", "prep", "attr", "acomp"}


def main_cue_subject(ctx: Context, verb: Token) -> Token | None:
    """The subject of the sentence's main cue when ``verb`` is a comma-led participle the parser
    hung inside a clause that cue governs; None when the participle already hangs on the main
    cue (the climb reads that) or its way up passes a relative clause."""
    doc = ctx.doc
    if not ctx.on(RULE) or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") \
            or verb.i == 0 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head, steps = verb.head, 0
    if head.dep_ == "ROOT":
        return None  # hangs on the main verb already
    while head.dep_ != "ROOT" and steps < 8:
        if head.dep_ not in INNER:
            return None
        head, steps = head.head, steps + 1
    if head.dep_ != "ROOT" or not ctx.is_cue(head) or head.i > verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


AFTER_CUE_RULE = "subject.participle_after_cue"


def earlier_cue_subject(ctx: Context, verb: Token) -> Token | None:
    """"Orrin's answer came fast, as it said in a note, “...,” adding that ...": the parser
    hangs the comma-led participle on the sentence's main verb, which is no cue ("came"), and
    climbing from there finds a subject that never spoke ("Orrin's answer"). The participle
    goes on from the cue before it in the sentence, which says who speaks: its subject (rule
    ``subject.participle_after_cue``). Not when the participle's head is a cue (the climb
    reads that); a cue in a relative clause, a noun's participle or inside the marks is passed
    over."""
    doc = ctx.doc
    if not ctx.on(AFTER_CUE_RULE) or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") \
            or verb.i < 2 or ctx.is_cue(verb.head) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = doc[verb.i - 1]
    if before.text != "," and not (before.is_quote and doc[verb.i - 2].text == ","):
        return None  # ', adding', ',” adding' (the comma inside the marks)
    for t in reversed(doc[verb.sent.start: verb.i]):
        if ctx.in_quote[t.i] or not ctx.is_cue(t) or t.tag_ == "VBG" or t.dep_ in ("relcl", "acl"):
            continue  # skipped: 'a note, which the firm said ...', 'a statement quoted by X'
        return next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    return None
