"""Reported speech: "X said (that) ...", "<statement>, the site Sprocket reported", and
"according to X, ...".

Passes over the document, each skipping what an earlier statement already covers: a cue verb
with a clausal complement (or a clause the parser missed, ``loose_clauses.py``), then the
attributions set off in a sentence or at its edge (``edges.py``: parenthetical, inverted,
"according to", "as X reported"), then a headline's. Each pattern is a named rule
(``statement.*``) recorded on the ``Quote`` for the trace, with the speaker's rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left


from spacy.tokens import Span, Token

from nlp.attribution.word_edges import inside_word
from nlp.attribution.beside_clauses import beside_end
from nlp.attribution.clause_conjuncts import ends_elsewhere, noun_of_adjective_pair, only_after_cue
from nlp.attribution.clause_ends import (CONTINUES, EARLIER_REPORT, OTHER_SPEAKER,
                                         THAT_CONJUNCT, before_other_speaker,
                                         continued_after_cue, that_conjunct,
                                         without_earlier_report)
from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.edges import (FINITE, Covered, according_statement, as_reported_statement,
                                   parenthetical_statement)
from nlp.attribution.headline_who import names_speaker
from nlp.attribution.inverted import inverted_statement
from nlp.attribution.loose_clauses import loose_clause
from nlp.attribution.marks import WORD
from nlp.attribution.misread_verbs import misread_verb
from nlp.attribution.next_act import AFTER_REFUSAL, RULE as NEXT_ACT, after_refusal, next_act_end
from nlp.attribution.notsaid import court_request, impersonal_passive
from nlp.attribution.demands import INFINITIVE as INFINITIVE_DEMAND, RULE as DEMAND, demand_clause, demand_cue, \
    demand_verb, demanded_infinitive
from nlp.attribution.claim_nouns import owned_claims
from nlp.attribution.object_complements import accused_of
from nlp.attribution.charge_objects import charge_objects
from nlp.attribution.charges import accused_of_charge
from nlp.attribution.spurious import in_question, no_one_said
from nlp.attribution.record import Quote, Speaker
from nlp.attribution.relatives import relative_gap_statements
from nlp.attribution.speakers import speaker_of, speaker_or_written, subject_of
from nlp.attribution.unread import (FINDING_VERBS, clause_with_unread_quote, how_as_that, opens_condition,
                                    relative_statement, HOW_RULE)
from nlp.lexicon import lemma_positions, orth_positions


class _Clause:
    """A clause found without the parser's help, shaped like a ccomp head for ``_bounds``."""

    def __init__(self, span: Span):
        self.left_edge, self.right_edge = span[0], span[-1]


# the words an according-to pass needs in a sentence: "according to X", a source "per X" (per_source.py)
SOURCE_WORD = re.compile(r"according|\bper\b", re.IGNORECASE)


