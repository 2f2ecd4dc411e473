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

from spacy.language import Language
from spacy.tokens import Doc

from claimtrack.config import load_disputes  # the one reader of the disputes files
from nlp.lexicon import load_stances

if not Doc.has_extension("ct_claims"):
    Doc.set_extension("ct_claims", default=None)

TARGET_LABELS = {"ORG", "PERSON", "PRODUCT"}
OPPOSITE = {"plaintiff": "defendant", "defendant": "plaintiff", "accuser": "accused",
            "accused": "accuser", "complainant": "respondent", "respondent": "complainant"}
ATTACKING = {"plaintiff", "accuser", "complainant"}
DEFENDING = {"defendant", "accused", "respondent"}


@Language.factory("claimtrack_claims", default_config={"stances": "", "disputes": []})
def make_claims(nlp: Language, name: str, stances: str, disputes: list[str]):
    return ClaimMaker(load_stances(stances) if stances else load_stances(), load_disputes(disputes))


def _hits(text: str, terms: list[str]) -> int:
    return sum(1 for t in terms if re.search(r"\b" + re.escape(t), text))


SUE_VERBS = {"sue", "accuse", "charge", "countersue"}
CASE_NOUNS = {"lawsuit", "suit", "complaint", "case", "claim", "action", "petition", "accusation",
              "allegation", "challenge"}


def _party(tok, ent_of) -> str | None:
    ent = ent_of.get(tok.i)
    if ent is None:
        for c in tok.children:  # "lawyers for X" is X's side
            if c.dep_ == "prep" and c.lower_ == "for":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.i in ent_of:
                    ent = ent_of[obj.i]
    if ent is None or ent.label_ not in ("ORG", "PERSON", "OUTLET"):
        return None
    return ent._.canonical or ent.text


DENY_VERBS = {"deny", "reject", "dispute", "contest", "fight", "rebut"}


def infer_dispute(doc: Doc) -> dict | None:
    """Who accuses whom, read from the article itself: "X sued Y", "Y was sued by X",
    "X accused Y of ...", "X's lawsuit against Y", "a complaint by X against Y"; and "Y denied
    / rejected the accusations" puts Y on the accused side. What each side then says is read as
    in a known dispute. None when the article names no accuser and accused. Read once per
    document: the quote component asks it for a plaintiff, the claims component for sides."""
    if "ct_inferred_dispute" not in doc.user_data:
        doc.user_data["ct_inferred_dispute"] = _infer_dispute(doc)
    return doc.user_data["ct_inferred_dispute"]


def _infer_dispute(doc: Doc) -> dict | None:
    ent_of = {t: e for e in doc.ents for t in range(e.start, e.end)}
    accusers: list[str] = []
    accused: list[str] = []

    def add(side: list, who: str | None) -> None:
        if who and who not in accusers + accused:
            side.append(who)

    for t in doc:
        lemma = t.lemma_.lower()
        by = against = None
        if t.pos_ == "VERB" and lemma in SUE_VERBS:
            for c in t.children:
                if c.dep_ == "nsubj":
                    by = _party(c, ent_of)
                elif c.dep_ in ("dobj", "nsubjpass"):
                    against = _party(c, ent_of)
                elif c.dep_ == "agent":
                    obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                    by = _party(obj, ent_of) if obj is not None else by
        elif t.pos_ == "VERB" and lemma in DENY_VERBS:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if obj is not None and subj is not None and obj.lemma_.lower() in CASE_NOUNS:
                against = _party(subj, ent_of)  # "Halcyra rejected the claims"
        elif t.pos_ == "NOUN" and lemma in CASE_NOUNS:
            for c in t.children:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if c.dep_ == "prep" and c.lower_ == "against" and obj is not None:
                    against = _party(obj, ent_of)
                elif c.dep_ == "prep" and c.lower_ == "by" and obj is not None:
                    by = _party(obj, ent_of)
                elif c.dep_ == "poss":
                    by = _party(c, ent_of)
            if against and not by and t.dep_ == "dobj" and t.head.lemma_.lower() in ("file", "bring", "launch"):
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                by = _party(subj, ent_of) if subj is not None else None
        if by == against:
            continue
        add(accusers, by)
        add(accused, against)
    if not accusers or not accused:
        return None
    return {"parties": [{"entity": e, "role": "accuser"} for e in accusers]
            + [{"entity": e, "role": "accused"} for e in accused], "inferred": True}


class ClaimMaker:
    def __init__(self, lexicon: dict, disputes: list[dict] | None = None):
        self.lex = lexicon
        self.disputes = disputes or []

    def dispute_of(self, doc: Doc) -> dict | None:
        """The known dispute the article is about: most of its parties named, then keywords."""
        names = {e._.canonical or e.text for e in doc.ents}
        text = doc.text.lower()
        best, best_score = None, 0
        for d in self.disputes:
            parties = {p["entity"] for p in d.get("parties", []) if p.get("role") in OPPOSITE}
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
        if role == "judge" or q.get("speaker_label") == "COURT" or "judge" in stext or "judge" in srole \
                or any(w in stext for w in ("ruling", "the court", "the order", "the opinion", "the decision")):
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
        if role in ATTACKING:
            score["accusation"] += 2
        elif role in DEFENDING:
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
            if role in OPPOSITE:
                target = next((e for e, r in roles.items() if r == OPPOSITE[role]), None)
            elif role == "judge" or stance == "ruling":
                target = next((e for e, r in roles.items() if r in DEFENDING), None)
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
