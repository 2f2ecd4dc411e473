"""Attribution rules on whole sentences, statement side: where a statement starts and ends,
what is not a statement (titles, quoted nouns, headlines), sentence ends the segmenter gets
wrong, beyond the one example per rule of ``test_attribution_rules.py``. Fictional texts only.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.attribution.component import attribute
from nlp.attribution.context import Context
from nlp.attribution.words import load_cues


@pytest.mark.parametrize("text, kept", [
    # a dash phrase describing the last thing named, and an aside closed by a second dash
    ("Mara Ellison said Orrin Labs trained on Lanterns - a collection of pirated books that the "
     "guild had catalogued.", "a collection of pirated books"),
    ("Mara Ellison said Orrin Labs — a company she founded — had copied the archive.",
     "had copied the archive"),
    # words in marks after the dash are the speaker's: the phrase is part of what was reported
    ("Mara Ellison said Orrin Labs had copied the archive — a “shameless” move that the guild "
     "will fight.", "a “shameless” move"),
])
def test_dash_phrase_kept(nlp, text, kept):
    assert any(kept in q["text"] for q in nlp(text)._.ct_quotes), nlp(text)._.ct_quotes


def test_mixed_relative_cue_elsewhere(nlp):
    """Rule ``mixed.relative_cue_elsewhere``: 'the passages Tessaly says Orrin copied' reports
    Tessaly's words only inside the relative clause; the quoted fragment further on is the
    filing's, not Tessaly's."""
    text = ("According to the filing, the passages Tessaly says Quill copied were produced by "
            "prompts that already contained most of the text being “reproduced”.")
    doc = nlp(text)
    fragment = [q for q in doc._.ct_quotes if "“reproduced”" in q["text"]]
    assert fragment and all(q["speaker"] != "Tessaly" for q in fragment), doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.relative_cue_elsewhere"})))
    assert [q for q in quotes if "“reproduced”" in q.text and q.to_dict()["speaker"] == "Tessaly"]


@pytest.mark.parametrize("text", [
    "Orrin Labs has been accused of copying thousands of novels without paying.",  # by whom?
    "Tessaly, the start-up accused by Orrin Labs of copying its models, said it would appeal.",
    "Mara Ellison accused him of it in a post on her blog.",  # a pronoun: no charge named
    "Mara Ellison did not accuse Orrin Labs of copying the archive of the Gazette.",
])
def test_statement_accused_of_not(nlp, text):
    """Only an active, un-negated charge with a gerund or a noun of its own is a statement."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["cue"] in ("accused", "accuse")], doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "Judge Ada Merle denied the motion of Orrin Labs on Monday.",  # a request ruled on
    "Orrin Labs did not deny any wrongdoing in its filing to the court.",  # negated
    "Other suits alleging copyright infringement are pending in Brightwell.",  # background
    "Vexa Labs failed to allege any injury in its complaint, the judge wrote.",  # an infinitive
    "The Ledger reported the deal.\nOrrin denies the allegations\nThe company said it would appeal.",
])
def test_statement_charge_object_not(nlp, text):
    """Rule ``statement.charge_object`` (charge_objects.py): no statement where the object is a
    request ruled on, the verb negated, a participle on a noun, an infinitive under another
    verb, or on a subheading line."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if "statement.charge_object" in q.get("rules", [])
                or q["cue"] and q["cue"].startswith(("deni", "alleg"))], doc._.ct_quotes


@pytest.mark.parametrize("text", [
    # no cue before the marks
    "The Calder Gazette printed “a pattern of copying has run through the company from its first day.”",
    # the quote does not end the sentence
    "The suit alleges “a pattern of copying has run through the company” from its first day.",
])
def test_statement_cue_then_quote_not(nlp, text):
    """Rule ``statement.cue_then_quote`` (cue_quotes.py) reads only a quote right after its cue
    that closes the sentence."""
    doc = nlp(text)
    assert not [r for r in (doc._.rule_trace or []) if "statement.cue_then_quote" in (r.get("rules") or [])]
    assert not [q for q in doc._.ct_quotes if q["kind"] == "direct"], doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "Mara Ellison told the Calder Gazette how Orrin Labs obtained the archive of the guild.",
    "Mara Ellison wrote how Orrin Labs obtained the archive of the Calder Gazette.",
])
def test_statement_how_clause_reported_not(nlp, text):
    """Rule ``statement.how_clause_reported`` (unread.py): "told X how", "wrote how" stay
    questions (only verbs of telling a known thing state a "how" clause)."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["text"].startswith("how")], doc._.ct_quotes


def test_statement_accused_of_participle_with_object(nlp):
    """'The voice actors, seeking damages, accused Orrin Labs of fraud': the parser reads
    'accused' as a participle on 'actors'; with a direct object it is no passive."""
    doc = nlp("The voice actors, seeking damages for the class, accused Orrin Labs of fraud, "
              "false advertising and misusing their voices.")
    assert [q["text"] for q in doc._.ct_quotes if q["cue"] == "accused"] == \
        ["fraud, false advertising and misusing their voices"]


