"""List a real set's statements left with no party where the gold names one, with the rules
that decided each speaker (``doc._.rule_trace``): the first step in classifying why a speaker
stayed unresolved (a document speaking, a group noun, a court noun, no subject at all).

    python nlp/eval/unresolved_traces.py SETDIR [--demo]

SETDIR is a readable set's folder (its ``attribution_gold.jsonl``); one line per statement:
id | gold speaker | subject words | gold speaker_text | kind | rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main(folder: str, demo: bool = False) -> None:
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "nlp" / "eval"))
    import realset
    from claimtrack.config import NLP_DATA, Settings, demo_settings
    from claimtrack.records import Article
    from nlp.eval import quotes
    from nlp.eval.quotes import Score
    from nlp.pipeline import analyse, build_pipeline

    quotes.FOLD_LEGAL_FORMS = True
    quotes.ALIASES = quotes.load_aliases(NLP_DATA / "gazetteer.jsonl")
    docs = realset.load(Path(folder) / "attribution_gold.jsonl")
    for d in docs:
        for q in d["quotes"]:
            q["speaker"] = realset._canon(q.get("speaker")) or None
    by_id = {d["id"]: d for d in docs}
    nlp = build_pipeline(demo_settings() if demo else Settings())
    items = [(Article(url=d.get("url") or f"eval:{d['id']}", text=d["text"]), d["id"]) for d in docs]
    for a in analyse(nlp, items):
        pred = a.to_json_dict()
        for q in pred["quotes"]:
            q["speaker"] = realset._canon(q.get("speaker")) or None
        score = Score()
        score.add(a.source, by_id[a.source], pred)
        for row in score.wrong_speakers:
            if row[3] is not None:
                continue
            gq = next((g for g in by_id[a.source]["quotes"] if g["text"][:60] == row[1]), None)
            if gq is None:
                continue
            overlap = [(min(p["end"], gq["end"]) - max(p["start"], gq["start"]), i)
                       for i, p in enumerate(pred["quotes"])]
            best = max(overlap, default=(0, -1))
            if best[0] <= 0:
                continue
            p = pred["quotes"][best[1]]
            rules = next((t.get("rules") for t in a.trace if t.get("start") == p["start"]), None)
            print(f"{a.source} | {row[2]} | {row[4]!r} | {gq.get('speaker_text')!r} | {p['kind']} | {rules}")


if __name__ == "__main__":
    main(sys.argv[1], "--demo" in sys.argv[2:])
