"""Abbreviations with a full stop inside a sentence: "the U.S. District Court said",
"Orrin Labs Inc. said", "Texas Sen. Dana Whitlow", "Case No. 3:25-cv-0101".

The small model's parser often ends a sentence at such a full stop, and the statement that
goes on after it loses its cue or its speaker ("Copyright Office rejected the claim" left in a
sentence of its own, its subject cut off). The rule ``sentence.abbreviation`` runs before the
parser, from the dateline marker, over the abbreviations the text has (a regex over the text,
no pass over the tokens), and keeps the next word in the sentence only where that word cannot
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
from nlp.lexicon import word_lists

RULE = "sentence.abbreviation"  # switched off by the dateline marker's config ``disabled``

WORDS = word_lists("abbreviations.yml")
SHORT = WORDS["abbreviations"] | WORDS["titles"] | WORDS["legal_forms"] | WORDS["number_words"]
# An abbreviation (dotted initials, or a listed word and its full stop), spaces on one line, and
# the next word. Case is read from the match, not the pattern: "inc." and "INC." are listed too.
ABBREVIATION = re.compile(
    r"(?<![\w.’'&-])(?P<abbr>(?:[A-Za-z]\.){2,}|(?i:%s)\.)[ \t\xa0]+(?P<next>[\w][\w’'-]*)"
    % "|".join(sorted(SHORT, key=len, reverse=True)))


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


def join_abbreviations(doc: Doc, text: str) -> None:
    """Mark the word after each such abbreviation as no sentence start (the parser keeps it)."""
    if ". " not in text:
        return
    starts = None
    for m in ABBREVIATION.finditer(text):
        if not continues(m.group("abbr"), m.group("next")):
            continue
        if starts is None:
            starts = doc.to_array("IDX").tolist()
        at = m.start("next")
        i = bisect_right(starts, at) - 1  # the token that starts at the next word
        if 0 < i < len(doc) and starts[i] == at and doc[i].is_sent_start is None:
            doc[i].is_sent_start = False
            trace(doc, "sentence", m.start(), m.end(), "one sentence", [RULE])
