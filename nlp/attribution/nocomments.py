"""No-comments: who declined to comment, did not respond or could not be reached.

The phrases are data (``no_comment`` in ``nlp/data/cues.yml``). The phrase's clause is read
from its last word up to the verb that has a subject ("declined to comment", "had no immediate
comment", "was not answered by ..."). A response the story itself reports is not a no-comment:
one to a letter or a demand ("to which X did not respond"), or one inside what someone else
says ("the complaint says X never replied"): ``nocomment.story_event``.

Who stayed silent is, in order: each name a passive's agent lists ("was not answered by A, B
or C": ``nocomment.agent``); each name of a subject that is only a list of names
(``nocomment.listed_names``); the names inside the subject ("Spokespeople for A and B",
"investors, including X": ``nocomment.named_in_subject``); each member of a group the subject
names ("the companies", "Spokespeople for the other defendants", "they": ``nocomment.group``);
the speaker the subject stands for (the speaker rules); else the first name in the sentence
before the phrase (``nocomment.first_in_sentence``). "X said it had no comment" is X's
(``nocomment.reporter_itself``). Wrongly saying a company declined to
comment is a serious error, so a subject no rule understands ("tech companies") names nobody,
nor does a product ("the chatbot did not respond to prompts": ``nocomment.not_a_product``) or
the outlet whose request it was ("a request for comment from Meridian Wire went unanswered":
``nocomment.asker_not_silent``). "Neither did Y" after a no-comment is Y's, of the same kind
(``nocomment.neither_did``). "X declined to comment on A, saying B" is X's statement B, not a
no-comment (``nocomment.spoke_instead``). Each row is traced as component "no_comment".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.pairs import both as _both, group_as_sides, quantified
from nlp.attribution.groups import coordinated, group_kind
from nlp.attribution.speakers import speaker_of, speaker_of_subject, subject_of
from nlp.attribution.nocomment_counsel import counsel_client
from nlp.attribution.nocomment_pending import pending_request
from nlp.attribution.nocomment_outlets import RULE as OUTLET_RULE, outlet_reports, told_by_outlet
from nlp.attribution.nocomment_who import (REACHING, Who, addressed, asker, conjoined_name, group_beside_names, in_group,
                                          listed_names, listed_with_own_role, named_after_and, names_before_role, named_in_subject)

SUBJECTS = ("nsubj", "nsubjpass", "expl")


def no_comments(ctx: Context) -> list[tuple[dict, tuple[str, ...]]]:
    """(contract dict, rules) per no-comment: one per speaker and kind (a summary and the body
    often say it twice)."""
    out, seen = [], set()
    for sent in _sentences_with_phrases(ctx):
        s_text = ctx.text[sent.start_char:sent.end_char]  # ``Span.text`` without a Token per word
        phrases = [(kind, m) for kind, pattern in ctx.cues.no_comment for m in pattern.finditer(s_text)]
        if ctx.on("nocomment.neither_did"):
            phrases += [(None, m) for m in ctx.cues.no_comment_again.finditer(s_text)]
        for kind, m in phrases:
            again = kind is None  # "Neither did Y": the kind of the no-comment just before
            kind = _kind_before(ctx, out, sent) if again else kind
            pos = sent.start_char + m.start()
            span = ctx.doc.char_span(pos, sent.start_char + m.end(), alignment_mode="expand")
            if kind is None or span is None or ctx.in_quote[span.start]:
                continue
            verb = predicate(span)
            if story_event(ctx, verb, span) or spoke_instead(ctx, verb):
                continue
            unreached = pending_request(ctx, span)
            if unreached is None:
                unreached = _unreached(ctx, span)
            if unreached is None:
                unreached = _from_whom(ctx, span)
            if unreached is None:
                unreached = _asked_party(ctx, span, verb)
            if unreached is not None:
                whos = unreached
            else:
                whos = (again and _named_after(ctx, span)) or _silent(ctx, sent, verb, pos)
            told = (OUTLET_RULE,) if whos and told_by_outlet(ctx, verb) else ()
            for name, label, rules in whos:
                rules = (*told, *rules)
                if (name, kind) in seen:
                    continue
                seen.add((name, kind))
                start, end = _in_paragraph(ctx.text, sent.start_char, sent.end_char, pos)
                out.append(({"speaker": name, "kind": kind, "speaker_label": label,
                             "start": start, "end": end},
                            (f"nocomment.{kind}", *(("nocomment.neither_did",) if again else ()), *rules)))
    return out


def _sentences_with_phrases(ctx: Context) -> list[Span]:
    """The sentences a no-comment phrase may be read in, in order.

    The phrases are long alternations read case-blind; reading them over the whole text cost
    a tenth of the analysis. Every phrase holds one of a few words (``no_comment_words``,
    checked when the cues load), so only the sentences where one of those words begins are
    read with the phrases: a phrase found in a sentence holds its word there, so no sentence
    that has one is skipped."""
    text = ctx.text
    low = text.lower()
    gate = ctx.cues.no_comment_gate
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would move
        gate = re.compile(gate.pattern, re.IGNORECASE)
        low = text
    hits = [m.start() for m in gate.finditer(low)]
    return sorted({id(s): s for a in hits for s in ctx.sentences_of(a, a + 1)}.values(), key=lambda s: s.start)


def _unreached(ctx: Context, span: Span) -> list[Who] | None:
    """"Meridian Wire was unable to reach X", "The Ledger could not reach X or Y": the subject tried;
    who could not be reached is each name the object of "reach"/"contact" lists
    (``nocomment.whom_unreached``); [] when the object names no one ("could not reach an
    agreement"). None when the phrase ends on no such verb."""
    last = span[-1]
    if last.lower_ not in REACHING or not ctx.on("nocomment.whom_unreached"):  # not "be reached"
        return None
    obj = next((c for c in last.children if c.dep_ == "dobj"), None)
    ent = ctx.ent_of.get(obj.i) if obj is not None else None
    if ent is None or ent.label_ not in ("ORG", "PERSON"):
        return []
    return [(ctx.canonical(e), e.label_, ("nocomment.whom_unreached",)) for e in coordinated(ctx, ent)]


def _from_whom(ctx: Context, span: Span) -> list[Who] | None:
    """"There was no immediate response from X", "No reply was received from X": the phrase
    ends on "from", and who stayed silent is each name its object lists
    (``nocomment.from_whom``); [] when it names no one. None when the phrase ends otherwise."""
    last = span[-1]
    if last.lower_ != "from" or not ctx.on("nocomment.from_whom"):
        return None
    obj = next((c for c in last.children if c.dep_ == "pobj"), None)
    ent = ctx.ent_of.get(obj.i) if obj is not None else None
    if ent is None or ent.label_ not in ("ORG", "PERSON") or asker(ctx, ent):
        return []
    return [(ctx.canonical(e), e.label_, ("nocomment.from_whom",)) for e in coordinated(ctx, ent)]


def _asked_party(ctx: Context, span: Span, verb: Token) -> list[Who] | None:
    """"The Ledger contacted X for comment but received no response", "reached out to X for
    comment but has not heard back": the subject asked; who
    stayed silent is each name the asking verb beside it ("contacted", "emailed", "asked") has
    for its object (``nocomment.asked_party``); [] when it names no one, or when the asking was
    not for comment ("A emailed B but got no reply": the parties' own exchange, the story's).
    None unless the phrase says the subject received nothing."""
    if span[0].lemma_.lower() not in ("receive", "get") and span[-1].lower_ != "back" \
            or not ctx.on("nocomment.asked_party"):
        return None  # "received no response", "has not heard back"
    near = [t for t in (verb.head, *verb.children) if _asks(ctx, t)
            and any(g.lower_ == "comment" for g in t.subtree)]  # "for comment": not a party's own email
    for ask in near:
        obj = next((c for c in ask.children if c.dep_ == "dobj"), None) or next(
            (g for c in ask.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"), None)  # "reached out to X"
        ent = ctx.ent_of.get(obj.i) if obj is not None else None
        if ent is not None and ent.label_ in ("ORG", "PERSON"):
            return [(ctx.canonical(e), e.label_, ("nocomment.asked_party",)) for e in coordinated(ctx, ent)]
    return []


def _asks(ctx: Context, t: Token) -> bool:
    """An asking verb ("contacted", "asked"), or "reached out" (to someone)."""
    lemma = t.lemma_.lower()
    return lemma in ctx.cues.asking_verbs or lemma == "reach" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in t.children)


def _kind_before(ctx: Context, out: list, sent: Span) -> str | None:
    """The kind of the no-comment that ends in the sentence right before ``sent`` (or in it),
    for "Neither did Y"; None when there is none: the phrase then says nothing of comment."""
    if not out:
        return None
    since = ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    return out[-1][0]["kind"] if out[-1][0]["end"] > since else None  # ", nor did Y": the same sentence


def _in_paragraph(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The sentence's span cut at the paragraph breaks around ``pos``: the parser sometimes runs
    a sentence on past a line's end ("... on Monday.\nThe suit is the first ..."), and the
    stored sentence must be the one that says so, not the next paragraph too."""
    left = text.rfind("\n", start, pos) + 1 or start
    right = text.find("\n", pos, end)
    right = end if right == -1 else right
    while right > left and text[right - 1].isspace():
        right -= 1
    return max(start, left), right


def predicate(span: Span) -> Token:
    """The verb whose subject stayed silent: from the phrase's last word up the parse to the
    first verb with a subject or agent ("comment" -> "declined", "comment" -> "had"); or the verb
    the phrase's own auxiliary opens, when it has a subject ("X did not share A or respond to
    inquiries": "share", not a verb inside A)."""
    aux = span[0].head if span[0].dep_ == "aux" else None
    if aux is not None and span.start <= aux.i < span.end and any(c.dep_ in SUBJECTS for c in aux.children):
        return aux
    t = span[-1]
    for _ in range(5):
        if any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in t.children) or t.head.i == t.i:
            return t
        t = t.head
    return t


def story_event(ctx: Context, verb: Token, span: Span) -> bool:
    """A response the story reports, not the outlet's request for comment: a relative clause
    whose object is the thing not answered ("a letter, to which X did not respond"), an
    object that is a letter or a demand, or a phrase inside someone else's reported clause."""
    if not ctx.on("nocomment.story_event"):
        return False
    for t in verb.subtree:
        if t.i < span.start and t.tag_ in ("WDT", "WP") and t.dep_ in ("pobj", "dobj"):
            return True  # "to which X didn't respond"
        if t.i >= span.start and t.dep_ in ("pobj", "dobj") and t.lower_ in ctx.cues.story_requests \
                and t.head.lemma_.lower() in ("to", "respond", "reply", "answer", "response", "return"):
            return True  # "did not respond to the letter"
    if _in_court(ctx, verb):
        return True
    own = subject_of(ctx, verb)
    own_ent = ctx.ent_of.get(own[0].i) if own is not None else None
    for below, anc in zip((verb, *verb.ancestors), verb.ancestors):
        if below.dep_ in ("conj", "advcl"):
            continue  # "X did not respond, and Y declined", "While X declined to comment, the
            # case highlights ...": a clause beside the cue's, not inside what it reports
        if ctx.is_cue(anc) and anc.lemma_.lower() in ctx.cues.report_verbs:
            said = subject_of(ctx, anc)
            by = said[0] if said is not None else None
            if outlet_reports(ctx, by):
                continue  # "The Calder Herald said X declined to comment": the outlet asked
            if by is not None and (by.lemma_.lower() in ctx.cues.document_speakers or (
                    by.i in ctx.ent_of and own_ent is not None and ctx.ent_of[by.i].start != own_ent.start)):
                return True  # "the suit says X never replied", "Reddit said X did not respond"
    sent = verb.sent
    return any(t.lower_ == "according" and t.i + 1 < sent.end and ctx.doc[t.i + 1].lower_ == "to"
               for t in sent)


def _in_court(ctx: Context, verb: Token) -> bool:
    """"X did not respond to the allegations in its court filings", "has not yet answered the
    complaint": a step of the case, not the outlet's request for comment
    (``nocomment.story_event``). The verb's own "in" names a venue of the case
    (``story_venues``), or "answer" has a pleading for its object (``story_pleadings``)."""
    for c in verb.children:
        if c.dep_ == "dobj" and verb.lemma_.lower() == "answer" and c.lemma_.lower() in ctx.cues.story_pleadings:
            return True
        objects = [c] + [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in ("prep", "dobj") else []
        for o in objects:  # "in" on the verb, or on its object ("the allegations in its filing")
            for p in ([o] if o.lower_ == "in" else [g for g in o.children if g.dep_ == "prep" and g.lower_ == "in"]):
                if any(g.dep_ == "pobj" and g.lemma_.lower() in ctx.cues.story_venues for g in p.children):
                    return True
    return False


def spoke_instead(ctx: Context, verb: Token) -> bool:
    """"X declined to comment on the ruling's effect, saying only that it would appeal": X did
    speak instead, and what X said is the statement; a no-comment row would tell the reader X said
    nothing (``nocomment.spoke_instead``). Only the participle (", saying P") with a clause of its
    own: a reason given instead ("citing the litigation") leaves the no-comment, and so does
    "declined to comment on A but said B", a refusal on A beside a statement on B (the demo's
    gold keeps both)."""
    if not ctx.on("nocomment.spoke_instead"):
        return False
    return any(c.i > verb.i and c.dep_ == "advcl" and c.lemma_.lower() in ctx.cues.report_verbs
               and any(g.dep_ == "ccomp" for g in c.children)
               and not any(g.dep_ in SUBJECTS for g in c.children)  # "..., but Y said": Y spoke
               for c in verb.children)


def _silent(ctx: Context, sent: Span, verb: Token, pos: int) -> list[Who]:
    """Who the no-comment phrase at ``pos``, with ``verb`` as its verb, is about."""
    agent = _agent_names(ctx, verb)
    if agent:
        return agent
    found = subject_of(ctx, verb)
    subj = quantified(found[0]) if found is not None else None  # "None of the companies": the companies
    if subj is not None and subj.i in ctx.ent_of and ctx.ent_of[subj.i].label_ == "PRODUCT" \
            and ctx.on("nocomment.not_a_product"):
        if not _asked_for_comment(ctx, verb):
            return []  # "the chatbot did not respond to prompts": a product is asked for no comment
        ent = ctx.ent_of[subj.i]  # "Wrenlet has not responded to our request for comment": the text's name
        return [(ctx.canonical(ent), ent.label_, ("nocomment.product_asked",))]
    listed = listed_names(ctx, list(ctx.doc[sent.start:verb.i]))
    if not listed and subj is not None:
        listed = listed_names(ctx, list(subj.subtree))
    how: tuple[str, ...] = ("nocomment.listed_names",)
    if not listed and subj is not None:
        listed = listed_with_own_role(ctx, list(subj.subtree))  # "A, B and their lawyers"
        how = ("nocomment.listed_names", "nocomment.list_and_own_role")
    if listed and ctx.on("nocomment.listed_names"):
        # "Brannock AI, Tolvane and Fenmoor Labs declined": each of them
        return [(ctx.canonical(e), e.label_, how) for e in listed]
    whos: list[Who] = _both(ctx, subj, sent)
    if whos:
        return whos
    itself = _reporter_itself(ctx, verb, subj, pos)
    if itself is not None:
        return [itself]
    if subj is not None:
        for t in [subj, *subj.conjuncts]:
            named = counsel_client(ctx, t, pos) or names_before_role(ctx, t) or named_in_subject(ctx, t)
            named = (named and named + group_beside_names(ctx, t, pos, named)) or addressed(ctx, t) \
                or in_group(ctx, t, pos)
            if named is not None and named != []:
                whos += named
                continue
            if named is not None:
                sides = group_as_sides(ctx, t, sent)  # "A sued B. The companies did not respond"
                if sides:
                    whos += sides
                    continue
                return []  # a group that leaves no one ("the other defendants", all heard from)
            own = conjoined_name(ctx, t, subj)
            if own is not None:
                whos.append(own)
                continue
            if ctx.cues.document_speakers.get(t.lemma_.lower()) == "plaintiff" and ctx.on("nocomment.not_a_document"):
                continue  # "X had asked that the case be dismissed but has not responded": a misparse
            who = speaker_of(ctx, t, pos)
            if who is not None and who.name:
                whos.append((who.name, who.label, (found[1], *who.rules)))
        whos += named_after_and(ctx, subj, {w[0] for w in whos})
    whos += _as_did(ctx, verb, pos)
    generic = subj is not None and (group_kind(ctx, subj) is not None or subj.tag_ in ("NNS", "NNPS")
                                    and not any(c.dep_ in ("det", "poss") for c in subj.children))
    if not whos and not generic and ctx.on("nocomment.first_in_sentence"):
        ents = [e for e in ctx.mentions if sent.start_char <= e.start_char < pos
                and not (asker(ctx, e) and ctx.on("nocomment.asker_not_silent"))]
        if ents:
            whos.append((ctx.canonical(ents[0]), ents[0].label_, ("nocomment.first_in_sentence",)))
    return whos


def _asked_for_comment(ctx: Context, verb: Token) -> bool:
    """Whether the verb's object is the outlet's request for comment ("has not responded to the
    Ledger's request for comment"): a product's name then stands for whoever answers for it, and
    the row keeps the text's name (``nocomment.product_asked``); prompts and tests are not asked."""
    return ctx.on("nocomment.product_asked") and any(
        t.i > verb.i and t.lower_ == "comment" and t.dep_ == "pobj" and t.head.head.lemma_.lower() in ctx.cues.request_nouns
        for t in verb.subtree)


ANAPHORS = ("it", "we", "they")


def _reporter_itself(ctx: Context, verb: Token, subj: Token | None, pos: int) -> Who | None:
    """"A spokesman for X said the company had no comment", "X said it does not comment on
    pending litigation": a no-comment reported by the one it is about. The subject ("it",
    "we", "the company") stands for who says it, not for the last company that acted
    (``nocomment.reporter_itself``)."""
    if subj is None or not ctx.on("nocomment.reporter_itself"):
        return None
    anaphor = subj.lower_ in ANAPHORS or (
        subj.lemma_.lower() in ctx.cues.org_anaphors and subj.tag_ not in ("NNS", "NNPS")
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children))
    if not anaphor or verb.dep_ not in ("ccomp", "xcomp") or not ctx.is_cue(verb.head):
        return None
    report = verb.head
    if report.lemma_.lower() not in ctx.cues.report_verbs:
        return None
    who = speaker_of_subject(ctx, report, pos)
    if who is None or not who.name or who.label not in SPEAKER_LABELS:
        return None
    return who.name, who.label, ("nocomment.reporter_itself", *who.rules)


def _named_after(ctx: Context, span: Span) -> list[Who]:
    """"Neither did Tessaly", "Neither did representatives for A or B": who follows the
    auxiliary (the parser often takes "Neither" for the subject and the names for an object)."""
    if span.end >= len(ctx.doc):
        return []
    tok = ctx.doc[span.end]
    ent = ctx.ent_of.get(tok.i)
    if ent is not None and ent.label_ in SPEAKER_LABELS:
        return [(ctx.canonical(e), e.label_, ()) for e in coordinated(ctx, ent)]
    while tok.dep_ in ("det", "amod", "compound") and tok.head.i > tok.i:
        tok = tok.head  # "the company's representatives": the phrase's noun
    return named_in_subject(ctx, tok)


def _as_did(ctx: Context, verb: Token, pos: int) -> list[Who]:
    """"X declined to comment, as did Y": Y too (``nocomment.as_did``)."""
    if not ctx.on("nocomment.as_did"):
        return []
    out: list[Who] = []
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_.lower() == "do" and any(
                m.lower_ == "as" and m.dep_ == "mark" for m in c.children):
            subj = next((g for g in c.children if g.dep_ in SUBJECTS), None)
            ent = ctx.ent_of.get(subj.i) if subj is not None else None
            if ent is not None and ent.label_ in SPEAKER_LABELS:
                out += [(ctx.canonical(e), e.label_, ("nocomment.as_did",)) for e in coordinated(ctx, ent)]
            elif subj is not None:  # "..., as did a representative for Y": who the role is for
                out += [(n, label, ("nocomment.as_did", *rules)) for n, label, rules in named_in_subject(ctx, subj)]
    return out


def _agent_names(ctx: Context, verb: Token) -> list[Who]:
    """"A request for comment was not answered by A, B or C": each name of the agent."""
    if not ctx.on("nocomment.agent"):
        return []
    for c in verb.children:
        obj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else None
        ent = ctx.ent_of.get(obj.i) if obj is not None else None
        if ent is not None and ent.label_ in SPEAKER_LABELS:
            return [(ctx.canonical(e), e.label_, ("nocomment.agent",)) for e in coordinated(ctx, ent)]
    return []
