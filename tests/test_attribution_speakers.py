"""Attribution rules on whole sentences, speaker side: who a statement or a no-comment is given
to (outlets, documents, pronouns, parties, courts), beyond the one example per rule of
``test_attribution_rules.py``. Fictional texts only.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from nlp.attribution.component import QuoteFinder, attribute
from nlp.attribution.context import Context
from nlp.attribution.words import load_cues


def test_article_sides_resolve_only_one_list(nlp):
    """Two lists for the plaintiffs' side ("a lawsuit from A and B", "a request from C and D"):
    no party, never one of them (article_sides.py)."""
    doc = nlp("A judge allowed a lawsuit from Tam Orley and Ada Merle against Vexa Labs to proceed. "
              "The judge also denied a request from Noor Vance and Ida Cole to stop Vexa Labs. The "
              "plaintiffs argue that the startup cloned their voices.")
    (q,) = [q for q in doc._.ct_quotes if q["text"].startswith("the startup cloned")]
    assert q["speaker"] is None


def _attribute_with_outlet(doc, name: str) -> None:
    """Every mention of ``name`` labelled OUTLET (what the gazetteer of a real run would say),
    then attribution run again on the document."""
    ents = [e for e in doc.ents if e.text != name]
    for at in (i for i in range(len(doc.text)) if doc.text.startswith(name, i)):
        span = doc.char_span(at, at + len(name))
        ents.append(Span(doc, span.start, span.end, label="OUTLET"))
    doc.ents = ents
    QuoteFinder(load_cues())(doc)


def test_the_publisher_may_be_an_outlet(nlp):
    """"The Ledger has become the latest news publisher to sign a deal with Tessaly ... The
    publisher said": the outlet, not Tessaly, the company it made the deal with."""
    doc = nlp("The Harbor Ledger has become the latest news publisher to sign a deal with Tessaly. "
              "Under the deal the Harbor Ledger will also be able to use Tessaly tools in-house. "
              "The publisher said: “Today we announced a strategic partnership with Tessaly.”")
    _attribute_with_outlet(doc, "Harbor Ledger")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Today we announced"))
    assert q["speaker"] == "Harbor Ledger"
    assert any("org.outlet_or_company" in t["rules"] for t in doc._.rule_trace)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"org.outlet_or_company"})))
    assert next(x.to_dict() for x in quotes if x.to_dict()["text"].startswith("Today"))["speaker"] \
        != "Harbor Ledger"


def test_it_goes_on_with_an_outlet_subject(nlp):
    """"The Ledger is asking ... Failure to comply, it says, ...": "it" is the outlet that was
    the subject before, not Tessaly, the company the threat is against (an outlet is not one
    of the labels "it" took before)."""
    doc = nlp("The Harbor Ledger has sent a legal threat to Tessaly. Specifically, the Harbor Ledger "
              "is asking for the deletion of all copies of its stories. Failure to comply, it says, "
              "could lead to an injunction.")
    _attribute_with_outlet(doc, "Harbor Ledger")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Failure to comply"))
    assert q["speaker"] == "Harbor Ledger"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.it_outlet_subject"})))
    assert next(x.to_dict() for x in quotes if x.to_dict()["text"].startswith("Failure"))["speaker"] \
        != "Harbor Ledger"


@pytest.mark.parametrize("text, speaker", [
    # "arguing" after a suit may be the defendant's own argument: left to the climb (not the suer)
    ("Tessaly Labs asked the court to dismiss a lawsuit by the Orrin Writers Guild, arguing that "
     "the claims came too late.", "Orrin Writers Guild"),
])
def test_subject_participle_after_suit_not(nlp, text, speaker):
    doc = nlp(text)
    said = [q["speaker"] for q in doc._.ct_quotes]
    assert said and speaker not in said and None not in said, doc._.ct_quotes


