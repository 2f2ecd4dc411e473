"""A real place at the front of a span that runs on past the name: "US AI", "U.S. Circuit",
"Beijing Court Awards AI".

The small model often takes a place and the words after it for one name. Those words are part
of the place's name only when they name something the place holds ("China Mobile", "UK Music",
"the U.S. District Court for ..."); these kinds of following words never do, and there the place
is a name of its own and the rest is no name:
- a field alone ("US AI models", "China AI firms"): the place modifies, as "a US judge" does;
- the words of a title before a judge's title ("U.S. Circuit Judge X", "U.S. District Judge
  Y"): the court's words belong to the judge's title (title_words drops them), the country is
  named on its own (the gold sets count "U.S." in a judge's title as a place); so are a title's
  words before a name ("US Senator Orla Prentiss", "Calder Governor X"): the person is named
  after them, the place is the office's;
- a chart's first word before its number ("the UK Top 40"), with the field words in ``exact``;
- on a headline line, ordinary English words ("Beijing Court Awards AI ...", "China Denies
  Allegations"): Title Case capitalises every word, so the capitals after the place mark no
  name; the headline names nothing but its places (``decide``'s country_or_polity, the
  ``headline`` decision).

The rule is the decisions row ``place_opens_span`` of ``nlp/data/entity_rules.yml``: ``exact``
the field words, ``words`` the words of a title, ``then`` the titles of a judge.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.candidates import name_key
from nlp.entity_typing.words import place_kinds
from nlp.lexicon import is_english_title_word

# A place's own name is at most this many words ("Washington, D.C." aside): "New York", "Hong Kong".
MAX_PLACE_WORDS = 3


def _place_end(span: Span) -> int | None:
    """The end of the longest real place (``world_places.tsv``) the span opens with, short of
    the whole span."""
    kinds = place_kinds()
    for k in range(min(len(span) - 1, MAX_PLACE_WORDS), 0, -1):
        if name_key(span[:k]) in kinds:
            return span.start + k
    return None


def _rest_is_no_name(rest: Span, headline: set[int], english: frozenset[str], rule) -> bool:
    """The words after the place are a field, a title before a judge's title, or a headline's
    ordinary words (see the module docstring)."""
    rest = [t for t in rest if not t.is_space]  # a headline span can take the line's end
    if all(t.text in rule.exact for t in rest):
        return True
    doc, end = rest[0].doc, rest[-1].i + 1
    after = doc[end] if end < len(doc) else None
    if after is not None and all(t.lower_.rstrip(".") in rule.words for t in rest) and (
            after.lower_.rstrip(".") in rule.then  # "U.S. Circuit Judge X"
            or rest[0].i not in headline and after.is_alpha and after.text[:1].isupper()):  # "US Senator X"
        return True
    return rest[0].i in headline and bool(english) and all(
        t.text in rule.exact or t.is_stop or t.is_alpha and is_english_title_word(t, english) for t in rest)


def place_opens_span(cands: list[Span], headline: set[int], english: frozenset[str],
                     rule) -> tuple[list[Span], list[Span]]:
    """(candidates with each such span cut to its place, the spans that were cut, to trace)."""
    out, cut = [], []
    for c in cands:
        end = _place_end(c) if len(c) >= 2 else None
        if end is not None and _rest_is_no_name(c.doc[end:c.end], headline, english, rule):
            out.append(Span(c.doc, c.start, end, label="GPE"))
            cut.append(c)
        else:
            out.append(c)
    return out, cut
