"""One example per named attribution rule (``nlp/attribution/rules.py``).

Each case is the small fictional text the rule exists for. The test asserts what the rule
decides (the statement's kind, its words and its speaker, or who declined to comment) and that
the rule's name is in the trace of that statement (``doc._.rule_trace``, which ``claimtrack
analyze --explain`` prints). For a rule that can be switched off, it also runs attribution
again without the rule and asserts the outcome is lost: the example depends on the rule.

Most examples go through the whole pipeline; the examples on parses written out by hand are in
``test_attribution_parses.py``, the no-comment rules' in ``test_attribution_nocomments.py``, and
more sentences per rule in ``test_attribution_statements.py`` and
``test_attribution_speakers.py``. What they share (``Case``, ``_check_quote``) is in
``tests/attribution_case.py``.
"""

from __future__ import annotations

import pytest

from nlp.attribution.component import attribute
from nlp.attribution.context import Context
from nlp.attribution.rules import OUTCOMES, RULES
from nlp.attribution.words import load_cues
from tests.attribution_case import _case, _check_quote
from tests.test_attribution_nocomments import NO_COMMENT_CASES
from tests.test_attribution_parses import HAND_PARSED


QUOTE_CASES = [
    # which pattern a statement is
    _case("statement.direct_standalone", "“We will appeal the decision,” said Mara Ellison.",
          "direct", "We will appeal the decision", "Mara Ellison"),
    _case("statement.direct_sentence",
          "Mara Ellison posted “We will never settle this case with anyone at all” on her blog.",
          "direct", "We will never settle this case with anyone at all", "Mara Ellison"),
    _case("statement.cue_then_quote",  # issue 12 session 20 (cue_quotes.py)
          "The Calder Authors' Union sued Orrin Labs in Brightwell on Monday. The suit alleges "
          "“a pattern of copying has run through the company from its very first day.”",
          "direct", "a pattern of copying has run through the company from its very first day.",
          "Calder Authors' Union"),
    _case("statement.cue_then_quote",
          "Mara Ellison said Orrin Labs had written to the guild, adding “our letters are finally "
          "being read by someone at the company”.", "direct",
          "our letters are finally being read by someone at the company", "Mara Ellison"),
    _case("statement.mixed_embedded",
          "Mara Ellison told the Harbor Ledger it was “entirely possible” that Orrin would appeal.",
          "mixed", "it was “entirely possible” that Orrin would appeal", "Mara Ellison"),
    _case("statement.mixed",
          "Mara Ellison said the settlement left Orrin “stronger than before” in the market.",
          "mixed", "the settlement left Orrin “stronger than before”", "Mara Ellison"),
    _case("statement.reported_clause", "Orrin would appeal the ruling, Mara Ellison has said.",
          "indirect", "Orrin would appeal the ruling", "Mara Ellison"),
    _case("statement.second_speech_act",
          "Mara Ellison said the company had copied the archive and urged the court to act quickly.",
          "indirect", "the company had copied the archive", "Mara Ellison", exact=True),
    _case("statement.speaker_next_act",  # the second "said" hung on "downloaded", not "the company"'s
          "Judge Perpetua Lindqvist said the company may have broken the law when it separately "
          "downloaded millions of pirated books and said it will face a separate trial in December "
          "over the issue.", "indirect", "it will face a separate trial in December over the issue",
          "Perpetua Lindqvist", exact=True),
    _case("statement.speaker_next_act",
          "Mara Ellison added she believes the ruling does not reflect how archives work and "
          "indicated she is weighing an appeal.", "indirect",
          "she believes the ruling does not reflect how archives work", "Mara Ellison", exact=True),
    _case("statement.speaker_next_act",  # a participle cue: the form of the verb it hangs on
          "Judge Perpetua Lindqvist ruled for the mill, noting that although the press can print "
          "small parts of the ledger, it can't print enough to matter, and further said the guild "
          "can't claim a lost market for its archive.", "indirect",
          "the guild can't claim a lost market for its archive", "Perpetua Lindqvist", exact=True),
    _case("statement.speaker_next_act",  # "noting" parsed as a second clause of "saying"
          "Bram Tolliver spoke to reporters, saying he was a fan of the guild's work and noting that "
          "his success was partly thanks to the writers he has learnt from.", "indirect",
          "he was a fan of the guild's work", "Bram Tolliver", exact=True),
    _case("mixed.preposition_not_participle",
          "Bram Tolliver said the guild had \"overwhelming\" evidence, including identical errors "
          "that appeared in the mill's ledgers within weeks.", "mixed",
          "the guild had \"overwhelming\" evidence, including identical errors", "Bram Tolliver"),
    _case("mixed.fragment_in_clause",
          "Mara Ellison said four guilds — “mostly small regional presses” — allege Orrin copied "
          "their catalogues.", "mixed",
          "four guilds — “mostly small regional presses” — allege Orrin copied", "Mara Ellison"),
    _case("statement.said_after_refusal",
          "Mara Ellison declined to comment on the talks but said the review was continuing.",
          "indirect", "the review was continuing", "Mara Ellison"),
    _case("statement.cue_level_conjunct",
          "Mara Ellison alleges that Orrin could not have licensed the archive and is demanding "
          "damages.", "indirect", "Orrin could not have licensed the archive", "Mara Ellison",
          exact=True),
    _case("statement.cue_level_conjunct",
          "Judge Perpetua Lindqvist said that the Gazette could not prove enough harm but allowed "
          "it to refile the claim.", "indirect", "the Gazette could not prove enough harm",
          "Perpetua Lindqvist", exact=True),
    _case("statement.second_speaker",
          "Three-quarters of the Calder voters said they were very worried about the price of "
          "bread, and more than 4 in 10 said Orrin would be best at handling the harbour.",
          "indirect", "they were very worried about the price of bread", None, exact=True),
    _case("statement.participle_in_clause",
          "Mara Ellison said the royalties had doubled last year, showing that the new licences "
          "worked.", "indirect", "the royalties had doubled last year, showing that the new "
          "licences worked", "Mara Ellison", exact=True),
    _case("statement.loose_coordinated",
          "Tessaly has raised 90 million crowns from investors led by Skyreach Cloud, the start-up "
          "said on Monday.", "indirect", "Tessaly has raised 90 million crowns", "Tessaly"),
    _case("statement.demand_clause",
          "The Calder Gazette demanded that Tessaly cease using its archive to train the Quire "
          "models.", "indirect", "Tessaly cease using its archive to train the Quire models",
          "The Calder Gazette", exact=True),
    _case("statement.charge_before_occasion",
          "Even Orrin Labs has accused Vexa of distilling its AI models in a statement earlier this "
          "month, highlighting a broader backlash.", "indirect", "distilling its AI models",
          "Orrin Labs", exact=True),
    _case("statement.resumed_runs_on",
          "“Let us be clear about what is at stake here,” Judge Perpetua Marrow said. “The injury "
          "for which the Gazette seeks redress is not the missing notice” but the “use of its "
          "articles without payment.”", "direct", "Let us be clear about what is at stake here",
          "Perpetua Marrow", exact=True),
    _case("statement.own_second_act",
          "Orrin Labs co-founder Mara Ellison denies that her company used any data from Vexa, although "
          "she admits that Ines Varga may have been in possession of some.",
          "indirect", "her company used any data from Vexa", "Mara Ellison", exact=True),
    _case("statement.infinitive_demand",
          "The Tessaly Writers Guild urged Orrin Labs to stop using its members' books to train its "
          "models.", "indirect", "to stop using its members' books to train its models",
          "Tessaly Writers Guild", exact=True),
    _case("statement.loose_after_that",
          "Mara Ellison said in a statement that Orrin would appeal the ruling.",
          "indirect", "Orrin would appeal the ruling", "Mara Ellison"),
    _case("statement.inverted",
          "Where a model is trained, Ellison told the Harbor Ledger, is a question the courts must "
          "answer soon.", "indirect", "Where a model is trained", "Mara Ellison"),
    _case("statement.inverted_cue_first",
          "Tessaly trained its model on the Ledger's archive without a licence, reported the Harbor "
          "Ledger.", "indirect", "Tessaly trained its model on the Ledger's archive without a licence",
          "Harbor Ledger", exact=True),
    _case("statement.participle_in_clause",
          "Mara Ellison said that Tessaly copied the archive, breaching the licence and profiting from it.",
          "indirect", "Tessaly copied the archive, breaching the licence and profiting from it",
          "Mara Ellison", exact=True),
    _case("statement.according_to_mixed",
          "According to Orrin's terms of use, customers may not use the archive “to build a rival "
          "service” without its approval.", "mixed", "customers may not use the archive “to build a "
          "rival service” without its approval", "Orrin Labs", exact=True),
    _case("statement.as_reported",
          "As the Harbor Ledger reported on Monday, Orrin copied the archive in 2023.",
          "indirect", "Orrin copied the archive in 2023", "Harbor Ledger", exact=True),
    _case("statement.according_to",
          "According to Mara Ellison, the model was trained on licensed data only.",
          "indirect", "the model was trained on licensed data only", "Mara Ellison"),
    _case("statement.according_to_parenthetical",
          "The implication, according to Mara Ellison, is that Orrin copied the archive.",
          "indirect", "The implication, according to Mara Ellison, is that Orrin copied the archive",
          "Mara Ellison", exact=True),
    _case("statement.according_to_one_side",
          "The Ledger earned 600 million crowns last year, according to public filings, a huge "
          "sum for a paper with 35 reporters.", "indirect",
          "The Ledger earned 600 million crowns last year", None, exact=True),
    _case("statement.according_to_clause",
          "Orrin Labs' revenue rose by a third last year, with most of the gain coming from "
          "contracts in Breskow, according to the company's filing.", "indirect",
          "most of the gain coming from contracts in Breskow", "Orrin Labs", exact=True),
    _case("statement.headline",
          "Breskow Authors Allege Orrin Copied Their Novels\nThe Breskow Authors Guild sued Orrin "
          "Labs on Monday.", "indirect", "Orrin Copied Their Novels", None, exact=True),
    _case("statement.parenthetical", "In a merger, Mara Ellison said, the Ledger brand would survive.",
          "indirect", "In a merger, Mara Ellison said, the Ledger brand would survive", "Mara Ellison"),
    _case("statement.parenthetical_long_subject",  # (nlp/attribution/parenthetical_subject.py)
          "The port was closed. The plan, the chief of staff Ada Vell explained, was not the way to win.",
          "indirect", "The plan, the chief of staff Ada Vell explained, was not the way to win",
          "Ada Vell", exact=True),
    _case("statement.clause_before_colon_quote",
          "Mara Ellison said she was too busy to look for the records: “We have a trial to prepare.”",
          "indirect", "she was too busy to look for the records", "Mara Ellison", exact=True),
    _case("statement.continued_after_attribution",
          "“We will appeal the ruling of the court,” Mara Ellison said, referring to the Harbor "
          "Court. “The ruling ignores the evidence.”", "direct", "We will appeal the ruling of the "
          "court,” Mara Ellison said, referring to the Harbor Court. “The ruling ignores the evidence.",
          "Mara Ellison", exact=True),
    _case("statement.accusation_in_denial", "Tessaly denied accusations by Orrin Labs that it "
          "copied the Pelagic model.", "indirect", "it copied the Pelagic model", "Orrin Labs"),
    _case("statement.denial_of_accusation", "Orrin Labs rejected claims from Tessaly that its "
          "model was distilled from Pelagic.", "indirect", "its model was distilled", "Orrin Labs"),
    _case("chain.answers", "Tessaly denied accusations by Orrin Labs that it copied the Pelagic "
          "model.", "indirect", "it copied the Pelagic model", "Tessaly"),
    _case("mixed.ends_with_clause",  # not on to the end of the sentence: ", said Mara Ellison, ..."
          "Orrin’s use of the archive may be “strategic,” said Mara Ellison, a professor at "
          "Breskow University.", "mixed", "Orrin’s use of the archive may be “strategic,”",
          "Mara Ellison", exact=True),
    # how a quote in marks finds its speaker
    _case("attribution.cue_in_sentence", "“We will appeal,” Mara Ellison said on Monday.",
          "direct", "We will appeal", "Mara Ellison"),
    _case("attribution.according_to",
          "“The model was trained on licensed data,” according to Tamsin Okafor.",
          "direct", "The model was trained on licensed data", "Tamsin Okafor"),
    _case("attribution.next_sentence_cue",
          "“Did you read the contract?” Judge Mara Ellison asked the witness.",
          "direct", "Did you read the contract?", "Mara Ellison"),
    _case("attribution.sentence_before",
          "Tamsin Okafor was unequivocal. “We never touched their API.”",
          "direct", "We never touched their API.", "Tamsin Okafor"),
    _case("attribution.before_speech_noun_owner",  # the demands' owner, not left with no party
          "Orrin Labs sent a letter to Vexa Labs on Monday.\n\"Vexa Labs' chatbots copy songs and damage "
          "the reputation of Orrin Labs,\" the letter states.\nThe company's demands were clear.\n\"Orrin "
          "Labs will not allow your company to copy its songs. Your conduct must stop immediately.\"",
          "direct", "Orrin Labs will not allow your company", "Orrin Labs"),
    _case("attribution.carried_from_previous",
          "“We never touched their API,” Tamsin Okafor said.\n“Not once, not ever, and we can prove it.”",
          "direct", "Not once, not ever, and we can prove it.", "Tamsin Okafor"),
    _case("attribution.carried_from_statement",
          "Mara Ellison is one of the lawyers for the artists. She claims that the copies “may or "
          "may” not look like the originals. “However, they are copies of the images and compete "
          "with them.”",
          "direct", "However, they are copies", "Mara Ellison"),
    _case("attribution.cue_of_fragment",
          "Mara Ellison called the deal “a template for the industry” on Monday.",
          "mixed", "the deal “a template for the industry”", "Mara Ellison"),
    # which token names who spoke
    _case("subject.nsubj", "Bram Teller spoke after the hearing. He said the filing was accurate.",
          "indirect", "the filing was accurate", "Bram Teller"),
    _case("subject.compound",
          "The Calder Gazette sued Tessaly on Monday. Tessaly opened two offices in May.\n“Tessaly "
          "refuses to pay for the articles it copies,” the complaint states, accusing the company "
          "of enriching itself.",
          "direct", "Tessaly refuses to pay", "The Calder Gazette"),
    _case("subject.relative_clause",
          "Tessaly opposes the bill, as does Tamsin Okafor, who told a committee of the parliament "
          "that disclosure would \"save courts years of discovery fights\".",
          "mixed", "disclosure would \"save courts", "Tamsin Okafor"),
    _case("subject.climbed",
          "Orrin Labs was founded in 2019. The company has sued Tessaly, alleging that its chatbot "
          "was trained on millions of Orrin answers.",
          "indirect", "its chatbot was trained on millions", "Orrin Labs"),
    _case("subject.climbed_relative",  # the cue nearest the marks is "adding", climbed to "who"
          "The claim was met with scorn from Tamsin Okafor, who stated, \"Orrin copies everyone,\" "
          "adding, \"It is a plain fact that Orrin took the archive and paid for none of it.\"",
          "direct", "It is a plain fact that Orrin took", "Tamsin Okafor"),
    _case("subject.trailing_participle",  # not "the authors", the subject inside the request
          "Judge Ada Vell dismissed the request that the authors be required to clarify that the "
          "suit only implicates Orrin models, saying there is no dispute about it.",
          "indirect", "there is no dispute about it", "Ada Vell"),
    _case("subject.list_first",  # not Vell Media, the name nearest the cue
          "Like in many of the suits launched by authors against chatbot makers, Harbor Books, "
          "Calder Press and Vell Media accuse Orrin Labs of copying their novels.",
          "indirect", "copying their novels", "Harbor Books"),
    _case("subject.not_after_verb",  # not Vexa, the subject of the clause "claims" reports
          "The Calder Guild claims Vexa may be infringing copyrights after confirming that many "
          "results generated by its model are “highly reminiscent of Calder content.”",
          "mixed", "many results generated by its model are “highly reminiscent of Calder content.”",
          "Calder Guild"),
    _case("subject.person_of_org",  # not the law firm the parser made the subject
          "“For months he apparently intended to do things he never did,” Vexa’s attorney Mara "
          "Ellison of Brightwell Harlow LLP said.", "direct",
          "For months he apparently intended to do things he never did", "Mara Ellison"),
    _case("subject.person_of_org",  # "who" hung on the company: the person called them so
          "The view was echoed by Ines Varga, CEO of Calder Media, who called big platforms "
          "‘content hoarders.’", "mixed", "big platforms ‘content hoarders.’", "Ines Varga"),
    _case("subject.name_to_left",
          "In a statement on Monday, Mara Ellison, who leads Orrin, insisted the archive was licensed.",
          "indirect", "the archive was licensed", "Mara Ellison"),
    # what that token stands for
    _case("speaker.entity", "Orrin Labs said the filing was accurate.",  # an ORG, not a person
          "indirect", "the filing was accurate", "Orrin Labs", "ORG"),
    _case("speaker.role_then_name",
          "Orrin's longtime engineer, Mara Ellison, said the company would appeal the ruling.",
          "indirect", "the company would appeal the ruling", "Mara Ellison"),
    _case("speaker.role_of_then_name",
          "The creator of Quillcast, Brantley, said that the rules were unfair.",
          "indirect", "the rules were unfair", "Brantley"),
    _case("speaker.person_pronoun",
          "Tamsin Okafor met the board on Tuesday. The board was not convinced. "
          "“The evidence is thin,” she said.", "direct", "The evidence is thin", "Tamsin Okafor"),
    _case("speaker.org_pronoun",  # the sentence before's subject is no organisation: by who acted
          "On Monday the accusation was rejected by Tessaly. It said the model was built from scratch.",
          "indirect", "the model was built from scratch", "Tessaly"),
    _case("speaker.person_with_role",
          "Tamsin Okafor, Tessaly's general counsel, spoke first. Tessaly's counsel said the model "
          "was built from licensed data.", "indirect", "the model was built from licensed data",
          "Tamsin Okafor"),
    _case("subject.nearest_of_two",  # a role and the name after it, parsed as two subjects
          "Vellmar’s minister for culture Tamsin Okafor said on Tuesday that the ministry would review "
          "the draft.", "indirect", "the ministry would review the draft", "Tamsin Okafor"),
    _case("speaker.role_initials",
          "Tamsin Okafor, Tessaly's chief technology officer, spoke first. Mara Ellison, a reporter, "
          "asked about the data. “We used licensed data,” the CTO said.", "direct", "We used licensed data", "Tamsin Okafor"),
    _case("speaker.role_named_later",
          "Tessaly's chief executive said on Monday that the start-up would appeal the ruling.\n"
          "Mara Ellison, Tessaly's chief executive, spoke to reporters after the hearing.",
          "indirect", "the start-up would appeal", "Mara Ellison"),
    _case("speaker.definite_description",
          "Tamsin Okafor told the Harbor Ledger about the case on Monday. The Tessaly lawyer said "
          "the model had been trained on licensed data.",
          "indirect", "the model had been trained on licensed data", "Tamsin Okafor"),
    _case("speaker.role_for_org",
          "A spokesperson for Skyreach Cloud said the company would cooperate with the court.",
          "indirect", "the company would cooperate with the court", "Skyreach Cloud"),
    _case("speaker.document",
          "Orrin Labs sued Tessaly in March. The lawsuit says Tessaly copied millions of answers "
          "without permission.", "indirect", "Tessaly copied millions of answers", "Orrin Labs"),
    _case("speaker.untagged_name",
          "Drossel, for the publisher, welcomed the ruling and said Tessaly was ready for trial.",
          "indirect", "Tessaly was ready for trial", "Drossel"),
    _case("speaker.as_written",
          "The court said Orrin must pay the Ledger for every article it copied.",
          "indirect", "Orrin must pay the Ledger for every article it copied", None),
    _case("speaker.group",  # not Brannock AI, the last company that acted
          "Orrin Labs, Tessaly and Skyreach Cloud sued Brannock AI in May. Brannock AI denies the "
          "claims. The companies say the model copied their catalogues.",
          "indirect", "the model copied their catalogues", "Orrin Labs"),
    _case("speaker.org_anaphor",
          "Tessaly was founded in 2021 by two former researchers. The start-up said its model was "
          "trained on licensed data.", "indirect", "its model was trained on licensed data", "Tessaly"),
    # how those resolved
    _case("role.apposition", "Mara Ellison, Orrin's chief executive, said the company would appeal.",
          "indirect", "the company would appeal", "Mara Ellison"),
    _case("role.of_person",
          "Mara Ellison is running for governor. An Ellison aide said the campaign would appeal.",
          "indirect", "the campaign would appeal", None),
    _case("pronoun.gender_match",  # Bram, named last, is skipped: his given name is male
          "Tamsin Okafor met Mara Ellison on Tuesday and Bram Teller on Friday. "
          "“The evidence is thin,” she said.", "direct", "The evidence is thin", "Mara Ellison"),
    _case("pronoun.subject_preferred",  # not Mara Ellison, named only inside "Lawyers for ..."
          "Judge Harriet Ashdown dismissed part of the lawsuit on Tuesday. Lawyers for Mara Ellison had "
          "argued that every output was infringing. She wrote that the writers had failed to show "
          "similarity.", "indirect", "the writers had failed to show similarity", "Harriet Ashdown"),
    _case("pronoun.gender_unknown",
          "After the hearing the court heard Ferris Oyelaran, Tessaly's lawyer. “We respect the court,” he said.",
          "direct", "We respect the court", "Ferris Oyelaran"),
    _case("pronoun.nearest_person",
          "Tamsin Okafor spoke after the hearing. “We respect the court,” he said.",
          "direct", "We respect the court", "Tamsin Okafor"),
    _case("attribution.colon_intro",  # not the developers, subject of the nearer cue "continue"
          "Mara Ellison stressed the harm to writers if developers continue to copy their books: "
          "“This is theft, plain and simple.”", "direct", "This is theft", "Mara Ellison"),
    _case("attribution.colon_clause_root",  # the quote's verb parsed as the root: not left unnamed
          "The plans would let AI firms use songs freely.\nMusic producer Ines Varga was sceptical on "
          "the practicality of the proposal: “When I wrote my first song my first thought was how to "
          "record it.”\nOther artists agreed.", "direct", "When I wrote my first song", "Ines Varga"),
    _case("colon.subject_kept",  # not Orrin Labs, the subject of the sentence before
          "Orrin Labs copied the voice of the singer Mara Ellison and the rapper Tomas Greer. The "
          "Calder-born artist even shared a video online with the message: “I was excited, and then "
          "I found out it was fake.”", "direct", "I was excited", None),
    _case("pronoun.they_group",  # Brannock AI acts only inside what the studios say
          "Orrin Labs and Tessaly sued Brannock AI in May. The companies say Brannock AI ignored their "
          "requests. It was not the first time. They argue that the company copied their films.",
          "indirect", "the company copied their films", "Orrin Labs"),
    _case("pronoun.it_document",
          "Tessaly sued Orrin Labs in May. Orrin Labs copied the songs, according to the lawsuit. "
          "The songs were used in adverts, it added.", "indirect", "The songs were used in adverts",
          "Tessaly"),
    _case("anaphor.not_in_own_clause",
          "Orrin Labs sued Tessaly in May. Tessaly has denied wrongdoing. The company says Tessaly "
          "copied its catalogue.", "indirect", "Tessaly copied its catalogue", "Orrin Labs"),
    _case("group.plaintiffs",
          "Mara Ellison sued Tessaly on Monday with four other songwriters. The songwriters said "
          "Tessaly had copied their lyrics.", "indirect", "Tessaly had copied their lyrics",
          "Mara Ellison"),
    _case("group.defendants",
          "The Calder Gazette sued Orrin Labs and Tessaly in May. The defendants said the articles "
          "were never stored.", "indirect", "the articles were never stored", "Orrin Labs"),
    _case("group.last_list",  # no suit: the last list named
          "Orrin Labs and Tessaly released a film with Brannock AI in May. The companies said in a joint statement "
          "that the model copied their films.", "indirect", "the model copied their films",
          "Orrin Labs"),
    _case("org.not_who_acted_on_it",
          "Orrin Labs released a new archive tool in May. The Calder Gazette accused the startup "
          "of copying its articles. The startup said its tool respects every licence.",
          "indirect", "its tool respects every licence", "Orrin Labs"),
    _case("org.in_phrase", "An Orrin spokesperson said the company would appeal the ruling.",
          "indirect", "the company would appeal the ruling", "Orrin Labs"),
    _case("org.last_named",
          "Skyreach Cloud hosts the model. A spokesperson said the company would cooperate with the court.",
          "indirect", "the company would cooperate with the court", "Skyreach Cloud"),
    _case("org.named_like",
          "The Calder Office of Creative Rights opened an inquiry. The office said it would examine "
          "the training records.", "indirect", "it would examine the training records",
          "Calder Office of Creative Rights"),
    _case("org.last_subject",
          "Tessaly was sued by The Calder Gazette in March. The start-up said the lawsuit was baseless.",
          "indirect", "the lawsuit was baseless", "Tessaly"),
    _case("document.own_org",
          "Orrin Labs and Tessaly met in March. Orrin's lawsuit says Tessaly copied millions of "
          "answers without permission.", "indirect", "Tessaly copied millions", "Orrin Labs"),
    _case("document.last_named",
          "Skyreach Cloud published its annual review on Friday. The report said demand for "
          "training data had doubled.", "indirect", "demand for training data had doubled",
          "Skyreach Cloud"),
    _case("plaintiff.filer",
          "The Calder Gazette filed a lawsuit in March. The complaint alleges that Tessaly copied "
          "thousands of articles.", "indirect", "Tessaly copied thousands of articles",
          "The Calder Gazette"),
    _case("plaintiff.action_verb",
          "The Calder Gazette initiated legal proceedings against Tessaly in March. The complaint "
          "alleges that Tessaly copied thousands of articles.", "indirect",
          "Tessaly copied thousands of articles", "The Calder Gazette"),
    _case("plaintiff.passive_headline",  # not Tessaly, the headline's subject, who was sued
          "Tessaly sued by Calder Gazette\nToday the Calder Gazette sued Tessaly for copying its "
          "stories. The suit said that Tessaly is copying the paper's articles.", "indirect",
          "Tessaly is copying the paper's articles", "The Calder Gazette"),
    _case("plaintiff.named_plaintiff",
          "The plaintiff, The Calder Gazette, wants damages. The complaint alleges that Tessaly "
          "copied thousands of articles.", "indirect", "Tessaly copied thousands of articles",
          "The Calder Gazette"),
    _case("plaintiff.speaks_in_suit",
          "Mara Ellison said in the lawsuit that Tessaly copied her voice. The complaint says Tessaly "
          "sold the copies.", "indirect", "Tessaly sold the copies", "Mara Ellison"),
    _case("plaintiff.inferred_accuser",
          "The Calder Gazette accused Tessaly of copying its archive. The complaint alleges that "
          "Tessaly copied thousands of articles.", "indirect", "Tessaly copied thousands of articles",
          "The Calder Gazette"),
    _case("judge.titled_person",
          "Judge Mara Ellison heard the case in Calder. The ruling found that Tessaly had copied the "
          "articles.", "indirect", "Tessaly had copied the articles", "Mara Ellison"),
    _case("judge.court",
          "The Calder District Court heard the case in May. The ruling found that Tessaly had copied "
          "the articles.", "indirect", "Tessaly had copied the articles", "Calder District Court"),
    # what a description, a pronoun or a document stands for (nlp/attribution/coref.py)
    _case("speaker.continues_previous",  # not Tessaly, the company the sentence is about
          "The Calder Privacy Board fined Tessaly on Monday. Tessaly broke its promises to "
          "publishers, the board said. Tessaly also failed to warn its users, it added.",
          "indirect", "Tessaly also failed to warn its users", "Calder Privacy Board"),
    _case("speaker.the_judge",  # not Tamsin Okafor, the party named last
          "Justice Mara Ellison heard the case brought by Orrin Labs against Tamsin Okafor. "
          "“The evidence of copying is thin,” the judge observed.",
          "direct", "The evidence of copying is thin", "Mara Ellison"),
    _case("speaker.named_next",
          "Tessaly could be making a costly mistake, the chief executive of Orrin Labs has warned. "
          "Mara Ellison said the deal would hurt writers.",
          "indirect", "Tessaly could be making a costly mistake", "Mara Ellison"),
    _case("speaker.own_document",
          "Skyreach Cloud hosts millions of posts. The platform's terms of use say that every post "
          "is licensed to the company.", "indirect", "every post is licensed to the company",
          "Skyreach Cloud"),
    _case("document.reader_not_author",  # not the Calder Gazette, which saw the letter
          "Orrin Labs wrote to Tessaly in May. The letter, which was seen by the Calder Gazette, says "
          "Tessaly copied its songs.", "indirect", "Tessaly copied its songs", "Orrin Labs"),
    _case("document.reader_not_author",  # not the Ledger, which first noticed the statement
          "The Calder Guild sent a statement to Vexa Labs on Monday. “The guild has determined that "
          "this is the result of using our members' books as training data,” reads the statement "
          "(first noticed by The Ledger).", "direct",
          "The guild has determined that this is the result of using our members' books as training data",
          "Calder Guild"),
    _case("document.previous_speaker",  # not Tessaly, named last
          "Orrin Labs said on Monday that it would sue Tessaly. The statement says Tessaly copied its "
          "catalogue.", "indirect", "Tessaly copied its catalogue", "Orrin Labs"),
    _case("group.plural_side",  # not the Harbor Ledger, the first of the last list
          "Orrin Labs and Calder Books sued Tessaly in May, according to reports by the Harbor "
          "Ledger and the Calder Gazette. The companies said the model copied their films.",
          "indirect", "the model copied their films", "Orrin Labs"),
    _case("group.described_list",  # not Tessaly, the first of the last list named
          "Music publishers Orrin Labs, Calder Books and Skyreach Press sued the start-ups Tessaly and "
          "Quillfire in June. The publishers said the start-ups copied their catalogues.",
          "indirect", "the start-ups copied their catalogues", "Orrin Labs"),
    _case("group.list_describes_party",  # not Skyreach Cloud, one of Tessaly's backers
          "Orrin Labs and Calder Books wrote to Tessaly in May. Tessaly, backed by Skyreach Cloud and "
          "Brannock AI, denied wrongdoing. The publishers said the start-up copied their catalogues.",
          "indirect", "the start-up copied their catalogues", "Orrin Labs"),
    _case("group.list_names_things",  # not Quillfire, a product of Tessaly's
          "Orrin Labs and Calder Books sent letters to Tessaly, accusing it of copying through its "
          "Quillfire and Skyreach AI platforms. The studios said the platforms copied their films.",
          "indirect", "the platforms copied their films", "Orrin Labs"),
    _case("group.fuller_list",  # not Calder Books, the first of the last list named
          "Orrin Labs, Calder Books and Skyreach Press wrote to Tessaly on Monday. Orrin Labs has teamed up "
          "with Calder Books and Skyreach Press in the campaign. The studios said the model copied their films.",
          "indirect", "the model copied their films", "Orrin Labs"),
    _case("defendants.not_the_plaintiffs",  # not Tessaly, the plaintiff
          "Orrin Labs executives are fighting a lawsuit against Tessaly. Tessaly filed the lawsuit in May. "
          "Lawyers for the defendants argued that the claims were baseless.",
          "indirect", "the claims were baseless", None),
    _case("role.same_noun_before",  # not Tessaly, named last
          "The three Orrin Labs executives said the suit was baseless. They denied poaching staff from "
          "Tessaly. The executives argued that the contracts were unenforceable.",
          "indirect", "the contracts were unenforceable", "Orrin Labs"),
    _case("org.compound_named_like",  # not Orrin Labs, named last
          "The Calder Writers Association asked for a change in the law on Monday. Orrin Labs had "
          "trained its model on the books. “Fees should be paid for every book,” an association official said.",
          "direct", "Fees should be paid for every book", "Calder Writers Association"),
    _case("group.list_of_other_noun",  # not Brannock AI, one of the tech companies
          "Orrin Labs and Calder Books wrote to Tessaly in May. The dispute is one of many between rights "
          "holders and tech companies, including Brannock AI and Skyreach Cloud. The publishers said "
          "the start-up copied their catalogues.",
          "indirect", "the start-up copied their catalogues", "Orrin Labs"),
    _case("group.and_others_bare",
          "According to statements from the Harbor Ledger, the Calder Gazette and others, Tessaly "
          "copied their archives. The newspapers also allege that Tessaly ignored their terms of use.",
          "indirect", "Tessaly ignored their terms of use", "Harbor Ledger"),
    _case("group.members_including",
          "A group of novelists — including Mara Ellison, Pell Varga and Ines Okoro — sued Tessaly "
          "on Monday, alleging the start-up trained its model on pirated copies of their books.",
          "indirect", "the start-up trained its model on pirated copies", "Mara Ellison"),
    _case("group.named_later",
          "A Calder judge allowed three novelists suing Tessaly to represent a class. The novelists "
          "allege that Tessaly copied their books.\nThe judge ruled that the three novelists — Mara "
          "Ellison, Pell Varga and Ines Okoro — can act for every writer whose books were copied.",
          "indirect", "Tessaly copied their books", "Mara Ellison"),
    _case("group.described_next",  # a bare plural in a headline, named by the next sentence
          "Music publishers claim that Tessaly copied their songs\nThe three music publishers Orrin "
          "Labs, Calder Books and Skyreach Press filed a lawsuit against Tessaly on Monday.",
          "indirect", "Tessaly copied their songs", "Orrin Labs"),
    _case("speaker.group_named_next",  # not kept as written ("Music publishers")
          "Music publishers claim that Tessaly copied their songs. Music publishers Orrin Labs, Calder "
          "Books and Skyreach Press filed a lawsuit against Tessaly on Monday.",
          "indirect", "Tessaly copied their songs", "Orrin Labs"),
    _case("group.relative_includes",  # not Skyreach Press, the last of the list
          "A coalition of Calder publishers, which includes Orrin Labs, Calder Books and Skyreach "
          "Press, filed the lawsuit in May against Tessaly. They argue that Tessaly copied their "
          "catalogues.", "indirect", "Tessaly copied their catalogues", "Orrin Labs"),
    _case("plaintiff.unnamed_filer_nouns",  # not Ingrid Solvang, who joined the case later
          "A group of Calder artists has filed an amended lawsuit against Tessaly. Judge Harriet "
          "Ashdown dismissed parts of it last month. Illustrators Mara Ellison, Wen Haldane and Rhea "
          "Castellanos first sued Tessaly in January. The case is now joined by artists Ingrid "
          "Solvang and Nadira Keszthelyi. “Tessaly copied us,” the artists said.",
          "direct", "Tessaly copied us", "Mara Ellison"),
    _case("group.filer_nouns",  # not Tessaly, the last list named (the defendants)
          "Orrin Labs, Calder Books and Skyreach Press filed a complaint against Tessaly and "
          "Quillfire Media on Monday. The complaint says Tessaly copied the archive. The "
          "signatories said this harms small publishers.",
          "indirect", "this harms small publishers", "Orrin Labs"),
    _case("plaintiff.members_listed",  # not kept out for want of a plaintiff
          "An alliance of Calder media organisations has filed a complaint against Tessaly. The "
          "complaint says Tessaly copied the archive. The members of the alliance include Orrin "
          "Labs, Calder Books and Skyreach Press.",
          "indirect", "Tessaly copied the archive", "Orrin Labs"),
    _case("continue.adverb",  # not Quillfire Media, the last organisation that acted
          "Orrin Labs said Tessaly copied its archive. Quillfire Media has since joined the case "
          "against Tessaly. It also claims that the copies were sold abroad.",
          "indirect", "the copies were sold abroad", "Orrin Labs"),
    _case("document.not_addressee",  # not Tessaly, to whom it was sent
          "The Calder Gazette sent an email to Tessaly on Monday. The memo says the archive must be "
          "returned by June.", "indirect", "the archive must be returned by June", "The Calder Gazette"),
    _case("document.part_of",  # not kept as written ("The text of the ruling")
          "Judge Harriet Ashdown dismissed the lawsuit brought by Mara Ellison against Tessaly on "
          "Monday. Ellison said she would appeal. The text of the ruling says that the copying was "
          "covered by the research exception.",
          "indirect", "the copying was covered", "Harriet Ashdown"),
    _case("speaker.included",
          "Orrin Labs asked Tessaly to stop copying its archive on Monday. Signatories include Calder "
          "Books, Skyreach Press and Orrin Labs, arguing that the law requires permission for training.",
          "indirect", "the law requires permission for training", "Calder Books"),
    _case("speaker.noun_named",  # not kept as written ("A folk singer")
          "A folk singer named Mara Ellison sued Tessaly in June, claiming the start-up copied "
          "her songs.", "indirect", "the start-up copied her songs", "Mara Ellison"),
    _case("speaker.group_owned_by",  # not kept as written ("Music publishers")
          "Music publishers owned by Orrin Labs, Calder Books and Skyreach Press are suing Tessaly "
          "for infringement, alleging the start-up copied their catalogues.",
          "indirect", "the start-up copied their catalogues", "Orrin Labs"),
    _case("plaintiff.motion_not_suit",  # not Tessaly, which filed the motion
          "Tessaly has filed a motion urging the judge to dismiss three claims brought by Orrin Labs. "
          "The lawsuit alleges that Tessaly copied the catalogue.",
          "indirect", "Tessaly copied the catalogue", "Orrin Labs"),
    _case("document.introduced_sender",  # not Tessaly, the addressee and the last to speak
          "In a letter to Tessaly, Orrin Labs asked for payment. Tessaly said it would reply soon. "
          "The letter argues that Tessaly copied the catalogue.",
          "indirect", "Tessaly copied the catalogue", "Orrin Labs"),
    _case("document.same_before",  # not Tessaly, the last to speak
          "According to a report by the Calder daily The Harbor Ledger, the publishers claim Tessaly "
          "copied the archive. Tessaly said it would appeal. The report adds that the archive was "
          "sold in May.", "indirect", "the archive was sold in May", "The Harbor Ledger"),  # the_in_name
    _case("document.author_not_court",  # not the court, named last
          "Tomas Ardlow has sued Orrin Labs in the Dunmere High Court. The statement of claim says the model "
          "copied his photos.", "indirect", "the model copied his photos", None),
    _case("document.issued_by",  # not the association that joined them, named last
          "Kadrel Corp., Vossin Ltd. and Ombry Inc. were among the companies that drafted the statement. "
          "Joining them was the Talmore Illustrators Association. The statement said approval must be "
          "obtained from the publishers.", "indirect", "approval must be obtained", "Kadrel Corp"),
    _case("speaker.national_government",  # not Orrin Labs, named last
          "The UK government launched a consultation in May. Orrin Labs welcomed it. A government "
          "spokesperson said the law would protect artists.", "indirect", "the law would protect artists",
          "UK government"),
    _case("document.sender_unnamed",  # not Orrin Labs, named last: the subject of the first of two verbs
          "Orrin Labs launched its voice cloning tool in May. Three narrators' groups held a news conference on "
          "Wednesday and released a joint statement. The statement says consent should be required to use their voices.",
          "indirect", "consent should be required", None),
    _case("subject.nearest_of_two",  # not kept as written ("a response")
          "In its latest filing, a response to Tessaly's motion to dismiss parts of the case last "
          "month, Orrin Labs retorts that Tessaly's defence was \"more like spin than a legal brief.\"",
          "mixed", "Tessaly's defence was", "Orrin Labs"),
    _case("speaker.they_continue",  # not Orrin Labs, which sued before
          "Orrin Labs sued Tessaly in May. Lawyers for Mara Ellison and two other writers wrote: “Tessaly copied every song it found "
          "on Skyreach Cloud.” The letter runs to four pages. They added: “Tessaly never asked anyone for permission.”",
          "direct", "Tessaly never asked anyone for permission", "Mara Ellison"),
    _case("pronoun.they_listed_subject",  # not the Calder Commission, the addressee
          "Several publishers, including Orrin Labs, the Calder Writers Guild and the Skyreach Press "
          "Council, have criticised the draft. In a letter to the Calder Commission, they said the "
          "draft ignores the law.", "indirect", "the draft ignores the law", "Orrin Labs"),
    _case("group.listed_in_phrase",
          "Tessaly faces a new challenge. The publishers - including the large houses Orrin Labs, "
          "Calder Books and Skyreach Press - say Tessaly copied their catalogues.",
          "indirect", "Tessaly copied their catalogues", "Orrin Labs"),
    _case("speaker.anonymous_source",  # not Orrin Labs, the nearest organisation
          "Orrin Labs will pay Tessaly 40 million crowns, according to a source close to the deal.",
          "indirect", "Orrin Labs will pay Tessaly 40 million crowns", "anonymous sources"),
    _case("subject.inverted_object",  # "the illustrator" parsed as the object of "insisted"
          "Mara Ellison warned that the licence must be fair. It is not about “pennies for the "
          "artists,” insisted the illustrator who has worked for Calder Studios.",
          "mixed", "It is not about “pennies for the artists,”", "Mara Ellison"),
    _case("speaker.occupation_noun",
          "Mara Ellison spoke to the Harbor Ledger on Monday. Tessaly has not answered. The "
          "illustrator said the licence must be fair.", "indirect", "the licence must be fair", "Mara Ellison"),
    _case("speaker.description_continues",  # not kept as written (Pell Varga was named since)
          "Mara Ellison said on Monday that the label had cloned Pell Varga's voice. The singer "
          "further said the clone was sold without consent.",
          "indirect", "the clone was sold without consent", "Mara Ellison"),
    _case("attribution.verb_beside_quote",  # not Pell Varga, the subject of the sentence before
          "Pell Varga records the lines in a small studio. \u201cYou can stop there, that was "
          "perfect,\u201d beamed director Mara Ellison.",
          "direct", "You can stop there", "Mara Ellison"),
    _case("speaker.described_entity",  # not kept as written, nor Tessaly, which acted last
          "Wire service Kestrel News accused Tessaly of copying its stories. Tessaly rejected the "
          "claims on Monday. The wire service said the start-up had copied thousands of articles.",
          "indirect", "the start-up had copied thousands of articles", "Kestrel News"),
    _case("speaker.described_entity",  # the age in apposition: not kept as written
          "Sir Alder Quennell, 81, has campaigned against Tessaly for a year. Tessaly has not "
          "answered. The 81-year-old said the start-up should pay composers.",
          "indirect", "the start-up should pay composers", "Alder Quennell"),
    _case("description.gazetteer_kind",  # a trade group by the gazetteer: not kept as written
          "The Harlow Press Association accused Tessaly of copying articles. Tessaly said it had done "
          "nothing wrong. The trade group said the start-up must pay for the stories.",
          "indirect", "the start-up must pay for the stories", "Harlow Press Association"),
    _case("group.list_not_accused",  # not Tessaly, the accused, which acted last
          "Orrin Labs, Calder Books and Skyreach Press accused Tessaly of copying their catalogues. "
          "Tessaly said it had done nothing wrong. The group said the model copied their books.",
          "indirect", "the model copied their books", "Orrin Labs"),
    _case("org.hyphen_modifier",  # not Skyreach, who backs the start-up
          "Writers sued Tessaly in August. The Skyreach-backed start-up said its model was trained "
          "on licensed data.", "indirect", "its model was trained on licensed data", "Tessaly"),
    _case("org.owner_of_named",  # not the Harbor Ledger, which the publisher owns
          "The Calder Gazette sued Tessaly on Thursday. The publisher of the Harbor Ledger said Tessaly "
          "copied its articles.", "indirect", "Tessaly copied its articles", "The Calder Gazette"),
    _case("role.possessive_owner",  # not Tessaly, which acted last but is named in the clause
          "Orrin Labs sued Tessaly in May. Tessaly denied it. Its lawyers said Tessaly copied the books.",
          "indirect", "Tessaly copied the books", "Orrin Labs"),
    _case("role.group_unplaced",  # not Tessaly, the last organisation named
          "Orrin Labs sued Tessaly in May. A spokesperson for Tessaly declined to comment. Lawyers for "
          "the authors said the ruling was a victory.", "indirect", "the ruling was a victory", None),
    _case("speaker.collective_not_accused",  # not Orrin Labs, whom the group threatens
          "Several publishers threatened legal action against Orrin Labs on Monday. Orrin Labs said "
          "it had done nothing wrong. The group said the model copied their books.",
          "indirect", "the model copied their books", None),
    _case("group.collective_is_plaintiff",  # the union that filed, not Orrin Labs (accused) nor no party
          "Vellum Voices filed a complaint against Orrin Labs with the labour board in May. According to "
          "the filing, Orrin Labs used synthetic voices for work done by its members. The union says "
          "this decision bypassed required talks.", "indirect", "this decision bypassed required talks",
          "Vellum Voices"),
    _case("document.not_the_accused",  # not Orrin Labs, named last
          "The Calder Gazette sued Orrin Labs in May. The document seen by the Harbor Ledger says Orrin "
          "Labs copied the archive.", "indirect", "Orrin Labs copied the archive", None),
    _case("attribution.outer_cue",  # not Tessaly, the subject of "agreed"
          "The Calder Privacy Board said Tessaly had agreed to “stop the copying” as part of the deal.",
          "mixed", "Tessaly had agreed to “stop the copying”", "Calder Privacy Board"),
    _case("anaphor.quote_may_name_speaker",  # its own quote names Orrin Labs: still Orrin Labs
          "Tessaly cut off Orrin Labs on Monday. Orrin Labs said it would find another model. The "
          "company said: “The magic of Orrin Labs was never the model.”",
          "direct", "The magic of Orrin Labs was never the model", "Orrin Labs"),
]

