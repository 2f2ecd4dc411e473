"""Stance as a table of named rules: what each statement is (accusation, denial, lawsuit ...).

The rules and their words are data (``nlp/data/stances.yml``); this module only reads the
facts each rule can ask about and takes the first rule whose conditions all hold. The facts are
the ones a reader uses: the cue and whether it is negated ("did not deny"), who speaks (a judge,
a complaint, an outlet) and on which side of the article's dispute, what the statement's own
subject is (the speaker itself, or the other side) and whether its verb is negated, and a few
word classes ("without merit", "fair use", "copied without permission"). Keeping the decision a
first-match table makes every stance explainable by one rule name (``--explain``) and lets a
test switch one rule off to show its example depends on it (``tests/test_stance_rules.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

SELF_PRONOUNS = {"we", "i", "us"}
# in reported speech "it"/"they" is, as a rule, the speaker ("X said it had not copied")
REPORTED_SELF = {"it", "they", "he", "she"}
PARTY_LABELS = {"ORG", "PERSON", "PRODUCT", "OUTLET"}
# reported-speech words that can be the speaker only when it is a person / only when it is not
PERSON_ONLY = {"he", "she", "his", "her"}
THING_ONLY = {"it", "its"}


@dataclass(frozen=True)
class Table:
    cues: dict[str, frozenset[str]]
    speaker_words: dict[str, re.Pattern]
    words: dict[str, re.Pattern]
    side_rules: tuple[dict, ...]
    rules: tuple[dict, ...]
    suit: re.Pattern  # an article that tells of a lawsuit
    judge_titles: frozenset[str]
    side_of_rules: dict[str, frozenset[str]]  # stance rules that put their speaker on a side
    self_nouns: frozenset[str]
    learning_verbs: frozenset[str]
    filing: dict[str, frozenset[str]]  # verbs and nouns of a filing (fact in_filing)
    tolerance_verbs: frozenset[str]  # "we cannot allow ...": a protest, not a denial
    taking_verbs: frozenset[str]  # what the other side took: "X used our articles"


def _words_pattern(terms: list[str], whole: bool) -> re.Pattern:
    """One regex for a word class: each term at a word start (whole words for speakers). A
    term written with a trailing space ends at a word's end: "to copy " must not match "to
    copyright"."""
    alts = "|".join(re.escape(t.lower().rstrip()) + (r"\b" if t.endswith(" ") else "")
                    for t in sorted(terms, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + (r")\b" if whole else ")"))


@lru_cache(maxsize=4)
def load_table(path: str = "") -> Table:
    """The stance table: ``nlp/data/stances.yml`` unless the factory's config names a file."""
    text = Path(path).read_text(encoding="utf-8") if path else \
        (files("nlp") / "data" / "stances.yml").read_text(encoding="utf-8")
    d = yaml.safe_load(text)
    return Table(cues={k: frozenset(v) for k, v in d["cues"].items()},
                 speaker_words={k: _words_pattern(v, True) for k, v in d["speaker_words"].items()},
                 words={k: _words_pattern(v, False) for k, v in d["words"].items()},
                 side_rules=tuple(d["side_rules"]), rules=tuple(d["rules"]),
                 suit=_words_pattern(d["suit_in_article"], False),
                 judge_titles=frozenset(d["judge_titles"]),
                 side_of_rules={k: frozenset(v) for k, v in d["side_of_rules"].items()},
                 self_nouns=frozenset(d["self_nouns"]),
                 learning_verbs=frozenset(d["learning_verbs"]),
                 filing={k: frozenset(v) for k, v in d["filing"].items()},
                 tolerance_verbs=frozenset(d["tolerance_verbs"]),
                 taking_verbs=frozenset(d["taking_verbs"]))


@dataclass
class Facts:
    """What the rules may ask about one statement."""

    speaker: set[str] = field(default_factory=set)  # speaker_words classes (+ "outlet")
    side: str | None = None
    side_rule: str | None = None
    cue: str = ""
    cue_negated: bool = False
    words: set[str] = field(default_factory=set)
    subject: str | None = None  # self | other_party | case
    negated: bool = False
    suit: bool = False
    answers: bool = False
    answered: bool = False
    names_other: bool = False  # the statement names a party other than the speaker, or "they"
    question: bool = False  # the statement is a question ("Why isn't that enough?")
    in_suit: bool = False  # said in a lawsuit: "X said in the complaint", "..., it added" after one
    in_filing: bool = False  # the cue is a participle of the filing: "X sued Y, claiming that P"
    other_takes: bool = False  # the other side is the subject of a taking verb: "X used our work"
    clause: bool = False  # the cue's own clause reports the words: "X replied that ..." (no quote)
    at_hearing: bool = False  # the cue says the words were said at a hearing: "X said at the hearing"
    continues: str | None = None  # the rule that decided the statement "They added: ..." goes on from


def _as_list(v) -> list:
    return v if isinstance(v, list) else [v]


# the facts a rule compares as they are (true/false); the others name classes or lists
FLAGS = ("answers", "answered", "cue_negated", "negated", "suit", "names_other", "question",
         "in_suit", "in_filing", "other_takes", "at_hearing", "clause")


def holds(when: dict, f: Facts, table: Table) -> bool:
    """Whether every condition of a rule's ``when`` holds for these facts."""
    for key, want in when.items():
        if key in FLAGS:
            if getattr(f, key) != want:
                return False
        elif key == "speaker" and not any(w in f.speaker for w in _as_list(want)):
            return False
        elif key == "side" and (f.side or "none") not in _as_list(want):
            return False
        elif key == "cue" and not any(f.cue in table.cues[c] for c in _as_list(want)):
            return False
        elif key == "words" and not any(w in f.words for w in _as_list(want)):
            return False
        elif key == "no_words" and any(w in f.words for w in _as_list(want)):
            return False
        elif key == "subject" and f.subject not in _as_list(want):
            return False
        elif key == "continues" and f.continues not in _as_list(want):
            return False
    return True


def decide(f: Facts, table: Table, disabled: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(stance, rule name): the first rule of the table whose conditions hold."""
    for rule in table.rules:
        if rule["name"] not in disabled and holds(rule.get("when") or {}, f, table):
            return rule["stance"], rule["name"]
    return "other", "stance.default"


DOCUMENT_CLASSES = ("suit_document", "court_document")
# read in the canonical name, organisation and affiliation too: "it" said, "it" being the
# regulator; "the authority's chief executive Ada Brill said" speaks for the regulator
NAME_CLASSES = ("regulator",)


def speaker_classes(q: dict, table: Table) -> set[str]:
    """The speaker_words classes of the speaker's phrase and role (and, for a regulator, of its
    canonical name). A document class counts only as the phrase's head: "Koda's announcement
    of the lawsuit" is a press statement, not the lawsuit."""
    own = [x for x in (q.get("speaker_text"), q.get("speaker_role")) if x]
    phrase = " ".join(own).lower()
    if q.get("speaker_label") == "PERSON" and q.get("speaker"):
        # a word of a person's own name is no title: "Tony Justice alleges", "lawyers for
        # Justice" are no court ("Judge Ada Brill" keeps "judge", not a word of "Ada Brill")
        own_name = set(re.findall(r"\w+", q["speaker"].lower()))
        phrase = " ".join(w for w in re.findall(r"[\w.-]+", phrase) if w not in own_name)
    texts = {"document": " ".join(x.split(" of ")[0] for x in own).lower(),
             "name": " ".join(own + [q.get(k) or "" for k in ("speaker", "speaker_org",
                                                            "speaker_affiliation")]).lower()}
    out = {name for name, pat in table.speaker_words.items()
           if pat.search(texts["document"] if name in DOCUMENT_CLASSES
                         else texts["name"] if name in NAME_CLASSES else phrase)}
    if q.get("speaker_label") == "OUTLET":
        out.add("outlet")
    return out


@dataclass
class Known:
    """What the document tells about sides before one statement is read."""

    dispute_side: str | None = None  # the speaker's side by the dispute's roles
    judges: frozenset[str] = frozenset()  # people the article titles "Judge"
    own: dict[str, str] = field(default_factory=dict)  # speaker -> side its own statements take


def side_of(q: dict, classes: set[str], known: Known, table: Table,
            disabled: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """(side, rule): the first side rule of the table that places the speaker."""
    for r in table.side_rules:
        name = r["name"]
        if name in disabled:
            continue
        if name == "side.dispute_role":
            side = known.dispute_side
        elif name == "side.titled_judge":
            side = "court" if q.get("speaker") in known.judges else None
        elif name == "side.own_statements":
            side = next((known.own[w] for w in (q.get("speaker"), q.get("speaker_org"),
                                                q.get("speaker_affiliation")) if w in known.own), None)
        elif ("speaker" in r and r["speaker"] not in classes) or \
                ("label" in r and q.get("speaker_label") != r["label"]):
            side = None
        else:
            side = r["side"]
        if side:
            return side, name
    return None, None


def titled_judges(doc: Doc, table: Table) -> frozenset[str]:
    """People the article titles "Judge" ("U.S. District Judge Ada Brill", "Judge Brill"): the
    title before the name or opening it, never a word of the name ("Tony Justice")."""
    out = set()
    for e in doc.ents:
        if e.label_ != "PERSON":
            continue
        before = {doc[i].lower_ for i in range(max(0, e.start - 2), e.start)}
        if len(e) > 1:
            before.add(e[0].lower_)
        if before & table.judge_titles:
            out.add(e._.canonical or e.text)
    return frozenset(out)


def own_sides(decided: list[tuple[dict, str]], table: Table) -> dict[str, str]:
    """party -> side, from the stance rules that decided its statements ("X alleges": X is on
    the accusing side, and so is the organisation X speaks for); the side most of them take,
    none on a tie."""
    found: dict[str, Counter] = {}
    for q, rule in decided:
        for side, rules in table.side_of_rules.items():
            if rule in rules:
                for who in {q.get("speaker"), q.get("speaker_org"), q.get("speaker_affiliation")} - {None}:
                    found.setdefault(who, Counter())[side] += 1
    out = {}
    for who, votes in found.items():
        (first, n), *rest = votes.most_common()
        if not rest or rest[0][1] < n:
            out[who] = first
    return out


def cue_token(doc: Doc, q: dict) -> Token | None:
    """The cue's token: the nearest token outside the statement, in its sentences, that is the
    cue's first word. The statement dict keeps the cue's words, not where they are."""
    cue = (q.get("cue") or "").split()
    if not cue:
        return None
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None
    lo, hi = span[0].sent.start, span[-1].sent.end
    word = cue[0].lower()
    best, dist = None, None
    for t in doc[lo:hi]:
        if t.lower_ != word or span.start <= t.i < span.end:
            continue
        d = span.start - t.i if t.i < span.start else t.i - span.end
        if dist is None or d < dist:
            best, dist = t, d
    return best


NEGATIONS = {"not", "n't", "n\u2019t", "never"}


def negated(t: Token) -> bool:
    """A "neg" child, or a negation word the parser mislabelled: it takes "wasn\u2019t" with a
    curly apostrophe apart as "was" + a punctuation "n\u2019t"."""
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.i == t.i + 1) for c in t.children)


