"""Every rule of the entity typer (nlp/data/entity_rules.yml) on the example it exists for.

One case per rule: a sentence or two of fiction, the name, and the label the name gets. The
test checks the label and that the rule's name is in the trace of that name
(``doc._.rule_trace``), so a rule that stops firing fails its own case, whatever the other
rules then decide. A rule added to the table without a case here fails
``test_every_rule_has_a_case``.
"""

from __future__ import annotations

import pytest

from nlp.entity_typing.rules import load_rules
from nlp.entity_typing.words import load_type_words
from nlp.pipeline import set_memory

# the model tags "Quarry 3" a person here and leaves "Holdings" apart (rule number_inside_org_name)
QUARRY = ("Quarry 3 Holdings Sues Vexa Over Alleged Use of Film Content in AI Training\n"
          "Quarry 3 Holdings, a company that describes its films as “high quality” and “ethical” videos, "
          "has filed a lawsuit against Vexa in federal court in Calder, accusing the tech firm of infringing "
          "its copyrights by using Quarry 3’s content to train its models. The complaint, filed in July, "
          "claims Vexa has been copying the company’s videos since 2018.")
# the model tags "Kesri" alone, as a place; no list holds "Tarvik" (rule unlisted_given_name)
KESRI = ("Artificial intelligence tools that turn any voice into that of a celebrity without consent break the "
         "celebrity's rights, the Calder High Court has held.\nTarvik Kesri, one of the most sought-after singers "
         "in the Tessaly music industry, filed a case before the high court to protect his name and voice.\n"
         "It was Kesri's contention that several platforms were exploiting his voice for gain.")