QUOTE_CASES += [
    _case("speaker.estate", "Marisol Tenney died in 2019. Tenney's estate said the film copied her voice.",
          "indirect", "the film copied her voice", "Estate of Marisol Tenney"),
    _case("role.person_possessive", "Talia Marsh released the song in May. Her lawyer said the song was hers.",
          "indirect", "the song was hers", "Talia Marsh"),
    # speech recall on real news (nlp/attribution/unread.py)
    _case("statement.clause_quotes_unread",
          "Mara Ellison said she reread “The Glass Orchard” before the hearing.",
          "mixed", "she reread “The Glass Orchard” before the hearing", "Mara Ellison", exact=True),
    _case("statement.fragment_named_inside",  # (nlp/attribution/named_inside.py)
          "Dario Lusk said Wednesday that she called him after the vote to thank him for what "
          "she called \"a decent campaign.\"",
          "mixed", "she called him after the vote to thank him for what she called", "Dario Lusk"),
    _case("statement.condition_not_question",
          "Mara Ellison said if elected she would close the archive to Orrin Labs.",
          "indirect", "if elected she would close the archive to Orrin Labs", "Mara Ellison"),
    _case("statement.relative_reported",  # the clause has its own subject: not relative_gap's kind
          "The archive withheld the records, which Mara Ellison said the court had sealed.",
          "indirect", "the court had sealed", "Mara Ellison", exact=True),
    _case("statement.sentence_end_mark",
          "The archive was closed for years.\n\nThe solution, Mara Ellison said, was simple. "
          "''Just buy the archive,'' she said.",
          "indirect", "The solution, Mara Ellison said, was simple", "Mara Ellison", exact=True),
    _case("statement.quote_ends_clause",
          "Mara Ellison added that after taxes, as a couple with one income, “They were not living large.”",
          "mixed", "after taxes, as a couple with one income, “They were not living large.”",
          "Mara Ellison", exact=True),
]

