"""What a charge of wrongdoing is made of, and what only looks like one (nlp/data/stances.yml).

Fictional text only. The word classes are read by ``nlp.stance_facts.word_classes``; the
statements go through the whole pipeline (or, for an outlet the test gazetteer cannot produce,
are handed to the claims component written out, as tests/test_stance_rules.py does).
"""

from __future__ import annotations

import pytest

from nlp.claims import ClaimMaker
from nlp.stance import load_table
from nlp.stance_facts import whose, word_classes


def _stance(doc, content: str) -> tuple[str, list[str]]:
    ClaimMaker(load_table(), [])(doc)
    rows = {(t["start"], t["end"]): t for t in doc._.rule_trace or () if t["component"] == "stance"}
    for claim in doc._.ct_claims:
        q = doc._.ct_quotes[claim["quote"]]
        if q["text"].startswith(content):
            return claim["stance"], rows[(q["start"], q["end"])]["rules"]
    raise AssertionError([q["text"] for q in doc._.ct_quotes])


@pytest.mark.parametrize("said", [
    "they are ripping folks off with a cheap copy of my voice",
    "the chatbot tried to pass off the story as its own",
    "the archive was strip-mined for training data",
    "the developers would be breaking copyright law",
    "the bots were trying to evade detection",
    "they ran thousands of fraudulent accounts",
    "our right has been taken away",
    "the start-up had secretly used the recordings",
])
def test_idioms_of_wrongdoing(said):
    """A charge in its common idioms (ripped off, passed off, strip-mined, the law broken, fraud,
    evasion, a right taken away, done in secret) is a wrongdoing word, as "stole" is."""
    assert "wrongdoing" in word_classes(said, load_table())


def test_an_oath_of_contempt_is_a_grievance():
    assert "grievance" in word_classes("This is bullshit", load_table())
    assert "grievance" in word_classes("That is bulls**t", load_table())


@pytest.mark.parametrize("said, wrong", [
    ("the Gazette filed a copyright infringement lawsuit against Tessaly", False),
    ("publishers are preparing legal actions for copyright infringement", False),
    ("the plaintiffs are seeking damages", False),
    ("the chatbot significantly damages the trust of readers", True),
    ("the copyright infringement lawsuit says Tessaly copied the archive", True),
])
def test_a_case_named_is_no_charge(said, wrong):
    """A case's name ("a copyright infringement lawsuit") and the remedy sought ("damages") are
    not wrongdoing words; what the case or the speaker says was done still is."""
    assert ("wrongdoing" in word_classes(said, load_table())) is wrong


def test_telling_of_an_infringement_suit_is_no_accusation(nlp):
    """A bystander telling of a suit by its name accuses no one (blanked not_charges); without the
    blank "infringement" made it stance.accuses_other_party."""
    doc = nlp("Mara Ellison said the Calder Gazette had filed a copyright infringement lawsuit "
              "against Tessaly in March.")
    stance, rules = _stance(doc, "the Calder Gazette had filed")
    assert stance == "other", rules


def test_an_outlet_arguing_its_case_is_a_party(nlp):
    """An outlet that argues ("The Harbor Ledger argues that ...") speaks as a party, not as a
    newsroom reporting (stance.outlet_reports has no_cue: argue): its charge is an accusation."""
    text = "The Harbor Ledger argues that Tessaly copied its articles without permission."
    doc = nlp(text)
    start = text.index("Tessaly copied")
    end = text.index(".", start)
    doc._.ct_quotes = [{"text": text[start:end], "kind": "indirect", "start": start, "end": end,
                        "speaker": "Harbor Ledger", "speaker_text": "The Harbor Ledger",
                        "speaker_label": "OUTLET", "cue": "argues", "cue_lemma": "argue",
                        "speaker_role": None, "speaker_org": None, "speaker_affiliation": None,
                        "answers": None}]
    stance, rules = _stance(doc, "Tessaly copied")
    assert stance == "accusation" and "stance.outlet_reports" not in rules, rules
    doc._.ct_quotes[0].update(cue="reported", cue_lemma="report")
    doc._.rule_trace = []
    stance, rules = _stance(doc, "Tessaly copied")
    assert (stance, rules[0]) == ("other", "stance.outlet_reports"), rules


def test_actions_are_deeds_not_a_case(nlp):
    """"These actions mislead readers": the plural names the conduct charged, not the suit (a
    subject of the case would place a speaker rejecting it on the accused side); "the action"
    alone is still the case."""
    table = load_table()
    q = {"kind": "indirect", "speaker_label": "ORG"}
    doc = nlp("The Calder Gazette said these actions mislead readers.")
    subj = next(t for t in doc if t.lower_ == "actions")
    assert whose(subj, q, {"The Calder Gazette"}, {}, table, None) != "case"
    doc = nlp("Tessaly said the action was baseless.")
    subj = next(t for t in doc if t.lower_ == "action")
    assert whose(subj, q, {"Tessaly"}, {}, table, None) == "case"


@pytest.mark.parametrize("said, denied", [
    # a term or a constraint on what may be done is no denial of what was done
    ("users must not copy the software", False),
    # a wish or a rule, not what was done: "not to use"
    ("studios have come to understand not to use AI voices for dubbing", False),
    # a kind of use, no taking: "rather than product use"
    ("the accounts sent prompts in a pattern of data generation rather than product use", False),
    # the speaker's own taking, disclaimed, in a clause or after "without"
    ("it has never copied the recordings of the artists", True),
    ("the voice was made without any use of her recordings", True),
])
def test_what_is_a_disclaimed_taking(nlp, said, denied):
    """stance.taking_denied reads the speaker's own taking said not to have happened, not a
    constraint on users ("must not copy") nor a disclaimer it quotes from someone else."""
    doc = nlp(f"Tessaly said {said}.")
    got, rules = _stance(doc, said.split()[0])
    assert ("stance.taking_denied" in rules) == denied, rules
    if denied:
        assert got == "denial"


def test_a_disclaimer_quoted_from_another_is_not_the_speakers(nlp):
    """Another's disclaimer the speaker quotes inside its own words (in single marks) is not
    the speaker's: "Tessaly stated, 'We have not copied any artist.' However, ..." accuses."""
    doc = nlp("\u201cI have read the page. Tessaly stated there, \u2018We have not copied any "
              "artist.\u2019 However, its images infringe the rights of artists,\u201d Wren Adair said.")
    got, rules = _stance(doc, "I have read")
    assert got == "accusation" and "stance.taking_denied" not in rules, rules


def test_a_case_title_places_its_party(nlp):
    """"the defendant Tessaly argued ...", "Wren Adair, the plaintiff, said ...": the title the
    case gives a party names its side (sides.yml titles), for the claims component only:
    infer_dispute, which names a lawsuit's filer for attribution, does not read it."""
    from nlp.sides import infer_dispute, named_sides

    doc = nlp("The court heard the case in May. The defendant Tessaly argued that the melody was a "
              "common pattern that anyone could write. Wren Adair, the plaintiff, said the melody "
              "was hers.")
    roles = {p["entity"]: p["role"] for p in named_sides(doc)["parties"]}
    assert roles == {"Tessaly": "accused", "Wren Adair": "accuser"}
    assert infer_dispute(doc) is None
    stance, rules = _stance(doc, "the melody was a common")
    assert (stance, rules[0]) == ("denial", "stance.defendant_speaks"), rules
