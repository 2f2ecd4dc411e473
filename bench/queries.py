"""Latency of the canned queries and full-text searches on a large, generated database.

Generates (once, then cached) a fictional database with our exact schema - 100,000 articles,
1,000,000 quotes and proportional rows in every other table - then runs every canned query of
``db/metadata.yml`` and the full-text searches Datasette's table pages make, each N times with
parameters picked from the data, and reports p50 and p95 in milliseconds.

    python -m bench.queries [--articles 100000] [--quotes 1000000] [--keep PATH] [--json]

The database is cached under the temp dir (keyed by its size and the generator's version);
``--keep PATH`` stores it at PATH instead and reuses it on the next run. ``ensure_schema`` is
run on the cached database before measuring, so indexes added since it was made are created.
Names are invented from syllables; text is drawn from a Zipf-distributed vocabulary of a few
thousand words. Target: p95 < 200 ms for every query.
"""

from __future__ import annotations

import json
import math
import os
import random
import sqlite3
import statistics
import tempfile
import time
import zlib
from pathlib import Path

import click
import numpy as np
import sqlite_utils
import yaml

from bench.machine import describe
from db.firsts import APPEARED_AT
from db.schema import ensure_schema

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "db" / "metadata.yml"
GEN_VERSION = 2
# The columns the generator writes, by table, where db/schema.py has more (added since the
# generator was written: a first appearance's minute, story origin, a statement's verb, the
# rules behind it ...): rows are inserted by name, the others left empty or set after.
GEN_COLUMNS = {
    "articles": ["id", "url", "canonical_url", "outlet_id", "title", "published", "updated",
                 "fetched_at", "language", "text", "source", "discovered_via", "relevance",
                 "story_id", "warc_file", "warc_offset", "warc_length", "warc_record_id",
                 "analysed_at", "analysis_error"],
    "quote_appearances": ["id", "quote_id", "article_id", "start", "end", "kind", "cue",
                          "speaker_id", "speaker_text", "speaker_role", "speaker_org_id", "published"],
    "no_comments": ["id", "article_id", "entity_id", "kind", "sentence", "start", "end", "published"],
    "claims": ["id", "claimant_id", "target_id", "stance", "quote_id", "article_id", "dispute_id",
               "published"],
    "quotes": ["id", "text", "kind", "speaker_id", "speaker_role", "speaker_org_id",
               "first_article_id", "first_outlet_id", "first_seen", "appearances"],
}
TARGET_MS = 200.0

# ---------------------------------------------------------------- vocabulary

FUNCTION_WORDS = (
    "the of and to a in that is for it on was with as be by at this have from or an they "
    "which not are but we has had been their its would will were more there can all our if "
    "about so what who also when them than could should these other into only any some such "
    "then over after new like very because most those just may now how before people being "
    "much where while between even through under many both each same well still against "
    "without every since own few already never does did whether there here make made say "
    "says said told us you your my me he she his her him one two three first last year years"
).split()

DOMAIN_WORDS = (
    "licence license lawsuit court model models training data copyright infringement fair use "
    "dataset datasets artists authors publishers music songs lyrics images photographs "
    "newspaper archive output outputs substitution market harm damages settlement injunction "
    "complaint judge ruling motion dismiss discovery filing plaintiffs defendants counsel "
    "attorneys company companies startup developer developers chatbot assistant generator "
    "system systems content creators rights holders royalties payment deal agreement partner "
    "scraping crawler robots opt consent permission licensing negotiations deals industry "
    "technology product products release version policy regulators regulation investigation "
    "evidence memorised memorized verbatim copies copying distillation weights benchmark "
    "competitor competitors accusation accused denies denied claims claim statement comment "
    "spokesperson executive chief officer founder researchers engineers lawyers trial appeal "
    "jury verdict fine penalty transparency disclosure sources journalism journalists readers "
    "subscribers traffic search results summaries answers prompts users customers revenue "
    "billion million dollars value business commercial research nonprofit open closed access "
    "voice likeness actors performers studios film television books novels poems paintings "
    "photographers illustrators designers code software repository platform service website"
).split()

SYLLABLES = (
    "ka ro ve len mar tis dal cor vane ash down kes trow bri ma quil fire or rin brack wa ter "
    "pix el loom tam sin oka for ber el thu dor gan mi ra sel wyn tal lo ne sa vor ek im "
    "fen da rul ho vi pel sto ar um ith zan gre ol bex cal dru fa gil hal jor kel lum nor "
    "pas qua res sil tor ul vel wen yar zel bro cle dre fli gro kra ple sca stri tre vra"
).split()


def syllable_word(rnd: random.Random, lo: int = 2, hi: int = 4) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(lo, hi)))


