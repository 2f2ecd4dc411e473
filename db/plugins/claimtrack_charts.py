"""Datasette plugin: the charts of the dispute and entity pages, drawn as SVG on the server.

Two charts, each computed here as plain geometry (tested without a browser) and drawn by a
partial template (``_timeline.html``, ``_stance_chart.html``) that escapes every label:

- **timeline** (dispute page): one lane per stance plus one for docket entries; claims of one
  day and stance are one dot sized by their count, with the count written on it; dots of one
  lane that would touch are moved up or down in turn; the axis is labelled at each month (or
  week, for a short dispute), the first and last dates are written under the lanes.
- **stance over time** (dispute and entity pages): claims per month, stacked by stance, the
  total above each bar.

Both scale to their box (``viewBox``, ``width: 100%``), so a 390 px phone sees the whole chart
without scrolling; colours are the Okabe-Ito palette (told apart with colour blindness) with
a legend; each has a ``<title>`` and ``<desc>`` and the same figures as a table below it. No
JavaScript, nothing fetched from elsewhere: it works offline and under the guard's CSP.

The figures come through ``extra_template_vars`` (``ct_timeline``, ``ct_stance``), so the page
handlers (claimtrack_pages.py) only include the partials. Self-contained (Datasette and the
standard library), so a published bundle draws the same charts.
"""

from __future__ import annotations

import datetime as dt
import math

from datasette import hookimpl

STANCES = ["accusation", "denial", "lawsuit", "ruling", "admission", "other"]
COLOURS = {"accusation": "#D55E00", "denial": "#0072B2", "lawsuit": "#CC79A7",
           "ruling": "#009E73", "admission": "#E69F00", "other": "#777777", "docket": "#000000"}
WIDTH = 480          # viewBox units; the SVG is scaled to its box (at most 640 px wide): on
LEFT = 84            # a 390 px phone 12-unit text is still 9 px, on a desktop 16 px
RIGHT = 14
LANE = 28            # least height of one lane
SWARM_STEP = 9       # how far a dot moves off its lane's line to clear a neighbour
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _stance(value) -> str:
    return value if value in STANCES else "other"


def _ticks(lo: dt.date, hi: dt.date) -> list[dt.date]:
    """Month starts inside [lo, hi] (weeks when the span is under ~two months)."""
    if (hi - lo).days < 60:
        first = lo + dt.timedelta(days=(7 - lo.weekday()) % 7)
        return [first + dt.timedelta(days=7 * i) for i in range((hi - first).days // 7 + 1)]
    out, y, m = [], lo.year, lo.month
    d = dt.date(y, m, 1) if lo.day == 1 else dt.date(y + (m == 12), m % 12 + 1, 1)
    while d <= hi:
        out.append(d)
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    step = max(1, math.ceil(len(out) / 10))  # at most 10 labels
    return out[::step]


def _tick_label(d: dt.date, weekly: bool) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}" if weekly else (
        f"{MONTHS[d.month - 1]} {d.year}" if d.month == 1 else MONTHS[d.month - 1])