@pytest.mark.parametrize("text, charge", [
    # the "of" hung on the last name in apposition to the object
    ("Orrin Labs is once again in the news, publicly accusing three prominent Calder start-ups — "
     "Tessaly, Quillfire AI, and Brask — of running coordinated operations to copy its models.",
     "running coordinated operations to copy its models"),
    # a gerund with no object shares the next gerund's: one charge
    ("In a dispute centered on Orrin, a company backed by Tessaly, Calder publishers are accusing "
     "the start-up of systematically copying and using song lyrics without permission.",
     "copying and using song lyrics"),
])
def test_statement_accused_of_parse_shapes(nlp, text, charge):
    """The gerund charge is found whatever the parser hangs its "of" or its second gerund on."""
    doc = nlp(text)
    found = [q for q in doc._.ct_quotes if q["cue"] == "accusing"]
    assert found and charge in found[0]["text"], doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "The argument that won the day was a simple one, Mara Ellison said later.",  # relative clause
    "The case centred on allegations that Orrin Labs had copied the archive.",  # no owner
    "Orrin Labs lost the case. The judge rejected their argument that the archive was public.",
    # a verb that judges or suffers a claim is no light verb: its subject owns nothing
    "Judge Ada Merle dismissed allegations that Orrin Labs had copied the archive.",
    "Orrin Labs faces allegations that it had copied the archive.",
    # a feeling not voiced states nothing
    "The ruling deepened the Calder Authors' Union's concerns that the archive was copied.",
])
def test_statement_owned_claim_noun_not(nlp, text):
    """A claim noun states its owner's words only with an owner that names a party."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["cue"] in ("argument", "allegations", "concerns")], \
        doc._.ct_quotes


@pytest.mark.parametrize("text, what, who", [
    ("The judge allowed the Calder Authors' Union to pursue claims that Orrin Labs had copied "
     "the archive.", "Orrin Labs had copied the archive", "Calder Authors' Union"),
    ("Tessaly Records issued a public declaration that its songs must not be used for training.",
     "its songs must not be used for training", "Tessaly Records"),
    ("The Calder Gazette also expressed concern that Orrin Labs's summaries could mislead readers.",
     "Orrin Labs's summaries could mislead readers", "Calder Gazette"),
    ("Brightwell Labs's position is that it only read public pages of the archive.",
     "it only read public pages of the archive", "Brightwell Labs"),
])
def test_statement_claim_noun_owner(nlp, text, what, who):
    """A claim noun's owner without a possessive name: the light verb's controller or subject,
    the copula's possessive (noun_owners.py)."""
    doc = nlp(text)
    got = [q for q in doc._.ct_quotes if q["text"] == what]
    assert got and who.lower() in (got[0]["speaker"] or "").lower(), doc._.ct_quotes


def test_mixed_fragment_in_clause_leaves_whole_sentence_quote(nlp):
    # a whole sentence in marks after a dash is a quote of its own, not part of the clause before
    doc = nlp("Mara Ellison said the ruling was wrong — “We will appeal this decision next week.”")
    assert any(q["kind"] == "direct" and q["text"].startswith("We will appeal") for q in doc._.ct_quotes), \
        doc._.ct_quotes


def test_marks_title_is_not_a_statement(nlp):
    doc = nlp("Mara Ellison wrote a new book. “The Glass Orchard” is out in May.")
    assert not [q for q in doc._.ct_quotes if "Glass Orchard" in q["text"]]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"marks.title_skipped"})))
    assert [q.text for q in quotes if "Glass Orchard" in q.text]


@pytest.mark.parametrize("text, words", [
    ("FAREWELL: “The harbour bookshop will close at the end of the month,” by the Ledger's Ada "
     "Vell.", "The harbour bookshop"),
    ("The Calder posters read “Stop the harbour tax now, vote no on the bridge” (2015).",
     "Stop the harbour tax"),
    ("The deal went sour quickly, Mara Ellison wrote in her memoir, “Paper rivers and salt.”",
     "Paper rivers"),
])
def test_marks_cited_title_is_not_a_statement(nlp, text, words):
    """A headline with its byline, a slogan with its year, a title after a work noun."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if words in q["text"]], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"marks.cited_title"})))
    assert [q.text for q in quotes if words in q.text]


@pytest.mark.parametrize("rule, text, words", [
    ("marks.work_credit", "According to the Ledger, the case involved nine songs – including "
     "“Ferne” by Ivo Marr, “Unter den Brücken” by Lena Stoll and “Mond” by Pell Varga.",
     "Unter den"),
    ("marks.work_credit", "The ruling concerned the lyrics of nine songwriters (including “Ferne” "
     "by Ivo Marr and “Wie schön, dass du heute lebst” by Lena Stoll).", "Wie schön"),
    ("statement.quote_as_noun", "According to the complaint, users can type prompts like "
     "\"Ivo Marr walking along the harbour wall at night\" to get videos of the character.",
     "Ivo Marr walking"),
    ("statement.quote_as_noun", "Mara Ellison, a former star of Calder TV’s “All Night Long "
     "With Ivo Marr and Friends”, sued Orrin Labs on Monday.", "All Night Long"),
])
def test_quote_used_as_a_noun_is_not_a_direct_quote(nlp, rule, text, words):
    """A work listed with its author, an example after 'like', a show after a possessive: no
    one is quoted saying the words in marks."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["text"].startswith(words)], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({rule})))
    assert [q.text for q in quotes if q.text.startswith(words)]


def test_marks_work_credit_not_a_passive_agent(nlp):
    """'was “completely blindsided” by Orrin Labs': a passive's agent, not a credit."""
    doc = nlp("Mara Ellison said the guild was “completely blindsided” by Orrin Labs in May.")
    assert [q for q in doc._.ct_quotes if "blindsided" in q["text"]], doc._.ct_quotes


