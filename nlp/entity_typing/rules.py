"""The rule table (``nlp/data/entity_rules.yml``): loading it, and applying it to a mention.

A rule is a row of data: a name, a kind (where it looks), the words that count there, a label
and a weight. ``load_rules`` resolves the words against the word lists and checks every row
(an unknown kind, word list or field is an error at load time, not a silent miss);
``mention_votes`` applies the ``mentions`` section in order and says which rules fired, so the
trace can tell why a name got its type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Callable

import yaml

from nlp.entity_typing.evidence import KINDS
from nlp.entity_typing.mention import Mention
from nlp.entity_typing.role_evidence import CONDITIONS
from nlp.entity_typing.words import TypeWords

RULES_FILE = files("nlp") / "data" / "entity_rules.yml"
VOTE_LABELS = {"PERSON", "ORG", "GPE", "PRODUCT", "AGENT", "noun_kind", "conjunct"}
# Kinds the component applies itself, outside the mention loop, per section.
STEP_KINDS = {"names": {"grouping", "dateline", "credit", "gazetteer", "memory"},
              "decisions": {"dateline", "credit", "headline", "place_prefix", "polity", "title", "nationality", "court",
                            "model_guess", "either_or", "and_join", "descriptor", "repeat", "suffix_word_before",
                            "spelling", "possessive", "glued", "number_words", "org_number", "unlisted_given", "legal_place", "apostrophe",
                            "post_nominal", "hyphen_syllable", "title_head"}}
WORD_FIELDS = ("words", "verbs", "nouns", "preps", "except", "then", "unless_last", "suffixes")
OTHER_FIELDS = ("name", "kind", "label", "weight", "why", "chain", "match", "or_person",
                "condition", "unless_model", "labels", "exact")


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    label: str
    weight: float
    why: str
    fn: Callable | None = None
    chain: str | None = None
    words: frozenset | None = None
    verbs: frozenset = frozenset()
    nouns: frozenset = frozenset()
    preps: frozenset = frozenset()
    excluded: frozenset = frozenset()
    then: frozenset = frozenset()
    unless_last: frozenset = frozenset()
    suffixes: frozenset = frozenset()
    unless_model: tuple = ()
    labels: tuple = ()
    exact: tuple = ()
    match: tuple = ("lemma",)
    or_person: bool = False
    condition: str | None = None
    vote: tuple = field(default=(), repr=False)
    role_deps: frozenset | None = None  # the kind's gate (``mention.fires_on``): None, always asked
    gate: frozenset | None = None  # ``Mention.marks`` of which one must be there (``mention.needs``)

    def shown(self, label: str, weight: float) -> str:
        """How a vote of this rule appears in the trace: "title_before(+3 PERSON)"."""
        return f"{self.name}(+{weight:g} {label})"


@dataclass(frozen=True)
class RuleTable:
    names: dict[str, Rule]
    mentions: tuple[Rule, ...]
    decisions: dict[str, Rule]
    by_role: dict[str, tuple[Rule, ...]] = field(default_factory=dict, repr=False, hash=False, compare=False)
    by_marks: dict[tuple, tuple[Rule, ...]] = field(default_factory=dict, repr=False, hash=False, compare=False)
    gate_marks: frozenset = frozenset()  # every mark some rule's gate reads

    def all(self) -> list[Rule]:
        return [*self.names.values(), *self.mentions, *self.decisions.values()]

    def for_role(self, dep: str) -> tuple[Rule, ...]:
        """The ``mentions`` rules that can fire for a name in role ``dep``, in table order: those
        whose kind has no gate, and those whose gate (``mention.fires_on``) lets ``dep`` in."""
        rules = self.by_role.get(dep)
        if rules is None:
            rules = self.by_role[dep] = tuple(r for r in self.mentions if r.role_deps is None or dep in r.role_deps)
        return rules

    def for_mention(self, x: Mention) -> tuple[Rule, ...]:
        """``for_role`` of the mention's role, less the rules whose gate (``mention.needs``)
        finds none of its marks. The few marks any gate reads make the key: a handful of
        combinations recur, so each list is made once."""
        key = (x.role_dep, frozenset(x.marks & self.gate_marks))
        rules = self.by_marks.get(key)
        if rules is None:
            rules = self.by_marks[key] = tuple(r for r in self.for_role(x.role_dep)
                                               if r.gate is None or not r.gate.isdisjoint(key[1]))
        return rules


def _words(value, w: TypeWords) -> frozenset:
    if isinstance(value, str):
        return w.named(value)
    return frozenset(str(x).lower() for x in value)


def _rule(row: dict, section: str, w: TypeWords) -> Rule:
    name = row.get("name", "?")
    unknown = set(row) - set(WORD_FIELDS) - set(OTHER_FIELDS)
    if unknown:
        raise ValueError(f"entity rule {name}: unknown field(s) {sorted(unknown)}")
    kind = row["kind"]
    fn = KINDS.get(kind) if section == "mentions" else None
    if (section == "mentions" and fn is None) or (section != "mentions" and kind not in STEP_KINDS[section]):
        raise ValueError(f"entity rule {name}: unknown kind {kind!r} in {section}")
    if section == "mentions" and row["label"] not in VOTE_LABELS:
        raise ValueError(f"entity rule {name}: label {row['label']!r} is none of {sorted(VOTE_LABELS)}")
    if row.get("condition") and row["condition"] not in CONDITIONS:
        raise ValueError(f"entity rule {name}: unknown condition {row['condition']!r}")
    words = {("excluded" if k == "except" else k): _words(row[k], w) for k in WORD_FIELDS if k in row}
    weight = float(row.get("weight", 0))
    needs, words_at, of = getattr(fn, "needs", frozenset()), getattr(fn, "words_at", ()), getattr(fn, "words_of", "")
    if words_at and words.get(of) is None:
        raise ValueError(f"entity rule {name}: kind {kind} reads its {of}, and the rule has none")
    gate = needs | {f"{at}:{word}" for at in words_at for word in words[of]} if words_at else needs
    return Rule(name=name, kind=kind, label=row["label"], weight=weight, why=row["why"], fn=fn,
                chain=row.get("chain"), match=tuple(row.get("match", ("lemma",))),
                or_person=bool(row.get("or_person", False)), condition=row.get("condition"),
                unless_model=tuple(row.get("unless_model", ())), labels=tuple(row.get("labels", ())),
                exact=tuple(row.get("exact", ())), vote=((row["label"], weight),),
                role_deps=getattr(fn, "role_deps", None), gate=frozenset(gate) or None, **words)


@lru_cache(maxsize=4)
def load_rules(w: TypeWords, path: str | None = None) -> RuleTable:
    """The table, its words resolved against ``w``; rule names are unique across sections."""
    text = (RULES_FILE if path is None else Path(path)).read_text(encoding="utf-8")
    d = yaml.safe_load(text)
    sections = {s: [_rule(row, s, w) for row in d[s]] for s in ("names", "mentions", "decisions")}
    seen: set[str] = set()
    for rule in (r for rules in sections.values() for r in rules):
        if rule.name in seen:
            raise ValueError(f"entity rule {rule.name}: the name is used twice")
        seen.add(rule.name)
    return RuleTable(names={r.name: r for r in sections["names"]}, mentions=tuple(sections["mentions"]),
                     decisions={r.name: r for r in sections["decisions"]},
                     gate_marks=frozenset(m for r in sections["mentions"] if r.gate for m in r.gate))


def mention_votes(x: Mention, table: RuleTable) -> list[tuple[Rule, str, float]]:
    """Every vote the table's ``mentions`` give one mention, in table order, with the rule that
    gave it. Of the rules of one ``chain`` only the first that fires counts. A rule whose kind
    is gated on the name's role (``role_deps``) is not asked about a mention in another role
    (``RuleTable.for_role``): it could not fire, and each name is in one of the many roles the
    table reads; nor is one whose gate (``mention.needs``) finds none of its marks on the mention
    (``RuleTable.for_mention``)."""
    fired: list[tuple[Rule, str, float]] = []
    done: set[str] = set()  # chains that have fired
    for rule in table.for_mention(x):
        chain = rule.chain
        if chain is not None and chain in done:
            continue
        votes = rule.fn(x, rule)
        if votes:
            for label, weight in votes:
                fired.append((rule, label, weight))
            if chain is not None:
                done.add(chain)
    return fired
