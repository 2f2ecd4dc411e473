"""Words the passes took for a statement that are no one's statement (issue 12, session 15:
precision on the real AI-IP sets; each kind counted in at least three sets by different writers
before it was written).

Both rules look only at the statement's own sentence (the cue is found among its tokens), once
per statement the passes already found: no walk over the document.

- ``statement.fronted_not_content``: a statement found BEFORE its cue (inverted "P, X said",
  a loose coordinated clause, "P, according to X, Q") is not what the cue reports when the
  words before it are the cue's own subject ("Quillfire, founded by ... and backed by Calder Bank,
  denies the allegations"), an adverbial of the cue (a prepositional phrase "In what I find a
  compelling argument, X asserts that ..."; a clause of time or reason "So when Y sued, ..., X
  countered"), a fragment ending on a conjunction ("The terms were not revealed, but
  according to a source, ..."), or when the cue already has its own complement after it, an
  infinitive or a that-clause ("..., but through a settlement, Brannock pledged to undertake
  ...": what was pledged follows).
- ``statement.naming_not_said``: a naming verb (cues.yml ``name_giving_verbs``: call, dub, name,
  describe ...) as a participle describing a noun ("The bill, called the “X Act,” would
  require ...", "a voice called “Wren” appeared", "a model described as a “40-billion-
  parameter” model") gives a name or a description, not a statement; "X called the case
  “baseless”" (a finite verb with its object) still reports X, and so does a free relative
  ("what they call a “bootlegging business model”": aiip-dev19 annotates it, dev17 and dev26
  do not).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.strings import hash_string
from spacy.tokens import Token

from nlp.attribution.context import Context
from nlp.attribution.record import Quote
from nlp.lexicon import token_array

# The rules that place a statement before its cue.
FRONTED = frozenset({"statement.inverted", "statement.inverted_cue_first", "statement.loose_coordinated",
                     "statement.according_to_parenthetical", "statement.inverted_plural_cue",
                     "statement.inverted_continues"})
# A clause that opens with these is an adverbial of the verb after it, not its content.
ADVERBIAL_MARKS = frozenset({"when", "whenever", "as", "while", "after", "before", "once", "since",
                             "because", "although", "though", "so"})
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»", "„"})


def without_non_statements(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """The statements less those the two rules find are no one's statement."""
    fronted, naming = ctx.on("statement.fronted_not_content"), ctx.on("statement.naming_not_said")
    if not (fronted or naming):
        return quotes
    out = []
    for q in quotes:
        if fronted and FRONTED.intersection(q.rules) and _fronted_not_content(ctx, q):
            continue
        if naming and q.cue and _naming(ctx, q):
            continue
        out.append(q)
    return out


def _sentence_range(ctx: Context, q: Quote) -> tuple[int, int]:
    """The token bounds of the sentences the statement starts and ends in (found by offset):
    the sentences tile the document, so they are one stretch of tokens."""
    a = max(0, bisect_right(ctx.sent_starts, q.start) - 1)
    b = max(a, bisect_right(ctx.sent_starts, max(q.start, q.end - 1)) - 1)
    sents = ctx.sents[a:b + 1]
    return (sents[0].start, sents[-1].end) if sents else (0, 0)


def _cue_token(ctx: Context, bounds: tuple[int, int], q: Quote, after: bool | None) -> Token | None:
    """The token of the statement's cue nearest to its span: after its end (``after``), before
    its start (not ``after``), or either. Its candidates are found in the LOWER array (a Token
    is made only of the words spelled as the cue's first word, not of every word of the
    sentences: asked of every statement with a cue)."""
    first = (q.cue or "").split()[0].lower() if q.cue else ""
    if not first:
        return None
    doc, (lo, hi) = ctx.doc, bounds
    hits = (token_array(doc, "LOWER")[lo:hi] == hash_string(first)).nonzero()[0].tolist()
    best, dist = None, None
    for i in hits:
        t = doc[lo + i]
        if t.lower_ != first or q.start <= t.idx < q.end:
            continue
        if after is True and t.idx < q.end or after is False and t.idx >= q.start:
            continue
        d = t.idx - q.end if t.idx >= q.end else q.start - t.idx
        if dist is None or d < dist:
            best, dist = t, d
    return best


def _fronted_not_content(ctx: Context, q: Quote) -> bool:
    bounds = _sentence_range(ctx, q)
    inside = [t for t in ctx.doc[bounds[0]:bounds[1]] if q.start <= t.idx < q.end and not t.is_space]
    words = [t for t in inside if t.is_alpha]
    if not words:
        return False
    if words[-1].pos_ == "CCONJ" or words[-1].lower_ in ("but", "and", "or", "yet"):
        return True  # "The terms were not revealed, but": a clause cut at its conjunction
    cue = _cue_token(ctx, bounds, q, after=True)
    if cue is None or q.cue and q.cue.lower().startswith("according"):
        return False
    ids = {t.i for t in inside}
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and {t.i for t in words} <= {t.i for t in subj.subtree}:
        return True  # the words are who speaks: "Quillfire, founded by ..., denies the claims"
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    if roots and all(r.head.i == cue.i for r in roots):
        heads = [r for r in roots if not r.is_punct]
        if len(heads) == 1 and heads[0].dep_ == "prep" and heads[0].pos_ == "ADP":
            return True  # "In what I find a compelling argument, X asserts that ..."
        if any(r.dep_ == "advcl" and (words[0].lower_ in ADVERBIAL_MARKS or any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ADVERBIAL_MARKS for c in r.children))
               for r in heads if r is heads[0] or r.dep_ == "advcl") \
                and not any(r.dep_ in ("ccomp", "parataxis", "conj") for r in heads):
            return True  # "So when Y sued, claiming ..., X countered"
    # the cue's own content follows it: "..., X pledged to undertake ...", "..., X asserts that ..."
    # (an infinitive, or a clause opened by "that": a parenthetical cue inside one statement,
    # "Where a model is trained, X told Y, is a question ...", leaves a bare clause)
    return any(c.i > cue.i and c.i not in ids and (c.dep_ == "xcomp" or c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) for c in cue.children)


def _naming(ctx: Context, q: Quote) -> bool:
    cue = _cue_token(ctx, _sentence_range(ctx, q), q, after=None)
    if cue is None or cue.lemma_.lower() not in ctx.cues.name_giving_verbs:
        return False
    # "The bill, called the “X Act,” would require ...": a participle on a noun gives a name,
    # the name in marks among its own words ("one called Dragnet—can pull ... “CMI”": the marks
    # are elsewhere, the statement is someone's). Not "what they call “a bootlegging model”":
    # real gold reads that free relative as the subject's words (aiip-dev19).
    # A passive participle hung on the clause ("X is LedgerGPT, described as a “40-billion-
    # parameter” model") names as well, unless an agent says who described it.
    # (a past participle, or one the tagger read as a past tense; "Varga calling Ellison's
    # plan “magic accounting”" is Varga's act of speech)
    on_noun = cue.dep_ == "acl" and cue.tag_ in ("VBN", "VBD") and cue.head.pos_ in ("NOUN", "PROPN", "PRON")
    hung = cue.dep_ == "advcl" and cue.tag_ == "VBN" and not any(
        c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)
    return (on_noun or hung) and any(t.i > cue.i and t.text in QUOTE_MARKS for t in cue.subtree)
