"""Grouping syndicated copies of one story (a wire story reprinted by several outlets).

Outlets reprint wire copy with their own headline, credit line, boilerplate and small edits,
so exact text comparison misses them. Each article's body is reduced to a MinHash of its
5-word shingles and candidate pairs are found with MinHash LSH (datasketch); pairs whose
estimated Jaccard similarity passes the threshold are joined, and each group's story id is its
earliest article's id. An article's signature is computed once, when it is stored, and kept
in ``story_signatures``: grouping 100,000 articles then reads signatures instead of hashing
every body again.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # datasketch 2's hashing scheme; stored signatures are only valid with it
THRESHOLD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)


def minhash(text: str, k: int = 5) -> MinHash:
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch([" ".join(words[i:i + k]).encode("utf-8")
                    for i in range(max(1, len(words) - k + 1))])
    return m


def signature(text: str | None) -> bytes | None:
    """The stored form of a body's MinHash; None for bodies too short to compare."""
    if len(_WORD.findall(text or "")) < 30:
        return None
    return minhash(text).hashvalues.astype(np.uint64).tobytes()


def from_signature(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME,
                   hashvalues=np.frombuffer(blob, dtype=np.uint64))


def group_stories(articles: list[tuple[str, str, bytes | None]]) -> dict[str, str]:
    """(id, sort key, signature) -> {article id: story id}, story id = the group's first article."""
    order = sorted(articles, key=lambda a: (a[1] or "", a[0]))
    parent = {aid: aid for aid, _, _ in order}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    hashes = {}
    for aid, _, blob in order:
        if not blob:
            continue
        m = from_signature(blob)
        for other in lsh.query(m):
            if hashes[other].jaccard(m) >= THRESHOLD:
                a, b = find(other), find(aid)
                if a != b:
                    parent[b] = a  # the earlier article stays the root
        lsh.insert(aid, m)
        hashes[aid] = m
    return {aid: find(aid) for aid, _, _ in order}
