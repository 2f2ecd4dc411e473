"""The invented words of the generated benchmark database (``bench/query_data.py``): a
Zipf-distributed vocabulary of syllable words around the domain's own, invented names, and the
shares of stances, cues, kinds and roles its statements are drawn with. Nothing real."""

from __future__ import annotations

import random

import numpy as np

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
