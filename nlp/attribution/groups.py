"""Groups of parties: "Universal, Concord and ABKCO", "the publishers", "they".

Real coverage names the parties of a dispute once, as a list, and then speaks of them as a
group: "the music publishers said", "the studios said in a joint statement", "they argue".
Such a plural refers back to parties the text named, and it is almost never the last single
company named (in a dispute that is usually the other side). So a definite plural of a party
noun (``group_nouns`` in cues.yml) stands for, in order: the plaintiffs when it says so ("the
plaintiffs"), the defendants ("the defendants"), the last list of names of its kind ("A, B and
C"), else the plaintiffs when the filing describes them with the same noun ("X sued ... with
five other writers" for "the writers"). A bare plural ("tech companies argue") is generic and
gets none of these: its words are kept as written.

A statement's speaker is the group's first-named member (the convention of the gold files);
a no-comment is one row for each member. Nobody named in the group's own reported clause can
be in it ("the publishers said Anthropic copied": not Anthropic).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from nlp.attribution.context import Context, acted, reported
from nlp.attribution.group_lists import comma_series
from nlp.attribution.list_members import THEY_RULE, member_of
from nlp.attribution.record import Speaker

PARTY_LABELS = {"PERSON", "ORG", "OUTLET"}
KIND_LABELS = {"person": {"PERSON"}, "org": {"ORG", "OUTLET"}, "any": PARTY_LABELS}
CONJUNCTIONS = {"and", "or", "nor", "&"}
SEPARATORS = CONJUNCTIONS | {",", "the", "neither", "either", "both"}
POSSESSIVE = {"'s", "’s", "'", "’"}
Members = list[Span]


def _party_at(ctx: Context, i: int) -> Span | None:
    """The party named from token ``i`` on: "Comcast's Universal" is Universal, not Comcast."""
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


def _after_abbreviation(doc, j: int) -> int:
    """Past a short parenthesis right after a name: "Universal Music Group (UMG), Concord"."""
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 5, len(doc))) if doc[k].text == ")"), None)
        if close is not None:
            return close + 1
    return j


def _past_modifiers(ctx: Context, k: int) -> int:
    """After a list's "and": past up to three lower-case words that describe the next name ("and
    new defendant Runway AI", "and its subsidiary GitHub"), as the parse says: each hangs on
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
    j = _after_abbreviation(doc, ent.end)
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
        j = _after_abbreviation(doc, nxt.end)
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
        return [ent]  # "Unlike Google, Anthropic ...": a comma alone makes no list
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


def group_kind(ctx: Context, tok: Token) -> str | None:
    """"person", "org" or "any" when ``tok`` is a definite plural of a party noun ("the
    publishers", "these writers", "both companies", "the group"); else None."""
    cues = ctx.cues
    lemma = tok.lemma_.lower()
    kind = cues.group_nouns.get(lemma) or cues.group_nouns.get(tok.lower_)
    if kind is None or tok.i in ctx.ent_of or ctx.in_quote[tok.i]:
        return None
    plural = tok.tag_ in ("NNS", "NNPS") or kind == "any" and tok.tag_ != "NNP"
    definite = tok.lower_ == "both" or any(
        c.dep_ in ("det", "predet", "poss") and c.lower_ in cues.definite_determiners | cues.org_possessives
        for c in tok.children)
    return kind if plural and definite else None


def _names(members: Members, ctx: Context) -> list[str]:
    return [ctx.canonical(m) for m in members]