# rule -> (text, name, label it gets: None when the name is dropped; a set when each mention
# keeps its own label), optionally the memory to read.
CASES: dict[str, tuple] = {
    # names: votes for a name as a whole
    "surname_of_full_name": ("Cassius Brantley runs the archive in town. Brantley said the deal was fair.",
                             "Brantley", "PERSON"),
    "short_form_of_org": ("Larkspur Data Inc filed the complaint on Monday. Larkspur said the deal was unfair.",
                          "Larkspur", "ORG"),
    "dateline_name": ("TOLBROOK, March 3 (Plumbline) - The council of Tolbrook met on Monday.", "Tolbrook", "GPE"),
    "credit_name": ("By Kestrel Vantongeren\nVantongeren, who covers the courts, said the deal was fair.",
                    "Vantongeren", "PERSON"),
    "gazetteer_surname": ("Isolde Farrant runs the archive. Farrant said the licence was fair.", "Farrant", "PERSON"),
    "memory": ("The fund also holds shares in Gimlet.", "Gimlet", "ORG", {"gimlet": "ORG"}),
    # mentions: the table's loop
    "title_before": ("Judge Ravensworth dismissed the claim on Monday.", "Ravensworth", "PERSON"),
    "real_place": ("France already charges a levy on blank media.", "France", "GPE"),
    "publication_compound": ("The Vellmouth magazine says the studio trained on its archive.", "Vellmouth", "ORG"),
    "the_before": ("Whitlow told the Dunhaven Evening Post that it would appeal.", "Dunhaven Evening Post", "ORG"),
    "person_noun_before": ("The agency was sued by photographer Rufus Odhiambo.", "Rufus Odhiambo", "PERSON"),
    "hyphenated_given_name": ("Hyun-woo Bae said the deal was fair.", "Hyun-woo Bae", "PERSON"),
    "given_name": ("Keisuke Moriyama said the deal was fair.", "Keisuke Moriyama", "PERSON"),
    "org_suffix": ("Nettlefield Analytics said the deal was fair.", "Nettlefield Analytics", "ORG"),
    "title_opens_name": ("However the chairwoman of the select committee Dame Ottoline Marchbank said MPs "
                         "had been misled.", "Dame Ottoline Marchbank", "PERSON"),
    "legal_form_first": ("The Dutch anti-piracy group Stichting KLAROS asked the court to act.",
                         "Stichting KLAROS", "ORG"),
    "court_or_committee": ("The House Select Committee on Strategic Competition asked Harbourne for papers.",
                           "House Select Committee on Strategic Competition", "ORG"),
    "place_head_word": ("The judgment in Qiangsu Province was the first of its kind.", "Qiangsu Province", "GPE"),
    "partners": ("Ardith Vell of Marrable + Marrable said the outlets were certain.", "Marrable + Marrable", "ORG"),
    "suffix_of": ("The Guild of Valmoran Translators said the deal was unfair.", "Guild of Valmoran Translators", "ORG"),
    "place_based": ("Thimble, a Merrow-based lab, said the deal was unfair.", "Merrow", "GPE"),
    "apposition": ("Tarrant, a lawyer for the publishers, said the deal was unfair.", "Tarrant", "PERSON"),
    "apposition_to_noun": ("Its chief executive, Cassius Brantley, said the deal was fair.", "Cassius Brantley", "PERSON"),
    "listed_in_apposition": ("The publisher has signed licences with two smaller developers, Gimlet and Wickmoor, "
                             "according to its annual report.", "Wickmoor", "ORG"),
    "relative_who": ("Ottoline, who runs the archive, said the deal was unfair.", "Ottoline", "PERSON"),
    "relative_which": ("Ottilie, which is based in Dunhaven, makes Marigold, a voice model.", "Ottilie", "ORG"),
    "relative_based": ("Ottilie, which is based in Dunhaven, makes Marigold, a voice model.", "Ottilie", "ORG"),
    "descriptor_before": ("The publisher Gimlet said the deal was unfair.", "Gimlet", "ORG"),
    "comma_a_noun": ("Its customers include Brackenfold Systems and Tarnwick, a video start-up based in Lisset.",
                     "Tarnwick", "ORG"),
    "its_object": ("Quernstone lost its bid to block the law.", "Quernstone", "ORG"),
    "owner_of_name": ("Keswick's Quillet was trained on the books.", "Keswick", "ORG"),
    "possessive_place_member": ("Calder's parliament passed the law on Monday.", "Calder", "GPE"),
    "possessive_org_member": ("Tolvane's chief executive said the deal was fair.", "Tolvane", "ORG"),
    "possessive_party": ("Harbourne's lawyers said the deal was fair.", "Harbourne", "ORG"),
    "real_place_compound": ("Several Hollywood actors said the tool was unfair.", "Hollywood", "GPE"),
    "product_compound": ("The publisher says the Vistrel image generator copied its pictures.", "Vistrel", "PRODUCT"),
    "member_compound": ("A Tolvane engineer said the model was safe.", "Tolvane", "ORG"),
    "place_compound": ("A Sundrel start-up said the model was safe.", "Sundrel", "GPE"),
    "party_for_against": ("Lawyers for Harbourne said the deal was fair.", "Harbourne", "ORG"),
    "acting_for": ("Tobias Marchbank, for Elsmere, said the deal was fair.", "Elsmere", "ORG"),
    "party_of": ("Representatives of Thistle met the regulator on Monday.", "Thistle", "ORG"),
    "employer_of_person": ("\"It was theft,\" lawyer Steve Tarrant of Pollock Tarrant told the court.",
                           "Pollock Tarrant", "ORG"),
    "people_at": ("Lawyers at Quernstone said the deal was fair.", "Quernstone", "ORG"),
    "placed_in": ("Lawmakers in Calder passed the law on Monday.", "Calder", "GPE"),
    "person_from": ("A photographer from Lantry sued the agency.", "Lantry", "GPE"),
    "party_from": ("The publisher rejected an offer from Harbourne on Monday.", "Harbourne", "ORG"),
    "content_in": ("Her books in Commonplace were copied without consent.", "Commonplace", "PRODUCT"),
    "somewhere_in": ("The start-up was founded in Ambrecht in 2019.", "Ambrecht", "GPE"),
    "moved_to": ("The studio moved to Lisset last year.", "Lisset", "GPE"),
    "made_with": ("The audiobooks were made with Celestine last year.", "Celestine", "PRODUCT"),
    "output_by": ("The answers produced by Loupe were wrong.", "Loupe", "PRODUCT"),
    "agent_by": ("The dataset used by Harbourne holds her books.", "Harbourne", "ORG"),
    "version_of": ("The first version of Loupe was released in May.", "Loupe", "PRODUCT"),
    "transfer_to": ("The publisher will license its archive to Pellucid.", "Pellucid", "ORG"),
    "party_between": ("The agreement between Winifred and the narrators ended in May.", "Winifred", "ORG"),
    "works_for": ("She works for Penwarden now.", "Penwarden", "ORG"),
    "people_from": ("Families from Sundrel signed the letter.", "Sundrel", "GPE"),
    "linking_verb": ("Vistrel would remain an image tool, the company said.", "Vistrel", "PRODUCT"),
    "product_passive": ("Vistrel was trained on millions of pictures.", "Vistrel", "PRODUCT"),
    "product_object": ("Halcyra launched Vistrel in May.", "Vistrel", "PRODUCT"),
    "speaker": ("Penwarden says the deal was fair.", "Penwarden", "ORG"),
    "version_number": ("The studio used Reverie 2 for the voices.", "Reverie 2", "PRODUCT"),
    "intent_subject": ("Thistle declined to comment on Monday.", "Thistle", "ORG"),
    "agent_subject": ("Rosamund charges publishers a fee for each book.", "Rosamund", "ORG"),
    "based_passive": ("Rosamund is based in Lisset.", "Rosamund", "ORG"),
    "constituency": ("Ms Hale, who represents Mendrel in parliament, backed the bill.", "Mendrel", "GPE"),
    "party_object": ("The agency sued Quernstone on Monday.", "Quernstone", "ORG"),
    "reached_for_comment": ("The denial came after the release of a paper by an entity named KindAGI on GitHub. "
                            "Kitewire was unable to reach KindAGI.", "KindAGI", "ORG"),
    "party_passive": ("Harrowgate is represented by a law firm in Dunhaven.", "Harrowgate", "ORG"),
    "maker": ("Harbourne makes the Driftglass image generator.", "Harbourne", "ORG"),
    "client_list": ("Its clients include Quernstone, Ottilie and Gorsebrook.", "Ottilie", "ORG"),
    "premises": ("Grommet plans to open an office in Queyra.", "Grommet", "ORG"),
    "person_after_role_of": ("The former governor of Texas, Dorrit Penhallow, said that the rules were unfair.",
                             "Dorrit Penhallow", "PERSON"),
    "place_after_place": ("The studio opened in Paris, Valmora, last year.", "Valmora", "GPE"),
    "listed_beside_org": ("Tidewater and Orrin Labs signed the deal.", "Tidewater", "ORG"),
    "conjunct_of_org": ("Arbalest and Orrin Labs signed the deal.", "Arbalest", "ORG"),
    "conjunct_of_kind": ("Lawmakers in France and Ossery passed the law.", "Ossery", "GPE"),
    # decisions: beside the votes
    "dateline_place": ("TOLBROOK, March 3 (Plumbline) - The council met on Monday.", "TOLBROOK", "GPE"),
    "credit_or_byline": ("Cassius Brantley speaks in Lisset on Dec. 5, 2024.(AP Photo/Kestrel Vantongeren, File)",
                         "Kestrel Vantongeren", "PERSON"),
    "place_opens_span": ("Officials said the rules would slow US AI models, the agency said.", "US AI", None),
    "name_written_again": ("Heron 2 Pictures sued Orrin Labs on Monday, accusing the start-up of copying films. "
                           "Heron 2 Pictures also claims that the copies reached minors.", "Heron 2 Pictures", "ORG"),
    "names_either_side_of_or": ("The song was credited to The Glass Owls or Mira Castell.", "Mira Castell", "PERSON"),
    "body_name_with_and": ("The Sarn Valley Writers and Translators Union did not respond to an email.",
                           "Sarn Valley Writers and Translators Union", "ORG"),
    "suffix_takes_word_before": ("Like Company, a publisher in Budapest, sued Orrin Labs on Monday.",
                                 "Like Company", "ORG"),
    "descriptor_opens_span": ("Startup Brevia did not immediately respond to a request for comment.",
                              "Brevia", "ORG"),
    "plural_descriptor_opens_span": ("Developers Quillfeather and Vantor Soft sued Orrin Labs on Monday.",
                                     "Quillfeather", "ORG"),
    "country_or_polity": ("A US judge said Harbourne's use was fair under US copyright law.", "US", "GPE"),
    "title_words": ("But Senior U.S. District Judge Tobias Marchbank found that the use was fair.", "District", None),
    "headline": ("Publisher Sues Harbourne Over Training Data\nThe publisher said the deal was unfair.",
                 "Harbourne Over Training Data", None),
    "headline_repeated": ("Music Publishers Sue Vexa-backed AI Company Over Song Lyrics\nMusic Publishers Sue "
                          "Vexa-backed AI Company Over Song Lyrics – Tessaly Music and Calder Publishing filed a "
                          "lawsuit against Vexa Labs on Monday.",
                          "Music Publishers Sue Vexa-backed AI Company Over Song Lyrics", None),
    "non_noun_at_sentence_start_not_name": ("Outright victory is vital, Ellison said.", "Outright", None),
    "common_noun_modifier_at_sentence_start_not_name": (
        "Voice actors in Tessaly call for rules on cloned voices\nVoice actors and others said their voices were "
        "copied.", "Voice", None),
    "capital_of_sentence_start_not_name": ("The Vellmar upper house voted on the Tessaly bill. Peers argued the "
                                           "bill went too far for the music trade.", "Peers", None),
    "headline_name_prefix": ("Varga Slams Orrin Labs Over Cloned Voices\nThe singer Ines Varga said the clone "
                             "was hers.", "Varga", "PERSON"),
    # a headline printed with a full stop: "Varga Slam" is no name, the body's "Varga" is Ines Varga's
    "headline_first_line_with_stop": ("Varga And Ellison Slam Orrin Labs Over Cloned Voices.\nThe singer Ines "
                                      "Varga said the clone was hers.",
                                      "Varga And Ellison Slam Orrin Labs Over Cloned Voices.", None),
    # a subhead of "The" and one word: no organisation, so "The company" below is Orrin Labs
    "subhead_article_line": ("Orrin Labs sued a former engineer in Calder on Monday.\nThe Allegations\n"
                             "The engineer worked at Orrin Labs for two years. The company claims he "
                             "copied its files.", "The Allegations", None),
    "nationality_and_field": ("Ysoldan AI companies said the deal was unfair.", "Ysoldan AI", None),
    "nationality_adjective": ("An Oskvaran lawmaker said the deal was unfair.", "Oskvaran", None),
    "court_name": ("The complaint was lodged in Marlow County Superior Court on Friday.",
                   "Marlow County Superior Court", "COURT"),
    "real_place_not_org": ("Republican Rep. Dana Whitlow of Oklahoma, an ally of the leadership, said the vote would pass.",
                           "Oklahoma", "GPE"),
    "camel_case_not_place": ("Few people outside TrustAGI had heard of the paper.", "TrustAGI", "ORG"),
    "possessive_inside_name": ("The ruling came from the Vellmar Intermediate People's Court in Qiangsu Province.",
                               "Vellmar Intermediate People's Court", "COURT"),
    "letters_and_digits_name": ("The studio Quillon7 said its actor was fully synthetic.", "Quillon7", "ORG"),
    "number_words_in_name": ("In a statement, Six One Lantern creative director Bram Tollis said the studio had "
                             "confirmed it.", "Six One Lantern", "ORG"),
    "number_inside_org_name": (QUARRY, "Quarry 3 Holdings", "ORG"),
    "unlisted_given_name": (KESRI, "Tarvik Kesri", "PERSON"),
    "apostrophe_in_name": ("A group of novelists including Gareth D’Ossery, Mirelle Aston and Pim Voss sued Orrin Labs.",
                           "Gareth D’Ossery", "PERSON"),
    "post_nominal_not_in_name": ("Talkboard founder Rosalind Quarrie CBE said the licence was unfair. Quarrie said "
                                 "she would sue.", "Rosalind Quarrie", "PERSON"),
    "hyphenated_given_name_after_surname": ("Rep. Kim Seo-yeon of the Unity Party said the bill was unfair.",
                                            "Kim Seo-yeon", "PERSON"),
    "department_opens_person_span": ("Vexa Group’s Director of Geo-analytics Quen Mao says the risk is low. "
                                     "“We saw no sign of it,” Mao said.", "Quen Mao", "PERSON"),
    "title_opens_person_span": ("Advocate Ines Tolliver for Tessaly had sought protection of her voice. Tolliver said "
                                "the suit was about her rights.", "Ines Tolliver", "PERSON"),
    "legal_name_with_place": ("Ferrowind Data Technology (Shenzhen) Co., Ltd. said it had licensed the works.",
                              "Ferrowind Data Technology (Shenzhen) Co., Ltd.", "ORG"),
    "nationality_or_language": ("Fans picked up something amiss with the French-language voice of the character.",
                                "French", "NORP"),
    "lone_person_guess": ("Yesterday Brindlewick laughed.", "Brindlewick", None),
    "model_guess": ("Nothing changed at Zentrix this year.", "Zentrix", "GPE"),
    "model_label": ("Zentrix was quiet. Nothing changed at Zentrix this year.", "Zentrix", {"PERSON", "GPE"}),
}


