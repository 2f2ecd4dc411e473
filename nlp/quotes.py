"""The quotes component: who said what, and who declined to say anything.

``claimtrack_quotes`` finds, in one pass over a parsed document:

* direct quotes in straight, curly, single and guillemet marks, including a quote that runs
  over several paragraphs with no closing mark at the end of the first;
* mixed quotes: reported speech carrying a quoted fragment (told X it was "possible" that ...);
* reported speech: a cue verb with a clausal complement, and "according to X";
* no-comments: declined to comment, did not respond, could not be reached.

Each statement is attributed to a speaker: the subject of its cue verb, a pronoun or "the
company" resolved to the last person or organisation named, a role ("a spokesperson for X")
resolved to the organisation it speaks for, a document ("the lawsuit says") resolved to who
stands behind it, or, for a quote with no cue, the person named in the sentence before or the
speaker of the paragraph before. Results go to ``doc._.ct_quotes`` and
``doc._.ct_no_comments`` as plain dicts, so documents cross process boundaries in ``nlp.pipe``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.lexicon import Cues, given_name_genders, hyphen_word, load_cues


for _name in ("ct_quotes", "ct_no_comments"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

SPEAKER_LABELS = {"PERSON", "ORG", "OUTLET", "COURT"}
ORG_LABELS = {"ORG", "OUTLET", "COURT"}
# "it", "the company", "a spokesperson": organisations that speak, not the outlet reporting it.
ANAPHOR_LABELS = {"ORG", "COURT"}
SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople"}
PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "„": "“"}
_WORD = re.compile(r"\w+")
_CUE_BEFORE = re.compile(
    r"(?:\b(?:said|says|say|added|adds|told [^,.;:]{1,40}|wrote|writes|argued|stated|"
    r"continued|insisted|warned|noted|explained|replied|asked|declared|according to [^,.;:]{1,40})"
    r"|[,:;—–-])\s*$", re.IGNORECASE)


_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"}


def is_title(content: str) -> bool:
    """Title Case, at most six words, no sentence punctuation: the name of a work or product."""
    words = _WORD.findall(content)
    if not 1 <= len(words) <= 6 or any(c in content for c in ".!?;:"):
        return False
    big = [w for w in words if w.lower() not in _SMALL or w is words[0]]
    return all(w[:1].isupper() for w in big) and any(len(w) > 2 for w in big)


class _Clause:
    """A clause found without the parser's help, shaped like a ccomp head for ``reported``."""

    def __init__(self, span: Span):
        self.left_edge, self.right_edge = span[0], span[-1]


@dataclass
class Segment:
    """A quoted stretch: content offsets, and the marks' offsets around it."""

    start: int
    end: int
    open: int
    close: int  # offset just past the closing mark (or the end of the paragraph)


def find_segments(text: str) -> list[Segment]:
    """Quoted stretches in reading order. A paragraph whose quote is not closed continues into
    the next paragraph when that one opens with the same mark (newspaper convention)."""
    segs: list[Segment] = []
    paras = []
    pos = 0
    for line in text.split("\n"):
        paras.append((pos, line))
        pos += len(line) + 1
    pending: Segment | None = None
    pending_mark = ""
    for p_start, para in paras:
        i = 0
        if pending is not None:
            stripped = para.lstrip()
            lead = len(para) - len(stripped)
            if stripped.startswith(pending_mark):
                close = _find_close(para, lead + 1, pending_mark)
                if close is None:
                    pending.end = pending.close = p_start + len(para.rstrip())
                    continue
                pending.end = p_start + close
                pending.close = p_start + close + 1
                segs.append(pending)
                i = close + 1
            else:
                segs.append(pending)
            pending = None
        while i < len(para):
            ch = para[i]
            if ch in PAIRS and _is_opener(para, i):
                close = _find_close(para, i + 1, ch)
                if close is None:
                    end = len(para.rstrip())
                    pending = Segment(p_start + i + 1, p_start + end, p_start + i, p_start + end)
                    pending_mark = ch
                    break
                if close > i + 1:
                    segs.append(Segment(p_start + i + 1, p_start + close, p_start + i,
                                        p_start + close + 1))
                i = close + 1
                continue
            i += 1
    if pending is not None:
        segs.append(pending)
    return [_trim(text, s) for s in segs if text[s.start:s.end].strip()]


def _is_opener(para: str, i: int) -> bool:
    ch = para[i]
    prev = para[i - 1] if i > 0 else " "
    nxt = para[i + 1] if i + 1 < len(para) else " "
    if nxt.isspace():
        return False
    if ch in "‘":  # only at a word's start, not in "rock ‘n’ roll" style elisions
        return not prev.isalnum()
    if ch == '"':
        return not prev.isalnum()
    return True


def _find_close(para: str, j: int, opener: str) -> int | None:
    closer = PAIRS[opener]
    while True:
        k = para.find(closer, j)
        if k == -1:
            if opener == "“":  # some sites close curly quotes with a straight one
                k2 = para.find('"', j)
                return k2 if k2 != -1 else None
            return None
        if closer == "’":  # an apostrophe (don’t, Orrin’s) is not a closing mark
            nxt = para[k + 1] if k + 1 < len(para) else " "
            if nxt.isalpha():
                j = k + 1
                continue
        return k


def _trim(text: str, s: Segment) -> Segment:
    start, end = s.start, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Segment(start, end, s.open, s.close)


