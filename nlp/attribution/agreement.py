"""What a speaker's words say it can be, checked before a party is given (issue 12, session 10).

The speaker rules resolve a description, a document or a group by looking back for a party:
the previous speaker, the last organisation named, the last list of names. On real coverage
those look-backs handed statements to another party (the worst error: words in the wrong
mouth) where the words of the subject itself already ruled that party out. Each check here
reads only the subject's own phrase and what the context already holds, and when the words
and the party disagree it gives no party and keeps the text's words:

- ``document.named_for_defendant``: "the Orrin Labs class action lawsuit claims ...", after
  "Mara Ellison sued Orrin Labs": a lawsuit named by a modifier after the party the text says
  was sued ("sued Orrin Labs", "Orrin Labs faces a lawsuit") is the suit against it, not its
  filing; its filer is read as for any lawsuit.
- ``document.bare_plural_new``: "according to legal documents reviewed by the Ledger",
  "court filings show": a plural document noun with no determiner and no owner is indefinite,
  like "a report": nobody named before wrote it (``new_documents.new_unowned``).
- ``document.owner_pronoun_disagrees``: "according to its website" is an organisation's; "his
  letter" a person's: a look-back that finds the other kind of party finds the wrong one.
- ``group.number_agrees``: "the three newspapers" are three: a list of two or four named
  before is not them. The last list of exactly that many is; else no party.
- ``pronoun.it_thing_before``: "The service was ordered by the court to pay Orrin Labs. It
  determined ...": "it" opening a sentence whose sentence before has a singular thing as its
  subject (no name, no party noun, no party as a passive's agent) may be that thing or
  another: never the organisation that was only acted on there (the nearest-name rule's
  guess). Kept as written.
- ``name.lower_case_no_name``: "..., the trade association confirmed" with "association"
  tagged a proper noun: a lower-case word after an article is a description, no untagged
  name (names are capitalised; a handle like "ghostwriter" takes no article).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.attribution.context import SPEAKER_LABELS, Context
from nlp.attribution.record import Speaker
from nlp.lexicon import hyphen_word

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "both": 2}
PRONOUN_OWNERS = {"its": "ORG", "his": "PERSON", "her": "PERSON"}
AS_WRITTEN = "speaker.as_written"


def named_for_defendant(ctx: Context, who: str, tok: Token, own: Span) -> str | None:
    """True when ``own`` names a plaintiff's document ("lawsuit", "complaint") only as a
    modifier ("the Orrin Labs lawsuit", not "Orrin Labs' lawsuit" nor "a lawsuit by Orrin
    Labs") and the text says that party was sued (``standing.defendants``): the rule's name,
    else None."""
    if who != "plaintiff" or not ctx.on("document.named_for_defendant"):
        return None
    if own.root.dep_ not in ("compound", "amod") or any(t.tag_ == "POS" for t in own):
        return None
    from nlp.attribution.suit_parties import defendants

    name = ctx.canonical(own)
    if name in {ctx.canonical(e) for e in defendants(ctx)} or name in facing(ctx):
        return "document.named_for_defendant"
    return "document.case_named_either_side" if _either_side(ctx, tok, name) else None


def _either_side(ctx: Context, tok: Token, name: str) -> bool:
    """"The Orrin case involved ...": a case is named for either side ("the Harbor case" is
    Harbor's suit, "the Orrin case" the suit against Orrin), so a name that only modifies it
    owns it only when the text says that party sued (rule ``document.case_named_either_side``);
    otherwise the case speaks for the plaintiffs the text names, or no one."""
    from nlp.attribution.suit_parties import plaintiffs
    from nlp.lexicon import word_lists

    if tok.lemma_.lower() not in word_lists("role_kinds.yml")["either_side_documents"] \
            or not ctx.on("document.case_named_either_side"):
        return False
    found = plaintiffs(ctx)
    return not found or name not in {ctx.canonical(e) for e in found[0]}


FACING_VERBS = frozenset({"face", "fight", "battle", "defend"})


def facing(ctx: Context) -> frozenset[str]:
    """Who the text says faces or fights a case: "Orrin Labs is facing a class action lawsuit
    filed by two users" (read once per document, only at those verbs)."""
    if "facing" not in ctx.standing:
        from nlp.lexicon import lemma_positions
        from nlp.sides import sides_lexicon

        cases, found = sides_lexicon().case_nouns, set()
        for i in lemma_positions(ctx.doc, FACING_VERBS):
            verb = ctx.doc[i]
            if ctx.in_quote[i] or not any(c.dep_ == "dobj" and c.lemma_.lower() in cases
                                          for c in verb.children):
                continue
            for c in verb.children:
                ent = ctx.ent_of.get(c.i) if c.dep_ == "nsubj" else None
                if ent is not None:
                    found.add(ctx.canonical(ent))
        ctx.standing["facing"] = frozenset(found)
    return ctx.standing["facing"]


def bare_plural(ctx: Context, who: str, tok: Token) -> bool:
    """"legal documents", "court filings": a plural document noun with no determiner, no
    possessor and no number, which the text introduces now (rule ``document.bare_plural_new``)."""
    if who not in ("author", "filer") or tok.tag_ != "NNS" or not ctx.on("document.bare_plural_new"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in tok.children) \
        and not (tok.dep_ == "compound" and tok.head.tag_ in ("NN", "NNS"))


def owner_pronoun_disagrees(ctx: Context, tok: Token, label: str | None) -> bool:
    """"its website" found a person, "his letter" an organisation: the document's possessive
    pronoun says which kind of party owns it (rule ``document.owner_pronoun_disagrees``)."""
    if label is None or not ctx.on("document.owner_pronoun_disagrees"):
        return False
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in PRONOUN_OWNERS), None)
    if poss is None:
        return False
    wanted = PRONOUN_OWNERS[poss.lower_]
    return (label == "PERSON") != (wanted == "PERSON")


