"""`claimtrack analyze --explain`: the rules behind each entity and each speaker.

The entity typer and the attribution record their rules in ``doc._.rule_trace``; until they
do on every branch, these tests give the analysis a trace of their own, shaped as
nlp/extensions.py's ``trace`` writes it.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimtrack.cli import cli
from claimtrack.explain import explanation
from claimtrack.records import Analysis, Article, Entity, Quote
from nlp.extensions import trace
from nlp.pipeline import doc_to_analysis
from tests.conftest import ARTICLE_1


def test_doc_trace_travels_in_the_analysis_but_not_in_its_json(nlp):
    text = "\n".join(ARTICLE_1)
    doc = nlp(text)
    start = text.index("Mara Ellison")
    trace(doc, "claimtrack_entity_types", start, start + len("Mara Ellison"), "PERSON",
          ["appositive_role"])
    a = doc_to_analysis(doc, Article(url="test:t", text=text), "t")
    assert a.trace[-1] == {"component": "claimtrack_entity_types", "start": start,
                           "end": start + 12, "text": "Mara Ellison", "decision": "PERSON",
                           "rules": ["appositive_role"]}
    assert "trace" not in a.to_json_dict()


def test_explanation_pairs_rules_with_entities_and_speakers():
    text = "“We never did,” said Tamsin Okafor. Okafor works at Tessaly."
    q_end = text.index("”")
    a = Analysis(source="x", article=Article(url="x", text=text),
                 entities=[Entity("Tamsin Okafor", "PERSON", "Tamsin Okafor", 21, 34),
                           Entity("Okafor", "PERSON", "Tamsin Okafor", 36, 42),
                           Entity("Tessaly", "ORG", "Tessaly", 52, 59)],
                 quotes=[Quote(text[1:q_end], "direct", 1, q_end, speaker="Tamsin Okafor",
                               speaker_text="Tamsin Okafor")])
    a.trace = [
        {"component": "claimtrack_entity_types", "start": 21, "end": 34, "text": "Tamsin Okafor",
         "decision": "PERSON", "rules": ["speech_verb_subject"]},
        {"component": "claimtrack_quotes", "start": 21, "end": 34, "text": "Tamsin Okafor",
         "decision": "Tamsin Okafor", "rules": ["said_after_quote"]},
        {"component": "claimtrack_quotes", "start": 100, "end": 110, "text": "elsewhere",
         "decision": "-", "rules": ["unused"]},
    ]
    ex = explanation(a)
    full, surname, firm = ex["entities"]
    assert [r["rules"] for r in full["rules"]] == [["speech_verb_subject"]]
    # the typer pools a name's mentions: the surname alone is explained by its full name's record
    assert surname["rules"] == full["rules"]
    assert firm["rules"] == []  # no record at all: the model or the gazetteer decided
    assert ex["speakers"][0]["rules"][0]["rules"] == ["said_after_quote"]
    assert ex["other"][0]["rules"] == ["unused"]  # a record that explains nothing is still shown


def _fake_trace(monkeypatch, nlp):
    """Every analysis gets a trace naming one rule for each entity and each speaker (and the
    CLI reuses the session's pipeline rather than loading its own)."""
    import nlp.pipeline as pipeline

    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "build_pipeline", lambda settings: nlp)

    def traced(nlp, items, **kwargs):
        for a in real(nlp, items, **kwargs):
            a.trace = [{"component": "claimtrack_entity_types", "start": e.start, "end": e.end,
                        "text": e.text, "decision": e.label, "rules": [f"rule_for_{e.label}"]}
                       for e in a.entities]
            a.trace += [{"component": "claimtrack_quotes", "start": q.start, "end": q.end,
                         "text": q.text, "decision": q.speaker or "-", "rules": ["cue_after_quote"]}
                        for q in a.quotes]
            yield a

    monkeypatch.setattr(pipeline, "analyse", traced)


def test_analyze_explain_prints_the_rules(tmp_path, monkeypatch, nlp):
    _fake_trace(monkeypatch, nlp)
    story = tmp_path / "story.txt"
    story.write_text("\n".join(ARTICLE_1), encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", "--explain", str(story)])
    assert res.exit_code == 0, res.output
    assert "why:" in res.output
    assert "entity 'Mara Ellison' [PERSON] = Mara Ellison: claimtrack_entity_types -> PERSON: " \
           "rule_for_PERSON" in res.output
    assert any(line.strip().startswith("speaker of [direct]") and "= Mara Ellison:" in line
               and "cue_after_quote" in line for line in res.output.splitlines())

    plain = CliRunner().invoke(cli, ["analyze", "--json", str(story)])
    explained = CliRunner().invoke(cli, ["analyze", "--json", "--explain", str(story)])
    a, b = json.loads(plain.output), json.loads(explained.output)
    assert "explain" not in a and b.pop("explain")["speakers"][0]["rules"]
    assert a == b  # --explain adds its key and changes nothing else


def test_analyze_explain_gives_the_real_rules_of_a_type_and_a_speaker(tmp_path):
    """No fake trace: the typer's and attribution's own rule names, for one unknown name typed
    by its title and one speaker found as the subject of the cue (fictional text)."""
    page = tmp_path / "story.txt"
    page.write_text("Judge Ysolde Varenne heard the case on Monday. Varenne said the archive "
                    "had been copied without a licence.", encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", "--json", "--explain", str(page)])
    assert res.exit_code == 0, res.output
    why = json.loads(res.output)["explain"]
    text = json.dumps(why)
    assert "title_before" in text, why  # the entity rule that typed "Ysolde Varenne"
    assert "subject.nsubj" in text and "speaker.entity" in text, why  # the speaker's rules