# speakers (issue 12, 12T): a pronoun's sentence before, documents the words settle, and no
# party rather than the other party where the text does not say who
QUOTE_CASES += [
    _case("speaker.previous_subject",  # not Tessaly, the nearer subject of what it reported
          "Kestrel News says Tessaly copied its archive. It alleges the copies were sold abroad.",
          "indirect", "the copies were sold abroad", "Kestrel News"),
    _case("pronoun.last_subject_kind",  # not Tamsin Okafor, who asked: "she" is in the CTO's clause
          "Orrin Labs chief technology officer Mara Ellison was asked about the clips. “So, clips from "
          "Pelt?” Tamsin Okafor followed up. The CTO responded that the clips were licensed, though she "
          "admitted some came from Pelt.", "indirect", "some came from Pelt", "Mara Ellison"),
    _case("org.last_subject_kind",  # not Orrin Labs, the owner named in what the society noted
          "Calder Music Society notes that Orrin Labs’ tool “lets users make songs from simple "
          "prompts.” However, the organization claims it can document many cases of copying.",
          "indirect", "it can document many cases", "Calder Music Society"),
    _case("org.same_noun_unresolved",  # not left with no party by the unnamed "The company" before
          "Orrin Labs Backtracks on File Training After Backlash\nThe company has updated its policies "
          "after some users objected to new terms. Orrin Labs, the service that lets users send large "
          "files, is explaining itself to users. The company published a blog post that details more "
          "updates the company made to its policies, after users noticed that recent changes seemed to "
          "suggest Orrin Labs was training models on the files users send.\nIn the blog post, the "
          "company says: \"First things first. Your content is always your content.\"",
          "direct", "First things first. Your content", "Orrin Labs"),
    _case("owner.last_subject_kind",  # not Tessaly, the rival named in what the suit claims
          "Orrin Labs sued a former engineer in May. The suit alleges the files could help rivals such "
          "as Tessaly. It claims Tessaly would gain a lead.\nIn addition, the startup's lawyers claim "
          "that the engineer deleted his logs.", "indirect", "the engineer deleted his logs", "Orrin Labs"),
    _case("owner.last_subject_kind",  # a document: not left with no party
          "Orrin Labs announced that it was suing Tessaly. Many artists oppose such tools. “Tessaly "
          "copied our photos,” said the media company’s statement.",
          "direct", "Tessaly copied our photos", "Orrin Labs"),
    _case("attribution.before_silent_not_speaking",  # not Tessaly, who did not reply
          "Tessaly says: “Your files are always yours.” A representative for Tessaly did not immediately "
          "return an email seeking further comment. The backlash prompted users such as reporter Mara "
          "Ellison to post on Fernpost, “Time to stop using Tessaly.”",
          "direct", "Time to stop using Tessaly", None),
    _case("document.tied_to_speaker",  # the company's own statement, after it spoke: Brightwell's
          "Brightwell Media said it had paused the archive deal. No stories have been shared with Orrin "
          "Labs so far, according to a company statement.", "indirect",
          "No stories have been shared with Orrin Labs so far", "Brightwell Media"),
    _case("document.new_unowned",  # not Orrin Labs, the last name: nobody named wrote it
          "Orrin Labs opened an office in May. A new report suggests that Tessaly sold user data.",
          "indirect", "Tessaly sold user data", None),
    _case("document.same_unowned_before",  # not Orrin Labs, who spoke just before: nobody named wrote it
          "Orrin Labs demanded that Tessaly remove its bots after a report found that the bots copied "
          "lyrics. The bots reproduced forty songs in full, according to the report.",
          "indirect", "The bots reproduced forty songs", None),
    _case("document.report_not_previous_speaker",  # not the judge quoted from the report
          "Judge Ada Vell observed that the suit could not be widened. The court would hear Orrin Labs "
          "in June, the report said.", "indirect", "The court would hear Orrin Labs", None),
    _case("document.reporting_outlet",  # the one outlet cited, far before; not the Herald, a party
          "The Calder Herald sued Tessaly in May, Fernmoor Wire reported. Tessaly opened an office in "
          "Calder in 2021 and hired forty engineers there. Its chatbot answers questions about recipes, "
          "music and films. The company sells subscriptions to schools and libraries across the region. "
          "Its founders met at a university in the north. The firm has raised money from three investors. "
          "Orrin Labs publishes a music archive that has grown every year since it began. Its catalogue "
          "holds songs, lyrics and liner notes from many decades. Orrin Labs licenses the archive to radio "
          "stations and to several streaming services. The archive is also used by teachers in many "
          "schools. Orrin Labs employs editors who check every entry by hand. The editors work in two "
          "offices. One of them is in the old port district. The other is near the central station. Both "
          "offices are open to visitors on weekdays. The Calder Herald said in a statement that Tessaly "
          "copied its archive. Tessaly had ignored three warnings, the report said.",
          "indirect", "Tessaly had ignored three warnings", "Fernmoor Wire"),
    _case("document.described_owner",  # not the court, the last name
          "Tessaly faces a lawsuit in the Calder District Court. The authors' motion argues that "
          "the court should hear them.", "indirect", "the court should hear them", None),
    _case("document.by_named",
          "A paper by a group named Orrin Labs found flaws in the Tessaly model. The paper claimed "
          "that Tessaly copied the weights.", "indirect", "Tessaly copied the weights", "Orrin Labs"),
    _case("document.legal_action",  # 'legal action' is the suit: its filer, not kept as written
          "Orrin Labs filed a lawsuit against Vexa Labs on Monday. The legal action alleged that Vexa "
          "Labs copied the archive without permission.", "indirect",
          "Vexa Labs copied the archive without permission", "Orrin Labs"),
    _case("document.legal_action",  # a relative clause of 'a class action'
          "Mara Ellison sued Vexa Labs in a class action that claims Vexa Labs copied her drawings.",
          "indirect", "Vexa Labs copied her drawings", "Mara Ellison"),
    _case("document.published_by",  # the participle's 'by' group, not kept as written
          "Vexa Labs sued Orrin Labs on Monday. The rebuttal follows a report published on Friday by "
          "an anonymous group called Quillmark on a forum. The report alleged that Orrin Labs "
          "copied the model.", "indirect", "Orrin Labs copied the model", "Quillmark"),
    _case("document.published_by",  # 'published in' an outlet: the outlet's report
          "Vexa Labs sued Orrin Labs on Monday. As per a report published in Fernmoor Wire, Orrin Labs "
          "copied the archive. The report claims Orrin Labs has now stopped using the archive.",
          "indirect", "Orrin Labs has now stopped using the archive", "Fernmoor Wire"),
    _case("plaintiff.named_after",  # Orrin Labs sued Calder AI in another case, named after
          "The lawsuit alleged that Tessaly copied millions of images. Similar claims were made in "
          "other cases, including Orrin Labs' lawsuit against Calder AI.",
          "indirect", "Tessaly copied millions of images", None),
    _case("org.person_owner",  # the label, not the singer
          "Mara Ellison's record label has said it wants a share of the royalties.",
          "indirect", "it wants a share of the royalties", None),
    _case("group.described_member",  # not Pell Varga, the list's first name without its head
          "What do comedian Mara Ellison, award-winning author Pell Varga and Tamsin Okafor have in "
          "common? They are all suing Tessaly. The authors claim the start-up copied their books.",
          "indirect", "the start-up copied their books", "Mara Ellison"),
    _case("org.name_says_other_kind",  # not the guild, which acted last
          "The Harbor Writers Guild criticised Tessaly on Monday. The company said the copies were "
          "licensed.", "indirect", "the copies were licensed", None),
    _case("org.not_one_of_list",  # neither Orrin Labs nor Calder Books
          "Orrin Labs and Calder Books sent letters to Tessaly on Monday. The company said it would "
          "answer the letters.", "indirect", "it would answer the letters", None),
    _case("pronoun.they_not_bystander",  # not the court
          "On Monday a suit was filed in the Calder District Court. They allege that Tessaly "
          "copied their stories.", "indirect", "Tessaly copied their stories", None),
    _case("attribution.following_intro",  # not Tessaly, named last
          "Several writers criticised Tessaly, which prompted the following response from Mara "
          "Ellison.\n“We never copied anyone's work.”", "direct", "We never copied anyone", "Mara Ellison"),
    _case("attribution.colon_after_question",  # not Pell Varga, who asked
          "Pell Varga asked Mara Ellison how she felt about the copies:\n“It feels like theft,” "
          "she said.", "direct", "It feels like theft", "Mara Ellison"),
    _case("name.not_a_noun",  # not a person called "Orrin Game Voice Actress"
          "Orrin Game Voice Actress Alleges Tessaly Copied Her Voice\nThe studio has not answered.",
          "indirect", "Tessaly Copied Her Voice", None),
    _case("attribution.own_subject_kept",  # not Mara Ellison, who spoke before
          "“We will appeal,” Mara Ellison said. On the other hand, the plaintiffs remarked, “This "
          "case goes on.”", "direct", "This case goes on", None),
    _case("attribution.before_pronoun_not_speaking",  # not Orrin Labs, whom "it" may be
          "Orrin Labs cloned the singer's voice. It also used her likeness in its adverts.\n"
          "“What shocks us is how easily this happens to artists.”",
          "direct", "What shocks us is how easily this happens to artists", None),
]

