"""The end of a person's name the model got wrong: honours it ran in, a given name it cut.

Both repairs matter for what comes after the span: a person is mentioned again by surname, and
the surname is read from the full name's last words. "Mara Ellison CBE" ends in "CBE", so a
later "Ellison" finds no full name and is typed (and attributed) as a party of its own; "Kim
Seo" (the model stops at the hyphen of "Seo-yeon") becomes a name nobody wrote.

* ``post_nominal_not_in_name``: honours and post-nominal letters after a name ("CBE", "KC",
  "MP", "PhD"; the rule's ``words``) are not the name's words: cut from the end of a span of
  two or more capitalised words before them, and a lone honour the model tagged as a name of
  its own right after a name is dropped ("Tobias Marchbank" + "KC").
* ``hyphenated_given_name_after_surname``: "Rep. Kim Seo-yeon said": a given name written
  after the surname (East Asian order) whose second syllable the model left out, because it
  follows a hyphen in lower case. The person span takes the hyphen and the syllable in, when
  they are glued to its last word and the syllable is no English word ("Ellison-led",
  "Seo-based" are compounds, not names).

Called by the component on the candidates before they are grouped (a few tokens read per
candidate, set lookups only); each returns the spans it changed, for the trace.
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.words import given

HYPHENS = frozenset({"-", "‐", "‑"})


def _honour(t, words: frozenset[str]) -> bool:
    """An honour as news writes it: capitalised ("CBE", "PhD", "Esq."), one of ``words``."""
    return t.text[:1].isupper() and t.lower_.rstrip(".") in words


def post_nominals_cut(cands: list, rule) -> tuple[list, list[Span]]:
    """Rule ``post_nominal_not_in_name`` (see the module): (candidates, the spans cut or
    dropped). A span keeps at least two words ("Vexa MP" is left alone: too little of a name
    is left to be sure the last word is an honour), and only a person's is cut (the model's
    label, or a known given name first): a firm's name may end in capitals."""
    if rule is None:
        return cands, []
    words = rule.words
    out, changed = [], []
    ends = {c.end for c in cands if c is not None and len(c) >= 2}
    for c in cands:
        if c is None:
            out.append(c)
            continue
        end = c.end
        while end - c.start > 2 and _honour(c.doc[end - 1], words):
            end -= 1
        if end != c.end and (c.label_ == "PERSON" or given(c[0])) \
                and all(t.is_alpha and t.text[:1].isupper() for t in c.doc[c.start:end][-2:]):
            c = Span(c.doc, c.start, end, label=c.label_)
            changed.append(c)  # the name left, traced
        elif len(c) == 1 and _honour(c[0], words) and c.start in ends | {e + 1 for e in ends if
                                                                            c.doc[e].text == ","}:
            changed.append(c)  # "Tobias Marchbank KC": the letters tagged as a name of their own
            continue
        out.append(c)
    return out, changed


def hyphen_syllable_joined(cands: list, english: frozenset[str], rule) -> tuple[list, list[Span]]:
    """Rule ``hyphenated_given_name_after_surname`` (see the module): (candidates, the spans
    widened). Only the model's people of two words or more, and only a lower-case syllable
    glued to the span by a hyphen that is not an English word (nor a capitalised word: a
    double-barrelled surname the model cut is another matter)."""
    if rule is None or not english:
        return cands, []
    out, widened = [], []
    for c in cands:
        if c is not None and c.label_ == "PERSON" and len(c) >= 2 and c.end + 1 < len(c.doc):
            doc, end = c.doc, c.end
            hyphen, syl = doc[end], doc[end + 1]
            if c[-1].whitespace_ == "" and hyphen.text in HYPHENS and hyphen.whitespace_ == "" \
                    and syl.is_alpha and syl.is_lower and syl.lower_ not in english and syl.ent_iob_ != "B" \
                    and c[-1].text[:1].isupper():
                c = Span(doc, c.start, end + 2, label=c.label_)
                widened.append(c)
        out.append(c)
    return out, widened