def reported(ctx: Context, covered: list[tuple[int, int]]) -> list[Quote]:
    """Reported statements not overlapping ``covered`` (the quotes in marks), in pass order.
    The sentence passes only read the sentences that hold a cue verb (or "according"), found
    in the one walk over the tokens: most sentences of an article hold none."""
    cov = Covered(covered)
    # first, so the clause pass does not misread their cues ("it claims was made"); not
    # covered, so a statement holding one whole ("said it wants a song it claims was made")
    # is still found
    out, taken = relative_gap_statements(ctx, cov)
    report_verbs = ctx.cues.report_verbs
    cue_at = lemma_positions(ctx.doc, report_verbs)  # only a cue verb's token can start one
    demands = lemma_positions(ctx.doc, ctx.cues.mandative_verbs)  # "asks that ..." (demands.py)
    for t in (ctx.doc[i] for i in sorted(set(cue_at + demands))):
        if ctx.in_quote[t.i] or t.pos_ != "VERB" and misread_verb(ctx, t) is None \
                or t.lemma_.lower() not in report_verbs and not demand_cue(ctx, t) \
                or ctx.not_speech(t) or t.i in taken:  # (a cue read as a noun: misread_verbs.py)
            continue
        prt = ctx.cues.report_particles.get(t.lemma_.lower())
        if prt and not any(c.dep_ == "prt" and c.lower_ == prt for c in t.children):
            continue  # "pointed to evidence of how ...": only "pointed out that" reports
        q = _clause_statement(ctx, t, cov) or relative_statement(ctx, t, cov)
        if q is not None:
            out.append(q)
            cov.add(q.start, q.end)
    for q in out[:len(taken)]:
        cov.add(q.start, q.end)
    out += accused_of(ctx, cov)  # "X accused Y of copying ...": the gerund's phrase
    out += accused_of_charge(ctx, cov)  # "X accused Y of fraud": the noun's phrase
    out += owned_claims(ctx, cov)  # "rejected the company's argument that P": the company's P
    # each pass finds nothing in a sentence without its cue word (``parenthetical`` and
    # ``inverted`` a cue verb, ``according_to`` "according"): those sentences are not read
    with_cue = _holding(ctx.sents, cue_at)
    with_end_cue = _holding(ctx.sents, sorted(cue_at + lemma_positions(ctx.doc, ctx.cues.inverted_verbs))) \
        if ctx.cues.inverted_verbs and ctx.on("statement.inverted_continues") else with_cue
    with_according = [s for s in ctx.sents if SOURCE_WORD.search(ctx.text, s.start_char, s.end_char)]
    for pass_, sents in ((parenthetical_statement, with_cue), (inverted_statement, with_end_cue),
                         (according_statement, with_according),
                         (as_reported_statement, ctx.sents)):  # (all sentences: not narrowed yet)
        for sent in sents:
            q = pass_(ctx, sent, cov)
            if q is not None:
                out.append(q)
                cov.add(q.start, q.end)
    out += charge_objects(ctx, cov)  # "alleging copyright infringement": the noun's phrase
    q = _headline_statement(ctx, cov)
    if q is not None:
        out.append(q)
        cov.add(q.start, q.end)
    return out


def _holding(sents: list[Span], positions: list[int]) -> list[Span]:
    """The sentences (in order) holding a token of ``positions`` (token indices, in order)."""
    out, k = [], 0
    for s in sents:
        while k < len(positions) and positions[k] < s.start:
            k += 1
        if k < len(positions) and positions[k] < s.end:
            out.append(s)
    return out


def _headline_statement(ctx: Context, cov: Covered) -> Quote | None:
    """A headline's attribution, which the parser reads badly in Title Case: "Publishers Allege
    Orrin Copied Their Archive" (who, cue, what) or "Orrin copied archive, lawsuit claims"
    (what, who, cue). Only the text's first line, when it does not end like a sentence."""
    if not ctx.on("statement.headline"):
        return None
    line = ctx.text.split("\n", 1)[0]
    if not line.strip() or line.rstrip()[-1:] in ".!?\"”" or len(WORD.findall(line)) < 4:
        return None
    end_of_line = ctx.doc.char_span(0, len(line), alignment_mode="expand")
    if end_of_line is not None and any(ctx.in_quote[t.i] for t in end_of_line):
        return None  # a headline with a quote in marks is read as one
    first = ctx.cues.headline_cue_first.match(line) \
        if ctx.cues.headline_cue_first is not None and ctx.on("headline.cue_first") else None
    if first is not None and not names_speaker(ctx, first):
        first = None  # "X sues Y, alleges Z": the cue's object follows it (headline_who.py)
    m = ctx.cues.headline_trailing.match(line) or first or ctx.cues.headline_leading.match(line)
    if m is None:
        return None
    start, end = m.span("what")
    what = ctx.doc.char_span(start, end, alignment_mode="expand")
    if what is not None and what[0].pos_ == "ADP" and what[0].lower_ != "that" \
            and ctx.on("headline.cue_is_noun"):
        return None  # "Guild Files Charges Against X", "charge over use of AI": a noun, no claim
    who_span = ctx.doc.char_span(*m.span("who"), alignment_mode="expand")
    if end - start < 8 or who_span is None or cov.overlaps(start, end):
        return None
    # a name that can speak, else the phrase's last word (its head): in "New York lawsuit
    # claims" the place only modifies the lawsuit
    head = next((t for t in who_span if t.i in ctx.ent_of and ctx.ent_of[t.i].label_ in SPEAKER_LABELS),
                who_span[-1])
    who = speaker_of(ctx, head, start)
    if who is None:
        who = Speaker(None, None, who_span.text, rules=("speaker.as_written",))
    q = Quote(ctx.text[start:end], "indirect", start, end, speaker=who,
              rules=["statement.headline", *(["headline.cue_first"] if m is first else []), *who.rules])
    q.set_cue(m.group("cue").lower(), m.group("cue").lower().rstrip("s"))
    return q


