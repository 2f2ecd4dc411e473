"""Reported speech whose cue sits in a relative clause with a gap for the subject of what was
said: "a song it claims was made with a cloned voice", "the lyrics, which the court found were
used without a licence", "each article they allege was copied", "a watermark that the plaintiff
claims may confuse users".

English lets a relative pronoun stand for the subject of a clause reported inside the relative
clause; the reported clause then opens on its finite verb, with no subject of its own. The
parser rarely sees the pattern whole: it takes "claims" for a plural noun, hangs the finite verb
on the antecedent, or makes the cue a parataxis of the main verb, so the clause pass
(``reported.py``) finds no complement. The surface order is unambiguous, and is read instead:

    <relative word or antecedent noun> <subject> [adverb] <report verb> <finite verb> ...

A subject, then a report verb, then straight away a finite verb (or a modal) is only grammatical
with such a gap. What was said runs from that finite verb to the end of its clause; the speaker
is the cue's subject (rule ``statement.relative_gap``).
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.edges import Covered
from nlp.attribution.marks import WORD
from nlp.attribution.record import Quote
from nlp.attribution.speakers import speaker_or_written
from nlp.lexicon import lemma_positions

RULE = "statement.relative_gap"
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "what"})
SUBJECT_PRONOUNS = {"he": "sg", "she": "sg", "it": "sg", "they": "pl", "we": "pl", "i": "pl"}
# what may stand inside the subject's noun phrase, walking left from its head
NP_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "DT", "PRP$", "POS", "JJ", "CD", "HYPH"})
CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def relative_gap_statements(ctx: Context, cov: Covered) -> tuple[list[Quote], set[int]]:
    """The statements of every report verb in a subject-gap relative clause, not overlapping
    ``cov``, and the indices of their cue tokens (no other pass reads those cues)."""
    out, taken, doc = [], set(), ctx.doc
    if not ctx.on(RULE):
        return out, taken
    for i in lemma_positions(doc, ctx.cues.report_verbs):
        t = doc[i]
        if ctx.in_quote[i] or i + 2 >= len(doc) or ctx.not_speech(t):
            continue
        nxt = doc[i + 1]
        if nxt.tag_ not in FINITE or nxt.sent.start != t.sent.start:
            continue
        subj = _gap_subject(ctx, t)
        if subj is None:
            continue
        q = _statement(ctx, t, subj, cov)
        if q is not None:
            out.append(q)
            taken.add(t.i)
    return out, taken


def _number(tok: Token) -> str | None:
    if tok.lower_ in SUBJECT_PRONOUNS:
        return SUBJECT_PRONOUNS[tok.lower_]
    return {"NN": "sg", "NNP": "sg", "NNS": "pl", "NNPS": "pl"}.get(tok.tag_)


def _agrees(cue: Token, subj: Token) -> bool:
    """A cue the parser tagged as a verb is trusted; one it tagged as a noun ("the plaintiff
    claims") must be a verb form that agrees with the subject ("claims" after a singular,
    "allege" after a plural): "the privacy claims" never is."""
    if cue.pos_ == "VERB":
        return cue.tag_ in ("VBD", "VBZ", "VBP")
    if cue.pos_ != "NOUN":
        return False
    lemma, text, number = cue.lemma_.lower(), cue.lower_, _number(subj)
    if text in (lemma + "s", lemma + "es"):
        return number == "sg"
    return text == lemma and number == "pl"


def _gap_subject(ctx: Context, cue: Token) -> Token | None:
    """The head of the cue's subject when a relative word (or, before a pronoun, the antecedent
    noun of a contact clause: "each article they allege") opens the clause; else None."""
    doc = ctx.doc
    j = cue.i - 1
    if j > 0 and doc[j].pos_ == "ADV":  # "which the criticism additionally alleges"
        j -= 1
    head = doc[j]
    if ctx.in_quote[j] or not _agrees(cue, head):
        return None
    if head.lower_ in SUBJECT_PRONOUNS:
        k = j - 1
        opener_ok = k >= 0 and (_relative(doc, k) or doc[k].pos_ in ("NOUN", "PROPN"))
    elif head.pos_ in ("NOUN", "PROPN"):
        k = j - 1
        while k >= 0 and j - k <= 6 and doc[k].tag_ in NP_TAGS and not ctx.in_quote[k] \
                and doc[k].lower_ not in RELATIVE_WORDS:
            k -= 1
        opener_ok = k >= 0 and _relative(doc, k)
    else:
        return None
    return head if opener_ok else None


def _relative(doc, k: int) -> bool:
    """A relative word: "which", "who"; "what" as the object of a preposition or verb; "that" only when the parser took it for a
    relative pronoun and it follows its antecedent noun ("a watermark that the plaintiff claims
    ..."): as a conjunction it opens a reported clause ("agreed with X that the plaintiffs'
    state law claims are preempted" has a noun "claims")."""
    w = doc[k]
    if w.lower_ not in RELATIVE_WORDS:
        return False
    if w.lower_ == "what":  # "from what they claim is ...", never the pseudo-cleft "What
        return k > 0 and doc[k - 1].pos_ in ("ADP", "VERB")  # voters believe is a rigged system"
    return w.lower_ != "that" or w.tag_ == "WDT" and k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN")


def _statement(ctx: Context, cue: Token, subj: Token, cov: Covered) -> Quote | None:
    doc, sent = ctx.doc, cue.sent
    first = doc[cue.i + 1]
    verb = first.head if first.dep_ in ("aux", "auxpass") and first.head.i > first.i else first
    last = verb.right_edge if cue not in verb.subtree else None
    if last is None or last.i < first.i or last.i >= sent.end:
        last = first  # the parse did not hold the clause together: read to the clause's end
        while last.i + 1 < sent.end and doc[last.i + 1].text not in CLAUSE_STOPS \
                and not doc[last.i + 1].is_sent_end:
            last = doc[last.i + 1]
    span = doc[first.i: last.i + 1]
    if any(ctx.in_quote[x.i] for x in span) or len(WORD.findall(span.text)) < 2:
        return None
    bounds = cov.free(ctx.text, span)
    if bounds is None:
        return None
    start, end = bounds
    who = speaker_or_written(ctx, subj, start)
    if who is None:
        return None
    q = Quote(ctx.text[start:end], "indirect", start, end, speaker=who, rules=[RULE, *who.rules])
    q.set_cue(cue.text.lower(), cue.lemma_.lower())
    return q
