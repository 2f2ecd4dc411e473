"""Who a no-comment's subject names: the parties in "Spokespeople for A and B", "Calls to X",
"Nobody at X", a bare list of names, or each member of a group the subject stands for.

Part of the no-comment rules of nlp/attribution/nocomments.py (its docstring lists the order
the rules are tried in). Kept apart because these readers answer one question, which names a
noun phrase stands for, while nocomments.py finds the phrase and its clause. A subject none of
them understands names nobody: saying wrongly that a company declined to comment is worse than
leaving the row unnamed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.estates import estate_of_name
from nlp.attribution.pairs import party as _party
from nlp.attribution.groups import coordinated, group_for, group_in_phrase, group_kind, other_parties, they_for

Who = tuple[str, str | None, tuple[str, ...]]  # (speaker, label, rules)
SEPARATORS = (",", "and", "or", "nor", "neither", "either", "both", "&")


def asker(ctx: Context, ent: Span) -> bool:
    """Whether the name is who asked for the comment: "Meridian Wire's request for comment", "a
    question from The Verge", "emails by the Ledger" (``request_nouns`` of cues.yml), "despite
    the Ledger asking X" (the subject of an ``asking_verbs`` verb)."""
    root = ent.root
    asking = ctx.cues.asking_verbs
    nxt = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in asking or any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in asking for c in root.children) \
            or nxt is not None and nxt.tag_ in ("VBG", "VBD") and nxt.lemma_.lower() in asking:
        return True  # "Despite the Ledger asking X about ...", "Meridian Wire, which contacted X"
    if root.dep_ == "poss":
        if root.head.lemma_.lower() in ctx.cues.request_nouns:
            return True
        root = root.head  # "a request from Tessaly's lawyers"
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "by"):
        return False
    for t in root.head.ancestors:  # "a request for comment from X": "from" may hang on "comment"
        if t.lemma_.lower() in ctx.cues.request_nouns:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def names_before_role(ctx: Context, tok: Token) -> list[Who]:
    """"Orrin Labs and Tessaly representatives were not available": a list of names before a
    role noun, each of them (``nocomment.names_before_role``). One name alone is the speaker
    rules' ("Tessaly representatives": speaker.role_for_org)."""
    if tok.i in ctx.ent_of or tok.lemma_.lower() not in ctx.cues.role_nouns \
            or not ctx.on("nocomment.names_before_role"):
        return []
    for c in tok.children:
        ent = ctx.ent_of.get(c.i)
        if c.dep_ in ("compound", "nmod") and ent is not None and ent.label_ in ("ORG", "PERSON"):
            members = coordinated(ctx, ent)
            if len(members) > 1:
                return [(ctx.canonical(e), e.label_, ("nocomment.names_before_role",)) for e in members]
    return []


NOBODY = ("nobody", "one", "none", "no-one")  # "Nobody at X responded", "No one from X"


def named_in_subject(ctx: Context, tok: Token) -> list[Who]:
    """"Tunesmith's investors, including Thistlecombe Partners," "Corvane's lawyers at Carrow &
    Finch LLP", "Spokespeople for Orrin and Tessaly", "Nobody at Tarrow": each organisation
    named after the noun; after "of" only for a role ("Representatives of X"): "The maker of
    Sparrow, Orrin Labs, did not respond" is Orrin Labs alone."""
    role = tok.lower_ in ctx.cues.spokes_nouns or tok.lemma_.lower() in ctx.cues.role_nouns  # tagged PROPN first
    if tok.i in ctx.ent_of or not (tok.pos_ == "NOUN" or role or tok.lower_ in NOBODY) \
            or not ctx.on("nocomment.named_in_subject"):
        return []
    members = ctx.cues.member_preps
    out: list[Who] = []
    for t in tok.subtree:  # every one: "Spokespeople for A and for B" names two
        ent = ctx.ent_of.get(t.i)
        if t.i <= tok.i or ent is None or t.i != ent.root.i:
            continue
        if ctx.on("nocomment.asker_not_silent") and asker(ctx, ent):
            continue  # "a request for comment from X": X asked
        anchor = ent.root.head if estate_of_name(ctx, ent) else ent.root  # "Lawyers for the Tenney estate"
        rules: tuple[str, ...] = ("nocomment.named_in_subject",)
        while anchor.dep_ == "conj" and anchor.head.i > tok.i and anchor.head.i not in ctx.ent_of \
                and ctx.on("nocomment.name_after_group"):
            anchor = anchor.head  # "Lawyers for the plaintiffs and Orrin Labs": for Orrin Labs too
            rules = ("nocomment.named_in_subject", "nocomment.name_after_group")
        if ent.label_ in ("ORG", "PERSON") and (
                anchor.head.lower_ in members or anchor.dep_ == "appos"
                or anchor.head.lower_ == "of" and anchor.head.head.i == tok.i  # "Representatives of X"
                and (role or tok.lower_ in NOBODY)  # a role's "of", not "The maker of X, Y"
                or anchor.head.head.lower_ == "including"):
            out += [(*_party(ctx, e), rules)
                    for e in coordinated(ctx, ent) if all(_party(ctx, e)[0] != w[0] for w in out)]
    return out


