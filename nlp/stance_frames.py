"""Two frames of a statement that tell its stance whatever its words: a court relaying a
party's case, and a participle hung on a party's denial of a case.

Kept apart from nlp/stance_facts.py (the statement's own verb, subject and words) because
both read the grammar around the statement's verb or cue for who is really speaking:

- ``relays_party``: "Marrow said 13 authors allege Vexa violated ...", "According to the
  court, Orrin referred to ... during the hearing", "Yet, according to the plaintiffs'
  arguments, X knowingly ...": the court's words carry a party's case; the court reports it,
  it does not rule on it. A negated or modal verb is the court's own holding ("a party that
  says it learned from the public web cannot then claim ...").
- ``argued_in_defence``: "They objected to the claims, arguing that their models did not store
  ...", "X denied the allegations, saying P": the participle tells the defence, as "X sued Y,
  claiming P" tells the suit (nlp.stance_facts.claimed_in_filing).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.stance import REPORTED_SELF, SELF_PRONOUNS, Table
from nlp.stance_facts import MODALS, main_verb, negated

# the court itself as a subject: it speaks, it relays no one
COURT_SELF = {"court", "judge", "tribunal", "panel", "bench"}


def relays_party(doc: Doc, q: dict, table: Table) -> bool:
    """Whether the statement's own verb is a party's (cues.relay), plain (not negated, no
    modal), with a subject that is not the speaker; or the statement is framed "according to"
    a party or its case (a plaintiff or defendant group, a suit document, a claim noun)."""
    span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].lemma_.lower() in table.cues["relay"]:
        return True  # the statement opens with the party's verb ("... 13 authors — allege Vexa ..."),
        # its subject before it, however the tagger read the word (a noun there)
    verb = main_verb(span)
    if verb is not None and verb.lemma_.lower() in table.cues["relay"] and not negated(verb) \
            and not {c.lower_ for c in verb.children if c.dep_ == "aux"} & MODALS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in SELF_PRONOUNS | REPORTED_SELF | COURT_SELF:
            return True
    for t in span:
        if t.lower_ != "according":
            continue
        to = next((c for c in t.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            continue
        phrase = doc[obj.left_edge.i: obj.i + 1].text.lower()
        if obj.lemma_.lower() in table.filing["nouns"] | table.filing["claim_nouns"] or any(
                table.speaker_words[k].search(phrase)
                for k in ("plaintiff_group", "defendant_group", "suit_document")):
            return True
    return False


def argued_in_defence(cue: Token | None, table: Table) -> bool:
    """The cue is a participle hung on a verb of denial (filing.defence_verbs) whose object is
    a case ("the claims", "the allegations"), directly or after a preposition ("objected to")."""
    if cue is None or cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp"):
        return False
    head, f = cue.head, table.filing
    if head.lemma_.lower() not in f.get("defence_verbs", ()):
        return False
    cases = f["nouns"] | f["claim_nouns"]
    for c in head.children:
        objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" else []
        if any(o.lemma_.lower() in cases for o in objs):
            return True
    return False
