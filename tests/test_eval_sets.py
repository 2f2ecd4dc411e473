"""The held-out evaluation sets (nlp/eval) and their scorer (nlp/eval/sets.py).

The scorer is checked against the gold itself (perfect scores) and against empty and wrong
predictions (scores that drop), so it cannot pass silently. The floor tests run the full
pipeline: they are floors that catch a collapse, not targets.
"""

from __future__ import annotations

import sys
import types

import pytest

from claimtrack.config import NLP_DATA
from nlp.eval import sets as es
from nlp.eval.entities import GROUP_NAMES, EntityScore, bare_canonical
from nlp.eval import quotes
from nlp.eval.quotes import Score

GOLD = es.DEFAULT


@pytest.fixture(scope="module")
def ent_gold():
    return GOLD.load_entities()


@pytest.fixture(scope="module")
def att_gold():
    return GOLD.load_attribution()


@pytest.fixture(scope="module")
def full_nlp():
    from nlp.pipeline import build_pipeline

    return build_pipeline(GOLD.settings())


# ---------------------------------------------------------------- gold files

def test_gold_files_load_and_offsets_match(ent_gold, att_gold):
    assert len(ent_gold) >= 50
    assert sum(len(d["entities"]) for d in ent_gold) >= 450
    for d in ent_gold:
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
            assert e["label"] in {"PERSON", "ORG", "OUTLET", "COURT", "PRODUCT", "GPE"}
            assert e["canonical"]
    assert len(att_gold) >= 40
    assert sum(len(d["quotes"]) for d in att_gold) >= 200
    assert sum(len(d["no_comment"]) for d in att_gold) >= 40
    for d in att_gold:
        for q in d["quotes"]:
            assert d["text"][q["start"]:q["end"]] == q["text"], (d["id"], q["text"])
            assert q["kind"] in {"direct", "mixed", "indirect"}
            assert q["speaker"]
        for n in d["no_comment"]:
            assert n["kind"] in {"declined", "unreachable", "no_response"}


def test_eval_gazetteer_loads_beside_the_project_one_but_not_the_demo():
    from nlp.gazetteer import Gazetteer

    assert GOLD.gazetteers == (NLP_DATA / "gazetteer.jsonl", GOLD.eval_gazetteer)
    assert all("demo" not in p.name for p in GOLD.settings().gazetteers)
    gaz = Gazetteer.load(GOLD.gazetteers)
    assert gaz.lookup("Brannock AI").name == "Brannock AI"
    assert "brannock ai" in GOLD.gazetteer_orgs() and "openai" in GOLD.gazetteer_orgs()


def test_another_gold_folder_is_scored_without_module_state():
    heldout = es.GoldSet(NLP_DATA.parent / "eval" / "heldout")
    assert heldout.eval_gazetteer != GOLD.eval_gazetteer
    assert heldout.shown(heldout.entities_gold) == "nlp/eval/heldout/entities_gold.jsonl"
    assert {d["id"] for d in heldout.load_entities()}.isdisjoint(d["id"] for d in GOLD.load_entities())
    assert es.DEFAULT.dir == NLP_DATA.parent / "eval"  # untouched by the above


# ---------------------------------------------------------------- scorer sanity

def test_entity_scorer_gives_one_on_gold_and_less_on_errors(ent_gold):
    orgs = GOLD.gazetteer_orgs()
    perfect = EntityScore()
    empty = EntityScore()
    wrong = EntityScore()
    for d in ent_gold:
        perfect.add(d["id"], d["entities"], [dict(e) for e in d["entities"]], d["text"], orgs)
        empty.add(d["id"], d["entities"], [], d["text"], orgs)
        # right spans, wrong canonical names; and every company called a place
        bad = [dict(e, canonical=e["canonical"] + " X",
                    label="GPE" if e["label"] == "ORG" else e["label"]) for e in d["entities"]]
        wrong.add(d["id"], d["entities"], bad, d["text"], orgs)
    t = perfect.table()
    for grp in GROUP_NAMES:
        assert t[grp]["gold"] > 0
        for k in ("precision", "recall", "label_precision", "label_recall"):
            assert t[grp][k] == 1.0, (grp, k)
    assert t["gazetteer_companies_mislabelled"] == 0
    assert t["gazetteer_company_mentions"] > 50
    e = empty.table()
    assert e["PERSON+ORG"]["recall"] == 0.0 and e["PERSON+ORG"]["predicted"] == 0
    w = wrong.table()
    assert w["PERSON+ORG"]["recall"] == 0.0
    assert w["PERSON"]["label_recall"] == 1.0
    assert w["gazetteer_companies_mislabelled"] == t["gazetteer_company_mentions"]


