"""Two subjects the parser hid from a cue (issue 12, session 10, wave 2).

``subject.repeated_report``: "Ada Vell said her visits have given the campaign new life and
said that the council did not speak for the harbor": the parser often coordinates the second
"said" with the verb of the clause the first "said" reports ("given"), so climbing to a
subject finds the reported clause's own subject ("visits"), and the statement goes to no one
or to the wrong party. When the writer repeats the same verb of saying ("said ... and said"),
or goes on with "added" and a clause of its own ("... and added that ..."), the second verb is
the speaker's next act, not an act of the first clause's subject: a writer who meant the
clause's subject to speak would not repeat the verb that reports the whole clause. The subject
is then the first cue's. ``coref.reported_conjunct`` covers the case where a closing quote
mark shows the break; this one needs no mark.

``subject.participle_subject``: "Large majorities of Calder voters in six towns going to the
polls on Tuesday said they support the plan": the parser made the participle ("going") the
cue's clausal subject and hung the noun phrase on the participle as its subject, so the cue had
no nominal subject and the statement was lost. A gerund clause before a verb of saying is not
who speaks; the noun phrase the participle modifies is.

Both read only the cue, the verb it hangs on and that verb's head: no walk over the doc.
"""

from __future__ import annotations

from spacy.tokens import Token

from nlp.attribution.context import Context

REPEATED_REPORT = "subject.repeated_report"
# ``subject.repeated_report_not_after``: the repeated cue's first verb reports the clause it
# heads, so it stands before that clause ("Ada Vell said her visits ... and said"). A cue after
# it ("A Vexa spokesperson confirmed the letter and said ...; the union said ...", the parser
# hanging the first sentence part on the later "said") is another speaker's, never the one who
# repeats: the climb goes on to the first verb's own subject.
OUTER_AFTER = "subject.repeated_report_not_after"
# verbs that go on with the same speaker when they carry a clause of their own
GOING_ON = frozenset({"add"})


def repeated_report(ctx: Context, head: Token, verb: Token) -> Token | None:
    """The cue whose reported clause ``head`` is, when ``verb`` (a conjunct of ``head`` with no
    subject of its own) repeats that cue's verb or is "added" with a clause of its own; else
    None."""
    outer = head.head
    if head.dep_ != "ccomp" or outer is head or not ctx.is_cue(outer) or verb.head.i != head.i \
            or verb.i < head.i or not ctx.on(REPEATED_REPORT):
        return None
    if outer.i > head.i and ctx.on(OUTER_AFTER):
        return None  # "A spokesperson confirmed X and said Y; the union said Z" (OUTER_AFTER)
    lemma = verb.lemma_.lower()
    if lemma == outer.lemma_.lower() or lemma in GOING_ON and any(
            c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return outer
    return None


PARTICIPLE_SUBJECT = "subject.participle_subject"


def subject_of_participle(ctx: Context, verb: Token) -> Token | None:
    """The noun a participle before the cue modifies, when the parser made the participle the
    cue's clausal subject ("voters ... going to the polls said") and the noun its subject;
    else None (``PARTICIPLE_SUBJECT``)."""
    part = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                 and c.i < verb.i), None)
    if part is None or not ctx.on(PARTICIPLE_SUBJECT):
        return None
    return next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
