"""Which capitalised words have a name's shape, read from the document's arrays.

``candidates.capitalised_words`` asks it of every capitalised word of an article (a fifth of
its words). Asked of spaCy Tokens that made a Token per word and read six attributes of each;
all but two are the word's own (its letters, its case, whether it is a stop word), the same
wherever it stands, so they are decided once per distinct word of the vocabulary; the part of
speech and the word after are read from the document's arrays. The answer is the same.
``may_split`` lets the names no way of ``candidates.split_of`` applies to through the same way.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string

from nlp.extensions import doc_text
from nlp.lexicon import token_array, upper_positions

# word string id -> its lower case when the word alone may be a name's ("Thimble", "LAION"),
# else None; per vocabulary, cleared past a bound (a long crawl meets ever more words)
_SHAPE: dict[int, str | None] = {}
_SHAPE_MAX = 200_000


def _word_shape(lex) -> str | None:
    """The lexical half of ``shaped``: capitalised and not all capitals, or all capitals and
    longer than four letters; letters only; no stop word. Its lower case, or None."""
    text = lex.orth_
    if not ((lex.is_alpha and text[:1].isupper() and not lex.is_upper
             or len(text) > 4 and lex.is_alpha and lex.is_upper) and not lex.is_stop):
        return None
    return lex.lower_


def shaped_positions(doc, not_names: frozenset[str], titles: frozenset[str],
                     pos_names: tuple[str, ...]) -> list[int]:
    """Indices, in order, of the capitalised words with a name's shape: letters only,
    capitalised but not all capitals (or all capitals and longer than four letters), no stop
    word, not in ``not_names``, with a part of speech of ``pos_names``, and not before a title
    ("Culture Minister X": ``titles``)."""
    ups = upper_positions(doc)
    if not ups:
        return []
    if len(_SHAPE) > _SHAPE_MAX:
        _SHAPE.clear()
    orth = token_array(doc, "ORTH")[ups].tolist()  # (numbers read one by one cost more)
    pos = doc.to_array("POS")[ups].tolist()  # read here: the part of speech is not among the arrays kept
    lower = token_array(doc, "LOWER")
    names_pos = {POS_IDS[p] for p in pos_names}
    vocab, strings, n = doc.vocab, doc.vocab.strings, len(doc)
    out = []
    for i, h, p in zip(ups, orth, pos):
        low = _SHAPE.get(h, False)
        if low is False:
            low = _SHAPE[h] = _word_shape(vocab[h])
        if low is None or low in not_names or p not in names_pos:
            continue
        if i + 1 < n and strings[int(lower[i + 1])] in titles:
            continue
        out.append(i)
    return out


@lru_cache(maxsize=8)
def _split_words(prepositions: frozenset[str], possessive: tuple[str, ...]) -> frozenset[int]:
    """The string ids of the words ``split_of`` splits a span at."""
    return frozenset(hash_string(x) for x in (",", "and", "of", *possessive, *prepositions))


def may_split(ent, prepositions: frozenset[str], possessive: tuple[str, ...]) -> bool:
    """Whether ``candidates.split_of`` could split the span: each of its ways needs a word of
    ``_split_words`` or a word ending in a full stop inside it. Most names hold neither and are
    let through on the document's LOWER array and text, with no Token or Span made (a span's
    text is the document's between its offsets; lower case keeps a full stop where it was)."""
    if "." in doc_text(ent.doc)[ent.start_char:ent.end_char]:
        return True
    words = _split_words(prepositions, possessive)
    return not words.isdisjoint(token_array(ent.doc, "LOWER")[ent.start:ent.end].tolist())
