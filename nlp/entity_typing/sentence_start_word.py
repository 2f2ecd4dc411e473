"""A common word capitalised only because it opens a sentence is no name: "Shock turned to
dismay as the singers heard the demo, saying ...", "Peers argued the bill went too far ...",
"Publishers say the summaries take their readers".

The model tags such a word as a one-word organisation or person, and the attribution gives the
statement to that "party" (a wrong party, the worst error) instead of leaving the subject as
written or resolving it as a group. Rule ``capital_of_sentence_start_not_name``: a one-word
name the typer kept (never a gazetteer's) is dropped when it is the first word of its sentence
or line, is the plural of an ordinary English noun (the model's lemmatizer index; a singular
word such as "Grommet" or "Larkspur" names companies too often), and
the article never writes it with a capital anywhere else (a surname such as "Young" or a
company such as "Canvas" is written again mid-sentence: kept), nor joined to another name ("Arbalest
and Orrin Labs signed": a list of names). The model's own one-word plurals
are dropped earlier (``common_plural_at_sentence_start``, nlp/entities.py); this rule reads what
that one cannot: the typer's own runs, and (``untagged_start_words``, any ordinary word, singular
too: "Shock turned to dismay as ...") the sentence-opening proper nouns no span holds, which ``speaker.untagged_name`` would otherwise
take for a name.

Cost: only one-word names at a sentence's start (a few per article); one array comparison of
the document's word ids each.
"""

from __future__ import annotations

from spacy.attrs import ORTH, SENT_START
from spacy.tokens import Doc, Span

from nlp.lexicon import is_english_title_word, token_array

RULE = "capital_of_sentence_start_not_name"
# "Leaked documents show ...", "Outright victory is vital", "Coder and lawyer Mara Ellison ...":
# a singular word the tagger reads as no noun at all (a participle, adjective, adverb or verb)
NOT_NOUN_RULE = "non_noun_at_sentence_start_not_name"
NOT_NOUN_TAGS = frozenset({"VBN", "VBD", "VBG", "VB", "VBP", "JJ", "JJR", "JJS", "RB"})
MODIFIER_RULE = "common_noun_modifier_at_sentence_start_not_name"
LABELS = ("PERSON", "ORG", "OUTLET")


def _opens(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text \
        or "\n" in doc[i - 1].whitespace_


def _common(t, english: frozenset[str]) -> bool:
    return t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and is_english_title_word(t, english)


def _plural(t, english: frozenset[str]) -> bool:
    """A plural of an ordinary English noun ("Peers", "Publishers"): a name the typer kept is
    dropped only then; a singular word ("Grommet", "Larkspur") is too often a company's name."""
    low = t.lower_
    return _common(t, english) and low.endswith("s") and not low.endswith("ss") \
        and (low[:-1] in english or low.endswith("ies") and low[:-3] + "y" in english
             or t.lemma_.lower() != low and t.lemma_.lower() in english)


def _only_at_starts(doc: Doc, t) -> bool:
    """The word is written with this capital only where a sentence or line opens."""
    same = (token_array(doc, ORTH) == t.orth).nonzero()[0]
    return all(_opens(doc, int(j)) for j in same)


def _listed_with_name(t, others: set[int]) -> bool:
    """"Arbalest and Orrin Labs signed": a word joined to another name is one of a list of names."""
    near = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
    return any(x.i in others for x in near)


def _not_noun(t, english: frozenset[str]) -> bool:
    """Rule ``non_noun_at_sentence_start_not_name``: an ordinary English word the tagger reads as
    no noun ("Leaked documents", "Outright victory", "Halfway into", "Coder and lawyer X" read as
    a verb): a name's word is tagged a proper noun even where the model does not know it."""
    return t.tag_ in NOT_NOUN_TAGS and _common(t, english)


def _common_modifier(t, english: frozenset[str]) -> bool:
    """Rule ``common_noun_modifier_at_sentence_start_not_name``: "Voice actors in Japan call for
    ...", "Music publishers say ...": an ordinary English word in the singular (the tagger's
    common or proper noun: it reads a capital at a line's start either way) that modifies the
    lower-case noun right after it is the first word of a noun phrase, capitalised by its place
    ("member_compound" would otherwise read it as the organisation of "actors")."""
    if t.tag_ not in ("NN", "NNP") or t.dep_ != "compound" or t.head.i != t.i + 1 or not _common(t, english):
        return False
    head = t.head
    return head.pos_ == "NOUN" and head.is_lower and head.is_alpha


def sentence_start_words(doc: Doc, spans: list[Span], english: frozenset[str],
                         others: list[Span] = (), not_nouns: bool = False, modifiers: bool = False,
                         ) -> tuple[list[Span], list[Span], list[Span], list[Span]]:
    """(spans kept, spans dropped as plurals, spans dropped as no nouns, spans dropped as
    common nouns modifying the next): see the module. ``others``: the names not retyped (a word
    joined to one of them or of ``spans`` is kept); ``not_nouns``, ``modifiers``: rules
    ``non_noun_at_sentence_start_not_name``, ``common_noun_modifier_at_sentence_start_not_name`` are on."""
    if not english:
        return spans, [], [], []
    kept, dropped, no_nouns, common = [], [], [], []
    names = {i for e in list(spans) + list(others) if len(e) > 1 or e.label_ not in LABELS
             for i in range(e.start, e.end)}
    for s in spans:
        t = s[0]
        if len(s) == 1 and s.label_ in LABELS and _opens(doc, t.i) and _plural(t, english) \
                and _only_at_starts(doc, t) and not _listed_with_name(t, names):
            dropped.append(s)
            continue
        if not_nouns and len(s) == 1 and s.label_ in LABELS and _opens(doc, t.i) and _not_noun(t, english) \
                and _only_at_starts(doc, t) and not _listed_with_name(t, names):
            no_nouns.append(s)
            continue
        if modifiers and len(s) == 1 and s.label_ in LABELS and _opens(doc, t.i) and _common_modifier(t, english) \
                and _only_at_starts(doc, t) and not _listed_with_name(t, names):
            common.append(s)
            continue
        kept.append(s)
    return kept, dropped, no_nouns, common


def untagged_start_words(doc: Doc, named: set[int], english: frozenset[str]) -> set[int]:
    """The sentence-opening proper nouns outside any name (``named``: token positions) that are
    such a common word: "Shock turned to dismay ..." left untagged by the model, which the
    attribution would otherwise take for an untagged name. One look per sentence."""
    if not english:
        return set()
    out = set()
    for i in (token_array(doc, SENT_START) == 1).nonzero()[0]:
        t = doc[int(i)]
        if t.pos_ == "PROPN" and t.i not in named and t.i + 1 < len(doc) and doc[t.i + 1].pos_ != "PROPN" \
                and _common(t, english) and _only_at_starts(doc, t):
            out.add(t.i)
    return out
