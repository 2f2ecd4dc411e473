"""``claimtrack_entity_types``: one label for every name the gazetteer did not match.

The steps, each in its own module: find the candidates (``candidates.py``: the model's spans
mended, a court's or committee's name joined over the pieces the model made of it, and apart
from them the places of a dateline and the people of a photo credit or byline, which their form
alone types), group the mentions of one name (``grouping.py``), apply the rule table to every mention (``rules.py`` over the
kinds of ``evidence.py``), add the votes of all mentions and decide (``decide.py``). What this
document alone clearly said a name is goes to ``doc.user_data["ct_typed_names"]`` for the
memory (nlp/memory.py); what other documents said comes back through ``component.memory``.
Every decision is traced (``doc._.rule_trace``, component "entity_types") with the rules that
fired: "title_before(+3 PERSON)".
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.entity_typing import candidates as cand
from nlp.entity_typing import joins, name_heads, name_repairs, name_tails
from nlp.entity_typing.repeats import names_written_again
from nlp.entity_typing.credits import credit_names
from nlp.entity_typing.decide import KINDS, clear, decide, model_guess
from nlp.entity_typing.mention import Facts, Mention
from nlp.entity_typing.unlisted_given import unlisted_given_names
from nlp.entity_typing.org_numbers import numbered_firm, numbered_org_names
from nlp.entity_typing.grouping import Votes, add_bare_surnames, group, place_and_person_votes
from nlp.entity_typing.headline_repeats import repeated_headlines
from nlp.entity_typing.headline_stop import first_line_headline
from nlp.entity_typing.article_subheads import article_subheads
from nlp.entity_typing.headline_prefix import headline_prefixes
from nlp.entity_typing.place_prefix import place_opens_span
from nlp.entity_typing.sentence_start_word import (MODIFIER_RULE, NOT_NOUN_RULE, RULE as START_WORD,
                                                   sentence_start_words, untagged_start_words)
from nlp.entity_typing.rules import RuleTable, load_rules, mention_votes
from nlp.entity_typing.words import DEFAULT_WORDS, TypeWords, load_type_words
from nlp.extensions import doc_ents, trace, trace_spans
from nlp.gazetteer_spans import bare_suffix_name
from nlp.lexicon import english_words

# Model labels a name may be re-typed from; dates, numbers, laws and nationalities stay as they are.
RETYPABLE = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
TRACE = "entity_types"


@Language.factory("claimtrack_entity_types", default_config={"words": DEFAULT_WORDS, "memory": ""},
                  assigns=["doc.ents", "doc._.rule_trace"],
                  requires=["doc.ents", "token.tag", "token.dep", "token.lemma"])  # pos: from the tag
def make_entity_types(nlp: Language, name: str, words: str, memory: str):
    """``memory``: an optional JSONL file of names typed in other articles (nlp/memory.py)."""
    from nlp.memory import load_memory

    return EntityTyper(load_type_words(words), load_memory(memory) if memory else {},
                       english_words(nlp))


class EntityTyper:
    def __init__(self, words: TypeWords, memory: dict[str, str] | None = None,
                 english: frozenset[str] = frozenset(), rules: RuleTable | None = None):
        self.w = words
        self.rules = rules or load_rules(words)
        self.english = english
        # lower-cased name -> label, learned from other articles (nlp/memory.py); replaceable
        # between runs: ``nlp.get_pipe("claimtrack_entity_types").memory = {...}``
        self.memory = dict(memory or {})

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc_ents(doc))
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        fixed = [e for e in ents if e.kb_id_]  # the gazetteer's: never retyped
        other, cands = self.split_candidates(ents)
        model = cands
        cands = [cand.trim(cand.widen(e, ents, ent_at, self.w)) for e in cands]
        cands, unlisted = unlisted_given_names(cands, ent_at, self.w, self.english,
                                               self.rules.decisions.get("unlisted_given_name"))  # "Tarvik" + "Vantor"
        cands, numbered = name_repairs.number_words_before(cands, ent_at)  # "Six One" + "Lantern"
        cands, apostrophe = name_repairs.apostrophe_surnames(cands, ent_at)  # "Stewart" + "O’Nan"
        apostrophe += name_repairs.apostrophe_widened(model, cands, apostrophe)  # by ``widen``
        cands = [s for c in cands if c is not None for s in cand.split_of(c, self.w)]
        cands, legal = name_repairs.legal_name_with_place(cands, self.rules.decisions["legal_name_with_place"])
        possessive = name_repairs.possessive_names(cands, self.w)
        decided = self.rules.decisions  # "Mara Ellison CBE", "Kim Seo" + "-yeon" (name_tails.py)
        cands, honours = name_tails.post_nominals_cut(cands, decided.get("post_nominal_not_in_name"))
        cands, syllable = name_tails.hyphen_syllable_joined(cands, self.english,
                                                            decided.get("hyphenated_given_name_after_surname"))
        cands, titled = name_heads.title_heads_cut(cands, decided.get("title_opens_person_span"),
                                                   self.w.org_suffixes)  # "Advocate Mara Ellison"
        cands, departed = name_heads.department_heads_cut(cands, decided.get("department_opens_person_span"),
                                                          self.english, self.w.org_suffixes)  # "of Geo-analytics"
        cands, parts = joins.either_or(cands)
        headline = cand.title_case_tokens(doc, self.english)
        stop_line = first_line_headline(doc, self.english, headline) \
            if "headline_first_line_with_stop" in self.rules.decisions else []  # "Varga Slam The Plan."
        headline.update(i for r in stop_line for i in range(r.start, r.end))
        subheads = article_subheads(doc, self.english, headline) \
            if "subhead_article_line" in self.rules.decisions else []  # "The Allegations"
        headline.update(i for r in subheads for i in range(r.start, r.end))
        repeated = repeated_headlines(doc, headline) if "headline_repeated" in self.rules.decisions else []
        headline.update(i for r in repeated for i in range(r.start, r.end))  # "<headline> – <lede>"
        cands, cut = place_opens_span(cands, headline, self.english, self.rules.decisions["place_opens_span"])
        runs = cand.unlabelled_runs(doc, ents, headline, self.w, self.memory, self.english)
        if cut:  # the words cut off after a place name nothing: "the UK Top 40" has no "Top"
            no_name = {i for c in cut for i in range(c.start, c.end)}
            runs = [r for r in runs if no_name.isdisjoint(range(r.start, r.end))]
        if apostrophe:  # "O’Nan" is in "Stewart O’Nan" now: no run of its own
            joined_in = {i for c in apostrophe for i in range(c.start, c.end)}
            runs = [r for r in runs if joined_in.isdisjoint(range(r.start, r.end))]
        runs, titled_runs = name_heads.title_heads_cut(runs, decided.get("title_opens_person_span"),
                                                       self.w.org_suffixes)  # a run the model left
        titled += titled_runs
        glued = [r for r in runs if any(cand.glued_digits(t) for t in r)]  # "Brindle6", traced below
        cands += runs
        cands = [self._suffix_takes_word_before(c) for c in cands]
        cands = cand.court_names(cands, ents, fixed, self.w)
        decisions = self.rules.decisions
        cands, swallowed, joined = joins.and_joins(doc, cands, fixed, decisions["body_name_with_and"], self.english)
        fixed = [f for f in fixed if f not in swallowed]
        cands, descr, plural_descr = joins.descriptor_cut(cands, decisions["descriptor_opens_span"], self.english,
                                            decisions.get("plural_descriptor_opens_span"))
        cands, again = names_written_again(doc, cands, fixed + other, decisions.get("name_written_again"))
        cands, numbered_orgs = numbered_org_names(cands, ent_at, self.w, decided.get("number_inside_org_name"))
        dateline = cand.dateline_places(doc, fixed, self.w)
        credits = [c for c in credit_names(doc, fixed, self.w, self.english)
                   if not any(c.start < d.end and d.start < c.end for d in dateline)]
        taken = {i for s in dateline + credits for i in range(s.start, s.end)}
        cands = [c for c in cands if not taken.intersection(range(c.start, c.end))]

        bonus: Votes = defaultdict(list)
        groups = group(cands, self.w, self.rules, bonus)
        add_bare_surnames(doc, groups, ents)
        place_and_person_votes(groups, dateline, fixed, self.rules, bonus, credits)
        facts = Facts(self.w, {i: e.label_ for e in fixed + other for i in range(e.start, e.end)}, ent_at)
        out: list[Span] = []
        typed: set[tuple[int, int]] = {(s.start, s.end) for s in dateline + credits}
        learned: dict[str, str] = {}
        dropped: list[Span] = []  # names of headline lines: "Varga Slams" (headline_prefix.py)
        for key, mentions in groups.items():
            out += self.type_name(key, mentions, bonus.get(key, []), facts, headline, typed, learned, dropped)
        prefixes = headline_prefixes(dropped, [s for s in out + fixed if s.start not in headline], self.english) \
            if "headline_name_prefix" in decisions else []
        out += prefixes
        start_words: list[Span] = []
        not_nouns: list[Span] = []
        modifiers: list[Span] = []
        if START_WORD in decisions:  # "Peers argued ...": a capital of the sentence only
            out, start_words, not_nouns, modifiers = sentence_start_words(
                doc, out, self.english, fixed + other, not_nouns=NOT_NOUN_RULE in decisions,
                modifiers=MODIFIER_RULE in decisions)
            start_words += not_nouns + modifiers
            named = {i for e in fixed + other + dateline + credits + out for i in range(e.start, e.end)}
            start_words_at = {c.start for c in start_words} | untagged_start_words(doc, named, self.english)
            doc.user_data["ct_not_names"] = sorted(start_words_at)  # a list: msgpack (n_process)
        doc.user_data["ct_typed"] = sorted(typed)  # spans whose label the context decided
        for d in dateline:  # "TOLBROOK, Ardessa (Plumbline) -": places, whatever else is said
            learned.setdefault(cand.name_key(d), "GPE")
            trace(doc, TRACE, d.start_char, d.end_char, "GPE", ["dateline_place"])
        for c in credits:  # "(AP Photo/Kestrel Vantongeren)", "By Ottoline Drumm": people
            learned.setdefault(cand.name_key(c), "PERSON")
            trace(doc, TRACE, c.start_char, c.end_char, "PERSON", ["credit_or_byline"])
        for c in start_words:
            trace(doc, TRACE, c.start_char, c.end_char, "DROP",
                  [NOT_NOUN_RULE if c in not_nouns else MODIFIER_RULE if c in modifiers else START_WORD])
        for c in cut:  # "US AI", "U.S. Circuit", "Beijing Court Awards AI": the place alone is a name
            trace(doc, TRACE, c.start_char, c.end_char, "DROP", ["place_opens_span"])
        for rule, spans in (("possessive_inside_name", possessive), ("letters_and_digits_name", glued),
                            ("number_words_in_name", numbered), ("legal_name_with_place", legal),
                            ("apostrophe_in_name", apostrophe), ("post_nominal_not_in_name", honours),
                            ("hyphenated_given_name_after_surname", syllable),
                            ("title_opens_person_span", titled), ("department_opens_person_span", departed),
                            ("names_either_side_of_or", parts), ("body_name_with_and", joined),
                            ("descriptor_opens_span", descr), ("plural_descriptor_opens_span", plural_descr),
                            ("headline_repeated", repeated), ("headline_first_line_with_stop", stop_line),
                            ("subhead_article_line", subheads),
                            ("headline_name_prefix", prefixes),
                            ("name_written_again", again), ("number_inside_org_name", numbered_orgs),
                            ("unlisted_given_name", unlisted)):
            for c in spans:  # the span the repair made; its type is traced with its votes
                trace(doc, TRACE, c.start_char, c.end_char, "SPAN", [rule])
        doc.user_data["ct_typed_names"] = learned  # read by nlp/memory.py
        doc.ents = filter_spans(fixed + other + dateline + credits + out)
        return doc

    def split_candidates(self, ents: list[Span]) -> tuple[list[Span], list[Span]]:
        """(entities kept as they are, entities to type): the gazetteer's are neither."""
        w = self.w
        firsts = {e[0].lower_ for e in ents if len(e) >= 2 and e[-1].lower_ in w.org_suffixes}

        def retypable(e: Span) -> bool:  # "the Evening Post" is no law, "Union" no nationality
            if e.label_ in RETYPABLE or e[-1].lower_ in w.org_suffixes and e.label_ in ("LAW", "NORP", "EVENT"):
                return True
            one = len(e) == 1 and e[0].is_alpha and e[0].text[:1].isupper()
            if one and e.label_ == "NORP" and e[0].lower_ in firsts:
                return True  # "Hawkmoth" after "Hawkmoth Books"
            # "Trivet" as a date: a capitalised word that names no day, month or season
            return one and e.label_ in ("DATE", "TIME", "EVENT", "LANGUAGE") \
                and e[0].lower_ not in w.not_names and e[0].lower_ not in w.date_words
        other = [e for e in ents if not e.kb_id_ and not retypable(e)]
        return other, [e for e in ents if not e.kb_id_ and retypable(e)]

    def type_name(self, key: str, mentions: list[Span], bonus: list, facts: Facts, headline: set[int],
                  typed: set, learned: dict, dropped: list) -> list[Span]:
        """The spans of one name, labelled by the votes of all its mentions (or the model's
        guess); records what was learned and traces the decision on every mention; the
        mentions of a name dropped on a headline line go to ``dropped``."""
        fired = list(bonus)
        for m in mentions:
            fired += mention_votes(Mention(m, facts), self.rules)
        if "number_inside_org_name" in self.rules.decisions and numbered_firm(mentions, self.w):
            fired = [f for f in fired if f[0].name != "version_number"]  # "Quarry 3" of "Quarry 3 Holdings"
        votes: dict[str, float] = defaultdict(float)
        for _, label, weight in fired:
            votes[label] += weight
        # ``decide`` reads only its arguments: its answer stands unless the memory adds a vote
        first = decide(votes, mentions, self.rules) if votes else None
        own = first[0] if first is not None else None
        in_headline = all(m.start in headline for m in mentions)
        if own in KINDS and clear(votes, own) and not in_headline:  # a headline's capitals teach nothing
            learned[key] = own  # what this article alone says, clearly, the name is
        if key in self.memory:
            remembered = self.rules.names["memory"]
            fired.append((remembered, self.memory[key], remembered.weight))
            votes[self.memory[key]] += remembered.weight
            first = None
        label, why = first if first is not None else decide(votes, mentions, self.rules)
        if in_headline and key not in self.memory and why != "country_or_polity":
            self._trace(mentions, fired, "DROP", "headline")  # no name is known on a headline line
            dropped += [m for m in mentions if len(m) >= 2]
            return []
        if label is None:
            label, why = model_guess(mentions, RETYPABLE)
        out = []
        rows = []  # (start, end, decision) of each mention traced, in order: traced at once
        for m in mentions:
            if label == "DROP":
                decision = "DROP"
            elif label is None:
                if m.label_ not in RETYPABLE:
                    continue
                out.append(m)  # no evidence: the model's label stands
                decision = m.label_
            else:
                out.append(Span(m.doc, m.start, m.end, label=label))
                typed.add((m.start, m.end))
                decision = label
            if m.label_ or fired:
                rows.append((m.start_char, m.end_char, decision))
        if rows:  # the name's votes once: a name said 1,000 times has 1,000 votes
            trace_spans(mentions[0].doc, TRACE, rows, _shown(fired, why))
        return out

    def _suffix_takes_word_before(self, c: Span) -> Span:
        """Rule ``suffix_takes_word_before`` (nlp/gazetteer_spans.py): "Like Company" whole."""
        rule = self.rules.decisions.get("suffix_takes_word_before")
        longer = bare_suffix_name(c, rule.words, rule.excluded) if rule is not None else None
        if longer is None:
            return c
        trace(c.doc, TRACE, longer.start_char, longer.end_char, "SPAN", ["suffix_takes_word_before"])
        return longer

    @staticmethod
    def _trace(mentions: list[Span], fired: list, decision: str, why: str | None) -> None:
        """One trace row per mention the model labelled or the rules typed: the votes of the
        whole name (the decision pools them), then the decision rule if one decided."""
        traced = [(m.start_char, m.end_char, decision) for m in mentions if m.label_ or fired]
        if traced:
            trace_spans(mentions[0].doc, TRACE, traced, _shown(fired, why))


def _shown(fired: list, why: str | None) -> list[str]:
    """The votes of a name as the trace shows them, each distinct vote once with how many
    mentions cast it ("title_before(+3 PERSON) x4"), then the deciding rule."""
    counts: dict[str, int] = {}
    for rule, label, weight in fired:
        key = rule.shown(label, weight)
        counts[key] = counts.get(key, 0) + 1
    out = [k if n == 1 else f"{k} x{n}" for k, n in counts.items()]
    return out + ([why] if why else [])
