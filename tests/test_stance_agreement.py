"""nlp/eval/stance_agreement.py: two writers' stances of one set, and ours against each and
where both agree. Fictional statements."""

from __future__ import annotations

from nlp.eval.stance_agreement import agreement


def test_ours_is_scored_against_each_writer_and_where_both_agree():
    gold = [{"id": "f-1", "quotes": [{"text": "Orrin Labs copied the archive", "stance": "lawsuit"},
                                     {"text": "Tessaly did nothing wrong", "stance": "denial"},
                                     {"text": "the deal was signed", "stance": "other"}]}]
    second = [{"id": "f-1", "n": 0, "stance": "accusation"}, {"id": "f-1", "n": 1, "stance": "denial"},
              {"id": "f-1", "n": 2, "stance": "other"}]
    ours = [{"id": "f-1", "text": "Orrin Labs copied the archive", "ours": "accusation"},
            {"id": "f-1", "text": "Tessaly did nothing wrong", "ours": "denial"},
            {"id": "f-1", "text": "the deal was signed", "ours": "accusation"}]
    t = agreement(gold, second, ours)
    assert (t["writers_agree"], t["writers_agree_suit_or_charge_one"]) == (0.667, 1.0)
    assert (t["ours_vs_first"], t["ours_vs_second"]) == (0.333, 0.667)
    assert (t["both_agree"], t["ours_where_both_agree"]) == (2, 0.5)
    assert t["writers_differ"] == {"lawsuit / accusation": 1}