def test_marks_title_with_a_subtitle_is_not_a_statement(nlp):
    doc = nlp("Mara Ellison wrote “Paper Rivers: How the Calder Press Lost Its Archive.”")
    assert not [q for q in doc._.ct_quotes if "Paper Rivers" in q["text"]], doc._.ct_quotes


def test_statement_inverted_not_adverbial(nlp):
    """"Asked whether ..., X said: “...”": the question put to X is not X's statement."""
    doc = nlp("Asked whether Orrin would appeal the ruling, Mara Ellison said: “We have not decided.”")
    assert [q["text"] for q in doc._.ct_quotes] == ["We have not decided."]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.inverted_not_adverbial"})))
    assert any(q.text.startswith("Asked whether") for q in quotes)


@pytest.mark.parametrize("text", [
    "Mara Ellison said the offer from Orrin was “final.” The board met again on Monday.",
    "Mara Ellison said the studio was “not for sale\nat any price.” The board met on Monday.",
    "Mara Ellison said the vote in ‘08 had been lost. The board’s chair did not agree.",
])
def test_mixed_quote_runs_on_only_past_a_sentence_in_double_marks(nlp, text):
    """A mark that closes right after the full stop, one in another paragraph, or a single
    mark (an apostrophe as often as a quote) does not carry the statement on."""
    doc = nlp(text)
    assert not any("board" in q["text"] for q in doc._.ct_quotes), doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "Minutes after the hearing began, Mara Ellison announced a settlement with Orrin.",
    "Soon after the Calder Gazette was sold last May, Mara Ellison wrote to her readers.",
])
def test_statement_subordinate_only(nlp, text):
    """An edge attribution after a fronted subordinate clause: the clause is the occasion."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["kind"] == "indirect"], doc._.ct_quotes
    # (statement.fronted_not_content, not_content.py, drops the same occasion when this rule is off)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.subordinate_only",
                                                                 "statement.fronted_not_content"})))
    assert any(q.kind == "indirect" for q in quotes)


@pytest.mark.parametrize("text, words", [
    ("Mara Ellison described the ruling as “a gift to pirates” on Tuesday.", "a gift to pirates"),
    ("The complaint accuses Orrin of “industrial-scale copying” of the Gazette archive.",
     "industrial-scale copying"),
])
def test_statement_naming_object(nlp, text, words):
    """'accused X of “Y”': a charge given to the cue's object, with no clause of its own, is not
    a statement in the cue's own reading (the real sets leave noun-phrase objects out). Such a
    fragment has no tensed verb either, so ``mixed.no_clause`` is switched off with it; and
    'described X as “Y”' is read afterwards by ``mixed.naming_complement``, switched off here."""
    doc = nlp(text)
    if "accuses" in text:  # read afterwards by mixed.charge_in_marks, switched off here
        quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.charge_in_marks"})))
        assert not [q for q in quotes if words in q.text], quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.no_clause",
                                                               "mixed.naming_complement",
                                                               "mixed.charge_in_marks"})))
    assert not [q for q in quotes if words in q.text]  # the naming rule alone drops it
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.naming_object",
                                                               "mixed.no_clause",
                                                  "statement.nested_report",
                                                  "speaker.unresolved_kept"})))
    assert any(words in q.text for q in quotes)


@pytest.mark.parametrize("text, content, speaker", [
    ("The Calder Guild hailed the ruling as “a milestone victory for writers.”",
     "the ruling as “a milestone victory for writers.”", "Calder Guild"),
    ("Mara Ellison described the ruling as “a gift to pirates” on Tuesday.",
     "the ruling as “a gift to pirates”", "Mara Ellison"),
    ("Orrin Vale criticised the archive scrapers, describing the practice as “robbery” on Friday.",
     "the practice as “robbery”", "Orrin Vale"),
    ("The Vellum Society's letter goes on to describe the move as “unacceptable”.",
     "the move as “unacceptable”", "Vellum Society"),
    ("The Vellum Society welcomed the decision as “the first landmark archive ruling in Arden.”",
     "the decision as “the first landmark archive ruling in Arden.”", "Vellum Society"),
    ("The Lumen Court described the “realistic” nature of the forgeries as “truly alarming” and "
     "granted the order.", "the “realistic” nature of the forgeries as “truly alarming”", "Lumen Court"),
])
def test_mixed_naming_complement(nlp, text, content, speaker):
    """'hailed the ruling as “a milestone”': words in marks that a naming verb gives its object
    as its complement are the subject's statement, mixed, the object with the words that frame
    it (the lead's decision, issue 12 session 11). Without the rule nothing is found."""
    doc = nlp(text)
    found = [q for q in doc._.ct_quotes if q["text"] == content]
    assert found and found[0]["kind"] == "mixed" and found[0]["speaker"] == speaker, doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.naming_complement"})))
    assert not [q for q in quotes if q.text == content]


@pytest.mark.parametrize("text", [
    "Quillmark released a tool dubbed “Wren Draft” last week.",  # a name, and no subject's act
    "The deal was described as “a friendship” in the filing.",  # passive: said by whom?
    "Critics view the model as a “black box” of sorts.",  # not a naming verb
    "Orrin Vale described the “seamless” archive as slow.",  # the marks are in the object
    "The judge let the claims go ahead in what Orrin Vale called a “total victory”.",  # the writer's
    "Wrenlet, sometimes called the “pocket archive for poets”, was sued.",  # no subject
    "The drafts were shaped by Wrenlet - sometimes called the “pocket archive for poets”.",
    "The guild's petition called on the council to “play its part” in the archive case.",  # a request
])
def test_mixed_naming_complement_not(nlp, text):
    """Only the naming verb's own complement: never a name a participle gives, a passive with no
    one named, a belief verb, or marks inside the object (other rules may read the quote)."""
    quotes, _ = attribute(Context(nlp(text), load_cues()))
    assert not [q for q in quotes if "mixed.naming_complement" in q.rules], quotes


@pytest.mark.parametrize("text, words", [
    ("The Calder Gazette asked a federal judge to throw out Orrin’s “baseless and ruinous” claims.",
     "baseless and ruinous"),
    ("Tessaly urged the court to find that Orrin had copied the Gazette archive.",
     "Orrin had copied the Gazette archive"),
])
def test_statement_infinitive_request(nlp, text, words):
    """'asked the judge to throw out ...', 'urged the court to find that ...': a request in a
    to-infinitive states nothing (nobody has found it yet). A quoted fragment there opens with
    its "to" as well, so ``mixed.no_clause`` is switched off with it."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if words in q["text"]], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.no_clause"})))
    assert not [q for q in quotes if words in q.text]  # the request rule alone drops it
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({
        "statement.infinitive_request", "mixed.no_clause", "statement.nested_report",
        "speaker.unresolved_kept"})))
    assert any(words in q.text for q in quotes)


@pytest.mark.parametrize("text, words, speaker", [
    ("The Calder Gazette demanded that Tessaly cease using its archive to train the Quire models.",
     "Tessaly cease using its archive", "The Calder Gazette"),
    ("Orrin Labs demanded on Monday that the Calder Gazette withdraw its complaint at once.",
     "the Calder Gazette withdraw its complaint", "Orrin Labs"),
    ("Orrin Labs has formally requested that Tessaly stop using its catalogue.",
     "Tessaly stop using its catalogue", "Orrin Labs"),
])
def test_statement_demand_clause(nlp, text, words, speaker):
    """'demanded that X cease ...', 'requested that X stop ...': the demand's clause is the
    demander's statement (``statement.demand_clause``); without the rule, nothing is found."""
    doc = nlp(text)
    found = [q for q in doc._.ct_quotes if words in q["text"]]
    assert found and found[0]["speaker"] == speaker, doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.demand_clause"})))
    assert not any(words in q.text for q in quotes)
    doc = nlp("Tessaly insisted that its models never copied the Calder Gazette archive.")
    assert any("its models never copied" in q["text"] for q in doc._.ct_quotes)


@pytest.mark.parametrize("text", [
    "Orrin asked that the court dismiss the suit against it.",  # a motion's request
    "Orrin asked Tessaly to comment on the catalogue.",  # a request for comment
    "The Ledger asked Orrin Labs to say whether its models read the archive.",  # a question
    "Orrin asked the judge to dismiss the suit against it.",  # a motion's request
    "The new licence requires that Tessaly pay the Calder Gazette each quarter.",  # no one speaks
])
def test_statement_demand_clause_not(nlp, text):
    doc = nlp(text)
    assert not doc._.ct_quotes, doc._.ct_quotes


def test_fragment_word_root(nlp):
    """A fragment closing its sentence holds the full stop, which the parser hangs on the
    sentence's first cue; the fragment hangs on its highest word instead, so it is the nearer
    cue's ("she said she was “doubtful” ...") and the first cue's clause stays its own
    statement, ending before "but allowed" (``statement.cue_level_conjunct``)."""
    text = ("A Calder judge on Monday dismissed a lawsuit against Orrin Labs that claimed it copied "
            "stories from the Gazette.\nJudge Perpetua Lindqvist said that the Gazette could not "
            "prove enough harm to support the lawsuit but allowed it to file a new complaint, even "
            "though she said she was “doubtful” that it could “show a real loss.”\nThe Gazette's "
            "lawyer, Ferris Oyelaran, said the paper was “sure we can fix what the court found.”")
    doc = nlp(text)
    quotes = doc._.ct_quotes
    assert not [q for q in quotes if "but allowed" in q["text"]], quotes
    assert any(q["text"] == "the Gazette could not prove enough harm to support the lawsuit"
               and q["speaker"] == "Perpetua Lindqvist" for q in quotes), quotes
    assert any(q["text"].startswith("she was “doubtful”") for q in quotes), quotes
    assert any("fragment.word_root" in t["rules"] for t in doc._.rule_trace
               if t.get("component") == "attribution")
    off, _ = attribute(Context(doc, load_cues(), frozenset({"fragment.word_root"})))
    assert any("but allowed" in q.text for q in off)


@pytest.mark.parametrize("text, words", [
    ("The Calder Gazette reported an increase in “archive scraping attempts” last spring.",
     "archive scraping attempts"),
    ("In a letter, Orrin threatened to “pursue every remedy” if the Gazette kept the archive.",
     "pursue every remedy"),
])
def test_mixed_no_clause(nlp, text, words):
    """'reported an increase in “X”', 'threatened to “sue”': words with no tensed verb, or
    opening with a to-infinitive, name a thing or a plan; no statement. A 'that' clause whose
    only verb is in marks stays one."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if words in q["text"]], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.no_clause"})))
    assert any(words in q.text and q.kind == "mixed" for q in quotes)
    doc = nlp("Mara Ellison said the admission “changes everything” for the Gazette's lawsuit.")
    assert any("changes everything" in q["text"] for q in doc._.ct_quotes)  # a verb in marks


def test_statement_nested_report(nlp):
    """'Judge X ruled that P, Orrin Labs said': a party reports the judge's ruling, and both are
    statements, the outer one holding the inner whole (an outlet's relay, '..., the Ledger
    reported', is the judge's statement alone: statement.relay_keeps_inner)."""
    doc = nlp("Judge Tamsin Okafor ruled that the Calder Gazette had not shown any harm from the "
              "copying, Orrin Labs said on Monday.")
    texts = [q["text"] for q in doc._.ct_quotes]
    assert "the Calder Gazette had not shown any harm from the copying" in texts, texts
    assert any(t.startswith("Judge Tamsin Okafor ruled that") for t in texts), texts
    assert any("statement.nested_report" in t["rules"] for t in doc._.rule_trace
               if t["component"] == "attribution")
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.nested_report"})))
    assert not any(q.text.startswith("Judge Tamsin Okafor") for q in quotes)


def test_statement_heard_not_said(nlp):
    """'X was told ... “...”': a passive cue with no agent names who heard it, not who said it;
    with an outer cue ('..., the lawsuit stated') the statement stays."""
    doc = nlp("Mara Ellison was told her recordings would be kept for “internal testing only.”")
    assert doc._.ct_quotes == []
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.heard_not_said"})))
    assert any("internal testing only" in q.text for q in quotes)
    doc = nlp("Mara Ellison was told her recordings would be kept for “internal testing only,” "
              "the lawsuit stated.")
    assert any("internal testing only" in q["text"] for q in doc._.ct_quotes)


def test_statement_predicate_in_marks(nlp):
    """'X says this theory, which ..., “simply fails.”': the quote ends a clause begun before
    its marks, so the statement is the whole clause (mixed), not the quoted tail (direct)."""
    doc = nlp("Tessaly says the Gazette's new claim, which was added in May, “simply ignores "
              "the contract.”")
    assert [(q["kind"], q["text"][:23]) for q in doc._.ct_quotes] == [("mixed", "the Gazette's new claim")]
    assert any("statement.predicate_in_marks" in t["rules"] for t in doc._.rule_trace
               if t["component"] == "attribution")
    # (mixed.fragment_in_clause reads the same shape from the parse: off too)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.predicate_in_marks",
                                                               "mixed.fragment_in_clause"})))
    assert [q.kind for q in quotes] == ["direct"]


def test_point_reports_only_as_point_out(nlp):
    """'pointed out that ...' reports (cues.yml report_particles); 'pointed to evidence of how
    ...' does not. 'indicated that' is a report verb too (a judge's finding)."""
    doc = nlp("Judge Tamsin Okafor pointed out that the Gazette had never registered the archive.")
    assert [q["text"] for q in doc._.ct_quotes] == ["the Gazette had never registered the archive"]
    other_particle = replace(load_cues(), report_particles={"point": "up"})
    assert attribute(Context(doc, other_particle))[0] == []  # the particle decides
    doc = nlp("Judge Tamsin Okafor indicated that the claims against Orrin would likely fail.")
    assert [q["text"] for q in doc._.ct_quotes] == ["the claims against Orrin would likely fail"]


def test_a_page_of_quote_marks_is_read_up_to_the_cap(nlp, monkeypatch, caplog):
    """A page made of marks (hostile or broken) costs no more than the cap allows: the quoted
    stretches past it are left unread, and the log says so."""
    import nlp.attribution.context as context

    monkeypatch.setattr(context, "MAX_SEGMENTS", 5)
    doc = nlp(" ".join(f'Mara Ellison said "we copied nothing {i}" again.' for i in range(12)))
    assert 0 < len(doc._.ct_quotes) <= 5
    assert "12 quoted stretches, only the first 5 read" in caplog.text


@pytest.mark.parametrize("text", [
    "“We will appeal the ruling,” Mara Ellison said, adding: “The court ignored the evidence.”",
    "“We will appeal the ruling,” Mara Ellison said. The board met on Friday. “The court ignored "
    "the evidence.”",
    "Analysts called the plan “bold” and Orrin said “it will not change a thing at all here.”",
])
def test_quote_not_continued_past_its_attribution(nlp, text):
    """Words between two quotes that say more than the attribution (a second cue, a sentence
    of their own, a quote inside a sentence) keep the second quote a statement of its own."""
    doc = nlp(text)
    assert not any("statement.continued_after_attribution" in t["rules"]
                   for t in doc._.rule_trace if t["component"] == "attribution"), doc._.ct_quotes


def test_quote_continued_past_a_relative_clause_with_and(nlp):
    """"“A,” said X, who was raised in Y and is Z. “B.”": the "and" inside the relative clause
    describes the speaker; it opens no clause of its own, so the quote continues."""
    doc = nlp("“We will appeal the ruling of the court as soon as the judge allows it,” said Mara "
              "Ellison, who was raised in Calder and is now the chief executive of Orrin. “The "
              "ruling ignores the evidence that our engineers wrote every line themselves.”")
    assert any("statement.continued_after_attribution" in t["rules"]
               for t in doc._.rule_trace if t["component"] == "attribution"), doc._.ct_quotes


def test_according_to_with_apposition_reads_the_whole_sentence(nlp):
    """"<A>, according to X, X's role, <B>": the comma closing the apposition (which the parser
    may hang on X) does not hide B, so the statement is the whole sentence, not A alone."""
    doc = nlp("The core of the dispute, according to Mara Ellison, the chief executive of Orrin, "
              "was a licence the company never signed.")
    q = next(q for q in doc._.ct_quotes if q["cue"] == "according to")
    assert q["text"].endswith("was a licence the company never signed"), q["text"]


def test_mixed_statement_ends_before_a_second_act(nlp):
    """A mixed statement '... said it “...,” and went on to argue that ...' ends at the first
    quote (statement.second_speech_act, when the parser hangs the second act on the clause);
    what was argued is a statement of its own."""
    doc = nlp("In a note on the case the law firm said it “marks the first real test of the archive "
              "rules in the courts,” and went on to argue that, “Orrin has copied the archive for "
              "years and knows it.”")
    q = next(q for q in doc._.ct_quotes if q["kind"] == "mixed")
    assert q["text"].endswith("courts,”"), q["text"]
    # (the model parses this example well; on the real page it had hung "went on to argue" on
    # the quoted clause, which the rule cuts: the end is checked here, not the rule's need)


def test_a_short_quote_after_a_verb_of_utterance_is_still_said(nlp):
    """mixed.no_clause drops quoted noun phrases and infinitives ('reported an increase in
    “X”'), but 'Orrin said “no”' is the words spoken (cues.yml utterance_cues)."""
    doc = nlp("Asked twice about the licence, Mara Ellison said “no” and “yes” again. Tessaly reported "
              "an increase in “extraction attempts” on Monday.")
    texts = [q["text"] for q in doc._.ct_quotes]
    assert any(t.startswith("no”") for t in texts), texts
    assert not any("extraction attempts" in t for t in texts), texts


def test_confessed_that_is_reported_speech(nlp):
    """"after X confessed that ..." (cues.yml report_verbs): an admission, X's statement."""
    doc = nlp("Orrin Labs and Tessaly settled the lawsuit after Orrin Labs confessed that some of "
              "its new hires had taken Tessaly documents.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("some of its new hires had taken Tessaly documents") == "Orrin Labs", said


def test_a_title_colon_does_not_end_the_sentence(nlp):
    """sentence.title_colon (nlp/title_colons.py): "Glass Orchard: The Reckoning fans ..." is
    one sentence, so the cue after the title keeps its subject and clause."""
    doc = nlp("After sharp-eyed Glass Orchard: The Reckoning fans cried foul over a poster, "
              "Orrin Labs initially asserted that it was fully human-made.")
    assert len(list(doc.sents)) == 1
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("it was fully human-made") == "Orrin Labs", said


def test_the_title_colon_rule_is_traced_and_can_be_switched_off():
    """sentence.title_colon runs before the parser, in the dateline marker: it is traced where
    it joins a sentence, and the marker's config ``disabled`` switches it off like any rule."""
    from claimtrack.config import Settings
    from nlp.pipeline import load_model

    text = ("After sharp-eyed Glass Orchard: The Reckoning fans cried foul over a poster, "
            "Orrin Labs initially asserted that it was fully human-made.")
    on, off = load_model(Settings().model), load_model(Settings().model)
    on.add_pipe("claimtrack_datelines", before="parser")
    off.add_pipe("claimtrack_datelines", before="parser", config={"disabled": ["sentence.title_colon"]})
    doc = on(text)
    assert len(list(doc.sents)) == 1
    assert [t["rules"] for t in doc._.rule_trace] == [["sentence.title_colon"]]
    assert doc._.rule_trace[0]["text"] == "Orchard: The"
    # before the parser: the word after the colon is marked "no sentence start" only when on
    for nlp_, marked in ((on, False), (off, None)):
        doc = nlp_.get_pipe("claimtrack_datelines")(nlp_.make_doc(text))
        assert next(t for t in doc if t.text == "The").is_sent_start is marked
        assert bool(doc._.rule_trace) is (marked is False)


def test_a_colon_after_a_cue_or_a_label_still_ends_the_sentence():
    """sentence.title_colon leaves "said: The ...", a label opening its line ("UPDATE: The
    ...") and a colon before a quote mark alone."""
    from nlp.title_colons import TITLE_COLON
    assert TITLE_COLON.search("Mara Ellison said: The deal is off.") is None
    assert TITLE_COLON.search("She told the Ledger: “The deal is off.”") is None
    assert TITLE_COLON.search("fans of Glass Orchard: The Reckoning said it was fine.")


@pytest.mark.parametrize("text, quote, speaker, wrong", [
    ("“This is a disgrace,” says Mara Ellison, who called her lawyer at once. “My voice is mine.” "
     "“It was shameful,” says Tobin Hale.", "My voice is mine.", "Mara Ellison", "Tobin Hale"),
    ("“I deleted my whole account today.” A spokesperson for Orrin Labs did not immediately respond "
     "to a request for comment.", "I deleted my whole account today.", None, "Orrin Labs"),
])
def test_next_sentence_cue_with_its_own_quote_or_a_negation_names_no_speaker(nlp, text, quote,
                                                                              speaker, wrong):
    """attribution.next_own_quote: the short sentence after a quote names its speaker only when
    its cue has no quote of its own and is not negated (a no-comment says nothing was said)."""
    doc = nlp(text)
    assert [q["speaker"] for q in doc._.ct_quotes if q["text"] == quote] == [speaker]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"attribution.next_own_quote"})))
    assert [q.speaker.name for q in quotes if q.text == quote] == [wrong]


