"""The claims component: each attributed statement becomes claimant, target and stance.

The stance is decided by the first of a table of named rules (``nlp/stance.py`` reads
``nlp/data/stances.yml``): the cue and its negation, who speaks and on which side of the
article's dispute, the statement's own subject and a few word classes. The sides come from the
article itself (``nlp.sides``: who sued or accused whom) and from the known disputes of the data
files when the article names both of their sides. Each decision is traced (component
"stance"). A statement that answers another ("X denied accusations by Y that P", the quote's
``answers``) has the answered statement's speaker as its target, and the other way round.
The target is otherwise the other side of the speaker's dispute when there is one in the
article, else the party the statement names.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimtrack.config import load_disputes  # the one reader of the disputes files

import nlp.extensions  # noqa: F401  (declares doc._.ct_claims)
from nlp.extensions import doc_ents, doc_text, name_of, trace
from nlp.side_votes import side_votes
from nlp.sides import infer_dispute, named_sides, sides_lexicon
from nlp.stance import Facts, Known, Table, decide, load_table, own_sides, side_of, speaker_classes, titled_judges
from nlp.stance_facts import (claimed_in_filing, cue_token, is_question, names_other, negated,
                              said_at_hearing, said_in_suit, subject_facts, takers, word_classes)
from nlp.stance_frames import argued_in_defence, relays_party
from nlp.stance_outlook import foretells, unfinished
from nlp.stance_wrongs import wrong_denied

# speaker classes a statement keeps from the role its speaker was given in another statement
ROLE_CLASSES = ("commentator",)

TARGET_LABELS = {"ORG", "PERSON", "PRODUCT"}


@Language.factory("claimtrack_claims", default_config={"stances": "", "disputes": []},
                  assigns=["doc._.ct_claims"],
                  requires=["doc._.ct_quotes", "doc.ents", "span._.canonical"])
def make_claims(nlp: Language, name: str, stances: str, disputes: list[str]):
    return ClaimMaker(load_table(stances), load_disputes(disputes))


class ClaimMaker:
    def __init__(self, table: Table, disputes: list[dict] | None = None,
                 disabled: frozenset[str] = frozenset()):
        self.table = table
        self.disputes = disputes or []
        self.sides = sides_lexicon()
        self.disabled = disabled  # rule names switched off (tests show what each decides)

    def dispute_of(self, doc: Doc, text: str, every: tuple | None = None) -> dict | None:
        """The known dispute the article is about: parties of both its sides named (one party
        alone names many disputes: an article on Orrin is not about every suit against it),
        most parties first, then keywords. ``every``: the document's entities, when the caller
        has read them (each ``doc_ents`` read checks the entity fields of every token)."""
        names = {name_of(e) for e in (doc_ents(doc) if every is None else every)}
        text = text.lower()
        best, best_score = None, 0
        for d in self.disputes:
            named = {p["entity"]: p["role"] for p in d.get("parties", []) if p["entity"] in names}
            if not (set(named.values()) & self.sides.attacking
                    and set(named.values()) & self.sides.defending):
                continue
            score = 3 * len(named) + sum(1 for k in d.get("keywords", []) if k.lower() in text)
            if score > best_score:
                best, best_score = d, score
        return best

    def roles_of(self, doc: Doc, text: str, every: tuple | None = None) -> dict[str, str]:
        """Each party's role: as the article itself tells it (who sued or accused whom), then
        as the known dispute it is about says, for the parties the article did not place, then
        as the article places one side alone ("X sued a group of writers": X, the accuser).
        The one-sided reading comes last: its roles (accuser, accused) must not hide a known
        dispute's (plaintiff, defendant), whose other side is the statement's target."""
        roles: dict[str, str] = {}
        for d in (infer_dispute(doc), self.dispute_of(doc, text, every) if self.disputes else None,
                  named_sides(doc)):
            for p in (d or {}).get("parties", []):
                roles.setdefault(p["entity"], p["role"])
        return roles

    def voted_roles(self, doc: Doc, roles: dict[str, str], judges: frozenset[str] | None = None) -> dict[str, str]:
        """Rule side.article_sides: the parties the weight of the article's evidence places
        (nlp.side_votes: "X asked the court to dismiss Y's lawsuit", "X is facing a suit") where
        the roles above leave them unplaced or on the other side; a known dispute's role is
        turned to its opposite (plaintiff -> defendant), the article's to accuser/accused."""
        if "side.article_sides" in self.disabled:
            return {}
        out = {}
        if judges is None:  # a judge is never a party, whatever it denied
            judges = titled_judges(doc, self.table)
        for who, role in side_votes(doc).items():
            had = roles.get(who)
            if who in judges:
                continue
            if had is None:
                out[who] = role
            elif self.side_of(had) in ("plaintiff", "defendant") and \
                    self.side_of(had) != self.side_of(role):
                out[who] = self.sides.opposite.get(had, role)
        return out

    def side_of(self, role: str | None) -> str | None:
        if role in self.sides.attacking:
            return "plaintiff"
        if role in self.sides.defending:
            return "defendant"
        if role in self.sides.judging:
            return "court"
        return None

    def role(self, q: dict, roles: dict[str, str]) -> str | None:
        """The speaker's role in the dispute, or its organisation's, or whom it speaks for."""
        return next((roles[w] for w in (q["speaker"], q.get("speaker_org"),
                                        q.get("speaker_affiliation")) if w in roles), None)

    def facts(self, doc: Doc, q: dict, known: Known, ent_of: dict, suit: bool,
              answered: bool, via: tuple = (), memo: dict | None = None) -> Facts:
        """What the stance rules may ask about one statement; ``via`` names the attribution
        rules that found its speaker ("..., it added" after a lawsuit spoke is the lawsuit).
        ``memo`` keeps, per statement, the readings that do not depend on its side, for the
        second reading of ``stances``."""
        own = {q["speaker"], q.get("speaker_org"), q.get("speaker_affiliation")} - {None}
        classes = speaker_classes(q, self.table)
        if not q.get("speaker_role") and known.roles.get(q["speaker"]):
            # rule stance.commentator_remarks: "Abernathy said ..." after "Ines Abernathy, a
            # professor of law, said ...": the role the article gave the speaker once holds
            classes |= speaker_classes({"speaker_role": known.roles[q["speaker"]]},
                                       self.table) & set(ROLE_CLASSES)
        side, side_rule = side_of(q, classes, known, self.table, self.disabled)
        memo = {} if memo is None else memo
        if id(q) not in memo:
            memo[id(q)] = (cue_token(doc, q), word_classes(q["text"], self.table), names_other(doc, q, own, ent_of))
        tok, words, other = memo[id(q)]
        subject, neg = subject_facts(doc, q, own, ent_of, self.table, side)
        taking = takers(doc, q, own, ent_of, self.table, side)
        return Facts(speaker=classes, side=side, side_rule=side_rule,
                     cue=q.get("cue_lemma") or (q.get("cue") or "").lower(),
                     cue_negated=tok is not None and negated(tok),
                     words=words, subject=subject, negated=neg,
                     suit=suit, answers=q.get("answers") is not None, answered=answered,
                     names_other=other, question=is_question(q["text"]),
                     in_suit=said_in_suit(tok, self.table) or "pronoun.it_document" in via,
                     at_hearing=said_at_hearing(tok),
                     clause=q.get("kind") == "indirect" and tok is not None
                     and any(c.dep_ == "ccomp" for c in tok.children),
                     in_filing=claimed_in_filing(tok, self.table),
                     in_defence=argued_in_defence(tok, self.table),
                     relays=side == "court" and relays_party(doc, q, self.table),
                     foretells=foretells(doc, q),
                     unfinished="regulator" in classes and unfinished(doc, q),
                     wrong_denied="wrongdoing" in words and wrong_denied(q["text"], self.table),
                     other_takes="other_party" in taking,
                     someone_takes="someone" in taking,
                     work_taken="own_work" in taking, taking_denied="denied" in taking)

    def stances(self, doc: Doc, text: str, quotes: list[dict],
                roles: dict[str, str], voted: dict[str, str] | None = None,
                judges: frozenset[str] | None = None, every: tuple | None = None) -> dict[int, tuple]:
        """quote index -> (stance, rule, side rule). Read twice: the first reading tells which
        speakers accuse or deny by their own cue ("X alleges"), and the second places their
        other statements on that side (side.own_statements)."""
        every = doc_ents(doc) if every is None else every
        ent_of = {t: e for e in every for t in range(e.start, e.end)}
        suit = bool(self.table.suit.search(text.lower()))
        judges = titled_judges(doc, self.table, every) if judges is None else judges
        own: dict[str, str] = {}
        out: dict[int, tuple] = {}
        answered = {q["answers"] for q in quotes if q.get("answers") is not None}
        via = {(t["start"], t["end"]): tuple(t["rules"]) for t in doc._.rule_trace or ()
               if t["component"] == "attribution"}
        order = sorted(range(len(quotes)), key=lambda i: quotes[i]["start"])
        before = previous_by_speaker(quotes, order)
        at = {i: k for k, i in enumerate(order)}
        given: dict[str, str] = {}  # speaker -> the first role the article gives it
        for i in order:
            if quotes[i].get("speaker") and quotes[i].get("speaker_role"):
                given.setdefault(quotes[i]["speaker"], quotes[i]["speaker_role"])
        memo: dict = {}
        # who filed a suit the article tells of ("X sued Y", "X's complaint"), or a known
        # dispute's plaintiff: its arguments in the article are its suit's (fact `sued`)
        filers = set(named_sides(doc).get("filers", ()))
        for first in (True, False):
            for i in order:
                q = quotes[i]
                if not self.has_source(q) or not (first or out[i][2] is None):
                    continue  # the second reading only places statements the first left unplaced
                known = Known(self.side_of(self.role(q, roles)), judges, own, given,
                              self.side_of(self.role(q, voted or {})))
                f = self.facts(doc, q, known, ent_of, suit, i in answered,
                               via.get((q["start"], q["end"]), ()), memo)
                f.sued = bool(filers & {q["speaker"], q.get("speaker_org"), q.get("speaker_affiliation")}) \
                    or self.role(q, roles) == "plaintiff"
                if before.get(i) in out:
                    if at[before[i]] == at[i] - 1:  # the statement just before, no one between
                        f.follows = out[before[i]][1]  # "The lawsuit states P. X claims Q"
                    if not f.cue or f.cue in self.table.cues["continuation"]:
                        f.continues = out[before[i]][1]  # "They added: ..." goes on from before
                out[i] = (*decide(f, self.table, self.disabled), f.side_rule)
            if not first or {"side.own_statements", "side.court_elsewhere"} <= self.disabled:
                break
            own = own_sides([(quotes[i], r) for i, (_, r, _) in out.items()], self.table)
            if not own:
                break
        return out

    def has_source(self, q: dict) -> bool:
        """A statement gets a claim when it has a speaker, or a source the text names that no
        rule tied to a party ("The plaintiffs allege that ...", "Legal scholars say ...": rule
        ``claim.source_as_written``): its stance is read from its words as any other's is, and
        the claim's claimant stays empty (null), so no party is made to accuse or deny what an
        unnamed source said. Left out, those statements showed no stance at all."""
        if q.get("speaker"):
            return True
        if q.get("speaker_text"):
            return "claim.source_as_written" not in self.disabled
        # rule claim.no_source: a quote attribution gave no source at all (a headline's quote,
        # a paragraph whose speaker the text names only after it) is read the same way: a
        # stance from its words, no claimant. Left out, 12 statements of the real sets had none.
        return "claim.no_source" not in self.disabled

    def __call__(self, doc: Doc) -> Doc:
        claims = []
        # the entities read once for the whole component (nothing here writes doc.ents): each
        # ``doc_ents`` read checks the entity fields of every token, about as dear as a rebuild
        every = doc_ents(doc)
        ents = [e for e in every if e.label_ in TARGET_LABELS]
        text = doc_text(doc)  # spaCy joins it anew at each access: once per document
        roles = self.roles_of(doc, text, every)
        # read once for both passes: the article's judges (each reading is a pass over its entities)
        judges = titled_judges(doc, self.table, every)
        voted = self.voted_roles(doc, roles, judges)
        quotes = doc._.ct_quotes or []
        answered_by = {q["answers"]: i for i, q in enumerate(quotes) if q.get("answers") is not None}
        for i, (stance, rule, side_rule) in sorted(self.stances(doc, text, quotes, roles, voted, judges, every).items()):
            q = quotes[i]
            unnamed = [] if q.get("speaker") else ["claim.source_as_written"] if q.get("speaker_text") \
                else ["claim.no_source"]
            target = self.target(text, q, i, quotes, {**roles, **voted}, answered_by, ents, stance)
            if target is not None and self.aims_at_none(stance, rule, q, i, answered_by):
                target, unnamed = None, unnamed + ["claim.other_aims_at_none"]
            trace(doc, "stance", q["start"], q["end"], stance, [rule] + ([side_rule] if side_rule else []) + unnamed)
            claims.append({"claimant": q["speaker"], "target": target, "stance": stance, "quote": i})
        doc._.ct_claims = claims
        return doc

    def aims_at_none(self, stance: str, rule: str, q: dict, i: int, answered_by: dict[int, int]) -> bool:
        """Rule claim.other_aims_at_none: a statement whose stance is "other" (a deal told, a
        reaction, a remark on the case, an outlet's report) is against no one, so it has no
        target, though a party of the dispute says it or it names one ("Our partnership with
        Tessaly furthers our goal ...": not a statement against Tessaly). The four real sets'
        writers and the fictional sets agree: 85 of 106 and 199 of 211 "other" statements have
        no target. Kept: an answer's target, and a court's remarks and relays of a party's case
        (stances.yml other_aimed: "the judge said the authors allege X copied ..." is about X)."""
        return stance == "other" and rule not in self.table.other_aimed \
            and q.get("answers") is None and i not in answered_by \
            and "claim.other_aims_at_none" not in self.disabled

    def target(self, text: str, q: dict, i: int, quotes: list[dict], roles: dict[str, str],
               answered_by: dict[int, int], ents, stance: str) -> str | None:
        """Whom the statement is against: the other statement of an answer ("X denied Y's
        accusation"), else the other side of the speaker's dispute, else whom it names."""
        speaker = q["speaker"]
        other = q.get("answers") if q.get("answers") is not None else answered_by.get(i)
        if other is not None and quotes[other].get("speaker") not in (None, speaker):
            return quotes[other]["speaker"]
        own = {speaker, q.get("speaker_org"), q.get("speaker_affiliation")}
        role = self.role(q, roles)
        opposite = self.sides.opposite
        if role in opposite:
            found = next((e for e, r in roles.items() if r == opposite[role]), None)
            if found:
                return found
        elif role in self.sides.judging or stance == "ruling":
            found = next((e for e, r in roles.items() if r in self.sides.defending), None)
            if found:
                return found
        return self.named_target(text, q, ents, own)

    def named_target(self, text: str, q: dict, ents, own: set) -> str | None:
        """The organisation (else person) the statement names, else one its sentence names."""
        inside = [e for e in ents if e.start_char >= q["start"] and e.end_char <= q["end"]
                  and name_of(e) not in own and e.label_ != "PRODUCT"]
        if inside:
            orgs = [e for e in inside if e.label_ != "PERSON"]
            t = (orgs or inside)[0]
            return name_of(t)
        sent_start = text.rfind("\n", 0, q["start"]) + 1
        sent_end = text.find("\n", q["end"])
        sent_end = len(text) if sent_end == -1 else sent_end
        near = [e for e in ents if sent_start <= e.start_char < sent_end
                and not (q["start"] <= e.start_char < q["end"])
                and name_of(e) not in own and e.label_ == "ORG"]
        return name_of(near[0]) if near else None


def previous_by_speaker(quotes: list[dict], order: list[int]) -> dict[int, int]:
    """statement -> the same speaker's statement just before it in the text."""
    last: dict[str, int] = {}
    out: dict[int, int] = {}
    for i in order:
        who = quotes[i].get("speaker")
        if who:
            if who in last:
                out[i] = last[who]
            last[who] = i
    return out
