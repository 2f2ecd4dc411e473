"""Statements in quote marks: direct quotes, and mixed quotes (a quoted fragment inside
reported speech).

Which pattern a quoted stretch is, and how a direct quote finds its speaker, are named rules
(``statement.*`` and ``attribution.*``), recorded on the ``Quote`` for the trace. A direct
quote's speaker is tried, in order: the subject of a cue in the quote's sentences, "according
to X", a cue in a short sentence right after the quote, the subject of the sentence before,
and the speaker of the quote before when no other person was named in between.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.fragment_root import RULE as FRAGMENT_ROOT, fragment_root
from nlp.attribution.beside import verb_beside_quote
from nlp.attribution.coref import outer_cue
from nlp.attribution.credit_lines import credit_line
from nlp.attribution.intro import colon_intro, following_intro
from nlp.attribution.speech_noun_owner import speech_noun_owner
from nlp.attribution.passive_cues import RULE as PASSIVE_RULE, passed_over, passive_unspoken
from nlp.attribution.per_source import per_source
from nlp.attribution.hearer_passives import REPORTED_RULE as HEARER_REPORTED, hearer_clause
from nlp.attribution.marks import PAIRS, WORD, Segment, is_cited_title, is_title
from nlp.attribution.quote_nouns import quote_as_noun, work_credit
from nlp.attribution.mixed_spans import mixed_end
from nlp.attribution.mixed_inside import RULE as FRAGMENT_IN_CLAUSE, inside_reported_clause
from nlp.attribution.naming import named_as
from nlp.attribution.one_word import RULE as ONE_WORD, one_word_remark
from nlp.attribution.charge_quotes import charged_in_marks
from nlp.attribution.notsaid import heard_only, in_other_clause, no_clause, not_stated, relative_elsewhere
from nlp.attribution.spurious import asks_question, indefinite_source, next_sentence_speaks
from nlp.attribution.record import Quote
from nlp.attribution.label_lines import label_line
from nlp.attribution.relayed_mixed import relaying_cue
from nlp.attribution.signature import dash_signature
from nlp.attribution.cue_quotes import RULE as CUE_THEN_QUOTE, cue_then_quote
from nlp.attribution.speakers import as_written, speaker_of, speaker_of_subject, subject_of
from nlp.attribution.unread import quote_ends_clause
from nlp.attribution.silent_before import RULE as RULE_SILENT, silent
from nlp.lexicon import orth_positions

# An attribution between two parts of one quote ("..., said Jane Doe, the union's head of
# policy at its office in the capital. “...") is rarely longer than this.
MAX_ATTRIBUTION_WORDS = 35


def quoted(ctx: Context, seg: Segment, prev: Quote | None) -> Quote | None:
    """The statement a quoted stretch is, or None (a title, or a fragment with no cue)."""
    text = ctx.text
    content = text[seg.start:seg.end]
    n_words = len(WORD.findall(content))
    if n_words == 1 and one_word_remark(ctx, seg):  # '“Shameless,” the author wrote' (one_word.py)
        q = direct(ctx, seg, prev, ONE_WORD)
        return q if len(q.rules) > 1 else None  # no attribution read: not worth a bare word
    if is_title(content, ctx.cues.title_small_words) and ctx.on("marks.title_skipped"):
        return None  # “Paper Lanterns”, "The Glass Orchard": a title or a name, not speech
    if ctx.on("marks.cited_title") and is_cited_title(text, seg.open, seg.close, ctx.cues.work_nouns):
        return None  # '“Gallery to close,” by Ada Vell', 'her memoir, “Tough Choices.”'
    if work_credit(ctx, seg):
        return None  # 'including “Über den Wolken” by Reinhard Mey': a work and its author
    if ctx.on("statement.heard_not_said") and heard_only(ctx, seg):
        return None  # 'they were told their voices would “not be disclosed”': said by whom?
    line_start = text.rfind("\n", 0, seg.open) + 1
    before = text[max(line_start, seg.open - 80):seg.open]  # what leads into the quote
    standalone = (not before.strip()) or bool(ctx.cues.lead_in.search(before)) \
        or before.rstrip()[-1:] in (".", "?", "!")
    complete = content[:1].isupper() and n_words >= 3
    if n_words < 12 and ctx.on("statement.mixed_embedded") and embedded(ctx, seg):
        # 'told the Standard it was “entirely possible” that ...': a fragment inside reported
        # speech, however the words before it look
        q = mixed(ctx, seg, "statement.mixed_embedded")
        if q is not None:
            return q
    if standalone and before.rstrip().endswith(",") and ctx.on("statement.predicate_in_marks") \
            and _predicate_of_subject_before(ctx, seg):
        q = mixed(ctx, seg, "statement.predicate_in_marks")
        if q is not None:
            return q
    if standalone and before.rstrip().endswith(",") and quote_ends_clause(ctx, seg):
        q = mixed(ctx, seg, "statement.quote_ends_clause")  # 'said that if ..., “...”' (unread.py)
        if q is not None:
            return q
    if (standalone or (n_words >= 6 and complete)) and inside_reported_clause(ctx, seg):
        q = mixed(ctx, seg, FRAGMENT_IN_CLAUSE)  # 'said 13 authors — “...” — allege' (mixed_inside.py)
        if q is not None:
            return q
    if standalone and n_words >= 2 and ctx.on("statement.direct_standalone"):
        q = direct(ctx, seg, prev, "statement.direct_standalone")
        return q if q is not None else _named_or_charged(ctx, seg)  # 'hailed it as “a ...”'
    if n_words >= 6 and complete and ctx.on("statement.direct_sentence") \
            and not quote_as_noun(ctx, seg):  # 'prompts like "Darth Vader walking ..."'
        return direct(ctx, seg, prev, "statement.direct_sentence")
    q = mixed(ctx, seg, "statement.mixed") if ctx.on("statement.mixed") else None
    if q is None and cue_then_quote(ctx, seg):  # 'alleges “a pattern of ... .”' (cue_quotes.py)
        return direct(ctx, seg, prev, CUE_THEN_QUOTE)
    return q if q is not None else _named_or_charged(ctx, seg)  # 'hailed X as “Y”'



def _named_or_charged(ctx: Context, seg: Segment) -> Quote | None:
    """The last readings of a fragment: a name a verb gives its object (naming.py), a charge
    after "accused X of" (charge_quotes.py)."""
    return named_as(ctx, seg) or charged_in_marks(ctx, seg)


def _predicate_of_subject_before(ctx: Context, seg: Segment) -> bool:
    """'X says this theory, which ..., “simply doesn't track the law.”': a quote after a comma
    that opens in lower case on a verb whose subject stands before the marks finishes a clause
    begun outside them, so the statement is that whole clause (mixed), not the quoted tail."""
    if not ctx.text[seg.start:seg.start + 1].islower():
        return False
    span = ctx.doc.char_span(seg.start, seg.end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.idx < seg.open
                                          for c in t.children) for t in span)


def embedded(ctx: Context, seg: Segment) -> bool:
    """The quote opens in the middle of a clause: the word before its mark is a verb that
    is not a cue, an auxiliary, a determiner, an adjective or an adverb ("it was “...”")."""
    before = ctx.doc.char_span(seg.open, seg.open + 1, alignment_mode="expand")
    if before is None or before.start == 0:
        return False
    prev = ctx.doc[before.start - 1]
    if prev.is_punct or prev.text in PAIRS or "\n" in ctx.text[prev.idx:seg.open]:
        return False
    if prev.pos_ == "VERB":
        return not ctx.is_cue(prev)
    return prev.pos_ in ("AUX", "DET", "ADJ", "ADV")


def direct(ctx: Context, seg: Segment, prev: Quote | None, pattern: str) -> Quote:
    """A direct quote and its speaker, by the first attribution rule that finds one."""
    q = Quote(ctx.text[seg.start:seg.end], "direct", seg.start, seg.end, rules=[pattern])
    sents = ctx.sentences_of(seg.open, seg.close)
    cues = [t for s in sents for t in s if ctx.is_cue(t)]
    if not cues:
        cues = _noun_cue(ctx, sents, seg)
        q.rules += ["attribution.noun_cue"] if cues else []
    if not cues:  # "“...,” beams X", "X elaborated, “...”" (beside.py)
        cues = verb_beside_quote(ctx, seg, sents)
        q.rules += ["attribution.verb_beside_quote"] if cues else []
    acc = according_to(ctx, sents)
    written, party = None, False  # the cue's subject as written, when no rule knows who it is
    if colon_intro(ctx, seg, q):  # "X stressed the harm ...: “...”" (intro.py)
        return q
    if label_line(ctx, seg, q):  # 'Judge: “...”' on a line of its own (label_lines.py)
        return q
    if cues and ctx.on("attribution.cue_in_sentence"):
        # the cue nearest the quote's marks
        cue = min(cues, key=lambda t: min(abs(t.idx - seg.open), abs(t.idx - seg.close)))
        q.set_cue(cue.text.lower(), cue.lemma_.lower())
        if _attribute(q, speaker_of_subject(ctx, cue, seg.open), "attribution.cue_in_sentence"):
            return q
        subj = subject_of(ctx, cue)
        written = as_written(ctx, subj[0]) if subj is not None else None
        party = subj is not None and (_party_noun(ctx, subj[0]) or indefinite_source(ctx, subj[0]))
    if acc is not None and ctx.on("attribution.according_to"):
        if _attribute(q, speaker_of(ctx, acc[1], seg.open), "attribution.according_to"):
            q.cue = "according to"
            return q
    if following_intro(ctx, seg, q):  # "X issued the following statement.\n“...”" (intro.py)
        return q
    if written is not None and party and ctx.on("attribution.own_subject_kept"):
        # "the publishers remarked, “...”": the quote's own cue names its speaker, as written;
        # never the speaker of the sentence before or of the quote before
        _attribute(q, written, "attribution.cue_in_sentence")
        q.rules.append("attribution.own_subject_kept")
        return q
    if _attribute(q, dash_signature(ctx, seg), "attribution.dash_signature"):  # signature.py
        return q  # "“...” — Mara Ellison, Quill co-founder": signed after a dash
    if _next_sentence_cue(ctx, seg, sents, q) or _sentence_before(ctx, sents, q):
        return q
    if RULE_SILENT in q.rules:  # "X did not return an email. “...”" (silent_before.py)
        return q
    if prev is not None and prev.speaker is not None and prev.speaker.name \
            and ctx.on("attribution.carried_from_previous"):
        _carry(ctx, seg, prev, q)
    if q.speaker is None and written is None:  # "“...”\nDr. Mara Ellison, Orrin Labs" (credit_lines.py)
        _attribute(q, credit_line(ctx, seg), "attribution.credit_line")
    if q.speaker is None and written is not None:
        _attribute(q, written, "attribution.cue_in_sentence")
    return q


def _noun_cue(ctx: Context, sents: list[Span], seg: Segment) -> list[Token]:
    """"“...,” Disney's letter states." parsed as a sentence with no verb, whose root is the
    plural noun "states" compounded with "letter": a sentence's root after the quote that is a
    speech verb's -s form, with a noun before it that has a determiner or owner, is the cue
    the parser missed (its subject is then that noun: ``subject.compound``). Only read when
    the quote's sentences hold no cue at all."""
    if not ctx.on("attribution.noun_cue"):
        return []
    for s in sents:
        t = s.root
        lemma = t.lemma_.lower()
        if t.idx > seg.close and t.tag_ == "NNS" and lemma in ctx.cues.speech_verbs \
                and t.lower_ in (lemma + "s", lemma + "es") and any(
                    c.dep_ == "compound" and c.i < t.i for c in t.children) \
                and any(d.dep_ in ("det", "poss") for c in t.children for d in (c, *c.children)):
            return [t]
    return []


