"""Loads the attribution and stance lexicons (``nlp/data/cues.yml``, ``stances.yml``) and the
given-name lists, and holds the small token helpers both entity and quote components need.

Every data file is found through package resources (``importlib.resources``), never from the
repository root, so an installed wheel reads the same lexicons as a checkout. ``word_lists``
reads a YAML file of named word lists once per process."""

from __future__ import annotations

import unicodedata
import weakref
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy
import yaml
from spacy.strings import hash_string

DATA = files("nlp") / "data"


def data_yaml(name: str):
    """``nlp/data/<name>`` parsed, read through package resources (so a wheel finds it). Callers
    cache what they build from it."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The named word lists of ``nlp/data/<name>``, each a frozenset of lower-case strings."""
    d = data_yaml(name)
    return {k: frozenset(str(w).lower() for w in v) for k, v in d.items()}


def _tsv(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            given, gender = line.split("\t")
            rows.append((given, gender))
    return rows


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, frozenset[str]]:
    """{"male": names, "female": names}: the US Census 1990 list, then the world list, then our
    own ``given_names.yml``, each later one winning where they disagree."""
    ours = yaml.safe_load((DATA / "given_names.yml").read_text(encoding="utf-8"))
    names: dict[str, set[str]] = {"male": set(), "female": set()}
    layers = [_tsv("given_names_census1990.tsv"), _tsv("given_names_world.tsv"),
              [(n, g) for g, ns in ours.items() for n in ns
               if n not in ours["male" if g == "female" else "female"]]]
    for layer in layers:
        for given, gender in layer:
            names["female" if gender == "male" else "male"].discard(given)
            names[gender].add(given)
    return {g: frozenset(ns) for g, ns in names.items()}


@lru_cache(maxsize=1)
def person_given_names() -> frozenset[str]:
    """Given names that make "Firstname Lastname" a person: ours and the world list (not the
    census list, which holds words such as "Paris", "Chase" and "Georgia")."""
    ours = yaml.safe_load((DATA / "given_names.yml").read_text(encoding="utf-8"))
    names = [n for ns in ours.values() for n in ns] + [n for n, _ in _tsv("given_names_world.tsv")]
    return frozenset(fold(str(n).lower()) for n in names)


def fold(text: str) -> str:
    """Accents off: "gráinne" -> "grainne", "théo" -> "theo"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def hyphen_word(tok) -> str:
    """"start-up" for the "up" of "start", "-", "up": the tokenizer splits hyphenated nouns."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def english_words(nlp) -> frozenset[str]:
    """Ordinary English words, from the model's own lemmatizer index (about 90,000 base forms
    of nouns, verbs, adjectives and adverbs). A capitalised word that is not one of them
    ("Oldacre", "Penwarden") is a name even at the start of a sentence; one that is
    ("Thimble", "Yarrow") needs its context. Empty for a model without that table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    return frozenset(w for words in table.values() for w in words)


# document -> {attribute: (the document's length, the attribute's array)}
_DOC_ARRAYS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def token_array(doc, attr: str):
    """``doc.to_array(attr)``, read once per document: spaCy reads every token anew at each
    call (about a millisecond for a long article), and the statement passes ask it per
    statement. For attributes fixed once the parser has run (ORTH, LOWER, LEMMA, IDX,
    SENT_START): the analysis components never change them; a document retokenized since
    (another length) is read again. The array is shared: read it, never write to it."""
    arrays = _DOC_ARRAYS.get(doc)
    if arrays is None:
        arrays = _DOC_ARRAYS[doc] = {}
    got = arrays.get(attr)
    if got is None or got[0] != len(doc):
        got = arrays[attr] = (len(doc), doc.to_array(attr))
    return got[1]



def head_positions(doc) -> list[int]:
    """Each token's head index (``doc[i].head.i``), read once per document from the HEAD array
    (spaCy stores the head as an offset): a pass that asks only where heads lie need not make
    two Token objects per word (``Token.head`` builds one more). The parser's heads are fixed
    once it has run (the analysis components never retokenize); the list is shared, never
    write to it."""
    arrays = _DOC_ARRAYS.get(doc)
    if arrays is None:
        arrays = _DOC_ARRAYS[doc] = {}
    got = arrays.get("_heads")
    if got is None or got[0] != len(doc):
        offsets = doc.to_array("HEAD").astype(numpy.int64)  # uint64: negative offsets wrap
        got = arrays["_heads"] = (len(doc), (numpy.arange(len(doc)) + offsets).tolist())
    return got[1]


def orth_positions(doc, text: str, attr: str = "ORTH") -> list[int]:
    """Indices, in order, of the tokens whose text is ``text`` (a comma, a colon; with ``attr``
    "LOWER", whose lower-case form is), read once per document and string from the ORTH (LOWER)
    array: the clause passes look for a comma in each statement's stretch, and need not make a
    Token of every word of it to find one (bisect the list for a stretch). Each hit is checked
    on its Token, so a hash collision cannot add one. The list is shared, never write to it."""
    arrays = _DOC_ARRAYS.get(doc)
    if arrays is None:
        arrays = _DOC_ARRAYS[doc] = {}
    got = arrays.get(("_at", attr, text))
    if got is None or got[0] != len(doc):
        hits = (token_array(doc, attr) == hash_string(text)).nonzero()[0].tolist()
        same = (lambda i: doc[i].text == text) if attr == "ORTH" else (lambda i: doc[i].lower_ == text)
        got = arrays[("_at", attr, text)] = (len(doc), [i for i in hits if same(i)])
    return got[1]

# lemma id -> the lemma lower-cased; per vocabulary, so cleared past a bound (a long crawl
# meets ever more words)
_LEMMA_LOWER: dict[int, str] = {}
_LEMMA_LOWER_MAX = 200_000
# document -> _DocLemmas: several passes ask one document, some the same words again
_DOC_LEMMAS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


class _DocLemmas:
    """A document's lemmas, read once: its distinct lemma ids by their lower-cased lemma (a
    word set is then a few dictionary lookups, not a test of every distinct lemma), the token
    positions sorted by id (an id's tokens are one slice of them, found by bisection: no pass
    over the document per word set), and the answers given (the report verbs are asked three
    times an article)."""
    __slots__ = ("length", "by_lemma", "ids", "order", "found")

    def __init__(self, lemmas, strings):
        if len(_LEMMA_LOWER) > _LEMMA_LOWER_MAX:
            _LEMMA_LOWER.clear()
        self.length = len(lemmas)
        self.order = numpy.argsort(lemmas, kind="stable")
        self.ids = lemmas[self.order]
        self.by_lemma: dict[str, list[int]] = {}
        for h in numpy.unique(self.ids).tolist():
            low = _LEMMA_LOWER.get(h)
            if low is None:
                low = _LEMMA_LOWER[h] = strings[h].lower()
            self.by_lemma.setdefault(low, []).append(h)
        self.found: dict[frozenset, list[int]] = {}

    def positions(self, words: frozenset[str]) -> list[int]:
        ids, order, by_lemma = self.ids, self.order, self.by_lemma
        out: list[int] = []
        for w in words:
            for h in by_lemma.get(w, ()):
                h = ids.dtype.type(h)
                out += order[ids.searchsorted(h, "left"):ids.searchsorted(h, "right")].tolist()
        out.sort()
        return out


def lemma_positions(doc, words: frozenset[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-cased lemma is one of ``words``.

    A pass that acts only on a cue word ("said", "sued") need not build a Token object for
    every word of the document to ask: the lemmas are read as one array of string ids (once
    per document), each distinct id's lemma is lower-cased once per vocabulary entry, and a
    word set is looked up among the document's lemmas (``_DocLemmas``). The list is a copy."""
    got = _DOC_LEMMAS.get(doc)
    if got is None or got.length != len(doc):  # a document retokenized since is read again
        got = _DOC_LEMMAS[doc] = _DocLemmas(token_array(doc, "LEMMA"), doc.vocab.strings)
    done = got.found.get(words)
    if done is None:
        done = got.found[words] = got.positions(words)
    return list(done)


