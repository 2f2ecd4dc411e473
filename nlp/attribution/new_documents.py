"""Documents whose author the words around them settle: "a new report", "the publishers'
motion", "a paper by an entity named X".

``standing.py`` finds who stands behind "the lawsuit says" by looking back: the owner the text
gave the same noun before, the previous speaker, the last organisation named. Those look-backs
are right for a definite noun that goes on about a document the text already met, and wrong for
the two kinds here, where they handed statements to another party:

- ``document.new_unowned``: an indefinite author's or filer's document ("A new report suggests
  ...", "a recent study found ...") is one the text introduces now; nobody named before wrote
  it. With no owner in its own phrase ("a report by X", ``document.own_org``) its words are
  kept, never the previous speaker's or the last name's.
- ``document.described_owner``: "the publishers' motion", "the authors' complaint": the owner is
  a description, so the document is theirs: what the speaker rules make of the description (a
  group of parties the text named), else the description's words; never the last name met.
- ``document.by_named``: "a paper by an entity named X", "a report from a group called X": the
  owner is the name the description's own participle gives it, so a later "the paper" is X's.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from nlp.attribution.context import ORG_LABELS, Context
from nlp.lexicon import data_yaml

Found = tuple[str | None, str | None, tuple[str, ...]]
NAMING = {"name", "call", "dub", "know"}


def new_unowned(ctx: Context, who: str, tok: Token) -> Found | None:
    """An indefinite author's or filer's document: kept as written (rule
    ``document.new_unowned``)."""
    if who not in ("author", "filer") or not ctx.on("document.new_unowned"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        from nlp.attribution.agreement import bare_plural

        if bare_plural(ctx, who, tok):  # "according to legal documents": indefinite too
            return None, None, ("document.bare_plural_new", "speaker.as_written")
        return None
    tied = _tied_to_speaker(ctx, tok)  # "an accompanying blog post reveals"
    if tied is not None:
        return tied
    return None, None, ("document.new_unowned", "speaker.as_written")


TIED_RULE = "document.tied_to_speaker"


def _tied_to_speaker(ctx: Context, tok: Token) -> Found | None:
    """Rule ``document.tied_to_speaker``: "Orrin Labs said it would appeal. An accompanying blog
    post reveals ...", "..., according to a company statement": an indefinite document whose
    modifier ties it to who just spoke (``tied_document_modifiers`` of coref.yml: it accompanies
    what was said, or is the company's own) is that speaker's, when an organisation spoke in the
    sentences just before; a new document of no such tie stays unowned."""
    from nlp.attribution.coref import previous_speaker

    if not ctx.on(TIED_RULE) or not any(c.dep_ in ("amod", "compound") and c.lower_ in _tied_words()
                                         for c in tok.children):
        return None
    prev = previous_speaker(ctx, tok)
    if prev is None or prev.name is None or prev.label not in ORG_LABELS:
        return None
    return prev.name, prev.label, (TIED_RULE,)


@lru_cache(maxsize=1)
def _tied_words() -> frozenset[str]:
    return frozenset(data_yaml("coref.yml")["tied_document_modifiers"])


def described_owner(ctx: Context, tok: Token) -> Found | None:
    """"the publishers' motion": the possessor that names no entity, resolved or kept."""
    if not ctx.on("document.described_owner"):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "NOUN" or owner.i in ctx.ent_of or ctx.in_quote[owner.i]:
        return None
    from nlp.attribution.owner_subject import owner_by_subject
    from nlp.attribution.speakers import speaker_of

    found = owner_by_subject(ctx, tok) or speaker_of(ctx, owner, owner.idx)  # "the company's statement"
    if found is not None and found.name is not None:
        return found.name, found.label, ("document.described_owner", *found.rules)
    return None, None, ("document.described_owner", "speaker.as_written")


def by_named(ctx: Context, tok: Token) -> tuple[Span, tuple[str, ...]] | None:
    """"a paper by an entity named X": X and the rules that found it (``document.by_named``).
    The "by" phrase may hang on the noun the document depends on ("the release of a paper by
    an entity named X"), and X may be a name the model did not tag: the participle's own object
    is a name by the text's word ("named", "called"), so its proper nouns are taken
    (``document.by_named_loose``, either way). Also the author a publishing participle of the
    noun names ("a report published by X", ``published_by.py``)."""
    from nlp.attribution.published_by import published_by

    published = published_by(ctx, tok, _named)
    if published is not None:
        return published
    if not ctx.on("document.by_named"):
        return None
    preps = [(c, False) for c in tok.children if c.dep_ == "prep"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and ctx.on("document.by_named_loose"):
        preps += [(c, True) for c in tok.head.head.children if c.dep_ == "prep" and c.i > tok.i]
    for prep, apart in preps:
        if prep.lower_ not in ("by", "from"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for acl in noun.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() in NAMING:
                    found = _named(ctx, acl)
                    if found is not None:
                        loose = apart or found.root.i not in ctx.ent_of
                        return found, ("document.by_named",) + (("document.by_named_loose",) if loose else ())
    return None


def _named(ctx: Context, acl: Token) -> Span | None:
    """The entity a naming participle gives ("named X"), or its untagged proper noun object."""
    for t in acl.subtree:
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"} and t.i == ent.root.i:
            return ent
    if not ctx.on("document.by_named_loose"):
        return None
    obj = next((c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"
                and c.i not in ctx.ent_of), None)
    if obj is None:
        return None
    left = min([obj.i] + [c.i for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
    return Span(ctx.doc, left, obj.i + 1, label="ORG")