def _clause_statement(ctx: Context, t: Token, cov: Covered) -> Quote | None:
    """"X said (that) <clause>": the clause the cue verb ``t`` takes, and its subject's speaker."""
    comps = [c for c in t.children if c.dep_ == "ccomp"]
    pattern = "statement.reported_clause"
    if not comps and (inf := demanded_infinitive(ctx, t)) is not None:
        comps, pattern = [inf], INFINITIVE_DEMAND  # "urged X to stop ..." (demands.py)
    if not comps or not ctx.on(pattern) and pattern != INFINITIVE_DEMAND:
        loose = loose_clause(ctx, t)
        if loose is None:
            return None
        comps, pattern = [_Clause(loose[0])], loose[1]
    cues = ctx.cues
    if len(comps) > 1 and pattern == "statement.reported_clause":
        kept = without_earlier_report(ctx, t, comps)
        if len(kept) < len(comps):  # "About half said P; 46 percent said Q"
            comps, pattern = kept, EARLIER_REPORT
        comps, pattern = only_after_cue(ctx, t, comps, pattern)  # "X erred - “why?” - members said P"
        comps, second = _without_second_speaker(ctx, comps)
        if second:
            pattern = "statement.second_speaker"  # (its subject's rules follow below)
    past_refusal = after_refusal(ctx, t)  # "declined to comment but said P" (next_act.py)
    if any(c.dep_ == "neg" for c in t.children) or t.head.lemma_.lower() in cues.refusal_verbs \
            and not past_refusal:
        return None  # "did not say whether", "declined to say": nothing was stated
    if ctx.on("statement.infinitive_request") and court_request(ctx, t.head, t):
        return None  # "asked the court to find that ...": a request, nothing was found yet
    demand = demand_verb(ctx, t)
    if demand and not demand_clause(ctx, t, comps):
        return None  # "asked the court that ...", or the rule is off: no statement
    if any(c.dep_ == "auxpass" for c in t.children) or impersonal_passive(ctx, t):
        return None  # "after being told it was false", "it’s alleged that": nobody is named
    first = ctx.doc[min(c.left_edge.i for c in comps)]
    condition = None  # the rule that reads a question word's clause as stated ("said if ...")
    if first.lower_ in cues.question_words:
        condition = "statement.condition_not_question" if opens_condition(ctx, first, comps) \
            else HOW_RULE if how_as_that(ctx, t, first) else None  # "noted how ..."
    if first.lower_ in cues.question_words and not condition:
        return None  # an indirect question, not a statement ("said that if ..." is one)
    if first.lower_ in cues.reflexive_pronouns and ctx.on("statement.reflexive_not_said"):
        return None  # "users find themselves unable to ...": a small clause, nothing said
    if first.lower_ == "that" and ctx.on("statement.so_that_result") and any(
            x.lower_ in ("so", "such") for x in ctx.doc[t.i + 1: first.i]):
        return None  # "found so much value in X that it used them": a result, nothing said
    bounds = _bounds(ctx, t, comps)
    if bounds is None:
        return None
    left, right, cut_by = bounds
    span, cut = _before_colon_quote(ctx, ctx.doc[left.i: right.i + 1])
    cut = cut_by + cut
    quoted = any(ctx.in_quote[span.start:span.end])  # the flags of its tokens, no Token made
    named: list[str] = []  # statement.fragment_named_inside, when it let the clause be read
    words = ctx.text[span.start_char:span.end_char] if len(span) else ""  # Span.text, no Tokens
    if len(WORD.findall(words)) < 3 or quoted and not clause_with_unread_quote(ctx, t, span, named):
        return None
    bounds = cov.free(ctx.text, span)
    if bounds is None:
        return None
    start, end = bounds
    if inside_word(ctx, start):
        return None  # "announced plans to co-develop ...": a split word, no clause (word_edges.py)
    subj = noun_of_adjective_pair(ctx, subject_of(ctx, t))  # "Current and former aides said"
    if subj is None or subj[0].i >= left.i and subj[0].i <= right.i and CONTINUES not in cut:
        return None
    if no_one_said(ctx, subj[0]) or in_question(ctx, t):
        return None  # "no one has noted that P", "Can X hold Y to P?": nothing was stated
    who = speaker_or_written(ctx, subj[0], start)
    if who is None:
        return None  # "it said ..." with nothing for "it" to stand for
    q = Quote(ctx.text[start:end], "mixed" if quoted else "indirect", start, end, speaker=who,
              rules=[pattern, *([DEMAND] if demand else []), *cut,
                     *([AFTER_REFUSAL] if past_refusal else []),
                     *(["statement.clause_quotes_unread"] if quoted else []),
                     *(["statement.ruling_on_titled_work"]
                       if quoted and t.lemma_.lower() in FINDING_VERBS else []),
                     *([condition] if condition else []), *named])
    q.set_cue(t.text.lower(), t.lemma_.lower())
    q.rules += [subj[1], *who.rules]
    return q


