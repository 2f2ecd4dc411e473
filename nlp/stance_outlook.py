"""What a statement foretells, not what it holds: a fact the stance rules read apart from the
statement's own subject (nlp/stance_facts.py).

A party to a dispute says many things that neither charge nor defend: what will happen next
("requests would be honoured from the next training run", "the decision will allow us to
focus on ..."), what a rule or an order would do ("the order would expose its engineering
decisions", "requiring a licence would make it impossible to build ..."). The accused side's
statements were all read as denials (stance.defendant_speaks), the blind re-annotation of the
fictional demo corpus and the real sets read such forecasts as other. What marks them is the
grammar: the statement's own verb carries a modal of the future ("will", "would") and its subject
is no party and no case (a thing, a clause, a passive's object), so it tells of neither side's
conduct. A forecast of the speaker's own conduct ("we will defend ourselves", "it would make
its case on the facts") is the speaker's: it stays with the rules that read the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc

from nlp.stance_facts import main_verb, negated

# what will come, not what may, can or must be ("style cannot be owned", "the claim should be
# struck out" argue the law: a defence); "'d" is "would" in "we'd"
FORETELLING = {"will", "would", "shall", "'ll", "'d", "\u2019ll", "\u2019d"}


def foretells(doc: Doc, q: dict) -> bool:
    """The statement's own main verb carries a modal of what will come, not negated: "would
    expose", "will allow" ("will not" is what the speaker refuses, or denies will happen)."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = main_verb(span)
    if verb is None:
        return False
    return not negated(verb) and any(c.dep_ == "aux" and c.lower_ in FORETELLING
                                     for c in verb.children)


# A regulator's finding is done: "Orrin breached its commitments", "has been fined", "had used
# the articles". What it is doing or will do is not yet a finding: "is examining whether Orrin
# ...", "plans to designate", "will investigate whether", and its present facts ("Orrin accounts
# for 90% of searches", "publishers are losing traffic") describe a market, not rule on conduct.
PAST_AUX = {"has", "have", "had", "was", "were", "did", "been"}  # ("'s" is "is" or "has": "been" tells)


def unfinished(doc: Doc, q: dict) -> bool:
    """The statement's own main verb is in the present (simple or progressive) or the future,
    not a past or perfect form: it tells of no act done (fact ``unfinished``; read only for a
    regulator's statements, nlp/claims.py)."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = main_verb(span)
    if verb is None or verb.tag_ == "VBD":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "VBD" or c.lower_ in PAST_AUX for c in aux):
        return False
    if any(c.lower_ in FORETELLING for c in aux):
        return True
    # (a plural noun with a subject of its own is a verb the tagger misread: "the decline risks")
    return verb.tag_ in ("VBZ", "VBP", "NNS") or bool(aux) and all(c.tag_ in ("VBZ", "VBP") for c in aux)
