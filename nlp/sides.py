"""Who accuses whom, read from the article itself.

Two components need it: attribution, to know who stands behind "the lawsuit says" when no
sentence names the plaintiff, and claims, to know the sides of a dispute no data file knows.
It lives here, below both, so that attribution does not depend on the claims component whose
input it produces. The words are data (``nlp/data/sides.yml``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from nlp.extensions import doc_ents, name_of
from nlp.lexicon import data_yaml, lemma_positions, lower_positions

# a verb whose subject is its head's: an active participle ("X wrote to Y, accusing it of ..."),
# a coordinated verb in the active ("X wrote to Y and accused it of ..."); never a passive
# participle ("Accused of copying, Y said ...": Y is the accused)
SHARED_SUBJECT = {"advcl": ("VBG",), "conj": ("VBD", "VBZ", "VBP")}


@dataclass(frozen=True)
class Sides:
    sue_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    case_nouns: frozenset[str]
    filing_verbs: frozenset[str]
    opposite: dict[str, str]
    attacking: frozenset[str]
    defending: frozenset[str]
    judging: frozenset[str]
    accusation_nouns: frozenset[str]
    accuser_preps: frozenset[str]
    attack_verbs: frozenset[str]
    sanction_verbs: frozenset[str]
    titles: dict[str, str]  # "Defendant X", "X, the plaintiff,": the title names the role
    suit_verbs: frozenset[str] = frozenset()  # of sue_verbs, those of a suit in court
    suit_nouns: frozenset[str] = frozenset()  # of case_nouns, those that are a suit
    caption_marks: frozenset[str] = frozenset()  # "X v. Y": a case caption's "v."
    fine_verbs: frozenset[str] = frozenset()  # of sanction_verbs, those that need no "for"
    misread_forms: dict[str, str] = field(default_factory=dict)  # "fined" -> "fine"
    filing_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "take" -> {action}


@lru_cache(maxsize=1)
def sides_lexicon() -> Sides:
    d = data_yaml("sides.yml")
    return Sides(sue_verbs=frozenset(d["sue_verbs"]), deny_verbs=frozenset(d["deny_verbs"]),
                 case_nouns=frozenset(d["case_nouns"]), filing_verbs=frozenset(d["filing_verbs"]),
                 opposite=dict(d["opposite"]), attacking=frozenset(d["attacking"]),
                 defending=frozenset(d["defending"]), judging=frozenset(d["judging"]),
                 accusation_nouns=frozenset(d["accusation_nouns"]),
                 accuser_preps=frozenset(d["accuser_preps"]),
                 attack_verbs=frozenset(d["attack_verbs"]),
                 sanction_verbs=frozenset(d["sanction_verbs"]),
                 titles=dict(d.get("titles") or {}),
                 suit_verbs=frozenset(d.get("suit_verbs") or ()),
                 suit_nouns=frozenset(d.get("suit_nouns") or ()),
                 caption_marks=frozenset(d.get("caption_marks") or ()),
                 fine_verbs=frozenset(d.get("fine_verbs") or ()),
                 misread_forms=dict(d.get("misread_forms") or {}),
                 filing_objects={k: frozenset(v) for k, v in (d.get("filing_objects") or {}).items()})


def party(tok: Token, ent_of: dict) -> str | None:
    """The canonical entity a token names, or the side a role phrase speaks for ("lawyers for X")."""
    ent = ent_of.get(tok.i)
    if ent is None:
        for c in tok.children:  # "lawyers for X" is X's side
            if c.dep_ == "prep" and c.lower_ == "for":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.i in ent_of:
                    ent = ent_of[obj.i]
    if ent is None or ent.label_ not in ("ORG", "PERSON", "OUTLET"):
        # "a complaint against Google's AI Overviews": a product's maker is the party
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        return party(poss, ent_of) if poss is not None else None
    return name_of(ent)


def parties(tok: Token | None, ent_of: dict) -> list[str]:
    """The parties a phrase names, in order: the head's, its coordinated names ("X and Y sued
    Z") and those it lists as members ("artists including X and Y filed a suit")."""
    if tok is None:
        return []
    heads = [tok]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            heads += [o for o in c.children if o.dep_ == "pobj"]
    out: list[str] = []
    for h in heads:
        for t in [h, *(c for c in h.conjuncts if c.i > h.i)]:
            who = party(t, ent_of)
            if who and who not in out:
                out.append(who)
    return out


def infer_dispute(doc: Doc) -> dict | None:
    """Who accuses whom, read from the article itself: "X sued Y", "Y was sued by X",
    "X accused Y of ...", "X's lawsuit against Y", "a complaint by X against Y"; and "Y denied
    / rejected the accusations" puts Y on the accused side. What each side then says is read as
    in a known dispute. None when the article does not name both an accuser and an accused:
    the quote component asks it for a plaintiff (the claims component reads ``named_sides``)."""
    parties = [p for p in named_sides(doc)["parties"] if not p.get("attack") and not p.get("titled")]
    roles = {p["role"] for p in parties}
    return {"parties": parties, "inferred": True} if {"accuser", "accused"} <= roles else None


