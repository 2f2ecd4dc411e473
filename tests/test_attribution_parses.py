"""Attribution rules on parses written out by hand.

Some rules exist to repair what the statistical model sometimes gets wrong (a name it did not
tag, a subject it attached elsewhere); their examples are parses written out word by word, so
they keep testing the rule whatever the model. ``HAND_PARSED`` is read by
``test_attribution_rules.py``'s check that every rule has an example. Fictional texts only.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from nlp.attribution.component import QuoteFinder, attribute
from nlp.attribution.context import Context
from nlp.attribution.words import load_cues
from tests.attribution_case import Case, _check_quote


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

# "The voice actors, Ellison and Okafor, alleged ...": the parser made the list's last name the
# apposition and the first a modifier inside it; the plural role stands for both, Ellison first.
ROLE_LIST = """
The DET DT the 2 det
voice NOUN NN voice 2 compound
actors NOUN NNS actor 8 nsubj nospace
, PUNCT , , 2 punct
Ellison PROPN NNP Ellison 6 nmod
and CCONJ CC and 4 cc
Okafor PROPN NNP Okafor 2 appos nospace
, PUNCT , , 2 punct
alleged VERB VBD allege 8 ROOT
that SCONJ IN that 11 mark
Tessaly PROPN NNP Tessaly 11 nsubj
copied VERB VBD copy 8 ccomp
their PRON PRP$ their 13 poss
voices NOUN NNS voice 11 dobj nospace
. PUNCT . . 8 punct
"""

# "Counsel for Harbor and Calder met Orrin. The plaintiffs' counsel state ...": the parser made
# the list's last name the object of "for"; the plural owner stands for both clients, Harbor first.
COUNSEL_LIST = """
Counsel NOUN NN counsel 5 nsubj
for ADP IN for 0 prep
Harbor PROPN NNP Harbor 4 nmod
and CCONJ CC and 2 cc
Calder PROPN NNP Calder 1 pobj
met VERB VBD meet 5 ROOT
Orrin PROPN NNP Orrin 5 dobj nospace
. PUNCT . . 5 punct
The DET DT the 9 det
plaintiffs NOUN NNS plaintiff 11 poss nospace
' PART POS ' 9 case
counsel NOUN NN counsel 12 nsubj
state VERB VBP state 12 ROOT
that SCONJ IN that 15 mark
Orrin PROPN NNP Orrin 15 nsubj
deleted VERB VBD delete 12 ccomp
the DET DT the 17 det
data NOUN NNS datum 15 dobj nospace
. PUNCT . . 12 punct
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
    pytest.param("speaker.role_list_first", ROLE_LIST, {4: "PERSON", 6: "PERSON", 10: "ORG"},
                 Case("speaker.role_list_first", "", "indirect", "Tessaly copied their voices", "Ellison"),
                 id="speaker.role_list_first"),
    pytest.param("org.counsel_client_list", COUNSEL_LIST, {2: "ORG", 4: "ORG", 6: "ORG", 14: "ORG"},
                 Case("org.counsel_client_list", "", "indirect", "Orrin deleted the data", "Harbor"),
                 id="org.counsel_client_list"),
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


def test_name_then_role_on_a_parse_written_by_hand(nlp):
    """speaker.name_then_role: the tagged name "Wen Drossel" hangs on the role "head", the
    cue's subject; the person is the speaker (without the rule: no name is read)."""
    from spacy.tokens import Span

    doc = _parsed(nlp, NAME_WITH_ROLE, {})
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="ORG")]
    QuoteFinder(load_cues())(doc)
    _check_quote(doc, Case("speaker.name_then_role", "", "indirect", "the accounts had been blocked",
                           "Wen Drossel"))


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
