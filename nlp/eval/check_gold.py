"""Validate the evaluation gold files in this folder (standard library only).

    python nlp/eval/check_gold.py                  # checks nlp/eval/
    python nlp/eval/check_gold.py nlp/eval/heldout  # checks another gold folder (the held-out set)
    python nlp/eval/check_gold.py nlp/eval/test     # the test set
    python nlp/eval/check_gold.py nlp/eval/test2    # the fourth set, entities only
    python nlp/eval/check_gold.py nlp/eval/test3    # the fifth set, entities only
    python nlp/eval/check_gold.py nlp/eval/test7    # any later set (dev3 ... test7), entities only

For any folder other than nlp/eval/ itself, the project and demo gazetteers are still read from
nlp/data/, names and aliases must also not collide with the eval_gazetteer.jsonl,
unknown_entities.json and places of every earlier eval set (EVAL_SETS: the held-out set is
checked against the original set, the test set against both, each later set against all
sets listed before it in EVAL_SETS), the texts must not use an earlier set's (or the demo's) fictional names, and
the held-out minimums apply. A folder without attribution_gold.jsonl (test2, test3) is an
entities-only set: the attribution checks are skipped and only the entity minimum (45
paragraphs) applies.

Checks that every line is valid JSON, that offsets match the text, that every canonical name,
speaker, speaker_org and target is known (project gazetteer, eval gazetteer or
unknown_entities.json), that no real entity speaks or appears in the attribution set, that the
eval gazetteer does not collide with the project or demo gazetteers, and that the counts meet
the minimums. Prints the counts; exits 1 if anything is wrong.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"

ENT_LABELS = {"PERSON", "ORG", "OUTLET", "COURT", "PRODUCT", "GPE"}
GAZ_TYPES = {"PERSON", "ORG", "PRODUCT", "COURT", "OUTLET"}
KINDS = {"direct", "mixed", "indirect"}
STANCES = {"accusation", "denial", "lawsuit", "ruling", "admission", "other"}
NC_KINDS = {"declined", "unreachable", "no_response"}
QUOTE_FIELDS = ["text", "start", "end", "kind", "speaker", "speaker_text", "speaker_role",
                "speaker_org", "cue", "stance", "target"]
GAZ_FIELDS = ["id", "name", "type", "kind", "aliases", "context_aliases", "description", "wikidata"]
MINIMUMS = {"paragraphs": 45, "articles": 40, "direct": 70, "indirect": 30, "mixed": 12,
            "no_comment": 15}
HELDOUT_MINIMUMS = {"paragraphs": 40, "articles": 22, "direct": 30, "indirect": 25, "mixed": 8,
                    "no_comment": 14}
ENTITIES_ONLY_MINIMUMS = {"paragraphs": 45}
# Places of each eval world; GPEs are in no gazetteer, so they are listed here.
ORIGINAL_PLACES = ("Calder", "Estrevia", "Estrevian", "Merrow", "Norvale", "Sarnic")
HELDOUT_PLACES = ("Lusvania", "Lusvanian", "Tervoy", "Ambrecht", "Lantry", "Valmora", "Valmoran",
                  "Pradelle", "Castrane")
TEST_PLACES = ("Kovalia", "Kovalian", "Breskow", "Ondrava", "Lisset", "Pellaine", "Pellainian",
               "Corbenne", "Ravoux")
TEST2_PLACES = ("Oskvara", "Oskvaran", "Harnavik", "Sundrel", "Pelsk", "Marisande", "Marisandian",
                "Sollières", "Brevant")
TEST3_PLACES = ("Ardessa", "Ardessan", "Tolbrook", "Queyra", "Mendrel", "Cassavel", "Cassavelan",
                "Lunmarch", "Pedrasse")
# The eval sets in the order they were written: (folder, label, places). Sets from dev3 on list
# their places in a places.txt of their own (one per line), read by folder_places(). A set is checked for
# collisions with every set written before it; a folder not listed here, with all of them.
EVAL_SETS = [
    (HERE, "original eval set", ORIGINAL_PLACES),
    (HERE / "heldout", "held-out set", HELDOUT_PLACES),
    (HERE / "test", "test set", TEST_PLACES),
    (HERE / "test2", "test2 set", TEST2_PLACES),
    (HERE / "test3", "test3 set", TEST3_PLACES),
    *[(HERE / name, f"{name} set", None)
      for name in ("dev3", "dev4", "test4", "test5", "dev5", "dev6", "test6", "test7")],
]
OPENERS = "“\"‘«"
CLOSERS = "”\"’»"
TITLES = ("Judge ", "Justice ", "Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Dr ", "Dr. ",
          "Minister ", "President ", "Sir ", "Commissioner ")

problems: list[str] = []


def folder_places(folder: Path, places) -> tuple:
    """A set's places: the constant above, or the lines of its places.txt."""
    if places is not None:
        return tuple(places)
    path = folder / "places.txt"
    if not path.exists():
        return ()
    return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


