"""Every rule of nlp/name_links.py (nlp/data/name_links.yml) on the fiction it exists for.

One case per rule: a short text, the mention (its text and which occurrence), and the canonical
name it must get. The test checks the name, that the rule is in the trace of that mention
(component "canonical"), and that with the rule switched off the mention is NOT given that
name: each case depends on its rule. A rule added to the table without a case here fails
``test_every_rule_has_a_case``.
"""

from __future__ import annotations

import pytest

from nlp.name_links import link_words

# rule -> (text, mention text, occurrence of it (0 = first), canonical name it gets)
CASES: dict[str, tuple[str, str, int, str]] = {
    "acronym_spelled_out": ("According to the Office for Roads, Rivers and Tides (ORRT), the river trade grew "
                            "last year.", "Office for Roads, Rivers and Tides", 0, "Office for Roads, Rivers and Tides"),
    "body_name_series": ("The Ministry of Roads, Rivers and Tides announced a new guide on Monday. An official "
                         "said it would be sent abroad.", "Ministry of Roads, Rivers and Tides", 0,
                         "Ministry of Roads, Rivers and Tides"),
    # letters of another language's name: only the brackets tell
    "acronym_defined": ("The Dessary Translators' Forum (FTD) sued Orrin Labs on Monday. FTD said the "
                        "model copied its members' books.", "FTD", 0, "Dessary Translators' Forum"),
    "acronym_of_name": ("The Talmore Writers Guild sued Orrin Labs on Monday. In a statement, the TWG said "
                        "the model copied its members' books.", "TWG", 0, "Talmore Writers Guild"),
    "mixed_case_acronym": ("The Talmore Legal Information Institute sued Orrin Labs on Monday. TalLII said the "
                           "start-up had copied its case summaries.", "TalLII", 0,
                           "Talmore Legal Information Institute"),
    "role_word_before_name": ("Plaintiffs Ines Varga, Tomasz Velander and Oskar Brill filed the complaint on "
                              "Monday. The plaintiffs said Orrin Labs had copied their photos.",
                              "Plaintiffs Ines Varga", 0, "Ines Varga"),
    "the_in_name": ("On Monday, The Brisca Courier sent a letter of protest to Orrin Labs. Brisca Courier "
                    "said the start-up had copied its articles.", "Brisca Courier", 1, "The Brisca Courier"),
    "tail_of_name": ("Seven groups, including Velmarine Press Alliance and the Guild of Ostrel Poets, wrote "
                     "to the ministry. Press Alliance also said the draft was weak.",
                     "Press Alliance", 0, "Velmarine Press Alliance"),
    "head_of_name": ("Grommet sues two former engineers over stolen documents\nGrommet Technologies has its "
                     "claws out for a new start-up. Grommet claims the two engineers copied its methods.",
                     "Grommet", 0, "Grommet Technologies"),
    "role_title_before_name": ("In a letter to Orrin Labs, Brisca Wire President Tomasz Velander asked the "
                               "company to stop. Brisca Wire said the copying had gone on for a year.",
                               "Brisca Wire", 0, "Brisca Wire"),
    "role_as_name": ("Ines Varga has warned ministers against the plan. Speaking at a book launch, "
                     "Tessaly's former Global Policy President said such demands were unrealistic.",
                     "Global Policy President", 0, "Ines Varga"),
    # the model's tags written out (see MODEL_TAGS): it tagged the given name and surname apart
    "given_name_before_surname": ("Vellmar's courts have heard few such cases. Oleksandr Qorindar is one of "
                                  "the few singers to have sued. Qorindar said the cloned voice was not his.",
                                  "Qorindar", 1, "Oleksandr Qorindar"),
    "given_name_of_full_name": ("Ottoline lambasts ministers over the copyright plan\nThe singer Ottoline "
                                "Marchbank said the plan was theft.", "Ottoline", 0, "Ottoline Marchbank"),
    "given_name_split_off": ("“We will appeal,” stated Qorvalah Ines Varga, the general counsel of Orrin Labs, "
                             "on Monday.", "Qorvalah Ines Varga", 0, "Qorvalah Ines Varga"),
    "surname_before_full_name": ("It was music that was obviously cloned, notes Marchbank. A week later another "
                                 "album arrived, according to Ottoline Marchbank, who sued Orrin Labs.",
                                 "Marchbank", 0, "Ottoline Marchbank"),
    "alias_shares_surname": ("Engineer Mara Ellison was charged on Monday. The defendant, also known as Mae "
                             "Ellison, was indicted last March.", "Mae Ellison", 0, "Mara Ellison"),
    "alias_in_apposition": ("The rapper Quillo, whose real name is Bertram Ashgrove, said the song was his. Quillo "
                            "said he would appeal.", "Quillo", 1, "Bertram Ashgrove"),
    "court_part": ("In March, the 4th Civil Chamber of the Vellmar Regional Court ruled that Orrin Labs had "
                   "copied the lyrics.", "Chamber", 0, "Vellmar Regional Court"),
    "court_short_name": ("The Dunmere High Court has barred the sale of the cloned voice. The Court held that "
                         "the singer's voice was hers to license.", "Court", 0, "Dunmere High Court"),
    "court_description": ("Tamsin Okafor sued Orrin Labs at the Vellmar Regional Court. The court said the "
                          "training copies were lawful.", "court", 0, "Vellmar Regional Court"),
    # nlp/name_forms.py: one name written in several ways
    "marks_trimmed": ("Quellmont Press has issued a statement on training.\n• Quellmont Press retains all rights to "
                      "its books.", "Quellmont Press", 1, "Quellmont Press"),
    "ampersand_as_and": ("The Velmar Writers & Editors Guild sued Orrin Labs on Monday. The Velmar Writers and "
                         "Editors Guild said the model copied its members' books.",
                         "Velmar Writers and Editors Guild", 0, "Velmar Writers & Editors Guild"),
    # nlp/name_edges.py: a word at a name's edge that is not the name (model tags in MODEL_TAGS)
    "cue_verb_not_in_name": ("The report quoted Ines Varga, who chairs the Brisca Translators Guild. Said Varga: "
                             "“The books are ours.”", "Varga", 0, "Ines Varga"),
    "nationality_before_name": ("Folk singer Ada Marlow wrote the ballad. Orrin Labs sold an “American Ada "
                                "Marlow-style song” last year. Marlow said it was theft.", "Marlow", 0, "Ada Marlow"),
    "role_title_not_in_name": ("In a letter, Brisca Wire CEO Tomasz Velander asked Orrin Labs to stop.",
                               "Brisca Wire", 0, "Brisca Wire"),
    "person_name_in_two_pieces": ("Justice Ines Maren Varga Oskari heard the plea. Justice Oskari said the clip was "
                                  "authentic.", "Oskari", 0, "Ines Maren Varga Oskari"),
    "legal_form_first_short_form": ("Stichting Brisca took the archive offline on Monday. Brisca said the copies "
                                    "were unlawful.", "Brisca", 0, "Stichting Brisca"),
    "function_word_before_name": ("Ines Varga and Tomas Velander sued Orrin Labs. Both Varga and Velander say "
                                  "the model copied their voices.", "Both Varga", 0, "Ines Varga"),
    "pair_named_apart": ("Tomasz Velander left Corlanby in May. Orrin Labs sued Velander and Corlanby on "
                         "Monday.", "Velander", 0, "Tomasz Velander"),
    "peer_title_kept": ("The bill passed its final stage on Monday. “We did what we could,” said composer "
                        "Lord Ashcombe.", "Lord Ashcombe", 0, "Lord Ashcombe"),
    "generational_suffix": ("Dorian Vell Jr., a partner at Quarrow Lane LLP, said the case was weak. Vell said "
                            "the court would decide.", "Vell", 0, "Dorian Vell Jr."),
}