@pytest.mark.parametrize("text, said, speaker", [
    ("Brandel Tools took down the post and assured that it had ended all work with the supplier.",
     "it had ended all work with the supplier", "Brandel Tools"),
    ("Judge Corra Vane dismissed part of the Velter lawsuit, hinting that the writers could amend "
     "their claims.", "the writers could amend their claims", "Corra Vane"),
])
def test_assured_hinted_report_speech(nlp, text, said, speaker):
    """"assured that", "hinting that" (cues.yml report_verbs, issue 12): news
    reports speech with these verbs too; without them the clause was lost."""
    doc = nlp(text)
    found = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert found.get(said) == speaker, found


def test_so_that_result_in_a_parsed_clause(nlp):
    """statement.so_that_result also where the parser makes the result clause the cue's
    complement ("found so much value in X that it used them"): nothing was found or said."""
    text = ("The Harbor-backed startup found so much value in Brindle videos that it previously "
            "used them to train its model, including a tool called Quill that converts speech.")
    doc = nlp(text)
    assert not any(q["text"].startswith("it previously used") for q in doc._.ct_quotes)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.so_that_result"})))
    assert any(q.text.startswith("it previously used") for q in quotes), [q.text for q in quotes]


def test_plural_cue_first_after_a_coordinated_clause(nlp):
    """statement.inverted_plural_cue where the tagger reads the cue as a bare verb ("... and
    have not agreed to it, state the plaintiffs."): still the plaintiffs' statement."""
    doc = nlp("Tam Orley and other novelists sued Vexa Labs in May. Readers such as the plaintiffs "
              "were not told of the copying and have not agreed to it, state the plaintiffs.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("Readers such as the plaintiffs were not told of the copying and have not "
                    "agreed to it") == "Tam Orley", said
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.inverted_plural_cue"})))
    assert not any(q.text.startswith("Readers such as") for q in quotes)


