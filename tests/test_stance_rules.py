"""One example per named stance rule and side rule (``nlp/data/stances.yml``).

Each case is a small fictional text and the stance the claims component gives the statement
that starts with ``content``. The test asserts the stance, that the rule's name is in the
statement's trace (``doc._.rule_trace``, component "stance", as ``claimtrack analyze --explain``
shows it), and what the stance becomes with the rule switched off (``ClaimMaker(disabled=...)``):
the rules are layered, so for some the fallback is the same stance by a weaker rule, and the
case says which.

A few cases hand the component a statement written out (``quote``) instead of the one
attribution finds: the rule is about a speaker the fictional text cannot produce with the test
gazetteer (an outlet), or about a phrase outweighing a wrongly resolved speaker, as real text
shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import yaml

from nlp.claims import ClaimMaker
from nlp.stance import load_table

SUED = "Orrin Labs sued Tessaly in March. "


@dataclass(frozen=True)
class Case:
    rule: str
    text: str
    content: str  # the start of the statement's words
    stance: str
    without: str | None  # the stance with the rule switched off (None: the rule is the last)
    quote: dict | None = None  # a statement handed to the component instead of attribution's
    speaker: str | None = None  # whose statement, where two have the same words


def _case(rule, text, content, stance, without, quote=None, speaker=None):
    return pytest.param(Case(rule, text, content, stance, without, quote, speaker), id=rule)


CASES = [
    _case("stance.court_document", "Judge Isolde Farrant heard the case on Monday. The ruling said "
          "the market for such models was growing fast.", "the market", "ruling", "ruling"),
    _case("stance.court_reports_claims", "Judge Isolde Farrant heard the case against Tessaly. "
          "The Calder District Court said the authors claim that Tessaly copied their novels.",
          "Tessaly copied", "lawsuit", "ruling",
          quote={"speaker": "Calder District Court", "speaker_text": "The Calder District Court",
                 "speaker_label": "COURT", "cue": "claim", "cue_lemma": "claim"}),
    _case("stance.court_procedure", "Judge Isolde Farrant heard the case against Tessaly on Monday. "
          "Farrant said she would rule on the motion by the end of the month.", "she would rule",
          "other", "ruling"),
    _case("stance.court_question", "Judge Isolde Farrant heard the case against Tessaly on Monday. "
          "“Why would a chatbot need the whole archive?” Farrant said.", "Why would", "other",
          "ruling"),
    _case("stance.court_to_counsel", "Judge Isolde Farrant heard the case against Tessaly on Monday. "
          "“You would still need to show that your articles were copied,” Farrant said.",
          "You would", "other", "ruling"),
    _case("stance.court_remarks", "Judge Isolde Farrant heard the case against Tessaly on Monday. "
          "Farrant warned that the delays could hurt the lawyers' credibility.", "the delays",
          "other", "ruling"),
    _case("stance.court_at_hearing", "Judge Isolde Farrant heard the case against Tessaly on Monday. "
          "“I will not certify this class,” Farrant said at the hearing.", "I will not certify",
          "other", "ruling"),
    _case("stance.court_relays_party", "Judge Isolde Farrant heard the case against Tessaly on "
          "Monday. Farrant said the authors allege that Tessaly copied their novels.",
          "the authors allege", "other", "ruling",
          quote={"speaker": "Isolde Farrant", "speaker_text": "Farrant", "speaker_label": "PERSON",
                 "cue": "said", "cue_lemma": "say"}),
    _case("stance.court_speaks", "Judge Isolde Farrant ruled on Monday that Tessaly had copied the "
          "articles of The Calder Gazette.", "Tessaly had copied", "ruling", "accusation"),
    _case("stance.answers_accusation", "Orrin Labs rejected claims from Tessaly that its model was "
          "distilled from Pelagic.", "its model was distilled", "denial", "denial"),
    _case("stance.answered_accusation", "Tessaly denied accusations by Orrin Labs that it copied the "
          "Pelagic model through its API.", "it copied the Pelagic", "accusation", "accusation",
          speaker="Orrin Labs"),
    _case("stance.complaint_speaks", SUED + "The complaint says Tessaly copied the model weights.",
          "Tessaly copied", "lawsuit", "denial",
          quote={"speaker": "Tessaly", "speaker_text": "The complaint", "speaker_label": "ORG",
                 "cue": "says", "cue_lemma": "say"}),
    _case("stance.defence_document", SUED + "Tessaly's filing says the chatbot was built on "
          "licensed text.", "the chatbot was built", "denial", "lawsuit"),
    _case("stance.suit_document", "The Calder Gazette sued Tessaly on Monday. The complaint says "
          "Tessaly copied thousands of its articles.", "Tessaly copied", "lawsuit", "accusation"),
    _case("stance.plaintiffs_state", SUED + "The plaintiffs argue that Tessaly is free-riding on "
          "their work.", "Tessaly is free-riding", "lawsuit", "lawsuit"),
    _case("stance.defence_in_filing", "Tessaly has argued in court filings that its use of the "
          "archive was fair use.", "its use", "denial", "lawsuit"),
    _case("stance.said_in_suit", "Mara Ellison and Tobin Reyes said in the lawsuit that their "
          "voices had been recorded for a research project.", "their voices", "lawsuit", "other"),
    _case("stance.claim_in_suit", "The Calder Gazette sued Tessaly on Monday. The Gazette claims "
          "that the start-up copied thousands of its articles.", "the start-up copied", "lawsuit",
          "accusation"),
    _case("stance.argued_by_filer", "The Calder Gazette sued Tessaly on Monday. The Gazette argues "
          "that the start-up copied thousands of its articles.", "the start-up copied", "lawsuit",
          "accusation"),
    _case("stance.argued_in_defence", "Tessaly objected to the claims of Orrin Labs, arguing that "
          "its model had learned from the open web.", "its model had learned", "denial", "other"),
    _case("stance.pleading_words", SUED + "Lawyers for Orrin Labs wrote: “Upon information and "
          "belief, Tessaly downloaded the model weights.”", "Upon information", "lawsuit",
          "accusation"),
    _case("stance.suit_continues", SUED + "The complaint says Tessaly copied the model weights. "
          "It added: “Tessaly sold the copies to three resellers.”", "Tessaly sold", "lawsuit",
          "accusation"),
    _case("stance.suit_claims_go_on", SUED + "The complaint says Tessaly hired four engineers "
          "from Orrin Labs. Orrin Labs contends that the engineers took the model weights with them.",
          "the engineers took", "lawsuit", "lawsuit"),
    _case("stance.claimed_in_filing", "Mara Ellison sued Tessaly in March, saying that its "
          "chatbot repeated her novels word for word.", "its chatbot", "lawsuit", "accusation"),
    _case("stance.claimed_in_filing", "The deal follows a lawsuit in which three record labels "
          "accused Orrin Labs of using their recordings without permission.", "using their",
          "lawsuit", "accusation"),
    _case("stance.admission_denied", "Tessaly never admitted that its engineers had “copied the "
          "model”, Mara Ellison said.", "its engineers", "denial", "admission"),
    _case("stance.admission_cue", "Tessaly acknowledged that an early version of its model had been "
          "trained on Gazette articles.", "an early version", "admission", "other"),
    _case("stance.denial_not_made", "Tessaly did not deny that it used “millions of Gazette "
          "articles” in training.", "it used", "other", "denial"),
    _case("stance.denial_cue", "Tessaly denied that its chatbot had been trained on Gazette "
          "articles.", "its chatbot", "denial", "other"),
    _case("stance.allegation_in_suit", "The Calder Gazette sued Tessaly on Monday. The Calder "
          "Gazette alleges that the start-up copied its archive.", "the start-up copied", "lawsuit", "accusation"),
    _case("stance.own_suit_announced", "Orrin Labs said it had filed a lawsuit against Tessaly over "
          "the use of its models.", "it had filed", "lawsuit", "accusation"),
    _case("stance.side_suit_announced", SUED + "Mara Ellison, Orrin's chief executive, said "
          "Skyreach Cloud had filed a lawsuit against Tessaly as well.", "Skyreach Cloud had",
          "lawsuit", "accusation"),
    _case("stance.accusation_cue", "Orrin Labs complained that Tessaly had hidden the accounts it "
          "used for its tests.", "Tessaly had hidden", "accusation", "other"),
    _case("stance.allegation_cue", "Orrin Labs alleged that Tessaly had hidden the accounts it used "
          "for its tests.", "Tessaly had hidden", "accusation", "other"),
    _case("stance.demand_to_stop", "The Calder Gazette requested Tessaly to cease using its archive "
          "for training.", "to cease using", "accusation", "other"),
    _case("stance.commentator_remarks", SUED + "Talia Grend, a professor of law at Harwick "
          "University, said the chatbot had copied whole articles.", "the chatbot had copied",
          "other", "accusation"),
    _case("stance.defence_refused", "Mara Ellison said Tessaly's use of her novels was not fair use.",
          "Tessaly's use", "accusation", "denial"),
    _case("stance.consent_withheld", "Wren Adair said she never consented to the use of her voice "
          "in the game.", "she never consented", "accusation", "denial"),
    _case("stance.no_position_yet", SUED + "Tessaly said it had not yet reviewed the complaint.",
          "it had not yet", "other", "denial"),
    _case("stance.taking_denied", "Tessaly said its model learns the patterns of songs rather than "
          "copying the recordings.", "its model learns", "denial", "accusation"),
    _case("stance.outlet_reports", "Tessaly had copied forty thousand articles, according to the "
          "Harbor Ledger.", "Tessaly had copied", "other", "accusation",
          quote={"speaker": "Harbor Ledger", "speaker_text": "the Harbor Ledger",
                 "speaker_label": "OUTLET", "cue": "according to"}),
    _case("stance.report_cue", "Mara Ellison reported that Tessaly had copied forty thousand "
          "articles.", "Tessaly had copied", "other", "accusation"),
    _case("stance.faults_the_case", "The Calder Gazette sued Tessaly in March. Skyreach Cloud said "
          "the suit did not identify a single article.", "the suit did not", "denial", "other"),
    _case("stance.case_found_wanting", "The Calder Gazette sued Tessaly in March. Skyreach Cloud "
          "said the lawsuit lacks any detail about the articles.", "the lawsuit lacks", "denial",
          "other"),
    _case("stance.rejects_the_case", "Tessaly said the allegations were baseless.",
          "the allegations were", "denial", "denial"),
    _case("stance.threat_of_action", "Orrin Labs accused Tessaly of copying its model. Orrin Labs "
          "said legal action would follow if Tessaly did not delete the files.", "legal action",
          "other", "other"),  # (without it: stance.plaintiff_on_its_case, "legal action" the case)
    _case("stance.resolve_against_conduct", "Mara Ellison said the company would take strict "
          "action against any infringement of its catalogue.", "the company would", "other",
          "accusation"),
    _case("stance.admission_words", "Tessaly said it should have checked where the data came from "
          "and that it regretted the mistake.", "it should have", "admission", "other"),
    _case("stance.other_side_takes", "Skyreach Cloud said it was undisputed that Tessaly had "
          "used its articles for its chatbot.", "it was undisputed", "accusation", "other"),
    _case("stance.work_taken", "Wren Adair said her voice had been cloned for the game.",
          "her voice had been", "accusation", "other"),
    _case("stance.rejection_words", "Tessaly said its training was fair use and that it would "
          "defend itself vigorously.", "its training was", "denial", "other"),
    _case("stance.grievance_words", "Skyreach Cloud said the conduct of Tessaly was "
          "unacceptable.", "the conduct", "accusation", "other"),
    _case("stance.reaction", SUED + "Mara Ellison, Orrin's chief executive, said the ruling was "
          "welcome news for every developer.", "the ruling was", "other", "accusation"),
    _case("stance.claims_compliance", "Skyreach Cloud said it provides its services in "
          "compliance with local laws.", "it provides", "denial", "other"),
    _case("stance.accuses_other_party", SUED + "Tessaly said Orrin Labs had copied the model.",
          "Orrin Labs had copied", "accusation", "denial"),
    _case("stance.charge_over_rejection", "Skyreach Cloud said some AI firms had ignored the "
          "rejection of scraping that publishers had signalled.", "some AI firms", "accusation",
          "denial"),
    _case("stance.defence_cue", "Tessaly insisted that its training data came from its own "
          "crawlers.", "its training data", "denial", "other"),
    _case("stance.deal_news", SUED + "Orrin Labs said the partnership with Pelagic would open new "
          "markets.", "the partnership", "other", "accusation"),
    _case("stance.cooperation", SUED + "Tessaly said it was willing to collaborate with Orrin "
          "Labs on a new licence.", "it was willing", "other", "denial"),
    _case("stance.plaintiff_about_itself", SUED + "Orrin Labs said its engineers had spent four "
          "years on the model.", "its engineers", "other", "accusation"),
    _case("stance.plaintiff_on_its_case", SUED + "Orrin Labs said the lawsuit was the first of its "
          "kind in the region.", "the lawsuit was", "other", "accusation"),
    _case("stance.plaintiff_speaks", SUED + "Mara Ellison, Orrin's chief executive, said the market "
          "for such models was growing fast.", "the market", "accusation", "other"),
    _case("stance.own_conduct_negated", "Tessaly said it had not shared any data with Orrin Labs.",
          "it had not shared", "denial", "other"),
    _case("stance.defendant_foresees", SUED + "Tessaly said the ruling would force every developer "
          "to buy licences.", "the ruling would", "other", "denial"),
    _case("stance.defendant_speaks", SUED + "Tessaly said its new model would ship in the summer.",
          "its new model", "denial", "other"),
    _case("stance.clarification", "Tessaly clarified that its training data came from its own "
          "crawlers.", "its training data", "denial", "other"),
    _case("stance.reply_reported", "Judge Isolde Farrant asked about the delay. Bram Osei "
          "replied that the board had to gather evidence before it could act.", "the board had",
          "denial", "other"),
    _case("stance.own_safeguards", "Skyreach Cloud said it strictly prohibits the scraping of news "
          "sites.", "it strictly prohibits", "other", "accusation"),
    _case("stance.wrongdoing_words", "Skyreach Cloud said that scraping news sites without a "
          "licence was theft.", "scraping news sites", "accusation", "other"),
    _case("stance.other_party_negated", "Orrin Labs sued Tessaly in May. Skyreach Cloud said "
          "Tessaly does not have the right to sell the archive.", "Tessaly does not have", "accusation",
          "other"),
    _case("stance.accuser_faulted", SUED + "Tessaly said Orrin Labs had not shown any infringement "
          "of its code.", "Orrin Labs had not", "denial", "accusation"),
    _case("stance.default", "Skyreach Cloud said its new data centre would open in May.",
          "its new data centre", "other", None),
    # sides
    _case("side.court_papers", SUED + "Court filings show Tessaly copied the model weights.",
          "Tessaly copied", "lawsuit", "ruling",
          quote={"speaker": "Orrin Labs", "speaker_text": "Court filings", "speaker_label": "ORG",
                 "cue": "show", "cue_lemma": "show"}),
    _case("side.court_speaker", "The Calder District Court ruled on Monday that Tessaly had copied "
          "the articles.", "Tessaly had copied", "ruling", "ruling"),
    _case("side.court_label", "The Calder District Court heard the case on Monday. It said Tessaly "
          "had copied the articles.", "Tessaly had copied", "ruling", "accusation",
          quote={"speaker": "Calder District Court", "speaker_text": "It", "speaker_label": "COURT",
                 "cue": "said", "cue_lemma": "say"}),
    _case("side.plaintiff_group", "The Calder Gazette sued Tessaly in March. The publishers said "
          "the chatbot answered questions with their articles.", "the chatbot answered",
          "accusation", "denial",
          quote={"speaker": "Tessaly", "speaker_text": "The publishers", "speaker_label": "ORG",
                 "cue": "said", "cue_lemma": "say"}),
    _case("side.defendant_group", "The Calder Gazette sued Tessaly in March. Lawyers for the "
          "defendants said the market for licences was growing fast.", "the market", "denial",
          "accusation",
          quote={"speaker": "The Calder Gazette", "speaker_text": "Lawyers for the defendants",
                 "speaker_label": "ORG", "cue": "said", "cue_lemma": "say"}),
    _case("side.regulator", "The Calder Competition Authority fined Tessaly on Monday. It said "
          "Tessaly had broken its commitments to news publishers.", "Tessaly had broken", "ruling",
          "ruling",  # (without it too: the body that fined is on the court's side, sides.yml fine_verbs)
          quote={"speaker": "Calder Competition Authority", "speaker_text": "It",
                 "speaker_label": "ORG", "cue": "said", "cue_lemma": "say"}),
    # session 18: a regulator's present or future rules on nothing yet (nlp/stance_outlook.py)
    _case("stance.regulator_inquiry", "The Calder Competition Authority opened a case on Monday. It "
          "said it is examining whether Tessaly broke its commitments to news publishers.",
          "it is examining", "accusation", "other",
          quote={"speaker": "Calder Competition Authority", "speaker_text": "It",
                 "speaker_label": "ORG", "cue": "said", "cue_lemma": "say"}),
    _case("stance.regulator_not_ruled", "The Calder Competition Authority opened a case on Monday. It "
          "said Tessaly accounts for nine in ten searches in the region.", "Tessaly accounts",
          "other", "ruling",
          quote={"speaker": "Calder Competition Authority", "speaker_text": "It",
                 "speaker_label": "ORG", "cue": "said", "cue_lemma": "say"}),
    _case("side.article_sides", "Tessaly asked the court to dismiss the lawsuit brought by Orrin "
          "Labs. Tessaly said its new model would ship in the summer.", "its new model", "denial",
          "other"),
    _case("side.dispute_role", SUED + "Tessaly said its new model would ship in the summer.",
          "its new model", "denial", "other"),
    _case("stance.report_finds_taking", "Orrin Labs sued Tessaly in March. The investigation "
          "found that the companies were using a dataset of song lyrics to build their models.",
          "the companies", "accusation", "other"),
    _case("side.outlet_unplaced", "The Harbor Ledger alleged that Tessaly had copied its archive. "
          "The Harbor Ledger also said the market for licences was growing fast.", "the market",
          "other", "accusation",
          quote={"speaker": "Harbor Ledger", "speaker_text": "The Harbor Ledger",
                 "speaker_label": "OUTLET", "cue": "said", "cue_lemma": "say",
                 "before": ("Tessaly had copied", {
                     "speaker": "Harbor Ledger", "speaker_text": "The Harbor Ledger",
                     "speaker_label": "OUTLET", "cue": "alleged", "cue_lemma": "allege"})}),
    _case("side.titled_judge", "Judge Isolde Farrant heard the case against Tessaly on Monday. "
          "Farrant said the market for such models was growing fast.", "the market", "ruling",
          "other"),
    # the presiding judge's words resolved to her name, which the article never titles "Judge":
    # her other statement is the court's too (its side rule would be none without the rule)
    _case("side.court_elsewhere", "Ines Varga heard the case against Tessaly on Monday, and "
          "the presiding judge said Tessaly had copied the archive. Varga said the "
          "market for such models was growing fast.", "the market", "ruling", "other",
          quote={"speaker": "Ines Varga", "speaker_text": "Varga", "speaker_label": "PERSON",
                 "cue": "said", "cue_lemma": "say",
                 "before": ("Tessaly had copied", {
                     "speaker": "Ines Varga", "speaker_text": "The presiding judge",
                     "speaker_label": "PERSON", "cue": "said", "cue_lemma": "say"})}),
    _case("side.own_statements", "Orrin Labs alleged that Tessaly had hidden the accounts it used. "
          "Orrin Labs also said the market was growing fast.", "the market", "accusation", "other"),
]


def _written(doc, content: str, quote: dict) -> dict:
    """A statement written out: its words run from ``content`` to the end of its sentence."""
    start = doc.text.rindex(content)
    end = doc.text.index(".", start) if "according to" not in doc.text[start:] else \
        doc.text.index(",", start)
    return {"text": doc.text[start:end], "kind": "indirect", "start": start, "end": end,
            "speaker_role": None, "speaker_org": None, "speaker_affiliation": None,
            "answers": None, **quote}


def _doc(nlp, case: Case):
    doc = nlp(case.text)
    if case.quote is not None:  # the statement written out: its words are the case's sentence's
        before = case.quote.get("before")  # (content, quote): the same speaker's statement before
        doc._.ct_quotes = ([_written(doc, *before)] if before else []) + \
            [_written(doc, case.content, {k: v for k, v in case.quote.items() if k != "before"})]
    return doc


def _decide(doc, content: str, disabled: frozenset[str] = frozenset(),
            speaker: str | None = None) -> tuple[str, list[str]]:
    """(stance, traced rules) of the statement starting with ``content``."""
    doc._.rule_trace = [t for t in doc._.rule_trace or [] if t["component"] != "stance"]
    ClaimMaker(load_table(), [], disabled)(doc)
    quotes = doc._.ct_quotes
    traced = [t for t in doc._.rule_trace if t["component"] == "stance"]
    for claim, entry in zip(doc._.ct_claims, traced):
        q = quotes[claim["quote"]]
        if q["text"].startswith(content) and speaker in (None, q["speaker"]):
            assert entry["decision"] == claim["stance"]
            return claim["stance"], entry["rules"]
    raise AssertionError([(q["text"], q["speaker"]) for q in quotes])


@pytest.mark.parametrize("case", CASES)
def test_stance_rule(nlp, case):
    doc = _doc(nlp, case)
    stance, rules = _decide(doc, case.content, speaker=case.speaker)
    assert (stance, case.rule in rules) == (case.stance, True), rules
    if case.without is not None:
        stance, rules = _decide(doc, case.content, frozenset({case.rule}), case.speaker)
        assert case.rule not in rules
        assert stance == case.without, rules


def test_every_rule_has_an_example():
    from importlib.resources import files

    data = yaml.safe_load((files("nlp") / "data" / "stances.yml").read_text(encoding="utf-8"))
    named = {r["name"] for r in data["rules"]} | {r["name"] for r in data["side_rules"]}
    assert {p.values[0].rule for p in CASES} == named
    table = load_table()
    for rules in table.side_of_rules.values():
        assert rules <= named


def test_a_denial_and_the_accusation_it_answers_are_chained(nlp):
    doc = nlp("Tessaly on Tuesday denied accusations by Orrin Labs that it copied the Pelagic model "
              "through its API.")
    quotes = doc._.ct_quotes
    assert len(quotes) == 2 and quotes[0]["text"] == quotes[1]["text"]
    denial = next(q for q in quotes if q["answers"] is not None)
    accusation = quotes[denial["answers"]]
    assert (denial["speaker"], accusation["speaker"]) == ("Tessaly", "Orrin Labs")
    assert accusation["answers"] is None and accusation["cue"] == "accusations"
    claims = {quotes[c["quote"]]["speaker"]: c for c in doc._.ct_claims}
    assert (claims["Tessaly"]["stance"], claims["Tessaly"]["target"]) == ("denial", "Orrin Labs")
    assert (claims["Orrin Labs"]["stance"], claims["Orrin Labs"]["target"]) == ("accusation", "Tessaly")


def test_no_chain_when_the_accusation_is_not_denied(nlp):
    doc = nlp("Tessaly did not deny accusations by Orrin Labs that it copied the Pelagic model.")
    assert all(q["answers"] is None for q in doc._.ct_quotes)
    assert not [q for q in doc._.ct_quotes if q["speaker"] == "Orrin Labs"]


def test_a_curly_negation_is_a_negation(nlp):
    """The parser takes "wasn’t" (curly apostrophe) apart as "was" + punctuation: still a
    denial of the speaker's own conduct, not an accusation for its word "copying"."""
    doc = nlp("Tessaly said that it wasn’t responsible for any copying of Gazette articles.")
    assert _decide(doc, "it wasn")[0] == "denial"