# Rules that repair what the statistical model sometimes tags wrong: the model's entities for
# their example are written out here (text and label, in order), so the example keeps testing
# the rule whatever the model does with fiction.
MODEL_TAGS: dict[str, list[tuple[str, str]]] = {
    "given_name_before_surname": [("Vellmar", "GPE"), ("Oleksandr", "PERSON"), ("Qorindar", "ORG"),
                                  ("Qorindar", "ORG")],
    "marks_trimmed": [("Quellmont Press", "ORG"), ("• Quellmont Press", "ORG")],
    "cue_verb_not_in_name": [("Ines Varga", "PERSON"), ("Brisca Translators Guild", "ORG"), ("Said Varga", "PERSON")],
    "role_title_not_in_name": [("Brisca Wire CEO", "PERSON"), ("Tomasz Velander", "PERSON"), ("Orrin Labs", "ORG")],
    "legal_form_first_short_form": [("Stichting Brisca", "ORG"), ("Brisca", "ORG")],
    "given_name_split_off": [("Qorvalah", "ORG"), ("Ines Varga", "PERSON"), ("Orrin Labs", "ORG")],
    "function_word_before_name": [("Ines Varga", "PERSON"), ("Tomas Velander", "PERSON"), ("Orrin Labs", "ORG"),
                                  ("Both Varga", "PERSON"), ("Velander", "PERSON")],
    "pair_named_apart": [("Tomasz Velander", "PERSON"), ("Corlanby", "ORG"), ("Orrin Labs", "ORG"),
                         ("Velander and Corlanby", "ORG")],
    "person_name_in_two_pieces": [("Ines Maren", "PERSON"), ("Varga Oskari", "PERSON"), ("Oskari", "PERSON")],
}


