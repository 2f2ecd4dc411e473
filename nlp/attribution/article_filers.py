"""Who filed the suit, read over the whole article, for a document the first filing left unowned.

``suit_parties.plaintiffs`` takes the first "X sued", "filed by X" or "plaintiff X" of the
article. Two ways of telling who filed escape it, and then "the lawsuit claims" was left with no
party although the article says plainly whose suit it is:

* the document is the passive subject and the filer its agent: "The case was launched by X",
  "the action was brought by X" (``document.passive_filer``). "sued", "filed" and "brought"
  already read their agent; a verb that only starts something ("launch", "initiate",
  ``action_verbs``) files only with a legal document for subject.
* the filer is a dead person's estate: "The estate of the comedian X sued" names no party by
  its head noun, and the estate is its own party, "Estate of X" (``estates.py``;
  ``document.estate_filer``).

Every such filing of the article is read, not only the first. When they name two different
parties the article tells of two suits and "the lawsuit" may be either: it is left unnamed
(``document.two_filers``), as a wrong party is the worst error. Read once per document, at the
filing verbs only (``lemma_positions``), and only when the first-filing reading found no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.attribution.estates import ESTATE_NOUNS, estate_name, estate_party
from nlp.attribution.group_members import named_parties
from nlp.lexicon import lemma_positions

PASSIVE, ESTATE, TWO = "document.passive_filer", "document.estate_filer", "document.two_filers"
Found = tuple[str | None, str | None, tuple[str, ...]]


def article_filer(ctx: Context) -> Found | None:
    """The one party the article's filings name (rule of the filing that named it), None when
    they name no one, and no party (``document.two_filers``) when they name two (without that
    rule, the first named)."""
    if not (ctx.on(PASSIVE) or ctx.on(ESTATE)):
        return None
    if "article_filers" not in ctx.standing:
        ctx.standing["article_filers"] = _filers(ctx)
    found = ctx.standing["article_filers"]
    names = {name for name, _, _ in found}
    if not names:
        return None
    if len(names) > 1 and ctx.on(TWO):
        return None, None, (TWO, "speaker.as_written")
    name, label, rule = found[0]
    return name, label, (rule,)


def _filers(ctx: Context) -> list[tuple[str, str, str]]:
    """(name, label, rule) of each filing the article tells of in one of the two ways above."""
    cues, doc = ctx.cues, ctx.doc
    out = []
    for i in lemma_positions(doc, frozenset(cues.filing_verbs) | frozenset(cues.action_verbs)):
        verb = doc[i]
        if verb.pos_ != "VERB" or ctx.in_quote[i]:
            continue
        if ctx.on(PASSIVE) and _legal_subject(ctx, verb):
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for obj in (g for g in agent.children if g.dep_ == "pobj"):
                    party = _first_party(ctx, obj)
                    if party is not None:
                        out.append((*party, PASSIVE))
        if ctx.on(ESTATE) and verb.lemma_.lower() in cues.filing_verbs:
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                name = estate_party(ctx, subj) or _estate_of_described(ctx, subj)
                if name is not None:
                    out.append((name, "ORG", ESTATE))
    return out


def _legal_subject(ctx: Context, verb: Token) -> bool:
    """The verb's passive subject is a suit ("the case", "the lawsuit", "the legal action")."""
    for c in verb.children:
        if c.dep_ != "nsubjpass":
            continue
        noun = c.lemma_.lower()
        if ctx.cues.document_speakers.get(noun) == "plaintiff" or noun in ctx.cues.legal_action_nouns \
                and (noun != "action" or any(m.lower_ in ("legal", "class", "court") for m in c.children)):
            return True
    return False


def _first_party(ctx: Context, tok: Token) -> tuple[str, str] | None:
    members = [m for m in named_parties(ctx, tok) if m.label_ in ORG_LABELS | {"PERSON"}]
    return (ctx.canonical(members[0]), members[0].label_) if members else None


def _estate_of_described(ctx: Context, noun: Token) -> str | None:
    """"The estate of the singer X": the parser makes "singer" the object of "of" and the name
    its apposition, which ``estate_party`` (reading the object only) does not reach."""
    if noun.lemma_.lower() not in ESTATE_NOUNS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            for c in obj.children:
                ent = ctx.ent_of.get(c.i)
                if c.dep_ == "appos" and ent is not None and ent.label_ == "PERSON":
                    return estate_name(ctx.canonical(ent))
    return None
