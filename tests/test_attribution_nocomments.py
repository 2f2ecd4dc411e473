"""One example per no-comment rule (``NO_COMMENT_CASES``) and the texts where nobody, or only
the named parties, stayed silent (``SILENT``). Read by ``test_attribution_rules.py``'s check
that every rule has an example. Fictional texts only.
"""

from __future__ import annotations

import pytest

from nlp.attribution.component import attribute
from nlp.attribution.context import Context
from nlp.attribution.rules import OUTCOMES
from nlp.attribution.words import load_cues
from tests.attribution_case import _case


NO_COMMENT_CASES = [
    _case("nocomment.pair_of_parties", "Halvard Records sued Quillon AI on Monday. Neither company "
          "responded to requests for comment.", None, None, "Quillon AI"),
    _case("nocomment.addressee", "Calls to Halden & Rusk LLP, which represents the plaintiffs, were not "
          "returned.", None, None, "Halden & Rusk LLP"),
    _case("nocomment.declined", "Tamsin Okafor declined to comment.", None, None, "Tamsin Okafor"),
    _case("nocomment.no_response", "Tessaly did not respond to a request for comment.",
          None, None, "Tessaly"),
    _case("nocomment.unreachable", "Mara Ellison could not be reached on Friday.",
          None, None, "Mara Ellison"),
    _case("nocomment.whom_unreached", "Orrin Labs has not commented on the matter, and the Harbor "
          "Ledger was unable to reach Mara Ellison or verify her account.", None, None, "Mara Ellison"),
    _case("nocomment.agent",
          "A request for comment was not answered by Orrin Labs, Tessaly or Skyreach Cloud.",
          None, None, "Skyreach Cloud"),
    _case("nocomment.group",
          "The Calder Gazette sued Orrin Labs, Tessaly and Skyreach Cloud in May. A spokesperson for "
          "Tessaly said the case had no merit. Spokespeople for the other defendants did not respond "
          "to requests for comment.", None, None, "Skyreach Cloud"),
    _case("nocomment.listed_names",
          "Orrin Labs, Tessaly and Skyreach Cloud did not respond to requests for comment.",
          None, None, "Skyreach Cloud"),
    _case("nocomment.named_in_subject",
          "Tessaly's investors, including Skyreach Cloud, had no immediate comment.",
          None, None, "Skyreach Cloud"),
    _case("nocomment.as_did", "Orrin Labs declined to comment, as did Skyreach Cloud.",
          None, None, "Skyreach Cloud"),
    _case("nocomment.and_role_name", "Tamsin Okafor sued Orrin Labs. Okafor and her co-counsel Tomasz Velander "
          "did not respond to requests for comment.", None, None, "Tomasz Velander"),
    _case("group.other_parties", "Orrin Labs sued Tessaly, Vexa Labs and Brightwell Media in May. Vexa Labs "
          "said it never copied. Other defendants did not immediately respond to requests for comment.",
          None, None, "Brightwell Media"),
    _case("nocomment.neither_did", "Orrin Labs declined to comment. Neither did Mara Ellison.",
          None, None, "Mara Ellison"),
    _case("nocomment.names_before_role", "Orrin Labs and Tessaly representatives were not "
          "immediately available for comment.", None, None, "Tessaly"),
    _case("nocomment.both", "The Ledger wrote to reps for both Mara Ellison and the late poet's estate on "
          "Monday, and both declined to comment.", None, None, "Mara Ellison"),
    _case("nocomment.reporter_itself", "Tessaly sued Orrin Labs in May. A spokesman for Orrin "
          "Labs said the company had no comment.", None, None, "Orrin Labs"),
    _case("nocomment.first_in_sentence",
          "When Orrin Labs was asked about the filing, its founders declined to comment.",
          None, None, "Orrin Labs"),
    _case("nocomment.from_whom", "No reply was received from Tessaly by publication time.",
          None, None, "Tessaly"),
    _case("nocomment.asked_party", "The Harbor Ledger contacted Orrin Labs for comment but received "
          "no response.", None, None, "Orrin Labs"),
    _case("role.for_person_noun", "Mara Ellison sued Tessaly in May. Representatives for the singer "
          "did not respond to requests for comment.", None, None, "Mara Ellison"),
    _case("nocomment.product_asked", "Wrenlet has not responded to the Harbor Ledger's request for "
          "comment.", None, None, "Wrenlet"),
    # issue 12, session 11: an outlet that reports a no-comment asked for it; a list closed by
    # "and other companies" names "the companies"
    _case("nocomment.outlet_reports", "The Calder Herald said Tessaly declined to comment on the "
          "trial.", None, None, "Tessaly"),
    # issue 12, session 13: an outlet's own request for comment, no answer told
    _case("nocomment.pending_request", "Tessaly sued Orrin Labs on Monday. The Harbor Ledger has requested "
          "a response from Orrin Labs.", None, None, "Orrin Labs"),
    # issue 12, session 17: whom an outlet's request went to; the outlet has not heard from X
    _case("nocomment.asked_stands_for", "Tessaly sued Orrin Labs on Monday. The Harbor Ledger has reached out "
          "to Orrin Labs' representatives for comment.", None, None, "Orrin Labs"),
    _case("nocomment.not_heard_from", "Tessaly sued Orrin Labs on Monday. We haven't heard from Orrin Labs "
          "yet.", None, None, "Orrin Labs"),
    # issue 12, session 17: a lawyer's no-comment is the client's
    _case("nocomment.counsel_client", "Tessaly sued Orrin Labs in May. Orrin Labs' lawyers at Carrow & Finch "
          "LLP did not respond to a request for comment.", None, None, "Orrin Labs"),
    # issue 12, session 18: a role 'for' an owned lawyer noun (the parser's "[A and B]'s lawyers")
    _case("nocomment.counsel_in_role", "Mara Ellison sued Tessaly in May. Spokespeople for Tessaly and "
          "Ellison’s attorneys at Halden & Rusk did not immediately respond to requests for comment on the "
          "new lawsuit on Wednesday.", None, None, "Tessaly"),
    # issue 12, session 12: parties a no-comment's subject names beside a group, a pair or a list
    _case("defendants.fuller_list", "Tessaly sues Orrin Labs, Skyreach Cloud over song lyrics\nTessaly is "
          "suing Orrin Labs, Skyreach Cloud and Brannock AI in a Calder court.\nSpokespeople for the "
          "defendants did not immediately respond to requests for comment.", None, None, "Brannock AI"),
    _case("nocomment.names_and_group", "Authors Mara Ellison and Soren Abelard sued Orrin Labs on Monday. "
          "Attorneys for the authors and for Orrin Labs did not respond to requests for comment.",
          None, None, "Soren Abelard"),
    _case("nocomment.name_after_group", "Tessaly and Brannock AI sued Orrin Labs on Monday. Lawyers for the "
          "plaintiffs and Orrin Labs did not immediately respond.", None, None, "Orrin Labs"),
    _case("nocomment.conjoined_name", "Tessaly sued Orrin Labs on Monday. Orrin Labs and its chief "
          "executive, Mara Ellison, did not respond to requests for comment.", None, None, "Orrin Labs"),
    _case("nocomment.both_for_role", "Authors Mara Ellison and Soren Abelard sued Orrin Labs on Monday. "
          "Representatives for both sides did not respond to requests for comment.", None, None, "Soren Abelard"),
    _case("nocomment.both_sides", "Authors Mara Ellison and Soren Abelard sued Orrin Labs on Monday. Both "
          "sides declined to comment.", None, None, "Orrin Labs"),
    _case("nocomment.group_as_sides", "Tessaly sued Orrin Labs on Monday. The companies did not "
          "immediately respond to requests for comment.", None, None, "Tessaly"),
    _case("nocomment.representing_group", "Tessaly sued Orrin Labs and Skyreach Cloud on Monday. A lawyer "
          "representing the plaintiffs declined to comment.", None, None, "Tessaly"),
    _case("nocomment.list_and_own_role", "Orrin Labs, Skyreach Cloud and their lawyers did not respond to "
          "requests for comment.", None, None, "Skyreach Cloud"),
    _case("group.and_other", "A judge let the suit against Brannock AI, Tolvane and other companies "
          "go ahead.\nRepresentatives for the companies did not immediately respond to requests for "
          "comment.", None, None, "Tolvane"),
]


