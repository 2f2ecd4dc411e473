"""Entities: one canonical row each, and the gazetteer as data."""

from __future__ import annotations

import json
from collections import defaultdict

import sqlite_utils

from claimtrack.config import NLP_DATA, Settings
from nlp.gazetteer import Gazetteer, normalise
from nlp.pipeline import build_pipeline


def test_speakers_and_parties_have_exactly_one_row(demo_db):
    db = sqlite_utils.Database(demo_db.db)
    rows = list(db.query("select id, name, type from entities"))
    by_key = defaultdict(list)
    for r in rows:
        by_key[normalise(r["name"])].append(r["id"])
    aliases = defaultdict(set)
    for a in db.query("select entity_id, alias from aliases where origin = 'gazetteer'"):
        aliases[normalise(a["alias"])].add(a["entity_id"])
    wanted = {r["speaker_id"] for r in db.query("select distinct speaker_id from quote_appearances "
                                                "where speaker_id is not null")}
    wanted |= {r["entity_id"] for r in db.query("select distinct entity_id from dispute_parties")}
    names = {r["id"]: r["name"] for r in rows}
    duplicates = []
    for eid in wanted:
        key = normalise(names[eid])
        same = set(by_key[key]) | aliases.get(key, set())
        if len(same) > 1:
            duplicates.append((names[eid], sorted(same)))
    assert duplicates == []
    assert len(wanted) >= 10


def test_new_alias_in_the_data_file_is_picked_up(tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({
        "id": "test-brindle-works", "name": "Brindle Works", "type": "ORG", "kind": "ai_developer",
        "aliases": ["the Quokka maker"], "description": "Fictional (test)", "wikidata": None}) + "\n",
        encoding="utf-8")
    nlp = build_pipeline(Settings().with_(gazetteers=(NLP_DATA / "gazetteer.jsonl", extra)))
    doc = nlp("Shares fell after the Quokka maker said it would appeal.")
    assert [(e.text, e.label_, e._.canonical) for e in doc.ents if e.label_ == "ORG"] == \
        [("Quokka maker", "ORG", "Brindle Works")]


def test_gazetteer_is_large_valid_and_unambiguous():
    gaz = Gazetteer.load([NLP_DATA / "gazetteer.jsonl"])
    assert len(gaz.entities) >= 200
    for kind in ("PERSON", "ORG", "PRODUCT", "COURT", "OUTLET"):
        assert any(e.type == kind for e in gaz.entities.values()), kind
    assert all(e.wikidata is None or e.wikidata.startswith("Q") for e in gaz.entities.values())


def test_known_disputes_name_gazetteer_parties():
    import yaml

    from claimtrack.config import DB_DATA

    gaz = Gazetteer.load([NLP_DATA / "gazetteer.jsonl"])
    disputes = yaml.safe_load((DB_DATA / "disputes.yml").read_text(encoding="utf-8"))
    assert len({d["id"] for d in disputes}) == len(disputes) >= 8
    missing = [(d["id"], p["entity"]) for d in disputes for p in d["parties"] if p["entity"] not in gaz.by_name]
    assert missing == []
    assert all(d["kind"] in ("lawsuit", "accusation", "complaint", "investigation") for d in disputes)


# ---------------------------------------------------------------- entities on real-text shapes

def _ents(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e._.canonical) for e in nlp(text).ents]


def test_countries_and_their_abbreviations_are_places_never_organisations(nlp):
    ents = _ents(nlp, "A US judge said Harbourne's use was fair under U.S. copyright law. The case "
                      "differs in the UK, where Tessaly says EU rules apply.")
    places = {text: (label, canonical) for text, label, canonical in ents if text in ("US", "U.S.", "UK", "EU")}
    assert places == {"US": ("GPE", "United States"), "U.S.": ("GPE", "United States"),
                      "UK": ("GPE", "United Kingdom"), "EU": ("GPE", "European Union")}


def test_a_long_court_name_is_one_court_and_a_judges_title_names_nobody(nlp):
    ents = _ents(nlp, "The suit was filed in the U.S. District Court for the Northern District of Calder. "
                      "U.S. District Judge Tobias Marchbank said the claim failed.")
    assert ("U.S. District Court for the Northern District of Calder", "COURT",
            "U.S. District Court for the Northern District of Calder") in ents
    assert not any(text in ("District", "District Judge") for text, _, _ in ents)


