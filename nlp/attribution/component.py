"""The spaCy component ``claimtrack_quotes``: attribution over one parsed document.

It runs the passes in order (quotes in marks, then reported speech, then no-comments), adds
whom each speaker speaks for, drops repeated statements, and only then writes: each
statement's dict (``Quote.to_dict``) to ``doc._.ct_quotes``, the no-comments to
``doc._.ct_no_comments``, and one trace entry per statement to ``doc._.rule_trace``
(``nlp.extensions.trace``: the speaker decided and the names of the rules that decided it).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlp.attribution.carried_statements import carried_from_statements
from nlp.attribution.colon_blocks import colon_paragraphs
from nlp.attribution.context import Context
from nlp.attribution.dash_glosses import without_dash_gloss
from nlp.attribution.denials import denials
from nlp.attribution.marks import WORD
from nlp.attribution.nocomments import no_comments
from nlp.attribution.not_content import without_non_statements
from nlp.attribution.quoted import quoted
from nlp.attribution.resumed import continues
from nlp.attribution.record import Quote
from nlp.attribution.reported import reported
from nlp.attribution.relayed_mixed import without_relayed_inner
from nlp.attribution.relay_inner import without_relay_outer
from nlp.attribution.belief_relatives import without_beliefs_in_passing
from nlp.attribution.spurious import inside_same_cue
from nlp.attribution.words import Cues, load_cues
from nlp.extensions import trace


@Language.factory("claimtrack_quotes", default_config={"cues": ""},
                  assigns=["doc._.ct_quotes", "doc._.ct_no_comments", "doc._.rule_trace"],
                  # token.pos_ is read too; the model's attribute_ruler sets it from token.tag
                  # without declaring it, so the tag is what spaCy can check
                  requires=["doc.ents", "doc.sents", "token.dep", "token.tag", "token.lemma",
                            "span._.canonical"])
def make_quotes(nlp: Language, name: str, cues: str):
    return QuoteFinder(load_cues(cues))


class QuoteFinder:
    def __init__(self, cues: Cues):
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        try:
            quotes, silent = attribute(Context(doc, self.cues))
        except Exception as exc:  # one odd document must never sink the batch
            doc.user_data["ct_error"] = f"quotes: {type(exc).__name__}: {exc}"
            quotes, silent = [], []
        for q in quotes:
            trace(doc, "attribution", q.start, q.end, q.speaker.name if q.speaker else None, q.rules)
        for nc, rules in silent:
            trace(doc, "no_comment", nc["start"], nc["end"], nc["speaker"], rules)
        doc._.ct_quotes = [q.to_dict() for q in quotes]
        doc._.ct_no_comments = [nc for nc, _ in silent]
        return doc


def attribute(ctx: Context) -> tuple[list[Quote], list[tuple[dict, tuple[str, ...]]]]:
    """The document's statements (deduplicated, in reading order) and its no-comments."""
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    prev: Quote | None = None
    for seg in ctx.segments:
        q = quoted(ctx, seg, prev)
        if q is None:
            continue
        if prev is not None and quotes and quotes[-1] is prev and continues(ctx, prev, q):
            # "“A,” she said. “B.”": one statement from A's opening to B's close
            prev.end = q.end
            prev.text = ctx.text[prev.start:prev.end]
            prev.rules.append("statement.continued_after_attribution")
            covered[-1] = (prev.start, prev.end)
            continue
        quotes.append(q)
        covered.append((q.start, q.end))
        if q.kind == "direct":
            prev = q
    quotes += reported(ctx, covered)
    quotes.sort(key=lambda q: q.start)
    quotes = colon_paragraphs(ctx, quotes)  # "X said:\n<a paragraph with no marks>" (colon_blocks.py)
    quotes = carried_from_statements(ctx, quotes)  # 'He claims that P. “...”' (carried_statements.py)
    affiliation = {}
    for _, person, _, org in ctx.roles:
        if org and person not in affiliation:
            affiliation[person] = org
    for q in quotes:  # whom a person speaks for, for the claims component
        s = q.speaker
        q.affiliation = (s.org if s else None) or affiliation.get(s.name if s else None)
    quotes = without_relayed_inner(nested(ctx, quotes))  # relayed_mixed.py
    quotes = without_relay_outer(ctx, quotes)  # 'Judge X ruled P, The Ledger reported' (relay_inner.py)
    quotes = without_beliefs_in_passing(ctx, quotes)  # 'a condition he believes is unmet'
    quotes = without_non_statements(ctx, quotes)  # not_content.py
    quotes = without_dash_gloss(ctx, quotes)  # 'P — a claim X denies' (dash_glosses.py)
    return denials(ctx, inside_same_cue(ctx, dedupe(quotes))), no_comments(ctx)


def nested(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Without a direct quote that lies inside a mixed statement (rule
    ``statement.nested_in_mixed``): '“Unauthorized use” of X deprives ..., said the letter'
    reads the fragment once, as part of the clause that reports it, not again on its own."""
    if not ctx.on("statement.nested_in_mixed"):
        return quotes
    spans = [(q.start, q.end) for q in quotes if q.kind == "mixed"]
    # (a direct quote's closing full stop may lie just past a mixed span that stops before it)
    return [q for q in quotes if q.kind != "direct"
            or not any(a <= q.start and q.start + len(q.text.rstrip(".,;:!? ")) <= b for a, b in spans)]


def dedupe(quotes: list[Quote]) -> list[Quote]:
    """The first of statements with the same words (a summary repeats the body)."""
    seen, out = set(), []
    for q in quotes:
        key = " ".join(WORD.findall(q.text.lower()))
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out
