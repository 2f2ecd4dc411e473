"""What travels through Redis between the writer and the workers, as JSON.

A task names a few articles (one to ``--task-size``, see claimtrack/scale/writer.py) and where
each one's archived copy lies: several per task so the worker analyses them in one
``nlp.pipe`` batch, as ``process`` does (one text at a time costs 10-15% more CPU per
article); a result is the part of an
:class:`~claimtrack.records.Analysis` that ``db.analysis.write_analysis`` stores. The article's
text does not travel back: the writer has it in its database (``text_chars`` says how much of
it the analysis read, as the pipeline cuts very long pages). The memory across articles
(nlp/memory.py) travels once per round, under its digest.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

from claimtrack.records import (Analysis, Article, Claim, Entity, EntityRef, NoComment, Quote)

NS = "claimtrack:"
STATE = NS + "writer:round"  # the round the writer is in (JSON), see claimtrack/scale/writer.py
CURRENT = NS + "writer:current"  # that round's id alone: a result for another round is dropped
QUEUE = "claimtrack"  # the Celery queue of analysis tasks
TASK = "claimtrack.analyse"
RESULT_TTL = 7 * 24 * 3600  # a round's results are deleted when it ends; this bounds strays


def results_key(round_id: str) -> str:
    return f"{NS}results:{round_id}"


def memory_key(digest: str) -> str:
    return f"{NS}memory:{digest}"


# Results are kept only for the round in progress: a task done twice (a worker thought dead,
# a task sent again) after its round ended must not leave results behind. ARGV: the round,
# the expiry, then article id and result pairs.
KEEP_RESULTS = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('HSET', KEYS[2], unpack(ARGV, 3))
  redis.call('EXPIRE', KEYS[2], ARGV[2])
  return 1
end
return 0
"""


def keep_results(server, round_id: str, results: list[tuple[str, str]]) -> bool:
    pairs = [x for pair in results for x in pair]
    return bool(server.eval(KEEP_RESULTS, 2, CURRENT, results_key(round_id), round_id,
                            RESULT_TTL, *pairs))


# How many of the ids given, from the first, have their result in the hash: the part of a
# round the writer may write now, without fetching the results themselves.
READY_PREFIX = """
local n = 0
for i = 1, #ARGV do
  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 0 then break end
  n = n + 1
end
return n
"""


def ready_prefix(server, round_id: str, ids: list[str]) -> int:
    return int(server.eval(READY_PREFIX, 1, results_key(round_id), *ids)) if ids else 0


def text_digest(text: str | None) -> str:
    return hashlib.sha1((text or "").encode("utf-8")).hexdigest()


def memory_digest(memory: dict[str, str]) -> str:
    return hashlib.sha1(json.dumps(memory, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def task_for(rows: list[dict], round_id: str, memory: str, profile: dict) -> dict:
    """The task of a few stored article rows: the round, its memory and the pipeline to use,
    and for each article its id, where its archived copy lies, its language as stored and the
    digest of the text stored from it (the worker checks it reads the same)."""
    return {"round": round_id, "memory": memory, "profile": profile,
            "articles": [{"id": row["id"], "warc_file": row.get("warc_file"),
                          "offset": row.get("warc_offset"), "length": row.get("warc_length"),
                          "record_id": row.get("warc_record_id"), "language": row.get("language"),
                          "text_sha1": text_digest(row.get("text"))} for row in rows]}


STORED_TRACE = ("attribution", "stance")


def result_json(analysis: Analysis) -> str:
    a = analysis
    return json.dumps({
        "id": a.source, "error": a.error, "text_chars": len(a.article.text or ""),
        "entities": [dataclasses.asdict(e) for e in a.entities],
        "quotes": [dataclasses.asdict(q) for q in a.quotes],
        "no_comment": [dataclasses.asdict(n) for n in a.no_comment],
        "claims": [dataclasses.asdict(c) for c in a.claims],
        "typed_names": a.typed_names,
        "entity_refs": [dataclasses.asdict(r) for r in a.entity_refs],
        # the rules that decided speakers and stances, which the writer stores beside them
        # (db/analysis.py); the entity typer's trace is not stored, so it does not travel
        "trace": [t for t in a.trace if t.get("component") in STORED_TRACE],
    }, ensure_ascii=False)


def error_json(article_id: str, error: str) -> str:
    return json.dumps({"id": article_id, "error": error, "text_chars": 0})


def analysis_from_json(text: str | bytes, article: Article) -> Analysis:
    """The analysis of ``article`` (as the writer reads it from its database) from a worker's
    result; the article's text cut where the worker's pipeline cut it."""
    d = json.loads(text)
    if d.get("text_chars") and len(article.text) > d["text_chars"]:
        article.text = article.text[:d["text_chars"]]
    return Analysis(
        source=d["id"], article=article, error=d.get("error"),
        entities=[Entity(**e) for e in d.get("entities", [])],
        quotes=[Quote(**q) for q in d.get("quotes", [])],
        no_comment=[NoComment(**n) for n in d.get("no_comment", [])],
        claims=[Claim(**c) for c in d.get("claims", [])],
        typed_names=dict(d.get("typed_names") or {}),
        entity_refs=[EntityRef(**r) for r in d.get("entity_refs", [])],
        trace=list(d.get("trace") or []))
