"""A pronoun or "the company" goes on with the last main subject of its kind, not the last name.

Counted over the fourteen read real sets (session 15): of the wrong speakers given by a pronoun
subject ("he", "it", "they") or a definite organisation noun ("the company", "the agency"),
most took the nearest NAME of the right kind although the text was still about the subject of
the sentences before: "The defendants argued ... Therefore, no fixed copy exists. They further
asserted" (given to the plaintiff, named last), "the Orrin Labs AI chief said that: ... He added"
(given to the interviewer, the object of "speaking to"), "The 98-year-old said ... He told the
Ledger" (given to a man named in a possessive), "The complaint ... names X, a Calder-trained
researcher. It alleges" (given to Calder), "The society notes that Tessaly's tool ... However,
the organization claims" (given to Tessaly). News writing keeps its topic as the subject and refers to
it back; the names in between are objects, owners and what the subject said about others.

How it applies (so that what the older rules decide stays theirs): the nearest-name rules
(``speaker.person_pronoun``, ``speaker.org_pronoun``, ``speaker.org_anaphor``) decide first;
this module then looks for the last MAIN subject of the anaphor's kind and overrules them only
when that subject is another party. A result with no party, and "it" read as a document that
spoke since (``pronoun.it_document``), are left alone.

Rule ``pronoun.last_subject_kind``: a subject "he", "she", "it" or "they" (outside quote marks)
stands for the last MAIN subject before it (the subject of its sentence's main verb or of a cue,
never of a reported or relative clause, never inside quote marks) that can be it, in its own
sentence before it and in the ``BACK`` sentences before: a person (a given name not of the other
gender, or a person noun: "the CTO") for he/she; an organisation, an organisation noun or a
document for "it" (never for "the company": "The memo said ... the company said" is not the
memo's filer); a list, a plural or a collective noun for "they". Subjects of another kind
(a thing: "the deal", "no copy") are passed over; an outlet stops the search (the outlet rules
read it). A named subject gives its name; a description or a pronoun gives what the speaker
rules make of it, and when they name no party "they" keeps no party: a statement with no party
is better than one in the wrong mouth. A list for "he" or "she" names no one.

Rule ``org.last_subject_kind``: the same for a definite singular organisation noun ("the
company", "the organization", "the agency") that names no organisation in its phrase and whose
noun no organisation's name has: the last main subject that is an organisation (one whose name
says no other kind: ``topic.name_says_other_kind``), an organisation noun or "it".

Neither overrules: a name the anaphor's own clause uses ("it says Tessaly copied"), the party
that acted on the same noun ("X accused the startup ... the startup said"), a subject in the
anaphor's own sentence whose clause does not hold it ("Pell asked Mara how she felt: ... she
said"), and a nearer name that took part as much as the subject: the object of that subject's
main verb ("X met Y. She said") or the agent of a passive ("a suit filed by Y. They sued").
Cost: only at a pronoun or organisation-noun subject the nearest-name rules gave a party: the
subjects of at most four sentences.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from nlp.attribution.context import ANAPHOR_LABELS, Context
from nlp.attribution.group_members import coordinated
from nlp.attribution.record import Speaker
from nlp.attribution.same_noun import keeps_nearest
from nlp.lexicon import data_yaml, given_name_genders

PRONOUN_RULE, ORG_RULE = "pronoun.last_subject_kind", "org.last_subject_kind"
SUBJECTS = ("nsubj", "nsubjpass")
BACK = 3  # sentences before the pronoun's own
NOT_MAIN = ("ccomp", "relcl", "acl", "advcl", "xcomp", "pcomp", "csubj")
PRONOUN_KIND = {"he": "male", "she": "female", "it": "org", "they": "plural"}


def _kind(ctx: Context, tok: Token, w) -> tuple[str, str | None, str, str] | None:
    """(kind, noun, rule, words) when ``tok`` is a subject pronoun or a definite singular
    organisation noun this module reads; None otherwise."""
    if tok.dep_ not in SUBJECTS or ctx.in_quote[tok.i]:
        return None
    kind = PRONOUN_KIND.get(w.lower)
    if kind is not None:
        return kind, None, PRONOUN_RULE, tok.text
    from nlp.attribution.coref import _definite

    if w.lemma not in ctx.cues.org_anaphors or w.lemma in ctx.cues.outlet_nouns \
            or tok.tag_ in ("NNS", "NNPS") or tok.i in ctx.ent_of or not _definite(ctx, tok):
        return None
    if ctx.org_in(tok) is not None or ctx.named_like(w.lemma, w.back) is not None or ctx.hyphen_named(tok):
        return None  # "the Sam Altman-led company": not Sam Altman's; org_anaphor reads it
    return "org", w.lemma, ORG_RULE, ctx.phrase(tok)


def veto(ctx: Context, tok: Token, w, found: Speaker) -> Speaker:
    """``found`` (what the nearest-name rules made of a pronoun or "the company"), or the last
    main subject of its kind when that is another party and the name ``found`` took was only
    in the background of the text: an owner, an object of a phrase, a name in what someone
    said. Where the two agree the older rule keeps the decision (and its trace); where the
    older rule found no one, this rule does not guess. Two readings are left to the older
    rules: the object of the main verb of that subject ("X met Y. She said": both took part,
    the nearer one is kept) and the agent of a passive ("a suit filed by Y. They sued"); and
    in the pronoun's own sentence a subject counts only when the pronoun is inside its
    clause ("X denied ..., though he admitted")."""
    if found.name is None or "pronoun.it_document" in found.rules:
        return found  # nobody to overrule; a document that spoke since the subject is the later speaker
    what = _kind(ctx, tok, w)
    if what is None or not ctx.on(what[2]):
        return found
    kind, noun, rule, text = what
    skip = _Skip(ctx, tok, w, noun)
    hit = _last_subject(ctx, tok, kind, noun, skip)
    if hit is None:
        return found
    subj = hit[0]
    if subj.sent.start == tok.sent.start and subj.head not in tok.ancestors:
        return found  # "Pell Varga asked Mara Ellison how she felt": not in Pell's clause
    new = _resolve(ctx, hit, kind, text, noun)
    if new is None or new.name is not None and new.name == found.name:
        return found
    if _foreground(ctx, found.name, w.back, subj):
        return found
    if (kept := keeps_nearest(ctx, subj, noun, new, found)) is not None:
        return kept  # an unnamed "the company" before is the same chain (same_noun.py)
    return new.but(rule)


class _Skip:
    """The names the anaphor cannot be, read only when a named subject is met: a name of the
    clause it reports ("it says Tessaly copied") and, for "the company", the party that acted on
    the same noun ("X accused the startup ... The startup said")."""

    def __init__(self, ctx: Context, tok: Token, w, noun: str | None):
        self._args, self._names = (ctx, tok, w, noun), None

    def __contains__(self, name: str) -> bool:
        if self._names is None:
            ctx, tok, w, noun = self._args
            self._names = set(w.exclude)
            if noun is not None:
                from nlp.attribution.speakers import _acted_on_before

                other = _acted_on_before(ctx, tok, w)
                if other is not None:
                    self._names.add(other)
        return name in self._names


def _foreground(ctx: Context, name: str, pos: int, subj: Token) -> bool:
    """Whether the last mention of ``name`` before ``pos`` took part in the text as much as the
    subject: the object of the subject's own main verb, or the agent of a passive."""
    from bisect import bisect_right

    i = bisect_right(ctx.mention_pos, pos) - 1
    while i >= 0 and ctx.canonical(ctx.mentions[i]) != name:
        i -= 1
    if i < 0:
        return False
    t = ctx.mentions[i].root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return True
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and t.head.i != verb.i:
        verb = verb.head
    return t.dep_ in ("dobj", "dative", "iobj") and t.head.i in (subj.head.i, verb.i)


