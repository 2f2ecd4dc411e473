"""The speaker's next act of speech, hung deep inside the reported clause (issue 12, session 16:
spans on real coverage that ran into a second statement of the same speaker).

- ``statement.speaker_next_act``: "Judge Ada Vell said the mill may have broken the rules when
  it sold the land and said it will face a hearing in May": the parser hung the second "said"
  on "sold", a verb inside the reported clause, so the first statement swallowed the second
  and the second had no statement of its own (or would have climbed to "it", the mill: a
  statement in the wrong mouth). ``reported._before_second_act`` only reads the clause head's
  own conjuncts; this reads every cue verb inside the clause. A verb of speaking with no
  subject of its own, after a joiner ("and", "but", ", and further", "— while"), is the
  speaker's next act when the form shows it:
  * the cue's own word in the cue's own form ("said ... and said ..."), or
  * the cue's form ("added ... and indicated"; for a participle cue, "ruled X, noting P, and
    further said Q", also the form of the verb it hangs on) but not the form of the verb it
    was coordinated with ("believes ... operate and indicated"): coordination joins like forms;
  * a second complement of the cue that is itself a verb of speaking ("saying he was a fan
    and noting that ...", parsed as two clauses of "saying").
  The clause ends before the joiner; the second verb's statement takes the first's speaker
  (``next_act_cue``, read by ``subjects.subject_of``), never the reported clause's subject.

- ``statement.said_after_refusal``: "The guild declined to comment but said the review was
  continuing": a cue coordinated with a refusal is an act of its own, not the refusal's
  object ("declined to say whether" still states nothing).

Reads only the cue verbs inside the clause (positions found once per document), no walk over
the clause's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

RULE = "statement.speaker_next_act"
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# words that may stand between the joiner and the second verb: "and further said", "and also noted"
BETWEEN = frozenset({"RB", "RBR"})
JOINERS = frozenset({"and", "but", ",", "—", "–", "while"})


def _form(v: Token) -> str:
    """The form a verb shows: its first auxiliary's ('does not reflect' -> VBZ), else its own."""
    aux = next((c for c in v.children if c.dep_ in ("aux", "auxpass")), None)
    return aux.tag_ if aux is not None else v.tag_


def next_act_cue(ctx: Context, verb: Token) -> Token | None:
    """The cue whose speaker also speaks ``verb``, when ``verb`` was found as its next act."""
    return ctx.next_acts.get(verb.i)


def _joined(ctx: Context, x: Token, left: Token) -> Token | None:
    """The first word of the joiner before ``x`` ("and", ", and", "— while"), or None."""
    doc = ctx.doc
    j = x.i - 1
    while j > left.i and doc[j].tag_ in BETWEEN and doc[j].head.i == x.i:
        j -= 1  # "and further said"
    if j <= left.i or doc[j].lower_ not in JOINERS:
        return None
    while j - 1 > left.i and doc[j - 1].lower_ in JOINERS:
        j -= 1  # ", and", "— while"
    return doc[j]


def _cue_forms(cue: Token) -> set[str]:
    forms = {_form(cue)}
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj") and cue.head.pos_ in ("VERB", "AUX"):
        forms.add(_form(cue.head))  # "ruled X, noting P, and further said Q"
    return forms


def _speakers_act(cue: Token, x: Token) -> bool:
    """Whether the form of ``x`` shows it is the cue's speaker's act, not the clause's."""
    if x.dep_ == "ccomp":
        return x.head.i == cue.i  # a second clause of the cue itself
    form = _form(x)
    if form not in _cue_forms(cue):
        return False
    if x.dep_ == "advcl":  # "acknowledging P while insisting Q": two participles of one speaker
        return x.tag_ == "VBG" and cue.tag_ == "VBG"
    if x.dep_ != "conj":
        return False
    return x.lemma_.lower() == cue.lemma_.lower() or _form(x.head) != form


def next_act_end(ctx: Context, cue: Token, left: Token, right: Token) -> Token | None:
    """The clause's last word before the speaker's next act inside it, or None (``RULE``).
    The second verb is recorded for ``next_act_cue``."""
    if not ctx.on(RULE) or left.i < cue.i:
        return None
    for x in ctx.lemma_tokens(ctx.cues.report_verbs, left.i + 1, right.i + 1):
        if x.pos_ != "VERB" or ctx.in_quote[x.i] or x.i == cue.i or ctx.not_speech(x) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in x.children) \
                or not _speakers_act(cue, x):
            continue
        joiner = _joined(ctx, x, left)
        if joiner is None or joiner.i - 1 <= left.i:
            continue
        ctx.next_acts[x.i] = cue
        return ctx.doc[joiner.i - 1]
    return None


AFTER_REFUSAL = "statement.said_after_refusal"


def after_refusal(ctx: Context, cue: Token) -> bool:
    """Whether ``cue`` is coordinated with a refusal rather than governed by it. "Declined to say
    whether", "refused to say" report nothing; but in "The guild declined to comment but said
    the review was continuing" the cue is the speaker's next act, and states the review
    (``AFTER_REFUSAL``; the refusal itself is a no-comment of its own)."""
    return cue.dep_ == "conj" and cue.head.i < cue.i and ctx.on(AFTER_REFUSAL) \
        and cue.head.lemma_.lower() in ctx.cues.refusal_verbs
