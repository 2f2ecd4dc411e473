"""Scoring statements against hand-written gold: the demo's gold files and the attribution sets.

Gold files are JSON files beside the pages they annotate (``*.gold.json``; format in
``spiders/demo_site/README.md``). A predicted statement matches a gold one when their words
overlap enough (Dice >= 0.6 on word sets), one to one, best pairs first: boundaries of reported
speech legitimately differ by a word or two, the words said do not.

Prints, by kind: gold count, found, recall, precision and speaker accuracy (the share of
matched statements whose canonical speaker is right), then no-comment recall and precision,
and the number of quotes returned twice from one article (must be 0).

Turning the demo's pages into articles is the crawl's extraction, so it is done by the roof
(``python -m claimtrack.evaluate``, ``make eval``), which hands the articles to
:func:`score_articles`; this package imports nothing of the project but the kernel and nlp.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable


from claimtrack.records import Article
from nlp.eval.span_folds import accused_before, fragments_in_mixed, resumed_as_one
from nlp.eval.speaker_sides import same_side

_WORD = re.compile(r"\w+", re.UNICODE)
KINDS = ("direct", "mixed", "indirect")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def similarity(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def one_to_one(candidates) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) taken best first from ``(*score, gi, pi)`` tuples,
    each gold and each prediction used once."""
    used_g, used_p, out = set(), set(), []
    for *_, gi, pi in sorted(candidates, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


# A legal form at a name's end ("Brindle Communications, Inc.", "Vell LLP") or a leading "The"
# ("The Harwick Gazette"): the same party with or without it. The pipeline keeps one entity for both (nlp/entities.py) and names it
# without the form where a gold file, following "the fullest name in the text", may keep it.
LEGAL_FORM = re.compile(r"(?:,?\s+(?:inc|incorporated|ltd|limited|llc|llp|corp|corporation|co|plc|gmbh|ag|sa)\.?)+$",
                        re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
INDEFINITE = re.compile(r"^an?\s+", re.IGNORECASE)
FOLD_LEGAL_FORMS = True  # False: names compared exactly (``--exact-names`` of nlp/eval/realset.py)


# A middle initial ("Jed S. Rakoff" and "Jed Rakoff" name one judge; the gold files keep the
# fullest form in the text, the gazetteer may not).
MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[a-z]\.(?=\s+\w)", re.IGNORECASE)
# A gold speaker that lists several parties: "A, B and C", "A & B".
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", re.IGNORECASE)


# A dash inside a name, spaced or not, of any length: "Screen Actors Guild – American Federation
# ..." and "Screen Actors Guild-American Federation ..." are one name written two ways.
DASH = re.compile(r"\s*[-\u2010-\u2015]\s*")


# Letters with full stops, "U.S." and "US", "U.K." and "UK": one abbreviation.
DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# Words an acronym leaves out: "Content Overseas Distribution Association" is CODA.
ACRONYM_SKIPS = {"of", "the", "and", "for", "&", "in", "on"}
# Words of an unnamed source, in the pipeline's label ("anonymous sources") or a writer's own
# ("the source", "anonymous", "people familiar with the matter").
ANONYMOUS = re.compile(r"\b(?:anonymous|unnamed|unidentified|sources?|familiar with)\b", re.IGNORECASE)


# "Estate of Orrin Vale" and "Orrin Vale estate" (and "the ... Estate") name one party: the
# gold files write either, the pipeline keeps the text's first form
ESTATE_OF = re.compile(r"^estate\s+of\s+(.+)$", re.IGNORECASE)


def _folded(name: str) -> str:
    name = MIDDLE_INITIAL.sub("", LEADING_ARTICLE.sub("", LEGAL_FORM.sub("", name).strip()))
    name = ESTATE_OF.sub(r"\1 estate", name)
    return DOTTED.sub(lambda m: m.group(0).replace(".", ""), DASH.sub("-", name)).replace("’", "'")


def _acronym_of(short: str, name: str) -> bool:
    """``short`` is one word made of the initials of ``name``'s words, with or without its
    small words ("CODA", "Content Overseas Distribution Association")."""
    words = name.split()
    if " " in short or len(short) < 2 or len(words) < 2:
        return False
    short = short.casefold()
    every = "".join(w[0] for w in words).casefold()
    main = "".join(w[0] for w in words if w.casefold() not in ACRONYM_SKIPS).casefold()
    return short in (every, main)


# Folded name -> gazetteer id, for names the project's gazetteer gives one entity ("Meta
# Platforms" and "Meta"); empty unless a caller loads it (nlp/eval/realset.py does, for real
# text, where gold files keep the text's fullest form and the pipeline the canonical name).
ALIASES: dict[str, str] = {}


def load_aliases(path) -> dict[str, str]:
    """Name and aliases of every gazetteer entry, folded, to the entry's id; also its context
    aliases of two words or more ("Competition Board" of the Calder Competition Board: the
    short name the article itself uses, which the pipeline reads as that entry only when the
    article names it), never a one-word one (a surname)."""
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            e = json.loads(line)
            shorter = [n for n in e.get("context_aliases", []) if len(n.split()) >= 2]
            for n in (e["name"], *e.get("aliases", []), *shorter):
                out.setdefault(_folded(" ".join(n.split()).casefold()), e["id"])
    return out


def same_entity(a: str | None, b: str | None) -> bool:
    """Two names the gazetteer gives one entity (``ALIASES``), when loaded."""
    if not ALIASES or not FOLD_LEGAL_FORMS or a is None or b is None:
        return False
    ia, ib = ALIASES.get(_folded(a.casefold())), ALIASES.get(_folded(b.casefold()))
    return ia is not None and ia == ib


def first_listed(name: str | None) -> str | None:
    """The first party of a gold speaker that lists several ("Dow Jones and New York Post"),
    or None when it names one. Annotators split on joint statements: some write the first-named
    party (as a case caption does), others all of them; the pipeline gives the first-named party
    and keeps the others in the text, so the first of a list is its speaker."""
    if not name:
        return None
    parts = [x for x in LIST_SEPARATOR.split(name) if x.strip()]
    return parts[0].strip() if len(parts) > 1 else None


def kept_as_written(gold: str | None, pred: dict) -> bool:
    """A gold speaker that is a description, not a name ("a class of authors", "Tech companies"),
    and a statement the pipeline left with no party, its speaker kept as the text's same words:
    both say no party is named. Annotators write such a description as the speaker (their
    READMEs); the pipeline's canonical speaker is a name or none, with the words in
    ``speaker_text``. An indefinite article is dropped; a listing gold speaker folds to its first."""
    said = pred.get("speaker_text")
    if not FOLD_LEGAL_FORMS or not gold or pred.get("speaker") or not said:
        return False
    said, gold = (_folded(INDEFINITE.sub("", " ".join(x.split()).casefold())) for x in (said, gold))
    return said in (gold, _folded(INDEFINITE.sub("", first_listed(gold) or "")))


def same_name(a: str | None, b: str | None) -> bool:
    """Two canonical names of one party: equal, or equal once a legal form (", Inc."), a
    leading "The", a middle initial, a dash's spacing, an abbreviation's full stops and case are
    dropped, and a curly apostrophe read as a straight one: "The Sankei Shimbun" and "Sankei
    Shimbun" name one newspaper, and neither form is
    more canonical than the other in the gold files. Also one party: an acronym and the name
    whose initials it is ("CODA"), and two words for an unnamed source (the pipeline's
    "anonymous sources", a writer's "the source")."""
    if a == b:
        return True
    if not FOLD_LEGAL_FORMS or a is None or b is None:
        return False
    fa, fb = _folded(a), _folded(b)
    if fa.casefold() == fb.casefold() or _acronym_of(fa, fb) or _acronym_of(fb, fa):
        return True
    return bool(ANONYMOUS.search(a)) and bool(ANONYMOUS.search(b))


def match(gold: list[dict], pred: list[dict], threshold: float = 0.6) -> list[tuple[int, int]]:
    return one_to_one((sim, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                      if (sim := similarity(g["text"], p["text"])) >= threshold)


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)
    hit_gold: Counter = field(default_factory=Counter)  # by gold kind
    hit_pred: Counter = field(default_factory=Counter)  # by predicted kind
    speaker_ok: Counter = field(default_factory=Counter)
    nc_gold: int = 0
    nc_pred: int = 0
    nc_hit: int = 0
    nc_kind_ok: int = 0
    speaker_first_listed: int = 0  # right as the first party of a gold speaker listing several
    speaker_by_alias: int = 0  # right as another name the gazetteer gives the same entity
    speaker_as_written: int = 0  # no party, the same description as the gold's ("a group of authors")
    fragment_of_mixed: int = 0  # a gold direct quote that is one quoted fragment of a mixed statement
    accused_in_gold_span: int = 0  # a gold "Vexa of copying X" for the pipeline's "copying X"
    # articles whose analysis failed (``Analysis.error``): their statements are missing from the
    # figures, which then measure a crash, not the rules (a component catches its own errors)
    failed: list = field(default_factory=list)
    duplicates: int = 0
    misses: list = field(default_factory=list)
    wrong_speakers: list = field(default_factory=list)
    nc_errors: list = field(default_factory=list)
    claims_checked: int = 0
    stance_ok: int = 0
    # right, or lawsuit for accusation and back: what a suit's complaint says is "lawsuit" to some
    # writers and "accusation" to others (counted over the real sets of sessions 18-19); a second
    # figure beside the strict one, never instead of it
    stance_ok_split: int = 0
    speaker_sides: Counter = field(default_factory=Counter)
    target_ok: int = 0
    stance_errors: list = field(default_factory=list)
    stance_pairs: list = field(default_factory=list)  # (name, gold, pred quote, claim): nlp/eval/stance_confusion.py
    extras: list = field(default_factory=list)

    def add(self, name: str, gold: dict, pred: dict) -> None:
        if pred.get("error"):
            self.failed.append((name, pred["error"]))
        text = (pred.get("article") or {}).get("text") or gold.get("text") or ""
        gq, pq = resumed_as_one(gold.get("quotes", []), text), pred.get("quotes", [])
        for g in gq:
            self.gold[g["kind"]] += 1
        for p in pq:
            self.pred[p["kind"]] += 1
        # the same words from the same speaker twice; a denial and the accusation it answers
        # share their words but not their speaker
        norm = Counter((p.get("speaker"), " ".join(sorted(words(p["text"])))) for p in pq)
        self.duplicates += sum(c - 1 for c in norm.values() if c > 1)
        matched = match(gq, pq)
        if FOLD_LEGAL_FORMS:  # "publicity stunt" and "the claims as a “publicity stunt”" (span_folds.py)
            folded = fragments_in_mixed(gq, pq, matched)
            self.fragment_of_mixed += len(folded)
            matched += folded
            folded = accused_before(gq, pq, matched)  # "Vexa of copying X" and "copying X"
            self.accused_in_gold_span += len(folded)
            matched += folded
        for gi, pi in matched:
            g, p = gq[gi], pq[pi]
            self.hit_gold[g["kind"]] += 1
            self.hit_pred[p["kind"]] += 1
            if same_name(p.get("speaker"), g.get("speaker")):
                self.speaker_ok[g["kind"]] += 1
            elif FOLD_LEGAL_FORMS and p.get("speaker") \
                    and same_name(p.get("speaker"), first_listed(g.get("speaker"))):
                self.speaker_ok[g["kind"]] += 1
                self.speaker_first_listed += 1
            elif same_entity(p.get("speaker"), g.get("speaker")) \
                    or same_entity(p.get("speaker"), first_listed(g.get("speaker"))):
                self.speaker_ok[g["kind"]] += 1
                self.speaker_by_alias += 1
            elif kept_as_written(g.get("speaker"), p):
                self.speaker_ok[g["kind"]] += 1
                self.speaker_as_written += 1
            else:
                self.wrong_speakers.append((name, g["text"][:60], g.get("speaker"), p.get("speaker"),
                                            p.get("speaker_text")))
                side = same_side(g, p, pred, text, lambda a, b: same_name(a, b) or same_entity(a, b))
                if side is not None:  # a second figure (speaker_sides.py)
                    self.speaker_sides[side] += 1
        claim_of = {c["quote"]: c for c in pred.get("claims", []) if c.get("quote") is not None}
        for gi, pi in matched:
            g = gq[gi]
            if "stance" not in g:
                continue
            c = claim_of.get(pi) or {}
            self.claims_checked += 1
            self.stance_pairs.append((name, g, pq[pi], c))
            self.stance_ok += c.get("stance") == g["stance"]
            self.stance_ok_split += c.get("stance") == g["stance"] \
                or {c.get("stance"), g["stance"]} == {"lawsuit", "accusation"}
            self.target_ok += c.get("target") == g.get("target")
            if c.get("stance") != g["stance"]:
                self.stance_errors.append((name, g["text"][:60], g["stance"], c.get("stance")))
        hit = {gi for gi, _ in matched}
        self.misses += [(name, g["kind"], g["text"][:80]) for i, g in enumerate(gq) if i not in hit]
        # A no-comment is found when its party is; its kind (declined, unreachable, no response)
        # is scored apart, like a statement's stance: "did not immediately comment" is read as
        # declined by one annotator and as no response by another.
        # Party names fold as statements' speakers do (same_name).
        def party(n):
            if not FOLD_LEGAL_FORMS or not n["speaker"]:
                return n["speaker"]
            f = _folded(n["speaker"])
            return ALIASES.get(f.casefold(), f)

        gk = Counter((party(n), n["kind"]) for n in gold.get("no_comment", []))
        pk = Counter((party(n), n["kind"]) for n in pred.get("no_comment", []))
        gn = Counter(party(n) for n in gold.get("no_comment", []))
        pn = Counter(party(n) for n in pred.get("no_comment", []))
        for k in (gn - pn):
            self.nc_errors.append((name, "missed", k))
        for k in (pn - gn):
            self.nc_errors.append((name, "extra", k))
        for k in (gk - pk):
            if (gn & pn)[k[0]]:
                self.nc_errors.append((name, "kind", k))
        self.nc_kind_ok += sum((gk & pk).values())
        matched_p = {pi for _, pi in matched}
        self.extras += [(name, p["kind"], p["text"][:80], p.get("speaker"))
                        for i, p in enumerate(pq) if i not in matched_p]
        self.nc_gold += sum(gn.values())
        self.nc_pred += sum(pn.values())
        self.nc_hit += sum((gn & pn).values())

    def table(self) -> dict:
        def ratio(a, b):
            return round(a / b, 3) if b else None

        rows = {}
        for k in (*KINDS, "all"):
            g = sum(self.gold.values()) if k == "all" else self.gold[k]
            p = sum(self.pred.values()) if k == "all" else self.pred[k]
            hg = sum(self.hit_gold.values()) if k == "all" else self.hit_gold[k]
            hp = sum(self.hit_pred.values()) if k == "all" else self.hit_pred[k]
            ok = sum(self.speaker_ok.values()) if k == "all" else self.speaker_ok[k]
            rows[k] = {"gold": g, "predicted": p, "recall": ratio(hg, g),
                       "precision": ratio(hp, p), "speaker_accuracy": ratio(ok, hg)}
        rows["no_comment"] = {"gold": self.nc_gold, "predicted": self.nc_pred,
                              "recall": ratio(self.nc_hit, self.nc_gold),
                              "precision": ratio(self.nc_hit, self.nc_pred),
                              "kind_right": ratio(self.nc_kind_ok, self.nc_hit)}
        sides = sum(self.speaker_sides.values())
        rows["speaker_same_side"] = {"accuracy": ratio(sum(self.speaker_ok.values()) + sides,
                                                       sum(self.hit_gold.values())), **self.speaker_sides}
        rows["speaker_first_listed"] = self.speaker_first_listed
        rows["speaker_by_alias"] = self.speaker_by_alias
        rows["speaker_as_written"] = self.speaker_as_written
        rows["fragment_of_mixed"] = self.fragment_of_mixed
        rows["accused_in_gold_span"] = self.accused_in_gold_span
        rows["duplicates"] = self.duplicates
        rows["analysis_errors"] = len(self.failed)
        rows["claims"] = {"checked": self.claims_checked,
                          "stance_accuracy": ratio(self.stance_ok, self.claims_checked),
                          "stance_lawsuit_or_accusation": ratio(self.stance_ok_split, self.claims_checked),
                          "target_accuracy": ratio(self.target_ok, self.claims_checked)}
        return rows


def load_gold(root: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(root.rglob("*.gold.json"))]


def gold_page(root: Path, path: Path, gold: dict) -> Path:
    """The page a gold file annotates: named in it (from ``root``), else the .html beside it."""
    return root / gold["page"] if "page" in gold else path.with_name(
        path.name.replace(".gold.json", ".html"))


def score_articles(nlp, items: Iterable[tuple[Article, str]], gold_by: dict[str, dict]) -> Score:
    """Analyse (article, source) pairs and score each against ``gold_by[source]``."""
    from nlp.pipeline import analyse

    score = Score()
    for a in analyse(nlp, items):
        score.add(Path(a.source).name, gold_by[a.source], a.to_json_dict())
    return score

