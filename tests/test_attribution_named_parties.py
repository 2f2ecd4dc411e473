"""Where the rules of named_plaintiffs.py, cataphora.py, singular_they.py and credit_lines.py
must NOT give a statement a party: the reading they rest on is not there, and a statement in the
wrong mouth is worse than one kept as written. Fictional text; the rules' own examples are in
test_attribution_rules.py."""

from __future__ import annotations

import pytest


def _speaker(doc, content: str) -> tuple[str | None, list[str]]:
    q = next(q for q in doc._.ct_quotes if q["text"].startswith(content))
    rules = next(t["rules"] for t in doc._.rule_trace if t["component"] == "attribution"
                 and t["start"] == q["start"])
    return q["speaker"], rules


def test_they_after_a_spokesperson_is_the_list_named_just_before(nlp):
    doc = nlp("Tam Orley and Ada Merle sued Orrin Labs. A spokesperson for Orrin Labs declined to "
              "comment. They argue that the store copied their games.")
    speaker, rules = _speaker(doc, "the store copied")
    assert speaker != "Orrin Labs" and "speaker.singular_they" not in rules


def test_a_filer_count_that_disagrees_names_no_one(nlp):
    doc = nlp("Three voice actors have filed a lawsuit against Vexa Labs, alleging that the company "
              "copied their voices. Tam Orley and Ada Merle claim Vexa Labs tricked them.")
    speaker, rules = _speaker(doc, "the company copied")
    assert speaker is None and "plaintiff.described_named_next" not in rules


def test_a_caption_outside_the_plaintiffs_sentence_is_a_precedent(nlp):
    doc = nlp("The ruling cites Tam Orley v. Vexa Labs, decided in 2019. Plaintiffs argue that the "
              "mill copied the designs.")
    speaker, rules = _speaker(doc, "the mill copied")
    assert speaker != "Tam Orley" and "plaintiff.named_in_caption" not in rules


@pytest.mark.parametrize("text", [
    # two parties described with the headline's noun: no one
    "Comic Artist Says Vexa Labs Copied His Strip\nTam Orley, a comic artist from Calder, and Ada "
    "Merle, a comic artist from Dunmere, have accused Vexa Labs of copying their strips.",
    # a determiner: not headline style, left to the rules that look back
    "A comic artist says Vexa Labs copied his strip. Tam Orley, a comic artist from Calder, has "
    "accused Vexa Labs of copying his strip.",
])
def test_a_lede_description_without_one_naming_keeps_its_words(nlp, text):
    speaker, rules = _speaker(nlp(text), "Vexa Labs")
    assert "speaker.named_in_lede" not in rules


@pytest.mark.parametrize("line", ["Orrin Labs’ response", "Orrin Labs filed its reply on Monday"])
def test_a_line_under_a_quote_that_is_no_credit_names_no_one(nlp, line):
    doc = nlp("The hearing is set for June.\n“The Court should deny leave to amend because the claim "
              f"is futile.”\n{line}\nThe judge will rule later.")
    speaker, rules = _speaker(doc, "The Court should deny")
    assert speaker is None and "attribution.credit_line" not in rules