def _rules():
    return load_rules(load_type_words())


def test_every_rule_has_a_case():
    names = [r.name for r in _rules().all()]
    assert sorted(set(names) - set(CASES)) == [], "rules without an example here"
    assert sorted(set(CASES) - set(names)) == [], "examples of rules the table does not have"


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_on_its_example(nlp, rule):
    text, name, want, *memory = CASES[rule]
    if memory:
        set_memory(nlp, memory[0])
    try:
        doc = nlp(text)
    finally:
        set_memory(nlp, {})
    labels = {e.label_ for e in doc.ents if e.text == name}
    if want is None:
        assert labels == set(), f"{name!r} should be dropped"
    else:
        assert labels == (want if isinstance(want, set) else {want})
    fired = [x for row in doc._.rule_trace or [] if row["text"] == name for x in row["rules"]]
    assert any(x == rule or x.startswith(rule + "(") for x in fired), fired


def test_trace_names_the_rules_and_their_votes(nlp):
    doc = nlp("Judge Ravensworth dismissed the claim on Monday.")
    rows = [r for r in doc._.rule_trace if r["text"] == "Ravensworth"]
    assert rows == [{"component": "entity_types", "start": 6, "end": 17, "text": "Ravensworth",
                     "decision": "PERSON", "rules": ["title_before(+3 PERSON)"]}]


