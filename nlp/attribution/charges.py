"""A charge named by a noun: "X accused Y of <noun phrase>" (issue 12, session 12: recall on
real AI-IP coverage).

"The actors accused Lovo of fraud, false advertising and violating their publicity rights",
"The suit accuses the firms of unfair competition and unjust enrichment": what the subject
charges is the noun phrase after "of", as it is the gerund's phrase in "accused Y of copying"
(``object_complements.py``). The readable real sets of session 12 annotate it (aiip-devr five
times, aiip-dev15 once, never leaving one out), and so does PolNeAR ("accused her of battery",
"accused him of sexism", "accused its ally of complicity": 54 of the 58 active "accuse ... of"
in its development part, gerund or noun, are annotated).

Rule ``statement.accused_of_charge``: an active, un-negated cue of ``charge_of_verbs``
(cues.yml) outside marks and a headline line whose "of" (on the verb or on its object) takes a
noun, not a pronoun; the statement is the noun's phrase with the nouns coordinated with it
(the parser often hangs "and unjust enrichment" on the object Y) and the adverbials after it,
the speaker the cue's subject. Left out, as for the gerund: a passive ("was accused of
fraud": by whom?), a question, a subject that is no one; and a relative clause ("a chief who
had accused X of anti-Semitism": background on a person the text may not name, which PolNeAR
leaves out). A charge wholly in marks ('accused
Y of “stealth crawling”') is still left to the quote pass (``statement.naming_object``).
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.object_complements import _phrase_end, charge_statement, charge_verbs, of_holders
from nlp.attribution.record import Quote

ACCUSED_OF_CHARGE = "statement.accused_of_charge"
CHARGE_TAGS = {"NN", "NNS", "JJ"}  # "of fraud", "of unfair competition" ("JJ": a mis-tagged noun)


def _charge_of(verb: Token) -> tuple[Token, Token | None] | None:
    """The noun the verb's "of" takes ("accused Y of fraud"), with the object Y when the "of"
    hangs on it (the parser then often hangs the charge's conjuncts on Y too)."""
    for h in of_holders(verb):
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "of" and p.i > verb.i:
                n = next((c for c in p.children if c.dep_ == "pobj"), None)
                if n is not None and n.tag_ in CHARGE_TAGS:
                    if any(x.dep_ == "prep" and x.lower_ == "of" and any(
                            _gerund(c) for c in x.children if c.dep_ in ("pobj", "pcomp"))
                            for x in n.subtree):
                        return None  # "the developer of the models of copying ...": a gerund's
                    return n, (h if h is not verb else None)  # (object_complements.py)
    return None


def _gerund(t: Token) -> bool:
    """A gerund, tagged as one or read as a noun with an object ("of building its model")."""
    return t.tag_ == "VBG" or t.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in t.children)


def _charge_end(verb: Token, noun: Token, obj: Token | None) -> int:
    """The charge's last token: its phrase, the coordinated nouns the parser hung on the
    object instead ("of unfair competition and unjust enrichment"), then the adverbials after
    it that it hung on the verb."""
    end = _phrase_end(verb, noun)
    if obj is not None:
        for c in sorted((c for c in obj.children if c.dep_ == "conj" and c.i > end), key=lambda c: c.i):
            if c.left_edge.i > end + 2:  # ", and" at most between the charge and its conjunct
                break
            end = c.right_edge.i
    return end


def accused_of_charge(ctx: Context, cov) -> list[Quote]:
    """The statements "X accused Y of <noun phrase>" not overlapping ``cov`` (a ``Covered``,
    which each one found is added to)."""
    if not ctx.on(ACCUSED_OF_CHARGE) or not ctx.cues.charge_of_verbs:
        return []
    out: list[Quote] = []
    for verb in charge_verbs(ctx):
        if verb.dep_ == "relcl":
            continue  # "a chief who had accused X of fraud": background, no statement
        found = _charge_of(verb)
        if found is None:
            continue
        noun, obj = found
        end = _charge_end(verb, noun, obj)
        while end + 2 < len(ctx.doc) and ctx.doc[end + 1].text == "-" \
                and not ctx.doc[end].whitespace_ and not ctx.doc[end + 1].whitespace_:
            end += 2  # "of anti-Semitism": the parser may leave the word's tail off the phrase
        span = ctx.doc[noun.left_edge.i: end + 1]
        if any(ctx.in_quote[x.i] for x in span):
            continue  # words in marks: the quote pass's (statement.naming_object)
        q = charge_statement(ctx, verb, span, cov, "indirect", (ACCUSED_OF_CHARGE,))
        if q is not None:
            out.append(q)
    return out