def _party_noun(ctx: Context, tok: Token) -> bool:
    """A noun that names people or organisations ("the publishers", "a spokesperson"), not a
    document ("the memorandum also stated", often the previous speaker's own)."""
    lemma, cues = tok.lemma_.lower(), ctx.cues
    return tok.pos_ == "NOUN" and (lemma in cues.group_nouns or lemma in cues.org_anaphors
                                   or lemma in cues.role_nouns or lemma in cues.person_role_nouns)


def _attribute(q: Quote, who, rule: str) -> bool:
    if who is None:
        return False
    q.speaker = who
    q.rules += [rule, *who.rules]
    return True


def _next_sentence_cue(ctx: Context, seg: Segment, sents: list[Span], q: Quote) -> bool:
    """The attribution parsed as a sentence of its own right after the quote:
    "“... the newspaper?” Judge Harriet Ashdown asked Priya Halloran."""
    last = sents[-1] if sents else None
    if last is None or last.end >= len(ctx.doc) or not ctx.on("attribution.next_sentence_cue"):
        return False
    nxt = ctx.doc[last.end].sent if not ctx.doc[last.end].is_space else None
    if nxt is None or nxt.start_char - seg.close > 2 or len(nxt) > 25 \
            or ctx.text.count("\n", seg.close, nxt.start_char) != 0:
        return False
    ncues = [t for t in nxt if ctx.is_cue(t)]
    if not ncues or not next_sentence_speaks(ctx, nxt, ncues[0]):
        return False
    if _attribute(q, speaker_of_subject(ctx, ncues[0], seg.open), "attribution.next_sentence_cue"):
        q.set_cue(ncues[0].text.lower(), ncues[0].lemma_.lower())
        return True
    return False