def timeline_chart(claims: list[dict], events: list[dict] | None = None) -> dict:
    """Geometry of the timeline: lanes, dots (with counts and what they stand for), ticks.

    ``claims``: dicts with ``published``, ``stance`` and optionally ``quote_id``, ``claimant``;
    ``events``: docket entries with ``date``, ``entry_number``, ``description``, ``url``."""
    events = events or []
    groups: dict[tuple[str, dt.date], list[dict]] = {}
    for c in claims:
        d = _date(c.get("published"))
        if d:
            groups.setdefault((_stance(c.get("stance")), d), []).append(c)
    for e in events:
        d = _date(e.get("date"))
        if d:
            groups.setdefault(("docket", d), []).append(e)
    if not groups:
        return {"lanes": [], "dots": [], "ticks": [], "rows": []}
    lanes = [s for s in [*STANCES, "docket"] if any(k[0] == s for k in groups)]
    dates = [k[1] for k in groups]
    lo, hi = min(dates), max(dates)
    if lo == hi:
        lo, hi = lo - dt.timedelta(days=3), hi + dt.timedelta(days=3)
    span = (hi - lo).days
    plot = WIDTH - LEFT - RIGHT

    def x(d: dt.date) -> float:
        return round(LEFT + plot * (d - lo).days / span, 1)

    dots, lane_rows, top = [], [], 6.0
    for lane in lanes:
        placed = _swarm([(x(d), _radius(len(groups[(lane, d)])), d)
                         for d in sorted(k[1] for k in groups if k[0] == lane)])
        above = max(r - off for _, off, r, _ in placed)   # room the lane needs over its line
        below = max(r + off for _, off, r, _ in placed)
        mid = top + max(above, LANE / 2 - 2)
        lane_rows.append({"name": lane, "y": round(mid, 1), "colour": COLOURS[lane]})
        for cx, off, r, d in placed:
            items = groups[(lane, d)]
            dots.append({"lane": lane, "date": d.isoformat(), "count": len(items), "x": cx,
                         "y": round(mid + off, 1), "r": r, "colour": COLOURS[lane],
                         "docket": lane == "docket", "href": _dot_href(lane, items),
                         "label": _dot_label(lane, d, items)})
        top = mid + max(below, LANE / 2 - 2) + 4
    weekly = (hi - lo).days < 60
    bottom = round(top + 2, 1)
    ticks = [{"x": x(t), "label": _tick_label(t, weekly)} for t in _ticks(lo, hi)]
    rows = [{"date": dd["date"], "lane": dd["lane"], "count": dd["count"], "label": dd["label"],
             "href": dd["href"]} for dd in sorted(dots, key=lambda p: (p["date"], lanes.index(p["lane"])))]
    return {"lanes": lane_rows, "dots": dots, "ticks": ticks, "rows": rows, "width": WIDTH,
            "left": LEFT, "right": WIDTH - RIGHT, "axis_y": bottom, "height": bottom + 36,
            "start": min(dates).isoformat(), "end": max(dates).isoformat(),
            "claims": sum(1 for c in claims if _date(c.get("published"))),
            "events": sum(1 for e in events if _date(e.get("date")))}


def _radius(n: int) -> float:
    """A dot's radius grows with the square root of its count (its area with the count)."""
    return round(min(5.0 + 2.0 * math.sqrt(n - 1), 13.0), 1)


def _swarm(dots: list[tuple[float, float, dt.date]]) -> list[tuple[float, float, float, dt.date]]:
    """(x, offset from the lane's line, r, date): each dot, in date order, takes the offset
    nearest the line (0, then one step up, one down, two up, ...) where it touches no dot
    already placed in the lane, so near days never hide each other's counts."""
    placed: list[tuple[float, float, float, dt.date]] = []
    for cx, r, d in dots:
        for k in range(0, 40):
            off = (k + 1) // 2 * SWARM_STEP * (-1 if k % 2 else 1)
            if all(math.hypot(cx - px, off - po) >= r + pr + 1 for px, po, pr, _ in placed):
                break
        placed.append((cx, off, r, d))
    return placed


def _dot_href(lane: str, items: list[dict]) -> str | None:
    if lane == "docket":
        url = items[0].get("url") or ""
        return url if url.startswith(("http://", "https://")) else None
    qid = next((c.get("quote_id") for c in items if c.get("quote_id")), None)
    return f"/-/quote/{qid}" if qid else None


def _dot_label(lane: str, d: dt.date, items: list[dict]) -> str:
    """What a dot stands for, in words (its tooltip and its row in the table)."""
    if lane == "docket":
        return "; ".join(f"docket entry {e.get('entry_number') or '?'}: {(e.get('description') or '')[:160]}"
                         for e in items[:5]) + (f" (and {len(items) - 5} more)" if len(items) > 5 else "")
    who = sorted({c.get("claimant") or "unidentified" for c in items})
    return f"{len(items)} {lane}{'' if len(items) == 1 else 's'} by {', '.join(who[:6])}" + (
        " and others" if len(who) > 6 else "")


