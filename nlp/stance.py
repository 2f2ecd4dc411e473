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
from spacy.tokens import Doc

from nlp.extensions import doc_ents, name_of
from nlp.word_trie import classes_scanner, trie_alternation

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
    taken_verbs: frozenset[str] = frozenset()  # what was taken, as a passive's subject
    tool_nouns: frozenset[str] = frozenset()  # a tool used, not a work taken: "AI was used"
    not_charges: re.Pattern | None = None  # "an infringement lawsuit": a case's name, no charge
    misread_forms: dict[str, str] = field(default_factory=dict)  # "scraping" (lemma "scrap") -> scrape
    scope_verbs: frozenset[str] = frozenset()  # "the suit does not include X": its scope, no fault
    other_aimed: frozenset[str] = frozenset()  # "other" rules whose statements keep a target
    negation: dict[str, tuple[str, ...]] = field(default_factory=dict)  # nlp.stance_wrongs
    words_scan: re.Pattern | None = None  # ``words`` in one pass (word_trie.classes_scanner)


def _words_pattern(terms: list[str], whole: bool, trie: bool = True) -> re.Pattern:
    """One regex for a word class: each term at a word start (whole words for speakers). A
    term written with a trailing space ends at a word's end: "to copy " must not match "to
    copyright". Written as a trie (nlp/word_trie.py: the same texts match, at twice the speed)
    unless ``trie`` is false: ``not_charges`` is cut out of texts, where the phrase matters."""
    alts = trie_alternation(terms) if trie else \
        "|".join(re.escape(t.lower().rstrip()) + (r"\b" if t.endswith(" ") else "")
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
                 taking_verbs=frozenset(d["taking_verbs"]),
                 taken_verbs=frozenset(d.get("taken_verbs", ())),
                 tool_nouns=frozenset(d.get("tool_nouns", ())),
                 not_charges=_words_pattern(d["not_charges"], False, trie=False) if d.get("not_charges") else None,
                 misread_forms=dict(d.get("misread_forms") or {}),
                 scope_verbs=frozenset(d.get("scope_verbs", ())),
                 other_aimed=frozenset(d.get("other_aimed", ())),
                 negation={k: tuple(v) for k, v in (d.get("negation") or {}).items()},
                 words_scan=classes_scanner(d["words"]))


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
    someone_takes: bool = False  # anyone but the speaker takes, active, not disclaimed: "the labs fed ..."
    work_taken: bool = False  # a work taken: "their voices were used", "They used my reading"
    taking_denied: bool = False  # the speaker's taking disclaimed: "we did not copy", "rather than copying"
    clause: bool = False  # the cue's own clause reports the words: "X replied that ..." (no quote)
    at_hearing: bool = False  # the cue says the words were said at a hearing: "X said at the hearing"
    continues: str | None = None  # the rule that decided the statement "They added: ..." goes on from
    follows: str | None = None  # the rule that decided the statement just before, the same speaker's, any cue
    relays: bool = False  # its own verb is a party's: "(the judge said) 13 authors allege ..."
    in_defence: bool = False  # the cue is a participle of a denial: "X objected to the claims, arguing P"
    foretells: bool = False  # its own verb carries a modal: "the order would expose ..." (nlp.stance_outlook)
    wrong_denied: bool = False  # a wrongdoing word negated: "is not ignoring", "never scraped" (nlp.stance_wrongs)
    unfinished: bool = False  # a regulator's verb in the present or future: "is examining whether" (nlp.stance_outlook)
    sued: bool = False  # the speaker (or whom it speaks for) filed the article's suit: "X sued Y" (nlp.sides filers)


def _as_list(v) -> list:
    return v if isinstance(v, list) else [v]


# the facts a rule compares as they are (true/false); the others name classes or lists
FLAGS = ("answers", "answered", "cue_negated", "negated", "suit", "names_other", "question",
         "in_suit", "in_filing", "other_takes", "someone_takes", "work_taken", "at_hearing", "clause",
         "taking_denied", "relays", "in_defence", "foretells", "wrong_denied", "unfinished", "sued")


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
        elif key == "no_cue" and any(f.cue in table.cues[c] for c in _as_list(want)):
            return False
        elif key in ("words", "words_too") and not any(w in f.words for w in _as_list(want)):
            return False
        elif key == "no_words" and any(w in f.words for w in _as_list(want)):
            return False
        elif key == "subject" and f.subject not in _as_list(want):
            return False
        elif key == "continues" and f.continues not in _as_list(want):
            return False
        elif key == "follows" and f.follows not in _as_list(want):
            return False
    return True


