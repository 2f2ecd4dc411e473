"""Which spans are names to type: the model's entities, mended, and capitalised runs it missed.

The model's span is often wrong at its edges ("Emeka" left outside "Drayton", "Brindle Inc bar
them" run on) or holds two names ("Cassius Brantley of Halcyra"); in agency copy a capital
mid-sentence marks a name the tagger may call an adjective ("Thimble"). Each function here does
one of those repairs; the component (``component.py``) calls them in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from nlp.datelines import DATELINE
from nlp.entities import PARTNER_JOINS, not_entities
from nlp.entity_typing.shapes import may_split, shaped_positions
from nlp.entity_typing.words import TypeWords, given, is_name_token, place_kinds
from nlp.extensions import doc_ents, doc_text, span_text
from nlp.lexicon import is_english, is_english_title_word, opens_clause, token_array, upper_positions, word_lists

# Parts of speech a capitalised word may have and still be a name the tagger missed.
NAME_LIKE_POS = ("PROPN", "NOUN", "ADJ", "VERB", "ADV", "X")
CLOSING_MARKS = word_lists("marks.yml")["closing_marks"]
POSSESSIVE = ("'s", "’s", "‘s")  # the last typed the wrong way round


_POSSESSIVE_END = re.compile(r"['’‘]s$")


def name_key(span: Span) -> str:
    """The key mentions of one name share: lower case, possessive off. The text is cut from the
    document's (``doc_text``): ``span.text`` makes a Token of each word to join them."""
    return _POSSESSIVE_END.sub("", doc_text(span.doc)[span.start_char:span.end_char].lower())


def name_head(span: Span) -> str:
    """The word a name is named for: its last word before a lower-case word ("court" in
    "District Court for the Northern District of Calder"), else its last word."""
    for t in span[1:]:
        if t.is_lower and t.is_alpha:
            return span[t.i - span.start - 1].lower_
    return span[-1].lower_


def surname_key(span: Span) -> str:
    """"pemberton-ayre" from "Hollis Pemberton-Ayre", "baek" from "Jun-ho Baek"."""
    return _POSSESSIVE_END.sub("", " ".join(span_text(span).split()[1:]).lower())


def capitalised_words(doc: Doc, words: TypeWords, headline: set[int],
                      known: frozenset | dict = frozenset(),
                      english: frozenset[str] = frozenset()) -> set[int]:
    """Tokens that are names by their capital alone, whatever the tagger said: "licences with
    Thimble and Ottoline" (tagged an adjective), "Ferrule, a start-up in Lisset" (a noun at the
    start of a sentence). A capital in the middle of a sentence marks a name in agency copy;
    at the start of a sentence, or after a quotation mark or colon, it counts only when the
    same word is capitalised mid-sentence elsewhere in the document or an apposition follows,
    when other articles typed it (``known``), or when it is no English word (``english``).
    ``headline``: the tokens of headline lines (``title_case_tokens``), where capitals mean nothing."""
    # a name's shape (``shapes.py``), "Culture Minister X" not: a Token made only for those
    shapes = list(map(doc.__getitem__, shaped_positions(doc, words.not_names, words.titles, NAME_LIKE_POS)))
    opening = {t.i for t in shapes if opens_clause(t)}
    mid = {t.lower_ for t in shapes if t.i not in opening and t.i not in headline}
    text = doc_text(doc)  # a span's text is the document's between its offsets (no Token made)
    mid |= {text[e.start_char:e.end_char].lower() for e in doc_ents(doc) if len(e) == 1}
    out = set()
    for t in shapes:
        if t.i in headline and t.lower_ not in known:
            continue
        if t.i not in opening or t.lower_ in mid or t.lower_ in known:
            out.add(t.i)
        elif english and not is_english(t, english) and t.pos_ in ("PROPN", "NOUN", "ADJ") \
                and t.tag_ != "NNS":  # a plural opening its sentence: "Spokespeople for X said"
            out.add(t.i)  # "Oldacre is represented by ..."
        elif t.i + 2 < len(doc) and doc[t.i + 1].text == "," and doc[t.i + 2].lower_ in words.indefinite_articles:
            out.add(t.i)  # "Ferrule, a start-up in Lisset, ..."
    accepted = {doc[i].lower_ for i in out}
    # "Pellucid, a start-up ..." then "Pellucid's chief executive": the same word, the same name
    out |= {t.i for t in shapes if t.lower_ in accepted and t.i not in headline}
    return out


