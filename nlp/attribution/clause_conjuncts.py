"""Where a reported clause goes on past the parser's clause: three rules read by
``reported.py`` (``_bounds``) and ``loose_clauses.py`` (``loose_clause``), issue 12 session 10.

- ``statement.present_conjunct_said``: "Ada Vell said she will back the plan, but she does not
  want to lead it": the parser often hangs the second clause on the cue ("said ... but
  does"), which would make it the speaker's next act. A past-tense cue cannot be continued by
  a present-tense act of the same narration, so a present-tense clause (own pronoun subject)
  coordinated with a past cue is still in the reported world: what was said goes on to its
  end.
- ``statement.bare_verb_conjunct``: "workers said money is needed to fix the docks, train
  crews and hire guards": a bare verb ("train") with no subject and no auxiliary cannot be
  coordinated with a finite cue; the parser hung a member of the clause's own list on the
  cue. The clause goes on to the list's end.
- ``statement.that_after_phrase``: "Ada Vell said in one of a series of posts on her blog that
  the mill would close": the clause after "that" when a long prepositional phrase (no verb, no
  punctuation) stands between the cue and "that", beyond the window ``loose_clause`` reads.

- ``statement.clause_right_after_cue``: "Ada Vell made one slip - “why now?” - but most members
  said they were unmoved": the parser gave the cue a second complement before it (the aside,
  or the sentence's first clause), and a clause before the cue would be read as what was
  said. A full clause (own subject, tensed verb) that opens right after the cue is what the
  cue reports; the earlier one is not.

- ``statement.aside_ends_at_dash``: "Nora Pell was careful - an aide said she kept notes on
  every guest - and her work was no less careful": an attribution that opens an aside after a
  dash reports up to the dash that closes the aside.

- ``subject.adjective_pair``: "Current and former aides who spoke to the Gazette said P": the
  parser made the first adjective the subject and hung the noun on it as a conjunct; the noun
  ("former aides") is who speaks, and without it the statement had no speaker and was lost.

All look only at the cue's own children and the words right after it: no walk over the doc.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.conjunct_agreement import DISAGREES, NO_JOINER, conjunct_last_word, disagreeing_end, unjoined_end
from nlp.attribution.context import Context

PRESENT_CONJUNCT = "statement.present_conjunct_said"
BARE_CONJUNCT = "statement.bare_verb_conjunct"
THAT_AFTER_PHRASE = "statement.that_after_phrase"
AFTER_CUE_CLAUSE = "statement.clause_right_after_cue"
ASIDE_DASH = "statement.aside_ends_at_dash"
DASHES = frozenset({"-", "--", "—", "–"})

PRESENT = frozenset({"VBZ", "VBP"})
# the pronouns a clause of the reported world opens with ("it" is left out: "but it is not
# clear when" is the writer's own remark as often as the speaker's)
PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})
# what may stand between the clause's end and the conjunct: ", but", "and then", ", and, in fact,"
JOINERS = frozenset({"CCONJ", "PUNCT", "ADV"})
# the words of a prepositional phrase between a cue and its "that"
PHRASE = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ"})
MAX_PHRASE = 16


def _aux_form(v: Token) -> str | None:
    """The tense a verb shows: its first auxiliary's ('does not want' -> VBZ), else its own."""
    aux = next((c for c in v.children if c.dep_ in ("aux", "auxpass")), None)
    return aux.tag_ if aux is not None else v.tag_


def conjunct_end(ctx: Context, cue: Token, left: Token, right: Token) -> tuple[Token, str] | None:
    """The last word of a clause the parser coordinated with the cue that is still what was
    said (``PRESENT_CONJUNCT`` or ``BARE_CONJUNCT``), and the rule, or None. Only after a
    clause that follows its cue, with nothing but a joiner (", but", "and then") before the
    conjunct, and no quote or cue in the words it adds (those are statements of their own)."""
    if left.i < cue.i or cue.tag_ != "VBD":
        return None
    doc = ctx.doc
    for x in cue.children:
        if x.dep_ != "conj" or x.i <= right.i or x.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None:
            rule = PRESENT_CONJUNCT if subj.lower_ in PERSONAL and subj.dep_ != "expl" \
                and _aux_form(x) in PRESENT else None
        else:
            rule = BARE_CONJUNCT if x.tag_ == "VB" and not any(
                c.dep_ in ("aux", "auxpass") for c in x.children) else None
        if rule is None or not ctx.on(rule):
            return None  # the first conjunct decides: "said P and left; he is ..." stays out
        first = min(x.left_edge.i, subj.left_edge.i if subj is not None else x.i)
        gap = doc[right.i + 1: first]
        if any(t.pos_ not in JOINERS or t.text in (";", ":") for t in gap):
            return None
        end = conjunct_last_word(ctx, right, x)  # ("... anymore.\n\n": the paragraph's end is not said)
        return (end, rule) if end is not None else None
    return None