@pytest.mark.parametrize("text, words, not_speaker", [
    # a verb joined to a clause verb of its own form, with another word than the cue: the
    # reported subject's act as likely as the speaker's; left to the other rules
    ("Mara Ellison said the mill broke the rules when it sold the land and argued it was legal.",
     "it was legal", "Mara Ellison"),
])
def test_statement_speaker_next_act_not(nlp, text, words, not_speaker):
    doc = nlp(text)
    assert not any(q["text"] == words and q["speaker"] == not_speaker for q in doc._.ct_quotes), \
        doc._.ct_quotes


def test_mixed_preposition_not_participle_keeps_source_out(nlp):
    # ", according to X" names who reports the statement: the mixed statement still ends there
    doc = nlp('Bram Tolliver said the guild had "overwhelming" evidence, according to the Harbor Ledger.')
    assert all("according" not in q["text"] for q in doc._.ct_quotes), doc._.ct_quotes


def test_mixed_charge_in_marks_ends_before_another_subjects_clause(nlp):
    """'accuses X of “...” while X suggests P': the clause with a subject of its own that the
    parser hung inside the charge is X's statement, not part of the charge."""
    doc = nlp("Mara Ellison accuses Orrin Vale of subjecting her to an “artful smear” over her "
              "archive deals while Orrin Vale suggests the former editor is a captive of the publishers.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("subjecting her to an “artful smear” over her archive deals") == "Mara Ellison", said
    assert (said.get("the former editor is a captive of the publishers") or "").endswith("Vale"), said


def test_statement_not_inside_word(nlp):
    """'announced plans to co-develop X': the parser may hang the split word's "-" on the cue as
    a clause of its own; a reported clause never starts inside a word ("-develop ...",
    "co-|develop"), and with the rule off the check says nothing."""
    from nlp.attribution.word_edges import inside_word
    text = "Orrin and Tessaly announced plans to co-develop a harbour archive."
    ctx = Context(nlp(text), load_cues())
    hyphen = text.index("-develop")
    assert inside_word(ctx, hyphen) and inside_word(ctx, hyphen + 1)
    assert not inside_word(ctx, text.index("plans")) and not inside_word(ctx, text.index("co-"))
    off = Context(ctx.doc, load_cues(), frozenset({"statement.not_inside_word"}))
    assert not inside_word(off, hyphen)


def test_speaker_unresolved_kept(nlp):
    """'The plaintiffs argue that P' where no plaintiff is named: the group rule applies and
    finds no one; the statement stays, with the words that name its source."""
    doc = nlp("The plaintiffs argue that the harbour archive was copied without any licence.")
    assert [(q["text"], q["speaker"], q["speaker_text"]) for q in doc._.ct_quotes] == [
        ("the harbour archive was copied without any licence", None, "The plaintiffs")]
    assert any("speaker.unresolved_kept" in t["rules"] for t in doc._.rule_trace
               if t["component"] == "attribution")
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.unresolved_kept"})))
    assert quotes == []


def test_hearer_never_the_speaker(nlp):
    """'X was told “...”' with no teller and no reporting cue: no statement, and never one of
    the hearer's; a party's own discovery with a name in marks stays unread (not an authority)."""
    doc = nlp("Tolvane Press sued Orrin Labs in May. Mara Ellison was told her archive would be "
              "kept “strictly private and never shared.”")
    assert not any(q["speaker"] == "Mara Ellison" for q in doc._.ct_quotes)
    doc = nlp("The actors later found that Orrin was selling their voices as “Kyle Snow” online.")
    assert doc._.ct_quotes == []


def test_nocomment_story_event_is_not_a_no_comment(nlp):
    doc = nlp("The Calder Gazette sent Tessaly a letter in May, to which Tessaly did not respond.")
    assert doc._.ct_no_comments == []
    _, silent = attribute(Context(doc, load_cues(), frozenset({"nocomment.story_event"})))
    assert [n["speaker"] for n, _ in silent] == ["Tessaly"]


def test_nocomment_spoke_instead_is_a_statement_not_a_no_comment(nlp):
    """"declined to comment on X, saying Y": Y is said; "..., but Z said" is Z speaking, and the
    no-comment stays."""
    doc = nlp("Orrin Labs declined to comment on the ruling, saying it would appeal.")
    assert doc._.ct_no_comments == []
    _, silent = attribute(Context(doc, load_cues(), frozenset({"nocomment.spoke_instead"})))
    assert [n["speaker"] for n, _ in silent] == ["Orrin Labs"]
    doc = nlp("Orrin Labs did not respond to a request for comment, but Mara Ellison said the suit was weak.")
    assert [n["speaker"] for n in doc._.ct_no_comments] == ["Orrin Labs"]


def test_a_hyphenated_role_is_one_subject(nlp):
    """"Its co-founder, X, said" parses as the subjects "co", "-", "founder": the speaker is the
    name in apposition, never the words "Its co"."""
    doc = nlp("Orrin Labs did not comment on Tuesday. Its co-founder and chief executive, Jonah "
              "Velling, said in January that Tern had been trained on data it bought.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tern had been"))
    assert (q["speaker"], q["speaker_text"]) == ("Jonah Velling", "Jonah Velling")