def test_a_document_speaks_only_as_the_phrase_head(nlp):
    """"Orrin's announcement of the lawsuit" is a press statement, not the lawsuit."""
    case = Case("", SUED + "Tessaly has taken our models, the announcement of the lawsuit says.",
                "Tessaly has taken", "accusation", None,
                {"speaker": "Orrin Labs", "speaker_text": "Orrin Labs's announcement of the lawsuit",
                 "speaker_label": "ORG", "cue": "says", "cue_lemma": "say"})
    stance, rules = _decide(_doc(nlp, case), case.content)
    assert (stance, "stance.suit_document" in rules) == ("accusation", False), rules


def test_its_is_not_a_person_speaker(nlp):
    """In reported speech "its" stands for a speaker that is not a person: an author arguing
    that "its output" copies her books speaks of the other side's product, not of herself."""
    doc = nlp("Mara Ellison sued Tessaly in March. Ellison argued that its output was a derivative "
              "of her novels.")
    stance, rules = _decide(doc, "its output")
    assert (stance, "stance.plaintiff_about_itself" in rules) == ("lawsuit", False), rules


def test_rejection_words_end_at_a_word_end():
    """"to copy " is a wrongdoing phrase; "access to copyrighted work" holds none."""
    from nlp.stance_facts import word_classes

    table = load_table()
    assert "wrongdoing" in word_classes("it was built to copy the archive", table)
    assert "wrongdoing" not in word_classes("systems that control access to copyrighted work", table)
    assert "rejection" in word_classes("any suggestion that we used its models is inaccurate", table)


