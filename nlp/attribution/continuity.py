"""A pronoun that opens a sentence goes on with the subject of the sentence before.

"Brill said she recognised her mannerisms. “...,” she said." "The Courier states that
Vexa used its articles. It alleges ..." "Five news outlets, including A, B and C, filed
suit in the Ontario court. They allege ...". News writing keeps the topic of a sentence as the
subject of the next and refers to it by a pronoun; the names inside the sentence before (what
the subject said someone else did, the court it went to) are not what the pronoun stands for,
although they are nearer. The nearest-name rules (``speaker.person_pronoun``,
``speaker.org_pronoun``) gave statements to exactly those names: the other party, the court.

Rule ``speaker.previous_subject`` applies only when the reading is certain: the pronoun is the
first subject of its sentence (nothing named before it there), the sentence before has a main
subject outside quote marks, and that subject can be the pronoun (for he/she the only person in
that sentence whose given name is not of the other gender, an organisation for "it", a list or a plural for "they"). A subject that is
a description ("Cursor's co-founder", "nine songwriters and one company") is resolved by the
other speaker rules, and where they name no party its words are kept: a statement with no
party is better than one in the wrong mouth. In every other case the rule does not apply and
the nearest-name rules decide, as before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from nlp.attribution.agreement import it_thing_before
from nlp.attribution.context import ANAPHOR_LABELS, SPEAKER_LABELS, Context
from nlp.attribution.document_pronoun import according_before
from nlp.attribution.continuity_quotes import DOCUMENT_IT, PARENTHETICAL, it_labels, own_words, sentence_before
from nlp.attribution.groups import coordinated, including
from nlp.attribution.record import Speaker
from nlp.lexicon import given_name_genders

RULE = "speaker.previous_subject"
SUBJECTS = ("nsubj", "nsubjpass")


def previous_subject(ctx: Context, tok: Token, pos: int, w) -> Speaker | None:
    """The subject of the sentence before, for a pronoun subject that opens its sentence."""
    pronoun = w.lower
    if pronoun not in ctx.cues.person_pronouns and pronoun not in ("it", "they") \
            or tok.dep_ not in SUBJECTS or ctx.in_quote[tok.i]:
        return None
    subj, how = _subject_before(ctx, tok)
    if subj is None:
        return None
    said = according_before(ctx, tok, subj)  # "X did P, according to the lawsuit. It" (document_pronoun.py)
    if said is not None:
        return said
    ent = ctx.ent_of.get(subj.i)
    if ent is not None:
        found = _entity(ctx, tok, pronoun, ent) if ent.label_ in SPEAKER_LABELS else None
    elif subj.pos_ != "NOUN" and subj.lower_ not in ctx.cues.person_role_nouns:
        return None  # a pronoun, an untagged name, a number: the other rules decide
    else:
        found = _description(ctx, tok, pronoun, subj)
    if found is not None and how:
        # read past a cue's own words or quote-only sentences, a subject with no party keeps the
        # pronoun's own words, as the nearest-name rule would ("they note" stays "they")
        found = replace(found, rules=(*found.rules, *how), text=found.text if found.name else tok.text)
    return found


def _subject_before(ctx: Context, tok: Token) -> tuple[Token | None, tuple[str, ...]]:
    """The main subject of the sentence before ``tok``'s, when ``tok`` is the first subject and
    the first party named in its own sentence (outside quote marks); with the rules
    (``continuity_quotes.py``) that let it read past a parenthetical cue's own words or a
    sentence printed wholly in quote marks."""
    doc, sent = ctx.doc, tok.sent
    own = own_words(ctx, tok)
    for t in doc[sent.start: tok.i]:
        if ctx.in_quote[t.i] or t.i in own:
            continue
        if t.dep_ in SUBJECTS or t.i in ctx.ent_of and ctx.ent_of[t.i].label_ in SPEAKER_LABELS:
            return None, ()
    if sent.start == 0:
        return None, ()
    before, skipped = sentence_before(ctx, sent)
    if before is None:
        return None, ()
    subj = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
    if subj is None or ctx.in_quote[subj.i] or subj.pos_ == "PRON":
        return None, ()
    how = (PARENTHETICAL,) if own and any(t.i in own for t in doc[sent.start: tok.i]) else ()
    return subj, how + skipped


def _entity(ctx: Context, tok: Token, pronoun: str, ent: Span) -> Speaker | None:
    listed = coordinated(ctx, ent) if ent.label_ != "COURT" else [ent]
    if pronoun == "they":
        if len(listed) < 2:
            return None  # "Orrin said ... They": a company may be "they"; left to the other rules
        first = listed[0]
        return Speaker(ctx.canonical(first), first.label_, tok.text, rules=("speaker.first_of_list",))
    if len(listed) > 1:
        return None  # "A and B sued. He said": either of them
    if pronoun == "it":
        ok = ent.label_ in it_labels(ctx)
    else:
        other = given_name_genders()["male" if pronoun in ("she", "her") else "female"]
        sent = ctx.sentences_of(ent.start_char, ent.end_char)[0]
        ok = ent.label_ == "PERSON" and ctx.canonical(ent).split()[0].lower() not in other \
            and not any(m.label_ == "PERSON" and ctx.canonical(m) != ctx.canonical(ent)
                        and ctx.canonical(m).split()[0].lower() not in other
                        for m in ctx.mentions if sent.start_char <= m.start_char < sent.end_char)
        # "X asked Y how she felt. “...,” she said": another person who may be "she" is named
        # in the sentence: the subject is no longer certain (the other rules decide)
    outlet = ("speaker.it_outlet_subject",) if pronoun == "it" and ent.label_ == "OUTLET" else ()
    return Speaker(ctx.canonical(ent), ent.label_, tok.text, rules=outlet) if ok else None


def _description(ctx: Context, tok: Token, pronoun: str, subj: Token) -> Speaker | None:
    """A subject with no name ("Cursor's co-founder", "the company", "nine songwriters and one
    company"): what the speaker rules make of it, else its words."""
    from nlp.attribution.speakers import speaker_of

    lemma = subj.lemma_.lower()
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if pronoun == "they":
        if not plural:
            return None
        members = including(ctx, subj)
        if members:
            first = members[0]
            return Speaker(ctx.canonical(first), first.label_, tok.text, rules=("group.including",))
    elif plural:
        return None
    elif pronoun == "it":
        if lemma not in ctx.cues.org_anaphors and lemma not in ctx.cues.document_speakers:
            return it_thing_before(ctx, tok, subj)  # "The site was ordered to pay X. It ..." (agreement.py)
    elif lemma not in ctx.cues.person_role_nouns and lemma not in ctx.cues.role_nouns:
        return None  # "The lawsuit says ... He": not the lawsuit
    found = speaker_of(ctx, subj, subj.idx)
    if found is not None and found.name is not None:
        rules = found.rules
        if pronoun == "it" and found.label not in ANAPHOR_LABELS:
            if ctx.cues.document_speakers.get(lemma) not in ("judge", "plaintiff") or not ctx.on(DOCUMENT_IT):
                return None  # "it" is no person; but "the order states ... it states" is the judge's
            rules = (DOCUMENT_IT, *rules)
        return Speaker(found.name, found.label, tok.text, found.role, found.org, rules=rules)
    return Speaker(None, None, ctx.phrase(subj), rules=("speaker.as_written",))
