"""Groups of parties: "Halvard, Tarrow and Moonrail", "the publishers", "they".

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
be in it ("the publishers said Vexa copied": not Vexa).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.mention_roles import acted, reported
from nlp.attribution.list_members import THEY_RULE, member_of
from nlp.attribution.group_members import (KIND_LABELS, PARTY_LABELS, Members, all_groups, coordinated,
                                           including, listed_by_relative)
from nlp.attribution.record import Speaker


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
        for c in tok.children) or other_parties(ctx, tok)
    return kind if plural and definite else None


def other_parties(ctx: Context, tok: Token) -> bool:
    """Rule ``group.other_parties``: "Other defendants did not respond", "other plaintiffs said":
    with no article, "other" still picks the rest of a case's known parties (the defendants or
    plaintiffs its suit names), not parties at large ("other companies")."""
    lemma = tok.lemma_.lower()
    return ctx.on("group.other_parties") \
        and (lemma in ctx.cues.defendant_nouns or tok.lower_ in ctx.cues.defendant_nouns
             or lemma in ctx.cues.plaintiff_nouns) \
        and not any(c.dep_ in ("det", "predet", "poss") for c in tok.children) \
        and any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)


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
        how = "defendants.fuller_list" if ctx.standing.get("defendants_fuller") else \
            "defendants.not_the_plaintiffs" if ctx.standing.get("defendants_skipped") else "group.defendants"
        how = ctx.standing.get("defendants_side_rule") or how  # article_sides.py
        return (found, how) if found else None  # (none: the words as written, never the plaintiff)
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
    from nlp.attribution.plural_side import RULE as SIDE_RULE, plural_side

    side = plural_side(ctx, tok, kind, exclude)
    if side is not None:  # "the companies": the dispute's one side that is such a group
        return side, SIDE_RULE
    labels = KIND_LABELS[kind]
    if ctx.on("group.last_list"):
        from nlp.attribution.group_lists import FULLER_RULE, fuller, skipped

        passed = None  # the rule that passed over a later list decides which list it is
        for members in reversed(all_groups(ctx)):  # of its kind, by most labels (they are noisy)
            if members[0].start_char < pos and 2 * sum(m.label_ in labels for m in members) >= len(members) \
                    and not set(_names(members, ctx)) & exclude:
                why = skipped(ctx, members, lemma)  # "X, backed by A and B": not the group (group_lists.py)
                if why is None:
                    whole = fuller(ctx, members, pos, exclude)  # "A has teamed up with B and C"
                    if whole is not None:
                        return whole, FULLER_RULE
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
    name ("music publishers Tarrow, Halvard and Moonrail", "AI startups Tunesmith and Quillfire"):
    "the publishers" are those, whichever list came last. A verb between them ends the look
    back, as in ``described_next``: in "publishers sued A and B" the noun is the verb's subject,
    and A and B are the other side."""
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
            if t.is_punct or t.pos_ in ("AUX", "ADP", "DET", "VERB"):
                break  # "a coalition of publishers sued A and B": the noun is the suer, A and B the sued
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
