"""Who stands behind a document that speaks: "the lawsuit says", "the ruling found".

A lawsuit speaks for its plaintiff, a ruling for the judge (or the court), a report for its
author. The plaintiffs and the defendants are read in ``suit_parties``, the judge here, once
per document each, and kept on the context; a lawsuit of several plaintiffs speaks for the
first one the text names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.article_filers import article_filer
from nlp.attribution.agreement import named_for_defendant, owner_pronoun_disagrees
from nlp.attribution.context import ANAPHOR_LABELS, ORG_LABELS, Context
from nlp.attribution.coref import previous_speaker, read_by, reader_named
from nlp.attribution.not_accused import document_not_accused
from nlp.attribution.document_filers import filed_before, filed_here
from nlp.attribution.document_owners import issued_by
from nlp.attribution.document_pronoun import MISREAD_RULE, OWNER_RULE, REPORTED_RULE as IN_REPORTED_RULE, \
    org_in_reported_subject, spoke_through_misread, suit_owning_subject
from nlp.attribution.introduced import document_sender
from nlp.attribution.motions import FILING_RULE, filer, filing_is_motion
from nlp.attribution.movants import movant
from nlp.attribution.new_documents import by_named, described_owner, new_unowned
from nlp.attribution.plural_documents import counted_documents
from nlp.attribution.report_authors import (dispute_parties, previous_speaker_wrote, reporting_outlet,
                                          unowned_before)
from nlp.attribution.record import Speaker
from nlp.attribution.suit_parties import Found, plaintiff
from nlp.lexicon import lower_positions

# the preposition the addressee scan starts from, found in the LOWER array (no Token per word)
_TO = frozenset({"to"})


def behind_document(ctx: Context, who: str, tok: Token, pos: int) -> Found | None:
    """The speaker a document noun stands for; ``who`` is its kind from cues.yml."""
    ctx.standing["by_not_author"] = False
    found = _behind_document(ctx, who, tok, pos)
    if found is not None and ctx.standing.pop("by_not_author", False):
        found = found[0], found[1], ("document.by_on_document", *found[2])
    if found is not None and found[0] is not None and owner_pronoun_disagrees(ctx, tok, found[1]):
        return None, None, ("document.owner_pronoun_disagrees", "speaker.as_written")  # agreement.py
    if found is not None and reader_named(ctx, tok):  # "seen by the Ledger" was not taken
        return found[0], found[1], ("document.reader_not_author", *found[2])
    return found


def _behind_document(ctx: Context, who: str, tok: Token, pos: int, skip_own: bool = False) -> Found | None:
    if who == "plaintiff" and filing_is_motion(ctx, tok):  # "the filing" after a motion (motions.py)
        found = _behind_document(ctx, "filer", tok, pos, skip_own)
        return (found[0], found[1], (FILING_RULE, *found[2])) if found else None
    # a report's modifier may name its author ("a Commission (PC) interim report", parsed
    # "nmod"); a suit's names its kind ("an Unfair Labor Practice (ULP) charge")
    own = None if skip_own else _own_org(ctx, tok, nmod=who == "author" and ctx.on("document.nmod_owner"))
    not_own = named_for_defendant(ctx, who, tok, own) if own is not None else None  # agreement.py
    if not_own:
        # "the Orrin Labs lawsuit" after "X sued Orrin Labs": not Orrin's filing; read on
        found = _behind_document(ctx, who, tok, pos, skip_own=True)
        found = found or (None, None, ("speaker.as_written",))
        return found[0], found[1], (not_own, *found[2])
    if own is not None and own.label_ != "COURT" and ctx.on("document.own_org"):
        nmod = ("document.nmod_owner",) if own.root.dep_ == "nmod" else ()
        return ctx.canonical(own), own.label_, ("document.own_org", *nmod)  # "Orrin's lawsuit"
    named = by_named(ctx, tok)  # "a paper by an entity named X found" (new_documents.py)
    if named is not None:
        return ctx.canonical(named[0]), named[0].label_, named[1]
    owner = described_owner(ctx, tok)  # "the publishers' motion" (new_documents.py)
    if owner is not None:
        return owner
    before, named = _same_document_before(ctx, tok)
    if before is not None:  # "a report by the daily X ... the report adds": X's
        return ctx.canonical(before), before.label_, ("document.same_before", *named)
    filed = filed_here(ctx, tok)  # "X filed a lawsuit that claims": X (document_filers.py)
    if filed is not None:
        return filed
    if who == "plaintiff":  # else who filed its first mention ("a group called X filed a complaint")
        # else the article's other filings ("The case was launched by X", "X's estate sued")
        return plaintiff(ctx, tok.idx) or filed_before(ctx, tok) or article_filer(ctx)
    if who == "judge":
        return judge(ctx)
    if who == "author":
        issued = issued_by(ctx, tok)  # "X issued a statement ... The statement said" (document_owners.py)
        if issued is not None:
            return issued
        sent = document_sender(ctx, tok)  # "In a letter to Y, X urged ...": X (introduced.py)
        if sent is not None:
            return sent.name, sent.label, sent.rules
    if who == "author":  # "a report found ... according to the report" (report_authors.py)
        found = unowned_before(ctx, tok, _owner_of(ctx))
        if found is not None:
            return found
    if who == "author" and tok.lemma_.lower() in ctx.cues.outlet_documents:
        outlet = _outlet_that_spoke(ctx, tok)  # "..., according to Meridian Wire. The report adds"
        if outlet is not None:
            return ctx.canonical(outlet), outlet.label_, ("document.outlet_report",)
    if who == "author":  # "..., reported X. [800 characters] the report said" (report_authors.py)
        found = reporting_outlet(ctx, tok)
        if found is not None:
            return found
    new = new_unowned(ctx, who, tok)  # "A new report suggests": not a name before it
    if new is not None:
        return new
    filed = filed_before(ctx, tok)  # "X published an analysis ... The analysis alleged": X
    if filed is not None:
        return filed
    counted = counted_documents(ctx, tok) if who == "author" else None
    if counted is not None:  # "Both studies noted": not the one that spoke last (plural_documents.py)
        return counted
    if who == "filer":  # "X moved to dismiss ... the motion said": X (movants.py)
        moved = movant(ctx, tok)
        if moved is not None:
            return moved
    if who == "filer":  # "The motion says": who argued it just before, never the judge (motions.py)
        moved = filer(ctx, tok, (judge(ctx) or (None,))[0])
        if moved is not None:
            return moved
    if who == "author" and ctx.on("document.previous_speaker"):
        said = previous_speaker(ctx, tok)  # "the group said ... The statement criticised ..."
        if said is not None and said.name is not None:
            kept = previous_speaker_wrote(ctx, tok, said.name, (judge(ctx) or (None,))[0])
            return kept or (said.name, said.label, ("document.previous_speaker",))
    if not ctx.on("document.last_named"):
        return None
    e = ctx.last_mention(pos, ANAPHOR_LABELS | {"PERSON"})
    if e is not None and who == "author" and ctx.canonical(e) in addressees(ctx):
        # "In a correspondence addressed to X, ... The letter asserted": not X, who received it
        e = ctx.last_mention(pos, ANAPHOR_LABELS | {"PERSON"}, addressees(ctx))
        if e is None:
            return None
        kept = previous_speaker_wrote(ctx, tok, ctx.canonical(e), (judge(ctx) or (None,))[0])
        return kept or (ctx.canonical(e), e.label_, ("document.not_addressee", "document.last_named"))
    if e is not None and who == "author" and document_not_accused(ctx, ctx.canonical(e)):
        return None, None, ("document.not_the_accused", "speaker.as_written")
    if e is not None and who == "author" and e.label_ == "COURT" and ctx.on("document.author_not_court"):
        return None, None, ("document.author_not_court", "speaker.as_written")  # document_owners.py
    if e is not None and who == "author":  # a report is not the last named's either (report_authors.py)
        kept = previous_speaker_wrote(ctx, tok, ctx.canonical(e), (judge(ctx) or (None,))[0])
        if kept is not None:
            return kept
    return (ctx.canonical(e), e.label_, ("document.last_named",)) if e is not None else None


def addressees(ctx: Context) -> frozenset[str]:
    """Who the text says a document was sent or addressed to: "a letter to X", "a
    correspondence addressed to X", "wrote to X" (read once per document)."""
    if "addressees" not in ctx.standing:
        from nlp.attribution.introduced import SENDING_VERBS

        found = set()
        if ctx.on("document.not_addressee"):
            heads = SENDING_VERBS | {"address"}
            for i in lower_positions(ctx.doc, _TO):
                t = ctx.doc[i]
                if t.dep_ not in ("prep", "dative") or ctx.in_quote[t.i]:
                    continue
                h = t.head.lemma_.lower()
                if h in heads or t.head.pos_ == "NOUN" and ctx.cues.document_speakers.get(h) == "author":
                    obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                    for g in obj.subtree if obj is not None else ():  # "X, Inc. (XI)": each form
                        ent = ctx.ent_of.get(g.i)
                        if ent is not None and g.i == ent.root.i:
                            found.add(ctx.canonical(ent))
                        elif ent is None and g.pos_ == "PROPN" and g.dep_ == "appos":
                            found.add(g.text)
        ctx.standing["addressees"] = frozenset(found)
    return ctx.standing["addressees"]