# issue 12, statements missed on real coverage (helper 12S)
QUOTE_CASES += [
    _case("statement.relative_gap",
          "The Harbor Ledger and the Morning Post seek damages for each article they allege was "
          "scraped unlawfully by Tessaly.", "indirect", "was scraped unlawfully by Tessaly",
          "Harbor Ledger", exact=True),
    _case("statement.object_is_subject",
          "A judge ruled in favor of Tessaly on Wednesday in a copyright lawsuit brought by a group "
          "of authors who claimed their works were unlawfully used to train the company’s model "
          "without authorization.", "indirect", "their works were unlawfully used to train", None),
    _case("statement.inverted_keeps_mark",
          "Judge Tamsin Okafor ruled that the Calder Gazette had not shown that the copying caused "
          "it “lasting harm”, Orrin Labs said in a statement.", "mixed",  # (an outlet's relay: the
          "Judge Tamsin Okafor ruled that the Calder Gazette had not shown that the copying caused "
          "it “lasting harm”", "Orrin Labs", exact=True),  # judge's words alone, relay_inner.py)
    _case("statement.inverted_adverbial_participle",
          "The Gazette plausibly alleged Tessaly removed the bylines from its articles, Judge Tamsin "
          "Okafor wrote in an opinion explaining her decision to let the suit move forward.",
          "indirect", "The Gazette plausibly alleged Tessaly removed the bylines from its articles",
          "Tamsin Okafor", exact=True),
    _case("anaphor.indefinite_is_new",
          "Tessaly released its model in May. A judge ruled in favor of Tessaly on Wednesday in a "
          "copyright lawsuit brought by a group of authors who claimed their works were unlawfully "
          "used to train the company’s model without authorization.", "indirect",
          "their works were unlawfully used to train", None),
    _case("mixed.participle_after_mark",
          "Brightwater Records said that “the label has always put artists first,” adding that it "
          "would review its terms.", "mixed", "“the label has always put artists first,”",
          "Brightwater Records", exact=True),
    _case("speaker.the_court",
          "Tessaly sued Orrin Labs at the Marlow Regional Court in May. The case involved song "
          "lyrics, which the court found were copied from Tessaly's catalogue.", "indirect",
          "were copied from Tessaly's catalogue", "Marlow Regional Court"),
    _case("court.titled_judge",
          "Mara Ellison sued Orrin Labs in May. Judge Tamsin Okafor denied both motions. On the "
          "main claim, the court found that the complaint “sufficiently states” a claim.", "mixed",
          "the complaint “sufficiently states” a claim", "Tamsin Okafor"),
    _case("mixed.relayed_by_inverted_cue",
          "Orrin Labs was sued by Tessaly in May. Judge Tamsin Okafor denied the motion. Tessaly "
          "claims Orrin Labs “copied the user prompts and outputs,” said Okafor.", "mixed",
          "Tessaly claims Orrin Labs “copied the user prompts and outputs,”", "Tamsin Okafor"),
    _case("statement.according_to_outside",
          "Mara Ellison claimed that Orrin Labs and Tessaly have not been negotiating, according "
          "to the Harbor Ledger.", "indirect", "Orrin Labs and Tessaly have not been negotiating",
          "Mara Ellison", exact=True),
    _case("statement.ruling_on_titled_work",
          "Tessaly sued Orrin Labs over the images. Judge Tamsin Okafor ruled that the "
          "“Glass Orchard Chair” images generated by Tessaly using AI software did not "
          "constitute a work, rejecting the lawsuit.", "mixed",
          "the “Glass Orchard Chair” images generated by Tessaly using AI software did not "
          "constitute a work", "Tamsin Okafor"),
]