def test_the_paper_is_the_outlet_named_before(nlp):
    """"the paper" after an outlet is named is that outlet (org_anaphor), not a document's
    author (with no outlet named it stays a document: a research paper's author)."""
    doc = nlp("Tessaly was sued by the Harbor Ledger on Monday. The paper said Tessaly had copied "
              "its archive.")
    _attribute_with_outlet(doc, "Harbor Ledger")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tessaly had copied"))
    assert (q["speaker"], q["speaker_label"]) == ("Harbor Ledger", "OUTLET")


def test_document_outlet_report(nlp):
    """"The suit says ..., according to the Harbor Ledger. X told the Ledger ... The report adds":
    the report is the outlet's that was the source, not that of X, who only told it something."""
    doc = nlp("The suit says Tessaly copied the archive, according to the Harbor Ledger. Mara "
              "Ellison, a lawyer for Orrin Labs, told the Ledger the copying was deliberate. The "
              "report adds that the archive was sold in May.")
    _attribute_with_outlet(doc, "Harbor Ledger")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("the archive was sold"))
    assert q["speaker"] == "Harbor Ledger"
    rules = next(t["rules"] for t in reversed(doc._.rule_trace)  # this run's, not the pipeline's
                 if t["text"].startswith("the archive was sold"))
    assert "document.outlet_report" in rules
    # the one outlet cited and the rule keeping a report from its last speaker read it too
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"document.outlet_report", "document.reporting_outlet",
                                                               "document.report_not_previous_speaker"})))
    assert next(q for q in quotes if q.text.startswith("the archive")).speaker.name == "Mara Ellison"


def test_a_reader_of_a_document_is_not_its_author(nlp):
    """"The complaint, seen by the Harbor Ledger, alleges": the complaint is the filer's."""
    doc = nlp("The Calder Society of Composers has filed a complaint against Tessaly. The complaint, "
              "seen by the Harbor Ledger, alleges that Tessaly copied 300 songs.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tessaly copied"))
    assert q["speaker"] == "Calder Society of Composers"


def test_a_list_name_after_its_modifiers_is_in_the_list(nlp):
    """"A, B and new defendant C": the words between "and" and C modify C (the parse says so),
    so C is the list's third name, and "the companies" stands for all three."""
    doc = nlp("The Calder Gazette sued Orrin Labs, Tessaly and new defendant Skyreach Cloud in May. "
              "Representatives for the companies did not respond to requests for comment.")
    assert {n["speaker"] for n in doc._.ct_no_comments} == {"Orrin Labs", "Tessaly", "Skyreach Cloud"}


def test_a_headline_document_is_not_the_place_that_modifies_it(nlp):
    """"..., New York lawsuit claims": the place names no speaker; the lawsuit is the filer's."""
    doc = nlp("Tessaly copied the whole Orrin archive, New York lawsuit claims\n"
              "Orrin Labs sued Tessaly in Manhattan federal court on Monday, accusing it of copying.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tessaly copied the whole"))
    assert q["speaker"] == "Orrin Labs" and q["speaker_text"].endswith("lawsuit")


