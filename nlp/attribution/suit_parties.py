"""Who sued whom, as the article tells it: the plaintiffs (the subject of "sued", "filed by X",
"plaintiff X", who speaks "in the lawsuit") and the defendants (the object of the first suing
verb, the names after "a lawsuit against"). Read once per document and kept on the context;
a document that speaks for its plaintiff (``standing.behind_document``) asks here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.article_sides import side_defendants, side_plaintiffs
from nlp.attribution.context import ORG_LABELS, Context
from nlp.attribution.group_members import named_parties
from nlp.attribution.legal_forms import traced
from nlp.attribution.list_members import ACCUSER_RULE, first_listed
from nlp.attribution.movants import NOT_PLAINTIFF as MOVANT_NOT_PLAINTIFF, moved
from nlp.attribution.named_plaintiffs import in_apposition, in_caption, named_next
from nlp.attribution.other_case import RULE as OTHER_CASE, files_other_case, other_filers
from nlp.attribution.verbless_lede import RULE as VERBLESS, TITLES_RULE, in_rootless_modifier, titles_of_one_name
from nlp.lexicon import lemma_positions, lower_positions
from nlp.sides import infer_dispute, sides_lexicon

Found = tuple[str | None, str | None, tuple[str, ...]]  # (speaker, label, rules); None: as written
# the prepositions the scans start from, found in the LOWER array (no Token per word)
_IN, _AGAINST = frozenset({"in"}), frozenset({"against"})


def plaintiff(ctx: Context, before: int | None = None) -> Found | None:
    """The plaintiff a document speaks for: the first-named of the plaintiffs. An accuser only
    inferred from the article's wording must be named ``before`` the document: one met only
    after it is a party of another case the article goes on to list (``plaintiff.named_after``)."""
    found = plaintiffs(ctx)
    if not found:
        if ctx.standing.get("movant_skipped"):  # who spoke in a filing moved: no plaintiff named
            return None, None, (MOVANT_NOT_PLAINTIFF, "speaker.as_written")
        return None
    first = found[0][0]
    if before is not None and found[1] == "plaintiff.inferred_accuser" and ctx.on("plaintiff.named_after") \
            and not any(ctx.canonical(e) == ctx.canonical(first) and e.start_char < before for e in ctx.mentions):
        return None, None, ("plaintiff.named_after", "speaker.as_written")
    skipped = ("plaintiff.motion_not_suit",) if ctx.standing.get("motion_skipped") else ()
    if ctx.standing.get("passive_headline"):
        skipped += ("plaintiff.passive_headline",)
    skipped += ctx.standing.get("filer_skipped", ())  # verbless_lede.py
    return ctx.canonical(first), first.label_, (found[1], *skipped, *traced(ctx, first))


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
            first = first_listed(ctx, ent, {p["entity"] for p in (d or {}).get("parties", [])
                                            if p["role"] == "accused"}) if ent is not None else None
            if first is not None:  # "A, B and C accuse X": A (list_members.py)
                ent = first
                ctx.standing["filer_skipped"] = (*ctx.standing.get("filer_skipped", ()), ACCUSER_RULE)
            if ent is not None and ctx.canonical(ent) not in ctx.standing.get("other_case_filers", ()):
                found = ([ent], "plaintiff.inferred_accuser", frozenset())
        if not found:  # the article's other ways of naming who sued (article_sides.py)
            ctx.standing["plaintiff"] = ()  # read as none while the defendants are read
            found = side_plaintiffs(ctx, defendants(ctx)) or ()
        ctx.standing["plaintiff"] = found
    return ctx.standing["plaintiff"] or None


def _described(tok: Token, verb: Token) -> frozenset[str]:
    """The nouns of a filer's phrase and of "with five other writers" beside it."""
    toks = list(tok.subtree) + [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                                for t in c.subtree]
    return frozenset(t.lemma_.lower() for t in toks if t.pos_ == "NOUN")


def _filer_tokens(verb: Token, ctx: Context | None = None) -> list[Token]:
    """The tokens that name who files: the subject, the agent ("filed by X") and "on behalf
    of X"."""
    out = [c for c in verb.children if c.dep_ == "nsubj" and not _inside_modifier(c)]
    if not out and ctx is not None:  # "X teamed up with Y to file", "X ..., filing a charge"
        out = controller_subject(ctx, verb)
    if out and ctx is not None and _has_agent(ctx, verb):
        out = []  # "Vexa sued by Calder Gazette": a headline's participle; its subject was sued
        ctx.standing["passive_headline"] = True
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