def group_for(ctx: Context, tok: Token, pos: int, exclude: set[str]) -> tuple[Members, str] | None:
    """The parties a definite plural stands for, and the rule that found them."""
    from nlp.attribution.suit_parties import defendants, plaintiffs

    kind = group_kind(ctx, tok)
    if kind is None:
        return None
    lemma = tok.lemma_.lower()
    if lemma in ctx.cues.filer_nouns and ctx.on("group.filer_nouns") and _after_case_document(ctx, tok):
        found = plaintiffs(ctx)  # "The complaint claims ... The signatories said": who filed it
        if found and not set(_names(found[0], ctx)) & exclude:
            return found[0], "group.filer_nouns"
    if lemma in ctx.cues.plaintiff_nouns and ctx.on("group.plaintiffs"):
        found = plaintiffs(ctx)
        if found:
            return found[0], "group.plaintiffs"
        if not ctx.on("group.plaintiffs_listed"):
            return None  # else "The plaintiffs, ..., including A and B, claim": the phrase's own list
        from nlp.attribution.coref import listed_in_phrase

        listed = listed_in_phrase(ctx, tok)
        return (listed, "group.plaintiffs_listed") if listed and not set(_names(listed, ctx)) & exclude else None
    if tok.lower_ in ctx.cues.defendant_nouns or lemma in ctx.cues.defendant_nouns:
        found = defendants(ctx) if ctx.on("group.defendants") else []
        how = "defendants.fuller_list" if ctx.standing.get("defendants_fuller") else "group.defendants"
        return (found, how) if found else None
    from nlp.attribution.coref import listed_in_phrase

    listed = listed_in_phrase(ctx, tok)  # "the companies - including A, B and C"
    if listed and not set(_names(listed, ctx)) & exclude:
        return listed, "group.listed_in_phrase"
    found = plaintiffs(ctx) if ctx.on("group.plaintiffs") else None
    if found and lemma in found[2] and not set(_names(found[0], ctx)) & exclude:
        # "sued X ... with five other writers", "A group of artists has filed ...": the writers
        unnamed = lemma in ctx.standing.get("unnamed_filer_nouns", ())
        return found[0], "plaintiff.unnamed_filer_nouns" if unnamed else "group.plaintiffs"
    from nlp.attribution.and_others import BARE_RULE, RULE as AND_OTHER, and_other_list

    others = and_other_list(ctx, lemma, pos, exclude)
    if others:  # "A, B and other companies ... the companies": A and B
        return others, BARE_RULE if ctx.standing.get("and_others_bare") else AND_OTHER
    described = _described_list(ctx, lemma, pos, exclude)
    if described is not None:  # "record labels A, B and C sued startups D and E": the labels
        return described, "group.described_list"
    same = _same_noun_before(ctx, tok, lemma)
    if same is not None:  # "The newspapers are seeking ... the newspapers said": the same ones
        found = group_for(ctx, same, same.idx, set())
        if found is not None and not set(_names(found[0], ctx)) & exclude:
            return found
    labels = KIND_LABELS[kind]
    if ctx.on("group.last_list"):
        from nlp.attribution.group_lists import skipped

        passed = None  # the rule that passed over a later list decides which list it is
        for members in reversed(all_groups(ctx)):  # of its kind, by most labels (they are noisy)
            if members[0].start_char < pos and 2 * sum(m.label_ in labels for m in members) >= len(members) \
                    and not set(_names(members, ctx)) & exclude:
                why = skipped(ctx, members, lemma)  # "X, backed by A and B": not the group (group_lists.py)
                if why is None:
                    return members, passed or "group.last_list"
                passed = passed or why
    return None


def _after_case_document(ctx: Context, tok: Token) -> bool:
    """The last document (or agreement) the sentences before ``tok`` speak of is the case's
    complaint or suit: then "the signatories" signed it. After "a licensing deal" or "a letter"
    they signed that instead, and are read like any other group."""
    kinds = ctx.cues.document_speakers
    for sent in reversed(ctx.sentences_of(max(0, tok.idx - 400), tok.idx)):
        for t in reversed(sent):
            if t.i >= tok.i or t.pos_ != "NOUN" or ctx.in_quote[t.i]:
                continue
            lemma = t.lemma_.lower()
            if lemma in kinds or lemma in ctx.cues.agreement_nouns:
                return kinds.get(lemma) == "plaintiff"
    return False


def _described_list(ctx: Context, lemma: str, pos: int, exclude: set[str]) -> Members | None:
    """The last list of names introduced with the group's own noun just before its first
    name ("music publishers Concord, Universal and ABKCO", "AI startups Suno and Udio"):
    "the publishers" are those, whichever list came last."""
    if not ctx.on("group.described_list"):
        return None
    doc = ctx.doc
    for members in reversed(all_groups(ctx)):
        first = members[0].start
        if members[0].start_char >= pos or set(_names(members, ctx)) & exclude:
            continue
        for t in reversed(doc[max(0, first - 3): first]):
            if t.lemma_.lower() == lemma or t.lower_.rstrip("s") == lemma:  # "labels" tagged a verb
                return members
            if t.is_punct or t.pos_ in ("AUX", "ADP", "DET"):
                break
    return None


def described_next(ctx: Context, tok: Token) -> Members | None:
    """"Korean broadcasters claim ... | South Korea's three broadcasters A, B and C filed ...":
    a bare plural of a party noun that speaks, in a headline or a lede, is named by the list the
    next sentence (or its own) introduces with the same noun just before the first name. News
    names parties generically first and by name right after; a list further away, or under
    another noun, is left alone (the plural stays generic and is kept as written)."""
    if not ctx.on("group.described_next"):
        return None
    lemma, doc = tok.lemma_.lower(), ctx.doc
    i = max(0, bisect_right(ctx.sent_starts, tok.idx) - 1)
    end = ctx.sents[min(i + 1, len(ctx.sents) - 1)].end_char
    for members in all_groups(ctx):
        first = members[0]
        if first.start_char <= tok.idx:
            continue
        if first.start_char >= end:
            return None
        for t in reversed(doc[max(0, first.start - 3): first.start]):
            if t.lemma_.lower() == lemma or t.lower_.rstrip("s") == lemma:
                return members
            if t.is_punct or t.pos_ in ("AUX", "ADP", "DET", "VERB"):
                break
    return None