@pytest.mark.parametrize("text", [
    # a nationality the description does not have: not Mezvar Media
    "Hungarian publisher Mezvar Media sued Tessaly in May. Tessaly denied it. The Danish publisher "
    "said the start-up copied its articles.",
    # a noun modifier the description does not have ("trade"): not Kestrel News
    "News agency Kestrel News sued Tessaly in May. Tessaly denied it. The trade agency said the "
    "start-up copied its articles.",
])
def test_a_description_that_disagrees_is_not_the_entity(nlp, text):
    """speaker.described_entity: the anaphor's noun modifiers and nationality must be words of
    the description; else the entity it describes is not taken (the other rules decide)."""
    doc = nlp(text)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("the start-up copied"))
    assert q["speaker"] not in ("Mezvar Media", "Kestrel News")
    assert not any("speaker.described_entity" in t["rules"] for t in doc._.rule_trace)


def test_no_one_is_silent_when_no_one_could_be_reached(nlp):
    """"could not reach an agreement" names no one: no no-comment, nor the subject's."""
    doc = nlp("Orrin Labs and Tessaly could not reach an agreement in May.")
    assert doc._.ct_no_comments == []


def test_addressing_nothing_despite_requests_is_no_response(nlp):
    """"X and Y have not publicly addressed the allegations, despite requests for comment"."""
    doc = nlp("Tessaly and Orrin Labs have not publicly addressed the allegations, despite numerous "
              "requests for comment.")
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == \
        {("Tessaly", "no_response"), ("Orrin Labs", "no_response")}


def test_an_outlet_that_reported_goes_on_only_as_an_outlet(nlp):
    """continue.outlet_noun: the outlet that reported the speech before is not "the regulator"
    of the next sentence; without the rule it was (a real wire-copy pattern)."""
    doc = nlp("The Sarn Data Office alleged that Tessaly kept the recordings, Fernmoor Wire "
              "reported. Additionally, the regulator claimed that Tessaly ignored the law.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    key = next(k for k in said if k.startswith("Tessaly ignored"))
    assert said[key] != "Fernmoor Wire"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"continue.outlet_noun"})))
    assert {q.text: q.speaker.name for q in quotes}[key] == "Fernmoor Wire"


def test_a_plural_noun_does_not_go_on_with_one_party(nlp):
    """continue.plural_to_groups: "The publishers also allege" is a group, not the one party a
    pronoun before was read as; without the rule the publishers' allegation went to Orrin Labs,
    the party it accuses."""
    doc = nlp("Orrin Labs runs a chatbot.\nAccording to statements from Harbor Books, Calder Press "
              "and others, they claim in the lawsuit that Orrin Labs copied their novels. The "
              "publishers also allege that Orrin's actions violate the unfair competition law.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    key = next(k for k in said if k.startswith("Orrin's actions violate"))
    assert said[key] != "Orrin Labs"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"continue.plural_to_groups"})))
    assert {q.text: q.speaker.name for q in quotes}[key] == "Orrin Labs"


@pytest.mark.parametrize("text, content", [
    # two public bodies named: the watchdog is neither, kept as written
    ("Calder watchdog fines Orrin Labs.\nThe watchdog said Orrin Labs had copied the papers. The fine "
     "follows probes by the Calder Markets Authority and the Vell Commission.", "Orrin Labs had copied"),
    # no public body named at all: "officials" are nobody's, not Vexa Labs'
    ("Orrin Labs sued Vexa Labs on Monday. Officials said they are seeking to determine whether "
     "the songs were copied.", "they are seeking to determine"),
])
def test_a_public_body_description_with_no_one_body_stays_as_written(nlp, text, content):
    doc = nlp(text)
    q = next(q for q in doc._.ct_quotes if content in q["text"])
    assert q["speaker"] not in ("Calder Markets Authority", "Vell Commission", "Orrin Labs"), q