def test_one_named_side_places_its_party(nlp):
    """An article that names only one side of a suit ("sued a group of app makers": no name for
    the other side) still places that party: its statements are a plaintiff's (side.dispute_role
    through nlp.sides.named_sides), while infer_dispute, which wants both sides, has none."""
    from nlp.sides import infer_dispute, named_sides

    doc = nlp("The Calder Gazette sued a group of app makers in March. The Calder Gazette said "
              "readers had found its articles inside the apps.")
    assert infer_dispute(doc) is None
    assert named_sides(doc)["parties"] == [{"entity": "The Calder Gazette", "role": "accuser"}]
    stance, rules = _decide(doc, "readers had found")
    assert (stance, "side.dispute_role" in rules) == ("accusation", True), rules


def test_who_takes_claims_seriously_files_nothing(nlp):
    """"take" files only an action ("took legal action against X"): "Tessaly takes all claims of
    infringement seriously" is the accused speaking, not a filer (sides.yml filing_objects)."""
    from nlp.sides import named_sides

    doc = nlp("Tessaly takes all claims of infringement seriously, the company wrote.")
    assert named_sides(doc)["parties"] == []
    doc = nlp("Orrin Labs took legal action against Tessaly in March.")
    assert {"entity": "Orrin Labs", "role": "accuser"} in named_sides(doc)["parties"]


