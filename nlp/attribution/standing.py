"""Who stands behind a document that speaks: "the lawsuit says", "the ruling found".

A lawsuit speaks for its plaintiff, a ruling for the judge (or the court), a report for its
author. The plaintiffs, the defendants and the judge are read once per document and kept on
the context; a lawsuit of several plaintiffs speaks for the first one the text names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.agreement import named_for_defendant, owner_pronoun_disagrees
from nlp.attribution.context import ANAPHOR_LABELS, ORG_LABELS, Context
from nlp.attribution.coref import document_not_accused, previous_speaker, read_by, reader_named
from nlp.attribution.groups import named_parties
from nlp.attribution.document_filers import filed_before, filed_here
from nlp.attribution.document_owners import issued_by
from nlp.attribution.introduced import document_sender
from nlp.attribution.named_plaintiffs import in_apposition, in_caption, named_next
from nlp.attribution.new_documents import by_named, described_owner, new_unowned
from nlp.attribution.record import Speaker
from nlp.lexicon import lemma_positions, lower_positions
from nlp.sides import infer_dispute, sides_lexicon

Found = tuple[str | None, str | None, tuple[str, ...]]  # (speaker, label, rules); None: as written
# the prepositions some passes start from, found in the LOWER array (no Token per word)
_TO, _IN, _AGAINST = frozenset({"to"}), frozenset({"in"}), frozenset({"against"})


def behind_document(ctx: Context, who: str, tok: Token, pos: int) -> Found | None:
    """The speaker a document noun stands for; ``who`` is its kind from cues.yml."""
    found = _behind_document(ctx, who, tok, pos)
    if found is not None and found[0] is not None and owner_pronoun_disagrees(ctx, tok, found[1]):
        return None, None, ("document.owner_pronoun_disagrees", "speaker.as_written")  # agreement.py
    if found is not None and reader_named(ctx, tok):  # "seen by Bloomberg" was not taken
        return found[0], found[1], ("document.reader_not_author", *found[2])
    return found


def _behind_document(ctx: Context, who: str, tok: Token, pos: int, skip_own: bool = False) -> Found | None:
    own = None if skip_own else _own_org(ctx, tok)
    if own is not None and named_for_defendant(ctx, who, tok, own):  # agreement.py
        # "the Orrin Labs lawsuit" after "X sued Orrin Labs": not Orrin's filing; read on
        found = _behind_document(ctx, who, tok, pos, skip_own=True)
        return (found[0], found[1], ("document.named_for_defendant", *found[2])) if found else None
    if own is not None and own.label_ != "COURT" and ctx.on("document.own_org"):
        return ctx.canonical(own), own.label_, ("document.own_org",)  # "Orrin's lawsuit"
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
        return plaintiff(ctx, tok.idx) or filed_before(ctx, tok)
    if who == "judge":
        return judge(ctx)
    if who == "author":
        issued = issued_by(ctx, tok)  # "X issued a statement ... The statement said" (document_owners.py)
        if issued is not None:
            return issued
        sent = document_sender(ctx, tok)  # "In a letter to Y, X urged ...": X (introduced.py)
        if sent is not None:
            return sent.name, sent.label, sent.rules
    if who == "author" and tok.lemma_.lower() in ctx.cues.outlet_documents:
        outlet = _outlet_that_spoke(ctx, tok)  # "..., according to Reuters. The report adds"
        if outlet is not None:
            return ctx.canonical(outlet), outlet.label_, ("document.outlet_report",)
    new = new_unowned(ctx, who, tok)  # "A new report suggests": not a name before it
    if new is not None:
        return new
    filed = filed_before(ctx, tok)  # "X published an analysis ... The analysis alleged": X
    if filed is not None:
        return filed
    if who == "author" and ctx.on("document.previous_speaker"):
        said = previous_speaker(ctx, tok)  # "the group said ... The statement criticised ..."
        if said is not None and said.name is not None:
            return said.name, said.label, ("document.previous_speaker",)
    if not ctx.on("document.last_named"):
        return None
    e = ctx.last_mention(pos, ANAPHOR_LABELS | {"PERSON"})
    if e is not None and who == "author" and ctx.canonical(e) in addressees(ctx):
        # "In a correspondence addressed to X, ... The letter asserted": not X, who received it
        e = ctx.last_mention(pos, ANAPHOR_LABELS | {"PERSON"}, addressees(ctx))
        if e is None:
            return None
        return ctx.canonical(e), e.label_, ("document.not_addressee", "document.last_named")
    if e is not None and who == "author" and document_not_accused(ctx, ctx.canonical(e)):
        return None, None, ("document.not_the_accused", "speaker.as_written")
    if e is not None and who == "author" and e.label_ == "COURT" and ctx.on("document.author_not_court"):
        return None, None, ("document.author_not_court", "speaker.as_written")  # document_owners.py
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
    """"The suit charges ..., according to Reuters. ... The report adds ...": a report, an
    investigation or a story with no owner of its own is the news outlet's that was the source
    of the sentences just before ("according to X", "X reported"), never one that only read or
    was told something ("told Reuters", "seen by Reuters")."""
    if not ctx.on("document.outlet_report"):
        return None
    floor = max(0, tok.idx - ctx.cues.outlet_report_window)
    for ent in reversed(ctx.mentions):
        if ent.start_char >= tok.idx or ent.label_ != "OUTLET" or ctx.in_quote[ent.root.i]:
            continue
        if ent.start_char < floor:
            return None
        root, head = ent.root, ent.root.head
        if root.dep_ == "nsubj" and ctx.is_cue(head) \
                or root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return ent
    return None


def _own_org(ctx: Context, tok: Token) -> Span | None:
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
            continue  # "the letter, seen by Bloomberg": a reader, not the author
        if root.dep_ in ("poss", "compound") and head.i in heads or head.lower_ in ("by", "from") \
                or root.dep_ == "poss" and head.dep_ == "pobj" and head.head.lower_ in ("by", "from"):
            return ent  # "a filing by Brannock's lawyers" is Brannock's too
        if root.dep_ == "amod" and head.i in heads \
                or root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ in ("by", "from"):
            return ent  # "A Ledger investigation" (tagged an adjective), "a report by the daily X"
    return None


def plaintiff(ctx: Context, before: int | None = None) -> Found | None:
    """The plaintiff a document speaks for: the first-named of the plaintiffs. An accuser only
    inferred from the article's wording must be named ``before`` the document: one met only
    after it is a party of another case the article goes on to list (``plaintiff.named_after``)."""
    found = plaintiffs(ctx)
    if not found:
        return None
    first = found[0][0]
    if before is not None and found[1] == "plaintiff.inferred_accuser" and ctx.on("plaintiff.named_after") \
            and not any(ctx.canonical(e) == ctx.canonical(first) and e.start_char < before for e in ctx.mentions):
        return None, None, ("plaintiff.named_after", "speaker.as_written")
    skipped = ("plaintiff.motion_not_suit",) if ctx.standing.get("motion_skipped") else ()
    return ctx.canonical(first), first.label_, (found[1], *skipped)


Plaintiffs = tuple[list[Span], str, frozenset[str]]  # (members, rule, nouns describing them)


def plaintiffs(ctx: Context) -> Plaintiffs | None:
    """Who sued, in the order the text names them: the subject (or agent, or "on behalf of")
    of a filing verb, a name joined to "plaintiff", who speaks "in the lawsuit", or else the
    accuser the article's own wording names (``nlp.sides``). With the nouns of the filer's
    phrase, which a later "the writers" may use for them. Read once per document."""
    if "plaintiff" not in ctx.standing:
        found = _filer(ctx) or _speaks_in_suit(ctx)
        if not found and ctx.on("plaintiff.inferred_accuser"):
            # "X accused Y", "a complaint by X", "X claims that ...": the accuser
            d = infer_dispute(ctx.doc)
            accuser = next((p["entity"] for p in (d or {}).get("parties", [])
                            if p["role"] == "accuser"), None)
            ent = next((e for e in ctx.mentions if ctx.canonical(e) == accuser), None)
            if ent is not None:
                found = ([ent], "plaintiff.inferred_accuser", frozenset())
        ctx.standing["plaintiff"] = found
    return ctx.standing["plaintiff"] or None


def _described(tok: Token, verb: Token) -> frozenset[str]:
    """The nouns of a filer's phrase and of "with five other writers" beside it."""
    toks = list(tok.subtree) + [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                                for t in c.subtree]
    return frozenset(t.lemma_.lower() for t in toks if t.pos_ == "NOUN")