def test_a_public_body_unnamed_keeps_its_fuller_description(nlp):
    # no public body named in the article: "the authority" keeps the words the text first gave it
    doc = nlp("Calder's competition watchdog fined Orrin Labs on Monday.\nThe Calder competition "
              "authority said on Wednesday that Orrin Labs had broken its promises to the papers. Orrin "
              "Labs also broke a promise to cooperate with a trustee, the authority said.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Orrin Labs also broke"))
    assert q["speaker"] is None and q["speaker_text"] == "The Calder competition authority", q
    entry = next(t for t in doc._.rule_trace if t["component"] == "attribution" and t["start"] == q["start"])
    assert "speaker.public_body_description" in entry["rules"]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.public_body_description"})))
    off = next(x.to_dict() for x in quotes if x.to_dict()["text"].startswith("Orrin Labs also broke"))
    assert off["speaker"] is None and off["speaker_text"] == "the authority", off


def test_a_court_opening_the_article_is_not_the_judge_named_next(nlp):
    # speaker.lede_definite leaves court nouns to the court rules: not the judge
    doc = nlp("The Calder high court on Wednesday said it will issue an order protecting the "
              "singer's voice.\nJustice Mara Ellison said the court would also order the takedown "
              "of the songs.\nThe court expressed its intention a day after the hearing.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("it will issue"))
    assert q["speaker"] != "Mara Ellison", q


def test_a_date_the_parser_made_the_subject_is_no_source(nlp):
    """speaker.not_a_date: "just two days on, X acknowledged that ..." parsed with "days" as the
    subject gives no statement of "just two days"; without the rule it did."""
    doc = nlp("Fans complained about the poster. However, just two days on Brannock has deleted the "
              "offending post and acknowledged that generative tools were used.")
    assert not any(q["speaker_text"] == "just two days" for q in doc._.ct_quotes)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.not_a_date"})))
    assert any(q.speaker.text == "just two days" for q in quotes)


def test_not_yet_issued_a_response_is_no_response(nlp):
    """"has not yet issued a response to the allegations" (cues.yml no_response), as "has yet
    to issue a response"; "has not issued a ruling" is no one's silence."""
    doc = nlp("Tessaly, the parent company of Orrin Labs, has not yet issued a response to the "
              "allegations.")
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == {("Tessaly", "no_response")}
    doc = nlp("The Sarn court has not yet issued a ruling on the motion.")
    assert doc._.ct_no_comments == []


def test_neither_nor_provided_comments_is_declined_for_each(nlp):
    """"Neither X nor representatives for Y have provided immediate comments" (cues.yml
    declined, as "had no immediate comment"): each of the pair."""
    doc = nlp("Neither Tessaly nor representatives for Orrin Labs have provided immediate comments "
              "on the matter.")
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == \
        {("Tessaly", "declined"), ("Orrin Labs", "declined")}


def test_the_court_between_two_named_courts_stays_as_written(nlp):
    """speaker.the_court: with two courts named (an appeal), "the court" is no guess."""
    doc = nlp("Tessaly sued Orrin Labs at the Marlow Regional Court in May and appealed to the "
              "Calder Higher Court. The case involved song lyrics, which the court found were "
              "copied from Tessaly's catalogue.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("were copied from Tessaly's catalogue", "missing") is None, said


def test_nested_same_source_says_it_once(nlp):
    """statement.nested_same_source: "X found P, according to X's representatives" is X's
    statement P once, with no outer according-to statement by X around it."""
    doc = nlp("Orrin Labs, the Calder rights group, has found that nearly 50,000 books were being "
              "used to train AI, according to representatives of Orrin Labs.")
    assert [q["text"] for q in doc._.ct_quotes] == ["nearly 50,000 books were being used to train AI"]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.nested_same_source",
                                                               "statement.relay_keeps_inner"})))
    assert len(quotes) == 2  # (the relay of a report is dropped too: relay_inner.py)


