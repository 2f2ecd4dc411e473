"""What a naming verb says its object is, in the writer's words: "Google dismissed the studies as
inaccurate and methodologically flawed", "The association described the results as an
unequivocal rejection of the opt-out approach", "Herd called it a landmark moment", "...,
calling the suits an attempt to stifle independent innovation" (issue 12, session 14: recall on
real AI-IP coverage).

The subject states that X is Y: a small clause, the same statement as "said X was Y". With the
complement in marks it is already a mixed statement (``naming.py``, ``mixed.naming_complement``);
without marks it was left out. Four of the seven readable real sets, by four writers, annotate it
(aiip-dev15 "dismissed X as Y", aiip-dev16 "calling the suits an attempt ...", aiip-dev18
"described/called/framed X as Y" five times, aiip-dev20 "called it a fundamental question"); none
of their READMEs leaves it out.

Rule ``statement.named_as_plain``: an active, un-negated verb of ``naming_verbs`` (cues.yml) with
a subject of its own (or a participle continuing its clause, ", calling X Y"), a direct object,
and a complement: "as" + a noun, adjective or gerund phrase after the object, or, for the verbs of
``naming_second_object``, a second object ("called it a landmark moment"). The statement runs
from the object to the end of the verb's clause (as a reported clause does), the speaker the
verb's subject. Left out, as in the
quoted rule: a passive ("was described as ...": by whom?), a modal ("will label every track as
machine-made": an act to come, not a statement), a verb modifying a noun ("a tool
called Wren"), "what X called Y", a complement that is a proper name or a to-infinitive ("called
on X to act": a request), a headline, a question, and words in marks (``naming.py``'s).
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.object_complements import _headline_end, _phrase_end
from nlp.attribution.record import Quote
from nlp.attribution.speakers import speaker_or_written, subject_of
from nlp.attribution.spurious import in_question, no_one_said

RULE = "statement.named_as_plain"
_SECOND_OBJECT = ("oprd", "xcomp", "attr", "acomp")


def _object(verb: Token) -> Token | None:
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objs) != 1 or objs[0].tag_ in ("WDT", "WP"):
        return None  # 'in what X called Y': the writer's frame
    return objs[0]


def _complement(ctx: Context, verb: Token, obj: Token) -> Token | None:
    """The token whose phrase says what the object is: the "as" ("as an unequivocal
    rejection", "as highly organised"), or the second object of "call"-type verbs."""
    for h in (verb, obj):
        for c in h.children:
            if c.i <= obj.i:
                continue
            if c.lower_ == "as" and c.dep_ == "prep" and any(
                    x.dep_ in ("pobj", "pcomp", "amod", "acomp") for x in c.children):
                return c  # 'described X as Y' (prep on the verb or on X; an adjective the
                # parser may hang on "as" itself: 'dismissed X as inaccurate')
            if c.dep_ == "advcl" and any(x.lower_ == "as" and x.dep_ == "mark" and x.i < c.i
                                         for x in c.children) \
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                return c  # 'dismissed X as inaccurate and flawed' (parsed as a clause)
    if verb.lemma_.lower() in ctx.cues.naming_second_object:
        for c in verb.children:
            if c.dep_ in _SECOND_OBJECT and c.i > obj.i and c.pos_ in ("NOUN", "ADJ") \
                    and not any(x.tag_ == "TO" for x in c.children):
                return c  # 'called it a landmark moment'
    return None


def _own_subject(verb: Token) -> bool:
    """The verb states something of its own: it has a subject, or it is a participle or an
    infinitive continuing its clause (', calling X Y', 'went on to describe X as Y')."""
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children) \
            or verb.dep_ in ("acl", "amod", "relcl"):
        return False
    if any(c.tag_ == "MD" for c in verb.children):
        return False  # 'the tier will label every track as machine-made': an act to come
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return False  # 'Suno, sometimes called ...': a participle, no one calls it
    return any(c.dep_ == "nsubj" for c in verb.children) or \
        verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") or \
        verb.tag_ == "VB" and verb.dep_ == "xcomp"


def _clause_end(verb: Token, last: int, cov) -> int:
    """The statement runs to the end of the naming verb's clause, as a reported clause does
    ("described the campaigns as highly organised, utilising fake accounts ...", "described AI
    as a threat to writers when companies treat ..."): up to a coordinated verb ("and called on
    the government to ...": a second act) or words another statement already holds."""
    for c in sorted((c for c in verb.children if c.i > last), key=lambda c: c.i):
        if c.dep_ in ("conj", "cc"):
            break
        if c.dep_ == "punct":
            continue
        l, r = c.left_edge, c.right_edge
        if cov.overlaps(l.idx, r.idx + len(r)):
            break
        last = r.i
    return last


def named_as_plain(ctx: Context, cov) -> list[Quote]:
    """The statements 'X <naming verb> Y as Z' / 'X called Y Z' with no marks, not overlapping
    ``cov`` (a ``Covered``, which each one found is added to)."""
    if not ctx.on(RULE) or not ctx.cues.naming_verbs:
        return []
    head_end = _headline_end(ctx)
    out: list[Quote] = []
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.cues.naming_verbs \
                or ctx.in_quote[verb.i] or verb.idx < head_end \
                or any(c.dep_ == "neg" for c in verb.children) or not _own_subject(verb):
            continue
        obj = _object(verb)
        comp = _complement(ctx, verb, obj) if obj is not None else None
        if comp is None:
            continue
        last = _clause_end(verb, _phrase_end(verb, comp), cov)
        span = ctx.doc[obj.left_edge.i: last + 1]
        words = [t for t in ctx.doc[comp.i: last + 1] if t.is_alpha and t.lower_ != "as"]
        if not words or all(t.pos_ == "PROPN" for t in words) \
                or any(ctx.in_quote[t.i] for t in span):
            continue  # a name ('called the model Wren'), or marks (naming.py's)
        bounds = cov.free(ctx.text, span)
        if bounds is None:
            continue
        subj = subject_of(ctx, verb)
        if subj is None or no_one_said(ctx, subj[0]) or in_question(ctx, verb):
            continue
        start, end = bounds
        who = speaker_or_written(ctx, subj[0], start)
        if who is None:
            continue
        q = Quote(ctx.text[start:end], "indirect", start, end,
                  speaker=who, rules=[RULE, subj[1], *who.rules])
        q.set_cue(verb.text.lower(), verb.lemma_.lower())
        out.append(q)
        cov.add(start, end)
    return out