def _filer_tokens(verb: Token) -> list[Token]:
    """The tokens that name who files: the subject, the agent ("filed by X") and "on behalf
    of X"."""
    out = [c for c in verb.children if c.dep_ == "nsubj" and not _inside_modifier(c)]
    # "Elon Musk‘s xAI sued": a quote mark typed for the apostrophe leaves the owner a second
    # subject; a subject followed by a possessive ending is an owner, not who acts
    doc = verb.doc
    out = [c for c in out if not (c.i + 1 < len(doc) and c.i + 1 < verb.i
                                  and doc[c.i + 1].lower_ in ("'s", "’s", "‘s", "`s"))]
    for c in verb.children:
        # "the case brought against X by A, B and C": a participle's "by" is its agent, however
        # the parser labels it
        agent = c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and verb.tag_ == "VBN"
        if agent or c.dep_ == "prep" and c.lower_ == "on":
            for g in c.subtree:
                if g.dep_ == "pobj" and (agent or g.head.lower_ == "of"):
                    out.append(g)
                    break
    return out


def _inside_modifier(subj: Token) -> bool:
    """A second subject the parser found inside the first one's modifier: in "a reporter known
    for exposing fraud at startup X sued", X follows "startup", the object of "at"; in "X, whose
    work was rejected by the Office last year, has filed", the Office follows "by" (a subject
    never opens right after a preposition)."""
    first = subj.left_edge.i
    if first > 0 and subj.doc[first - 1].pos_ == "ADP" and subj.doc[first - 1].dep_ in ("agent", "prep"):
        return True  # "X, which was rejected by the Office last year, has filed": not the Office
    return first > 0 and subj.doc[first - 1].dep_ == "pobj" and subj.doc[first - 1].head.i < first


