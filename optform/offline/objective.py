"""The goal: sense ('maximize profit', 'the minimum cost') and per-unit coefficients.

The objective's name ('profit', 'number of viewers', 'total cost') is matched against the
attributes of the per-unit coefficients the text gives ('the profit per table is $350',
'attracts 10000 viewers'). When the goal counts the decisions themselves ('maximize the
number of cakes'), every decision has coefficient 1. When no coefficient can be found the
objective is left out and reported, never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .analysis import Quantity, SentenceInfo, attribute_score, coef_is_money, match_coefficients
from .lexicon import GENERIC_UNITS, MONEY_COST, MONEY_PROFIT, STOP, lemma, stem, tokenize
from .variables import VarDef

__all__ = ["ObjectiveFind", "find_objective"]

_SENSE_RE = re.compile(
    r"\b(?P<min>least\s+(?:expensive|costly)|most\s+(?:economical|affordable)|lowest[- ]cost|"
    r"minimi[sz](?:e|es|ed|ing|ation)|minimum|minimal|least|lowest|smallest|fewest|min|cheapest|"
    r"decrease|reduce|shortest)\b|"
    r"\b(?P<max>maximi[sz](?:e|es|ed|ing|ation)|maximum|maximal|most|highest|largest|greatest|biggest|max|"
    r"longest|farthest|furthest)\b",
    re.IGNORECASE,
)
_AS_MAX = frozenset(
    ["much", "many", "high", "large", "great", "big", "profitable", "lucrative", "long", "far"]
)
_AS_MIN = frozenset(
    [
        "low",
        "little",
        "few",
        "small",
        "cheap",
        "cheaply",
        "inexpensive",
        "inexpensively",
        "economical",
        "economically",
        "short",
    ]
)
_AS_POSSIBLE_RE = re.compile(
    r"\bas\s+(?P<adj>" + "|".join(sorted(_AS_MAX | _AS_MIN, key=len, reverse=True)) + r")\b"
    r"(?P<mid>(?:\s+(?!as\b)[\w$'-]+){0,5}?)\s+as\s+(?:possible|feasible|(?:it|they|we|he|she|you|i)\s+(?:can|could|is\s+able\s+to|are\s+able\s+to))\b",
    re.IGNORECASE,
)
# the verb before 'as little as possible' names what is kept small: 'spend' is money out, 'earn' money in
_AS_POSSIBLE_VERBS = {
    "spend": "cost",
    "spends": "cost",
    "spending": "cost",
    "pay": "cost",
    "pays": "cost",
    "paying": "cost",
    "earn": "profit",
    "earns": "profit",
    "earning": "profit",
    "gain": "profit",
    # 'take home as much as possible', 'clear as much as he can', 'pocket as much as possible'
    "home": "profit",
    "clear": "profit",
    "pocket": "profit",
    "net": "profit",
}
# what a bill is: 'the food bill', 'the payroll', 'the outlay' (money paid out)
_COST = MONEY_COST | frozenset(
    ["bill", "payroll", "outlay", "tab", "expenditure", "spending", "wage"]
)
# money coming in named as a whole (said per decision with 'earns', 'brings in', 'sells for')
_RETURN_STEMS = frozenset(
    stem(w) for w in ("return", "returns", "interest", "yield", "income", "gain", "earnings")
)
_FEE_STEMS = frozenset(
    stem(w) for w in ("fee", "cost", "charge", "risk", "tax", "commission", "loss", "default")
)
_TAKINGS = frozenset(["taking", "takings", "proceeds", "turnover", "receipt", "receipts", "intake"])
_TO_A_MINIMUM_RE = re.compile(
    r"\b(?:keep|keeps|keeping|hold|holds|holding|reduce|reduces|limit|limits)\s+"
    r"(?P<what>(?:[\w'-]+\s+){1,4}?)(?:to|at)\s+(?:a|the)\s+(?P<adj>minimum|maximum)\b",
    re.IGNORECASE,
)
_HOW_MANY_AT_MOST_RE = re.compile(
    r"\bhow\s+many\s+(?P<what>[a-z]+)\b[^.?]*?\bat\s+(?P<sup>most|least)\s*\?", re.IGNORECASE
)
_VERB_THE_RE = re.compile(
    r"\b(?P<verb>costs?|spends?|pays?|earns?|makes?|brings\s+in|yields?)\s+(?:you\s+|us\s+|it\s+)?"
    r"the\s+(?P<sup>least|most|greatest|largest|highest|biggest|lowest|smallest)"
    r"(?:\s+(?:amount|sum)(?:\s+of\s+money)?)?\b(?!\s+(?:of|\$?\d))",
    re.IGNORECASE,
)
# 'to optimize its earnings' / 'optimise the total cost': the sense is what the money word is
_OPTIMIZE_RE = re.compile(
    r"\boptimi[sz](?:e|es|ed|ing)\s+(?:(?:the|its|their|his|her|our|your|total|overall)\s+)*"
    r"(?P<what>[a-z]+)\b",
    re.IGNORECASE,
)
# 'cut costs as much as possible', 'reduce the waste as far as it can': a shrinking verb before the phrase
_SHRINK_BEFORE_RE = re.compile(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|lowering|decrease|decreases|trim|trims|"
    r"slash|slashes)\s+(?P<what>(?:[a-z][\w'-]*\s+){0,3}?)$",
    re.IGNORECASE,
)
# 'for the best profit', 'to get the best return': the best of a money word is its maximum
_BEST_RE = re.compile(
    r"\bbest\s+(?:possible\s+|overall\s+|total\s+)?(?P<what>profits?|returns?|income|revenues?|earnings|"
    r"yields?|margins?|financial\s+(?:result|outcome)s?)\b",
    re.IGNORECASE,
)
# 'to keep the payroll low', 'keep costs down', 'keep output up'
_KEEP_DOWN_RE = re.compile(
    r"\b(?:keep|keeps|keeping|kept|hold|holds|holding)\s+(?P<what>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"(?P<dir>down|low|small|minimal|up|high)\b(?!\s+(?:as|to|at|than)\b)",
    re.IGNORECASE,
)
# 'to come out furthest ahead', 'come out the most ahead', 'make her baking pay off best', 'get the most out
# of the harvest', 'be as worthwhile as it can be': the profit
_AHEAD_RE = re.compile(
    r"\bcome\s+out\s+(?:the\s+)?(?:furthest|farthest|most|best|far\s+ahead)\s*(?:ahead)?\b"
    r"|\bpay(?:s|ing)?\s+off\s+(?:the\s+)?(?:best|most)\b"
    r"|\b(?:get|gets|getting|make|makes|making)\s+the\s+most\s+(?:money\s+)?out\s+of\b",
    re.IGNORECASE,
)
# 'to grow her savings the most', 'to cut the fuel bill the most': a verb of change, what changes, the extreme
_GROW_THE_RE = re.compile(
    r"\b(?P<verb>grow|grows|increase|increases|raise|raises|boost|boosts|expand|expands|cut|cuts|reduce|"
    r"reduces|lower|lowers|shrink|shrinks)\s+(?:(?:his|her|their|its|our|my|your|the|total)\s+)*"
    r"(?P<what>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+the\s+(?P<sup>most|least)\b",
    re.IGNORECASE,
)
_SHRINK_VERBS = frozenset(
    ["cut", "cuts", "reduce", "reduces", "lower", "lowers", "shrink", "shrinks"]
)
# what a goal word is counted in: 'maximize your score' adds up the points each answer is worth
_GOAL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "score": ("point", "points", "worth"),
    "point": ("worth",),
    "grade": ("point", "points", "mark", "marks"),
    "mark": ("point", "points"),
    "satisfaction": ("satisfaction", "happiness", "utility"),
    "happiness": ("satisfaction", "utility"),
    "utility": ("satisfaction", "happiness"),
    # 'grow her savings the most': what the money earns where it is put
    "saving": ("return", "returns", "interest", "yield", "pay", "paying", "earn", "profit"),
    "wealth": ("return", "returns", "interest", "yield", "pay", "paying", "earn", "profit"),
    "nest": ("return", "returns", "interest", "yield", "pay", "paying", "earn", "profit"),
    # a measured goal is counted in its units or told by its verb: 'minimise the total time' adds up the
    # minutes each takes, 'the weight carried' the kilograms each weighs, 'emissions' what each emits
    "time": ("minute", "minutes", "hour", "hours", "day", "days", "second", "seconds"),
    "weight": (
        "weigh",
        "weighs",
        "kg",
        "kilogram",
        "kilograms",
        "pound",
        "pounds",
        "lb",
        "tonne",
        "tonnes",
    ),
    "emission": ("emit", "emits", "emitted", "co2", "carbon"),
    "pollution": ("pollute", "pollutes", "pollutant", "pollutants", "emit", "emits"),
    "distance": (
        "km",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "mile",
        "miles",
        "cover",
        "covers",
    ),
    "mileage": ("km", "kilometre", "kilometres", "mile", "miles"),
    "energy": ("kwh", "mwh", "kilowatt", "kilowatts", "electricity", "power"),
    "electricity": ("kwh", "mwh", "kilowatt", "kilowatts", "energy", "power"),
    "power": ("kwh", "mwh", "kw", "kilowatt", "kilowatts", "electricity", "energy"),
}
_VERBISH = frozenset(
    stem(w)
    for w in (
        "reach",
        "require",
        "need",
        "take",
        "use",
        "cost",
        "earn",
        "make",
        "produce",
        "hold",
        "carry",
        "contain",
        "yield",
        "give",
        "generate",
        "provide",
        "attract",
        "seat",
        "serve",
        "sell",
        "bring",
        "sees",
        "get",
        "pay",
        "consume",
    )
)
_AUDIENCE = frozenset(
    [
        "audience",
        "reach",
        "exposure",
        "viewership",
        "readership",
        "impression",
        "awareness",
        "influence",
        "visibility",
    ]
)
_AUDIENCE_ATTR = (
    "reach",
    "reaches",
    "reached",
    "seen",
    "see",
    "sees",
    "view",
    "viewer",
    "viewers",
    "views",
    "watch",
    "watched",
    "heard",
    "hear",
    "listener",
    "listeners",
    "reader",
    "readers",
    "read",
    "audience",
    "exposure",
    "impression",
    "impressions",
    "people",
    "person",
)
_VERB_SENSE = re.compile(r"^(?:maximi|minimi)", re.IGNORECASE)
_TIME_UNITS = frozenset(["hour", "minute", "second", "day", "week", "month", "year", "shift"])
_CLEFT_RE = re.compile(
    r"^\s*(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<subj>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:is|are)\s+what\b",
    re.IGNORECASE,
)
_COMPOUND_HEAD_RE = re.compile(r"\b([A-Za-z]{3,})-$")
# money verbs later in the goal's clause say what the goal adds up: 'the minimum amount the farmer needs to
# spend', 'the most the shop can earn'
_CLAUSE_MONEY_VERBS = {
    "spend": "cost",
    "spends": "cost",
    "spending": "cost",
    "pay": "cost",
    "pays": "cost",
    "paying": "cost",
    "earn": "profit",
    "earns": "profit",
    "earning": "profit",
}
_OBJ_STOP = STOP | frozenset(
    [
        "possible",
        "overall",
        "obtained",
        "achieved",
        "achievable",
        "attainable",
        "required",
        "needed",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "annual",
        "given",
        "while",
        "meeting",
        "satisfying",
        "subject",
        "constraints",
        "find",
        "calculate",
        "determine",
        "spent",
        "used",
        "taken",
        "consumed",
    ]
)


@dataclass
class ObjectiveFind:
    sense: str
    info: SentenceInfo
    words: dict[str, float]
    name: str
    terms: dict[int, float] = field(default_factory=dict)
    used: list[Quantity] = field(default_factory=list)
    counts_decisions: bool = False
    missing: list[int] = field(default_factory=list)
    says_number: bool = False  # 'minimize the total number of ...'
    countable: bool = (
        False  # 'the fewest planes', 'as many visitors as possible': a count of things
    )
    at: int = 0  # where the goal's sense word ends in its sentence


def _goal_words(info: SentenceInfo, t1: int) -> list[str]:
    out: list[str] = []
    for t in info.toks[t1 : t1 + 8]:
        if t.text in (",", ".", "?", ";", ":", "(") or t.low in (
            "while",
            "subject",
            "given",
            "if",
            "that",
            "which",
            "under",
            "such",
            "so",
            "when",
            "by",
            "and",
            "to",
            "required",
            "needed",
            "for",
            "in",
            "from",
            "within",
            "on",
        ):
            if out and t.text in (",", "=") and len(out) == 1 and len(out[0]) == 1:
                out = []  # 'maximize Z, the total earnings': a symbol named by what follows
                continue
            if out:
                break
            continue
        if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP:
            out.append(t.lem)
        if len(out) >= 4:
            break
    return out


def _clause_money_verb(info: SentenceInfo, t1: int) -> str | None:
    """'the minimum amount the farmer needs to spend on seed': a money verb in the goal's clause."""
    for t in info.toks[t1 : t1 + 10]:
        if t.text in (",", ".", "?", ";", ":", "(") or t.low in ("while", "subject", "if", "given"):
            return None
        if t.low in _CLAUSE_MONEY_VERBS:
            return _CLAUSE_MONEY_VERBS[t.low]
    return None


