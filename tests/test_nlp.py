"""The spaCy components on text: entities, quotes, speakers, no-comments and claims."""

from __future__ import annotations

import pytest

from claimtrack.records import Article
from nlp.pipeline import analyse
from nlp.attribution import find_segments
from tests.conftest import ARTICLE_1, ARTICLE_2


def run(nlp, text: str):
    return next(analyse(nlp, [(Article(url="t", text=text), "t")])).to_json_dict()


def test_gazetteer_wins_over_statistical_ner(nlp):
    doc = nlp("Tessaly Labs and Orrin said the Pelagic maker would appeal.")
    labels = {e.text: (e.label_, e._.canonical) for e in doc.ents}
    assert labels["Tessaly Labs"] == ("ORG", "Tessaly")
    assert labels["Orrin"] == ("ORG", "Orrin Labs")
    assert labels["Pelagic maker"] == ("ORG", "Orrin Labs")


def test_surname_resolves_to_full_name_met_earlier(nlp):
    doc = nlp("Mara Ellison spoke first. Later, Ellison said the case was strong.")
    assert [e._.canonical for e in doc.ents if e.label_ == "PERSON"] == ["Mara Ellison", "Mara Ellison"]


def test_direct_quotes_and_speakers(nlp):
    out = run(nlp, "\n".join(ARTICLE_1))
    quotes = {q["text"]: q for q in out["quotes"]}
    q1 = quotes["We have clear evidence that Tessaly used our outputs to build its model"]
    assert q1["kind"] == "direct" and q1["speaker"] == "Mara Ellison" and q1["cue"] == "said"
    assert "chief executive" in q1["speaker_role"]
    # speaker named only in the sentence before
    assert quotes["We never touched their API."]["speaker"] == "Tamsin Okafor"
    text = out["article"]["text"]
    for q in out["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_no_comments_and_claims(nlp):
    out = run(nlp, "\n".join(ARTICLE_1 + ARTICLE_2))
    assert {"speaker": "Skyreach Cloud", "kind": "declined"} in out["no_comment"]
    assert {"speaker": "Tessaly", "kind": "no_response"} in out["no_comment"]
    stances = {(c["claimant"], c["stance"]) for c in out["claims"]}
    assert ("Tamsin Okafor", "denial") in stances
    assert any(c["claimant"] == "Orrin Labs" or c["claimant"] == "Mara Ellison" for c in out["claims"])


def test_pronoun_and_spokesperson(nlp):
    text = ("Mara Ellison, Orrin's chief executive, spoke at a conference on Tuesday. "
            "“The evidence is overwhelming,” she said.\n"
            "An Orrin spokesperson said the company had “no choice” but to go public.")
    out = run(nlp, text)
    q = {x["text"]: x for x in out["quotes"]}
    assert q["The evidence is overwhelming"]["speaker"] == "Mara Ellison"
    mixed = [x for x in out["quotes"] if x["kind"] == "mixed"]
    assert mixed and mixed[0]["speaker"] == "Orrin Labs" and mixed[0]["speaker_role"] == "spokesperson"


def test_multi_paragraph_quote_and_quote_styles():
    text = "“This is the first part of it\n“and this is the second,” she said. «Non» and ‘inner words here’."
    segs = find_segments(text)
    contents = [text[s.start:s.end] for s in segs]
    assert contents[0].startswith("This is the first part") and contents[0].endswith("the second")
    assert "Non" in contents and "inner words here" in contents


def test_multi_paragraph_quote_across_a_blank_line():
    """Pages that put a blank line between paragraphs still continue an unclosed quote."""
    text = "Ada Vell told the paper: “The first part runs on.\n\n“The second part ends it.”\n\nNext."
    contents = [text[s.start:s.end] for s in find_segments(text)]
    assert contents == ["The first part runs on.\n\n“The second part ends it."]


@pytest.mark.parametrize("text", ["", "“unbalanced quote with no end", "“" * 50,
                                  "Der Sprecher sagte: „Wir äußern uns nicht.“",
                                  "\n\n\n", "“all quotes” “all quotes” “all quotes”"])
def test_bad_input_never_crashes_the_batch(nlp, text):
    results = list(analyse(nlp, [(Article(url="a", text=text), "a"),
                                 (Article(url="b", text="\n".join(ARTICLE_1)), "b")]))
    assert len(results) == 2
    assert results[1].quotes  # the good document after the bad one is analysed


def test_a_component_error_is_logged_and_the_batch_goes_on(nlp, monkeypatch, caplog):
    """A statement pass that fails on one document leaves that document without statements,
    says so in its result and in the log (an evaluation read one as lower recall), and the
    next document is analysed."""
    import nlp.attribution.component as component

    real = component.attribute

    def fails_on_a(ctx):
        if ctx.doc.text.startswith("Odd"):
            raise ValueError("odd document")
        return real(ctx)

    monkeypatch.setattr(component, "attribute", fails_on_a)
    with caplog.at_level("WARNING", logger="nlp.pipeline"):
        odd, good = analyse(nlp, [(Article(url="a", text="Odd text, said Mara Ellison."), "a"),
                                  (Article(url="b", text="\n".join(ARTICLE_1)), "b")])
    assert "ValueError: odd document" in odd.error and not odd.quotes
    assert any(r.message.startswith("a: analysed without statements") for r in caplog.records)
    assert good.quotes and not good.error


def test_two_processes_give_the_same_analysis(nlp):
    """`--workers 2` runs the same components in two processes: results must not change."""
    texts = ["\n".join(ARTICLE_1), "\n".join(ARTICLE_2), "“Short one,” said Mara Ellison."] * 2
    items = lambda: [(Article(url=str(i), text=t), str(i)) for i, t in enumerate(texts)]
    one = [a.to_json_dict() for a in analyse(nlp, items())]
    two = [a.to_json_dict() for a in analyse(nlp, items(), n_process=2)]
    assert one == two and all(d["quotes"] for d in one)


def test_non_english_is_kept_and_marked_and_huge_text_is_cut(nlp):
    de = Article(url="de", text="Der Sprecher sagte, dass die Firma nicht kommentieren werde.", language="de")
    huge = Article(url="huge", text=("“We never touched their API,” said Mara Ellison. " * 120_000))
    out = {a.source: a for a in analyse(nlp, [(de, "de"), (huge, "huge"),
                                              (Article(url="ok", text="\n".join(ARTICLE_1)), "ok")],
                                        max_chars=20_000)}
    assert set(out) == {"de", "huge", "ok"}
    assert "English-only" in out["de"].error and not out["de"].quotes
    assert len(out["huge"].article.text) <= 20_000 and out["huge"].quotes  # a 6 MB text, cut
    assert out["ok"].quotes


def test_language_guess():
    from spiders.language import guess_language

    assert guess_language(" ".join(ARTICLE_1)) == "en"
    assert guess_language("Die Klage wurde am Montag eingereicht, und der Verlag sagt, dass die Firma "
                          "seine Artikel ohne Lizenz für das Training ihres Modells genutzt habe, "
                          "was sie bestreitet. Ein Sprecher des Unternehmens wollte sich nicht äußern.") == "de"


def test_generic_words_and_datelines_are_not_organisations(nlp):
    doc = nlp("NORVALE, Calder (Kitewire) - The AI start-up said its API was open to AI researchers.")
    assert not [e for e in doc.ents if e.text in ("AI", "API")]
    assert [e.label_ for e in doc.ents if e.text in ("NORVALE", "Calder")] == ["GPE", "GPE"]


def test_a_dash_glued_to_the_first_word_after_an_agency_ends_the_dateline(nlp):
    doc = nlp("TESSALY (Calder Wire) -Orrin Labs said on Friday it had settled the case. The deal ends it.")
    assert ("Orrin Labs", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert doc[[t.text for t in doc].index("Orrin")].is_sent_start


def test_a_hyphenated_name_opening_a_paragraph_is_no_dateline(nlp):
    """DATELINE (nlp/datelines.py): a hyphen ends a dateline only before a space, so an acronym
    joined by a hyphen ("PAV-ARTA says ...") keeps its whole name as the speaker instead of a
    dateline "PAV-" and a speaker "ARTA"."""
    doc = nlp("PAV-ARTA says Orrin Labs apologized for the videos.")
    assert [(q["speaker"], q["speaker_text"]) for q in doc._.ct_quotes] == [("PAV-ARTA", "PAV-ARTA")]
    assert "PAV-ARTA" in {e.text for e in doc.ents}


def test_unknown_names_are_typed_from_context(nlp):
    """Names no gazetteer knows get one label per document from how the text uses them."""
    doc = nlp("Ostrava Dyne's chief executive, Thaddeus Quillon, said the Pelmira image generator "
              "was trained on licensed pictures. Quillon added that lawmakers in Vardesh had "
              "asked for records. Ms Idunn Kesterly, a lawyer for Ostrava Dyne, declined to comment.")
    labels = {(e.text, e.label_, e._.canonical) for e in doc.ents}
    assert ("Thaddeus Quillon", "PERSON", "Thaddeus Quillon") in labels
    assert ("Quillon", "PERSON", "Thaddeus Quillon") in labels  # the surname joins the full name
    assert ("Pelmira", "PRODUCT", "Pelmira") in labels
    assert ("Idunn Kesterly", "PERSON", "Idunn Kesterly") in labels
    assert {e.label_ for e in doc.ents if e.text == "Ostrava Dyne"} == {"ORG"}
    assert {e.label_ for e in doc.ents if e.text == "Vardesh"} <= {"GPE"}


def test_gazetteer_labels_are_never_retyped(nlp):
    doc = nlp("Lawmakers in OpenAI said so.")  # nonsense context; the gazetteer still wins
    assert [(e.text, e.label_) for e in doc.ents if e.text == "OpenAI"] == [("OpenAI", "ORG")]


def test_fragment_after_told_x_it_was_is_mixed(nlp):
    doc = nlp("Orla Penhallow told the Dunmore Gazette it was “entirely possible” that the regulator "
              "would open an inquiry before the summer.")
    quotes = doc._.ct_quotes
    assert [q["kind"] for q in quotes] == ["mixed"]
    assert quotes[0]["text"].startswith("it was “entirely possible” that the regulator")
    assert quotes[0]["speaker"] == "Orla Penhallow"


def test_sides_read_from_the_article_when_no_dispute_file_knows_them(nlp):
    doc = nlp("Orla Penhallow sued Quenmore Labs on Monday. "
              "Quenmore Labs said the lawsuit was baseless. "
              "“They took our work,” Penhallow said.")
    claims = {doc._.ct_quotes[c["quote"]]["speaker"]: c for c in doc._.ct_claims}
    assert claims["Quenmore Labs"]["stance"] == "denial"
    assert claims["Quenmore Labs"]["target"] == "Orla Penhallow"
    assert claims["Orla Penhallow"]["target"] == "Quenmore Labs"


def test_reported_clause_the_parser_missed_and_paragraph_sentences(nlp):
    doc = nlp("Quenmore Labs said in a statement that Dunmore companies selling AI services would be covered.\n"
              "‘We saw it coming,’ says Quenmore engineer\n"
              "Orla Penhallow replied that the board had to gather evidence before it could act.")
    got = {(q["kind"], q["text"]) for q in doc._.ct_quotes}
    assert ("indirect", "Dunmore companies selling AI services would be covered") in got
    assert ("indirect", "the board had to gather evidence before it could act") in got
    # a headline line is a sentence of its own: its quote never borrows the next line's words
    assert all(q["speaker_text"] != "Orla Penhallow" for q in doc._.ct_quotes if q["kind"] == "direct")


def test_no_comment_by_a_list_of_names(nlp):
    # the parser makes "Ostrava" an apposition of "Pelham AI", not a conjunct
    doc = nlp("The board said it supported the bill.\n"
              "Pelham AI, Ostrava and Dunmore Labs declined to comment on the bill.")
    assert {n["speaker"] for n in doc._.ct_no_comments} == {"Pelham AI", "Ostrava", "Dunmore Labs"}


def test_inverted_attribution_at_the_end_of_a_lead(nlp):
    # the parser hangs "reported" on the apposition, not on the statement
    doc = nlp("Pelham AI is in talks to buy Tolcaster, the start-up behind the Marigold legal "
              "assistant, the news site Quillfeather Daily reported on Saturday, citing three "
              "people familiar with the matter.")
    q = [q for q in doc._.ct_quotes if q["kind"] == "indirect"]
    assert len(q) == 1 and q[0]["text"].startswith("Pelham AI is in talks to buy Tolcaster")
    assert q[0]["text"].endswith("legal assistant") and q[0]["cue"] == "reported"
    assert q[0]["speaker_text"] == "Quillfeather Daily"


def test_titles_of_works_are_not_quotes(nlp):
    doc = nlp("One of the fake tracks, “Paper Lanterns”, was streamed 200,000 times.\n"
              "“We never made it,” Orla Penhallow said.")
    assert [q["text"] for q in doc._.ct_quotes] == ["We never made it"]


def test_more_context_typing(nlp):
    doc = nlp("Kenji Oyelowo, who works for Brackwater, met an Oskvelan lawmaker. "
              "Brackwater sells Glimmer to law firms and will release Glimmer 2 in May.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Brackwater", "ORG") in labels
    assert ("Glimmer", "PRODUCT") in labels and ("Glimmer 2", "PRODUCT") in labels
    assert not [e for e in doc.ents if e.text == "Oskvelan" and e.label_ in ("ORG", "PERSON", "GPE")]


def test_word_arrays_are_read_once_per_document_and_again_after_retokenizing(nlp):
    """``token_array`` keeps a document's word arrays (the statement passes ask them per
    statement); ``lemma_positions`` and ``upper_positions`` read them. A document whose tokens
    change (another length) is read again, never answered from its old tokens."""
    from nlp.lexicon import lemma_positions, lower_positions, token_array, upper_positions

    doc = nlp("Harrow Vale said it sued Quillon. Quillon said nothing.")
    assert lower_positions(doc, frozenset({"quillon", "it"})) == [3, 5, 7]
    first = token_array(doc, "ORTH")
    assert token_array(doc, "ORTH") is first and first.tolist() == doc.to_array("ORTH").tolist()
    assert upper_positions(doc) == [0, 1, 5, 7]
    assert lemma_positions(doc, frozenset({"say"})) == [2, 8]
    with doc.retokenize() as r:
        r.merge(doc[0:2])
    assert token_array(doc, "ORTH").tolist() == doc.to_array("ORTH").tolist()
    assert upper_positions(doc) == [0, 4, 6]
    assert lemma_positions(doc, frozenset({"say"})) == [1, 7]
    assert lower_positions(doc, frozenset({"quillon"})) == [4, 6]


def test_an_analysed_document_is_not_kept_alive_by_the_caches(nlp):
    """The per-document caches (entity spans, word arrays, lemmas, text) must let a document go
    once the caller drops it: a crawl analyses hundreds of thousands of articles in one process.
    The first entity-span cache was weak-keyed, but its spans held their document, so every
    document analysed stayed in memory."""
    import gc
    import weakref

    from nlp.extensions import doc_ents

    refs = []
    for i in range(8):  # more documents than the entity cache has slots
        doc = nlp(f"Harrow Vale sued Quillon Press in case {i}, its lawyer Mara Dunne said.")
        assert doc_ents(doc) is doc_ents(doc)  # still served from the cache while in use
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert sum(r() is not None for r in refs) <= 4
    assert refs[0]() is None


def test_canonical_read_without_underscore_is_spacys(nlp):
    """``canonical_of``/``set_canonical``/``name_of`` read and write ``span._.canonical`` where
    spaCy keeps it, skipping the ``Underscore`` object each ``span._`` builds: they must agree
    with spaCy's own reads and writes both ways, and ``name_of`` with ``canonical or text``."""
    from spacy.tokens import Span

    from nlp.extensions import canonical_of, name_of, set_canonical

    doc = nlp.make_doc("Mara Ellison said Orrin Labs sued Vexa Labs.")
    mara, orrin, vexa = Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="ORG"), Span(doc, 6, 8, label="ORG")
    assert canonical_of(mara) is None and name_of(mara) == mara.text == "Mara Ellison"
    mara._.canonical = "Mara Ellison-Dunne"
    assert canonical_of(Span(doc, 0, 2)) == "Mara Ellison-Dunne" == name_of(mara)
    set_canonical(orrin, "Orrin Laboratories")
    assert Span(doc, 3, 5, label="ORG")._.canonical == "Orrin Laboratories" == name_of(orrin)
    set_canonical(vexa, None)
    assert vexa._.canonical is None and name_of(vexa) == "Vexa Labs"