def that_after_phrase(ctx: Context, cue: Token, window: int, sent_end: int) -> int | None:
    """The index of the first word after a complementizer "that" which stands more than
    ``window`` words after the cue, past a prepositional phrase ("said in one of a series of
    posts that ..."), or None: every word between is part of the phrase (no verb, no
    punctuation, no quote), the phrase opens with a preposition, and "that" is tagged a
    complementizer and governs a verb after it."""
    if not ctx.on(THAT_AFTER_PHRASE):
        return None
    doc = ctx.doc
    if cue.i + 1 >= sent_end or doc[cue.i + 1].pos_ != "ADP":
        return None
    for x in doc[cue.i + 1: min(cue.i + 1 + MAX_PHRASE, sent_end)]:
        if x.lower_ == "that":
            if x.i - cue.i <= window or x.tag_ != "IN" or x.head.i <= x.i:
                return None
            return x.i + 1
        if ctx.in_quote[x.i] or x.pos_ not in PHRASE and x.tag_ != "PRP$":  # ("on her blog")
            return None
    return None


def clause_right_after_cue(ctx: Context, cue: Token, comps: list[Token]) -> list[Token]:
    """Only the complements after the cue, when one of them is a full clause opening right
    after it ("said they were unmoved", "said that the mill ..."): a verb of saying reports
    one clause, and the one that follows it at once is that clause; a complement the parser
    also hung on the cue from before it is another sentence part (``AFTER_CUE_CLAUSE``)."""
    if not ctx.on(AFTER_CUE_CLAUSE) or not any(c.i < cue.i for c in comps) or any(
            c.i < cue.i and c.lemma_.lower() in ctx.cues.report_verbs
            and any(x.dep_ == "nsubj" for x in c.children) for c in comps):
        return comps  # (an earlier report of its own is ``statement.earlier_report_apart``'s)
    doc = ctx.doc
    after = [c for c in comps if c.i > cue.i]
    full = [c for c in after if c.left_edge.i == cue.i + 1 and not ctx.in_quote[c.i]
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and _aux_form(c) in ("VBD", "VBZ", "VBP", "MD")]
    if not full or doc[cue.i + 1].is_punct or cue.i > 0 and (doc[cue.i - 1].text == ","
                                                          or doc[cue.i - 1].is_quote):
        return comps  # "P, said a former aide, who ...": inverted, what follows is who spoke
    return after


def _is_dash(t: Token) -> bool:
    """A dash that sets off an aside: a long dash, or a hyphen with a space on each side (never
    the hyphen inside "start-up")."""
    return t.text in DASHES and (t.text != "-" or t.i > 0 and bool(t.doc[t.i - 1].whitespace_)
                                 and bool(t.whitespace_))


def aside_end(ctx: Context, cue: Token, left: Token, right: Token) -> Token | None:
    """The clause's last word before the dash that closes an aside the attribution opened
    after a dash ("P - an aide said Q - and R"), or None (``ASIDE_DASH``)."""
    if not ctx.on(ASIDE_DASH) or left.i < cue.i:
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    doc = ctx.doc
    if subj is None or subj.i > cue.i or subj.left_edge.i < 1 \
            or not _is_dash(doc[subj.left_edge.i - 1]):
        return None
    dash = next((t for t in doc[left.i + 1: right.i + 1] if _is_dash(t)), None)
    if dash is None or dash.i - 1 <= left.i:
        return None
    return doc[dash.i - 1]


def ends_elsewhere(ctx: Context, cue: Token, left: Token, right: Token,
                   rules: list[str]) -> tuple[Token, list[str]]:
    """The clause's end after the two rules of this module that move it (a conjunct still
    said, then an aside's closing dash), with their names added to ``rules``."""
    went_on = conjunct_end(ctx, cue, left, right)
    if went_on is None:  # "They allege P, ignores Q and fails R": a list member of P's
        more = disagreeing_end(ctx, cue, left, right)
        went_on = None if more is None else (more, DISAGREES)
    if went_on is None:  # "argued it didn't know users were copying": no joiner, no coordination
        more = unjoined_end(ctx, cue, left, right)
        went_on = None if more is None else (more, NO_JOINER)
    if went_on is not None:
        right, rules = went_on[0], [*rules, went_on[1]]
    closed = aside_end(ctx, cue, left, right)
    if closed is not None:
        right, rules = closed, [*rules, ASIDE_DASH]
    return right, rules


def only_after_cue(ctx: Context, cue: Token, comps: list[Token], pattern: str) -> tuple[list[Token], str]:
    """``clause_right_after_cue`` with the pattern it names when it drops a complement."""
    kept = clause_right_after_cue(ctx, cue, comps)
    return (kept, AFTER_CUE_CLAUSE) if len(kept) < len(comps) else (comps, pattern)


ADJECTIVE_PAIR = "subject.adjective_pair"


def noun_of_adjective_pair(ctx: Context, subj: tuple[Token, str] | None) -> tuple[Token, str] | None:
    """The noun of "Current and former aides" when the parser made the adjective the cue's
    subject and the noun its conjunct (``ADJECTIVE_PAIR``); else ``subj`` unchanged."""
    if subj is None or subj[0].pos_ != "ADJ" or not ctx.on(ADJECTIVE_PAIR):
        return subj
    noun = next((c for c in subj[0].children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
    return subj if noun is None else (noun, ADJECTIVE_PAIR)