def test_gazetteer_matches_are_traced(nlp):
    doc = nlp("Orrin Labs said Tessaly copied its model.")
    rows = {r["text"]: (r["component"], r["decision"], r["rules"]) for r in doc._.rule_trace}
    assert rows["Orrin Labs"] == ("gazetteer", "ORG", ["gazetteer"])


def test_first_rule_of_a_chain_wins(nlp):
    # "represents" is a party verb too; the constituency rule comes first and excludes it
    doc = nlp(CASES["constituency"][0])
    fired = [x for r in doc._.rule_trace if r["text"] == "Mendrel" for x in r["rules"]]
    assert "constituency(+3 GPE)" in fired and not any(x.startswith("party_object") for x in fired)


def test_a_bad_rule_fails_at_load_time(tmp_path):
    import yaml

    from nlp.entity_typing.rules import RULES_FILE

    table = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    for bad in ({"kind": "no_such_kind"}, {"words": "no_such_list"}, {"wieght": 3}):
        rows = [dict(table["mentions"][0], **bad)] + table["mentions"][1:]
        path = tmp_path / "rules.yml"
        path.write_text(yaml.safe_dump(dict(table, mentions=rows)), encoding="utf-8")
        with pytest.raises((ValueError, KeyError)):
            load_rules(load_type_words(), str(path))


@pytest.mark.parametrize("text, name", [
    ("Lord Ashby & Partners said the deal was fair.", "Lord Ashby & Partners"),
    ("Justice Department lawyers said the deal was unlawful.", "Justice Department"),
])
def test_a_title_opening_a_bodys_name_votes_no_person(nlp, text, name):
    """Rule ``title_opens_name``: not before an organisation's last word, nor for titles that
    open bodies' names."""
    doc = nlp(text)
    fired = [x for row in doc._.rule_trace or [] if row["text"] == name for x in row["rules"]]
    assert not any(x.startswith("title_opens_name") for x in fired), fired


def test_a_plural_opening_its_sentence_names_no_one(nlp):
    """common_plural_at_sentence_start (nlp/entities.py, candidates.py): "Spokespeople",
    "Photographers" are capitalised by their place; acronyms of law and technology
    (not_entities.txt) are no organisations."""
    doc = nlp("Spokespeople for Orrin Labs declined to comment. Photographers said the tool was "
              "useless. Tessaly removed the CMI from the files, the DMCA complaint says.")
    names = {e.text for e in doc.ents}
    assert "Orrin Labs" in names
    assert not names & {"Spokespeople", "Photographers", "CMI", "DMCA"}