def _run(nlp, text: str, rule: str):
    """The pipeline on ``text``; for a rule of MODEL_TAGS, with the model's entities replaced."""
    if rule not in MODEL_TAGS:
        return nlp(text)
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            spans, at = [], 0
            for words, label in MODEL_TAGS[rule]:
                at = text.index(words, at)
                spans.append(doc.char_span(at, at + len(words), label=label))
                at += len(words)
            doc.ents = spans
    return doc


def _mention(doc, text: str, nth: int):
    found = [e for e in doc.ents if e.text == text]
    return found[nth] if len(found) > nth else None


# rules that take a span out of the entities: (text, the span's text, model tags written out)
DROPPED: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "party_possessive_not_a_name": (
        "The archive was copied, including the Plaintiffs’ Works, the complaint says. The plaintiffs said "
        "Orrin Labs knew.", "Plaintiffs’ Works", [("Plaintiffs’ Works", "ORG"), ("Orrin Labs", "ORG")]),
    # a heading's capitalised noun: no party called "Company" takes "the company said"
    "common_noun_not_a_name": (
        "Vexa Labs sued Orrin Labs in March.\nCompany denies the allegations\nIn a blog post, the company "
        "said it was disappointed.", "Company", [("Vexa Labs", "ORG"), ("Orrin Labs", "ORG"), ("Company", "ORG")]),
    # a role tagged as a person right before the person: no party, and not joined back onto the name
    "role_alone_before_name": (
        "A report said Ostrevia Ambassador Ines Varga used a private account. Varga said it was a "
        "mistake.", "Ostrevia Ambassador", [("Ostrevia Ambassador", "PERSON"), ("Ines Varga", "PERSON"),
                                           ("Varga", "PERSON")]),
}


# rules that give a span another label: (text, the span's text, its label, model tags written out)
RELABELLED: dict[str, tuple[str, str, str, list[tuple[str, str]]]] = {
    "law_title": ("Orrin Labs said the EU AI Act would hurt Nordmark startups.", "EU AI Act", "LAW",
                  [("Orrin Labs", "ORG"), ("EU AI Act", "ORG"), ("Nordmark", "GPE")]),
}


def test_every_rule_has_a_case():
    assert set(link_words().rules) == set(CASES) | set(DROPPED) | set(RELABELLED)