D, N, U = "declined", "no_response", "unreachable"
# Who stayed silent, in the forms news uses for the party: a list, a role for a name, a name
# in an earlier paragraph, a request as the subject, an estate, a body whose name holds "and".
SILENT = [
    # a no-comment in a clause beside a document's verb is not inside what the document says
    ("Orrin Labs has sued Vexa Labs over its sensors. While both Orrin Labs and Vexa Labs have "
     "declined to comment on the litigation, the case highlights growing concerns.",
     {("Orrin Labs", D), ("Vexa Labs", D)}),
    ("The Calder Gazette sued Orrin Labs. A representative of Orrin Labs has not yet released a "
     "comment.", {("Orrin Labs", N)}),
    ("Representatives for Kestrel Vane and Dario Lusk did not respond to requests for comment.",
     {("Kestrel Vane", N), ("Dario Lusk", N)}),
    ("Neither Harlan Voss nor his publisher, Brindle House, could be reached for comment.",
     {("Harlan Voss", U), ("Brindle House", U)}),
    ("Nobody at Tarrow Records responded to requests for comment.", {("Tarrow Records", N)}),
    ("Requests for comment to Pennant Games and Tidewater Software were not answered.",
     {("Pennant Games", N), ("Tidewater Software", N)}),
    ("A spokesperson for Quintor declined to comment, as did a representative for Helix Row.",
     {("Quintor", D), ("Helix Row", D)}),
    ("The song was released by Greyfield Records in March.\n\nRepresentatives for the label did not "
     "reply to emails.", {("Greyfield Records", N)}),
    ("The company declined to comment, a spokesperson for Tallis Group said.", {("Tallis Group", D)}),
    ("Brightwell Labs and Corvex Systems announced a licensing deal on Tuesday. A spokesperson for the "
     "two companies did not immediately respond to a request for comment.",
     {("Brightwell Labs", N), ("Corvex Systems", N)}),
    ("Ravi Tashkent's estate sued Orrin Labs in May. The Ledger reached out to reps for both Mara "
     "Ellison and the Tashkent estate, and both declined to comment.",
     {("Mara Ellison", D), ("Estate of Ravi Tashkent", D)}),
    ("Lawyers for the Marisol Tenney estate could not be reached for comment.",
     {("Estate of Marisol Tenney", U)}),
    ("The Baltic Newspaper Publishers and Editors Association, which represents 90 papers, declined "
     "to comment.", {("Baltic Newspaper Publishers and Editors Association", D)}),
    ("Nonprofit Wordbank did not respond to a request for comment.", {("Wordbank", N)}),
    ("Ghostline did not immediately respond to a request for comment. Neither did representatives "
     "for Lil Corvo or Saint Ambrose.", {("Ghostline", N), ("Lil Corvo", N), ("Saint Ambrose", N)}),
    ("The suit names Brightwell Labs, Corvex Systems and Ardent Pictures as defendants. None of the "
     "companies responded to requests for comment.",
     {("Brightwell Labs", N), ("Corvex Systems", N), ("Ardent Pictures", N)}),
    ("Mossgiel Labs, Tarrow Records and the Penrose Agency did not respond to requests for comment.",
     {("Mossgiel Labs", N), ("Tarrow Records", N), ("Penrose Agency", N)}),
    ("Representatives of Moonrail Records, Lumen Row and Kitemark Studios did not immediately respond.",
     {("Moonrail Records", N), ("Lumen Row", N), ("Kitemark Studios", N)}),
    ("Attempts to reach the Marrowick Trust were unsuccessful.", {("Marrowick Trust", U)}),
    ("A message left for Dario Lusk was not returned.", {("Dario Lusk", N)}),
    ("Dario Lusk was named in the suit. His lawyer could not be reached for comment.", {("Dario Lusk", U)}),
    ("Halvard Records sued Quillon AI on Monday. Both companies declined to comment.",
     {("Halvard Records", D), ("Quillon AI", D)}),
    ("Reps for Juniper Vale's label, Moonrail Records, didn't respond to the Ledger's request for comment.",
     {("Moonrail Records", N)}),
    # nocomment.pending_request: only an outlet's (or the writer's) own request is a no-comment
    ("We have reached out to Quillon AI for comment.", {("Quillon AI", N)}),
    ("Halvard Records sued Quillon AI. Halvard Records has requested a response from Quillon AI by Friday.",
     set()),
    ("Dario Lusk met Quillon AI in June. Since then Dario Lusk has asked Quillon AI for a statement.", set()),
    # nocomment.not_heard_from: only the outlet's or the writer's; "will update this article"
    ("Halvard Records sued Quillon AI. Dario Lusk said he had not heard from Quillon AI since May.", set()),
    ("The Calder Gazette has reached out to Quillon AI and Halvard Records and will update this article "
     "should they respond.", {("Quillon AI", N), ("Halvard Records", N)}),
    ("The Calder Gazette has reached out to a rep for Quillon AI for comment.", {("Quillon AI", N)}),
    ("The Calder Gazette has reached out to Quillon AI's customers for comment.", set()),
    # wordings (cues.yml): a refusal told as 'refrained', a passive with its agent, a second verb's refusal
    ("Halvard Records sued Quillon AI. Quillon AI also refrained from making a statement.", {("Quillon AI", D)}),
    ("Dario Lusk refrained from attacking the judge in his remarks.", set()),
    ("So far, no official comment has been made by Dario Lusk and Tarrow Records.",
     {("Dario Lusk", N), ("Tarrow Records", N)}),
    ("However, Quillon AI did not share details on how the policy will change or respond to further media "
     "inquiries.", {("Quillon AI", N)}),
    # nocomment.counsel_client: a lawyer answers for the client; a spokesperson keeps their name
    ("Halvard Records, Tarrow Records and Moonrail Records sued Quillon AI. The labels' attorney "
     "declined to comment.", {("Halvard Records", D), ("Tarrow Records", D), ("Moonrail Records", D)}),
    ("Halvard Records sued Quillon AI. Dario Lusk, Quillon AI's lawyer, did not respond.", {("Dario Lusk", N)}),
    # nocomment.counsel_in_role: 'Spokespeople for A and B's lawyers at a firm': A and B, not the firm
    ("Tessaly sued Orrin Labs in May. Spokespeople for Orrin Labs and Tessaly's lawyers at Carrow & Finch "
     "LLP did not respond to requests for comment.", {("Orrin Labs", N), ("Tessaly", N)}),
    ("Mara Ellison sued Tessaly in May. Spokespeople for Tessaly and Ellison’s attorneys at Halden & Rusk "
     "did not immediately respond to requests for comment.", {("Tessaly", N), ("Mara Ellison", N)}),
    ("Mara Ellison sued Orrin Labs in May. Spokespeople for Orrin Labs and Ellison’s attorneys at Carrow Finch "
     "did not immediately respond to requests for comment on the new lawsuit on Wednesday.",
     {("Orrin Labs", N), ("Mara Ellison", N)}),
    ("Spokespeople for Orrin Labs and lawyers at Carrow & Finch LLP did not respond to a request for comment.",
     {("Orrin Labs", N), ("Carrow & Finch LLP", N)}),
    ("Halvard Records sued Quillon AI. Quillon AI's spokesperson Dario Lusk declined to comment.",
     {("Dario Lusk", D)}),
]


@pytest.mark.parametrize("text, silent", SILENT, ids=[t[:40] for t, _ in SILENT])
def test_who_stayed_silent(nlp, text, silent):
    doc = nlp(text)
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == silent


@pytest.mark.parametrize("case", NO_COMMENT_CASES)
def test_no_comment_rule(nlp, case):
    doc = nlp(case.text)
    assert case.speaker in [n["speaker"] for n in doc._.ct_no_comments]
    entries = [t for t in doc._.rule_trace if t["component"] == "no_comment"
               and t["decision"] == case.speaker]
    assert entries and case.rule in entries[0]["rules"], doc._.rule_trace
    if case.rule not in OUTCOMES:
        _, silent = attribute(Context(doc, load_cues(), frozenset({case.rule})))
        assert case.speaker not in [n["speaker"] for n, _ in silent]