def test_entity_scorer_pairs_one_to_one_and_normalises_names():
    gold = [{"text": "Brannock AI", "start": 0, "end": 11, "label": "ORG", "canonical": "Brannock AI"},
            {"text": "Sparrow", "start": 12, "end": 19, "label": "PRODUCT", "canonical": "Sparrow"}]
    pred = [{"text": "Brannock AI Sparrow", "start": 0, "end": 19, "label": "ORG",
             "canonical": "brannock  ai"},
            {"text": "Brannock", "start": 0, "end": 8, "label": "COURT", "canonical": "Brannock AI"}]
    s = EntityScore()
    s.add("x", gold, pred)
    t = s.table()["ORG"]
    assert (t["gold"], t["predicted"], t["recall"], t["precision"]) == (1, 2, 1.0, 0.5)


def test_bare_canonical_strips_the_and_possessive():
    assert bare_canonical("the New York Times") == "New York Times"
    assert bare_canonical("OpenAI's") == "OpenAI"
    assert bare_canonical("Brannock’s") == "Brannock"
    assert bare_canonical("Theodora  Vance") == "Theodora Vance"


def test_speaker_names_fold_a_legal_form_and_a_leading_the_unless_exact(monkeypatch):
    from nlp.eval import quotes
    assert quotes.same_name("The Harwick Gazette", "Harwick Gazette")
    assert quotes.same_name("the orrin press co.", "orrin press")
    assert quotes.same_name("Brindle Communications, Inc.", "Brindle Communications")
    assert quotes.same_name("Syndicat d’Orrin", "Syndicat d'Orrin")  # apostrophes
    assert quotes.same_name("Estate of Orrin Vale", "Orrin Vale estate")
    assert quotes.same_name("The Estate of Orrin Vale", "the Orrin Vale Estate")
    assert not quotes.same_name("Harwick Gazette", "Harwick Times")
    assert quotes.same_name("Guild of Calder \u2013 Harwick Players", "Guild of Calder-Harwick Players")
    assert quotes.same_name("Calder Overseas Rights Alliance", "CORA")
    assert quotes.same_name("CRA", "Calder Overseas Rights Alliance") is False
    assert quotes.same_name("U.S. Court of Appeals for the Calder Circuit", "US Court of Appeals for the Calder Circuit")
    assert quotes.same_name("anonymous sources", "the source")
    assert not quotes.same_name("anonymous sources", "Calder Gazette")
    assert not quotes.same_name("Theodore Vell", "Vell")  # "The" only as a whole word
    monkeypatch.setattr(quotes, "FOLD_LEGAL_FORMS", False)
    assert not quotes.same_name("The Harwick Gazette", "Harwick Gazette")


def test_attribution_scorer_gives_one_on_gold_and_less_on_errors(att_gold):
    perfect, empty, wrong = Score(), Score(), Score()
    for d in att_gold:
        perfect.add(d["id"], d, es.gold_as_prediction(d))
        empty.add(d["id"], d, {"quotes": [], "no_comment": [], "claims": []})
        p = es.gold_as_prediction(d)
        for q in p["quotes"]:
            q["speaker"] = "Nobody"
        for c in p["claims"]:
            c["stance"], c["target"] = "other", "Nobody"
        wrong.add(d["id"], d, p)
    t = perfect.table()
    for k in ("direct", "mixed", "indirect", "all"):
        assert t[k]["gold"] > 0
        assert t[k]["recall"] == t[k]["precision"] == t[k]["speaker_accuracy"] == 1.0, k
    assert t["no_comment"]["recall"] == t["no_comment"]["precision"] == 1.0
    assert t["duplicates"] == 0
    assert t["claims"]["checked"] == 195  # 204 gold quotes, 9 resumed after their attribution
    assert t["claims"]["stance_accuracy"] == t["claims"]["target_accuracy"] == 1.0
    e = empty.table()
    assert e["all"]["recall"] == 0.0 and e["no_comment"]["recall"] == 0.0
    w = wrong.table()
    assert w["all"]["recall"] == 1.0 and w["all"]["speaker_accuracy"] == 0.0
    assert w["claims"]["stance_accuracy"] < 0.5 and w["claims"]["target_accuracy"] < 0.1