def test_inside_same_cue_reads_one_statement_per_cue(nlp):
    """statement.inside_same_cue: a quoted fragment read on its own and again as part of its
    cue's whole clause is one statement, the clause; an inner cue of its own keeps its statement."""
    doc = nlp("With a hearing set for May 4, the Calder publishers insist they “should be represented” "
              "in the case, and given a say before they are “lumped into a class without notice.”")
    texts = [q["text"] for q in doc._.ct_quotes]
    assert len(texts) == 1 and texts[0].endswith("without notice.”"), texts
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.inside_same_cue"})))
    assert len(quotes) == 2


def test_an_indefinite_subject_of_the_quotes_own_cue_is_not_the_previous_speaker(nlp):
    """attribution.indefinite_subject_kept: 'Another user replied, “...”' is a new, unnamed
    source (kept as written, no party), not the person quoted just before."""
    doc = nlp("Singer Mara Ellison raised the alarm this week. “I deleted all my songs and closed the "
              "account,” Ellison posted on Bluesky. Another user replied, “Thanks for the warning. I "
              "deleted mine too.”")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Thanks"))
    assert (q["speaker"], q["speaker_text"]) == (None, "Another user")
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"attribution.indefinite_subject_kept"})))
    assert [x.speaker.name for x in quotes if x.text.startswith("Thanks")] == ["Mara Ellison"]


def test_only_a_party_continues_speaking(nlp):
    """statement.inverted_continues: "..., and the trend continues" has no party or document
    as subject, so nothing is said (inverted_cues.inverted_speaker_ok)."""
    doc = nlp("Tam Orley sued Vexa Labs in May. Prices rose sharply in the spring, and the "
              "trend continues.")
    assert not [q for q in doc._.ct_quotes if q["text"].startswith("Prices")], doc._.ct_quotes


def test_a_document_still_suggests(nlp):
    """cue.evidence_subject leaves a party's document alone: "The lawsuit suggests that ..."
    is the filer's statement (only evidence nouns are the writer's reasoning)."""
    doc = nlp("Tam Orley sued Vexa Labs in May. The lawsuit suggests that Vexa Labs copied "
              "the novels without paying.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("Vexa Labs copied the novels without paying") == "Tam Orley", said


def test_aside_dash_is_never_a_hyphen_inside_a_word(nlp):
    """A dateline's dash opens no aside, and the hyphen in "start-up" closes none: the clause
    stays whole (``statement.aside_ends_at_dash`` reads only long or spaced dashes)."""
    doc = nlp("NORVALE (Kitewire) - A former Tolvane engineer said on Sunday that the start-up had "
              "copied answers from the Sparrow models.")
    assert any(q["text"] == "the start-up had copied answers from the Sparrow models"
               for q in doc._.ct_quotes), [q["text"] for q in doc._.ct_quotes]


@pytest.mark.parametrize("text", [
    "Tessaly charges writers 15 crowns per month for the service.",
    "The firm paid 40 per cent of the fee to the guild, as per the agreement.",
    "Each reader paid a fee per book, per the terms of the licence.",
    "Despite the doubts, Tessaly is building its own archive, per reports.",
])
def test_per_that_cites_no_one(nlp, text):
    """statement.per_source: "per" as a rate, citing a term of a deal or bare "reports" names no source."""
    assert not [q for q in nlp(text)._.ct_quotes if q["cue"] == "per"]


def test_a_body_named_before_of_or_on_is_no_company(nlp):
    """``org.name_says_other_kind`` reads a name that runs on after "on"/"of" by the word before
    it: "the ...-led company" is never the "Calder House Select Committee on Trade" the memo
    went to (kept as written)."""
    doc = nlp("In a memo sent to the Calder House Select Committee on Trade, the Ada Vell-led "
              "company claimed that Tessaly has been copying its data.")
    q = next(q for q in doc._.ct_quotes if "copying its data" in q["text"])
    assert q["speaker"] is None


def test_a_person_reported_speaking_may_go_on(nlp):
    """``continue.not_inside_report`` is not read for "she"/"he": "X said Y called on members
    ... She added" may be Y."""
    doc = nlp("Rep. Tomas Brill said Ada Marlow called on members to be “closely coordinated.” "
              "She added that the race can’t just be about reacting to Orrin Labs.")
    q = next(q for q in doc._.ct_quotes if "the race" in q["text"])
    assert q["speaker"] != "Tomas Brill"


def test_according_to_source_in_marks_leaves_no_closing_mark(nlp):
    """'According to “Calder Post”, P': the statement is P, not the source's closing mark."""
    doc = nlp("According to “Calder Post”, the proceedings involved the lyrics of nine songs.")
    assert [q["text"] for q in doc._.ct_quotes] == ["the proceedings involved the lyrics of nine songs"]


def test_estate_written_two_ways_is_one_party(nlp):
    """Rule ``speaker.estate``: "the Estate of X" (tagged whole by the model) and "X's estate"
    are one party, "Estate of X" (its legal name), not two."""
    doc = nlp("The Estate of Anselm Gruber sued Orrin Labs on Monday. Gruber's estate said the "
              "company never asked for permission.")
    QuoteFinder(load_cues())(doc)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("the company never"))
    assert q["speaker"] == "Estate of Anselm Gruber"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.estate"})))
    assert next(x.to_dict() for x in quotes if x.to_dict()["text"].startswith("the company"))["speaker"] \
        != "Estate of Anselm Gruber"


