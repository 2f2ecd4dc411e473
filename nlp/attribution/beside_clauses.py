"""Clauses and phrases set beside a reported clause that the parser hangs inside it, but that
are another party's words or the writer's (issue 12 session 12). Read by ``reported.py``
(``_bounds``) and ``quoted.py`` (``_mixed_end``) after ``statement.other_speaker_clause``, which
needs the parser to have found the second report's verb and its subject; these read the words.

- ``statement.other_report_unparsed``: "three-quarters said P, and more than 4 in 10 said Q"
  with the second "said" parsed as an adjective, or "..., while a new super PAC started by X
  has reported spending Q" with the subject hung on the participle: an opener, a noun phrase
  (no pronoun: "P while it pledged Q" is P's party) and a finite verb of reporting is another
  report, found (or not) from its own cue.
- ``statement.as_did_other``: "they will not back Mr. Trump, as has Carlos A. Gimenez": an
  auxiliary standing for the clause's verb with a subject after it compares another party's
  act; the writer's words, not the speaker's.
- ``statement.other_share_clause``: "about half of voters say P, while about 4 in 10 want Q",
  "Nearly half said P and about the same numbers would rather Q": when a share of a surveyed
  population speaks, a clause beside the answer whose subject is another share (or the same
  population) is the next figure of the poll, set there by the writer.
- ``statement.share_comparison``: "60 percent said P, double the number who said the same of
  Q", "..., up from 51 percent": the writer's comparison of a poll figure.

Words are data (``nlp/data/beside_clauses.yml``); each rule looks only at the words of the
clause it is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml
from spacy.tokens import Token

from nlp.attribution.context import Context

UNPARSED = "statement.other_report_unparsed"
AS_DID = "statement.as_did_other"
SHARE = "statement.other_share_clause"
COMPARISON = "statement.share_comparison"
TENSED = ("VBD", "VBZ", "VBP", "MD")
SUBJECT_WORDS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "ADP", "PUNCT", "CCONJ", "PART")


@dataclass(frozen=True)
class Words:
    ellipsis: frozenset[str]
    shares: frozenset[str]
    contrast: frozenset[str]
    joining: frozenset[str]
    comparisons: tuple[tuple[str, ...], ...]
    point_change: re.Pattern


@lru_cache(maxsize=1)
def words() -> Words:
    d = yaml.safe_load((files("nlp") / "data" / "beside_clauses.yml").read_text(encoding="utf-8"))
    return Words(frozenset(d["ellipsis_auxiliaries"]), frozenset(d["share_words"]),
                 frozenset(d["contrast_openers"]), frozenset(d["joining_openers"]),
                 tuple(tuple(p.split()) for p in d["comparison_openers"]),
                 re.compile(d["point_change"], re.IGNORECASE))


def beside_end(ctx: Context, cue: Token, left: Token, right: Token) -> tuple[Token, str] | None:
    """The clause's last word before the first clause or phrase of another party or of the
    writer that the rules of this module find in ``left..right``, and that rule; else None."""
    share = _share_subject(ctx, cue)
    for x in ctx.doc[left.i + 1: right.i + 1]:
        if ctx.in_quote[x.i]:
            continue
        rule = _unparsed_report(ctx, x, right) or _as_did(ctx, x, right) \
            or (share is not None and (_share_clause(ctx, x, right, share) or _comparison(ctx, x, right)))
        if rule:
            end = _before(ctx, x, left)
            if end is not None:
                return end, rule
    return None


def _before(ctx: Context, x: Token, left: Token) -> Token | None:
    """The last word before ``x`` and the commas and conjunctions in front of it."""
    doc, cut = ctx.doc, x.i
    while cut > left.i and (doc[cut - 1].pos_ == "CCONJ" or doc[cut - 1].is_punct
                            and not doc[cut - 1].is_quote):
        cut -= 1
    return doc[cut - 1] if cut - 1 > left.i else None


def _opener(ctx: Context, x: Token, openers: frozenset[str], comma: bool) -> bool:
    """``x`` opens a clause set beside the one before: one of ``openers`` (after a comma when
    ``comma``), not "and that" (the same cue's second clause)."""
    doc = ctx.doc
    return x.lower_ in openers and x.i + 1 < len(doc) and doc[x.i + 1].lower_ != "that" \
        and (not comma or _after_comma(ctx, x))


def _after_comma(ctx: Context, x: Token) -> bool:
    """A comma or semicolon right before ``x``, or before the closing mark right before it."""
    doc = ctx.doc
    prev = doc[x.i - 1]
    if prev.is_quote and not prev.is_left_punct and x.i > 1:
        prev = doc[x.i - 2]
    return prev.text in (",", ";")


def _subject_then_verb(ctx: Context, x: Token, right: Token, limit: int = 18) -> tuple[list[Token], Token] | None:
    """The words after the opener ``x`` up to the first tensed verb, and that verb, when they
    can be its subject: a noun phrase (no pronoun, no other verb but a participle with "by",
    no quote, no "that"), within ``limit`` words and the clause."""
    doc, subj = ctx.doc, []
    for y in doc[x.i + 1: min(x.i + 1 + limit, right.i + 1)]:
        if ctx.in_quote[y.i] or y.lower_ == "that" and y.tag_ != "DT" \
                or y.tag_ in ("PRP", "WP", "WDT", "EX"):
            return None
        if y.tag_ in ("VBN", "VBD") and y.i + 1 < len(doc) and doc[y.i + 1].lower_ == "by" and subj:
            subj.append(y)  # "a super PAC started by a former aide has reported ..."
            continue
        if y.tag_ in TENSED or y.pos_ == "AUX":
            return (subj, y) if any(s.pos_ in ("NOUN", "PROPN", "NUM") for s in subj) else None
        if y.pos_ not in SUBJECT_WORDS or y.pos_ == "PUNCT" and y.text not in ("-", "–"):
            return None
        subj.append(y)
    return None


def _unparsed_report(ctx: Context, x: Token, right: Token) -> str | None:
    if not ctx.on(UNPARSED) or not _opener(ctx, x, words().contrast | words().joining, x.lower_ in words().joining):
        return None
    found = _subject_then_verb(ctx, x, right)
    if found is None:
        return None
    verb = found[1]
    while verb.pos_ == "AUX" or verb.tag_ == "MD":  # "has reported": the verb after its auxiliary
        if verb.i + 1 > right.i:
            return None
        verb = ctx.doc[verb.i + 1]
    if verb.lemma_.lower() not in ctx.cues.report_verbs or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") \
            or verb.i + 1 < len(ctx.doc) and ctx.doc[verb.i + 1].lower_ == "by":
        return None  # (", and the figures reported by the agency ...": no report of its own)
    if any(c.dep_ == "nsubj" and c in found[0] for c in verb.children):
        return None  # the parser linked them: statement.second_speaker / other_speaker_clause
    return UNPARSED


def _as_did(ctx: Context, x: Token, right: Token) -> str | None:
    doc = ctx.doc
    if not ctx.on(AS_DID) or x.lower_ != "as" or not _after_comma(ctx, x) or x.i + 2 > right.i:
        return None
    aux, nxt = doc[x.i + 1], doc[x.i + 2]
    if aux.lower_ not in words().ellipsis or nxt.pos_ not in ("DET", "PROPN", "NOUN", "NUM", "ADJ") and nxt.tag_ != "PRP$" \
            or nxt.tag_ in ("VBN", "VBG"):
        return None  # ("as has been reported", "as did so many": not a subject after it)
    return AS_DID


def _share_subject(ctx: Context, cue: Token) -> set[str] | None:
    """The nouns of the cue's subject when it is a share of a surveyed population ("47 percent",
    "Nearly half", "three-quarters of the voters"), else None."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.lemma_.lower() in words().shares or subj.tag_ == "CD"
                            or subj.lower_ in words().shares):
        return None
    return {t.lemma_.lower() for t in subj.subtree if t.pos_ in ("NOUN", "PROPN")}


def _share_clause(ctx: Context, x: Token, right: Token, population: set[str]) -> str | None:
    w = words()
    if not ctx.on(SHARE):
        return None
    contrast = _opener(ctx, x, w.contrast, True)
    if not contrast and not _opener(ctx, x, w.joining, False):
        return None
    found = _subject_then_verb(ctx, x, right, limit=8)
    if found is None:
        return None
    subj, verb = found
    if verb.lemma_.lower() in ctx.cues.report_verbs:
        return None  # "..., and 4 in 10 said Q": a report of its own (the rules above)
    head = next((t for t in reversed(subj[:next((i for i, t in enumerate(subj) if t.lower_ == "of"), len(subj))])
                 if t.pos_ in ("NOUN", "NUM", "ADJ")), None)
    counted = head is not None and (head.tag_ == "CD" or head.lemma_.lower() in w.shares
                                    or head.lower_ in w.shares)
    same = contrast and any(t.lemma_.lower() in population for t in subj if t.pos_ == "NOUN")
    return SHARE if counted or same else None


def _comparison(ctx: Context, x: Token, right: Token) -> str | None:
    doc = ctx.doc
    if not ctx.on(COMPARISON) or x.i == 0 or not _after_comma(ctx, x):
        return None
    after = [t.lower_ for t in doc[x.i: min(x.i + 4, right.i + 1)]]
    if any(tuple(after[:len(p)]) == p for p in words().comparisons):
        return COMPARISON
    rest = doc[x.i: min(x.i + 8, right.i + 1)]
    return COMPARISON if words().point_change.search(rest.text) else None