def _same_document_before(ctx: Context, tok: Token) -> tuple[Span | None, tuple[str, ...]]:
    """"According to a report by the daily X, ... The report adds": a definite document noun
    ("the report", "this letter") is the one the text mentioned before with the same noun, and
    speaks for the owner that mention named ("a report by X", "X's letter"). The first such
    mention decides (an article follows one document); a mention with no owner names no one."""
    if not ctx.on("document.same_before") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None, ()
    lemma = tok.lemma_.lower()
    for t in ctx.doc[: tok.i]:
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not ctx.in_quote[t.i]:
            own, named = _own_org(ctx, t), ()
            if own is None:
                own, named = by_named(ctx, t) or (None, ())
            if own is not None and own.label_ != "COURT":
                return own, named
    return None, ()


def _outlet_that_spoke(ctx: Context, tok: Token) -> Span | None:
    """"The suit charges ..., according to Meridian Wire. ... The report adds ...": a report, an
    investigation or a story with no owner of its own is the news outlet's that was the source
    of the sentences just before ("according to X", "X reported"), never one that only read or
    was told something ("told Meridian Wire", "seen by Meridian Wire")."""
    if not ctx.on("document.outlet_report"):
        return None
    floor = max(0, tok.idx - ctx.cues.outlet_report_window)
    for ent in reversed(ctx.mentions):
        if ent.start_char >= tok.idx or ent.label_ != "OUTLET" or ctx.in_quote[ent.root.i] \
                or ctx.canonical(ent) in dispute_parties(ctx):  # a party's statement is no reporting
            continue
        if ent.start_char < floor:
            return None
        root, head = ent.root, ent.root.head
        if root.dep_ == "nsubj" and ctx.is_cue(head) \
                or root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return ent
    return None