@pytest.mark.parametrize("rule", sorted(RELABELLED))
def test_relabelling_rule_on_its_example(nlp, rule):
    """A law's title the model called an organisation is a law (so "EU" in it is never part of an
    organisation); switched off, the model's label stays."""
    text, span, label, tags = RELABELLED[rule]
    MODEL_TAGS[rule] = tags
    canon = nlp.get_pipe("claimtrack_canonical")
    try:
        doc = _run(nlp, text, rule)
        assert (span, label) in [(e.text, e.label_) for e in doc.ents]
        assert [r for r in doc._.rule_trace if r["component"] == "canonical" and rule in r["rules"]]
        canon.disabled = frozenset({rule})
        assert (span, label) not in [(e.text, e.label_) for e in _run(nlp, text, rule).ents]
    finally:
        canon.disabled = frozenset()
        del MODEL_TAGS[rule]


@pytest.mark.parametrize("rule", sorted(DROPPED))
def test_dropping_rule_on_its_example(nlp, rule):
    text, span, tags = DROPPED[rule]
    MODEL_TAGS[rule] = tags
    canon = nlp.get_pipe("claimtrack_canonical")
    try:
        doc = _run(nlp, text, rule)
        assert span not in [e.text for e in doc.ents]
        assert [r for r in doc._.rule_trace if r["component"] == "canonical" and rule in r["rules"]]
        canon.disabled = frozenset({rule})
        assert span in [e.text for e in _run(nlp, text, rule).ents]
    finally:
        canon.disabled = frozenset()
        del MODEL_TAGS[rule]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_on_its_example(nlp, rule):
    text, mention, nth, canonical = CASES[rule]
    canon = nlp.get_pipe("claimtrack_canonical")
    doc = _run(nlp, text, rule)
    e = _mention(doc, mention, nth)
    assert e is not None and e._.canonical == canonical, [(x.text, x.label_, x._.canonical) for x in doc.ents]
    rows = [r for r in doc._.rule_trace or [] if r["component"] == "canonical" and rule in r["rules"]]
    assert rows, doc._.rule_trace
    canon.disabled = frozenset({rule})
    try:
        off = _mention(_run(nlp, text, rule), mention, nth)
    finally:
        canon.disabled = frozenset()
    assert off is None or off._.canonical != canonical


@pytest.mark.parametrize("text, alias, real", [
    ("Bertram Ashgrove, known as Quillo, said the track was stolen. Quillo added that he would sue.",
     "Quillo", "Bertram Ashgrove"),
    ("Lioren Tasch, whose real name is Odile Brannock, sued the studio last year.", "Lioren Tasch", "Odile Brannock"),
])
def test_an_alias_speaks_for_the_real_name(nlp, text, alias, real):
    """alias_in_apposition: either order; the name the text calls real is the canonical one."""
    doc = nlp(text)
    assert {e._.canonical for e in doc.ents if e.text == alias} == {real}


@pytest.mark.parametrize("text", [
    "An illustrator known as Quillo accused Orrin Labs of copying her work.",
    "Brisca Wire, now known as Quillo, sued Orrin Labs on Monday.",
])
def test_a_description_or_a_new_name_is_no_alias(nlp, text):
    """"an illustrator known as X" names no one else; "now known as" says a name changed."""
    doc = nlp(text)
    assert not [r for r in doc._.rule_trace or [] if "alias_in_apposition" in r["rules"]]


def test_court_descriptions_are_mentions_not_names(nlp):
    """"the court" speaks for the court the text names, but the entity list keeps names only."""
    doc = nlp(CASES["court_description"][0])
    assert [e["text"] for e in doc._.ct_entities if e["label"] == "COURT"] == ["Vellmar Regional Court"]
    quote = next(q for q in doc._.ct_quotes if "lawful" in q["text"])
    assert quote["speaker"] == "Vellmar Regional Court"