def _sentence_before(ctx: Context, sents: list[Span], q: Quote) -> bool:
    """No attribution in the quote's own sentence: the sentence before names the speaker as
    its subject ("Okafor was unequivocal. “We never ...”")."""
    first = sents[0] if sents else None
    if first is None or first.start == 0 or not ctx.on("attribution.sentence_before"):
        return False
    before = ctx.doc[first.start - 1].sent
    if any(ctx.in_quote[t.i] for t in before):
        return False
    if silent(ctx, before):  # "X did not return an email. “...”": not X's (silent_before.py)
        q.rules.append(RULE_SILENT)
        return False
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PRON" and not ctx.is_cue(before.root) \
            and ctx.on("attribution.before_pronoun_not_speaking"):
        q.rules.append("attribution.before_pronoun_not_speaking")
        return False  # "It also used his likeness. “...”": whom "it" stands for is a guess
    if subj is not None and subj.lemma_.lower() in ctx.cues.document_speakers and not ctx.is_cue(before.root) \
            and ctx.on("attribution.before_document_not_speaking"):
        q.rules.append("attribution.before_document_not_speaking")
        return False  # "The case involved song lyrics. “...”": a document speaks only by a cue
    owner = speech_noun_owner(ctx, subj) if subj is not None else None
    if owner is not None:  # "The company's demands were clear. “...”" (speech_noun_owner.py)
        subj = owner
        q.rules.append("attribution.before_speech_noun_owner")
    who = speaker_of(ctx, subj, before.start_char) if subj is not None else None
    return _attribute(q, who, "attribution.sentence_before")