def _owner_of(ctx: Context):
    """An owner finder for one mention: its own organisation, or "by an entity named X"."""
    return lambda t: _own_org(ctx, t) or by_named(ctx, t)


def _own_org(ctx: Context, tok: Token, nmod: bool = False) -> Span | None:
    """Whose the document is: "Orrin's lawsuit", "the Orrin complaint", "a complaint by Orrin",
    "a lawsuit filed by Orrin"; never "a lawsuit against Orrin", nor "seen by" a reader. When
    "Orrin's letter states" parses as the noun "letter states", the owner hangs on "states"."""
    heads, toks = {tok.i}, list(tok.subtree)
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        heads.add(tok.head.i)
        toks += [t for c in tok.head.children if c.dep_ == "poss" and c.i < tok.i for t in c.subtree]
    for t in toks:
        ent = ctx.ent_of.get(t.i)
        if t.i == tok.i or ent is None or ent.label_ not in ORG_LABELS | {"PERSON"} or t.i != ent.root.i:
            continue
        root, head = ent.root, ent.root.head
        if read_by(ctx, head):
            continue  # "the letter, seen by the Ledger": a reader, not the author
        # "a Fair Trading Commission (FTC) interim report": the parser calls such a name "nmod"
        if root.dep_ in ("poss", "compound") + (("nmod",) if nmod else ()) \
                and head.i in heads \
                or head.lower_ in ("by", "from") and _on_document(ctx, head, heads) \
                or root.dep_ == "poss" and head.dep_ == "pobj" and head.head.lower_ in ("by", "from") \
                and _on_document(ctx, head.head, heads):
            return ent  # "a filing by Brannock's lawyers" is Brannock's too
        if root.dep_ == "amod" and head.i in heads \
                or root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ in ("by", "from") \
                and _on_document(ctx, head.head, heads):
            return ent  # "A Ledger investigation" (tagged an adjective), "a report by the daily X"
    return None