def _resolve(ctx: Context, hit, kind: str, text: str, noun: str | None = None):
    from nlp.attribution.speakers import speaker_of

    subj, ent = hit
    if ent is not None:
        listed = coordinated(ctx, ent) if ent.label_ != "COURT" else [ent]
        if kind in ("male", "female") and len(listed) > 1:
            return Speaker(None, None, text, rules=("speaker.as_written",))  # either of two
        first = listed[0]
        return Speaker(ctx.canonical(first), first.label_, text, rules=())
    memo = ctx.standing.setdefault("last_subject", {})
    if subj.i not in memo:
        memo[subj.i] = None  # a chain that leads back to itself finds no one
        memo[subj.i] = speaker_of(ctx, subj, subj.idx)
    said = memo[subj.i]
    if said is not None and said.name is not None and _fits(ctx, kind, said):
        return Speaker(said.name, said.label, text, said.role if kind in ("male", "female") else None,
                       said.org, rules=said.rules)
    if kind in ("male", "female", "org") and noun is None:
        return None  # "he", "it": the nearest-name and document rules read an unnamed subject better
    return Speaker(None, None, text, rules=("speaker.as_written",))


def _fits(ctx: Context, kind: str, said: Speaker) -> bool:
    if kind == "org":  # no outlet here (speaker.it_outlet_subject, org.outlet_or_company)
        return said.label in ANAPHOR_LABELS
    if kind == "plural":
        return True
    if said.label != "PERSON":
        return False
    other = given_name_genders()["female" if kind == "male" else "male"]
    return said.name.split()[0].lower() not in other


