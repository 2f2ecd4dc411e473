"""A headline printed with a full stop: "Orrin And Vexa Slam The Plan." as a page's first line.

``title_case_tokens`` reads a line as a headline only when it ends without a full stop (a body
sentence dense with names, "... told the Internet Archive.", may capitalise half its words).
Some sources print the headline as the article's first line with a full stop after it. Its
Title Case capitals then count as names: a verb or noun of the headline is taken into the name
before it ("Varga Slam", "Ellison Ally", "Vell Challenger"), which becomes the canonical name of
the body's "Varga" and takes that person's statements.

* ``headline_first_line_with_stop``: the document's FIRST line, ended by a closing mark and
  followed by more text, is a headline when every ordinary English word after its first word
  is capitalised but the function words (spaCy's stop words: "to", "of", "and"), at least two
  of them capitalised (stricter than for a line without a stop, where half will do: one
  lower-case verb, "Bay Area News Group sued Orrin Labs.", makes it a sentence). Its tokens are
  then headline tokens, and the names there are decided as on any headline (the ``headline``
  decision).

Cost: the first line's text split once per document; its tokens only when it is short and
ends with a closing mark.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.extensions import doc_text
from nlp.lexicon import is_english_title_word

MAX_WORDS = 25  # a headline is short; a first paragraph is not read word by word
CLOSING_STOP = frozenset(".?!’”'\"")  # "... Slam The Plan." / "... ‘Never For Varga.’"


def first_line_headline(doc: Doc, english: frozenset[str], headline: set[int]) -> list[Span]:
    """[the first line] when it is a headline ended by a full stop (see the module), or [] (also
    when ``title_case_tokens`` read it as a headline already)."""
    text = doc_text(doc)  # (cached: not joined again)
    end = text.find("\n")
    if end < 0 or not text[end:].strip():
        return []  # one line: a sentence, no page with a headline
    line = text[:end].split()
    if not 3 <= len(line) <= MAX_WORDS or line[-1][-1:] not in CLOSING_STOP:
        return []  # read on the text first: a long first line is a paragraph (no Token made)
    body = []
    for t in doc:
        if t.idx >= end:
            break
        if not t.is_space:
            body.append(t)
    if len(body) < 3 or body[0].i in headline:
        return []
    words = [x for x in body[1:] if x.is_alpha and is_english_title_word(x, english)]
    caps = sum(x.text[:1].isupper() for x in words)
    if caps >= 2 and all(x.text[:1].isupper() or x.is_stop for x in words):
        return [Span(doc, body[0].i, body[-1].i + 1)]
    return []