@pytest.mark.parametrize("text", [
    "Tamsin Okafor sued Orrin Labs at the Vellmar Regional Court. The lower court said the copies were lawful.",
    "Tamsin Okafor sued Orrin Labs at the Vellmar Regional Court. A court in Brisca said the copies were lawful.",
    "Tamsin Okafor sued Orrin Labs on Monday. The court said the copies were lawful.",
])
def test_a_court_description_that_may_mean_another_court_is_left(nlp, text):
    """Another court ("the lower court"), an indefinite one, or no court named: no link."""
    doc = nlp(text)
    assert not [e for e in doc.ents if e.text.lower() == "court" and e._.canonical == "Vellmar Regional Court"]


def test_an_acronym_two_names_share_is_left(nlp):
    """"TWG" could be either guild: left as written."""
    doc = nlp("The Talmore Writers Guild and the Thimbleby Weavers Group sued Orrin Labs. TWG said the model "
              "copied its members' work.")
    twg = _mention(doc, "TWG", 0)
    assert twg is None or twg._.canonical == "TWG"


@pytest.mark.parametrize("text", [
    "Marchbank said the song was cloned. Ottoline Marchbank and Tomasz Marchbank sued Orrin Labs.",
    "The team at Pollock Marchbank said it would appeal. Pollock Marchbank LLP partner Tomasz Marchbank "
    "said the ruling was wrong.",
])
def test_a_surname_before_two_full_names_or_a_firm_is_left(nlp, text):
    """Rule ``surname_before_full_name`` links only to the one full name the surname can be."""
    doc = nlp(text)
    e = _mention(doc, "Marchbank", 0)
    assert e is None or e._.canonical not in ("Ottoline Marchbank", "Tomasz Marchbank")


def test_a_typed_word_before_a_person_is_no_given_name(nlp):
    """Rule ``given_name_split_off``: a word the text types ("the YouTuber"), or an English
    word, stays apart from the person after it."""
    MODEL_TAGS["given_name_split_off_neg"] = [("Tessaly", "ORG"), ("Culture", "ORG"), ("Ines Varga", "PERSON")]
    try:
        doc = _run(nlp, "Tessaly sued Orrin Labs. Culture Ines Varga said the deal was fair.", "given_name_split_off_neg")
    finally:
        del MODEL_TAGS["given_name_split_off_neg"]
    assert "Culture Ines Varga" not in [e.text for e in doc.ents]


def test_a_given_name_two_people_share_is_left(nlp):
    doc = nlp("Ottoline Marchbank and Ottoline Drury sued Orrin Labs. Ottoline said the plan was theft.")
    e = _mention(doc, "Ottoline", 0)
    assert e is None or e._.canonical not in ("Ottoline Marchbank", "Ottoline Drury")


def test_an_acronym_defined_after_a_legal_form(nlp):
    """acronym_defined: "Varrow Media, Inc. (VMI)", the legal form outside the name's span,
    still defines the acronym the text then uses alone."""
    doc = nlp("The agency wrote to Varrow Media, Inc. (VMI), a start-up in Calder. There has been no "
              "immediate comment from VMI regarding the matter.")
    vmi = [e for e in doc.ents if e.text == "VMI"]
    assert vmi and all(e._.canonical == "Varrow Media" for e in vmi), [(e.text, e._.canonical) for e in doc.ents]
    assert [n["speaker"] for n in doc._.ct_no_comments] == ["Varrow Media"]


def test_a_capital_the_that_opens_the_sentence_is_left(nlp):
    """"The Brisca Courier said ...": the capital is the sentence's, not the name's."""
    doc = nlp("The Brisca Courier sent a letter of protest to Orrin Labs. Brisca Courier said the start-up "
              "had copied its articles.")
    assert not [e for e in doc.ents if e._.canonical.startswith("The ")]


def test_a_bracketed_acronym_makes_a_name_an_organisation(nlp):
    """The model may take a foreign organisation name for a person's; its bracketed acronym
    says otherwise, and the acronym alone later is that organisation."""
    doc = nlp("Vellmar's Reti Sonore Vellmariane (RSV) sued Orrin Labs on Monday. According to RSV, the "
              "start-up copied its broadcasts.")
    later = [e for e in doc.ents if e.text == "RSV"]
    assert later and later[-1]._.canonical == "Reti Sonore Vellmariane"
    full = next(e for e in doc._.ct_entities if e["canonical"] == "Reti Sonore Vellmariane")
    assert full["label"] == "ORG"