def test_plural_side_not_with_two_sides(nlp):
    """Both sides of the suit are lists of companies: 'the studios' could be either, so
    ``group.plural_side`` picks neither and the older reading decides."""
    doc = nlp("Orrin Labs and Calder Books sued Tessaly and Quillfire in May. The studios said "
              "the models copied their films.")
    rows = [t for t in doc._.rule_trace if t["component"] == "attribution"
            and t["text"].startswith("the models copied")]
    assert rows and all("group.plural_side" not in t["rules"] for t in rows), rows


def test_kind_mismatch_not_when_the_phrase_names_the_party(nlp):
    """"Tessaly officials": the phrase names the party; its kind does not rule it out."""
    doc = nlp("Tessaly faces a new inquiry in Calder. Tessaly officials said the start-up had "
              "followed the rules.")
    assert [q["speaker"] for q in doc._.ct_quotes] == ["Tessaly"]


def test_described_family_reads_the_words_of_the_data_file(nlp):
    """What a described speaker's phrase says it is comes from ``described_kinds.yml``: a
    "social media company" is a platform (``tech_over_media``), not a publisher, though "media"
    alone says media."""
    from nlp.attribution.kind_veto import described_family
    found = {}
    for text in ("The social media company said it was wrong.", "The media company said it was wrong.",
                 "The lobbying group said it was wrong."):
        doc = nlp(text)
        found[text.split(" said")[0]] = described_family(next(t for t in doc if t.dep_ == "nsubj"))
    assert found == {"The social media company": "tech", "The media company": "media",
                     "The lobbying group": "group"}


def test_described_list_stops_at_a_verb(nlp):
    """group.described_list: in 'A coalition of newspaper publishers sued A and B' the noun is
    the subject of 'sued', not a description of the list after it: 'the publishers' is not read
    as A and B by this rule (groups.py)."""
    doc = nlp("A coalition of newspaper publishers sued Orrin Labs and Vexa Labs on Monday over "
              "scraping without consent. The publishers said the two companies copied their archives.")
    rows = [t for t in doc._.rule_trace if t["component"] == "attribution"
            and t["text"] == "the two companies copied their archives"]
    assert rows and "group.described_list" not in rows[0]["rules"], rows


def _speaker_then_without(nlp, text: str, starts: str, speaker: str, rule: str) -> list:
    """Asserts the statement opening with ``starts`` is ``speaker``'s; returns the speakers the
    same statement gets with ``rule`` switched off (what the rule changed)."""
    doc = nlp(text)
    said = [q for q in doc._.ct_quotes if q["text"].startswith(starts)]
    assert said and said[0]["speaker"] == speaker, doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({rule})))
    return [q.speaker.name for q in quotes if q.text.startswith(starts)]