def decide(f: Facts, table: Table, disabled: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(stance, rule name): the first rule of the table whose conditions hold."""
    for name, stance, test in _compiled(table):
        if name not in disabled and test(f):
            return stance, name
    return "other", "stance.default"


# id(table) -> (the table, its rules as (name, stance, test)); the table is kept, so its id is not reused
_COMPILED: dict[int, tuple[Table, tuple]] = {}


def _compiled(table: Table) -> tuple:
    """The table's rules, each ``when`` made one Python expression once per table: ``holds``
    reads every condition through a chain of string comparisons, about 60 rules a statement.
    The expression asks exactly what ``holds`` asks (tests/test_stance_rules.py compares the
    two on every rule); ``holds`` stays the readable statement of what a condition means."""
    got = _COMPILED.get(id(table))
    if got is None or got[0] is not table:
        if len(_COMPILED) > 16:
            _COMPILED.clear()
        got = _COMPILED[id(table)] = (table, tuple(
            (r["name"], r["stance"], _test(r.get("when") or {}, table)) for r in table.rules))
    return got[1]


def _test(when: dict, table: Table):
    """``holds(when, ., table)`` as one compiled function of the facts."""
    consts: list = []

    def c(value) -> str:
        consts.append(value)
        return f"C[{len(consts) - 1}]"

    parts = []
    for key, want in when.items():
        wants = tuple(_as_list(want))
        if key in FLAGS:
            parts.append(f"not (f.{key} != {c(want)})")
        elif key == "speaker":
            parts.append(f"any(map(f.speaker.__contains__, {c(wants)}))")
        elif key == "side":
            parts.append(f"(f.side or 'none') in {c(wants)}")
        elif key in ("cue", "no_cue"):
            if all(w in table.cues for w in wants):
                union = frozenset().union(*(table.cues[w] for w in wants))
                parts.append(("" if key == "cue" else "not ") + f"f.cue in {c(union)}")
            else:  # an unknown class: asked as ``holds`` asks it (a KeyError when reached)
                parts.append(f"{c(holds)}({c({key: want})}, f, {c(table)})")
        elif key in ("words", "words_too"):
            parts.append(f"any(map(f.words.__contains__, {c(wants)}))")
        elif key == "no_words":
            parts.append(f"not any(map(f.words.__contains__, {c(wants)}))")
        elif key in ("subject", "continues", "follows"):
            parts.append(f"f.{key} in {c(wants)}")
    return eval(f"lambda f: {' and '.join(parts) or 'True'}", {"C": consts})  # noqa: S307 (built from the table's keys)


DOCUMENT_CLASSES = ("suit_document", "court_document", "suit_role", "party_document",
                    "complaint_document")
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
    # (the phrase's head: "Koda's announcement of the lawsuit", "lawyers for the plaintiffs")
    texts = {"document": " ".join(re.split(r" (?:of|for) ", x)[0] for x in own).lower(),
             "name": " ".join(own + [q.get(k) or "" for k in ("speaker", "speaker_org",
                                                            "speaker_affiliation")]).lower()}
    out = {name for name, pat in table.speaker_words.items()
           if pat.search(texts["document"] if name in DOCUMENT_CLASSES
                         else texts["name"] if name in NAME_CLASSES else phrase)}
    if q.get("speaker_label") == "OUTLET" and not out & {"party_document", "suit_document"}:
        out.add("outlet")  # (not "The letter states", the outlet's own letter: a party's words)
    return out


@dataclass
class Known:
    """What the document tells about sides before one statement is read."""

    dispute_side: str | None = None  # the speaker's side by the dispute's roles
    judges: frozenset[str] = frozenset()  # people the article titles "Judge"
    own: dict[str, str] = field(default_factory=dict)  # speaker -> side its own statements take
    roles: dict[str, str] = field(default_factory=dict)  # speaker -> the role the article gives it once
    voted_side: str | None = None  # the speaker's side by the weight of the article's evidence


def side_of(q: dict, classes: set[str], known: Known, table: Table,
            disabled: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """(side, rule): the first side rule of the table that places the speaker."""
    for r in table.side_rules:
        name = r["name"]
        if name in disabled:
            continue
        if name == "side.dispute_role":
            side = known.dispute_side
        elif name == "side.article_sides":
            side = known.voted_side
        elif name == "side.titled_judge":
            side = "court" if q.get("speaker") in known.judges else None
        elif name in ("side.own_statements", "side.court_elsewhere"):
            # the court's side by its own name, the parties' by theirs: one vote table
            side = next((known.own[w] for w in (q.get("speaker"), q.get("speaker_org"),
                                                q.get("speaker_affiliation")) if w in known.own), None)
            if (side == "court") != (name == "side.court_elsewhere"):
                side = None
        elif ("speaker" in r and r["speaker"] not in classes) or \
                ("label" in r and q.get("speaker_label") != r["label"]):
            side = None
        else:
            side = r["side"]
        if side:
            return side, name
    return None, None


def titled_judges(doc: Doc, table: Table, every: tuple | None = None) -> frozenset[str]:
    """People the article titles "Judge" ("U.S. District Judge Ada Brill", "Judge Brill"): the
    title before the name or opening it, never a word of the name ("Tony Justice"). ``every``:
    the document's entities, when the caller has read them (``doc_ents`` checks every token)."""
    out = set()
    for e in (doc_ents(doc) if every is None else every):
        if e.label_ != "PERSON":
            continue
        before = {doc[i].lower_ for i in range(max(0, e.start - 2), e.start)}
        if len(e) > 1:
            before.add(e[0].lower_)
        if before & table.judge_titles:
            out.add(name_of(e))
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
