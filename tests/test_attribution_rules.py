"""One example per named attribution rule (``nlp/attribution/rules.py``).

Each case is the small fictional text the rule exists for. The test asserts what the rule
decides (the statement's kind, its words and its speaker, or who declined to comment) and that
the rule's name is in the trace of that statement (``doc._.rule_trace``, which ``claimtrack
analyze --explain`` prints). For a rule that can be switched off, it also runs attribution
again without the rule and asserts the outcome is lost: the example depends on the rule.

Most examples go through the whole pipeline. Three rules exist to repair what the statistical
model sometimes gets wrong (a name it did not tag, a subject it attached elsewhere); their
examples are parses written out by hand, so they keep testing the rule whatever the model.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from spacy.tokens import Doc, Span

from nlp.attribution.component import QuoteFinder, attribute
from nlp.attribution.context import Context
from nlp.attribution.rules import OUTCOMES, RULES
from nlp.attribution.words import load_cues


@dataclass(frozen=True)
class Case:
    rule: str
    text: str
    kind: str | None  # direct | mixed | indirect; None for a no-comment (then content is unused)
    content: str | None  # the statement's words (the start of them is enough)
    speaker: str | None
    label: str | None = None  # the speaker's label, where the example is about it
    exact: bool = False  # the statement's words are exactly ``content`` (a rule about its end)

    def __str__(self) -> str:
        return self.rule


def _case(rule, text, kind, content, speaker, label=None, exact=False):
    return pytest.param(Case(rule, text, kind, content, speaker, label, exact), id=rule)


QUOTE_CASES = [
    # which pattern a statement is
    _case("statement.direct_standalone", "“We will appeal the decision,” said Mara Ellison.",
          "direct", "We will appeal the decision", "Mara Ellison"),
    _case("statement.direct_sentence",
          "Mara Ellison posted “We will never settle this case with anyone at all” on her blog.",
          "direct", "We will never settle this case with anyone at all", "Mara Ellison"),
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
    _case("subject.name_to_left",
          "In a statement on Monday, Mara Ellison, who leads Orrin, insisted the archive was licensed.",
          "indirect", "the archive was licensed", "Mara Ellison"),
    # what that token stands for
    _case("speaker.entity", "Orrin Labs said the filing was accurate.",  # an ORG, not a person
          "indirect", "the filing was accurate", "Orrin Labs", "ORG"),
    _case("speaker.role_then_name",
          "Orrin's longtime engineer, Mara Ellison, said the company would appeal the ruling.",
          "indirect", "the company would appeal the ruling", "Mara Ellison"),
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
          "it “lasting harm”, the Harbor Ledger reported.", "mixed",
          "Judge Tamsin Okafor ruled that the Calder Gazette had not shown that the copying caused "
          "it “lasting harm”", "Harbor Ledger", exact=True),
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


def test_article_sides_resolve_only_one_list(nlp):
    """Two lists for the plaintiffs' side ("a lawsuit from A and B", "a request from C and D"):
    no party, never one of them (article_sides.py)."""
    doc = nlp("A judge allowed a lawsuit from Tam Orley and Ada Merle against Vexa Labs to proceed. "
              "The judge also denied a request from Noor Vance and Ida Cole to stop Vexa Labs. The "
              "plaintiffs argue that the startup cloned their voices.")
    (q,) = [q for q in doc._.ct_quotes if q["text"].startswith("the startup cloned")]
    assert q["speaker"] is None


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
    ("Halvard Records sued Quillon AI. Quillon AI's spokesperson Dario Lusk declined to comment.",
     {("Dario Lusk", D)}),
]


@pytest.mark.parametrize("text, silent", SILENT, ids=[t[:40] for t, _ in SILENT])
def test_who_stayed_silent(nlp, text, silent):
    doc = nlp(text)
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == silent


# Rules whose example a later, more general rule also gets right by another path: the example
# shows its rule is needed only with that rule off too ("Tessaly and Ellison": the list's first
# is also what subject.list_first reads when the nearer name is taken).
ALSO_OFF = {"document.sender_of_gerund": ("subject.list_first",),
            # the watchdog's description also rules the company out (kind_veto.py)
            "speaker.public_body": ("speaker.kind_mismatch",),
            # 'told the Ledger it was “...”' also reads, without it, as a fragment inside the
            # clause 'told' reports (mixed_inside.py)
            "statement.mixed_embedded": ("mixed.fragment_in_clause",),
            # a report that spoke with no owner is also kept from the speaker before (report_authors.py)
            "document.same_unowned_before": ("document.report_not_previous_speaker",),
            "document.new_unowned": ("document.report_not_previous_speaker",),
            # a brief with no filer of its own goes on with who spoke just before (motions.py)
            "document.said_in": ("document.filer_previous_speaker",),
            "subject.noun_of_participle": ("subject.list_first",),
            # a sentence root's misread cue is also cue.misread_plural's (misread_cues.py)
            "attribution.noun_cue": ("cue.misread_plural",),
            # these read a pronoun as the subject it goes on with rather than a nearer name, and
            # the last main subject overrules that nearer name too (last_subject.py)
            **{r: ("pronoun.last_subject_kind",) for r in (
                "speaker.previous_subject", "pronoun.subject_preferred", "pronoun.they_group",
                "speaker.continues_previous", "speaker.they_continue", "pronoun.org_in_reported_clause",
                "pronoun.they_list_member")}}


def _matches(q: dict, case: Case) -> bool:
    same = q["text"] == case.content if case.exact else q["text"].startswith(case.content)
    return q["kind"] == case.kind and same \
        and q["speaker"] == case.speaker and case.label in (None, q["speaker_label"])


def _check_quote(doc: Doc, case: Case) -> None:
    found = [q for q in doc._.ct_quotes if _matches(q, case)]
    assert found, [(q["kind"], q["text"], q["speaker"]) for q in doc._.ct_quotes]
    q = found[0]
    entry = next(t for t in doc._.rule_trace if t["component"] == "attribution"  # a denial and
                 and (t["start"], t["end"]) == (q["start"], q["end"])  # its accusation share a span
                 and t["decision"] == q["speaker"])
    assert entry["decision"] == case.speaker and entry["text"] == q["text"]
    assert case.rule in entry["rules"], entry["rules"]
    if case.rule not in OUTCOMES:  # without the rule, the example is not understood
        off = frozenset({case.rule, *ALSO_OFF.get(case.rule, ())})
        quotes, _ = attribute(Context(doc, load_cues(), off))
        assert not any(_matches(x.to_dict(), case) for x in quotes)


# issue 12, session 17: a party's counsel named as a team; a party noun is no name
QUOTE_CASES += [
    _case("speaker.legal_team",  # the client, as "Mara Ellison's lawyers" would be
          "Orrin Labs asked the court to toss the suit. Mara Ellison's legal team said the archive was "
          "never copied.", "indirect", "the archive was never copied", "Mara Ellison"),
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


@pytest.mark.parametrize("text, kept", [
    # a dash phrase describing the last thing named, and an aside closed by a second dash
    ("Mara Ellison said Orrin Labs trained on Lanterns - a collection of pirated books that the "
     "guild had catalogued.", "a collection of pirated books"),
    ("Mara Ellison said Orrin Labs — a company she founded — had copied the archive.",
     "had copied the archive"),
    # words in marks after the dash are the speaker's: the phrase is part of what was reported
    ("Mara Ellison said Orrin Labs had copied the archive — a “shameless” move that the guild "
     "will fight.", "a “shameless” move"),
])
def test_dash_phrase_kept(nlp, text, kept):
    assert any(kept in q["text"] for q in nlp(text)._.ct_quotes), nlp(text)._.ct_quotes


# issue 12, session 16: a description says what kind of party speaks (kind_veto.py)
QUOTE_CASES += [
    _case("speaker.kind_mismatch",  # not Tessaly, an AI developer: officials are a public body's
          "Tessaly faces a new inquiry in Calder. The officials said the start-up had broken the rules.",
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
    _case("cue.misread_parenthetical",  # ", Vexa claims," read as a noun phrase
          "Tolvane Press sued Orrin Labs in May. It says the firm gained.\nThis behaviour, Vexa "
          "claims, violates antitrust laws, specifically those that prohibit tying.",
          "indirect", "This behaviour, Vexa claims, violates antitrust laws", "Vexa"),
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


def test_the_publisher_may_be_an_outlet(nlp):
    """"The Ledger has become the latest news publisher to sign a deal with Tessaly ... The
    publisher said": the outlet, not Tessaly, the company it made the deal with."""
    from spacy.tokens import Span

    doc = nlp("The Harbor Ledger has become the latest news publisher to sign a deal with Tessaly. "
              "Under the deal the Harbor Ledger will also be able to use Tessaly tools in-house. "
              "The publisher said: “Today we announced a strategic partnership with Tessaly.”")
    ents = [e for e in doc.ents if e.text != "Harbor Ledger"]
    for at in (i for i in range(len(doc.text)) if doc.text.startswith("Harbor Ledger", i)):
        span = doc.char_span(at, at + 13)
        ents.append(Span(doc, span.start, span.end, label="OUTLET"))
    doc.ents = ents
    QuoteFinder(load_cues())(doc)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Today we announced"))
    assert q["speaker"] == "Harbor Ledger"
    assert any("org.outlet_or_company" in t["rules"] for t in doc._.rule_trace)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"org.outlet_or_company"})))
    assert next(x.to_dict() for x in quotes if x.to_dict()["text"].startswith("Today"))["speaker"] \
        != "Harbor Ledger"


def test_it_goes_on_with_an_outlet_subject(nlp):
    """"The Ledger is asking ... Failure to comply, it says, ...": "it" is the outlet that was
    the subject before, not Tessaly, the company the threat is against (an outlet is not one
    of the labels "it" took before)."""
    from spacy.tokens import Span

    doc = nlp("The Harbor Ledger has sent a legal threat to Tessaly. Specifically, the Harbor Ledger "
              "is asking for the deletion of all copies of its stories. Failure to comply, it says, "
              "could lead to an injunction.")
    ents = [e for e in doc.ents if e.text != "Harbor Ledger"]
    for at in (i for i in range(len(doc.text)) if doc.text.startswith("Harbor Ledger", i)):
        span = doc.char_span(at, at + 13)
        ents.append(Span(doc, span.start, span.end, label="OUTLET"))
    doc.ents = ents
    QuoteFinder(load_cues())(doc)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Failure to comply"))
    assert q["speaker"] == "Harbor Ledger"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.it_outlet_subject"})))
    assert next(x.to_dict() for x in quotes if x.to_dict()["text"].startswith("Failure"))["speaker"] \
        != "Harbor Ledger"