def _carry(ctx: Context, seg: Segment, prev: Quote, q: Quote) -> None:
    """The paragraph continues the speaker of the quote before, when at most one line break
    lies between and no other person was named in between."""
    gap = ctx.text[prev.end:seg.open]
    lo = bisect_right(ctx.mention_pos, prev.end - 1)
    hi = bisect_right(ctx.mention_pos, seg.open)
    if gap.count("\n") <= 1 and not any(e.end_char <= seg.open and e.label_ == "PERSON"
                                       and ctx.canonical(e) != prev.speaker.name
                                       for e in ctx.mentions[lo:hi]):
        q.speaker = prev.speaker
        q.rules.append("attribution.carried_from_previous")
        q.set_cue(prev.cue, prev.cue_lemma)


def according_to(ctx: Context, sents: list[Span]) -> tuple[Token, Token] | None:
    """"according to X" (or a source "per X") outside quotes in these sentences: ("according"
    or "per", X's head)."""
    doc = ctx.doc
    # the two words' positions, not a Token of every word of the sentences
    words = sorted(orth_positions(doc, "according", "LOWER") + orth_positions(doc, "per", "LOWER"))
    for s in sents:
        for t in (doc[i] for i in words[bisect_left(words, s.start):bisect_left(words, s.end)]):
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" \
                    and not ctx.in_quote[t.i]:
                to = doc[t.i + 1]
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if obj is None and t.i + 2 < len(doc):
                    obj = doc[t.i + 2]
                    ent = ctx.ent_of.get(obj.i)
                    obj = ent.root if ent is not None else obj
                if obj is not None:
                    return t, obj
            elif t.lower_ == "per":  # "Per the Ledger, P", "P, per X." (per_source.py)
                obj = per_source(ctx, t)
                if obj is not None:
                    return t, obj
    return None