def test_partners_names_with_commas_are_one_firm(nlp):
    ents = _ents(nlp, "Ardith Vell, from Quint, Halvorsen & Marsh LLP, said the injury was real.")
    assert ("Quint, Halvorsen & Marsh LLP", "ORG", "Quint, Halvorsen & Marsh LLP") in ents


def test_names_glued_to_punctuation_are_found(nlp):
    ents = _ents(nlp, "Tessaly said it would appeal on Monday.(Reuters) Cassius Brantley‘s lawyers said "
                      "the deal was fair, and Quernstone‘s board agreed.")
    assert ("Reuters", "OUTLET", "Reuters") in ents
    assert ("Quernstone", "ORG", "Quernstone") in ents
    assert any(canonical == "Cassius Brantley" and label == "PERSON" for _, label, canonical in ents)


def test_a_surname_after_another_persons_full_name_is_not_the_gazetteers(nlp):
    # "Li" is the gazetteer's short form of one real person; here it is someone else's surname
    ents = _ents(nlp, "Wenhao Li joined Tessaly last year. Tessaly alleges that Li copied its files.")
    assert [canonical for text, _, canonical in ents if text == "Li"] == ["Wenhao Li"]


def test_a_possessive_surname_after_another_persons_full_name_is_not_the_gazetteers(nlp):
    # "Clark" is the gazetteer's short form of one real person; "Clark’s" (curly or straight)
    # after "Maren Clark" is still hers, and so is every later "Clark"
    ents = _ents(nlp, "Voice actor Maren Clark found the clip online. The creator had cloned Clark’s "
                      "voice with a tool. Clark said the clip could hurt her work.")
    assert {canonical for text, _, canonical in ents if text.startswith("Clark")} == {"Maren Clark"}


def test_an_outlets_company_resolves_to_the_outlet_where_the_gazetteer_says_so(nlp):
    ents = _ents(nlp, "The judge denied the motion to dismiss Intercept Media Inc.'s lawsuit.")
    assert ("Intercept Media Inc.", "OUTLET", "The Intercept") in ents


def test_a_hyphenated_gazetteer_name_typeset_with_an_en_dash_is_still_found(nlp):
    # the gazetteer writes the union's long name with a hyphen; pages often use an en dash
    ents = _ents(nlp, "The Screen Actors Guild–American Federation of Television and Radio Artists "
                      "has members in many cities.")
    assert any(canonical == "SAG-AFTRA" for _, _, canonical in ents), ents


def test_a_products_name_as_a_persons_given_name_is_the_persons(nlp):
    """Rule gazetteer_word_in_persons_name: the model's person "Claude Vantreuil" keeps the
    gazetteer's one-word product "Claude" out of it, and "Vantreuil" alone is that person."""
    doc = nlp("The culture minister Claude Vantreuil said on Tuesday that the plan would be reviewed. "
              "Vantreuil said the ministry would consult artists.")
    names = [(e.text, e.label_, e._.canonical) for e in doc.ents if "Vantreuil" in e.text]
    assert ("Claude Vantreuil", "PERSON", "Claude Vantreuil") in names, names
    assert ("Vantreuil", "PERSON", "Claude Vantreuil") in names, names
    assert any("gazetteer_word_in_persons_name" in r["rules"] for r in doc._.rule_trace)


def test_a_known_one_word_name_written_in_two_words_is_the_known_entity(nlp):
    """Rule gazetteer_spaced_name: "Tech Crunch" is the gazetteer's TechCrunch."""
    doc = nlp("The start-up has given the recipients a deadline, reported Tech Crunch on Friday.")
    found = [(e.text, e._.canonical) for e in doc.ents if "Crunch" in e.text]
    assert found == [("Tech Crunch", "TechCrunch")], found
    assert any("gazetteer_spaced_name" in r["rules"] for r in doc._.rule_trace)


