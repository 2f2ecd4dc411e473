"""A subheading that hands a quote to a bare title: 'Judge: “Buy them, don't take them”'.

Pages put a pull quote under a heading of the form "<Title>: “...”", the title standing for
the person the paragraphs around it name with it ("Judge Tamsin Okafor explained ..."). The
colon rule (intro.py) finds no subject, cue or name before such a colon, and the sentence-before
rule then handed the quote to whoever was the subject of the paragraph above: a party. Here a
line that opens with nothing but a capitalised title word and a colon right before the mark
gives the quote to the one person the text names with that title (a judge title: any person
titled judge or justice), the nearest after the line first (a heading announces what
follows), else before; with none, the title as written (no party rather than a wrong one).
Rule ``attribution.label_line``.
"""

from __future__ import annotations

from nlp.attribution.context import Context
from nlp.attribution.marks import Segment
from nlp.attribution.record import Quote, Speaker

RULE = "attribution.label_line"


def label_line(ctx: Context, seg: Segment, q: Quote) -> bool:
    """Attribute ``q`` when it opens a line after a bare title and a colon; else False."""
    if not ctx.on(RULE):
        return False
    line_start = ctx.text.rfind("\n", 0, seg.open) + 1
    label = ctx.text[line_start:seg.open].rstrip()
    if not label.endswith(":"):
        return False
    words = label[:-1].split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    title = words[0].lower()
    cues = ctx.cues
    judge = title in cues.judge_titles
    if not judge and title not in cues.person_role_nouns:
        return False
    wanted = cues.judge_titles if judge else {title}
    holders = [(start, person) for start, person, role, _ in ctx.roles if wanted & set(role.lower().split())]
    after = [h for h in holders if h[0] > seg.close]
    before = [h for h in holders if h[0] < line_start]
    pick = after[0] if after else before[-1] if before else None
    how = (RULE, "judge.titled_person") if pick is not None else (RULE, "speaker.as_written")
    q.speaker = Speaker(pick[1] if pick else None, "PERSON" if pick else None, words[0], title,
                        rules=how)
    q.rules += list(how)
    return True
