"""Every rule name attribution records in ``doc._.rule_trace``, with what it decides.

The names are written where each rule is applied (``quoted.py``, ``reported.py``,
``intro.py``, ``speakers.py``, ``groups.py``, ``standing.py``, ``nocomments.py``); this table
says what each means, for ``claimtrack analyze --explain`` and for the tests, which hold one
example per rule
(``tests/test_attribution_rules.py``) and check the table and the code agree. Rules marked
switchable can be turned off (``Context(disabled=...)``) to show their example depends on them;
the others name how a switchable rule resolved (which kind of pronoun match, which org).
"""

from __future__ import annotations

RULES: dict[str, str] = {
    # which pattern a statement is
    "marks.title_skipped": "a short Title Case stretch in marks is a title, not speech",
    "marks.cited_title": "'“Gallery to close,” by Ada Vell', '“No to X” (2005)', 'her memoir, “Tough "
                         "Choices.”': words in marks the text cites as a piece's name, not speech",
    "marks.work_credit": "'including “Über den Wolken” by Reinhard Mey': words in marks opening a "
                         "list item and followed by 'by' and a name are a work and its author "
                         "(quote_nouns.py)",
    "statement.quote_as_noun": "'prompts like \"Ivo Marr walking on the harbour wall\"', 'Hulu’s "
                               "“...”': a capitalised quote right after a possessive or a "
                               "preposition is a phrase of the sentence, not a direct quote",
    "statement.direct_standalone": "quote in marks that stands alone (line start, after a cue, a "
                                   "comma, colon or sentence end): direct",
    "statement.direct_sentence": "quote in marks that is a whole sentence of six words or more: direct",
    "statement.mixed_embedded": "short quote opening mid-clause (after a verb, auxiliary, "
                                "determiner, adjective or adverb): the reported clause around it",
    "statement.mixed": "a quoted fragment that is not a quote of its own: the reported clause",
    "statement.naming_object": "'described the deal as “a friendship”', 'accused X of “ripping”': "
                               "a fragment naming the cue's object, with no clause, is no statement",
    "mixed.naming_complement": "'hailed the ruling as “a milestone”', 'called the claims “baseless”': "
                               "words in marks a naming verb gives its object as its complement "
                               "are a mixed statement of the verb's subject (naming.py)",
    "statement.infinitive_request": "'asked the court to “throw out” ...', 'urged the judge to find "
                                    "that ...': a to-infinitive request to a court is no statement",
    "statement.mandative_clause": "'demanded that Tolvane cease using its archive', 'urged that "
                                  "the deal be made public': the clause of a mandative verb says "
                                  "what is wanted, not what is so: no statement (notsaid.py)",
    "statement.heard_not_said": "'they were told their voices would “not be shared”': a fragment "
                                "under a passive cue with no agent names only the hearer: no statement",
    "statement.predicate_in_marks": "'X says this theory, which ..., “simply fails.”': a lower-case "
                                    "quote after a comma whose verb's subject stands before the "
                                    "marks is the end of a mixed statement, not a direct quote",
    "statement.reported_clause": "cue verb with a clausal complement: X said (that) ...",
    "statement.accused_of": "'The guild accused Orrin of copying its archive', '..., accusing the "
                            "developer of training its models on the books': the gerund's phrase "
                            "after 'of' is what the subject charges (object_complements.py)",
    "statement.accused_of_charge": "'The actors accused Orrin of fraud and false advertising': the "
                                   "noun phrase after 'of' is the charge the subject states (charges.py)",
    "subject.charge_after_report": "'Ilvar said Orrin misreads the rules and accused the firm of "
                                   "fraud': a charge coordinated with a reported clause, in the cue's "
                                   "tense, is the reporter's next act: its speaker is the cue's subject",
    "statement.owned_claim_noun": "'the judge rejected the company's argument that P': a claim noun "
                                  "with a possessive owner and a 'that' clause is the owner's "
                                  "statement P (claim_nouns.py)",
    "statement.per_source": "'Per the Ledger, P', 'P, per X.', 'As per a report by X, P': a source "
                            "cited with 'per', set off by commas, read as 'according to' (per_source.py)",
    "statement.colon_paragraph": "'X said:' ending a paragraph: the next paragraph, printed with no "
                                 "marks, is X's direct quote (colon_blocks.py)",
    "statement.relative_gap": "'a song it claims was made with AI', 'which the court found were "
                              "used': a report verb in a relative clause followed at once by a "
                              "finite verb reports the clause from that verb (relatives.py)",
    "statement.second_speech_act": "'X said P and urged Q', 'acknowledged P but declined to ...': "
                                   "the reported clause ends before the second act of speaking",
    "statement.cue_level_conjunct": "'They allege that X used P and are demanding Q': a verb "
                                    "coordinated with the clause's verb in the cue's tense, not "
                                    "the clause verb's, is the speaker's next act: the clause ends "
                                    "before it",
    "statement.second_speaker": "'Six in 10 said P, and a third said Q' parsed as one cue with "
                                "two clauses: the first speaker said P only",
    # where a reported clause ends (clause_ends.py, issue 12 session 9)
    "statement.parenthetical_continues": "'Sales have fallen, Ada Vell says, because the port is "
                                         "closing': a cue set off by commas mid-sentence reports "
                                         "the whole sentence, not only the words before it",
    "statement.other_speaker_clause": "'Most members said P, while Dario Lusk said Q': a clause "
                                      "beside the reported one whose verb reports with its own "
                                      "subject is another statement: P ends before it",
    "statement.that_conjunct": "'said P, but that Q': a second 'that' clause of the same cue is "
                               "said too",
    "statement.earlier_report_apart": "'About half said P; 46 percent said Q' parsed with the first "
                                      "report a clause of the second: the second cue reports Q only",
    # a reported clause the parser cut short (clause_conjuncts.py, issue 12 session 10)
    "statement.present_conjunct_said": "'Ada Vell said she will back the plan, but she does not "
                                       "want to lead it': a present-tense clause with a pronoun "
                                       "subject that the parser hung on a past cue is still "
                                       "what was said",
    "statement.bare_verb_conjunct": "'said money is needed to fix the docks, train crews and hire "
                                    "guards': a bare verb the parser hung on the finite cue is a "
                                    "member of the clause's own list",
    "statement.that_after_phrase": "'said in one of a series of posts on her blog that P': the "
                                   "clause after a 'that' past a long prepositional phrase",
    "statement.clause_right_after_cue": "'Dario erred - “why now?” - but members said they were "
                                        "unmoved': a full clause opening right after the cue is "
                                        "what it reports, not a complement the parser hung on it "
                                        "from before it",
    "subject.adjective_pair": "'Current and former aides said P' parsed with the adjective the "
                              "subject: the noun of the pair is who speaks",
    "statement.aside_ends_at_dash": "'Nora was careful - an aide said she kept notes - and her "
                                    "work was no less careful': an attribution opening an aside "
                                    "after a dash reports up to the closing dash",
    "statement.participle_in_clause": "'said P, showing Q': a participle after a comma stays "
                                      "in what was said unless it speaks ('citing', 'saying') "
                                      "or hangs on the cue",
    "statement.loose_coordinated": "clause parsed as coordinated with the cue: ..., X said",
    "statement.loose_after_that": "clause after 'that' the parser missed: X said in a statement that ...",
    "statement.loose_after_cue": "clause right after the cue the parser missed: X found Y ..., "
                                 "X said seeing Y was ...",
    "statement.object_is_subject": "'who claimed their works were used ...' parsed with 'works' the "
                                   "cue's object: a noun phrase followed at once by a finite verb "
                                   "is the reported clause's subject",
    "statement.inverted": "attribution at a sentence's end: ..., the site Z reported on Monday",
    "statement.according_to_one_side": "'P, according to X, a huge sum ...', 'But, according to "
                                       "X, P': a mid-sentence source leaves the statement on the "
                                       "side that holds the main clause",
    "statement.subordinate_only": "'Minutes after the vote began, X announced ...': words before "
                                  "an edge attribution whose every tensed verb sits in a "
                                  "subordinate clause (after, as, whether ...) are the occasion, "
                                  "not a statement",
    "statement.inverted_keeps_mark": "'... caused them “lasting harm”, the Ledger reported': the "
                                     "inverted clause keeps the closing mark of the quote it ends "
                                     "with, so it holds the inner statement whole",
    "statement.inverted_adverbial_participle": "'..., Judge X wrote in an opinion explaining his "
                                               "decision': a participle describing a noun of the "
                                               "adverbial after the cue is still the adverbial",
    "statement.inverted_not_adverbial": "'Asked whether ..., X said: “...”', 'When ..., X added': the "
                                        "fronted occasion is not what was said (no inverted statement)",
    "statement.as_reported": "'As the Ledger reported, ...', '..., as X noted': the clause the "
                             "attribution hangs on",
    "statement.according_to": "according to X, ... / ..., according to X",
    "statement.according_to_parenthetical": "'<A>, according to X, <B>': the whole sentence",
    "statement.according_to_clause": "'<A>, X said, and <B>, according to Y' / '<A>, with <B>, "
                                     "according to Y': the clause right before the source when "
                                     "it stands apart (its own conjunct after a sourced one, an "
                                     "absolute 'with' phrase), not the sentence",
    "statement.nested_report": "'Judge X ruled that P, Reuters reported', 'According to Y, the labels "
                               "claim P': the outer attribution's statement holds the inner one whole; "
                               "both are statements (edges.py)",
    "statement.headline": "a headline's attribution: '<who> Allege <what>', '<what>, <who> claims'",
    "statement.parenthetical": "a cue between commas inside its sentence: '<A>, he said, <B>'",
    "statement.parenthetical_long_subject": "'<A>, the former head of X added, <B>', '<A>, workers "
                                            "and their leaders say, <B>': the speaker's phrase "
                                            "between the commas may hold prepositions and "
                                            "conjunctions; its head is the parse's "
                                            "(parenthetical_subject.py)",
    "statement.clause_before_colon_quote": "'X said <clause>: \"<quote>\"': the clause up to the colon",
    "statement.continued_after_attribution": "'“A,” she said. “B.”', '“A,” said X, who ..., "
                                             "referring to Y. “B.”': one statement from A to B "
                                             "(not when the words between say more: ', adding, “B”')",
    "statement.accusation_in_denial": "'X denied accusations by Y that P': Y's accusation P, "
                                      "cued by the accusation noun (nlp/attribution/denials.py)",
    "statement.denial_of_accusation": "'X rejected claims from Y that P' with P hung on the noun: "
                                      "X's denial P",
    "chain.answers": "the denial answers the accusation it denies (the quote's 'answers')",
    "mixed.ends_with_clause": "a mixed statement ends with its reported clause, not the sentence",
    "mixed.participle_after_mark": "'... “will remain artist-first,” adding that ...': a mixed "
                                   "statement ends at the closing mark before a participle that "
                                   "follows the quote's own comma",
    "mixed.quote_runs_on": "'said the tone “was because they attacked him. And I think it hurt them.”': "
                           "quoted words that open in the reported clause and close after its "
                           "sentence's end: the mixed statement runs to the closing mark (mixed_ends.py)",
    "mixed.that_conjunct": "'said that the founder “could be unyielding,” and that Ivo struggled': a "
                           "second 'that' clause of the cue after the closing mark is said too "
                           "(mixed_ends.py)",
    "mixed.needs_clause": "a fragment inside a subordinate clause of its own under the cue ('avoided "
                          "answering a clue while X was marked as “...”'): not what was said",
    "mixed.no_clause": "'reported an increase in “X”', 'called it a “victory”', 'threatened to “sue”': "
                       "words with no tensed verb, or opening with a to-infinitive, are a noun "
                       "phrase or a plan, not a clause: no statement (notsaid.py)",
    "statement.nested_in_mixed": "a direct quote inside a mixed statement is read once, as part of it",
    "statement.inverted_cue_first": "'<statement>, reported the Harbor Ledger.': the cue after the "
                                    "comma, the speaker's noun phrase ending the sentence",
    "statement.inverted_plural_cue": "'<statement>, state the plaintiffs.': a plural present cue "
                                     "opening a sentence-final attribution (inverted_cues.py)",
    "statement.inverted_continues": "'<statement>, the complaint continues.': a verb that reports "
                                    "only at a statement's end, with a party or document as "
                                    "subject (cues.yml inverted_verbs, inverted_cues.py)",
    "statement.according_to_mixed": "'according to X, ... “fragment”': quoted fragments no cue took "
                                    "make the according-to statement mixed",
    "statement.that_is_relative": "'said things that X never recorded': 'that' is a relative "
                                  "pronoun, no clause was said",
    "statement.according_to_outside": "'X said P, according to the Ledger': the reported clause ends "
                                      "before ', according to' (the source is not what X said)",
    "statement.nested_same_source": "'X found P, according to X's representatives': no outer "
                                    "statement when its source is the inner cue's speaker",
    # session 9, precision on real coverage (nlp/attribution/spurious.py)
    "statement.no_one_said": "'no one has noted that P', 'no defendant has answered': a subject "
                             "with a negative determiner says nobody said it: no statement",
    "statement.in_question": "'Do the rights holders claim that P?': a clause in "
                             "a sentence that is a question is asked, not stated",
    "statement.inside_same_cue": "one cue, one statement: a shorter statement of the same speaker "
                                 "and cue inside a longer one is dropped",
    "statement.as_clause_own_report": "'P comes as more users insist that Q': an 'as' clause whose "
                                      "cue has its own clause reports Q, not P",
    "marks.wrong_way_apostrophe": "'Orrin Inc.‘s offer': a left single mark glued to a word before "
                                  "a lone 's' is a possessive, not an opening quote",
    "statement.question_fragment": "'the suit questioned whether the tool relies on “piracy”': a "
                                   "fragment in an indirect question is asked, not stated",
    "attribution.indefinite_subject_kept": "'Another user replied, “...”': an indefinite subject of "
                                           "the quote's own cue is a new source, kept as written, "
                                           "never the speaker of the quote before",
    "attribution.next_own_quote": "'“A.” “B,” says X.', '“A.” X did not respond.': the next "
                                  "sentence's cue names no speaker for A when it has its own quote "
                                  "or is negated",
    "statement.ruling_on_titled_work": "'the court ruled that the “Glass Orchard Chair” images were "
                                       "not a work': a ruling's clause whose only marks are a title",
    "statement.clause_quotes_unread": "'X said he reread ''The Glass Orchard'' before ...': a "
                                      "reported clause holding quote marks the quote pass made no "
                                      "statement of (a title, a fragment) is still what was said, "
                                      "as a mixed statement (unread.py)",
    "statement.fragment_named_inside": "'X said she thanked him for what she called “a decent "
                                       "campaign”': a fragment that a verb inside the reported "
                                       "clause takes as a thing, not a clause of its own, leaves "
                                       "the clause what X said, as a mixed statement "
                                       "(named_inside.py)",
    "statement.condition_not_question": "'X said if elected he would ...': 'if'/'when' opening a "
                                        "condition inside the reported clause is no indirect "
                                        "question (unread.py)",
    "statement.relative_reported": "'records that officials said would harm the review', 'a wall, "
                                   "which he said Y should pay for': a cue in a relative clause "
                                   "reports the clause after it (unread.py)",
    "statement.quote_ends_clause": "'X added that after taxes, “they were not living large.”': a "
                                   "quote after a comma whose verb hangs on a cue before it, with "
                                   "the clause opened before the marks, ends a mixed statement "
                                   "(unread.py)",
    "statement.sentence_end_mark": "'Time, X added, was on their side. ''It's early,'' ...': the "
                                   "next quote's opening mark the sentence splitter left on the "
                                   "sentence is not read as a quote in it (unread.py)",
    "statement.reflexive_not_said": "'users find themselves unable ...': a clause opening with a "
                                    "reflexive is a small clause, nothing said",
    "cue.needs_clause": "'held a rally', 'put his hand on', 'politically charged': a cue that "
                        "reports only with a clause of its own (or as 'as X put it') is no act of "
                        "speech without one (cues.yml clause_only_cues)",
    "cue.evidence_subject": "'A closer look suggested that ...', 'This evidence suggests that ...': "
                            "an inference verb with evidence as its subject is the writer's "
                            "reasoning, not speech (cues.yml evidence_nouns, evidence.py)",
    "statement.so_that_result": "'argued so loudly that the judge stopped him', 'found so much "
                                "value in X that it used them': the that-clause after 'so'/'such' "
                                "is a result, not what was said (no loose clause)",
    "headline.cue_first": "'Robot has rights, says Velmar court' on a headline line: the cue "
                          "first after the comma, the speaker last (not 'who' = the words before "
                          "the cue)",
    "cue.not_speech_particle": "'found out that', 'figured out': the particle makes the verb no "
                               "act of speech (cues.yml not_speech_particles)",
    "headline.cue_is_noun": "'Guild Files Charges Against X': a headline cue followed by a "
                            "preposition is a noun, no claim",
    # how a direct or mixed quote finds its speaker
    "attribution.passive_cue_passed": "'The “late-stage theory” should be rejected ..., X said': a "
                                      "passive cue with no agent whose subject holds the fragment "
                                      "is no one's speech; the cue above it reports (passive_cues.py)",
    "attribution.colon_intro": "a quote right after a colon: who the clause before the colon names "
                               "(its cue's subject, its main subject, or a name before the colon)",
    "speaker.not_a_date": "'However, just two days on, Brannock acknowledged that ...' parsed with "
                          "'days' as the subject: a date or time is nobody's words, never a source "
                          "kept as written",
    "colon.subject_kept": "'The Calder-born artist shared a video with the message: “...”': a colon "
                          "clause's subject no rule ties to a party keeps its own words, never the "
                          "sentence before's speaker",
    "attribution.colon_after_question": "'X asked Y how she felt: “...,” she said': a colon "
                                        "after a question introduces the answer, not the asker's "
                                        "words: the quote's own attribution decides",
    "attribution.following_intro": "'X issued the following statement.' or '... prompted the "
                                    "following response from X.' right before a quote on its own "
                                    "line: X, as a colon would (intro.py)",
    "attribution.cue_in_sentence": "the subject of the cue verb nearest the quote, in its sentences",
    "attribution.noun_cue": "'“...,” Disney's letter states.' parsed with 'states' a plural noun: "
                            "the root after the quote that is a speech verb's -s form is the cue",
    "attribution.verb_beside_quote": "'“...,” beams director X', 'X elaborated, “...”': a verb right "
                                     "after a quote ending in a comma, or right before the comma "
                                     "or colon opening one, is its cue though cues.yml lacks it "
                                     "(beside.py)",
    "attribution.dash_signature": "'“...” — Mara Ellison, Quill co-founder': a quote signed after a "
                                  "dash on its own line is the signer's, never the sentence "
                                  "before's subject or the quote before's speaker (signature.py)",
    "attribution.according_to": "'according to X' in the quote's sentences",
    "attribution.next_sentence_cue": "a short sentence with a cue right after the quote",
    "attribution.sentence_before": "the subject of the sentence before the quote",
    "attribution.own_subject_kept": "'the publishers remarked, “...”' with no party for 'the "
                                    "publishers': the quote keeps its own cue's subject as written, "
                                    "never the sentence before's or the previous quote's speaker",
    "attribution.before_pronoun_not_speaking": "'It also used his likeness. “...”': a pronoun "
                                               "subject of a sentence before that says nothing is "
                                               "no speaker for the quote (a guess)",
    "attribution.carried_from_previous": "the speaker of the direct quote before, when no other "
                                         "person is named in between",
    "attribution.cue_of_fragment": "the subject of the cue a mixed quote's fragment hangs on",
    "attribution.outer_cue": "a fragment's cue inside what another cue reports ('said X had agreed "
                             "to \"...\"'): the outer cue and its subject (coref.py)",
    # which token names who spoke
    "subject.nsubj": "the cue's grammatical subject",
    "subject.nearest_of_two": "'In its filing, a response to X's motion, the Ledger argues': of two "
                              "subjects the parser gave one verb, the nearer; the farther is a "
                              "fronted phrase it misread (subjects.py)",
    "subject.quantity": "'About 4 in 10 say ...', '47% say ...': a poll's share the parser hung "
                        "on the cue as a number is who answered",
    "subject.compound": "'the complaint states' parsed as one noun ('complaint states'): the "
                        "first noun, with its determiner, is the subject",
    "subject.relative_clause": "'a complaint ..., which alleges': the noun the relative clause hangs on",
    "subject.climbed": "the subject of the verb a participle or coordinated cue hangs on",
    "subject.conjunct_of_report": "'said it \"...\" and went on to argue', ', saying' hung on the "
                                  "reported clause: the subject of the cue that reports it (coref.py)",
    "subject.repeated_report": "'X said P and said that Q', 'said P and added that Q' hung on P's "
                               "verb: the repeated verb of saying is X's next act, so its subject "
                               "is the first cue's, not P's subject (repeated_report.py)",
    "subject.participle_subject": "'voters in six towns going to the polls said' parsed with the "
                                  "participle as the cue's clausal subject: the noun it modifies "
                                  "(the participle's parsed subject) is who spoke (repeated_report.py)",
    "subject.name_to_left": "the nearest name to the left in the cue's clause",
    "subject.after_cue": "inverted: '..., said X' with X after the cue",
    "subject.inverted_object": "'..., insisted the illustrator who ...': an inverted subject the "
                               "parser took for the cue's object (the cue has no subject)",
    "subject.noun_of_participle": "a cue parsed as a modifier of a noun ('a memo warning that', "
                                  "'the lawsuit alleged' hung on a name): that noun",
    # what that token stands for
    "speaker.title_then_name": "'Vellmar Poet Laureate and Arts Council member, Varga, said' with the "
                               "title tagged as a name: the person in apposition to it (titled.py)",
    "speaker.entity": "a named person or organisation",
    "speaker.first_of_list": "'A and B said' parsed with B as the subject: the first named, A",
    "speaker.role_then_name": "'the company's chief executive, X, said': the name in apposition",
    "speaker.untagged_name_with_role": "'X Y, Z's head of policy, said' with X Y untagged",
    "speaker.role_word_before_name": "'Nonprofit X Y, best known for ..., said' with X Y untagged: the "
                                     "description the sentence start capitalised is not the name",
    "speaker.name_then_role": "'X Y, Z's head of policy, said' parsed with the role as subject: "
                              "the person the phrase opens with",
    "speaker.estate": "'Shakur's estate', 'the Tenney estate', 'the estate of X': the estate, "
                      "named '<the person's name> estate', not the person",
    "speaker.previous_subject": "'Monroe said ... “...,” she said', 'The Mainichi states that X ... "
                                "It alleges': a pronoun opening its sentence is the main subject "
                                "of the sentence before when that can be it, never a name inside "
                                "that sentence; a description there is resolved or kept as "
                                "written (continuity.py)",
    "speaker.person_pronoun": "he/she: the last person named whose given name fits",
    "speaker.org_pronoun": "it/they/we: the organisation that last acted",
    "pronoun.they_not_bystander": "'... filed suit in the Calder court. They allege': 'they' is "
                                  "never a court, nor a single organisation that did not act (named "
                                  "in a list, acted on): kept as written",
    "speaker.anonymous_source": "'sources familiar with the matter', 'a source close to the deal', "
                                "'people briefed on the talks': the pseudo-party 'anonymous sources', "
                                "never the organisation the source is close to (coref.py)",
    "speaker.continues_previous": "'..., it added': a pronoun or 'the company' of a continuation verb "
                                  "is whoever spoke just before, if it can be them (coref.py)",
    "continue.adverb": "'It also claims', 'the filing further states': a cue with a continuation "
                       "adverb (coref.yml) goes on with the previous speaker, as 'added' does",
    "continue.outlet_noun": "'..., the Gazette reported. Additionally, the regulator claimed': an outlet "
                            "that spoke before goes on only as a noun an outlet can be called "
                            "(coref.yml outlet_anaphors), never as 'the regulator'",
    "speaker.they_continue": "'Lawyers for X wrote: ... They added: ...': 'they' of a continuation "
                             "verb is who spoke just before, when that one's subject was plural "
                             "(introduced.py)",
    "speaker.group": "'the publishers', 'the studios': a definite plural of a party noun stands "
                     "for parties the text named (the first of them), never the last single company; "
                     "one it cannot place is kept as written",
    "speaker.included": "'Signatories include A, B and C, arguing ...': a noun whose verb 'include' "
                        "has names for object stands for them; the first-named speaks (groups.py)",
    "speaker.noun_named": "'an indie singer named X filed ..., claiming': the name the "
                          "description's own participle (named, called, known as) gives it "
                          "(introduced.py)",
    "speaker.group_owned_by": "'Record labels owned by A, B and C are suing ..., alleging': a "
                              "plural party noun whose own phrase lists who they are (owned, "
                              "run, represented by): the first-named (introduced.py)",
    "speaker.group_named_next": "'Korean broadcasters claim ...' then 'the three broadcasters A, B and "
                                "C filed ...': a bare plural party noun named by the list the next "
                                "sentence introduces with the same noun (introduced.py)",
    "speaker.described_entity": "'the news agency said' after 'Japanese news agency X' (or 'X, a news "
                                "agency', 'X is a ...', 'X, 78,' for 'the 78-year-old'): the entity "
                                "the text last described with that noun, modifiers and kind agreeing, "
                                "never one named in its own clause (described.py)",
    "speaker.public_body": "'the regulator said' after 'the Calder Markets Authority fined Orrin': the "
                           "last public body named (role_kinds.yml), never the company it "
                           "regulates; none named: kept as written (role_kinds.py)",
    "document.sender_of_gerund": "'Writers came together in voicing fears through an open letter to Y': "
                                 "the letter's sender is the subject of the verb the gerund hangs "
                                 "on (introduced.py)",
    "document.sender_unnamed": "'Hundreds of writers wrote an open letter to Y ... The letter says': the "
                               "introduction's subject names no party: kept as written, never the "
                               "last name (its addressee or its topic; introduced.py)",
    "group.plaintiffs_listed": "'The plaintiffs, a group of writers including A and B, claim': with no "
                               "filing read, the names the plaintiffs' own phrase lists (groups.py)",
    "speaker.outlet_journalist": "'a Ledger reporter found ...': an unnamed journalist speaks for the "
                                 "outlet the phrase names (role_kinds.py)",
    "speaker.public_body_named_next": "'Calder's regulator said it fined Orrin. The Calder Markets Authority "
                                      "said ...': a country's public body, none named before, is the "
                                      "one acting in the next sentence (role_kinds.py)",
    "document.sender_listed": "'A group of writers including A and B signed an open letter ... The letter "
                              "claims': the first member the senders' own phrase lists (introduced.py)",
    "document.filed_here": "'Orrin filed a lawsuit that claims ...': the subject of the verb that filed, "
                           "sent or published the document in its own sentence, never the party "
                           "it is against (document_filers.py)",
    "document.filed_before": "'X published an analysis claiming ... The analysis alleged': who filed, "
                             "sent or published the noun's first mention (document_filers.py)",
    "speaker.role_represents": "'Counsel appearing for X informed the court', 'lawyers representing X "
                               "argue': the party the role's own participle names (role_kinds.py)",
    "role.advocate_not_court": "'Counsel informed the court ...' with a court named last: a lawyer is "
                               "never the court; kept as written (role_kinds.py)",
    "speaker.description_continues": "'X said the label cloned Y's voice. The singer said': a definite "
                                     "occupation noun opening its sentence is the one person the "
                                     "sentence before has as subject, when no other person was "
                                     "acted on there (topic.py)",
    "description.gazetteer_kind": "'the trade group said': the gazetteer's kind of a named party "
                                  "(coref.yml gazetteer_kinds) describes it, for a description "
                                  "that names the kind, not a bare 'the group' (described.py)",
    "speaker.person_with_role": "'the chief executive': the person introduced with that role",
    "speaker.the_court": "'The court held that ...': the one court the text named before; with "
                         "none or two, as written (courts.py)",
    "speaker.the_judge": "'the judge observed': the person titled judge or justice before, never "
                         "the party named last; with none, kept as written (coref.py)",
    "speaker.named_next": "'..., the chief executive of X has warned. Y said': a role nobody was "
                          "introduced with is the new person the next sentence's cue has as "
                          "subject (coref.py)",
    "speaker.definite_description": "'the <org> chief executive' right after a person is named",
    "speaker.occupation_noun": "'..., insisted the illustrator', 'the author wrote': a definite "
                               "singular of a trade (person group nouns) is the person named just "
                               "before who acted (coref.py)",
    "speaker.role_initials": "'the CTO': the person introduced as 'chief technology officer' (the "
                             "initials of the role's last words)",
    "speaker.role_named_later": "'Calder's trade commissioner said', a headline's 'X boss says': "
                                "the person introduced next with that role (same organisation)",
    "speaker.role_for_org": "'a spokesperson for X', 'its lawyers': the organisation",
    "role.for_person_noun": "'representatives for the singer': the last person named, never the last "
                            "organisation (no one when no person was named)",
    "speaker.own_document": "'the platform's terms of use state': a text an organisation publishes "
                            "about itself speaks for it; with no owner, kept as written (coref.py)",
    "role.person_possessive": "'her representatives', 'his lawyer': a role that speaks in a "
                              "person's name, owned by 'his'/'her', is the person the pronoun stands for",
    "role.possessive_owner": "'their lawyers', 'its lawyers': whom the pronoun stands for ('their' a "
                             "group that acted, else the organisation that last acted), never one "
                             "named in the role's own reported clause; else kept as written (coref.py)",
    "role.group_unplaced": "'lawyers for the authors' whose group the text never names: kept as "
                           "written, never the last organisation named",
    "speaker.document": "'the lawsuit says': who stands behind the document",
    "speaker.untagged_name": "a proper noun the model did not tag: a person",
    "speaker.collective_not_accused": "'the group', 'the association' the text does not name, whose "
                                      "last acting organisation is the accused party: kept as "
                                      "written (coref.py)",
    "name.not_a_noun": "a headline's 'Lara Croft Voice Actress Alleges': capitalised words ending "
                       "in a noun for a kind of party (actress, association, publisher) are a "
                       "description, no untagged name: kept as written",
    "speaker.org_anaphor": "'the company', 'the office': an organisation named before",
    "speaker.unresolved_kept": "'The plaintiffs argue that ...' with no plaintiff named: a rule "
                               "applied and found no one; the statement stays, with its subject's "
                               "words (never a pronoun's)",
    "speaker.as_written": "no rule knows who the subject is ('the court', 'organizers', '60 percent "
                          "of voters'): its words are kept, no entity is guessed",
    # how those resolved
    "role.apposition": "the speaker's role is the phrase in apposition to the name",
    "role.of_person": "'the Sanders aide', 'an adviser to X': a role around a person (not a "
                      "spokesperson or lawyer) is someone else: kept as written",
    "name.fuller_form": "a surname resolved to the fuller name met earlier",
    "name.fuller_form_canonical": "the fuller form met earlier is a name the gazetteer or the text "
                                  "calls otherwise ('Tessaly Gemini' is 'Gemini'): its canonical name",
    "pronoun.gender_match": "the person's given name has the pronoun's gender",
    "pronoun.gender_unknown": "the person's given name has no known gender",
    "pronoun.subject_preferred": "'Judge X dismissed ... Lawyers for Sarah Y argued ... She wrote': a person "
                                 "who acted as a subject just before outranks one named only in "
                                 "another's phrase or as an object",
    "pronoun.nearest_person": "no person fits the gender: the nearest one",
    "pronoun.they_group": "'they': the last list of names, or group noun, that acted, when no single "
                          "organisation acted after it (outside what someone said)",
    "pronoun.they_listed_subject": "'15 organisations, including A, B and C, criticised the draft. "
                                   "In a letter to X, they ...': a plural subject that lists its "
                                   "members is what 'they' stands for, the first-named (groups.py)",
    "pronoun.it_thing_before": "'The service was ordered by the court to pay Orrin Labs. It determined "
                               "...': 'it' opening a sentence after one whose subject is a definite "
                               "thing naming no party is never the organisation only acted on "
                               "there: kept as written (agreement.py)",
    "speaker.parenthetical_own_words": "'Tessaly's conduct, it says, is “theft”': the words before a "
                                       "parenthetical cue are the statement's own; the names in them "
                                       "do not stop 'it' going on with the subject before "
                                       "(continuity_quotes.py)",
    "speaker.past_quote_sentences": "'“P,” the order states. “Q.” “R,” it states': a sentence printed "
                                    "wholly in quote marks (up to two) is read past to the subject "
                                    "'it' goes on with (continuity_quotes.py)",
    "speaker.document_it": "'the order states ... it states': 'it' going on with a document speaks "
                           "for who stands behind it, a judge included (continuity_quotes.py)",
    "speaker.it_outlet_subject": "'the Ledger is asking ... Failure to comply, it says': 'it' goes on "
                                 "with an outlet that was the subject before, as with a company "
                                 "(continuity_quotes.py)",
    "pronoun.it_document": "'..., it added' after a lawsuit spoke: who stands behind the document",
    "anaphor.not_in_own_clause": "a pronoun or 'the company' never stands for a name its own "
                                 "reported clause uses: 'it said DeepSeek copied' is not DeepSeek",
    "anaphor.indefinite_is_new": "'a group of authors who claimed ...': a noun with 'a'/'an' "
                                 "introduces a new party, never one named before: kept as written",
    "anaphor.quote_may_name_speaker": "words in quote marks are not read for that: a speaker may "
                                      "name itself in its own quote",
    "group.plaintiffs": "the group is the plaintiffs: 'the plaintiffs', or the noun the filing "
                        "describes them with ('sued ... with four other songwriters')",
    "group.defendants": "'the defendants': who was sued, in the order named",
    "defendants.fuller_list": "'Reporter sues A, B over ...' then 'is suing A, B, C and D': a later "
                              "list of the same suit, within two sentences, holding every name of "
                              "the first and more, is the defendants (a headline's commas make no list)",
    "group.filer_nouns": "'The complaint claims ... The signatories said': a plural of cues.yml "
                         "filer_nouns after the case's complaint or suit is who filed it (the "
                         "plaintiffs); after a deal or a letter it is read like any group",
    "group.and_other": "'A, B and other companies ... the companies': the names a list closed by "
                       "'and other' plus the group's own noun named (and_others.py)",
    "group.described_list": "'the labels' after 'record labels A, B and C sued startups D and E': the "
                            "list introduced with the group's own noun, whichever list came last",
    "group.last_list": "the last list of names of the noun's kind ('A, B and C'), none of them named "
                       "in the group's own clause",
    "group.list_not_accused": "'the group said' when the last organisation that acted is the accused: "
                              "the last list of parties none of them accused (coref.py)",
    "group.listed_in_phrase": "'the companies - including A, B and C': the names listed in the "
                              "group's own phrase (coref.py)",
    "group.described_next": "the list of names the next sentence introduces with the plural's own "
                            "noun ('broadcasters A, B and C'): its first-named speaks (groups.py)",
    "group.relative_includes": "'a coalition of outlets, which includes A, B and C, launched the suit. "
                               "They argue': the names the noun's relative clause says it includes "
                               "(groups.py)",
    "org.in_phrase": "the organisation is named in the speaker's phrase",
    "org.hyphen_modifier": "'the Amazon-backed company': a name in a hyphenated modifier describes "
                           "the noun; it is not the organisation the phrase names",
    "org.owner_of_named": "'the publisher of IGN and CNET', 'the company behind X': what follows "
                          "'of'/'behind' is what the speaker owns or makes, not the speaker",
    "org.last_named": "the last organisation named",
    "org.named_like": "the last organisation whose name has the noun",
    "org.outlet_or_company": "'the latest news publisher ... The publisher said': 'the publisher', "
                             "'the broadcaster' go on with an outlet too, not only with a company "
                             "(anaphor_kinds.py)",
    "org.subject_over_name": "'CEO of the Calder Ferry Company ... Tessaly launched X. The company "
                             "claims': a generic 'the company' opening its sentence goes on with the "
                             "one organisation subject of the sentence before, not a name further "
                             "back that only ends in 'Company' (anaphor_kinds.py)",
    "org.last_subject": "the last organisation that was a sentence's subject",
    "org.not_who_acted_on_it": "'Kyodo accused the startup of copying ... the startup said': the "
                               "subject of a verb whose object was the same definite noun just "
                               "before is the other party, not the speaker (speakers.py)",
    "document.own_org": "the document's own organisation: 'Orrin's lawsuit'",
    "document.part_of": "'The grounds for the judgment state', 'the text of the letter says': a "
                        "part of a document (cues.yml document_parts) speaks for the document",
    "document.last_named": "a report, a letter: the last person or organisation named",
    "document.not_addressee": "'In a correspondence addressed to X, ... The letter asserted': the "
                              "last name before a document is not its author when the text says "
                              "the document was sent or addressed to it (standing.py)",
    "document.introduced_sender": "'In a letter to Y, X urged ... The letter argues', 'X sent Y a "
                                  "notice demanding': who the text says sent it, never the "
                                  "addressee named last (introduced.py)",
    "document.same_before": "'a report by the daily X ... The report adds': a definite document noun "
                            "is the one mentioned before with the same noun, and speaks for the "
                            "owner that mention named (standing.py)",
    "document.outlet_report": "'..., according to X. The report adds': a report, investigation or "
                              "story with no owner is the outlet's that was the source just before, "
                              "never one that was only told or shown something (standing.py)",
    "document.counted_first_named": "'A study by X found P, while Y reported Q. Both studies noted R': "
                                    "a counted plural document ('both', 'the two') is the first-named "
                                    "of the last parties that spoke, never only the last; too few: "
                                    "kept as written (plural_documents.py)",
    "document.previous_speaker": "a report, a statement with no owner: who spoke in the sentences "
                                 "just before, else the last named (coref.py)",
    "document.not_the_accused": "a report or statement with no owner is not the accused party's for "
                                "being named last: kept as written (coref.py)",
    "document.reader_not_author": "'the letter, seen by Bloomberg': who read a document is not who "
                                  "wrote it (coref.py)",
    "plaintiff.filer": "the plaintiff is who sued or filed",
    "plaintiff.unnamed_filer_nouns": "'A group of visual artists has filed ... Illustrators A, B and C "
                                     "sued': the nouns of filers the text does not name describe the "
                                     "plaintiffs it names ('the artists' are A, B and C)",
    "plaintiff.members_listed": "'An alliance of media organisations has filed a complaint ... The "
                                "members of the alliance include A, B and C': an unnamed filer is "
                                "the members a later sentence says it includes",
    "plaintiff.motion_not_suit": "'X filed a motion to dismiss': who files a motion or brief is "
                                 "not thereby the plaintiff (the defendant moves); read on",
    "plaintiff.action_verb": "'X initiated legal proceedings against Y', 'X took legal action': a "
                             "verb that starts something files when its object is a legal action "
                             "(cues.yml action_verbs, legal_action_nouns; standing.py)",
    "plaintiff.passive_headline": "'Tessaly sued by Calder Gazette': a participle with a 'by' agent "
                                  "and no auxiliary (a headline's passive) was filed by the agent; its "
                                  "subject is who was sued, never the plaintiff (suit_parties.py)",
    "plaintiff.named_plaintiff": "the plaintiff is named next to the word 'plaintiff'",
    "plaintiff.speaks_in_suit": "the plaintiff is who 'said in the lawsuit'",
    "plaintiff.named_in_apposition": "'The plaintiffs — fiction writers A, B and C — claim': the "
                                     "names the plaintiff noun's own apposition lists (named_plaintiffs.py)",
    "plaintiff.named_in_caption": "'In A et al. v. B, plaintiffs claim': the party before 'v.' of a "
                                  "caption opening the plaintiff noun's own sentence (named_plaintiffs.py)",
    "plaintiff.described_named_next": "'Two voice actors have filed ... . A and B claim': a counted, "
                                      "unnamed filer is the list of as many names of its kind that "
                                      "opens the next sentence (named_plaintiffs.py)",
    "speaker.bare_plaintiffs": "'Plaintiffs argue that ...': a plaintiff noun with no determiner "
                               "names the article's plaintiffs, not a kind (named_plaintiffs.py)",
    "attribution.credit_line": "'“We will appeal.” / Dr. Mara Ellison, Orrin Labs' (lines): a quote that is its own "
                               "paragraph, with no speaker otherwise, is the party a credit line under it "
                               "names (a name opening a line with no finite verb; credit_lines.py)",
    "speaker.singular_they": "'A representative for Orrin declined to comment. However, they told "
                             "the Ledger that ...': 'they' opening the sentence after one unnamed "
                             "spokesperson or representative, with no plural party there, is that "
                             "person's party (singular_they.py)",
    "speaker.named_in_lede": "'Voice Actress Alleges X Used AI | Ada Merle, the French voice actress, "
                             "has accused X': a headline's or lede's description is the one party the "
                             "next two sentences name with the same noun (cataphora.py)",
    "speaker.filer_phrase": "'Two voice actors have filed ..., alleging': the filer phrase that "
                            "plaintiff.described_named_next named speaks for the first plaintiff",
    "plaintiff.inferred_accuser": "the plaintiff is the accuser the article names (nlp.sides)",
    "plaintiff.named_after": "an accuser inferred from the wording but named only after the "
                             "document ('..., according to the suit. ... including X's class "
                             "action against Y'): another case, not the document's plaintiff",
    "document.new_unowned": "'A new report suggests', 'a recent study found': an indefinite "
                            "document with no owner in its phrase is new, nobody named before "
                            "wrote it: kept as written (new_documents.py)",
    "document.described_owner": "'the publishers' motion': the owner a description names, "
                                "resolved by the speaker rules or kept as written, never the last "
                                "name (new_documents.py)",
    "document.by_named": "'a paper by an entity named X ... The paper claimed': X (new_documents.py)",
    "document.author_not_court": "'Tomas Ardlow sued Orrin Labs in the Dunmere High Court. The statement of claim "
                                 "says ...': a statement, letter or report with no owner is not the court's, named "
                                 "last before it (a court speaks by its rulings): kept as written (document_owners.py)",
    "document.issued_by": "'X issued a statement ... The statement said', 'X and Y were among the groups that "
                          "signed the letter': the owner a verb of issuing names, not the last name before "
                          "the document (document_owners.py)",
    "org.person_owner": "'Jorja Smith's record label said': an organisation noun owned by a "
                        "person is not that person: kept as written",
    "org.not_one_of_list": "'A and B sent letters to C. The company said': a singular noun is "
                           "not one of two organisations that acted together: kept as written",
    "group.described_member": "'comedian A, award-winning author B and C': a name after a comma "
                              "with its own description before it is still the list's next "
                              "member, so the list is read from A (groups.py)",
    "org.name_says_other_kind": "'the Harbor Writers Guild said ... The company said': a name "
                                "whose last word says another kind of party (a guild, a union, a "
                                "court) is never 'the company': kept as written (topic.py)",
    # what the speaker's own words allow (nlp/attribution/agreement.py, issue 12 session 10)
    "document.named_for_defendant": "'Mara Ellison sued Orrin Labs ... The Orrin Labs lawsuit claims': a "
                                    "suit named by a modifier after the party the text says was sued "
                                    "is the suit against it: its filer speaks, never the defendant",
    "document.bare_plural_new": "'according to legal documents reviewed by the Ledger', 'court "
                                "filings show': a plural document with no determiner or owner is "
                                "indefinite, like 'a report': kept as written, never the previous "
                                "speaker",
    "document.owner_pronoun_disagrees": "'according to its website' after a judge spoke: 'its' owns "
                                        "for an organisation, 'his'/'her' for a person; a look-back "
                                        "that finds the other kind is kept as written",
    "document.by_named_loose": "'the release of a paper by an entity named Quillmark ... The paper "
                               "claimed': the name a naming participle gives is the author, "
                               "though the 'by' phrase hangs on 'release' or the model did not "
                               "tag the name (new_documents.py)",
    "group.number_agrees": "'the three newspapers said' after a list of two: a group noun that "
                           "states its number is the last list of that many, else kept as written",
    "name.lower_case_no_name": "'..., the trade association confirmed' with 'association' tagged a "
                               "proper noun: a lower-case word after an article is a description, "
                               "no untagged name",
    "judge.titled_person": "the judge is the first person titled 'Judge'",
    "judge.court": "the judge is the first court named",
    # no-comments
    "nocomment.declined": "declined to comment (a phrase of cues.yml)",
    "nocomment.no_response": "did not respond (a phrase of cues.yml)",
    "nocomment.unreachable": "could not be reached (a phrase of cues.yml)",
    "nocomment.story_event": "a response the story reports is not a no-comment: to a letter, 'to "
                             "which X did not respond', inside what a lawsuit or another party says, "
                             "'in court', 'answered the complaint'",
    "nocomment.agent": "each name of a passive's agent: 'was not answered by A, B or C'",
    "nocomment.listed_names": "each name of a subject that is a list of names",
    "nocomment.named_in_subject": "each organisation named inside the subject: 'investors, including "
                                  "X', 'Spokespeople for A and B'",
    "nocomment.group": "each member of the group the subject names: 'the companies', 'Spokespeople "
                       "for the other defendants' (less those just heard from)",
    "nocomment.as_did": "'X declined to comment, as did Y': Y too",
    "nocomment.and_role_name": "'X and her co-counsel Y did not respond': Y too, though the parser made Y an "
                               "apposition of X",
    "nocomment.whom_unreached": "'Reuters was unable to reach X', 'The Ledger could not reach X': each "
    "name the object of 'reach'/'contact' lists could not be reached; 'could not reach an agreement' names "
    "no one",
    "nocomment.addressee": "the subject is the request ('Calls to X were not returned', 'Messages "
                           "left with X's office went unanswered'): whom it went to",
    "nocomment.names_before_role": "'A and B representatives were not available': each of A, B",
    "nocomment.both": "'reps for A and B ..., and both declined': each of the pair just named",
    "nocomment.pair_of_parties": "'A sued B. Neither company responded': the subject and object of "
                                 "the last act between two parties",
    "nocomment.reporter_itself": "'A spokesman for X said the company had no comment': X, who "
                                 "says it, not the last company that acted",
    "nocomment.first_in_sentence": "no subject to read: the first name in the sentence",
    "nocomment.neither_did": "'X did not respond. Neither did Y': Y too, of the same kind",
    "nocomment.not_a_product": "a product ('the chatbot did not respond to prompts') is asked for "
                               "no comment: no row",
    "nocomment.asker_not_silent": "who asked ('Reuters' request for comment', 'a question from X') "
                                  "is not who stayed silent",
    "nocomment.spoke_instead": "'X declined to comment on A, saying B': X spoke (B is a statement), "
                               "so no no-comment row",
    "nocomment.from_whom": "'There was no immediate response from X', 'No reply was received from X': "
                           "each name after the phrase's 'from'",
    "nocomment.asked_party": "'The Ledger contacted X for comment but received no response': X, whom "
                             "the asker asked for comment; never the asker",
    "nocomment.outlet_reports": "'The Calder Herald said X declined to comment': a no-comment an "
                                "outlet reports is X's all the same (the outlet asked; "
                                "nocomment_outlets.py)",
    "nocomment.names_and_group": "'Attorneys for the authors and spokespeople for X', 'Representatives "
                                 "for X and the publishers': the group's members beside the names",
    "nocomment.name_after_group": "'Lawyers for the plaintiffs and X': a name in conjunction with the "
                                  "role's group is spoken for by the role too",
    "nocomment.conjoined_name": "'X and its chief executive, Y, did not respond': a subject conjunct that "
                                "is a name is its own party (not the apposition's name for both)",
    "nocomment.both_for_role": "'Representatives for both sides', 'Lawyers for the two companies': the "
                               "pair the role speaks for, read as the subject would be",
    "nocomment.both_sides": "'A and B sued C. Both sides declined': the two sides of the last act "
                            "between parties, each with its listed names (not the last pair coordinated)",
    "nocomment.group_as_sides": "'A sued B. The companies did not respond': a definite plural with no "
                                "list is the two sides of the act just told, when both are of its kind",
    "nocomment.representing_group": "'A lawyer representing the plaintiffs declined': the group the "
                                    "participle names (never the last company named)",
    "nocomment.list_and_own_role": "'A, B and their lawyers did not respond': the list's names; the "
                                   "role closing it adds no one",
    "nocomment.product_asked": "'Wrenlet has not responded to our request for comment': a product asked "
                               "for comment keeps the text's name (prompts are not asked)",
}

# Rules that only name how a switchable rule resolved: they cannot be turned off alone.
OUTCOMES = frozenset({"role.apposition", "name.fuller_form", "pronoun.gender_match",
                      "pronoun.gender_unknown", "pronoun.nearest_person", "org.in_phrase",
                      "org.last_named", "org.named_like", "org.last_subject",
                      "nocomment.declined", "nocomment.no_response", "nocomment.unreachable",
                      "chain.answers"})