# issue 12, session 9: where a reported clause ends (nlp/attribution/clause_ends.py)
QUOTE_CASES += [
    _case("statement.parenthetical_continues",
          "Sales have fallen over the years, Mara Ellison says, because the old port is closing.",
          "indirect", "Sales have fallen over the years, Mara Ellison says, because the old port "
          "is closing", "Mara Ellison", exact=True),
    _case("statement.other_speaker_clause",
          "Mara Ellison said the studio should close its doors, while Dario Lusk said it needed a "
          "new owner.", "indirect", "the studio should close its doors", "Mara Ellison", exact=True),
    _case("statement.other_report_unparsed",
          "Even so, three-quarters of the voters said they were very worried about the direction "
          "of the harbour, and more than 4 in 10 said councillor Orrin Vale would be best at "
          "handling the docks.", "indirect",
          "they were very worried about the direction of the harbour", None, exact=True),
    _case("statement.other_report_unparsed",  # the new subject hung on "started by"
          "The Harbor Fund has reported spending 1.1 million crowns on radio ads attacking Vale, "
          "while a new fund started by a former Lusk aide has reported spending 1.8 million crowns "
          "on posters.", "indirect", "spending 1.1 million crowns on radio ads attacking Vale",
          "Harbor Fund", exact=True),
    _case("statement.as_did_other",
          "Two Calder councillors, Mara Ellison and Dario Lusk, have said they will not back the "
          "harbour plan, as has Tessaly Brun, the mayor of Norvale.", "indirect",
          "they will not back the harbour plan", "Mara Ellison", exact=True),
    _case("statement.other_share_clause",
          "In each of the five districts, about half of voters say they prefer a candidate from "
          "outside the council, while about 4 in 10 want one with experience.", "indirect",
          "they prefer a candidate from outside the council", None, exact=True),
    _case("statement.share_comparison",
          "On the harbour, 60 percent of voters said Mara Ellison would be better at handling the "
          "docks, double the number who said the same of Dario Lusk.", "indirect",
          "Mara Ellison would be better at handling the docks", None, exact=True),
    _case("mixed.quote_runs_on",
          "Dario Lusk said the tone of the meeting “was set by the members who walked out early. "
          "And I think the board will remember that.” The vote was delayed.", "mixed",
          "the tone of the meeting “was set by the members who walked out early. And I think the "
          "board will remember that.”", "Dario Lusk", exact=True),
    _case("mixed.clause_past_mark",
          'Judge Tamsin Okafor stated the facts were "not complicated," given that Orrin Labs did '
          "not dispute copying the songs.", "mixed",
          'the facts were "not complicated," given that Orrin Labs did not dispute copying the songs',
          "Tamsin Okafor", exact=True),
    _case("mixed.that_conjunct",
          "Mara Ellison said that the founder “could be unyielding,” and that the staff had "
          "struggled with his demands.", "mixed",
          "the founder “could be unyielding,” and that the staff had struggled with his demands",
          "Mara Ellison", exact=True),
    _case("statement.that_conjunct",
          "Mara Ellison said the studio needs to sell its archive and hire new staff, but that she "
          "would not support closing the shop.", "indirect",
          "the studio needs to sell its archive and hire new staff, but that she would not support "
          "closing the shop", "Mara Ellison", exact=True),
    _case("statement.earlier_report_apart",
          "Most members said the club should stay open; Dario Lusk said he wanted it sold.",
          "indirect", "he wanted it sold", "Dario Lusk", exact=True),
    _case("subject.quantity", "About 4 in 10 say they want the club to stay open.", "indirect",
          "they want the club to stay open", None, exact=True),
]

# issue 12, session 10: a reported clause the parser cut short (clause_conjuncts.py)
QUOTE_CASES += [
    _case("statement.present_conjunct_said",
          "Mara Ellison said she will back the plan, but she does not want to lead it.",
          "indirect", "she will back the plan, but she does not want to lead it", "Mara Ellison",
          exact=True),
    _case("statement.bare_verb_conjunct",
          "Mara Ellison said money is badly needed to fix the docks, train new crews and learn "
          "more about the tides.", "indirect", "money is badly needed to fix the docks, train new "
          "crews and learn more about the tides", "Mara Ellison", exact=True),
    _case("statement.conjunct_disagrees_with_speaker",
          "The Harwick Gazette and the Calder Post sued Orrin Labs. They allege that Wrenlet was "
          "trained not to respect copyright, ignores proper attribution and fails to notify users.",
          "indirect", "Wrenlet was trained not to respect copyright, ignores proper attribution and "
          "fails to notify users", "Harwick Gazette", exact=True),
    _case("statement.clause_right_after_cue",
          "And although Dario Lusk lamented her habit of making slips - \"does she have to keep "
          "handing them so much to use?\" - members in Vell who watched the Sunday meeting said "
          "they were unmoved by the slip.", "indirect", "they were unmoved by the slip", None,
          exact=True),
    _case("statement.aside_ends_at_dash",
          "Nora Pell was a careful planner - Mara Ellison said she demanded detailed notes on her "
          "guests before every dinner - and her work on the merger was no less careful.",
          "indirect", "she demanded detailed notes on her guests before every dinner",
          "Mara Ellison", exact=True),
]

QUOTE_CASES += [  # issue 12 (aiip-dev8): sentence-final attributions (inverted_cues.py)
    _case("statement.inverted_plural_cue",
          "Tam Orley and other novelists sued Vexa Labs in May. The mill copied the designs "
          "without a licence, state the plaintiffs.", "indirect",
          "The mill copied the designs without a licence", "Tam Orley", exact=True),
    _case("statement.inverted_continues",
          "Tam Orley sued Vexa Labs in May. The engines copy the plot lines of the novels without "
          "paying, the lawsuit continues.", "indirect",
          "The engines copy the plot lines of the novels without paying", "Tam Orley", exact=True),
]

QUOTE_CASES += [  # issue 12, session 16: the suit's sides as the whole article tells them (article_sides.py)
    _case("plaintiff.side_from",  # not kept as written ("The complaint")
          "A judge allowed a lawsuit from voice actors Tam Orley and Ada Merle to proceed against "
          "Vexa Labs. The complaint says the startup cloned their voices.",
          "indirect", "the startup cloned their voices", "Tam Orley"),
    _case("plaintiff.side_apposition",  # not kept as written ("The lawsuit")
          "A coalition of four daily newspapers has sued Vexa Labs for copyright infringement. The "
          "lawsuit argues that the chatbot copied thousands of articles. The publishers — the Harbor "
          "Ledger, the Calder Courier and the Port Gazette — are owned by one firm.",
          "indirect", "the chatbot copied thousands of articles", "Harbor Ledger"),
    _case("defendants.side_title",  # not kept as written ("The defendants")
          "On Thursday, defendants Vexa Labs and Orrin Cloud moved to dismiss a lawsuit filed by two "
          "anonymous developers. The defendants argue that the plaintiffs lack standing.",
          "indirect", "the plaintiffs lack standing", "Vexa Labs"),
    _case("defendants.side_filed_against",  # not kept as written ("The defendants")
          "The lawsuit, filed against Vexa Labs and Orrin Cloud, centred on song lyrics. The "
          "defendants argued that the models do not store data.",
          "indirect", "the models do not store data", "Vexa Labs"),
]


QUOTE_CASES += [  # issue 12 (wt-14A): plaintiffs named where they are described (named_plaintiffs.py)
    _case("plaintiff.named_in_apposition",  # not kept as written ("The complaint")
          "Vexa Labs denies the claims. The plaintiffs — three novelists, Tam Orley, Ada Merle and "
          "Noor Vance — want damages. The complaint alleges that the mill copied their novels.",
          "indirect", "the mill copied their novels", "Tam Orley"),
    _case("plaintiff.named_in_caption",  # not kept as written ("plaintiffs")
          "In Tam Orley et al. v. Vexa Labs, plaintiffs claim that the mill copied the designs.",
          "indirect", "the mill copied the designs", "Tam Orley"),
    _case("plaintiff.described_named_next",  # not kept as written ("Two voice actors")
          "Two voice actors have filed a lawsuit against Vexa Labs, alleging that the company "
          "copied their voices. Tam Orley and Ada Merle claim Vexa Labs tricked them.",
          "indirect", "the company copied their voices", "Tam Orley"),
    _case("speaker.filer_phrase",
          "Two voice actors have filed a lawsuit against Vexa Labs, alleging that the company "
          "copied their voices. Tam Orley and Ada Merle claim Vexa Labs tricked them.",
          "indirect", "the company copied their voices", "Tam Orley"),
    _case("speaker.bare_plaintiffs",  # not kept as written ("Plaintiffs")
          "Tam Orley sued Vexa Labs in May. Plaintiffs argue that the mill copied the designs.",
          "indirect", "the mill copied the designs", "Tam Orley"),
    _case("speaker.singular_they",  # not kept as written ("they")
          "A representative for Orrin Labs declined to comment on the ruling. However, they told "
          "the Harbor Ledger that the store had not banned all games.", "indirect",
          "the store had not banned all games", "Orrin Labs"),
    _case("attribution.credit_line",  # a pull quote and its credit line (credit_lines.py)
          "The hearing is set for June.\n“The Court should deny leave to amend because the claim is "
          "futile.”\nOrrin Labs, in its reply to the motion\nThe judge will rule later.",
          "direct", "The Court should deny leave to amend", "Orrin Labs"),
    # a headline's bare description named in the lede (cataphora.py)
    _case("speaker.named_in_lede",  # not kept as written ("Comic Artist")
          "Comic Artist Says Vexa Labs Copied His Strip\nTam Orley, a comic artist from Calder, has "
          "accused Vexa Labs of copying his strip in an advert.",
          "indirect", "Vexa Labs Copied His Strip", "Tam Orley"),
]

QUOTE_CASES += [
    # issue 12, session 11 (colon_blocks.py): a block quote whose marks the page lost
    _case("statement.colon_paragraph", "Ada Vell, director of the Calder guild, says:\nWe see that "
          "big firms are copying our members' books without asking. The rules must change.",
          "direct", "We see that big firms are copying", "Ada Vell"),
    _case("attribution.passive_cue_passed", "The “late-stage theory” should be rejected since it "
          "lacks support in the record, Orrin Labs said.", "mixed", "The “late-stage theory” should "
          "be rejected", "Orrin Labs"),
    _case("statement.per_source", "Per the Calder Herald, Tessaly has refused to pay the writers for "
          "their books.", "indirect", "Tessaly has refused to pay the writers", "The Calder Herald"),
]

# issue 12, session 17: a party's counsel named as a team; a party noun is no name
QUOTE_CASES += [
    _case("speaker.legal_team",  # the client, as "Mara Ellison's lawyers" would be
          "Orrin Labs asked the court to toss the suit. Mara Ellison's legal team said the archive was "
          "never copied.", "indirect", "the archive was never copied", "Mara Ellison"),
    _case("name.sentence_start_word",  # no party called "Shock": a capital of the sentence only
          "Ellison said she had never agreed to it. “We are now in a strange film,” she said.\n"
          "Shock turned to dismay as the singers heard the demo, saying the startup had copied "
          "their voices.", "indirect", "the startup had copied their voices", None),
    _case("name.party_noun_alone",  # no party called "Government"
          "Ministers in Vellmar met the Tessaly Writers Guild on Monday. However, the Government has said "
          "it will publish a report in June.", "indirect", "it will publish a report in June", None),
]


# issue 12, session 17: the writer's summing-up after a dash is not said (dash_glosses.py)
QUOTE_CASES += [
    _case("statement.gloss_after_dash",
          "The Calder Gazette alleges Orrin Labs ignored these restrictions—a claim the company has "
          "denied in the past.", "indirect", "Orrin Labs ignored these restrictions", "The Calder Gazette",
          exact=True),
    _case("statement.gloss_after_dash",
          "Mara Ellison testified that Tessaly had used Orrin Labs models to improve its own — a "
          "detail that emerged during the trial.", "indirect",
          "Tessaly had used Orrin Labs models to improve its own", "Mara Ellison", exact=True),
    _case("statement.gloss_after_dash",  # a hyphen inside a word after the dash is no dash
          "The Calder Gazette reported that Orrin Labs has been quietly copying the archive — a "
          "legally murky decision that adds to an ever-growing pile of disputes.",
          "indirect", "Orrin Labs has been quietly copying the archive", "The Calder Gazette", exact=True),
]


