"""Words in marks that a naming verb gives its object: "Mara Ellison described the ruling as
“a gift to pirates”", "the guild hailed the verdict as “a milestone”", "Orrin called the
claims “baseless”". The subject says the object is what the marks say, in those words: a
mixed statement of the naming verb's subject (rule ``mixed.naming_complement``), its content
the object with the words that frame it ("the ruling as “a gift to pirates”"), as the real
sets that annotate the kind write it (aiip-dev3/dev7/dev9/dev10/dev12; aiip-dev4/dev6 leave
it out: counted, not bent to).

Only when the quoted words are the verb's own complement: after "as" ("described X as “Y”"),
or the second object of "call"-type verbs ("called X “Y”"). Never a quote inside the object
("described the “realistic” images as alarming": the object is the reporter's), a verb that
modifies a noun ("a tool dubbed “Wren”": a name) or has no subject of its own, "what X
called “Y”" (the writer's noun phrase, which the sets leave out), a passive ("was described as “Y”": said by
whom?), or a stretch in Title Case (a title or a product's name). Tried only after every
other reading of the quote found nothing (``quoted.py``), so it adds and never changes."""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment
from nlp.attribution.record import Quote
from nlp.attribution.speakers import as_written, speaker_of_subject, subject_of

RULE = "mixed.naming_complement"
# deps the parser gives the second object of "call X “Y”" (a small clause: X is Y)
_SECOND_OBJECT = ("oprd", "xcomp", "ccomp", "attr", "acomp")
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _complement(ctx: Context, frag: Token) -> tuple[Token, Token, Token] | None:
    """(naming verb, its child that holds ``frag``, the child's own child on the way) when the
    fragment is under that verb and no tensed verb stands between them (a clause is other
    rules' business)."""
    t, below = frag, frag
    while t.head.i != t.i:
        head = t.head
        if head.lemma_.lower() in ctx.cues.naming_verbs and head.pos_ in ("VERB", "AUX"):
            return head, t, below
        if t is not frag and t.tag_ in _FINITE:
            return None
        below, t = t, head
    return None


def _is_complement(ctx: Context, verb: Token, child: Token, below: Token) -> bool:
    if child.lower_ == "as" and child.i > verb.i:
        return True  # 'described X as “Y”', 'hailed the ruling as “Y”'
    if child.dep_ == "dobj" and below.lower_ == "as" and below.i > child.i:
        return True  # the same, with "as" hung on the object
    if verb.lemma_.lower() not in ctx.cues.naming_second_object or child.i < verb.i:
        return False
    if child.dep_ in _SECOND_OBJECT:
        # 'called on X to “play its part”': a to-infinitive is a request, not a name
        return child.tag_ != "VB" and not any(c.tag_ == "TO" for c in child.children)
    # 'called this imbalance a “problem”' parsed as two objects: the second is the name
    return child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


def named_as(ctx: Context, seg: Segment) -> Quote | None:
    """The mixed statement 'X <naming verb> Y as “Z”' whose complement holds the quote, or None."""
    if not ctx.on(RULE):
        return None
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is None or _title_case(ctx.text[seg.start:seg.end]):
        return None
    found = _complement(ctx, frag.root)
    if found is None:
        return None
    verb, child, below = found
    if not _is_complement(ctx, verb, child, below) or ctx.in_quote[verb.i] \
            or verb.dep_ in ("acl", "amod", "relcl") \
            or any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return None
    own_subject = any(c.dep_ == "nsubj" for c in verb.children) or \
        verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") or \
        verb.tag_ == "VB" and verb.dep_ == "xcomp"  # ', describing X as', 'went on to describe X as'
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        own_subject = False  # 'Vexa - sometimes called “...”': a participle, no one calls it
    if not own_subject or any(
            c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return None  # 'Vexa, sometimes called “...”', 'in what X called “...”': the writer's frame
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and verb.i < c.i <= child.i]
    first = min([child, *objs], key=lambda c: c.left_edge.i).left_edge
    start = first.idx
    last = child.right_edge
    end = max(last.idx + len(last), seg.close)
    while end > start and ctx.text[end - 1] in " .\n,":
        end -= 1
    if end <= start or start > seg.open:
        return None
    subj = subject_of(ctx, verb)
    if subj is None:
        return None  # nobody named gives the label
    q = Quote(ctx.text[start:end], "mixed", start, end, rules=[RULE])
    q.set_cue(verb.text.lower(), verb.lemma_.lower())
    who = speaker_of_subject(ctx, verb, seg.open) or as_written(ctx, subj[0])
    if who is None:
        return None
    q.speaker = who
    q.rules += who.rules
    return q