def stance_chart(rows: list[dict]) -> dict:
    """Geometry of the stacked monthly bars. ``rows``: dicts with ``month`` (YYYY-MM),
    ``stance`` and ``n``. Months without claims between the first and last are shown empty."""
    counts: dict[str, dict[str, int]] = {}
    for r in rows:
        if r.get("month") and len(str(r["month"])) == 7:
            m = counts.setdefault(str(r["month"]), {})
            m[_stance(r.get("stance"))] = m.get(_stance(r.get("stance")), 0) + int(r.get("n") or 0)
    if not counts:
        return {"bars": [], "months": [], "legend": []}
    months, (y, m) = [], map(int, min(counts).split("-"))
    while f"{y:04d}-{m:02d}" <= max(counts):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    top = max(sum(v.values()) for v in counts.values())
    plot_h, base, left, right = 150, 180, 40, WIDTH - RIGHT
    slot = (right - left) / len(months)
    bar_w = round(min(48.0, slot * 0.7), 1)
    bars = []
    for i, month in enumerate(months):
        bx = round(left + i * slot + (slot - bar_w) / 2, 1)
        y0, segs = float(base), []
        for s in STANCES:
            n = counts.get(month, {}).get(s, 0)
            if n:
                h = round(plot_h * n / top, 1)
                y0 -= h
                segs.append({"stance": s, "n": n, "y": round(y0, 1), "h": h, "colour": COLOURS[s]})
        total = sum(counts.get(month, {}).values())
        mm = int(month[5:])
        bars.append({"month": month, "x": bx, "w": bar_w, "cx": round(bx + bar_w / 2, 1),
                     "segments": segs, "total": total, "top": round(y0, 1),
                     "label": MONTHS[mm - 1] + (f" {month[:4]}" if mm == 1 or i == 0 else "")})
    step = max(1, math.ceil(len(months) / 10))
    for i, b in enumerate(bars):
        b["show_label"] = i % step == 0
    present = [s for s in STANCES if any(s in v for v in counts.values())]
    legend = [{"stance": s, "colour": COLOURS[s], "x": left + (i % 3) * 140,
               "y": base + 27 + (i // 3) * 16} for i, s in enumerate(present)]
    return {"bars": bars, "months": months, "max": top, "base": base, "left": left,
            "right": right, "width": WIDTH, "height": base + 30 + 16 * math.ceil(len(present) / 3),
            "legend": legend,
            "table": [{"month": mo, **{s: counts.get(mo, {}).get(s, 0) for s in present},
                       "total": sum(counts.get(mo, {}).values())} for mo in months]}


# ---------------------------------------------------------------- the pages' data

async def _rows(db, sql: str, params: list) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


MONTHLY = ("select substr(published, 1, 7) as month, stance, count(*) as n from claims "
           "where published is not null and {where} group by month, stance")


async def dispute_charts(db, dispute_id: str) -> dict:
    claims = await _rows(db, "select c.published, c.stance, c.quote_id, e.name as claimant "
                             "from claims c left join entities e on e.id = c.claimant_id "
                             "where c.dispute_id = ? order by c.published, c.id", [dispute_id])
    events = await _rows(db, "select date, entry_number, description, url from dispute_events "
                             "where dispute_id = ? order by date, entry_number", [dispute_id])
    monthly = await _rows(db, MONTHLY.format(where="dispute_id = ?"), [dispute_id])
    return {"ct_timeline": timeline_chart(claims, events), "ct_stance": stance_chart(monthly),
            "ct_chart_subject": "this dispute"}


async def entity_charts(db, entity_id: str) -> dict:
    monthly = await _rows(db, MONTHLY.format(where="(claimant_id = ? or target_id = ?)"),
                          [entity_id, entity_id])
    return {"ct_stance": stance_chart(monthly), "ct_chart_subject": "claims by or about this entity"}


async def overall_charts(db) -> dict:
    """Every claim's stance by month, for the front page (issue 13: per dispute and overall)."""
    try:
        monthly = await _rows(db, MONTHLY.format(where="1"), [])
    except Exception:  # noqa: BLE001 - a database without our tables: no chart
        return {}
    return {"ct_stance": stance_chart(monthly), "ct_chart_subject": "all claims"}


@hookimpl
def extra_template_vars(template, request, datasette):
    url_vars = (request.url_vars if request is not None else None) or {}
    if template == "index.html":
        return overall_charts(datasette.get_database())
    if template == "dispute.html" and url_vars.get("dispute_id"):
        return dispute_charts(datasette.get_database(), url_vars["dispute_id"])
    if template == "entity.html" and url_vars.get("entity_id"):
        return entity_charts(datasette.get_database(), url_vars["entity_id"])
    return {}
