"""Grouping syndicated copies of one story (a wire story reprinted by several outlets).

Outlets reprint wire copy with their own headline, credit line, boilerplate and small edits,
so exact text comparison misses them. Each article's body is reduced to a MinHash of its
5-word shingles and candidate pairs are found with MinHash LSH (datasketch); pairs whose
estimated Jaccard similarity passes the threshold are joined, and each group's story id is its
earliest article's id.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def minhash(text: str, k: int = 5) -> MinHash:
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, seed=1)
    for i in range(max(1, len(words) - k + 1)):
        m.update(" ".join(words[i:i + k]).encode("utf-8"))
    return m


def group_stories(articles: list[tuple[str, str, str]]) -> dict[str, str]:
    """(id, sort key, text) -> {article id: story id}, story id = the group's first article."""
    order = sorted(articles, key=lambda a: (a[1] or "", a[0]))
    parent = {aid: aid for aid, _, _ in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    hashes = {}
    for aid, _, text in order:
        if len(_WORD.findall(text or "")) < 30:
            continue
        m = minhash(text)
        for other in lsh.query(m):
            if hashes[other].jaccard(m) >= THRESHOLD:
                a, b = find(other), find(aid)
                if a != b:
                    parent[b] = a  # the earlier article stays the root
        lsh.insert(aid, m)
        hashes[aid] = m
    return {aid: find(aid) for aid, _, _ in order}
