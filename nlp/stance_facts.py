"""The facts of one statement that stance rules ask about, read from the parse.

nlp/stance.py holds the table and its first-match decision; this module reads, for one
statement, what the table's conditions name: the cue token and whether it is negated, the
statement's own main verb and whose subject it has (the speaker's side or the other), whether
the other side is said to take something, whether it names another party, whether it was said
in a suit, at a hearing or in a filing, and its word classes. Kept apart so the decision stays
a short table reader and these parse readings can grow without it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from nlp.extensions import name_of
from nlp.lexicon import head_positions, token_array
from nlp.stance_positions import taking_positions
from nlp.word_trie import classes_found
from nlp.stance import (PARTY_LABELS, PERSON_ONLY, REPORTED_SELF, SELF_PRONOUNS, THING_ONLY, Table,
                        speaker_classes)

def cue_token(doc: Doc, q: dict) -> Token | None:
    """The cue's token: the nearest token outside the statement, in its sentences, that is the
    cue's first word, or one between the marks of an interrupted direct quote. The statement
    dict keeps the cue's words, not where they are. The cue word is looked up in the array of
    lower-cased forms, so only the tokens that are that word are made and read."""
    cue = (q.get("cue") or "").split()
    if not cue:
        return None
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None
    lo, hi = sentence_bounds(doc, span.start, span.end)
    strings = doc.vocab.strings
    lows = token_array(doc, "LOWER")
    at = ((lows[lo:hi] == strings[cue[0].lower()]).nonzero()[0] + lo).tolist()
    if not at:
        return None
    best, dist = None, None
    direct = q.get("kind") == "direct"
    marks = None  # positions of double quote marks inside a direct quote (its words open inside marks)
    for i in at:
        inside = span.start <= i < span.end
        if inside:
            if not direct:
                continue
            if marks is None:
                marks = [j for j in range(span.start, span.end) if doc[j].text in DOUBLE_MARKS]
            if not bisect_right(marks, i) % 2:
                continue
        # a cue between the marks that close and reopen an interrupted quote ("“A,” X said at
        # the hearing. “B”") is the statement's own: nearer than any outside it
        d = 0 if inside else span.start - i if i < span.start else i - span.end
        if dist is None or d < dist:
            best, dist = i, d
    return None if best is None else doc[best]


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds of the sentences holding doc[start:end], read from the sentence-start
    array (``Span.sent`` walks the tokens to find them, and statements are many)."""
    starts = (token_array(doc, "SENT_START") == 1).nonzero()[0].tolist()
    lo = starts[bisect_right(starts, start) - 1] if starts and starts[0] <= start else 0
    hi = next((s for s in starts[bisect_right(starts, end - 1):]), len(doc))
    return lo, hi


DOUBLE_MARKS = {"\u201c", "\u201d", '"'}


NEGATIONS = {"not", "n't", "n\u2019t", "never"}


def negated(t: Token) -> bool:
    """A "neg" child, or a negation word the parser mislabelled: it takes "wasn\u2019t" with a
    curly apostrophe apart as "was" + a punctuation "n\u2019t"."""
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.i == t.i + 1) for c in t.children)


def main_verb(span: Span) -> Token | None:
    """The statement's own main verb: its first token whose head lies outside it (or itself).
    A word the tagger took for a noun but that has a subject of its own is that verb (in
    'the company "doesn't index books."' the marks make "index books" a compound noun)."""
    doc, start, end = span.doc, span.start, span.end
    heads = head_positions(doc)  # a Token is made only of the few words whose head lies outside
    for i in range(start, end):
        h = heads[i]
        if h == i or not (start <= h < end):
            t = doc[i]
            if t.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return t
    return None


