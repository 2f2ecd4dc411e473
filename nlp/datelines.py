"""Before the model: the tokenizer mended and a sentence start at each paragraph and dateline.

The one step of ours that runs before the parser (``claimtrack_datelines``). A headline has no
full stop to end it, so each line opens a sentence; a dateline ("SARNIC, Estrevia (Kitewire) -")
ends one; a title with a colon inside a sentence does not (``nlp/title_colons.py``). The
dateline's span is also what the gazetteer and attribution read to keep its place name from
being taken for a speaker (``dateline_spans``). Kept apart from ``entities.py``, which holds
the gazetteer and the canonical names that run after the model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from nlp.extensions import doc_text
from nlp.title_colons import join_title_colons

# "PORT CALDER, Oct 3 (Meridian Wire) - " and "CALDER CITY — ": the dateline is not the subject
# of the first sentence, but the parser, given one run of text, often makes it so.
DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?){0,2}\s*(?:\([^)\n]{2,40}\))?\s*[-—–]+\s*",
    re.MULTILINE)


NEWLINE = re.compile("\n")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in DATELINE.finditer(text)]


# Punctuation that pages glue to a name: "Dec. 5, 2024.(AP Photo/...)" (a full stop and a bracket
# with no space, which the tokenizer keeps in one token with "AP") and the wrong-way apostrophe
# of "Brantley‘s" (typed for "’s", which the tokenizer splits off and "‘s" it does not).
GLUED_INFIXES = (r"(?<=[\w)])\.(?=\()", r"(?<=\.)\((?=\w)")
WRONG_WAY_SUFFIXES = (r"(?<=\w)‘[sS]$",)


def mend_tokenizer(nlp: Language) -> None:
    """Split the glued punctuation above, the model's own rules kept; "‘s" reads as "’s" to the
    model (same norm). Tokens, not characters, change: offsets stay the article's."""
    tok = nlp.tokenizer
    infix = getattr(tok.infix_finditer, "__self__", None)
    suffix = getattr(tok.suffix_search, "__self__", None)
    if infix is None or suffix is None or GLUED_INFIXES[0] in infix.pattern:
        return  # a tokenizer without compiled rules, or mended already
    tok.infix_finditer = re.compile("|".join((infix.pattern, *GLUED_INFIXES))).finditer
    tok.suffix_search = re.compile("|".join((suffix.pattern, *WRONG_WAY_SUFFIXES))).search
    for form in ("‘s", "‘S"):
        nlp.vocab[form].norm_ = "'s"


@Language.factory("claimtrack_datelines", assigns=["token.is_sent_start"], default_config={"disabled": []})
def make_datelines(nlp: Language, name: str, disabled: list[str]):
    """The dateline marker; its factory also mends the tokenizer (``mend_tokenizer``), the one
    step of ours that comes before the model's. ``disabled``: rule names switched off, as for
    the other components (``sentence.title_colon`` is this step's one named rule)."""
    mend_tokenizer(nlp)
    if "sentence.title_colon" in disabled:
        return partial(mark_datelines, title_colons=False)
    return mark_datelines


def mark_datelines(doc: Doc, title_colons: bool = True) -> Doc:
    """Runs before the parser: a sentence starts at each paragraph (a headline has no full
    stop to end it) and after a paragraph's dateline.

    The token after each newline is found from the newline's offset among the tokens' start
    offsets (the tokens tile the text), not by a pass over every token: a few dozen lookups
    instead of a Token object per word."""
    text = doc_text(doc)
    starts = doc.to_array("IDX").tolist() if "\n" in text else []
    for i in sorted({bisect_right(starts, m.start()) for m in NEWLINE.finditer(text)}):
        if i < len(doc) and not doc[i].is_space:  # i: the token after the one holding the newline
            doc[i].is_sent_start = True
    if title_colons:
        join_title_colons(doc, text)  # "Magic: The Gathering fans said ...": one sentence
    for m in DATELINE.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            for t in doc[span.start + 1: min(span.start + 3, len(doc))]:
                if t.is_sent_start is None:
                    t.is_sent_start = False
    return doc