def test_who_defends_itself_against_a_suit_is_the_accused(nlp):
    """"Tessaly is also defending itself against a separate suit from Orrin Labs" is a vote for
    the accused side (nlp.side_votes, defend_verbs): its "we disagree with the claims" is a denial,
    not, by its other statements, an accuser's words."""
    from nlp.side_votes import side_votes

    doc = nlp("The Calder Gazette is claiming in a new lawsuit that Tessaly copied its archive. "
              "Tessaly is also defending itself against a separate suit from Orrin Labs.")
    assert side_votes(doc).get("Tessaly") == "accused"


def test_a_fined_party_is_the_accused_without_for(nlp):
    """"The agency said it fined Tessaly 15 million euros after an investigation": "fine" is a
    sanction with or without "for" (fine_verbs), and "fined" is read by its form (the model's
    lemmatizer gives "fin"); "suspended Tessaly" alone places no one (sanction_verbs want "for")."""
    from nlp.sides import named_sides

    doc = nlp("The Calder Markets Authority said on Friday it fined Tessaly 15 million euros after an "
              "investigation.")
    assert {"entity": "Tessaly", "role": "accused"} in named_sides(doc)["parties"]
    doc = nlp("The Calder Markets Authority said on Friday it suspended Tessaly after an investigation.")
    assert not any(p["entity"] == "Tessaly" for p in named_sides(doc)["parties"])


@pytest.mark.parametrize("text, filers", [
    ("Orrin Labs sued Tessaly in March.", ["Orrin Labs"]),
    ("Orrin Labs filed a lawsuit against Tessaly in March.", ["Orrin Labs"]),
    ("Orrin Labs accused Tessaly of copying its model in March.", []),
    ("Orrin Labs filed a complaint against Tessaly with the regulator.", ["Orrin Labs"]),
    ("Orrin Labs announced on Friday it had filed a lawsuit against Tessaly.", ["Orrin Labs"]),
    ("The case, Mara Ellison et al. v. Tessaly, began in March.", ["Mara Ellison"]),
    ("The case, Mara Ellison vs Tessaly, began in March.", ["Mara Ellison"]),
])
def test_who_filed_a_suit_is_told_apart_from_who_accused(nlp, text, filers):
    """nlp.sides.named_sides "filers": a party placed by a suit's own words (sue, a suit noun
    filed or owned, a pronoun that reports its own filing, the first name of a case caption),
    the fact `sued` of stance.argued_by_filer; an accuser is not one."""
    from nlp.sides import named_sides

    assert named_sides(nlp(text))["filers"] == filers


def test_an_accusers_argument_outside_a_suit_stays_an_accusation(nlp):
    """stance.argued_by_filer asks who filed: a party that accused in a blog post argues its
    accusation, not a suit ("sued" elsewhere in the article by another party)."""
    doc = nlp("The Calder Gazette sued Vexa Labs in March. Orrin Labs accused Tessaly of copying "
              "its model in a blog post. Orrin Labs argues that Tessaly copied the model weights.")
    stance, rules = _decide(doc, "Tessaly copied")
    assert "stance.argued_by_filer" not in rules and stance == "accusation", rules


def test_a_word_of_a_persons_name_is_no_title(nlp):
    """A plaintiff named Justice is no court: a word of the speaker's own name is not read as
    a judge's title (speaker_classes, titled_judges)."""
    doc = nlp("Tony Justice sued Tessaly in March. Justice alleges that Tessaly copied his songs.")
    stance, rules = _decide(doc, "Tessaly copied")
    assert (stance, rules[0]) == ("lawsuit", "stance.allegation_in_suit"), rules


@pytest.mark.parametrize("who", ["The judges", "The jurors"])
def test_a_bench_or_a_jury_is_the_court(nlp, who):
    """Several judges speak as one court, a jury finds as one: side.court_speaker reads the
    plural and the jury (speaker_words.judge), as it reads "the judge"."""
    doc = nlp(f"Orrin Labs sued Tessaly in March. {who} agreed that Tessaly had copied the archive.")
    stance, rules = _decide(doc, "Tessaly had copied")
    assert (stance, "side.court_speaker" in rules) == ("ruling", True), rules


def test_a_report_on_clicks_takes_nothing(nlp):
    """A study's finding with no taking in it is no charge (stance.report_finds_taking)."""
    doc = nlp("Orrin Labs sued Tessaly in March. A study found that readers clicked on fewer "
              "links below the summaries.")
    stance, rules = _decide(doc, "readers clicked")
    assert "stance.report_finds_taking" not in rules and stance == "other", rules


def test_the_defendant_alleging_accuses(nlp):
    """What the sued party alleges is an accusation, not the lawsuit (allegation_in_suit is for
    the plaintiff's side or an unplaced speaker)."""
    doc = nlp(SUED + "Tessaly alleged that Orrin Labs had paid someone to hack its chatbot.")
    stance, rules = _decide(doc, "Orrin Labs had paid")
    assert (stance, rules[0]) == ("accusation", "stance.allegation_cue"), rules


def test_a_class_claiming_states_the_suit(nlp):
    """"The authors claim ..." (a party named by its place in the case) is the suit's case too."""
    doc = nlp("Mara Ellison and Tobin Reyes sued Tessaly in March. The authors claim that Tessaly "
              "copied their novels.")
    stance, rules = _decide(doc, "Tessaly copied")
    assert (stance, rules[0]) == ("lawsuit", "stance.claim_in_suit"), rules


def test_the_sued_party_claiming_is_no_lawsuit(nlp):
    """What the sued party claims is not the suit's case (stance.claim_in_suit is for the side
    that sued or an unplaced speaker): "Tessaly claims ..." after "X sued Tessaly" is no lawsuit."""
    doc = nlp(SUED + "Tessaly claims that Orrin Labs had paid someone to hack its chatbot.")
    stance, rules = _decide(doc, "Orrin Labs had paid")
    assert "stance.claim_in_suit" not in rules and stance != "lawsuit", (stance, rules)


def test_a_protest_is_no_denial(nlp):
    """"We cannot allow this ..." is negated, but it protests; it denies no conduct of the
    speaker's (tolerance_verbs), so stance.own_conduct_negated does not read it as a denial."""
    doc = nlp(SUED + "Mara Ellison said: “We cannot allow this to become the norm.”")
    stance, rules = _decide(doc, "We cannot allow")
    assert (stance, "stance.own_conduct_negated" in rules) == ("other", False), rules


def test_a_regulators_officer_speaks_for_it(nlp):
    """The chief executive of a competition authority, speaking of a party's conduct, stands where
    the regulator stands (its organisation is read for side.regulator)."""
    case = Case("", "The Calder Competition Authority proposed rules for Tessaly. Ada Brill said "
                "Tessaly had broken its commitments to publishers.", "Tessaly had broken", "ruling", None,
                {"speaker": "Ada Brill", "speaker_text": "Ada Brill", "speaker_label": "PERSON",
                 "speaker_org": "Calder Competition Authority", "cue": "said", "cue_lemma": "say"})
    stance, rules = _decide(_doc(nlp, case), case.content)
    assert (stance, "side.regulator" in rules) == ("ruling", True), rules


def test_a_regulators_affiliate_speaks_for_it(nlp):
    """The same when attribution names the regulator as whom the speaker speaks for
    (speaker_affiliation, as for "Authority chief executive Ada Brill said")."""
    case = Case("", "The Calder Competition Authority proposed rules for Tessaly. Ada Brill said "
                "Tessaly had broken its commitments to publishers.", "Tessaly had broken", "ruling", None,
                {"speaker": "Ada Brill", "speaker_text": "Ada Brill", "speaker_label": "PERSON",
                 "speaker_affiliation": "Calder Competition Authority", "cue": "said",
                 "cue_lemma": "say"})
    stance, rules = _decide(_doc(nlp, case), case.content)
    assert (stance, "side.regulator" in rules) == ("ruling", True), rules


