"""Typing names the gazetteer does not know, from how the text uses them.

The small English model types a name by its spelling: "Halcyra" becomes a place, "Cassius
Brantley" a company, "Pemberton-Ayre" an organisation, and the same name gets three labels in
one article. Reporters, though, say what a new name is: "Halcyra, maker of the Vistrel image
generator", "Halcyra's chief executive, Cassius Brantley", "lawmakers in Calder", "Ms Stroud".
``claimtrack_entity_types`` runs after the gazetteer ruler and before canonicalisation. It
collects that evidence for every name the gazetteer did not match, pools it over all mentions of
the name in the document (a surname joins its full name: "Brantley" after "Cassius Brantley"),
and gives each name one label. Names with no evidence keep the model's label; gazetteer spans
are never touched. The context words are data: ``nlp/data/entity_types.yml``.

Candidates are the model's entities and every capitalised word the tagger did not call a proper
noun ("Thimble", "Yarrow"): in agency copy a capital mid-sentence marks a name. What other
articles said a name is (``memory``, see nlp/memory.py) is one more vote, and what this
article alone said is recorded in ``doc.user_data["ct_typed_names"]`` for the next ones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp.entities import DATELINE, _not_entities
from nlp.lexicon import english_words, fold, hyphen_word, is_english, opens_clause, world_places
from nlp.lexicon import person_given_names as given_names

DATA = Path(__file__).parent / "data"
# Model labels a name may be re-typed from; dates, numbers, laws and nationalities stay as they are.
RETYPABLE = {"PERSON", "ORG", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}
KINDS = ("PERSON", "ORG", "GPE", "PRODUCT")


@dataclass(frozen=True)
class TypeWords:
    titles: frozenset
    person_nouns: frozenset
    org_nouns: frozenset
    org_members: frozenset
    party_nouns: frozenset
    party_verbs: frozenset
    not_place_governors: frozenset
    product_nouns: frozenset
    product_verbs: frozenset
    agent_verbs: frozenset
    output_verbs: frozenset
    place_people: frozenset
    place_members: frozenset
    place_governors: frozenset
    org_suffixes: frozenset
    content_nouns: frozenset
    legislatures: frozenset
    party_members: frozenset
    transfer_verbs: frozenset
    intent_verbs: frozenset
    date_words: frozenset
    firm_suffixes: frozenset
    premises: frozenset
    not_names: frozenset


@lru_cache(maxsize=4)
def load_type_words(path: str = str(DATA / "entity_types.yml")) -> TypeWords:
    d = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return TypeWords(**{k: frozenset(str(w).lower() for w in d[k]) for k in TypeWords.__dataclass_fields__})


# How much one name's type learned from other articles counts: less than one clear local cue
# ("X, a start-up", weight 3), so an article that says otherwise wins; enough to type a name the
# article itself says nothing about.
MEMORY_WEIGHT = 2.0
# Words that end in a full stop inside a name.
ABBREVIATIONS = {"inc", "ltd", "corp", "bros", "assn", "dept", "univ", "intl"}
# The least evidence in one article for its type of a name to be remembered.
LEARN_MIN = 1.0


@Language.factory("claimtrack_entity_types",
                  default_config={"words": str(DATA / "entity_types.yml"), "memory": ""})
def make_entity_types(nlp: Language, name: str, words: str, memory: str):
    """``memory``: an optional JSONL file of names typed in other articles (nlp/memory.py)."""
    from nlp.memory import load_memory

    return EntityTyper(load_type_words(words), load_memory(memory) if memory else {},
                       english_words(nlp))


def _given(t: Token) -> bool:
    """A known given name, accents aside ("Gráinne" is "grainne" in the lists)."""
    return fold(t.lower_) in given_names()


def _is_name_token(t: Token, words: TypeWords) -> bool:
    return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
            and t.lower_ not in words.not_names)


def _capitalised_words(doc: Doc, words: TypeWords, headline: set[int],
                       known: frozenset | dict = frozenset(),
                       english: frozenset[str] = frozenset()) -> set[int]:
    """Tokens that are names by their capital alone, whatever the tagger said: "licences with
    Thimble and Ottoline" (tagged an adjective), "Ferrule, a start-up in Lisset" (a noun at the
    start of a sentence). A capital in the middle of a sentence marks a name in agency copy;
    at the start of a sentence, or after a quotation mark or colon, it counts only when the
    same word is capitalised mid-sentence elsewhere in the document or an apposition follows,
    when other articles typed it (``known``), or when it is no English word (``english``).
    ``headline``: the tokens of headline lines (``title_case_tokens``), where capitals mean nothing."""
    def shaped(t: Token) -> bool:
        return (t.is_alpha and t.text[:1].isupper() and not t.is_upper or len(t) > 4 and t.is_alpha
                and t.is_upper) and t.lower_ not in words.not_names and not t.is_stop \
            and t.pos_ in ("PROPN", "NOUN", "ADJ", "VERB", "ADV", "X") \
            and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in words.titles)  # "Culture Minister X"

    shapes = [t for t in doc if shaped(t)]
    mid = {t.lower_ for t in shapes if not opens_clause(t) and t.i not in headline}
    mid |= {e.text.lower() for e in doc.ents if len(e) == 1}
    out = set()
    for t in shapes:
        if t.i in headline and t.lower_ not in known:
            continue
        if not opens_clause(t) or t.lower_ in mid or t.lower_ in known:
            out.add(t.i)
        elif english and not is_english(t, english) and t.pos_ in ("PROPN", "NOUN", "ADJ"):
            out.add(t.i)  # "Oldacre is represented by ..."
        elif t.i + 2 < len(doc) and doc[t.i + 1].text == "," and doc[t.i + 2].lower_ in ("a", "an"):
            out.add(t.i)  # "Ferrule, a start-up in Lisset, ..."
    accepted = {doc[i].lower_ for i in out}
    # "Pellucid, a start-up ..." then "Pellucid's chief executive": the same word, the same name
    out |= {t.i for t in shapes if t.lower_ in accepted and t.i not in headline}
    return out


def title_case_tokens(doc: Doc, english: frozenset[str]) -> set[int]:
    """Tokens of headline lines ("Publisher Sues Start-Up Over Training Data"), where a capital
    marks nothing: a line without a closing full stop whose ordinary English words after the
    first are capitalised, at least three of them and half of all. A sentence dense with names
    ends with a full stop ("... the White House would respond to the Internet Archive.")."""
    out: set[int] = set()
    if not english:
        return out
    line: list[Token] = []
    for t in [*doc, None]:
        if t is not None and not (t.is_space and "\n" in t.text):
            line.append(t)
            continue
        body = [x for x in line if not x.is_space]
        if body and body[-1].text not in (".", "!", "?", "”", '"', "’", "'", ":"):
            words = [x for x in body[1:] if x.is_alpha and is_english(x, english)]
            caps = sum(x.text[:1].isupper() for x in words)
            if caps >= 3 and caps >= 0.5 * len(words):
                out.update(x.i for x in body)
        line = []
    return out


def _surname_key(span: Span) -> str:
    """"pemberton-ayre" from "Hollis Pemberton-Ayre", "baek" from "Jun-ho Baek"."""
    return re.sub(r"['’]s$", "", " ".join(span.text.split()[1:]).lower())


class EntityTyper:
    def __init__(self, words: TypeWords, memory: dict[str, str] | None = None,
                 english: frozenset[str] = frozenset()):
        self.w = words
        self.english = english
        # lower-cased name -> label, learned from other articles (nlp/memory.py); replaceable
        # between runs: ``nlp.get_pipe("claimtrack_entity_types").memory = {...}``
        self.memory = dict(memory or {})

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        self.ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        fixed = [e for e in ents if e.kb_id_]  # the gazetteer's: never retyped
        firsts = {e[0].lower_ for e in ents if len(e) >= 2 and e[-1].lower_ in self.w.org_suffixes}

        def retypable(e: Span) -> bool:  # "the Evening Post" is no law, "Union" no nationality
            if e.label_ in RETYPABLE or e[-1].lower_ in self.w.org_suffixes and e.label_ in ("LAW", "NORP", "EVENT"):
                return True
            one = len(e) == 1 and e[0].is_alpha and e[0].text[:1].isupper()
            if one and e.label_ == "NORP" and e[0].lower_ in firsts:
                return True  # "Hawkmoth" after "Hawkmoth Books"
            # "Trivet" as a date: a capitalised word that names no day, month or season
            return one and e.label_ in ("DATE", "TIME", "EVENT", "LANGUAGE") \
                and e[0].lower_ not in self.w.not_names and e[0].lower_ not in self.w.date_words
        other = [e for e in ents if not e.kb_id_ and not retypable(e)]
        cands = [e for e in ents if not e.kb_id_ and retypable(e)]
        cands = [self.trim(self.widen(e, ents)) for e in cands]
        cands = [s for c in cands if c is not None for s in self.split_of(c)]
        headline = title_case_tokens(doc, self.english)
        cands += self.unlabelled_runs(doc, ents, headline)
        dateline = self.dateline_places(doc, fixed)
        taken = {i for s in dateline for i in range(s.start, s.end)}
        cands = [c for c in cands if not taken.intersection(range(c.start, c.end))]

        self.bonus: dict[str, list] = defaultdict(list)
        groups = self.group(cands)
        self.add_bare_surnames(doc, groups, ents)
        for d in dateline:  # "SOLLIÈRES, Marisande -" then "in Sollières"
            if self._key(d) in groups:
                self.bonus[self._key(d)].append(("GPE", 3))
        for f in fixed:  # "Quirke" after the gazetteer's "Tomasz Quirke"
            if f.label_ == "PERSON" and len(f) >= 2:
                last = _surname_key(f)
                if last in groups:
                    self.bonus[last].append(("PERSON", 3))
        known = {i: e.label_ for e in fixed + other for i in range(e.start, e.end)}
        out = []
        typed: set[tuple[int, int]] = {(s.start, s.end) for s in dateline}
        learned: dict[str, str] = {}
        for key, mentions in groups.items():
            votes = defaultdict(float)
            for kind, weight in self.bonus.get(key, []):
                votes[kind] += weight
            for m in mentions:
                for kind, weight in self.evidence(m, known):
                    votes[kind] += weight
            own = self.decide(votes, mentions) if votes else None
            if own in KINDS and self._clear(votes, own) and not all(
                    m.start in headline for m in mentions):  # a headline's capitals teach nothing
                learned[key] = own  # what this article alone says, clearly, the name is
            if key in self.memory:
                votes[self.memory[key]] += MEMORY_WEIGHT
            label = self.decide(votes, mentions)
            if all(m.start in headline for m in mentions) and key not in self.memory:
                continue  # "Publisher Sues Start-Up Over Training Data": no name is known there
            guesses = [m.label_ for m in mentions if m.label_ in RETYPABLE]
            if label is None and guesses and len(set(guesses)) == 1:
                label = guesses[0]  # no evidence: the model's one guess holds for every mention
                if label == "PERSON" and all(len(m) == 1 for m in mentions) and not any(
                        _given(m[0]) for m in mentions):
                    label = None
            for m in mentions:
                if label == "DROP":
                    continue
                if label is None:
                    if m.label_ in RETYPABLE:  # no evidence: the model's label stands
                        out.append(m)
                    continue
                out.append(Span(doc, m.start, m.end, label=label))
                typed.add((m.start, m.end))
        doc.user_data["ct_typed"] = sorted(typed)  # spans whose label the context decided
        for d in dateline:  # "TOLBROOK, Ardessa (Plumbline) -": places, whatever else is said
            learned.setdefault(self._key(d), "GPE")
        doc.user_data["ct_typed_names"] = learned  # read by nlp/memory.py
        doc.ents = filter_spans(fixed + other + dateline + out)
        return doc

    # ------------------------------------------------------------------ candidates

    def split_of(self, ent: Span) -> list[Span]:
        """"Cassius Brantley of Halcyra" as one span: a person and an organisation. "Harbourne
        in the Pradelle Civil Tribunal": a name runs up to a lower-case preposition. "two
        developers, Gimlet and Wickmoor": two names in apposition to a plural are two, and so
        is "Gimlet and Wickmoor" as one title or place ("X and Y" as one person may be a firm)."""
        for t in ent[:-1]:  # "LAION-5B. Tveit said": the tokenizer kept the full stop
            if t.text.endswith(".") and len(t.text) > 4 and not re.fullmatch(r"(?:[A-Za-z]\.)+", t.text) \
                    and t.text[:-1].lower() not in ABBREVIATIONS and ent.doc[t.i + 1].text[:1].isupper():
                return [s for part in (Span(ent.doc, ent.start, t.i + 1, label=ent.label_),
                                       Span(ent.doc, t.i + 1, ent.end, label=""))
                        for s in self.split_of(part)]
        doc = ent.doc
        for t in ent[1:-1]:  # "Pellucid, Winifred and Fernback AI": a list the model took as one
            if t.text == "," and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper() \
                    and doc[t.i - 1].lower_.rstrip(".") not in ("inc", "ltd", "llc"):
                return [s for part in (Span(doc, ent.start, t.i, label=ent.label_),
                                       Span(doc, t.i + 1, ent.end, label=ent.label_))
                        for s in self.split_of(part) if len(s)]
        for t in ent[1:-1]:  # "Winifred's Cadenza": an owner and what it owns
            if t.lower_ in ("'s", "’s") and doc[t.i + 1].text[:1].isupper():
                return [Span(doc, ent.start, t.i, label=""), Span(doc, t.i + 1, ent.end, label="")]
        for t in ent[1:-1]:  # "Winifred and Fernback AI", but not "Quint and Halvorsen LLP"
            if t.lower_ == "and" and t.i - ent.start == 1 and ent[-1].lower_ in self.w.org_suffixes \
                    and ent[-1].lower_ not in self.w.firm_suffixes and doc[t.i - 1].text[:1].isupper():
                return [Span(doc, ent.start, t.i, label=""), Span(doc, t.i + 1, ent.end, label=ent.label_)]
        if len(ent) == 3 and ent[1].lower_ == "and" and ent[2].dep_ == "conj" and ent[2].head.i == ent.start \
                and (ent[0].dep_ == "appos" and ent[0].head.tag_ == "NNS"
                     or ent.label_ in ("WORK_OF_ART", "PRODUCT", "GPE", "LOC", "FAC")) \
                and all(t.text[:1].isupper() for t in (ent[0], ent[2])):
            return [Span(ent.doc, ent.start, ent.start + 1, label=""),
                    Span(ent.doc, ent.end - 1, ent.end, label="")]
        for t in ent:
            if t.i > ent.start and t.lower_ == "and" and ent.doc[t.i - 1].lower_ in self.w.org_suffixes \
                    and t.i + 1 < ent.end and _is_name_token(ent.doc[t.i + 1], self.w):
                # "Yarrow Books and Thimble": two organisations, not one
                return [Span(ent.doc, ent.start, t.i, label=ent.label_),
                        Span(ent.doc, t.i + 1, ent.end, label=ent.label_)]
            if t.i > ent.start and t.lower_ in ("in", "at", "on", "for", "against", "before") \
                    and t.text.islower():
                rest = [Span(ent.doc, t.i + 1, ent.end, label="")] if t.i + 1 < ent.end \
                    and _is_name_token(ent.doc[t.i + 1], self.w) else []
                return [Span(ent.doc, ent.start, t.i, label=ent.label_)] + rest
        for t in ent:
            if t.lower_ == "of" and t.i > ent.start:
                left, right = ent.doc[ent.start:t.i], ent.doc[t.i + 1:ent.end]
                if (len(left) >= 2 and _given(left[0]) and len(right)
                        and right[0].text[:1].isupper()):
                    return [Span(ent.doc, left.start, left.end, label="PERSON"),
                            Span(ent.doc, right.start, right.end, label="ORG")]
        return [ent]

    def trim(self, ent: Span) -> Span | None:
        """"Brindle Inc bar them", "Hester Labs and": a name ends at its last capitalised word
        (or number: "Reverie 2"); lower-case words after it belong to the sentence."""
        if len(ent) > 1 and ent[0].lower_ == "the":  # "the Vellmouth Packet": the name follows
            ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
        end = ent.end
        while end > ent.start and not (ent.doc[end - 1].text[:1].isupper() or ent.doc[end - 1].like_num
                                       or not ent.doc[end - 1].is_alpha):
            end -= 1
        if end == ent.end:
            return ent
        return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None

    def widen(self, ent: Span, ents: list[Span]) -> Span:
        """"Emeka" + "Drayton": a given name the model left outside the person's span, or a
        surname after the span's end."""
        doc, start = ent.doc, ent.start
        inside = {i for e in ents for i in range(e.start, e.end)}
        while start > 0 and start - 1 not in inside and _is_name_token(doc[start - 1], self.w) \
                and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end \
                and (_given(doc[start - 1]) or ent[-1].lower_ in self.w.org_suffixes):
            start -= 1  # "Emeka" + "Drayton"; "Lisset" + "Gazette"
        if start >= 3 and doc[start - 2].text == "-" and doc[start - 1].is_lower and doc[start - 1].is_alpha \
                and doc[start - 3].text[:1].isupper() and doc[start - 3].is_alpha \
                and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_ \
                and not {start - 3, start - 2, start - 1} & inside:
            start -= 3  # "Hyun-woo" + "Bae": a hyphenated given name
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and start - 2 not in inside \
                and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
            start -= 2  # "Lindgren" + "-" + "Obi"
        def loose(i: int) -> bool:  # outside any entity, or a one-word guess of the model's
            e = self.ent_at.get(i)
            return i not in inside or e is not None and len(e) == 1 and not e.kb_id_
        while ent[-1].lower_ in self.w.org_suffixes and start > 0 and loose(start - 1) \
                and _is_name_token(doc[start - 1], self.w) and not doc[start - 1].is_sent_start:
            start -= 1  # "Gaskell" + "Ormerod LLP"
        end = ent.end
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha \
                and ent.label_ == "PERSON":
            end += 2  # "Lindgren" + "-" + "Obi"
        while end < len(doc) and end not in inside and _is_name_token(doc[end], self.w) \
                and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
            end += 1  # "Rufus" + "Odhiambo": the model's span stopped inside the name
        if end + 1 < len(doc) and doc[end].text in ("'", "’") and doc[end - 1].lower_.endswith("s") \
                and doc[end + 1].lower_ in self.w.org_suffixes and (
                    end + 1 not in inside or len(self.ent_at[end + 1]) == 1 and not self.ent_at[end + 1].kb_id_):
            end += 2  # "the Audiobook Narrators' Union"
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label=ent.label_)

    def unlabelled_runs(self, doc: Doc, ents: list[Span], headline: set[int]) -> list[Span]:
        """Proper-noun runs the model left untagged; they count only if evidence types them."""
        inside = {i for e in ents for i in range(e.start, e.end)}
        capitalised = _capitalised_words(doc, self.w, headline, self.memory, self.english)
        runs, cur = [], []
        for t in doc:
            joined = cur and t.text == "-" and t.i + 1 < len(doc) and not t.whitespace_ \
                and _is_name_token(doc[t.i + 1], self.w)
            joined = joined or (len(cur) == 1 and t.lower_ == "of" and cur[0].lower_ in self.w.org_suffixes
                                and t.i + 1 < len(doc) and _is_name_token(doc[t.i + 1], self.w)
                                and t.i + 1 not in inside)
            if t.i not in inside and (_is_name_token(t, self.w) or t.i in capitalised or joined or (
                    cur and doc[t.i - 1].text == "-" and _is_name_token(t, self.w))):
                cur.append(t)
                continue
            if cur:
                runs.append(cur)
            cur = []
        if cur:
            runs.append(cur)
        stop = _not_entities()
        return [Span(doc, r[0].i, r[-1].i + 1, label="") for r in runs
                if len(r) <= 4 and doc[r[0].i:r[-1].i + 1].text not in stop]

    def dateline_places(self, doc: Doc, fixed: list[Span]) -> list[Span]:
        """"NORVALE, Calder, June 3 (Kitewire) -": the words before the agency are places."""
        out = []
        gaz = {i for e in fixed for i in range(e.start, e.end)}
        for m in DATELINE.finditer(doc.text):
            head = m.group(0).split("(")[0]
            for pm in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’.]*(?:[ -][A-Z][\w'’.]*)*", head):
                word = pm.group(0)
                if word.lower() in self.w.not_names:
                    continue
                span = doc.char_span(m.start() + pm.start(), m.start() + pm.end(),
                                     alignment_mode="contract")
                if span is not None and len(span) and not gaz.intersection(range(span.start, span.end)):
                    out.append(Span(doc, span.start, span.end, label="GPE"))
        return out

    def group(self, cands: list[Span]) -> dict[str, list[Span]]:
        """Mentions of one name: the same text, a surname after a full name ("Brantley" after
        "Cassius Brantley"), or an organisation's first word ("Corvid" after "Corvid Sound")."""
        groups: dict[str, list[Span]] = defaultdict(list)
        for c in sorted(cands, key=lambda s: s.start):
            groups[self._key(c)].append(c)
        for key in [k for k, v in groups.items() if len(v[0]) >= 2]:
            if key not in groups:
                continue
            span = groups[key][0]
            if span[-1].lower_.rstrip(".") in self.w.org_suffixes:
                # "Larkspur" or "Larkspur Data" after "Larkspur Data Inc"
                words = span.text.split()
                for n in range(len(words) - 1, 0, -1):
                    short = " ".join(words[:n]).lower()
                    if short in groups and short != key and groups[short][0].start > span.start:
                        self.bonus[key].append(("ORG", 1))
                        groups[key].extend(groups.pop(short))
                continue
            last = _surname_key(span)
            if last in groups and last != key:
                self.bonus[key].append(("PERSON", 2))  # people are re-mentioned by surname
                groups[key].extend(groups.pop(last))
        return groups

    def add_bare_surnames(self, doc: Doc, groups: dict, ents: list[Span]) -> None:
        """"Vidal denies it.": a surname the tagger did not even call a proper noun, after
        "Xiomara Vidal", joins her group."""
        surnames = {}
        for key, mentions in groups.items():
            full = mentions[0]
            if len(full.text.split()) == 2 and _given(full[0]):
                surnames.setdefault(_surname_key(full), key)
        if not surnames:
            return
        taken = {i for e in ents for i in range(e.start, e.end)}
        taken |= {i for ms in groups.values() for m in ms for i in range(m.start, m.end)}
        for t in doc:
            key = surnames.get(t.lower_)
            if key and t.i not in taken and t.text[:1].isupper() and t.is_alpha:
                groups[key].append(Span(doc, t.i, t.i + 1, label=""))

    @staticmethod
    def _key(span: Span) -> str:
        return re.sub(r"['’]s$", "", span.text.lower())

    # ------------------------------------------------------------------ evidence

    def evidence(self, m: Span, known: dict[int, str]):
        """(kind, weight) pairs for one mention; kind is PERSON, ORG, GPE, PRODUCT or AGENT
        (a person or an organisation: who can have lawyers or be sued)."""
        doc, w = m.doc, self.w
        r = m.root
        before = doc[m.start - 1] if m.start > 0 else None
        last = m[-1].lower_
        if before is not None and before.lower_.rstrip(".") in w.titles:
            yield "PERSON", 3
        if self._key(m) in world_places():
            yield "GPE", 1.5  # a real country or large city (nlp/data/world_places.tsv)
        if before is not None and before.lower_ == "the" and m.root.dep_ != "compound" \
                and m.label_ not in ("GPE", "LOC", "NORP"):
            yield "ORG", 1  # "told the Vellmouth Packet": people are not "the X"
        if before is not None and before.pos_ == "NOUN" and before.lower_ in w.person_nouns \
                and before.head.i in range(m.start, m.end):
            yield "PERSON", 3  # "the photographer Emeka Drayton"
        if len(m) >= 4 and m[1].text == "-" and m[2].is_lower and last not in w.org_suffixes:
            yield "PERSON", 1.5  # "Hyun-woo Bae", "Ji-yeon Park"
        if len(m) >= 2 and _given(m[0]) and last not in w.org_suffixes:
            yield "PERSON", 1.5  # "Keisuke Moriyama": a known given name and one more word
        if len(m) >= 2 and last in w.org_suffixes:
            yield "ORG", 3
        if len(m) >= 3 and any(t.lower_ in w.org_suffixes and m[j + 1].lower_ == "of"
                               for j, t in enumerate(m[:-2])):
            yield "ORG", 3  # "Guild of Valmoran Translators", "the Oskvaran Union of ..."
        if m.end + 2 <= len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ == "based":
            yield "GPE", 3  # "a Merrow-based lab"
        for child in r.children:  # "X, a lawyer for Y" / "X, maker of ..."
            if child.dep_ == "appos" and not m.start <= child.i < m.end \
                    and not any(g.lower_ == "whose" for g in child.children):  # "X, whose firm, ..."
                yield from self._noun_kind(child, 3)
        if r.dep_ == "appos" and not m.start <= r.head.i < m.end:
            yield from self._noun_kind(r.head, 3)  # "its chief executive, Cassius Brantley"
        if r.dep_ == "conj" and r.head.dep_ == "appos" and r.head.head.tag_ == "NNS":
            yield from self._noun_kind(r.head.head, 2)  # "two developers, Gimlet and Wickmoor"
        for child in r.children:  # "X, which is based in ...", "X, who ..."
            if child.dep_ == "relcl":
                rel = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if rel is not None and rel.lower_ == "who":
                    yield "PERSON", 1.5
                elif rel is not None and rel.lower_ == "which":
                    yield "ORG", 0.5  # not a person: a company, more often than a place or product
                if rel is not None and child.lemma_.lower() in ("base", "headquarter", "incorporate"):
                    yield "ORG", 2
        if before is not None and before.head.i == r.i and before.dep_ == "compound" \
                and hyphen_word(before) in w.org_nouns and hyphen_word(before) not in w.person_nouns:
            yield "ORG", 3  # "the voice-cloning start-up Beatrix"
        if m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ in ("a", "an") \
                and m.end + 1 < doc[m.end + 1].head.i <= m.end + 6 and not any(
                    c.dep_ == "appos" and not m.start <= c.i < m.end for c in r.children):
            yield from self._noun_kind(doc[m.end + 1].head, 3)  # "Pellucid, a start-up" the parser missed
        if r.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("dobj", "attr") and any(g.lower_ == "its" and g.dep_ == "poss" for g in c.children)
                for c in r.head.children):
            yield "ORG", 1.5  # "Pellucid lost its bid": "its" is no person's
        if r.dep_ == "poss" and r.head.text[:1].isupper() and r.head.pos_ == "PROPN" \
                and not m.start <= r.head.i < m.end:
            yield "ORG", 1  # "Keswick's Quillet": who owns a named thing is mostly a company
        root = r
        while r.dep_ == "conj" and r.head.i < r.i and not m.start <= r.head.i < m.end:
            r = r.head  # "sued Moorcroft, Beatrix and Grommet": each is what "sued" took
        head = r.head
        if r.dep_ == "poss":
            lemma = head.lemma_.lower()
            if lemma in w.place_members:
                yield "GPE", 2
            elif lemma in w.org_members and lemma not in ("partner",):
                yield "ORG", 1.5
            elif lemma in w.party_nouns:
                yield "AGENT", 1
        if r.dep_ == "compound" and not m.start <= head.i < m.end:
            lemma = head.lemma_.lower()
            if lemma in w.product_nouns or head.lower_ in w.product_nouns:
                yield "PRODUCT", 2  # "the Vistrel image generator"
            elif lemma in w.org_members or lemma in w.person_nouns:
                yield "ORG", 1.5  # "a Tolvane engineer"
            elif hyphen_word(head) in w.org_nouns or lemma in w.org_nouns:
                yield "GPE", 1  # "a Sundrel start-up", "a Calder photo library"
        if r.dep_ == "pobj":
            prep, gov = head.lower_, head.head
            glemma = gov.lemma_.lower()
            if prep in ("for", "against") and glemma in w.party_nouns:
                yield "AGENT", 2
            elif prep == "for" and (gov.ent_type_ == "PERSON" and gov.dep_ != "pobj"
                                    or head.i > 0 and doc[head.i - 1].text == ","):
                yield "ORG", 1.5  # "Tobias Marchbank, for Elsmere, said": whom a person acts for
            elif prep == "of" and glemma in w.party_nouns | w.org_members and gov.lemma_.lower() != "partner":
                yield "AGENT", 1.5  # "representatives of Thistle", "the owner of X"
            elif prep in ("at", "of") and (glemma in w.person_nouns or gov.ent_type_ == "PERSON"):
                yield "AGENT", 1.5  # "lawyers at Pellworth Oakes", "Tarrant of the University"
            elif prep in ("in", "from") and glemma in w.place_governors:
                yield "GPE", 1.5
            elif prep == "from" and (glemma in w.person_nouns or gov.ent_type_ == "PERSON"):
                yield "GPE", 1.5  # "a photographer from Lantry"
            elif prep == "from" and glemma in w.party_nouns:
                yield "AGENT", 1.5  # "an offer from Harbourne"
            elif prep == "in" and glemma in w.content_nouns:
                yield "PRODUCT", 1.5  # "her books in Commonplace": a dataset holds them
            elif prep == "in" and glemma not in w.not_place_governors and gov.pos_ in ("VERB", "NOUN", "AUX", "PROPN") \
                    and not any(c.dep_ == "dobj" and c.lemma_.lower() in w.not_place_governors
                                for c in gov.children):  # "holds shares in X" is no place
                yield "GPE", 1  # "founded in Ambrecht", "a law firm in Lantry"
            elif prep == "to" and glemma in ("move", "relocate", "travel", "return", "fly", "emigrate"):
                yield "GPE", 1.5  # "moved to Lisset"
            elif prep == "with" and glemma in ("make", "create", "generate", "produce", "build", "write"):
                yield "PRODUCT", 2  # "audiobooks made with Celestine"
            elif prep == "by" and head.dep_ == "agent" and glemma in w.output_verbs:
                yield "PRODUCT", 1.5  # "answers produced by Loupe"
            elif prep == "by" and head.dep_ == "agent":
                yield "AGENT", 1  # "a dataset used by Harbourne"
            elif prep == "of" and glemma in ("version", "edition", "update", "release", "upgrade"):
                yield "PRODUCT", 2  # "the first version of Loupe"
            elif prep == "to" and glemma in w.transfer_verbs:
                yield "AGENT", 1.5  # "license it to Pellucid": whom things are licensed to
            elif prep == "between" and glemma in w.party_nouns:
                yield "AGENT", 2  # "the agreement between Winifred and the narrators"
            elif prep == "for" and glemma in ("work", "consult", "lobby", "speak"):
                yield "AGENT", 1.5  # "works for Penwarden"
            elif prep == "from" and glemma in w.place_people:
                yield "GPE", 1.5  # "families from Sundrel"
        if r.dep_ == "nsubj" and head.lemma_ in ("be", "remain", "become"):
            for attr in head.children:  # "Vistrel would remain an image tool"
                if attr.dep_ == "attr":
                    yield from self._noun_kind(attr, 2)
        if r.dep_ in ("nsubjpass",) and head.lemma_.lower() in w.product_verbs:
            yield "PRODUCT", 2  # "Vistrel was trained on ..."
        if r.dep_ == "dobj" and head.lemma_.lower() in w.product_verbs:
            yield "PRODUCT", 2  # "Halcyra launched Vistrel"
        if r.dep_ == "nsubj" and head.lemma_.lower() in ("say", "tell", "add", "argue", "deny", "claim", "ask"):
            yield "AGENT", 0.5  # "Penwarden says ...": whoever speaks is a person or organisation
        if m[-1].like_num and len(m) >= 2:
            yield "PRODUCT", 2  # "Reverie 2": a version number
        if r.dep_ == "nsubj" and head.lemma_.lower() in w.intent_verbs:
            yield "AGENT", 1  # "Thistle declined to comment", "X plans to", "X agreed to"
        if r.dep_ == "nsubj" and head.lemma_.lower() in w.product_verbs | w.agent_verbs:
            yield "AGENT", 1  # "Rosamund charges publishers", "Ferrule trained Bradawl"
        if r.dep_ == "nsubjpass" and head.lemma_.lower() in ("base", "headquarter", "incorporate", "found"):
            yield "ORG", 2  # "Rosamund is based there"
        if r.dep_ == "dobj" and head.lemma_.lower() == "represent" and any(
                p.dep_ == "prep" and any(o.lemma_.lower() in w.legislatures for o in p.children)
                for p in head.children):
            yield "GPE", 3  # "who represents Mendrel in parliament": a constituency
        elif r.dep_ == "dobj" and head.lemma_.lower() in w.party_verbs:
            yield "AGENT", 1.5  # "sued Harbourne", "founded Harbourne"
        if r.dep_ == "nsubjpass" and head.lemma_.lower() in w.party_verbs:
            yield "AGENT", 1.5  # "Harrowgate is represented by ...", "was sued by"
        if r.dep_ == "nsubj" and head.lemma_.lower() in ("make", "sell", "develop", "build", "release"):
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            described = obj is not None and any(  # "makes Rosalind, a voice model"
                c.dep_ == "appos" and c.lemma_.lower() in w.product_nouns for c in obj.children)
            if obj is not None and (obj.lemma_.lower() in w.product_nouns or obj.ent_type_ == "PRODUCT"
                                    or described):
                yield "ORG", 2  # "Harbourne makes the Driftglass image generator"
        if r.dep_ == "dobj" and head.lemma_.lower() == "include":
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in w.party_members:
                yield "AGENT", 1.5  # "its clients include Moorcroft, Beatrix and Grommet"
        if r.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_.lower() in w.premises
                                     for v in (head, *[x for x in head.children if x.dep_ == "xcomp"])
                                     for c in v.children):
            yield "ORG", 2  # "Grommet plans to open an office in Queyra"
        if before is not None and before.text == "," and m.start >= 2 and doc[m.start - 2].ent_type_ == "GPE" \
                and (m.end >= len(doc) or doc[m.end].is_punct):
            yield "GPE", 2  # "Castrane, Valmora,"
        # "Keisuke Moriyama and Tidewater": a list may join a person to a company
        person_like = len(m) >= 2 and _given(m[0])
        for a, b in ((m.start - 1, m.start - 2), (m.end, m.end + 1)) if not person_like else ():
            other = self.ent_at.get(b) if 0 <= b < len(doc) and doc[a].lower_ in (",", "and", "or") else None
            if other is not None and (other.label_ in ("ORG", "OUTLET", "COURT") and other.kb_id_
                                      or other[-1].lower_ in w.org_suffixes):
                yield "ORG", 1  # listed beside an organisation
                break
        r = root  # the mention's own token again, not the list's first member
        if r.dep_ == "conj" or any(c.dep_ == "conj" for c in r.children):
            for other in [r.head] + [c for c in r.children if c.dep_ == "conj"]:
                label = known.get(other.i) or (  # the model's "place" counts for real places only
                    "GPE" if other.ent_type_ == "GPE" and other.lower_ in world_places() else None)
                if label in ("ORG", "OUTLET", "COURT"):
                    yield "ORG", 1
                elif label in ("PERSON", "PRODUCT", "GPE"):
                    yield label, 1

    @staticmethod
    def _clear(votes: dict, label: str) -> bool:
        """Evidence worth remembering: at least one cue, twice any rival kind's. ("a person
        or an organisation" votes back an ORG or a PERSON.)"""
        mine = votes.get(label, 0) + (votes.get("AGENT", 0) if label in ("ORG", "PERSON") else 0)
        rivals = [v for k, v in votes.items() if k not in (label, "AGENT")]
        return mine >= LEARN_MIN and mine >= 2 * max(rivals, default=0)

    def _noun_kind(self, noun: Token, weight: float):
        lemma, lower = noun.lemma_.lower(), hyphen_word(noun)
        if "-" in lower:
            lemma = lower  # "start-up" is three tokens
        if noun.ent_type_:
            return
        person = lemma in self.w.person_nouns or lower in self.w.person_nouns
        org = lemma in self.w.org_nouns or lower in self.w.org_nouns
        if person and org:
            yield "AGENT", weight  # "developer", "investor", "owner": either
        elif person:
            yield "PERSON", weight
        elif org:
            yield "ORG", weight
        elif lemma in self.w.product_nouns:
            yield "PRODUCT", weight

    def decide(self, votes: dict, mentions: list[Span]) -> str | None:
        if all(len(m) == 2 and re.search(r"(?:an|ian|ese|ish)$", m[0].text) and m[1].text == "AI"
               and m.root.dep_ == "compound" and m.root.head.pos_ == "NOUN" for m in mentions):
            return "DROP"  # "Ysoldan AI companies": a nationality and a field, no name
        if all(len(m) == 1 and re.search(r"(?:an|ian|ese|ish)$", m.text) and m.root.dep_ in
               ("amod", "compound", "nmod") and m.root.head.pos_ == "NOUN" for m in mentions):
            return "DROP"  # "an Oskvaran lawmaker": a nationality, not a name
        if not votes:
            if all(m.label_ == "PERSON" and len(m) == 1 and not _given(m[0])
                   for m in mentions):
                return "DROP"  # a one-word "person" never named in full: the model's guess
            return None
        person, org, agent = votes.get("PERSON", 0), votes.get("ORG", 0), votes.get("AGENT", 0)
        place, product = votes.get("GPE", 0), votes.get("PRODUCT", 0)
        best = max(person, org, place, product)
        if best == 0:
            # only "a person or an organisation": not a place or product, whatever the model said
            # a person is introduced by full name; a lone one-word "person" that gets sued or
            # has lawyers is an organisation the model did not know
            if any(m.label_ == "PERSON" and len(m) >= 2 for m in mentions):
                return "PERSON"
            return "ORG"
        if person == best and person > org:
            return "PERSON"
        if org == best or (org + agent > place and org + agent > product and org > 0):
            return "ORG"
        if place == best and place > agent:
            return "GPE"
        if product == best and product > agent:
            return "PRODUCT"
        return "ORG" if agent else None