def test_a_listed_gold_speaker_is_right_as_its_first_party_and_initials_fold(monkeypatch):
    from nlp.eval import quotes
    assert quotes.first_listed("Ada Vell, Tor Brin and Calder Authors' Union") == "Ada Vell"
    assert quotes.first_listed("Harwick Gazette & Merrow Standard") == "Harwick Gazette"
    assert quotes.first_listed("Tolvane") is None
    assert quotes.same_name("Perpetua Q. Lindqvist", "Perpetua Lindqvist")
    text = "Ada Vell and Tor Brin say Tolvane copied their novels."
    gold = {"text": text, "quotes": [{"text": "Tolvane copied their novels", "kind": "indirect",
                                      "speaker": "Ada Vell and Tor Brin"}], "no_comment": []}
    for pred_speaker, ok in (("Ada Vell", 1.0), ("Tor Brin", 0.0)):
        s = Score()
        s.add("x", gold, {"quotes": [{"text": "Tolvane copied their novels", "kind": "indirect",
                                      "speaker": pred_speaker}], "no_comment": [], "claims": []})
        assert s.table()["all"]["speaker_accuracy"] == ok
        assert s.speaker_first_listed == int(ok)
    monkeypatch.setattr(quotes, "FOLD_LEGAL_FORMS", False)
    s = Score()
    s.add("x", gold, {"quotes": [{"text": "Tolvane copied their novels", "kind": "indirect",
                                  "speaker": "Ada Vell"}], "no_comment": [], "claims": []})
    assert s.table()["all"]["speaker_accuracy"] == 0.0


def test_no_party_with_the_gold_description_is_right_unless_exact(monkeypatch):
    """'A group of writers say Tolvane copied their novels': gold writes the description as the
    speaker, the pipeline no party with the same words; a named party or other words are wrong."""
    from nlp.eval import quotes
    gold = {"text": "", "quotes": [{"text": "Tolvane copied their novels", "kind": "indirect",
                                    "speaker": "group of writers"}], "no_comment": []}

    def scored(speaker, said):
        s = Score()
        s.add("x", gold, {"quotes": [{"text": "Tolvane copied their novels", "kind": "indirect",
                                      "speaker": speaker, "speaker_text": said}],
                          "no_comment": [], "claims": []})
        return s.table()

    t = scored(None, "A group of  writers")
    assert t["all"]["speaker_accuracy"] == 1.0 and t["speaker_as_written"] == 1
    assert scored(None, "the publishers")["all"]["speaker_accuracy"] == 0.0
    assert scored("Tolvane", "A group of writers")["all"]["speaker_accuracy"] == 0.0
    monkeypatch.setattr(quotes, "FOLD_LEGAL_FORMS", False)
    assert scored(None, "A group of writers")["all"]["speaker_accuracy"] == 0.0


def test_names_the_gazetteer_gives_one_entity_are_one_speaker_when_loaded(tmp_path, monkeypatch):
    from nlp.eval import quotes
    gaz = tmp_path / "g.jsonl"
    gaz.write_text('{"id": "tolvane", "name": "Tolvane", "aliases": ["Tolvane Platforms"]}\n', encoding="utf-8")
    gold = {"text": "", "quotes": [{"text": "the archive was never copied", "kind": "indirect",
                                    "speaker": "tolvane platforms"}],
            "no_comment": [{"speaker": "tolvane platforms", "kind": "declined"}]}
    pred = {"quotes": [{"text": "the archive was never copied", "kind": "indirect", "speaker": "tolvane"}],
            "no_comment": [{"speaker": "tolvane", "kind": "declined"}], "claims": []}
    s = Score()
    s.add("x", gold, pred)
    assert s.table()["all"]["speaker_accuracy"] == 0.0  # not loaded: two names
    monkeypatch.setattr(quotes, "ALIASES", quotes.load_aliases(gaz))
    s = Score()
    s.add("x", gold, pred)
    t = s.table()
    assert t["all"]["speaker_accuracy"] == 1.0 and t["speaker_by_alias"] == 1
    assert t["no_comment"]["recall"] == 1.0