def _filer(ctx: Context) -> Plaintiffs | tuple:
    """The first "X sued", "filed by X", "filed on behalf of X" or "plaintiff X" of the
    document, in reading order."""
    cues, unnamed = ctx.cues, frozenset()
    at = set(lemma_positions(ctx.doc, frozenset(cues.filing_verbs) | frozenset(cues.action_verbs)))
    at.update(lower_positions(ctx.doc, frozenset(cues.plaintiff_nouns)))  # the only tokens asked
    for i in sorted(at):
        t = ctx.doc[i]
        if (t.lemma_.lower() in cues.filing_verbs or _starts_legal_action(ctx, t)) \
                and t.pos_ == "VERB" and not ctx.in_quote[t.i] and ctx.on("plaintiff.filer"):
            if _files_motion(ctx, t):
                ctx.standing["motion_skipped"] = True
                continue  # "X filed a motion to dismiss": X is the defendant
            for c in _filer_tokens(t):
                members = [m for m in named_parties(ctx, c) if m.label_ in ORG_LABELS | {"PERSON"}]
                if members:
                    ctx.standing["unnamed_filer_nouns"] = unnamed - _described(c, t)
                    how = "plaintiff.filer" if t.lemma_.lower() in cues.filing_verbs else "plaintiff.action_verb"
                    return members, how, _described(c, t) | unnamed
                later = _members_listed_later(ctx, c)
                if later:  # "An alliance ... filed a complaint. The members of the alliance ...
                    return later, "plaintiff.members_listed", _described(c, t) | unnamed  # include A"
                named = named_next(ctx, c)  # "Two voice actors have filed ... A and B claim"
                if named:
                    ctx.standing["named_filer"] = c.i
                    # its own noun only: the phrase's relative clause names the other side
                    return named, "plaintiff.described_named_next", frozenset({c.lemma_.lower()}) | unnamed
                if c.pos_ == "NOUN" and ctx.on("plaintiff.unnamed_filer_nouns"):
                    # "A group of visual artists has filed ... Illustrators A, B and C sued":
                    # the first filers, unnamed, are described by their nouns ("the artists")
                    unnamed |= _described(c, t)
        if t.lower_ in cues.plaintiff_nouns and ctx.on("plaintiff.named_plaintiff"):
            for c in list(t.children) + [t.head]:
                ent = ctx.ent_of.get(c.i)
                if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"}:
                    return [ent], "plaintiff.named_plaintiff", frozenset()
            listed = in_apposition(ctx, t)  # "The plaintiffs — writers A, B and C — claim"
            if listed:
                return listed, "plaintiff.named_in_apposition", frozenset()
            listed = in_caption(ctx, t)  # "In A et al. v. B, plaintiffs claim"
            if listed:
                return listed, "plaintiff.named_in_caption", frozenset()
    return ()


