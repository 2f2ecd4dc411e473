"""No-comments in every form real coverage uses, and what is not one (fictional text).

Saying a company declined to comment when it did not is a serious error, so the cases that
must give no row matter as much as those that must: a response the story itself reports, a
subject no rule can place, a verb that only looks like one of the phrases.
"""

from __future__ import annotations

from importlib.resources import files

import pytest

FORMS = [
    ("Tessaly did not immediately respond to a request for comment.", {("Tessaly", "no_response")}),
    ("Tessaly didn't immediately respond to a request for comment on Monday.",
     {("Tessaly", "no_response")}),
    ("Orrin Labs has not yet responded to the lawsuit.", {("Orrin Labs", "no_response")}),
    ("Orrin Labs has yet to respond to the complaint.", {("Orrin Labs", "no_response")}),
    ("Mara Ellison could not be reached for comment.", {("Mara Ellison", "unreachable")}),
    ("Orrin Labs was not immediately available for comment.", {("Orrin Labs", "unreachable")}),
    ("Orrin Labs did not return requests for comment.", {("Orrin Labs", "no_response")}),
    ("Orrin Labs did not immediately return a message seeking comment.",
     {("Orrin Labs", "no_response")}),
    ("Tessaly had no immediate comment.", {("Tessaly", "declined")}),
    # the plural noun, the present tense, an adverb before "comment" (issue 12, session 11)
    ("Tessaly did not provide comments on the ruling.", {("Tessaly", "no_response")}),
    ("Tessaly had no comments on the ruling.", {("Tessaly", "declined")}),
    ("Orrin Labs declines to comment on the lawsuit.", {("Orrin Labs", "declined")}),
    ("Orrin Labs did not publicly comment on the lawsuit.", {("Orrin Labs", "declined")}),
    ("The Calder Herald reached out to Orrin Labs for comment but hasn't yet heard back.",
     {("Orrin Labs", "no_response")}),
    ("Queries sent last evening to Orrin Labs remained unanswered till publishing.",
     {("Orrin Labs", "no_response")}),
    ("Lawyers for Orrin Labs declined to comment.", {("Orrin Labs", "declined")}),
    ("Tessaly's lawyers declined to comment on Friday.", {("Tessaly", "declined")}),
    ("Tessaly sued Orrin Labs and Skyreach Cloud on Monday. Spokespeople for Orrin Labs and "
     "Skyreach Cloud did not respond to requests for comment.",
     {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response")}),
    ("Representatives for Orrin Labs, Skyreach Cloud and Brannock AI did not immediately respond "
     "to requests for comment.",
     {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response"), ("Brannock AI", "no_response")}),
    ("A request for comment was not answered by Orrin Labs, Skyreach Cloud, or Brannock AI.",
     {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response"), ("Brannock AI", "no_response")}),
    # the negation carried by "neither ... nor" (issue 12, session 20)
    ("So far, neither Orrin Labs nor Tessaly has issued a public response.",
     {("Orrin Labs", "no_response"), ("Tessaly", "no_response")}),
    # "other" with no article: the rest of the suit's defendants (group.other_parties)
    ("Orrin Labs sued Tessaly, Vexa Labs and Brightwell Media in May. Vexa Labs said it never copied. "
     "Other defendants did not immediately respond to requests for comment.",
     {("Tessaly", "no_response"), ("Brightwell Media", "no_response")}),
    ("Neither Orrin Labs nor Tessaly responded to requests for comment.",
     {("Orrin Labs", "no_response"), ("Tessaly", "no_response")}),
    ("Orrin Labs, Tessaly and Skyreach Cloud did not immediately respond.",
     {("Orrin Labs", "no_response"), ("Tessaly", "no_response"), ("Skyreach Cloud", "no_response")}),
    ("The Calder Gazette sued Orrin Labs, Tessaly, Skyreach Cloud and Brannock AI on Monday. A "
     "spokesperson for Tessaly said the company would fight the case. Spokespeople for the other "
     "defendants did not immediately respond to requests for comment.",
     {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response"), ("Brannock AI", "no_response")}),
    ("The Calder Gazette sued Orrin Labs and Tessaly on Monday. The companies did not respond to "
     "requests for comment.", {("Orrin Labs", "no_response"), ("Tessaly", "no_response")}),
    ("Orrin Labs and Tessaly sued Skyreach Cloud. Lawyers for the companies declined to comment.",
     {("Orrin Labs", "declined"), ("Tessaly", "declined")}),
    ("Marrowby Capital and Soren Abelard, the Marrowby partner who sits on Tessaly's board, "
     "declined to comment.", {("Marrowby Capital", "declined"), ("Soren Abelard", "declined")}),
    ("Spokespeople for Orrin Labs and for Skyreach Cloud declined to comment.",
     {("Orrin Labs", "declined"), ("Skyreach Cloud", "declined")}),
    ("Orrin Labs declined to comment, as did Skyreach Cloud.",
     {("Orrin Labs", "declined"), ("Skyreach Cloud", "declined")}),
    ("Representatives for Orrin Labs could not immediately be reached for comment.",
     {("Orrin Labs", "unreachable")}),
    ("Orrin Labs was sued on Monday. The company could not be reached for comment.",
     {("Orrin Labs", "unreachable")}),
    ("Tessaly, Orrin Labs and Skyreach Cloud were contacted for comment but did not respond.",
     {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response"), ("Tessaly", "no_response")}),
    ("Penhallow Capital, an investor in both companies, had no immediate comment.",
     {("Penhallow Capital", "declined")}),
    ("Tessaly left unanswered the Harbor Ledger's questions about the model.",
     {("Tessaly", "no_response")}),
    ("Orrin Labs has remained silent despite repeated inquiries.", {("Orrin Labs", "no_response")}),
    ("Tessaly did not comment on the matter.", {("Tessaly", "declined")}),
    ("Orrin Labs declined to comment. Neither did Mara Ellison.",
     {("Orrin Labs", "declined"), ("Mara Ellison", "declined")}),
    ("Tessaly did not immediately respond. Neither did representatives for Orrin Labs or Mara "
     "Ellison.", {("Tessaly", "no_response"), ("Orrin Labs", "no_response"),
                  ("Mara Ellison", "no_response")}),
    ("Orrin Labs sued Tessaly in May. The Harbor Ledger's request for comment to Tessaly went "
     "unanswered.", {("Tessaly", "no_response")}),
    ("Tessaly sued Orrin Labs. Orrin Labs said it does not comment on pending litigation.",
     {("Orrin Labs", "declined")}),
    ("Tessaly sued Orrin Labs. Orrin Labs declined a request for an interview.",
     {("Orrin Labs", "declined")}),
    ("Orrin Labs did not respond to requests for comment, nor did Skyreach Cloud.",
     {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response")}),
    # phrasings met on a sample of real coverage (session 8)
    ("Tessaly sued Orrin Labs. Orrin Labs said it could not comment on the report.",
     {("Orrin Labs", "declined")}),
    ("Mara Ellison declined to say how much Orrin Labs paid.", {("Mara Ellison", "declined")}),
    # a refusal on one point beside a statement on another: both
    ("Tessaly declined to comment on the verdict but said it was reviewing the decision.",
     {("Tessaly", "declined")}),
    ("Tessaly has yet to issue a response to the claims.", {("Tessaly", "no_response")}),
    ("No one at Skyreach Cloud was immediately available for comment.", {("Skyreach Cloud", "unreachable")}),
    ("Mara Ellison is refusing to speak with reporters about the case.", {("Mara Ellison", "declined")}),
    ("Calls to Orrin Labs were not acknowledged or returned.", {("Orrin Labs", "no_response")}),
    # wire and political phrasings (nlp/data/cues.yml, session 9)
    ("Earlier on Sunday, Mara Ellison declined an interview request from the Harbor Ledger.",
     {("Mara Ellison", "declined")}),
    ("Orrin Labs declined further comment.", {("Orrin Labs", "declined")}),
    ("A spokesman for Orrin Labs had no response.", {("Orrin Labs", "no_response")}),
    ("Mara Ellison made no comment on the ruling on Monday.", {("Mara Ellison", "declined")}),
    ("Tessaly did not immediately have a comment.", {("Tessaly", "declined")}),
    ("Orrin Labs has not returned requests for comment.", {("Orrin Labs", "no_response")}),
    ("Orrin Labs said it does not comment on speculation.", {("Orrin Labs", "declined")}),
    ("Tessaly said it was unable to comment on the case.", {("Tessaly", "declined")}),
    # two clauses joined by "and": the second is its own no-comment, not inside the first
    ("Tessaly did not respond to the Harbor Ledger's request for comment, and Orrin Labs "
     "declined to comment.", {("Tessaly", "no_response"), ("Orrin Labs", "declined")}),
    # forms gathered from real coverage of many kinds (session 10; sentences fictional)
    ("There was no immediate response from Orrin Labs or Tessaly.",
     {("Orrin Labs", "no_response"), ("Tessaly", "no_response")}),
    ("No reply was received from Tessaly by publication time.", {("Tessaly", "no_response")}),
    ("The Harbor Ledger contacted Orrin Labs for comment but received no response.",
     {("Orrin Labs", "no_response")}),
    ("Orrin Labs is yet to respond to the lawsuit.", {("Orrin Labs", "no_response")}),
    ("Tessaly is yet to comment on the ruling.", {("Tessaly", "no_response")}),
    ("Orrin Labs chose not to comment.", {("Orrin Labs", "declined")}),
    ("Orrin Labs opted not to comment on the report.", {("Orrin Labs", "declined")}),
    ("Orrin Labs preferred not to discuss the report.", {("Orrin Labs", "declined")}),
    ("Tessaly refused to be drawn on the reports.", {("Tessaly", "declined")}),
    ("Orrin Labs said it had a policy of not commenting on rumours.", {("Orrin Labs", "declined")}),
    ("Wrenlet has not responded to the Harbor Ledger's request for comment.", {("Wrenlet", "no_response")}),
    ("Spokespeople for Orrin Labs, Tessaly and Skyreach Cloud did not respond to emails.",
     {("Orrin Labs", "no_response"), ("Tessaly", "no_response"), ("Skyreach Cloud", "no_response")}),
    ("Orrin Labs, which was named in the suit, did not respond to a request for comment.",
     {("Orrin Labs", "no_response")}),
    ("Messages left with Orrin Labs were not returned.", {("Orrin Labs", "no_response")}),
    ("Tessaly is not commenting on the lawsuit.", {("Tessaly", "declined")}),
    ("Tessaly declined an interview.", {("Tessaly", "declined")}),
    ("Orrin Labs has so far not commented on the lawsuit.", {("Orrin Labs", "no_response")}),
    ("Tessaly has still not responded to the Harbor Ledger's questions.", {("Tessaly", "no_response")}),
    ("Orrin Labs has not yet publicly commented.", {("Orrin Labs", "no_response")}),
    ("Tessaly did not give a statement.", {("Tessaly", "no_response")}),
    ("Mara Ellison was unreachable on Friday.", {("Mara Ellison", "unreachable")}),
    ("Attempts to reach Tessaly by phone and email failed.", {("Tessaly", "unreachable")}),
    # a role for a person noun is the person's, never the last company's
    ("Mara Ellison sued Tessaly in May. Her representatives did not respond to requests for comment.",
     {("Mara Ellison", "no_response")}),
    ("Neither Orrin Labs nor representatives for Tessaly have provided immediate comments on the matter.",
     {("Orrin Labs", "declined"), ("Tessaly", "declined")}),
    ("Orrin Labs sued Tessaly, Skyreach Cloud and Brannock AI. The three companies haven't commented "
     "on the lawsuit.", {("Tessaly", "no_response"), ("Skyreach Cloud", "no_response"),
                         ("Brannock AI", "no_response")}),
    # issue 12, session 12: a group beside names, a pair for a role, both sides, a list with its
    # own role, a headline's list made fuller by the lede, the wire's "did not immediately comment"
    ("Authors Mara Ellison and Soren Abelard sued Orrin Labs on Monday. Attorneys for the authors and "
     "spokespeople for Orrin Labs did not respond to requests for comment.",
     {("Mara Ellison", "no_response"), ("Soren Abelard", "no_response"), ("Orrin Labs", "no_response")}),
    ("Tessaly sued Orrin Labs and Skyreach Cloud on Monday. Representatives for Tessaly and the companies "
     "did not immediately respond.", {("Tessaly", "no_response"), ("Orrin Labs", "no_response"),
                                      ("Skyreach Cloud", "no_response")}),
    ("Tessaly sued Orrin Labs on Monday. Lawyers for both sides did not respond to requests for comment.",
     {("Tessaly", "no_response"), ("Orrin Labs", "no_response")}),
    ("Authors Mara Ellison and Soren Abelard sued Orrin Labs on Monday. Lawyers for both sides did not "
     "respond.", {("Mara Ellison", "no_response"), ("Soren Abelard", "no_response"),
                  ("Orrin Labs", "no_response")}),
    ("Tessaly sued Orrin Labs on Monday. Lawyers for the companies declined to comment.",
     {("Tessaly", "declined"), ("Orrin Labs", "declined")}),
    ("Tessaly sued Orrin Labs and Skyreach Cloud on Monday. Attorneys representing the defendants did not "
     "respond.", {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response")}),
    ("Tessaly sues Orrin Labs, Skyreach Cloud over song lyrics\nTessaly is suing Orrin Labs, Skyreach "
     "Cloud and Brannock AI in a Calder court.\nThe defendants did not immediately respond.",
     {("Orrin Labs", "no_response"), ("Skyreach Cloud", "no_response"), ("Brannock AI", "no_response")}),
    ("Tessaly sued Orrin Labs on Monday. The maker of Sparrow, Orrin Labs, did not respond to a request "
     "for comment.", {("Orrin Labs", "no_response")}),
    ("Orrin Labs did not immediately comment on the ruling.", {("Orrin Labs", "no_response")}),
    ("Orrin Labs would not immediately comment on the ruling.", {("Orrin Labs", "declined")}),
    ("Tessaly sued Orrin Labs. Orrin Labs said in an email that it does not comment on litigation.",
     {("Orrin Labs", "declined")}),
]

NOT_NO_COMMENTS = [
    # the story's own events: a letter not answered, what a lawsuit says
    "The Calder Gazette sent a letter to Tessaly in May, to which Tessaly did not respond, "
    "according to the complaint.",
    "Tessaly did not respond to the letter.",
    "The lawsuit says Skyreach Cloud never responded to its requests and did not reply to Orrin's emails.",
    # a party that tells of another's silence is no outlet asking (nocomment.outlet_reports)
    "Orrin Labs said Tessaly declined to comment on the deal when it asked.",
    # the parties' own exchange: a deal, not a request for comment
    "Orrin Labs reached out to Tessaly about a licence but has not heard back.",
    "The questions of the writers remained unanswered for years.",
    # a generic subject names nobody
    "Tech companies did not respond to the letter from The Calder Gazette.",
    "Tech companies sued by Orrin Labs did not respond to requests for comment.",
    # look-alikes
    "The companies did not disclose the financial terms of the deal.",
    "Orrin Labs did not return to court after the hearing.",
    "The court did not rule on the motion. Neither did it address the claims.",
    # the party spoke after all: what it said is a statement (nocomment.spoke_instead)
    "Orrin Labs declined to comment on the ruling's effect, saying only that it would appeal.",
    # a refusal of something else than words
    "Tessaly refused to license its catalogue to Orrin Labs.",
    "Orrin Labs declined to license the songs to Tessaly.",
    "Orrin Labs declined an offer from Tessaly to license the songs.",
    "Tessaly made no secret of its plans and offered no apology to the writers.",
    "Orrin Labs has not returned to court since the hearing.",
    # a product asked nothing; the outlet that asked
    "In one test, Wrenlet did not respond to prompts it judged unsafe.",
    "A request for comment from the Harbor Ledger went unanswered.",
    # steps of the case, not the outlet's request for comment (session 10)
    "Orrin Labs did not respond to the allegations in court filings.",
    "Tessaly has not yet answered the complaint in court.",
    "Tessaly did not answer the question in its filing.",
    "Orrin Labs did not respond to the motion by the deadline.",
    "Orrin Labs did not respond to the petition.",
    # the parties' own exchange, not a request for comment; who received nothing asked
    "Orrin Labs emailed Tessaly on Monday but got no reply.",
    "The Harbor Ledger received no response.",
    "The judge chose not to rule on the motion.",
    "The server was unreachable for hours on Friday.",
    "Orrin Labs offered no evidence for the claim.",
    # a group with no list, after an act between a person and a company: not "the companies"
    "Mara Ellison sued Orrin Labs on Monday. The companies did not immediately respond to requests "
    "for comment.",
    # a role for a person noun when no person was named: no company stands in
    "Tessaly sued Orrin Labs in May. A lawyer for the author declined to comment.",
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[t[:50] for t, _ in FORMS])
def test_no_comment_forms(nlp, text, expected):
    doc = nlp(text)
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == expected


@pytest.mark.parametrize("text", NOT_NO_COMMENTS, ids=[t[:50] for t in NOT_NO_COMMENTS])
def test_not_a_no_comment(nlp, text):
    assert nlp(text)._.ct_no_comments == []


@pytest.mark.parametrize("text,said", [
    ("Corvane declined to comment on Monday.\nThe suit is the first brought by a Calder news "
     "publisher against an AI developer.", "Corvane declined to comment on Monday."),
    ("Orrin Labs did not respond to requests for comment\n\nThe company was founded in 2021.",
     "Orrin Labs did not respond to requests for comment"),
    ("The suit is the first of its kind.\nCorvane declined to comment.",
     "Corvane declined to comment."),
])
def test_no_comment_span_ends_with_its_paragraph(nlp, text, said):
    """The span is the sentence that says so: not the line break after it (a stored end past
    the break made the stored sentence run on into the next paragraph, issue 13)."""
    doc = nlp(text)
    (n,) = doc._.ct_no_comments
    assert text[n["start"]:n["end"]] == said


@pytest.mark.parametrize("rule,text,wrong", [
    ("nocomment.not_a_product", "In one test, Wrenlet did not respond to prompts it judged unsafe.",
     "Wrenlet"),
    ("nocomment.asker_not_silent", "A request for comment from Tessaly's lawyers went unanswered.",
     "Tessaly"),
    ("nocomment.not_a_document", "A judge allowed a lawsuit from voice actors Tam Orley and Ada Merle "
     "to proceed against Vexa Labs. California-based Vexa Labs had requested the case be dismissed "
     "entirely but has not responded to requests for comment.", "Tam Orley"),
])
def test_who_is_never_the_silent_one(nlp, rule, text, wrong):
    """A product asked for nothing, the party who asked: no row, and the rule is what keeps
    them out (switched off, the sentence's first name comes back)."""
    from nlp.attribution.component import attribute
    from nlp.attribution.context import Context
    from nlp.attribution.words import load_cues

    doc = nlp(text)
    assert wrong not in [n["speaker"] for n in doc._.ct_no_comments]
    _, silent = attribute(Context(doc, load_cues(), frozenset({rule})))
    assert wrong in [n["speaker"] for n, _ in silent]


def test_a_phrase_outside_the_gate_words_fails_at_load_time(tmp_path):
    """Only sentences holding one of ``no_comment_words`` are read with the phrases; a phrase
    built on another word would silently never match, so loading the cues refuses it."""
    import yaml

    from nlp.attribution.words import load_cues

    src = (files("nlp") / "data" / "cues.yml").read_text(encoding="utf-8")
    table = yaml.safe_load(src)
    table["no_comment"]["no_response"].append("(?:did|does)(?:\\snot|n['’]t) get back to")
    path = tmp_path / "cues.yml"
    path.write_text(yaml.safe_dump(table), encoding="utf-8")
    with pytest.raises(ValueError, match="get back to"):
        load_cues(str(path))
    table["no_comment_words"].append("get back")
    path.write_text(yaml.safe_dump(table), encoding="utf-8")
    assert load_cues(str(path)).no_comment_gate.search("did not get back to")
