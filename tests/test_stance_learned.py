"""nlp/eval/stance_learned.py: the learned stance measured against the stance table, one
writer's rows left out at a time. Rows are fictional, in the shape realset.py --stances writes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from nlp.eval.stance_learned import fit, main, predict


def _row(cue: str, ours: str, gold: str, text: str) -> dict:
    return {"gold": gold, "ours": ours, "kind": "indirect", "cue": cue, "rule": ["stance.plaintiff_speaks"],
            "speaker_rules": ["subject.nsubj"], "our_speaker": "Orrin Labs", "speaker_text": "Orrin Labs",
            "text": text}


def _writer(n: int) -> list[dict]:
    """A writer who calls a plaintiff's "argues" its lawsuit, where the table says accusation."""
    return ([_row("argues", "accusation", "lawsuit", f"Vexa Labs copied the archive {i}") for i in range(n)]
            + [_row("said", "accusation", "accusation", f"Vexa Labs took the files {i}") for i in range(n)])


def _write(tmp_path, name: str, rows: list[dict]):
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_the_model_learns_a_correction_the_other_writers_share():
    model = fit(_writer(4) + _writer(3))
    rows = _writer(2)
    assert predict(model, rows) == ["lawsuit", "lawsuit", "accusation", "accusation"]
    assert [r["ours"] for r in rows] == ["accusation"] * 4


def test_each_writer_is_left_out_once_and_unread_sets_show_totals_only(tmp_path):
    files = [_write(tmp_path, name, _writer(3)) for name in ("dev-a", "dev-b", "dev-c")]
    unread = _write(tmp_path, "dev-u", _writer(2))
    result = CliRunner().invoke(main, [*files, "--unread", unread])
    assert result.exit_code == 0, result.output
    lines = {x.split()[0]: x.split()[1:] for x in result.output.splitlines()[1:]}
    assert set(lines) == {"dev-a", "dev-b", "dev-c", "all", "dev-u"}
    assert lines["all"] == ["18", "0.500", "1.000"]
    assert lines["dev-u"] == ["(unread)", "4", "0.500", "1.000"]
    assert "Vexa" not in result.output  # figures only: no statement of an unread set is shown


def test_one_writer_alone_is_refused(tmp_path):
    result = CliRunner().invoke(main, [_write(tmp_path, "dev-a", _writer(2))])
    assert result.exit_code != 0 and "at least two" in result.output
