"""The sentence-start marks set before the parser, read and written as one array.

The dateline marker (``nlp/datelines.py``) and its two rules (``nlp/title_colons.py``,
``nlp/abbreviations.py``) mark a few dozen tokens an article. spaCy's ``Token.is_sent_start``
setter first asks ``doc.has_annotation("DEP")``, a Python-level pass over every token, so each
mark cost a pass over the whole document: about a millisecond an article, more than all the
rules' own reading. Here the marks are read once (``doc.to_array``), changed in a list, and
written back in one ``doc.from_array``; the values, and the error on a parsed document, are
spaCy's.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

# SENT_START as ``to_array`` gives it (uint64): 1 starts a sentence, -1 (wrapped) does not, 0 unknown
_VALUE = {True: 1, False: int(numpy.array(-1).astype(numpy.uint64)), None: 0}
_READ = {v: k for k, v in _VALUE.items()}


class SentenceMarks:
    """``marks[i]`` is ``doc[i].is_sent_start``; ``marks[i] = v`` sets it once ``write`` runs."""

    __slots__ = ("doc", "values", "changed")

    def __init__(self, doc: Doc):
        self.doc = doc
        self.values = doc.to_array(SENT_START).tolist()
        self.changed = False

    def __getitem__(self, i: int) -> bool | None:
        return _READ[self.values[i]]

    def __setitem__(self, i: int, value: bool | None) -> None:
        self.values[i] = _VALUE[value]
        self.changed = True

    def write(self) -> None:
        """Set the marks on the document (as the setter does: never on a parsed one)."""
        if not self.changed:
            return
        if self.doc.has_annotation("DEP"):
            from spacy.errors import Errors
            raise ValueError(Errors.E043)
        self.doc.from_array([SENT_START], numpy.array(self.values, dtype=numpy.uint64))