def controller_subject(ctx: Context, verb: Token) -> list[Token]:
    """The subject of the verb a subjectless filing verb depends on: "X has teamed up with Y to
    file a lawsuit", "X took a stance against Y, filing a charge with the board", "X moved to
    sue": the infinitive or participle files for its head's subject, as English reads it (rule
    ``plaintiff.controller_subject``). Only an infinitive (``xcomp``, or a purpose clause with
    "to") or an ing-participle, one level up; never a passive head's subject ("Y was sued"), nor
    when the head has an object, who then files ("X urged Y to sue")."""
    if not ctx.on("plaintiff.controller_subject") or verb.dep_ not in ("xcomp", "advcl") \
            or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not (verb.dep_ == "xcomp" or infinitive or verb.tag_ == "VBG"):
        return []
    if any(c.dep_ in ("dobj", "dative") for c in verb.head.children) and verb.tag_ != "VBG":
        return []  # "X urged Y to sue": Y would file, not X
    return [c for c in verb.head.children if c.dep_ == "nsubj" and not _inside_modifier(c)]


def _has_agent(ctx: Context, verb: Token) -> bool:
    """"Vexa sued by Calder Gazette & Harbor Ledger": a headline drops the "is" of a passive, and
    the parser, seeing no auxiliary, makes the party sued the participle's subject. A past
    participle (or a verb the parser gave an agent) with no auxiliary and a "by" agent is passive: who is named by "by" filed, the
    subject was sued (rule ``plaintiff.passive_headline``)."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or not ctx.on("plaintiff.passive_headline"):
        return False
    # the parser may tag the participle VBD ("Tessaly sued by X") yet still label "by" an agent
    return any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and verb.tag_ == "VBN"
               for c in verb.children)


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
            if files_other_case(ctx, t):  # "a similar case brought by X" (other_case.py)
                ctx.standing["filer_skipped"] = (*ctx.standing.get("filer_skipped", ()), OTHER_CASE)
                ctx.standing["other_case_filers"] = other_filers(ctx, t, _filer_tokens(t))
                continue
            for c in _filer_tokens(t, ctx):
                if in_rootless_modifier(ctx, c):  # "a reporter ... at startup X is suing" (verbless_lede.py)
                    ctx.standing["filer_skipped"] = (*ctx.standing.get("filer_skipped", ()), VERBLESS)
                    continue
                members = [m for m in named_parties(ctx, c) if m.label_ in ORG_LABELS | {"PERSON"}]
                titled = () if members else titles_of_one_name(ctx, c)  # "reporter and author A filed"
                if members or titled:
                    members = members or titled
                    if c.head.i != t.i:  # "X teamed up with Y to file": the head's subject
                        ctx.standing["filer_skipped"] = (*ctx.standing.get("filer_skipped", ()),
                                                         "plaintiff.controller_subject")
                    ctx.standing["unnamed_filer_nouns"] = unnamed - _described(c, t)
                    how = "plaintiff.filer" if t.lemma_.lower() in cues.filing_verbs else "plaintiff.action_verb"
                    if titled:
                        ctx.standing["filer_skipped"] = (*ctx.standing.get("filer_skipped", ()), TITLES_RULE)
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
    ctx.standing["unnamed_filers"] = unnamed  # "a group of music publishers filed": article_sides.py
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
    """"Vexa Labs has filed a motion ... urging the judge to dismiss claims brought by Harbor":
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
                if members and moved(ctx, members):
                    ctx.standing["movant_skipped"] = True
                    continue  # "A and B said in their filing": the defence (movants.py)
                if members and ctx.on(SUED_RULE) and _was_sued(ctx, members):
                    ctx.standing["filer_skipped"] = (*ctx.standing.get("filer_skipped", ()), SUED_RULE)
                    continue  # "Orrin Labs admitted in a court filing", after "X sued Orrin Labs": the defence
                if members:
                    return members, "plaintiff.speaks_in_suit", frozenset()
    return ()


SUED_RULE = "plaintiff.speaker_was_sued"


