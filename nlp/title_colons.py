"""Titles with a colon inside a sentence: "Magic: The Gathering fans cried foul",
"promoting his new film Now You See Me: Now You Don't, the actor said ...".

The parser ends a sentence at such a colon, and the cue that follows loses its subject or its
clause ("Wizards of the Coast asserted that ..." left in a sentence that starts "The Gathering
fans"). A colon between two capitalised words on one line (a name's last word, a subtitle's
first) with the line going on after it does not end the sentence; the rule
``sentence.title_colon`` runs before the parser, from the dateline marker, and only looks at
the colons the text has (a regex over the text, no pass over the tokens). A colon after a
lower-case word ("said: The ...") or before a quote mark or a line's end is left alone: that is
how a quote or a block is introduced.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from nlp.extensions import trace
from nlp.sentence_marks import SentenceMarks

RULE = "sentence.title_colon"  # switched off by the dateline marker's config ``disabled``

# "Magic: The", "Me: Now": a capitalised word, the colon, one space, a capitalised word that is
# not the line's last (a heading "Key Points: Background" on a line of its own is not a title
# inside a sentence: nothing joins it to a sentence, so it is left alone as well)
TITLE_COLON = re.compile(r"\b[A-Z][\w'’&-]*: (?=[A-Z][\w'’&-]*[ ,][^\n]*[a-z])")


def join_title_colons(doc: Doc, text: str, marks: SentenceMarks) -> None:
    """Mark the word after each title colon as no sentence start (the parser keeps it)."""
    if ":" not in text:
        return
    starts = None
    for m in TITLE_COLON.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not any(c.islower() for c in text[line_start:m.start()]):
            continue  # "BREAKING: The ...", a label at the line's start: not inside a sentence
        if starts is None:
            starts = doc.to_array("IDX").tolist()
        i = bisect_right(starts, m.end()) - 1  # the token that starts at the capitalised word
        if 0 < i < len(doc) and starts[i] == m.end() and marks[i] is None:
            marks[i] = False
            trace(doc, "sentence", m.start(), m.end() + len(doc[i]), "one sentence", [RULE])