QUOTE_CASES += [  # issue 12 session 12: what the cue's object is charged with (object_complements.py)
    _case("statement.accused_of",
          "The Calder Authors' Union sued Orrin Labs on Monday, accusing the company of copying "
          "thousands of novels without paying for them.", "indirect",
          "copying thousands of novels without paying for them", "Calder Authors' Union"),
    _case("statement.owned_claim_noun",
          "Judge Ada Merle sided with Orrin Labs on Monday. She rejected the Calder Authors' "
          "Union's argument that the archive had been copied in full.", "indirect",
          "the archive had been copied in full", "Calder Authors' Union"),
    _case("statement.accused_of_charge",
          "The Calder Authors' Union accused Orrin Labs of fraud, false advertising and misusing "
          "the novels.", "indirect", "fraud, false advertising and misusing the novels",
          "Calder Authors' Union"),
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


def test_mixed_relative_cue_elsewhere(nlp):
    """Rule ``mixed.relative_cue_elsewhere``: 'the passages Tessaly says Orrin copied' reports
    Tessaly's words only inside the relative clause; the quoted fragment further on is the
    filing's, not Tessaly's."""
    text = ("According to the filing, the passages Tessaly says Quill copied were produced by "
            "prompts that already contained most of the text being “reproduced”.")
    doc = nlp(text)
    fragment = [q for q in doc._.ct_quotes if "“reproduced”" in q["text"]]
    assert fragment and all(q["speaker"] != "Tessaly" for q in fragment), doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.relative_cue_elsewhere"})))
    assert [q for q in quotes if "“reproduced”" in q.text and q.to_dict()["speaker"] == "Tessaly"]


@pytest.mark.parametrize("text", [
    "Orrin Labs has been accused of copying thousands of novels without paying.",  # by whom?
    "Tessaly, the start-up accused by Orrin Labs of copying its models, said it would appeal.",
    "Mara Ellison accused him of it in a post on her blog.",  # a pronoun: no charge named
    "Mara Ellison did not accuse Orrin Labs of copying the archive of the Gazette.",
])
def test_statement_accused_of_not(nlp, text):
    """Only an active, un-negated charge with a gerund or a noun of its own is a statement."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["cue"] in ("accused", "accuse")], doc._.ct_quotes


def test_statement_accused_of_participle_with_object(nlp):
    """'The voice actors, seeking damages, accused Orrin Labs of fraud': the parser reads
    'accused' as a participle on 'actors'; with a direct object it is no passive."""
    doc = nlp("The voice actors, seeking damages for the class, accused Orrin Labs of fraud, "
              "false advertising and misusing their voices.")
    assert [q["text"] for q in doc._.ct_quotes if q["cue"] == "accused"] == \
        ["fraud, false advertising and misusing their voices"]


@pytest.mark.parametrize("text, charge", [
    # the "of" hung on the last name in apposition to the object
    ("Orrin Labs is once again in the news, publicly accusing three prominent Calder start-ups — "
     "Tessaly, Quillfire AI, and Brask — of running coordinated operations to copy its models.",
     "running coordinated operations to copy its models"),
    # a gerund with no object shares the next gerund's: one charge
    ("In a dispute centered on Orrin, a company backed by Tessaly, Calder publishers are accusing "
     "the start-up of systematically copying and using song lyrics without permission.",
     "copying and using song lyrics"),
])
def test_statement_accused_of_parse_shapes(nlp, text, charge):
    """The gerund charge is found whatever the parser hangs its "of" or its second gerund on."""
    doc = nlp(text)
    found = [q for q in doc._.ct_quotes if q["cue"] == "accusing"]
    assert found and charge in found[0]["text"], doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "The argument that won the day was a simple one, Mara Ellison said later.",  # relative clause
    "The case centred on allegations that Orrin Labs had copied the archive.",  # no owner
    "Orrin Labs lost the case. The judge rejected their argument that the archive was public.",
])
def test_statement_owned_claim_noun_not(nlp, text):
    """A claim noun states its owner's words only with an owner that names a party."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["cue"] in ("argument", "allegations")], doc._.ct_quotes


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
    _case("subject.participle_after_suit",  # not Tessaly Labs, the party sued
          "Tessaly Labs has been sued by the Orrin Writers Guild, alleging that the start-up copied "
          "its members' novels.", "indirect", "the start-up copied its members' novels",
          "Orrin Writers Guild"),
]


@pytest.mark.parametrize("text, speaker", [
    # "arguing" after a suit may be the defendant's own argument: left to the climb (not the suer)
    ("Tessaly Labs asked the court to dismiss a lawsuit by the Orrin Writers Guild, arguing that "
     "the claims came too late.", "Orrin Writers Guild"),
])
def test_subject_participle_after_suit_not(nlp, text, speaker):
    doc = nlp(text)
    said = [q["speaker"] for q in doc._.ct_quotes]
    assert said and speaker not in said and None not in said, doc._.ct_quotes


@pytest.mark.parametrize("text, words, not_speaker", [
    # a verb joined to a clause verb of its own form, with another word than the cue: the
    # reported subject's act as likely as the speaker's; left to the other rules
    ("Mara Ellison said the mill broke the rules when it sold the land and argued it was legal.",
     "it was legal", "Mara Ellison"),
])
def test_statement_speaker_next_act_not(nlp, text, words, not_speaker):
    doc = nlp(text)
    assert not any(q["text"] == words and q["speaker"] == not_speaker for q in doc._.ct_quotes), \
        doc._.ct_quotes


def test_mixed_fragment_in_clause_leaves_whole_sentence_quote(nlp):
    # a whole sentence in marks after a dash is a quote of its own, not part of the clause before
    doc = nlp("Mara Ellison said the ruling was wrong — “We will appeal this decision next week.”")
    assert any(q["kind"] == "direct" and q["text"].startswith("We will appeal") for q in doc._.ct_quotes), \
        doc._.ct_quotes


def test_mixed_preposition_not_participle_keeps_source_out(nlp):
    # ", according to X" names who reports the statement: the mixed statement still ends there
    doc = nlp('Bram Tolliver said the guild had "overwhelming" evidence, according to the Harbor Ledger.')
    assert all("according" not in q["text"] for q in doc._.ct_quotes), doc._.ct_quotes


@pytest.mark.parametrize("case", QUOTE_CASES)
def test_quote_rule(nlp, case):
    _check_quote(nlp(case.text), case)


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


# ------------------------------------------------------------------ parses written by hand

# "said in one of a series of posts on her blog that the mill was closing": the parser made the
# "that" clause a relative clause of "blog", so the cue has no clause of its own.
# "argued it didn't know users were copying": the parser hung "were copying" (its own subject,
# no joiner before it) on the cue as a conjunct; it is the object of "know".
NO_JOINER = """
Orrin PROPN NNP Orrin 1 nsubj
argued VERB VBD argue 1 ROOT
it PRON PRP it 5 nsubj
did AUX VBD do 5 aux nospace
n't PART RB not 5 neg
know VERB VB know 1 ccomp
outside ADJ JJ outside 7 amod
users NOUN NNS user 9 nsubj
were AUX VBD be 9 aux
copying VERB VBG copy 1 conj
the DET DT the 11 det
books NOUN NNS book 9 dobj nospace
. PUNCT . . 1 punct
"""

THAT_AFTER_PHRASE = """
Ellison PROPN NNP Ellison 1 nsubj
said VERB VBD say 1 ROOT
in ADP IN in 1 prep
one NUM CD one 2 pobj
of ADP IN of 3 prep
a DET DT a 6 det
series NOUN NN series 4 pobj
of ADP IN of 6 prep
posts NOUN NNS post 7 pobj
on ADP IN on 8 prep
her PRON PRP$ her 11 poss
blog NOUN NN blog 9 pobj
that SCONJ IN that 16 mark
the DET DT the 14 det
mill NOUN NN mill 16 nsubj
was AUX VBD be 16 aux
closing VERB VBG close 11 relcl nospace
. PUNCT . . 1 punct
"""

# "Current and former aides said ...": the parser made the adjective the subject, the noun its
# conjunct.
ADJECTIVE_PAIR = """
Current ADJ JJ current 4 nsubj
and CCONJ CC and 0 cc
former ADJ JJ former 3 amod
aides NOUN NNS aide 0 conj
said VERB VBD say 4 ROOT
the DET DT the 6 det
guild NOUN NN guild 8 nsubj
has AUX VBZ have 8 aux
collapsed VERB VBN collapse 4 ccomp nospace
. PUNCT . . 4 punct
"""


# "Tessaly alleges in a complaint that Orrin copied its catalogue": the small model hangs the
# clause on "complaint" as a relative clause, "that" a complementizer with no part in it.
VENUE_RELATIVE = """
Tessaly PROPN NNP Tessaly 1 nsubj
alleges VERB VBZ allege 1 ROOT
in ADP IN in 1 prep
a DET DT a 4 det
complaint NOUN NN complaint 2 pobj
that PRON WDT that 7 mark
Orrin PROPN NNP Orrin 7 nsubj
copied VERB VBD copy 4 relcl
its PRON PRP$ its 9 poss
catalogue NOUN NN catalogue 7 dobj nospace
. PUNCT . . 1 punct
"""

# "Orrin wrote in a letter that Tessaly signed last year": a real relative (the object is its
# gap), parsed the same way.
VENUE_RELATIVE_GAP = """
Orrin PROPN NNP Orrin 1 nsubj
wrote VERB VBD write 1 ROOT
in ADP IN in 1 prep
a DET DT a 4 det
letter NOUN NN letter 2 pobj
that PRON WDT that 7 mark
Tessaly PROPN NNP Tessaly 7 nsubj
signed VERB VBD sign 4 relcl
last ADJ JJ last 9 amod
year NOUN NN year 7 npadvmod nospace
. PUNCT . . 1 punct
"""

def _parsed(nlp, rows: str, ents: dict[int, str]) -> Doc:
    """A parsed document from one row per token: word POS TAG lemma head dep [nospace].
    ``ents`` maps a token's index to its entity label (single-token entities)."""
    toks = [r.split() for r in rows.strip().splitlines()]
    return Doc(nlp.vocab, words=[t[0] for t in toks], spaces=[len(t) < 7 for t in toks],
               pos=[t[1] for t in toks], tags=[t[2] for t in toks], lemmas=[t[3] for t in toks],
               heads=[int(t[4]) for t in toks], deps=[t[5] for t in toks],
               ents=[f"B-{ents[i]}" if i in ents else "O" for i in range(len(toks))])


# "says former Tessaly engineer": the parser made "engineer" the object, so the cue has no
# subject; the name after the cue is the speaker.
AFTER_CUE = """
‘ PUNCT `` ‘ 2 punct nospace
We PRON PRP we 2 nsubj
saw VERB VBD see 7 ccomp
it PRON PRP it 2 dobj
coming VERB VBG come 2 oprd nospace
, PUNCT , , 7 punct nospace
’ PUNCT '' ’ 7 punct
says VERB VBZ say 7 ROOT
former ADJ JJ former 10 amod
Tessaly PROPN NNP Tessaly 10 compound
engineer NOUN NN engineer 7 dobj
"""

# "Kitewire Inc. sued": the name was tagged without its legal form, which the parser made the
# subject; the legal form stands for the name, so the suit's plaintiff is found.
LEGAL_FORM_HEAD = """
Kitewire PROPN NNP Kitewire 1 compound
Inc. PROPN NNP Inc. 2 nsubj
sued VERB VBD sue 2 ROOT
Orrin PROPN NNP Orrin 2 dobj nospace
. PUNCT . . 2 punct
The DET DT the 6 det
suit NOUN NN suit 7 nsubj
says VERB VBZ say 7 ROOT
Orrin PROPN NNP Orrin 9 nsubj
copied VERB VBD copy 7 ccomp
the DET DT the 11 det
archive NOUN NN archive 9 dobj nospace
. PUNCT . . 7 punct
"""

# The second "Keszthelyi" was not tagged: the untagged name is a person, and the fuller form
# named before is who it is.
FULLER_FORM = """
Nadira PROPN NNP Nadira 1 compound
Keszthelyi PROPN NNP Keszthelyi 2 nsubj
spoke VERB VBD speak 2 ROOT
first ADV RB first 2 advmod nospace
. PUNCT . . 2 punct
Keszthelyi PROPN NNP Keszthelyi 6 nsubj
said VERB VBD say 6 ROOT
the DET DT the 8 det
data NOUN NN data 11 nsubjpass
was AUX VBD be 11 auxpass
never ADV RB never 11 neg
sold VERB VBN sell 6 ccomp nospace
. PUNCT . . 6 punct
"""

# "Wen Drossel, Orrin's head of platform integrity, said": the untagged name hangs inside the
# role's phrase, whose head the parser made the subject.
NAME_WITH_ROLE = """
Wen PROPN NNP Wen 1 compound
Drossel PROPN NNP Drossel 5 nmod nospace
, PUNCT , , 5 punct
Orrin PROPN NNP Orrin 5 poss nospace
's PART POS 's 3 case
head NOUN NN head 10 nsubj
of ADP IN of 5 prep
platform NOUN NN platform 8 compound
integrity NOUN NN integrity 6 pobj nospace
, PUNCT , , 10 punct
said VERB VBD say 10 ROOT
the DET DT the 12 det
accounts NOUN NNS account 15 nsubjpass
had AUX VBD have 15 aux
been AUX VBN be 15 auxpass
blocked VERB VBN block 10 ccomp nospace
. PUNCT . . 10 punct
"""

