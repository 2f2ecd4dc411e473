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

Called by the component on the candidates before they are grouped (a few tokens read per
candidate of three words or more, set lookups only); returns the spans it changed, for the trace.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.words import given

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