def named_sides(doc: Doc) -> dict:
    """The parties the article itself places, even when it names only one side: "Orrin Labs
    accused a start-up of ...", "Tessaly was sued by a group of writers" place one party each.
    The claims component reads a speaker's side from it (a plaintiff is a plaintiff whether or
    not its adversary is a name we know); attribution asks ``infer_dispute``, which wants both
    sides, for who stands behind "the lawsuit says". Read once per document."""
    if "ct_named_sides" not in doc.user_data:
        doc.user_data["ct_named_sides"] = _named_sides(doc)
    return doc.user_data["ct_named_sides"]


def _lemma(t: Token, lex: Sides) -> str:
    """The token's lower-case lemma, or its form's where the model's lemmatizer misreads it
    ("fined" -> "fin"; misread_forms)."""
    return lex.misread_forms.get(t.lower_) or t.lemma_.lower()


def _accuser_and_accused(t: Token, ent_of: dict, lex: Sides) -> tuple[list[str], list[str]]:
    """(by, against) for one token: a suing verb, a denying verb with a case noun as object,
    or a case noun with "against"/"by"/a possessive; each side may name several parties."""
    lemma = _lemma(t, lex)
    by: list[str] = []
    against: list[str] = []
    sanction = lemma in lex.fine_verbs or lemma in lex.sanction_verbs and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
    if t.pos_ == "VERB" and (lemma in lex.sue_verbs or sanction):
        for c in t.children:
            if c.dep_ == "nsubj":
                by = parties(c, ent_of) or reporters_pronoun(t, c, ent_of)
            elif c.dep_ in ("dobj", "nsubjpass"):  # (a second object, "fined X 15 million euros")
                against = against or parties(c, ent_of)
            elif c.dep_ == "agent":
                by = parties(next((o for o in c.children if o.dep_ == "pobj"), None), ent_of) or by
        if not by and SHARED_SUBJECT.get(t.dep_, ()) and t.tag_ in SHARED_SUBJECT[t.dep_] and \
                t.head.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in t.children):
            # "X sent a letter to Y, accusing the start-up of ...", "X wrote to Y and accused
            # it of ...": the participle or the coordinated verb shares the clause's subject
            by = parties(next((c for c in t.head.children if c.dep_ == "nsubj"), None), ent_of)
    elif t.pos_ == "VERB" and lemma in lex.deny_verbs:
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if obj is not None and subj is not None and obj.lemma_.lower() in lex.case_nouns:
            against = parties(subj, ent_of)  # "Halcyra rejected the claims"
    elif t.pos_ == "VERB" and lemma in lex.filing_verbs:
        by, against = _filed_against(t, ent_of, lex)
    elif t.pos_ == "NOUN" and lemma in lex.case_nouns:
        for c in t.children:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" else None
            if c.dep_ == "prep" and c.lower_ == "against" and obj is not None:
                against = parties(obj, ent_of)
            elif c.dep_ == "prep" and c.lower_ == "by" and obj is not None:
                by = parties(obj, ent_of)
            elif c.dep_ == "poss":
                by = parties(c, ent_of)
            elif c.dep_ == "acl" and c.lemma_.lower() in lex.filing_verbs:  # "a suit brought by X"
                agent = next((a for a in c.children if a.dep_ == "agent"), None)
                obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
                by = parties(obj, ent_of) or by
        if against and not by and t.dep_ == "dobj" and t.head.lemma_.lower() in lex.filing_verbs:
            by = parties(next((c for c in t.head.children if c.dep_ == "nsubj"), None), ent_of)
    return by, against


def _filed_against(t: Token, ent_of: dict, lex: Sides) -> tuple[list[str], list[str]]:
    """"X filed a lawsuit against Y", "X is taking legal action against Y": the parser hangs
    "against Y" on the verb, not on the case noun."""
    objects = lex.filing_objects.get(t.lemma_.lower(), lex.case_nouns)
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in t.children):
        return [], []  # (not "X takes all claims seriously": "take" files only an action)
    by: list[str] = []
    against: list[str] = []
    for c in t.children:
        if c.dep_ == "nsubj":
            by = parties(c, ent_of) or reporters_pronoun(t, c, ent_of)
        elif c.dep_ == "prep" and c.lower_ == "against":
            against = parties(next((o for o in c.children if o.dep_ == "pobj"), None), ent_of)
    return by, against


SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we"}


def reporters_pronoun(verb: Token, subj: Token, ent_of: dict) -> list[str]:
    """"Orrin Labs announced it had filed a lawsuit against X", "X said on Monday it was suing Y":
    a pronoun subject of a clause that reports the suit is the reporting verb's subject."""
    if subj.lower_ not in SUBJECT_PRONOUNS or verb.dep_ != "ccomp":
        return []
    return parties(next((c for c in verb.head.children if c.dep_ == "nsubj"), None), ent_of)


