"""Lists of names that are not the group a definite plural speaks for.

``group.last_list`` takes the last list of names before "the publishers said". Two kinds of list
in real coverage are never that group, and taking them gives the statement to the wrong party:

- ``group.list_describes_party``: a list inside a participle that describes one party ("Vexa,
  backed by Orrin and Brightwell, ..."; "Tessaly, funded by A and B"). It says who stands behind
  that party; nobody would write "the backers" and mean them as "the publishers". Only when the
  participle hangs on a single name: "labels owned by A, B and C" makes A, B and C the labels'
  group (``introduced.group_owned_by``), and that is left to the lists' usual reading.
- ``group.list_of_other_noun``: a list that another party noun introduces ("tech companies --
  including A, B and C", "AI developers such as A and B", "startups A and B") is that noun's
  group; "the publishers" is not it. A general noun ("the companies", "the firms") may stand for
  any list of organisations, and the same noun is the same group: those lists are kept.

The loop that reads the lists goes on to the list before, so the group is the parties the text
named as such earlier, or stays as written when there is none.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from nlp.attribution.context import Context
from nlp.lexicon import data_yaml

DESCRIBES_RULE = "group.list_describes_party"
OTHER_NOUN_RULE = "group.list_of_other_noun"
THINGS_RULE = "group.list_names_things"
FULLER_RULE = "group.fuller_list"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    d = data_yaml("group_lists.yml")
    return {k: frozenset(d[k]) for k in ("general_group_nouns", "introducers")}


def skipped(ctx: Context, members: list[Span], lemma: str) -> str | None:
    """The rule that says ``members`` is not the group of the plural noun ``lemma``; else None."""
    if ctx.on(DESCRIBES_RULE) and _in_describing_participle(ctx, members[0]):
        return DESCRIBES_RULE
    if ctx.on(THINGS_RULE) and _names_owned_things(ctx, members):
        return THINGS_RULE
    if ctx.on(OTHER_NOUN_RULE) and lemma not in _words()["general_group_nouns"]:
        noun = _introducing_noun(ctx, members[0])
        if noun is not None and noun != lemma:
            return OTHER_NOUN_RULE
    return None


def _names_owned_things(ctx: Context, members: list[Span]) -> bool:
    """Rule ``group.list_names_things``: "through its Seedance and Seedream AI platforms", "X's
    Gemini and Imagen models": the names modify a common noun that someone owns (a possessive
    on it): they are that owner's products or brands, not parties speaking as a group."""
    root = members[0].root
    while root.dep_ in ("compound", "nmod", "amod") and root.head.i > root.i and root.head.i in ctx.ent_of:
        root = root.head  # out of the name itself
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or head.i <= root.i or head.pos_ != "NOUN" \
            or head.i in ctx.ent_of:
        return False
    return any(c.dep_ == "poss" for c in head.children)


def fuller(ctx: Context, members: list[Span], pos: int, exclude: set[str]) -> list[Span] | None:
    """Rule ``group.fuller_list``: "Disney, NBCUniversal, and Warner Bros. Discovery have teamed
    up ... Disney has teamed up with NBCUniversal and Warner Bros. Discovery ... the studios
    argue": the last list is part of a list the text named before, which holds every one of its
    names and more; the group is the whole list (its first member speaks), the last list being
    only the part a sentence's grammar split off. The fullest such list before ``pos``; None
    when there is none."""
    from nlp.attribution.group_members import all_groups

    if not ctx.on(FULLER_RULE):
        return None
    names = {ctx.canonical(m) for m in members}
    best = None
    for other in all_groups(ctx):
        if other[0].start_char >= pos:
            break
        have = {ctx.canonical(m) for m in other}
        if names < have and not have & exclude and (best is None or len(have) > len(best[1])):
            best = (other, have)
    return best[0] if best is not None else None


def _in_describing_participle(ctx: Context, first: Span) -> bool:
    """"X, backed by A and B": the list is the agent of a participle hanging on one name."""
    root = first.root
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return False
    part = root.head.head
    if part.tag_ != "VBN" or part.dep_ not in ("acl", "relcl", "appos", "advcl"):
        return False
    owner = part.head
    ent = ctx.ent_of.get(owner.i)
    return ent is not None and owner.tag_ not in ("NNS", "NNPS") and not any(
        c.dep_ == "conj" for c in owner.children)


def _introducing_noun(ctx: Context, first: Span) -> str | None:
    """The lemma of the plural party noun right before the list ("tech companies -- including",
    "developers such as", "startups A and B"), read from the words: the parser often hangs
    "including" on another noun of the phrase."""
    doc, i = ctx.doc, first.start - 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 2
    elif i >= 0 and doc[i].lower_ in _words()["introducers"]:
        i -= 1
    elif i >= 0 and doc[i].tag_ in ("NNS", "NNPS") and i not in ctx.ent_of:
        pass  # "startups A and B": the noun itself
    else:
        return None
    while i >= 0 and doc[i].is_punct and doc[i].text not in (".", "\n"):
        i -= 1  # "tech companies -- including", "companies, including"
    if i < 0 or doc[i].tag_ not in ("NNS", "NNPS") or i in ctx.ent_of or ctx.in_quote[i]:
        return None
    noun = doc[i].lemma_.lower()
    groups = ctx.cues.group_nouns
    return noun if noun in groups or doc[i].lower_ in groups else None


SERIES_RULE = "group.comma_series"
# "Tessaly Broadcasting (TB), Calder Radio (CR) and Vexa Media (VM)": the short form in brackets
# after each name is no break in the series
SERIES_ABBR_RULE = "group.comma_series_short_forms"


def past_abbreviation(doc, j: int) -> int:
    """Past a short parenthesis at ``j``, right after a name ("Halvard Music Group (HMG), Tarrow",
    "(TB)"), else ``j``."""
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 5, len(doc))) if doc[k].text == ")"), None)
        if close is not None:
            return close + 1
    return j


def comma_series(ctx: Context, nxt: Span, gap) -> bool:
    """"Music publishers Moonrail, Tarrow and Halvard ...": a comma alone joins ``nxt`` to the
    list when the words go on from it, name after comma-separated name, to an "and"/"or" and one
    more name: the shape of a list whatever the parser hung where (it often makes the second
    name the apposition of something else). "Unlike Orrin, Vexa ..." has no such end."""
    if not ctx.on(SERIES_RULE) or [t.text for t in gap] != [","]:
        return False
    doc, j = ctx.doc, nxt.end
    for _ in range(8):
        if ctx.on(SERIES_ABBR_RULE):
            j = past_abbreviation(doc, j)  # "A (AB), B (BC) and C (CD)": each name's short form
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].lower_ in ("and", "or"):
            j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
            ent = ctx.ent_of.get(j)
            return ent is not None and ent.start == j and ent.label_ in ("PERSON", "ORG", "OUTLET") \
                and not ctx.in_quote[j]
        ent = ctx.ent_of.get(j)
        if j >= len(doc) or doc[j - 1].text != "," or ent is None or ent.start != j \
                or ent.label_ not in ("PERSON", "ORG", "OUTLET"):
            return False
        j = ent.end
    return False
