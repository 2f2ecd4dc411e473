"""Names the model cuts at "and" or glues at "or", and a descriptor it takes into a name.

Three repairs of the candidate spans, each a decisions row of ``nlp/data/entity_rules.yml``:
- ``names_either_side_of_or``: "representatives for Velvet Foxes or DJ Marrow" is two names.
  A name holds "and" ("Cardew and Sons") far more often than "or"; a span the model ran over
  a lower-case "or" between capitalised words lists alternatives.
- ``body_name_with_and``: "the Sarn Valley Writers and Translators Union", "the Society of
  Composers and Lyricists", "Cardew and Sons" are one name each, though the model (or the
  gazetteer's "Publishers Association") stops at the "and". Grammar tells them from a list:
  two capitalised plurals coordinated before a body noun ("Writers and Translators Union")
  name the members of one body; "of"/"for" after a body noun takes a coordination of
  ordinary words ("of Culture and Media"); "and Sons" ends a firm's name; "Hartwell and Pine,
  the law firm" is one firm, a singular noun in apposition says so. A list of names is
  left alone ("Orrin Labs and Authors Guild": the left part is no plural of English; "Society
  of Authors and Penguin Random House": the right part is more than one word).
- ``descriptor_opens_span``: "Nonprofit Wordbank did not respond", "Startup Brevia said": a
  descriptor capitalised only because it opens the sentence is not part of the name after it
  (mid-sentence the text writes "the nonprofit Wordbank": ``descriptor_before``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from nlp.extensions import doc_text

from nlp.lexicon import is_english_title_word

JOIN_WORD = re.compile(r"(?<![\w&])(?:and|&)(?![\w&])")  # lower-case "and", or "&"
OF_LINKS = ("of", "for")


def _cap(t: Token) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def _plural(t: Token, english: frozenset[str]) -> bool:
    """A capitalised plural of an ordinary English noun: "Writers", "Publishers", "Letters"."""
    low = t.lower_
    return _cap(t) and low.endswith("s") and len(low) > 3 and (
        low[:-1] in english or low[:-2] in english or low[:-3] + "y" in english)


def either_or(cands: list[Span]) -> tuple[list[Span], list[Span]]:
    """(candidates with each span that runs over a lower-case "or" between capitalised words
    cut in two, the parts made, to trace)."""
    out, made = [], []
    for c in cands:
        ors = [t for t in c[1:-1] if t.text == "or" and _cap(c.doc[t.i - 1]) and _cap(c.doc[t.i + 1])]
        if not ors:
            out.append(c)
            continue
        cuts = [c.start, *(t.i for t in ors), c.end]
        parts = [Span(c.doc, a + (a != c.start), b, label=c.label_) for a, b in zip(cuts, cuts[1:])]
        out += parts
        made += parts
    return out, made


def _index(spans: list[Span]) -> dict[int, Span]:
    return {i: s for s in spans for i in range(s.start, s.end)}


def _plural_pair(doc: Doc, i: int, cands: dict[int, Span], fixed: dict[int, Span], rule,
                 english: frozenset[str]) -> tuple[int, int] | None:
    """"Sarn Valley Writers" + "and" + "Translators Union": the left part a candidate ending
    in a plural, the right one (a candidate, or a gazetteer name of English words only)
    opening with a plural and ending in a body noun."""
    left, right = cands.get(i - 1), cands.get(i + 1) or fixed.get(i + 1)
    if left is None or right is None or left.end != i or right.start != i + 1:
        return None
    if not (_plural(doc[i - 1], english) and _plural(doc[i + 1], english)) or right[-1].lower_ not in rule.words \
            or doc[i - 1].lower_ in rule.excluded:
        return None
    if right.kb_id_ and not all(is_english_title_word(t, english) for t in right):
        return None  # a known name of its own ("Orrin Labs and Weller Trust")
    return left.start, right.end


def _body_of(doc: Doc, i: int, cands: dict[int, Span], rule, english: frozenset[str]) -> tuple[int, int] | None:
    """"Society of Composers" + "and" + "Lyricists": a body noun, "of"/"for", capitalised
    ordinary words, the "and", then ONE such word before the name ends."""
    end = i + 2
    if end > len(doc) or not (_cap(doc[i + 1]) and is_english_title_word(doc[i + 1], english)) \
            or end < len(doc) and (_cap(doc[end]) or doc[end].text in ("-", "'", "’")):
        return None
    j = i - 1
    while j >= 0 and _cap(doc[j]) and is_english_title_word(doc[j], english):
        j -= 1
    if j < 1 or j == i - 1 or doc[j].lower_ not in OF_LINKS or not doc[j].is_lower \
            or not (_cap(doc[j - 1]) and doc[j - 1].lower_ in rule.words):
        return None
    owner = cands.get(j - 1)
    return (owner.start if owner is not None else j - 1), end


def _firm(doc: Doc, i: int, cands: dict[int, Span], rule) -> tuple[int, int] | None:
    """"Cardew" + "and" + "Sons": a name, then a word of ``then`` that ends firms' names."""
    left = cands.get(i - 1)
    end = i + 2
    if left is None or left.end != i or end > len(doc) or doc[i + 1].lower_.rstrip(".") not in rule.then \
            or not _cap(doc[i + 1]) or end < len(doc) and _cap(doc[end]):
        return None
    return left.start, end