def test_a_country_is_no_short_form_of_an_org_it_opens(nlp):
    """short_form_of_org does not take a country for an organisation's first words: "Japan"
    after "Japan Kite Makers Association" is the country (a place, never an ORG)."""
    doc = nlp("Industry groups including the Japan Kite Makers Association joined the protest. The "
              "action follows a request from Japan's Content Overseas Board.")
    japan = [e for e in doc.ents if e.text == "Japan"]
    assert japan and all(e.label_ == "GPE" for e in japan), [(e.text, e.label_) for e in doc.ents]


def test_a_polity_named_like_an_org_keeps_no_short_form(nlp):
    """A polity whose name ends in an organisation's word ("Union") is not grouped with its first
    word as the organisation's short form: "European" in "the European body" is not one more
    mention of "European Union", which stays a place (country_or_polity)."""
    doc = nlp("Tessaly was fined for breaching European Union rules on data. The European body "
              "also asked Tessaly for its records.")
    union = [e for e in doc.ents if e.text == "European Union"]
    assert union and all(e.label_ == "GPE" for e in union), [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text, place, dropped", [
    ("Officials said the rules would slow US AI models, the agency said.", "US", "US AI"),
    ("\"It was fair,\" U.S. Circuit Judge Tobias Marchbank said.", "U.S.", "U.S. Circuit"),
    ("France Denies Allegations\nThe embassy in Paris said the claims lacked merit.", "France",
     "France Denies Allegations"),
    ("US Senator Orla Prentiss said the company had broken the law.", "US", "US Senator"),
    ("California Governor Dara Vellmont signed the bill on Tuesday.", "California", "California Governor"),
    ("The song entered the UK Top 40 last week, the label said.", "UK", "UK Top"),
    ("Currently in the UK Top 40 is Quiet Rain by the Tessaly duo Brightwater.", "UK", "Top"),
])
def test_a_place_opening_a_span_is_a_name_of_its_own(nlp, text, place, dropped):
    """place_opens_span (nlp/entity_typing/place_prefix.py): a real place and a field, the words
    of a judge's title, or a headline's Title Case words; the place alone is named, as a place."""
    doc = nlp(text)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get(place) == "GPE" and dropped not in labels, labels


def test_a_plural_descriptor_before_a_bodys_name_stays(nlp):
    """plural_descriptor_opens_span leaves a body's name a plural opens ("Publishers Association
    of Calder": its next word is English)."""
    doc = nlp("Publishers Association of Calder said the deal was unfair.")
    fired = [x for r in doc._.rule_trace for x in r["rules"]]
    assert "plural_descriptor_opens_span" not in fired, fired


def test_a_place_opening_a_name_keeps_it(nlp):
    """place_opens_span leaves a name whose words after the place name something: an
    organisation's name in body text ("Paris Kite Makers Guild"), a court's before no judge."""
    doc = nlp("The Paris Kite Makers Guild said the deal was unfair. The case went to the "
              "U.S. District Court for the Northern District of Calder in May.")
    names = {e.text for e in doc.ents}
    assert "Paris Kite Makers Guild" in names, names
    assert not {"Paris", "U.S."} & names, names


def test_a_nationality_and_field_linked_as_nmod_names_no_one(nlp):
    """nationality_and_field holds when the parser links the field to its noun as nmod, not
    compound ("Ysoldan AI intellectual property"): still a nationality and a field, no name."""
    doc = nlp("The claims that Ysoldan firms copy Ysoldan AI intellectual property are unfounded, it said.")
    assert "Ysoldan AI" not in {e.text for e in doc.ents}
    fired = [x for r in doc._.rule_trace if r["text"] == "Ysoldan AI" for x in r["rules"]]
    assert "nationality_and_field" in fired, fired


def test_world_places_hold_states_and_cities_the_word_index_also_holds():
    """build_world_places.py once left out every name of the model's English word index, which
    holds WordNet's place names: Illinois, Boston and Vancouver were no places. Now only names
    that are also verbs, adjectives, given names or listed clashes are left out."""
    from nlp.lexicon import world_places
    places = world_places()
    assert {"illinois", "california", "texas", "boston", "amsterdam", "vancouver", "korea"} <= places
    assert not {"reading", "hamilton", "toyota", "nice", "victoria"} & places


@pytest.mark.parametrize("text, place", [
    ("Three suits were filed in Chicago under Illinois's Biometric Privacy Act. The plaintiffs, seven "
     "Illinois residents including narrators, allege that Corvell Labs copied their voices.", "Illinois"),
    ("Vancouver voice actors worried about cloning\nThe union said the tools were unfair.", "Vancouver"),
    ("Odin Vale, an engineer living and working in Halifax, Canada, said it was legal.", "Halifax"),
    ("Pelwick Comics, a platform run by Korea's largest portal Dunmore, said the filter was new.", "Korea"),
])
def test_a_state_or_city_that_acts_is_still_a_place(nlp, text, place):
    """Each was an organisation or a product before the states and cities above were listed."""
    labels = {e.text: e.label_ for e in nlp(text).ents}
    assert labels.get(place) == "GPE", labels