def _as_possible_words(info: SentenceInfo, m: re.Match[str]) -> list[str]:
    """What 'as ... as possible' is about: 'as much profit as possible' -> profit; 'keep wages as low as
    possible' -> wages; 'spend as little as possible' -> spend (a cost)."""
    mid = [
        t.lem
        for t in tokenize(m.group("mid") or "")
        if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP
    ]
    if mid:
        before = info.sent.text[: m.start()].split()
        if before and before[-1].lower() in ("reach", "reaches", "reaching"):
            mid.insert(0, "reach")  # 'reach as many people as possible'
        return mid[:4]
    cleft = _CLEFT_RE.match(info.sent.text[: m.start()])
    if cleft is not None:
        # 'Profit is what the owner wants to be as large as it can be': the subject before 'is what'
        said = [
            t.lem
            for t in tokenize(cleft.group("subj"))
            if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP
        ]
        if said:
            return said[:4]
    a = m.start() + info.sent.cstart
    t0 = next((i for i, t in enumerate(info.toks) if t.end > a), len(info.toks))
    out: list[str] = []
    for t in reversed(info.toks[max(0, t0 - 8) : t0]):
        if t.text in (",", ";", ":", "(") or t.low in (
            "keep",
            "keeps",
            "kept",
            "keeping",
            "make",
            "to",
            "and",
            "so",
            "that",
            "while",
            "should",
            "must",
            "be",
            "is",
            "are",
        ):
            if t.low in ("to", "be", "is", "are", "remains", "stays", "should", "must") and not out:
                continue  # 'the monthly income is as large as possible', 'the staff to be as small as possible'
            break
        if t.low in _AS_POSSIBLE_VERBS and (
            t.low != "home"
            or (
                t0 >= 2
                and any(
                    x.low in ("take", "takes", "bring", "brings")
                    for x in info.toks[max(0, t0 - 3) : t0]
                )
            )
        ):
            out.insert(0, _AS_POSSIBLE_VERBS[t.low])
            break
        if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP:
            out.insert(0, t.lem)
    return out[-4:]