def test_a_role_word_written_so_in_mid_sentence_is_part_of_the_name(nlp):
    doc = nlp("Artists Brisca Guild sued Orrin Labs. The suit by Artists Brisca Guild says the model copied "
              "the members' work.")
    assert not [e for e in doc.ents if e._.canonical == "Brisca Guild"]


def test_a_gazetteer_name_is_found_spelled_with_and_for_ampersand(nlp):
    """Rule ``ampersand_as_and`` on the gazetteer: "Loevy and Loevy" is the firm listed as
    "Loevy & Loevy" (its "and" alias is in the list; the "+" one is not swapped), and a name
    with "&" finds the entry listed with "and"."""
    from nlp.name_forms import other_spelling
    assert other_spelling("Writers & Editors Guild") == "Writers and Editors Guild"
    assert other_spelling("Writers and Editors Guild") == "Writers & Editors Guild"
    assert other_spelling("AT&T") is None
    canon = nlp.get_pipe("claimtrack_canonical")
    g = canon.gazetteer.lookup("Computer & Communications Industry Association")
    assert g is not None and g.name == "Computer & Communications Industry Association"


@pytest.mark.parametrize("text, tags, span, canonical", [
    # a role's acronym opening a name: "CMO" (a collective management organisation, or an officer)
    ("The Danish CMO Brisca sued Orrin Labs on Monday.", [("Danish", "NORP"), ("CMO Brisca", "ORG"),
                                                          ("Orrin Labs", "ORG")], "Brisca", "Brisca"),
    # a lower-case "said" run into the name
    ("Ines Varga said the books were hers.", [("Ines Varga said", "PERSON")], "Ines Varga", "Ines Varga"),
])
def test_words_at_a_names_edge_are_left_out(nlp, text, tags, span, canonical):
    MODEL_TAGS["edge"] = tags
    try:
        doc = _run(nlp, text, "edge")
    finally:
        del MODEL_TAGS["edge"]
    assert (span, canonical) in [(e.text, e._.canonical) for e in doc.ents]


@pytest.mark.parametrize("text, tags", [
    # "Said" as a given name: mid-sentence, nothing inverted
    ("The lawyer Said Hamdan filed the suit.", [("Said Hamdan", "PERSON")]),
    # opening the sentence, but no colon or quote mark after it and no "Hamdan" named in full
    ("Said Hamdan filed the suit on Monday.", [("Said Hamdan", "PERSON")]),
])
def test_said_as_a_given_name_is_kept(nlp, text, tags):
    MODEL_TAGS["edge"] = tags
    try:
        doc = _run(nlp, text, "edge")
    finally:
        del MODEL_TAGS["edge"]
    assert "Said Hamdan" in [e.text for e in doc.ents]


@pytest.mark.parametrize("title", ["Vice President", "Defense Secretary"])
def test_a_title_tagged_as_a_person_is_no_organisation(nlp, title):
    """"Vice President", "Defense Secretary" before a name are titles: cutting the role off
    leaves a title word or a field, no organisation."""
    MODEL_TAGS["edge"] = [(title, "PERSON"), ("Ines Varga", "PERSON")]
    try:
        doc = _run(nlp, f"{title} Ines Varga said the archive was copied.", "edge")
    finally:
        del MODEL_TAGS["edge"]
    assert title.split()[0] not in [e.text for e in doc.ents]
    assert title not in [e.text for e in doc.ents]  # role_alone_before_name: no person either


@pytest.mark.parametrize("text, tags", [
    ("The list named Ines Justice Mara Ellison and others.", [("Ines Justice", "PERSON"), ("Mara Ellison", "PERSON")]),
    ("In a letter, Brisca Wire CEO Tomasz Velander asked Orrin Labs to stop.",
     [("Brisca Wire CEO", "PERSON"), ("Tomasz Velander", "PERSON")]),
])
def test_a_name_before_a_person_is_no_role(nlp, text, tags):
    """role_alone_before_name: a given name and a surname that is a title word ("Ines
    Justice"), or an organisation before its officer's title, are not dropped as roles."""
    MODEL_TAGS["not_role"] = tags
    try:
        doc = _run(nlp, text, "not_role")
    finally:
        del MODEL_TAGS["not_role"]
    assert not [r for r in doc._.rule_trace if "role_alone_before_name" in r["rules"]]