def test_a_known_name_opening_a_longer_firms_name_is_that_firm(nlp):
    """Rule gazetteer_inside_longer_name: "Orrin" is a short form of Orrin Labs, but "Orrin
    Harbor Solutions" is another firm; one word more ("Orrin Cloud") stays the known name."""
    doc = nlp("Orrin Harbor Solutions, a small reseller, did not respond to a request for comment.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [("Orrin Harbor Solutions", "ORG", "")]
    assert [n["speaker"] for n in doc._.ct_no_comments] == ["Orrin Harbor Solutions"]
    assert "gazetteer_inside_longer_name" in [r for t in doc._.rule_trace for r in t["rules"]]


def test_a_known_short_form_continued_by_another_firm_word_is_a_sister_company(nlp):
    """Rule gazetteer_short_form_continues: "Brantwood Sound" is the short form of Brantwood
    Sound Group, but "Brantwood Sound Publishing" is a sister company, and the list it opens
    keeps its order: the first-named party speaks."""
    doc = nlp("Like many rights holders, Brantwood Sound Publishing, Tessaly and Orrin Labs accuse Skyreach "
              "of copying their catalogues.")
    names = [(e.text, e.kb_id_) for e in doc.ents]
    assert ("Brantwood Sound Publishing", "") in names, names
    assert "gazetteer_short_form_continues" in [r for t in doc._.rule_trace for r in t["rules"]]
    assert [q["speaker"] for q in doc._.ct_quotes] == ["Brantwood Sound Publishing"]


def test_a_known_short_form_with_its_own_words_stays_the_known_company(nlp):
    """Not gazetteer_short_form_continues: the company's own longer name, a legal form, or a
    title-case headline keep the known company."""
    for text in ("Brantwood Sound Group said it would appeal.", "Brantwood Sound Inc said it would appeal.",
                 "Brantwood Sound Holdings said it would appeal."):
        doc = nlp(text)
        assert [e._.canonical for e in doc.ents][:1] == ["Brantwood Sound Group"], text
    doc = nlp("Tessaly Signs Licensing Deal With Brantwood Sound Publishing\nThe label said it would appeal.")
    assert "gazetteer_short_form_continues" not in [r for t in doc._.rule_trace for r in t["rules"]]


def test_an_outlets_common_short_form_needs_its_full_name_first(nlp):
    """Rule gazetteer_outlet_common_short_form: two papers of the (test) gazetteer end in
    "Herald", so "the Herald" is The Calder Herald only after the text has named it in full."""
    alone = nlp("Orrin Labs told the Herald it would appeal the ruling.")
    assert "test-calder-herald" not in [e.kb_id_ for e in alone.ents]
    assert "The Calder Herald" not in [e._.canonical for e in alone.ents]
    after = nlp("The Calder Herald sued Orrin Labs on Monday. Orrin Labs told the Herald it would appeal.")
    assert [e.kb_id_ for e in after.ents].count("test-calder-herald") == 2


def test_a_firms_last_word_types_it_even_beside_a_person_noun(nlp):
    """"Marrow Productions, a producer of ...": "producer" is a person's noun too, and the
    firm's last word decides."""
    doc = nlp("Marrow Productions, a producer of car photographs, sued Orrin Labs on Monday.")
    assert {e.text: e.label_ for e in doc.ents}["Marrow Productions"] == "ORG"


def test_a_short_form_another_place_qualifies_is_that_places(nlp):
    """Rule gazetteer_short_form_other_place: "Supreme Court" is the gazetteer's US court only
    where the text does not qualify it with another place ("the Norwegian Supreme Court"); the
    bare short form then names that court too. Unqualified, it is still the gazetteer's."""
    doc = nlp("The Norwegian Supreme Court dismissed an appeal by Orrin Labs on Monday. The Supreme "
              "Court found that a machine cannot be an inventor.")
    courts = [e._.canonical for e in doc.ents if e.label_ == "COURT"]
    assert "Supreme Court of the United States" not in courts and len(courts) == 2
    assert "gazetteer_short_form_other_place" in [r for t in doc._.rule_trace for r in t["rules"]]
    alone = nlp("The Supreme Court declined to hear the appeal by Orrin Labs on Monday.")
    assert [e._.canonical for e in alone.ents if e.label_ == "COURT"] == ["Supreme Court of the United States"]