def lower_positions(doc, words: frozenset[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-case form is one of ``words`` (lower-case),
    read from the LOWER array: a pass that looks for "in" or "to" before asking anything else
    need not build a Token of every word."""
    lower = token_array(doc, "LOWER")
    ids = numpy.array([hash_string(w) for w in words], dtype=lower.dtype)
    return numpy.isin(lower, ids).nonzero()[0].tolist()


# word string id -> whether the word has a capital; per vocabulary, cleared past a bound
_CAPPED: dict[int, bool] = {}
_CAPPED_MAX = 200_000
# document -> (its length, the positions found): the list is shared, never write to it
_DOC_UPPER: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def upper_positions(doc) -> list[int]:
    """Indices of the tokens with a capital letter, read from the words' string ids (each
    distinct word decided once per vocabulary): the passes that look for names need not make
    a Token of every word."""
    got = _DOC_UPPER.get(doc)
    if got is not None and got[0] == len(doc):  # two passes ask each document
        return got[1]
    if len(_CAPPED) > _CAPPED_MAX:
        _CAPPED.clear()
    orth = token_array(doc, "ORTH")
    strings = doc.vocab.strings
    # each distinct word decided once; its tokens found through the inverse of ``unique``
    # (``numpy.isin`` would sort the words again)
    words, where = numpy.unique(orth, return_inverse=True)
    capped = []
    for h in words.tolist():
        hit = _CAPPED.get(h)
        if hit is None:
            word = strings[h]
            hit = _CAPPED[h] = word != word.lower()
        capped.append(hit)
    found = numpy.array(capped, dtype=bool)[where].nonzero()[0].tolist() if any(capped) else []
    _DOC_UPPER[doc] = (len(doc), found)
    return found


def is_english(token, english: frozenset[str]) -> bool:
    """The token, or its base form ("Lawyers" -> lawyer), is an ordinary English word."""
    return token.lower_ in english or token.lemma_.lower() in english


def is_english_title_word(token, english: frozenset[str]) -> bool:
    """``is_english``, and a plural the model took for a name in Title Case ("Allegations",
    "Claims" as PROPN keep their -s in the lemma): for headline lines, where every word is
    capitalised."""
    if is_english(token, english):
        return True
    low = token.lower_
    return low.endswith("ies") and low[:-3] + "y" in english or low.endswith("s") and low[:-1] in english


@lru_cache(maxsize=1)
def world_places(path: str = str(DATA / "world_places.tsv")) -> frozenset[str]:
    """Real countries, US states and large cities (GeoNames, CC BY 4.0; see
    ``build_world_places.py``), lower-cased: "France" and "Hangzhou" are places even when the
    article lets them act ("France already charges a levy")."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0].lower() for line in lines if line and not line.startswith("#"))


# Marks after which a capital is the sentence's, not a name's (nlp/data/marks.yml).
OPENING_MARKS = word_lists("marks.yml")["opening_marks"]


def opens_clause(token) -> bool:
    """The token starts a sentence, a quotation or a clause after a colon or dash, where English
    capitalises any word."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return bool(token.is_sent_start) or prev is None or prev.text in OPENING_MARKS \
        or bool(prev.is_sent_start) and prev.is_punct
