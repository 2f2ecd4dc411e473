"""No-comments: who declined to comment, did not respond or could not be reached.

The phrases are data (``no_comment`` in ``nlp/data/cues.yml``). Who stayed silent is, in
order: each name of a subject that is only a list of names (``nocomment.listed_names``), the
organisation named inside the subject ("investors, including X": ``nocomment.named_in_subject``),
the speaker the subject stands for (the speaker rules), else the first name in the sentence
before the phrase (``nocomment.first_in_sentence``). Each is traced as component "no_comment".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.speakers import speaker_of, subject_of

Who = tuple[str, str | None, tuple[str, ...]]  # (speaker, label, rules)


def no_comments(ctx: Context) -> list[tuple[dict, tuple[str, ...]]]:
    """(contract dict, rules) per no-comment: one per speaker and kind (a summary and the body
    often say it twice)."""
    out, seen = [], set()
    for sent in ctx.doc.sents:
        s_text = sent.text
        for kind, pattern in ctx.cues.no_comment:
            for m in pattern.finditer(s_text):
                pos = sent.start_char + m.start()
                tok = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
                if tok is None or ctx.in_quote[tok.start]:
                    continue
                for name, label, rules in _silent(ctx, sent, tok[0], pos):
                    if (name, kind) in seen:
                        continue
                    seen.add((name, kind))
                    out.append(({"speaker": name, "kind": kind, "speaker_label": label,
                                 "start": sent.start_char, "end": sent.end_char},
                                (f"nocomment.{kind}", *rules)))
    return out


def _silent(ctx: Context, sent: Span, verb: Token, pos: int) -> list[Who]:
    """Who the no-comment phrase starting at ``verb`` is about."""
    if verb.dep_ in ("aux", "auxpass", "neg") and verb.head is not verb:
        verb = verb.head
    found = subject_of(ctx, verb)
    subj = found[0] if found is not None else None
    listed = listed_names(ctx, list(ctx.doc[sent.start:verb.i]))
    if not listed and subj is not None:
        listed = listed_names(ctx, list(subj.subtree))
    if listed and ctx.on("nocomment.listed_names"):
        # "Brannock AI, Tolvane and Fenmoor Labs declined": each of them
        return [(ctx.canonical(e), e.label_, ("nocomment.listed_names",)) for e in listed]
    whos: list[Who] = []
    if subj is not None:
        for t in [subj, *subj.conjuncts]:
            named = named_in_subject(ctx, t)
            if named is not None:
                whos.append(named)
                continue
            who = speaker_of(ctx, t, pos)
            if who is not None:
                whos.append((who.name, who.label, (found[1], *who.rules)))
    if not whos and ctx.on("nocomment.first_in_sentence"):
        ents = [e for e in ctx.mentions if sent.start_char <= e.start_char < pos]
        if ents:
            whos.append((ctx.canonical(ents[0]), ents[0].label_, ("nocomment.first_in_sentence",)))
    return whos


def named_in_subject(ctx: Context, tok: Token) -> Who | None:
    """"Tunesmith's investors, including Thistlecombe Partners," and "Corvane's lawyers at
    Carrow & Finch LLP": the organisation named after the noun is who stayed silent."""
    if tok.i in ctx.ent_of or tok.pos_ not in ("NOUN",) or not ctx.on("nocomment.named_in_subject"):
        return None
    members = ctx.cues.member_preps
    for t in tok.subtree:
        if t.i <= tok.i:
            continue
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label_ in ("ORG", "PERSON") and (
                ent.root.head.lower_ in members or ent.root.dep_ == "appos"
                or ent.root.head.head.lower_ == "including"):
            return ctx.canonical(ent), ent.label_, ("nocomment.named_in_subject",)
    return None


def listed_names(ctx: Context, toks: list[Token]) -> list[Span]:
    """The names of a subject that is only a list of names ("A, B and C"), however the
    parser attached them (a list item often comes out as an apposition)."""
    while toks and (toks[-1].dep_ in ("aux", "neg") or toks[-1].is_space):
        toks = toks[:-1]  # "A and B did not respond": the auxiliary is the verb's
    names, i = [], 0
    while i < len(toks):
        ent = ctx.ent_of.get(toks[i].i)
        if ent is not None and ent.label_ in SPEAKER_LABELS:
            names.append(ent)
            i += len([t for t in toks[i:] if t.i < ent.end])
        elif toks[i].lower_ in (",", "and", "or"):
            i += 1
        else:
            return []
    return names if len(names) > 1 else []
