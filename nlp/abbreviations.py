"""Abbreviations with a full stop inside a sentence: "the U.S. District Court said",
"Orrin Labs Inc. said", "Texas Sen. Dana Whitlow", "Case No. 3:25-cv-0101".

The small model's parser often ends a sentence at such a full stop, and the statement that
goes on after it loses its cue or its speaker ("Copyright Office rejected the claim" left in a
sentence of its own, its subject cut off). The rule ``sentence.abbreviation`` runs before the
parser, from the dateline marker, over the full stops the text has (a regex over the text, no
pass over the tokens), and keeps the next word in the sentence only where that word cannot
open one:

- a lower-case word after any listed abbreviation or dotted initials ("Inc. said", "U.S. officials");
- a capitalised word after a title written short ("Sen. Dana", "Pres. Ilse");
- a word that goes on a name after dotted initials ("U.S. District", "U.K. Patent", "S.C. Rep."),
  from a list: "sued in the U.S. The company said", "... into the U.S. Initially, ..." stay two
  sentences, since "The" and "Initially" can open one;
- a legal form after a legal form ("Pte. Ltd."), a figure after a number word ("No. 3").

A line's end or a dateline still opens a sentence (only a space joins). The words are data:
``nlp/data/abbreviations.yml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from nlp.extensions import trace
from nlp.sentence_marks import SentenceMarks
from nlp.lexicon import word_lists

RULE = "sentence.abbreviation"  # switched off by the dateline marker's config ``disabled``

WORDS = word_lists("abbreviations.yml")
SHORT = WORDS["abbreviations"] | WORDS["titles"] | WORDS["legal_forms"] | WORDS["number_words"]
# Found from the text's full stops before a space and a word (a few dozen an article, a C scan),
# then the word before each stop: dotted initials ("U.S", "N.Y"), or a short word looked up in
# the lists. The stop's word is read back from the stop, so "Lt. Gov. Dana" finds both.
STOP = re.compile(r"\.[ \t\xa0]+(?=\w)")
BEFORE = re.compile(r"(?<![\w.’'&-])(?:(?:[A-Za-z]\.)+[A-Za-z]|[A-Za-z]{1,6})$")
NEXT = re.compile(r"\w[\w’'-]*")


def continues(abbr: str, word: str) -> bool:
    """Whether ``word`` after ``abbr`` (its full stop included) goes on the same sentence."""
    short = abbr[:-1].lower()
    if abbr[0].islower() and "." not in short and short not in WORDS["lower_case"]:
        return False  # "modern art. the", "critical mass. then": a word, not its abbreviation
    if word[0].islower():
        return True
    if word[0].isdigit():
        return short in WORDS["number_words"]
    lower = word.lower()
    if "." in short:  # dotted initials: "U.S.", "N.Y."
        return lower in WORDS["after_initials"]
    return short in WORDS["titles"] or (short in WORDS["legal_forms"] and lower in WORDS["legal_forms"])


def join_abbreviations(doc: Doc, text: str, marks: SentenceMarks) -> None:
    """Mark the word after each such abbreviation as no sentence start (the parser keeps it)."""
    starts = None
    for m in STOP.finditer(text):
        stop = m.start()
        before = BEFORE.search(text, max(0, stop - 12), stop)
        if before is None:
            continue
        short = before.group()
        if "." not in short and short.lower() not in SHORT:
            continue
        word = NEXT.match(text, m.end()).group()
        if not continues(short + ".", word):
            continue
        if starts is None:
            starts = doc.to_array("IDX").tolist()
        i = bisect_right(starts, m.end()) - 1  # the token that starts at the next word
        if 0 < i < len(doc) and starts[i] == m.end() and marks[i] is None:
            marks[i] = False
            trace(doc, "sentence", before.start(), m.end() + len(word), "one sentence", [RULE])