def test_a_context_alias_of_two_words_names_the_entry_and_a_surname_does_not(tmp_path):
    gaz = tmp_path / "g.jsonl"
    gaz.write_text('{"id": "calder-cc", "name": "Calder Competition Board", "aliases": [], '
                   '"context_aliases": ["Competition Board", "Board"]}\n', encoding="utf-8")
    aliases = quotes.load_aliases(gaz)
    assert aliases["competition board"] == aliases["calder competition board"] == "calder-cc"
    assert "board" not in aliases


def test_no_comment_found_by_its_party_and_its_kind_scored_apart():
    """'Did not immediately comment' is declined to one annotator and no response to another:
    the no-comment is found (its party is), and the kind counts against kind_right only."""
    gold = {"text": "", "quotes": [], "no_comment": [{"speaker": "Harwick Gazette", "kind": "no_response"},
                                                    {"speaker": "Tolvane", "kind": "declined"}]}
    pred = {"quotes": [], "claims": [], "no_comment": [{"speaker": "The Harwick Gazette", "kind": "declined"},
                                                       {"speaker": "Fenmoor Labs", "kind": "declined"}]}
    s = Score()
    s.add("x", gold, pred)
    nc = s.table()["no_comment"]
    assert (nc["recall"], nc["precision"], nc["kind_right"]) == (0.5, 0.5, 0.0)
    assert sorted(e[1] for e in s.nc_errors) == ["extra", "kind", "missed"]


def test_a_place_word_inside_a_longer_name_is_not_a_place_as_organisation():
    from nlp.eval.realset import places_as_orgs
    text = "The Calder Regional Court in Calder ruled. Calder said no. The Calder's board met."
    gold = {"text": text, "places": [{"text": "Calder", "start": 4, "end": 10},
                                     {"text": "Calder", "start": 29, "end": 35},
                                     {"text": "Calder", "start": 43, "end": 49},
                                     {"text": "Calder", "start": 63, "end": 69}]}
    ents = [{"start": 0, "end": 25, "text": "The Calder Regional Court", "label": "COURT"},
            {"start": 29, "end": 35, "text": "Calder", "label": "ORG"},
            {"start": 43, "end": 49, "text": "Calder", "label": "GPE"},
            {"start": 59, "end": 71, "text": "The Calder's", "label": "ORG"}]
    assert places_as_orgs(gold, ents) == ["Calder -> Calder/ORG", "Calder -> The Calder's/ORG"]


@pytest.fixture
def fake_textacy(monkeypatch):
    """A stand-in for textacy 0.13's direct_quotations that raises on odd quote counts."""
    calls = []

    def direct_quotations(doc):
        calls.append(doc)
        marks = [t for t in doc if t.is_quote]
        if len(marks) % 2:
            raise ValueError(f"{len(marks)} quotation marks found")
        return iter(())

    pkg, extract, triples = (types.ModuleType(n) for n in
                             ("textacy", "textacy.extract", "textacy.extract.triples"))
    triples.direct_quotations = direct_quotations
    pkg.extract, extract.triples = extract, triples
    for name, mod in (("textacy", pkg), ("textacy.extract", extract),
                      ("textacy.extract.triples", triples)):
        monkeypatch.setitem(sys.modules, name, mod)
    return calls


def test_baseline_counts_textacy_failures_and_keeps_going(fake_textacy, att_gold):
    """textacy raises on odd quote counts: such a document is a counted failure, not a crash."""
    from nlp.pipeline import build_pipeline

    res = es.run_baseline(build_pipeline(GOLD.settings(), bare=True))
    assert res.available and res.documents == len(att_gold) == len(fake_textacy)
    assert res.failures and all(i.startswith("att-") for i, _ in res.failures)
    t = res.score.table()
    assert t["all"]["gold"] == 195 and t["all"]["recall"] == 0.0