def title_case_tokens(doc: Doc, english: frozenset[str]) -> set[int]:
    """Tokens of headline lines ("Publisher Sues Start-Up Over Training Data"), where a capital
    marks nothing: a line without a closing full stop whose ordinary English words after the
    first are capitalised, at least three of them and half of all, or every one of at least two
    (a subhead: "Publisher Denies Claims"). A sentence dense with names ends with a full stop
    ("... the White House would respond to the Internet Archive.")."""
    out: set[int] = set()
    if not english:
        return out
    text = doc_text(doc)
    idx = token_array(doc, "IDX").tolist()
    a = 0
    # a line: the tokens between two space tokens holding a newline; a paragraph's line ends
    # with a full stop, so its last token is read alone and its words only for the few others
    for b in [m.start() for m in re.finditer("\n", text)] + [len(text)]:
        i, j = bisect_left(idx, a), bisect_left(idx, b)
        a = b + 1
        last = next((doc[k] for k in range(j - 1, i - 1, -1) if not doc[k].is_space), None)
        if last is None or last.text in CLOSING_MARKS:
            continue
        body = [x for x in doc[i:j] if not x.is_space]
        words = [x for x in body[1:] if x.is_alpha and is_english_title_word(x, english)]
        caps = sum(x.text[:1].isupper() for x in words)
        if caps >= 3 and caps >= 0.5 * len(words) or caps >= 2 and caps == len(words):
            out.update(x.i for x in body)
    return out


def partners(ent: Span) -> bool:
    """"Quint, Halvorsen & Marsh LLP": single names joined by commas and then "&" (or "+") are
    one firm's name, not a list."""
    joins = [t.i - ent.start for t in ent if t.text in PARTNER_JOINS]
    if not joins:
        return False
    head = ent[:joins[-1]]
    return all((t.text == ",") == bool(j % 2) and (j % 2 or t.text[:1].isupper() and t.is_alpha)
               for j, t in enumerate(head))


