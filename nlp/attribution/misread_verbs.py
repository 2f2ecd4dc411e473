"""A present-tense cue the small model tags as a noun after its subject (issue 12, session 17;
rules ``cue.misread_verb`` and ``cue.misread_parenthetical``): "Vexa claims Orrin is copying
...", "Court documents allege Orrin relied on ...", "The authors allege Orrin copied ...",
"This conduct, Vexa claims, breaks ...". Next to a noun the tagger often reads "claims" as a
plural noun and a bare "allege"/"state" as a noun, so no cue verb is seen and the statement is
lost whole (counted over the readable real sets, session 17: 14 such statements in 11 sets of
different writers, among them both sets no rule had been fitted to).

Read as the cue only where nothing but a verb fits: the form agrees with the word before it (a
singular subject and an "-s" form, a plural one and the bare form), that subject's phrase opens
its clause (the sentence's start, a comma, a dash, a conjunction: never the object of a verb or
a preposition, as in "pursued claims that ..."), the token is no subject itself ("Copyright
claims that Orrin filed were dismissed"), and what follows is a clause of its own ("that" or a
subject, then a finite verb), or, set off by commas, the rest of the sentence
(``cue.misread_parenthetical``). "the lawsuit claims" with a determiner is
``cue.misread_plural``'s (misread_cues.py); this rule keeps to the cue tokens the reported
pass already visits, so it costs nothing elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from nlp.attribution.context import Context

RULE = "cue.misread_verb"
PARENTHETICAL = "cue.misread_parenthetical"
# "The new filing states that the settlement, which ..., is not enough": the tagger reads
# "states" as a noun and its that-clause as that noun's relative clause, but "that" is the
# clause's complementizer (dep "mark") and the clause has a subject of its own: a relative's
# "that" is its subject or object ("states that ban such tools"), never a "mark"
THAT_CLAUSE = "cue.misread_that_clause"
FINITE = {"VBD", "VBZ", "VBP", "MD"}
SINGULAR_PRONOUNS = {"he", "she", "it"}
PLURAL_PRONOUNS = {"they", "we"}
# what may stand right before a subject's phrase that opens its clause
OPENERS = {",", "—", "–", "-", ";", ":", "and", "but", "while", "as", "(", "“", "\"", "”"}
NP_INSIDE = {"compound", "amod", "det", "poss", "case", "nmod", "nummod", "punct", "prep", "pobj"}


def _form(ctx: "Context", t: Token) -> str | None:
    """'s' for a speech verb's -s form ("claims", "alleges"), 'bare' for its bare form
    ("allege"), None for anything else."""
    low, verbs = t.lower_, ctx.cues.report_verbs
    if low.endswith("s") and (low[:-1] in verbs or low.endswith("es") and low[:-2] in verbs):
        return "s"
    return "bare" if low in verbs else None


def _agrees(subj: Token, form: str) -> bool:
    if subj.pos_ == "PRON":
        return subj.lower_ in (SINGULAR_PRONOUNS if form == "s" else PLURAL_PRONOUNS)
    if subj.pos_ not in ("NOUN", "PRON"):
        return True  # "Orrin Labs claims", "Vexa and Orrin allege": a name's number is unread
    plural = subj.tag_ in ("NNS", "NNPS")
    return plural if form == "bare" else not plural


def _opens_clause(ctx: "Context", subj: Token, sent_start: int) -> bool:
    """The subject's phrase starts its clause: walk left over its own words (determiner,
    owner, compound, "of"), then find a clause opener or the sentence's start."""
    doc, j = ctx.doc, subj.i
    while j - 1 >= sent_start and j - subj.i > -6:
        x = doc[j - 1]
        if x.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or x.tag_ == "POS" or x.lower_ == "of" \
                or x.pos_ == "PRON" and x.tag_ == "PRP$":
            j -= 1
            continue
        break
    if j == sent_start:
        return True
    x = doc[j - 1]
    return x.lower_ in OPENERS or x.is_space