def test_baseline_without_textacy_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "textacy", None)  # import textacy -> ImportError
    res = es.run_baseline()
    assert not res.available and res.reason == "textacy not installed: pip install -e .[eval]"


# ---------------------------------------------------------------- floors (full pipeline)

def test_attribution_floor(full_nlp):
    t = es.run_attribution(full_nlp).table()
    assert t["direct"]["recall"] >= 0.9, t["direct"]
    assert t["no_comment"]["recall"] >= 0.85, t["no_comment"]
    assert t["duplicates"] == 0


def test_entity_floor(full_nlp):
    scores = es.run_entities(full_nlp, nlp_bare=False)
    t = scores["full"].table()
    assert t["PERSON+ORG"]["recall"] >= 0.85, t["PERSON+ORG"]
    assert t["gazetteer_companies_mislabelled"] == 0


def test_a_direct_quote_that_is_a_mixed_statements_fragment_is_one_statement(monkeypatch):
    """'dismissed the claims as a “publicity stunt”': one annotator writes the mixed clause,
    another the words in the marks; the scorer pairs them (span_folds.py), unless folds are off."""
    from nlp.eval import quotes
    gold = {"quotes": [{"text": "publicity stunt", "kind": "direct", "speaker": "Mara Ellison"}]}
    pred = {"quotes": [{"text": "the claims as a “publicity stunt”", "kind": "mixed", "speaker": "Mara Ellison",
                        "start": 0, "end": 10}]}
    s = quotes.Score()
    s.add("a", gold, pred)
    assert s.table()["all"]["recall"] == 1.0 and s.fragment_of_mixed == 1
    other = {"quotes": [{"text": "the claims as a “publicity stunt” and more", "kind": "indirect",
                         "speaker": "Mara Ellison", "start": 0, "end": 10}]}
    s = quotes.Score()
    s.add("a", gold, other)  # an indirect statement is no mixed one
    assert s.table()["all"]["recall"] == 0.0
    monkeypatch.setattr(quotes, "FOLD_LEGAL_FORMS", False)
    s = quotes.Score()
    s.add("a", gold, pred)
    assert s.table()["all"]["recall"] == 0.0


def test_two_annotations_agree_on_paired_statements_only():
    """nlp/eval/agreement.py: statements paired as the scorer pairs them; a joint statement
    written once per party is one statement; speakers folded, stances compared exactly."""
    from nlp.eval.agreement import agreement
    text = "Mara Ellison said Orrin Labs copied the catalogue. Orrin Labs denied it."
    a = {"x-1": {"quotes": [
        {"text": "Orrin Labs copied the catalogue", "start": 18, "end": 49, "kind": "indirect",
         "speaker": "Mara Ellison", "stance": "accusation"}]}}
    b = {"x-1": {"quotes": [
        {"text": "Orrin Labs copied the catalogue", "start": 18, "end": 49, "kind": "indirect",
         "speaker": "Mara Ellison", "stance": "lawsuit"},
        {"text": "Orrin Labs copied the catalogue", "start": 18, "end": 49, "kind": "indirect",
         "speaker": "Calder Press", "stance": "lawsuit"},
        {"text": "it", "start": 71, "end": 73, "kind": "indirect", "speaker": "Orrin Labs", "stance": "denial"}]}}
    assert text[18:49] == "Orrin Labs copied the catalogue"
    got = agreement(a, b)
    assert (got["first"], got["second"], got["paired"]) == (1, 2, 1)
    assert got["speaker_agreement"] == 1.0 and got["stance_agreement"] == 0.0
    assert got["stance_confusions"] == {"accusation / lawsuit": 1}