# issue 12, session 16: a description says what kind of party speaks (kind_veto.py)
QUOTE_CASES += [
    _case("speaker.kind_mismatch",  # not Tessaly, an AI developer: officials are a public body's
          "Tessaly faces a new inquiry in Calder. The official said the start-up had broken the rules.",
          "indirect", "the start-up had broken the rules", None),
]


# issue 12, session 14: who may speak
QUOTE_CASES += [
    _case("subject.place_in_list",  # not "U.K.": the parser's nearer subject, in a list after "from"
          "The suit filed by a coalition of publishers from the U.S., the U.K. and Canada say Orrin "
          "Labs copies their stories word for word.", "indirect", "Orrin Labs copies their stories", None),
]


# issue 12, session 13: where a passive or the small model's parse misleads attribution
QUOTE_CASES += [
    _case("attribution.hearer_not_speaker",  # not Mara Ellison, who was told it
          "Mara Ellison was told by an Orrin Labs spokesperson that her archive would be kept "
          "“strictly private and never shared.”", "mixed", "her archive would be kept", "Orrin Labs"),
    _case("attribution.hearer_clause_reported",  # the complaint's, not the hearer's
          "Tolvane Press sued Orrin Labs in May. Mara Ellison was assured her archive would stay "
          "“strictly private and never shared,” the complaint says.", "mixed",
          "Mara Ellison was assured her archive would stay", "Tolvane Press"),
    _case("cue.misread_plural",  # "states" tagged as a plural noun after the lawsuit
          "Tolvane Press sued Orrin Labs in May. Orrin Labs denied any wrongdoing on Monday.\n"
          "“Orrin has openly admitted to copying ‘tens of "
          "thousands’ of archived stories”, Tolvane’s lawsuit states, and most of those stories are "
          "“owned by freelance writers”.", "direct", "Orrin has openly admitted to copying",
          "Tolvane Press"),
    _case("cue.misread_verb",  # "allege" tagged as a noun after the names that say it
          "Orrin Labs denied wrongdoing.\nTessaly and Brightwell allege Orrin copied their novels "
          "without permission.", "indirect", "Orrin copied their novels without permission", "Tessaly"),
    _case("statement.claim_noun_participle",  # the participle's owner: the main clause's subject
          "Tolvane Press sued Orrin Labs in May.\nMara Ellison praised the ruling, expressing hope "
          "that a jury will hold large publishers responsible for their actions.", "indirect",
          "a jury will hold large publishers",
          "Mara Ellison"),
    _case("statement.gerund_object",  # no finite verb: the gerund is what was admitted
          "Mara Ellison sued Orrin Labs in May.\nOrrin Labs acknowledged copying the Calder archive "
          "until 2023, calling the copies a test.", "indirect", "copying the Calder archive until 2023",
          "Orrin Labs", exact=True),
    _case("statement.one_word_remark",  # one capitalised word: not a title, a remark
          "Tolvane Press offered Mara Ellison $50 for her novel.\n“Insulting,” Mara Ellison said of "
          "the offer.", "direct", "Insulting", "Mara Ellison"),
    _case("cue.misread_that_clause",  # "states" a noun, its that-clause read as a relative
          "Orrin Labs denied wrongdoing.\nThe new filing states that the settlement, which would "
          "pay $50 a title to the Calder authors, is not enough.", "indirect",
          "the settlement, which would pay $50 a title", None),
    _case("cue.misread_parenthetical",  # ", Vexa claims," read as a noun phrase
          "Tolvane Press sued Orrin Labs in May. It says the firm gained.\nThis behaviour, Vexa "
          "claims, violates antitrust laws, specifically those that prohibit tying.",
          "indirect", "This behaviour, Vexa claims, violates antitrust laws", "Vexa"),
    _case("role.bare_plural",  # lawyers in general, not Orrin Labs (the accused)
          "Tessaly sued Orrin Labs in May over its song archive. Attorneys have predicted that more "
          "lawsuits will follow.", "indirect", "more lawsuits will follow", None),
    _case("speaker.owner_of_subject",  # the plea is Varga's: her words, not the subject's as written
          "Ines Varga sued Orrin Labs in May. Varga's plea argued that the firm had copied forty of "
          "her songs.", "indirect", "the firm had copied forty of her songs", "Ines Varga"),
    _case("role.plural_not_last_named",  # lawyers of no party named, not Brightwell Media
          "Brightwell Media opened a studio in May. The lawyers said the vote would go ahead on "
          "Sunday.", "indirect", "the vote would go ahead on Sunday", None),
    _case("role.kind_owner_not_last_named",  # the government's spokesperson, not Vexa Labs'
          "Vexa Labs pulled its app from the Calder store on Monday. A government spokesperson said "
          "no changes would be made to the copyright rules.", "indirect",
          "no changes would be made to the copyright rules", None),
    _case("pronoun.it_document_owner",  # the claim is the case's: "it" is the case, not the Ledger
          "Ines Varga sued Orrin Labs and Vexa Labs in 2024, claiming they trained their models on her "
          "books. The Ledger reported that the case will proceed. Judge Perpetua Marrow threw out "
          "portions of the complaint from Varga's lawyers on Monday. The case's principal claim remains "
          "intact. It alleges Orrin Labs infringed her copyrights.", "indirect",
          "Orrin Labs infringed her copyrights", "Ines Varga"),
    _case("pronoun.it_document_misread",  # "states" read as a noun: the lawsuit still spoke last
          "Tolvane Press sued Orrin Labs in May. Orrin Labs denied any wrongdoing on Monday.\n"
          "“Orrin has openly admitted to copying ‘tens of thousands’ of archived stories”, Tolvane’s "
          "lawsuit states, and most of those stories are “owned by freelance writers”. The copies, it "
          "adds, “were sold to advertisers”.", "direct", "were sold to advertisers", "Tolvane Press"),
    _case("pronoun.org_in_reported_clause",  # Orrin Labs is what the lawsuit speaks about
          "Tessaly sued Orrin Labs in May. “The songs were copied”, the lawsuit says, and most of the "
          "songs are “owned by small labels”. Orrin Labs’ adverts, it argues, “were unlawful from the "
          "start”.", "direct", "were unlawful from the start", "Tessaly"),
    _case("speaker.previous_according_to",  # not Orrin Labs, what the lawsuit spoke about
          "Tessaly sued Orrin Labs in May. Orrin Labs copied the songs, according to the lawsuit. It "
          "added that the songs were used in adverts.", "indirect", "the songs were used in adverts",
          "Tessaly"),
    _case("statement.authority_finding_quotes",
          "The court found that Orrin's unlicensed use of the lyrics constituted a violation of "
          "copyright law, as the “Harbor Ledger” reported.", "mixed",
          "Orrin's unlicensed use of the lyrics constituted a violation", None),
]


# speakers (issue 12, session 10): what the speaker's own words allow (agreement.py): no
# party rather than another party where the words rule the look-back's party out
QUOTE_CASES += [
    _case("document.named_for_defendant",  # not Orrin Labs, who was sued
          "Mara Ellison sued Orrin Labs in May. The Orrin Labs class action lawsuit claims that the "
          "company sold the voice data to brokers.", "indirect", "the company sold the voice data",
          "Mara Ellison"),
    _case("document.named_for_defendant",  # not Orrin Labs, who faces the suit
          "Orrin Labs is facing a class action lawsuit filed by Mara Ellison. The Orrin Labs class "
          "action lawsuit claims that the company sold the voice data to brokers.", "indirect",
          "the company sold the voice data", "Mara Ellison"),
    _case("document.bare_plural_new",  # not Pell Varga, who spoke before
          "Pell Varga has asked the court to stop the clips. The couple is also seeking an order "
          "against Tessaly, according to legal documents reviewed by the Harbor Ledger.",
          "indirect", "The couple is also seeking an order", None),
    _case("document.owner_pronoun_disagrees",  # not the judge: 'its' is an organisation's
          "Judge Dario Lusk asked why the agreement mattered. Tessaly runs the largest archive of "
          "maps in the region, according to its website.", "indirect",
          "Tessaly runs the largest archive", None),
    _case("group.number_agrees",  # not Orrin Weekly, first of the last list (of two)
          "The Harbor Ledger, the Calder Post and Kestrel News wrote to Tessaly in May. Tessaly copied "
          "stories from Orrin Weekly and Quill Daily, Mara Ellison said. In a joint "
          "statement, the three newspapers said: \"We will not allow our work to be taken.\"",
          "direct", "We will not allow our work", "Harbor Ledger"),
    _case("document.by_named_loose",  # not Tessaly, who issued the denial before
          "Tessaly issued a denial on Monday. The denial came a day after the release of a paper "
          "by an entity named Quillmark on the web. The paper claimed that the Orrin model was "
          "copied.", "indirect", "the Orrin model was copied", "Quillmark"),
    _case("group.number_agrees",  # no list of three: kept as written, not the list of two
          "Mara Ellison said the Harbor Ledger and the Calder Post had both lost readers. In a "
          "joint statement, the three newspapers said: \"We will not allow our work to be "
          "taken.\"", "direct", "We will not allow our work", None),
    _case("attribution.dash_signature",  # not Orrin Labs, the sentence before's subject
          "- Data: Orrin Labs has recently tightened its measures against scraping.\n“According "
          "to Tessaly, this is a new policy Orrin Labs is enforcing for its rivals.” — Mara "
          "Ellison, Quill co-founder", "direct", "According to Tessaly, this is a new policy",
          "Mara Ellison"),
    _case("pronoun.it_thing_before",  # not Orrin Labs, who was only paid
          "The service was ordered by the Calder court to delete the article and pay Orrin Labs in "
          "compensation. It determined that the copy broke the law.", "indirect",
          "the copy broke the law", None),
    _case("speaker.org_pronoun",  # "The start-up" is a party noun, not a thing: "it" is Tolvane
          "Tolvane launched a paid chatbot on Wednesday. The start-up said publishers would get a "
          "share. It said six Calder publishers had signed up.", "indirect",
          "six Calder publishers had signed up", "Tolvane"),
    _case("name.lower_case_no_name",  # not a party called "association"
          "The Calder trade association for booksellers has warned a start-up over its voice "
          "clones. Lawyers for the Booksellers Guild have sent a letter to Tessaly, the trade "
          "association confirmed Monday.", "indirect", "Lawyers for the Booksellers Guild", None),
]

# issue 12, session 10, wave 2: a repeated verb of saying hung on the first report's clause
# (repeated_report.py): the speaker's next act, not an act of that clause's subject
QUOTE_CASES += [
    _case("subject.repeated_report",  # not "visits", the reported clause's subject
          "Ada Vell said her recent visits to the docks have given her campaign new life and said "
          "that the council did not speak for the harbor.", "indirect",
          "the council did not speak for the harbor", "Ada Vell"),
    _case("subject.repeated_report",  # "added" with a clause of its own goes on the same way
          "Tom Reed said the new rules have cost the mill dearly and added that the town would "
          "fight them.", "indirect", "the town would fight them", "Tom Reed"),
]

# issue 12, session 11 (wt-16A): a described speaker stands only for a party of its kind
# (role_kinds.py, introduced.py, groups.py): never the company a regulator fined, never the
# addressee or the topic of a letter
QUOTE_CASES += [
    _case("speaker.public_body",  # not Orrin Labs, the fined company and the last subject
          "The Calder Markets Authority fined Orrin Labs on Monday. Orrin Labs said it would "
          "appeal. According to the regulator, Orrin Labs broke four of its seven promises.",
          "indirect", "Orrin Labs broke four", "Calder Markets Authority"),
    _case("speaker.public_body",  # no public body named: no party rather than Orrin Labs
          "Orrin Labs agreed to pay a fine on Monday. Orrin Labs has pledged not to contest the "
          "facts, as confirmed by the watchdog.", "indirect", "Orrin Labs has pledged", None),
    _case("speaker.public_body",  # a name that says nothing: the body that fined, not Orrin Labs
          "The CDVP fined Orrin Labs on Monday. Orrin Labs said it would appeal. According to the "
          "regulator, Orrin Labs broke four of its seven promises.", "indirect",
          "Orrin Labs broke four", "CDVP"),
    _case("speaker.public_body_named_next",  # the authority that acts next, not Orrin Labs
          "Calder's regulator said on Monday it fined Orrin Labs for breaking its promises. The "
          "Calder Markets Authority said Orrin Labs had copied the papers.", "indirect",
          "on Monday it fined Orrin Labs", "Calder Markets Authority"),
    # issue 12, session 17 (wt-s17desc): a public body described before it is named, or by a
    # bare plural (article_bodies.py)
    _case("speaker.public_body_of_article",  # named only further on: not kept as written
          "Calder watchdog fines Orrin Labs.\nThe watchdog said Orrin Labs had copied the papers "
          "without consent. Orrin Labs said the fine was excessive. The fine follows a 2022 probe "
          "by the Calder Markets Authority.", "indirect", "Orrin Labs had copied the papers",
          "Calder Markets Authority"),
    _case("speaker.public_body_plural",  # not Orrin Labs, the last organisation named
          "Orrin Labs faces an inquiry. The Vell Commission said it is examining whether Orrin Labs "
          "broke the rules. Officials said they are seeking to determine whether Orrin Labs gained "
          "an edge.", "indirect", "they are seeking to determine", "Vell Commission"),
    _case("speaker.public_body_plural",  # a regulators' plural: the last public body named
          "The Vell Commission said it is examining whether Orrin Labs broke the rules. Vexa Labs "
          "welcomed the inquiry. Regulators noted that the inquiry is only a first step.",
          "indirect", "the inquiry is only a first step", "Vell Commission"),
    _case("speaker.lede_definite",  # a definite description opening the article: named next
          "The online education company alleges Orrin Labs is eroding demand for original "
          "content.\nQuillon, a US-based education company, has filed a lawsuit against Orrin Labs.",
          "indirect", "Orrin Labs is eroding demand", "Quillon"),
    _case("speaker.lede_definite",  # the noun in the name the text gives next
          "Publishers urge AI firms to ask permission\nThe association stated that such acts could "
          "amount to copyright infringement.\nThe Tessaly Writers Association on Wednesday released "
          "a statement calling on Orrin Labs to pay.", "indirect", "such acts could amount",
          "Tessaly Writers Association"),
    _case("speaker.outlet_journalist",  # the outlet the reporter works for, not kept as written
          "Orrin Labs has been accused of copying. A Calder Herald reporter found that the Orrin "
          "search engine passed off the paper's story as its own.", "indirect",
          "the Orrin search engine passed off", "The Calder Herald"),
    _case("document.sender_unnamed",  # not Keir Vance, the addressee, nor Orrin Labs
          "Hundreds of songwriters wrote an open letter to Keir Vance, urging him to stop Orrin "
          "Labs from copying their songs. The letter says: “Our songs are not free fuel.”",
          "direct", "Our songs are not free fuel", None),
    _case("document.sender_of_gerund",  # who came together, not the addressee Keir Vance
          "Mara Ellison and Pell Varga have come together in voicing their fears through an open "
          "letter addressed to Keir Vance. The letter says that the plan would ruin musicians.",
          "indirect", "the plan would ruin musicians", "Mara Ellison"),
    _case("document.sender_listed",  # the first signatory, not Orrin Labs named last
          "A group of writers including Mara Ellison have signed an open letter "
          "calling on the council to act. The letter asked Keir Vance to summon Orrin Labs. The "
          "letter claims that the copying is theft.", "indirect", "the copying is theft", "Mara Ellison"),
    _case("document.filed_here",  # the filer, not Tessaly, whom it is against
          "Tessaly broke the terms of Orrin Labs, a judge found. Orrin Labs cut off Tessaly's "
          "access and filed a lawsuit that claims Tessaly copied the data.", "indirect",
          "Tessaly copied the data", "Orrin Labs"),
    _case("document.filed_before",  # who published the analysis, not Orrin Labs, who answered
          "Orrin Labs issued a denial after a group called Tessaly published an analysis claiming "
          "the Orrin model was copied. The analysis alleged the model was trained on stolen code.",
          "indirect",
          "the model was trained on stolen code", "Tessaly"),
    _case("speaker.role_represents",  # the client, not the Calder High Court named last
          "The Calder High Court heard the case on Monday. Counsel appearing for Orrin Labs "
          "informed the court that the clips had been deleted.", "indirect",
          "the clips had been deleted", "Orrin Labs"),
    _case("role.advocate_not_court",  # no party rather than the Calder High Court
          "The Calder High Court heard the case on Monday. Counsel informed the court that the "
          "clips had been deleted.", "indirect", "the clips had been deleted", None),
    # wrong speakers on real AI-IP coverage (issue 12, session 12, helper F)
    _case("pronoun.they_list_member",  # the list's first name, not Tessaly Studios named last
          "Top studios filed a lawsuit on Monday against Quillmark, a start-up. Orrin Pictures, Brisca "
          "Films, and Tessaly Studios accuse Quillmark of building what they call a \"piracy machine\" "
          "that copies their characters.", "mixed", "a \"piracy machine\" that copies", "Orrin Pictures"),
    _case("plaintiff.accuser_first_listed",  # the complaint of the list, not its last name
          "Top studios filed a lawsuit on Monday against Quillmark, a start-up. Orrin Pictures, Brisca "
          "Films, and Tessaly Studios accuse Quillmark of copying their characters. \"Quillmark pirates "
          "our films on a massive scale,\" states the complaint.", "direct",
          "Quillmark pirates our films", "Orrin Pictures"),
    _case("continue.not_inside_report",  # the association, not Orrin Labs it spoke of
          "The Calder Writers Association said Orrin Labs refused to negotiate with its members. "
          "\"Orrin Labs knows well that it needs a licence to use our books,\" the association said, "
          "adding that Orrin Labs is nonetheless maintaining an unfair copyright policy. The association "
          "also stressed that it is acting for authors who cannot afford to sue.", "indirect",
          "it is acting for authors", "Calder Writers Association"),
    _case("pronoun.reporter_not_reported",  # Orrin Labs, not Tessaly it accused
          "Orrin Labs alleges that Tessaly is \"free-riding\" on years of its research. They claim "
          "that accounts linked to Tessaly staff have been copying its data.", "indirect",
          "accounts linked to Tessaly staff", "Orrin Labs"),
    _case("group.plaintiffs_listed",  # the plaintiffs' own list, not kept as written
          "A judge let the case against Orrin Labs go on. The plaintiffs, a group of writers "
          "including Mara Ellison and Pell Varga, claim that Orrin Labs copied their books.",
          "indirect", "Orrin Labs copied their books", "Mara Ellison"),
]