def make_vocabulary(rnd: random.Random, size: int = 8000) -> list[str]:
    """Function words first (most frequent), then domain and invented words mixed."""
    seen = set(FUNCTION_WORDS)
    rest = [w for w in dict.fromkeys(DOMAIN_WORDS) if w not in seen]
    seen.update(rest)
    while len(seen) < size:
        w = syllable_word(rnd)
        if w not in seen and len(w) >= 4:
            seen.add(w)
            rest.append(w)
    rnd.shuffle(rest)
    return list(dict.fromkeys(FUNCTION_WORDS)) + rest


def zipf_p(n: int, s: float = 1.0, q: float = 2.7) -> np.ndarray:
    p = 1.0 / (np.arange(1, n + 1) + q) ** s
    return p / p.sum()


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- generator

ORG_SUFFIXES = ["Labs", "Media Group", "Systems", "AI", "Records", "Press", "Studios",
                "Holdings", "Institute", "Collective", "Foundation", "Publishing"]
OUTLET_SUFFIXES = ["Herald", "Times", "Post", "Ledger", "Dispatch", "Courier", "Gazette",
                   "Wire", "Review", "Observer"]
STANCES = (["accusation"] * 20 + ["denial"] * 28 + ["other"] * 40 + ["ruling"] * 7
           + ["lawsuit"] * 3 + ["admission"] * 2)
CUES = ["said"] * 60 + ["told"] * 8 + ["says"] * 6 + ["according to"] * 4 + ["saying"] * 3 \
    + ["argued"] * 3 + ["wrote"] * 3 + ["added"] * 5 + ["warned"] * 2
KINDS = ["direct"] * 30 + ["mixed"] * 25 + ["indirect"] * 45
ROLES = [None] * 6 + ["spokesperson", "chief executive", "general counsel", "founder",
                      "lawyer", "researcher", "head of policy", "chair"]


