"""Rule ``speaker.national_government``: "The government said", "a government spokesperson said",
"Japan's government said" — a country's government as the speaker.

A government is rarely one of the text's names ("UK" is a place, "government" a common noun), so
the nearest-name rules gave its words to the last organisation named (the House of Lords for "a
government spokesperson") or kept them as written. Writers of the real sets name it by its
country, as the text does: "UK government", "Japanese government", "Japan's government". The
phrase's own country word decides ("the UK government", "Japan's government", "the Japanese
government"); a bare "the government" or "a government spokesperson" goes to the one national
government the article names so (two different ones: none, the words stay as written).
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Speaker

RULE = "speaker.national_government"
GOVERNMENT = "government"
# the roles that speak for a government when "government" modifies them ("a government
# spokesperson", "government officials")
VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "source"})


def _country(tok: Token) -> Token | None:
    """The word of ``tok``'s phrase that names its country: "UK", "Japan's", "Japanese"."""
    return next((c for c in tok.children if c.i < tok.i and (
        c.dep_ == "poss" and c.ent_type_ == "GPE" or c.dep_ in ("compound", "amod", "nmod")
        and c.ent_type_ in ("GPE", "NORP"))), None)


def _name(ctx: Context, gov: Token, country: Token) -> str:
    """"UK government", "Japan's government", "Japanese government": the country's words as
    written and the noun, without an article or another modifier ("the UK Labour government"
    is the UK government)."""
    ent = next((e for e in ctx.doc.ents if e.start <= country.i < e.end), None)
    words = ent.text if ent is not None and ent.label_ in ("GPE", "NORP") else country.text
    case = next((c.text for c in country.children if c.dep_ == "case"), "") if country.dep_ == "poss" else ""
    return " ".join(words.split()) + case + " " + gov.text.lower()


def _article_government(ctx: Context) -> str | None:
    """The one national government the article names with its country, or None."""
    found = ctx.standing.get(RULE)
    if found is None:
        names = set()
        for t in ctx.doc:
            if t.lemma_.lower() == GOVERNMENT and t.pos_ == "NOUN" and not ctx.in_quote[t.i]:
                country = _country(t)
                if country is not None:
                    names.add(_name(ctx, t, country).replace("’", "'"))
        found = ctx.standing[RULE] = (next(iter(names)),) if len(names) == 1 else ("",)
    return found[0] or None


def national_government(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """The government a subject names or stands for (see the module)."""
    if not ctx.on(RULE) or tok.i in ctx.ent_of or ctx.in_quote[tok.i] or tok.pos_ != "NOUN":
        return None
    gov = tok if tok.lemma_.lower() == GOVERNMENT else next(
        (c for c in tok.children if c.dep_ == "compound" and c.lower_ == GOVERNMENT), None)
    if gov is None or gov is not tok and tok.lemma_.lower() not in VOICES:
        return None
    if any(c.dep_ == "prep" for c in gov.children):  # "the government of X": not read here
        return None
    country = _country(gov)
    if country is not None:
        name = _name(ctx, gov, country)
    elif gov is tok and not any(c.dep_ == "det" and c.lower_ == "the" for c in gov.children):
        return None  # "a government", "governments": no one in particular
    else:
        name = _article_government(ctx)
        if name is None:
            return None
    return Speaker(name, "ORG", ctx.phrase(tok), rules=(RULE,))