def _was_sued(ctx: Context, members: list[Span]) -> bool:
    """Who speaks "in a court filing" is no plaintiff when the text named them as sued: "The
    comedian sued Orrin Labs and Vexa Labs ... Orrin Labs admitted in a court filing that ..."."""
    lex, doc, sued = sides_lexicon(), ctx.doc, set()
    for t in (doc[i] for i in lemma_positions(doc, lex.sue_verbs)):  # the objects of "sued" only:
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)  # defendants() asks who sued
        if t.pos_ == "VERB" and obj is not None and not ctx.in_quote[t.i]:
            sued |= {ctx.canonical(e) for e in named_parties(ctx, obj)}
    return any(ctx.canonical(m) in sued for m in members)


def defendants(ctx: Context) -> list[Span]:
    """Who was sued, in the order the text names them: the object of the first suing verb
    ("sued A, B and C"), or the names after "against" a case noun ("a lawsuit against A"); or
    the fuller list of the same suit right after it (``defendants.fuller_list``)."""
    if "defendants" not in ctx.standing:
        lex, lists = sides_lexicon(), []
        doc = ctx.doc
        at = sorted(set(lemma_positions(doc, lex.sue_verbs)) | set(lower_positions(doc, _AGAINST)))
        for t in (doc[i] for i in at):
            if ctx.in_quote[t.i]:
                continue
            found = []
            if t.pos_ == "VERB" and t.lemma_.lower() in lex.sue_verbs:
                obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
                found = named_parties(ctx, obj) if obj is not None else []
            elif t.lower_ == "against" and t.head.lemma_.lower() in lex.case_nouns:
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                found = named_parties(ctx, obj) if obj is not None else []
            if found and _sued_the_plaintiff(ctx, found):
                continue  # "X executives are fighting a lawsuit against Grommet": the plaintiff
            if found:
                lists.append((t.idx, found))
                if not ctx.on("defendants.fuller_list"):
                    break
        ctx.standing["defendants"] = _fuller(ctx, lists) or side_defendants(ctx)  # article_sides.py
    return ctx.standing["defendants"]


DEFENDANTS_NOT_PLAINTIFF = "defendants.not_the_plaintiffs"


def _sued_the_plaintiff(ctx: Context, found: list[Span]) -> bool:
    """Rule ``defendants.not_the_plaintiffs``: a list read as the defendants that names one of
    the plaintiffs a filing verb names ("Grommet filed a lawsuit", "sued by X") is a misread
    ("executives are fighting a lawsuit against Grommet": the suit is Grommet's, "against"
    hangs on the fight). The same party is never both sides of one suit; giving "the
    defendants" to the plaintiff is the worst error, so the list is not the defendants (the
    next one is read, or none: the words as written). An accuser only inferred from the
    wording does not count (it may be the accused of another case)."""
    if not ctx.on(DEFENDANTS_NOT_PLAINTIFF):
        return False
    sued = plaintiffs(ctx)
    if not sued or sued[1] == "plaintiff.inferred_accuser":
        return False
    names = {ctx.canonical(e) for e in sued[0]}
    if not names & {ctx.canonical(e) for e in found}:
        return False
    ctx.standing["defendants_skipped"] = True
    return True


FULLER_WITHIN = 2  # sentences after the first list's: a headline and its lede, a lede and the next


def _fuller(ctx: Context, lists: list[tuple[int, list[Span]]]) -> list[Span]:
    """"Reporter sues A, B, C over ..." then "is suing D, A, B, C, E and F": a headline names the
    defendants with commas alone (no list to the parser: A only) or a few of them, and the lede
    names them all. A later list of the same suit, close after the first, that holds every name
    of the first and more is the defendants (``defendants.fuller_list``); a list further on, or
    one that drops a name, is another suit's."""
    if not lists:
        return []
    first_at, first = lists[0]
    names = {ctx.canonical(e) for e in first}
    last_sent = ctx.sentences_of(first_at, first_at + 1)
    limit = None
    if last_sent:
        i = ctx.sents.index(last_sent[0]) + FULLER_WITHIN
        limit = ctx.sents[min(i, len(ctx.sents) - 1)].end_char
    best = first
    for at, found in lists[1:]:
        if limit is not None and at >= limit:
            break
        have = {ctx.canonical(e) for e in found}
        if len(found) > len(best) and names <= have:
            best = found
    if best is not first:
        ctx.standing["defendants_fuller"] = True
    return best
