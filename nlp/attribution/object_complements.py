"""Reports whose content hangs on the cue's object, not on a clause: "X accused Y of <-ing>"
(issue 12, session 12: recall on real AI-IP coverage).

"The guild accused Orrin of copying its archive without consent", "..., accusing the
developer of training its models on the books": what the subject charges is the gerund's
phrase, a clause in all but its tense. The clause pass never sees it (the cue has no clausal
complement, and "accuse" is no report verb: "accused Orrin" alone reports nothing). Both
real sets of session 12 annotate it (aiip-dev15 starting at the object, aiip-dev16 after
"of"; either matches), and so does PolNeAR ("accused Republicans of placing ...").

Rule ``statement.accused_of``: an active, un-negated cue of ``charge_of_verbs`` (cues.yml)
outside marks, outside a headline line and not in Title Case ("FDIC Accused Of Covering
Up ..."), whose "of" (on the verb or on its object) takes
a gerund; the statement is the gerund's phrase, the speaker the cue's subject (a participle
climbs to the verb it hangs on, as for any cue). Left out: a passive ("was accused of
copying": by whom?), a participle modifying a noun in the passive ("the start-up accused
by X of ..."), a noun charge ("accused X of theft", "of “stream ripping”": a label, no
clause; cues.yml naming_cues), and phrases of fewer than three words.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.marks import WORD
from nlp.attribution.record import Quote
from nlp.attribution.speakers import speaker_or_written, subject_of
from nlp.attribution.spurious import in_question, no_one_said
from nlp.attribution.unread import quotes_inside
from nlp.attribution.venue_relatives import venue_nouns
from nlp.lexicon import lemma_positions

ACCUSED_OF = "statement.accused_of"


def _headline_end(ctx: Context) -> int:
    """The character offset where a headline first line ends (0 when the text opens with a
    sentence): a headline's "X accuses Y of copying" is read, if at all, by the headline pass."""
    line = ctx.text.split("\n", 1)[0]
    return len(line) if "\n" in ctx.text and line.rstrip()[-1:] not in ".!?\"”" else 0


def of_holders(verb: Token) -> list[Token]:
    """The tokens an "of" of the charge may hang on: the verb, its object, and the names in
    apposition to or coordinated with the object ("accusing three companies — A, B, and C — of
    running ...": the parser hangs the "of" on the last name it reads as the object's)."""
    out = [verb]
    todo = [c for c in verb.children if c.dep_ == "dobj"]
    while todo:
        h = todo.pop(0)
        out.append(h)
        todo += [c for c in h.children if c.dep_ in ("appos", "conj") and c.i > h.i]
    return out


def _gerund_of(verb: Token) -> Token | None:
    """The gerund the verb's "of" takes: "accused Y of copying" (the "of" on the verb or, as
    the parser often has it, on the object Y)."""
    for h in of_holders(verb):
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "of" and p.i > verb.i:
                g = next((c for c in p.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"), None)
                if g is not None:
                    return g
    return None


def _shared_object_end(verb: Token, g: Token, end: int) -> int:
    """ "of systematically copying and using song lyrics": a gerund with no object of its own
    followed by "and"/"or" and a second gerund that the parser hung on the charge verb shares
    that gerund's object: the phrase runs to the second gerund's end (a gerund with an object,
    "of copying the lyrics and seeking damages", is left alone: a second act may follow)."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > end and c.left_edge.i == c.i \
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) \
                and all(doc[k].lower_ in ("and", "or", ",") for k in range(end + 1, c.i)) \
                and c.i - end <= 2 and any(x.dep_ == "dobj" for x in c.children):
            return c.right_edge.i
    return end


def _phrase_end(verb: Token, g: Token, ctx: Context | None = None) -> int:
    """The gerund phrase's last token, with the adverbials right after it that the parser hung
    on the verb instead ("of infringing the copyrights in their works, in this case lyrics, on
    both the input and the output"): up to a coordinated act ("and warned ...") or a clause,
    and before where or when the charge was made (``act_adjunct``)."""
    end = g.right_edge.i
    if ctx is not None and ctx.on(ADJUNCT_RULE):
        cut = [c.left_edge.i for c in g.children if c.i > g.i and act_adjunct(c)]
        if cut and min(cut) - 1 > g.i:
            end = min(cut) - 1
    if g.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in g.children):
        end = _shared_object_end(verb, g, end)
    for c in sorted((c for c in verb.children if c.i > end), key=lambda c: c.i):
        if c.dep_ == "punct":
            continue
        if c.dep_ not in ("prep", "advmod", "npadvmod") or c.left_edge.i > end + 2:
            break
        end = c.right_edge.i
    return end


ADJUNCT_RULE = "statement.charge_before_occasion"


def act_adjunct(c: Token) -> bool:
    """Rule ``statement.charge_before_occasion``: "accused X of distilling its models in a
    statement earlier this month": a phrase the parser hung on the gerund that says where
    ("in a statement", "in a blog post": ``parse_misreads.yml`` venue_nouns) or when ("earlier
    this month", "on Monday") the charge was made is the charge's occasion, not its content."""
    if c.dep_ in ("npadvmod", "advmod") and c.ent_type_ in ("DATE", "TIME"):
        return True
    return c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in venue_nouns() or o.ent_type_ in ("DATE", "TIME"))
        for o in c.children)


def _passive(verb: Token) -> bool:
    """'was accused of', 'the start-up accused by X of': no one, or not its subject, charges.
    A past tense the tagger read as a participle keeps its subject ('labels ... accused X'), and
    so does one with a direct object ('The actors, seeking damages, accused Lovo of ...' parsed
    as a participle on 'actors': a passive participle takes no object)."""
    return any(c.dep_ in ("auxpass", "agent") for c in verb.children) or \
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children) \
        and not (verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children))


