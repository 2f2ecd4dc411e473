"""Where a reported clause ends, when the parser's tree does not say it: two rules read by
``reported.py`` (``_clause_statement`` and ``_bounds``).

- ``statement.parenthetical_continues``: "Prices will rise, Ada Vell says, because the port
  is closing": the parser makes the words before the cue its clause and hangs the rest on the
  cue, but a cue set off by commas mid-sentence reports the whole sentence (as
  ``statement.parenthetical`` does when the parser finds no clause at all).
- ``statement.other_speaker_clause``: "Most members said P, while a third said Q": a clause
  that opens with "while", "but", "and" ... and whose verb is a verb of reporting with a
  subject of its own is another report (found from its own cue), not more of what was said.

Both look only at the words around a cue already found: no walk over the document.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.edges import FINITE, parenthetical

CONTINUES = "statement.parenthetical_continues"
OTHER_SPEAKER = "statement.other_speaker_clause"
# words that open a clause set beside the reported one ("..., while others said ...")
BESIDE = frozenset({"while", "whereas", "though", "although", "but", "and"})


def continued_after_cue(ctx: Context, cue: Token, right: Token) -> Token | None:
    """The sentence's last word when the clause ``..right`` comes before ``cue`` and the cue is
    set off by commas with the sentence going on after it ("P, she says, especially when Q"):
    a continuation with a tensed verb of its own, no quote and no other cue. A participle right
    after the attribution (", adding that", ", citing") is the speaker's next act, and only
    adverbials (", in a statement") add nothing: both are left out."""
    if not ctx.on(CONTINUES) or right.i + 1 >= cue.i:
        sent = None
    else:
        sent = next(iter(ctx.sentences_of(cue.idx, cue.idx + 1)), None)
    if sent is None or (par := parenthetical(ctx, sent)) is None or par[0].i != cue.i \
            or par[1].i > cue.i:
        return None  # (", said Ada Vell, the mayor, who ...": what follows is about her)
    doc = ctx.doc
    comma = next((x for x in doc[cue.i + 1: min(cue.i + 5, sent.end)] if x.text == ","), None)
    if comma is None or any(x.dep_ in ("nsubj", "appos", "dobj") for x in doc[cue.i + 1: comma.i]):
        return None
    end = sent.end
    while end > comma.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    rest = doc[comma.i + 1: end]
    if len(rest) < 3 or rest[0].tag_ == "VBG" or rest[0].pos_ == "CCONJ" \
            or not any(x.tag_ in FINITE for x in rest) \
            or any(ctx.in_quote[x.i] or ctx.is_cue(x) for x in rest):
        return None
    return rest[-1]


def before_other_speaker(ctx: Context, cue: Token, heads: list, left: Token,
                         right: Token) -> tuple[Token, str] | None:
    """The clause's last word before a clause of another report beside it ("P, while a third
    said Q", "P and one in four said Q"), or None. Only a tensed report verb with a subject of
    its own that is not a pronoun (a new speaker, not a party of P), joined as an adverbial or
    a conjunct (not a relative, not the clause's own verb), opening with (or right after) one
    of ``BESIDE`` but not "and that" (the same cue's second clause). Returns the word and the
    rule that cut there."""
    if not ctx.on(OTHER_SPEAKER):
        return None
    doc, verbs = ctx.doc, ctx.cues.report_verbs
    head_ids = {h.i for h in heads if isinstance(h, Token)}
    for x in doc[left.i + 1: right.i + 1]:
        if x.lemma_.lower() not in verbs or x.pos_ != "VERB" or x.i in head_ids or x.i == cue.i \
                or x.dep_ not in ("advcl", "conj") or ctx.in_quote[x.i] \
                or not any(c.dep_ == "nsubj" and (c.tag_ != "PRP" or _speaker_again(ctx, cue, c, left, x))
                           for c in x.children):
            continue  # ("P while it pledged Q": a pronoun for a party of P, P's own words)
        again = not any(c.dep_ == "nsubj" and c.tag_ != "PRP" for c in x.children)
        first = x.left_edge
        opener = first if first.lower_ in BESIDE else doc[first.i - 1]
        if opener.lower_ not in BESIDE or opener.i <= left.i or doc[opener.i + 1].lower_ == "that" \
                or x.tag_ not in FINITE:
            continue  # "said P and that Q": one report, its second clause
        cut = opener.i
        while cut > left.i and (doc[cut - 1].pos_ == "CCONJ" or doc[cut - 1].is_punct):
            cut -= 1
        if cut - 1 > left.i:
            return doc[cut - 1], SPEAKER_AGAIN if again else OTHER_SPEAKER
    return None


SPEAKER_AGAIN = "statement.own_second_act"


def _speaker_again(ctx: Context, cue: Token, pron: Token, left: Token, verb: Token) -> bool:
    """Rule ``statement.own_second_act``: "X denies that P, although she admits that Q": "he" or
    "she" after a person who is the cue's subject, with no other person named in P, is that
    speaker again, making a second statement of her own (one statement per cue), not a party
    of P."""
    if not ctx.on(SPEAKER_AGAIN) or pron.lower_ not in ("he", "she"):
        return False
    if not any((e := ctx.ent_of.get(c.i)) is not None and e.label_ == "PERSON"
               for c in cue.children if c.dep_ == "nsubj"):  # (a misparse may give it several)
        return False
    return not any(e.label_ == "PERSON" for i in range(left.i, verb.i) if (e := ctx.ent_of.get(i)) is not None)


THAT_CONJUNCT = "statement.that_conjunct"


def that_conjunct(ctx: Context, cue: Token, left: Token, right: Token) -> Token | None:
    """The end of a second "that" clause joined to the first: "said the fee was fair, but that
    the rules would change": "and/but that" opens another complement of the same cue, which
    the parser hangs on the cue rather than inside the first clause. Only when the "that"
    marks a verb under the cue, with no quote and no other cue in the clause it opens."""
    if not ctx.on(THAT_CONJUNCT) or left.i < cue.i:
        return None
    doc, i = ctx.doc, right.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "but") or doc[i + 1].lower_ != "that" \
            or doc[i + 1].dep_ != "mark":
        return None
    verb = doc[i + 1].head
    if verb.i < i or cue not in verb.ancestors:
        return None
    words = doc[i + 2: verb.right_edge.i + 1]
    if len(words) < 3 or any(ctx.in_quote[x.i] or ctx.is_cue(x) for x in words):
        return None
    return words[-1]


EARLIER_REPORT = "statement.earlier_report_apart"


def without_earlier_report(ctx: Context, cue: Token, comps: list[Token]) -> list[Token]:
    """"About half said P; 46 percent said Q" parsed with the first "said" a clause of the
    second: a complement before the cue that is itself a report with a subject of its own is
    another statement (found from its own cue), so the cue reports only what follows it."""
    if not ctx.on(EARLIER_REPORT) or not any(c.i > cue.i for c in comps):
        return comps
    return [c for c in comps if c.i > cue.i or not (
        c.lemma_.lower() in ctx.cues.report_verbs and any(x.dep_ == "nsubj" for x in c.children))]
