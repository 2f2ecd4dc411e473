"""Before the model: the tokenizer mended and a sentence start at each paragraph and dateline.

The one step of ours that runs before the parser (``claimtrack_datelines``). A headline has no
full stop to end it, so each line opens a sentence; a dateline ("SARNIC, Estrevia (Kitewire) -")
ends one; a title with a colon inside a sentence does not (``nlp/title_colons.py``), nor an
abbreviation's full stop before a word that cannot open one (``nlp/abbreviations.py``). The
dateline's span is also what the gazetteer and attribution read to keep its place name from
being taken for a speaker (``dateline_spans``). Kept apart from ``entities.py``, which holds
the gazetteer and the canonical names that run after the model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from nlp.abbreviations import WORDS as ABBREVIATIONS, join_abbreviations
from nlp.extensions import doc_text
from nlp.sentence_marks import SentenceMarks
from nlp.title_colons import join_title_colons

# "PORT CALDER, Oct 3 (Meridian Wire) - " and "CALDER CITY — ": the dateline is not the subject
# of the first sentence, but the parser, given one run of text, often makes it so. A hyphen
# ends a dateline only before a space ("SAG-AFTRA says ..." opens with a name, not a dateline),
# or after the agency's bracket: "PORT CALDER (Meridian Wire) -Tessaly's privacy agency said".
DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?){0,2}\s*(?:\([^)\n]{2,40}\))?\s*(?:[—–][-—–]*|-+(?=\s|$)|(?<=\))-+(?=[A-Z])|(?<=\) )-+(?=[A-Z]))\s*",
    re.MULTILINE)


# "June 4 (Meridian Wire) - Orrin Labs sued ...", "Nov 14 (Calder Radio) - Voice actors ...": a wire dateline with a
# date and no place also ends a sentence (its date is no place: ``dateline_places`` reads only
# DATELINE).
DATE_DATELINE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"
    r"\([^)\n]{2,40}\)\s*(?:[—–][-—–]*|-+(?=\s|$))\s*", re.MULTILINE)
NEWLINE = re.compile("\n")
TITLES = sorted(ABBREVIATIONS["titles"])


def dateline_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in DATELINE.finditer(text)]


# Punctuation that pages glue to a name: "Dec. 5, 2024.(AP Photo/...)" (a full stop and a bracket
# with no space, which the tokenizer keeps in one token with "AP") and the wrong-way apostrophe
# of "Brantley‘s" (typed for "’s", which the tokenizer splits off and "‘s" it does not).
GLUED_INFIXES = (r"(?<=[\w)])\.(?=\()", r"(?<=\.)\((?=\w)")
WRONG_WAY_SUFFIXES = (r"(?<=\w)‘[sS]$",)
# a dash glued to the next word's capital: "PORT CALDER (Meridian Wire) -Tessaly's agency said", "-Orrin Labs"
# as a list's bullet
GLUED_PREFIXES = (r"^-+(?=[A-Z])",)


def mend_tokenizer(nlp: Language) -> None:
    """Split the glued punctuation above, the model's own rules kept; "‘s" reads as "’s" to the
    model (same norm). Tokens, not characters, change: offsets stay the article's."""
    tok = nlp.tokenizer
    keep_titles_whole(tok)
    infix = getattr(tok.infix_finditer, "__self__", None)
    suffix = getattr(tok.suffix_search, "__self__", None)
    prefix = getattr(tok.prefix_search, "__self__", None)
    if infix is None or suffix is None or prefix is None or GLUED_INFIXES[0] in infix.pattern:
        return  # a tokenizer without compiled rules, or mended already
    tok.infix_finditer = re.compile("|".join((infix.pattern, *GLUED_INFIXES))).finditer
    tok.suffix_search = re.compile("|".join((suffix.pattern, *WRONG_WAY_SUFFIXES))).search
    tok.prefix_search = re.compile("|".join((prefix.pattern, *GLUED_PREFIXES))).search
    for form in ("‘s", "‘S"):
        nlp.vocab[form].norm_ = "'s"


def keep_titles_whole(tok) -> None:
    """"Sens. Rowan Pell", "Pres. Ilse Marr": a title written short that the model's tokenizer
    does not know ("Sen." it does) loses its full stop to a token of its own, which the parser
    then reads as a sentence's end, whatever ``sentence.abbreviation`` marked. One token, as
    for "Sen." (titles of ``nlp/data/abbreviations.yml``, capitalised)."""
    for word in TITLES:
        form = word.capitalize() + "."
        if form not in tok.rules:
            tok.add_special_case(form, [{ORTH: form}])


@Language.factory("claimtrack_datelines", assigns=["token.is_sent_start"], default_config={"disabled": []})
def make_datelines(nlp: Language, name: str, disabled: list[str]):
    """The dateline marker; its factory also mends the tokenizer (``mend_tokenizer``), the one
    step of ours that comes before the model's. ``disabled``: rule names switched off, as for
    the other components (``sentence.title_colon``, ``sentence.abbreviation`` are this step's
    named rules)."""
    mend_tokenizer(nlp)
    off = {"title_colons": "sentence.title_colon" in disabled,
           "abbreviations": "sentence.abbreviation" in disabled}
    if any(off.values()):
        return partial(mark_datelines, **{k: not v for k, v in off.items()})
    return mark_datelines


def mark_datelines(doc: Doc, title_colons: bool = True, abbreviations: bool = True) -> Doc:
    """Runs before the parser: a sentence starts at each paragraph (a headline has no full
    stop to end it) and after a paragraph's dateline.

    The token after each newline is found from the newline's offset among the tokens' start
    offsets (the tokens tile the text), not by a pass over every token: a few dozen lookups
    instead of a Token object per word."""
    text = doc_text(doc)
    marks = SentenceMarks(doc)  # written back once: each Token.is_sent_start set is a pass
    starts = doc.to_array("IDX").tolist() if "\n" in text else []
    for i in sorted({bisect_right(starts, m.start()) for m in NEWLINE.finditer(text)}):
        if i < len(doc) and not doc[i].is_space:  # i: the token after the one holding the newline
            marks[i] = True
    if title_colons:
        join_title_colons(doc, text, marks)  # "Magic: The Gathering fans said ...": one sentence
    if abbreviations:
        join_abbreviations(doc, text, marks)  # "the U.S. District Court said ...": one sentence
    for m in (*DATELINE.finditer(text), *DATE_DATELINE.finditer(text)):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            marks[span.start] = True
            for i in range(span.start + 1, min(span.start + 3, len(doc))):
                if marks[i] is None:
                    marks[i] = False
    marks.write()
    return doc