def subject_facts(doc: Doc, q: dict, own: set[str], ent_of: dict[int, Span], table: Table,
                  side: str | None) -> tuple[str | None, bool]:
    """(who the statement's subject is: self | other_party | None, its verb negated)."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    verb = main_verb(span) if span is not None else None
    if span is None or not len(span):
        return None, False
    if verb is not None and verb.lemma_.lower() in table.learning_verbs:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    neg = verb is not None and (negated(verb) or (verb.dep_ in ("xcomp", "ccomp") and negated(verb.head)))
    if neg and verb.lemma_.lower() in table.tolerance_verbs:
        neg = False  # "we cannot allow this to become the norm" protests; it denies nothing
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if verb is not None else None
    if subj is None and verb is None and (span[0].i in ent_of or span[0].lower_ in SELF_PRONOUNS):
        subj = span[0]  # a parse that lost the verb: the name the statement opens with
    # (a verb whose subject is a clause, "We know that taking on X is not easy", has no party
    # as its subject: not the "We" the statement opens with)
    who = whose(subj, q, own, ent_of, table, side) if subj is not None else None
    if neg and who == "self" and will_not(verb):
        neg = False  # "it won't ban AI images": what it decides to do, no denial of what it did
    if neg and who == "case" and verb.lemma_.lower() in table.scope_verbs:
        neg = False  # "the suit did not include Tessaly": the case's scope, no fault found in it
    return who, neg


def will_not(verb: Token) -> bool:
    """The negated verb tells what the speaker will (or, reported, would) not do: "we won't
    ban", "it would not prioritise X". "would not have used" looks back, as a denial does."""
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    return bool(aux & {"will", "would"}) and "have" not in aux


# case nouns whose plural names deeds, not cases: "These actions mislead consumers", "Tessaly's
# actions threaten the archive" (the conduct charged, not the suit that charges it)
DEEDS = {"action"}


def whose(subj: Token, q: dict, own: set[str], ent_of: dict[int, Span], table: Table,
          side: str | None) -> str | None:
    """Who a subject in the statement is: self (the speaker: "we", "it" in reported speech,
    its own name) | other_party | case ("the suit", "the claims") | None."""
    doc = subj.doc
    if subj.lemma_.lower() in table.filing["nouns"] | table.filing["claim_nouns"] and not (
            subj.lemma_.lower() in DEEDS and subj.tag_ == "NNS"):
        return "case"  # "the suit did not identify ...", "Orrin's claims are baseless"
    group = speaker_classes({"speaker_text": doc[subj.left_edge.i: subj.i + 1].text}, table)
    if group & {"plaintiff_group", "defendant_group"}:
        return "self" if side and f"{side}_group" in group else "other_party"
    low = subj.lower_
    reported = q.get("kind") != "direct"
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
    # "it" is not a person who speaks, "he" is not a company ("Tremblay argued its output ...")
    unfit = PERSON_ONLY if q.get("speaker_label") not in (None, "PERSON") else \
        THING_ONLY if q.get("speaker_label") == "PERSON" else set()
    if low in SELF_PRONOUNS or "our" in dets or (reported and (
            (low in REPORTED_SELF - unfit) or ("its" in dets and "its" not in unfit)
            or (low in table.self_nouns and "the" in dets))):
        return "self"
    if reported and (low in unfit or dets & unfit):
        return None
    ent = ent_of.get(subj.i) or next((ent_of[c.i] for c in subj.children if c.i in ent_of
                                      and c.dep_ in ("poss", "compound")), None)
    if ent is None or ent.label_ not in PARTY_LABELS:
        return None
    return "self" if name_of(ent) in own else "other_party"


def takers(doc: Doc, q: dict, own: set[str], ent_of: dict[int, Span], table: Table,
           side: str | None) -> set[str]:
    """Who takes, by the verbs of taking (taking_verbs: used, trained, copied ...) in the
    statement: "other_party" when one has the other side as its subject ("it was undisputed
    that X had used its members' content": held against X whatever the statement's main verb),
    "own_work" when a work is taken by anyone but the speaker: the speaker's ("They used my
    reading", "took our archive") or anyone's, told in the passive (``passive_work``); "someone"
    when anyone but the speaker takes, in the active, not disclaimed (a report's finding "the
    labs were feeding a trove of ..."). A verb in
    a coordination shares its head's subject. (The speaker's own taking is not read: in
    reported speech "it"/"they" is the speaker only as a rule, and "they can use ...", "the
    works it has been exploiting" name the other side.) Only the statement's words that may be verbs
    of taking are read (``stance_positions``)."""
    out: set[str] = set()
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    at = taking_positions(doc, table) if span is not None else []
    for t in map(doc.__getitem__, at[bisect_left(at, span.start):bisect_left(at, span.end)] if at else ()):
        lemma = table.misread_forms.get(t.lower_) or t.lemma_.lower()
        if lemma not in table.taking_verbs:
            continue
        if disclaimed(t):
            if disclaimer_is_own(t, q, own, ent_of, table, side):
                out.add("denied")
            continue
        if any(c.dep_ == "auxpass" for c in t.children):
            if lemma in table.taken_verbs and passive_work(t, table):
                out.add("own_work")
            continue  # (a passive's subject is what was taken: "X had been trained on ...")
        if t.pos_ != "VERB":
            continue
        v = t
        while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children):
            v = v.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        who = whose(subj, q, own, ent_of, table, side) if subj is not None else None
        if who == "other_party":
            out.add(who)
        if who != "self":
            out.add("someone")  # anyone but the speaker takes: "the labs were feeding ..."
        if who != "self" and (subj is None or subj.lower_ not in SELF_PRONOUNS) and any(
                c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("my", "our")
                                         for g in c.children) for c in t.children):
            out.add("own_work")
    return out


