"""The claims component: each attributed statement becomes claimant, target and stance.

Stance is scored from three kinds of evidence, all data: the cue verb and the statement's words
(``nlp/data/stances.yml``), and the speaker's side in a known dispute (the disputes data files:
what an accuser says about the accused is an accusation unless its words say otherwise, what
the accused says back is a denial). A judge or court speaking is a ruling; a lawsuit or
complaint speaking is a lawsuit. The target is the other side of the speaker's dispute when
there is one in the article, else the party the statement names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from claimtrack.config import load_disputes  # the one reader of the disputes files
import nlp.extensions  # noqa: F401  (declares doc._.ct_claims)
from nlp.sides import infer_dispute, sides_lexicon

TARGET_LABELS = {"ORG", "PERSON", "PRODUCT"}


@lru_cache(maxsize=4)
def load_stances(path: str = "") -> dict:
    """The stance lexicon: ``nlp/data/stances.yml`` unless the factory's config names a file."""
    text = Path(path).read_text(encoding="utf-8") if path else \
        (files("nlp") / "data" / "stances.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@Language.factory("claimtrack_claims", default_config={"stances": "", "disputes": []},
                  assigns=["doc._.ct_claims"],
                  requires=["doc._.ct_quotes", "doc.ents", "span._.canonical"])
def make_claims(nlp: Language, name: str, stances: str, disputes: list[str]):
    return ClaimMaker(load_stances(stances), load_disputes(disputes))


def _hits(text: str, terms: list[str]) -> int:
    return sum(1 for t in terms if re.search(r"\b" + re.escape(t), text))


class ClaimMaker:
    def __init__(self, lexicon: dict, disputes: list[dict] | None = None):
        self.lex = lexicon
        self.disputes = disputes or []
        self.sides = sides_lexicon()

    def dispute_of(self, doc: Doc) -> dict | None:
        """The known dispute the article is about: most of its parties named, then keywords."""
        names = {e._.canonical or e.text for e in doc.ents}
        text = doc.text.lower()
        best, best_score = None, 0
        for d in self.disputes:
            parties = {p["entity"] for p in d.get("parties", []) if p.get("role") in self.sides.opposite}
            named = len(parties & names)
            if named == 0:
                continue
            score = 3 * named + sum(1 for k in d.get("keywords", []) if k.lower() in text)
            if score > best_score:
                best, best_score = d, score
        return best

    def side(self, dispute: dict | None, *who: str | None) -> tuple[str | None, str | None]:
        """(role, party) of the first of ``who`` that is a party of the dispute."""
        if not dispute:
            return None, None
        roles = {p["entity"]: p["role"] for p in dispute.get("parties", [])}
        for w in who:
            if w and w in roles:
                return roles[w], w
        return None, None

    def stance(self, q: dict, lemma: str, role: str | None) -> str:
        lex = self.lex
        text = q["text"].lower()
        stext = (q.get("speaker_text") or "").lower()
        srole = (q.get("speaker_role") or "").lower()
        ruling = lex["ruling"]
        if role in ruling["dispute_roles"] or q.get("speaker_label") in ruling["speaker_labels"] \
                or any(w in stext or w in srole for w in ruling["speaker_words"]) \
                or any(w in stext for w in ruling["speaker_phrases"]):
            return "ruling"
        if any(d in stext for d in lex["lawsuit"]["documents"]) or lemma in lex["lawsuit"]["cues"]:
            return "lawsuit"
        score = {"denial": 0, "accusation": 0, "admission": 0}
        if lemma in lex["denial"]["cues"]:
            score["denial"] += 3
        if lemma in lex["accusation"]["cues"]:
            score["accusation"] += 3
        if lemma in lex["admission"]["cues"]:
            score["admission"] += 3
        score["denial"] += min(2, _hits(text, lex["denial"]["terms"]))
        score["accusation"] += min(2, _hits(text, lex["accusation"]["terms"]))
        score["admission"] += min(2, _hits(text, lex["admission"]["terms"]))
        if role in self.sides.attacking:
            score["accusation"] += 2
        elif role in self.sides.defending:
            score["denial"] += 2
        best = max(score, key=lambda k: score[k])
        return best if score[best] >= 1 else "other"

    def __call__(self, doc: Doc) -> Doc:
        claims = []
        ents = [e for e in doc.ents if e.label_ in TARGET_LABELS]
        dispute = self.dispute_of(doc) if self.disputes else None
        if dispute is None:
            dispute = infer_dispute(doc)  # a dispute the data files do not know yet
        roles = {p["entity"]: p["role"] for p in dispute.get("parties", [])} if dispute else {}
        for i, q in enumerate(doc._.ct_quotes or []):
            if not q.get("speaker"):
                continue
            lemma = q.get("cue_lemma") or (q.get("cue") or "")
            speaker = q["speaker"]
            role, party = self.side(dispute, speaker, q.get("speaker_org"), q.get("speaker_affiliation"))
            stance = self.stance(q, lemma, role)
            target = None
            opposite = self.sides.opposite
            if role in opposite:
                target = next((e for e, r in roles.items() if r == opposite[role]), None)
            elif role in self.lex["ruling"]["dispute_roles"] or stance == "ruling":
                target = next((e for e, r in roles.items() if r in self.sides.defending), None)
            if target is None:
                target = self.named_target(doc, q, ents, {speaker, q.get("speaker_org"),
                                                          q.get("speaker_affiliation")})
            claims.append({"claimant": speaker, "target": target, "stance": stance, "quote": i})
        doc._.ct_claims = claims
        return doc

    def named_target(self, doc: Doc, q: dict, ents, own: set) -> str | None:
        """The organisation (else person) the statement names, else one its sentence names."""
        inside = [e for e in ents if e.start_char >= q["start"] and e.end_char <= q["end"]
                  and (e._.canonical or e.text) not in own and e.label_ != "PRODUCT"]
        if inside:
            orgs = [e for e in inside if e.label_ != "PERSON"]
            t = (orgs or inside)[0]
            return t._.canonical or t.text
        sent_start = doc.text.rfind("\n", 0, q["start"]) + 1
        sent_end = doc.text.find("\n", q["end"])
        sent_end = len(doc.text) if sent_end == -1 else sent_end
        near = [e for e in ents if sent_start <= e.start_char < sent_end
                and not (q["start"] <= e.start_char < q["end"])
                and (e._.canonical or e.text) not in own and e.label_ == "ORG"]
        return (near[0]._.canonical or near[0].text) if near else None
