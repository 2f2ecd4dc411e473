"""nlp/eval/speaker_learned.py: a learned choice of speaker measured against the rules, one
writer's set left out at a time. Articles are fictional, in the shape realsets --analyses-dir
writes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from nlp.eval.speaker_learned import main


def _article(i: int) -> dict:
    """The rules leave "The complaint" with no party; the gold speaker is the party that sued,
    named in the paragraph before it; a place is named too."""
    text = f"Orrin Labs sued Tessaly in Calder. The complaint says Tessaly copied {i} models."
    said = f"Tessaly copied {i} models"
    start = text.index(said)
    q = {"text": said, "start": start, "end": start + len(said), "kind": "indirect"}
    ents = [{"text": "Orrin Labs", "label": "ORG", "canonical": "Orrin Labs", "start": 0, "end": 10},
            {"text": "Tessaly", "label": "ORG", "canonical": "Tessaly", "start": 16, "end": 23},
            {"text": "Calder", "label": "GPE", "canonical": "Calder", "start": 27, "end": 33},
            {"text": "Tessaly", "label": "ORG", "canonical": "Tessaly", "start": start, "end": start + 7}]
    return {"id": f"f-{i}", "gold": {"id": f"f-{i}", "text": text, "quotes": [{**q, "speaker": "Orrin Labs"}]},
            "pred": {"entities": ents, "claims": [],
                     "quotes": [{**q, "speaker": None, "speaker_text": "The complaint", "cue": "says"}]},
            "trace": [{"start": q["start"], "end": q["end"], "rules": ["speaker.unresolved_kept"]}]}


def _write(tmp_path, name, n):
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(_article(i)) + "\n" for i in range(n)), encoding="utf-8")
    return str(path)


def test_the_model_learns_whom_a_complaint_speaks_for_and_counts_wrong_parties(tmp_path):
    files = [_write(tmp_path, name, 4) for name in ("dev-a", "dev-b", "dev-c")]
    result = CliRunner().invoke(main, [*files, "--unread", _write(tmp_path, "dev-u", 2)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "rules: right 0.000, wrong party 0 of 12"
    assert "floor 0.0: right 1.000, wrong party 0 of 12" in lines[1]
    assert lines[-5].startswith("unread, learned, floor 0.0: right 1.000")
    assert "Tessaly" not in result.output  # figures only


def test_one_writer_alone_is_refused(tmp_path):
    result = CliRunner().invoke(main, [_write(tmp_path, "dev-a", 2)])
    assert result.exit_code != 0 and "at least two" in result.output