def _same_noun_before(ctx: Context, tok: Token, lemma: str) -> Token | None:
    """The first definite plural subject with the same noun before ``tok``, if any."""
    for t in ctx.doc[: tok.i]:
        if t.lemma_.lower() == lemma and t.dep_ in ("nsubj", "nsubjpass") and group_kind(ctx, t):
            return t
    return None


def they_for(ctx: Context, tok: Token, pos: int, exclude: set[str]) -> tuple[Members, str] | None:
    """"they": the last list of names, or definite plural that was a subject, when it is more
    recent than the last single organisation that acted (which "they" can also stand for)."""
    if not ctx.on("pronoun.they_group"):
        return None
    best, best_pos = None, -1
    for members in reversed(all_groups(ctx)):
        if members[0].start_char < pos and not set(_names(members, ctx)) & exclude \
                and any(acted(m) for m in members):
            best, best_pos = (members, "pronoun.they_group"), members[0].start_char
            break
    for sent in reversed(ctx.sentences_of(max(0, pos - 600), pos)):
        subj = next((t for t in reversed(sent) if t.idx < pos and t.dep_ in ("nsubj", "nsubjpass")
                     and t.idx > best_pos and (group_kind(ctx, t) or _lists_members(ctx, t))), None)
        listed = subj is not None and not group_kind(ctx, subj)
        found = None if subj is None else (including(ctx, subj), "pronoun.they_listed_subject") \
            if listed else group_for(ctx, subj, subj.idx, exclude)
        if found is not None:  # "The newspapers are seeking ..., they said"
            how = ("group.relative_includes" if listed_by_relative(ctx, subj) else
                   "pronoun.they_listed_subject") if listed else "pronoun.they_group"
            best, best_pos = (found[0], how), subj.idx
            break
    single = ctx.last_mention(pos, {"ORG", "COURT"}, exclude, prefer_subject=True)
    if best is None or single is not None and acted(single) and not reported(single) \
            and not _subordinate(single, pos) and single.start_char > best_pos:
        if best is None or not member_of(ctx, single, best[0]):  # "A, B and C accuse ..." (list_members.py)
            return None
        return best[0], THEY_RULE
    return best


def _lists_members(ctx: Context, tok: Token) -> bool:
    """"15 rightsholder organisations, including A, B and C, have criticised ...": a plural party
    noun that is no definite group but lists its members in its own phrase acted as those
    members; "they" after it is them (not the addressee named since: "in a letter to X, they")."""
    from nlp.attribution.coref import words

    lemma = tok.lemma_.lower()
    return ctx.on("pronoun.they_listed_subject") and (
        tok.tag_ in ("NNS", "NNPS") and bool(ctx.cues.group_nouns.get(lemma))
        or lemma in words().collective_nouns) and bool(including(ctx, tok))


def _subordinate(e: Span, pos: int) -> bool:
    """The mention acts in a clause leading into the anaphor's own sentence ("Since X's
    networks learn from data, the group argued ..."): background, not the new actor."""
    sent = e.sent
    return sent.end_char > pos and any(a.dep_ == "advcl" for a in e.root.ancestors)


def group_in_phrase(ctx: Context, tok: Token, pos: int, exclude: set[str]):
    """"lawyers for the publishers", "the studios' lawyers": the group the role speaks for, and
    the group's noun; (None, None) when the phrase names no group."""
    for c in tok.children:
        inner = next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" and c.lower_ in ctx.cues.role_preps else c if c.dep_ == "poss" else None
        if inner is not None and group_kind(ctx, inner) is not None:
            return group_for(ctx, inner, pos, exclude), inner
    return None, None


def included(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Signatories include Studio A, B and C, arguing that ...": a common noun whose verb is
    "include" or "comprise" with names for object stands for those names (its first-named
    member speaks, as for every group); the sentence says who they are."""
    head = tok.head
    if tok.dep_ != "nsubj" or tok.i in ctx.ent_of or head.lemma_.lower() not in ("include", "comprise") \
            or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "attr")), None)
    ent = ctx.ent_of.get(obj.i) if obj is not None else None
    if ent is None or ent.label_ not in PARTY_LABELS:
        return None
    first = coordinated(ctx, ent)[0]
    return Speaker(ctx.canonical(first), first.label_, ctx.phrase(tok))