def _last_subject(ctx: Context, tok: Token, kind: str, noun: str | None, skip):
    """(subject token, its entity or None) of the last main subject of ``kind`` before ``tok``."""
    from bisect import bisect_right

    i = max(0, bisect_right(ctx.sent_starts, tok.idx) - 1)
    for s in ctx.sents[max(0, i - BACK): i + 1][::-1]:
        for t in reversed(ctx.doc[s.start: min(s.end, tok.i)]):
            if ctx.in_quote[t.i] or not (t.dep_ in SUBJECTS and _main(ctx, t) or _root_name(ctx, t)):
                continue
            if t.pos_ == "PRON" and not ctx.is_cue(t.head):
                continue  # "it's likely that ...": an expletive, or a pronoun that said nothing
            ent = ctx.ent_of.get(t.i)
            if ent is not None and t.i != ent.root.i:
                continue
            subj = t
            if ent is None and (owner := _owner(ctx, t)) is not None:
                t, ent = owner.root, owner  # "Tessaly's reaction was quick as it said"
            if ent is not None and ctx.canonical(ent) in skip:
                continue
            kinds = _kinds(ctx, t, ent)
            if kind == "org" and ent is not None and ent.label_ == "OUTLET":
                return None  # an outlet: speaker.it_outlet_subject and org.outlet_or_company read it
            if kind in kinds or kind in ("male", "female") and "person" in kinds \
                    or kind == "org" and noun is None and "document" in kinds:  # "the company" is no memo
                if noun is not None and ent is not None:
                    from nlp.attribution.topic import name_says_other_kind
                    if name_says_other_kind(ctx, noun, ent):
                        continue  # "the company" is no "... Alliance"
                return subj, ent
    return None


@lru_cache(maxsize=1)
def _collectives() -> frozenset[str]:
    """Singular nouns for several people that "they" goes on with ("the legal team", "counsel")."""
    return frozenset(data_yaml("coref.yml").get("they_collectives", []))


def _root_name(ctx: Context, t: Token) -> bool:
    """"Varga, who co-founded Orrin Labs ..., publicly commented": a name the parser made the root of
    its sentence (its verb hung elsewhere) is the sentence's subject all the same."""
    ent = ctx.ent_of.get(t.i)
    return t.dep_ == "ROOT" and ent is not None and t.pos_ in ("PROPN", "NOUN") \
        and all(u.is_punct or u.lower_ in ctx.cues.articles for u in t.doc[t.sent.start: ent.start])


def _owner(ctx: Context, t: Token):
    """The party that owns a subject that is a thing ("Quillfire's core business", "Tessaly's
    reaction"): what the sentence is about is its owner."""
    if t.pos_ != "NOUN" or t.tag_ in ("NNS", "NNPS") or t.lemma_.lower() in ctx.cues.org_anaphors \
            or "person" in _kinds(ctx, t, None):
        return None  # "Elsmere's lawyer said": a person, not the party she works for
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    ent = ctx.ent_of.get(poss.i) if poss is not None else None
    return ent if ent is not None and ent.label_ in ("PERSON", "ORG", "OUTLET") else None


def _main(ctx: Context, t: Token) -> bool:
    """The subject of its sentence's main verb (or a conjunct of it), or of a cue that is not
    itself inside another clause: never what a subject said someone else did."""
    head = t.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "ROOT":
        return True
    # a cue's subject, unless its cue is inside another clause after the sentence's main verb
    # ("X said Y argued ..."); "Brannock stated it consented, said ...": the parser hung the first
    # cue under the second, but a clause before the main verb is not what it reports
    return ctx.is_cue(t.head) and (t.head.dep_ not in NOT_MAIN or t.head.i < t.sent.root.i)


def _kinds(ctx: Context, t: Token, ent) -> set[str]:
    """What a subject can be called back by: "male"/"female"/"person", "org", "plural"."""
    cues = ctx.cues
    if ent is not None:
        if ent.label_ == "PERSON":
            if len(coordinated(ctx, ent)) > 1:
                return {"plural", "person"}
            g = given_name_genders()
            first = ctx.canonical(ent).split()[0].lower()
            return {"male"} if first in g["male"] else {"female"} if first in g["female"] else {"person"}
        if ent.label_ in ANAPHOR_LABELS or ent.label_ == "OUTLET":
            return {"plural"} if len(coordinated(ctx, ent)) > 1 and ent.label_ != "COURT" else {"org"}
        return set()
    if t.pos_ == "PRON":
        k = PRONOUN_KIND.get(t.lower_)
        return {k} if k else set()
    if t.pos_ not in ("NOUN", "PROPN"):
        return set()
    from nlp.attribution.coref import words

    lemma = t.lemma_.lower()
    plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
    if plural:
        return {"plural"}
    if lemma in words().collective_nouns or lemma in _collectives():
        return {"org", "plural"}
    if lemma in cues.person_role_nouns or lemma in words().person_nouns or lemma in cues.judge_titles \
            or cues.group_nouns.get(lemma) == "person" or t.lower_.endswith("-old") or lemma == "old":
        return {"person"}
    if lemma in cues.org_anaphors:
        return {"org"}
    if lemma in cues.document_speakers:
        return {"document"}
    return set()