ABBREVIATION_TEXT = ("The Review Board of the U.S. Copyright Office said that the picture lacked "
                     "human authorship.")


def test_an_abbreviation_before_a_name_word_does_not_end_the_sentence(nlp):
    """sentence.abbreviation (nlp/abbreviations.py): the small model's parser ends a sentence
    at "U.S." here, leaving "Copyright Office said ..." without the board that speaks."""
    doc = nlp(ABBREVIATION_TEXT)
    assert len(list(doc.sents)) == 1
    cue = next(t for t in doc if t.text == "said")
    assert cue.sent.start == 0  # the cue's sentence holds its subject, "The Review Board"


def test_the_abbreviation_rule_is_traced_and_can_be_switched_off():
    """sentence.abbreviation runs before the parser, in the dateline marker: traced where it
    joins, switched off by the marker's config ``disabled``; without it the parser splits."""
    from claimtrack.config import Settings
    from nlp.pipeline import load_model

    on, off = load_model(Settings().model), load_model(Settings().model)
    on.add_pipe("claimtrack_datelines", before="parser")
    off.add_pipe("claimtrack_datelines", before="parser", config={"disabled": ["sentence.abbreviation"]})
    doc = on(ABBREVIATION_TEXT)
    assert len(list(doc.sents)) == 1
    assert [(t["rules"], t["text"]) for t in doc._.rule_trace] == [(["sentence.abbreviation"], "U.S. Copyright")]
    assert len(list(off(ABBREVIATION_TEXT).sents)) == 2  # the model's own split, kept when off