def _ends_clause(info: SentenceInfo, t1: int) -> bool:
    """'profit is maximal.' / 'cost must be minimal while ...' (not 'be minimum total cost')."""
    if t1 >= len(info.toks):
        return True
    t = info.toks[t1]
    return not t.text[:1].isalpha() or t.low in (
        "while",
        "when",
        "and",
        "so",
        "subject",
        "given",
        "if",
        "but",
        "as",
    )


def _sense_matches(info: SentenceInfo) -> list[tuple[str, int, int, str, list[str] | None]]:
    """(sense, start, end, word, goal words or None) for every way the sentence states a goal."""
    text = info.sent.text
    out: list[tuple[str, int, int, str, list[str] | None]] = []
    taken: list[tuple[int, int]] = []
    for m in _OPTIMIZE_RE.finditer(text):
        money_word = lemma(m.group("what").lower())
        if money_word in _COST:
            out.append(("minimize", m.start(), m.end(), "optimize", [money_word]))
        elif money_word in MONEY_PROFIT:
            out.append(("maximize", m.start(), m.end(), "optimize", [money_word]))
        else:
            continue
        taken.append((m.start(), m.end()))
    for m in _AS_POSSIBLE_RE.finditer(text):
        sense = "maximize" if m.group("adj").lower() in _AS_MAX else "minimize"
        words = _as_possible_words(info, m)
        shrink = _SHRINK_BEFORE_RE.search(text[: m.start()])
        if shrink is not None and m.group("adj").lower() in ("much", "far"):
            # 'cut costs as much as possible': as small as possible
            sense = "minimize"
            shrunk = [
                t.lem
                for t in tokenize(shrink.group("what"))
                if t.text.isalpha() and t.low not in _OBJ_STOP
            ]
            words = shrunk or words
        if m.group("adj").lower() in ("profitable", "lucrative"):
            words = ["profit", *words]  # 'make the day as profitable as possible'
        if m.group("adj").lower() in (
            "cheap",
            "cheaply",
            "inexpensive",
            "inexpensively",
            "economical",
            "economically",
        ):
            words = ["cost", *words]
        out.append((sense, m.start(), m.end(), m.group("adj").lower(), words))
        taken.append((m.start(), m.end()))
    for m in _TO_A_MINIMUM_RE.finditer(text):
        # 'keep payroll to a minimum', 'hold waste at a minimum'
        sense = "maximize" if m.group("adj").lower() == "maximum" else "minimize"
        words = [
            t.lem for t in tokenize(m.group("what")) if t.text.isalpha() and t.low not in _OBJ_STOP
        ][-3:]
        if words:
            out.append((sense, m.start("adj"), m.end(), m.group("adj").lower(), words))
            taken.append((m.start("adj"), m.end()))
    for m in _HOW_MANY_AT_MOST_RE.finditer(text):
        # 'How many devices can it buy at most?': the count of the decisions
        sense = "maximize" if m.group("sup").lower() == "most" else "minimize"
        out.append(
            (
                sense,
                m.start("sup"),
                m.end(),
                "many" if sense == "maximize" else "few",
                [lemma(m.group("what"))],
            )
        )
        taken.append((m.start("sup") - 3, m.end()))
    for m in _VERB_THE_RE.finditer(text):
        # 'the plan that costs the least', 'the mix that earns the most'
        verb = m.group("verb").lower()
        sense = (
            "maximize"
            if m.group("sup").lower() in ("most", "greatest", "largest", "highest", "biggest")
            else "minimize"
        )
        said = ["cost"] if re.match(r"cost|spend|pay", verb) else ["profit"]
        out.append((sense, m.start("sup"), m.end(), m.group("sup").lower(), said))
        taken.append((m.start("sup"), m.end()))
    for m in _BEST_RE.finditer(text):
        w = lemma(m.group("what").split()[0].lower())
        out.append(("maximize", m.start(), m.end(), "best", ["profit" if w == "financial" else w]))
        taken.append((m.start(), m.end()))
    for m in _AHEAD_RE.finditer(text):
        out.append(("maximize", m.start(), m.end(), "ahead", ["profit"]))
        taken.append((m.start(), m.end()))
    for m in _KEEP_DOWN_RE.finditer(text):
        what = [
            t.lem for t in tokenize(m.group("what")) if t.text.isalpha() and t.low not in _OBJ_STOP
        ]
        if not what or any(re.match(r"\$?\d", x) for x in m.group("what").split()):
            continue
        up = m.group("dir").lower() in ("up", "high")
        out.append(
            (
                "maximize" if up else "minimize",
                m.start("dir"),
                m.end(),
                m.group("dir").lower(),
                what,
            )
        )
        taken.append((m.start("dir"), m.end()))
    for m in _GROW_THE_RE.finditer(text):
        up = (m.group("verb").lower() not in _SHRINK_VERBS) == (m.group("sup").lower() == "most")
        what = [
            t.lem for t in tokenize(m.group("what")) if t.text.isalpha() and t.low not in _OBJ_STOP
        ]
        if set(what) & {
            "money",
            "fund",
            "cash",
            "portfolio",
            "capital",
            "investment",
            "wealth",
            "nest",
        }:
            what = ["saving"]  # 'grow her money the most': what the money earns where it is put
        if what:
            out.append(
                (
                    "maximize" if up else "minimize",
                    m.start("sup"),
                    m.end(),
                    m.group("sup").lower(),
                    what,
                )
            )
            taken.append((m.start("sup"), m.end()))
    for m in _SENSE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group(0).lower()
        sense = "maximize" if m.group("max") else "minimize"
        goal: list[str] | None = None
        head = _COMPOUND_HEAD_RE.search(text[: m.start()])
        if head is not None and _VERB_SENSE.match(word):
            # 'the profit-maximizing plan', 'a cost-minimising schedule': the word before the hyphen
            goal = [lemma(head.group(1).lower())]
        if re.fullmatch(
            r"cheapest|least\s+(?:expensive|costly)|most\s+(?:economical|affordable)|lowest[- ]cost",
            word,
        ):
            goal = ["cost"]  # 'the cheapest blend', 'what blend is cheapest?'
        out.append((sense, m.start(), m.end(), word, goal))
    return sorted(out, key=lambda x: x[1])


def find_objective(
    infos: list[SentenceInfo], vars_: list[VarDef], coefs: list[Quantity]
) -> ObjectiveFind | None:
    """The goal of the text: its sense, name and per-decision coefficients (None when no goal is stated)."""
    said, origin = _said_of_each(infos, coefs)
    f = _find_objective(infos, vars_, said)
    if f is not None:
        f.used = [origin.get(id(q), q) for q in f.used]
    return f


