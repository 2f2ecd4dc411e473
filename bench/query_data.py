"""The fictional database ``bench.queries`` measures: 100,000 articles, 1,000,000 quotes and
proportional rows in every other table, in the exact schema of ``db/schema.py``.

Names are invented from syllables; text is drawn from a Zipf-distributed vocabulary of a few
thousand words; quotes repeat across articles as wire copy does. Kept apart from the queries so
each module reads as one thing: what the database holds, and how fast it answers.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np
import sqlite_utils

from bench.fake_words import (CUES, KINDS, ORG_SUFFIXES, OUTLET_SUFFIXES, ROLES, STANCES, cap,
                              make_vocabulary, syllable_word, zipf_p)
from db.firsts import APPEARED_AT
from db.schema import ensure_schema

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