def test_where_a_sentence_does_end_after_an_abbreviation():
    """sentence.abbreviation joins only before a word that cannot open a sentence: a lower-case
    word, a name after a short title, a name's next word after dotted initials (a list), a
    legal form after a legal form, a figure after a number word. "sued in the U.S. The ..."
    and "arrived in the U.S. Initially, ..." stay two sentences."""
    from nlp.abbreviations import continues
    assert continues("Inc.", "said") and continues("U.S.", "officials")
    assert continues("U.S.", "District") and continues("S.C.", "Rep")
    assert continues("Sen.", "Dana") and continues("Pte.", "Ltd") and continues("No.", "3:25-cv-0101")
    assert not continues("U.S.", "The") and not continues("U.S.", "Initially")
    assert not continues("Inc.", "The") and not continues("No.", "The")
    assert not continues("art.", "then")  # a word, not "Art." (article) written short


@pytest.mark.parametrize("text", [
    "The ruling covers three points:\nThe firm must pay damages to the writers within a month.",
    "Read the latest updates on the hearing below:\nThe first witness spoke for ten minutes about the harbour.",
    "Ada Vell posted the transcript of the exchange for context:\nThe judge asked him about the harbour "
    "and he answered at length.",
])
def test_colon_paragraph_needs_a_speaker_of_its_own_words(nlp, text):
    """statement.colon_paragraph: a heading, an imperative or a document handed on introduces no
    one's words."""
    assert not [q for q in nlp(text)._.ct_quotes if q["kind"] == "direct"]