def split_of(ent: Span, w: TypeWords) -> list[Span]:
    """"Cassius Brantley of Halcyra" as one span: a person and an organisation. "Harbourne
    in the Pradelle Civil Tribunal": a name runs up to a lower-case preposition. "two
    developers, Gimlet and Wickmoor": two names in apposition to a plural are two, and so
    is "Gimlet and Wickmoor" as one title or place ("X and Y" as one person may be a firm).

    Longer than most: seven ways one span holds two names, tried in order, each a few lines;
    the first that applies splits and the parts are split again."""
    if len(ent) and not may_split(ent, w.name_end_prepositions, POSSESSIVE):
        return [ent]  # (most names: none of the words below is in them)
    doc = ent.doc
    for t in ent[:-1]:  # "LAION-5B. Tveit said": the tokenizer kept the full stop
        if t.text.endswith(".") and len(t.text) > 4 and not re.fullmatch(r"(?:[A-Za-z]\.)+", t.text) \
                and t.text[:-1].lower() not in w.abbreviations and doc[t.i + 1].text[:1].isupper():
            return [s for part in (Span(doc, ent.start, t.i + 1, label=ent.label_),
                                   Span(doc, t.i + 1, ent.end, label=""))
                    for s in split_of(part, w)]
    for t in ent[1:-1]:  # "Pellucid, Winifred and Fernback AI": a list the model took as one
        if t.text == "," and not partners(ent) and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper() \
                and doc[t.i - 1].lower_.rstrip(".") not in w.comma_suffixes:
            return [s for part in (Span(doc, ent.start, t.i, label=ent.label_),
                                   Span(doc, t.i + 1, ent.end, label=ent.label_))
                    for s in split_of(part, w) if len(s)]
    for t in ent[1:-1]:  # "Winifred's Cadenza": an owner and what it owns ("People's Court": one name)
        if t.lower_ in POSSESSIVE and doc[t.i + 1].text[:1].isupper() and doc[t.i - 1].lower_ not in w.name_possessives:
            return [Span(doc, ent.start, t.i, label=""), Span(doc, t.i + 1, ent.end, label="")]
    for t in ent[1:-1]:  # "Winifred and Fernback AI", but not "Quint and Halvorsen LLP"
        if t.lower_ == "and" and t.i - ent.start == 1 and ent[-1].lower_ in w.org_suffixes \
                and ent[-1].lower_ not in w.firm_suffixes and doc[t.i - 1].text[:1].isupper():
            return [Span(doc, ent.start, t.i, label=""), Span(doc, t.i + 1, ent.end, label=ent.label_)]
    if len(ent) == 3 and ent[1].lower_ == "and" and ent[2].dep_ == "conj" and ent[2].head.i == ent.start \
            and (ent[0].dep_ == "appos" and ent[0].head.tag_ == "NNS"
                 or ent.label_ in ("WORK_OF_ART", "PRODUCT", "GPE", "LOC", "FAC")) \
            and all(t.text[:1].isupper() for t in (ent[0], ent[2])):
        return [Span(doc, ent.start, ent.start + 1, label=""), Span(doc, ent.end - 1, ent.end, label="")]
    for t in ent:
        if t.i > ent.start and t.lower_ == "and" and doc[t.i - 1].lower_ in w.org_suffixes \
                and t.i + 1 < ent.end and is_name_token(doc[t.i + 1], w):
            # "Yarrow Books and Thimble": two organisations, not one
            return [Span(doc, ent.start, t.i, label=ent.label_), Span(doc, t.i + 1, ent.end, label=ent.label_)]
        if t.i > ent.start and t.lower_ in w.name_end_prepositions and t.text.islower():
            rest = [Span(doc, t.i + 1, ent.end, label="")] if t.i + 1 < ent.end \
                and is_name_token(doc[t.i + 1], w) else []
            return [Span(doc, ent.start, t.i, label=ent.label_)] + rest
    for t in ent:
        if t.lower_ == "of" and t.i > ent.start:
            left, right = doc[ent.start:t.i], doc[t.i + 1:ent.end]
            if len(left) >= 2 and given(left[0]) and len(right) and right[0].text[:1].isupper():
                return [Span(doc, left.start, left.end, label="PERSON"),
                        Span(doc, right.start, right.end, label="ORG")]
    return [ent]


def trim(ent: Span) -> Span | None:
    """"Brindle Inc bar them", "Hester Labs and": a name ends at its last capitalised word
    (or number: "Reverie 2", or a word of other characters: "LAION-5B"); lower-case words,
    punctuation ("Bezos-" of "Bezos-backed", "tech &") and a possessive after it belong to the
    sentence. A span with no capital or digit at all ("n’t") is no name."""
    if len(ent) > 1 and ent[0].lower_ == "the":  # "the Vellmouth Packet": the name follows
        ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)

    def keeps(t: Token) -> bool:
        return t.text[:1].isupper() or t.like_num or not (t.is_alpha or t.is_punct or t.text in PARTNER_JOINS
                                                          or t.lower_ in POSSESSIVE)
    end = ent.end
    while end > ent.start and not keeps(ent.doc[end - 1]):
        end -= 1
    if end == ent.start or not any(c.isupper() or c.isdigit() for c in span_text(ent.doc[ent.start:end])):
        return None
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def role_after_hyphen(tok: Token, w: TypeWords) -> bool:
    """"Singer-songwriter Mara Ellison", "Co-founder X": a lower-case word after the hyphen that
    is a noun for a person ("songwriter", "founder") makes the hyphenated word a role, not a
    given name such as "Hyun-woo" (the guard of rule ``hyphenated_given_name``, which reads the
    same words); the name starts after it."""
    return tok.lower_ in w.person_nouns or tok.lemma_.lower() in w.person_nouns