def stated_number(tok: Token) -> int | None:
    """The number a plural noun phrase states: "the three newspapers" -> 3."""
    for c in tok.children:
        if c.dep_ in ("nummod", "det", "predet") and (c.lower_ in NUMBER_WORDS or c.text.isdigit()):
            return NUMBER_WORDS.get(c.lower_) or int(c.text)
    return None


def number_agrees(ctx: Context, tok: Token, members: list[Span], pos: int, exclude: set[str]):
    """``(members, rules)`` for a group noun that states its number: the list found when it has
    that many members, else the last list before ``pos`` with exactly that many, else ``None``
    members (kept as written). ``(members, ())`` when the noun states no number."""
    n = stated_number(tok) if ctx.on("group.number_agrees") else None
    if n is None or len(members) == n:
        return members, ()
    from nlp.attribution.groups import all_groups

    for found in reversed(all_groups(ctx)):
        if len(found) == n and found[0].start_char < pos \
                and not {ctx.canonical(m) for m in found} & exclude:
            return found, ("group.number_agrees",)
    return None, ("group.number_agrees", AS_WRITTEN)


def lower_case_word(ctx: Context, tok: Token) -> bool:
    """A subject the parser tagged a proper noun but written in lower case after an article
    ("the trade association confirmed"): a description, no name (rule
    ``name.lower_case_no_name``). A lower-case word with no article may be a user's handle
    ("ghostwriter posted ..."), which is a name."""
    return tok.text[:1].islower() and ctx.on("name.lower_case_no_name") and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in tok.children)



def it_thing_before(ctx: Context, tok: Token, subj: Token) -> Speaker | None:
    """"it" after a sentence whose subject is a definite singular thing that names no party
    ("The service", "the move"): no party, the pronoun's words kept (rule
    ``pronoun.it_thing_before``); ``None`` (the other rules decide) for anything else."""
    if not ctx.on("pronoun.it_thing_before") or subj.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        return None
    cues, joined = ctx.cues, hyphen_word(subj)  # "The start-up said": a party noun, not a thing
    if any(n in words for n in (joined, subj.lemma_.lower()) for words in (
            cues.org_anaphors, cues.group_nouns, cues.document_speakers, cues.person_role_nouns,
            cues.role_nouns)):
        return None
    if _agent_party(ctx, subj):
        return None  # "the accusation was rejected by Tessaly. It said": who acted, by other rules
    return Speaker(None, None, tok.text, rules=("pronoun.it_thing_before", "speaker.as_written"))


def _agent_party(ctx: Context, subj: Token) -> bool:
    """The subject's verb is a passive whose agent names a party ("was rejected by Tessaly")."""
    for agent in (c for c in subj.head.children if c.dep_ == "agent"):
        for obj in agent.children:
            ent = ctx.ent_of.get(obj.i)
            if ent is not None and ent.label_ in SPEAKER_LABELS:
                return True
    return False
