"""The start of a person's name the model got wrong: a title or role word it ran in.

"Advocate Mara Ellison for Tessaly argued ...", "Justice Tobin R Baker held ...", "Former
Treasury Secretary Ada Vell said ...": the model takes the title (and the words that qualify
it) into the span, and then often calls the whole an organisation ("Advocate Mara Ellison" as
ORG). Two things go wrong after that: the person is no party of attribution, and a later
"Ellison said" finds no person whose surname it is (an organisation's name is no person's), so
it is typed and attributed as a party of its own.

* ``title_opens_person_span``: a span whose first words (at most three) end in a title or role
  word (the rule's ``words``: "Advocate", "Justice", "Representative", "Ambassador",
  "Secretary", ...) followed by two to four capitalised words that read as a person's name (a
  known given name first, or an initial between two words: "Tobin R Baker") loses the words up
  to the title. The title is then the word before the name, which the typer's ``title_before``
  reads as it reads "Judge Ashdown". Not when the name's last word ends a body's name
  ("Secretary Mara Holdings Ltd").

* ``department_opens_person_span``: "Director of Geo-analytics Quen Mao", tagged "Geo-analytics
  Quen Mao": after a title and "of", the department's words (ordinary English words) the model
  ran into the name are cut off (``department_heads_cut``).

Called by the component on the candidates before they are grouped (a few tokens read per
candidate of three words or more, set lookups only); returns the spans it changed, for the trace.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.words import given
from nlp.lexicon import is_english_title_word

MAX_HEAD = 3  # "U.N. Ambassador", "Former Treasury Secretary": the title and what qualifies it


def _capital(t) -> bool:
    return t.text[:1].isupper()


def _initial(t) -> bool:
    """"R", "R.", "M.": one capital letter, as a middle initial is written."""
    s = t.text.rstrip(".")
    return len(s) == 1 and s.isupper()


def _person_name(words: Span, suffixes: frozenset[str]) -> bool:
    """Two to four capitalised words read as a person's name: a known given name first, or an
    initial between two words; no body's last word ("Ltd", "Group")."""
    if not 2 <= len(words) <= 4 or not all(_capital(t) for t in words):
        return False
    if words[-1].lower_.rstrip(".") in suffixes or not words[-1].is_alpha:
        return False
    return given(words[0]) or (len(words) == 3 and _initial(words[1]) and words[0].is_alpha)


def title_heads_cut(cands: list, rule, suffixes: frozenset[str]) -> tuple[list, list[Span]]:
    """Rule ``title_opens_person_span`` (see the module): (candidates, the spans cut)."""
    if rule is None:
        return cands, []
    words = rule.words
    out, changed = [], []
    for c in cands:
        if c is not None and len(c) >= 3 and _capital(c[0]):
            cut = None
            for k in range(min(MAX_HEAD, len(c) - 2)):
                t = c[k]
                if not _capital(t):
                    break
                if t.lower_.rstrip(".") in words and _person_name(c[k + 1:], suffixes):
                    cut = k + 1  # the last title of the head: "U.N. Ambassador" + name
            if cut is not None:
                c = Span(c.doc, c.start + cut, c.end, label=c.label_)
                changed.append(c)
        out.append(c)
    return out, changed


def _department_end(c: Span, english: frozenset[str]) -> int:
    """How many words open ``c`` as a department's: ordinary English words, a hyphenated word
    counted by its last part ("Geo-analytics"), and "and" or "&" between them."""
    i = 0
    while i < len(c):
        j = i
        while j + 2 < len(c) and c[j + 1].text == "-" and not c[j].whitespace_ and not c[j + 1].whitespace_:
            j += 2  # "Geo" "-" "technology": read by "technology"
        w = c[j]
        if w.is_alpha and (is_english_title_word(w, english) or i > 0 and w.lower_ in ("and", "&")):
            i = j + 1
            continue
        break
    return i


def department_heads_cut(cands: list, rule, english: frozenset[str],
                         suffixes: frozenset[str]) -> tuple[list, list[Span]]:
    """Rule ``department_opens_person_span``: "Vexa's Director of Geo-analytics Quen Mao says
    ... Mao said", which the model tags "Geo-analytics Quen Mao": a span right after a title
    (``words``) and "of" whose first words are a department's (ordinary English words) and
    whose last two or three are capitalised words that are none loses the department's words,
    so the later surname finds the person. Not when the last word ends a body's name
    ("Director of Research Quen Holdings"). (candidates, the spans cut)"""
    if rule is None or not english:
        return cands, []
    out, changed = [], []
    for c in cands:
        if c is not None and len(c) >= 3 and c.start >= 2 and c.doc[c.start - 1].lower_ == "of" \
                and c.doc[c.start - 2].lower_.rstrip(".") in rule.words:
            k = _department_end(c, english)
            rest = c[k:]
            if 1 <= k and 2 <= len(rest) <= 3 and all(_capital(t) and t.is_alpha for t in rest) \
                    and rest[-1].lower_ not in suffixes:
                c = Span(c.doc, c.start + k, c.end, label=c.label_)
                changed.append(c)
        out.append(c)
    return out, changed