def _clause_follows(ctx: "Context", t: Token) -> bool:
    """'that' or a subject, then a finite verb before any comma: a clause, not the noun's
    modifier. 'states that ban ...' (a relative) has no subject before its verb."""
    doc, sent = ctx.doc, t.sent
    i = t.i + 1
    if i < sent.end and doc[i].lower_ == "that":
        i += 1
    if i >= sent.end or doc[i].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM") \
            or doc[i].tag_ == "WDT":
        return False
    for x in doc[i + 1: min(i + 10, sent.end)]:
        if x.text in (",", ";", ":") or ctx.in_quote[x.i] and x.is_punct:
            return False
        if x.tag_ in FINITE and x.pos_ in ("VERB", "AUX"):
            return True
    return False


def that_clause(ctx: "Context", t: Token) -> bool:
    """``t`` is followed by "that" which the parse makes the complementizer ("mark") of a
    clause hanging on ``t`` with a subject of its own: what a cue reports, however the tagger
    read ``t`` (rule ``cue.misread_that_clause``)."""
    nxt = t.i + 1
    if nxt >= len(ctx.doc) or ctx.doc[nxt].lower_ != "that" or ctx.doc[nxt].dep_ != "mark" \
            or not ctx.on(THAT_CLAUSE):
        return False
    clause = ctx.doc[nxt].head
    return clause.head.i == t.i and clause.dep_ in ("relcl", "ccomp", "acl") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > nxt for c in clause.children)


def _noun_read(t: Token) -> bool:
    """The parse itself shows a noun: one with a relative clause ("claims that Vexa filed"),
    or the only subject of the verb after it ("Copyright claims ... were dismissed"). A misread
    cue stands as a second subject beside the real one ("The artists allege Orrin copied":
    both "allege" and "Orrin" hang on "copied")."""
    if any(c.dep_ == "relcl" for c in t.children):
        return True
    return t.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i for c in t.head.children)


def misread_verb(ctx: "Context", t: Token, parenthetical: bool = False) -> Token | None:
    """The subject of ``t`` when ``t`` is a cue the tagger read as a noun, or None.
    ``parenthetical``: the cue set off by commas ("This, Vexa claims, breaks ..."), where the
    words after it are the rest of the sentence rather than a clause of its own."""
    if t.pos_ not in ("NOUN", "PROPN") or t.i == 0 or t.text[:1].isupper():
        return None  # ("Authors Allege Orrin Copied ...": a headline's, statement.headline)
    form = _form(ctx, t)  # (a string test first: most nouns end here)
    if form is None or ctx.in_quote[t.i] or not ctx.on(PARENTHETICAL if parenthetical else RULE) \
            or _noun_read(t) and (parenthetical or not that_clause(ctx, t)):
        return None
    subj = ctx.doc[t.i - 1]
    named = subj.i in ctx.ent_of  # "Tessaly" tagged as a verb is still a name
    if subj.pos_ not in ("PROPN", "NOUN", "PRON") and not named \
            or subj.tag_ in ("WP", "WDT") \
            or ctx.in_quote[subj.i] or not _agrees(subj, form) \
            or not _opens_clause(ctx, subj, t.sent.start):
        return None
    while subj.dep_ == "conj" and subj.head.i < subj.i:  # "Tessaly and Brightwell allege": the first
        subj = subj.head
    if parenthetical:
        nxt = t.i + 1
        return subj if nxt < t.sent.end and ctx.doc[nxt].text == "," else None
    return subj if _clause_follows(ctx, t) or that_clause(ctx, t) else None


def misread_rule(ctx: "Context", t: Token) -> str:
    """The rule a misread cue's subject was found by: the that-clause's only where the
    verb-reading alone (no relative, a clause before any comma) would not have read it."""
    return RULE if not _noun_read(t) and _clause_follows(ctx, t) else THAT_CLAUSE
