"""Issue 13 part B: the dispute timeline and the stance-over-time chart (server-side SVG), and
the demo's fictional docket that the timeline shows."""

from __future__ import annotations

import asyncio
import math
import re

import sqlite_utils

from db.plugins.claimtrack_charts import COLOURS, stance_chart, timeline_chart
from db.publish import make_datasette


def fetch(settings, paths):
    async def go():
        ds = make_datasette(settings)
        return {p: ((r := await ds.client.get(p)).status_code, r.text) for p in paths}
    return asyncio.run(go())


CLAIMS = ([{"published": "2026-01-12", "stance": "accusation", "quote_id": f"a{i}", "claimant": "Kestrow"}
           for i in range(9)]
          + [{"published": "2026-01-13", "stance": "accusation", "quote_id": "b", "claimant": "Kestrow"},
             {"published": "2026-01-14", "stance": "denial", "quote_id": "c", "claimant": "Corvane"},
             {"published": "2026-08-06", "stance": "ruling", "quote_id": "d", "claimant": "Ashdown"},
             {"published": None, "stance": "other"}, {"published": "2026-03-01", "stance": "weird"}])
EVENTS = [{"date": "2026-02-20", "entry_number": 18, "description": "MOTION <b>to dismiss</b>",
           "url": "javascript:alert(1)"},
          {"date": "2026-08-06", "entry_number": 47, "description": "ORDER", "url": "https://cl.example/47"}]


def test_timeline_counts_colours_dates_and_no_hidden_dots():
    t = timeline_chart(CLAIMS, EVENTS)
    by = {(d["lane"], d["date"]): d for d in t["dots"]}
    nine = by[("accusation", "2026-01-12")]
    assert nine["count"] == 9 and nine["r"] > by[("accusation", "2026-01-13")]["r"]
    assert by[("other", "2026-03-01")]["count"] == 1  # an unknown stance counts as other
    assert [ln["name"] for ln in t["lanes"]] == ["accusation", "denial", "ruling", "other", "docket"]
    assert all(d["colour"] == COLOURS[d["lane"]] for d in t["dots"])
    assert by[("docket", "2026-02-20")]["href"] is None  # only http(s) links
    assert by[("docket", "2026-08-06")]["href"] == "https://cl.example/47"
    # dots of one lane never overlap, however close their days
    for lane in t["lanes"]:
        dots = [d for d in t["dots"] if d["lane"] == lane["name"]]
        for i, a in enumerate(dots):
            for b in dots[i + 1:]:
                assert math.hypot(a["x"] - b["x"], a["y"] - b["y"]) >= a["r"] + b["r"], (a, b)
    labels = [k["label"] for k in t["ticks"]]
    assert labels[0] == "Feb" and "Aug" in labels and t["start"] == "2026-01-12" and t["end"] == "2026-08-06"
    assert all(t["left"] <= d["x"] <= t["right"] for d in t["dots"])
    assert t["claims"] == 13 and t["events"] == 2 and sum(r["count"] for r in t["rows"]) == 15


def test_stance_chart_stacks_months_with_totals():
    rows = [{"month": "2026-01", "stance": "accusation", "n": 4}, {"month": "2026-01", "stance": "denial", "n": 2},
            {"month": "2026-03", "stance": "ruling", "n": 1}, {"month": None, "stance": "other", "n": 5}]
    s = stance_chart(rows)
    assert s["months"] == ["2026-01", "2026-02", "2026-03"]
    jan, feb, mar = s["bars"]
    assert jan["total"] == 6 and feb["total"] == 0 and mar["total"] == 1
    assert [g["stance"] for g in jan["segments"]] == ["accusation", "denial"]
    assert math.isclose(sum(g["h"] for g in jan["segments"]), 150, abs_tol=0.2)  # the tallest bar fills
    assert [l["stance"] for l in s["legend"]] == ["accusation", "denial", "ruling"]
    assert s["table"][0] == {"month": "2026-01", "accusation": 4, "denial": 2, "ruling": 0, "total": 6}
    assert stance_chart([]) == {"bars": [], "months": [], "legend": []}


def test_demo_docket_joins_its_dispute(demo_db):
    db = sqlite_utils.Database(demo_db.db)
    events = list(db.query("select dispute_id, date, entry_number from dispute_events order by date"))
    assert len(events) == 8 and {e["dispute_id"] for e in events} == {"kestrow-v-corvane"}
    assert [e["entry_number"] for e in events][:3] == [1, 4, 18]
    assert db.execute("select count(*) from disputes where id like 'cl-%'").fetchone()[0] == 0
    assert db["disputes"].get("kestrow-v-corvane")["courtlistener_id"] == 44170


def test_dispute_and_entity_pages_draw_the_charts(demo_db):
    res = fetch(demo_db, ["/-/dispute/kestrow-v-corvane", "/-/entity/corvane-labs",
                          "/-/dispute/brackwater-brightfold-complaint"])
    status, body = res["/-/dispute/kestrow-v-corvane"]
    assert status == 200
    svg = body[body.index('<svg id="timeline"'):]
    svg = svg[:svg.index("</svg>")]
    assert 'viewBox="0 0 ' in svg and 'width="100%"' in svg
    assert 'aria-labelledby="timeline-title timeline-desc"' in svg and "<desc" in svg
    assert re.search(r'<g class="ct-dot" data-lane="docket" data-date="2026-02-20"', svg)
    assert re.search(r'data-count="[2-9]"', svg) and re.search(r">\d+</text>", svg)  # counts written
    assert len(set(re.findall(r'fill="(#[0-9A-F]{6})" fill-opacity', svg))) >= 3  # by stance
    table = body[body.index('<table id="timeline-table"'):].split("</table>")[0]
    assert table.count('class="ct-row-docket"') == 8
    assert '<svg id="stance-chart"' in body and 'id="stance-table"' in body
    assert 'id="stance-chart"' in res["/-/entity/corvane-labs"][1]
    assert 'id="timeline"' in res["/-/dispute/brackwater-brightfold-complaint"][1]
    for _, page in res.values():  # nothing has a fixed pixel width that a phone would scroll
        assert not re.search(r'<svg[^>]* width="\d{3,}"', page)
