"""Attribution: who said what, and who declined to say anything.

The spaCy component ``claimtrack_quotes`` (``component.py``) finds, in one pass over a parsed
document:

* direct quotes in straight, curly, single and guillemet marks, including a quote that runs
  over several paragraphs (``marks.py``, ``quoted.py``);
* mixed quotes: reported speech carrying a quoted fragment (told X it was "possible" that ...);
* reported speech: a cue verb with a clausal complement, an inverted attribution, and
  "according to X" (``reported.py``);
* no-comments: declined to comment, did not respond, could not be reached (``nocomments.py``).

Each statement is attributed to a speaker by named rules (``speakers.py``): the subject of its
cue verb, a pronoun or "the company" resolved to the last person or organisation named
(``context.py``), a role ("a spokesperson for X") resolved to the organisation it speaks for, a
document ("the lawsuit says") resolved to who stands behind it (``standing.py``), or, for a
quote with no cue, the subject of the sentence before or the speaker of the quote before.
Each statement is one ``Quote`` (``record.py``) turned into the contract's dict in one place;
the rules that decided it go to ``doc._.rule_trace``. Words are data: ``nlp/data/cues.yml``
(``words.py``).
"""

from nlp.attribution import component  # noqa: F401  (registers the factory)
from nlp.attribution.marks import Segment, find_segments, is_title

__all__ = ["Segment", "find_segments", "is_title"]