@pytest.mark.parametrize("said_as", ["Calder's data protection agency"])
def test_a_regulator_called_the_authority_finds(nlp, said_as):
    """"Calder's data protection agency said it fined X ...": a public body named by its
    description, its name in its own language (no English regulator word in it), is the
    regulator still (speaker_words regulator: "data protection agency"). Not a bare "the
    authority": a transit authority's officer ("the authority's director") decides nothing."""
    case = Case("", "Garante Calder fined Tessaly on Friday. The fine comes after the authority "
                "found Tessaly processed users' data without a legal basis.", "Tessaly processed",
                "ruling", None,
                {"speaker": "Garante Calder", "speaker_text": said_as, "speaker_label": "ORG",
                 "cue": "found", "cue_lemma": "find"})
    stance, rules = _decide(_doc(nlp, case), case.content)
    assert (stance, "side.regulator" in rules) == ("ruling", True), rules


def test_who_attacks_is_on_the_accusing_side(nlp):
    """"X criticised the draft" places X on the accusing side for its statements (attack_verbs
    of sides.yml), for the claims component only: no lawsuit's filer is read from it."""
    from nlp.sides import infer_dispute, named_sides

    doc = nlp("Orrin Labs criticised the draft code on Monday. Orrin Labs said the template "
              "was too vague to check anything.")
    assert infer_dispute(doc) is None
    assert named_sides(doc)["parties"] == [{"entity": "Orrin Labs", "role": "accuser", "attack": True}]
    stance, rules = _decide(doc, "the template")
    assert (stance, rules) == ("accusation", ["stance.plaintiff_speaks", "side.dispute_role"]), rules


def test_according_to_the_complaint_frames_a_lawsuit(nlp):
    """"According to the complaint, X said P": the frame names the document X's words are read
    from, so P is the lawsuit's (said_in_suit reads the cue's "according to")."""
    doc = nlp("According to the complaint, Mara Ellison said her voice had been cloned for an "
              "advertisement.")
    stance, rules = _decide(doc, "her voice")
    assert (stance, rules[0]) == ("lawsuit", "stance.said_in_suit"), rules


def test_every_named_filer_and_a_products_maker_is_placed(nlp):
    """"Writers including X and Y filed a suit against Z's chatbot": both named writers are on
    the accusing side (nlp.sides.parties reads "including" and coordination), and the
    chatbot's maker Z on the accused side (a product's possessor)."""
    from nlp.sides import named_sides

    doc = nlp("Writers including Mara Ellison and Tobin Reyes filed a lawsuit against Tessaly's "
              "chatbot in March.")
    roles = {p["entity"]: p["role"] for p in named_sides(doc)["parties"]}
    assert roles == {"Mara Ellison": "accuser", "Tobin Reyes": "accuser", "Tessaly": "accused"}


def test_a_sanction_for_an_act_places_its_parties(nlp):
    """"Orrin Labs suspended Tessaly for copying ..." places both as a suit does (sanction_verbs
    of sides.yml, only with "for"): what Tessaly then says is the accused side's."""
    from nlp.sides import named_sides

    doc = nlp("Orrin Labs suspended Tessaly for copying its model. Tessaly said its new model "
              "would ship in the summer.")
    roles = {p["entity"]: p["role"] for p in named_sides(doc)["parties"]}
    assert roles == {"Orrin Labs": "accuser", "Tessaly": "accused"}
    assert _decide(doc, "its new model")[0] == "denial"
    assert named_sides(nlp("Orrin Labs suspended Tessaly in May."))["parties"] == []


def test_a_reply_alone_is_no_denial(nlp):
    """A quoted reply tells that X answered, not what X holds: a company's statement of its
    values, given in reply, denies nothing (real coverage: replies to posts, thank-yous)."""
    doc = nlp("“We are committed to the rights of every creator,” Kestrel Audio replied.")
    rows = [t for t in doc._.rule_trace or () if t["component"] == "stance"]
    assert rows and all(t["decision"] == "other" for t in rows), rows


@pytest.mark.parametrize("word", ["pathetic", "scandalous", "reprehensible", "shocking", "upsetting",
                                  "uncomfortable"])
def test_words_of_contempt_are_a_grievance(nlp, word):
    """A speaker's contempt for conduct ("It was absolutely scandalous") accuses, as the older
    grievance words do, though it names no act (real interviews of artists and voice actors)."""
    doc = nlp(f"Tessaly cloned the voice of Wren Adair. “It was {word},” Wren Adair said.")
    rows = [t for t in doc._.rule_trace or () if t["component"] == "stance"]
    assert rows and rows[-1]["decision"] == "accusation", rows
    assert "stance.grievance_words" in rows[-1]["rules"], rows


@pytest.mark.parametrize("said", ["I'm actually not sure about that",
                                  "I'm not going to go into detail about the data"])
def test_not_saying_is_no_position(nlp, said):
    """A party that will not say ("I'm not sure about that", "I'm not going to go into detail")
    takes no position: no denial, though its own verb is negated (stance.no_position_yet)."""
    doc = nlp(f"Orrin Labs sued Tessaly in May. “{said},” said Mara Ellison, Tessaly's chief "
              "technology officer.")
    rows = [t for t in doc._.rule_trace or () if t["component"] == "stance"]
    assert rows and rows[-1]["decision"] == "other", rows
    assert "stance.no_position_yet" in rows[-1]["rules"], rows


def test_an_accusing_participle_shares_its_clauses_subject(nlp):
    """"X sent a letter to Y, accusing the start-up of ...": the participle's accuser is the
    clause's subject (nlp.sides, SHARED_SUBJECT); a passive participle is not ("Accused of
    copying, Y said ...": Y is the accused, never the accuser)."""
    from nlp.sides import named_sides

    doc = nlp("Orrin Labs sent a letter to Tessaly's chief executive, accusing the start-up of "
              "copying its articles.")
    assert {"entity": "Orrin Labs", "role": "accuser"} in named_sides(doc)["parties"]
    doc = nlp("Accused of copying its rival, Tessaly said it had built the model itself.")
    assert not [p for p in named_sides(doc)["parties"] if p["role"] == "accuser"]


@pytest.mark.parametrize("said", ["it would not ban images made with AI",
                                  "it does not want to stop AI companies from doing business"])
def test_what_it_will_not_do_is_no_denial(nlp, said):
    """A party's own negated verb denies its conduct ("it did not use ..."); what it will not
    do, or does not want, is a decision or a wish (stance_facts.will_not, tolerance_verbs)."""
    doc = nlp(f"Skyreach Cloud said {said}.")
    stance, rules = _decide(doc, said.split()[0] + " ")
    assert (stance, "stance.own_conduct_negated" in rules) == ("other", False), rules
    doc = nlp("Skyreach Cloud said it had not used the archive.")
    assert _decide(doc, "it had not")[0] == "denial"



def test_the_cue_inside_an_interrupted_quote_is_read(nlp):
    """"“A,” the judge said at the hearing. “B.”" is one statement whose cue lies between its
    marks: that cue's "at the hearing" is read (stance_facts.cue_token), so it is no ruling."""
    doc = nlp("Judge Isolde Farrant heard the case against Tessaly on Monday. “I will not certify "
              "this class,” Farrant said at the hearing. “There is no plan here.”")
    stance, rules = _decide(doc, "I will not certify")
    assert (stance, rules[0]) == ("other", "stance.court_at_hearing"), rules


@pytest.mark.parametrize("said", ["let us set the record straight", "the model was independently developed",
                                  "the story is a fairy tale", "the voice was independently synthesized",
                                  "the game is closer to a parody", "it is fair dealing"])
def test_idioms_of_denial_are_rejection_words(said):
    """A party's idioms of denial ("set the record straight", "independently developed", "a fairy
    tale") are rejection words, as "without merit" is."""
    from nlp.stance_facts import word_classes

    assert "rejection" in word_classes(said, load_table())


def test_a_source_no_rule_named_gets_its_stance_but_no_claimant(nlp):
    """claim.source_as_written: "A group of authors alleges that ..." with no author named is an
    accusation whose claimant stays empty, never a party; without the rule it had no claim."""
    doc = nlp("A group of authors alleges that Tessaly copied their novels without permission.")
    q = next(i for i, x in enumerate(doc._.ct_quotes) if x["text"].startswith("Tessaly copied"))
    assert doc._.ct_quotes[q]["speaker"] is None
    claim = next(c for c in doc._.ct_claims if c["quote"] == q)
    assert (claim["claimant"], claim["stance"], claim["target"]) == (None, "accusation", "Tessaly")
    assert any("claim.source_as_written" in t["rules"] for t in doc._.rule_trace if t["component"] == "stance")
    ClaimMaker(load_table(), [], frozenset({"claim.source_as_written"}))(doc)
    assert not [c for c in doc._.ct_claims if c["quote"] == q]


