"""What one entity mention does in its clause: acted (subject, owner of the subject, agent of a
passive), sits in a modifier, acts inside what someone reported; a role's initials; and the
roles people are introduced with ("X, Y's chief executive"), which later role nouns look up.

Plain functions of the parse that the document's ``Context`` and several speaker rules share;
kept apart from ``context.py`` so the context stays the per-document lookups.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def role_initials(noun: str, role: str) -> bool:
    """Rule ``speaker.role_initials``: "the CTO" is the person introduced as "chief technology
    officer" (the initials of the role's last words, "longtime" or an organisation's name
    before them left out)."""
    words = role.split()
    return 3 <= len(noun) <= len(words) and "".join(x[0] for x in words[-len(noun):]) == noun


def acted(e: Span) -> bool:
    """The mention is who acted in its clause: the subject ("X sued"), the owner or name of the
    subject ("X's lawyers said", "the X team"), or the agent of a passive ("filed by X")."""
    root = e.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if root.dep_ in ("compound", "poss") and root.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def in_clause_below(t: Token, top: Token) -> bool:
    """``t`` lies in a participle or relative clause hanging below ``top``."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("acl", "relcl"):
            return True
        t = t.head
    return False


def in_modifier(e: Span) -> bool:
    """The agent of a passive ("Tessaly was sued by Y", "a lawsuit brought by Y"): a subject
    of its sentence, if any, comes first."""
    return e.root.dep_ == "pobj" and e.root.head.dep_ == "agent"


def reported(e: Span) -> bool:
    """The mention acts inside what someone said after saying it ("The studios say MiniMax
    ignored ..."): for a later "they" the sayers are the group in the foreground. A clause
    before its cue ("MiniMax ignored ..., the studios say") stays in the foreground."""
    return any(a.dep_ == "ccomp" and a.head.pos_ == "VERB" and a.head.i < e.start
               for a in e.root.ancestors)


def org_premodifier(doc, start: int, ent_of: dict, labels: set[str]) -> int:
    """Rule ``role.org_premodifier``: "Vexa Labs spokesperson Ilse Darrow", "Brightwell co-founder
    Tomas Reyne", "Orrin's counsel Ada Brill": the organisation written just before the role
    words names whom the person speaks for, though the parser hung it elsewhere (on a line
    above, on "co" of "co-founder"), out of the role's phrase. The start of the role phrase,
    moved back over that organisation (and its possessive "'s") when it ends right there."""
    i = start - 1
    while i > start - 3 and i > 0 and not doc[i].whitespace_ and i not in ent_of:
        i -= 1  # the rest of a hyphenated word ("co-" of "co-founder")
    if i > 0 and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    ent = ent_of.get(i) if i >= 0 else None
    if ent is None or ent.label_ not in labels or ent.end != i + 1 or "\n" in doc[ent.start:start].text:
        return start
    return ent.start


def collect_roles(ctx, org_labels: set[str]) -> list[tuple[int, str, str, str | None]]:
    """(position, person, role, org) for every person introduced with a role:
    "Rafe Lindgren, Tunesmith's chief executive" and "Quillfire chief executive Anselm
    Thornquist" both say who "the company's chief executive" is later on."""
    roles = []
    for ent in ctx.ents:
        if ent.label_ != "PERSON":
            continue
        for span in _role_spans(ctx, ent, org_labels):
            words = [t for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")
                     and t.i not in ctx.ent_of and t.lower_ not in ctx.cues.articles]
            if not words:
                continue
            org = next((ctx.ent_of[t.i] for t in span if t.i in ctx.ent_of
                        and ctx.ent_of[t.i].label_ in org_labels), None)
            role = " ".join(t.lower_ for t in words)
            roles.append((ent.start_char, ctx.canonical(ent), role,
                          ctx.canonical(org) if org is not None else None))
    return roles


def _role_spans(ctx, ent: Span, org_labels: set[str]) -> list[Span]:
    """The phrases around a person's name that may hold their role: an apposition, the
    words before the name, a title ("Judge"), or the noun the name is in apposition to."""
    doc, head = ctx.doc, ent.root
    spans = [doc[c.left_edge.i: c.right_edge.i + 1] for c in head.children if c.dep_ == "appos"]
    lefts = [t for t in head.lefts if t.i < ent.start]
    if lefts:
        start = min(t.left_edge.i for t in lefts)
        if ctx.on("role.org_premodifier"):  # "Orrin Labs spokesperson X" (org_premodifier)
            start = org_premodifier(doc, start, ctx.ent_of, org_labels)
        spans.append(doc[start: ent.start])
    if ent.start > 0 and doc[ent.start - 1].lower_ in ctx.cues.judge_titles:
        spans.append(doc[ent.start - 1: ent.start])
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < ent.start:
        # "the country's digital minister, Anneliese Vorhaug, said"
        spans.append(doc[head.head.left_edge.i: head.head.i + 1])
    return spans
