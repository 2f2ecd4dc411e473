"""A public body the text describes before (or without) naming it: the one the article names.

Real coverage of a regulator's or a government's act often lets a description speak before the
body's name appears, or never repeats the name at the point where it speaks: a headline and a
lede say "the watchdog said" and the name comes two paragraphs on; "EU officials denied ...",
then "The Vell Commission said ...", then "Regulators noted ...", "Officials said ...".
``speaker.public_body`` (role_kinds.py) looks only back for a singular noun, so these stayed
with no party, and a bare "Officials" went to the last organisation named, which in such a story
is the company under investigation: the worst error there is.

What the description means decides, over the whole article:

- ``speaker.public_body_of_article``: a singular public-body noun ("the watchdog", "the
  regulator") with no public body named before it stands for the public body the article names
  further on, when it names exactly one; with two or more, none (no party is better than a
  guess between two regulators).
- ``speaker.public_body_plural``: "Regulators noted", "Officials said", "EU officials denied":
  a bare plural of a public-body noun (``public_body_plurals`` of role_kinds.yml), its phrase
  naming no organisation but a place, stands for the public body named last before it; with
  none named before, the one public body the article names. "Officials" may also be a
  company's, so it takes a body only when the article names exactly one public body.

- ``speaker.public_body_description``: with no public body named anywhere in the article,
  "the authority said" after "The Calder competition authority said ..." keeps the fuller words
  the text first described the body with (the last definite "the ... authority" with modifiers
  before it, outside quotes), still with no party: the same body, and words a reader can place.

A description is never given to a party of another kind: only names that are public bodies
(``role_kinds.is_public_body``: the name's words, the gazetteer's kind, a body that fines)
count.

Cost: the article's public bodies are read once per document from the mentions (cached in
``ctx.standing``), and only when a subject is one of a handful of nouns.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker
from nlp.lexicon import word_lists

RULE, PLURAL_RULE = "speaker.public_body_of_article", "speaker.public_body_plural"
DESCRIPTION_RULE = "speaker.public_body_description"
BACK_TOKENS = 400  # how far back a fuller description is looked for
# a plural's modifiers that leave it bare: a place ("EU officials", "French regulators")
PLACE_TYPES = {"GPE", "NORP", "LOC"}


@lru_cache(maxsize=1)
def _plurals() -> tuple[frozenset[str], frozenset[str]]:
    d = word_lists("role_kinds.yml")
    return d["public_body_plurals"], d["public_body_plurals_also_private"]


def article_bodies(ctx: Context) -> list[Span]:
    """Every mention of a public body in the article, in text order (read once)."""
    found = ctx.standing.get("article_public_bodies")
    if found is None:
        from nlp.attribution.role_kinds import BODY_LABELS, is_public_body

        found = [e for e in ctx.mentions if e.label_ in BODY_LABELS and is_public_body(ctx, e)]
        ctx.standing["article_public_bodies"] = found
    return found


def only_body(ctx: Context, exclude: set[str]) -> Span | None:
    """The one public body the article names (its first mention), if it names exactly one and
    that one is not named in the statement's own clause."""
    bodies = article_bodies(ctx)
    names = {ctx.canonical(e) for e in bodies}
    if len(names) != 1 or names & exclude:
        return None
    return bodies[0]


def body_of_article(ctx: Context, tok: Token, exclude: set[str]) -> Speaker | None:
    """Rule ``speaker.public_body_of_article`` (read by ``role_kinds.public_body`` when no body
    was named before the noun): the article's one public body."""
    if not ctx.on(RULE):
        return None
    body = only_body(ctx, exclude)
    if body is None:
        return None
    return Speaker(ctx.canonical(body), body.label_, ctx.phrase(tok), rules=(RULE,))


def fuller_description(ctx: Context, tok: Token) -> Speaker | None:
    """Rule ``speaker.public_body_description``: no public body named in the article; "the
    authority" keeps the words of the last "the <modifiers> authority" before it."""
    if not ctx.on(DESCRIPTION_RULE) or article_bodies(ctx) or len(list(tok.lefts)) != 1:
        return None  # "the authority" alone: a phrase with modifiers of its own says enough
    lemma, doc = tok.lemma_.lower(), ctx.doc
    for t in reversed(doc[max(0, tok.i - BACK_TOKENS): tok.i]):
        if t.lemma_.lower() != lemma or t.tag_ != "NN" or ctx.in_quote[t.i]:
            continue
        lefts = list(t.lefts)
        if lefts and lefts[0].lower_ == "the" and any(c.dep_ in ("amod", "compound") for c in lefts):
            return Speaker(None, None, doc[lefts[0].i: t.i + 1].text, rules=(DESCRIPTION_RULE, "speaker.as_written"))
    return None


def _bare(ctx: Context, tok: Token) -> bool:
    """"Regulators", "Officials", "EU officials", "French regulators": no article or
    quantifier ("some officials", "many regulators"), no owner, no modifier but a place, and no
    organisation in the phrase ("Orrin officials", "officials at Orrin": other rules)."""
    for c in tok.children:
        if c.i > tok.i:
            if c.dep_ in ("prep", "acl", "relcl", "appos"):
                return False
            continue
        if c.dep_ in ("det", "poss", "nummod", "quantmod", "predet") or c.dep_ == "amod" and c.ent_type_ not in PLACE_TYPES:
            return False
        if c.dep_ in ("compound", "nmod") and not (c.ent_type_ in PLACE_TYPES or c.lower_ in ("eu", "u.s.", "us", "uk")):
            return False
    return True


def public_body_plural(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """"Regulators noted", "Officials said", "EU officials denied": the last public body named
    before, else the article's one public body; for a noun a company's people share
    ("officials"), only the article's one public body."""
    plurals, also_private = _plurals()
    if tok.tag_ not in ("NNS", "NNPS") or w.lemma not in plurals and w.lower not in plurals \
            or ctx.in_quote[tok.i] or not _bare(ctx, tok):
        return None
    ent = ctx.ent_of.get(tok.i)  # "Officials" at a sentence's start, read as a name
    if ent is not None and len(ent) > 1:
        return None
    if w.lemma in also_private or w.lower in also_private:
        body = only_body(ctx, w.exclude)
    else:
        from nlp.attribution.role_kinds import last_public_body

        body = last_public_body(ctx, w.back, w.exclude) or only_body(ctx, w.exclude)
    if body is None:
        return None
    return Speaker(ctx.canonical(body), body.label_, ctx.phrase(tok))