def test_a_role_is_not_joined_back_onto_the_name(nlp):
    """role_alone_before_name before person_name_in_two_pieces: "Former Ostrevia Ambassador" +
    "Ines Varga" is not one person "Ostrevia Ambassador Ines Varga"; "Varga" is Ines Varga."""
    MODEL_TAGS["role_join"] = [("Ostrevia Ambassador", "PERSON"), ("Ines Varga", "PERSON"), ("Varga", "PERSON")]
    try:
        doc = _run(nlp, "Former Ostrevia Ambassador Ines Varga wrote the letter. Varga said it was a mistake.",
                   "role_join")
    finally:
        del MODEL_TAGS["role_join"]
    assert [(e.text, e._.canonical) for e in doc.ents] == [("Ines Varga", "Ines Varga"), ("Varga", "Ines Varga")]


def test_role_title_inside_a_name_is_the_persons(nlp):
    """role_title_not_in_name: "Brisca Wire Publisher Tomasz Velander" tagged as one organisation
    is the person after the title; switched off, the whole span stays one name."""
    text = "“We will sue,” Brisca Wire Publisher Tomasz Velander said in an email to staff."
    MODEL_TAGS["inner_role"] = [("Brisca Wire Publisher Tomasz Velander", "ORG")]
    canon = nlp.get_pipe("claimtrack_canonical")
    try:
        doc = _run(nlp, text, "inner_role")
        assert ("Tomasz Velander", "PERSON") in [(e.text, e.label_) for e in doc.ents]
        assert doc._.ct_quotes and doc._.ct_quotes[0]["speaker"] == "Tomasz Velander"
        canon.disabled = frozenset({"role_title_not_in_name"})
        assert "Tomasz Velander" not in [e.text for e in _run(nlp, text, "inner_role").ents]
    finally:
        canon.disabled = frozenset()
        del MODEL_TAGS["inner_role"]


def test_role_title_after_an_english_word_the_text_names_alone(nlp):
    """role_title_not_in_name: "Beacon CEO" tagged as a person before "Mara Ellison", when the
    text names "Beacon" alone elsewhere, is Beacon's title: the statements of "Beacon" go to
    the organisation, not to a person "Beacon CEO" (an English word alone before a title,
    "Defense Secretary", stays a title: see the test above)."""
    text = ("Beacon sued Orrin Labs on Monday over the name. Before going to court, Beacon CEO Mara Ellison "
            "said the company tried to settle the dispute.")
    MODEL_TAGS["english_org_role"] = [("Beacon", "ORG"), ("Orrin Labs", "ORG"), ("Beacon CEO", "PERSON"),
                                      ("Mara Ellison", "PERSON")]
    try:
        doc = _run(nlp, text, "english_org_role")
    finally:
        del MODEL_TAGS["english_org_role"]
    assert "Beacon CEO" not in [e.text for e in doc.ents]
    assert ("Beacon", "ORG") in [(e.text, e.label_) for e in doc.ents if e.start_char > 50]


def test_court_opening_a_sentence_is_no_party_of_its_own(nlp):
    """common_noun_not_a_name with "court" (name_links.yml common_nouns_not_names): "Court
    documents allege ..." tagged "Court" as an organisation that then spoke for the documents;
    the statement stays with the words as written, never a party called "Court"."""
    doc = nlp("Tessaly Books sued Orrin Labs in May. Court documents allege Orrin Labs relied on "
              "pirated copies of the novels.")
    assert "Court" not in {e.text for e in doc.ents}
    assert all(q["speaker"] != "Court" for q in doc._.ct_quotes), doc._.ct_quotes