def mixed(ctx: Context, seg: Segment, pattern: str) -> Quote | None:
    """A quoted fragment inside reported speech: the content is the reported clause."""
    sents = ctx.sentences_of(seg.open, seg.close)
    if not sents:
        return None
    sent = sents[0]
    inner = _cue_of_fragment(ctx, seg, sent)
    if inner is None:
        return None
    cue = outer_cue(ctx, inner)  # "said X had agreed to “...”": the cue that reports it all
    heard = hearer_clause(ctx, cue)  # "X was told “...”, the suit said" (hearer_passives.py)
    if heard is False:
        return None  # 'X was told “...”' and nothing else: no one named as saying it
    if heard is not None:
        cue, comp = heard
    else:
        comp = next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp")
                     and c.left_edge.idx <= seg.open and c.right_edge.idx + len(c.right_edge) >= seg.start), None)
    if not_stated(ctx, cue, comp, seg) or asks_question(ctx, comp):
        return None
    if comp is not None:
        start_tok = comp.left_edge
        if start_tok.lower_ == "that" and start_tok.dep_ == "mark":
            start_tok = ctx.doc[start_tok.i + 1]
        start = start_tok.idx
    else:
        nxt = [t for t in sent if t.i > cue.i and not t.is_punct]
        if not nxt:
            return None
        start = nxt[0].idx
    end, cut_by = mixed_end(ctx, sent, cue, comp, seg)
    if in_other_clause(ctx, seg, inner):
        return None  # "answering a clue while X was marked as “...”": not what was answered
    while end > start and (ctx.text[end - 1] in " .\n,"):
        end -= 1
    if end <= start or start > seg.open or no_clause(ctx, start, end, cue):
        return None
    q = Quote(ctx.text[start:end], "mixed", start, end,
              rules=[pattern, *cut_by, *(["attribution.outer_cue"] if cue is not inner and heard is None else []),
                     *([HEARER_REPORTED] if heard is not None else [])])
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is not None and fragment_root(ctx, frag) is not frag.root:
        q.rules.append(FRAGMENT_ROOT)
    if frag is not None and passed_over(ctx, frag.root, inner):
        q.rules.append(PASSIVE_RULE)
    relay = relaying_cue(ctx, seg.close, sent, inner)  # '... claim X “...,” said Lee' (relayed_mixed.py)
    if relay is not None:
        relay, relay_rule = relay
        subj = subject_of(ctx, cue)
        start = min(start, subj[0].left_edge.idx) if subj else start
        q = Quote(ctx.text[start:end], "mixed", start, end, rules=list(q.rules))
        q.set_cue(relay.text.lower(), relay.lemma_.lower())
        if _attribute(q, speaker_of_subject(ctx, relay, seg.open), relay_rule):
            return q
    q.set_cue(cue.text.lower(), cue.lemma_.lower())
    if ctx.on("attribution.cue_of_fragment") and not _attribute(
            q, speaker_of_subject(ctx, cue, seg.open), "attribution.cue_of_fragment"):
        subj = subject_of(ctx, cue)
        _attribute(q, as_written(ctx, subj[0]) if subj else None, "attribution.cue_of_fragment")
    return q





def _cue_of_fragment(ctx: Context, seg: Segment, sent: Span) -> Token | None:
    """The cue a fragment hangs on in the parse, else the last cue before it in its sentence."""
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is not None:
        root = fragment_root(ctx, frag)  # not the closing full stop (fragment_root.py)
        for anc in root.ancestors:
            if ctx.is_cue(anc) and not passive_unspoken(ctx, anc, root):  # passive_cues.py
                return anc
    cands = [t for t in sent if ctx.is_cue(t) and t.idx < seg.open and not relative_elsewhere(ctx, seg, t)]
    return cands[-1] if cands else None
