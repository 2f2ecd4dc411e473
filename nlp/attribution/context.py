"""What one document tells attribution before any statement is read.

Its quoted stretches and which tokens lie inside them, its entity mentions outside quotes in
order (the candidates for "he", "the company", "a spokesperson"), the people introduced with a
role ("Rafe Lindgren, Tunesmith's chief executive"), and the lookups every rule shares: the
last person or organisation named before a point, the person a pronoun can refer to, the
organisation inside a role's phrase. Built once per document; the rules only read it.
"""

from __future__ import annotations

import logging

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from nlp.attribution.misread_cues import misread_document
from nlp.attribution.misread_verbs import misread_verb
from nlp.attribution.evidence import evidence_subject
from nlp.attribution.marks import find_segments
from nlp.attribution.mention_roles import acted, collect_roles, in_clause_below, in_modifier, role_initials
from nlp.attribution.words import Cues
from nlp.extensions import doc_ents, doc_text, name_of
from nlp.lexicon import given_name_genders, lemma_positions
from nlp.name_links import link_words

SPEAKER_LABELS = {"PERSON", "ORG", "OUTLET", "COURT"}
ORG_LABELS = {"ORG", "OUTLET", "COURT"}
# "it", "the company", "a spokesperson": organisations that speak, not the outlet reporting it.
ANAPHOR_LABELS = {"ORG", "COURT"}


# Quoted stretches one article may cost: real articles have tens, a few hundred at most.
MAX_SEGMENTS = 1000
log = logging.getLogger(__name__)