def _starts_legal_action(ctx: Context, verb: Token) -> bool:
    """"X initiated legal proceedings against Y", "X launched a lawsuit", "X took legal action":
    a verb that starts something, whose object is a legal action, files as "sue" does. "action"
    counts only with "legal", "class" or "court" beside it ("took action" may be anything)."""
    if verb.lemma_.lower() not in ctx.cues.action_verbs or not ctx.on("plaintiff.action_verb"):
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        noun = obj.lemma_.lower()
        if noun == "action":
            return any(c.lower_ in ("legal", "class", "court") for c in obj.children)
        return noun in ctx.cues.legal_action_nouns or obj.lower_ in ctx.cues.legal_action_nouns
    return False


def _members_listed_later(ctx: Context, filer: Token) -> list[Span]:
    """"An alliance of media organisations has filed a complaint ... The members of the alliance
    involved include A, B and C": a filer the text describes without a name is the list of
    members a later sentence says it includes (its subject the same noun, or "members of" it)."""
    from nlp.attribution.coref import words

    lemma = filer.lemma_.lower()
    if not ctx.on("plaintiff.members_listed") or filer.i in ctx.ent_of \
            or lemma not in words().collective_nouns and not ctx.cues.group_nouns.get(lemma):
        return []
    for t in ctx.doc[filer.i + 1:]:
        if t.dep_ != "nsubj" or t.head.lemma_.lower() not in ("include", "comprise") or ctx.in_quote[t.i]:
            continue
        of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if t.lemma_.lower() != lemma and not (t.lemma_.lower() == "member" and of is not None
                                               and of.lemma_.lower() == lemma):
            continue
        obj = next((c for c in t.head.children if c.dep_ in ("dobj", "attr")), None)
        members = named_parties(ctx, obj) if obj is not None else []
        if members:
            return members
    return []


def _files_motion(ctx: Context, verb: Token) -> bool:
    """"Stability AI has filed a motion ... urging the judge to dismiss claims brought by Getty":
    a filing verb whose object is a motion or brief (kind "filer" in cues.yml) is a party moving
    inside a case, most often the defendant; it does not say who sued."""
    if not ctx.on("plaintiff.motion_not_suit"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and ctx.cues.document_speakers.get(obj.lemma_.lower()) == "filer"


def _speaks_in_suit(ctx: Context) -> Plaintiffs | tuple:
    """"A and B said in the lawsuit that ...": who speaks in a complaint filed it."""
    if not ctx.on("plaintiff.speaks_in_suit"):
        return ()
    kinds = ctx.cues.document_speakers
    for i in lower_positions(ctx.doc, _IN):
        t = ctx.doc[i]
        if t.head.pos_ == "VERB" and ctx.is_cue(t.head):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None and kinds.get(obj.lemma_.lower()) == "plaintiff":
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                members = named_parties(ctx, subj) if subj is not None else []
                if members:
                    return members, "plaintiff.speaks_in_suit", frozenset()
    return ()


def defendants(ctx: Context) -> list[Span]:
    """Who was sued, in the order the text names them: the object of the first suing verb
    ("sued A, B and C"), or the names after "against" a case noun ("a lawsuit against A")."""
    if "defendants" not in ctx.standing:
        lex, found = sides_lexicon(), []
        doc = ctx.doc
        at = sorted(set(lemma_positions(doc, lex.sue_verbs)) | set(lower_positions(doc, _AGAINST)))
        for t in (doc[i] for i in at):
            if ctx.in_quote[t.i]:
                continue
            if t.pos_ == "VERB" and t.lemma_.lower() in lex.sue_verbs:
                obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
                found = named_parties(ctx, obj) if obj is not None else []
            elif t.lower_ == "against" and t.head.lemma_.lower() in lex.case_nouns:
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                found = named_parties(ctx, obj) if obj is not None else []
            if found:
                break
        ctx.standing["defendants"] = found
    return ctx.standing["defendants"]


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
    for sent in reversed(ctx.sentences_of(max(0, pos - 400), pos)[-2:]):
        for t in reversed(sent):
            if t.idx >= pos or org is not None and t.idx < org.end_char:
                continue
            kind = ctx.cues.document_speakers.get(t.lemma_.lower())
            if kind == "plaintiff" and not ctx.in_quote[t.i] and (
                    t.dep_ in ("nsubj", "nsubjpass") or t.head.lower_ == "to"
                    and t.head.head.lower_ == "according"):
                found = behind_document(ctx, kind, t, pos)
                if found is not None:
                    return Speaker(found[0], found[1], "it", rules=("pronoun.it_document", *found[2]))
    return None