def main_verb(span: Span) -> Token | None:
    """The statement's own main verb: its first token whose head lies outside it (or itself).
    A word the tagger took for a noun but that has a subject of its own is that verb (in
    'the company "doesn't index books."' the marks make "index books" a compound noun)."""
    for t in span:
        if t.head.i == t.i or not (span.start <= t.head.i < span.end):
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
    return (whose(subj, q, own, ent_of, table, side) if subj is not None else None), neg


def whose(subj: Token, q: dict, own: set[str], ent_of: dict[int, Span], table: Table,
          side: str | None) -> str | None:
    """Who a subject in the statement is: self (the speaker: "we", "it" in reported speech,
    its own name) | other_party | case ("the suit", "the claims") | None."""
    doc = subj.doc
    if subj.lemma_.lower() in table.filing["nouns"] | table.filing["claim_nouns"]:
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
    return "self" if (ent._.canonical or ent.text) in own else "other_party"


def other_side_takes(doc: Doc, q: dict, own: set[str], ent_of: dict[int, Span], table: Table,
                     side: str | None) -> bool:
    """Whether a verb of taking (taking_verbs: used, trained, copied ...) in the statement has
    the other side as its subject: "it was undisputed that X had used its members' content",
    "the defendants trained these programs to ...". What the other side took is held against
    it whatever the statement's main verb; a verb in a coordination shares its head's subject."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    for t in span if span is not None else ():
        if t.pos_ != "VERB" or t.lemma_.lower() not in table.taking_verbs or negated(t) \
                or any(c.dep_ == "auxpass" for c in t.children):
            continue  # (a passive's subject is what was taken: "X had been trained on ...")
        v = t
        while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children):
            v = v.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and whose(subj, q, own, ent_of, table, side) == "other_party":
            return True
    return False


OTHERS = {"they", "their", "them", "theirs"}


def names_other(doc: Doc, q: dict, own: set[str], ent_of: dict[int, Span]) -> bool:
    """Whether the statement names a party that is not the speaker ("they" counts)."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None:
        return False
    for t in span:
        if t.lower_ in OTHERS:
            return True
        e = ent_of.get(t.i)
        if e is not None and e.label_ in PARTY_LABELS and (e._.canonical or e.text) not in own:
            return True
    return False


def is_question(text: str) -> bool:
    """A statement that asks ("Why isn't that enough?"): its last character before closing
    marks is a question mark."""
    return text.rstrip(" \t\n\"'\u201d\u2019,.").endswith("?")


def said_in_suit(cue: Token | None, table: Table) -> bool:
    """The cue says where the words were written: "X said in the lawsuit", "X claims in its
    complaint", "According to the complaint, X said ..." (the cue's own preposition, not one of
    the clause: the frame names the document the speaker's words are read from)."""
    if cue is None:
        return False
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
    what the filing says, whatever the participle's verb (the grammar, not the word, tells)."""
    if cue is None or cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    head, f = cue.head, table.filing
    lemma = head.lemma_.lower()
    if lemma in f["sue_verbs"] or (cue.dep_ == "acl" and lemma in f["nouns"]):
        return True
    return lemma in f["verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in f["nouns"]
                                       for c in head.children)


def doc_phrase(t: Token) -> str:
    return t.doc[t.left_edge.i: t.i + 1].text


def word_classes(text: str, table: Table) -> set[str]:
    low = text.lower().replace("\u2019", "'")  # "I\u2019m" is the lexicon's "i'm"
    return {name for name, pat in table.words.items() if pat.search(low)}