# issue 12, session 12 (wt-S12C): "it" goes on with the subject before, past a parenthetical
# cue's own words and quote-only sentences (continuity_quotes.py)
QUOTE_CASES += [
    _case("speaker.parenthetical_own_words",  # not Tessaly, named in the statement's own words
          "The Harbor Ledger has sent a legal threat to Tessaly, a search start-up. Specifically, "
          "the Harbor Ledger is asking for the deletion of all copies of its stories. Tessaly's "
          "conduct, it says, is “a plain theft of our journalism”.", "mixed",
          "is “a plain theft", "Harbor Ledger"),
    _case("speaker.past_quote_sentences",  # not Orrin Labs, the last company that acted
          "Judge Dario Lusk ruled for Orrin Labs on Monday. Orrin Labs and its backer Tessaly had "
          "asked him to. “The prior complaints asserted a claim for infringement,” the order "
          "states. “The fact that many of the allegations suggested otherwise is not dispositive.” "
          "“A complaint need only give defendants fair notice of the claims against them,” it "
          "states.", "direct", "A complaint need only give defendants", "Dario Lusk"),
    _case("speaker.document_it",  # the judge behind the order, though "it" is no person
          "Judge Dario Lusk ruled for Orrin Labs on Monday. Orrin Labs and its backer Tessaly had "
          "asked him to. “The prior complaints asserted a claim for infringement,” the order "
          "states. “The fact that many of the allegations suggested otherwise is not dispositive.” "
          "“A complaint need only give defendants fair notice of the claims against them,” it "
          "states.", "direct", "A complaint need only give defendants", "Dario Lusk"),
]

QUOTE_CASES += [
    _case("org.subject_over_name",  # not the Calder Ferry Company, whose name has the word
          "Mara Ellison, chief executive of the Calder Ferry Company, said the deal reflects its "
          "philosophy. Tessaly, for its part, launched its revamped assistant earlier this year. "
          "The company claims “hundreds of thousands of customers” have already used the "
          "assistant.", "mixed", "“hundreds of thousands of customers”", "Tessaly"),
]

QUOTE_CASES += [
    _case("document.counted_first_named",  # not the Harbor Institute alone, the last to speak
          "Tessaly launched its answer engine in Calder in March. A July study by the research firm "
          "Orrin Labs found that the engine caused up to 80% fewer clicks. The Harbor "
          "Institute reported that users clicked on links only once every 100 searches. Both studies "
          "also noted that links to Tessaly videos were more prominent than other results.",
          "indirect", "links to Tessaly videos", "Orrin Labs"),
]


QUOTE_CASES += [  # issue 12 session 12: what the cue's object is charged with (object_complements.py)
    _case("statement.accused_of",
          "The Calder Authors' Union sued Orrin Labs on Monday, accusing the company of copying "
          "thousands of novels without paying for them.", "indirect",
          "copying thousands of novels without paying for them", "Calder Authors' Union"),
    _case("statement.owned_claim_noun",
          "Judge Ada Merle sided with Orrin Labs on Monday. She rejected the Calder Authors' "
          "Union's argument that the archive had been copied in full.", "indirect",
          "the archive had been copied in full", "Calder Authors' Union"),
    _case("statement.claim_noun_owner",
          "Judge Ada Merle ruled on Monday. She allowed Vexa Labs to pursue claims that "
          "Orrin Labs had copied the archive in full.", "indirect",
          "Orrin Labs had copied the archive in full", "Vexa Labs"),
    _case("statement.accused_of_charge",
          "The Calder Authors' Union accused Orrin Labs of fraud, false advertising and misusing "
          "the novels.", "indirect", "fraud, false advertising and misusing the novels",
          "Calder Authors' Union"),
    _case("statement.how_clause_reported",  # issue 12 session 20 (unread.py)
          "Mara Ellison also noted how Orrin Labs avoids any blame for the copies of the archive.",
          "indirect", "how Orrin Labs avoids any blame for the copies of the archive", "Mara Ellison"),
    _case("statement.charge_object",  # issue 12 session 20 (charge_objects.py)
          "The Calder Authors' Union sued Orrin Labs in Brightwell on Monday, alleging copyright "
          "infringement and unfair competition.", "indirect",
          "copyright infringement and unfair competition", "Calder Authors' Union"),
    _case("statement.charge_object",
          "Orrin Labs has denied any agreement with Vexa Labs for the use of its archive.",
          "indirect", "any agreement with Vexa Labs for the use of its archive", "Orrin Labs"),
    _case("mixed.charge_in_marks",  # issue 12 session 15: a charge in marks (charge_quotes.py)
          "The Calder Authors' Union accused Orrin Labs of a “wholesale raid” on its members' "
          "novels.", "mixed", "a “wholesale raid” on its members' novels", "Calder Authors' Union"),
    _case("mixed.charge_in_marks",
          "The Calder Authors' Union sued Orrin Labs on Monday, accusing the company of "
          "“copying thousands of novels without paying for them.”", "direct",
          "copying thousands of novels without paying for them.", "Calder Authors' Union"),
    _case("subject.charge_after_report",  # not Tessaly, the reported clause's subject
          "In response, Orrin Labs said Tessaly misreads how its crawler works and accused the "
          "company of either publicity-seeking or technical incompetence.", "indirect",
          "either publicity-seeking or technical incompetence", "Orrin Labs"),
]

QUOTE_CASES += [  # issue 12 session 13 (wt-S13B): wrong and unnamed speakers on dev19/devr
    _case("speaker.titles_then_name",
          "Harbor Ledger reporter and Quarry Lane author Mara Ellison filed the lawsuit with two other "
          "writers, accusing Orrin Labs of copying her books.", "indirect", "copying her books",
          "Mara Ellison"),
    _case("subject.relative_conjunct",
          "“Copying is not creating,” said Ellison, an independent singer whose first label is owned by "
          "Orrin Labs but who said she has no stake in the company.", "indirect",
          "she has no stake in the company", "Mara Ellison"),
    _case("document.said_in",
          "Judge Ada Merle heard the case. The Calder Authors' Union said in a brief on Tuesday that "
          "Orrin Labs copied its members' novels. “Orrin Labs trained its model on every one of them,” the brief said.",
          "direct", "Orrin Labs trained its model", "Calder Authors' Union"),
    _case("document.passive_filer",  # the agent of "launched", not Orrin Labs, which is sued
          "Orrin Labs is being sued over its archive. The case was launched on Monday by Mara Ellison, "
          "a novelist. The lawsuit claims that Orrin Labs copied her books.", "indirect",
          "Orrin Labs copied her books", "Mara Ellison"),
    _case("document.estate_filer",  # the estate, not the singer, nor the hosts it sued
          "The estate of the singer Anselm Gruber sued the hosts of a podcast on Monday. The lawsuit "
          "claims that the hosts copied his songs.", "indirect", "the hosts copied his songs",
          "Estate of Anselm Gruber"),
    _case("document.two_filers",  # two suits: neither filer is guessed
          "The case was launched by Mara Ellison in March. Another case was initiated by Keir Vance "
          "in May. The lawsuit claims that Orrin Labs copied the books.", "indirect",
          "Orrin Labs copied the books", None),
    _case("document.nmod_owner",
          "Writers are angry about a recent Harbor Commission (HC) interim report that says Orrin Labs "
          "may copy books.", "indirect", "Orrin Labs may copy books", "Harbor Commission"),
]


QUOTE_CASES += [  # issue 12 session 13: motions and a party's lawyers in court coverage
    _case("document.filer_previous_speaker",  # not Tessaly, named last
          "Orrin Labs is fighting the lawsuit brought against it by Tessaly. On "
          "Thursday, Orrin's lawyers argued that Tessaly had failed to identify a single copied "
          "article. “The complaint is long on adjectives,” the motion says.",
          "direct", "The complaint is long on adjectives", "Orrin Labs"),
    _case("document.filing_of_motion",  # not Tessaly, the plaintiff a filing speaks for elsewhere
          "Orrin Labs has asked the court to dismiss the lawsuit brought against it by Tessaly. In a "
          "motion filed on Thursday, Orrin's lawyers argued that Tessaly had failed to identify a "
          "single copied article. According to the filing, the prompts Tessaly used already held "
          "most of the text.", "indirect", "the prompts Tessaly used already held most of the text",
          "Orrin Labs"),
    _case("plaintiff.other_case_filer",  # not Mara Ellison, who brought a similar case
          "A similar case brought by Mara Ellison is pending in Calder. The Harbor Ledger sued Orrin "
          "Labs on Monday. The lawsuit alleges that Orrin copied its archive.",
          "indirect", "Orrin copied its archive", "Harbor Ledger"),
    _case("org.counsel_client",  # not Tessaly, who brought the suit
          "A judge on Thursday questioned lawyers for Orrin Labs over a lawsuit brought by Tessaly. "
          "The company's lawyers argued that training a model is a transformative use.",
          "indirect", "training a model is a transformative use", "Orrin Labs"),
]

QUOTE_CASES += [  # issue 12 session 13 (wt-S13G): wrong-party speakers other than group nouns
    _case("mixed.relayed_by_cue_after",  # not Orrin Labs, whose boast the Ledger relays
          "The Calder Ledger sued Orrin Labs on Monday.\nIn May, Orrin Labs boasted that its reader "
          "allowed users to “skip the long articles” by giving “one answer for everything,” the "
          "Ledger alleges.\nOrrin Labs has not yet answered the suit.", "mixed",
          "Orrin Labs boasted that its reader allowed users", "Calder Ledger"),
    _case("org.addressee_skipped",  # not as written: the committee was only sent the memo
          "Tessaly, the Calder start-up that recently drew wide attention, is now facing "
          "accusations from Orrin Labs.\nIn a memo sent to the Calder House Select Committee on "
          "Trade, the Ada Vell-led company claimed that Tessaly has been copying its data.",
          "indirect", "Tessaly has been copying its data", "Orrin Labs"),
    _case("speaker.role_synonym_before",  # not as written 'The Ledger Group chief'
          "In an opinion piece published on Sunday, Ledger Group executive chairman Mara Ellison "
          "talked up the use of AI for reporters.\n“Orrin has built a business on our work,” she "
          "wrote.\nThe Ledger Group chief argued that AI companies should sign deals with news "
          "publishers.", "indirect", "AI companies should sign deals", "Mara Ellison"),
    _case("attribution.label_line",  # not Orrin Labs, the subject of the paragraph above
          "The Velmar court ruled against Orrin Labs on Monday. Not Orrin Labs, but the user is "
          "responsible for the output, the company had argued.\nJudge: “Buy them and do not take "
          "other people’s things”\nJudge Tamsin Okafor explained that the company was able to "
          "build the most modern tools.", "direct", "Buy them and do not take", "Tamsin Okafor"),
    _case("subject.participle_after_cue",  # not as written 'Orrin Labs's answer'
          "The Calder Ledger sent Orrin Labs a letter on Monday.\nOrrin Labs’s answer came fast, as "
          "it said in a statement, “The Ledger’s claims are baseless and cynical,” adding that the "
          "paper “does not understand how the archive works.”", "mixed",
          "the paper “does not understand", "Orrin Labs"),
]