def _said_of_each(
    infos: list[SentenceInfo], coefs: list[Quantity]
) -> tuple[list[Quantity], dict[int, Quantity]]:
    """'The flight jackets earn $70 per jacket, the denim jackets earn $100 per jacket': a number said 'per
    <word every decision shares>' belongs to the decision named before it in its clause, when every such number
    of the sentence has a different one. Returns copies (the analysis is left as it is) and the originals."""
    by_sent: dict[int, SentenceInfo] = {id(inf.sent): inf for inf in infos}
    groups: dict[int, list[Quantity]] = {}
    for c in coefs:
        if c.var == -1 and c.info_sent is not None and id(c.info_sent) in by_sent:
            groups.setdefault(id(c.info_sent), []).append(c)
    origin: dict[int, Quantity] = {}
    swap: dict[int, Quantity] = {}
    for sid, qs in groups.items():
        if len(qs) < 2:
            continue
        info = by_sent[sid]
        owners: list[int] = []
        for q in qs:
            cl = info.clause_of[min(q.t0, len(info.toks) - 1)]
            before = [
                m
                for m in info.mentions
                if m.var >= 0 and m.tok1 <= q.t0 and info.clause_of[m.tok0] == cl
            ]
            owners.append(before[-1].var if before else -1)
        if -1 in owners or len(set(owners)) != len(owners):
            continue
        for q, v in zip(qs, owners):
            copy = replace(q, var=v)
            swap[id(q)] = copy
            origin[id(copy)] = q
    if not swap:
        return coefs, origin
    return [swap.get(id(c), c) for c in coefs], origin


def _find_objective(
    infos: list[SentenceInfo], vars_: list[VarDef], coefs: list[Quantity]
) -> ObjectiveFind | None:
    found: list[tuple[float, ObjectiveFind]] = []
    # the decisions are themselves spans of time ('how many hours should each plant run')
    timed = any(lemma(u) in _TIME_UNITS for v in vars_ for u in v.units)
    for info in infos:
        for sense, ms, me, word, goal in _sense_matches(info):
            a = ms + info.sent.cstart
            t0 = next((i for i, t in enumerate(info.toks) if t.end > a), len(info.toks))
            t1 = t0 + 1
            # 'a minimum of 20', 'at most', 'at least', 'the most' as limits are not goals
            nxt = info.sent.text[me : me + 14].lower()
            prv = info.sent.text[max(0, ms - 4) : ms].lower()
            if word in ("most", "least") and prv.endswith("at "):
                if not (
                    word == "least" and re.match(r"\s*(?:total\s+)?costs?\s*(?:[.?!,;]|$)", nxt)
                ):
                    continue
                goal = ["cost"]  # 'to fill the order at least cost': no limit follows
            if goal is None and (
                re.match(r"\s*(?:of\s+)?\$?\d", nxt)
                or re.match(
                    r"\s*(?:of\s+)?(?:a|an|one|two|three|four|five|ten|twenty|fifty|hundred)\b", nxt
                )
            ):
                continue
            if goal is None and any(
                q.t0 > t0 and q.t0 - t0 <= 4 and q.role == "limit" for q in info.quants
            ):
                continue
            words = _goal_words(info, t1) if goal is None else list(goal)
            if goal is None and not set(words) & (
                MONEY_COST | MONEY_PROFIT | GENERIC_UNITS | {"money"}
            ):
                verb_tag = _clause_money_verb(info, t1)
                if verb_tag is not None:
                    words.append(verb_tag)
            k0 = t0 - 1 if t0 >= 1 and info.toks[t0 - 1].low == "the" else t0
            if k0 >= 1 and info.toks[k0 - 1].lem in ("reach", "attract") and "reach" not in words:
                words.insert(0, "reach")  # 'to reach the most people
            if goal is not None and word.startswith(("cheapest", "least", "most", "lowest")):
                words += [w for w in _goal_words(info, t1) if w not in words][:2]
            if (
                (
                    word.endswith("ed")
                    or (
                        word
                        in (
                            "maximal",
                            "minimal",
                            "maximum",
                            "minimum",
                            "highest",
                            "lowest",
                            "smallest",
                            "largest",
                            "greatest",
                        )
                        and _ends_clause(info, t1)
                    )
                )
                and t0 >= 2
                and info.toks[t0 - 1].low in ("is", "be", "are", "gets", "get", "becomes", "stays")
            ):
                # passive: 'so that net revenue is maximized', 'so that profit is maximal'
                words = [
                    t.lem
                    for t in info.toks[max(0, t0 - 5) : t0 - 1]
                    if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP
                ]
            elif (
                not words
                and word in ("lowest", "smallest", "highest", "largest", "least", "most")
                and _ends_clause(info, t1)
            ):
                # 'to keep the cost lowest', 'to make the takings highest': what is kept so comes before
                back = info.toks[max(0, t0 - 6) : t0]
                ks = [k for k, t in enumerate(back) if t.low in ("keep", "make", "get", "hold")]
                if ks:
                    words = [
                        t.lem
                        for t in back[ks[-1] + 1 :]
                        if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP
                    ]
            nxt_tok = info.toks[t1].low if t1 < len(info.toks) else "."
            if _VERB_SENSE.match(word) and (
                nxt_tok in (",", ".", "while", "subject", "and", "by")
                or nxt_tok in ("these", "this", "them", "it", "those")
            ):
                # '... costs of 2, 3 and 4, which the manager aims to minimize': the goal is named before
                before = [
                    t.lem
                    for t in info.toks[max(0, t0 - 30) : t0]
                    if t.lem in MONEY_COST or t.lem in MONEY_PROFIT or t.lem in ("cost", "profit")
                ]
                if before:
                    words = before[-1:]
            if not words:
                continue
            verb = bool(_VERB_SENSE.match(word))
            score = (3.0 if verb else 2.5 if goal is not None else 1.0) + 0.05 * info.sent.index
            if "?" in info.sent.text or re.search(
                r"\b(?:how many|how much|formulate|determine|find|what)\b",
                info.sent.text,
                re.IGNORECASE,
            ):
                score += 1.0
            wmap: dict[str, float] = {}
            for k, w in enumerate(words):
                wt = 0.7 if w in GENERIC_UNITS else (2.0 if k < 3 else 1.0)
                wmap[stem(w)] = max(wmap.get(stem(w), 0.0), wt)
            if "money" in words:  # 'make the most money' is profit, 'spend the least money' is cost
                wmap[
                    "PROFIT" if sense == "maximize" and not set(words) & MONEY_COST else "COST"
                ] = 2.5
            for w in words:
                for d in _verb_forms(w):
                    # 'minimize energy consumption' adds up what each 'consumes', 'emissions' what each 'emits'
                    wmap[stem(d)] = max(wmap.get(stem(d), 0.0), 2.0)
                if w == "time" and timed:
                    continue  # 'how many hours should each plant run to minimize the total time': the hours
                for syn in _GOAL_SYNONYMS.get(w, ()):
                    wmap[stem(syn)] = max(
                        wmap.get(stem(syn), 0.0), 2.0
                    )  # 'maximize your score': points
            if set(words) & _AUDIENCE:
                # 'reach the largest audience': whoever the ads reach, see or are heard by
                for w in _AUDIENCE_ATTR:
                    wmap[stem(w)] = max(wmap.get(stem(w), 0.0), 2.0)
            lead = [w for w in words if w not in ("total", "number", "amount")][:1]
            if set(lead) & MONEY_PROFIT or (
                set(words) & MONEY_PROFIT and not set(lead) & GENERIC_UNITS
            ):
                wmap["PROFIT"] = 2.5
            if set(lead) & _COST or (set(words) & _COST and not set(lead) & GENERIC_UNITS):
                wmap["COST"] = 2.5
            if "contribution" in words:
                wmap["PROFIT"] = 2.5  # 'maximise the total contribution': price less variable cost
            if set(words) & _TAKINGS:
                wmap["PROFIT"] = 2.5  # 'maximize the takings': the money each brings in
            f = ObjectiveFind(sense, info, wmap, " ".join(words))
            f.at = me
            near = " ".join(t.low for t in info.toks[t1 : t1 + 5])
            f.says_number = bool(re.search(r"\bnumber\b|\btotal\s+(?:time|amount of time)\b", near))
            f.countable = word in ("fewest", "few", "many")
            found.append((score, f))
    if not found:
        return None
    # the best-stated goal, unless it has no coefficients and another goal nearly as clearly stated has them
    # ('attract as many tourists as possible while minimizing the total expenditure')
    found.sort(key=lambda sf: -sf[0])
    # nouns the text puts right after a decision's name ('the card-based machine'): other names for the decisions
    named: set[str] = set()
    for info in infos:
        for m in info.mentions:
            if m.var >= 0 and m.tok1 < len(info.toks) and info.toks[m.tok1].text.isalpha():
                t = info.toks[m.tok1]
                after = info.toks[m.tok1 + 1] if m.tok1 + 1 < len(info.toks) else None
                if (
                    t.low in STOP
                    or (after is not None and re.match(r"\$?\d", after.text))
                    or stem(t.lem) in _VERBISH
                ):
                    continue  # 'a seminar reaches 60': a verb, not another name
                named.add(stem(t.lem))
    top = found[0][0]
    for k, (score, f) in enumerate(found[:4]):
        if k > 0 and score < top - 1.0:
            break
        _coefficients(f, vars_, coefs, named, infos)
        if f.terms and not f.counts_decisions:
            return f
    f = found[0][1]
    _coefficients(f, vars_, coefs, named, infos)
    return f


