"""Plaintiffs the text names right where it describes them, which the filer reader missed.

The plaintiff reader (``standing.plaintiffs``) takes who sued from a filing verb or a name
joined to "plaintiff". Real coverage often describes the filers first and names them in the
phrase itself or in the very next sentence; the description then speaks ("The plaintiffs
argue", "the complaint says", "Two illustrators have filed a lawsuit ..., alleging") and was
kept as written, no party, although the text says who they are:

* ``plaintiff.named_in_apposition``: "The plaintiffs — fiction writers A, B and C — claim",
  "The plaintiffs — three novelists, A, B and C — say": a plaintiff noun followed by a dash or
  comma, at most a few describing words, and a list of names. The apposition is the text saying who the plaintiffs are.
* ``plaintiff.named_in_caption``: "In A et al. v. B, plaintiffs claim ...": a plaintiff noun
  whose own sentence opens with a case caption; the party before "v." is the plaintiff, by the
  courts' own convention. Only in that sentence: a caption elsewhere is often a precedent the
  article cites ("citing A v. B"), whose plaintiff is no party here.
* ``plaintiff.described_named_next``: "Two voice actors have filed a lawsuit against X. A and B
  claim X tricked them": an unnamed filer phrase with a number, named by the next sentence,
  which opens on a list of exactly that many names of the kind the noun can be (people for
  "actors"). The number must agree: with no number, or a list of another length, the
  description stays as written.

``speaker.filer_phrase`` makes that filer phrase itself speak for the first-named plaintiff
("Two voice actors have filed ..., alleging that ..."): the same words the plaintiff reader
found named, not a guess by position. Read only at the few plaintiff nouns and filer phrases
of a document, never over all its tokens.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.attribution.groups import coordinated
from nlp.attribution.record import Speaker

PARTIES = ORG_LABELS | {"PERSON"}
# what may stand between a plaintiff noun and the names of its apposition ("— fiction writers")
APPOSITION_MARKS = {"—", "–", "-", "--", ","}
DESCRIBING_POS = {"DET", "ADJ", "NOUN", "NUM", "PROPN", "VERB"}  # "writers" is often tagged VBZ
MAX_DESCRIBING = 4
CAPTION_MARKS = {"v.", "vs.", "v", "vs", "versus"}


def _party(ctx: Context, tok: Token) -> Span | None:
    ent = ctx.ent_of.get(tok.i)
    return ent if ent is not None and ent.label_ in PARTIES else None


def in_apposition(ctx: Context, noun: Token) -> list[Span]:
    """"The plaintiffs — fiction writers A, B and C —": the names the plaintiff noun's own
    apposition lists, in order; [] when the noun is not followed by one."""
    if not ctx.on("plaintiff.named_in_apposition"):
        return []
    doc, i = ctx.doc, noun.i + 1
    if i >= len(doc) or doc[i].text not in APPOSITION_MARKS or ctx.in_quote[i]:
        return []
    for k in range(i + 1, min(i + 2 + MAX_DESCRIBING, len(doc))):
        ent = _party(ctx, doc[k])
        if ent is not None:
            return coordinated(ctx, ent)
        if (doc[k].pos_ not in DESCRIBING_POS and doc[k].text != ",") or ctx.in_quote[k]:
            return []  # "— three novelists, A, B and C —": a comma may close the description
    return []


def in_caption(ctx: Context, noun: Token) -> list[Span]:
    """"In A et al. v. B, plaintiffs claim": the party before "v." of a caption that opens the
    plaintiff noun's own sentence (its first word is "In" and the caption ends before the noun)."""
    if not ctx.on("plaintiff.named_in_caption") or noun.dep_ != "nsubj":
        return []
    sent = ctx.sents[max(0, bisect_right(ctx.sent_starts, noun.idx) - 1)]
    doc = ctx.doc
    if sent.start >= noun.i - 2 or doc[sent.start].lower_ != "in":
        return []
    first = _party(ctx, doc[sent.start + 1]) or _party(ctx, doc[min(sent.start + 2, noun.i)])
    if first is None:
        return []
    k = first.end  # "A et al. v. B": skip "et al." to the caption's "v."
    while k < noun.i and doc[k].lower_ in ("et", "al", "al.", "."):
        k += 1
    if k >= noun.i or doc[k].lower_ not in CAPTION_MARKS:
        return []
    return [first]


def _number(tok: Token) -> int | None:
    """The count a filer phrase gives itself: "two individuals", "Three authors"."""
    for c in tok.children:
        if c.dep_ == "nummod":
            if c.like_num and c.text.isdigit():
                return int(c.text)
            return {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(c.lower_)
    return None


def named_next(ctx: Context, filer: Token) -> list[Span]:
    """"Two voice actors have filed ... . A and B claim ...": the list of names that opens the
    sentence after an unnamed, counted filer phrase, when it has that many names of a kind the
    noun can be ("Plaintiffs A and B say" counts too)."""
    if not ctx.on("plaintiff.described_named_next") or filer.pos_ != "NOUN":
        return []
    n = _number(filer)
    if n is None or n < 2:
        return []
    i = bisect_right(ctx.sent_starts, filer.idx)  # the next sentence's index
    if i >= len(ctx.sents):
        return []
    sent, doc = ctx.sents[i], ctx.doc
    k = sent.start
    if doc[k].lower_ in ctx.cues.plaintiff_nouns:  # "Plaintiffs A and B say"
        k += 1
    ent = _party(ctx, doc[k]) if k < sent.end else None
    if ent is None or ent.start != k:
        return []
    members = coordinated(ctx, ent)
    kind = ctx.cues.group_nouns.get(filer.lemma_.lower())
    labels = {m.label_ for m in members}
    if len(members) != n or len(labels) != 1 or (kind == "person" and labels != {"PERSON"}) \
            or (kind == "org" and "PERSON" in labels):
        return []
    return members


def filer_phrase(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """``speaker.filer_phrase``: the unnamed filer phrase the plaintiff reader found named
    (``plaintiff.described_named_next``) speaks for the first-named plaintiff."""
    from nlp.attribution.suit_parties import plaintiffs

    if tok.pos_ != "NOUN" or ctx.in_quote[tok.i] or (_number(tok) or 0) < 2:
        return None  # only a counted phrase can be one (read before the document's plaintiffs)
    found = plaintiffs(ctx)
    if not found or found[1] != "plaintiff.described_named_next" \
            or ctx.standing.get("named_filer") != tok.i:
        return None
    first = found[0][0]
    return Speaker(ctx.canonical(first), first.label_, ctx.phrase(tok), rules=(found[1],))


def bare_plaintiffs(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """``speaker.bare_plaintiffs``: "Plaintiffs argue that ...", "plaintiffs claim": a plaintiff
    noun with no determiner. Unlike "tech companies", a bare plural kept generic, "plaintiffs"
    names a role in a case, the article's case: the plaintiffs ``standing.plaintiffs`` read, the
    first-named speaking, as for "the plaintiffs" (``group.plaintiffs``). Not one the statement's
    own clause names."""
    from nlp.attribution.suit_parties import plaintiffs

    if tok.tag_ not in ("NNS", "NNPS") or tok.lower_ not in ctx.cues.plaintiff_nouns \
            or ctx.in_quote[tok.i] or tok.i in ctx.ent_of or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    found = plaintiffs(ctx)
    if not found or ctx.canonical(found[0][0]) in w.exclude:
        return None
    first = found[0][0]
    return Speaker(ctx.canonical(first), first.label_, ctx.phrase(tok), rules=(found[1],))