@pytest.mark.parametrize("said", ["she had fallen victim to the scheme", "it shocked her"])
def test_how_the_wronged_felt_is_a_grievance(nlp, said):
    """The wronged party telling how it felt ("I fell victim to it", "it shocked me") accuses, as
    the words of contempt do (grievance words "victim", "shocked")."""
    doc = nlp(f"Wren Adair said {said}.")
    stance, rules = _decide(doc, said.split()[0] + " ")
    assert (stance, rules[0]) == ("accusation", "stance.grievance_words"), rules


@pytest.mark.parametrize("said", ["users' posts may be used to train its models",
                                  "AI was used to make the song"])
def test_a_term_or_a_tool_used_is_no_work_taken(nlp, said):
    """stance.work_taken reads a work taken; what may be done with it (a platform's terms) or a
    tool used ("AI was used to ...", tool_nouns) is none."""
    doc = nlp(f"Skyreach Cloud said {said}.")
    stance, rules = _decide(doc, said.split()[0] + " ")
    assert "stance.work_taken" not in rules and stance == "other", rules


def test_a_quote_with_no_source_gets_its_stance_but_no_claimant(nlp):
    """claim.no_source: a headline's quote that attribution gives no source at all is read from
    its words, with no claimant; without the rule it had no claim."""
    doc = nlp("“Tessaly copied our whole archive without a licence”: Calder Gazette sues chatbot "
              "maker\nThe Calder Gazette filed suit against Tessaly on Monday.")
    q = next(i for i, x in enumerate(doc._.ct_quotes) if x["text"].startswith("Tessaly copied"))
    assert doc._.ct_quotes[q]["speaker"] is None and not doc._.ct_quotes[q].get("speaker_text")
    claim = next(c for c in doc._.ct_claims if c["quote"] == q)
    assert (claim["claimant"], claim["stance"]) == (None, "accusation")
    assert any("claim.no_source" in t["rules"] for t in doc._.rule_trace if t["component"] == "stance")
    ClaimMaker(load_table(), [], frozenset({"claim.no_source"}))(doc)
    assert not [c for c in doc._.ct_claims if c["quote"] == q]


@pytest.mark.parametrize("said", ["“They used my recordings for the game,” Wren Adair said.",
                                  "Wren Adair said the game had used her voice without her consent."])
def test_the_speakers_own_work_taken_by_anyone(nlp, said):
    """What the speaker says was taken from it, by an unnamed "they" ("They used my recordings",
    fact work_taken) or "without her consent" (wrongdoing words), accuses."""
    doc = nlp(said)
    rows = [t for t in doc._.rule_trace or () if t["component"] == "stance"]
    assert rows and rows[-1]["decision"] == "accusation", rows


def test_a_side_is_placed_by_the_cue_not_by_rejection_words(nlp):
    """side.own_statements places a speaker by the cue rules that decided its other statements
    ("X denied", "X insisted"); words of rejection alone ("nothing to do with") do not make
    their speaker the accused: an actor whose likeness a deepfake used, saying he had nothing to
    do with it, is no defendant, and what he says besides is no denial (real sets: such
    speakers' other statements were read as denials 5 times where they said nothing of the kind)."""
    doc = nlp("A video used a copy of the voice of Wren Adair. Wren Adair said she had nothing to "
              "do with the video. Wren Adair said she had recorded four albums since 2019.")
    stance, rules = _decide(doc, "she had recorded")
    assert (stance, "side.own_statements" in rules) == ("other", False), rules


def test_who_rejects_the_case_is_the_accused(nlp):
    """stance.rejects_the_case places its speaker on the accused side (side_of_rules), as
    "X denied" does: what Tessaly says besides is read as the accused side's. Without the rule
    the rejection words still make a denial, but place no one."""
    doc = nlp("Tessaly said the allegations were baseless. Tessaly said its new model would ship "
              "in the summer.")
    stance, rules = _decide(doc, "its new model")
    assert (stance, rules) == ("denial", ["stance.defendant_speaks", "side.own_statements"]), rules
    stance, rules = _decide(doc, "its new model", frozenset({"stance.rejects_the_case"}))
    assert stance == "other", rules


def test_a_court_asking_is_no_ruling(nlp):
    """A judge who asks ("Farrant asked whether ...") addresses the parties (cue class remark):
    a question put is no finding, whatever marks it ends with."""
    case = Case("", "Judge Isolde Farrant heard the case against Tessaly on Monday. Farrant asked "
                "whether the archive had been copied in full.", "the archive had", "other", None,
                {"speaker": "Isolde Farrant", "speaker_text": "Farrant", "speaker_label": "PERSON",
                 "cue": "asked", "cue_lemma": "ask"})
    stance, rules = _decide(_doc(nlp, case), case.content)
    assert (stance, rules[0]) == ("other", "stance.court_remarks"), rules


def test_a_court_finding_what_a_party_argued_rules(nlp):
    """"The judge found that the labels had plausibly argued ...": a finding cue makes the
    party's argument the court's holding (stance.court_relays_party reads only cues that find
    nothing); a negated or modal party verb is the court's own ("cannot then claim")."""
    for text, content in (
            ("Judge Isolde Farrant found that the authors had plausibly argued that Tessaly "
             "copied their novels.", "the authors had"),
            ("Judge Isolde Farrant heard the case against Tessaly. Farrant said a company that "
             "learned from the public web cannot then claim that the web is confidential.",
             "a company that")):
        stance, rules = _decide(nlp(text), content)
        assert (stance, "stance.court_relays_party" in rules) == ("ruling", False), rules


def test_a_grievance_at_a_deal_accuses(nlp):
    """A deal told with a word of grievance or wrongdoing is the speaker's charge, not deal news."""
    doc = nlp(SUED + "Orrin Labs said it was frustrated that Tessaly had signed the deal without "
              "asking its engineers.")
    stance, rules = _decide(doc, "it was frustrated")
    assert (stance, "stance.deal_news" in rules) == ("accusation", False), rules


def test_a_conciliatory_word_does_not_clear_a_charge(nlp):
    """"We take copyright seriously, and Tessaly copied our archive" charges Tessaly: the rule
    stance.cooperation reads a conciliatory remark only where no charge is made."""
    doc = nlp(SUED + "Orrin Labs said it took the matter seriously and that Tessaly had copied its "
              "archive without permission.")
    stance, rules = _decide(doc, "it took the matter")
    assert (stance, "stance.cooperation" in rules) == ("accusation", False), rules


def test_a_researcher_the_article_places_on_no_side_comments(nlp):
    """"Talia Grend, a researcher at Harwick University, said ... copied": a research post given
    as the speaker's role makes a commentator (stance.commentator_remarks)."""
    doc = nlp(SUED + "Talia Grend, an AI researcher at Harwick University, said the chatbot had "
              "copied whole articles.")
    stance, rules = _decide(doc, "the chatbot had copied")
    assert (stance, "stance.commentator_remarks" in rules) == ("other", True), rules


def test_a_party_document_or_role_is_read_at_the_phrase_head():
    """"The letter" of an outlet is a party's document, not a newsroom reporting; "lawyers for
    the plaintiffs" are not the plaintiffs stating the suit."""
    from nlp.stance import speaker_classes

    table = load_table()
    assert "outlet" not in speaker_classes({"speaker_text": "The letter", "speaker": "Harbor Ledger",
                                            "speaker_label": "OUTLET"}, table)
    assert "outlet" in speaker_classes({"speaker_text": "the Harbor Ledger", "speaker": "Harbor Ledger",
                                        "speaker_label": "OUTLET"}, table)
    assert "suit_role" in speaker_classes({"speaker_text": "The plaintiffs"}, table)
    assert "suit_role" not in speaker_classes({"speaker_text": "Lawyers for the plaintiffs"}, table)


def test_scraping_is_read_as_scrape(nlp):
    """The tagger lemmatises "scraping" as "scrap": read as the taking verb it is, its taking
    disclaimed ("rather than scraping") is a denial, not the wrongdoing word "scrap"."""
    doc = nlp("Skyreach Cloud said its service cites the articles rather than scraping them.")
    stance, rules = _decide(doc, "its service")
    assert (stance, rules[0]) == ("denial", "stance.taking_denied"), rules


def test_a_case_s_scope_is_no_fault(nlp):
    """"The suit did not include Pelagic because of a partnership": what a case covers, said
    negated, finds no fault in it (scope_verbs); "the suit does not identify ..." does."""
    doc = nlp(SUED + "Mara Ellison said Orrin Labs's suit did not include Pelagic because of a "
              "partnership with the start-up.")
    stance, rules = _decide(doc, "Orrin Labs's suit")
    assert "stance.faults_the_case" not in rules and stance != "denial", rules