def test_statement_that_of_noun(nlp):
    """Rule ``statement.that_of_noun``: "responded to allegations that it misused ...": the
    clause is the allegations', never the words of who responds; without the rule the loose
    reading gave Orrin Labs the very accusation it answers."""
    doc = nlp("Orrin Labs has responded in court to allegations that it misused the work of "
              "authors including Mara Ellison.")
    assert not [q for q in doc._.ct_quotes if q["speaker"] == "Orrin Labs"]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.that_of_noun"})))
    assert [q for q in quotes if q.speaker and q.speaker.name == "Orrin Labs" and "misused" in q.text]


def test_statement_accused_of_charge_not_in_relative_clause(nlp):
    """'a chief who had accused X of fraud': background on the chief, no statement."""
    doc = nlp("Mara Ellison spoke on Monday. Orrin Labs hired a new counsel who had accused "
              "Tessaly of fraud.")
    assert not [q for q in doc._.ct_quotes if q["cue"] == "accused"], doc._.ct_quotes



def test_relayed_report_keeps_no_inner_statement(nlp):
    """``mixed.relayed_by_cue_after``: the boast the Ledger alleges is part of the Ledger's
    statement, never a statement of Orrin Labs's own as well."""
    doc = nlp("The Calder Ledger sued Orrin Labs on Monday.\nIn May, Orrin Labs boasted that its "
              "reader allowed users to “skip the long articles” by giving “one answer for "
              "everything,” the Ledger alleges.")
    assert not [q for q in doc._.ct_quotes if q["speaker"] == "Orrin Labs"], doc._.ct_quotes


