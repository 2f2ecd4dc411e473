"""A firm's name with a number inside: "Quarry 3 Holdings", "Heron 2 Pictures".

The small model tags the number of such a name as a count ("3", CARDINAL), or ends a person's
span at it ("Quarry 3"); the run of name words (``candidates.unlabelled_runs``) stops at a
token inside another entity, and ``repeats.names_written_again`` cuts "Quarry 3" (from a later
"Quarry 3’s") out of the first mention again, so the name comes out as "Quarry 3" (which rule
``version_number`` makes a product) and "Holdings", an organisation of its own that takes the
statements of the firm. A reader reads a capitalised name word, a number and a firm's suffix
("Holdings", "Pictures", "Labs") as one name; so does rule ``number_inside_org_name``
(``nlp/data/entity_rules.yml``), after ``names_written_again``: the candidates (or bare words)
before and after such a number become one candidate, labelled as an organisation. The short
form "Quarry 3’s" then joins its group (``grouping.group``: ``short_form_of_org``), where its
number casts no ``version_number`` vote (``numbered_firm``). Never over a gazetteer's name; the
number is written in digits and is a one-token count of the model's (or no entity).
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.entity_typing.words import TypeWords, is_name_token


def _number(t) -> bool:
    return t.text.isdigit() and len(t.text) <= 4


def numbered_org_names(cands: list[Span], ent_at: dict[int, Span], w: TypeWords,
                       rule) -> tuple[list[Span], list[Span]]:
    """(the candidates with each "name word + number + org suffix" joined into one, the joined
    spans, to trace)."""
    if rule is None or not cands:
        return cands, []
    doc = cands[0].doc
    joined: list[Span] = []
    taken: set[int] = set()
    for i in range(1, len(doc) - 1):
        t, before, after = doc[i], doc[i - 1], doc[i + 1]
        if not _number(t) or i in taken:
            continue
        e = ent_at.get(i)
        if e is not None and (e.kb_id_ or (e.label_ == "CARDINAL" and len(e) > 1)):
            continue
        if e is not None and e.label_ not in ("CARDINAL", "PERSON", "ORG", "PRODUCT", "GPE", "WORK_OF_ART"):
            continue
        if not (after.text[:1].isupper() and after.is_alpha and after.lower_ in w.org_suffixes):
            continue
        if not (is_name_token(before, w) or before.text[:1].isupper() and before.is_alpha):
            continue
        if any(x is not None and x.kb_id_ for x in (ent_at.get(i - 1), ent_at.get(i + 1))):
            continue  # a gazetteer's name next to it: the number is not this name's
        if any(c.start <= i - 1 and i + 2 <= c.end for c in cands):
            continue  # one name already ("Heron 2 Pictures" mended by ``names_written_again``)
        start, end = i - 1, i + 2
        for c in cands:
            if c.start <= i - 1 < c.end:
                start = min(start, c.start)
            if c.start <= i + 1 < c.end:
                end = max(end, c.end)
        if doc[start].is_sent_start and start == i - 1 and doc[start].lower_ in w.not_names:
            continue
        span = Span(doc, start, end, label="ORG")
        joined.append(span)
        taken.update(range(start, end))
    if not joined:
        return cands, []
    kept = [c for c in cands if taken.isdisjoint(range(c.start, c.end))]
    return kept + joined, joined


def numbered_firm(mentions: list[Span], w: TypeWords) -> bool:
    """A name whose longest mention is a firm's with a number inside ("Quarry 3 Holdings"): its
    short form "Quarry 3" ends in that number, which is no version (rule ``version_number``
    does not vote on the name)."""
    full = max(mentions, key=len)
    return len(full) >= 3 and full[-1].lower_ in w.org_suffixes and any(_number(t) for t in full[1:-1])