# "Plaintiff Wen Drossel, ...": the same, after a description the sentence start capitalised.
ROLE_WORD_NAME = """
Plaintiff PROPN NNP Plaintiff 2 compound
Wen PROPN NNP Wen 2 compound
Drossel PROPN NNP Drossel 6 nmod nospace
, PUNCT , , 6 punct
Orrin PROPN NNP Orrin 6 poss nospace
's PART POS 's 4 case
head NOUN NN head 11 nsubj
of ADP IN of 6 prep
platform NOUN NN platform 9 compound
integrity NOUN NN integrity 7 pobj nospace
, PUNCT , , 11 punct
said VERB VBD say 11 ROOT
the DET DT the 13 det
accounts NOUN NNS account 16 nsubjpass
had AUX VBD have 16 aux
been AUX VBN be 16 auxpass
blocked VERB VBN block 11 ccomp nospace
. PUNCT . . 11 punct
"""

# "Ellison argued the archive was stolen": the parser hung the clause on the cue as an adverbial
# clause, not a complement; the words right after the cue are what was said.
AFTER_CUE_CLAUSE = """
Ellison PROPN NNP Ellison 1 nsubj
argued VERB VBD argue 1 ROOT
the DET DT the 3 det
archive NOUN NN archive 5 nsubjpass
was AUX VBD be 5 auxpass
stolen VERB VBN steal 1 advcl nospace
. PUNCT . . 1 punct
"""

# "Ellison and Okafor said": the parser made the last name the subject and hung the first on it.
FIRST_OF_LIST = """
Ellison PROPN NNP Ellison 2 nmod
and CCONJ CC and 0 cc
Okafor PROPN NNP Okafor 3 nsubj
said VERB VBD say 3 ROOT
that SCONJ IN that 6 mark
Tessaly PROPN NNP Tessaly 6 nsubj
copied VERB VBD copy 3 ccomp
their PRON PRP$ their 8 poss
songs NOUN NNS song 6 dobj nospace
. PUNCT . . 3 punct
"""

# "Filed by Tessaly and Ellison, the lawsuit alleged ...": the lawsuit came out as an apposition
# of the last name and its cue as the lawsuit's modifier; the lawsuit is still what alleges.
NOUN_OF_PARTICIPLE = """
Filed VERB VBN file 0 ROOT
by ADP IN by 0 agent
Tessaly PROPN NNP Tessaly 1 pobj
and CCONJ CC and 2 cc
Ellison PROPN NNP Ellison 2 conj nospace
, PUNCT , , 4 punct
the DET DT the 7 det
lawsuit NOUN NN lawsuit 4 appos
alleged VERB VBD allege 7 acl
that SCONJ IN that 11 mark
Orrin PROPN NNP Orrin 11 nsubj
copied VERB VBD copy 8 ccomp
the DET DT the 13 det
songs NOUN NNS song 11 dobj nospace
. PUNCT . . 0 punct
"""

# "Ellison said it “would sue” and went on to argue that ...": the parser hung "went" on the
# reported clause; "it" names nobody here, Ellison is who went on to argue.
CONJUNCT_OF_REPORT = """
Ellison PROPN NNP Ellison 1 nsubj
said VERB VBD say 1 ROOT
it PRON PRP it 5 nsubj
“ PUNCT `` “ 5 punct nospace
would AUX MD would 5 aux
sue VERB VB sue 1 ccomp nospace
” PUNCT '' ” 5 punct
and CCONJ CC and 5 cc
went VERB VBD go 5 conj
on ADP RP on 8 prt
to PART TO to 11 aux
argue VERB VB argue 8 advcl
that SCONJ IN that 16 mark nospace
, PUNCT , , 16 punct
“ PUNCT `` “ 16 punct nospace
Tessaly PROPN NNP Tessaly 16 nsubj
copied VERB VBD copy 11 ccomp
the DET DT the 18 det
songs NOUN NNS song 16 dobj nospace
. PUNCT . . 16 punct nospace
” PUNCT '' ” 1 punct
"""

# "“...,” Orrin's letter states." parsed with no verb: "states" is a plural noun, the root,
# compounded with "letter"; the cue is that noun, its subject "letter", Orrin's.
NOUN_CUE = """
“ PUNCT `` “ 9 punct nospace
Tessaly PROPN NNP Tessaly 2 nsubj
copied VERB VBD copy 9 ccomp
it PRON PRP it 2 dobj nospace
, PUNCT , , 9 punct nospace
” PUNCT '' ” 9 punct
Orrin PROPN NNP Orrin 9 poss
's PART POS 's 6 case
letter NOUN NN letter 9 compound
states NOUN NNS state 9 ROOT nospace
. PUNCT . . 9 punct
"""

# "Majorities of Calder voters in towns going to the polls Tuesday said ...": the parser made
# the participle the cue's clausal subject, so the cue had no subject and the statement was lost.
PARTICIPLE_SUBJECT = """
Majorities NOUN NNS majority 6 nsubj
of ADP IN of 0 prep
Calder PROPN NNP Calder 3 compound
voters NOUN NNS voter 1 pobj
in ADP IN in 0 prep
towns NOUN NNS town 4 pobj
going VERB VBG go 11 csubj
to ADP IN to 6 prep
the DET DT the 9 det
polls NOUN NNS poll 7 pobj
Tuesday PROPN NNP Tuesday 11 npadvmod
said VERB VBD say 11 ROOT
they PRON PRP they 13 nsubj
support VERB VBP support 11 ccomp
the DET DT the 15 det
plan NOUN NN plan 13 dobj nospace
. PUNCT . . 11 punct
"""

# "Laureate and Council member, Varga, said ...": the title tagged as an organisation is the
# subject; the person's name is in apposition to its conjunct "member".
TITLE_THEN_NAME = """
Laureate PROPN NNP Laureate 7 nsubj
and CCONJ CC and 0 cc
Council PROPN NNP Council 3 compound
member NOUN NN member 0 conj nospace
, PUNCT , , 3 punct
Varga PROPN NNP Varga 3 appos nospace
, PUNCT , , 3 punct
said VERB VBD say 7 ROOT
the DET DT the 9 det
archive NOUN NN archive 11 nsubjpass
was AUX VBD be 11 auxpass
copied VERB VBN copy 7 ccomp nospace
. PUNCT . . 7 punct
"""

# "Tessaly Quill shipped first. Quill said ...": "Tessaly Quill" is a product the gazetteer
# names "Quill" (its canonical name, set by hand below); the subject "Quill" is untagged.
FULLER_CANONICAL = """
Tessaly PROPN NNP Tessaly 1 compound
Quill PROPN NNP Quill 2 nsubj
shipped VERB VBD ship 2 ROOT
first ADV RB first 2 advmod nospace
. PUNCT . . 2 punct
Quill PROPN NNP Quill 6 nsubj
said VERB VBD say 6 ROOT
the DET DT the 8 det
data NOUN NN data 11 nsubjpass
was AUX VBD be 11 auxpass
never ADV RB never 11 neg
sold VERB VBN sell 6 ccomp nospace
. PUNCT . . 6 punct
"""

# "A reporter known for exposing fraud at startup Orrin is suing Tessaly": the parser took
# "startup" for a verb and made "Orrin is suing Tessaly" a relative clause of the root noun
# "reporter"; "Ledger reporter and author Ellison" parsed as "reporter" and "Ellison" joined.
VERBLESS_LEDE = """
A DET DT a 1 det
reporter NOUN NN reporter 1 ROOT
known VERB VBN know 1 acl
for ADP IN for 2 prep
exposing VERB VBG expose 3 pcomp
fraud NOUN NN fraud 4 dobj
at ADP IN at 4 prep
startup VERB VBD startup 1 acl
Orrin PROPN NNP Orrin 10 nsubj
is AUX VBZ be 10 aux
suing VERB VBG sue 1 relcl
Tessaly PROPN NNP Tessaly 10 dobj nospace
. PUNCT . . 1 punct
Ledger PROPN NNP Ledger 14 compound
reporter NOUN NN reporter 18 nsubj
and CCONJ CC and 14 cc
author NOUN NN author 17 compound
Ellison PROPN NNP Ellison 14 conj
filed VERB VBD file 18 ROOT
the DET DT the 20 det
lawsuit NOUN NN lawsuit 18 dobj nospace
. PUNCT . . 18 punct
“ PUNCT `` “ 25 punct nospace
Tessaly PROPN NNP Tessaly 25 nsubj
must AUX MD must 25 aux
pay VERB VB pay 30 ccomp nospace
, PUNCT , , 30 punct nospace
” PUNCT '' ” 30 punct
the DET DT the 29 det
complaint NOUN NN complaint 30 nsubj
said VERB VBD say 30 ROOT nospace
. PUNCT . . 30 punct
"""

# "Ledger reported that Orrin sent a memo to Calder warning that ...": the parser hung the
# participle on "reported", not on the memo it follows.
DOCUMENT_PARTICIPLE = """
Ledger PROPN NNP Ledger 1 nsubj
reported VERB VBD report 1 ROOT
that SCONJ IN that 4 mark
Orrin PROPN NNP Orrin 4 nsubj
sent VERB VBD send 1 ccomp
a DET DT a 6 det
memo NOUN NN memo 4 dobj
to ADP IN to 6 prep
Calder PROPN NNP Calder 7 pobj
warning VERB VBG warn 1 advcl
that SCONJ IN that 12 mark
Tessaly PROPN NNP Tessaly 12 nsubj
copied VERB VBD copy 9 ccomp
its PRON PRP$ its 14 poss
models NOUN NNS model 12 dobj nospace
. PUNCT . . 1 punct
"""

# "Kitewire, Inc., Orrin's owner, said": the parser made the legal form after the comma the
# subject; the name before it speaks, not a party called "Inc.".
LEGAL_FORM_COMMA = """
Kitewire PROPN NNP Kitewire 2 nmod nospace
, PUNCT , , 2 punct
Inc. PROPN NNP Inc. 8 nsubj nospace
, PUNCT , , 2 punct
Orrin PROPN NNP Orrin 6 poss nospace
's PART POS 's 4 case
owner NOUN NN owner 2 appos nospace
, PUNCT , , 8 punct
said VERB VBD say 8 ROOT
it PRON PRP it 11 nsubj
had AUX VBD have 11 aux
sued VERB VBN sue 8 ccomp
Tessaly PROPN NNP Tessaly 11 dobj nospace
. PUNCT . . 8 punct
"""

# "While Quellmont Crawl states that ...": an untagged name whose fuller form found in the text
# is the sentence's opening "While" and the name; the speaker is the name alone.
FUNCTION_WORD_NAME = """
While SCONJ IN while 2 mark
Quellmont PROPN NNP Quellmont 2 compound
Crawl PROPN NNP Crawl 3 nsubj
states VERB VBZ state 3 ROOT
that SCONJ IN that 6 mark
it PRON PRP it 6 nsubj
copies VERB VBZ copy 3 ccomp
only ADV RB only 9 advmod
free ADJ JJ free 9 amod
pages NOUN NNS page 6 dobj nospace
. PUNCT . . 3 punct
"""