def test_participle_after_a_relative_cue_is_not_moved(nlp):
    """``subject.participle_after_cue`` passes over a cue in a relative clause: no statement
    goes to the party the relative clause speaks of."""
    doc = nlp("The Calder Ledger, which Orrin Labs said had misread the archive, answered on "
              "Monday, adding that the archive “was copied in full.”")
    q = next(q for q in doc._.ct_quotes if "copied in full" in q["text"])
    assert q["speaker"] != "Orrin Labs", doc._.ct_quotes



def test_a_quote_resumed_after_its_own_attribution_in_the_gap_is_one(nlp):
    """'X defended the deal, as quoted by Y: “A,” she said. “B.”': the first quote took its
    source from the colon's introduction, not from "said"; the gap's one speech verb is its own
    attribution, so A and B are one statement (``statement.continued_gap_cue``). (Who speaks
    here, the person or the outlet quoting her, is another rule's question.)"""
    text = ("Mara Ellison defended the deal, as quoted by the Calder Courier: “We paid for every "
            "page of the archive,” she said. “And that is exactly what the contract says.”")
    doc = nlp(text)
    joined = "We paid for every page of the archive,” she said. “And that is exactly what the contract says."
    assert joined in [q["text"] for q in doc._.ct_quotes], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.continued_gap_cue"})))
    assert joined not in [q.text for q in quotes]


def _fired(doc, rule: str) -> list:
    """The statements whose trace names ``rule``."""
    return [t for t in doc._.rule_trace if t["component"] == "attribution" and rule in t["rules"]]


@pytest.mark.parametrize("text", [
    "Orrin Labs denied it on Monday. Tolvane Press claims damages for the emotional distress it suffered.",
    "Orrin Labs denied it on Monday. Several states that ban such tools were named.",
])
def test_misread_verb_not(nlp, text):
    """A noun object ("claims damages") or a relative ("states that ban") is no clause:
    cue.misread_verb reads no statement there."""
    doc = nlp(text)
    assert not _fired(doc, "cue.misread_verb"), doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "The band recorded songs such as “Yesterday,” “Harbour,” and “Lanterns,” Mara Ellison said.",
    "“Harbour” topped the charts in May, the Calder Gazette reported.",
])
def test_one_word_remark_not(nlp, text):
    """Titles in a list or before their own verb are no remark (statement.one_word_remark)."""
    doc = nlp(text)
    assert not _fired(doc, "statement.one_word_remark"), doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "Vexa trained on a dataset which Orrin Labs acknowledges using for its development.",
    "Judge Mara Ellison denied the motion finding that the claims were plausible.",
    "Orrin Labs stopped using the Calder archive in May.",
])
def test_gerund_object_not(nlp, text):
    """A relative's gap, a noun use of the -ing word, a verb whose gerund is an act: no
    statement.gerund_object."""
    doc = nlp(text)
    assert not _fired(doc, "statement.gerund_object"), doc._.ct_quotes


def test_relay_of_a_request_keeps_the_relay(nlp):
    """'X has asked Y for evidence that P, according to Z': a request asserts nothing, so the
    relay is not a report said twice (statement.relay_keeps_inner gives way only to a report
    verb): Z's statement stays."""
    doc = nlp("The Brightwell Guild has asked Orrin Labs for evidence that its model keeps to "
              "the archive's licence, according to Mara Ellison.")
    assert any(q["text"].startswith("The Brightwell Guild") and q["speaker"] == "Mara Ellison"
               for q in doc._.ct_quotes), doc._.ct_quotes


def test_statement_impersonal_passive(nlp):
    """"it’s alleged that P" (a curly apostrophe, which the parser reads as "has"): nobody is
    named, so no statement, never one of the organisation "it" stands for elsewhere
    (``statement.impersonal_passive``); without the rule, "it" took the last company."""
    doc = nlp("Calder authors have expressed outrage at Orrin Labs. Making matters worse, it’s alleged "
              "that Vexa gathered the books from a pirate library.")
    assert not [q for q in doc._.ct_quotes if "gathered the books" in q["text"]], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.impersonal_passive"})))
    assert [q.speaker.name for q in quotes if "gathered the books" in q.text] == ["Orrin Labs"]


def test_statement_infinitive_demand_after_warning(nlp):
    """'The Calder Gazette has warned Orrin Labs not to copy its archive': a warning's
    to-infinitive put to an addressee is the warner's demand (``statement.infinitive_demand``,
    ``cues.yml`` warning_verbs); without the rule nothing is found."""
    doc = nlp("The Calder Gazette has warned Orrin Labs not to copy its archive for its new models.")
    found = [q for q in doc._.ct_quotes if q["text"].startswith("not to copy its archive")]
    assert found and found[0]["speaker"] == "The Calder Gazette", doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.infinitive_demand"})))
    assert not [q for q in quotes if q.text.startswith("not to copy")]