def inner_quote(text: str, at: int) -> bool:
    """Whether position ``at`` of a statement lies inside single marks it quotes (‘...’): a
    closing mark is one no letter follows (else it is an apostrophe, "it’s")."""
    head = text[:max(at, 0)]
    opened = head.count("\u2018")
    closed = sum(1 for i, ch in enumerate(head) if ch == "\u2019"
                 and not (i + 1 < len(head) and head[i + 1].isalpha()))
    return opened > closed


CONSTRAINTS = {"must", "may", "can", "ca", "could", "might", "shall", "should"}


def disclaimed(t: Token) -> bool:
    """A taking said not to have happened: the verb (or the verb it is coordinated with)
    negated ("we did not copy", "isn't designed to be used for"), or the act named after
    "without", "rather than", "instead of" ("it absorbs the sets rather than storing or copying
    songs", "without any use of her portrait")."""
    v = t
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.pos_ == "VERB" and negated(v) and any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in v.children):
        return False  # "asked them not to use AI voices": a wish or a rule, not what was done
    if v.pos_ == "VERB" and (negated(v) or (v.dep_ == "xcomp" and v.head.pos_ == "VERB"
                                            and negated(v.head))):
        # not what may not be done ("users must not copy the software", "we cannot use it"):
        # a term or a constraint, no denial of what was done
        return not {c.lower_ for c in (*v.children, *v.head.children)
                    if c.dep_ == "aux"} & CONSTRAINTS
    h = v.head
    if v.dep_ in ("pobj", "pcomp"):
        return h.lower_ == "without" or (h.lower_ == "than" and any(
            c.lower_ == "rather" for c in (*h.children, *h.lefts))) or (
            h.lower_ == "of" and h.head.lower_ == "instead")
    return False


def disclaimer_is_own(t: Token, q: dict, own: set[str], ent_of: dict[int, Span], table: Table,
                      side: str | None) -> bool:
    """The disclaimed taking is the speaker's or no one's: its subject is the speaker ("we did
    not copy", "it does not use ..."), or it has none (a gerund, a noun) or is a passive, whose
    subject is the work, not who took it ("her voice was not used"). "Tessaly did not pay" said
    of the other side is held against it (stance.other_party_negated), not disclaimed."""
    if inner_quote(q["text"], t.idx - q["start"]):
        return False  # "X has stated, 'We have not used ...'. However, ...": another's words
    if t.pos_ != "VERB":
        # a noun of taking names one with what was taken ("without any use of her portrait");
        # "rather than product use", "for personal use" name a kind of use, no taking
        return any(c.dep_ in ("prep", "poss") and (c.dep_ == "poss" or c.lower_ == "of")
                   for c in t.children)
    if any(c.dep_ == "auxpass" for c in t.children):  # not "the model was not trained on"
        return (table.misread_forms.get(t.lower_) or t.lemma_.lower()) in table.taken_verbs
    v = t
    while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children):
        v = v.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is None or whose(subj, q, own, ent_of, table, side) == "self"


def passive_work(t: Token, table: Table) -> bool:
    """A passive verb of taking tells of a work taken ("my voice has been used 481 times",
    "their books were being copied"): the passive hides the taker; what it says was done to the
    work is the grievance whoever says it. Not what may or can be done ("your content may be
    used to ...", "to be easily used by": a term or a possibility), nor a tool used ("AI was
    used to ...", tool_nouns)."""
    if t.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
    if aux & MODALS or "to" in aux:
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    return subj is None or not {subj.lower_, *(c.lower_ for c in subj.children
                                               if c.dep_ in ("compound", "amod"))} & table.tool_nouns


MODALS = {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "'ll"}


OTHERS = {"they", "their", "them", "theirs"}