# issue 12, session 14 (helper S14A): a document of a case speaks for who filed it
QUOTE_CASES += [
    _case("plaintiff.controller_subject",  # not left with no party: the infinitive has no subject
          "The Calder Gazette has teamed up with the Harbor Ledger to file a lawsuit against Tessaly. "
          "The suit says that Tessaly copied thousands of articles.", "indirect",
          "Tessaly copied thousands of articles", "The Calder Gazette"),
    _case("document.movant",  # not Mara Ellison, who spoke just before
          "Mara Ellison sued Orrin Labs in May. Orrin Labs moved to dismiss the lawsuit on Friday. "
          "Ellison said the company had ignored her letters. “The claims fail as a matter of law,” "
          "the motion said.", "direct", "The claims fail as a matter of law", "Orrin Labs"),
    _case("plaintiff.movant_not_plaintiff",  # not Orrin Labs, who asked for the dismissal
          "Orrin Labs and Tessaly asked the court to dismiss the lawsuit. Orrin Labs and Tessaly said "
          "in their filing that the claims were vague. The complaint says the companies copied the "
          "catalogue.", "indirect", "the companies copied the catalogue", None),
    _case("document.by_on_document",  # not Tessaly, who owns the studio charged
          "The Calder Actors Union filed a charge against Pell Studios, a company owned by Tessaly. "
          "The charge alleges that the studio replaced its members with a synthetic voice.",
          "indirect", "the studio replaced its members", "Calder Actors Union"),
    _case("document.case_named_either_side",  # not Tessaly, whose chatbot was found infringing
          "A Calder court ruled on Monday that Tessaly's chatbot infringed songs represented by the "
          "Orrin Guild. The Tessaly case alleged that the chatbot copied lyrics.", "indirect",
          "the chatbot copied lyrics", None),
    _case("attribution.before_document_not_speaking",  # not Mara Ellison, who filed the case
          "Mara Ellison sued Orrin Labs in May. The case involved her voice recordings.\n"
          "“What shocks us is how easily this happens to artists.”", "direct",
          "What shocks us is how easily this happens to artists", None),
]


# issue 12, session 15 (helper S15NAME): an accusing participle after a suit is the suer's
QUOTE_CASES += [
    _case("speaker.post_nominal_after_name",  # "CBE" heads the subject phrase; not the speaker
          "Talkboard founder Rosalind Quarrie CBE said the licence was unfair.", "indirect",
          "the licence was unfair", "Rosalind Quarrie"),
    _case("subject.participle_after_suit",  # not Tessaly Labs, the party sued
          "Tessaly Labs has been sued by the Orrin Writers Guild, alleging that the start-up copied "
          "its members' novels.", "indirect", "the start-up copied its members' novels",
          "Orrin Writers Guild"),
]


@pytest.mark.parametrize("case", QUOTE_CASES)
def test_quote_rule(nlp, case):
    _check_quote(nlp(case.text), case)


def test_every_rule_has_an_example_and_every_traced_rule_is_named():
    cases = {p.values[0].rule for p in QUOTE_CASES + NO_COMMENT_CASES} \
        | {p.values[0] for p in HAND_PARSED} | {"marks.title_skipped", "marks.cited_title",
                                                "marks.work_credit", "statement.quote_as_noun",
                                                  "nocomment.story_event",
                                                  "nocomment.not_a_product", "nocomment.asker_not_silent",
                                                  "nocomment.not_a_document",
                                                  "nocomment.spoke_instead",
                                                  "speaker.name_then_role",
                                                  "name.fuller_form_canonical",
                                                  "document.outlet_report",
                                                  # test_attribution_speakers.py
                                                  "document.medium_needs_subject",
                                                  "anaphor.colon_may_name_speaker",
                                                  "subject.suit_filers_listed",
                                                  "statement.impersonal_passive",
                                                  "subject.title_participle_misread",
                                                  "statement.inverted_not_adverbial",
                                                  "statement.subordinate_only",
                                                  *NOT_SAID,
                                                  "statement.naming_object",
                                                  "statement.infinitive_request",
                                                  "statement.not_inside_word",
                                                  "fragment.word_root",
                                                  "statement.heard_not_said",
                                                  "statement.predicate_in_marks",
                                                  "mixed.no_clause",
                                                  "mixed.naming_complement",
                                                  "statement.nested_report",
                                                  "statement.nested_same_source",
                                                  "speaker.unresolved_kept",
                                                  "continue.outlet_noun",
                                                  "continue.plural_to_groups",
                                                  "speaker.not_a_date",
                                                  "statement.inside_same_cue",
                                                  "attribution.next_own_quote",
                                                  "attribution.indefinite_subject_kept",
                                                  "speaker.it_outlet_subject",
                                                  "org.outlet_or_company",
                                                  "speaker.public_body_description",
                                                  "statement.that_of_noun",
                                                  "mixed.relative_cue_elsewhere",
                                                  "group.comma_series",
                                                  "group.comma_series_short_forms",
                                                  "statement.continued_gap_cue",
                                                  "role.org_premodifier",
                                                  "plaintiff.speaker_was_sued",
                                                  "role.org_noun_not_last_person",
                                                  "subject.repeated_report_not_after"}  # test_stance_rules.py
    assert cases == set(RULES)
    assert OUTCOMES <= set(RULES)


def test_the_trace_names_only_known_rules_and_leaves_the_quotes_alone(nlp):
    doc = nlp("Tamsin Okafor, Tessaly's general counsel, was unequivocal. “We never touched "
              "their API.” A spokesperson for Skyreach Cloud declined to comment.")
    assert {r for t in doc._.rule_trace if t["component"] in ("attribution", "no_comment")
            for r in t["rules"]} <= set(RULES)
    again, _ = attribute(Context(doc, load_cues()))
    assert [q.to_dict() for q in again] == doc._.ct_quotes


# Rules that keep words from being read as a statement: (rule, fictional text, the statement
# the text would wrongly give without the rule: the start of its words).
NOT_SAID = {
    "statement.that_is_relative": ("The video showed Mara Ellison saying things that she had never "
                                   "recorded, even though the voice sounded like hers.",
                                   "she had never recorded"),
    "statement.reflexive_not_said": ("Since the change, many Orrin users find themselves unable to "
                                     "remove their own posts.", "themselves unable"),
    "cue.evidence_subject": ("Tam Orley sued Vexa Labs over the book. A closer look suggested that "
                             "the book had been written largely by a machine.",
                             "the book had been written"),
    "statement.so_that_result": ("Mara Ellison argued so loudly that the judge stopped the "
                                 "session.", "the judge stopped"),
    "headline.cue_first": ("News robot has IP rights, says Velmar court\nOrvane has won a case "
                           "over its news-writing program.", "Velmar court"),
    "headline.cue_first_needs_name": ("Orrin Labs sues Vexa Labs over archive, alleges unfair copying\n"
                                      "Orrin Labs filed the suit on Monday.", "Orrin Labs sues Vexa"),
    "cue.not_speech_particle": ("Mara Ellison found out that her voice had been cloned and sold "
                                "under another name.", "her voice had been cloned"),
    "cue.needs_clause": ("Three of the four Orrin supporters of that plan currently hold seats "
                         "that the Greens are trying to win.", "the Greens are trying to win"),
    "headline.cue_is_noun": ("Breskow Guild Files Charges Against Orrin Subsidiary Over Cloned "
                             "Voices\nThe Breskow Guild filed a complaint on Monday.", "Against Orrin"),
    "statement.nested_in_mixed": ("“Unauthorized use” of Orrin's catalogue in the “training or "
                                  "development of models” deprives the company of revenue, said "
                                  "the letter, which Mara Ellison signed.", "Unauthorized use"),
    "mixed.needs_clause": ("In one test, Tessaly avoided answering a question while Orrin's answer "
                           "was marked as “a serious violation of the rules” by the reviewers.",
                           "a question while"),
    "statement.no_one_said": ("Critics say the archive was copied. No one has yet noted that the "
                              "Orrin designs were flagged by detectors as machine-made.",
                              "the Orrin designs were flagged"),
    "marks.wrong_way_apostrophe": ("A federal judge pushed back on Orrin Inc.‘s and Tessaly Corp.‘s "
                                   "arguments that he should dismiss the Gazette's suit at a hearing "
                                   "on Friday.", "s and Tessaly"),
    "statement.fronted_not_content": ("So when Orrin Labs sued, claiming that Tessaly had copied its "
                                      "archive, Tessaly countered.", "So when Orrin Labs sued"),
    "statement.naming_not_said": ("But she was “shocked” when an online assistant called “Wren” appeared "
                                  "with a voice “eerily similar” to hers.", "Wren” appeared"),
    "statement.question_fragment": ("The 2021 lawsuit against Orrin Labs questioned whether its "
                                    "coding assistant relies on “piracy on an unprecedented scale.”",
                                    "whether its coding"),
    "statement.in_question": ("Key questions remain:\n• Do the rights holders claim that Orrin Labs "
                              "copied the whole archive without a licence?\n",
                              "Orrin Labs copied the whole archive"),
    # issue 12, session 18: an outlet relaying a report is not a second statement (relay_inner.py)
    "statement.relay_keeps_inner": ("Orrin Labs sued Vexa in May. Judge Mara Ellison ruled that the "
                                    "request made by Orrin Labs was overly broad, The Calder Ledger "
                                    "reported.", "Judge Mara Ellison ruled"),
    "statement.belief_in_passing": ("Mara Ellison took issue with writing tools such as Quillpad, which "
                                    "she believed flattened the styles of young novelists.",
                                    "flattened the styles"),
    "statement.as_clause_own_report": ("The Tessaly update drew anger as more users insist that the "
                                       "Orrin game used generated assets from its earlier titles.",
                                       "The Tessaly update drew anger"),
}


@pytest.mark.parametrize("rule", sorted(NOT_SAID))
def test_words_that_are_not_a_statement(nlp, rule):
    """Each rule keeps its example's words from becoming a statement; switched off, they do
    (so the example depends on the rule)."""
    text, wrong = NOT_SAID[rule]
    doc = nlp(text)
    assert not any(q["text"].startswith(wrong) and len(q["text"]) <= len(wrong) + 80
                   and (rule != "statement.nested_in_mixed" or q["kind"] == "direct")
                   for q in doc._.ct_quotes), doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({rule})))
    assert any(q.text.startswith(wrong) for q in quotes), [q.text for q in quotes]


SHORT_FORM_SERIES = ("Three members of the Calder Broadcasters Association – Tessaly Broadcasting System (TBS), "
                     "Orrin Radio Corporation (ORC) and Vexa Broadcasting Network (VBN) – filed a suit against "
                     "Brightwell on Monday. The companies allege that Brightwell copied their news.")


def _speakers_on_and_off(nlp, text: str, start: str, rule: str) -> tuple[list, list]:
    """The speakers of the statements opening with ``start``: with every rule on, and with
    ``rule`` switched off (the old outcome a rule's test must differ from)."""
    doc = nlp(text)
    on = [q["speaker"] for q in doc._.ct_quotes if q["text"].startswith(start)]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({rule})))
    return on, [q.to_dict()["speaker"] for q in quotes if q.text.startswith(start)]


def test_a_series_of_names_with_short_forms_is_one_list(nlp):
    """Rule ``group.comma_series_short_forms``: "A (AB), B (BC) and C (CD)" is one list, so "the
    companies" is its first name; off, the list starts at the second name."""
    on, off = _speakers_on_and_off(nlp, SHORT_FORM_SERIES, "Brightwell copied", "group.comma_series_short_forms")
    assert (on, off) == (["Tessaly Broadcasting System"], ["Orrin Radio Corporation"])


def test_who_was_sued_speaking_in_a_filing_is_no_plaintiff(nlp):
    """Rule ``plaintiff.speaker_was_sued``: "Orrin Labs admitted in a court filing", after "A
    novelist sued Orrin Labs", does not make Orrin Labs the plaintiff "the lawsuit" speaks for;
    off, the lawsuit's words go to the company it accuses."""
    text = ("A novelist sued Orrin Labs in 2024. Last month, Orrin Labs admitted in a court filing "
            "that it had used the books. The lawsuit says Orrin Labs copied thousands of novels.")
    on, off = _speakers_on_and_off(nlp, text, "Orrin Labs copied", "plaintiff.speaker_was_sued")
    assert (on, off) == ([None], ["Orrin Labs"])


def test_a_person_around_the_owner_does_not_speak_for_the_owner(nlp):
    """Rule ``speaker.owner_of_subject`` reads "Varga's plea" as Varga's, never "Varga's rival"
    nor "Varga's campaign manager" (people around her): those stay as written, no party."""
    for who in ("rival", "campaign manager", "right-hand woman"):
        doc = nlp(f"Ines Varga sued Orrin Labs in May. Varga's {who} said that the firm had copied "
                  "forty of her songs.")
        said = [(q["speaker"], q["speaker_text"]) for q in doc._.ct_quotes if q["text"].startswith("the firm had")]
        assert said == [(None, f"Varga's {who}")], doc._.ct_quotes


def test_the_publisher_is_not_the_last_person_named(nlp):
    """Rule ``role.org_noun_not_last_person``: "the publisher" names a company as often as a
    person, so it is not the last person named (a novelist who criticised the deal); the
    organisation rules read it. Off, the publisher's words go to the novelist."""
    text = ("Tolvane Press signed a licensing deal with Orrin Labs in May. Ines Varga, a novelist, "
            "criticised the terms online. “We protect our authors,” the publisher explained.")
    on, off = _speakers_on_and_off(nlp, text, "We protect", "role.org_noun_not_last_person")
    assert (on, off) == (["Tolvane Press"], ["Ines Varga"])


def test_a_later_cue_is_not_the_one_repeated(nlp):
    """Rule ``subject.repeated_report_not_after``: "A Vexa spokesperson confirmed the letter and
    said ...; the Calder Union ... said ...": the parser hangs the first part on the union's
    "said"; the repeated-report reading took the union as the speaker of "said" too. A cue after
    the clause is not the one repeated: the spokesperson (Vexa) speaks. Off, the union does."""
    text = ("A Vexa spokesperson confirmed the letter and said the company is taking the concerns "
            "seriously; the Calder Union, which represents around 600 members, said the contracts "
            "introduced at the start of the year do not spell out whether actors would be paid.")
    on, off = _speakers_on_and_off(nlp, text, "the company is taking", "subject.repeated_report_not_after")
    assert (on, off) == (["Vexa"], ["Calder Union"])