def used_money(used: list[Quantity]) -> bool:
    return any(coef_is_money(c) for c in used)


_PRICE_WORDS = frozenset(["sell", "price", "pric", "sale", "sal", "sold", "revenu", "fetch"])
_NET_WORDS = frozenset(["profit", "net", "margin", "contribution"])


def _net_of_costs(
    words: dict[str, float],
    terms: dict[int, float],
    used: list[Quantity],
    coefs: list[Quantity],
    nv: int,
) -> None:
    """'A wrap sells for $8 ... wraps cost her $3 to make ... maximize profit': when the goal is profit and the
    text gives a selling price and a cost for every decision (and no profit figure), the profit is their
    difference. Changes ``terms``/``used`` in place."""
    if not terms or len(terms) != nv or not (set(words) & _NET_WORDS) or "COST" in words:
        return
    if not all(set(c.attr) & _PRICE_WORDS or "PROFIT" in c.attr for c in used) or not any(
        set(c.attr) & _PRICE_WORDS for c in used
    ):
        return
    if any(set(c.attr) & _NET_WORDS for c in coefs):
        return  # a profit is stated somewhere
    costs: dict[int, list[Quantity]] = {}
    for c in coefs:
        if (
            c.var is not None
            and c.var >= 0
            and c not in used
            and coef_is_money(c)
            and "COST" in c.attr
            and "PROFIT" not in c.attr
        ):
            costs.setdefault(c.var, []).append(c)
    if len(costs) != nv or any(len(cs) != 1 for cs in costs.values()):
        return
    for v, cs in costs.items():
        if cs[0].value >= terms[v]:
            return  # a cost above the price is no production cost of the item
    for v, cs in costs.items():
        terms[v] = terms[v] - cs[0].value
        used.append(cs[0])


def _coefficients(
    f: ObjectiveFind,
    vars_: list[VarDef],
    coefs: list[Quantity],
    named: set[str] | None = None,
    infos: list[SentenceInfo] | None = None,
) -> None:
    words = f.words
    nv = len(vars_)
    terms: dict[int, float] = {}
    used: list[Quantity] = []
    money = "PROFIT" in words or "COST" in words
    combined = _combined(f, coefs, nv)
    if combined is not None:
        f.terms, f.used = combined
        return
    found = match_coefficients(coefs, words, nv, money, damp=False)
    terms = {v: c.value for v, c in found.items()}
    used = list(found.values())
    if not terms and not money:
        found = match_coefficients(
            coefs, words, nv, None, damp=False
        )  # 'can fundraise $30' for 'amount fundraised'
        terms = {v: c.value for v, c in found.items()}
        used = list(found.values())
    if not terms and money and not f.says_number:
        found = match_coefficients(
            coefs,
            {k: v for k, v in words.items() if k not in ("PROFIT", "COST")},
            nv,
            None,
            damp=False,
        )
        terms = {v: c.value for v, c in found.items()}
        used = list(found.values())
    if not terms and money:
        # the other money tag: wages 'earned' by workers are a cost to whoever pays them
        other = {k: v for k, v in words.items() if k not in ("PROFIT", "COST")}
        other["PROFIT" if "COST" in words else "COST"] = 2.5
        for v in range(nv):
            best, bs = None, 0.0
            for c in coefs:
                if (c.var == v or c.var == -1) and coef_is_money(c):
                    s = attribute_score(c.attr, other)
                    if s > bs:
                        best, bs = c, s
            if best is not None and bs >= 1.4:
                terms[v] = best.value
                used.append(best)
    if not terms and money and not f.says_number:
        # 'Each unit of X requires $10000 and each unit of Y requires $20000 ... minimize the total cost': the only
        # money said per unit of each decision is what the money goal adds up
        other_tag = "PROFIT" if "COST" in words else "COST"
        wages = bool(set(words) & {stem(w) for w in ("wage", "salary", "payroll", "pay")})
        per_var: dict[int, list[Quantity]] = {}
        for c in coefs:
            # what workers earn is what the wage bill adds up ('employs waiters earning $147 per week')
            if (
                c.var is not None
                and c.var >= 0
                and coef_is_money(c)
                and (other_tag not in c.attr or wages)
            ):
                per_var.setdefault(c.var, []).append(c)
        if len(per_var) == nv and all(len({c.value for c in cs}) == 1 for cs in per_var.values()):
            terms = {v: cs[0].value for v, cs in per_var.items()}
            used = [cs[0] for cs in per_var.values()]
    if not terms and not f.says_number and set(words) & _RETURN_STEMS:
        # 'three options: a savings account at 2%, municipal bonds at 5% and a growth fund at 8% ... the
        # largest yearly return': one rate said of each decision is what a return goal adds up
        rates: dict[int, list[Quantity]] = {}
        for c in coefs:
            if (
                c.var is not None
                and c.var >= 0
                and c.num.kind == "percent"
                and not set(c.attr) & _FEE_STEMS  # 'paying 3%' is tagged a cost, yet is the return
            ):
                rates.setdefault(c.var, []).append(c)
        if len(rates) == nv and all(len(cs) == 1 for cs in rates.values()):
            terms = {v: cs[0].value for v, cs in rates.items()}
            used = [cs[0] for cs in rates.values()]
    if not terms and infos and nv >= 2 and not f.says_number:
        found = (
            _named_before(words, infos, nv)
            or _listed_in_order(words, infos, nv)
            or _in_goal_sentence(f, vars_)
        )
        terms = {v: c.value for v, c in found.items()}
        used = list(found.values())
    if infos:
        _through_yields(terms, used, infos, vars_)
    _net_of_costs(words, terms, used, coefs, nv)
    if infos:
        _net_of_materials(words, terms, used, infos, nv)
    per_units = {stem(u) for u in (vars_[0].per_units if vars_ else set())}
    lead = next((w for w in words if w not in ("PROFIT", "COST", "$", "%")), "")
    if (
        terms
        and f.says_number
        and (
            all(w in ("shift", "trip", "session", "visit", "batch", "run", "order") for w in words)
            or (set(words) & per_units and not used_money(used))
            or (lead in (named or set()) and not used_money(used))
        )
    ):
        # 'minimize the total number of shifts', '... of machines' when 'the card-based machine' names a decision
        terms, used = {}, []  # 'minimize the total number of shifts': count the decisions
    if not terms:
        # the goal counts the decisions: 'maximize the number of cakes', 'minimize the total trucks'
        heads = {stem(w) for v in vars_ for w in (v.head, *v.distinct, *v.category, *v.aliases)}
        generic = {
            stem(w)
            for w in (
                "item",
                "unit",
                "product",
                "vehicle",
                "worker",
                "person",
                "employee",
                "package",
                "staff",
                "people",
                "machine",
                "container",
                "thing",
            )
        }
        held = _what_each_holds(f, vars_, infos or [], heads | generic) if f.says_number else {}
        if held:
            terms = {v: c.value for v, c in held.items()}
            used = list(held.values())
        elif (
            set(words) & (heads | generic)
            or f.says_number
            or f.countable
            or set(words)
            & {
                stem(w)
                for w in ("time", "method", "implementation", "transportation", "vehicle", "trip")
            }
        ):
            # 'minimize the total number of planes / deliveries / transportation methods': count the decisions
            f.counts_decisions = True
            terms = dict.fromkeys(range(nv), 1.0)
    f.terms = terms
    f.used = used
    if terms and not f.counts_decisions and len(terms) < nv and infos:
        for v, q in _parallel_sentences(terms, used, infos, nv).items():
            terms[v] = q.value
            used.append(q)
    if terms and not f.counts_decisions:
        f.missing = [v for v in range(nv) if v not in terms]


