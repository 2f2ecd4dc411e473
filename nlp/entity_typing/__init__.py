"""Typing names the gazetteer does not know, from how the text uses them.

The small English model types a name by its spelling: "Halcyra" becomes a place, "Cassius
Brantley" a company, "Pemberton-Ayre" an organisation, and the same name gets three labels in
one article. Reporters, though, say what a new name is: "Halcyra, maker of the Vistrel image
generator", "Halcyra's chief executive, Cassius Brantley", "lawmakers in Calder", "Ms Stroud".
``claimtrack_entity_types`` runs after the gazetteer ruler and before canonicalisation. It
collects that evidence for every name the gazetteer did not match, pools it over all mentions of
the name in the document (a surname joins its full name: "Brantley" after "Cassius Brantley"),
and gives each name one label. Names with no evidence keep the model's label; gazetteer spans
are never touched.

The evidence is a table of named rules, ``nlp/data/entity_rules.yml``: each says where it looks
(a kind, one function of ``evidence.py``), which words count there (lists of
``nlp/data/entity_types.yml``), the label it votes for and its weight. Each rule has a test
built from its example (tests/test_entity_rules.py), and every decision is traced with the
rules that fired (``doc._.rule_trace``, read by ``claimtrack analyze --explain``).

Modules: ``words`` (the word lists), ``candidates`` (which spans are names), ``place_prefix``
(a real place opening a span that runs on: "US AI", "U.S. Circuit"), ``grouping`` (which
mentions are one name), ``evidence`` (the kinds), ``rules`` (the table), ``decide`` (votes to a
label), ``component`` (the spaCy factory).
"""

from nlp.entity_typing.component import EntityTyper, make_entity_types  # noqa: F401 (registers the factory)

__all__ = ["EntityTyper", "make_entity_types"]