def test_a_statement_opening_with_the_party_s_verb_is_relayed(nlp):
    """The court's statement opens with the party's verb, its subject before it ("Farrant said
    the writers — all novelists — allege ..."): relayed, however the tagger reads the word."""
    case = Case("", "Judge Isolde Farrant heard the case against Tessaly on Monday. Farrant said "
                "the writers allege Tessaly copied their novels.", "allege Tessaly", "other", None,
                {"speaker": "Isolde Farrant", "speaker_text": "Farrant", "speaker_label": "PERSON",
                 "cue": "said", "cue_lemma": "say"})
    stance, rules = _decide(_doc(nlp, case), case.content)
    assert (stance, rules[0]) == ("other", "stance.court_relays_party"), rules


def _claim_of(doc, content: str, disabled: frozenset[str] = frozenset()) -> tuple[dict, list[str]]:
    """(claim, traced rules) of the statement starting with ``content``."""
    doc._.rule_trace = [t for t in doc._.rule_trace or [] if t["component"] != "stance"]
    ClaimMaker(load_table(), [], disabled)(doc)
    traced = [t for t in doc._.rule_trace if t["component"] == "stance"]
    for claim, entry in zip(doc._.ct_claims, traced):
        if doc._.ct_quotes[claim["quote"]]["text"].startswith(content):
            return claim, entry["rules"]
    raise AssertionError([q["text"] for q in doc._.ct_quotes])


def test_an_other_statement_aims_at_no_one(nlp):
    """claim.other_aims_at_none: a deal told by a party of the dispute is against no one (stance
    other, target none); without the rule it was given the other side as its target."""
    doc = nlp("The Calder Gazette sued Tessaly in March. “Our partnership with Orrin Labs will "
              "bring our readers new tools,” said Mara Quell, the Gazette's editor.")
    claim, rules = _claim_of(doc, "Our partnership")
    assert (claim["stance"], claim["target"]) == ("other", None), (claim, rules)
    assert "claim.other_aims_at_none" in rules
    claim, rules = _claim_of(doc, "Our partnership", frozenset({"claim.other_aims_at_none"}))
    assert claim["stance"] == "other" and claim["target"] is not None, (claim, rules)


def test_a_court_relaying_a_case_keeps_its_target(nlp):
    """A court relaying a party's case (stance other, other_aimed) is about the party it names:
    "Farrant said the authors allege that Tessaly copied ..." keeps Tessaly as its target."""
    doc = nlp("Judge Isolde Farrant heard the case against Tessaly on Monday. Farrant said the "
              "authors allege that Tessaly copied their novels.")
    claim, rules = _claim_of(doc, "the authors allege")
    assert rules[0] == "stance.court_relays_party" and claim["target"] == "Tessaly", (claim, rules)
    assert "claim.other_aims_at_none" not in rules


@pytest.mark.parametrize("said", ["these recordings are fake and not approved",
                                  "unsanctioned music in her name is circulating online",
                                  "Tessaly keeps a discriminatory licensing policy",
                                  "the ranking shows a bias in favour of foreign outlets"])
def test_fake_unsanctioned_and_biased_are_wrongdoing(nlp, said):
    """What was made or done called fake, unsanctioned, discriminatory or biased is charged
    (wrongdoing words), though no act of taking is named; not "deepfake" as a word of its own
    nor "biased" inside another word."""
    from nlp.stance_facts import word_classes

    assert "wrongdoing" in word_classes(said, load_table())
    doc = nlp(f"Wren Adair said {said}.")
    stance, rules = _decide(doc, said.split()[0] + " ")
    assert stance == "accusation", rules


def test_a_deepfake_law_is_no_wrongdoing():
    from nlp.stance_facts import word_classes

    assert "wrongdoing" not in word_classes("the deepfake bill will be debated next week", load_table())


def test_words_told_to_a_court_are_the_suits(nlp):
    """Fact in_suit: a party that tells a court ("told a federal court that P") puts its case to
    the court: the suit's words (stance.said_in_suit), not a press statement's accusation."""
    doc = nlp(SUED + "The Calder Gazette told a federal court that Tessaly had copied its "
              "archive without a licence.")
    stance, rules = _decide(doc, "Tessaly had copied")
    assert (stance, rules[0]) == ("lawsuit", "stance.said_in_suit"), rules
    doc = nlp(SUED + "The Calder Gazette told reporters that Tessaly had copied its archive "
              "without a licence.")
    stance, rules = _decide(doc, "Tessaly had copied")
    assert stance == "accusation", rules


def test_a_commentators_role_given_once_holds(nlp):
    """stance.commentator_remarks: the role the article gives a speaker once ("a professor of
    law") holds for its later statements, which repeat only its name."""
    doc = nlp(SUED + "Talia Grend, a professor of law at Harwick University, said the case was "
              "unusual. Grend also said the chatbot had copied whole articles.")
    stance, rules = _decide(doc, "the chatbot had copied")
    assert (stance, rules[0]) == ("other", "stance.commentator_remarks"), rules


@pytest.mark.parametrize("said", ["it would ship the model in the summer",
                                  "style cannot be owned by anyone",
                                  "the ruling will not stand"])
def test_what_the_accused_foretells_of_itself_or_argues_is_its_defence(nlp, said):
    """stance.defendant_foresees reads a forecast whose subject is no party: the accused
    side's own plans ("it would ship"), what may or can be ("cannot be owned": the law argued)
    and what will not be stay with the rules that read the speaker."""
    doc = nlp(SUED + f"Tessaly said {said}.")
    stance, rules = _decide(doc, said.split()[0])
    assert "stance.defendant_foresees" not in rules and stance == "denial", rules


def test_a_filing_that_charges_the_other_side_is_no_defence(nlp):
    """stance.defence_in_filing reads a filing's rejection words as the speaker's defence, not
    when the other side is the statement's subject: "Orrin Labs said in the lawsuit that
    Tessaly relied on falsehoods" charges Tessaly."""
    doc = nlp("Orrin Labs said in the lawsuit that Tessaly relied on falsehoods to defend its "
              "chatbot.")
    stance, rules = _decide(doc, "that Tessaly relied")
    assert (stance, rules[0]) == ("lawsuit", "stance.said_in_suit"), rules


def test_a_claim_after_another_speaker_is_no_suit_going_on(nlp):
    """stance.suit_claims_go_on reads only the statement just before: with another speaker's
    words between ("..., said a spokesman"), the party's "contends" is not the complaint going
    on; it is the suit's still, as the party that filed it argues it (stance.argued_by_filer)."""
    text = (SUED + "The complaint says Tessaly hired four engineers from Orrin Labs. Tessaly said "
            "it hires in the open market. Orrin Labs contends that the engineers took the model "
            "weights with them.")
    stance, rules = _decide(nlp(text), "the engineers took")
    assert "stance.suit_claims_go_on" not in rules and rules[0] == "stance.argued_by_filer", rules


@pytest.mark.parametrize("cue", ["observed", "suggested", "hinted"])
def test_a_court_observing_or_suggesting_remarks(nlp, cue):
    """A judge who observes, suggests or hints (cue class remark) voices a view at a hearing, not
    a decision (dev18's panel "observed", dev20's judges "suggested", "hinted at ruling")."""
    text = (f"Judge Isolde Farrant heard the case against Tessaly on Monday. Farrant {cue} that "
            "the archive may have been copied in full.")
    stance, rules = _decide(nlp(text), "the archive may")
    assert (stance, rules[0]) == ("other", "stance.court_remarks"), rules


def test_legal_proceedings_are_a_filing(nlp):
    """"X launched legal proceedings against Y, accusing it of P": the proceedings are the suit
    (filing.nouns), so the participle tells the suit's claims (stance.claimed_in_filing)."""
    stance, rules = _decide(nlp("Orrin Labs launched legal proceedings against Tessaly, accusing "
                                "it of copying the model weights."), "copying the model")
    assert (stance, rules[0]) == ("lawsuit", "stance.claimed_in_filing"), rules


def test_the_defence_evidence_outvotes_a_misreading(nlp):
    """nlp.side_votes: every sentence that places a party is one vote. "X is fighting a lawsuit
    against Y" (said of Y's suit) reads Y as the accused; two sentences that say Y sued and
    accused X outvote it, so what Y says is a plaintiff's (side.article_sides)."""
    from nlp.side_votes import side_votes

    doc = nlp("Tessaly executives are fighting a lawsuit against Orrin Labs. Orrin Labs sued Tessaly "
              "in March. Orrin Labs accused Tessaly of copying its model. Orrin Labs said the market "
              "was growing fast.")
    assert side_votes(doc) == {"Orrin Labs": "accuser", "Tessaly": "accused"}
    stance, rules = _decide(doc, "the market")
    assert (stance, "side.article_sides" in rules) == ("accusation", True), rules


