"""A speaker the model did not tag as a name (rule ``speaker.untagged_name``, in the table of
``speakers.py``): the whole proper-noun run and the fuller form met before; a lower-case word
("the trade association confirmed"), a common word the entity typer found capitalised only
at a sentence's start ("Peers argued ...", ``name.sentence_start_word``) or a headline's description ("Lara Croft Voice Actress
Alleges") is no name and stays as written.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.agreement import lower_case_word
from nlp.attribution.context import Context
from nlp.attribution.record import Speaker
from nlp.common_nouns import party_nouns


def untagged_name(ctx: Context, tok: Token, pos: int, w):
    """A name the model did not tag: the whole name, and the fuller form met before."""
    if tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return None
    if tok.i in ctx.doc.user_data.get("ct_not_names", ()) and ctx.on("name.sentence_start_word"):
        # "Peers argued ...": the typer found the capital the sentence's only (sentence_start_word.py)
        return Speaker(None, None, ctx.phrase(tok), rules=("name.sentence_start_word", "speaker.as_written"))
    if lower_case_word(ctx, tok):  # "the trade association confirmed": no name (agreement.py)
        return Speaker(None, None, ctx.phrase(tok), rules=("name.lower_case_no_name", "speaker.as_written"))
    doc, left = ctx.doc, tok.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN":
        left -= 1
    if left == tok.i and tok.text[:1].isupper() and not tok.text.isupper() and tok.lower_ in party_nouns() \
            and ctx.on("name.party_noun_alone"):
        # "the Government has said", "the Office announced": a capitalised noun for a party, no
        # name of one (nlp/common_nouns.py); kept as written
        return Speaker(None, None, ctx.phrase(tok), rules=("name.party_noun_alone", "speaker.as_written"))
    if left < tok.i and _common_noun(ctx, tok.lower_) and ctx.on("name.not_a_noun"):
        # a headline's "Lara Croft Voice Actress Alleges": a description, no name; kept as written
        return Speaker(None, None, doc[left: tok.i + 1].text, rules=("name.not_a_noun", "speaker.as_written"))
    name = doc[left: tok.i + 1].text
    full, how = ctx.fuller_form(name, pos)
    role = ctx.apposition(tok)
    rules = (("name.fuller_form",) if full else ()) + how + (("role.apposition",) if role else ())
    return Speaker(full or name, "PERSON", name, role, rules=rules)


def _common_noun(ctx: Context, word: str) -> bool:
    """A word that names a kind of party, not one: "actress", "association", "publisher"."""
    from nlp.attribution.coref import words

    cues = ctx.cues
    return any(word in ws or word.rstrip("s") in ws for ws in (
        cues.person_role_nouns, cues.role_nouns, cues.org_anaphors, cues.group_nouns, words().person_nouns))
