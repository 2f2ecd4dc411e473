"""How a text lists a group's members: "Halvard, Tarrow and Moonrail", "a coalition including A
and B", "the publishers, which include A and B", and every such list of a document.

A list is read from the parse where the parser joined it and from the words where it did not
(a name after a comma the parser hung elsewhere, an abbreviation's full stop, a name's own
modifiers). ``groups.py`` decides which list a plural or "they" stands for; this module only
reads the lists. Kept apart so each stays readable (both were one module of 430 lines).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.group_lists import comma_series, past_abbreviation

PARTY_LABELS = {"PERSON", "ORG", "OUTLET"}
KIND_LABELS = {"person": {"PERSON"}, "org": {"ORG", "OUTLET"}, "any": PARTY_LABELS}
CONJUNCTIONS = {"and", "or", "nor", "&"}
SEPARATORS = CONJUNCTIONS | {",", "the", "neither", "either", "both"}
POSSESSIVE = {"'s", "’s", "'", "’"}
Members = list[Span]


def _party_at(ctx: Context, i: int) -> Span | None:
    """The party named from token ``i`` on: "Orrin's Tunesmith" is Tunesmith, not Orrin."""
    ent = ctx.ent_of.get(i)
    if ent is None or ent.start != i or ent.label_ not in PARTY_LABELS:
        return None
    doc = ctx.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text in POSSESSIVE:
        nxt = ctx.ent_of.get(ent.end + 1)
        if nxt is not None and nxt.label_ in PARTY_LABELS:
            return nxt
    return ent


def _joined(members: Members, b: Span, gap: list[Token]) -> bool:
    """A name joins a list: an "and"/"or" before it, or a comma where the parse hangs it on
    one of the list's names, or one of them on it (as a conjunct or, often, an apposition)."""
    if any(t.lower_ in CONJUNCTIONS for t in gap):
        return True
    roots = {m.root for m in members}
    return b.root.dep_ in ("conj", "appos") and b.root.head in roots or any(
        m.root.dep_ in ("conj", "appos") and m.root.head.i == b.root.i for m in members)


def _past_modifiers(ctx: Context, k: int) -> int:
    """After a list's "and": past up to three lower-case words that describe the next name ("and
    new defendant Vexa AI", "and its subsidiary Quillhub"), as the parse says: each hangs on
    the name or on another of them, or the name stands in apposition to them; ``k`` itself
    when they do not."""
    doc, i, words = ctx.doc, k, 0
    while i < min(k + 6, len(doc)) and words < 3 and i not in ctx.ent_of and not ctx.in_quote[i]:
        t = doc[i]
        if t.text == "-" and not t.whitespace_ and i > k and not doc[i - 1].whitespace_:
            i += 1  # "award-winning author X": a hyphen inside one word
            continue
        if not t.is_lower or t.pos_ not in ("ADJ", "NOUN", "DET", "PRON") \
                and not (t.pos_ == "VERB" and t.dep_ == "amod"):
            break
        i, words = i + 1, words + 1
    ent = ctx.ent_of.get(i)
    if i == k or ent is None or ent.start != i:
        return k
    gap = range(k, i)
    appos = ent.root.head.i if ent.root.dep_ == "appos" else None
    return i if all(k <= doc[x].head.i < ent.end or x == appos for x in gap) else k


def coordinated(ctx: Context, ent: Span) -> Members:
    """The list of names ``ent`` belongs to, in reading order ("A, B and C", "neither A nor B",
    "the New York Daily News, the Chicago Tribune and ..."); just [ent] when it is alone.
    Read from the words, because the parser often hangs a list's items oddly."""
    doc, members = ctx.doc, [ent]
    j = past_abbreviation(doc, ent.end)
    while j < len(doc):  # rightwards
        k = j
        while k < len(doc) and doc[k].lower_ in SEPARATORS and not ctx.in_quote[k]:
            k += 1
        if k > j and (any(t.lower_ in CONJUNCTIONS for t in doc[j:k]) or ctx.on("group.described_member")):
            k = _past_modifiers(ctx, k)  # "and new defendant Runway AI": the name is Runway AI;
            # "comedian A, award-winning author B and C": after a comma too (group.described_member)
        nxt = _party_at(ctx, k) if k > j else None
        if nxt is None or not (_joined(members, nxt, list(doc[j:k])) or comma_series(ctx, nxt, doc[j:k])):
            break  # "A, B and C" read from the words too (group_lists.py)
        members.append(nxt)
        j = past_abbreviation(doc, nxt.end)
    i = ent.start
    while i > 0:  # leftwards
        k = i
        if doc[k - 1].text == ")":  # "A (AB), B and C" read from B
            k = next((x for x in range(k - 2, max(k - 6, -1), -1) if doc[x].text == "("), k)
            if k == i:
                break
            i = k
        while k > 0 and doc[k - 1].lower_ in SEPARATORS and not ctx.in_quote[k - 1]:
            k -= 1
        prev = ctx.ent_of.get(k - 1) if k < i and k > 0 else None
        if prev is None or prev.label_ not in PARTY_LABELS or not _joined(members, prev, list(doc[k:i])):
            break
        members.insert(0, prev)
        i = prev.start
    if len(members) > 1 and not any(t.lower_ in CONJUNCTIONS for t in doc[members[0].end: members[-1].start]):
        return [ent]  # "Unlike Orrin, Vexa ...": a comma alone makes no list
    return members