SECOND_ACT = "subject.charge_after_report"


def charge_subject(ctx: Context, verb: Token) -> tuple[Token, str] | None:
    """Who charges: the cue's subject, except for a charge the parser coordinated with a
    clause the speaker reports ("Vexa said Brightwell misunderstands X and accused the
    company of ..."): a verb of speaking in the reporting cue's tense, or in its tense and not
    the clause's, is the reporter's next act, not the clause subject's
    (``subject.charge_after_report``, as ``statement.second_speech_act`` ends the clause)."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and ctx.is_cue(head.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and ctx.on(SECOND_ACT):
        from nlp.attribution.reported import _cue_level  # (reported.py imports this module)
        cue = head.head
        if verb.tag_ == cue.tag_ or _cue_level(ctx, cue, head, verb):
            subj = subject_of(ctx, cue)
            if subj is not None:
                return subj[0], SECOND_ACT
    return subject_of(ctx, verb)


def charge_verbs(ctx: Context):
    """The active, un-negated charge verbs ("accused", "charged") outside quotes and the
    headline, in text order: where "X accused Y of ..." may report a charge (read by both the
    gerund and the noun-phrase rules)."""
    head_end = _headline_end(ctx)
    for i in lemma_positions(ctx.doc, ctx.cues.charge_of_verbs):
        verb = ctx.doc[i]
        if verb.pos_ != "VERB" or ctx.in_quote[i] or verb.idx < head_end or _passive(verb) \
                or verb.text[:1].isupper() and verb.i != verb.sent.start \
                or any(c.dep_ == "neg" for c in verb.children):  # ("X Accused Of": a title)
            continue
        yield verb


def accused_of(ctx: Context, cov) -> list[Quote]:
    """The statements "X accused Y of <gerund phrase>" not overlapping ``cov`` (a ``Covered``,
    which each one found is added to)."""
    if not ctx.on(ACCUSED_OF) or not ctx.cues.charge_of_verbs:
        return []
    out: list[Quote] = []
    for verb in charge_verbs(ctx):
        g = _gerund_of(verb)
        if g is None or ctx.in_quote[g.i]:
            continue
        end = _phrase_end(verb, g, ctx)
        span = ctx.doc[g.left_edge.i: end + 1]
        cut = [ADJUNCT_RULE] if end < _phrase_end(verb, g) else []
        if len(WORD.findall(span.text)) < 3:
            continue
        quoted = any(ctx.in_quote[x.i] for x in span)
        if quoted and not quotes_inside(ctx, verb, span):
            continue  # a quote running past the phrase is a quote's own business
        q = charge_statement(ctx, verb, span, cov, "mixed" if quoted else "indirect", (ACCUSED_OF, *cut))
        if q is not None:
            out.append(q)
    return out


def charge_statement(ctx: Context, verb: Token, span, cov, kind: str, rules: tuple[str, ...],
                     trim: bool = False) -> Quote | None:
    """The statement a charge's words make (``span``, the words after ``verb``) once its subject
    names who charges: its place not taken (``cov``: covered, and marked so here), a subject
    that says something, not a question. The tail of every charge reader ("accused X of -ing",
    "accused X of fraud", "alleging copyright infringement"); ``trim``: spaces off its end."""
    bounds = cov.free(ctx.text, span)
    if bounds is None:
        return None
    subj = charge_subject(ctx, verb)
    if subj is None or no_one_said(ctx, subj[0]) or in_question(ctx, verb):
        return None
    start, end = bounds
    while trim and end > start and ctx.text[end - 1].isspace():
        end -= 1
    who = speaker_or_written(ctx, subj[0], start)
    if who is None:
        return None
    q = Quote(ctx.text[start:end], kind, start, end, speaker=who, rules=[*rules, subj[1], *who.rules])
    q.set_cue(verb.text.lower(), verb.lemma_.lower())
    cov.add(start, end)
    return q