def _sentence_words(info: SentenceInfo) -> dict[str, float]:
    """The content words of a sentence as attribute keys, with the money tag its money words give."""
    out: dict[str, float] = {}
    for t in info.toks:
        if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP:
            out[stem(t.lem)] = 2.0
            if t.low in MONEY_COST or t.lem in MONEY_COST:
                out["COST"] = 2.5
            if t.low in MONEY_PROFIT or t.lem in MONEY_PROFIT:
                out["PROFIT"] = 2.5
    return out


def _goal_content(words: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in words.items() if v >= 2.0 and k not in ("$", "%", "total", "number")}


def _named_before(
    words: dict[str, float], infos: list[SentenceInfo], nv: int
) -> dict[int, Quantity]:
    """'The costs of a unit differ by department. Specifically, they are 0.2 for X, 0.3 for Y ...': a sentence
    with no numbers names the goal's attribute, the next one gives one number per decision."""
    goal = _goal_content(words)
    if not goal:
        return {}
    for k in range(1, len(infos)):
        prev, info = infos[k - 1], infos[k]
        if any(q.role != "ignored" for q in prev.quants):
            continue
        named = _sentence_words(prev)
        if attribute_score(named, goal) < 4.0:
            continue
        per_var: dict[int, list[Quantity]] = {}
        for q in info.quants:
            if q.role == "coef" and q.var is not None and q.var >= 0 and not q.is_term:
                per_var.setdefault(q.var, []).append(q)
            elif q.role != "ignored":
                per_var = {}
                break
        if (
            len(per_var) == nv
            and all(len(qs) == 1 for qs in per_var.values())
            and all(
                k in named or x < 2.0 or k in ("$", "%", "COST", "PROFIT")
                for qs in per_var.values()
                for k, x in qs[0].attr.items()
            )
        ):
            # the numbers say nothing of their own ('they are 0.2 for X'; not 'a doctor sees 5 patients')
            return {v: qs[0] for v, qs in per_var.items()}
    return {}


_LIST_GAP_RE = re.compile(r"^\s*(?:,\s*)?(?:and\s+|&\s*)?$", re.IGNORECASE)


def _listed_in_order(
    words: dict[str, float], infos: list[SentenceInfo], nv: int
) -> dict[int, Quantity]:
    """'The cost of each unit in the projects is $50, $60, $70 and $80.': as many numbers as decisions, listed
    together in a sentence naming the goal's attribute and no decision, go to the decisions in their order."""
    goal = _goal_content(words)
    if not goal:
        return {}
    for info in infos:
        if any(m.var >= 0 for m in info.mentions):
            continue
        qs = [q for q in info.quants if q.role != "ignored"]
        if len(qs) != nv or any(
            q.role not in ("unused", "coef") or q.var not in (None, -1) for q in qs
        ):
            continue
        if len({q.num.kind for q in qs}) != 1 or not re.search(
            r"\b(?:each|every|per|respectively)\b", info.sent.text, re.IGNORECASE
        ):
            continue
        text = info.sent.text
        gaps = [text[qs[i].num.end : qs[i + 1].num.start] for i in range(nv - 1)]
        if not all(_LIST_GAP_RE.match(g) for g in gaps):
            continue
        if (
            attribute_score(qs[0].attr, goal) < 2.0
            and attribute_score(_sentence_words(info), goal) < 4.0
        ):
            continue
        return dict(enumerate(qs))
    return {}


_PART = r"(?:the\s+|their\s+|its\s+)?(?P<{0}>[a-z]+(?:\s+[a-z]+)?)"
# 'the total cost of material and labour', 'the combined paper and ink cost', 'revenue minus ingredient cost'
_SUM_OF_RE = re.compile(
    r"\b(?:costs?|expenses?|spending|bill|outlay)\s+(?:of|for|on)\s+"
    + _PART.format("a")
    + r"\s+(?:and|plus)\s+"
    + _PART.format("b")
    + r"\b",
    re.IGNORECASE,
)
_SUM_BEFORE_RE = re.compile(
    r"\b(?:combined\s+|total\s+)?(?P<a>[a-z]+)\s+(?:and|plus)\s+(?P<b>[a-z]+)\s+(?:costs?|expenses?|bills?)\b",
    re.IGNORECASE,
)
_DIFF_RE = re.compile(
    _PART.format("a") + r"\s+(?:minus|less)\s+" + _PART.format("b") + r"\b", re.IGNORECASE
)
_PART_STOP = frozenset(["total", "combined", "overall", "the", "of", "sum"])


def _part_target(words: str, tag: str | None) -> dict[str, float]:
    out: dict[str, float] = {}
    for t in tokenize(words):
        if t.low in _PART_STOP or t.low in _OBJ_STOP or not t.text.isalpha():
            continue
        out[stem(t.lem)] = 2.0
        if t.low in MONEY_COST or t.lem in MONEY_COST:
            out["COST"] = 2.5
        if t.low in MONEY_PROFIT or t.lem in MONEY_PROFIT or t.lem in ("price", "sale"):
            out["PROFIT"] = 2.5
    if tag is not None and "COST" not in out and "PROFIT" not in out:
        out[tag] = 1.0
    return out