HAND_PARSED = [
    pytest.param("speaker.title_then_name", TITLE_THEN_NAME, {0: "ORG", 5: "PERSON"},
                 Case("speaker.title_then_name", "", "indirect", "the archive was copied", "Varga"),
                 id="speaker.title_then_name"),
    pytest.param("attribution.noun_cue", NOUN_CUE, {1: "ORG", 6: "ORG"},
                 Case("attribution.noun_cue", "", "direct", "Tessaly copied it", "Orrin"),
                 id="attribution.noun_cue"),
    pytest.param("subject.conjunct_of_report", CONJUNCT_OF_REPORT, {0: "PERSON", 15: "ORG"},
                 Case("subject.conjunct_of_report", "", "direct", "Tessaly copied the songs", "Ellison"),
                 id="subject.conjunct_of_report"),
    pytest.param("speaker.first_of_list", FIRST_OF_LIST, {0: "PERSON", 2: "PERSON", 5: "ORG"},
                 Case("speaker.first_of_list", "", "indirect", "Tessaly copied their songs", "Ellison"),
                 id="speaker.first_of_list"),
    pytest.param("subject.noun_of_participle", NOUN_OF_PARTICIPLE, {2: "ORG", 4: "PERSON", 10: "ORG"},
                 Case("subject.noun_of_participle", "", "indirect", "Orrin copied the songs", "Tessaly"),
                 id="subject.noun_of_participle"),
    pytest.param("statement.loose_after_cue", AFTER_CUE_CLAUSE, {0: "PERSON"},
                 Case("statement.loose_after_cue", "", "indirect", "the archive was stolen", "Ellison"),
                 id="statement.loose_after_cue"),
    pytest.param("statement.that_after_phrase", THAT_AFTER_PHRASE, {0: "PERSON"},
                 Case("statement.that_after_phrase", "", "indirect", "the mill was closing",
                      "Ellison", exact=True), id="statement.that_after_phrase"),
    pytest.param("statement.venue_relative_misread", VENUE_RELATIVE, {0: "ORG", 6: "ORG"},
                 Case("statement.venue_relative_misread", "", "indirect",
                      "Orrin copied its catalogue", "Tessaly", exact=True),
                 id="statement.venue_relative_misread"),
    pytest.param("statement.conjunct_without_joiner", NO_JOINER, {0: "ORG"},
                 Case("statement.conjunct_without_joiner", "", "indirect",
                      "it didn't know outside users were copying the books", "Orrin", exact=True),
                 id="statement.conjunct_without_joiner"),
    pytest.param("subject.participle_subject", PARTICIPLE_SUBJECT, {},
                 Case("subject.participle_subject", "", "indirect", "they support the plan", None,
                      exact=True), id="subject.participle_subject"),
    pytest.param("subject.adjective_pair", ADJECTIVE_PAIR, {},
                 Case("subject.adjective_pair", "", "indirect", "the guild has collapsed", None,
                      exact=True), id="subject.adjective_pair"),
    pytest.param("subject.after_cue", AFTER_CUE, {9: "ORG"},
                 Case("subject.after_cue", "", "direct", "We saw it coming", "Tessaly"), id="subject.after_cue"),
    pytest.param("party.legal_form_head", LEGAL_FORM_HEAD, {0: "ORG", 3: "ORG", 8: "ORG"},
                 Case("party.legal_form_head", "", "indirect", "Orrin copied the archive", "Kitewire"),
                 id="party.legal_form_head"),
    pytest.param("name.fuller_form", FULLER_FORM, {1: "PERSON"},
                 Case("name.fuller_form", "", "indirect", "the data was never sold", "Nadira Keszthelyi"),
                 id="name.fuller_form"),
    pytest.param("speaker.untagged_name_with_role", NAME_WITH_ROLE, {3: "ORG"},
                 Case("speaker.untagged_name_with_role", "", "indirect", "the accounts had been blocked",
                      "Wen Drossel"), id="speaker.untagged_name_with_role"),
    pytest.param("plaintiff.verbless_lede", VERBLESS_LEDE,
                 {8: "ORG", 11: "ORG", 13: "ORG", 17: "PERSON", 23: "ORG"},
                 Case("plaintiff.verbless_lede", "", "direct", "Tessaly must pay", "Ellison"),
                 id="plaintiff.verbless_lede"),
    pytest.param("plaintiff.titles_of_one_name", VERBLESS_LEDE,
                 {8: "ORG", 11: "ORG", 13: "ORG", 17: "PERSON", 23: "ORG"},
                 Case("plaintiff.titles_of_one_name", "", "direct", "Tessaly must pay", "Ellison"),
                 id="plaintiff.titles_of_one_name"),
    pytest.param("subject.document_before_participle", DOCUMENT_PARTICIPLE,
                 {0: "ORG", 3: "ORG", 8: "GPE", 11: "ORG"},
                 Case("subject.document_before_participle", "", "indirect", "Tessaly copied its models",
                      "Orrin"), id="subject.document_before_participle"),
    pytest.param("speaker.legal_form_of_name", LEGAL_FORM_COMMA, {0: "ORG", 4: "ORG", 12: "ORG"},
                 Case("speaker.legal_form_of_name", "", "indirect", "it had sued Tessaly", "Kitewire"),
                 id="speaker.legal_form_of_name"),
    pytest.param("speaker.function_word_before_name", FUNCTION_WORD_NAME, {},
                 Case("speaker.function_word_before_name", "", "indirect", "it copies only free pages",
                      "Quellmont Crawl"), id="speaker.function_word_before_name"),
    pytest.param("speaker.role_word_before_name", ROLE_WORD_NAME, {4: "ORG"},
                 Case("speaker.role_word_before_name", "", "indirect", "the accounts had been blocked",
                      "Wen Drossel"), id="speaker.role_word_before_name"),
]


@pytest.mark.parametrize("rule,rows,ents,case", HAND_PARSED)
def test_rule_on_a_parse_written_by_hand(nlp, rule, rows, ents, case):
    doc = _parsed(nlp, rows, ents)
    if ents == {1: "PERSON"}:  # "Nadira Keszthelyi" is one two-token entity
        doc.ents = [doc[0:2].char_span(0, len("Nadira Keszthelyi"), label="PERSON")]
    QuoteFinder(load_cues())(doc)
    _check_quote(doc, case)


def test_statement_venue_relative_gap_left_alone(nlp):
    """A relative clause with a gap ("in a letter that Tessaly signed last year": the letter is
    what was signed) is the noun's, not what Orrin wrote (``statement.venue_relative_misread``)."""
    doc = _parsed(nlp, VENUE_RELATIVE_GAP, {0: "ORG", 6: "ORG"})
    QuoteFinder(load_cues())(doc)
    assert not doc._.ct_quotes, doc._.ct_quotes
    doc = nlp("Orrin wrote in a letter that Tessaly signed last year.")
    assert not doc._.ct_quotes, doc._.ct_quotes

def test_a_fuller_forms_canonical_name_names_the_speaker(nlp):
    """Rule ``name.fuller_form_canonical``: the fuller form met before is a name the gazetteer
    calls otherwise; the speaker is that canonical name, not the words of the fuller form."""
    doc = _parsed(nlp, FULLER_CANONICAL, {})
    doc.ents = [Span(doc, 0, 2, label="PRODUCT")]
    doc.ents[0]._.canonical = "Quill"
    QuoteFinder(load_cues())(doc)
    _check_quote(doc, Case("name.fuller_form_canonical", "", "indirect", "the data was never sold", "Quill"))


def test_marks_title_is_not_a_statement(nlp):
    doc = nlp("Mara Ellison wrote a new book. “The Glass Orchard” is out in May.")
    assert not [q for q in doc._.ct_quotes if "Glass Orchard" in q["text"]]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"marks.title_skipped"})))
    assert [q.text for q in quotes if "Glass Orchard" in q.text]


@pytest.mark.parametrize("text, words", [
    ("FAREWELL: “The harbour bookshop will close at the end of the month,” by the Ledger's Ada "
     "Vell.", "The harbour bookshop"),
    ("The Calder posters read “Stop the harbour tax now, vote no on the bridge” (2015).",
     "Stop the harbour tax"),
    ("The deal went sour quickly, Mara Ellison wrote in her memoir, “Paper rivers and salt.”",
     "Paper rivers"),
])
def test_marks_cited_title_is_not_a_statement(nlp, text, words):
    """A headline with its byline, a slogan with its year, a title after a work noun."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if words in q["text"]], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"marks.cited_title"})))
    assert [q.text for q in quotes if words in q.text]


@pytest.mark.parametrize("rule, text, words", [
    ("marks.work_credit", "According to the Ledger, the case involved nine songs – including "
     "“Ferne” by Ivo Marr, “Unter den Brücken” by Lena Stoll and “Mond” by Pell Varga.",
     "Unter den"),
    ("marks.work_credit", "The ruling concerned the lyrics of nine songwriters (including “Ferne” "
     "by Ivo Marr and “Wie schön, dass du heute lebst” by Lena Stoll).", "Wie schön"),
    ("statement.quote_as_noun", "According to the complaint, users can type prompts like "
     "\"Ivo Marr walking along the harbour wall at night\" to get videos of the character.",
     "Ivo Marr walking"),
    ("statement.quote_as_noun", "Mara Ellison, a former star of Calder TV’s “All Night Long "
     "With Ivo Marr and Friends”, sued Orrin Labs on Monday.", "All Night Long"),
])
def test_quote_used_as_a_noun_is_not_a_direct_quote(nlp, rule, text, words):
    """A work listed with its author, an example after 'like', a show after a possessive: no
    one is quoted saying the words in marks."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["text"].startswith(words)], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({rule})))
    assert [q.text for q in quotes if q.text.startswith(words)]


def test_marks_work_credit_not_a_passive_agent(nlp):
    """'was “completely blindsided” by Orrin Labs': a passive's agent, not a credit."""
    doc = nlp("Mara Ellison said the guild was “completely blindsided” by Orrin Labs in May.")
    assert [q for q in doc._.ct_quotes if "blindsided" in q["text"]], doc._.ct_quotes


def test_marks_title_with_a_subtitle_is_not_a_statement(nlp):
    doc = nlp("Mara Ellison wrote “Paper Rivers: How the Calder Press Lost Its Archive.”")
    assert not [q for q in doc._.ct_quotes if "Paper Rivers" in q["text"]], doc._.ct_quotes


def test_statement_inverted_not_adverbial(nlp):
    """"Asked whether ..., X said: “...”": the question put to X is not X's statement."""
    doc = nlp("Asked whether Orrin would appeal the ruling, Mara Ellison said: “We have not decided.”")
    assert [q["text"] for q in doc._.ct_quotes] == ["We have not decided."]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.inverted_not_adverbial"})))
    assert any(q.text.startswith("Asked whether") for q in quotes)


@pytest.mark.parametrize("text", [
    "Mara Ellison said the offer from Orrin was “final.” The board met again on Monday.",
    "Mara Ellison said the studio was “not for sale\nat any price.” The board met on Monday.",
    "Mara Ellison said the vote in ‘08 had been lost. The board’s chair did not agree.",
])
def test_mixed_quote_runs_on_only_past_a_sentence_in_double_marks(nlp, text):
    """A mark that closes right after the full stop, one in another paragraph, or a single
    mark (an apostrophe as often as a quote) does not carry the statement on."""
    doc = nlp(text)
    assert not any("board" in q["text"] for q in doc._.ct_quotes), doc._.ct_quotes