def _on_document(ctx: Context, prep: Token, heads: set[int]) -> bool:
    """A "by"/"from" that names the document's own author: on the document noun ("a report by
    X"), on a participle or relative clause of it ("a lawsuit filed by X", "a letter which was
    written by X"), or on another "by"/"from" of those ("a study commissioned by the authority
    from X"); not one reached through anything else in the phrase, "a charge against Y, a
    company owned by X" (rule ``document.by_on_document``): X owns Y, the charge is not X's."""
    if not ctx.on("document.by_on_document"):
        return True
    h = prep.head
    for _ in range(8):
        if h.i in heads:
            return True
        if not (h.dep_ in ("acl", "relcl") or h.dep_ in ("prep", "agent") and h.lower_ in ("by", "from")
                or h.dep_ == "pobj" and h.head.lower_ in ("by", "from")):
            break
        h = h.head
    ctx.standing["by_not_author"] = True  # traced by behind_document
    return False


def judge(ctx: Context) -> Found | None:
    """The judge: the first person titled "Judge" (or "Justice"), else the first court named."""
    if "judge" not in ctx.standing:
        found: tuple = ()
        if ctx.on("judge.titled_person"):
            for ent in ctx.mentions:
                if ent.label_ == "PERSON" and ent.start > 0 \
                        and ctx.doc[ent.start - 1].lower_.rstrip(".") in ctx.cues.judge_titles:
                    found = (ctx.canonical(ent), "PERSON", ("judge.titled_person",))
                    break
        if not found and ctx.on("judge.court"):
            for ent in ctx.mentions:
                if ent.label_ == "COURT":
                    found = (ctx.canonical(ent), "COURT", ("judge.court",))
                    break
        ctx.standing["judge"] = found
    return ctx.standing["judge"] or None


def document_before(ctx: Context, pos: int, org) -> Speaker | None:
    """A document that spoke ("the lawsuit said", "according to the complaint") in the
    sentence before or in this one, after the last organisation that acted: what "it" is."""
    if not ctx.on("pronoun.it_document"):
        return None
    extra: tuple[str, ...] = ()
    if org_in_reported_subject(ctx, pos, org):  # "Both X and Y's actions, it adds, were" (document_pronoun.py)
        org, extra = None, (IN_REPORTED_RULE,)
    for sent in reversed(ctx.sentences_of(max(0, pos - 400), pos)[-2:]):
        for t in reversed(sent):
            if t.idx >= pos or org is not None and t.idx < org.end_char:
                continue
            kind = ctx.cues.document_speakers.get(t.lemma_.lower())
            owner = suit_owning_subject(ctx, t) if kind is None else None  # "The case's main claim"
            subject = t.dep_ in ("nsubj", "nsubjpass")
            if owner is not None:
                t, kind = owner, "plaintiff"
            misread = kind == "plaintiff" and spoke_through_misread(ctx, t)  # "X's lawsuit states"
            if kind == "plaintiff" and not ctx.in_quote[t.i] and (
                    subject or misread or t.head.lower_ == "to"
                    and t.head.head.lower_ == "according"):
                found = behind_document(ctx, kind, t, pos)
                if found is not None:
                    how = (*extra, *((MISREAD_RULE,) if misread else ()), *((OWNER_RULE,) if owner is not None else ()))
                    return Speaker(found[0], found[1], "it", rules=("pronoun.it_document", *how, *found[2]))
    return None