def test_speaker_rules_counts_each_rule_by_verdict():
    """nlp/eval/speaker_rules.py: a rule behind a right speaker, another party and no party is
    counted once in each column, with names folded as the scorer folds them ("Orrin Labs, Inc."
    and "orrin labs"; the first of a listed gold speaker)."""
    from nlp.eval import quotes
    from nlp.eval.speaker_rules import table
    old = quotes.FOLD_LEGAL_FORMS
    quotes.FOLD_LEGAL_FORMS = True
    try:
        rows = [
            {"gold_speaker": "orrin labs, inc.", "our_speaker": "orrin labs", "speaker_rules": ["r.a", "r.b"]},
            {"gold_speaker": "vexa labs and tessaly", "our_speaker": "vexa labs", "speaker_rules": ["r.a"]},
            {"gold_speaker": "tessaly", "our_speaker": "vexa labs", "speaker_rules": ["r.a"]},
            {"gold_speaker": "tessaly", "our_speaker": None, "speaker_rules": None},
        ]
        t = table(rows)
    finally:
        quotes.FOLD_LEGAL_FORMS = old
    assert (t["r.a"]["right"], t["r.a"]["other"], t["r.a"]["none"]) == (2, 1, 0)
    assert (t["r.b"]["right"], t["r.b"]["other"]) == (1, 0)
    assert t["(no trace)"]["none"] == 1


def test_stance_rows_carry_the_speaker_rules():
    """stance_rows keeps the attribution trace's rules of each matched statement beside the
    stance's deciding rule, for speaker_rules.py."""
    from nlp.eval.stance_confusion import stance_rows
    g = {"stance": "denial", "speaker": "tessaly", "kind": "direct", "text": "We did not."}
    p = {"start": 0, "end": 11, "speaker": "tessaly"}
    traces = {"d1": [{"component": "attribution", "start": 0, "end": 11, "rules": ["speaker.entity"]},
                     {"component": "stance", "start": 0, "end": 11, "rules": ["stance.denial"]}]}
    row, = stance_rows("set", [("d1", g, p, {"stance": "denial"})], traces, {"d1": "We did not. Tessaly said."})
    assert row["speaker_rules"] == ["speaker.entity"] and row["rule"] == ["stance.denial"]


def test_accused_before_pairs_the_two_span_conventions():
    """'accused Vexa of copying its archive': a gold "Vexa of copying its archive" and the
    pipeline's "copying its archive" (same end) are one statement; a prefix that is no "X of"
    is not folded."""
    from nlp.eval.span_folds import accused_before
    text = "The guild accused Vexa of copying its archive."
    g0 = text.index("Vexa of")
    p0 = text.index("copying")
    gold = [{"text": text[g0:-1], "start": g0, "end": len(text) - 1, "kind": "indirect"}]
    pred = [{"text": text[p0:-1], "start": p0, "end": len(text) - 1, "kind": "indirect"}]
    assert accused_before(gold, pred, []) == [(0, 0)]
    other = text.index("accused")
    gold2 = [{"text": text[other:-1], "start": other, "end": len(text) - 1, "kind": "indirect"}]
    assert accused_before(gold2, pred, []) == []  # "accused Vexa of": a cue, not the accused alone


def test_a_failed_analysis_is_counted_and_said(capsys):
    """An article whose analysis failed (the component caught its own error) has no statements;
    the score counts it (``analysis_errors``) and says so on stderr, so a crash is not read as
    lower recall."""
    from nlp.eval.quotes import Score
    from nlp.eval.report import warn_failed
    score = Score()
    gold = {"text": "Mara Ellison said the deal was fair.", "quotes": [
        {"text": "the deal was fair", "kind": "indirect", "speaker": "Mara Ellison", "start": 18, "end": 35}]}
    score.add("a-1", gold, {"quotes": [], "error": "quotes: NameError: name 'ctx' is not defined"})
    assert score.table()["analysis_errors"] == 1
    warn_failed(score.failed)
    assert "ANALYSIS FAILED on 1 article" in capsys.readouterr().err