@pytest.mark.parametrize("text, names", [
    # one body's name holds its "and" (body_name_with_and) ...
    ("The Wexford Society of Composers and Lyricists did not return a request for comment.",
     ["Wexford Society of Composers and Lyricists"]),
    ("Cardew and Sons, the publisher, declined to comment.", ["Cardew and Sons"]),
    ("The Northern Booksellers and Publishers Association declined to comment.",  # over a known "Publishers Association"
     ["Northern Booksellers and Publishers Association"]),
    ("A spokesperson for Hartwell and Pine, the law firm representing the artists, declined to comment.",
     ["Hartwell and Pine"]),
    # ... a list of names does not
    ("Orrin Labs and Tessaly, the two companies, signed the deal.", ["Orrin Labs", "Tessaly"]),
    ("Brindle Books and Writers Guild of Talmore signed the deal.", ["Brindle Books", "Writers Guild"]),
    ("The Society of Authors and Penguin Random House signed the deal.",
     ["Society of Authors", "Penguin Random House"]),
])
def test_a_name_with_and_is_one_name_a_list_is_not(nlp, text, names):
    doc = nlp(text)
    found = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text, place", [
    ("People ejected from a rally in Concord, N.C., on Monday included a man in a red shirt.", "N.C."),
    ("The regulator in Ontario said the deal was fair, and Ontario's courts agreed.", "Ontario"),
    ("Rep. Dana Whitlow of Texas said the vote would pass.", "Texas"),
    ("The ads ran in two newspapers in Milwaukee, the site of the debate.", "Milwaukee"),
    # districts news names for an industry or a government (world_places.tsv, kind district)
    ("Wall Street analysts said Orrin Labs would settle.", "Wall Street"),
    ("Capitol Hill staff met Tessaly in Sacramento.", "Capitol Hill"),
    ("Downing Street said the review of Tessaly would end soon.", "Downing Street"),
    ("Mara Ellison, who lives in the Bay Area, sued Tessaly.", "Bay Area"),
])
def test_a_real_place_is_never_an_organisation(nlp, text, place):
    """real_place_not_org and country_or_polity over world_places.tsv: US states, cities, the AP
    abbreviations of states and first-level regions are places, whatever cue outvoted them."""
    doc = nlp(text)
    labels = {e.label_ for e in doc.ents if e.text == place}
    assert labels and labels <= {"GPE", "LOC"}, [(e.text, e.label_) for e in doc.ents]


def test_a_gated_kind_never_fires_outside_its_roles(nlp):
    """The engine skips a rule whose kind is gated (``mention.fires_on``) for a name in another
    role; that is only right if the kind could not fire there. Asked directly on every name of
    every example above, in every role the parser gave it."""
    from nlp.entity_typing.mention import Facts, Mention
    from nlp.entity_typing.words import load_type_words as words

    table = _rules()
    gated = [r for r in table.mentions if r.role_deps is not None]
    assert gated and len(table.for_role("nsubj")) < len(table.mentions)
    asked = 0
    for text, *_ in CASES.values():
        doc = nlp(text)
        ent_at = {i: e for e in doc.ents for i in range(e.start, e.end)}
        facts = Facts(words(), {i: e.label_ for i, e in ent_at.items()}, ent_at)
        for e in doc.ents:
            x = Mention(e, facts)
            for rule in gated:
                if x.role_dep not in rule.role_deps:
                    asked += 1
                    assert rule.fn(x, rule) == (), (rule.name, e.text, x.role_dep)
            assert [r.name for r in table.for_role(x.role_dep)] == [
                r.name for r in table.mentions if r.role_deps is None or x.role_dep in r.role_deps]
    assert asked > 100


def test_a_kind_says_nothing_of_a_mention_its_gate_turns_away(nlp):
    """The engine skips a rule whose gate (``mention.needs``: a dependency label on or under the
    name, one of the rule's words before, after or opening it) finds none of its marks on the
    mention; that is only right if the rule would have said nothing. Asked directly of every
    name, and of every proper noun alone, in the examples above and the fictional eval texts
    (nlp/eval/entities_gold.jsonl), and the engine's list checked against the gates."""
    import json
    from pathlib import Path

    from nlp.entity_typing.mention import Facts, Mention
    from nlp.entity_typing.words import load_type_words as words

    table = _rules()
    gated = [r for r in table.mentions if r.gate is not None]
    assert gated and table.gate_marks
    eval_texts = [json.loads(line)["text"] for line in
                  (Path(__file__).parent.parent / "nlp" / "eval" / "entities_gold.jsonl").open(encoding="utf-8")]
    asked, kept = 0, 0
    for doc in nlp.pipe([text for text, *_ in CASES.values()] + eval_texts):
        ent_at = {i: e for e in doc.ents for i in range(e.start, e.end)}
        facts = Facts(words(), {i: e.label_ for i, e in ent_at.items()}, ent_at)
        spans = list(doc.ents) + [doc[t.i:t.i + 1] for t in doc if t.pos_ == "PROPN"]
        for e in spans:
            x = Mention(e, facts)
            for rule in gated:
                if rule.gate.isdisjoint(x.marks):
                    asked += 1
                    assert rule.fn(x, rule) == (), (rule.name, e.text, sorted(x.marks))
                else:
                    kept += 1
            assert [r.name for r in table.for_mention(x)] == [
                r.name for r in table.for_role(x.role_dep) if r.gate is None or not r.gate.isdisjoint(x.marks)]
    assert asked > 10_000 and kept > 500