def widen(ent: Span, ents: list[Span], ent_at: dict[int, Span], w: TypeWords) -> Span:
    """"Emeka" + "Drayton": a given name the model left outside the person's span, or a
    surname after the span's end.

    Longer than most: each widening is one condition on the tokens next to the span and must
    run in this order (a hyphenated given name before a hyphenated surname, the start before
    the end)."""
    doc, start = ent.doc, ent.start
    inside = ent_at.keys()  # the tokens inside any of ``ents`` (built once per document)
    while start > 0 and start - 1 not in inside and is_name_token(doc[start - 1], w) \
            and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end \
            and (given(doc[start - 1]) or ent[-1].lower_ in w.org_suffixes):
        start -= 1  # "Emeka" + "Drayton"; "Lisset" + "Gazette"
    if start >= 3 and doc[start - 2].text == "-" and doc[start - 1].is_lower and doc[start - 1].is_alpha \
            and not role_after_hyphen(doc[start - 1], w) \
            and doc[start - 3].text[:1].isupper() and doc[start - 3].is_alpha \
            and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_ \
            and not {start - 3, start - 2, start - 1} & inside:
        start -= 3  # "Hyun-woo" + "Bae": a hyphenated given name
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and start - 2 not in inside \
            and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
        start -= 2  # "Lindgren" + "-" + "Obi"

    def loose(i: int) -> bool:  # outside any entity, or a one-word guess of the model's
        e = ent_at.get(i)
        return i not in inside or e is not None and len(e) == 1 and not e.kb_id_
    while ent[-1].lower_ in w.org_suffixes and start > 0 and loose(start - 1) \
            and is_name_token(doc[start - 1], w) and not doc[start - 1].is_sent_start:
        start -= 1  # "Gaskell" + "Ormerod LLP"
    end = ent.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha \
            and ent.label_ == "PERSON":
        end += 2  # "Lindgren" + "-" + "Obi"
    while end < len(doc) and end not in inside and is_name_token(doc[end], w) \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        end += 1  # "Rufus" + "Odhiambo": the model's span stopped inside the name
    if end + 1 < len(doc) and doc[end].text in ("'", "’") and doc[end - 1].lower_.endswith("s") \
            and doc[end + 1].lower_ in w.org_suffixes and (
                end + 1 not in inside or len(ent_at[end + 1]) == 1 and not ent_at[end + 1].kb_id_):
        end += 2  # "the Audiobook Narrators' Union"
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


# "Brindle6", "Quillon7": a name with digits glued to its letters (is_alpha is False for it)
GLUED = re.compile(r"[A-Z][a-z]{2,}\d{1,4}[A-Za-z]*")


def glued_digits(t: Token) -> bool:
    """Rule ``letters_and_digits_name``: "Brindle6" is a name's word, though not all letters."""
    return not t.is_alpha and GLUED.fullmatch(t.text) is not None


def unlabelled_runs(doc: Doc, ents: list[Span], headline: set[int], w: TypeWords,
                    known: frozenset | dict, english: frozenset[str]) -> list[Span]:
    """Proper-noun runs the model left untagged; they count only if evidence types them."""
    inside = {i for e in ents for i in range(e.start, e.end)}
    capitalised = capitalised_words(doc, w, headline, known, english)
    runs, after = [], 0
    # a run opens only on a word with a capital (a name word, a capitalised one, letters glued
    # to digits), so only those are looked at first; the run is then read word by word until
    # a word breaks it
    n = len(doc)
    for first in upper_positions(doc):
        if first < after:
            continue
        if first in inside:  # (most capitals are in an entity: no run, and no Token made)
            after = first + 1
            continue
        cur = []
        for t in map(doc.__getitem__, range(first, n)):
            joined = cur and t.text == "-" and t.i + 1 < len(doc) and not t.whitespace_ \
                and is_name_token(doc[t.i + 1], w)
            joined = joined or (cur and t.text in PARTNER_JOINS and t.i + 1 < len(doc)  # "Marrable & Quint"
                                and is_name_token(doc[t.i + 1], w) and t.i + 1 not in inside)
            joined = joined or (cur and t.lower_ in POSSESSIVE and cur[-1].lower_ in w.name_possessives
                                and t.i + 1 < len(doc) and is_name_token(doc[t.i + 1], w))  # "People's Court"
            joined = joined or (len(cur) == 1 and t.lower_ == "of" and cur[0].lower_ in w.org_suffixes
                                and t.i + 1 < len(doc) and is_name_token(doc[t.i + 1], w)
                                and t.i + 1 not in inside)
            if t.i not in inside and (is_name_token(t, w) or t.i in capitalised or joined
                                      or glued_digits(t) or (
                    cur and doc[t.i - 1].text == "-" and is_name_token(t, w))):
                cur.append(t)
                continue
            break
        after = first + len(cur) + 1  # the word that broke the run opens none either
        if cur:
            runs.append(cur)
    stop = not_entities()
    return [Span(doc, r[0].i, r[-1].i + 1, label="") for r in runs
            if (len(r) - sum(x.lower_ in POSSESSIVE for x in r) <= 4 or r[-1].lower_ in w.court_words)
            and doc[r[0].i:r[-1].i + 1].text not in stop]


