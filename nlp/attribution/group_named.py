"""Groups whose own phrase, or a later apposition, names the parties they are.

- ``group.members_including``: "A group of authors — including A, B and C — sued X, alleging
  ...". The subject is a new group ("a group", "authors"), which ``anaphor.indefinite_is_new``
  keeps as written; but its own phrase lists who is in it, and the gold files' convention is
  that a group the text names speaks through its first-named member. Only a party noun (a
  plural of ``group_nouns`` or a collective such as "group", "coalition") with "including" in
  its own phrase: the list is grammar, not a guess from what was named before.
- ``group.named_later``: "The authors allege that X ... | Judge Y ruled that the three authors
  — A, B and C — can ...". A definite plural that nothing before names ("the authors" after
  "three authors suing X") is named where the text gives "the (three) authors" with the list in
  apposition, the same noun and the definite article saying it is the same group. Only such an
  apposition: a bare list later ("A, B and C accuse X") may be other parties.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.groups import PARTY_LABELS, KIND_LABELS, coordinated, group_kind, including
from nlp.attribution.record import Speaker

INCLUDING_RULE = "group.members_including"
LATER_RULE = "group.named_later"
APPOSITION_MARKS = {"—", "–", "-", "--", ",", ":", "("}


def _name(ctx: Context, ent: Span) -> str:
    """The member's name, whole when the model tagged only its first part ("Stewart" of
    "Stewart O’Nan", the apostrophe splitting it): the proper nouns it is a compound of."""
    doc, end = ctx.doc, ent.end
    root = ent.root
    while root.dep_ == "compound" and root.head.i == end and doc[end].pos_ == "PROPN" and end not in ctx.ent_of:
        root, end = root.head, end + 1
    return ctx.canonical(ent) if end == ent.end else doc[ent.start:end].text


def _conjuncts(ctx: Context, first: Span) -> list[Span]:
    """The names the parse joins to the head of ``first``'s whole name, as its conjuncts."""
    head = first.root
    while head.dep_ == "compound" and head.head.i >= first.end:
        head = head.head
    found = [ctx.ent_of.get(c.i) for c in head.conjuncts if c.i > head.i]
    return [e for e in found if e is not None and e.label_ in PARTY_LABELS]


def members_including(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """A subject party noun whose own phrase lists its members with "including": the first."""
    from nlp.attribution.coref import words

    if not ctx.on(INCLUDING_RULE) or tok.pos_ != "NOUN" or tok.i in ctx.ent_of or ctx.in_quote[tok.i]:
        return None
    lemma = tok.lemma_.lower()
    if group_kind(ctx, tok) is not None or not (
            tok.tag_ == "NNS" and lemma in ctx.cues.group_nouns or lemma in words().collective_nouns):
        return None  # a definite plural: speaker.group reads it
    listed = including(ctx, tok)
    if len(listed) == 1:  # "including Stewart O’Nan, Abdi Nazemian, ...": a name cut in two
        listed += _conjuncts(ctx, listed[0])
    if len(listed) < 2 or ctx.canonical(listed[0]) in w.exclude:
        return None
    first = listed[0]
    return Speaker(_name(ctx, first), first.label_, ctx.phrase(tok), rules=(INCLUDING_RULE,))


def named_later(ctx: Context, tok: Token) -> Speaker | None:
    """A definite plural nothing before names: the list a later "the (three) <noun>" stands in
    apposition to, of the noun's kind; None when there is none."""
    kind = group_kind(ctx, tok) if ctx.on(LATER_RULE) else None
    if kind is None or tok.lower_ == "both":
        return None
    doc, lemma = ctx.doc, tok.lemma_.lower()
    for t in doc[tok.i + 1:]:
        if t.lemma_.lower() != lemma or t.tag_ not in ("NNS", "NNPS") or ctx.in_quote[t.i]:
            continue
        det = doc[t.i - 1] if doc[t.i - 1].pos_ != "NUM" else doc[t.i - 2]
        if det.lower_ != "the":
            continue
        j = t.i + 1
        while j < len(doc) and doc[j].text in APPOSITION_MARKS:
            j += 1
        ent = ctx.ent_of.get(j)
        if ent is None or ent.start != j or ent.label_ not in PARTY_LABELS:
            continue
        members = coordinated(ctx, ent)
        if len(members) > 1 and all(m.label_ in KIND_LABELS[kind] for m in members):
            first = members[0]
            return Speaker(_name(ctx, first), first.label_, ctx.phrase(tok), rules=(LATER_RULE,))
    return None