@pytest.mark.parametrize("text, name, label", [
    ("The Wall Street Journal reported that Orrin Labs paid.", "Wall Street Journal", "OUTLET"),
    ("Silicon Valley Bank lent money to Tessaly.", "Silicon Valley Bank", "ORG"),
    ("Capitol Hill Police arrested a man near Tessaly's office.", "Capitol Hill Police", "ORG"),
    ("Bay Area News Group sued Orrin Labs.", "Bay Area News Group", "ORG"),
])
def test_an_organisation_named_after_a_place_stays_one(nlp, text, name, label):
    """A district of world_places.tsv opening a longer name is part of that name, not a place."""
    doc = nlp(text)
    assert (name, label) in [(e.text, e.label_) for e in doc.ents], [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text, name, label, fires", [
    ("Marlowe has issued a statement. Marlowe explicitly retains all rights to its catalogue. "
     "Marlowe has introduced new licences.", "Marlowe", "ORG", True),
    ("Ada Brenmoor sued the firm over its use of her photos.", "Ada Brenmoor", "PERSON", False),
])
def test_its_in_a_phrase_of_the_verb_is_the_subjects_unless_an_object_could_own_it(nlp, text, name, label, fires):
    """its_object: "its" after a preposition of the verb is the subject's where the verb has no
    singular object that "its" could be."""
    doc = nlp(text)
    assert (name, label) in [(e.text, e.label_) for e in doc.ents], [(e.text, e.label_) for e in doc.ents]
    fired = [x for r in doc._.rule_trace if r["text"] == name for x in r["rules"]]
    assert any(x.startswith("its_object") for x in fired) == fires, fired


@pytest.mark.parametrize("text, kept", [
    ("Ferrowind (Shenzhen) said it had licensed the works.", "Shenzhen"),
    ("Ferrowind Data Technology Co., Ltd. said it had licensed the works.", "Ferrowind Data Technology Co., Ltd."),
])
def test_a_bracketed_place_joins_a_name_only_before_a_legal_form(nlp, text, kept):
    """legal_name_with_place: the place is the registered name's only before "Co.", "Ltd."; and
    "Co., Ltd." is one name's legal forms, not two names."""
    doc = nlp(text)
    assert kept in [e.text for e in doc.ents], [(e.text, e.label_) for e in doc.ents]


def test_a_surname_after_a_name_with_honours_is_the_person(nlp):
    doc = nlp(CASES["post_nominal_not_in_name"][0])
    assert [(e.text, e.label_) for e in doc.ents if "Quarrie" in e.text] == [("Rosalind Quarrie", "PERSON"),
                                                                          ("Quarrie", "PERSON")]


def test_an_english_word_after_a_hyphen_is_no_given_name(nlp):
    doc = nlp("Rep. Kim Seo-led talks ended on Monday, and Kim Seo said the bill was unfair.")
    assert "Kim Seo-led" not in {e.text for e in doc.ents}


@pytest.mark.parametrize("text", [
    "Singer-songwriter Oswin Pellacott, another vocal critic, urged ministers to think again. Pellacott said the plan was misguided.",
    "Co-founder Oswin Pellacott said the plan was misguided, and Pellacott said so again on Monday."])
def test_a_role_before_a_hyphen_is_no_given_name(nlp, text):
    """hyphenated_given_name's guard: "Singer-songwriter" is a role, not a name like "Hyun-woo"."""
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if "Pellacott" in e.text] == [("Oswin Pellacott", "PERSON"),
                                                                             ("Pellacott", "PERSON")]


def test_a_noun_for_a_person_or_a_firm_before_a_name_votes_no_organisation(nlp):
    """descriptor_before's either_nouns: "rival Hillary Pellacott" is a person as often as a firm."""
    doc = nlp("Tavener makes no mention of rival Hillary Pellacott, saying he respects her. Pellacott says "
              "the plan is unfair.")
    assert {e.label_ for e in doc.ents if "Pellacott" in e.text} == {"PERSON"}


def test_a_place_after_a_place_name_is_no_surname(nlp):
    """surname_of_full_name: "Manhattan" after "Midtown Manhattan" is the place again."""
    doc = nlp("The candidates will speak at a Midtown Manhattan hotel on Thursday. Mara Ellison said "
              "she grew her business from the outer boroughs into the heart of Manhattan.")
    assert {e.label_ for e in doc.ents if e.text == "Manhattan"} == {"GPE"}


def test_a_title_taken_into_a_name_leaves_the_person_and_the_surname_links(nlp):
    """title_opens_person_span: "Advocate Ines Tolliver" is Ines Tolliver, and "Tolliver" is her."""
    doc = nlp(CASES["title_opens_person_span"][0])
    assert [(e.text, e.label_, e._.canonical) for e in doc.ents if "Tolliver" in e.text] == [
        ("Ines Tolliver", "PERSON", "Ines Tolliver"), ("Tolliver", "PERSON", "Ines Tolliver")]


@pytest.mark.parametrize("text, kept", [
    ("Secretary Mara Holdings Ltd filed the papers.", "Secretary Mara Holdings Ltd"),
    ("Justice Department lawyers said the case was weak.", "Justice Department"),
])
def test_a_title_before_a_body_name_is_not_cut(nlp, text, kept):
    from nlp.entity_typing.name_heads import title_heads_cut
    from nlp.entity_typing.rules import load_rules
    from nlp.entity_typing.words import load_type_words
    w = load_type_words()
    doc = nlp.make_doc(text)
    span = doc.char_span(0, len(kept), label="ORG")
    out, changed = title_heads_cut([span], load_rules(w).decisions["title_opens_person_span"], w.org_suffixes)
    assert changed == [] and out[0].text == kept


