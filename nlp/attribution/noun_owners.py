"""Who owns a claim noun when no possessive names them: the noun's agent, or the subject of the
light verb that carries it (issue 12, session 18: recall on real AI-IP coverage).

"Vexa Labs made similar allegations last month that P", "the judge allowed the Guild to pursue
claims that P", "the Gazette has renewed its demand that P", "Tessaly issued a declaration that
P", "the union faces allegations from authors that P", "the Ledger's position is that P": each
states P as surely as "X alleged that P" would, yet no verb of speech does it. The noun is the cue
(most writers of the real sets annotate noun complements with the noun as cue: dev16, dev19,
dev21, dev22, dev23, dev26, dev28, devr, demo2); the speaker is whoever the grammar makes the
noun's owner. ``noun_owner`` finds that token, in this order:

1. a possessive that is a name ("Reddit's allegation that P"; ``claim_nouns.py``'s own case);
2. an agent after "by" or "from" ("allegations from artists that P", "accusations by X that P");
3. the subject of a light verb (``claim_owners.yml`` ``light_verbs``: make, pursue, raise,
   issue, renew, include ...) whose object the noun is; a light verb with no subject of its own
   ("allowed the publisher to pursue claims", "sought to add claims") takes its controller: the
   object of the verb above it when it has one (object control), else that verb's subject; a
   conjoined verb takes the first verb's subject. A document as subject ("the lawsuit included
   allegations that P") is resolved to its filer by the speaker rules, as for "the lawsuit says";
4. a possessive pronoun ("its demand that P" with no light verb), resolved by the speaker rules;
and, for any of these owners, "X's position is that P": the clause hangs on "be", whose subject
the noun is, not on the noun (``copula_clause``).

Feelings voiced ("expressed concern that P", "raised fears that P": ``claim_owners.yml``
``voiced_nouns``) are statements only through a light verb of voicing (``voicing_verbs``):
"the firms' concerns that P" or "there are concerns that P" state nothing anyone said (dev27
leaves both out). A noun no one owns ("the case centred on allegations that P") is left alone,
as before: writers split on it. Denials ("rejected claims that P") are ``denials.py``'s; a
verb that is not light ("the judge dismissed claims that P", "faces allegations that P") makes
its subject no owner.

Rule ``statement.claim_noun_owner`` (switchable; the owners of 2-5, case 1 stays
``statement.owned_claim_noun``). Cost: a few children and heads of each claim noun the lemma
index finds; nothing per token.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.lexicon import word_lists

RULE = "statement.claim_noun_owner"
SUBJ = ("nsubj",)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return word_lists("claim_owners.yml")


def claim_nouns(ctx: Context) -> frozenset[str]:
    """The lemmas the statement pass looks up: claim nouns, and voiced feelings when on."""
    lists = _lists()
    base = ctx.cues.owned_claim_nouns
    return base | lists["claim_nouns"] | lists["voiced_nouns"] if ctx.on(RULE) else base


# "Mara Ellison termed the ruling a triumph, expressing optimism that P" (session 18)
PARTICIPLE = "statement.claim_noun_participle"


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJ), None)


def controlled(owner: Token) -> bool:
    """The owner is the controller of a light verb under another verb ("allowed the publisher to
    pursue claims"): a description there ("the publisher") is where the speaker rules' nearest
    party reading goes wrong (the judge who allowed, the company sued), so its party is kept as
    written (unresolved is better than the wrong party)."""
    return owner.pos_ == "NOUN" and owner.head.dep_ in ("xcomp", "ccomp") \
        and owner.head.lemma_.lower() in _lists()["light_verbs"] and owner.head.head.pos_ in ("VERB", "AUX")


def _controller(verb: Token) -> Token | None:
    """The subject of ``verb`` or, when it has none, of the verb it depends on: "allowed X to
    pursue" (X, the object of "allowed"), "sought to add" (the seeker), "said ... and made"
    (the first verb's subject). One step up, no more."""
    own = _subject(verb)
    if own is not None:
        return own
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "claims were made that P": no one named
    up = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and up.pos_ in ("VERB", "AUX"):
        obj = next((c for c in up.children if c.dep_ == "dobj" and c.i < verb.i), None)
        return obj if obj is not None else _subject(up)
    if verb.dep_ == "conj" and up.pos_ in ("VERB", "AUX"):
        return _subject(up)
    return None


def _agent(noun: Token) -> Token | None:
    """"allegations from artists", "accusations by Quillfire": the pobj of "by"/"from" hung on
    the noun, not a date ("claims from 2023")."""
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and obj.pos_ != "NUM":
                return obj
    return None


def noun_owner(ctx: Context, noun: Token) -> tuple[Token, str] | None:
    """The token whose party states the noun's clause, and the rule that found it; None when
    no one owns the noun (or only a voiced feeling with no voicing verb)."""
    lists = _lists()
    voiced = noun.lemma_.lower() in lists["voiced_nouns"]
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ != "PRON" and not voiced:
        return poss, "statement.owned_claim_noun"
    if not ctx.on(RULE):
        return (poss, "statement.owned_claim_noun") if poss is not None and not voiced else None
    if not voiced:
        agent = _agent(noun)
        if agent is not None:
            return agent, RULE
    verb = noun.head
    light = lists["voicing_verbs"] if voiced else lists["light_verbs"]
    if noun.dep_ == "dobj" and verb.lemma_.lower() in light:
        who = _controller(verb)
        if who is not None:
            return who, RULE
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") \
                and ctx.on(PARTICIPLE):  # "X praised the ruling, expressing hope that P": the
            who = _subject(verb.head)    # participle's subject is the clause's it hangs on
            if who is not None:
                return who, PARTICIPLE
    if poss is not None and not voiced:
        return poss, "statement.owned_claim_noun"
    return None


def copula_clause(ctx: Context, noun: Token) -> Token | None:
    """"X's position is that P": the clause hung on "be" whose subject the noun is."""
    if not ctx.on(RULE) or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