@pytest.mark.parametrize("text", [
    "Judge Isolde Farrant dismissed the lawsuit brought by Orrin Labs.",  # a court, no request
    "Judge Isolde Farrant denied the motion to dismiss filed in May.",  # the motion is not hers
    "Tessaly's actions led to the loss of the archive, Orrin Labs said.",  # conduct, not a case
])
def test_no_defence_is_read_where_none_is_told(nlp, text):
    from nlp.side_votes import side_votes

    assert "Tessaly" not in side_votes(nlp(text)) and "Isolde Farrant" not in side_votes(nlp(text))


@pytest.mark.parametrize("text, who", [
    ("Tessaly moved to dismiss the case in May.", "Tessaly"),
    ("Tessaly is facing a lawsuit from Orrin Labs.", "Tessaly"),
    ("Tessaly filed a motion to dismiss the suit.", "Tessaly"),
    ("The Calder Gazette's suit, filed against Orrin Labs in March, names three models.", "Orrin Labs"),
    ("The lawsuit filed against Orrin Labs by The Calder Gazette accuses it of copying.", "Orrin Labs"),
])
def test_who_asks_to_dismiss_or_faces_a_suit_defends(nlp, text, who):
    from nlp.side_votes import side_votes

    votes = side_votes(nlp(text))
    assert votes.get(who) == "accused", votes


def test_a_suits_party_written_as_an_organisation_noun_votes(nlp):
    """nlp.side_anaphors: "accusing the AI search startup of ..." places the organisation named
    last before it; its chief executive's answer, with no cue word, is then the accused side's
    (side.article_sides through the affiliation), not "other"."""
    from nlp.side_votes import side_votes

    text = ("The Calder Gazette sent a letter to Tessaly's chief executive, Ada Brill, accusing the "
            "AI search startup of copying its articles. Ada Brill said the product was new and "
            "was being improved every week.")
    doc = nlp(text)
    assert side_votes(doc).get("Tessaly") == "accused", side_votes(doc)
    plural = nlp("The Calder Gazette named Tessaly in March. A court later accused the companies "
                 "of copying its articles.")
    assert "Tessaly" not in side_votes(plural)  # "the companies": several, no one referent


def test_an_organisation_before_a_role_is_whom_the_person_speaks_for(nlp):
    """Rule role.org_premodifier: "Tessaly spokesperson Ada Brill" speaks for Tessaly, however
    the parser hangs the name; without the rule she speaks for no one."""
    from nlp.attribution.component import attribute
    from nlp.attribution.context import Context
    from nlp.attribution.words import load_cues

    doc = nlp("Tessaly's Response\nTessaly spokesperson Ada Brill dismissed the claims, and Orrin "
              "co-founder Mara Ellison said the firm never copied anything.")
    roles = {p: org for _, p, _, org in Context(doc, load_cues()).roles}
    assert roles.get("Ada Brill") == "Tessaly" and (roles.get("Mara Ellison") or "").startswith("Orrin"), roles
    off = {p: org for _, p, _, org in Context(doc, load_cues(), frozenset({"role.org_premodifier"})).roles}
    assert off.get("Ada Brill") is None or off.get("Mara Ellison") is None, off


@pytest.mark.parametrize("said", ["it was simply not true that Tessaly could reproduce the archive",
                                  "it is not ignoring the crawler rules and never scraped the archive"])
def test_a_charge_refuted_or_negated_is_no_charge_over_rejection(nlp, said):
    """stance.charge_over_rejection reads wrongdoing words beside rejection words as a charge;
    not when the statement calls the charge false ("not true that ...": refutation) or negates
    the wrong itself ("is not ignoring", "never scraped": fact wrong_denied)."""
    doc = nlp(f"Tessaly said {said}.")
    stance, rules = _decide(doc, said.split()[0] + " ")
    assert "stance.charge_over_rejection" not in rules and stance == "denial", rules


@pytest.mark.parametrize("said", ["the firms contravene copyright law", "the firms acted in defiance of repeated requests",
                                  "the firms are freeriding on newsrooms"])
def test_forms_and_synonyms_of_wrongdoing(nlp, said):
    """"contravene" as "violate", "in defiance of" a request, "freeriding" as "free-riding"."""
    doc = nlp(f"Skyreach Cloud said {said}.")
    stance, rules = _decide(doc, said.split()[0] + " ")
    assert stance == "accusation", rules


@pytest.mark.parametrize("said,denied", [("Tessaly is not ignoring the protocol", True),
                                         ("we never scraped the archive", True),
                                         ("there was no infringement", True),
                                         ("the firms not only contravene the law", False),
                                         ("by illegally scraping our content", False)])
def test_a_wrong_negated(said, denied):
    """Fact wrong_denied: a negation among the three words before a wrongdoing phrase; "not
    only" adds to the charge (nlp.stance_wrongs)."""
    from nlp.stance_wrongs import wrong_denied

    assert wrong_denied(said, load_table()) is denied


def test_compiled_rules_ask_what_holds_asks():
    """``decide`` runs each rule's ``when`` compiled (``stance._compiled``, for speed); on facts
    drawn from every value the table compares, each compiled test answers as ``holds`` does."""
    import random

    from nlp.stance import FLAGS, Facts, _compiled, holds

    table = load_table()
    pools: dict[str, set] = {"side": {None, "none"}, "subject": {None}, "continues": {None},
                             "follows": {None}, "cue": {""}, "speaker": set(), "words": set()}
    for rule in table.rules:
        for key, want in (rule.get("when") or {}).items():
            for w in (want if isinstance(want, list) else [want]):
                if key in ("cue", "no_cue"):
                    pools["cue"] |= set(sorted(table.cues[w])[:3]) | {w}
                elif key in ("words", "words_too", "no_words"):
                    pools["words"].add(w)
                elif key in pools:
                    pools[key].add(w)
    pools = {k: sorted(v, key=str) for k, v in pools.items()}
    rng = random.Random(12)
    for _ in range(3000):
        f = Facts(speaker=set(rng.sample(pools["speaker"], rng.randint(0, 2))),
                  words=set(rng.sample(pools["words"], rng.randint(0, 3))),
                  **{k: rng.choice(pools[k]) for k in ("side", "subject", "continues", "follows", "cue")},
                  **{k: rng.random() < 0.5 for k in FLAGS})
        for rule, (name, _, test) in zip(table.rules, _compiled(table)):
            assert bool(test(f)) == holds(rule.get("when") or {}, f, table), name


@pytest.mark.parametrize("said", ["benchmarking rival models is industry standard",
                                  "it always acted in good faith", "the crawl was done in accordance with the terms",
                                  "the copying was justified under the research exception",
                                  "Pelagic was trained on openly available images",
                                  "the model was trained on licensed recordings",
                                  "the claims don't hold up", "the claims are bogus",
                                  "Calder courts lack jurisdiction over the company"])
def test_defences_of_conduct_as_the_norm_or_the_case_as_failing_are_rejection_words(said):
    """A defence by the trade's norm ("industry standard", "standard practice"), good faith, the
    terms, an exception, open or licensed data, or the case failing ("don't hold up", "bogus",
    "lack jurisdiction"): rejection words, as "publicly available" and "without merit" are."""
    from nlp.stance_facts import word_classes

    assert "rejection" in word_classes(said, load_table())


def test_a_defence_by_the_trades_norm_from_an_unplaced_speaker_denies(nlp):
    """No side places the speaker; the defence words make the statement a denial, not other."""
    doc = nlp("Skyreach Cloud said benchmarking rival models is a standard practice within the industry.")
    stance, rules = _decide(doc, "benchmarking")
    assert (stance, rules[0]) == ("denial", "stance.rejection_words"), rules


@pytest.mark.parametrize("said", ["the start-up's tool is looting the archive",
                                  "the scraper was a virtual smash-and-grab",
                                  "the summaries siphon away readers", "MPs had been gaslit",
                                  "the images closely resemble Calder comics",
                                  "the sites are cloning his voice"])
def test_looting_siphoning_resembling_and_cloning_a_voice_are_wrongdoing(nlp, said):
    """Charges in other common words (wrongdoing: "loot", "smash-and-grab", "siphon", "gaslit",
    "resembl", "cloning his"/"cloned our" ...), from a speaker no side places: accusations."""
    doc = nlp(f"Wren Adair said {said}.")
    stance, rules = _decide(doc, said.split()[0] + " ")
    assert stance == "accusation", rules


def test_a_tool_freely_available_is_no_defence():
    """"freely available" is left out of the rejection words: "these tools are freely available
    online" tells of a tool, not a defence (dev21's one row of it is other)."""
    from nlp.stance_facts import word_classes

    assert "rejection" not in word_classes("these tools are freely available online", load_table())
