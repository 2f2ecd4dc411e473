"""A quoted fragment set off by punctuation inside a reported clause (rule
``mixed.fragment_in_clause``).

'Judge Ashdown said 13 authors — “mostly famous novelists” — allege Orrin copied their books',
'the guild and its members risk being left behind because “the archive is not going away,” the
guild said': the marks stand after a dash, a comma or a word that the quote pass reads as
leading into a quote of its own, or the quote looks like a whole sentence (six words, a capital
first). But the parse hangs the quoted words inside the clausal complement of a
cue, and that clause opens BEFORE the marks with words of its own: the quote is a fragment of
what was reported, and the statement is the whole clause, mixed (every writer of the real sets
annotates it so; none as a direct quote of the fragment alone).

Not read when the quote is a whole sentence of its own (capital first word, closing stop,
question or exclamation mark inside the marks): 'X said the ruling was wrong — “We will appeal.”'
reports two statements, and so does a quote after a colon. 'Say' with a noun object is read as
the clause it misparses. A clause reached only through a parataxis is another statement too.
Cheap: a walk up the fragment root's ancestors, only for quotes about to be read as direct.
"""

from __future__ import annotations

from nlp.attribution.context import Context
from nlp.attribution.fragment_root import fragment_root
from nlp.attribution.marks import WORD, Segment

RULE = "mixed.fragment_in_clause"
CLAUSE_DEPS = ("ccomp",)


def inside_reported_clause(ctx: Context, seg: Segment) -> bool:
    """True when the quoted words hang, in the parse, on a cue's clausal complement that opens
    before the opening mark with a word of its own (not only 'that')."""
    if not ctx.on(RULE):
        return False
    if ctx.text[max(0, seg.open - 4):seg.open].rstrip().endswith(":"):
        return False  # 'as quoted by the Courier: “...”': a colon introduces a quote of its own
    content = ctx.text[seg.start:seg.end].rstrip(" ”’\"'")
    if content[:1].isupper() and content[-1:] in (".", "?", "!"):
        return False  # a whole sentence in marks: a quote of its own
    frag = ctx.doc.char_span(seg.open, seg.close, alignment_mode="expand")
    if frag is None:
        return False
    tok = fragment_root(ctx, frag)
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "parataxis":
            return False
        if ctx.is_cue(head) and (tok.dep_ in CLAUSE_DEPS or _clause_read_as_object(tok, head)):
            return _opens_before(ctx, tok, seg)
        if ctx.is_cue(head):
            return False
        tok = head
    return False


def _opens_before(ctx: Context, clause, seg: Segment) -> bool:
    left = clause.left_edge
    if left.idx >= seg.open:
        return False
    lead = ctx.text[left.idx:seg.open]
    words = [w for w in WORD.findall(lead) if w.lower() != "that"]
    return bool(words) and "\n" not in lead


def _clause_read_as_object(tok, cue) -> bool:
    """'said 13 authors — “...” — allege ...': the parser takes the reported clause's subject for
    the object of 'say', a verb whose object is what was said (a clause), never a party."""
    return tok.dep_ == "dobj" and cue.lemma_.lower() == "say"