@pytest.mark.parametrize("text", [
    "Minutes after the hearing began, Mara Ellison announced a settlement with Orrin.",
    "Soon after the Calder Gazette was sold last May, Mara Ellison wrote to her readers.",
])
def test_statement_subordinate_only(nlp, text):
    """An edge attribution after a fronted subordinate clause: the clause is the occasion."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if q["kind"] == "indirect"], doc._.ct_quotes
    # (statement.fronted_not_content, not_content.py, drops the same occasion when this rule is off)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.subordinate_only",
                                                                 "statement.fronted_not_content"})))
    assert any(q.kind == "indirect" for q in quotes)


@pytest.mark.parametrize("text, words", [
    ("Mara Ellison described the ruling as “a gift to pirates” on Tuesday.", "a gift to pirates"),
    ("The complaint accuses Orrin of “industrial-scale copying” of the Gazette archive.",
     "industrial-scale copying"),
])
def test_statement_naming_object(nlp, text, words):
    """'accused X of “Y”': a charge given to the cue's object, with no clause of its own, is not
    a statement in the cue's own reading (the real sets leave noun-phrase objects out). Such a
    fragment has no tensed verb either, so ``mixed.no_clause`` is switched off with it; and
    'described X as “Y”' is read afterwards by ``mixed.naming_complement``, switched off here."""
    doc = nlp(text)
    if "accuses" in text:  # read afterwards by mixed.charge_in_marks, switched off here
        quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.charge_in_marks"})))
        assert not [q for q in quotes if words in q.text], quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.no_clause",
                                                               "mixed.naming_complement",
                                                               "mixed.charge_in_marks"})))
    assert not [q for q in quotes if words in q.text]  # the naming rule alone drops it
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.naming_object",
                                                               "mixed.no_clause",
                                                  "statement.nested_report",
                                                  "speaker.unresolved_kept"})))
    assert any(words in q.text for q in quotes)


def test_mixed_charge_in_marks_ends_before_another_subjects_clause(nlp):
    """'accuses X of “...” while X suggests P': the clause with a subject of its own that the
    parser hung inside the charge is X's statement, not part of the charge."""
    doc = nlp("Mara Ellison accuses Orrin Vale of subjecting her to an “artful smear” over her "
              "archive deals while Orrin Vale suggests the former editor is a captive of the publishers.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("subjecting her to an “artful smear” over her archive deals") == "Mara Ellison", said
    assert (said.get("the former editor is a captive of the publishers") or "").endswith("Vale"), said


@pytest.mark.parametrize("text, content, speaker", [
    ("The Calder Guild hailed the ruling as “a milestone victory for writers.”",
     "the ruling as “a milestone victory for writers.”", "Calder Guild"),
    ("Mara Ellison described the ruling as “a gift to pirates” on Tuesday.",
     "the ruling as “a gift to pirates”", "Mara Ellison"),
    ("Orrin Vale criticised the archive scrapers, describing the practice as “robbery” on Friday.",
     "the practice as “robbery”", "Orrin Vale"),
    ("The Vellum Society's letter goes on to describe the move as “unacceptable”.",
     "the move as “unacceptable”", "Vellum Society"),
    ("The Vellum Society welcomed the decision as “the first landmark archive ruling in Arden.”",
     "the decision as “the first landmark archive ruling in Arden.”", "Vellum Society"),
    ("The Lumen Court described the “realistic” nature of the forgeries as “truly alarming” and "
     "granted the order.", "the “realistic” nature of the forgeries as “truly alarming”", "Lumen Court"),
])
def test_mixed_naming_complement(nlp, text, content, speaker):
    """'hailed the ruling as “a milestone”': words in marks that a naming verb gives its object
    as its complement are the subject's statement, mixed, the object with the words that frame
    it (the lead's decision, issue 12 session 11). Without the rule nothing is found."""
    doc = nlp(text)
    found = [q for q in doc._.ct_quotes if q["text"] == content]
    assert found and found[0]["kind"] == "mixed" and found[0]["speaker"] == speaker, doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.naming_complement"})))
    assert not [q for q in quotes if q.text == content]


@pytest.mark.parametrize("text", [
    "Quillmark released a tool dubbed “Wren Draft” last week.",  # a name, and no subject's act
    "The deal was described as “a friendship” in the filing.",  # passive: said by whom?
    "Critics view the model as a “black box” of sorts.",  # not a naming verb
    "Orrin Vale described the “seamless” archive as slow.",  # the marks are in the object
    "The judge let the claims go ahead in what Orrin Vale called a “total victory”.",  # the writer's
    "Wrenlet, sometimes called the “pocket archive for poets”, was sued.",  # no subject
    "The drafts were shaped by Wrenlet - sometimes called the “pocket archive for poets”.",
    "The guild's petition called on the council to “play its part” in the archive case.",  # a request
])
def test_mixed_naming_complement_not(nlp, text):
    """Only the naming verb's own complement: never a name a participle gives, a passive with no
    one named, a belief verb, or marks inside the object (other rules may read the quote)."""
    quotes, _ = attribute(Context(nlp(text), load_cues()))
    assert not [q for q in quotes if "mixed.naming_complement" in q.rules], quotes


@pytest.mark.parametrize("text, words", [
    ("The Calder Gazette asked a federal judge to throw out Orrin’s “baseless and ruinous” claims.",
     "baseless and ruinous"),
    ("Tessaly urged the court to find that Orrin had copied the Gazette archive.",
     "Orrin had copied the Gazette archive"),
])
def test_statement_infinitive_request(nlp, text, words):
    """'asked the judge to throw out ...', 'urged the court to find that ...': a request in a
    to-infinitive states nothing (nobody has found it yet). A quoted fragment there opens with
    its "to" as well, so ``mixed.no_clause`` is switched off with it."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if words in q["text"]], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.no_clause"})))
    assert not [q for q in quotes if words in q.text]  # the request rule alone drops it
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({
        "statement.infinitive_request", "mixed.no_clause", "statement.nested_report",
        "speaker.unresolved_kept"})))
    assert any(words in q.text for q in quotes)


@pytest.mark.parametrize("text, words, speaker", [
    ("The Calder Gazette demanded that Tessaly cease using its archive to train the Quire models.",
     "Tessaly cease using its archive", "The Calder Gazette"),
    ("Orrin Labs demanded on Monday that the Calder Gazette withdraw its complaint at once.",
     "the Calder Gazette withdraw its complaint", "Orrin Labs"),
    ("Orrin Labs has formally requested that Tessaly stop using its catalogue.",
     "Tessaly stop using its catalogue", "Orrin Labs"),
])
def test_statement_demand_clause(nlp, text, words, speaker):
    """'demanded that X cease ...', 'requested that X stop ...': the demand's clause is the
    demander's statement (``statement.demand_clause``); without the rule, nothing is found."""
    doc = nlp(text)
    found = [q for q in doc._.ct_quotes if words in q["text"]]
    assert found and found[0]["speaker"] == speaker, doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.demand_clause"})))
    assert not any(words in q.text for q in quotes)
    doc = nlp("Tessaly insisted that its models never copied the Calder Gazette archive.")
    assert any("its models never copied" in q["text"] for q in doc._.ct_quotes)


@pytest.mark.parametrize("text", [
    "Orrin asked that the court dismiss the suit against it.",  # a motion's request
    "Orrin asked Tessaly to stop using its catalogue.",  # the infinitive: writers split, left out
    "The new licence requires that Tessaly pay the Calder Gazette each quarter.",  # no one speaks
])
def test_statement_demand_clause_not(nlp, text):
    doc = nlp(text)
    assert not doc._.ct_quotes, doc._.ct_quotes


def test_fragment_word_root(nlp):
    """A fragment closing its sentence holds the full stop, which the parser hangs on the
    sentence's first cue; the fragment hangs on its highest word instead, so it is the nearer
    cue's ("she said she was “doubtful” ...") and the first cue's clause stays its own
    statement, ending before "but allowed" (``statement.cue_level_conjunct``)."""
    text = ("A Calder judge on Monday dismissed a lawsuit against Orrin Labs that claimed it copied "
            "stories from the Gazette.\nJudge Perpetua Lindqvist said that the Gazette could not "
            "prove enough harm to support the lawsuit but allowed it to file a new complaint, even "
            "though she said she was “doubtful” that it could “show a real loss.”\nThe Gazette's "
            "lawyer, Ferris Oyelaran, said the paper was “sure we can fix what the court found.”")
    doc = nlp(text)
    quotes = doc._.ct_quotes
    assert not [q for q in quotes if "but allowed" in q["text"]], quotes
    assert any(q["text"] == "the Gazette could not prove enough harm to support the lawsuit"
               and q["speaker"] == "Perpetua Lindqvist" for q in quotes), quotes
    assert any(q["text"].startswith("she was “doubtful”") for q in quotes), quotes
    assert any("fragment.word_root" in t["rules"] for t in doc._.rule_trace
               if t.get("component") == "attribution")
    off, _ = attribute(Context(doc, load_cues(), frozenset({"fragment.word_root"})))
    assert any("but allowed" in q.text for q in off)


def test_statement_not_inside_word(nlp):
    """'announced plans to co-develop X': the parser may hang the split word's "-" on the cue as
    a clause of its own; a reported clause never starts inside a word ("-develop ...",
    "co-|develop"), and with the rule off the check says nothing."""
    from nlp.attribution.word_edges import inside_word
    text = "Orrin and Tessaly announced plans to co-develop a harbour archive."
    ctx = Context(nlp(text), load_cues())
    hyphen = text.index("-develop")
    assert inside_word(ctx, hyphen) and inside_word(ctx, hyphen + 1)
    assert not inside_word(ctx, text.index("plans")) and not inside_word(ctx, text.index("co-"))
    off = Context(ctx.doc, load_cues(), frozenset({"statement.not_inside_word"}))
    assert not inside_word(off, hyphen)


@pytest.mark.parametrize("text, words", [
    ("The Calder Gazette reported an increase in “archive scraping attempts” last spring.",
     "archive scraping attempts"),
    ("In a letter, Orrin threatened to “pursue every remedy” if the Gazette kept the archive.",
     "pursue every remedy"),
])
def test_mixed_no_clause(nlp, text, words):
    """'reported an increase in “X”', 'threatened to “sue”': words with no tensed verb, or
    opening with a to-infinitive, name a thing or a plan; no statement. A 'that' clause whose
    only verb is in marks stays one."""
    doc = nlp(text)
    assert not [q for q in doc._.ct_quotes if words in q["text"]], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"mixed.no_clause"})))
    assert any(words in q.text and q.kind == "mixed" for q in quotes)
    doc = nlp("Mara Ellison said the admission “changes everything” for the Gazette's lawsuit.")
    assert any("changes everything" in q["text"] for q in doc._.ct_quotes)  # a verb in marks


def test_statement_nested_report(nlp):
    """'Judge X ruled that P, the Ledger reported': the outlet reports the judge's ruling, and
    both are statements, the outer one holding the inner whole."""
    doc = nlp("Judge Tamsin Okafor ruled that the Calder Gazette had not shown any harm from the "
              "copying, the Harbor Ledger reported on Monday.")
    texts = [q["text"] for q in doc._.ct_quotes]
    assert "the Calder Gazette had not shown any harm from the copying" in texts, texts
    assert any(t.startswith("Judge Tamsin Okafor ruled that") for t in texts), texts
    assert any("statement.nested_report" in t["rules"] for t in doc._.rule_trace
               if t["component"] == "attribution")
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.nested_report"})))
    assert not any(q.text.startswith("Judge Tamsin Okafor") for q in quotes)


def test_speaker_unresolved_kept(nlp):
    """'The plaintiffs argue that P' where no plaintiff is named: the group rule applies and
    finds no one; the statement stays, with the words that name its source."""
    doc = nlp("The plaintiffs argue that the harbour archive was copied without any licence.")
    assert [(q["text"], q["speaker"], q["speaker_text"]) for q in doc._.ct_quotes] == [
        ("the harbour archive was copied without any licence", None, "The plaintiffs")]
    assert any("speaker.unresolved_kept" in t["rules"] for t in doc._.rule_trace
               if t["component"] == "attribution")
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.unresolved_kept"})))
    assert quotes == []


def test_hearer_never_the_speaker(nlp):
    """'X was told “...”' with no teller and no reporting cue: no statement, and never one of
    the hearer's; a party's own discovery with a name in marks stays unread (not an authority)."""
    doc = nlp("Tolvane Press sued Orrin Labs in May. Mara Ellison was told her archive would be "
              "kept “strictly private and never shared.”")
    assert not any(q["speaker"] == "Mara Ellison" for q in doc._.ct_quotes)
    doc = nlp("The actors later found that Orrin was selling their voices as “Kyle Snow” online.")
    assert doc._.ct_quotes == []


def test_statement_heard_not_said(nlp):
    """'X was told ... “...”': a passive cue with no agent names who heard it, not who said it;
    with an outer cue ('..., the lawsuit stated') the statement stays."""
    doc = nlp("Mara Ellison was told her recordings would be kept for “internal testing only.”")
    assert doc._.ct_quotes == []
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.heard_not_said"})))
    assert any("internal testing only" in q.text for q in quotes)
    doc = nlp("Mara Ellison was told her recordings would be kept for “internal testing only,” "
              "the lawsuit stated.")
    assert any("internal testing only" in q["text"] for q in doc._.ct_quotes)


def test_statement_predicate_in_marks(nlp):
    """'X says this theory, which ..., “simply fails.”': the quote ends a clause begun before
    its marks, so the statement is the whole clause (mixed), not the quoted tail (direct)."""
    doc = nlp("Tessaly says the Gazette's new claim, which was added in May, “simply ignores "
              "the contract.”")
    assert [(q["kind"], q["text"][:23]) for q in doc._.ct_quotes] == [("mixed", "the Gazette's new claim")]
    assert any("statement.predicate_in_marks" in t["rules"] for t in doc._.rule_trace
               if t["component"] == "attribution")
    # (mixed.fragment_in_clause reads the same shape from the parse: off too)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.predicate_in_marks",
                                                               "mixed.fragment_in_clause"})))
    assert [q.kind for q in quotes] == ["direct"]


def test_point_reports_only_as_point_out(nlp):
    """'pointed out that ...' reports (cues.yml report_particles); 'pointed to evidence of how
    ...' does not. 'indicated that' is a report verb too (a judge's finding)."""
    doc = nlp("Judge Tamsin Okafor pointed out that the Gazette had never registered the archive.")
    assert [q["text"] for q in doc._.ct_quotes] == ["the Gazette had never registered the archive"]
    other_particle = replace(load_cues(), report_particles={"point": "up"})
    assert attribute(Context(doc, other_particle))[0] == []  # the particle decides
    doc = nlp("Judge Tamsin Okafor indicated that the claims against Orrin would likely fail.")
    assert [q["text"] for q in doc._.ct_quotes] == ["the claims against Orrin would likely fail"]