ADDRESS_PREPS = ("to", "with", "for")  # "calls to X", "messages left with X's office", "a message for X"
TRYING, REACHING = frozenset({"attempt", "effort"}), ("reach", "contact")  # "Attempts to reach X"


SENDING = frozenset({"send", "leave", "address", "direct", "submit", "email", "put"})


def addressed(ctx: Context, tok: Token) -> list[Who]:
    """"Calls to Halden & Rusk were not returned", "Requests for comment to A and B went
    unanswered", "Messages left with X's management", "Attempts to reach X were unsuccessful": the
    subject is the request itself
    (``request_nouns``), and who stayed silent is whom it went to: each name after "to" or
    "with" in it, or the owner of what that names ("X's management") (``nocomment.addressee``).
    "from" names who asked (``asker``)."""
    if tok.i in ctx.ent_of or tok.lemma_.lower() not in ctx.cues.request_nouns | TRYING \
            or not ctx.on("nocomment.addressee"):
        return []
    where = list(tok.subtree)
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SENDING:
        # "Queries sent to X remained unanswered" parsed with "sent" as the request's verb: its
        # "to X" is still whom the request went to
        where += [g for c in tok.head.children if c.dep_ in ("prep", "dative") for g in c.subtree]
    for t in where:
        ent = ctx.ent_of.get(t.i)
        if ent is None or t.i != ent.root.i or ent.label_ not in ("ORG", "PERSON"):
            continue
        head = ent.root.head
        if ent.root.dep_ == "poss" and head.dep_ == "pobj":  # "with X's management"
            head = head.head
        if ent.root.dep_ in ("pobj", "poss") and head.lower_ in ADDRESS_PREPS \
                or ent.root.dep_ == "dobj" and head.lemma_.lower() in REACHING:  # "attempts to reach X"
            return [(ctx.canonical(e), e.label_, ("nocomment.addressee",)) for e in coordinated(ctx, ent)]
    return []


def in_group(ctx: Context, tok: Token, pos: int) -> list[Who] | None:
    """"The companies did not respond", "Spokespeople for the other defendants did not",
    "they declined": each member of the group ([] when a group is named but none is left,
    None when the subject names no group). "other" leaves out those the sentence before
    has just heard from ("A spokesperson for X said ... The other defendants did not ...")."""
    if not ctx.on("nocomment.group"):
        return None
    inner = tok if group_kind(ctx, tok) is not None else None
    if inner is not None:
        found = group_for(ctx, tok, tok.idx, set())
    elif tok.lower_ == "they":
        found = they_for(ctx, tok, tok.idx, set())
    elif tok.i not in ctx.ent_of and tok.lemma_.lower() in ctx.cues.role_nouns:
        found, inner = group_in_phrase(ctx, tok, tok.idx, set())  # "Lawyers for the companies"
        if inner is None:
            found, inner = _represented_group(ctx, tok)
    else:
        return None
    if found is None:
        return [] if inner is not None else None
    members = found[0]
    if inner is not None and any(c.lower_ == "other" for c in inner.children):
        heard = _heard_from(ctx, pos, members)
        members = [m for m in members if ctx.canonical(m) not in heard]
    rules = ("nocomment.group", *found[1:])
    if inner is not None and other_parties(ctx, inner):
        rules = (*rules, "group.other_parties")
    return [(ctx.canonical(m), m.label_, rules) for m in members]


def _represented_group(ctx: Context, tok: Token):
    """"A lawyer representing the plaintiffs", "Attorneys representing the defendants": the
    group the role's participle names, as "for the plaintiffs" would
    (``nocomment.representing_group``); the speaker rules read only a name there, and gave the
    last company named. (None, None) when the participle names no group."""
    if not ctx.on("nocomment.representing_group"):
        return None, None
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "represent":
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and group_kind(ctx, obj) is not None:
                found = group_for(ctx, obj, obj.idx, set())
                return (found[0], found[1], "nocomment.representing_group") if found else None, obj
    return None, None


