"""Grouping syndicated copies of one story (a wire story reprinted by several outlets).

Outlets reprint wire copy with their own headline, credit line, boilerplate and small edits,
so exact text comparison misses them. Each article's body is reduced to a MinHash of its
5-word shingles and candidate pairs are found with MinHash LSH (datasketch); pairs whose
estimated Jaccard similarity passes the threshold are joined, and each group's story id is its
first article's id by the one definition of first appearance (db/firsts.py: publication time to
the minute, then the article id), so it does not depend on which copy the crawl fetched first.
A copy that credits a wire in its dateline ("PORT CALDER, Aug 6 (Meridian Wire) —") names the
story's origin (:func:`credited_wire`). An article's signature is computed once, when it is stored, and kept
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


# A wire credited in a dateline at the start of a paragraph, near the top of the body:
# "PORT CALDER, Aug 6 (Meridian Wire) —", "LONDON (Meridian Wire) -", "WASHINGTON, June 3 (AP) —".
_DATELINE_CREDIT = re.compile(
    r"^[A-Z][A-Z .'\u2019-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\(([A-Z][\w&.'\u2019 -]{0,40}?)\)\s*[\u2014\u2013-]", re.MULTILINE)
CREDIT_WINDOW = 1200  # characters of the body's start where a dateline is looked for


def credited_wire(text: str | None) -> str | None:
    """The wire service a body credits in its dateline, as written; None if it credits none."""
    m = _DATELINE_CREDIT.search((text or "")[:CREDIT_WINDOW])
    return m.group(1).strip() if m else None


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
    """(id, sort key, signature) -> {article id: story id}, story id = the group's first article
    (the smallest sort key, then the smallest id: the order of the list given does not matter)."""
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