def bad(msg: str) -> None:
    problems.append(msg)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("’", "'").casefold()
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s)


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    if not path.exists():
        bad(f"{path.name}: missing")
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith(("#", "//")):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(f"{path.name}:{n}: invalid JSON ({exc})")
            continue
        if not isinstance(row, dict):
            bad(f"{path.name}:{n}: not a JSON object")
            continue
        row["_line"] = n
        rows.append(row)
    return rows


def forms(e: dict) -> list[str]:
    return [e["name"], *e.get("aliases", [])]


def occurrences(text: str, form: str):
    for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
        yield m.start(), m.end()


def load_unknown(folder: Path, report: bool = True) -> list:
    try:
        return json.loads((folder / "unknown_entities.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        if report:
            bad(f"unknown_entities.json: {exc}")
        return []


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) > 1:
        print("usage: check_gold.py [FOLDER]")
        return 2
    folder = Path(argv[0]).resolve() if argv else HERE
    if not folder.is_dir():
        print(f"not a folder: {folder}")
        return 2
    heldout = folder != HERE
    # an entities-only set (test2, test3) has no attribution file: its checks and minimums are skipped
    entities_only = heldout and not (folder / "attribution_gold.jsonl").exists()
    minimums = ENTITIES_ONLY_MINIMUMS if entities_only else HELDOUT_MINIMUMS if heldout else MINIMUMS
    if heldout:
        print(f"checking {folder}")

    real = read_jsonl(DATA / "gazetteer.jsonl")
    demo = read_jsonl(DATA / "demo_gazetteer.jsonl")
    evalg = read_jsonl(folder / "eval_gazetteer.jsonl")
    unknown = load_unknown(folder)
    # the earlier eval sets, which a held-out or test set must not reuse
    folders = [f for f, _, _ in EVAL_SETS]
    earlier = EVAL_SETS[:folders.index(folder)] if folder in folders else EVAL_SETS
    earlier = [(f, label, places) for f, label, places in earlier if f != folder] if heldout else []
    orig_evalg = []  # (entry, label)
    orig_unknown = []  # (entry, label)
    orig_places = []  # (place, label)
    for f, label, places in earlier:
        if not (f / "eval_gazetteer.jsonl").exists():
            continue  # a set listed in EVAL_SETS but not written yet
        orig_evalg += [(e, label) for e in read_jsonl(f / "eval_gazetteer.jsonl")]
        orig_unknown += [(u, label) for u in load_unknown(f) if isinstance(u, dict) and "name" in u]
        orig_places += [(p, label) for p in folder_places(f, places)]
    readme = (folder / "README.md").read_text(encoding="utf-8") if (folder / "README.md").exists() else ""
    if not readme:
        bad("README.md: missing or empty")

    real_names = {e["name"] for e in real}
    eval_names = {e["name"] for e in evalg}
    unknown_names = set()
    for u in unknown:
        if not isinstance(u, dict) or not {"name", "type"} <= set(u):
            bad(f"unknown_entities.json: bad item {u!r}")
            continue
        if u["type"] not in GAZ_TYPES:
            bad(f"unknown_entities.json: {u['name']}: bad type {u['type']!r}")
        if u["name"] in unknown_names:
            bad(f"unknown_entities.json: duplicate {u['name']}")
        unknown_names.add(u["name"])
        if u["name"] not in readme:
            bad(f"README.md does not list unknown entity {u['name']}")
    known = real_names | eval_names | unknown_names
    fictional = eval_names | unknown_names

    # --- eval gazetteer
    ids = Counter(e.get("id") for e in evalg)
    for i, n in ids.items():
        if n > 1:
            bad(f"eval_gazetteer: duplicate id {i}")
    other_forms: dict[str, str] = {}
    for e in real + demo:
        for f in forms(e) + e.get("context_aliases", []):
            other_forms.setdefault(norm(f), f"{e['name']} ({'demo' if e in demo else 'real'})")
    for e, label in orig_evalg:
        for f in forms(e) + e.get("context_aliases", []):
            other_forms.setdefault(norm(f), f"{e['name']} ({label})")
    for u, label in orig_unknown:
        other_forms.setdefault(norm(u["name"]), f"{u['name']} ({label}, unknown)")
    for place, label in orig_places:
        other_forms.setdefault(norm(place), f"{place} ({label}, place)")
    own: dict[str, str] = {}
    for e in evalg:
        where = f"eval_gazetteer:{e['_line']}"
        for k in GAZ_FIELDS:
            if k not in e:
                bad(f"{where}: missing field {k}")
        if e.get("type") not in GAZ_TYPES:
            bad(f"{where}: bad type {e.get('type')!r}")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(e.get("id", ""))):
            bad(f"{where}: id is not a kebab-case slug")
        if e.get("wikidata") is not None:
            bad(f"{where}: fictional entity with a wikidata id")
        for f in forms(e) + e.get("context_aliases", []):
            key = norm(f)
            if key in other_forms:
                bad(f"{where}: {f!r} collides with {other_forms[key]}")
            if key in own and own[key] != e["name"]:
                bad(f"{where}: {f!r} also belongs to {own[key]}")
            own[key] = e["name"]
    for u in unknown_names:
        if norm(u) in other_forms or norm(u) in own:
            bad(f"unknown entity {u!r} is in a gazetteer")

    # --- entity set
    paras = read_jsonl(folder / "entities_gold.jsonl")
    labels = Counter()
    seen_ids = set()
    coverage_forms = {re.sub(r"^(?:the|The)\s+", "", f) for e in real + evalg for f in forms(e)
                      if len(f) > 2} | unknown_names
    for r in paras:
        where = f"entities_gold:{r.get('id', r['_line'])}"
        if r.get("id") in seen_ids:
            bad(f"{where}: duplicate id")
        seen_ids.add(r.get("id"))
        text, ents = r.get("text", ""), r.get("entities", [])
        sentences = len(re.findall(r"[.!?](?:\s|$)", text))
        if not 2 <= sentences <= 5:
            bad(f"{where}: {sentences} sentences (want 2-5)")
        last_end = -1
        for e in sorted(ents, key=lambda e: e.get("start", 0)):
            s, t = e.get("start"), e.get("end")
            if not isinstance(s, int) or not isinstance(t, int) or text[s:t] != e.get("text"):
                bad(f"{where}: offsets do not match {e.get('text')!r}")
                continue
            if s < last_end:
                bad(f"{where}: overlapping span {e['text']!r}")
            last_end = t
            if e.get("label") not in ENT_LABELS:
                bad(f"{where}: bad label {e.get('label')!r}")
            labels[e.get("label")] += 1
            span = e["text"]
            if re.match(r"(?i)the\s", span) or span.endswith(("'s", "’s")) or span.startswith(TITLES):
                bad(f"{where}: span {span!r} has a leading 'the', a possessive or a title")
            if span != span.strip():
                bad(f"{where}: span {span!r} has surrounding space")
            if e.get("label") != "GPE" and e.get("canonical") not in known:
                bad(f"{where}: unknown canonical {e.get('canonical')!r}")
        covered = [(e["start"], e["end"]) for e in ents if isinstance(e.get("start"), int)]
        for f in coverage_forms:
            for s, t in occurrences(text, f):
                if not any(a <= s and t <= b for a, b in covered):
                    bad(f"{where}: mention {f!r} at {s} is not annotated")

    # --- attribution set
    arts = [] if entities_only else read_jsonl(folder / "attribution_gold.jsonl")
    kinds = Counter()
    nc_total = 0
    nc_kinds = Counter()
    real_forms = {f for e in real for f in forms(e) if len(f) > 1}
    seen_ids = set()
    for r in arts:
        where = f"attribution_gold:{r.get('id', r['_line'])}"
        if r.get("id") in seen_ids:
            bad(f"{where}: duplicate id")
        seen_ids.add(r.get("id"))
        text = r.get("text", "")
        n_par = len(text.split("\n"))
        if not 3 <= n_par <= 8:
            bad(f"{where}: {n_par} paragraphs (want 3-8)")
        for f in real_forms:
            for s, _ in occurrences(text, f):
                bad(f"{where}: real entity form {f!r} appears in the attribution text at {s}")
        spans = []
        for q in r.get("quotes", []):
            for k in QUOTE_FIELDS:
                if k not in q:
                    bad(f"{where}: quote missing field {k}")
            s, t = q.get("start"), q.get("end")
            if not isinstance(s, int) or not isinstance(t, int) or text[s:t] != q.get("text"):
                bad(f"{where}: offsets do not match {str(q.get('text'))[:50]!r}")
                continue
            spans.append((s, t))
            kind = q.get("kind")
            if kind not in KINDS:
                bad(f"{where}: bad kind {kind!r}")
            kinds[kind] += 1
            body = q["text"]
            if kind == "direct":
                if s == 0 or text[s - 1] not in OPENERS or t >= len(text) or text[t] not in CLOSERS:
                    bad(f"{where}: direct quote not delimited by quote marks: {body[:50]!r}")
            elif kind == "mixed":
                if not any(c in body for c in "“”«»\"") and not re.search(r"(?<!\w)‘", body):
                    bad(f"{where}: mixed quote without a quoted fragment: {body[:50]!r}")
            elif kind == "indirect":
                if any(c in body for c in "“”«»\""):
                    bad(f"{where}: indirect quote contains quote marks: {body[:50]!r}")
                if body.endswith("."):
                    bad(f"{where}: indirect quote keeps the final period: {body[:50]!r}")
            if q.get("stance") not in STANCES:
                bad(f"{where}: bad stance {q.get('stance')!r}")
            for k in ("speaker", "speaker_org", "target"):
                v = q.get(k)
                if v is None and k != "speaker":
                    continue
                if v not in known:
                    bad(f"{where}: {k} {v!r} is in no gazetteer nor in unknown_entities.json")
                elif v not in fictional:
                    bad(f"{where}: {k} {v!r} is a real entity")
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c < b:
                bad(f"{where}: overlapping quotes at {a} and {c}")
        for n in r.get("no_comment", []):
            nc_total += 1
            nc_kinds[n.get("kind")] += 1
            if n.get("kind") not in NC_KINDS:
                bad(f"{where}: bad no-comment kind {n.get('kind')!r}")
            if n.get("speaker") not in fictional:
                bad(f"{where}: no-comment speaker {n.get('speaker')!r} is not a fictional entity")

    # --- a held-out or test set must not reuse names of an earlier eval world or of the demo corpus
    if heldout:
        old_forms = {re.sub(r"^(?:the|The)\s+", "", f) for e in [e for e, _ in orig_evalg] + demo
                     for f in forms(e) + e.get("context_aliases", [])}
        old_forms = {f for f in old_forms if len(f) > 2} | {u["name"] for u, _ in orig_unknown}
        old_forms |= {p for p, _ in orig_places}
        for name, rows in (("entities_gold", paras), ("attribution_gold", arts)):
            for r in rows:
                for f in old_forms:
                    for s, _ in occurrences(r.get("text", ""), f):
                        bad(f"{name}:{r.get('id', r['_line'])}: name {f!r} from an earlier eval set "
                            f"or the demo gazetteer appears at {s}")

    counts = {"paragraphs": len(paras), "articles": len(arts), **{k: kinds[k] for k in sorted(KINDS)},
              "no_comment": nc_total}
    for k, minimum in minimums.items():
        if counts[k] < minimum:
            bad(f"count {k} = {counts[k]} < {minimum}")

    print(f"entity set: {len(paras)} paragraphs, {sum(labels.values())} entities "
          + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    if entities_only:
        print("attribution set: none (entities-only folder, attribution checks skipped)")
    else:
        print(f"attribution set: {len(arts)} articles, {sum(kinds.values())} quotes "
              + ", ".join(f"{k} {kinds[k]}" for k in ("direct", "mixed", "indirect"))
              + f"; no-comments {nc_total} (" + ", ".join(f"{k} {v}" for k, v in sorted(nc_kinds.items())) + ")")
    print(f"eval gazetteer: {len(evalg)} entities; unknown to it: {len(unknown_names)}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
