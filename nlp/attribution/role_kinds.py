"""A speaker described by what it is can only be a party of that kind.

Real coverage of a regulator's decision names the body once and then lets "the regulator", "the
watchdog" or "the authority" speak, while the company it fined is named in almost every
sentence: the nearest-name rules (``speakers.org_anaphor``) then put the regulator's findings in
the fined company's mouth, the worst error there is. What the noun means decides instead:

- ``speaker.public_body``: a noun only a public body can be (``public_body_nouns`` of
  ``nlp/data/role_kinds.yml``) stands for the last public body the text named (a name that says
  so, "Calder Markets Authority", or the gazetteer's kind), and with none named it keeps its own
  words and no party. The text's own descriptions ("Calder's privacy regulator, the Vell
  Board"; ``described.py``) and names in its phrase ("the regulator, known as X") are read
  first, by the rules before it (it is the last before ``speaker.org_anaphor``, whose
  nearest-name reading it replaces for these nouns).
- ``speaker.public_body_named_next``: "Calder's regulator said it fined X. The Calder Markets
  Authority said ...": a body named by its country, none named before, is the public body its
  sentence or the next makes act (a lede names it by country first, by name right after).
- ``speaker.outlet_journalist``: "a Ledger reporter found ...": an unnamed journalist whose
  phrase names an outlet speaks for that outlet (the real sets' convention for unnamed
  spokespeople: the organisation, with the role).
- ``speaker.role_represents``: "Counsel appearing for X said", "lawyers representing X argue":
  the party the role's own participle names, not the court or party named last; and
  ``role.advocate_not_court`` (read by ``roles.role_for_org``): a lawyer with no party named is
  never the court named last (kept as written).

Cost: a walk back over the mentions, only at a subject whose noun is one of a handful of words,
and the subject's own phrase.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.article_bodies import body_of_article, fuller_description, public_body_plural  # noqa: F401 - re-exported
from nlp.attribution.context import Context
from nlp.attribution.mention_roles import acted
from nlp.attribution.groups import PARTY_LABELS, coordinated
from nlp.attribution.record import Speaker
from nlp.lexicon import word_lists

RULE, NEXT_RULE = "speaker.public_body", "speaker.public_body_named_next"
BODY_LABELS = {"ORG"}


@dataclass(frozen=True)
class Kinds:
    nouns: frozenset[str]
    name_words: frozenset[str]
    gazetteer: frozenset[str]
    journalists: frozenset[str]
    representing: frozenset[str]
    advocates: frozenset[str]
    sanctioning: frozenset[str]


@lru_cache(maxsize=1)
def kinds() -> Kinds:
    d = word_lists("role_kinds.yml")
    return Kinds(d["public_body_nouns"], d["public_body_name_words"], d["public_body_kinds"],
                 d["journalist_nouns"], d["representing_verbs"], d["advocate_nouns"],
                 d["sanctioning_verbs"])


def is_public_body(ctx: Context, ent: Span) -> bool:
    """The name says it is a public body ("Calder Markets Authority", "Office of the Vell
    Archive"), or the gazetteer's kind of it does, or the text has it fine someone ("Velcor
    fined Orrin Labs": an acronym says nothing, the act does)."""
    k, name = kinds(), ctx.canonical(ent)
    if (ctx.doc.user_data.get("ct_kinds") or {}).get(name) in k.gazetteer:
        return True
    if any(word in k.name_words for word in name.lower().split()):
        return True
    root = ent.root  # "Velcor fined Orrin Labs": who fines is a regulator (or a court)
    verb = root.head  # (its form too: the lemmatizer reads "fined" as "fin")
    return root.dep_ == "nsubj" and (verb.lemma_.lower() in k.sanctioning or verb.lower_ in k.sanctioning)


def last_public_body(ctx: Context, pos: int, exclude: set[str]) -> Span | None:
    """The last public body named before ``pos``, none named in the anaphor's own clause."""
    i = bisect_right(ctx.mention_pos, pos) - 1
    while i >= 0:
        e = ctx.mentions[i]
        if e.label_ in BODY_LABELS and ctx.canonical(e) not in exclude and is_public_body(ctx, e):
            return e
        i -= 1
    return None


def public_body(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"the regulator said", "as confirmed by the watchdog": the last public body named, never
    the company it regulates; with none named, the words as written (no party)."""
    placed = _placed(tok)
    if w.lemma not in kinds().nouns or tok.tag_ != "NN" and not (tok.tag_ == "NNS" and placed) \
            or tok.i in ctx.ent_of or ctx.in_quote[tok.i]:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or ctx.org_in(tok) is not None:
        return None  # "a regulator in Calder", "the Calder Authority's ...": other rules
    body = last_public_body(ctx, w.back, w.exclude)
    if body is None and placed and ctx.on(NEXT_RULE):
        body = _named_next(ctx, tok, w.exclude)
        if body is not None:
            return Speaker(ctx.canonical(body), body.label_, ctx.phrase(tok), rules=(NEXT_RULE,))
    if body is None:  # named only further on: the article's one public body (article_bodies.py)
        return body_of_article(ctx, tok, w.exclude) or fuller_description(ctx, tok) \
            or Speaker(None, None, ctx.phrase(tok), rules=("speaker.as_written",))
    return Speaker(ctx.canonical(body), body.label_, ctx.phrase(tok))


def _placed(tok: Token) -> bool:
    """"France's regulator", "French regulators", "the Calder watchdog": the phrase says whose
    country's body it is."""
    return any(c.i < tok.i and (c.dep_ == "poss" and c.ent_type_ == "GPE"
                                or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
               for c in tok.children)


def _named_next(ctx: Context, tok: Token, exclude: set[str]) -> Span | None:
    """Rule ``speaker.public_body_named_next``: "France's regulator said it fined X. The
    Calder Competition Authority said ...": a country's public body, none named before, is the
    public body that acts (a subject) in its own sentence or the next, as a lede names a body by
    its country first and by its name right after."""
    i = max(0, bisect_right(ctx.sent_starts, tok.idx) - 1)
    end = ctx.sents[min(i + 1, len(ctx.sents) - 1)].end_char
    j = bisect_right(ctx.mention_pos, tok.idx)
    while j < len(ctx.mentions) and ctx.mentions[j].start_char < end:
        e = ctx.mentions[j]
        if e.label_ in BODY_LABELS and acted(e) and ctx.canonical(e) not in exclude and is_public_body(ctx, e):
            return e
        j += 1
    return None


def outlet_journalist(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"a Ledger reporter found", "a journalist at the Ledger discovered": the outlet the
    unnamed journalist's own phrase names (``journalist_nouns``); not a company or a person
    the phrase names ("a reporter covering Orrin")."""
    if w.lemma not in kinds().journalists or tok.i in ctx.ent_of or ctx.in_quote[tok.i]:
        return None
    outlet = ctx.org_in(tok)
    if outlet is None or outlet.label_ != "OUTLET":
        return None
    name = ctx.canonical(outlet)
    return Speaker(name, outlet.label_, ctx.phrase(tok), w.lower, name)


def _represented(ctx: Context, verb: Token) -> Span | None:
    """The party a participle names as whom it acts for: "representing X", "appearing for X",
    "acting on behalf of X"."""
    for c in verb.children:
        obj = c if c.dep_ == "dobj" else next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" and c.lower_ in ("for", "on") else None
        if obj is not None and obj.lemma_.lower() == "behalf":  # "on behalf of X"
            of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        ent = ctx.ent_of.get(obj.i) if obj is not None else None
        if ent is not None and ent.label_ in PARTY_LABELS:
            return coordinated(ctx, ent)[0]
    return None


def role_represents(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Counsel appearing for X informed the court", "lawyers representing X argue": X."""
    cues = ctx.cues
    if w.lemma not in cues.role_nouns and w.lower not in cues.role_nouns or ctx.in_quote[tok.i]:
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in kinds().representing:
            party = _represented(ctx, c)
            if party is not None:
                name = ctx.canonical(party)
                return Speaker(name, party.label_, ctx.phrase(tok), w.lower, name)
    return None


def advocate_not_court(ctx: Context, w, org: Span | None) -> bool:
    """Rule ``role.advocate_not_court``: "Counsel informed the court ...", with the court named
    last: a lawyer pleads before the court, never for it."""
    return org is not None and org.label_ == "COURT" and (w.lemma in kinds().advocates or w.lower in kinds().advocates) \
        and ctx.on("role.advocate_not_court")