class Gen:
    def __init__(self, n_articles: int, n_quotes: int, seed: int = 7):
        self.na, self.nq = n_articles, n_quotes
        self.rnd = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.vocab = make_vocabulary(self.rnd)
        self.vp = zipf_p(len(self.vocab))
        self._words: list[str] = []
        self._wpos = 0
        self._hex = 0

    # ids: 16 hex digits like claimtrack.records.stable_id, unique by construction
    def ids(self, n: int) -> list[str]:
        base = self.np.integers(0, 2**40, size=n, dtype=np.int64)
        out = [f"{(int(b) << 24 | (self._hex + i) & 0xFFFFFF):016x}" for i, b in enumerate(base)]
        self._hex += n
        return out

    def words(self, n: int) -> list[str]:
        if self._wpos + n > len(self._words):
            k = max(n, 4_000_000)
            idx = self.np.choice(len(self.vocab), size=k, p=self.vp)
            self._words = np.asarray(self.vocab, dtype=object)[idx].tolist()
            self._wpos = 0
        out = self._words[self._wpos:self._wpos + n]
        self._wpos += n
        return out

    def sentence(self, lo: int, hi: int) -> str:
        return cap(" ".join(self.words(self.rnd.randint(lo, hi))))

    def entities(self, n: int):
        rnd = self.rnd
        firsts = list({cap(syllable_word(rnd, 2, 3)) for _ in range(700)})
        lasts = list({cap(syllable_word(rnd, 2, 3)) for _ in range(2500)})
        stems = list({cap(syllable_word(rnd, 2, 3)) for _ in range(2500)})
        rows, aliases, used = [], [], set()
        types = (["PERSON"] * 55 + ["ORG"] * 30 + ["PRODUCT"] * 6 + ["COURT"] * 2
                 + ["GPE"] * 3 + ["OUTLET"] * 4)
        eids = self.ids(n)
        for eid in eids:
            t = rnd.choice(types)
            while True:
                if t == "PERSON":
                    first, last = rnd.choice(firsts), rnd.choice(lasts)
                    name = f"{first} {last}"
                    al = [name, last, f"{first[0]}. {last}", f"Dr {last}", f"{first} {rnd.choice(lasts)}-{last}"]
                elif t == "ORG":
                    stem = rnd.choice(stems)
                    name = f"{stem} {rnd.choice(ORG_SUFFIXES)}"
                    al = [name, stem, f"the {stem} maker", f"{stem} Inc", name.upper()[:3]]
                elif t == "PRODUCT":
                    stem = rnd.choice(stems)
                    name = f"{stem}{rnd.choice(['', ' ' + str(rnd.randint(2, 9)), ' Pro', ' Studio'])}"
                    al = [name, stem, f"{stem} model"]
                elif t == "COURT":
                    name = f"{rnd.choice(stems)} District Court"
                    al = [name, f"the {name.split()[0]} court"]
                elif t == "GPE":
                    name = rnd.choice(stems) + rnd.choice(["ia", "land", "stan", "ora"])
                    al = [name, f"{name}n government"]
                else:
                    name = f"The {rnd.choice(stems)} {rnd.choice(OUTLET_SUFFIXES)}"
                    al = [name, name[4:]]
                if name not in used:
                    used.add(name)
                    break
            desc = None
            if rnd.random() < 0.3:
                desc = cap(" ".join(self.words(rnd.randint(6, 16))))
            rows.append((eid, name, t, "company" if t == "ORG" else t.lower(),
                         f"Q{rnd.randint(10**6, 10**8)}" if rnd.random() < 0.2 else None,
                         desc, 1 if desc else 0))
            k = rnd.randint(2, 4)
            for a in dict.fromkeys([al[0]] + rnd.sample(al[1:], min(k - 1, len(al) - 1))):
                aliases.append((f"{eid}{len(aliases):08x}"[-16:], eid, a,
                                "gazetteer" if desc else "text"))
        return rows, aliases

    def generate(self, path: Path, log=print) -> dict:
        t0 = time.perf_counter()
        rnd, g = self.rnd, self.np
        if path.exists():
            path.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        db = sqlite_utils.Database(path)
        ensure_schema(db)
        conn = db.conn
        triggers = [r[0] for r in conn.execute("select sql from sqlite_master where type='trigger'")]
        for (name,) in conn.execute("select name from sqlite_master where type='trigger'").fetchall():
            conn.execute(f'drop trigger "{name}"')
        for (name,) in conn.execute("select name from sqlite_master where type='index' "
                                    "and sql is not null").fetchall():
            conn.execute(f'drop index "{name}"')
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA cache_size=-1000000")
        conn.execute("PRAGMA temp_store=MEMORY")
        counts: dict[str, int] = {}

        def put(table: str, rows: list[tuple]) -> None:
            if not rows:
                return
            cols = GEN_COLUMNS.get(table) or [c.name for c in db.table(table).columns]
            assert len(cols) == len(rows[0]), (table, len(cols), len(rows[0]))
            sql = (f'insert into "{table}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                   f'values ({", ".join("?" * len(cols))})')
            conn.executemany(sql, rows)
            counts[table] = counts.get(table, 0) + len(rows)

        conn.execute("begin")
        # entities, aliases, outlets, authors
        n_ent = max(200, self.na // 20)
        ent_rows, alias_rows = self.entities(n_ent)
        put("entities", ent_rows)
        put("aliases", alias_rows)
        eids = [r[0] for r in ent_rows]
        etype = {r[0]: r[2] for r in ent_rows}
        ealiases: dict[str, list[str]] = {}
        for _, eid, a, _ in alias_rows:
            ealiases.setdefault(eid, []).append(a)
        # popularity: Zipf over a shuffled order, speakers among people and organisations
        order = list(range(n_ent))
        rnd.shuffle(order)
        pop = np.empty(n_ent)
        pop[order] = zipf_p(n_ent, s=1.05, q=5)
        speakers_idx = [i for i in range(n_ent) if ent_rows[i][2] in ("PERSON", "ORG")]
        sp_p = pop[speakers_idx] / pop[speakers_idx].sum()
        orgs = [e for e in eids if etype[e] == "ORG"]

        def draw_entities(n: int, speakers: bool = False) -> list[str]:
            if speakers:
                return [eids[speakers_idx[i]] for i in g.choice(len(speakers_idx), size=n, p=sp_p)]
            return [eids[i] for i in g.choice(n_ent, size=n, p=pop)]

        outlet_rows = []
        for i in range(max(5, self.na // 5000)):
            name = f"The {cap(syllable_word(rnd, 2, 3))} {rnd.choice(OUTLET_SUFFIXES)}"
            slug = name.lower().replace(" ", "-")
            outlet_rows.append((f"{slug}-{i}", name, f"www.{slug.replace('-', '')}{i}.example",
                                rnd.choice(["rss", "sitemap", "gdelt"])))
        put("outlets", outlet_rows)
        out_p = zipf_p(len(outlet_rows), s=0.8, q=1)
        author_rows = [(f"author-{i}", f"{cap(syllable_word(rnd, 2, 3))} {cap(syllable_word(rnd, 2, 3))}")
                       for i in range(max(50, self.na // 50))]
        put("authors", author_rows)

        # disputes and parties
        n_disp = max(10, self.na // 333)
        disp_ids = [f"dispute-{i}" for i in range(n_disp)]
        disp_rows, party_rows, event_rows, disp_parties = [], [], [], {}
        courts = [e for e in eids if etype[e] == "COURT"] or [None]
        for did in disp_ids:
            a, b = draw_entities(2, speakers=True)
            while b == a:
                b = draw_entities(1, speakers=True)[0]
            an, bn = ent_rows[eids.index(a)][1], ent_rows[eids.index(b)][1]
            kind = rnd.choice(["lawsuit"] * 5 + ["accusation"] * 3 + ["complaint"] * 1 + ["investigation"])
            court = rnd.choice(courts) if kind == "lawsuit" else None
            name = {"lawsuit": f"{an} v. {bn}", "accusation": f"{an} accuses {bn} of {rnd.choice(['copying', 'scraping', 'distilling'])} {cap(self.words(1)[0])}",
                    "complaint": f"{an} complaint over {cap(self.words(1)[0])}",
                    "investigation": f"Investigation of {bn}"}[kind]
            filed = f"{rnd.randint(2022, 2026)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            disp_rows.append((did, name, kind, court and ent_rows[eids.index(court)][1], court,
                              f"{rnd.randint(1, 9)}:{rnd.randint(22, 26)}-cv-{rnd.randint(100, 99999):05d}" if court else None,
                              filed, rnd.choice(["open", "open", "dismissed", "settled", "ruled"]),
                              rnd.randint(10**6, 10**8) if court else None, "disputes.yml"))
            roles = {"lawsuit": ("plaintiff", "defendant"), "accusation": ("accuser", "accused"),
                     "complaint": ("complainant", "respondent"), "investigation": ("complainant", "respondent")}[kind]
            parties = [(did, a, roles[0]), (did, b, roles[1])]
            for extra in draw_entities(rnd.randint(0, 2), speakers=True):
                if extra not in (a, b):
                    parties.append((did, extra, rnd.choice(roles)))
            if court:
                parties.append((did, court, "judge"))
            party_rows.extend(parties)
            disp_parties[did] = (a, b)
            if court:
                for k in range(rnd.randint(3, 20)):
                    event_rows.append((f"cl-entry-{len(event_rows)}", did, filed, k + 1,
                                       self.sentence(6, 20), f"https://courts.example/{did}/{k}", "courtlistener"))
        put("disputes", disp_rows)
        put("dispute_parties", party_rows)
        put("dispute_events", event_rows)
        disp_p = zipf_p(n_disp, s=1.0, q=3)
        log(f"  entities, aliases, outlets, disputes: {time.perf_counter() - t0:.1f}s")

        # articles: originals and syndicated copies (same story id, same text and quotes)
        na, nq = self.na, self.nq
        syndicated = g.random(na) < 0.08
        syndicated[:50] = False
        n_orig = int((~syndicated).sum())
        orig_idx = np.flatnonzero(~syndicated)
        art_ids = self.ids(na)
        days = np.sort(g.integers(0, 3 * 365 + 180, size=na))
        epoch = np.datetime64("2023-01-01")
        published = [str(epoch + np.timedelta64(int(d), "D")) for d in days]
        outlet_of = [outlet_rows[i][0] for i in g.choice(len(outlet_rows), size=na, p=out_p)]

        # quotes: each first appears in an original article; some are quoted again later
        q_first = np.sort(g.choice(orig_idx, size=nq))
        q_ids = self.ids(nq)
        q_speaker = draw_entities(nq, speakers=True)
        q_kind = [rnd.choice(KINDS) for _ in range(nq)]
        q_role = [rnd.choice(ROLES) for _ in range(nq)]
        q_org = [(rnd.choice(orgs) if etype[s] == "PERSON" and rnd.random() < 0.4 else None)
                 for s in q_speaker]
        q_len = g.integers(8, 30, size=nq)
        inner = g.random(nq) < 0.35
        mention_ents = iter(draw_entities(int(inner.sum()) + na * 3))
        q_text, q_inner = [], []
        for i in range(nq):
            ws = self.words(int(q_len[i]))
            if inner[i]:
                e = next(mention_ents)
                al = rnd.choice(ealiases[e])
                pos = rnd.randint(0, len(ws))
                if pos == 0:
                    al = cap(al)  # the quote's first word is capitalised
                head = " ".join(ws[:pos])
                text = (head + " " if head else "") + al + (" " + " ".join(ws[pos:]) if pos < len(ws) else "")
                off = len(head) + (1 if head else 0)
                q_inner.append((e, al, off))
            else:
                text = " ".join(ws)
                q_inner.append(None)
            q_text.append(cap(text))
        log(f"  quote texts: {time.perf_counter() - t0:.1f}s")
        # re-quotes: a hot set of quotes appears again in later original articles
        n_re = int(nq * 0.10)
        hot = g.choice(nq, size=max(1, nq // 20), replace=False)
        re_q = hot[g.choice(len(hot), size=n_re, p=zipf_p(len(hot), s=0.9, q=10))]
        art_quotes: list[list[int]] = [[] for _ in range(na)]
        for qi, ai in enumerate(q_first.tolist()):
            art_quotes[ai].append(qi)
        pos_of_orig = np.searchsorted(orig_idx, q_first[re_q])
        later = np.minimum(pos_of_orig + 1 + g.geometric(0.002, size=n_re), n_orig - 1)
        for qi, oi in zip(re_q.tolist(), later.tolist()):
            art_quotes[int(orig_idx[oi])].append(qi)

        art_rows, qa_rows, m_rows, nc_rows, claim_rows, aa_rows, fetch_rows = [], [], [], [], [], [], []
        story = [None] * na
        text_of: dict[int, tuple] = {}
        recent_orig: list[int] = []
        claim_ids = iter(self.ids(int(nq * 1.1) + 10))
        nc_draw = iter(draw_entities(na))
        qa_count = np.zeros(nq, dtype=np.int32)
        quote_claimed = np.zeros(nq, dtype=bool)
        disp_draw = g.choice(n_disp, size=nq, p=disp_p)
        q_first_list = q_first.tolist()

        def flush():
            put("articles", art_rows)
            put("quote_appearances", qa_rows)
            put("mentions", m_rows)
            put("no_comments", nc_rows)
            put("claims", claim_rows)
            put("article_authors", aa_rows)
            put("fetches", fetch_rows)
            for lst in (art_rows, qa_rows, m_rows, nc_rows, claim_rows, aa_rows, fetch_rows):
                lst.clear()

        for ai in range(na):
            aid, pub = art_ids[ai], published[ai]
            if syndicated[ai] and recent_orig:
                src = recent_orig[-1 - min(len(recent_orig) - 1, int(g.geometric(0.3)))]
                story[ai] = story[src]
                title, text, quotes_at, ments, ncs = text_of[src]
            else:
                src = ai
                story[ai] = aid
                recent_orig.append(ai)
                if len(recent_orig) > 400:
                    del recent_orig[:200]
                parts, length = [], 0
                quotes_at, ments, ncs = [], [], []

                def add(s: str) -> int:
                    nonlocal length
                    start = length
                    parts.append(s)
                    length += len(s)
                    return start

                qs = art_quotes[ai]
                title_e = None
                if qs and rnd.random() < 0.7:
                    title_e = q_speaker[qs[0]]
                for k, qi in enumerate(qs):
                    if rnd.random() < 0.5:
                        add(self.sentence(10, 24) + ". ")
                        if rnd.random() < 0.3:
                            e = next(mention_ents)
                            al = rnd.choice(ealiases[e])
                            s = add(al)
                            ments.append((e, al, s, s + len(al)))
                            add(" " + " ".join(self.words(rnd.randint(4, 10))) + ". ")
                    sp = q_speaker[qi]
                    named = k == 0 or rnd.random() < 0.45
                    sp_text = rnd.choice(ealiases[sp]) if named else rnd.choice(["he", "she", "they"])
                    cue = rnd.choice(CUES)
                    add("\u201c")
                    qs_start = add(q_text[qi])
                    add(",\u201d ")
                    st = add(sp_text)
                    if named:
                        ments.append((sp, sp_text, st, st + len(sp_text)))
                    add(f" {cue}. ")
                    quotes_at.append((qi, qs_start, qs_start + len(q_text[qi]), sp_text, cue))
                    if q_inner[qi]:
                        e, al, off = q_inner[qi]
                        ments.append((e, al, qs_start + off, qs_start + off + len(al)))
                    if k == 2 and rnd.random() < 0.3:
                        e = next(nc_draw)
                        nm = ealiases[e][0]
                        kind = rnd.choice(["declined", "declined", "no_response", "unreachable"])
                        sent = {"declined": f"{nm} declined to comment.",
                                "no_response": f"{nm} did not respond to a request for comment.",
                                "unreachable": f"{nm} could not be reached for comment."}[kind]
                        s = add(sent)
                        add(" ")
                        ncs.append((e, kind, sent, s, s + len(sent)))
                        ments.append((e, nm, s, s + len(nm)))
                add(self.sentence(12, 30) + ".")
                text = "".join(parts)
                tw = self.words(rnd.randint(5, 9))
                if title_e:
                    tw.insert(rnd.randint(0, len(tw)), rnd.choice(ealiases[title_e][:2]))
                title = cap(" ".join(tw))
                text_of[ai] = (title, text, quotes_at, ments, ncs)
                if len(text_of) > 800:
                    for old in list(text_of)[:400]:
                        del text_of[old]
            oid = outlet_of[ai]
            url = f"https://{oid}.example/{pub[:7]}/{aid}"
            fetched = pub + f"T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:00Z"
            art_rows.append((aid, url, url, oid, title, pub, None, fetched, "en", text, "rss",
                             "feed", "keyword", story[ai], f"crawl-{pub[:7]}.warc.gz",
                             rnd.randint(0, 10**9), len(text) + 900, f"<urn:uuid:{aid}>",
                             fetched, None))
            fetch_rows.append((aid, f"run-{pub[:7]}", url, url, 200, fetched, len(text) * 3,
                               "text/html", None, 1, "stored", None, f"crawl-{pub[:7]}.warc.gz",
                               rnd.randint(0, 10**9), len(text) + 900))
            aa_rows.append((aid, author_rows[rnd.randrange(len(author_rows))][0]))
            for qi, s, e, sp_text, cue in quotes_at:
                qa_count[qi] += 1
                sp = q_speaker[qi]
                qa_rows.append((f"{aid[-8:]}{s:08x}", q_ids[qi], aid, s, e, q_kind[qi], cue, sp,
                                sp_text, q_role[qi], q_org[qi], pub))
                first = q_first_list[qi] == src
                if (first and src == ai and rnd.random() < 0.93) or (not first and rnd.random() < 0.25):
                    quote_claimed[qi] = True
                    tgt = None
                    did = None
                    if rnd.random() < 0.35:
                        did = disp_ids[int(disp_draw[qi])]
                        pa, pb = disp_parties[did]
                        tgt = pb if sp != pb else pa
                    elif rnd.random() < 0.7:
                        tgt = draw_entities(1)[0] if rnd.random() < 0.05 else q_inner[qi][0] if q_inner[qi] else eids[rnd.randrange(n_ent)]
                    claim_rows.append((next(claim_ids), sp, tgt, rnd.choice(STANCES), q_ids[qi],
                                       aid, did, pub))
            for e, al, s, t in ments:
                m_rows.append((f"{aid[-8:]}{s:08x}", aid, e, al,
                               "PERSON" if etype[e] == "PERSON" else etype[e], s, t))
            for e, kind, sent, s, t in ncs:
                nc_rows.append((f"n{aid[-7:]}{s:08x}", aid, e, kind, sent, s, t, pub))
            if len(art_rows) >= 5000:
                flush()
        flush()
        log(f"  articles and analysis rows: {time.perf_counter() - t0:.1f}s")

        first_art = [art_ids[a] for a in q_first_list]
        quote_rows = [(q_ids[i], q_text[i], q_kind[i], q_speaker[i], q_role[i], q_org[i],
                       first_art[i], outlet_of[q_first_list[i]], published[q_first_list[i]],
                       int(qa_count[i])) for i in range(nq)]
        put("quotes", quote_rows)
        del quote_rows
        conn.execute("commit")
        log(f"  quotes: {time.perf_counter() - t0:.1f}s")

        # the columns the generator does not write, as the crawl's finalize sets them
        conn.execute(f"update articles set appeared_at = {APPEARED_AT}, is_copy = 0, "
                     "first_fetched_at = fetched_at")
        conn.execute("update quotes set first_tied = 0")
        conn.commit()
        for table in ("articles", "quotes", "entities"):
            t1 = time.perf_counter()
            conn.execute(f"insert into {table}_fts({table}_fts) values('rebuild')")
            conn.commit()
            log(f"  {table}_fts rebuilt: {time.perf_counter() - t1:.1f}s")
        for sql in triggers:
            conn.execute(sql)
        conn.commit()
        t1 = time.perf_counter()
        ensure_schema(db)  # recreates every index (and sets WAL back)
        log(f"  indexes: {time.perf_counter() - t1:.1f}s")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        elapsed = time.perf_counter() - t0
        return {"seconds": round(elapsed, 1), "bytes": path.stat().st_size, "rows": counts}


# ---------------------------------------------------------------- measuring

class Timeout(Exception):
    pass


class _Conn(sqlite3.Connection):
    deadline: list[float]
    timeout_s: float


def connect(path: Path, timeout_s: float) -> _Conn:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, factory=_Conn)
    deadline = [0.0]

    def handler():
        return 1 if time.perf_counter() > deadline[0] else 0

    conn.set_progress_handler(handler, 1000)
    conn.deadline = deadline
    conn.timeout_s = timeout_s
    return conn


def run(conn: sqlite3.Connection, sql: str, params: dict) -> tuple[float, int]:
    """Like Datasette: execute, fetch at most max_returned_rows + 1. Returns (ms, rows)."""
    conn.deadline[0] = time.perf_counter() + conn.timeout_s  # type: ignore[attr-defined]
    t = time.perf_counter()
    try:
        rows = conn.execute(sql, params).fetchmany(1001)
    except sqlite3.OperationalError as e:
        if "interrupted" in str(e):
            raise Timeout from e
        raise
    return (time.perf_counter() - t) * 1000, len(rows)


STOP = set(FUNCTION_WORDS)


def content_words(text: str, min_len: int = 4) -> list[str]:
    out = []
    for w in text.replace("\u201c", " ").replace("\u201d", " ").split():
        w = w.strip(".,;:!?\"'()").lower()
        if len(w) >= min_len and w.isalpha() and w not in STOP:
            out.append(w)
    return out


class Params:
    """Realistic parameter values drawn from the database itself (so --keep works on any copy)."""

    def __init__(self, conn: sqlite3.Connection, seed: int = 11):
        self.c, self.r = conn, random.Random(seed)
        self.max = {t: conn.execute(f"select max(rowid) from {t}").fetchone()[0] or 1
                    for t in ("claims", "quotes", "articles", "entities", "quote_appearances", "disputes")}

    def row(self, table: str, cols: str):
        while True:
            r = self.c.execute(f"select {cols} from {table} where rowid = ?",
                               [self.r.randint(1, self.max[table])]).fetchone()
            if r and all(v is not None for v in r):
                return r

    def entity_fragment(self) -> str:
        # half: someone statements are about (weighted by how often), half: any entity
        if self.r.random() < 0.5:
            (eid,) = self.row("claims", "target_id")
            (name,) = self.c.execute("select name from entities where id = ?", [eid]).fetchone()
        else:
            (name,) = self.row("entities", "name")
        words = [w for w in name.split() if len(w) >= 4 and w.lower() not in ("the",)] or [name]
        return self.r.choice(words)

    def speaker_alias(self) -> str:
        (sid,) = self.row("quote_appearances", "speaker_id") if self.r.random() < 0.5 \
            else self.row("entities", "id")
        aliases = [a for (a,) in self.c.execute("select alias from aliases where entity_id = ?", [sid])]
        short = [a for a in aliases if " " not in a and len(a) >= 4]
        return self.r.choice(short or aliases or ["x"])

    def fts_word(self, table: str = "quotes", col: str = "text") -> str:
        while True:
            (text,) = self.row(table, col)
            words = content_words(text)
            if words:
                return self.r.choice(words)

    def dispute_word(self) -> str:
        (name,) = self.row("disputes", "name")
        words = [w for w in content_words(name) if w not in ("accuses", "complaint", "over", "investigation")]
        return cap(self.r.choice(words)) if words else name

    def headline_word(self) -> str:
        return self.fts_word("articles", "title")

    def entity_word(self) -> str:
        (name,) = self.row("entities", "name")
        return self.r.choice(content_words(name, 3) or [name.split()[-1].lower()])

    def for_query(self, sql: str) -> dict:
        p = {}
        if ":entity" in sql:
            p["entity"] = self.entity_fragment()
        if ":speaker" in sql:
            p["speaker"] = self.speaker_alias()
        if ":quote" in sql:
            p["quote"] = self.fts_word()
        if ":q" in sql.replace(":quote", ""):
            p["q"] = self.fts_word()
        if ":dispute" in sql:
            p["dispute"] = self.dispute_word()
        if ":headline" in sql:
            p["headline"] = self.headline_word()
        return p


def fts_searches() -> dict[str, tuple[str, str]]:
    """What Datasette's table page runs for ?_search=word: the page (sorted as the metadata
    says, 101 rows) and the count. The word is quoted, as Datasette's escape_fts does."""
    out = {}
    for table, order, src in (("articles", "published desc, id", ("articles", "text")),
                              ("quotes", "first_seen desc, id", ("quotes", "text")),
                              ("entities", "id", ("entities", "name"))):
        where = (f"rowid in (select rowid from {table}_fts where {table}_fts match "
                 f"'\"' || :search || '\"')")
        out[f"fts {table}"] = (f"select * from {table} where {where} order by {order} limit 101", src)
        out[f"fts {table} count"] = (f"select count(*) from {table} where {where}", src)
    return out


def load_canned() -> dict[str, str]:
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    return {name: q["sql"] for name, q in meta["databases"]["*"]["queries"].items()}


def measure(path: Path, n: int, timeout_s: float, log=print, only: str | None = None) -> list[dict]:
    conn = connect(path, timeout_s)
    results = []
    jobs = [(name, sql, None) for name, sql in load_canned().items()]
    jobs += [(name, sql, src) for name, (sql, src) in fts_searches().items()]
    for name, sql, src in jobs:
        if only and only not in name:
            continue
        params = Params(conn, seed=zlib.crc32(name.encode()))  # same values with or without --only
        times, rows, timeouts, slowest = [], [], 0, (0.0, None)
        plist = []
        for i in range(n + 1):
            if src is None:
                plist.append(params.for_query(sql))
            else:
                plist.append({"search": params.entity_word() if src[0] == "entities"
                              else params.fts_word(*src)})
        for i, p in enumerate(plist):
            try:
                ms, nrows = run(conn, sql, p)
            except Timeout:
                ms, nrows = timeout_s * 1000, -1
                timeouts += 1
            if i == 0:
                continue  # warm-up
            times.append(ms)
            rows.append(nrows)
            if ms > slowest[0]:
                slowest = (ms, p)
            if timeouts >= 3:
                break  # no point waiting out every run
        times.sort()
        res = {"query": name, "n": len(times), "p50_ms": round(statistics.median(times), 1),
               "p95_ms": round(times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)], 1),
               "max_ms": round(times[-1], 1), "timeouts": timeouts,
               "rows_median": statistics.median(rows), "slowest_params": slowest[1]}
        res["ok"] = res["p95_ms"] < TARGET_MS and not timeouts
        results.append(res)
        log(f"  {name}: p50 {res['p50_ms']} ms, p95 {res['p95_ms']} ms"
            + (f", {timeouts} timeouts" if timeouts else ""))
    conn.close()
    return results


def table(results: list[dict]) -> str:
    w = max(len(r["query"]) for r in results)
    lines = [f"{'query':<{w}}  {'p50 ms':>8}  {'p95 ms':>8}  {'rows':>6}  target",
             "-" * (w + 36)]
    for r in results:
        p95 = f"{r['p95_ms']:.1f}" if not r["timeouts"] else f">{r['p95_ms']:.0f}"
        lines.append(f"{r['query']:<{w}}  {r['p50_ms']:>8.1f}  {p95:>8}  {r['rows_median']:>6}  "
                     + ("ok" if r["ok"] else "MISSED"))
    return "\n".join(lines)


def default_path(articles: int, quotes: int) -> Path:
    return Path(tempfile.gettempdir()) / "claimtrack-bench" / f"queries-{articles}-{quotes}-v{GEN_VERSION}.db"


@click.command()
@click.option("--articles", default=100_000, show_default=True)
@click.option("--quotes", default=1_000_000, show_default=True)
@click.option("--keep", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Store the generated database at PATH and reuse it if it is there.")
@click.option("--regenerate", is_flag=True, help="Generate again even if a cached copy exists.")
@click.option("-n", "--runs", default=30, show_default=True, help="Runs per query.")
@click.option("--timeout", "timeout_s", default=5.0, show_default=True, help="Seconds per query.")
@click.option("--only", default=None, help="Run only the queries whose name contains this.")
@click.option("--warm/--no-warm", default=False, show_default=True,
              help="Read the database file first, as `claimtrack serve` does (db.publish.warm_cache).")
@click.option("--json", "as_json", is_flag=True)
def main(articles, quotes, keep, regenerate, runs, timeout_s, only, warm, as_json):
    log = (lambda *a: click.echo(*a, err=True)) if as_json else click.echo
    path = keep or default_path(articles, quotes)
    path.parent.mkdir(parents=True, exist_ok=True)
    gen = None
    if regenerate or not path.exists():
        log(f"Generating {articles:,} articles and {quotes:,} quotes into {path}")
        # written under another name and renamed when whole: a run that fails or is killed
        # midway must not leave a database the next run would reuse as complete
        part = path.with_name(path.name + ".part")
        gen = Gen(articles, quotes).generate(part, log=log)
        for suffix in ("-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        part.replace(path)
        log(f"Generated in {gen['seconds']} s, {gen['bytes'] / 2**20:.0f} MiB")
    else:
        log(f"Reusing {path} ({path.stat().st_size / 2**20:.0f} MiB)")
        db = sqlite_utils.Database(path)
        ensure_schema(db)  # indexes added since the copy was made
        db.close()
    if warm:
        from db.publish import warm_cache

        n, secs = warm_cache(path)
        log(f"Read {n / 2**20:,.0f} MiB into the page cache in {secs:.1f} s")
    results = measure(path, runs, timeout_s, log=log, only=only)
    out = {"database": str(path), "bytes": path.stat().st_size, "articles": articles,
           "quotes": quotes, "generation": gen, "runs": runs, "target_p95_ms": TARGET_MS,
           "results": results, "all_ok": all(r["ok"] for r in results), "machine": describe()}
    if as_json:
        click.echo(json.dumps(out, default=str))
    else:
        click.echo(f"\nMachine: {out['machine']}")
        click.echo(f"Database: {path} ({out['bytes'] / 2**20:.0f} MiB)"
                   + (f", generated in {gen['seconds']} s" if gen else ""))
        click.echo(f"{runs} runs per query, parameters drawn from the data; target p95 < {TARGET_MS:.0f} ms\n")
        click.echo(table(results))


if __name__ == "__main__":
    main()
