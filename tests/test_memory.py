"""Unknown names: typed from how the text uses them, and remembered across articles."""

from __future__ import annotations

from claimtrack import jobs
from claimtrack.records import Article
from db import writer
from db.analysis import typed_names
from nlp.memory import learn, second_pass
from nlp.pipeline import analyse, set_memory

# Fiction: the firms, products and places below are invented for these tests.
INTRODUCES = "Gimlet, a Dunhaven-based translation start-up, makes the Lanternfly reader."
SAYS_NOTHING = "The fund also holds shares in Gimlet and Wickmoor."


def _entities(nlp, text: str) -> dict[str, str]:
    a = next(analyse(nlp, [(Article(url="test:x", text=text), "x")]))
    return {e.text: e.label for e in a.entities}


def test_capitalised_words_are_names_whatever_the_tagger_says(nlp):
    # the tagger reads "Gimlet" (an English word) as an adjective or noun here
    ents = _entities(nlp, "The publisher has signed licences with two smaller developers, "
                          "Gimlet and Wickmoor, according to its annual report.")
    assert ents.get("Gimlet") == "ORG" and ents.get("Wickmoor") == "ORG"
    # not an English word, at the start of a sentence, and the object of "represented"
    assert _entities(nlp, "Harrowgate is represented by a law firm in Dunhaven.").get("Harrowgate") == "ORG"


def test_learn_keeps_names_the_documents_agree_on():
    docs = [{"gimlet": "ORG"}, {"gimlet": "ORG", "dunhaven": "GPE"}, {"gimlet": "ORG"},
            {"gimlet": "GPE"}, {"wickmoor": "ORG"}, {"wickmoor": "PERSON"}]
    assert learn(docs) == {"gimlet": "ORG", "dunhaven": "GPE"}  # 3 of 4 agree; 1 of 2 does not


def test_second_pass_picks_the_articles_a_changed_name_concerns():
    articles = [("a", "Shares in Gimlet rose."), ("b", "Gimlet's reader, Gimlet said."),
                ("c", "A gimletty word."), ("d", "Nothing here.")]
    mentions = {"a": [("gimlet", "GPE")], "b": [("gimlet's", "ORG"), ("gimlet", "ORG")]}
    asked = []

    def labels(aid):
        asked.append(aid)
        return mentions.get(aid, [])

    # "a" mentions it with another label, "b" already as the memory says, "c" not as a word
    assert second_pass({"gimlet": "ORG"}, articles, labels) == ["a"]
    assert asked == ["a", "b"]  # mentions are read only where the name occurs


def test_memory_types_a_name_its_article_says_nothing_about(nlp):
    assert _entities(nlp, SAYS_NOTHING).get("Gimlet") != "ORG"
    set_memory(nlp, {"gimlet": "ORG"})
    try:
        assert _entities(nlp, SAYS_NOTHING).get("Gimlet") == "ORG"
        # a clear cue in the article itself still wins over the memory
        set_memory(nlp, {"dunhaven": "ORG"})
        assert _entities(nlp, INTRODUCES).get("Dunhaven") == "GPE"
    finally:
        set_memory(nlp, {})


def test_process_analyses_again_the_articles_a_later_one_explains(settings, nlp):
    db = writer.open_db(settings.db)
    early = writer.upsert_article(db, Article(url="http://127.0.0.1/early", text=SAYS_NOTHING,
                                              published="2026-03-01"))
    writer.upsert_article(db, Article(url="http://127.0.0.1/late", text=INTRODUCES,
                                      published="2026-03-02"))
    assert jobs.process(settings, nlp=nlp) == 2
    labels = {r["text"]: r["label"] for r in db.query(
        "select text, label from mentions where article_id = ?", [early])}
    assert labels.get("Gimlet") == "ORG"
    assert learn(typed_names(db)).get("gimlet") == "ORG"
    # one row for the name: the place row the first pass made is gone with its last mention
    assert [r["type"] for r in db.query("select type from entities where name = 'Gimlet'")] == ["ORG"]
    assert nlp.get_pipe("claimtrack_entity_types").memory == {}  # the pipeline is left as it came
    counts = {t: db.table(t).count for t in ("mentions", "typed_names", "entities")}
    jobs.process(settings, all_articles=True, nlp=nlp)  # re-running duplicates nothing
    assert {t: db.table(t).count for t in counts} == counts


def test_unknown_names_are_typed_by_their_sentence(nlp):
    # each member of a list takes the list's role; "which" and "the start-up X" are no people
    cases = {
        "The agency sued Quernstone, Ottilie and Gorsebrook on Monday.":
            {"Quernstone": "ORG", "Ottilie": "ORG", "Gorsebrook": "ORG"},
        "Its clients include Quernstone, Ottilie and Gorsebrook.":
            {"Quernstone": "ORG", "Ottilie": "ORG", "Gorsebrook": "ORG"},
        "Lawyers at Pellory Marsh LLP represent the voice-cloning start-up Ottilie.": {"Ottilie": "ORG"},
        "Ottilie, which is based in Dunhaven, makes Marigold, a voice model.":
            {"Ottilie": "ORG", "Dunhaven": "GPE", "Marigold": "PRODUCT"},
        # a real country stays a place when the sentence lets it act (nlp/data/world_places.tsv)
        "France already charges a levy on blank media.": {"France": "GPE"},
        # "Post" is The Washington Post's short form, but not inside a longer name
        "Whitlow told the Dunhaven Evening Post that it would appeal.": {"Dunhaven Evening Post": "ORG"},
        # a list the model may take as one name; a hyphenated surname alone; a firm's full name
        "The regulator wrote to Quernstone, Ottilie and Brackenfold AI on Monday.":
            {"Quernstone": "ORG", "Ottilie": "ORG", "Brackenfold AI": "ORG"},
        "Amara Lindqvist-Oduya, an analyst at Harrowgate Research, said the case was weak. "
        "Lindqvist-Oduya said more.": {"Lindqvist-Oduya": "PERSON", "Harrowgate Research": "ORG"},
        "Quernstone has hired Tolliver Ashgrove LLP to defend it.": {"Tolliver Ashgrove LLP": "ORG"},
    }
    for text, want in cases.items():
        got = _entities(nlp, text)
        assert {k: got.get(k) for k in want} == want, text


def test_a_headline_line_teaches_no_names(nlp):
    # a Title Case line without a full stop: its capitals mark no names, and nothing is learned
    text = ("Publisher Sues Start-Up Over Training Data, Says Models Copied Archive\n"
            "Gimlet, a translation start-up in Dunhaven, makes the Lanternfly reader.")
    a = next(analyse(nlp, [(Article(url="test:h", text=text), "h")]))
    names = {e.text for e in a.entities}
    assert "Gimlet" in names and not names & {"Training Data", "Models Copied Archive", "Sues Start"}
    assert set(a.typed_names) <= {"gimlet", "dunhaven", "lanternfly"}