def test_stance_split_figure_counts_lawsuit_for_accusation():
    """The strict stance figure and, beside it, one that takes lawsuit and accusation as one
    (writers split on a complaint's words); other confusions count against both."""
    from nlp.eval.quotes import Score
    text = "Orrin Labs alleges Vexa copied its books. Vexa said it never copied them."
    gold = {"text": text, "quotes": [
        {"text": "Vexa copied its books", "kind": "indirect", "speaker": "Orrin Labs", "start": 19, "end": 40,
         "stance": "lawsuit"},
        {"text": "it never copied them", "kind": "indirect", "speaker": "Vexa", "start": 52, "end": 72,
         "stance": "denial"}]}
    pred = {"quotes": [dict(gold["quotes"][0]), dict(gold["quotes"][1])],
            "claims": [{"quote": 0, "stance": "accusation"}, {"quote": 1, "stance": "other"}]}
    score = Score()
    score.add("a-1", gold, pred)
    claims = score.table()["claims"]
    assert claims["stance_accuracy"] == 0.0 and claims["stance_lawsuit_or_accusation"] == 0.5


def test_realsets_scores_every_set_found_in_one_table(tmp_path):
    """``python -m nlp.eval.realsets``: each ../aiip-NAME set found (here one fictional article),
    one line each; a set asked for by name that is missing is said, not fatal."""
    import json
    from click.testing import CliRunner
    from nlp.eval.realsets import main
    text = "Mara Ellison said Orrin Labs copied the archive."
    gold = {"id": "f-001", "text": text, "places": [], "no_comment": [], "quotes": [
        {"text": "Orrin Labs copied the archive", "kind": "indirect", "speaker": "Mara Ellison",
         "start": 18, "end": 47, "stance": "accusation", "target": "Orrin Labs"}]}
    (tmp_path / "aiip-fict").mkdir()
    (tmp_path / "aiip-fict" / "attribution_gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(tmp_path)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("fict"))
    assert line.split()[1:5] == ["1", "1.000", "1.000", "1.000"]
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "fict", "nosuch"])
    assert "nosuch" in result.output and "no gold file" in result.output
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "--stances-dir", str(tmp_path / "rows")])
    rows = [json.loads(x) for x in (tmp_path / "rows" / "fict.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["gold"]) for r in rows] == [("f-001", "accusation")]
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "--analyses-dir", str(tmp_path / "an")])
    art = json.loads((tmp_path / "an" / "fict.jsonl").read_text(encoding="utf-8"))
    assert (art["id"], art["pred"]["quotes"][0]["speaker"]) == ("f-001", "mara ellison")  # folded as scored
    assert art["trace"] and {t["component"] for t in art["trace"]} == {"attribution"}


def test_the_same_side_under_another_writers_convention_is_a_second_figure_only():
    """nlp/eval/speaker_sides.py: a judge for "the court", a lawyer for the party, an outlet
    relaying a party's words are one side; counted apart, the strict speaker figure unchanged."""
    text = "Judge Perpetua Marrow heard the case. The court said the copies were fair.\n" \
           "Orrin Labs copied the archive, the Calder Gazette reported."
    ents = [{"canonical": "Perpetua Marrow", "label": "PERSON", "start": 6, "end": 21},
            {"canonical": "Calder District Court", "label": "COURT", "start": 0, "end": 0},
            {"canonical": "Calder Gazette", "label": "OUTLET", "start": 116, "end": 130}]
    gold = {"text": text, "quotes": [
        {"text": "the copies were fair", "kind": "indirect", "speaker": "Perpetua Marrow"},
        {"text": "Orrin Labs copied the archive", "kind": "indirect", "speaker": "Calder Gazette"},
        {"text": "the archive was sold", "kind": "indirect", "speaker": "Tessaly"}], "no_comment": []}
    pred = {"entities": ents, "claims": [], "no_comment": [], "article": {"text": text}, "quotes": [
        {"text": "the copies were fair", "kind": "indirect", "speaker": "Calder District Court"},
        {"text": "Orrin Labs copied the archive", "kind": "indirect", "speaker": "Orrin Labs",
         "start": 75, "end": 104},
        {"text": "the archive was sold", "kind": "indirect", "speaker": "Mara Ellison",
         "speaker_org": "Tessaly"}]}
    s = Score()
    s.add("x", gold, pred)
    t = s.table()
    assert t["all"]["speaker_accuracy"] == 0.0
    assert t["speaker_same_side"] == {"accuracy": 1.0, "court_or_judge": 1, "relay": 1, "for_whom": 1}
