"""What a verb of charging or denying says in a bare noun phrase (issue 12, session 20: recall
on real AI-IP coverage).

"Orrin Labs filed suit against Vexa, alleging copyright infringement", "All three defendants
denied any wrongdoing", "The suit alleges unfair competition and unjust enrichment": the object
noun phrase is the proposition ("Vexa infringed", "we did no wrong"), though it has no verb, so
the reported-clause passes (which ask for a clause) drop it, as ``charges.py`` once dropped
"accused Y of fraud". Counted over the seven readable sets of session 20: "allege NP" annotated
by three writers (aiip-dev34, dev36, devr3; never left out), "deny NP" by three (dev34 twice,
dev35, dev36) and left out by two (dev30b, dev3132b, where the sentence goes on with the
denial's own clause: "denied the allegations and said ..."). "cite" was tried too and left out
(``cues.yml`` ``object_cues``): its object is as often a source ("citing internal messages") as
a reason ("citing concerns over X").

Rule ``statement.charge_object``: an active, un-negated verb of ``cues.yml`` ``object_cues``
outside marks, the headline line and a short subheading line, with a common noun (not a
pronoun, not a name) as its direct object; the statement is the object's phrase, with a "for"/
"of"/"over" phrase the parser hung on the verb right after it, and before where or when it was
said (``object_complements.act_adjunct``) or the subject's next act (", claiming ..."); the
speaker is the cue's subject. Left out: a noun of ``object_cue_not_claims`` ("denied the
motion", "alleged facts"), a noun with a clause of its own ("denied claims that P": the denial
passes'), "as" ("X as Y"), a relative or a participle on a noun ("suits alleging X":
background), an infinitive under another verb ("failed to allege a claim"), a question, a
subject that is no one, and a phrase another statement already holds.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.object_complements import _headline_end, _passive, act_adjunct, charge_statement
from nlp.attribution.record import Quote
from nlp.lexicon import lemma_positions

RULE = "statement.charge_object"
NOUN_TAGS = {"NN", "NNS"}
OBJECT_PREPS = ("for", "of", "over", "to", "with", "against")
SUBHEADING_WORDS = 8  # a line shorter than this with no sentence end is a subheading


def _object(ctx: Context, verb: Token) -> Token | None:
    """The verb's direct object when it is a common noun that names a claim: right of the
    verb, no entity, no pronoun, not a noun of ``object_cue_not_claims``, no "as" complement
    ("cited X as Y": a source given), and no clause of its own ("denied claims that P": the
    clause is read by the denial passes)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.tag_ not in NOUN_TAGS or obj.ent_type_ \
            or obj.lemma_.lower() in ctx.cues.object_cue_not_claims:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *obj.children)):
        return None
    if any(c.dep_ in ("acl", "relcl", "ccomp") and any(
            x.dep_ in ("nsubj", "nsubjpass") or x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
            for c in obj.children):
        return None  # ("unauthorized use of the posts to train its model": an infinitive stays)
    return obj


def _subheading(ctx: Context, verb: Token) -> bool:
    """The verb stands on a short line with no sentence end: a subheading ("Company denies the
    allegations"), read, if at all, by the headline pass."""
    start = ctx.text.rfind("\n", 0, verb.idx) + 1
    end = ctx.text.find("\n", verb.idx)
    line = ctx.text[start: end if end >= 0 else len(ctx.text)].rstrip()
    return line[-1:] not in ".!?\"”’)" and len(line.split()) < SUBHEADING_WORDS


def _end(ctx: Context, verb: Token, obj: Token) -> int:
    """The phrase's last token: the object's subtree, cut before a phrase that says where or
    when it was said, with a "for"/"of"/"over" phrase right after it that the parser hung on the
    verb ("denied any agreement with Vexa for the use of its content")."""
    cut = [c.left_edge.i for c in obj.children if c.i > obj.i and act_adjunct(c)]
    cut += [x.i for x in obj.subtree if x.i > obj.i and x.pos_ == "VERB"
            and x.lemma_.lower() in ctx.cues.report_verbs]  # "..., claiming P": the next act
    if cut:
        return min(cut) - 1
    end = obj.right_edge.i
    for c in sorted((c for c in verb.children if c.i > end), key=lambda c: c.i):
        if c.dep_ != "prep" or c.lower_ not in OBJECT_PREPS or c.left_edge.i != end + 1 or act_adjunct(c):
            break
        end = c.right_edge.i
    return end


def charge_objects(ctx: Context, cov) -> list[Quote]:
    """The statements "X alleged/denied/cited <noun phrase>" not overlapping ``cov`` (a
    ``Covered``, which each one found is added to)."""
    if not ctx.on(RULE) or not ctx.cues.object_cues:
        return []
    out: list[Quote] = []
    head_end = _headline_end(ctx)
    for i in lemma_positions(ctx.doc, ctx.cues.object_cues):
        verb = ctx.doc[i]
        if verb.pos_ != "VERB" or ctx.in_quote[i] or verb.idx < head_end or _passive(verb) \
                or _subheading(ctx, verb) \
                or verb.dep_ in ("relcl", "acl", "amod", "xcomp") \
                or any(c.dep_ == "neg" for c in verb.children) \
                or verb.text[:1].isupper() and verb.i != verb.sent.start:
            continue
        obj = _object(ctx, verb)
        if obj is None:
            continue
        span = ctx.doc[obj.left_edge.i: _end(ctx, verb, obj) + 1]
        if obj.left_edge.i < verb.i or any(ctx.in_quote[x.i] for x in span):
            continue  # (words in marks: the quote pass's)
        q = charge_statement(ctx, verb, span, cov, "indirect", (RULE,), trim=True)
        if q is not None:
            out.append(q)
    return out
