"""Every rule name attribution records in ``doc._.rule_trace``, with what it decides.

The names are written where each rule is applied (``quoted.py``, ``reported.py``,
``intro.py``, ``speakers.py``, ``groups.py``, ``standing.py``, ``nocomments.py``); this table
says what each means, for ``claimtrack analyze --explain`` and for the tests, which hold one
example per rule
(``tests/test_attribution_rules.py``) and check the table and the code agree. Rules marked
switchable can be turned off (``Context(disabled=...)``) to show their example depends on them;
the others name how a switchable rule resolved (which kind of pronoun match, which org).
"""

from __future__ import annotations

from nlp.lexicon import data_yaml

# name -> what the rule decides (nlp/data/attribution_rules.yml: data, like every word list)
RULES: dict[str, str] = data_yaml("attribution_rules.yml")

# Rules that only name how a switchable rule resolved: they cannot be turned off alone.
OUTCOMES = frozenset({"role.apposition", "name.fuller_form", "pronoun.gender_match",
                      "pronoun.gender_unknown", "pronoun.nearest_person", "org.in_phrase",
                      "org.last_named", "org.named_like", "org.last_subject",
                      "nocomment.declined", "nocomment.no_response", "nocomment.unreachable",
                      "chain.answers"})