# --------------------------------------------------------------------------- component

@Language.factory("claimtrack_quotes", default_config={"cues": ""})
def make_quotes(nlp: Language, name: str, cues: str):
    return QuoteFinder(load_cues(cues) if cues else load_cues())


class QuoteFinder:
    def __init__(self, cues: Cues):
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        try:
            quotes, no_comments = Attributor(doc, self.cues).run()
        except Exception as exc:  # one odd document must never sink the batch
            doc.user_data["ct_error"] = f"quotes: {type(exc).__name__}: {exc}"
            quotes, no_comments = [], []
        doc._.ct_quotes = quotes
        doc._.ct_no_comments = no_comments
        return doc


class Attributor:
    """State for one document: quoted segments, entity mentions in order, and the speakers."""

    def __init__(self, doc: Doc, cues: Cues):
        self.doc = doc
        self.cues = cues
        self.text = doc.text
        self.segments = find_segments(self.text)
        self.in_quote = [False] * len(doc)
        for s in self.segments:
            span = doc.char_span(s.open, s.close, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.in_quote[t.i] = True
        self.ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for t in ent:
                self.ent_of[t.i] = ent
        # Mentions outside quotes, in order: the candidates for "he", "the company", ...
        from nlp.entities import dateline_spans

        datelines = dateline_spans(doc.text)
        # a dateline ("SARNIC, Estrevia (Kitewire) -") names a place, never a speaker
        self.mentions = [e for e in doc.ents if e.label_ in SPEAKER_LABELS
                         and not self.in_quote[e.start]
                         and not any(a <= e.start_char < b for a, b in datelines)]
        mentioned = {e.start for e in self.mentions}
        for e in doc.ents:
            if e.start not in mentioned and any(a <= e.start_char < b for a, b in datelines):
                for t in e:
                    self.ent_of.pop(t.i, None)
        self.mention_pos = [e.start_char for e in self.mentions]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self._plaintiff: tuple | None = None
        self._judge: tuple | None = None
        self.roles = self.collect_roles()

    def collect_roles(self) -> list[tuple[int, str, str, str | None]]:
        """(position, person, role, org) for every person introduced with a role:
        "Rafe Lindgren, Tunesmith's chief executive" and "Quillfire chief executive Anselm
        Thornquist" both say who "the company's chief executive" is later on."""
        roles = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            head = ent.root
            spans = []
            for child in head.children:
                if child.dep_ == "appos":
                    spans.append(self.doc[child.left_edge.i: child.right_edge.i + 1])
            lefts = [t for t in head.lefts if t.i < ent.start]
            if lefts:
                spans.append(self.doc[min(t.left_edge.i for t in lefts): ent.start])
            if ent.start > 0 and self.doc[ent.start - 1].lower_ in ("judge", "justice"):
                spans.append(self.doc[ent.start - 1: ent.start])
            if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < ent.start:
                # "the country's digital minister, Anneliese Vorhaug, said"
                spans.append(self.doc[head.head.left_edge.i: head.head.i + 1])
            for span in spans:
                words = [t for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")
                         and t.i not in self.ent_of and t.lower_ not in ("the", "a", "an")]
                if not words:
                    continue
                org = next((self.ent_of[t.i] for t in span if t.i in self.ent_of
                            and self.ent_of[t.i].label_ in ORG_LABELS), None)
                role = " ".join(t.lower_ for t in words)
                roles.append((ent.start_char, self.canonical(ent), role,
                              self.canonical(org) if org is not None else None))
        return roles

    def person_with_role(self, tok: Token, org: Span | None, pos: int) -> tuple[str, str] | None:
        noun = tok.lower_
        org_name = self.canonical(org) if org is not None else None
        for start, person, role, role_org in reversed(self.roles):
            if start >= pos and start > tok.idx:
                continue
            if noun in role.split() and (org_name is None or role_org is None or role_org == org_name):
                return person, role
        return None

    # -------------------------------------------------------------- helpers

    def canonical(self, ent: Span) -> str:
        return ent._.canonical or ent.text

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
                if e.root.dep_ in ("nsubj", "nsubjpass") or (
                        e.root.dep_ in ("compound", "poss") and e.root.head.dep_ in ("nsubj", "nsubjpass")):
                    return e
                if pos - e.start_char > 600:
                    break
            i -= 1
        return first

    def sentences_of(self, start: int, end: int) -> list[Span]:
        """Sentences overlapping [start, end), by binary search (documents can be long)."""
        i = max(0, bisect_right(self.sent_starts, start) - 1)
        out = []
        while i < len(self.sents) and self.sents[i].start_char < end:
            if self.sents[i].end_char > start:
                out.append(self.sents[i])
            i += 1
        return out

    # -------------------------------------------------------------- speakers

    def speaker_from_token(self, tok: Token, pos: int) -> dict | None:
        """Who a subject token stands for: an entity, a pronoun, a role, a document."""
        ent = self.ent_of.get(tok.i)
        lower = tok.lower_
        lemma = tok.lemma_.lower()
        joined = hyphen_word(tok)
        if "-" in joined:
            lemma = joined  # "start-up" parses as "start", "-", "up"
        info = {"speaker_text": None, "speaker_role": None, "speaker_org": None}
        if ent is not None and ent.label_ in SPEAKER_LABELS:
            info.update(speaker=self.canonical(ent), speaker_label=ent.label_,
                        speaker_text=ent.text)
            head = ent.root
            role = self.apposition(head)
            if role:
                info["speaker_role"] = role
            return info
        phrase = self.phrase(tok)
        for child in tok.children:  # "The company's chief executive, Rafe Lindgren, said"
            named = self.ent_of.get(child.i) if child.dep_ == "appos" else None
            if named is not None and named.label_ in ("PERSON", "ORG"):
                role = self.doc[tok.left_edge.i: tok.i + 1]
                info.update(speaker=self.canonical(named), speaker_label=named.label_,
                            speaker_text=named.text,
                            speaker_role=re.sub(r"^(?:the|a|an)\s+", "", role.text, flags=re.I))
                return info
        start = tok.left_edge
        if start.i < tok.i and start.pos_ == "PROPN" and start.i not in self.ent_of:
            # "Wen Haldane, Quillfire's head of platform integrity, said": an untagged name
            # opens the subject phrase, its role follows
            j = start.i
            while j + 1 < tok.i and self.doc[j + 1].pos_ == "PROPN":
                j += 1
            if j + 1 < len(self.doc) and self.doc[j + 1].text == ",":
                name = self.doc[start.i: j + 1].text
                role = self.doc[j + 2: tok.i + 1].text if j + 2 <= tok.i else None
                info.update(speaker=self.fuller_person(name, pos) or name, speaker_label="PERSON",
                            speaker_text=name, speaker_role=role)
                return info
        if lower in self.cues.person_pronouns:
            e = self.person_for_pronoun(lower, pos)
            if e is not None:
                info.update(speaker=self.canonical(e), speaker_label="PERSON", speaker_text=tok.text)
                return info
            return None
        if lower in self.cues.org_pronouns:
            e = self.last_mention(pos, ANAPHOR_LABELS, prefer_subject=True)
            if e is not None:
                info.update(speaker=self.canonical(e), speaker_label=e.label_, speaker_text=tok.text)
                return info
            return None
        plural = tok.tag_ in ("NNS", "NNPS")
        if not plural and lower not in SPOKES and (lemma in self.cues.person_role_nouns
                                                    or lower in self.cues.person_role_nouns):
            org = self.org_in(tok)
            found = self.person_with_role(tok, org if isinstance(org, Span) else None, pos)
            if found is not None:
                info.update(speaker=found[0], speaker_label="PERSON", speaker_text=phrase,
                            speaker_role=found[1])
                return info
            if tok.left_edge.lower_ == "the" and tok.left_edge.i < tok.i:
                # "Ingrid Solvang told Pinion ... The Brannock chief executive said": a definite
                # description right after a person is named is a second reference to them
                e = self.last_mention(pos, {"PERSON"})
                if e is not None and pos - e.start_char <= 400 and \
                        self.text.count("\n", e.end_char, tok.idx) <= 1:
                    info.update(speaker=self.canonical(e), speaker_label="PERSON",
                                speaker_text=phrase, speaker_role=lower)
                    if isinstance(org, Span):
                        info["speaker_org"] = self.canonical(org)
                    return info
        if lemma in self.cues.role_nouns or lower in self.cues.role_nouns:
            org = self.org_in(tok) or self.last_mention(pos, ANAPHOR_LABELS)
            if org is None:
                return None
            name = self.canonical(org) if isinstance(org, Span) else org
            label = org.label_ if isinstance(org, Span) else "ORG"
            info.update(speaker=name, speaker_label=label, speaker_text=phrase,
                        speaker_role=lower.rstrip("'s"), speaker_org=name)
            return info
        if lemma in self.cues.document_speakers:
            who = self.behind_document(self.cues.document_speakers[lemma], tok, pos)
            if who is None:
                return None
            info.update(speaker=who[0], speaker_label=who[1], speaker_text=phrase)
            return info
        if tok.pos_ == "PROPN" and tok.dep_ != "compound":
            # A name the model did not tag: take the whole name, and the fuller form met before.
            left = tok.i
            while left > 0 and self.doc[left - 1].dep_ == "compound" and self.doc[left - 1].pos_ == "PROPN":
                left -= 1
            name = self.doc[left: tok.i + 1].text
            full = self.fuller_person(name, pos)
            info.update(speaker=full or name, speaker_label="PERSON", speaker_text=name)
            role = self.apposition(tok)
            if role:
                info["speaker_role"] = role
            return info
        if lemma in self.cues.org_anaphors:
            labels = {"OUTLET"} if lemma in ("newspaper", "outlet", "paper", "publication") else {"ORG"}
            org = self.org_in(tok) or self.named_like(lemma, pos) \
                or self.last_mention(pos, labels, prefer_subject=True)
            if org is None:
                return None
            name = self.canonical(org) if isinstance(org, Span) else org
            info.update(speaker=name, speaker_label=getattr(org, "label_", "ORG"), speaker_text=phrase)
            return info
        return None

    def fuller_person(self, name: str, pos: int) -> str | None:
        """"Okafor" after "Tamsin Okafor": the fuller name met earlier in the text."""
        parts = name.split()
        for e in reversed(self.mentions):
            if e.start_char >= pos:
                continue
            full = self.canonical(e).split()
            if len(full) > len(parts) and full[-len(parts):] == parts:
                return self.canonical(e)
        # a name the model missed entirely: look for "First Last" in the text before
        m = None
        for m in re.finditer(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)* " + re.escape(name) + r")\b", self.text[:pos]):
            pass
        return m.group(1) if m else None

    def person_for_pronoun(self, pronoun: str, pos: int) -> Span | None:
        """The last person named before ``pos`` whom the pronoun can refer to: a person whose
        given name is usually of the other gender is skipped (``nlp/data/given_names.yml``)."""
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
                return e
            if unknown is None:
                unknown = e  # gender not known: taken unless someone further back fits for sure
                if seen >= 2:
                    break
        return unknown or first

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
            if child.dep_ in ("prep",) and child.lower_ in ("for", "of", "at"):
                right = child.right_edge.i
        return self.doc[left:right + 1].text

    def org_in(self, tok: Token) -> Span | None:
        """An organisation inside a role's phrase: "an Orrin spokesperson", "lawyers for Orrin",
        "Orrin's lawyers", "the company's lawyers" (the company resolved to the last org)."""
        for t in tok.subtree:
            if t.i == tok.i:
                continue
            ent = self.ent_of.get(t.i)
            if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"}:
                return ent
            if t.dep_ == "poss" and t.lemma_.lower() in self.cues.org_anaphors:
                return self.last_mention(tok.idx, {"ORG"}, prefer_subject=True)
            if t.lower_ in ("its", "their"):
                return self.last_mention(tok.idx, {"ORG"}, prefer_subject=True)
        return None

    def apposition(self, tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ == "appos":
                span = self.doc[child.left_edge.i: child.right_edge.i + 1]
                text = span.text.strip(" ,")
                if 0 < len(text) <= 120:
                    return text
        return None

    def behind_document(self, who: str, tok: Token, pos: int) -> tuple[str, str] | None:
        own = self.org_in(tok)
        if own is not None and own.label_ != "COURT":
            return self.canonical(own), own.label_
        if who == "plaintiff":
            return self.plaintiff()
        if who == "judge":
            return self.judge()
        e = self.last_mention(pos, ANAPHOR_LABELS | {"PERSON"})
        return (self.canonical(e), e.label_) if e is not None else None

    def plaintiff(self) -> tuple[str, str] | None:
        if self._plaintiff is None:
            found: tuple = ()
            for t in self.doc:
                if t.lemma_.lower() in ("sue", "file", "bring", "lodge") and t.pos_ == "VERB" \
                        and not self.in_quote[t.i]:
                    agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                    for c in [*t.children, *agents]:
                        if c.dep_ == "nsubj" or c in agents:
                            ent = self.ent_of.get(c.i) or self._ent_in_subtree(c)
                            if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"}:
                                found = (self.canonical(ent), ent.label_)
                                break
                if found:
                    break
                if t.lower_ in ("plaintiff", "plaintiffs"):
                    for c in list(t.children) + [t.head]:
                        ent = self.ent_of.get(c.i)
                        if ent is not None and ent.label_ in ORG_LABELS | {"PERSON"}:
                            found = (self.canonical(ent), ent.label_)
                            break
                if found:
                    break
            if not found:  # "X accused Y", "a complaint by X", "X claims that ...": the accuser
                from nlp.claims import infer_dispute

                d = infer_dispute(self.doc)
                accuser = next((p["entity"] for p in (d or {}).get("parties", [])
                                if p["role"] == "accuser"), None)
                ent = next((e for e in self.mentions if self.canonical(e) == accuser), None)
                if ent is not None:
                    found = (accuser, ent.label_)
            self._plaintiff = found
        return self._plaintiff or None

    def judge(self) -> tuple[str, str] | None:
        if self._judge is None:
            found: tuple = ()
            for ent in self.mentions:
                if ent.label_ == "PERSON" and ent.start > 0 and self.doc[ent.start - 1].lower_ == "judge":
                    found = (self.canonical(ent), "PERSON")
                    break
            if not found:
                for ent in self.mentions:
                    if ent.label_ == "COURT":
                        found = (self.canonical(ent), "COURT")
                        break
            self._judge = found
        return self._judge or None

    def _ent_in_subtree(self, tok: Token) -> Span | None:
        for t in tok.subtree:
            ent = self.ent_of.get(t.i)
            if ent is not None:
                return ent
        return None

    def subject_of(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                    return verb.head  # "a complaint ..., which alleges that": the complaint
                return c
        head = verb
        for _ in range(3):  # "The guild asked the government to include ..., saying ...":
            if head.dep_ not in ("conj", "advcl", "xcomp") or head.head is head:  # climb to
                break                                                           # a subject
            head = head.head
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return c
        # A subject the parser attached elsewhere ("Outside the courtroom, Marisol Keane,
        # Kestrow's chief executive, told reporters ..."): the nearest name to the left in the
        # same clause, skipping possessives ("Kestrow's").
        sent = verb.sent
        for t in reversed(self.doc[sent.start: verb.i]):
            if self.in_quote[t.i] or t.lower_ in (";", ":"):
                break
            ent = self.ent_of.get(t.i)
            if ent is not None and ent.label_ in ("PERSON", "ORG") and ent.root.dep_ != "poss" \
                    and ent.root.dep_ not in ("pobj", "dobj") and t.i == ent.root.i:
                return ent.root
        # Inverted attribution: "..., said Mara Ellison" sometimes parses without nsubj.
        for t in self.doc[verb.i + 1: min(verb.i + 7, len(self.doc))]:
            if self.in_quote[t.i] or t.is_sent_start:
                break
            if t.i in self.ent_of or t.lower_ in self.cues.person_pronouns | self.cues.org_pronouns \
                    or t.lemma_.lower() in self.cues.role_nouns:
                if t.i in self.ent_of:
                    return self.ent_of[t.i].root
                return t
        return None

    def is_cue(self, t: Token) -> bool:
        return (not self.in_quote[t.i] and t.pos_ in ("VERB", "AUX")
                and t.lemma_.lower() in self.cues.speech_verbs)

    # -------------------------------------------------------------- passes

    def run(self) -> tuple[list[dict], list[dict]]:
        quotes: list[dict] = []
        covered: list[tuple[int, int]] = []
        prev: dict | None = None
        for seg in self.segments:
            q = self.direct_or_mixed(seg, prev)
            if q is None:
                continue
            quotes.append(q)
            covered.append((q["start"], q["end"]))
            if q["kind"] == "direct":
                prev = q
        quotes += self.reported(covered)
        quotes.sort(key=lambda q: q["start"])
        affiliation = {}
        for _, person, _, org in self.roles:
            if org and person not in affiliation:
                affiliation[person] = org
        for q in quotes:  # whom a person speaks for, for the claims component
            q["speaker_affiliation"] = q.get("speaker_org") or affiliation.get(q.get("speaker"))
        return self.dedupe(quotes), self.no_comments()

    def dedupe(self, quotes: list[dict]) -> list[dict]:
        seen, out = set(), []
        for q in quotes:
            key = " ".join(_WORD.findall(q["text"].lower()))
            if not key or key in seen:
                continue
            seen.add(key)
            out.append(q)
        return out

    def direct_or_mixed(self, seg: Segment, prev: dict | None) -> dict | None:
        text = self.text
        content = text[seg.start:seg.end]
        n_words = len(_WORD.findall(content))
        if is_title(content):
            return None  # “Paper Lanterns”, "The Glass Orchard": a title or a name, not speech
        line_start = text.rfind("\n", 0, seg.open) + 1
        before = text[max(line_start, seg.open - 80):seg.open]  # what leads into the quote
        standalone = (not before.strip()) or bool(_CUE_BEFORE.search(before)) \
            or before.rstrip()[-1:] in (".", "?", "!")
        complete = content[:1].isupper() and n_words >= 3
        if n_words < 12 and self.embedded(seg):
            # 'told the Standard it was “entirely possible” that ...': a fragment inside reported
            # speech, however the words before it look
            mixed = self.mixed(seg)
            if mixed is not None:
                return mixed
        if (standalone and n_words >= 2) or (complete and n_words >= 4 and standalone):
            return self.direct(seg, prev)
        if n_words >= 6 and complete:
            return self.direct(seg, prev)
        return self.mixed(seg)

    def embedded(self, seg: Segment) -> bool:
        """The quote opens in the middle of a clause: the word before its mark is a verb that
        is not a cue, an auxiliary, a determiner, an adjective or an adverb ("it was “...”")."""
        before = self.doc.char_span(seg.open, seg.open + 1, alignment_mode="expand")
        if before is None or before.start == 0:
            return False
        prev = self.doc[before.start - 1]
        if prev.is_punct or prev.text in PAIRS or "\n" in self.text[prev.idx:seg.open]:
            return False
        if prev.pos_ == "VERB":
            return not self.is_cue(prev)
        return prev.pos_ in ("AUX", "DET", "ADJ", "ADV")

    def direct(self, seg: Segment, prev: dict | None) -> dict:
        q = {"text": self.text[seg.start:seg.end], "kind": "direct", "start": seg.start,
             "end": seg.end, "speaker": None, "speaker_text": None, "speaker_role": None,
             "speaker_org": None, "speaker_label": None, "cue": None}
        sents = self.sentences_of(seg.open, seg.close)
        cues = [t for s in sents for t in s if self.is_cue(t)]
        acc = self.according_to(sents)
        if cues:
            # the cue nearest the quote's marks
            cue = min(cues, key=lambda t: min(abs(t.idx - seg.open), abs(t.idx - seg.close)))
            subj = self.subject_of(cue)
            who = self.speaker_from_token(subj, seg.open) if subj is not None else None
            q["cue"] = cue.text.lower()
            q["cue_lemma"] = cue.lemma_.lower()
            if who:
                q.update(who)
                return q
        if acc is not None:
            who = self.speaker_from_token(acc[1], seg.open)
            if who:
                q.update(who)
                q["cue"] = "according to"
                return q
        # The attribution parsed as a sentence of its own right after the quote:
        # "“... the newspaper?” Judge Harriet Ashdown asked Priya Halloran."
        last = sents[-1] if sents else None
        if last is not None and last.end < len(self.doc):
            nxt = self.doc[last.end].sent if not self.doc[last.end].is_space else None
            if nxt is not None and nxt.start_char - seg.close <= 2 and len(nxt) <= 25 \
                    and self.text.count("\n", seg.close, nxt.start_char) == 0:
                ncues = [t for t in nxt if self.is_cue(t)]
                if ncues:
                    subj = self.subject_of(ncues[0])
                    who = self.speaker_from_token(subj, seg.open) if subj is not None else None
                    if who:
                        q.update(who)
                        q["cue"] = ncues[0].text.lower()
                        q["cue_lemma"] = ncues[0].lemma_.lower()
                        return q
        # No attribution in the quote's own sentence: the sentence before names the speaker
        # ("Okafor was unequivocal. “We never ...”"), or the paragraph continues a speaker.
        first = sents[0] if sents else None
        if first is not None and first.start > 0:
            before = self.doc[first.start - 1].sent
            if not any(self.in_quote[t.i] for t in before):
                subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                who = self.speaker_from_token(subj, before.start_char) if subj is not None else None
                if who:
                    q.update(who)
                    return q
        if prev is not None and prev.get("speaker"):
            gap = self.text[prev["end"]:seg.open]
            lo = bisect_right(self.mention_pos, prev["end"] - 1)
            hi = bisect_right(self.mention_pos, seg.open)
            if gap.count("\n") <= 1 and not any(e.end_char <= seg.open and e.label_ == "PERSON"
                                               and self.canonical(e) != prev["speaker"]
                                               for e in self.mentions[lo:hi]):
                for k in ("speaker", "speaker_text", "speaker_role", "speaker_org", "speaker_label"):
                    q[k] = prev[k]
                q["cue"] = prev.get("cue")
                q["cue_lemma"] = prev.get("cue_lemma")
        return q

    def according_to(self, sents: list[Span]) -> tuple[Token, Token] | None:
        for s in sents:
            for t in s:
                if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to" \
                        and not self.in_quote[t.i]:
                    to = self.doc[t.i + 1]
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is None and t.i + 2 < len(self.doc):
                        obj = self.doc[t.i + 2]
                        ent = self.ent_of.get(obj.i)
                        obj = ent.root if ent is not None else obj
                    if obj is not None:
                        return t, obj
        return None

    def mixed(self, seg: Segment) -> dict | None:
        """A quoted fragment inside reported speech: the content is the reported clause."""
        sents = self.sentences_of(seg.open, seg.close)
        if not sents:
            return None
        sent = sents[0]
        frag = self.doc.char_span(seg.open, seg.close, alignment_mode="expand")
        cue = None
        if frag is not None:
            for anc in frag.root.ancestors:
                if self.is_cue(anc):
                    cue = anc
                    break
        if cue is None:
            cands = [t for t in sent if self.is_cue(t) and t.idx < seg.open]
            cue = cands[-1] if cands else None
        if cue is None:
            return None
        comp = next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp")
                     and c.left_edge.idx <= seg.open and c.right_edge.idx + len(c.right_edge) >= seg.start), None)
        if comp is not None:
            start_tok = comp.left_edge
            if start_tok.lower_ == "that" and start_tok.dep_ == "mark":
                start_tok = self.doc[start_tok.i + 1]
            start = start_tok.idx
        else:
            nxt = [t for t in sent if t.i > cue.i and not t.is_punct]
            if not nxt:
                return None
            start = nxt[0].idx
        end = sent.end_char
        while end > start and (self.text[end - 1] in " .\n" ):
            end -= 1
        if end <= start or start > seg.open:
            return None
        subj = self.subject_of(cue)
        who = self.speaker_from_token(subj, seg.open) if subj is not None else None
        q = {"text": self.text[start:end], "kind": "mixed", "start": start, "end": end,
             "speaker": None, "speaker_text": None, "speaker_role": None, "speaker_org": None,
             "speaker_label": None, "cue": cue.text.lower(), "cue_lemma": cue.lemma_.lower()}
        if who:
            q.update(who)
        return q

    def reported(self, covered: list[tuple[int, int]]) -> list[dict]:
        """Reported speech: "X said (that) ...", "according to X, ..."."""
        out = []

        covered.sort()
        starts = [c[0] for c in covered]

        def overlaps(a: int, b: int) -> bool:
            # only spans starting before b can overlap [a, b)
            return any(e > a for _, e in covered[: bisect_right(starts, b - 1)])

        for t in self.doc:
            if self.in_quote[t.i] or t.pos_ != "VERB" or t.lemma_.lower() not in self.cues.report_verbs:
                continue
            comps = [c for c in t.children if c.dep_ == "ccomp"]
            if not comps:
                loose = self.loose_clause(t)
                if loose is None:
                    continue
                comps = [_Clause(loose)]
            if any(c.dep_ == "neg" for c in t.children) or t.head.lemma_.lower() in ("decline", "refuse"):
                continue  # "did not say whether", "declined to say": nothing was stated
            if any(x.lower_ in ("whether", "if", "how", "why", "which", "what", "when")
                   and x.i <= min(c.left_edge.i for c in comps) + 1 for x in
                   self.doc[min(c.left_edge.i for c in comps): min(c.left_edge.i for c in comps) + 2]):
                continue  # an indirect question, not a statement
            # "co-operate" comes out as three ccomp tokens: take the whole stretch
            left = min(c.left_edge for c in comps)
            right = max(c.right_edge for c in comps)
            if left.i < t.i:  # the clause precedes the cue ("..., Ellison said"): up to the cue
                right = min(right, self.doc[t.i - 1])
            if left.lower_ == "that" and left.dep_ == "mark":
                left = self.doc[left.i + 1]
            # a participle after a comma ("..., saying ...") starts a statement of its own
            for x in self.doc[left.i: right.i + 1]:
                if x.text == "," and x.i + 1 <= right.i and self.doc[x.i + 1].tag_ == "VBG":
                    right = self.doc[x.i - 1]
                    break
            if right.i < left.i:
                continue
            span = self.doc[left.i: right.i + 1]
            if len(_WORD.findall(span.text)) < 3 or any(self.in_quote[x.i] for x in span):
                continue
            start, end = span.start_char, span.end_char
            while end > start and self.text[end - 1] in " .,;":
                end -= 1
            if overlaps(start, end):
                continue
            subj = self.subject_of(t)
            if subj is None or subj.i >= left.i and subj.i <= right.i:
                continue
            who = self.speaker_from_token(subj, start)
            q = {"text": self.text[start:end], "kind": "indirect", "start": start, "end": end,
                 "speaker": None, "speaker_text": None, "speaker_role": None, "speaker_org": None,
                 "speaker_label": None, "cue": t.text.lower(), "cue_lemma": t.lemma_.lower()}
            if who:
                q.update(who)
            elif subj.pos_ not in ("PROPN",):
                continue  # "people have said ..." with no one to attribute it to
            out.append(q)
            self._insert(covered, starts, (start, end))
        for sent in self.doc.sents:
            inv = self.inverted(sent)
            if inv is not None:
                clause, cue, subj = inv
                start, end = clause.start_char, clause.end_char
                if not overlaps(start, end):
                    who = self.speaker_from_token(subj, start)
                    if who:
                        q = {"text": self.text[start:end], "kind": "indirect", "start": start,
                             "end": end, "speaker": None, "speaker_text": None,
                             "speaker_role": None, "speaker_org": None, "speaker_label": None,
                             "cue": cue.text.lower(), "cue_lemma": cue.lemma_.lower()}
                        q.update(who)
                        out.append(q)
                        self._insert(covered, starts, (start, end))
        for sent in self.doc.sents:
            acc = self.according_to([sent])
            if acc is None:
                continue
            according, obj = acc
            phrase_end = obj.right_edge.i + 1
            if according.i == sent.start or according.i <= sent.start + 1:
                rest = self.doc[phrase_end: sent.end]
            else:
                rest = self.doc[sent.start: according.i]
            text = rest.text.strip(" ,.;\n\t")
            if len(_WORD.findall(text)) < 3 or any(self.in_quote[x.i] for x in rest):
                continue
            start = self.text.find(text, rest.start_char)
            end = start + len(text)
            if overlaps(start, end):
                continue
            who = self.speaker_from_token(obj, start)
            q = {"text": text, "kind": "indirect", "start": start, "end": end,
                 "speaker": None, "speaker_text": None, "speaker_role": None, "speaker_org": None,
                 "speaker_label": None, "cue": "according to"}
            if who:
                q.update(who)
            out.append(q)
            self._insert(covered, starts, (start, end))
        return out

    NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"}

    def inverted(self, sent: Span) -> tuple[Span, Token, Token] | None:
        """"<statement>, the technology site Sprocket reported on Monday, citing ...": an
        attribution at the end of a sentence, read from the words themselves because the parser
        often hangs it on the wrong clause. Returns (statement, cue, speaker's head)."""
        toks = [t for t in sent if not t.is_space]
        for k, t in enumerate(toks):
            if t.lemma_.lower() not in self.cues.report_verbs or t.tag_ not in ("VBD", "VBZ") \
                    or self.in_quote[t.i] or k < 3:
                continue
            # the words before the cue back to a comma: one noun phrase, maybe with an apposition
            j = k - 1
            while j >= 0 and (toks[j].pos_ in self.NP_POS or toks[j].text in (",", "’s", "'s")):
                j -= 1
            commas = [n for n in range(j + 1, k) if toks[n].text == ","]
            if not commas:
                continue
            np_start = commas[0] + 1  # the phrase opens after the run's first comma
            phrase = toks[np_start:k]
            while phrase and phrase[-1].text == ",":
                phrase = phrase[:-1]
            if not phrase or not any(x.pos_ in ("NOUN", "PROPN") for x in phrase):
                continue
            # after the cue: only time and place adverbials, then the end or ", citing ..."
            rest = toks[k + 1:]
            tail_ok = True
            for x in rest:
                if x.text == "," or x.is_punct:
                    break
                if x.pos_ in ("VERB", "AUX") or self.in_quote[x.i]:
                    tail_ok = False
                    break
            if not tail_ok:
                continue
            clause = self.doc[sent.start: toks[np_start - 1].i]
            while len(clause) and (clause[-1].is_punct or clause[-1].is_space):
                clause = clause[:-1]
            if len(clause) < 4 or not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in clause) \
                    or any(self.in_quote[x.i] for x in clause):
                continue
            head = next((x for x in phrase if x.i in self.ent_of and x.pos_ == "PROPN"), None) \
                or next((x for x in reversed(phrase[:next((n for n, x in enumerate(phrase) if x.text == ","), len(phrase))])
                         if x.pos_ in ("NOUN", "PROPN")), None)
            if head is None:
                continue
            return clause, t, head
        return None

    def loose_clause(self, cue: Token) -> Span | None:
        """The reported clause when the parser missed it: "said in a statement that ...",
        "said after the hearing that ...", "found that X and Y each repeated ..." (parsed as a
        noun phrase). The words after "that", or right after the cue, up to the sentence's
        end, when they hold a finite verb and nothing in between is a verb or a quote."""
        sent = cue.sent
        if any(c.dep_ == "neg" for c in cue.children):
            return None
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subj is not None and cue.dep_ in ("conj", "parataxis") and cue.head.i < subj.i \
                and subj.left_edge.i - 1 > sent.start and self.doc[subj.left_edge.i - 1].text == ",":
            # "Valmora will require ..., the country's culture minister, Rafael Oyarzun, said"
            # parsed as two coordinated clauses: the first is what was said
            end = subj.left_edge.i - 1
            span = self.doc[sent.start:end]
            if len(span) >= 3 and any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in span) \
                    and not any(self.in_quote[x.i] for x in span):
                return span
        if cue.i + 1 >= sent.end:
            return None
        start = None
        for x in self.doc[cue.i + 1: min(cue.i + 9, sent.end)]:
            if self.in_quote[x.i] or x.pos_ in ("VERB", "AUX") or x.text in (",", ";", ":"):
                break
            if x.lower_ == "that":
                start = x.i + 1
                break
        if start is None:
            first = self.doc[cue.i + 1]
            if first.pos_ not in ("DET", "PROPN", "NOUN", "PRON", "NUM") or \
                    any(c.dep_ in ("dobj", "dative") for c in cue.children) or first.i in self.ent_of \
                    and self.ent_of[first.i].end >= sent.end - 1:
                return None  # "said Sadiq Hollins." or "told reporters": not a clause
            start = first.i
        end = sent.end
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        span = self.doc[start:end]
        if len(span) < 3 or not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in span) \
                or any(self.in_quote[x.i] for x in span):
            return None
        return span

    @staticmethod
    def _insert(covered: list, starts: list, span: tuple[int, int]) -> None:
        i = bisect_right(starts, span[0])
        starts.insert(i, span[0])
        covered.insert(i, span)

    def _ends_with_quote(self, tok: Token) -> bool:
        return any(self.in_quote[t.i] for t in tok.subtree)

    def named_in_subject(self, tok: Token) -> dict | None:
        """"Tunesmith's investors, including Thistlecombe Partners," and "Corvane's lawyers at
        Carrow & Finch LLP": the organisation named after the noun is who stayed silent."""
        if tok.i in self.ent_of or tok.pos_ not in ("NOUN",):
            return None
        for t in tok.subtree:
            if t.i <= tok.i:
                continue
            ent = self.ent_of.get(t.i)
            if ent is not None and ent.label_ in ("ORG", "PERSON") and (
                    ent.root.head.lower_ in ("at", "including", "from") or ent.root.dep_ == "appos"
                    or ent.root.head.head.lower_ in ("including",)):
                return {"speaker": self.canonical(ent), "speaker_label": ent.label_}
        return None

    def listed_names(self, toks: list[Token]) -> list[Span]:
        """The names of a subject that is only a list of names ("A, B and C"), however the
        parser attached them (a list item often comes out as an apposition)."""
        while toks and (toks[-1].dep_ in ("aux", "neg") or toks[-1].is_space):
            toks = toks[:-1]  # "A and B did not respond": the auxiliary is the verb's
        names, i = [], 0
        while i < len(toks):
            ent = self.ent_of.get(toks[i].i)
            if ent is not None and ent.label_ in SPEAKER_LABELS:
                names.append(ent)
                i += len([t for t in toks[i:] if t.i < ent.end])
            elif toks[i].lower_ in (",", "and", "or"):
                i += 1
            else:
                return []
        return names if len(names) > 1 else []

    def no_comments(self) -> list[dict]:
        out, seen = [], set()
        for sent in self.doc.sents:
            s_text = sent.text
            for kind, pattern in self.cues.no_comment:
                for m in pattern.finditer(s_text):
                    pos = sent.start_char + m.start()
                    tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
                    if tok is None or self.in_quote[tok.start]:
                        continue
                    verb = tok[0]
                    if verb.dep_ in ("aux", "auxpass", "neg") and verb.head is not verb:
                        verb = verb.head
                    subj = self.subject_of(verb)
                    whos = []
                    listed = self.listed_names(list(self.doc[sent.start:verb.i]))
                    if not listed and subj is not None:
                        listed = self.listed_names(list(subj.subtree))
                    if listed:  # "Brannock AI, Tolvane and Fenmoor Labs declined": each of them
                        whos = [{"speaker": self.canonical(e), "speaker_label": e.label_} for e in listed]
                    elif subj is not None:
                        for t in [subj, *[c for c in subj.conjuncts]]:
                            who = self.named_in_subject(t) or self.speaker_from_token(t, pos)
                            if who:
                                whos.append(who)
                    if not whos:
                        ents = [e for e in self.mentions if sent.start_char <= e.start_char < pos]
                        if ents:
                            e = ents[0]
                            whos.append({"speaker": self.canonical(e), "speaker_label": e.label_})
                    for who in whos:
                        key = (who["speaker"], kind)  # said twice (summary and body): once
                        if key in seen:
                            continue
                        seen.add(key)
                        out.append({"speaker": who["speaker"], "kind": kind,
                                    "speaker_label": who.get("speaker_label"),
                                    "start": sent.start_char, "end": sent.end_char})
        return out