class Context:
    """State for one document: quoted segments, entity mentions in order, and roles.

    ``disabled`` names rules to skip (tests switch a rule off to show its case depends on it).
    """

    def __init__(self, doc: Doc, cues: Cues, disabled: frozenset[str] = frozenset()):
        from nlp.datelines import dateline_spans

        self.doc = doc
        self.cues = cues
        self.disabled = disabled
        self.text = doc_text(doc)
        every = find_segments(self.text, "marks.wrong_way_apostrophe" not in disabled)
        self.segments = every
        if len(every) > MAX_SEGMENTS:
            # each quoted stretch looks at its sentences' cues: a page made of marks (hostile
            # or broken) would cost minutes; what is past the cap is left unread (still known
            # as quoted, so no reported speech is read inside it), and the log says so
            log.warning("attribution: %d quoted stretches, only the first %d read",
                        len(every), MAX_SEGMENTS)
            self.segments = every[:MAX_SEGMENTS]
        self.in_quote = [False] * len(doc)
        for s in every:
            span = doc.char_span(s.open, s.close, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.in_quote[i] = True
        self.ent_of: dict[int, Span] = {}
        self.ents = doc_ents(doc)  # each read of doc.ents makes every span anew
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        datelines = dateline_spans(self.text)
        # a dateline ("SARNIC, Estrevia (Kitewire) -") names a place, never a speaker
        self.mentions = [e for e in self.ents if e.label_ in SPEAKER_LABELS
                         and not self.in_quote[e.start]
                         and not any(a <= e.start_char < b for a, b in datelines)]
        mentioned = {e.start for e in self.mentions}
        for e in self.ents:
            if e.start not in mentioned and any(a <= e.start_char < b for a, b in datelines):
                for i in range(e.start, e.end):
                    self.ent_of.pop(i, None)
        self.mention_pos = [e.start_char for e in self.mentions]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.standing: dict[str, tuple] = {}  # "plaintiff"/"judge" -> (name, label, rule) or ()
        self.next_acts: dict[int, Token] = {}  # a second speech verb -> its cue (next_act.py)
        self._lemma_at: dict[frozenset[str], list[int]] = {}
        self._words: dict[tuple[int, int], list[Token]] = {}
        self.roles = collect_roles(self, ORG_LABELS)

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    def words(self, span: Span) -> list[Token]:
        """``[t for t in span if not t.is_space]``, its tokens built once per span: several
        passes (parenthetical, inverted, their statements) read each sentence's words, and
        iterating a span makes a Token of each word anew. A fresh list each time, so a caller
        may change its own."""
        key = (span.start, span.end)
        toks = self._words.get(key)
        if toks is None:
            toks = self._words[key] = [t for t in span if not t.is_space]
        return list(toks)

    def has_lemma(self, words: frozenset[str], start: int, end: int) -> bool:
        """Whether a token in ``doc[start:end]`` has its lower-cased lemma in ``words``. The
        sentence passes that start from a cue verb ask it first: most sentences hold none, and
        the positions are read once per document and word set (``lemma_positions``), not by
        building a Token of every word of every sentence."""
        at = self._lemma_positions(words)
        k = bisect_left(at, start)
        return k < len(at) and at[k] < end

    def lemma_tokens(self, words: frozenset[str], start: int, end: int) -> list[Token]:
        """The tokens of ``doc[start:end]``, in order, whose lower-cased lemma is in ``words``:
        a pass that acts only at a cue verb reads those, not every word of the sentence."""
        at = self._lemma_positions(words)
        doc = self.doc
        return [doc[i] for i in at[bisect_left(at, start):bisect_left(at, end)]]

    def _lemma_positions(self, words: frozenset[str]) -> list[int]:
        at = self._lemma_at.get(words)
        if at is None:
            at = self._lemma_at[words] = lemma_positions(self.doc, words)
        return at

    def canonical(self, ent: Span) -> str:
        return name_of(ent)  # ent._.canonical or ent.text, without the Underscore object

    def person_with_role(self, tok: Token, org: Span | None, pos: int) -> tuple[str, str] | None:
        """The person introduced earlier with the role ``tok`` names (and ``org``, if given)."""
        noun = tok.lower_
        org_name = self.canonical(org) if org is not None else None
        for start, person, role, role_org in reversed(self.roles):
            if start >= pos and start > tok.idx:
                continue
            if (noun in role.split() or self.on("speaker.role_initials") and role_initials(noun, role)) \
                    and (org_name is None or role_org is None or role_org == org_name):
                return person, role
        return None

    def last_mention(self, pos: int, labels: set[str], exclude: set[str] = frozenset(),
                     prefer_subject: bool = False) -> Span | None:
        """The last person or organisation named before ``pos``. With ``prefer_subject``,
        the last one that was a sentence's subject within the three sentences before wins
        over a more recent object: "the company" refers back to who acted, not to whom."""
        i = bisect_right(self.mention_pos, pos) - 1
        first = None
        while i >= 0:
            e = self.mentions[i]
            if e.label_ in labels and self.canonical(e) not in exclude:
                if not prefer_subject:
                    return e
                if first is None:
                    first = e
                if acted(e):
                    return self._main_actor(i, e, labels, exclude)
                if pos - e.start_char > 600:
                    break
            i -= 1
        return first

    def _main_actor(self, i: int, e: Span, labels: set[str], exclude: set[str]) -> Span:
        """The sentence's subject outranks an agent: in "X rejected a lawsuit brought by Y" and
        "X was sued by Y" the sentence is about X."""
        if not in_modifier(e):
            return e
        start = e.sent.start
        for m in reversed(self.mentions[:i]):
            if m.start < start:
                break
            if m.label_ in labels and self.canonical(m) not in exclude and acted(m) and not in_modifier(m):
                return m
        return e

    def sentences_of(self, start: int, end: int) -> list[Span]:
        """Sentences overlapping [start, end), by binary search (documents can be long)."""
        i = max(0, bisect_right(self.sent_starts, start) - 1)
        out = []
        while i < len(self.sents) and self.sents[i].start_char < end:
            if self.sents[i].end_char > start:
                out.append(self.sents[i])
            i += 1
        return out

    def fuller_person(self, name: str, pos: int) -> str | None:
        """"Okafor" after "Tamsin Okafor": the fuller name met earlier in the text."""
        return self.fuller_form(name, pos)[0]

    def fuller_form(self, name: str, pos: int) -> tuple[str | None, tuple[str, ...]]:
        """``fuller_person``, and the rules that decided it beyond the fuller form itself."""
        parts = name.split()
        for e in reversed(self.mentions):
            if e.start_char >= pos:
                continue
            full = self.canonical(e).split()
            if len(full) > len(parts) and full[-len(parts):] == parts:
                return self.canonical(e), ()
        # a name the model missed entirely: look for "First Last" in the text before
        m = None
        for m in re.finditer(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)* " + re.escape(name) + r")\b", self.text[:pos]):
            pass
        if m is None:
            return None, ()
        found = m.group(1)
        known = self._named_as(m.start(1), m.end(1))
        if known is not None and known != found:  # "Gemini" after "Tessaly Gemini", named "Gemini"
            return (known if known != name else None), ("name.fuller_form_canonical",)
        first, how = found.split()[0], ()
        if self.on("speaker.role_word_before_name") and first.lower() in link_words().lead_role_words \
                and _opens_sentence(self.text, m.start(1)):
            found = found[len(first) + 1:]  # "Nonprofit Brisca Archive": the sentence start's capital
        elif first.lower() in link_words().opening_words and self.on("speaker.function_word_before_name") \
                and _opens_sentence(self.text, m.start(1)):
            found, how = found[len(first) + 1:], ("speaker.function_word_before_name",)  # "While Brisca Archive"
        return (found if found != name else None), how

    def _named_as(self, start: int, end: int) -> str | None:
        """Rule ``name.fuller_form_canonical``: the canonical name of the entity that is exactly
        the fuller form found in the text ("Tessaly Gemini", named "Gemini" by the gazetteer):
        its canonical name, not its words, names the speaker."""
        if not self.on("name.fuller_form_canonical"):
            return None
        span = self.doc.char_span(start, end)
        e = self.ent_of.get(span.start) if span is not None else None
        return self.canonical(e) if e is not None and (e.start, e.end) == (span.start, span.end) else None

    def person_for_pronoun(self, pronoun: str, pos: int) -> tuple[Span, str] | None:
        """The last person named before ``pos`` whom the pronoun can refer to: a person whose
        given name is usually of the other gender is skipped (``nlp/data/given_names.yml``).
        Returns the person and how: "gender_match", "gender_unknown" or "nearest_person"."""
        want = "female" if pronoun in ("she", "her") else "male"
        names = given_name_genders()
        i = bisect_right(self.mention_pos, pos) - 1
        first = unknown = None
        seen = 0
        while i >= 0 and seen < 4:
            e = self.mentions[i]
            i -= 1
            if e.label_ != "PERSON":
                continue
            seen += 1
            first = first or e
            given = self.canonical(e).split()[0].lower()
            if given in names["female"] and want == "male" or given in names["male"] and want == "female":
                continue
            if given in names[want]:
                return e, "gender_match"
            if unknown is None:
                unknown = e  # gender not known: taken unless someone further back fits for sure
                if seen >= 2:
                    break
        if unknown is not None:
            return unknown, "gender_unknown"
        return (first, "nearest_person") if first is not None else None

    def salient_person(self, pronoun: str, found: tuple[Span, str] | None) -> tuple[Span, str] | None:
        """"Judge Vell dismissed the suit. Lawyers for Sarah Okafor had argued ... She wrote":
        a person named only inside another's phrase ("lawyers for X", "a motion by X") is a
        weaker antecedent than one who acted as a subject just before. Then a person who did,
        in that sentence or the one before, and whose given name is not of the other gender, is
        taken instead. (A direct object, "X met Y. ... she said", is left to recency.)"""
        if found is None or not self.on("pronoun.subject_preferred"):
            return found
        root = found[0].root
        if root.dep_ != "pobj" or root.head.head.pos_ not in ("NOUN", "PROPN") or acted(found[0]):
            return found
        other = "male" if pronoun in ("she", "her") else "female"
        names = given_name_genders()
        e = found[0]
        sent = e.sent
        floor = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        i = bisect_right(self.mention_pos, e.start_char) - 1
        while i >= 0 and self.mentions[i].start_char >= floor:
            m = self.mentions[i]
            i -= 1
            if m.label_ == "PERSON" and acted(m) and m.start_char < e.start_char \
                    and self.canonical(m).split()[0].lower() not in names[other]:
                return m, "subject_preferred"
        return found

    def named_like(self, noun: str, pos: int) -> Span | None:
        """"the office" -> the last organisation whose name has the word: "Calder Office of
        Creative Rights"."""
        i = bisect_right(self.mention_pos, pos) - 1
        while i >= 0:
            e = self.mentions[i]
            if e.label_ in ORG_LABELS and noun in self.canonical(e).lower().split():
                return e
            i -= 1
        return None

    def phrase(self, tok: Token) -> str:
        """The noun phrase a subject token heads, without trailing relative clauses."""
        left = tok.left_edge.i
        right = tok.i
        for child in tok.rights:
            if child.dep_ in ("prep",) and child.lower_ in self.cues.role_preps:
                right = child.right_edge.i
        return self.doc[left:right + 1].text

    def org_in(self, tok: Token) -> Span | None:
        """An organisation inside a role's phrase: "an Orrin spokesperson", "lawyers for Orrin",
        "Orrin's lawyers", "the company's lawyers" (the company resolved to the last org); not
        a name inside a clause on the noun ("companies sued by Orrin" are not Orrin)."""
        for t in tok.subtree:
            if t.i == tok.i or in_clause_below(t, tok):
                continue
            ent = self.ent_of.get(t.i)
            if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"}:
                if self._hyphen_modifier(ent):
                    continue
                return ent
            if t.dep_ in ("poss", "compound") and t.lemma_.lower() in self.cues.org_anaphors:
                # "the company's lawyers", "a company spokesperson"; "an association official":
                # the association named (org_kinds.py)
                from nlp.attribution.org_kinds import named_of_kind

                return named_of_kind(self, t.lemma_.lower(), tok.idx) \
                    or self.last_mention(tok.idx, {"ORG"}, prefer_subject=True)
            if t.lower_ in self.cues.org_possessives:
                return self.last_mention(tok.idx, {"ORG"}, prefer_subject=True)
        return None

    def hyphen_named(self, tok: Token) -> bool:
        """The phrase of ``tok`` names an organisation only in a hyphenated modifier."""
        return any(self._hyphen_modifier(self.ent_of[t.i]) for t in self.doc[tok.left_edge.i: tok.i]
                   if t.i in self.ent_of)

    def _hyphen_modifier(self, ent: Span) -> bool:
        """"the Orrin-backed company", "the Tessaly-owned site": a name inside a hyphenated
        modifier describes the noun (who backs or owns it); it is not the organisation the
        phrase names."""
        doc, j = self.doc, ent.end
        return j + 1 < len(doc) and doc[j].text == "-" and not ent[-1].whitespace_ \
            and doc[j + 1].tag_ in ("VBN", "JJ", "VBD") and self.on("org.hyphen_modifier")

    def apposition(self, tok: Token) -> str | None:
        """The words in apposition to a name: its role ("Mara Ellison, Orrin's chief executive")."""
        for child in tok.children:
            if child.dep_ == "appos":
                span = self.doc[child.left_edge.i: child.right_edge.i + 1]
                text = span.text.strip(" ,")
                if 0 < len(text) <= 120:
                    return text
        return None

    def ent_in_subtree(self, tok: Token) -> Span | None:
        for t in tok.subtree:
            ent = self.ent_of.get(t.i)
            if ent is not None:
                return ent
        return None

    def is_cue(self, t: Token) -> bool:
        return not self.in_quote[t.i] and (
            t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.cues.speech_verbs
            and not self.not_speech(t)
            or misread_document(self, t) is not None  # "Justice's lawsuit states" (misread_cues.py)
            or misread_verb(self, t) is not None)  # "Vexa claims Orrin ..." (misread_verbs.py)

    def not_speech(self, t: Token) -> bool:
        """A cue verb with a particle that makes it no act of speech: "found out that ..."
        (learned), "figured out" (rule ``cue.not_speech_particle``; words in cues.yml); a cue
        that reports only with a clause, without one ("held a rally", "put his hand on":
        ``cue.needs_clause``, cues.yml ``clause_only_cues``; "as X put it" still reports)."""
        lemma = t.lemma_.lower()
        if lemma in self.cues.clause_only_cues and self.on("cue.needs_clause"):
            kids = list(t.children)
            if not any(c.dep_ == "ccomp" for c in kids) and not any(c.lower_ == "it" for c in kids):
                return True
        if evidence_subject(self, t):  # "This evidence suggests that ..." (evidence.py)
            return True
        parts = self.cues.not_speech_particles.get(lemma)
        return bool(parts) and self.on("cue.not_speech_particle") \
            and any(c.dep_ == "prt" and c.lower_ in parts for c in t.children)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens a sentence or a line (an opening quote mark allowed): read
    from the few characters before it, not the whole text."""
    before = text[max(0, at - 8):at].rstrip(" \t\"“‘'")
    return at == 0 or not before.strip(" \t") and at < 8 or before[-1:] in (".", "!", "?", "\n")