def group_beside_names(ctx: Context, tok: Token, pos: int, named: list[Who]) -> list[Who]:
    """"Attorneys for the authors and spokespeople for Tessaly", "Lawyers for the plaintiffs and
    Orrin Labs", "Representatives for Orrin Labs and the publishers": the role speaks for a
    group beside the names, and the group's members stayed silent too
    (``nocomment.names_and_group``). The names alone left the group out; the group alone (read
    by ``in_group`` when no name is there) is unchanged."""
    if not ctx.on("nocomment.names_and_group"):
        return []
    have, out = {w[0] for w in named}, []
    objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ctx.cues.role_preps
               for g in c.children if g.dep_ == "pobj"]
    for g in [x for o in objects for x in (o, *o.conjuncts)]:
        found = group_for(ctx, g, pos, set()) if group_kind(ctx, g) is not None else None
        for m in found[0] if found is not None else ():
            name = ctx.canonical(m)
            if name not in have:
                have.add(name)
                out.append((name, m.label_, ("nocomment.names_and_group", found[1])))
    return out


def _heard_from(ctx: Context, pos: int, members: list[Span]) -> set[str]:
    """The parties named in the sentence before ``pos`` and in its own sentence up to it, but
    not in the sentence that lists the group itself."""
    sents = ctx.sentences_of(max(0, pos - 600), pos)[-2:]
    listed = {s.start for s in sents for m in members if s.start <= m.start < s.end}
    return {ctx.canonical(e) for s in sents if s.start not in listed for e in s.ents
            if e.start_char < pos and e.label_ in SPEAKER_LABELS}


OWN_ROLE_OWNERS = ("their", "its")


def listed_with_own_role(ctx: Context, toks: list[Token]) -> list[Span]:
    """"Orrin Labs, Skyreach Cloud and their lawyers did not respond": a list of names closed
    by their own role ("and their lawyers", "and its representatives") is the names
    (``nocomment.list_and_own_role``); the role speaks for them and adds no one."""
    while toks and (toks[-1].dep_ in ("aux", "neg", "advmod") or toks[-1].is_space):
        toks = toks[:-1]
    if len(toks) < 4 or toks[-1].lemma_.lower() not in ctx.cues.role_nouns or not ctx.on("nocomment.list_and_own_role"):
        return []
    k = len(toks) - 2
    while k > 0 and toks[k].pos_ == "ADJ":  # "and their outside lawyers"
        k -= 1
    if toks[k].lower_ not in OWN_ROLE_OWNERS or toks[k - 1].lower_ not in ("and", "&"):
        return []
    return listed_names(ctx, toks[:k - 1])


def listed_names(ctx: Context, toks: list[Token]) -> list[Span]:
    """The names of a subject that is only a list of names ("A, B and C", "neither A nor B"),
    however the parser attached them (a list item often comes out as an apposition)."""
    while toks and (toks[-1].dep_ in ("aux", "neg", "advmod") or toks[-1].is_space):
        toks = toks[:-1]  # "A and B did not immediately respond": the verb's own words
    names, i = [], 0
    while i < len(toks):
        ent = ctx.ent_of.get(toks[i].i)
        if ent is not None and ent.label_ in SPEAKER_LABELS:
            names.append(ent)
            i += len([t for t in toks[i:] if t.i < ent.end])
        elif toks[i].lower_ in SEPARATORS or toks[i].lower_ == "the" and i + 1 < len(toks) \
                and toks[i + 1].i in ctx.ent_of:  # "A, B and the C Agency"
            i += 1
        else:
            return []
    return names if len(names) > 1 else []


def conjoined_name(ctx: Context, t: Token, subj: Token) -> Who | None:
    """"Orrin Labs and its chief executive, Mara Ellison, did not respond": a name that is itself
    one of a subject's conjuncts is its own party (``nocomment.conjoined_name``). The speaker
    rules read the whole phrase for one speaker and gave the apposition's name for both."""
    ent = ctx.ent_of.get(t.i)
    if ent is None or ent.root.i != t.i or ent.label_ not in SPEAKER_LABELS or not subj.conjuncts \
            or not ctx.on("nocomment.conjoined_name"):
        return None
    return ctx.canonical(ent), ent.label_, ("nocomment.conjoined_name",)


def named_after_and(ctx: Context, subj: Token, have: set[str]) -> list[Who]:
    """"Okafor and her co-counsel Tomasz Velander did not respond": the parser hangs the second
    name on the first as an apposition (an apposition never follows an "and" of its own head);
    a name in apposition to the subject after the subject's "and" stayed silent too
    (``nocomment.and_role_name``)."""
    if not ctx.on("nocomment.and_role_name"):
        return []
    cc = next((c for c in subj.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None:
        return []
    out: list[Who] = []
    for c in subj.children:
        ent = ctx.ent_of.get(c.i) if c.dep_ == "appos" and c.i > cc.i else None
        if ent is not None and ent.label_ in SPEAKER_LABELS and ctx.canonical(ent) not in have:
            out.append((ctx.canonical(ent), ent.label_, ("nocomment.and_role_name",)))
    return out