def dateline_places(doc: Doc, fixed: list[Span], w: TypeWords) -> list[Span]:
    """"NORVALE, Calder, June 3 (Kitewire) -": the words before the agency are places."""
    out = []
    gaz = {i for e in fixed for i in range(e.start, e.end)}
    for m in DATELINE.finditer(doc_text(doc)):
        head = m.group(0).split("(")[0]
        for pm in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’.]*(?:[ -][A-Z][\w'’.]*)*", head):
            word = pm.group(0)
            if word.lower() in w.not_names:
                continue
            span = doc.char_span(m.start() + pm.start(), m.start() + pm.end(), alignment_mode="contract")
            if span is not None and len(span) and not gaz.intersection(range(span.start, span.end)):
                out.append(Span(doc, span.start, span.end, label="GPE"))
    return out


def _court_name_word(t: Token, w: TypeWords) -> bool:
    """A word of a court's or committee's own name: "Northern", "Ninth", "9th", "D.C."."""
    return t.text[:1].isupper() and not t.is_punct and t.lower_ not in w.not_names \
        or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_))


def _name_tail(doc: Doc, end: int, blocked: set[int], w: TypeWords) -> int:
    """Where a court's or committee's name ends that runs on at ``end``: "for the Northern
    District of Calder", "of Appeals for the Ninth Circuit", "on Strategic Competition"."""
    while end < len(doc) and doc[end].lower_ in w.court_name_links and doc[end].is_lower:
        j = end + 1
        j += j < len(doc) and doc[j].lower_ == "the"
        k = j
        while k < len(doc) and k not in blocked and (
                _court_name_word(doc[k], w) or k > j and doc[k].lower_ in ("of", "the")
                and k + 1 < len(doc) and _court_name_word(doc[k + 1], w)):
            k += 1
        if k == j:
            break
        end = k
    return end


def court_names(cands: list[Span], ents: list[Span], fixed: list[Span], w: TypeWords) -> list[Span]:
    """"District Court" + "for the Northern District of Calder", "House Select Committee" +
    "on Trade": a court's or committee's name runs on after its court or committee word, over
    the pieces the model made of it, and takes in the place before it ("U.S." + "District
    Court for ..."). A known organisation of the gazetteer stops it."""
    words = w.court_words | w.committee_words
    blocked = {i for e in fixed if e.label_ not in ("GPE", "LOC") for i in range(e.start, e.end)}
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    joined = []
    for c in cands:
        if not any(t.lower_ in words for t in c):
            continue
        end = _name_tail(c.doc, c.end, blocked, w)
        if end == c.end:
            continue
        start, before = c.start, ent_at.get(c.start - 1)
        place = (trim(before) or before) if before is not None and before.end == c.start else None
        if place is not None and (place.label_ in ("GPE", "LOC", "NORP") or name_key(place) in place_kinds()):
            start = place.start  # "the U.S." + "District Court for the ..."
        joined.append(Span(c.doc, start, end, label="ORG"))
    if not joined:
        return cands
    taken = {i for j in joined for i in range(j.start, j.end)}
    return [c for c in cands if not taken.intersection(range(c.start, c.end))] + joined