def _one_in_apposition(doc: Doc, i: int, cands: dict[int, Span], rule) -> tuple[int, int] | None:
    """"Hartwell" + "and" + "Pine", + ", the law firm ...": two names before a singular noun in
    apposition (one of ``nouns``: "the law firm", "a London agency") are one firm's name; a
    plural ("the two companies") keeps them two."""
    left, right = cands.get(i - 1), cands.get(i + 1)
    if left is None or right is None or left.end != i or right.start != i + 1 \
            or right.end + 2 >= len(doc) or doc[right.end].text != ",":
        return None
    det = doc[right.end + 1]
    if det.lower_ not in ("the", "a", "an"):
        return None
    for t in doc[right.end + 2: min(right.end + 6, len(doc))]:
        if t.dep_ == "appos" and t.tag_ == "NN" and t.lemma_.lower() in rule.nouns and det.head.i == t.i:
            return left.start, right.end
        if t.text == ",":
            break
    return None


def and_joins(doc: Doc, cands: list[Span], fixed: list[Span], rule,
              english: frozenset[str]) -> tuple[list[Span], list[Span], list[Span]]:
    """(candidates with the joined names in place of their parts, gazetteer names a join
    took in, the joined names, to trace). See the module docstring."""
    joined: list[Span] = []
    if not english:
        return cands, [], joined
    at, fixed_at = _index(cands), _index(fixed)
    for m in JOIN_WORD.finditer(doc_text(doc)):  # the joins found in the text, not token by token
        t = doc.char_span(m.start(), m.end())
        t = t[0] if t is not None and len(t) == 1 else None
        if t is None or t.i == 0 or t.i + 1 >= len(doc):
            continue
        if joined and joined[-1].end > t.i:
            continue
        found = _plural_pair(doc, t.i, at, fixed_at, rule, english) or _firm(doc, t.i, at, rule) \
            or _body_of(doc, t.i, at, rule, english) or _one_in_apposition(doc, t.i, at, rule)
        if found is not None and not (found[0] in at and (at[found[0]].start, at[found[0]].end) == found):
            joined.append(Span(doc, found[0], found[1], label="ORG"))
    if not joined:
        return cands, [], joined
    taken = {i for j in joined for i in range(j.start, j.end)}
    kept = [c for c in cands if not taken.intersection(range(c.start, c.end))]
    swallowed = [f for f in fixed if taken.intersection(range(f.start, f.end))]
    return kept + joined, swallowed, joined


def descriptor_cut(cands: list[Span], rule, english: frozenset[str],
                   plural=None) -> tuple[list[Span], list[Span], list[Span]]:
    """(candidates with an opening descriptor cut off, the names left by ``rule``, those left
    by ``plural``, to trace). ``plural``: the rule ``plural_descriptor_opens_span``
    (see ``_plural_descriptor``)."""
    out, cut, plurals = [], [], []
    for c in cands:
        t = c[0]
        first = t.is_sent_start or t.i == 0 or c.doc[t.i - 1].is_space or c.doc[t.i - 1].is_quote
        if len(c) >= 2 and first and t.lower_ in rule.words and _cap(c[1]) \
                and c[-1].lower_ not in rule.excluded:
            c = Span(c.doc, c.start + 1, c.end, label=c.label_)
            cut.append(c)
        elif plural is not None and _plural_descriptor(c, plural, english):
            c = Span(c.doc, c.start + 1, c.end, label=c.label_)
            plurals.append(c)
        out.append(c)
    return out, cut, plurals


OPENING_MARKS = frozenset({"-", "–", "—", ":"})  # "Jan 15 (Plumbline) - Publishers X ...", "Update: ..."


def _plural_descriptor(c: Span, rule, english: frozenset[str]) -> bool:
    """"Publishers Tessaly Books and Calder Group asked ...": a plural descriptor noun opening
    the sentence (or a dateline's dash) before a name is the description of the names listed,
    not the first word of one. Unlike a singular one, a plural descriptor does open bodies'
    names ("Authors Guild", "Writers Guild of America", "Publishers Association"): so the
    words after it must begin with a word that is no English word, the start of a name of its
    own ("Tessaly", "Orrin"), which the first word of a body's name never is ("Guild")."""
    if len(c) < 2 or c[0].lower_ not in rule.words or not english:
        return False
    t, doc = c[0], c.doc
    before = doc[t.i - 1] if t.i > 0 else None
    if not (before is None or t.is_sent_start or before.is_space or before.is_quote or before.text in OPENING_MARKS):
        return False
    nxt = c[1]
    return _cap(nxt) and not nxt.text.isupper() and nxt.lower_ not in english and nxt.lower_ not in rule.excluded