def _without_second_speaker(ctx: Context, comps: list[Token]) -> tuple[list[Token], bool]:
    """"Six in 10 said P, and three-quarters said Q" parsed with "said Q" as a second clause of
    the first cue: a later complement that is a verb of speaking with a subject of its own is
    another speaker's statement (found from its own cue), not part of the first one's."""
    if not ctx.on("statement.second_speaker"):
        return comps, False
    comps = sorted(comps, key=lambda c: c.i)
    kept = [comps[0]] + [c for c in comps[1:] if not (
        c.lemma_.lower() in ctx.cues.report_verbs
        and any(x.dep_ == "nsubj" for x in c.children))]
    return kept, len(kept) < len(comps)


def _before_colon_quote(ctx: Context, span: Span) -> tuple[Span, list[str]]:
    """'he said he was too busy: "I have a lot going on"': the clause up to the colon, when all
    after it is the quote (a statement of its own). Returns the span and the rule if it cut."""
    colons = orth_positions(ctx.doc, ":")  # no Token of every word of the clause to find one
    colon = next((ctx.doc[i] for i in colons[bisect_left(colons, span.start):bisect_left(colons, span.end)]
                  if not ctx.in_quote[i]), None)
    if colon is None or colon.i == span.start or not ctx.on("statement.clause_before_colon_quote"):
        return span, []
    if all(ctx.in_quote[x.i] or x.is_punct or x.is_space for x in ctx.doc[colon.i + 1: span.end]):
        return ctx.doc[span.start: colon.i], ["statement.clause_before_colon_quote"]
    return span, []


def _bounds(ctx: Context, t: Token, comps: list) -> tuple[Token, Token, list[str]] | None:
    """The first and last token of what was said: the whole stretch of the complements ("co-
    operate" comes out as three ccomp tokens), up to the cue when the clause precedes it, after
    "that", before a ", saying ..." that starts a statement of its own, and before a second
    act of speech the parser hung on the clause ("said P and urged Q", "P, and a third said Q")."""
    doc = ctx.doc
    left = min(c.left_edge for c in comps)
    right = max(c.right_edge for c in comps)
    rules = []
    if left.i < t.i:  # the clause precedes the cue ("..., Ellison said"): up to the cue
        right = min(right, doc[t.i - 1])
        after = continued_after_cue(ctx, t, right)  # "P, she says, because Q": the sentence
        if after is not None:
            right, rules = after, [CONTINUES]
    if left.lower_ == "that" and left.dep_ == "mark":
        left = doc[left.i + 1]
    commas = orth_positions(doc, ",")  # the clause's commas, without a Token of every word
    for i in commas[bisect_left(commas, left.i):bisect_left(commas, right.i + 1)]:
        if i + 1 <= right.i and doc[i + 1].tag_ == "VBG":
            if _own_act(ctx, t, doc[i + 1]):
                right = doc[i - 1]
            else:
                rules.append("statement.participle_in_clause")
            break
    if ctx.on("statement.according_to_outside"):
        src = next((x for x in (doc[i] for i in commas[bisect_left(commas, left.i + 1):bisect_left(commas, right.i)])
                    if x.nbor(1).lower_ == "according" and x.i + 2 < len(doc) and x.nbor(2).lower_ == "to"), None)
        if src is not None:  # "X said P, according to the Ledger": the outlet's words are not P
            right, rules = doc[src.i - 1], [*rules, "statement.according_to_outside"]
    other = before_other_speaker(ctx, t, comps, left, right)
    if other is not None:  # "P, while a third said Q", "P, although she admits Q"
        right, rules = other[0], [*rules, other[1]]
    beside = beside_end(ctx, t, left, right)  # "P, as has X", "P, while 4 in 10 want Q"
    if beside is not None:
        right, rules = beside[0], [*rules, beside[1]]
    if ctx.on("statement.second_speech_act"):
        cut, why = _before_second_act(ctx, t, comps, left, right)
        if cut.i < right.i:
            right, rules = cut, [*rules, why]
    deeper = next_act_end(ctx, t, left, right)  # "said P when it sold Q and said R"
    if deeper is not None:
        right, rules = deeper, [*rules, NEXT_ACT]
    more = that_conjunct(ctx, t, left, right)
    if more is not None:  # "said P, but that Q": Q is said too
        right, rules = more, [*rules, THAT_CONJUNCT]
    right, rules = ends_elsewhere(ctx, t, left, right, rules)  # "said P, but he does not want Q"
    while right.i > left.i and (right.pos_ == "CCONJ" or right.is_punct):
        right = doc[right.i - 1]  # "... on the books but | declined to say": not the "but"
    return None if right.i < left.i else (left, right, rules)