def _part_coefficients(
    coefs: list[Quantity], target: dict[str, float], nv: int
) -> dict[int, Quantity]:
    """One money figure per decision whose own words name the part ('$30 of labour'); every decision needs one."""
    money_words = {stem(w) for w in MONEY_COST | MONEY_PROFIT}
    content = {k for k in target if k not in ("COST", "PROFIT") and k not in money_words}
    out: dict[int, Quantity] = {}
    for v in range(nv):
        best, bs = None, 0.0
        for c in coefs:
            if c.var != v or not coef_is_money(c):
                continue
            if not content & {k for k, x in c.attr.items() if x >= 1.0} and not (
                {"COST", "PROFIT"} & set(target) & set(c.attr) and len(content) == 0
            ):
                continue
            sc = attribute_score(c.attr, target)
            if sc > bs:
                best, bs = c, sc
        if best is None:
            return {}
        out[v] = best
    return out


def _combined(
    f: ObjectiveFind, coefs: list[Quantity], nv: int
) -> tuple[dict[int, float], list[Quantity]] | None:
    """A goal that adds or subtracts two per-unit attributes: 'the total cost of material and labour' (each
    decision's material figure plus its labour figure), 'revenue minus ingredient cost'. Only when every
    decision has a figure for each part, and the two figures differ."""
    text = f.info.sent.text[f.at : f.at + 80]
    for rx, sign in ((_SUM_OF_RE, 1.0), (_SUM_BEFORE_RE, 1.0), (_DIFF_RE, -1.0)):
        m = rx.match(text.lstrip()) if rx is _DIFF_RE else rx.search(text)
        if m is None:
            continue
        tag = "COST" if rx is not _DIFF_RE else None
        ta = _part_target(m.group("a"), tag)
        tb = _part_target(m.group("b"), tag)
        if not ta or not tb:
            continue
        pa = _part_coefficients(coefs, ta, nv)
        pb = _part_coefficients(coefs, tb, nv)
        if not pa or not pb or any(pa[v] is pb[v] for v in range(nv)):
            continue
        terms = {v: pa[v].value + sign * pb[v].value for v in range(nv)}
        return terms, [*pa.values(), *pb.values()]
    return None


_PER_UNIT_AFTER_RE = re.compile(
    r"^\s*(?:per|a|an|each|every|/)\s*(?:square\s+|cubic\s+)?([a-z]+)", re.IGNORECASE
)
_PER_BEFORE_RE = re.compile(
    r"\bper\s+([a-z]+)\b(?:\s+of\s+[\w ]{1,30}?)?\s+(?:is|are|was|were|of|:)?\s*$", re.IGNORECASE
)
_MONEY_STEMS = frozenset(stem(w) for w in MONEY_COST | MONEY_PROFIT)
_BUY_STEMS = frozenset(
    stem(w) for w in ("bought", "buy", "purchased", "purchase", "acquired", "obtained")
)


def _net_of_materials(
    words: dict[str, float],
    terms: dict[int, float],
    used: list[Quantity],
    infos: list[SentenceInfo],
    nv: int,
) -> None:
    """'Meaties sell for $2.80 ... each package of Meaties contains 2 pounds of cereal ... cereal at $0.20 per
    pound': a profit goal over selling prices also pays for the materials each decision uses, bought at a
    price per unit of the material. Every decision needs an amount of each such material; changes ``terms``
    and ``used`` in place."""
    if len(terms) != nv or not (set(words) & _NET_WORDS) or "COST" in words:
        return
    # the goal's figures are selling prices (no profit is stated per unit anywhere)
    prices = [c for c in used if c.var is not None and c.var >= 0 and coef_is_money(c)]
    if len({c.var for c in prices}) != nv or not any(set(c.attr) & _PRICE_WORDS for c in prices):
        return
    if any(
        set(c.attr) & _NET_WORDS or not (set(c.attr) & _PRICE_WORDS or "PROFIT" in c.attr)
        for c in prices
        if "COST" not in c.attr
    ):
        return
    if any(set(q.attr) & _NET_WORDS for inf in infos for q in inf.quants if q.role == "coef"):
        return
    for info in infos:
        for q in info.quants:
            if q in used or q.var not in (None, -1) or q.role == "ignored":
                continue
            if not (q.num.kind == "money" or "$" in q.num.text) or not (
                "COST" in q.attr
                or any(stem(t.lem) in _BUY_STEMS or t.low in MONEY_COST for t in info.toks[: q.t0])
            ):
                continue  # a price paid: 'costs $1.50 per kg', 'bought at $1.50 per kg, and sugar at $2 per kg'
            per = _PER_UNIT_AFTER_RE.match(info.sent.text[q.num.end :])
            if per is None:
                continue
            unit = stem(lemma(per.group(1).lower()))
            material = {
                k
                for k, x in q.attr.items()
                if x >= 1.0
                and k not in _MONEY_STEMS
                and k not in _BUY_STEMS
                and k not in ("$", "%", "COST", "PROFIT", unit)
                and k not in {stem(u) for u in GENERIC_UNITS}
                and k not in {stem(w) for w in _OBJ_STOP}
            }
            if not material:
                continue
            amounts: dict[int, Quantity] = {}
            for c in (x for inf in infos for x in inf.quants):
                if (
                    c.role != "coef"
                    or c.var is None
                    or c.var < 0
                    or coef_is_money(c)
                    or not material & {k for k, x in c.attr.items() if x >= 2.0}
                ):
                    continue
                if c.var in amounts and amounts[c.var] is not c:
                    amounts[c.var] = c if c.t0 < amounts[c.var].t0 else amounts[c.var]
                amounts.setdefault(c.var, c)
            if len(amounts) != nv:
                continue
            for v, a in amounts.items():
                terms[v] = round(terms[v] - a.value * q.value, 10)
            used.append(q)


def _through_yields(
    terms: dict[int, float], used: list[Quantity], infos: list[SentenceInfo], vars_: list[VarDef]
) -> None:
    """'The profit per bushel is $1.00 for corn ... an acre of corn produces 300 bushels' with the land in
    acres: money said per unit of the produce, decided in another unit, goes through each decision's yield
    of that produce (300 x $1.00 per acre). Every decision needs its yield, said per a unit that is not the
    produce and that measures a limit or the decisions; changes ``terms``/``used`` in place."""
    nv = len(vars_)
    if len(terms) != nv or len(used) != nv or not all(coef_is_money(c) for c in used):
        return
    per: set[str] = set()
    for c in used:
        text = getattr(c.info_sent, "text", None)
        if not isinstance(text, str):
            return
        m = _PER_UNIT_AFTER_RE.match(text[c.num.end :])
        if m is not None and m.group(0).strip().lower().startswith("per"):
            per.add(stem(lemma(m.group(1).lower())))
            continue
        # 'the profit per bushel of each crop is $1.00 for corn, $1.60 for soybeans': said once, before the list
        first = min((q for q in used if q.info_sent is c.info_sent), key=lambda q: q.num.start)
        b = _PER_BEFORE_RE.search(text[: first.num.start])
        if b is None:
            return
        per.add(stem(lemma(b.group(1).lower())))
    if len(per) != 1:
        return
    produce = next(iter(per))
    decided = {stem(lemma(u)) for v in vars_ for u in v.units}
    if produce in decided or produce in ("unit", "item", "piec"):
        return
    limit_units = {
        q.unit for inf in infos for q in inf.quants if q.role == "limit" and q.unit is not None
    }
    yields: dict[int, Quantity] = {}
    for inf in infos:
        for q in inf.quants:
            if q.role != "coef" or q.var is None or q.var < 0 or coef_is_money(q):
                continue
            if q.unit != produce and not (q.unit is None and q.attr.get(produce, 0.0) >= 0.7):
                continue
            other = {k for k in q.attr if k != produce and (k in limit_units or k in decided)}
            if not other:
                continue
            if q.var in yields and yields[q.var].value != q.value:
                return  # two different yields for one decision
            yields[q.var] = q
    if len(yields) != nv:
        return
    for v, q in yields.items():
        terms[v] = round(terms[v] * q.value, 10)
        used.append(q)