def names_other(doc: Doc, q: dict, own: set[str], ent_of: dict[int, Span]) -> bool:
    """Whether the statement names a party that is not the speaker ("they" counts)."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None:
        return False
    strings = doc.vocab.strings
    if any(strings[h] in OTHERS for h in set(token_array(doc, "LOWER")[span.start:span.end].tolist())):
        return True
    for i in range(span.start, span.end):
        e = ent_of.get(i)
        if e is not None and e.label_ in PARTY_LABELS and name_of(e) not in own:
            return True
    return False


def is_question(text: str) -> bool:
    """A statement that asks ("Why isn't that enough?"): its last character before closing
    marks is a question mark."""
    return text.rstrip(" \t\n\"'\u201d\u2019,.").endswith("?")


def said_in_suit(cue: Token | None, table: Table) -> bool:
    """The cue says where the words were written: "X said in the lawsuit", "X claims in its
    complaint", "According to the complaint, X said ..." (the cue's own preposition, not one of
    the clause: the frame names the document the speaker's words are read from). So does a
    court told ("the publishers told a Tennessee federal court that P", "telling a judge P"):
    words put to the court are the party's case, not a press statement."""
    if cue is None:
        return False
    if cue.lemma_.lower() == "tell" and any(
            c.dep_ in ("dobj", "dative", "iobj") and table.speaker_words["judge"].search(c.lower_)
            for c in cue.children):
        return True
    for c in cue.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "according":  # "according" -> "to" -> the document
            c = next((g for g in c.children if g.lower_ == "to"), None)
        elif c.lower_ not in ("in", "within"):
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None) if c is not None else None
        if obj is not None and table.speaker_words["suit_document"].search(doc_phrase(obj).lower()):
            return True
    return False


HEARINGS = {"hearing", "argument", "arguments", "conference", "trial", "session"}


def said_at_hearing(cue: Token | None) -> bool:
    """The cue says where the words were spoken: "the judge said at a Friday hearing", "...,
    Brill said during oral arguments" (the cue's own preposition): a court's remarks in court
    are no ruling."""
    if cue is None:
        return False
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "during"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in HEARINGS:
                return True
    return False


def claimed_in_filing(cue: Token | None, table: Table) -> bool:
    """The cue is a participle hung on the act of suing: "X sued Y, claiming that P", "filed a
    lawsuit against Y, arguing P", "complaints against Y, alleging P". What it introduces is
    what the filing says, whatever the participle's verb (the grammar, not the word, tells).
    So is a cue in a relative clause on the suit itself: "a 2024 lawsuit in which the labels
    accused Y of copying P", "a complaint that claims P"."""
    if cue is not None and cue.dep_ == "relcl" and cue.head.lemma_.lower() in table.filing["nouns"] \
            and cue.head.lemma_.lower() not in table.filing["claim_nouns"]:
        return True
    if cue is None or cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    head, f = cue.head, table.filing
    lemma = head.lemma_.lower()
    if lemma in f["sue_verbs"] or (cue.dep_ == "acl" and lemma in f["nouns"]):
        return True
    if lemma == "be" and any(g.dep_ == "acl" and g.lemma_.lower() in f["sue_verbs"]
                             for n in head.children for g in _named(n).children):
        return True  # "X is among three authors suing Y, saying that P": the suers' participle
    return lemma in f["verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in f["nouns"]
                                       for c in head.children)


def _named(t: Token) -> Token:
    """The noun a verb's complement names: the object of "among" in "is among three authors"."""
    if t.dep_ == "prep":
        return next((c for c in t.children if c.dep_ == "pobj"), t)
    return t


def doc_phrase(t: Token) -> str:
    return t.doc[t.left_edge.i: t.i + 1].text


def word_classes(text: str, table: Table) -> set[str]:
    """The word classes the statement holds. Wrongdoing is read with the names of cases blanked
    out (``not_charges``): "a copyright infringement lawsuit", "legal action for copyright
    infringement" name a case the speaker tells of; they charge no one."""
    low = text.lower().replace("\u2019", "'")  # "I\u2019m" is the lexicon's "i'm"
    if table.words_scan is not None:  # every class in one pass: the same classes, a seventh of the time
        out = classes_found(table.words_scan, tuple(table.words), low)
    else:
        out = {name for name, pat in table.words.items() if pat.search(low)}
    if "wrongdoing" in out and table.not_charges is not None and table.not_charges.search(low) \
            and not table.words["wrongdoing"].search(table.not_charges.sub(" ", low)):
        out.discard("wrongdoing")  # (blanked only where a wrongdoing word and a name both are)
    return out
