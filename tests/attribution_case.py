"""What every attribution rule example shares (the test modules ``test_attribution_*.py``).

A ``Case`` is one fictional text, the statement a rule decides in it (kind, words, speaker) and
the rule's name; ``_check_quote`` asserts the statement, that the rule's name is in its trace
(``doc._.rule_trace``) and, for a rule that can be switched off, that the statement is lost
without it (``ALSO_OFF`` names the rules a more general rule must be switched off with).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.tokens import Doc

from nlp.attribution.component import attribute
from nlp.attribution.context import Context
from nlp.attribution.rules import OUTCOMES
from nlp.attribution.words import load_cues


@dataclass(frozen=True)
class Case:
    rule: str
    text: str
    kind: str | None  # direct | mixed | indirect; None for a no-comment (then content is unused)
    content: str | None  # the statement's words (the start of them is enough)
    speaker: str | None
    label: str | None = None  # the speaker's label, where the example is about it
    exact: bool = False  # the statement's words are exactly ``content`` (a rule about its end)

    def __str__(self) -> str:
        return self.rule


def _case(rule, text, kind, content, speaker, label=None, exact=False):
    return pytest.param(Case(rule, text, kind, content, speaker, label, exact), id=rule)


# Rules whose example a later, more general rule also gets right by another path: the example
# shows its rule is needed only with that rule off too ("Tessaly and Ellison": the list's first
# is also what subject.list_first reads when the nearer name is taken).
ALSO_OFF = {"document.sender_of_gerund": ("subject.list_first",),
            # the watchdog's description also rules the company out (kind_veto.py)
            "speaker.public_body": ("speaker.kind_mismatch",),
            "speaker.public_body_named_next": ("speaker.public_body_of_article",),
            # 'told the Ledger it was “...”' also reads, without it, as a fragment inside the
            # clause 'told' reports (mixed_inside.py)
            "statement.mixed_embedded": ("mixed.fragment_in_clause",),
            # a report that spoke with no owner is also kept from the speaker before (report_authors.py)
            "document.same_unowned_before": ("document.report_not_previous_speaker",),
            "document.new_unowned": ("document.report_not_previous_speaker",),
            # a brief with no filer of its own goes on with who spoke just before (motions.py)
            "document.said_in": ("document.filer_previous_speaker",),
            "subject.noun_of_participle": ("subject.list_first",),
            # "the trade group", its last actor accused, is also the accuser the article names
            # (group.collective_is_plaintiff, coref.py)
            "description.gazetteer_kind": ("group.collective_is_plaintiff",),
            "group.list_not_accused": ("group.collective_is_plaintiff",),
            # a plural role with no owner is kept as written by the broader rule too (roles.py)
            "role.bare_plural": ("role.plural_not_last_named",),
            # "X's legal team", "X's answer": the owner of the subject also by the general rule
            # (subject_owners.py)
            "speaker.legal_team": ("speaker.owner_of_subject",),
            "subject.participle_after_cue": ("speaker.owner_of_subject",),
            # a sentence root's misread cue is also cue.misread_plural's (misread_cues.py)
            "attribution.noun_cue": ("cue.misread_plural",),
            # these read a pronoun as the subject it goes on with rather than a nearer name, and
            # the last main subject overrules that nearer name too (last_subject.py)
            **{r: ("pronoun.last_subject_kind",) for r in (
                "speaker.previous_subject", "pronoun.subject_preferred", "pronoun.they_group",
                "speaker.continues_previous", "speaker.they_continue", "pronoun.org_in_reported_clause",
                "pronoun.they_list_member")}}


def _matches(q: dict, case: Case) -> bool:
    same = q["text"] == case.content if case.exact else q["text"].startswith(case.content)
    return q["kind"] == case.kind and same \
        and q["speaker"] == case.speaker and case.label in (None, q["speaker_label"])


def _check_quote(doc: Doc, case: Case) -> None:
    found = [q for q in doc._.ct_quotes if _matches(q, case)]
    assert found, [(q["kind"], q["text"], q["speaker"]) for q in doc._.ct_quotes]
    q = found[0]
    entry = next(t for t in doc._.rule_trace if t["component"] == "attribution"  # a denial and
                 and (t["start"], t["end"]) == (q["start"], q["end"])  # its accusation share a span
                 and t["decision"] == q["speaker"])
    assert entry["decision"] == case.speaker and entry["text"] == q["text"]
    assert case.rule in entry["rules"], entry["rules"]
    if case.rule not in OUTCOMES:  # without the rule, the example is not understood
        off = frozenset({case.rule, *ALSO_OFF.get(case.rule, ())})
        quotes, _ = attribute(Context(doc, load_cues(), off))
        assert not any(_matches(x.to_dict(), case) for x in quotes)