def _own_act(ctx: Context, cue: Token, x: Token) -> bool:
    """", saying ...", ", citing ...": a participle after a comma that is the speaker's own act
    (a verb of speaking, or one the parser hangs on the cue) ends what was said. Any other
    (", showing that ...", ", inviting nominations") describes the reported event and stays in
    it: real reporting goes on that way far more often than it adds a second act."""
    if not ctx.on("statement.participle_in_clause"):
        return True
    lemma = x.lemma_.lower()
    return lemma in ctx.cues.speech_verbs or lemma in ctx.cues.source_participles \
        or x.head.i == cue.i or ctx.is_cue(x)  # ", adding ...": a cue of its own


def _before_second_act(ctx: Context, cue: Token, comps: list, left: Token,
                       right: Token) -> tuple[Token, str]:
    """The clause's end before a coordinated verb of speaking or refusing that the parser hung
    on the reported clause instead of the cue: "said P and urged Q", "acknowledged P but
    declined to ...", "P, and one in four said Q". The second act is the speaker's (or another
    subject's), not part of what was said; in the cue's tense, so "says he spoke to X and asked
    him to ..." (past under a present cue) stays what was said."""
    doc, cues = ctx.doc, ctx.cues
    why = "statement.second_speech_act"
    for head in comps:
        if not isinstance(head, Token):
            continue
        for x in head.children:
            if x.dep_ != "conj" or x.pos_ != "VERB" or not left.i < x.i <= right.i:
                continue
            if x.lemma_.lower() in cues.speech_verbs | cues.refusal_verbs and x.tag_ == cue.tag_:
                pass
            elif _cue_level(ctx, cue, head, x):
                why = "statement.cue_level_conjunct"
            else:
                continue
            cut = x.left_edge.i
            while cut > left.i and (doc[cut - 1].pos_ == "CCONJ" or doc[cut - 1].is_punct):
                cut -= 1
            if cut - 1 > left.i:
                right = min(right, doc[cut - 1], key=lambda t: t.i)
    return right, why


def _finite_form(v: Token) -> str | None:
    """The tense tag a verb shows: its own, or its first auxiliary's ('could show' -> MD)."""
    if v.tag_ in FINITE:
        return v.tag_
    return next((c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE), None)


def _cue_level(ctx: Context, cue: Token, head: Token, x: Token) -> bool:
    """'They allege that Orrin used P and are demanding Q', 'said the outlets could not show
    harm but allowed them to refile': a verb the parser coordinated with the reported clause's
    verb, with no subject of its own, in the cue's tense but not the clause verb's, is the
    speaker's next act (coordination joins like forms), not more of what was said
    (``statement.cue_level_conjunct``)."""
    if not ctx.on("statement.cue_level_conjunct") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in x.children):
        return False
    if x.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in x.children) \
            and any(c.dep_ == "aux" and c.tag_ != "MD" for c in head.children):
        return False  # 'it has identified and disrupted ...': one auxiliary for both verbs
        # (a modal is never shared with a past form: 'could not show ... but allowed')
    form = _finite_form(x)
    return form is not None and form == _finite_form(cue) and form != _finite_form(head)
