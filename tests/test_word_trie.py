"""The one-pass word-class scan (``word_trie.classes_scanner``) finds exactly the classes that
searching each class's own pattern finds: stance facts read it for every statement."""

import re
from pathlib import Path

import yaml

from nlp.stance import load_table
from nlp.word_trie import classes_found, classes_scanner, trie_alternation

CLASSES = {"denial": ["without merit", "deni", "not true"], "deal": ["licens", "agree "],
           "threat": ["will sue", "'re suing"], "empty_end": ["to copy "]}
TEXTS = ["Orrin Labs said the claims were without merit.", "Vexa Labs denied it; the deal was licensed.",
         "We agreed to nothing, said Mara Ellison.", "It will sue.", "They're suing Tessaly.",
         "to copyright the works", "to copy the works", "", "undenied", "WITHOUT MERIT", "xwill sue"]


def _one_by_one(classes, text):
    pats = {k: re.compile(r"\b(?:" + trie_alternation(v) + ")") for k, v in classes.items()}
    return {k for k, p in pats.items() if p.search(text)}


def test_scan_finds_what_each_pattern_finds():
    scan = classes_scanner(CLASSES)
    for text in TEXTS:
        assert classes_found(scan, tuple(CLASSES), text) == _one_by_one(CLASSES, text), text


def test_stance_table_scan_agrees_on_its_own_terms():
    table = load_table()
    words = yaml.safe_load((Path(__file__).parent.parent / "nlp" / "data" / "stances.yml").read_text())["words"]
    names = tuple(table.words)
    for terms in words.values():
        for term in terms:
            for text in (term, "a " + term + ".", "x" + term, term.upper().lower() + "s"):
                low = text.lower()
                assert classes_found(table.words_scan, names, low) == \
                    {k for k, p in table.words.items() if p.search(low)}, text