def test_nocomment_story_event_is_not_a_no_comment(nlp):
    doc = nlp("The Calder Gazette sent Tessaly a letter in May, to which Tessaly did not respond.")
    assert doc._.ct_no_comments == []
    _, silent = attribute(Context(doc, load_cues(), frozenset({"nocomment.story_event"})))
    assert [n["speaker"] for n, _ in silent] == ["Tessaly"]


def test_nocomment_spoke_instead_is_a_statement_not_a_no_comment(nlp):
    """"declined to comment on X, saying Y": Y is said; "..., but Z said" is Z speaking, and the
    no-comment stays."""
    doc = nlp("Orrin Labs declined to comment on the ruling, saying it would appeal.")
    assert doc._.ct_no_comments == []
    _, silent = attribute(Context(doc, load_cues(), frozenset({"nocomment.spoke_instead"})))
    assert [n["speaker"] for n, _ in silent] == ["Orrin Labs"]
    doc = nlp("Orrin Labs did not respond to a request for comment, but Mara Ellison said the suit was weak.")
    assert [n["speaker"] for n in doc._.ct_no_comments] == ["Orrin Labs"]


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
                                                  "statement.that_of_noun",
                                                  "mixed.relative_cue_elsewhere",
                                                  "group.comma_series",
                                                  "statement.continued_gap_cue",
                                                  "role.org_premodifier"}  # test_stance_rules.py
    assert cases == set(RULES)
    assert OUTCOMES <= set(RULES)


def test_the_trace_names_only_known_rules_and_leaves_the_quotes_alone(nlp):
    doc = nlp("Tamsin Okafor, Tessaly's general counsel, was unequivocal. “We never touched "
              "their API.” A spokesperson for Skyreach Cloud declined to comment.")
    assert {r for t in doc._.rule_trace if t["component"] in ("attribution", "no_comment")
            for r in t["rules"]} <= set(RULES)
    again, _ = attribute(Context(doc, load_cues()))
    assert [q.to_dict() for q in again] == doc._.ct_quotes


def test_a_page_of_quote_marks_is_read_up_to_the_cap(nlp, monkeypatch, caplog):
    """A page made of marks (hostile or broken) costs no more than the cap allows: the quoted
    stretches past it are left unread, and the log says so."""
    import nlp.attribution.context as context

    monkeypatch.setattr(context, "MAX_SEGMENTS", 5)
    doc = nlp(" ".join(f'Mara Ellison said "we copied nothing {i}" again.' for i in range(12)))
    assert 0 < len(doc._.ct_quotes) <= 5
    assert "12 quoted stretches, only the first 5 read" in caplog.text


def test_a_hyphenated_role_is_one_subject(nlp):
    """"Its co-founder, X, said" parses as the subjects "co", "-", "founder": the speaker is the
    name in apposition, never the words "Its co"."""
    doc = nlp("Orrin Labs did not comment on Tuesday. Its co-founder and chief executive, Jonah "
              "Velling, said in January that Tern had been trained on data it bought.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tern had been"))
    assert (q["speaker"], q["speaker_text"]) == ("Jonah Velling", "Jonah Velling")


def test_name_then_role_on_a_parse_written_by_hand(nlp):
    """speaker.name_then_role: the tagged name "Wen Drossel" hangs on the role "head", the
    cue's subject; the person is the speaker (without the rule: no name is read)."""
    from spacy.tokens import Span

    doc = _parsed(nlp, NAME_WITH_ROLE, {})
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="ORG")]
    QuoteFinder(load_cues())(doc)
    _check_quote(doc, Case("speaker.name_then_role", "", "indirect", "the accounts had been blocked",
                           "Wen Drossel"))


def test_the_paper_is_the_outlet_named_before(nlp):
    """"the paper" after an outlet is named is that outlet (org_anaphor), not a document's
    author (with no outlet named it stays a document: a research paper's author)."""
    from spacy.tokens import Span

    doc = nlp("Tessaly was sued by the Harbor Ledger on Monday. The paper said Tessaly had copied "
              "its archive.")
    start = doc.text.index("Harbor Ledger")
    doc.ents = [e for e in doc.ents if e.start_char != start] + [
        Span(doc, doc.char_span(start, start + 13).start, doc.char_span(start, start + 13).end,
             label="OUTLET")]
    QuoteFinder(load_cues())(doc)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tessaly had copied"))
    assert (q["speaker"], q["speaker_label"]) == ("Harbor Ledger", "OUTLET")


def test_document_outlet_report(nlp):
    """"The suit says ..., according to the Harbor Ledger. X told the Ledger ... The report adds":
    the report is the outlet's that was the source, not that of X, who only told it something."""
    from spacy.tokens import Span

    doc = nlp("The suit says Tessaly copied the archive, according to the Harbor Ledger. Mara "
              "Ellison, a lawyer for Orrin Labs, told the Ledger the copying was deliberate. The "
              "report adds that the archive was sold in May.")
    start = doc.text.index("Harbor Ledger")
    span = doc.char_span(start, start + 13)
    doc.ents = [e for e in doc.ents if e.start_char != start] + [
        Span(doc, span.start, span.end, label="OUTLET")]
    QuoteFinder(load_cues())(doc)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("the archive was sold"))
    assert q["speaker"] == "Harbor Ledger"
    rules = next(t["rules"] for t in reversed(doc._.rule_trace)  # this run's, not the pipeline's
                 if t["text"].startswith("the archive was sold"))
    assert "document.outlet_report" in rules
    # the one outlet cited and the rule keeping a report from its last speaker read it too
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"document.outlet_report", "document.reporting_outlet",
                                                               "document.report_not_previous_speaker"})))
    assert next(q for q in quotes if q.text.startswith("the archive")).speaker.name == "Mara Ellison"


def test_a_reader_of_a_document_is_not_its_author(nlp):
    """"The complaint, seen by the Harbor Ledger, alleges": the complaint is the filer's."""
    doc = nlp("The Calder Society of Composers has filed a complaint against Tessaly. The complaint, "
              "seen by the Harbor Ledger, alleges that Tessaly copied 300 songs.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tessaly copied"))
    assert q["speaker"] == "Calder Society of Composers"


@pytest.mark.parametrize("text", [
    "“We will appeal the ruling,” Mara Ellison said, adding: “The court ignored the evidence.”",
    "“We will appeal the ruling,” Mara Ellison said. The board met on Friday. “The court ignored "
    "the evidence.”",
    "Analysts called the plan “bold” and Orrin said “it will not change a thing at all here.”",
])
def test_quote_not_continued_past_its_attribution(nlp, text):
    """Words between two quotes that say more than the attribution (a second cue, a sentence
    of their own, a quote inside a sentence) keep the second quote a statement of its own."""
    doc = nlp(text)
    assert not any("statement.continued_after_attribution" in t["rules"]
                   for t in doc._.rule_trace if t["component"] == "attribution"), doc._.ct_quotes


def test_a_list_name_after_its_modifiers_is_in_the_list(nlp):
    """"A, B and new defendant C": the words between "and" and C modify C (the parse says so),
    so C is the list's third name, and "the companies" stands for all three."""
    doc = nlp("The Calder Gazette sued Orrin Labs, Tessaly and new defendant Skyreach Cloud in May. "
              "Representatives for the companies did not respond to requests for comment.")
    assert {n["speaker"] for n in doc._.ct_no_comments} == {"Orrin Labs", "Tessaly", "Skyreach Cloud"}


def test_quote_continued_past_a_relative_clause_with_and(nlp):
    """"“A,” said X, who was raised in Y and is Z. “B.”": the "and" inside the relative clause
    describes the speaker; it opens no clause of its own, so the quote continues."""
    doc = nlp("“We will appeal the ruling of the court as soon as the judge allows it,” said Mara "
              "Ellison, who was raised in Calder and is now the chief executive of Orrin. “The "
              "ruling ignores the evidence that our engineers wrote every line themselves.”")
    assert any("statement.continued_after_attribution" in t["rules"]
               for t in doc._.rule_trace if t["component"] == "attribution"), doc._.ct_quotes


def test_according_to_with_apposition_reads_the_whole_sentence(nlp):
    """"<A>, according to X, X's role, <B>": the comma closing the apposition (which the parser
    may hang on X) does not hide B, so the statement is the whole sentence, not A alone."""
    doc = nlp("The core of the dispute, according to Mara Ellison, the chief executive of Orrin, "
              "was a licence the company never signed.")
    q = next(q for q in doc._.ct_quotes if q["cue"] == "according to")
    assert q["text"].endswith("was a licence the company never signed"), q["text"]


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


def test_mixed_statement_ends_before_a_second_act(nlp):
    """A mixed statement '... said it “...,” and went on to argue that ...' ends at the first
    quote (statement.second_speech_act, when the parser hangs the second act on the clause);
    what was argued is a statement of its own."""
    doc = nlp("In a note on the case the law firm said it “marks the first real test of the archive "
              "rules in the courts,” and went on to argue that, “Orrin has copied the archive for "
              "years and knows it.”")
    q = next(q for q in doc._.ct_quotes if q["kind"] == "mixed")
    assert q["text"].endswith("courts,”"), q["text"]
    # (the model parses this example well; on the real page it had hung "went on to argue" on
    # the quoted clause, which the rule cuts: the end is checked here, not the rule's need)


def test_a_headline_document_is_not_the_place_that_modifies_it(nlp):
    """"..., New York lawsuit claims": the place names no speaker; the lawsuit is the filer's."""
    doc = nlp("Tessaly copied the whole Orrin archive, New York lawsuit claims\n"
              "Orrin Labs sued Tessaly in Manhattan federal court on Monday, accusing it of copying.")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Tessaly copied the whole"))
    assert q["speaker"] == "Orrin Labs" and q["speaker_text"].endswith("lawsuit")


@pytest.mark.parametrize("text", [
    # a nationality the description does not have: not Mezvar Media
    "Hungarian publisher Mezvar Media sued Tessaly in May. Tessaly denied it. The Danish publisher "
    "said the start-up copied its articles.",
    # a noun modifier the description does not have ("trade"): not Kestrel News
    "News agency Kestrel News sued Tessaly in May. Tessaly denied it. The trade agency said the "
    "start-up copied its articles.",
])
def test_a_description_that_disagrees_is_not_the_entity(nlp, text):
    """speaker.described_entity: the anaphor's noun modifiers and nationality must be words of
    the description; else the entity it describes is not taken (the other rules decide)."""
    doc = nlp(text)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("the start-up copied"))
    assert q["speaker"] not in ("Mezvar Media", "Kestrel News")
    assert not any("speaker.described_entity" in t["rules"] for t in doc._.rule_trace)


def test_a_short_quote_after_a_verb_of_utterance_is_still_said(nlp):
    """mixed.no_clause drops quoted noun phrases and infinitives ('reported an increase in
    “X”'), but 'Orrin said “no”' is the words spoken (cues.yml utterance_cues)."""
    doc = nlp("Asked twice about the licence, Mara Ellison said “no” and “yes” again. Tessaly reported "
              "an increase in “extraction attempts” on Monday.")
    texts = [q["text"] for q in doc._.ct_quotes]
    assert any(t.startswith("no”") for t in texts), texts
    assert not any("extraction attempts" in t for t in texts), texts


def test_no_one_is_silent_when_no_one_could_be_reached(nlp):
    """"could not reach an agreement" names no one: no no-comment, nor the subject's."""
    doc = nlp("Orrin Labs and Tessaly could not reach an agreement in May.")
    assert doc._.ct_no_comments == []


def test_addressing_nothing_despite_requests_is_no_response(nlp):
    """"X and Y have not publicly addressed the allegations, despite requests for comment"."""
    doc = nlp("Tessaly and Orrin Labs have not publicly addressed the allegations, despite numerous "
              "requests for comment.")
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == \
        {("Tessaly", "no_response"), ("Orrin Labs", "no_response")}


