"""The statement being built, and the one function that turns it into the contract's dict.

Every pattern (direct, mixed, reported, according-to, inverted) fills a ``Quote``; only
``Quote.to_dict`` writes the dict that goes to ``doc._.ct_quotes`` (the analysis contract,
``claimtrack.records.Quote``, plus ``cue_lemma`` and ``speaker_affiliation`` for the claims
component). ``rules`` names what decided the statement and its speaker, for the trace.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Speaker:
    """Who a phrase stands for, and the rules that said so."""

    name: str | None  # canonical; None when only the words are known ("the court")
    label: str | None  # PERSON | ORG | OUTLET | COURT
    text: str | None = None  # the words of the article that name the speaker
    role: str | None = None
    org: str | None = None  # the organisation a role speaks for
    rules: tuple[str, ...] = ()

    def but(self, rule: str) -> "Speaker":
        """The same speaker, with one more rule that led to it (a rule earlier in the chain)."""
        return Speaker(self.name, self.label, self.text, self.role, self.org, (rule, *self.rules))


@dataclass
class Quote:
    text: str
    kind: str  # direct | mixed | indirect
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    cue_lemma: str | None = None
    # Whether the contract dict holds "cue_lemma" (a quote attributed by "according to", or
    # one with no cue, never had the key): kept so the dict is exactly what it always was.
    has_lemma: bool = False
    affiliation: str | None = None
    rules: list[str] = field(default_factory=list)
    # the index, among the document's statements, of the statement this one answers (a denial
    # answers the accusation it denies: nlp/attribution/denials.py)
    answers: int | None = None

    def set_cue(self, text: str | None, lemma: str | None) -> None:
        self.cue, self.cue_lemma, self.has_lemma = text, lemma, True

    def to_dict(self) -> dict:
        s = self.speaker
        d = {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end,
             "speaker": s.name if s else None, "speaker_text": s.text if s else None,
             "speaker_role": s.role if s else None, "speaker_org": s.org if s else None,
             "speaker_label": s.label if s else None, "cue": self.cue, "answers": self.answers}
        if self.has_lemma:
            d["cue_lemma"] = self.cue_lemma
        d["speaker_affiliation"] = self.affiliation
        return d


NOBODY = Speaker("", None)  # a speaker rule applied and found no one: stop looking
