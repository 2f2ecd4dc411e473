"""The claims component: each attributed statement becomes claimant, target and stance.

Stance comes from the lexicon (``nlp/data/stances.yml``) applied to the cue verb, the kind of
speaker (a court, a judge, a lawsuit) and the statement's words; the target is the party the
statement is about: an organisation or person named in it other than the speaker, else one
named in its sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.lexicon import load_stances

if not Doc.has_extension("ct_claims"):
    Doc.set_extension("ct_claims", default=None)

TARGET_LABELS = {"ORG", "PERSON", "OUTLET", "PRODUCT"}


@Language.factory("claimtrack_claims", default_config={"stances": ""})
def make_claims(nlp: Language, name: str, stances: str):
    return ClaimMaker(load_stances(stances) if stances else load_stances())


def _has_term(text: str, terms: list[str]) -> bool:
    return any(re.search(r"\b" + re.escape(t), text) for t in terms)


class ClaimMaker:
    def __init__(self, lexicon: dict):
        self.lex = lexicon

    def stance(self, q: dict, lemma: str) -> str:
        lex = self.lex
        text = q["text"].lower()
        stext = (q.get("speaker_text") or "").lower()
        role = (q.get("speaker_role") or "").lower()
        if q.get("speaker_label") == "COURT" or "judge" in stext or "judge" in role \
                or lemma in lex["ruling"]["cues"] and ("ruling" in stext or "court" in stext
                                                       or "order" in stext or "judge" in stext):
            return "ruling"
        if any(d in stext for d in lex["lawsuit"]["documents"]) or lemma in lex["lawsuit"]["cues"]:
            return "lawsuit"
        if lemma in lex["denial"]["cues"] or _has_term(text, lex["denial"]["terms"]):
            return "denial"
        if lemma in lex["admission"]["cues"] or _has_term(text, lex["admission"]["terms"]):
            return "admission"
        if lemma in lex["accusation"]["cues"] or _has_term(text, lex["accusation"]["terms"]):
            return "accusation"
        return "other"

    def __call__(self, doc: Doc) -> Doc:
        claims = []
        ents = [e for e in doc.ents if e.label_ in TARGET_LABELS]
        for i, q in enumerate(doc._.ct_quotes or []):
            if not q.get("speaker"):
                continue
            cue = (q.get("cue") or "").split()
            lemma = ""
            if cue:
                span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
                lemma = _lemma_of(doc, cue[0], span)
            speaker = q["speaker"]
            own = {speaker, q.get("speaker_org")}
            inside = [e for e in ents if e.start_char >= q["start"] and e.end_char <= q["end"]
                      and (e._.canonical or e.text) not in own]
            target = None
            if inside:
                orgs = [e for e in inside if e.label_ != "PERSON"]
                target = (orgs or inside)[0]
            else:
                sent_start = doc.text.rfind("\n", 0, q["start"]) + 1
                sent_end = doc.text.find("\n", q["end"])
                sent_end = len(doc.text) if sent_end == -1 else sent_end
                near = [e for e in ents if sent_start <= e.start_char < sent_end
                        and not (q["start"] <= e.start_char < q["end"])
                        and (e._.canonical or e.text) not in own and e.label_ != "OUTLET"]
                if near:
                    target = near[0]
            claims.append({
                "claimant": speaker,
                "target": (target._.canonical or target.text) if target is not None else None,
                "stance": self.stance(q, lemma),
                "quote": i,
            })
        doc._.ct_claims = claims
        return doc


def _lemma_of(doc: Doc, word: str, span) -> str:
    for t in doc:
        if t.lower_ == word:
            return t.lemma_.lower()
    return word