def test_an_outlet_that_reported_goes_on_only_as_an_outlet(nlp):
    """continue.outlet_noun: the outlet that reported the speech before is not "the regulator"
    of the next sentence; without the rule it was (a real wire-copy pattern)."""
    doc = nlp("The Sarn Data Office alleged that Tessaly kept the recordings, Fernmoor Wire "
              "reported. Additionally, the regulator claimed that Tessaly ignored the law.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    key = next(k for k in said if k.startswith("Tessaly ignored"))
    assert said[key] != "Fernmoor Wire"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"continue.outlet_noun"})))
    assert {q.text: q.speaker.name for q in quotes}[key] == "Fernmoor Wire"


def test_a_plural_noun_does_not_go_on_with_one_party(nlp):
    """continue.plural_to_groups: "The publishers also allege" is a group, not the one party a
    pronoun before was read as; without the rule the publishers' allegation went to Orrin Labs,
    the party it accuses."""
    doc = nlp("Orrin Labs runs a chatbot.\nAccording to statements from Harbor Books, Calder Press "
              "and others, they claim in the lawsuit that Orrin Labs copied their novels. The "
              "publishers also allege that Orrin's actions violate the unfair competition law.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    key = next(k for k in said if k.startswith("Orrin's actions violate"))
    assert said[key] != "Orrin Labs"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"continue.plural_to_groups"})))
    assert {q.text: q.speaker.name for q in quotes}[key] == "Orrin Labs"


def test_a_date_the_parser_made_the_subject_is_no_source(nlp):
    """speaker.not_a_date: "just two days on, X acknowledged that ..." parsed with "days" as the
    subject gives no statement of "just two days"; without the rule it did."""
    doc = nlp("Fans complained about the poster. However, just two days on Brannock has deleted the "
              "offending post and acknowledged that generative tools were used.")
    assert not any(q["speaker_text"] == "just two days" for q in doc._.ct_quotes)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.not_a_date"})))
    assert any(q.speaker.text == "just two days" for q in quotes)


def test_not_yet_issued_a_response_is_no_response(nlp):
    """"has not yet issued a response to the allegations" (cues.yml no_response), as "has yet
    to issue a response"; "has not issued a ruling" is no one's silence."""
    doc = nlp("Tessaly, the parent company of Orrin Labs, has not yet issued a response to the "
              "allegations.")
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == {("Tessaly", "no_response")}
    doc = nlp("The Sarn court has not yet issued a ruling on the motion.")
    assert doc._.ct_no_comments == []


def test_neither_nor_provided_comments_is_declined_for_each(nlp):
    """"Neither X nor representatives for Y have provided immediate comments" (cues.yml
    declined, as "had no immediate comment"): each of the pair."""
    doc = nlp("Neither Tessaly nor representatives for Orrin Labs have provided immediate comments "
              "on the matter.")
    assert {(n["speaker"], n["kind"]) for n in doc._.ct_no_comments} == \
        {("Tessaly", "declined"), ("Orrin Labs", "declined")}


def test_confessed_that_is_reported_speech(nlp):
    """"after X confessed that ..." (cues.yml report_verbs): an admission, X's statement."""
    doc = nlp("Orrin Labs and Tessaly settled the lawsuit after Orrin Labs confessed that some of "
              "its new hires had taken Tessaly documents.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("some of its new hires had taken Tessaly documents") == "Orrin Labs", said


def test_a_title_colon_does_not_end_the_sentence(nlp):
    """sentence.title_colon (nlp/title_colons.py): "Glass Orchard: The Reckoning fans ..." is
    one sentence, so the cue after the title keeps its subject and clause."""
    doc = nlp("After sharp-eyed Glass Orchard: The Reckoning fans cried foul over a poster, "
              "Orrin Labs initially asserted that it was fully human-made.")
    assert len(list(doc.sents)) == 1
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("it was fully human-made") == "Orrin Labs", said


def test_the_title_colon_rule_is_traced_and_can_be_switched_off():
    """sentence.title_colon runs before the parser, in the dateline marker: it is traced where
    it joins a sentence, and the marker's config ``disabled`` switches it off like any rule."""
    from claimtrack.config import Settings
    from nlp.pipeline import load_model

    text = ("After sharp-eyed Glass Orchard: The Reckoning fans cried foul over a poster, "
            "Orrin Labs initially asserted that it was fully human-made.")
    on, off = load_model(Settings().model), load_model(Settings().model)
    on.add_pipe("claimtrack_datelines", before="parser")
    off.add_pipe("claimtrack_datelines", before="parser", config={"disabled": ["sentence.title_colon"]})
    doc = on(text)
    assert len(list(doc.sents)) == 1
    assert [t["rules"] for t in doc._.rule_trace] == [["sentence.title_colon"]]
    assert doc._.rule_trace[0]["text"] == "Orchard: The"
    # before the parser: the word after the colon is marked "no sentence start" only when on
    for nlp_, marked in ((on, False), (off, None)):
        doc = nlp_.get_pipe("claimtrack_datelines")(nlp_.make_doc(text))
        assert next(t for t in doc if t.text == "The").is_sent_start is marked
        assert bool(doc._.rule_trace) is (marked is False)


def test_a_colon_after_a_cue_or_a_label_still_ends_the_sentence():
    """sentence.title_colon leaves "said: The ...", a label opening its line ("UPDATE: The
    ...") and a colon before a quote mark alone."""
    from nlp.title_colons import TITLE_COLON
    assert TITLE_COLON.search("Mara Ellison said: The deal is off.") is None
    assert TITLE_COLON.search("She told the Ledger: “The deal is off.”") is None
    assert TITLE_COLON.search("fans of Glass Orchard: The Reckoning said it was fine.")


def test_the_court_between_two_named_courts_stays_as_written(nlp):
    """speaker.the_court: with two courts named (an appeal), "the court" is no guess."""
    doc = nlp("Tessaly sued Orrin Labs at the Marlow Regional Court in May and appealed to the "
              "Calder Higher Court. The case involved song lyrics, which the court found were "
              "copied from Tessaly's catalogue.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("were copied from Tessaly's catalogue", "missing") is None, said


def test_nested_same_source_says_it_once(nlp):
    """statement.nested_same_source: "X found P, according to X's representatives" is X's
    statement P once, with no outer according-to statement by X around it."""
    doc = nlp("Orrin Labs, the Calder rights group, has found that nearly 50,000 books were being "
              "used to train AI, according to representatives of Orrin Labs.")
    assert [q["text"] for q in doc._.ct_quotes] == ["nearly 50,000 books were being used to train AI"]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.nested_same_source"})))
    assert len(quotes) == 2


def test_inside_same_cue_reads_one_statement_per_cue(nlp):
    """statement.inside_same_cue: a quoted fragment read on its own and again as part of its
    cue's whole clause is one statement, the clause; an inner cue of its own keeps its statement."""
    doc = nlp("With a hearing set for May 4, the Calder publishers insist they “should be represented” "
              "in the case, and given a say before they are “lumped into a class without notice.”")
    texts = [q["text"] for q in doc._.ct_quotes]
    assert len(texts) == 1 and texts[0].endswith("without notice.”"), texts
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.inside_same_cue"})))
    assert len(quotes) == 2


@pytest.mark.parametrize("text, quote, speaker, wrong", [
    ("“This is a disgrace,” says Mara Ellison, who called her lawyer at once. “My voice is mine.” "
     "“It was shameful,” says Tobin Hale.", "My voice is mine.", "Mara Ellison", "Tobin Hale"),
    ("“I deleted my whole account today.” A spokesperson for Orrin Labs did not immediately respond "
     "to a request for comment.", "I deleted my whole account today.", None, "Orrin Labs"),
])
def test_next_sentence_cue_with_its_own_quote_or_a_negation_names_no_speaker(nlp, text, quote,
                                                                              speaker, wrong):
    """attribution.next_own_quote: the short sentence after a quote names its speaker only when
    its cue has no quote of its own and is not negated (a no-comment says nothing was said)."""
    doc = nlp(text)
    assert [q["speaker"] for q in doc._.ct_quotes if q["text"] == quote] == [speaker]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"attribution.next_own_quote"})))
    assert [q.speaker.name for q in quotes if q.text == quote] == [wrong]


def test_an_indefinite_subject_of_the_quotes_own_cue_is_not_the_previous_speaker(nlp):
    """attribution.indefinite_subject_kept: 'Another user replied, “...”' is a new, unnamed
    source (kept as written, no party), not the person quoted just before."""
    doc = nlp("Singer Mara Ellison raised the alarm this week. “I deleted all my songs and closed the "
              "account,” Ellison posted on Bluesky. Another user replied, “Thanks for the warning. I "
              "deleted mine too.”")
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("Thanks"))
    assert (q["speaker"], q["speaker_text"]) == (None, "Another user")
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"attribution.indefinite_subject_kept"})))
    assert [x.speaker.name for x in quotes if x.text.startswith("Thanks")] == ["Mara Ellison"]


@pytest.mark.parametrize("text, said, speaker", [
    ("Brandel Tools took down the post and assured that it had ended all work with the supplier.",
     "it had ended all work with the supplier", "Brandel Tools"),
    ("Judge Corra Vane dismissed part of the Velter lawsuit, hinting that the writers could amend "
     "their claims.", "the writers could amend their claims", "Corra Vane"),
])
def test_assured_hinted_report_speech(nlp, text, said, speaker):
    """"assured that", "hinting that" (cues.yml report_verbs, issue 12): news
    reports speech with these verbs too; without them the clause was lost."""
    doc = nlp(text)
    found = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert found.get(said) == speaker, found


def test_only_a_party_continues_speaking(nlp):
    """statement.inverted_continues: "..., and the trend continues" has no party or document
    as subject, so nothing is said (inverted_cues.inverted_speaker_ok)."""
    doc = nlp("Tam Orley sued Vexa Labs in May. Prices rose sharply in the spring, and the "
              "trend continues.")
    assert not [q for q in doc._.ct_quotes if q["text"].startswith("Prices")], doc._.ct_quotes


