"""Speakers that are groups or documents (fictional text): "the labels", "the newspapers",
"they", "lawyers for the newspapers", "the suit", "the platform", "the studios" stand for the
parties the text named; a generic plural ("tech companies") is kept as written. None of them
is ever handed to the last company named when that company is the other side."""

from __future__ import annotations

import pytest

CASES = [
    ("Ashgrove Records, Corvid Sound and Quillon Records sued Tessaly in March. Tessaly denies "
     "wrongdoing. The labels said Tessaly trained its model on their recordings.",
     "Tessaly trained its model", "Ashgrove Records"),
    ("The Calder Gazette and the Harbor Ledger sued Tessaly on Monday. The newspapers are seeking "
     "damages, they said in a joint statement.", "The newspapers are seeking damages", "The Calder Gazette"),
    ("The Calder Gazette and the Harbor Ledger sued Tessaly on Monday. Tessaly has called the claims "
     "baseless. Lawyers for the newspapers said Tessaly copied millions of articles.",
     "Tessaly copied millions", "The Calder Gazette"),
    ("Orrin Labs sued Tessaly in May. The suit says Tessaly copied the code.", "Tessaly copied the code",
     "Orrin Labs"),
    ("Reddwell sued Tessaly in May. Tessaly denies the claims. The platform says Tessaly scraped its "
     "forums.", "Tessaly scraped its forums", "Reddwell"),
    ("Fernhill Studios, Larkfield Pictures and Amberline sued Tessaly in May. Tessaly said it would "
     "fight. The studios said in a joint statement that Tessaly had copied their characters.",
     "Tessaly had copied their characters", "Fernhill Studios"),
    ("Tech companies argue that training on public data is fair use, Tessaly said on Monday.",
     "training on public data is fair use", None),
]


@pytest.mark.parametrize("text,content,speaker", CASES, ids=[c[1][:40] for c in CASES])
def test_group_speaker(nlp, text, content, speaker):
    found = [q for q in nlp(text)._.ct_quotes if q["text"].startswith(content)]
    assert found and found[0]["speaker"] == speaker, found