def _in_goal_sentence(f: ObjectiveFind, vars_: list[VarDef]) -> dict[int, Quantity]:
    """'Given that the cost per unit for X is 2 units and for Y is 3 units, and the hospital aims to minimize
    total resource usage': when the goal's words match nothing, the figures its own sentence gives, exactly
    one per decision, are what it adds up (not when the goal counts the decisions themselves)."""
    if f.countable:
        return {}
    heads = {stem(w) for v in vars_ for w in (v.head, *v.distinct, *v.category, *v.aliases) if w}
    if set(f.words) & heads:
        return {}
    per_var: dict[int, list[Quantity]] = {}
    for q in f.info.quants:
        if q.role == "coef" and q.var is not None and q.var >= 0 and not q.is_term:
            per_var.setdefault(q.var, []).append(q)
    if len(per_var) != len(vars_) or any(len(qs) != 1 for qs in per_var.values()):
        return {}
    if len({qs[0].num.kind for qs in per_var.values()}) != 1:
        return {}
    if ("PROFIT" in f.words or "COST" in f.words) and not all(
        coef_is_money(qs[0]) for qs in per_var.values()
    ):
        return {}  # 'each chair needs 2 hours ...; maximize profit': hours are no money
    return {v: qs[0] for v, qs in per_var.items()}


# noun endings made from verbs, and the verb they come from: consumption -> consume, emission -> emit
_DERIVED = (
    ("mption", "me"),
    ("ssion", "t"),
    ("uction", "uce"),
    ("ation", "ate"),
    ("ation", ""),
    ("ution", "ute"),
    ("ment", ""),
    ("ance", ""),
    ("usage", "use"),
)


def _verb_forms(word: str) -> list[str]:
    """The verbs a goal noun is made from ('consumption' -> 'consume'), so it matches figures told by verb."""
    out: list[str] = []
    for end, verb in _DERIVED:
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.append(word[: -len(end)] + verb)
        elif word == end:
            out.append(verb)
    return [w for w in out if w != word and len(w) >= 3]


_HOLD_VERBS = frozenset(
    [
        "hold",
        "carry",
        "contain",
        "seat",
        "fit",
        "accommodate",
        "transport",
        "serve",
        "deliver",
    ]
)
_NUMBER_OF_RE = re.compile(
    r"\bnumber\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+-)?([a-z]+)\b(?!\s+of\b)", re.IGNORECASE
)
_MEASURE_STEMS = frozenset(stem(w) for w in GENERIC_UNITS)
_NOT_COUNTED_GOAL = frozenset(
    stem(w)
    for w in (
        "method",
        "trip",
        "transportation",
        "implementation",
        "vehicle",
        "sale",
        "sales",
        "shift",
    )
)
_NOT_COUNTED = frozenset(
    stem(w)
    for w in (
        "time",
        "method",
        "implementation",
        "transportation",
        "vehicle",
        "trip",
        "delivery",
        "deliveries",
        "total",
        "number",
        "amount",
        "unit",
        "shift",
        "order",
    )
)


def _what_each_holds(
    f: ObjectiveFind, vars_: list[VarDef], infos: list[SentenceInfo], decision_words: set[str]
) -> dict[int, Quantity]:
    """'maximize the total number of smoothies that can be delivered' when the decisions are bags that 'can
    hold 12 orders' and '7 orders': a count of things that are not the decisions adds up what each decision
    holds or carries. Needs exactly one such figure per decision, all counting the same thing."""
    if set(f.words) & _NOT_COUNTED_GOAL:
        return {}  # 'the total number of transfer methods / trips / sales': the decisions themselves
    m = _NUMBER_OF_RE.search(f.info.sent.text, f.at)
    if m is None:
        return {}
    counted = stem(lemma(m.group(1).lower()))
    if counted in decision_words or counted in _NOT_COUNTED:
        return {}
    per_var: dict[int, list[Quantity]] = {}
    for info in infos:
        verbs = {t.lem for t in info.toks}
        if not verbs & _HOLD_VERBS:
            continue
        for q in info.quants:
            if q.role == "coef" and q.var is not None and q.var >= 0 and not coef_is_money(q):
                after = info.toks[q.t1].lem if q.t1 < len(info.toks) else ""
                if after in GENERIC_UNITS or (q.unit is not None and q.unit in _MEASURE_STEMS):
                    continue  # '5 minutes per patient', '3 oz of ice cream': a measure, not things held
                per_var.setdefault(q.var, []).append(q)
    if len(per_var) != len(vars_) or any(len(qs) != 1 for qs in per_var.values()):
        return {}
    nouns = [{k for k, x in qs[0].attr.items() if x >= 2.0} for qs in per_var.values()]
    if not set.intersection(*nouns) and not all(qs[0].unit for qs in per_var.values()):
        return {}
    return {v: qs[0] for v, qs in per_var.items()}


def _sentence_coefs(info: SentenceInfo) -> list[Quantity] | None:
    """The numbers of a sentence said of one decision ('Well Two supplies 30 m3 per hour at $6 per hour')."""
    qs = [q for q in info.quants if q.role != "ignored"]
    if not qs or any(q.role != "coef" or q.var is None or q.var < 0 for q in qs):
        return None
    if len({q.var for q in qs}) != 1:
        return None
    return qs


def _kinds(qs: list[Quantity]) -> list[bool]:
    return [coef_is_money(q) or q.num.kind == "money" or "$" in q.num.text for q in qs]


def _parallel_sentences(
    terms: dict[int, float], used: list[Quantity], infos: list[SentenceInfo], nv: int
) -> dict[int, Quantity]:
    """'Well One supplies 50 m3 per hour at a pumping cost of $12 per hour; Well Two supplies 30 m3 per hour at
    $6 per hour': a decision missing from the goal takes the number in the same place of the one sentence that
    says the same things about it (same count and kinds of numbers) as the sentence the goal's number came from."""
    by_sent = {id(inf.sent): inf for inf in infos}
    models: list[tuple[int, list[bool]]] = []
    for c in used:
        inf = by_sent.get(id(c.info_sent))
        qs = _sentence_coefs(inf) if inf is not None else None
        if qs is None or c not in qs:
            continue
        models.append((qs.index(c), _kinds(qs)))
    if not models or len({(k, tuple(m)) for k, m in models}) != 1:
        return {}
    at, kinds = models[0]
    # the sentences said of one decision, in the goal sentence's shape, read once for all decisions
    alike = [
        qs
        for qs in (_sentence_coefs(inf) for inf in infos)
        if qs is not None and _kinds(qs) == kinds
    ]
    out: dict[int, Quantity] = {}
    for v in range(nv):
        if v in terms:
            continue
        cands = [qs[at] for qs in alike if qs[0].var == v]
        if len(cands) == 1:
            out[v] = cands[0]
    return out