def test_system_is_an_organisation_word(nlp):
    """'Three members of the ABA – Nordic Broadcasting System (ABS), ...': "System" ends an
    organisation's name (``org_suffixes``), which outweighs an apposition to a person noun
    ("members") and a nationality word before it (both read it as a person before; the letters
    in brackets are not its initials, so no acronym rule settles it)."""
    doc = nlp("Context: broadcasters warned tech firms in 2023.\nWhat's new: Three members of the ABA – "
              "Nordic Broadcasting System (ABS), Varnel Broadcasting Corporation (VBC) and Ossory "
              "Broadcasting System (OBS) – yesterday filed a suit against Orrin Labs.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Nordic Broadcasting System") == "ORG", labels


def test_informal_demonym_is_no_party(nlp):
    """'A bunch of Aussie authors': an informal demonym is a nationality (``nationality_words``),
    never an organisation a later "it" could stand for."""
    doc = nlp("A bunch of Aussie authors have expressed outrage after discovering their books were "
              "used by Vexa Labs.")
    assert {e.text: e.label_ for e in doc.ents}.get("Aussie") not in ("ORG", "PRODUCT", "PERSON", "GPE")


@pytest.mark.parametrize("text, name", [
    ("The mayor of Paris, Penhallow, said the rules were unfair.", "Penhallow"),
    ("The creator of Quillcast, Brantley, said that the rules were unfair.", "Brantley"),
])
def test_a_name_after_role_of_a_place_is_no_place(nlp, text, name):
    """Rules ``person_after_role_of`` and ``place_after_place``: after "the mayor of <place>,"
    the name is the mayor's, and the model's guess that an unknown name ("Quillcast") is a place
    makes no place of the name after it."""
    doc = nlp(text)
    assert {e.label_ for e in doc.ents if e.text == name} == {"PERSON"}
    fired = [x for row in doc._.rule_trace or [] if row["text"] == name for x in row["rules"]]
    assert not any(x.startswith("place_after_place") for x in fired), fired


def test_a_department_before_a_name_is_no_part_of_it(nlp):
    """Rule ``department_opens_person_span``: the later surname finds the person, and both
    statements are hers."""
    doc = nlp(CASES["department_opens_person_span"][0])
    assert {e.text: e.label_ for e in doc.ents if "Mao" in e.text} == {"Quen Mao": "PERSON", "Mao": "PERSON"}
    assert [q.get("speaker") for q in doc._.ct_quotes] == ["Quen Mao", "Quen Mao"]


def test_a_state_after_a_town_is_no_person_in_apposition(nlp):
    """Rule ``person_after_role_of``: "the mayor of Castrane, Virginia," is the town's state (a
    given name alone is no person in apposition), whatever the list of real places leaves out."""
    doc = nlp("The mayor of Castrane, Virginia, said the rules were unfair.")
    assert "PERSON" not in {e.label_ for e in doc.ents if e.text == "Virginia"}
    fired = [x for row in doc._.rule_trace or [] if row["text"] == "Virginia" for x in row["rules"]]
    assert not any(x.startswith("person_after_role_of") for x in fired), fired


def test_number_inside_org_name_keeps_the_firm_and_its_short_form(nlp):
    """"Quarry 3 Holdings" stays one firm, "Quarry 3’s" is its short form (no version), and the
    statements of the lawsuit are the firm's; with the rule off, "Holdings" took them."""
    pipe = nlp.get_pipe("claimtrack_entity_types")
    doc = nlp(QUARRY)
    assert {e.text: e.label_ for e in doc.ents if e.text.startswith(("Quarry", "Holdings"))} == \
        {"Quarry 3 Holdings": "ORG", "Quarry 3": "ORG"}
    assert {q["speaker"] for q in doc._.ct_quotes} == {"Quarry 3 Holdings"}
    votes = [x for r in doc._.rule_trace if r["text"] == "Quarry 3" for x in r["rules"]]
    assert votes and not any(x.startswith("version_number") for x in votes), votes  # no version
    rule = pipe.rules.decisions.pop("number_inside_org_name")
    try:
        old = nlp(QUARRY)
    finally:
        pipe.rules.decisions["number_inside_org_name"] = rule
    assert "Holdings" in {e.text for e in old.ents}
    assert {q["speaker"] for q in old._.ct_quotes} == {"Holdings"}


def test_unlisted_given_name_gives_the_statement_to_the_person(nlp):
    """"Tarvik Kesri" is one person and the contention is his; with the rule off the model's
    "Kesri" alone took it."""
    pipe = nlp.get_pipe("claimtrack_entity_types")
    doc = nlp(KESRI)
    assert [q["speaker"] for q in doc._.ct_quotes] == ["Tarvik Kesri"]
    assert {e.text: e.label_ for e in doc.ents if "Kesri" in e.text} == {"Tarvik Kesri": "PERSON", "Kesri": "PERSON"}
    rule = pipe.rules.decisions.pop("unlisted_given_name")
    try:
        old = nlp(KESRI)
    finally:
        pipe.rules.decisions["unlisted_given_name"] = rule
    assert [q["speaker"] for q in old._.ct_quotes] == ["Kesri"]


def test_a_subhead_of_the_and_one_word_is_no_speaker(nlp):
    """Rule ``subhead_article_line``: "The Allegations" on its own line is no organisation, so the
    next paragraph's "The company claims" is the company named before (without the rule the
    subhead became the organisation "Allegations" and took the statement)."""
    doc = nlp(CASES["subhead_article_line"][0])
    assert "Allegations" not in {e.text for e in doc.ents}
    said = [q["speaker"] for q in doc._.ct_quotes if q["text"].startswith("he copied")]
    assert said == ["Orrin Labs"], doc._.ct_quotes