def test_a_document_still_suggests(nlp):
    """cue.evidence_subject leaves a party's document alone: "The lawsuit suggests that ..."
    is the filer's statement (only evidence nouns are the writer's reasoning)."""
    doc = nlp("Tam Orley sued Vexa Labs in May. The lawsuit suggests that Vexa Labs copied "
              "the novels without paying.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("Vexa Labs copied the novels without paying") == "Tam Orley", said


def test_so_that_result_in_a_parsed_clause(nlp):
    """statement.so_that_result also where the parser makes the result clause the cue's
    complement ("found so much value in X that it used them"): nothing was found or said."""
    text = ("The Harbor-backed startup found so much value in Brindle videos that it previously "
            "used them to train its model, including a tool called Quill that converts speech.")
    doc = nlp(text)
    assert not any(q["text"].startswith("it previously used") for q in doc._.ct_quotes)
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.so_that_result"})))
    assert any(q.text.startswith("it previously used") for q in quotes), [q.text for q in quotes]


def test_plural_cue_first_after_a_coordinated_clause(nlp):
    """statement.inverted_plural_cue where the tagger reads the cue as a bare verb ("... and
    have not agreed to it, state the plaintiffs."): still the plaintiffs' statement."""
    doc = nlp("Tam Orley and other novelists sued Vexa Labs in May. Readers such as the plaintiffs "
              "were not told of the copying and have not agreed to it, state the plaintiffs.")
    said = {q["text"]: q["speaker"] for q in doc._.ct_quotes}
    assert said.get("Readers such as the plaintiffs were not told of the copying and have not "
                    "agreed to it") == "Tam Orley", said
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.inverted_plural_cue"})))
    assert not any(q.text.startswith("Readers such as") for q in quotes)


def test_aside_dash_is_never_a_hyphen_inside_a_word(nlp):
    """A dateline's dash opens no aside, and the hyphen in "start-up" closes none: the clause
    stays whole (``statement.aside_ends_at_dash`` reads only long or spaced dashes)."""
    doc = nlp("NORVALE (Kitewire) - A former Tolvane engineer said on Sunday that the start-up had "
              "copied answers from the Sparrow models.")
    assert any(q["text"] == "the start-up had copied answers from the Sparrow models"
               for q in doc._.ct_quotes), [q["text"] for q in doc._.ct_quotes]


ABBREVIATION_TEXT = ("The Review Board of the U.S. Copyright Office said that the picture lacked "
                     "human authorship.")


def test_an_abbreviation_before_a_name_word_does_not_end_the_sentence(nlp):
    """sentence.abbreviation (nlp/abbreviations.py): the small model's parser ends a sentence
    at "U.S." here, leaving "Copyright Office said ..." without the board that speaks."""
    doc = nlp(ABBREVIATION_TEXT)
    assert len(list(doc.sents)) == 1
    cue = next(t for t in doc if t.text == "said")
    assert cue.sent.start == 0  # the cue's sentence holds its subject, "The Review Board"


def test_the_abbreviation_rule_is_traced_and_can_be_switched_off():
    """sentence.abbreviation runs before the parser, in the dateline marker: traced where it
    joins, switched off by the marker's config ``disabled``; without it the parser splits."""
    from claimtrack.config import Settings
    from nlp.pipeline import load_model

    on, off = load_model(Settings().model), load_model(Settings().model)
    on.add_pipe("claimtrack_datelines", before="parser")
    off.add_pipe("claimtrack_datelines", before="parser", config={"disabled": ["sentence.abbreviation"]})
    doc = on(ABBREVIATION_TEXT)
    assert len(list(doc.sents)) == 1
    assert [(t["rules"], t["text"]) for t in doc._.rule_trace] == [(["sentence.abbreviation"], "U.S. Copyright")]
    assert len(list(off(ABBREVIATION_TEXT).sents)) == 2  # the model's own split, kept when off


def test_where_a_sentence_does_end_after_an_abbreviation():
    """sentence.abbreviation joins only before a word that cannot open a sentence: a lower-case
    word, a name after a short title, a name's next word after dotted initials (a list), a
    legal form after a legal form, a figure after a number word. "sued in the U.S. The ..."
    and "arrived in the U.S. Initially, ..." stay two sentences."""
    from nlp.abbreviations import continues
    assert continues("Inc.", "said") and continues("U.S.", "officials")
    assert continues("U.S.", "District") and continues("S.C.", "Rep")
    assert continues("Sen.", "Dana") and continues("Pte.", "Ltd") and continues("No.", "3:25-cv-0101")
    assert not continues("U.S.", "The") and not continues("U.S.", "Initially")
    assert not continues("Inc.", "The") and not continues("No.", "The")
    assert not continues("art.", "then")  # a word, not "Art." (article) written short


@pytest.mark.parametrize("text", [
    "Tessaly charges writers 15 crowns per month for the service.",
    "The firm paid 40 per cent of the fee to the guild, as per the agreement.",
    "Each reader paid a fee per book, per the terms of the licence.",
    "Despite the doubts, Tessaly is building its own archive, per reports.",
])
def test_per_that_cites_no_one(nlp, text):
    """statement.per_source: "per" as a rate, citing a term of a deal or bare "reports" names no source."""
    assert not [q for q in nlp(text)._.ct_quotes if q["cue"] == "per"]


@pytest.mark.parametrize("text", [
    "The ruling covers three points:\nThe firm must pay damages to the writers within a month.",
    "Read the latest updates on the hearing below:\nThe first witness spoke for ten minutes about the harbour.",
    "Ada Vell posted the transcript of the exchange for context:\nThe judge asked him about the harbour "
    "and he answered at length.",
])
def test_colon_paragraph_needs_a_speaker_of_its_own_words(nlp, text):
    """statement.colon_paragraph: a heading, an imperative or a document handed on introduces no
    one's words."""
    assert not [q for q in nlp(text)._.ct_quotes if q["kind"] == "direct"]


def test_statement_that_of_noun(nlp):
    """Rule ``statement.that_of_noun``: "responded to allegations that it misused ...": the
    clause is the allegations', never the words of who responds; without the rule the loose
    reading gave Orrin Labs the very accusation it answers."""
    doc = nlp("Orrin Labs has responded in court to allegations that it misused the work of "
              "authors including Mara Ellison.")
    assert not [q for q in doc._.ct_quotes if q["speaker"] == "Orrin Labs"]
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.that_of_noun"})))
    assert [q for q in quotes if q.speaker and q.speaker.name == "Orrin Labs" and "misused" in q.text]


def test_a_body_named_before_of_or_on_is_no_company(nlp):
    """``org.name_says_other_kind`` reads a name that runs on after "on"/"of" by the word before
    it: "the ...-led company" is never the "Calder House Select Committee on Trade" the memo
    went to (kept as written)."""
    doc = nlp("In a memo sent to the Calder House Select Committee on Trade, the Ada Vell-led "
              "company claimed that Tessaly has been copying its data.")
    q = next(q for q in doc._.ct_quotes if "copying its data" in q["text"])
    assert q["speaker"] is None


def test_a_person_reported_speaking_may_go_on(nlp):
    """``continue.not_inside_report`` is not read for "she"/"he": "X said Y called on members
    ... She added" may be Y."""
    doc = nlp("Rep. Tomas Brill said Ada Marlow called on members to be “closely coordinated.” "
              "She added that the race can’t just be about reacting to Orrin Labs.")
    q = next(q for q in doc._.ct_quotes if "the race" in q["text"])
    assert q["speaker"] != "Tomas Brill"


def test_according_to_source_in_marks_leaves_no_closing_mark(nlp):
    """'According to “Calder Post”, P': the statement is P, not the source's closing mark."""
    doc = nlp("According to “Calder Post”, the proceedings involved the lyrics of nine songs.")
    assert [q["text"] for q in doc._.ct_quotes] == ["the proceedings involved the lyrics of nine songs"]


def test_statement_accused_of_charge_not_in_relative_clause(nlp):
    """'a chief who had accused X of fraud': background on the chief, no statement."""
    doc = nlp("Mara Ellison spoke on Monday. Orrin Labs hired a new counsel who had accused "
              "Tessaly of fraud.")
    assert not [q for q in doc._.ct_quotes if q["cue"] == "accused"], doc._.ct_quotes



# "Publishers Orrin, Calder and Quill sued Tessaly": the parser hung "Calder" on "Publishers",
# not on "Orrin", so the parse alone reads two lists, "Orrin" and "Calder and Quill".
COMMA_SERIES = """
Publishers NOUN NNS publisher 6 nsubj
Orrin PROPN NNP Orrin 0 appos nospace
, PUNCT , , 1 punct
Calder PROPN NNP Calder 0 appos
and CCONJ CC and 3 cc
Quill PROPN NNP Quill 3 conj
sued VERB VBD sue 6 ROOT
Tessaly PROPN NNP Tessaly 6 dobj nospace
. PUNCT . . 6 punct
The DET DT the 10 det
companies NOUN NNS company 11 nsubj
said VERB VBD say 11 ROOT
Tessaly PROPN NNP Tessaly 13 nsubj
copied VERB VBD copy 11 ccomp
their PRON PRP$ their 15 poss
songs NOUN NNS song 13 dobj nospace
. PUNCT . . 11 punct
"""


def test_group_comma_series(nlp):
    """Rule ``group.comma_series``: "A, B and C" is one list read from the words, whatever the
    parser hung the second name on; "the companies" is A, the first named, not B."""
    doc = _parsed(nlp, COMMA_SERIES, {1: "ORG", 3: "ORG", 5: "ORG", 7: "ORG", 12: "ORG"})
    QuoteFinder(load_cues())(doc)
    said = [q for q in doc._.ct_quotes if q["text"].startswith("Tessaly copied")]
    assert said and said[0]["speaker"] == "Orrin", doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"group.comma_series"})))
    assert [q.to_dict()["speaker"] for q in quotes if q.text.startswith("Tessaly copied")] == ["Calder"]


def test_relayed_report_keeps_no_inner_statement(nlp):
    """``mixed.relayed_by_cue_after``: the boast the Ledger alleges is part of the Ledger's
    statement, never a statement of Orrin Labs's own as well."""
    doc = nlp("The Calder Ledger sued Orrin Labs on Monday.\nIn May, Orrin Labs boasted that its "
              "reader allowed users to “skip the long articles” by giving “one answer for "
              "everything,” the Ledger alleges.")
    assert not [q for q in doc._.ct_quotes if q["speaker"] == "Orrin Labs"], doc._.ct_quotes


def test_participle_after_a_relative_cue_is_not_moved(nlp):
    """``subject.participle_after_cue`` passes over a cue in a relative clause: no statement
    goes to the party the relative clause speaks of."""
    doc = nlp("The Calder Ledger, which Orrin Labs said had misread the archive, answered on "
              "Monday, adding that the archive “was copied in full.”")
    q = next(q for q in doc._.ct_quotes if "copied in full" in q["text"])
    assert q["speaker"] != "Orrin Labs", doc._.ct_quotes



def test_estate_written_two_ways_is_one_party(nlp):
    """Rule ``speaker.estate``: "the Estate of X" (tagged whole by the model) and "X's estate"
    are one party, "Estate of X" (its legal name), not two."""
    doc = nlp("The Estate of Anselm Gruber sued Orrin Labs on Monday. Gruber's estate said the "
              "company never asked for permission.")
    QuoteFinder(load_cues())(doc)
    q = next(q for q in doc._.ct_quotes if q["text"].startswith("the company never"))
    assert q["speaker"] == "Estate of Anselm Gruber"
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"speaker.estate"})))
    assert next(x.to_dict() for x in quotes if x.to_dict()["text"].startswith("the company"))["speaker"] \
        != "Estate of Anselm Gruber"


def test_plural_side_not_with_two_sides(nlp):
    """Both sides of the suit are lists of companies: 'the studios' could be either, so
    ``group.plural_side`` picks neither and the older reading decides."""
    doc = nlp("Orrin Labs and Calder Books sued Tessaly and Quillfire in May. The studios said "
              "the models copied their films.")
    rows = [t for t in doc._.rule_trace if t["component"] == "attribution"
            and t["text"].startswith("the models copied")]
    assert rows and all("group.plural_side" not in t["rules"] for t in rows), rows


def test_kind_mismatch_not_when_the_phrase_names_the_party(nlp):
    """"Tessaly officials": the phrase names the party; its kind does not rule it out."""
    doc = nlp("Tessaly faces a new inquiry in Calder. Tessaly officials said the start-up had "
              "followed the rules.")
    assert [q["speaker"] for q in doc._.ct_quotes] == ["Tessaly"]


def test_described_family_reads_the_words_of_the_data_file(nlp):
    """What a described speaker's phrase says it is comes from ``described_kinds.yml``: a
    "social media company" is a platform (``tech_over_media``), not a publisher, though "media"
    alone says media."""
    from nlp.attribution.kind_veto import described_family
    found = {}
    for text in ("The social media company said it was wrong.", "The media company said it was wrong.",
                 "The lobbying group said it was wrong."):
        doc = nlp(text)
        found[text.split(" said")[0]] = described_family(next(t for t in doc if t.dep_ == "nsubj"))
    assert found == {"The social media company": "tech", "The media company": "media",
                     "The lobbying group": "group"}


def test_a_quote_resumed_after_its_own_attribution_in_the_gap_is_one(nlp):
    """'X defended the deal, as quoted by Y: “A,” she said. “B.”': the first quote took its
    source from the colon's introduction, not from "said"; the gap's one speech verb is its own
    attribution, so A and B are one statement (``statement.continued_gap_cue``). (Who speaks
    here, the person or the outlet quoting her, is another rule's question.)"""
    text = ("Mara Ellison defended the deal, as quoted by the Calder Courier: “We paid for every "
            "page of the archive,” she said. “And that is exactly what the contract says.”")
    doc = nlp(text)
    joined = "We paid for every page of the archive,” she said. “And that is exactly what the contract says."
    assert joined in [q["text"] for q in doc._.ct_quotes], doc._.ct_quotes
    quotes, _ = attribute(Context(doc, load_cues(), frozenset({"statement.continued_gap_cue"})))
    assert joined not in [q.text for q in quotes]


@pytest.mark.parametrize("text", [
    "Orrin Labs denied it on Monday. Tolvane Press claims damages for the emotional distress it suffered.",
    "Orrin Labs denied it on Monday. Several states that ban such tools were named.",
])
def test_misread_verb_not(nlp, text):
    """A noun object ("claims damages") or a relative ("states that ban") is no clause:
    cue.misread_verb reads no statement there."""
    doc = nlp(text)
    assert not [t for t in doc._.rule_trace if t["component"] == "attribution"
                and "cue.misread_verb" in t["rules"]], doc._.ct_quotes