def _captions(doc: Doc, ent_of: dict, lex: Sides) -> list[tuple[str, str]]:
    """(plaintiff, defendant) of each case caption: "Ellison et al. v. Tessaly", "X vs Y": the
    first named brought the case (caption_marks; "et al." may follow its name)."""
    out = []
    for at in lower_positions(doc, lex.caption_marks):  # (no Token made of the other words)
        t = doc[at]
        if t.i == 0 or t.i + 1 >= len(doc):
            continue
        i = t.i - 1
        while i > 0 and doc[i].lower_ in ("et", "al", "al.", "."):  # "et al." (its stop apart)
            i -= 1
        left, right = ent_of.get(i), ent_of.get(t.i + 1)
        if left is not None and right is not None and left.end == i + 1 and \
                {left.label_, right.label_} <= {"ORG", "PERSON", "OUTLET"}:
            out.append((name_of(left), name_of(right)))
    return out


def _named_sides(doc: Doc) -> dict:
    lex = sides_lexicon()
    ent_of = {t: e for e in doc_ents(doc) for t in range(e.start, e.end)}
    accusers: list[str] = []
    accused: list[str] = []

    def add(side: list, who: str | None) -> None:
        if who and who not in accusers + accused:
            side.append(who)

    # only a suing, denying or filing word or a case noun names a side: the other tokens are
    # not looked at (nlp.lexicon.lemma_positions reads the lemmas without building tokens)
    cues = lex.sue_verbs | lex.deny_verbs | lex.filing_verbs | lex.case_nouns | lex.sanction_verbs
    filers: list[str] = []
    at = lemma_positions(doc, cues)
    if lex.misread_forms:  # "fined", lemmatized "fin"
        at = sorted(set(at) | set(lower_positions(doc, frozenset(lex.misread_forms))))
    fining: list[str] = []  # "the agency fined X": who fines decides, as a court does
    for i in at:
        by, against = _accuser_and_accused(doc[i], ent_of, lex)
        fines = _lemma(doc[i], lex) in lex.fine_verbs
        for who in by:
            if fines and who not in against + accusers + accused + fining:
                fining.append(who)
            elif who not in against and who not in fining:
                add(accusers, who)
                if _a_suit(doc[i], lex) and who not in filers:
                    filers.append(who)
        for who in against:
            if who not in by:
                add(accused, who)
    # a case caption names who brought that case, for the stance fact `sued` only: it places no
    # side (attribution reads the sides; "the ruling cites X v. Y" is a precedent, not this case)
    for plaintiff, _ in _captions(doc, ent_of, lex):
        if plaintiff not in filers and plaintiff not in accused:
            filers.append(plaintiff)
    # "X criticised Y", "X slams Y": an attack places its parties, after the suits and
    # accusations, and only for the claims component (it names no lawsuit's filer)
    attackers: list[str] = []
    for i in lemma_positions(doc, lex.attack_verbs):
        by, against = _attack(doc[i], ent_of)
        if by and by not in accusers + accused + attackers and by != against:
            attackers.append(by)
    titled = [(who, role) for who, role in _titled(doc, ent_of, lex)
              if who not in accusers + accused + attackers + fining]
    return {"parties": [{"entity": e, "role": "accuser"} for e in accusers]
            + [{"entity": e, "role": "accused"} for e in accused]
            + [{"entity": e, "role": "accuser", "attack": True} for e in attackers]
            + [{"entity": e, "role": r, "titled": True} for e, r in dict(titled).items()]
            + [{"entity": e, "role": "court", "fines": True} for e in fining],
            "inferred": True, "filers": filers}


def _a_suit(t: Token, lex: Sides) -> bool:
    """The word that placed an accuser is a suit's: "sued", "filed a lawsuit", "its complaint"
    (suit_verbs, suit_nouns), not "accused" nor "its allegations"."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma in lex.filing_verbs:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.suit_nouns for c in t.children)
    return lemma in (lex.suit_verbs if t.pos_ == "VERB" else lex.suit_nouns)


def _titled(doc: Doc, ent_of: dict, lex: Sides) -> list[tuple[str, str]]:
    """(party, role) of the parties a case title names: "the defendant Hangzhou Company",
    "Plaintiff Lin Chen", "Ada Brill, the plaintiff,". The title, not the verbs, tells the side:
    court reports name parties so. Read for the claims component only (like attacks: no
    lawsuit's filer is read from a title), after the suits and accusations."""
    if not lex.titles:
        return []
    out = []
    for i in lemma_positions(doc, frozenset(lex.titles)):
        t = doc[i]
        nxt = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "," else i + 1
        ent = ent_of.get(nxt) if nxt < len(doc) and nxt in ent_of and ent_of[nxt].start == nxt \
            else ent_of.get(t.head.i) if t.dep_ == "appos" else None
        if ent is not None and ent.label_ in ("ORG", "PERSON", "OUTLET") and i not in ent_of:
            out.append((name_of(ent), lex.titles[t.lemma_.lower()]))
    return out


def _attack(t: Token, ent_of: dict) -> tuple[str | None, str | None]:
    """(by, against) of an attacking verb ("News Media Europe criticised the draft")."""
    if t.pos_ != "VERB":
        return None, None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    return (party(subj, ent_of) if subj is not None else None,
            party(obj, ent_of) if obj is not None else None)
