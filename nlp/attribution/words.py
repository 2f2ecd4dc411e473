"""The attribution lexicon (``nlp/data/cues.yml``), read once.

Every word list attribution decides by lives in that file: cue verbs, role nouns, pronouns,
the nouns that make a document a speaker, and the small function-word lists the rules test.
It is found through package resources, so a built wheel reads the same file; the factory's
``cues`` setting may name another file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Cues:
    speech_verbs: frozenset[str]
    report_verbs: frozenset[str]
    document_speakers: dict[str, str]
    role_nouns: frozenset[str]
    person_role_nouns: frozenset[str]
    org_anaphors: frozenset[str]
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    no_comment: tuple[tuple[str, re.Pattern], ...]
    spokes_nouns: frozenset[str]
    lead_in: re.Pattern  # what, right before an opening mark, makes the quote stand alone
    title_small_words: frozenset[str]
    articles: frozenset[str]
    judge_titles: frozenset[str]
    outlet_nouns: frozenset[str]
    filing_verbs: frozenset[str]
    plaintiff_nouns: frozenset[str]
    question_words: frozenset[str]
    refusal_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    quantifiers: frozenset[str]
    headline_leading: re.Pattern  # "<who> Allege <what>" on a headline line
    headline_trailing: re.Pattern  # "<what>, <who> claims"
    org_possessives: frozenset[str]
    role_preps: frozenset[str]
    member_preps: frozenset[str]
    story_requests: frozenset[str]  # "did not respond to the letter": not a request for comment
    request_nouns: frozenset[str]  # "Meridian Wire's request for comment": Meridian Wire asked
    asking_verbs: frozenset[str]  # "despite the Ledger asking X": the Ledger asked
    no_comment_again: re.Pattern  # "Neither did Y" after a no-comment
    no_comment_gate: re.Pattern  # a word every no-comment phrase holds, on lower-cased text
    proxy_nouns: frozenset[str]  # roles that speak in a person's name
    group_nouns: dict[str, str]  # lemma -> "person" | "org" | "any"
    defendant_nouns: frozenset[str]
    definite_determiners: frozenset[str]
    occasion_words: frozenset[str]  # "Asked whether ..., X said": a fronted occasion, not speech
    role_synonyms: dict = field(default_factory=dict)  # "boss" -> roles it names ("chief", "ceo")
    # ", citing ...": participles naming the speaker's source, which end what was said
    source_participles: frozenset[str] = frozenset()
    person_relatives: frozenset[str] = frozenset()  # "X, CEO of Y, who said": X (person_of_org.py)
    gerund_cues: frozenset[str] = frozenset()  # "admitted using X" (gerund_objects.py)
    # "did not respond to the allegations in court", "has not answered the complaint": the case's steps
    story_venues: frozenset[str] = frozenset()
    story_pleadings: frozenset[str] = frozenset()
    # "X initiated legal proceedings": verbs that file when their object is a legal action
    action_verbs: frozenset[str] = frozenset()
    legal_action_nouns: frozenset[str] = frozenset()
    # "described X as 'Y'", "accused X of 'Y'": cues whose object is named, not a clause reported
    naming_cues: frozenset[str] = frozenset()
    # "hailed the ruling as “a milestone”", "called X “Y”": the quoted complement is the
    # subject's statement (naming.py, mixed.naming_complement)
    naming_verbs: frozenset[str] = frozenset()
    naming_second_object: frozenset[str] = frozenset()
    # "accused X of copying ...": verbs whose "of" + gerund is what the subject charges
    # (object_complements.py, statement.accused_of)
    charge_of_verbs: frozenset[str] = frozenset()
    # "the company's argument that P": nouns whose owner states P (claim_nouns.py)
    owned_claim_nouns: frozenset[str] = frozenset()
    # "alleging copyright infringement", "denied any wrongdoing": verbs whose noun-phrase object
    # is what the subject states, and the nouns that are no claim (charge_objects.py)
    object_cues: frozenset[str] = frozenset()
    object_cue_not_claims: frozenset[str] = frozenset()
    # "noted how X avoids blame": verbs whose "how" clause is stated, not asked (unread.py)
    how_report_verbs: frozenset[str] = frozenset()
    utterance_cues: frozenset[str] = frozenset()
    # "asked the court to find that ...": verbs whose to-infinitive is a request, not speech
    request_verbs: frozenset[str] = frozenset()
    request_addressees: frozenset[str] = frozenset()  # "asked the court to ...": a motion
    # "demanded that it cease ...": verbs whose that-clause says what is wanted, not what is so
    mandative_verbs: frozenset[str] = frozenset()
    demand_not_statements: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    report_particles: dict = field(default_factory=dict)  # "point" reports only as "point out"
    # "find out", "figure out": a cue lemma -> particles that make it no act of speech
    not_speech_particles: dict = field(default_factory=dict)
    reflexive_pronouns: frozenset[str] = frozenset()  # "find themselves unable": no clause said
    clause_only_cues: frozenset[str] = frozenset()  # "held that ..." reports, "held a rally" not
    work_nouns: frozenset[str] = frozenset()  # 'her memoir, “Tough Choices.”': a title follows
    # "..., according to Meridian Wire. The report adds": documents a news outlet writes, and how far
    # back (characters) the outlet that was their source may be
    outlet_documents: frozenset[str] = frozenset()
    report_documents: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    publishing_verbs: frozenset[str] = frozenset()
    legal_action_modifiers: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()  # "The company's demands were clear. “...”" (speech_noun_owner.py)  # "the legal action alleged" (legal_actions.py)  # "a report published by X" (published_by.py)
    outlet_report_window: int = 0
    # "the grounds for the judgment", "the text of the letter": parts that speak for the whole
    document_parts: frozenset[str] = frozenset()
    # "the signatories", "the complainants": those who filed or signed the document of the case
    filer_nouns: frozenset[str] = frozenset()
    agreement_nouns: frozenset[str] = frozenset()  # "signatories" of a deal signed that
    # "..., the complaint continues.": verbs that report only at a statement's end (issue 12)
    inverted_verbs: frozenset[str] = frozenset()
    # "This evidence suggests that ...": inference verbs, and subjects that are no party (issue 12)
    inference_verbs: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    name_giving_verbs: frozenset[str] = frozenset()  # "a bill called “X”" (not_content.py)
    # "<what>, says <who>" on a headline line: the cue first (rule headline.cue_first)
    headline_cue_first: re.Pattern | None = None
    # "both sides", "Lawyers for both parties": the two sides of the act between parties, each
    # with the names listed beside it (pairs.py, nocomment.both_sides)
    side_nouns: frozenset[str] = frozenset()


def _lead_in(words: list[str], phrases: list[str]) -> re.Pattern:
    """"said “", "told the Gazette “", "according to X, “" or a comma, colon or dash before the
    mark, at the end of the text before it."""
    alts = [re.escape(w) for w in words] + [re.escape(p) + r" [^,.;:]{1,40}" for p in phrases]
    return re.compile(r"(?:\b(?:" + "|".join(alts) + r")|[,:;—–-])\s*$", re.IGNORECASE)


def _no_comment_gate(words: list[str], phrases: list[str]) -> re.Pattern:
    """The words of ``no_comment_words`` as one pattern, after checking that every phrase
    names one of them: a phrase that names none would never be read (a miss with no error)."""
    for phrase in phrases:
        if not any(w in phrase.lower() for w in words):
            raise ValueError(f"no-comment phrase {phrase!r} holds none of no_comment_words {words}")
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=4)
def load_cues(path: str = "") -> Cues:
    text = Path(path).read_text(encoding="utf-8") if path else \
        (files("nlp") / "data" / "cues.yml").read_text(encoding="utf-8")
    d = yaml.safe_load(text)
    nc = tuple(
        (kind, re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.IGNORECASE))
        for kind, pats in d["no_comment"].items()
    )
    gate = _no_comment_gate(d["no_comment_words"], [p for ps in d["no_comment"].values() for p in ps]
                            + d["no_comment_again"])
    sets = {k: frozenset(d[k]) for k in (
        "speech_verbs", "report_verbs", "role_nouns", "org_anaphors", "person_pronouns",
        "org_pronouns", "spokes_nouns", "title_small_words", "articles", "judge_titles",
        "outlet_nouns", "filing_verbs", "plaintiff_nouns", "question_words", "refusal_verbs",
        "relative_pronouns", "quantifiers", "org_possessives", "role_preps", "member_preps",
        "story_requests", "request_nouns", "asking_verbs", "defendant_nouns", "definite_determiners", "proxy_nouns",
        "occasion_words")}
    groups = {w: kind for kind, words in d["group_nouns"].items() for w in words}
    cues = "|".join(re.escape(c) for c in d["headline_cues"])
    leading = re.compile(r"(?P<who>(?:\S+ ){1,5}?)(?P<cue>" + cues + r") (?:[Tt]hat )?(?P<what>.+?)\s*$",
                         re.IGNORECASE)
    trailing = re.compile(r"(?P<what>.+?),\s+(?P<who>(?:\S+ ){0,5}\S+) (?P<cue>" + cues + r")\s*$",
                          re.IGNORECASE)
    cue_first = re.compile(r"(?P<what>.+?),\s+(?P<cue>" + cues + r") (?P<who>(?:\S+ ){0,5}\S+)\s*$",
                           re.IGNORECASE)
    synonyms = {k: tuple(v) for k, v in (d.get("role_synonyms") or {}).items()}
    particles = {k: frozenset(v) for k, v in (d.get("not_speech_particles") or {}).items()}
    return Cues(role_synonyms=synonyms, not_speech_particles=particles,
                source_participles=frozenset(d.get("source_participles", [])),
                person_relatives=frozenset(d.get("person_relatives", [])),
                gerund_cues=frozenset(d.get("gerund_cues", [])),
                story_venues=frozenset(d.get("story_venues", [])),
                story_pleadings=frozenset(d.get("story_pleadings", [])),
                action_verbs=frozenset(d.get("action_verbs", [])),
                legal_action_nouns=frozenset(d.get("legal_action_nouns", [])),
                naming_cues=frozenset(d.get("naming_cues", [])),
                naming_verbs=frozenset(d.get("naming_verbs", [])),
                naming_second_object=frozenset(d.get("naming_second_object", [])),
                charge_of_verbs=frozenset(d.get("charge_of_verbs", [])),
                owned_claim_nouns=frozenset(d.get("owned_claim_nouns", [])),
                object_cues=frozenset(d.get("object_cues", [])),
                object_cue_not_claims=frozenset(d.get("object_cue_not_claims", [])),
                how_report_verbs=frozenset(d.get("how_report_verbs", [])),
                utterance_cues=frozenset(d.get("utterance_cues", [])),
                request_verbs=frozenset(d.get("request_verbs", [])),
                request_addressees=frozenset(d.get("request_addressees", [])),
                mandative_verbs=frozenset(d.get("mandative_verbs", [])),
                demand_not_statements=frozenset(d.get("demand_not_statements", [])),
                warning_verbs=frozenset(d.get("warning_verbs", [])),
                report_particles=dict(d.get("report_particles") or {}),
                reflexive_pronouns=frozenset(d.get("reflexive_pronouns", [])),
                clause_only_cues=frozenset(d.get("clause_only_cues", [])),
                work_nouns=frozenset(d.get("work_nouns", [])),
                outlet_documents=frozenset(d.get("outlet_documents", [])),
                report_documents=frozenset(d.get("report_documents", [])),
                finding_verbs=frozenset(d.get("finding_verbs", [])),
                publishing_verbs=frozenset(d.get("publishing_verbs", [])),
                legal_action_modifiers=frozenset(d.get("legal_action_modifiers", [])),
                speech_nouns=frozenset(d.get("speech_nouns", [])),
                outlet_report_window=int(d.get("outlet_report_window", 0)),
                document_parts=frozenset(d.get("document_parts", [])),
                filer_nouns=frozenset(d.get("filer_nouns", [])),
                agreement_nouns=frozenset(d.get("agreement_nouns", [])),
                inverted_verbs=frozenset(d.get("inverted_verbs", [])),
                inference_verbs=frozenset(d.get("inference_verbs", [])),
                evidence_nouns=frozenset(d.get("evidence_nouns", [])),
                name_giving_verbs=frozenset(d.get("name_giving_verbs", [])), headline_leading=leading, headline_trailing=trailing,
                headline_cue_first=cue_first, side_nouns=frozenset(d.get("side_nouns", [])),
                document_speakers=dict(d["document_speakers"]), group_nouns=groups,
                person_role_nouns=frozenset(d.get("person_role_nouns", [])), no_comment=nc,
                no_comment_again=re.compile(r"\b(?:" + "|".join(d["no_comment_again"]) + r")\b",
                                            re.IGNORECASE), no_comment_gate=gate,
                lead_in=_lead_in(d["lead_in_words"], d["lead_in_phrases"]), **sets)