def test_document_medium_needs_subject(nlp):
    """'as indicated in a document reviewed by The Ledger': the document is the medium of a verb
    with no subject of its own, so that mention names no sender; "The document claims" later is
    the complaint filed just before, its filer's (``document.medium_needs_subject``). Without
    the rule the verb's climbed subject, the accused company, took the statement."""
    text = ("Orrin Labs is facing a complaint from a coalition of publishers over its summaries. The group "
            "has also requested an interim measure, as indicated in a document reviewed by The Ledger.\n"
            "A complaint submitted to the Calder Commission by the Free Press League contends that Orrin Labs "
            "is misusing its position.\nThe document claims that “Orrin's search engine is misusing web content.”")
    assert _speaker_then_without(nlp, text, "Orrin's search engine", "Free Press League",
                                 "document.medium_needs_subject") == ["Orrin Labs"]


def test_anaphor_colon_may_name_speaker(nlp):
    """'the company wrote: Vexa takes all claims ...' (a statement whose marks the copy lost): the
    words after the colon are the company's own and may name it, as a quote may, so "the
    company" is still Vexa (``anaphor.colon_may_name_speaker``); without the rule the name in
    its own clause ruled Vexa out and nobody was named."""
    text = ("A new suit filed by three artists claims that Calder fashion giant Vexa infringes their designs. "
            "The company has faced many lawsuits in recent years.\nIn a statement emailed by a spokesperson, "
            "the company wrote: Vexa takes all claims of infringement seriously, and we act promptly.")
    assert _speaker_then_without(nlp, text, "Vexa takes", "Vexa", "anaphor.colon_may_name_speaker") == [None]


def test_subject_suit_filers_listed(nlp):
    """'a suit from music publishers, including A, B and C, alleging that ...': the filers' list
    stands between the suit and its participle, and the suit's filers still speak, not the
    party defending itself (``subject.suit_filers_listed``)."""
    text = ("Vexa Labs is also defending itself against a separate suit from music publishers, including "
            "Orrin Records (ORR.F), Calder Songs, and Brightwell, alleging that Vexa Labs infringed on "
            "copyrights for many artists as it trained its model on lyrics.")
    assert _speaker_then_without(nlp, text, "Vexa Labs infringed", "Orrin Records",
                                 "subject.suit_filers_listed") == ["Vexa Labs"]


def test_subject_title_participle_misread(nlp):
    """'Presiding Judge X, in a ... verdict lasting over an hour, rejected ..., stating that P':
    the parser reads "Presiding" as a participle with the name as its object, so "rejected" has
    no subject; the name is it (``subject.title_participle_misread``). Without the rule the
    statement found no speaker and was lost."""
    doc = nlp("Presiding Judge Elke Marrow, in a detailed oral verdict lasting over an hour, rejected "
              "Vexa's defenses outright, stating that the company's practices amounted to unauthorized "
              "reproduction.")
    assert doc[0].dep_ == "advcl"  # the misread the rule is for
    said = [q for q in doc._.ct_quotes if q["text"].startswith("the company's practices")]
    assert said and said[0]["speaker"] == "Elke Marrow", doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"subject.title_participle_misread"})))
    assert not [q for q in quotes if q.text.startswith("the company's practices") and q.speaker.name]


def test_document_reported_by_is_no_author(nlp):
    """'Court filings, reported by The Ledger, reveal P': the outlet that reported the filings
    did not write them (``coref.yml`` reader_verbs, rule ``document.reader_not_author``); the
    filers speak."""
    doc = nlp("Mara Ellison and Ines Varga have sued Vexa Labs in the Calder High Court. Court filings, "
              "reported by The Ledger, reveal the two are asking for damages.")
    said = [q for q in doc._.ct_quotes if q["text"].startswith("the two are asking")]
    assert said and said[0]["speaker"] == "Mara Ellison", doc._.ct_quotes
