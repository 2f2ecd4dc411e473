"""A word list as one regex whose alternatives are shared prefixes (a trie), for tests of
whether any of the words is in a text.

``re`` tries the alternatives of ``(?:one|two|...)`` one after another at each place it looks:
the stance table's word classes are lists of up to a few hundred phrases, read at every word
start of every statement (``stance_facts.word_classes``), so most of the time went to
alternatives whose first letter was already wrong. Written as a trie, only the branch of the
letter at hand goes on. The words match where they matched before, so whether a text holds one
is unchanged; which phrase a match covers can differ (``sub`` needs the plain alternation).
"""

from __future__ import annotations

import re

_END, _END_WORD = 0, 1  # keys no character is: a term ends here; one written with a trailing space (a word's end)


def trie_alternation(terms: list[str]) -> str:
    """The regex (no group around it) that matches, at one place, exactly what
    ``a|b|...`` of the lower-cased ``terms`` matches; a term written with a trailing space
    must end at a word's end (``\\b``)."""
    root: dict = {}
    for t in terms:
        node = root
        for ch in t.lower().rstrip():
            node = node.setdefault(ch, {})
        node[_END_WORD if t.endswith(" ") else _END] = True
    return _regex(root)


def _regex(node: dict) -> str:
    alts = [re.escape(ch) + _regex(sub) for ch, sub in node.items() if ch not in (_END, _END_WORD)]
    if _END_WORD in node:
        alts.append(r"\b")
    if _END in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def classes_scanner(classes: dict[str, list[str]]) -> re.Pattern:
    """One regex that tells, in a single pass, which of several word classes a text holds:
    ``classes_found``. Searching each class's trie in turn (``stance_facts.word_classes``, 21
    classes over every statement) made ``re`` try all of them at every character; this one
    stops only at a word start where some term of some class begins (the union's trie, a
    lookahead), and there each class's trie is tried in a lookahead of its own that is
    optional, so its group holds a match when the class matches there and None when not. A
    class is found where its own ``\\b(?:trie)`` would have matched: the same texts hold it."""
    if any(not t.lower().rstrip() for terms in classes.values() for t in terms):
        raise ValueError("an empty term matches everywhere")
    union = trie_alternation([t for terms in classes.values() for t in terms])
    return re.compile(r"\b(?=" + union + ")"
                      + "".join("(?:(?=(" + trie_alternation(terms) + "))|)" for terms in classes.values()))


def classes_found(scanner: re.Pattern, names: tuple[str, ...], text: str) -> set[str]:
    """The names (in ``names``' order, that of the classes given to ``classes_scanner``) of the
    classes ``text`` holds: a class's column of groups holds a (never empty) match at some
    word start."""
    columns = zip(*[m.groups() for m in scanner.finditer(text)])
    return {names[i] for i, column in enumerate(columns) if any(column)}