def including(ctx: Context, tok: Token) -> Members:
    """"a group of authors, including A, B and C": the names after "including" in the phrase,
    or those its relative clause says it includes (``listed_by_relative``)."""
    by_relative = listed_by_relative(ctx, tok)
    if by_relative:
        return by_relative
    for t in tok.subtree:
        if t.lower_ == "including" and not ctx.in_quote[t.i]:
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            ent = ctx.ent_of.get(obj.i) if obj is not None else None
            if ent is None and t.i + 1 < len(ctx.doc):
                ent = _party_at(ctx, t.i + 1 + (ctx.doc[t.i + 1].lower_ == "the"))
            if ent is not None and ent.label_ in PARTY_LABELS:
                return coordinated(ctx, ent)
    return []


def listed_by_relative(ctx: Context, tok: Token) -> Members:
    """"A coalition of outlets, which includes A, B and C, launched the lawsuit": the names the
    noun's own relative clause says it includes or comprises (rule ``group.relative_includes``)."""
    if not ctx.on("group.relative_includes"):
        return []
    for t in tok.subtree:
        if t.dep_ == "relcl" and t.lemma_.lower() in ("include", "comprise") and not ctx.in_quote[t.i] \
                and _noun_or_its_of(tok, t.head):
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            ent = ctx.ent_of.get(obj.i) if obj is not None else None
            if ent is not None and ent.label_ in PARTY_LABELS:
                return coordinated(ctx, ent)
    return []


def _noun_or_its_of(tok: Token, head: Token) -> bool:
    """``head`` is the noun itself or the object of its "of": "a coalition of outlets, which
    includes" hangs the clause on "outlets"."""
    return head.i == tok.i or head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == tok.i


def named_parties(ctx: Context, tok: Token) -> Members:
    """The parties a subject, agent or object names: its own name and the names listed with it,
    or its owner's ("X's lawyers"), or for a common noun the names it introduces ("newspapers
    ..., including A and B"). Never a name inside a modifier ("a reporter known for exposing
    fraud at X" is not X)."""
    from nlp.attribution.legal_forms import named_by_legal_form

    ent = ctx.ent_of.get(tok.i) or named_by_legal_form(ctx, tok)  # "Nikkei Inc.": Nikkei
    if ent is not None and ent.label_ in PARTY_LABELS:
        return coordinated(ctx, ent)
    owner = ("appos", "compound", "poss") if tok.lemma_.lower() in ctx.cues.role_nouns else ("appos",)
    for c in tok.children:  # "Orrin's lawyers" are Orrin's; a "NY Times reporter" is not the Times
        if c.dep_ in owner and c.i in ctx.ent_of:
            named = ctx.ent_of[c.i]
            if named.label_ in PARTY_LABELS:
                return coordinated(ctx, named)
    found = including(ctx, tok)
    if not found and tok.tag_ == "NNS":
        # "filed by newspapers in the Alden portfolio, including A, B and C": the parser often
        # hangs "including" elsewhere; read it right after the noun's phrase
        doc, end = ctx.doc, tok.right_edge.i + 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "including":
            first = _party_at(ctx, end + 2 + (doc[end + 2].lower_ == "the")) if end + 2 < len(doc) else None
            found = coordinated(ctx, first) if first is not None else []
    return found


def all_groups(ctx: Context) -> list[Members]:
    """Every list of two or more names outside quotes, in reading order (read once)."""
    if "groups" not in ctx.standing:
        found, seen = [], set()
        for e in ctx.mentions:
            if e.start in seen or e.label_ not in PARTY_LABELS:
                continue
            members = coordinated(ctx, e)
            seen.update(m.start for m in members)
            if len(members) > 1:
                found.append(members)
        ctx.standing["groups"] = found
    return ctx.standing["groups"]
