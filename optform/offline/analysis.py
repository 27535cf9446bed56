"""Per-sentence analysis: tokens, variable mentions, quantities, direction cues and the role of
each quantity (a per-unit coefficient, a limit, a multiplier).

The roles follow how word problems are written:

- a number said *of* a thing ("each table requires 8 sq ft", "the profit per chair is $75",
  "costs for X and Y are 4 and 3 respectively") is a **coefficient** of that thing, with the
  words around it as its *attribute* (what it measures: floor space, profit, ...);
- a number governed by a direction cue ("at most 40", "a minimum of 130", "500 sq ft
  available", "has $20000", "cannot exceed 1000") is a **limit**;
- ``twice``, ``three times``, ``half`` before a thing are **multipliers**.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from itertools import pairwise

from .lexicon import GENERIC_UNITS, MONEY_COST, MONEY_PROFIT, STOP, Token, lemma, stem, tokenize
from .numbers import NumberMention, find_numbers
from .sentences import Sentence
from .variables import Mention, VarDef, find_mentions

__all__ = [
    "Cue",
    "Quantity",
    "SentenceInfo",
    "analyse_sentence",
    "attribute_score",
    "land_wholes",
    "money_to_spend",
]


def _alts(words: list[str]) -> str:
    return "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    )


_LE_STRONG = [
    "at most",
    "no more than",
    "not more than",
    "cannot exceed",
    "can not exceed",
    "can't exceed",
    "must not exceed",
    "should not exceed",
    "shouldn't exceed",
    "does not exceed",
    "doesn't exceed",
    "do not exceed",
    "will not exceed",
    "won't exceed",
    "not exceed",
    "not to exceed",
    "not exceeding",
    "maximum of",
    "max of",
    "a maximum",
    "at maximum",
    "up to",
    "limited to",
    "limit of",
    "limited",
    "limits",  # 'the mall limits the number of posters to 5'
    "restricts",
    "capped at",
    "cap of",
    "or less",
    "or fewer",
    "less than or equal to",
    "no greater than",
    "not greater than",
    "no larger than",
    "no higher than",
    "not be more than",
    "not be greater than",
    "cannot be more than",
    "can't be more than",
    "maximum",
    "max",
    "at the most",
    "within",
    "below",
    "under",
    "less than",
    "fewer than",
    "lower than",
    "smaller than",
    "no more",
    "not surpass",
    "cannot surpass",
    "must not surpass",
    "restricted to",
    "constrained to",
    "constrained by",
    "bounded by",
    "cap",
    "ceiling",
    "not go above",
    "not above",
    "tops out at",
    "top out at",
    "maxes out at",
    "max out at",
    "upper limit",
    "upper bound",
    "utmost",
]
_GE_STRONG = [
    "at least",
    "a minimum of",
    "minimum of",
    "minimum",
    "greater than or equal to",
    "more than or equal to",
    "larger than or equal to",
    "greater or equal to",
    "bigger than or equal to",
    "no less than",
    "not less than",
    "cannot be less than",
    "can't be less than",
    "should not be less than",
    "must not be less than",
    "or more",
    "more than",
    "greater than",
    "larger than",
    "higher than",
    "exceed",
    "exceeds",
    "above",
    "no fewer than",
    "not fewer than",
    "not be less than",
    "not fall below",
    "not below",
    "must meet",
    "meet",
    "minimum requirement",
    "lower limit",
    "lower bound",
    "or greater",
    "not drop below",
    "not go below",
    "minimal",
    "demand of",
    "demand for",
    "demands",
    "must exceed",
    "surpass",
]
_LE_STRONG += [
    "limit is set at",
    "is set at",
    "is capped at",
    "ceiling of",
    "cap at",
    "not go beyond",
    "go beyond",
    "without exceeding",
    "without going over",
    "without going beyond",
    "without surpassing",
    "not exceeding",
]
_GE_STRONG += ["floor of", "floor value of", "at minimum", "outnumber", "outnumbers"]
# a requirement stated is a minimum ('the daily requirement is 88 grams of protein')
_GE_STRONG += ["requirement is", "requirements are", "targets are", "target is"]
_EQ_STRONG = ["exactly", "equal to", "equals", "equal", "precisely", "a total of exactly"]
_LE_WEAK = [
    "available",
    "has",
    "have",
    "had",
    "there are",
    "there is",
    "budget",
    "capacity",
    "only",
    "produces",
    "receives",
    "gets",
    "owns",
    "possesses",
    "supply",
    "supplies",
    "access to",
    "on hand",
    "at hand",
    "open for",
    "can handle",
    "can make",
    "can produce",
    "can hold",
    "can process",
    "can transport",
    "can store",
    "can build",
    "can run",
    "can only",
    "total of",
    "worth of",
    "limit",
    "spend",
    "invest",
    "allocated",
    "allocate",
    "free for",
    "in stock",
    "inventory",  # 'sell his inventory composed of seven earbuds and ten dongles'
    "stock of",  # 'wants to sell its stock of eight dolls and twelve cars'
    "allotted",
    "set aside",
    "to spare",
    "at its disposal",
    "at their disposal",
    "stocked",
    "holds",
    "fits",
    "can fit",
    "can take",
    "can accommodate",
    "accommodates",
    "room for",
    "space for",
    "can stock",
    "can sell",
    "can seat",
    "is open",
    "are open",
    "stays open",
    "works",
    "operates",
    "is staffed",
    "are staffed",
    "can work",
    "will work",
    "on the roster",
    "on staff",
    "on duty",
    "on the payroll",
    "signed up",
    "registered",
    "enrolled",
    "volunteered",
    # what was acquired is what there is to use ('she bought three dozen lemons')
    "bought",
    "purchased",
    "picked",
    "harvested",
    "collected",
    "gathered",
]
_PER_UNIT_VERBS = frozenset(
    [
        "takes",
        "take",
        "needs",
        "need",
        "requires",
        "require",
        "costs",
        "cost",
        "uses",
        "use",
        "weighs",
        "weigh",
        "gives",
        "give",
        "yields",
        "yield",
        "earns",
        "earn",
        "brings",
        "pays",
        "generates",
        "emits",
        "lasts",
    ]
)
_TOTAL_NOUNS = frozenset(["budget", "capacity", "total of"])
_AVAILABLE = frozenset(
    [
        "available",
        "on hand",
        "at hand",
        "in stock",
        "to spare",
        "allotted",
        "at its disposal",
        "at their disposal",
        "on the roster",
        "on staff",
        "on duty",
        "on the payroll",
        "signed up",
        "registered",
        "enrolled",
        "have signed up",
        "volunteered",
    ]
)
# 'there are 60 tables to cover': what is to be covered, served or cleaned is a need
_TO_SERVE = (
    "to cover",
    "to serve",
    "to look after",
    "to care for",
    "to staff",
    "to answer",
    "to treat",
    "to clean",
    "to inspect",
)
_GE_WEAK = [
    "wants to deliver",
    "wants to transport",
    "wants to make",
    "wants to produce",
    "wants to sell",
    "wants to move",
    "wants to ship",
    "wants to carry",
    "wants to supply",
    "wants to serve",
    "wants to feed",
    "wants to harvest",
    "want to deliver",
    "want to transport",
    "want to make",
    "want to produce",
    "want to sell",
    "want to move",
    "needs",
    "need",
    "requires",
    "require",
    "required",
    "must",
    "expects",
    "needed",
    "is needed",
    "are needed",
    "demand",
    "should",
    "must be",
    "has to",
    "have to",
    "contracted",
    "orders for",
    "order for",
    "orders total",
    "orders come to",
    "committed to",
    "commitment to",
    "promised",
    "promises",
    "aims to",
    "expect",
    "without fail",
    "a contract to deliver",
    "a contract to supply",
    "a contract to provide",
    "a contract for",
    "contracted to",
    "under contract to",  # 'is under contract to provide 25 tons'
    "under a contract to",
    "under contract to supply",  # 'supply' alone is a stock ('a supply of 500 kg')
    "under a contract to supply",
    "orders totalling",
    "orders totaling",
    *_TO_SERVE,
]

# every cue starts with one of these letters: the search skips other words without trying each cue
_CUE_FIRST = "".join(
    sorted({w[0] for w in (*_LE_STRONG, *_GE_STRONG, *_EQ_STRONG, *_LE_WEAK, *_GE_WEAK, "runs")})
)
_CUE_RE = re.compile(
    r"\b(?=["
    + re.escape(_CUE_FIRST)
    + r"])(?:(?P<le>(?!under\s+(?:a\s+)?contract\b)(?:"  # 'under contract to supply': a duty
    + _alts(_LE_STRONG)
    + r"))|(?P<ge>"
    + _alts(_GE_STRONG)
    + r")|(?P<eq>"
    + _alts(_EQ_STRONG)
    + r")|(?P<lew>"
    + _alts([w for w in _LE_WEAK if w not in ("has", "have", "had")])
    + r"|(?:has|have|had)(?!\s+to\b)"  # 'has to fill orders for 400 kg' is a requirement
    + r"|runs?(?=\s+(?:for\s+)?\d)"  # 'the kiln runs 10 hours a day' (not 'at most 250 runs')
    + r")|(?P<gew>"
    + _alts(_GE_WEAK)
    + r"))\b",
    re.IGNORECASE,
)
_NEG_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bcannot)\s+(?:be\s+|(?:want|wish|like|allow|permit|expect)\s+(?:[a-z]+\s+){1,4}to\s+|want\s+|have\s+|allow\s+|(?!be\b)[a-z]+\s+(?:[a-z]+\s+)?(?:be\s+)?)?$"
    # 'does not want to invest more than $40000', 'do not plan to spend more than'
    r"|(?:\bnot|n't|\bnever)\s+(?:want|wish|like|plan|intend|expect|need)\s+to\s+[a-z]+\s+$"
    # 'time restricts you from answering more than 15', 'rules prevent them from hiring fewer than'
    r"|\b(?:restrict|prevent|prohibit|stop|keep|bar|forbid|ban|preclude)(?:s|ed|ped|red)?\s+"
    r"(?:[a-z']+\s+){0,4}from\s+[a-z]+ing\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


@dataclass
class Cue:
    t0: int
    t1: int
    op: str  # <= >= ==
    strong: bool
    text: str


@dataclass
class Quantity:
    num: NumberMention
    t0: int  # token range
    t1: int
    role: str = "unused"  # coef | limit | mult | unused
    var: int | None = None  # for coef
    op: str | None = None  # for limit
    cue: Cue | None = None
    attr: dict[str, float] = field(default_factory=dict)
    used: bool = False
    info_sent: object | None = None  # the Sentence this quantity is in
    pos: int = 0  # index among the quantities of its sentence
    rank: int = 0  # index among the quantities of the same role in its sentence
    is_term: bool = (
        False  # a weight inside an explicit sum ('3 times X plus ...'), not per-unit data
    )
    unit: str | None = (
        None  # the unit of measure right after the number ('kg', 'minut'), as stem() gives it
    )
    resp_group: list[Quantity] | None = (
        None  # 'costs are 4 and 3 respectively': the numbers listed together
    )
    kind: tuple[str, ...] = ()  # the words right after it: '7 wireless earbuds' -> wireles, earbud

    @property
    def value(self) -> float:
        return self.num.value


@dataclass
class SentenceInfo:
    sent: Sentence
    toks: list[Token]
    mentions: list[Mention]
    quants: list[Quantity]
    cues: list[Cue]
    clause_of: list[int]  # clause id per token
    used: bool = False
    notes: list[str] = field(default_factory=list)

    def mention_at(self, i: int) -> Mention | None:
        for m in self.mentions:
            if m.tok0 <= i < m.tok1:
                return m
        return None


_CLAUSE_SPLIT = frozenset([";", "while", "whereas", "but", "although", "though"])
_MONEY_TAG = {"PROFIT": MONEY_PROFIT, "COST": MONEY_COST}


def _clauses(toks: list[Token]) -> list[int]:
    out: list[int] = []
    c = 0
    start = 0
    for i, t in enumerate(toks):
        if (
            t.low in _CLAUSE_SPLIT
            or (
                t.text == ","
                and i + 1 < len(toks)
                and toks[i + 1].low in ("and", "but", "while")
                and _has_cue_ahead(toks, i + 2)
            )
            or _new_clause_after_and(toks, start, i)
            or _question_after_comma(toks, i)
        ):
            c += 1
            start = i
        out.append(c)
    return out


_QUESTION_OPENERS = frozenset(
    ["determine", "find", "how", "what", "formulate", "calculate", "compute", "decide", "help"]
)


def _question_after_comma(toks: list[Token], i: int) -> bool:
    """'If the grower has a budget of $1200 to spend on seeds, determine how many tulips and
    orchids he should plant': the question after the comma (no number of its own, a number before
    it) is a clause of its own; the things it names are not what the number is said of."""
    return (
        toks[i].text == ","
        and i + 1 < len(toks)
        and toks[i + 1].low in _QUESTION_OPENERS
        and any(re.match(r"\$?\d", t.text) for t in toks[:i])
        and not any(re.match(r"\$?\d", t.text) for t in toks[i + 1 :])
    )


_CLAUSE_OPENERS = frozenset(["the", "each", "every", "its", "their", "his", "her", "our"])


def _new_clause_after_and(toks: list[Token], start: int, i: int) -> bool:
    """'has a budget of $2000 and the number of train trips cannot exceed ...': 'and' without a comma
    joins two statements when the first already has its number and limit word and the second opens
    with a new subject and has its own limit word."""
    if toks[i].low != "and" or i + 1 >= len(toks):
        return False
    if _limit_after_statement(toks, start, i):
        return True
    if toks[i + 1].low not in _CLAUSE_OPENERS and not _subject_then_modal(toks, i + 1):
        return False
    before = toks[start:i]
    if not any(re.match(r"\$?\d", t.text) for t in before):
        return False
    if not _CUE_RE.search(" ".join(t.low for t in before)):
        return False
    ahead = toks[i + 1 : i + 12]
    if any(re.match(r"\$?\d", t.text) for t in ahead[:2]):
        return False
    return (
        _has_cue_ahead(toks, i + 1)
        or any(t.low in _PER_UNIT_VERBS for t in ahead[:5])
        or _long_subject_then_cue(toks, i + 1)
    )


def _long_subject_then_cue(toks: list[Token], i: int) -> bool:
    """'... and the amount in the flower shop can not exceed ...', '... and the amount invested in
    the construction supply company cannot be more than ...': a subject opened by 'the amount /
    number / total' may take more words before its limit word than the usual window."""
    if i + 1 >= len(toks) or toks[i].low != "the" or toks[i + 1].low not in _AMOUNT_HEADS:
        return False
    end = next(
        (j for j in range(i, min(len(toks), i + 14)) if toks[j].text in (",", ";", ".")),
        min(len(toks), i + 14),
    )
    return bool(_CUE_RE.search(" ".join(t.low for t in toks[i:end])))


_AMOUNT_HEADS = frozenset(["amount", "number", "total", "sum", "quantity", "money", "investment"])


def _limit_after_statement(toks: list[Token], start: int, i: int) -> bool:
    """'invest at least 30% of the money in A and at most 60% in B', 'a minimum of $10000 must go
    to A and at least 25% of all money must be in B': 'and' followed right away by a limit word,
    a number and what it is said of opens a statement of its own when the words before already
    hold a limit word, a number and something named after that number ('at least 20 and at most
    50 chairs' is one statement). Only when one of the two numbers is a share: several plain limits
    in one clause are told apart by constraints._own_segment, which leaves shares alone."""
    j0 = i + 2 if i + 1 < len(toks) and toks[i + 1].low == "that" else i + 1  # 'and that no more'
    m = _CUE_RE.match(" ".join(t.low for t in toks[j0 : j0 + 5]))
    if m is None or not (m.group("le") or m.group("ge") or m.group("eq")):
        return False
    k = next(
        (j for j in range(j0, min(j0 + 5, len(toks))) if re.match(r"\$?\d", toks[j].text)), None
    )
    if k is None:
        return False
    after = [t for t in toks[k + 1 : k + 3] if t.text not in ("%", "percent")]
    if not after or not after[0].text.isalpha():
        return False
    nums = [j for j in range(start, i) if re.match(r"\$?\d", toks[j].text)]
    if not nums or not _CUE_RE.search(" ".join(t.low for t in toks[start : nums[-1]])):
        return False
    first = {t.lem for t in toks[nums[-1] + 1 : i] if t.text.isalpha() and t.low not in STOP}
    end = next(
        (j for j in range(k + 1, len(toks)) if toks[j].low in (",", ";", ".", "and", "but")),
        len(toks),
    )
    second = {t.lem for t in toks[k + 1 : end] if t.text.isalpha() and t.low not in STOP}
    # 'at least 100 units and at most 300 units (of X)': one subject, a range said in two parts
    if not first or first <= second or second <= first:
        return False
    # only around a share: limits on plain amounts in one clause are split by _own_segment later
    return any(_is_percent(toks, j) for j in (nums[-1], k))


def _is_percent(toks: list[Token], j: int) -> bool:
    return "%" in toks[j].text or (j + 1 < len(toks) and toks[j + 1].low == "percent")


_CLAUSE_MODALS = frozenset(
    ["may", "must", "can", "cannot", "should", "shall", "will", "could", "might", "needs"]
)


def _subject_then_modal(toks: list[Token], i: int) -> bool:
    """'... and patching may not receive more than ...', '... and bond funds must get ...': one or two
    words and a modal verb open a statement of their own."""
    if i >= 3 and toks[i - 3].low == "of":
        # 'the sacks of rye and millet cannot exceed 25': one subject, a list after 'of'
        return False
    for k in (i + 1, i + 2):
        if k < len(toks) and toks[k].low in _CLAUSE_MODALS:
            return all(
                t.text.isalpha() and t.low not in STOP and t.low not in _JOINT for t in toks[i:k]
            )
    return False


_JOINT = frozenset(["combined", "together", "jointly", "altogether", "both", "total"])


def _has_cue_ahead(toks: list[Token], i: int) -> bool:
    seg = " ".join(t.low for t in toks[i : i + 8])
    return bool(_CUE_RE.search(seg))


def analyse_sentence(sent: Sentence, vars_: list[VarDef]) -> SentenceInfo:
    toks = tokenize(sent.text, sent.cstart)
    mentions = _elliptic_mentions(toks, vars_, find_mentions(toks, vars_))
    cue_matches = list(_CUE_RE.finditer(sent.text))
    # a lowercase word that is a limit word ('X is limited to 1500') is never a name of a decision
    strong_spans = [
        (m.start() + sent.cstart, m.end() + sent.cstart)
        for m in cue_matches
        if m.lastgroup in ("le", "ge", "eq")
    ]
    mentions = [
        m
        for m in mentions
        if not (
            sent.text[m.start - sent.cstart : m.end - sent.cstart].islower()
            and any(a <= m.start and m.end <= b for a, b in strong_spans)
        )
    ]
    mentions = _materials_out(toks, vars_, mentions)
    # 'A ski shop has $20,000': the decisions' word naming the business that decides is no mention
    mentions = [
        m
        for m in mentions
        if not (m.tok1 < len(toks) and toks[m.tok1].lem in _BUSINESS_NOUNS and m.tok0 > 0)
        or toks[m.tok0 - 1].low not in ("a", "an", "the", "this", "our", "their", "his", "her")
    ]
    # 'their $900000 advertising budget': a kind of all the decisions naming a budget is no mention
    mentions = [
        m
        for m in mentions
        if not (m.var == -1 and m.tok1 < len(toks) and toks[m.tok1].low in ("budget", "budgets"))
    ]
    mentions = [m for m in mentions if not _names_a_material(toks, m)]
    clause_of = _clauses(toks)
    # quantities (not inside a variable mention such as '2-piece suits' or 'Aleph 3')
    quants: list[Quantity] = []
    for n in find_numbers(sent.text):
        a, b = n.start + sent.cstart, n.end + sent.cstart
        if any(m.start <= a < m.end or m.start < b <= m.end for m in mentions):
            continue
        t0 = next((i for i, t in enumerate(toks) if t.end > a), len(toks))
        t1 = next((i for i, t in enumerate(toks) if t.start >= b), len(toks))
        if t0 >= t1:
            continue
        # a number that is part of a name ('Route 1', 'Type 2 machine') is not a quantity
        if (
            n.kind == "num"
            and t0 > 0
            and toks[t0 - 1].text[:1].isupper()
            and toks[t0 - 1].low not in STOP
            and t0 - 1 > 0
            and toks[t0 - 1].low not in ("x",)
        ):
            prev = toks[t0 - 1].low
            if prev in (
                "route",
                "type",
                "model",
                "plant",
                "factory",
                "machine",
                "line",
                "product",
                "project",
                "option",
                "warehouse",
                "site",
                "zone",
                "region",
                "grade",
                "level",
                "phase",
            ):
                continue
        if n.kind == "num" and _reference_number(toks, t0, t1, n.value):
            continue
        if (
            n.kind == "num"
            and n.text[:1].isupper()
            and n.text.isalpha()
            and t0 > 0
            and toks[t0 - 1].text[:1].isupper()
            and toks[t0 - 1].text.isalpha()
            and toks[t0 - 1].low not in STOP
        ):
            continue  # 'Super Two', 'Formula One': a word number inside a capitalised name
        quants.append(Quantity(n, t0, t1))
    cues: list[Cue] = []
    low = sent.text
    for m in cue_matches:
        a, b = m.start() + sent.cstart, m.end() + sent.cstart
        t0 = next((i for i, t in enumerate(toks) if t.end > a), len(toks))
        t1 = next((i for i, t in enumerate(toks) if t.start >= b), len(toks))
        if any(m2.tok0 <= t0 < m2.tok1 for m2 in mentions):
            continue
        kind = m.lastgroup or ""
        op = {"le": "<=", "lew": "<=", "ge": ">=", "gew": ">=", "eq": "=="}[kind]
        strong = kind in ("le", "ge", "eq")
        text = m.group(0).lower()
        if (
            strong
            and _NEG_BEFORE.search(low[: m.start()])
            and op == ">="
            and text
            in (
                "more than",
                "greater than",
                "larger than",
                "higher than",
                "exceed",
                "exceeds",
                "above",
                "outnumber",  # 'part-time staff may not outnumber full-time staff'
                "outnumbers",
                "surpass",
            )
        ):
            op = "<="
        if (
            strong
            and _NEG_BEFORE.search(low[: m.start()])
            and op == "<="
            and text in ("less than", "fewer than", "lower than", "below", "under", "smaller than")
        ):
            op = ">="
        if text in ("target is", "targets are") and t1 < len(toks) and toks[t1].low == "worth":
            continue  # 'each bag that hits the target is worth 5 points': a value, not a goal
        if text == "only" and t1 < len(toks) and toks[t1].low in _PER_UNIT_VERBS:
            continue  # 'U-pick only takes 20 minutes': per-unit data, not a limit
        if text in ("spend", "spends") and any(
            toks[k].low in ("on", "per", "for")
            and toks[k + 1].low in ("a", "an", "each", "every", "one")
            for k in range(t1 + 1, min(t1 + 5, len(toks) - 1))
        ):
            continue  # 'carpenters spend 3 hours on a table': per-unit data, not a budget
        cues.append(Cue(t0, t1, op, strong, text))
    for k, q in enumerate(quants):
        q.info_sent = sent
        q.pos = k
        nxt = toks[q.t1].lem if q.t1 < len(toks) else ""
        if re.match(r"\d+(?:\.\d+)?-[a-z]", toks[q.t0].low) and q.t1 == q.t0 + 1:
            nxt = lemma(toks[q.t0].low.split("-", 1)[1])  # 'a 24-hectare field'
        k_of = q.t1 + (1 if nxt == "of" else 0)
        if (
            nxt in ("a", "an", "of")
            and q.num.kind == "num"
            and k_of + 1 < len(toks)
            and toks[k_of].low in ("a", "an")
        ):
            nxt = toks[k_of + 1].lem  # 'half a tonne', 'three quarters of a litre'
        if nxt in GENERIC_UNITS or stem(nxt) in {u for pair in UNIT_SCALE for u in pair} | _LAND:
            q.unit = stem(nxt)
        elif (
            q.t1 + 1 < len(toks)
            and re.fullmatch(r"[a-z]+", toks[q.t1].low)
            and toks[q.t1].low not in STOP
            and stem(toks[q.t1 + 1].lem) in _TIME_UNIT_STEMS
        ):
            q.unit = stem(toks[q.t1 + 1].lem)  # '120 technician hours', '40 machine hours'
        elif "-" in nxt and stem(lemma(nxt.rsplit("-", 1)[1])) in _TIME_UNIT_STEMS:
            q.unit = stem(lemma(nxt.rsplit("-", 1)[1]))  # '300 labor-hours', '90 oven-minutes'
    for k in range(len(quants) - 2, -1, -1):
        q, q2 = quants[k], quants[k + 1]
        if (
            q.unit is None
            and q2.unit is not None
            and q.num.kind == q2.num.kind == "num"
            and q2.t0 > q.t1
            and all(t.low in (",", "and", "or") for t in toks[q.t1 : q2.t0])
        ):
            # 'use 100 and 250 grams of wax, respectively': the unit said once, for all
            q.unit = q2.unit
    mention_toks = {i for m in mentions for i in range(m.tok0, m.tok1)}
    for q in quants:
        q.kind = _kind_after(toks, q, mention_toks)
    info = SentenceInfo(sent, toks, mentions, quants, cues, clause_of)
    _per_amount_denominators(info)
    _assign_roles(info, vars_)
    _enough_for(info)
    _whole_of_which(info)
    _capacity_of_one(info)
    _all_used(info)
    _share_across_lists(info)
    _each_of_listed(info)
    _respective_limits(info)
    _respective_coefs(info)
    _losses(info)
    _intervals(info)
    _per_generic_of_subject(info)
    _relative_clause_subject(info)
    _relative_clause_limit(info)
    _sibling_limit_words(info)
    ranks: dict[tuple[str, int | None], int] = {}
    for q in quants:
        key = (q.role, q.var if q.role == "coef" else None)
        q.rank = ranks.get(key, 0)
        ranks[key] = q.rank + 1
    for q in quants:
        if q.role == "coef" and "PROFIT" not in q.attr and "COST" not in q.attr:
            prev_q = max((x.t1 for x in quants if x.t1 <= q.t0), default=0)
            if q.num.kind == "percent" and {stem(w) for w in MONEY_PROFIT | MONEY_COST} & set(
                q.attr
            ):
                q.attr["PROFIT" if {stem(w) for w in MONEY_PROFIT} & set(q.attr) else "COST"] = 2.5
                continue  # 'GICs yield a 2% return'
            lo = (
                0
                if q.resp_group
                else max(
                    prev_q,
                    max(
                        (
                            i + 1
                            for i in range(q.t0)
                            if clause_of[i] != clause_of[min(q.t0, len(toks) - 1)]
                        ),
                        default=0,
                    ),
                )
            )
            words = {t.lem for t in toks[lo : q.t0]} | {t.low for t in toks[lo : q.t0]}
            nxt = toks[q.t1].lem if q.t1 < len(toks) else ""
            if (
                nxt
                and re.match(r"[a-z]", nxt)
                and nxt not in GENERIC_UNITS
                and nxt not in STOP
                and nxt not in ("dollar", "per", "each", "respectively")
            ):
                words = set()  # 'sells 400 items': a count of items, not money
            if (
                q.num.kind != "money"
                and q.unit is not None
                and q.unit not in ("unit", "dollar", "cent")
            ):
                words = set()  # 'the workers spend 2.5 hours crafting': time, not money
            if words & MONEY_COST:
                q.attr["COST"] = 2.5
            elif words & MONEY_PROFIT:
                q.attr["PROFIT"] = 2.5
    tagged = None
    tagged_words: set[str] = set()
    for q in quants:
        if q.role != "coef":
            continue
        tag = "COST" if "COST" in q.attr else ("PROFIT" if "PROFIT" in q.attr else None)
        if tag is not None:
            tagged = tag
            tagged_words = {w for w, x in q.attr.items() if x >= 2.0}
        elif (
            tagged is not None
            and not any(
                x >= 2.0
                for w, x in q.attr.items()
                if w not in ("PROFIT", "COST") and w not in tagged_words
            )
            and not (
                q.t1 < len(toks) and toks[q.t1].lem in GENERIC_UNITS and toks[q.t1].lem != "unit"
            )
        ):
            q.attr[tagged] = 2.5  # '... is 5 units and with project Y it's 8 units'
    for q in quants:
        if q.resp_group and q is q.resp_group[0]:
            merged: dict[str, float] = {}
            for x in q.resp_group:
                for w, wt in x.attr.items():
                    merged[w] = max(merged.get(w, 0.0), wt)
            mention_toks = {i for m in mentions for i in range(m.tok0, m.tok1)}
            for i, t in enumerate(toks[: q.t0]):
                if _word_ok(t) and i not in mention_toks:
                    merged[stem(t.lem)] = max(merged.get(stem(t.lem), 0.0), 1.0)
            for x in q.resp_group:
                x.attr = dict(merged)
    return info


_MONEY_IN = frozenset(
    ["amount", "money", "invested", "investment", "funds", "put", "spent", "allocated", "dollars"]
)


_REFERENCE_NOUNS = frozenset(
    [
        "table",
        "figure",
        "fig",
        "exhibit",
        "chapter",
        "section",
        "appendix",
        "example",
        "problem",
        "exercise",
        "step",
        "question",
        "equation",
        "eq",
        "page",
        "no",
        "#",
    ]
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)


def _reference_number(toks: list[Token], t0: int, t1: int, value: float) -> bool:
    """Numbers that are neither amounts nor counts: 'Table 4-16', 'see Figure 2', 'No. 3',
    'on October 15', '15 March', 'in 2023,'."""
    prev = toks[t0 - 1].low.rstrip(".") if t0 > 0 else ""
    if prev in _REFERENCE_NOUNS:
        return True
    if t1 < len(toks) and (
        toks[t1].low in ("am", "pm", "a.m", "p.m", "o'clock")
        or (toks[t1].low in ("a", "p") and t1 + 2 < len(toks) and toks[t1 + 1].text == ".")
        or (
            toks[t1].text == ":" and t1 + 1 < len(toks) and re.fullmatch(r"\d\d", toks[t1 + 1].text)
        )
    ):
        return True  # a time of day: '6 a.m.', '9 pm', '10:30'
    if t0 >= 2 and toks[t0 - 1].text == ":" and re.fullmatch(r"\d{1,2}", toks[t0 - 2].text):
        return re.fullmatch(r"\d\d", toks[t0].text) is not None  # the '30' of '10:30'
    if t0 >= 3 and toks[t0 - 1].text == "-" and toks[t0 - 3].low.rstrip(".") in _REFERENCE_NOUNS:
        return True  # the '16' of 'Table 4-16'
    if not float(value).is_integer():
        return False
    nxt = toks[t1].low if t1 < len(toks) else ""
    glued = re.search(r"-(?:month|year)$", toks[t1 - 1].low) is not None  # '12-month'
    u = t1 - 1 if glued else t1 + 1 if nxt == "-" else t1
    if (
        prev in ("a", "an")
        and u + 1 < len(toks)
        and (glued or toks[u].low in ("month", "year"))
        and toks[u + 1].text.isalpha()
        and toks[u + 1].low not in ("of", "and", "or", "to", "in", "for")
    ):
        return True  # a duration said of a noun: 'in a 12 month commitment', 'a 5-year bond'
    if (prev in _MONTHS and prev != "may" and 1 <= value <= 31) or (
        prev in _MONTHS and value >= 1900
    ):
        return True
    if nxt in _MONTHS and nxt != "may" and 1 <= value <= 31:
        return True
    return (
        1900 <= value <= 2099
        and prev in ("in", "by", "since", "until", "during", "year", "fiscal")
        and (nxt in ("", ",", ".", ";", ")") or nxt in _MONTHS)
    )


_COUNT_CUE_WORDS = frozenset(
    ["at", "least", "most", "no", "more", "fewer", "less", "than", "up", "to", "only", "exactly"]
)


def _counted_material(toks: list[Token], vars_: list[VarDef], m: Mention) -> bool:
    """'40 bananas' when a decision is a banana smoothie: a counted modifier word, not followed by the
    decision's head, is something the decision is made of."""
    if m.var < 0 or m.tok1 - m.tok0 != 1 or m.tok0 == 0:
        return False
    v = vars_[m.var]
    words = v.label.lower().split()
    t = toks[m.tok0]
    if len(words) < 2 or not v.head or t.lem == v.head or t.low == words[-1]:
        return False
    nxt = toks[m.tok1].lem if m.tok1 < len(toks) else ""
    if len(v.head) >= 3 and any(
        toks[k].low[:3] == v.head[:3]
        and all(toks[j].low in _COUNT_CUE_WORDS for j in range(k + 1, m.tok0 - 1))
        for k in range(max(0, m.tok0 - 6), m.tok0 - 1)
    ):
        return False  # 'shoot at least 5 ducks' when the decisions are duck shots: what is shot
    return nxt != v.head and bool(re.match(r"\d", toks[m.tok0 - 1].text))


def _measured_material(toks: list[Token], vars_: list[VarDef], m: Mention) -> bool:
    """'2 units of peanut butter' when a decision is a peanut butter smoothie: the decision's name
    without its head, measured in a unit, is what it is made of."""
    if m.var < 0 or m.tok0 < 3:
        return False
    v = vars_[m.var]
    words = [t.lem for t in toks[m.tok0 : m.tok1]]
    if not v.head or v.head in words or len(v.lemmas) < 3 or m.tok1 - m.tok0 != len(v.lemmas) - 1:
        return False
    if m.tok1 < len(toks) and toks[m.tok1].lem == v.head:
        return False
    return (
        toks[m.tok0 - 1].low == "of"
        and toks[m.tok0 - 2].lem in GENERIC_UNITS
        and stem(toks[m.tok0 - 2].lem) not in _TIME_UNIT_STEMS | {"day", "week", "month", "year"}
        and not toks[m.tok0].low.endswith("ing")  # '30 hours of driving': the activity itself
        and re.match(r"\d", toks[m.tok0 - 3].text) is not None
    )


def _listed_with_another_count(toks: list[Token], i: int) -> bool:
    """'40 bananas and 90 strawberries': another count listed next to it (unlike 'the depot has 10 buses')."""
    near = [*range(max(0, i - 5), i - 1), *range(i + 1, min(len(toks), i + 5))]
    return any(re.match(r"\d", toks[k].text) for k in near)


def _materials_out(toks: list[Token], vars_: list[VarDef], ms: list[Mention]) -> list[Mention]:
    """Drop mentions that name a material counted in the plural ('50 eggs', '2 bananas') rather than
    a decision ('egg sandwiches', 'banana smoothies'); '1 banana' goes with its plural in the sentence."""
    ms = [m for m in ms if not _measured_material(toks, vars_, m)]
    plural = {
        toks[m.tok0].lem
        for m in ms
        if _counted_material(toks, vars_, m)
        and toks[m.tok0].low.endswith("s")
        and toks[m.tok0].low not in vars_[m.var].label.lower().split()
        and _listed_with_another_count(toks, m.tok0)
    }
    if not plural:
        return ms
    return [m for m in ms if not (toks[m.tok0].lem in plural and _counted_material(toks, vars_, m))]


_BE = frozenset(["be", "been", "is", "are", "was", "were"])
_DERIVED_AFTER = frozenset(["the", "its", "their", "his", "her", "our", *_BE])


def _elliptic_mentions(toks: list[Token], vars_: list[VarDef], ms: list[Mention]) -> list[Mention]:
    """'Coal emits 0.9 tonnes per MWh and solar 0.05': the one word that tells a decision apart,
    said alone right before its number in a statement parallel to another decision's."""
    if len(vars_) < 2 or vars_[0].symbol:
        return ms
    inside = {i for m in ms for i in range(m.tok0, m.tok1)}
    extra: list[Mention] = []
    for i in range(1, len(toks)):
        t = toks[i]
        if i in inside or toks[i - 1].low not in _DERIVED_AFTER:
            continue
        # a derived word sharing a long root with one decision: 'the incinerator' for incineration;
        # a participle after 'be' needs a shorter root ('must be recycled' for recycling)
        w = t.low
        if len(w) < 7 or not w.isalpha() or any(t.lem in v.lemmas for v in vars_):
            continue
        n = 6 if toks[i - 1].low in _BE and w.endswith("ed") else 7
        near = [
            k
            for k, v in enumerate(vars_)
            if any(len(d) >= 7 and w[:n] == d[:n] for d in v.distinct)
        ]
        if not ms and toks[i - 1].low not in _BE:
            near = []  # in a sentence naming no decision, only participles ('must be recycled')
        if not near and toks[i - 1].low in ("the", "its", "their", "his", "her", "our"):
            # a compound built on a decision's word: 'the railway' for rail
            near = [
                k
                for k, v in enumerate(vars_)
                if any(len(d) >= 4 and w.startswith(d) and len(w) - len(d) >= 3 for d in v.distinct)
            ]
        if len(near) == 1:
            extra.append(Mention(t.start, t.end, near[0], i, i + 1))
            inside.add(i)
    if not ms:
        return sorted(extra, key=lambda m: m.tok0)
    # money put into things: 'the amount in technology' for technology shares
    for i in range(2, len(toks)):
        t = toks[i]
        if i in inside or toks[i - 1].low not in ("in", "into", "on", "to"):
            continue
        if not (vars_[0].money or toks[i - 2].low in _MONEY_IN):
            continue
        cands = [k for k, v in enumerate(vars_) if t.lem in v.distinct]
        if len(cands) == 1:
            extra.append(Mention(t.start, t.end, cands[0], i, i + 1))
            inside.add(i)
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if i in inside or toks[i - 1].low not in ("and", "while", "but", "whereas", ","):
            continue
        if not re.match(r"\$?\d", toks[i + 1].text):
            continue
        cands = [k for k, v in enumerate(vars_) if t.lem in v.distinct]
        if len(cands) != 1 or not any(m.var >= 0 and m.var != cands[0] and m.tok1 <= i for m in ms):
            continue
        extra.append(Mention(t.start, t.end, cands[0], i, i + 1))
    return sorted([*ms, *extra], key=lambda m: m.tok0) if extra else ms


def _for_mention(info: SentenceInfo, q: Quantity) -> int | None:
    """'a maximum of 30 for X': the variable a limit is said for, named right after it."""
    toks = info.toks
    nxt = next((m for m in info.mentions if m.tok0 >= q.t1), None)
    if nxt is None or nxt.var < 0 or nxt.tok0 - q.t1 > 4:
        return None
    gap = [t.low for t in toks[q.t1 : nxt.tok0]]
    if (
        not gap
        or gap[0] not in ("for", "on", "in")
        or set(gap) & {"and", "or", ",", "each", "per", "every"}
    ):
        return None
    return nxt.var


def _term_of(info: SentenceInfo, q: Quantity) -> Mention | None:
    """The mention a number weighs in an explicit sum: '<n> [units|vehicles|times] of X ... <cue> <limit>'."""
    if q.num.kind not in ("num", "times", "fraction", "percent"):
        return None
    toks = info.toks
    if q.t0 > 0 and toks[q.t0 - 1].low in (
        "first",
        "last",
        "other",
        "remaining",
        "these",
        "those",
        "both",
    ):
        return None
    cl = info.clause_of[q.t0]
    nxt = next((m for m in info.mentions if m.tok0 >= q.t1), None)
    if nxt is None or nxt.var < 0 or nxt.tok0 - q.t1 > 4 or info.clause_of[nxt.tok0] != cl:
        return None
    gap = [t.low for t in toks[q.t1 : nxt.tok0]]
    if any(w in (",", "and", "or", "per", "each", "every") for w in gap) or (
        gap and gap[0] == "for"
    ):
        return None
    if any(c.t0 >= q.t1 and c.t0 < nxt.tok0 for c in info.cues):
        return None
    later = [c for c in info.cues if c.strong and c.t0 >= nxt.tok1 and info.clause_of[c.t0] == cl]
    if not later:
        return None
    # something in the clause after the cue must be the limit
    if not any(x.t0 >= later[0].t1 for x in info.quants):
        return None
    return nxt


_SPLIT_VERBS = frozenset(
    [
        "split",
        "splits",
        "divide",
        "divides",
        "share",
        "shares",
        "spread",
        "spreads",
        "apportion",
        "distribute",
        "distributes",
        "allocate",
        "allocates",
        "devote",
        "devotes",
    ]
)
_LAND = frozenset(["acr", "hectar"])
_MIX_VERBS = frozenset(
    [
        "blend",
        "blends",
        "mix",
        "mixes",
        "combine",
        "combines",
        "turn",
        "turns",
        "convert",
        "converts",
        "process",
        "processes",
    ]
)


# amounts of stuff, in which a product is the sum of what goes into it ('500 kg of soil from A and B')
_BULK_UNITS = frozenset(
    stem(lemma(w))
    for w in (
        *("kg", "kilogram", "gram", "tonne", "ton", "pound", "lb", "ounce"),
        *("litre", "liter", "ml", "gallon", "barrel", "quart", "pint"),
    )
)
_MAKE_VERBS = _MIX_VERBS | frozenset(
    [
        *("make", "makes", "produce", "produces", "prepare", "prepares", "brew", "brews"),
        *("mixed", "blended", "made", "produced", "prepared", "brewed"),
    ]
)


def _made_from(info: SentenceInfo, q: Quantity, cb: Cue | None) -> bool:
    """'blends 500 kg of potting soil from compost, peat and sand', 'Using A and B, it mixes 200 litres of
    punch': an amount of a product that is no decision, made of two or more decisions measured like it
    (kg, litres), is the sum of what goes in."""
    if (cb is not None and cb.strong) or q.num.kind != "num" or q.unit not in _BULK_UNITS:
        return False
    toks = info.toks
    if not {t.low for t in toks[max(0, q.t0 - 3) : q.t0]} & _MAKE_VERBS:
        return False
    if {t.low for t in toks[q.t1 : q.t1 + 2]} & {"per", "each", "every", "a", "an"}:
        return False  # 'makes 500 litres per day', 'mixes 20 kg an hour': a rate, no whole
    ms = [m for m in info.mentions if m.var >= 0]
    src = next(
        (
            i
            for i in range(q.t1, min(len(toks), q.t1 + 7))
            if toks[i].low in ("from", "using")
            or (toks[i].low == "of" and toks[i - 1].low == "out")
        ),
        None,
    )
    if src is not None:
        return (
            not any(q.t1 <= m.tok0 < src for m in ms)
            and len({m.var for m in ms if m.tok0 > src}) >= 2
        )
    # 'Using compost, peat and sand, a garden centre blends 500 kg of potting soil.'
    return (
        toks[0].low in ("using", "from", "with")
        and len({m.var for m in ms if m.tok1 <= q.t0}) >= 2
        and not any(m.tok0 >= q.t1 for m in ms)
    )


def _whole_to_divide(
    info: SentenceInfo, q: Quantity, vars_: list[VarDef], cb: Cue | None
) -> Cue | None:
    """A whole the decisions share, said with no limit word: 'will split 120 acres between wheat and barley'
    (all of it), 'plants tomatoes and peppers in a greenhouse complex of 30 hectares' (land, per hectare)."""
    if q.num.is_share or q.num.kind == "times" or (cb is not None and cb.strong):
        return None
    if q.num.kind == "money" and not (vars_ and vars_[0].money):
        return (
            None  # '$50,000 to split between radio spots and billboards': a budget for their costs
        )
    toks = info.toks
    if {t.low for t in toks[max(0, q.t0 - 3) : q.t1 + 3]} & {"per", "each", "every"}:
        return None
    nxt_m = next((m for m in info.mentions if m.tok0 >= q.t1), None)
    before = {t.low for t in toks[max(0, q.t0 - 4) : q.t0]} | (
        {t.low for t in toks[: q.t0]} & _MIX_VERBS
        if q.t0 > 0 and toks[q.t0 - 1].low == "into"
        else set()
    )
    if (
        # a weak cue is the question's modal: 'How should Priya divide $50,000 between A and B'
        (cb is None or not cb.strong)
        and before & _SPLIT_VERBS
        and nxt_m is not None
        and any(t.low in ("between", "among", "across") for t in toks[q.t1 : nxt_m.tok0])
        and nxt_m.tok0 - q.t1 <= 5
    ):
        return Cue(q.t0, q.t0, "==", True, "split")
    if (
        cb is None
        and q.t0 > 0
        and toks[q.t0 - 1].low == "into"
        and before & _MIX_VERBS
        and not any(
            m.tok0 > q.t1 and info.clause_of[m.tok0] == info.clause_of[q.t0] for m in info.mentions
        )
    ):
        return Cue(
            q.t0, q.t0, "==", True, "split"
        )  # 'blends regular and premium crude into 10,000 barrels'
    if _made_from(info, q, cb):
        return Cue(q.t0, q.t0, "==", True, "split")
    if (
        # 'Ken invests $100,000 in bonds and stocks': the money put into decisions that are amounts
        # of money is all of it, no price of the first
        (cb is None or not cb.strong)
        and q.num.kind == "money"
        and vars_
        and all(v.money for v in vars_)
        and q.t1 < len(toks)
        and nxt_m is not None
        and nxt_m.tok0 - q.t1 <= 3
        and len({m.var for m in info.mentions if m.var >= 0 and m.tok0 > q.t1}) >= 2
    ):
        near = {t.low for t in toks[max(0, q.t0 - 2) : q.t0]}
        if near & _INVEST_VERBS and toks[q.t1].low in ("in", "into", "across", "over"):
            return Cue(q.t0, q.t0, "==", True, "split")
    return None


_INVEST_VERBS = frozenset(
    [
        *("invest", "invests", "invested", "put", "puts", "place", "places", "placed"),
        *("deposit", "deposits", "deposited", "lend", "lends", "spread", "spreads"),
    ]
)


def money_to_spend(infos: list[SentenceInfo]) -> None:
    """'It has $9,000 for the winter' with 'salt costs $180 a tonne': an amount of money at most to be
    had, said with no money word, is money to spend when the decisions have money costs (and no rates
    of return, which would make it money to invest)."""
    qs = [q for inf in infos for q in inf.quants]
    if not any(q.role == "coef" and q.num.kind == "money" and "COST" in q.attr for q in qs):
        return
    if any(q.role == "coef" and q.num.kind == "percent" for q in qs):
        return
    for q in qs:
        if (
            q.role == "limit"
            and q.op == "<="
            and q.num.kind == "money"
            and "PROFIT" not in q.attr
            and "COST" not in q.attr
        ):
            q.attr["COST"] = 2.5


def land_wholes(infos: list[SentenceInfo]) -> None:
    """'plants tomatoes and peppers in a greenhouse complex of 30 hectares' when the text speaks of each
    crop per hectare: the land is a whole the decisions share, not a number said of peppers."""
    per_land = {
        stem(m.group(1))
        for inf in infos
        for m in re.finditer(
            r"\b(?:per|each|every|an|a|one)\s+(acres?|hectares?|sqft|sq(?=\.?\s*f(?:ee|oo)?t)|square"
            r"(?=\s+(?:feet|foot|met(?:er|re)s?|yards?)))\b",  # 'per sqft of lettuce', 'each square foot'
            inf.sent.text,
            re.IGNORECASE,
        )
    }
    text = " ".join(inf.sent.text for inf in infos)
    all_used = bool(
        re.search(
            r"\b(?:whole|entire|all(?: of)? the)\s+(?:field|land|farm|plot|area|acreage|site|estate)\s+"
            r"(?:must|should|has to|is to|will)\s+be\s+(?:sown|planted|used|cultivated|covered|farmed)",
            text,
            re.IGNORECASE,
        )
    )
    for inf in infos:
        for q in inf.quants:
            if (
                q.role in ("coef", "unused")
                and q.value > 1
                and not q.used
                and not q.is_term
                and _land_unit(inf, q) in per_land
                and not any(
                    t.low in ("per", "each", "every") for t in inf.toks[max(0, q.t0 - 6) : q.t1 + 4]
                )
            ):
                op = "==" if all_used else "<="  # '... and the whole field must be sown'
                q.role, q.op, q.var = "limit", op, None
                q.cue = Cue(q.t0, q.t0, op, False, "whole")


def _land_unit(inf: SentenceInfo, q: Quantity) -> str | None:
    """The unit of land or floor area right after a number: acres, hectares, 'sqft', 'sq ft',
    'square feet' (as :func:`stem` gives its first word)."""
    if q.unit in _LAND:
        return q.unit
    if q.t1 < len(inf.toks) and stem(inf.toks[q.t1].low) in _AREA_WORDS:
        return stem(inf.toks[q.t1].low)
    return None


_AREA_WORDS = frozenset(["sqft", "sq", "squar"])


_LETTER_FIRST = re.compile(r"[A-Za-z]")


def _word_ok(t: Token) -> bool:
    return bool(_LETTER_FIRST.match(t.text)) and t.low not in STOP


# units of time, as :func:`stem` gives them ('120 technician hours' measures hours)
_TIME_UNIT_STEMS = frozenset(["hour", "minut", "second"])

# how many of the second unit make one of the first (keys as :func:`stem` gives them)
UNIT_SCALE = {
    ("kg", "g"): 1000.0,
    ("ton", "kg"): 1000.0,
    ("litr", "ml"): 1000.0,
    ("hour", "minut"): 60.0,
    ("minut", "second"): 60.0,
    ("km", "metre"): 1000.0,
    ("lb", "ounc"): 16.0,
    ("mwh", "kwh"): 1000.0,
    ("gwh", "mwh"): 1000.0,
}


def _keys(t: Token) -> list[tuple[str, bool]]:
    """Matching keys of a word and whether each is a unit: 'nurse-hours' -> nurse, hour (unit)."""
    parts = [p for p in t.low.split("-") if p] if "-" in t.low and not t.low[:1].isdigit() else []
    if len(parts) >= 2:
        return [(stem(lemma(p)), lemma(p) in GENERIC_UNITS) for p in parts]
    out = [(stem(t.lem), t.lem in GENERIC_UNITS)]
    agent = _agent_root(t.lem)
    if agent is not None:
        out.append((agent, False))  # 'planer time' / 'hours of planing', 'grinder' / 'grinding'
    return out


def _agent_root(w: str) -> str | None:
    """The activity a machine or worker noun is named after: planer -> plan, cutter -> cut."""
    if len(w) < 6 or not w.endswith(("er", "tor", "sor")) or w in STOP or w in GENERIC_UNITS:
        return None  # 'tester'/'testing', 'decorator'/'decorating', 'inspector'/'inspection'
    root = w[:-2]
    if len(root) >= 4 and root[-1] == root[-2] and root[-1] in "bdgmnprt":
        root = root[:-1]
    elif len(root) >= 6 and root.endswith("ell"):
        root = root[:-1]  # 'labeller' -> label, as stem('labelling')
    r = stem(root)
    return None if r in _AGENT_CLASH else r


_AGENT_CLASH = frozenset(
    {"flow", "cent", "cop", "rub", "but", "labor", "numb", "ord", "show", "pow"}
)


def _attr(info: SentenceInfo, q: Quantity, prev_end: int, next_start: int) -> dict[str, float]:
    """What a number measures: the words after it (strong) and before it (weak)."""
    toks = info.toks
    out: dict[str, float] = {}
    mention_toks = {i for m in info.mentions for i in range(m.tok0, m.tok1)}
    cue_toks = {i for c in info.cues for i in range(c.t0, c.t1)}
    for i in range(q.t1, min(next_start, q.t1 + 7)):
        t = toks[i]
        if t.text in (",", ".", ";", "?") or i in mention_toks:
            break
        if t.low in ("and", "or", "but", "while", "whereas"):
            break
        if _word_ok(t) and i not in cue_toks:
            for key, generic in _keys(t):
                w = 0.7 if generic else 2.0
                out[key] = max(out.get(key, 0.0), w)
    reach = 9 if any(x >= 2.0 for x in out.values()) else 14
    for i in range(q.t0 - 1, max(prev_end, q.t0 - reach) - 1, -1):
        t = toks[i]
        if t.text in (".", ";", "?", ",") or t.low in _CLAUSE_SPLIT:
            break
        if t.low in ("and", "or") and not (i - 1 in mention_toks or i + 1 in mention_toks):
            break
        if i in mention_toks or i in cue_toks:
            continue
        if _word_ok(t):
            for key, generic in _keys(t):
                w = 0.35 if generic else 1.0
                out[key] = max(out.get(key, 0.0), w)
    if q.t0 >= 2 and toks[q.t0 - 1].low in ("have", "has") and toks[q.t0 - 2].low == "they":
        # 'technicians need 20 minutes per test, and they have 14 hours a day': 'they' are the
        # subject that opens the sentence
        i0 = 0
        while i0 < q.t0 - 2 and toks[i0].low in ("the", "its", "their", "our", "all"):
            i0 += 1
        t = toks[i0]
        if i0 < q.t0 - 2 and _word_ok(t) and i0 not in mention_toks and i0 not in cue_toks:
            for key, generic in _keys(t):
                if not generic:
                    out[key] = max(out.get(key, 0.0), 1.0)
    if q.num.kind == "money" or "$" in q.num.text or "dollar" in out:
        tag = _money_tag(info, q)
        if tag:
            out[tag] = 2.5
        out["$"] = 0.5
    if q.num.kind == "percent":
        out["%"] = 0.5
    return out


def _money_tag(info: SentenceInfo, q: Quantity) -> str | None:
    if q.t0 >= 1 and info.toks[q.t0 - 1].low in _MAKES_MONEY:
        return "PROFIT"  # 'the store makes $200 on each pair of skis'
    best: tuple[int, str] | None = None
    for i, t in enumerate(info.toks):
        for tag, words in _MONEY_TAG.items():
            if t.low in words or t.lem in words:
                d = abs(i - q.t0) + (0 if i < q.t0 else 1)
                if best is None or d < best[0]:
                    best = (d, tag)
    return best[1] if best else None


_BUSINESS_NOUNS = frozenset(
    ["shop", "store", "stand", "company", "factory", "bakery", "firm", "business", "manufacturer"]
)
_MAKES_MONEY = frozenset(["make", "makes", "made", "making", "clear", "clears", "cleared"])


def attribute_score(a: dict[str, float], b: dict[str, float]) -> float:
    s = 0.0
    for w, x in a.items():
        y = b.get(w)
        if y:
            s += x * y
    return s


def _enough_for(info: SentenceInfo) -> None:
    """'enough black tea for 60 boxes': at most that many of the decision named between."""
    toks = info.toks
    for q in info.quants:
        if q.role == "limit" or q.used or q.num.is_share or q.t0 < 3:
            continue
        if (
            toks[q.t0 - 2].low == "to"
            and toks[q.t0 - 1].text.isalpha()
            and any(
                t.low == "enough" and info.clause_of[j] == info.clause_of[q.t0]
                for j, t in enumerate(toks[max(0, q.t0 - 8) : q.t0 - 2], start=max(0, q.t0 - 8))
            )
        ):
            # 'only have enough taco shells to make 80 tacos', 'enough flour to bake 40 loaves of
            # bread': at most that many of what is named after the number (all when it is generic)
            m = next((m for m in info.mentions if q.t1 <= m.tok0 <= q.t1 + 2), None)
            q.role, q.op, q.cue = "limit", "<=", None
            q.var = m.var if m is not None and m.var >= 0 else None
            continue
        if toks[q.t0 - 1].low != "for":
            continue
        m = next((m for m in info.mentions if m.tok1 == q.t0 - 1 and m.var >= 0), None)
        if m is None or m.tok0 == 0 or toks[m.tok0 - 1].low != "enough":
            continue
        q.role, q.op, q.var, q.cue = "limit", "<=", m.var, None


def _whole_of_which(info: SentenceInfo) -> None:
    """'The attraction sells 500 tickets, of which at least 100 must be premium', 'it hires 40
    workers, of whom at least 10 are managers': a count of the things said with no limit word of
    its own, and a part of it limited right after, is their whole (all of them together)."""
    toks = info.toks
    for q in info.quants:
        if q.role == "limit" or q.used or q.num.is_share or q.var != -1:
            continue
        if not re.match(
            r"(?:[a-z-]+\s+){1,2},?\s*(?:of|among)\s+(?:whom|which)\b",
            " ".join(t.low for t in toks[q.t1 : q.t1 + 6]),
        ):
            continue
        if any(c.t1 <= q.t0 and info.clause_of[c.t0] == info.clause_of[q.t0] for c in info.cues):
            continue  # 'has 500 tickets, of which ...', 'a minimum of 50 workers of whom ...'
        if not any(x.role == "limit" and x.t0 > q.t1 for x in info.quants):
            continue
        q.role, q.op, q.var, q.cue = "limit", "==", None, None


_KIND_WORDS = frozenset(
    ["of", "a", "an", "the", "model", "type", "product", "item", "brand", "grade", "style", "kind"]
)


def _per_amount_denominators(info: SentenceInfo) -> None:
    """The amount a per-unit fact is said for is no quantity of its own: '3 units of raw material are
    needed to manufacture 1 unit of product 1', 'it requires 3.5 hours to cook a 10-gallon batch of
    apple butter, 5.2 hours to cook 10 gallons of applesauce'."""
    toks, qs = info.toks, info.quants
    starts = {m.tok0 for m in info.mentions if m.var >= 0}

    def names_decision(k: int) -> bool:
        # '<unit> of X', '<unit> batch of X', 'X' right at k
        for j in range(k, min(len(toks), k + 4)):
            if j in starts:
                return all(
                    toks[i].lem in GENERIC_UNITS or toks[i].lem in _KIND_WORDS for i in range(k, j)
                )
        return False

    for q in qs:
        # 'share one cooling rack that can hold at most 25': 'one' introduces what the clause is about
        if q.num.text.lower() == "one":
            k = q.t1
            while (
                k < min(len(toks), q.t1 + 3) and toks[k].low.isalpha() and toks[k].low not in STOP
            ):
                k += 1
            if q.t1 < k < len(toks) and toks[k].low in ("that", "which", "who", "whose"):
                q.role = "ignored"
                continue
        # 'limited by three factors: a shortage of rollers, ...': a count of the things listed next
        if q.num.text.isalpha() and q.num.kind == "num":
            k = q.t1
            while (
                k < min(len(toks), q.t1 + 3) and toks[k].low.isalpha() and toks[k].low not in STOP
            ):
                k += 1
            if q.t1 < k < len(toks) and toks[k].text == ":" and toks[k - 1].low.endswith("s"):
                q.role = "ignored"
                continue
    for q in qs:
        if q.num.kind != "num" or q.t0 == 0:
            continue
        hyph = q.t1 == q.t0 + 1 and re.match(r"\d+(?:\.\d+)?-[a-z]", toks[q.t0].low) is not None
        if (
            hyph
            and toks[q.t0 - 1].low in ("a", "an", "each", "per", "every")
            and names_decision(q.t1)
        ):
            q.role = "ignored"  # 'a 10-gallon batch of apple butter'
            continue
        if q.unit is None or not names_decision(q.t1):
            continue
        before = [t.low for t in toks[max(0, q.t0 - 3) : q.t0]]
        verb_to = len(before) >= 2 and before[-2] == "to" and before[-1].isalpha()
        if not (verb_to or (before and before[-1] in ("per", "for", "every", "each"))):
            continue
        earlier = [x for x in qs if x.t1 <= q.t0 and info.clause_of[x.t0] == info.clause_of[q.t0]]
        if q.value == 1 or (earlier and verb_to and earlier[-1].unit not in (None, q.unit)):
            q.role = (
                "ignored"  # '... needed to manufacture 1 unit of X', '... to cook 10 gallons of X'
            )


_LIST_END = frozenset(
    ["for", "are", "is", "were", "was", "should", "must", "in", "to", "needed", "required", "of"]
)


_LIST_EACH_AFTER = frozenset(["per", "every", "a", "in", "for", "daily", "weekly", "monthly"])


def _each_of_listed(info: SentenceInfo) -> None:
    """'a minimum of 13 grams of fiber and iron each', 'at least 13 grams each of fiber and iron',
    'at most 90 hours of both cutting and sewing': one limit said of every thing listed is a limit
    on each of them (the number is repeated, each copy measuring one thing of the list)."""
    toks, quants = info.toks, info.quants
    mention_toks = {i for m in info.mentions for i in range(m.tok0, m.tok1)}
    out: list[Quantity] = []
    for k, q in enumerate(quants):
        out.append(q)
        if q.role != "limit" or q.var is not None or q.num.is_share or q.num.kind == "times":
            continue
        nxt = quants[k + 1].t0 if k + 1 < len(quants) else len(toks)
        end = q.t1
        while (
            end < nxt
            and end not in mention_toks
            and toks[end].text not in (".", ";", "?", ":")
            and info.clause_of[end] == info.clause_of[q.t0]
        ):
            end += 1
        low = [t.low for t in toks[q.t1 : end]]
        lo = hi = -1
        if "each" in low:  # '... of fiber and iron each'
            e = low.index("each")
            after = low[e + 1] if e + 1 < len(low) else ""
            if e + 1 < len(low) and low[e + 1] == "of":  # '13 grams each of fiber and iron'
                lo, hi = e + 2, len(low)
            elif not re.match(r"[a-z]", after) or after in _LIST_EACH_AFTER:
                of = [j for j in range(e) if low[j] == "of"]
                lo, hi = (of[0] + 1 if of else 0), e
            elif e > 0 and low[e - 1] == "of" and "and" in low[e + 1 :]:
                lo, hi = e + 1, len(low)  # '20 grams of each biotin and folate'
        elif "both" in low:  # '90 hours of both cutting and sewing'
            b = low.index("both")
            lo, hi = b + 1, len(low)
        if lo < 0:
            continue
        if hi == len(low):  # '... of biotin and folate per day': the list ends at the period word
            hi = next((j for j in range(lo + 1, hi) if low[j] in _LIST_EACH_AFTER), hi)
        items: list[list[Token]] = [[]]
        for t in toks[q.t1 + lo : q.t1 + hi]:
            if t.low in ("and", ","):
                if items[-1]:
                    items.append([])
            elif _word_ok(t):
                items[-1].append(t)
            elif t.low not in ("the", "of"):
                items = []
                break
        items = [it for it in items if it]
        if len(items) < 2 or not all(1 <= len(it) <= 3 for it in items):
            continue
        keys = [{key for t in it for key, _ in _keys(t)} for it in items]
        every = set().union(*keys)
        base = {w: x for w, x in q.attr.items() if w not in every}
        for j, ks in enumerate(keys):
            attr = {**base, **dict.fromkeys(ks, 2.0)}
            if j == 0:
                q.attr = attr
            else:
                out.append(replace(q, attr=attr))
    quants[:] = out


def _kind_after(toks: list[Token], q: Quantity, mention_toks: set[int]) -> tuple[str, ...]:
    """The plain words naming what a number counts, right after it and its unit: '7 wireless
    earbuds', '20 grams of red paint' (stems, at most three; empty when a name or a decision
    follows)."""
    j = q.t1
    while j < len(toks) and (
        toks[j].lem in GENERIC_UNITS
        or (q.unit is not None and stem(toks[j].lem) == q.unit)
        or toks[j].low in ("of", "the")
    ):
        j += 1
    out: list[str] = []
    while j < len(toks) and len(out) < 4 and j not in mention_toks:
        t = toks[j]
        if not re.fullmatch(r"[A-Za-z][a-z-]*|[A-Z]{2,}", t.text) or t.low in STOP:
            break
        out.append(stem(t.lem))
        j += 1
    return tuple(out) if 1 <= len(out) <= 3 else ()


_ABSTRACT_HEADS = frozenset(
    stem(lemma(w))
    for w in ("time", "space", "work", "labor", "effort", "capacity", "area", "room", "storage")
)


def sibling_kinds(a: Quantity, b: Quantity) -> bool:
    """'7 wireless earbuds' and '1 wired earbud', '30 red bean bags' and '2 blue bean bags': the
    same last word, and each says a word before it that the other does not — two kinds of one
    thing, so a number said of one says nothing of the other."""
    x, y = a.kind, b.kind
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1] or x[-1] in _ABSTRACT_HEADS:
        return False  # '3 hours of staff time' and '120 hours of working time': one resource
    return bool(set(x[:-1]) - set(y[:-1])) and bool(set(y[:-1]) - set(x[:-1]))


def names_other_thing(c: Quantity, q: Quantity) -> bool:
    """'3 chargers' for a limit on '10 wired earbuds': both name what they count, different things,
    with no word in common — the number is not an amount of what the limit counts."""
    if not c.kind or not q.kind or c.kind[-1] == q.kind[-1]:
        return False
    mine = {w for w, x in c.attr.items() if x >= 1.0}
    return not mine & {w for w, x in q.attr.items() if x >= 1.0}


_THING_AFTER_STOP = frozenset(["and", "or", "but", "per", "each", "every", "sold", "made"])


def _names_a_material(toks: list[Token], m: Mention) -> bool:
    """'12 units of coffee beans' when the decisions are large and small coffees: the word all the
    decisions share, after 'of' and before a noun of its own, names another thing (a material);
    so does it after an amount and a modifier ('200 grams of green tea' for two blends of tea)."""
    if m.var != -1 or m.tok0 < 1:
        return False
    j = m.tok0 - 1
    while (
        j > m.tok0 - 3
        and j > 1
        and re.fullmatch(r"[a-z]+", toks[j].text)
        and toks[j].low not in STOP
    ):
        j -= 1
    if (
        j < m.tok0 - 1
        and toks[j].low == "of"
        and (toks[j - 1].lem in GENERIC_UNITS or re.match(r"\$?\d", toks[j - 1].text))
    ):
        return True  # '200 grams of green tea' when the decisions are two teas (blends)
    if toks[m.tok0 - 1].low != "of" or m.tok1 >= len(toks):
        return False
    nxt = toks[m.tok1]
    return bool(
        re.fullmatch(r"[a-z]+", nxt.text)
        and nxt.low not in STOP
        and nxt.low not in _THING_AFTER_STOP
        and nxt.low not in _PER_UNIT_VERBS
        and not nxt.low.endswith(("ed", "ing"))
    )


def _losses(info: SentenceInfo) -> None:
    """'each black shoe sold results in a $3 loss', 'a loss of $2 per unit', 'loses $4 on each':
    money lost per unit is a negative profit."""
    toks = info.toks
    for q in info.quants:
        if q.role != "coef" or q.num.kind != "money" or q.num.value <= 0:
            continue
        after = toks[q.t1].low if q.t1 < len(toks) else ""
        before = [t.low for t in toks[max(0, q.t0 - 2) : q.t0]]
        if after in ("loss", "losses") or (
            before and (before[-1] in ("loses", "lose", "lost") or before == ["loss", "of"])
        ):
            q.num = replace(q.num, value=-q.num.value)
            q.attr = {w: x for w, x in q.attr.items() if w != "COST"}
            q.attr["PROFIT"] = 2.5


def _respective_coefs(info: SentenceInfo) -> None:
    """'The amount of pain killer and fever reliever in drug A is 3 units/mg and 2.5 units/mg
    respectively': per-unit numbers of one decision, each measuring the thing of the list in the
    same place (one list and one run of numbers per decision named)."""
    toks = info.toks
    if not any(t.low in ("respectively", "respective") for t in toks):
        return
    cs = [q for q in info.quants if q.role == "coef" and not q.num.is_share]
    groups: list[list[Quantity]] = []
    for q in cs:
        if groups and groups[-1][-1].var == q.var:
            groups[-1].append(q)
        else:
            groups.append([q])
    mention_toks = {i for m in info.mentions for i in range(m.tok0, m.tok1)}
    start = 0
    for g in groups:
        lo, first = start, g[0].t0
        start = g[-1].t1
        if len(g) < 2 or g[0].var is None:
            continue
        ands = [i for i in range(lo, first) if toks[i].low == "and" and i not in mention_toks]
        if not ands:
            continue
        i = ands[-1]
        k = i + 1
        while k < first and _word_ok(toks[k]) and k not in mention_toks:
            k += 1
        if k == i + 1:
            continue
        items: list[list[Token]] = [list(toks[i + 1 : k])]
        j = i - 1
        while j >= lo:
            e = j
            while j >= lo and _word_ok(toks[j]) and j not in mention_toks:
                j -= 1
            if j == e:
                items = []
                break
            items.insert(0, list(toks[j + 1 : e + 1]))
            if j >= lo + 1 and toks[j].text == ",":
                j -= 1
                continue
            break
        if len(items) != len(g) or not all(1 <= len(it) <= 3 for it in items):
            continue
        keys = [{key for t in it for key, _ in _keys(t)} for it in items]
        every = set().union(*keys)
        for q, ks in zip(g, keys, strict=True):
            kept = {w: x for w, x in q.attr.items() if w not in every}
            q.attr = {**kept, **dict.fromkeys(ks, 2.0)}


def _respective_limits(info: SentenceInfo) -> None:
    """'The minimum requirements of dye, thinner, and water are 15 units, 20 units, and 18 units
    respectively': limits, each measuring the item of the list in the same place."""
    toks, qs = info.toks, info.quants
    if not any(t.low in ("respectively", "respective") for t in toks):
        return
    free = [q for q in qs if q.role == "unused" and not q.num.is_share and q.num.kind != "times"]
    # the list after the numbers needs every number of the sentence (None otherwise)
    stock = _stock_list_after(info, len(qs))
    if stock is not None and all(
        q.role in ("unused", "limit") and q.var is None and not q.num.is_share for q in qs
    ):
        free = list(qs)  # 'has 500 units and 400 units of X and Y available respectively'
    if len(free) < 2 or any(q.role in ("coef", "limit") and q.var is not None for q in qs):
        return
    first = free[0].t0
    if any(m.var >= 0 and m.tok0 < first for m in info.mentions):
        return
    cues = [c for c in info.cues if c.t1 <= first] or [c for c in info.cues if c.t0 >= free[-1].t1]
    if not cues:
        return
    cue = next((c for c in cues if c.strong), cues[0])
    lo = cue.t1 if cue.t1 <= first else 0
    span = (lo, first)
    after = stock if len(free) == len(qs) else None
    if after is not None:
        # 'has 500 units and 400 units of cheddar and American cheese available respectively'
        span = after
        cue = next(c for c in info.cues if c.text in _AVAILABLE or c.text in _POSSESS)
    # the list: items split at ',' / 'and' / 'or', the first after 'of', the last cut at a verb
    items: list[list[Token]] = [[]]
    for t in toks[span[0] : span[1]]:
        if t.text == "," or t.low in ("and", "or"):
            if items[-1]:
                items.append([])
            continue
        items[-1].append(t)
    items = [it for it in items if it]
    if len(items) < len(free):
        return
    items = items[-len(free) :]
    head = items[0]
    k_of = max((i for i, t in enumerate(head) if t.low == "of"), default=-1)
    items[0] = head[k_of + 1 :]
    last = items[-1]
    cut = next((i for i, t in enumerate(last) if t.low in _LIST_END), len(last))
    items[-1] = last[:cut]
    words = [[t for t in it if _word_ok(t)] for it in items]
    if any(not w or len(w) > 3 for w in words):
        return
    for q, w in zip(free, words):
        q.role, q.op, q.cue, q.var = "limit", cue.op, cue, None
        attr = {k: v for k, v in q.attr.items() if v < 1.0 or k in ("$", "%", "PROFIT", "COST")}
        for t in w:
            for key, generic in _keys(t):
                attr[key] = max(attr.get(key, 0.0), 0.7 if generic else 2.0)
        q.attr = attr


def _stock_list_after(info: SentenceInfo, n: int) -> tuple[int, int] | None:
    """'The shop has 500 units and 400 units of cheddar and American cheese available
    respectively': numbers said first and the things they measure listed after them ('of X and
    Y'), in a sentence that names no decision and says what is had or available. The token span
    of that list (from 'of' to the availability word or 'respectively'), or None."""
    toks = info.toks
    if n < 2 or any(m.var >= 0 for m in info.mentions) or len(info.quants) != n:
        return None
    if not any(c.text in _AVAILABLE or c.text in _POSSESS for c in info.cues):
        return None
    last = max(q.t1 for q in info.quants)
    k = last
    while k < len(toks) and k - last <= 2 and toks[k].low != "of":
        k += 1
    if k >= len(toks) or toks[k].low != "of":
        return None
    end = next(
        (
            i
            for i in range(k + 1, len(toks))
            if toks[i].low in ("respectively", "respective", "available")
            or toks[i].text in (",", ".", ";")
            or any(c.t0 == i for c in info.cues)
        ),
        len(toks),
    )
    items = " ".join(t.low for t in toks[k + 1 : end]).replace(" or ", " and ")
    parts = [p for p in re.split(r"\s*(?:,|\band\b)\s*", items) if p.strip()]
    return (k, end) if len(parts) == n else None


def _sibling_limit_words(info: SentenceInfo) -> None:
    """'6000 hours for producing the parts, 3000 hours for assembling the parts, and 4500 hours
    for polishing': limits listed together in one unit are limits on different things, so a word
    two of them share ('parts') does not tell them apart; it counts as a weak word (what tells
    them apart is what each alone says: producing, assembling, polishing)."""
    lims = [
        q
        for q in info.quants
        if q.role == "limit" and q.var is None and q.unit is not None and not q.num.is_share
    ]
    if len(lims) < 2:
        return
    shared: list[list[str]] = []
    for q in lims:
        sibs = [x for x in lims if x is not q and x.unit == q.unit]
        own = [w for w, x in q.attr.items() if x >= 2.0 and w != q.unit and w.isalpha()]
        common = [w for w in own if any(x.attr.get(w, 0.0) >= 2.0 for x in sibs)]
        shared.append(common if len(common) < len(own) else [])  # else nothing of its own
    for q, common in zip(lims, shared, strict=True):
        for w in common:
            q.attr[w] = 1.0


def _per_generic_of_subject(info: SentenceInfo) -> None:
    """'the flight jackets generate a profit of $70 per jacket': a number said per the kind of all
    the decisions belongs to the one decision that is the subject of its clause."""
    toks = info.toks
    for q in info.quants:
        if q.role != "coef" or q.var != -1:
            continue
        k = q.t1
        while k < len(toks) and toks[k].lem in GENERIC_UNITS and k - q.t1 < 2:
            k += 1
        if k >= len(toks) or toks[k].low not in ("per", "each", "every", "a", "an", "for"):
            continue
        after = next((m for m in info.mentions if m.tok0 > k), None)
        if after is None or after.var != -1 or after.tok0 - k > 2:
            continue
        cl = info.clause_of[q.t0]
        subj = [
            m
            for m in info.mentions
            if m.tok1 <= q.t0 and info.clause_of[m.tok0] == cl and m.var >= 0
        ]
        if subj and not any(subj[-1].tok1 <= x.t0 < q.t0 for x in info.quants):
            q.var = subj[-1].var


def _relative_clause_subject(info: SentenceInfo) -> None:
    """'invest it in a money market fund, which yields a 2% return, as well as in foreign bonds':
    a number in a relative clause is said of the thing the clause hangs on."""
    toks = info.toks
    for q in info.quants:
        if q.role != "coef" or q.var is None or q.resp_group:
            continue
        before = [m for m in info.mentions if m.tok1 <= q.t0]
        if not before:
            continue
        m = before[-1]
        if m.tok0 > 0 and toks[m.tok0 - 1].low in ("and", "or", ","):
            continue  # 'fertilizer and seeds, which cost $5 and $10': said of the whole list
        gap = toks[m.tok1 : q.t0]
        if (
            len(gap) < 2
            or gap[0].text != ","
            or gap[1].low not in ("which", "that", "who", "whose")
            or len(gap) > 10
            or any(x.t0 < q.t0 and x.t0 >= m.tok1 for x in info.quants if x is not q)
            or any(t.text in (",", ";") for t in gap[1:])
        ):
            continue
        if m.var >= 0:
            q.var = m.var


def _relative_clause_limit(info: SentenceInfo) -> None:
    """'fires vases and bowls in a kiln that runs 10 hours a day', '... on a lathe, which is
    available 40 hours a week': a limit word in a relative clause that hangs on a thing that is
    no decision makes its number a limit (of that thing), not a per-unit number of a decision.
    Also a number after ', with' in the unit of per-unit numbers said of every decision before it
    ('..., with 100 hours of assembly time a week') is the limit they draw on."""
    toks = info.toks
    in_mention = {i for m in info.mentions for i in range(m.tok0, m.tok1)}
    for q in info.quants:
        if q.role != "coef" or q.resp_group:
            continue
        rel = next(
            (i for i in range(q.t0 - 1, max(0, q.t0 - 6), -1) if toks[i].low in ("that", "which")),
            None,
        )
        if rel is None or rel < 1:
            continue
        head = rel - 1 if toks[rel - 1].text != "," else rel - 2
        if head < 0 or head in in_mention or not _word_ok(toks[head]):
            continue
        if any(x is not q and rel < x.t0 < q.t0 for x in info.quants):
            continue
        cue = next(
            (c for c in info.cues if rel < c.t0 and c.t1 <= q.t0 and c.op == "<="),
            None,
        )
        if cue is None:
            continue
        q.role, q.var, q.op, q.cue = "limit", None, cue.op, cue
    for q in info.quants:
        # 'takes 2 hours per desk and 1 hour per shelf, with 100 hours of assembly time a week':
        # a number after ', with' that repeats the unit of per-unit numbers said of every decision
        # before it is what they draw on
        if (
            q.role != "coef"
            or q.t0 < 2
            or toks[q.t0 - 1].low != "with"
            or toks[q.t0 - 2].text != ","
            or q.unit is None
        ):
            continue
        earlier = [x for x in info.quants if x.t1 <= q.t0 and x.role == "coef" and x.unit == q.unit]
        if len({x.var for x in earlier}) >= 2 and q.var in {x.var for x in earlier}:
            q.role, q.var, q.op = "limit", None, "<="


def _intervals(info: SentenceInfo) -> None:
    """'must fall within the ranges [30,70] and [20,80], respectively', 'x1: [0, 3000]': a lower and
    an upper limit, each pair on the decision named for it (in order with 'respectively')."""
    toks, qs = info.toks, info.quants
    pairs: list[tuple[Quantity, Quantity]] = []
    for a, b in pairwise(qs):
        if (
            a.num.kind in ("num", "money", "percent")
            and b.num.kind == a.num.kind
            and a.t0 > 0
            and toks[a.t0 - 1].text in ("[", "(")
            and b.t0 - a.t1 == 1
            and toks[a.t1].text == ","
            and b.t1 < len(toks)
            and toks[b.t1].text in ("]", ")")
            and a.value <= b.value
        ):
            pairs.append((a, b))
    if not pairs:
        return
    resp = any(t.low in ("respectively", "respective") for t in toks)
    first = pairs[0][0].t0
    named = [m for m in info.mentions if m.var >= 0 and m.tok1 <= first]
    order: list[int] = []
    for m in named:
        if m.var not in order:
            order.append(m.var)
    for k, (lo, hi) in enumerate(pairs):
        var: int | None = None
        if resp and len(order) == len(pairs):
            var = order[k]
        else:
            before = [m for m in info.mentions if m.var >= 0 and m.tok1 <= lo.t0]
            if before and (len(pairs) == 1 or not resp):
                var = before[-1].var
        for q, op in ((lo, ">="), (hi, "<=")):
            q.role, q.op, q.var = "limit", op, var
            q.cue = Cue(q.t0, q.t0, op, True, "between")


_PERIODS = frozenset(
    ["day", "week", "month", "year", "hour", "shift", "minute", "season", "quarter"]
)
_POSSESS = frozenset(["has", "have", "had", "owns", "possesses"])


def _owner_has(info: SentenceInfo, m: Mention, cb: Cue) -> bool:
    """'A milk tea shop has 50000 ml of milk': a generic mention (the business named after what it
    makes) that *has* an amount, with no 'each/per/every' before it, owns a stock, not a per-unit number."""
    if m.var != -1 or cb.text not in _POSSESS or cb.t0 - m.tok1 > 1:
        return False
    toks = info.toks
    return m.tok0 == 0 or toks[m.tok0 - 1].low not in ("each", "every", "per", "one")


def _total_noun_subject(info: SentenceInfo, q: Quantity, num_toks: set[int]) -> Cue | None:
    """'The monthly budget on tables is $20000', 'the capacity of the warehouse is 500 m3': a budget
    or capacity named as the subject, the number said of it (only the whole kind of thing, or
    nothing, named in between)."""
    toks = info.toks
    if q.t0 < 2 or q.num.is_share or q.num.kind == "times":
        return None
    if toks[q.t0 - 1].low not in ("is", "was", "of", ":", "totals", "equals", "at"):
        return None
    for c in reversed(info.cues):
        if c.t1 > q.t0 or c.text not in ("budget", "capacity") or q.t0 - c.t1 > 8:
            continue
        if info.clause_of[c.t0] != info.clause_of[q.t0]:
            return None
        gap = range(c.t1, q.t0)
        if any(i in num_toks for i in gap) or any(
            toks[i].low in ("per", "each", "every", "a", "an", ",") for i in gap
        ):
            return None
        if any(m.var >= 0 and c.t1 <= m.tok0 < q.t0 for m in info.mentions):
            return None
        return c
    return None


_AFTER_PREPS = frozenset(
    ["after", "before", "per", "for", "of", "from", "during", "in", "on", "with", "between"]
)


def _assign_roles(info: SentenceInfo, vars_: list[VarDef]) -> None:
    toks, qs, cues, ms = info.toks, info.quants, info.cues, info.mentions
    mention_toks = {i: m for m in ms for i in range(m.tok0, m.tok1)}
    num_toks = {i for q in qs for i in range(q.t0, q.t1)}
    serve_cues = [c for c in cues if c.text in _TO_SERVE]  # looked at for every number below

    def cue_before(q: Quantity) -> Cue | None:
        best = None
        for c in cues:
            if c.t1 <= q.t0:
                gap = range(c.t1, q.t0)
                # 'the minimum requirements of the new product are 30 units': a limit word in the
                # subject reaches the number after its verb 'is'/'are' a little further
                copula = c.strong and toks[q.t0 - 1].low in ("is", "are") and c.t0 <= 2
                if len(gap) > (8 if copula else 5) or any(
                    i in num_toks or i in mention_toks for i in gap
                ):
                    continue
                if any(toks[i].low in _CLAUSE_SPLIT or toks[i].text in (";",) for i in gap):
                    continue
                if (
                    best is not None
                    and not c.strong
                    and (
                        (best.strong and c.text in _TOTAL_NOUNS)
                        or (c.text == "total of" and (best.strong or best.op == ">="))
                    )
                ):
                    continue  # 'requires a minimum budget of $30,000': the minimum, not the budget
                    # 'must bake a total of 300 kg': the requirement, not a total available
                best = c
        return best

    def cue_after(q: Quantity) -> Cue | None:
        for c in cues:
            if c.t0 >= q.t1 and c.t0 - q.t1 <= 7:
                gap = range(q.t1, c.t0)
                if any(i in num_toks for i in gap) or any(
                    toks[i].text in (",", ";", ".") for i in gap
                ):
                    continue
                if c.text in ("budget", "capacity") and all(
                    toks[i].low.isalpha() and toks[i].low not in STOP for i in gap
                ):
                    return c  # 'their $900000 advertising budget', 'a 500-tonne capacity'
                if c.text in _AVAILABLE or c.text in (
                    "or less",
                    "or fewer",
                    "or more",
                    "or greater",
                    "at most",
                    "at least",
                    "at maximum",
                    "maximum",
                    "minimum",
                    "on hand",
                    "at hand",
                    "max",
                ):
                    return c
        return None

    # respectively / parallel lists: numbers of one kind paired in order with the mentions
    resp = bool(re.search(r"\brespective(?:ly)?\b", info.sent.text, re.IGNORECASE))
    distinct_vars = []
    for m in ms:
        if m.var >= 0 and m.var not in distinct_vars:
            distinct_vars.append(m.var)
    if (
        resp
        and not distinct_vars
        and len(vars_) >= 2
        and not _stock_list_after(info, sum(1 for q in qs if q.role != "ignored"))
    ):
        distinct_vars = list(
            range(len(vars_))
        )  # 'the costs of these types are $300, $200 and $500 respectively'
        ms_for_resp: list[Mention] = []
    else:
        ms_for_resp = ms

    def _strong_before(q: Quantity) -> bool:
        c = cue_before(q)
        return c is not None and c.strong

    if len(distinct_vars) >= 2:
        by_kind: dict[str, list[Quantity]] = {}
        resp_at = next(
            (i for i, t in enumerate(toks) if t.low in ("respectively", "respective")), -1
        )
        if resp_at >= 0 and sum(q.t1 <= resp_at for q in qs) >= len(distinct_vars):
            # 'take 2 and 3 hours, respectively, and he has 4,800 minutes': the list ends there
            qs_list = [q for q in qs if q.t1 <= resp_at]
        else:
            qs_list = qs
        for q in qs_list:
            cbq = cue_before(q)
            caq = cue_after(q)
            if caq is not None and caq.text in _AVAILABLE:
                continue  # '... and 25 furnace hours are available': a limit, never a listed coefficient
            if q.num.kind != "times" and (cbq is None or not cbq.strong) and q.role != "ignored":
                if (
                    q.num.text.isalpha()
                    and q.value == len(vars_)
                    and (
                        any(m.var == -1 and m.tok0 == q.t1 for m in ms)
                        or (
                            q.t1 < len(toks)
                            and toks[q.t1].low.endswith("s")
                            and toks[q.t1].lem not in GENERIC_UNITS
                            and toks[q.t1].low not in STOP
                        )
                    )
                ):
                    continue  # 'to make two drinks: X and Y', 'Two paints ... respectively'
                by_kind.setdefault(q.num.kind, []).append(q)
        if resp and all(len(g) != len(distinct_vars) for g in by_kind.values()):
            mixed = [
                q
                for q in qs
                if q.num.kind in ("num", "money") and q.role != "ignored" and not _strong_before(q)
            ]
            by_kind = {"mixed": mixed}  # '$10, 15, 20, and $25 per unit ... respectively'
        for group in by_kind.values():
            if len(group) == len(distinct_vars) and (
                resp
                or (
                    (
                        all(q.t0 > max(m.tok0 for m in ms_for_resp) for q in group)
                        or all(q.t0 < min(m.tok0 for m in ms_for_resp) for q in group)
                    )
                    and len(group) >= 2
                    and not any(c.strong for c in cues)
                )
            ):
                first_m = min((m.tok0 for m in ms_for_resp), default=0)
                bcue = [c for c in cues if c.strong and c.t1 <= first_m]
                for q, v in zip(group, distinct_vars):
                    if bcue and resp:
                        # 'the maximum boxes for X and Y are 60 and 70 respectively': a bound on each
                        q.role, q.var, q.op, q.cue = "limit", v, bcue[-1].op, bcue[-1]
                        continue
                    q.role, q.var = "coef", v
                    q.resp_group = group
    # 'between two projects: X and Y' -- the count of the decisions is not a quantity
    nvars = len(vars_)
    for q in qs:
        after = info.sent.text[q.num.end :]
        if any(m.var >= 0 and q.t1 <= m.tok0 <= q.t1 + 1 for m in ms) and any(
            m.var >= 0 and m.tok1 <= q.t0 for m in ms
        ):
            continue  # 'one teacher, two classrooms and three textbooks': a count of one decision, in a sum
        if (
            q.num.kind == "num"
            and q.value == nvars
            and re.match(r"[a-z]+$", q.num.text.lower())
            and re.match(
                r"\s+(?:different\s+|main\s+|major\s+|kinds?\s+of\s+)?(?:types?|kinds?|methods?|options?|ways?|"
                r"products?|items?|models?|sizes?|categories|sorts?|varieties|forms?|modes?|choices?|sets?|"
                r"brands?|grades?|flavou?rs?|styles?|blends?|designs?|versions?|breeds?|species)\b",
                after,
            )
        ):
            q.role = "ignored"  # 'two methods of getting customers up'
            continue
        if (
            q.num.kind == "num"
            and q.value == nvars
            and re.match(r"[a-z]+$", q.num.text.lower())
            and q.t0 > 0
            and toks[q.t0 - 1].low in ("all", "these", "those", "the", "both", "each")
        ):
            q.role = "ignored"  # 'across all three materials'
            continue
        if (
            q.num.kind == "num"
            and q.value == nvars
            and re.match(r"[a-z]+$", q.num.text.lower())
            and (
                re.match(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b(?!\s+of\b)", after)
                or (
                    any(v.sentence == info.sent.index for v in vars_)
                    and not re.match(r"\s+(?:units?|times)\b", after)
                )
            )
            and not any(c.strong and 0 <= q.t0 - c.t1 <= 2 for c in cues)
        ):
            q.role = "ignored"
            continue
        of_kind = re.match(r"\s+[a-z-]+s\s+of\s+([a-z-]+)\b", after)
        if (
            q.num.kind == "num"
            and q.value == nvars
            and info.sent.index == 0
            and re.match(r"[a-z]+$", q.num.text.lower())
            and of_kind is not None
            and all(lemma(of_kind.group(1)) in v.lemmas for v in vars_)
            and not any(c.t1 <= q.t0 for c in cues)
        ):
            q.role = "ignored"  # 'sells two bowls of ramen' (shio and shoyu ramen): the kinds
    for k, q in enumerate(qs[:-1]):
        q2 = qs[k + 1]
        if (
            q.t0 > 0
            and toks[q.t0 - 1].low in ("between", "from")
            and q2.t0 - q.t1 == 1
            and toks[q.t1].low in ("and", "to", "-")
            and q.num.kind == q2.num.kind
            and q.role in ("unused", "limit")
            and (not q.num.is_share or q.num.kind == "percent")
        ):  # 'between 20% and 60% of all cars'
            subj = [
                m for m in ms if m.tok1 <= q.t0 and info.clause_of[m.tok0] == info.clause_of[q.t0]
            ]
            rng = Cue(q.t0 - 1, q.t0, ">=", True, "between")
            q.role, q.op, q.cue = "limit", ">=", rng
            q2.role, q2.op, q2.cue = "limit", "<=", Cue(q.t1, q2.t0, "<=", True, "between")
            if subj and subj[-1].var >= 0:
                q.var = q2.var = subj[-1].var
    prev_limit: Quantity | None = None
    for k, q in enumerate(qs):
        if q.role == "ignored":
            continue
        prev_end = qs[k - 1].t1 if k > 0 else 0
        next_start = qs[k + 1].t0 if k + 1 < len(qs) else len(toks)
        if (
            q.num.kind == "times"
            and q.num.text.lower().endswith("times")
            and (
                q.t1 >= len(toks)
                or toks[q.t1].low
                not in (
                    "as",
                    "more",
                    "less",
                    "fewer",
                    "the",
                    "that",
                    "of",
                    "what",
                    "larger",
                    "greater",
                    "higher",
                    "bigger",
                    "smaller",
                    "lower",
                    "this",
                    "those",
                    "their",
                    "its",
                    "his",
                    "her",
                    "x",
                    "y",
                    "z",
                )
            )
            and not any(m.tok0 == q.t1 for m in ms)
        ):
            q.num = NumberMention(
                q.num.start, q.num.end, q.num.value, "num", q.num.text
            )  # 're-stocked five times'
        if q.num.kind == "times" or (
            q.num.kind == "fraction" and q.t1 < len(toks) and toks[q.t1].low == "as"
        ):
            q.role = "mult"
            continue
        if (q.role in ("coef", "limit") and q.var is not None) or (
            q.role == "limit" and q.cue is not None and q.cue.text == "between"
        ):
            q.attr = _attr(info, q, prev_end, next_start)
            if q.role == "limit":
                prev_limit = q
            continue
        cb = cue_before(q)
        ca = cue_after(q)
        colon = next((i for i in range(q.t0 - 1, -1, -1) if toks[i].text == ":"), None)
        if cb is None and colon is not None and _for_mention(info, q) is not None:
            ccue = [c for c in cues if c.strong and c.t1 <= colon and colon - c.t1 <= 12]
            if ccue:
                q.role, q.op, q.cue, q.var = "limit", ccue[-1].op, ccue[-1], _for_mention(info, q)
                q.attr = _attr(info, q, prev_end, next_start)
                prev_limit = q
                continue
        whole = _whole_to_divide(info, q, vars_, cb)
        if whole is not None:
            q.role, q.op, q.cue = "limit", whole.op, whole
            q.attr = _attr(info, q, prev_end, next_start)
            prev_limit = q
            continue
        term = _term_of(info, q)
        if term is not None and (cb is None or not cb.strong):
            # '3 vehicles of X and 2 vehicles of Y must be at least 40': a weight in a sum
            q.role, q.var, q.is_term = "coef", term.var, True
            q.attr = _attr(info, q, prev_end, next_start)
            continue
        if cb is None and q.t0 > 0 and toks[q.t0 - 1].low == "to":
            # 'limited the number of X to 8', 'restricted ... to 40'
            cb = next(
                (
                    c
                    for c in reversed(cues)
                    if c.t1 <= q.t0
                    and c.text
                    in (
                        "limited",
                        "limit",
                        "limits",
                        "restricts",
                        "restricted to",
                        "constrained to",
                        "capped at",
                        "cap",
                    )
                    and info.clause_of[c.t0] == info.clause_of[q.t0]
                ),
                None,
            )
        if cb is None:
            cb = _total_noun_subject(info, q, num_toks)
        # mention before the number in the same clause (the thing the number is said of)
        mb = [m for m in ms if m.tok1 <= q.t0 and info.clause_of[m.tok0] == info.clause_of[q.t0]]
        ma = [
            m
            for m in ms
            if m.tok0 >= q.t1 and info.clause_of[m.tok0] == info.clause_of[min(q.t0, len(toks) - 1)]
        ]
        strong = (cb is not None and cb.strong) or (ca is not None and ca.strong)
        if (
            ca is not None
            and ca.text in _AVAILABLE
            and not any(toks[i].low in ("per", "each", "every", "for") for i in range(q.t1, ca.t0))
        ):
            strong = True  # '... and a poster job 4 hours, with 100 press hours available': never per unit
        weak = cb is not None or ca is not None
        cue = (cb if cb is not None and cb.strong else ca) if strong else (cb or ca)
        need = next(
            (
                c
                for c in serve_cues
                if 0 <= c.t0 - q.t1 <= 5
                and all(
                    toks[k].text.isalpha() and k not in mention_toks for k in range(q.t1, c.t0)
                )  # '2,000 calls a day to answer'
            ),
            None,
        )
        if (
            need is not None
            and need.text == "to serve"
            and q.unit is not None
            and q.unit not in ("unit", "piec", "item")
            and cb is not None
            and cb.text in _POSSESS
        ):
            need = None  # 'has 50000 ml of soup to serve' (in servings of 250 ml): a stock
        if need is not None and not strong and (weak or not mb):
            # 'there are 60 tables to cover': what is to be covered is a need
            cue, weak = need, True
        subject = None
        if (
            cb is None
            and ca is None
            and any(t.low == "total" for t in toks[max(0, q.t0 - 5) : q.t0])
            and not any(t.low in ("per", "each", "every") for t in toks[max(0, q.t0 - 5) : q.t0])
        ):
            cb = Cue(q.t0, q.t0, "<=", False, "total of")  # 'a total investment fund of $100,000'
            weak = True
        if (
            cb is None
            and ca is None
            and vars_
            and vars_[0].money
            and q.num.kind == "money"
            and not mb
            and ma
            and (ma[0].tok0 - q.t1 >= 3)
            and not any(
                t.low in ("per", "each", "every", "for") for t in toks[max(0, q.t0 - 4) : q.t1 + 2]
            )
        ):
            cb = Cue(
                q.t0, q.t0, "<=", False, "has"
            )  # 'wants to put his $10,000 to work ... invest in A and B'
            weak = True
        # number after a per-unit phrase about a thing, with no strong cue: a coefficient
        per_thing = False
        if mb:
            last = mb[-1]
            between = range(last.tok1, q.t0)
            if cb is None or cb.t0 < last.tok0:
                per_thing = not any(toks[i].low in ("total", "all", "combined") for i in between)
            if cb is not None and cb.t0 >= last.tok1 and not cb.strong:
                per_thing = not _owner_has(info, last, cb)
        if (
            cb is not None
            and not cb.strong
            and cb.text in _TOTAL_NOUNS
            and not any(toks[i].low in ("per", "each", "every") for i in range(cb.t1, q.t0))
            and not (
                (q.t1 + 1 < len(toks) and toks[q.t1].low in ("per", "each", "every"))
                or (
                    q.t1 + 1 < len(toks)
                    and toks[q.t1 + 1].low in ("per", "each", "every")
                    and toks[q.t1].low not in ("and", ",", "while", "but", "whereas")
                    and q.t1 + 2 < len(toks)
                    and toks[q.t1 + 2].lem not in ("day", "week", "month", "year", "hour", "shift")
                )
            )
        ):
            strong, per_thing = True, False  # 'buys laptops and tablets with a budget of $24,000'
            cue = cb
        if not strong and ma and ma[0].var >= 0 and 0 < ma[0].tok0 - q.t1 <= 8:
            gap = [t.low for t in toks[q.t1 : ma[0].tok0]]
            g0 = gap[1:] if gap and toks[q.t1].lem in GENERIC_UNITS else gap
            if g0 and g0[-1] == "of":
                # '3.5 hours to cook a 10-gallon batch of X': the size of what the fact is said for
                k = len(g0) - 1
                while k > 0 and (
                    lemma(g0[k - 1]) in GENERIC_UNITS or re.match(r"\d+(?:\.\d+)?-[a-z]", g0[k - 1])
                ):
                    k -= 1
                g0 = g0[:k] if k < len(g0) - 1 else g0
            if len(gap) > 5 and not (g0 and g0[0] == "to"):
                g0 = []
            if (
                gap[-1] in ("per", "each", "every")
                or (
                    len(gap) >= 2
                    and gap[-2] in ("per", "each", "every")
                    and gap[-1] in ("a", "an", "one")
                )
                or (
                    len(g0) >= 3
                    and g0[0] == "to"
                    and g0[-1] in ("a", "an", "one", "each", "every")
                    and q.num.kind != "money"
                )
            ) and _said_of_next(gap, ma[0], q, qs):
                # '3 hours per cake and 1 hour per pie', '1 hour to make a chair': said of the thing after
                per_thing, mb = True, [ma[0]]
        if not strong and ma and not per_thing:
            # '10 hours on each foldable phone', '3 units per acre of corn': said of the thing after
            m0 = ma[0]
            gap = [t.low for t in toks[q.t1 : m0.tok0]]
            if (
                len(gap) <= 6
                and any(w in ("each", "per", "every") for w in gap)
                and not _with_own_number(gap, m0, q, qs)
            ):
                per_thing = True
                mb = [m0]
        if not strong and cb is None and ca is None and mb:
            # 'the maximum allocation for X is 700 (and for Y is 500)': a cue earlier in the clause
            early = [
                c
                for c in cues
                if c.strong
                and c.t1 <= mb[-1].tok0
                and q.t0 - c.t1 <= 14
                and info.clause_of[c.t0] == info.clause_of[q.t0]
                and not any(x.t0 > c.t1 and x.t0 < q.t0 and x.role != "limit" for x in qs)
            ]
            gapw = {t.low for t in toks[mb[-1].tok1 : q.t0]}
            if early and gapw <= {
                "is",
                "are",
                "be",
                "should",
                "must",
                "will",
                "of",
                "at",
                "to",
                "set",
                ":",
                ",",
            }:
                strong, cb = True, early[-1]
                cue = cb
                subject = mb[-1]
        clause_low = {
            t.low for i, t in enumerate(toks) if info.clause_of[i] == info.clause_of[q.t0]
        }
        before_low = {
            t.low for i, t in enumerate(toks[: q.t0]) if info.clause_of[i] == info.clause_of[q.t0]
        }
        if (
            not strong
            and not mb
            and not ma
            and (cb is None or cb.text in ("requires", "require", "required", "needs", "need"))
            and ca is None
            and (
                "both" in before_low
                or ({"all", "each", "every"} & before_low and "per" in clause_low)
            )
        ):
            q.role, q.var = "coef", -1
            q.attr = _attr(info, q, prev_end, next_start)
            continue
        cont_ok = prev_limit is not None and (not mb or mb[-1].tok0 < prev_limit.t0)
        if (
            prev_limit is not None
            and not cont_ok
            and ma
            and ma[0].tok0 - q.t1 <= 2
            and any(m.tok0 >= prev_limit.t1 and m.tok0 - prev_limit.t1 <= 2 for m in ms)
            and all(
                m.tok0 > prev_limit.t0
                or (m.var == -1 and prev_limit.cue is not None and m.tok1 <= prev_limit.cue.t0)
                for m in mb
            )
            and not strong
            and not weak
            and "and" in {t.low for t in toks[prev_limit.t1 : q.t0]}
            and not {
                t.low
                for i, t in enumerate(toks[prev_limit.t1 : q.t0], prev_limit.t1)
                if not (t.low == "per" and i + 1 < len(toks) and toks[i + 1].lem in _PERIODS)
            }
            & (_PER_UNIT_VERBS | {"each", "every", "per"})
        ):
            # 'at most 40 large containers and 35 medium containers': the same cue, the next thing
            q.role, q.op, q.cue, q.var = (
                "limit",
                prev_limit.op,
                prev_limit.cue,
                ma[0].var if ma[0].var >= 0 else None,
            )
            q.attr = _attr(info, q, prev_end, next_start)
            prev_limit = q
            continue
        if (
            prev_limit is not None
            and mb
            and mb[-1].tok0 > prev_limit.t0
            and not strong
            and cb is None
            and ca is None
        ):
            gapw = {t.low for t in toks[prev_limit.t1 : q.t0]}
            if gapw & {"and", ","} and not gapw & {
                "each",
                "per",
                "every",
                "costs",
                "cost",
                "requires",
                "takes",
                "needs",
                "uses",
                "contains",
                "earns",
                "yields",
                "produces",
                "gives",
            }:
                cont_ok = True
        if not strong and not weak and prev_limit is not None and cont_ok:
            gtoks = toks[prev_limit.t1 : q.t0]
            if not any(i in mention_toks for i in range(prev_limit.t1, q.t0)) and any(
                t.low in ("and", ",", "or") for t in gtoks
            ):
                q.role, q.op, q.cue = "limit", prev_limit.op, prev_limit.cue
                q.attr = _attr(info, q, prev_end, next_start)
                prev_limit = q
                continue
            fv = _for_mention(info, q)
            if fv is not None and prev_limit.var is not None:
                q.role, q.op, q.cue, q.var = "limit", prev_limit.op, prev_limit.cue, fv
                q.attr = _attr(info, q, prev_end, next_start)
                prev_limit = q
                continue
            if (
                mb
                and prev_limit.var is not None
                and {t.low for t in toks[mb[-1].tok1 : q.t0]}
                <= {
                    "is",
                    "are",
                    "be",
                    "of",
                    ":",
                    ",",
                    "it",
                    "at",
                    "it's",
                    "that's",
                    "should",
                    "must",
                    "will",
                }
            ):
                q.role, q.op, q.cue, q.var = "limit", prev_limit.op, prev_limit.cue, mb[-1].var
                q.attr = _attr(info, q, prev_end, next_start)
                prev_limit = q
                continue
        if (
            weak
            and not strong
            and not per_thing
            and not mb
            and not ma
            and cue is not None
            and cue.text
            in (
                "produces",
                "uses",
                "requires",
                "require",
                "needs",
                "has",
                "have",
                "gets",
                "receives",
            )
        ):
            sb = [m for m in ms if m.tok1 <= q.t0 and m.var >= 0]
            if (
                sb
                and info.clause_of[sb[-1].tok0] != info.clause_of[q.t0]
                and not any(m.var >= 0 and m.var != sb[-1].var for m in ms if m.tok1 <= q.t0)
            ):
                per_thing, mb = (
                    True,
                    [sb[-1]],
                )  # 'Mixture A uses 3 units of soda, and produces 2 units of eruption'
        if (
            weak
            and not strong
            and not per_thing
            and _for_mention(info, q) is not None
            and not any(
                toks[i].low in ("total", "combined", "maximum", "minimum")
                for i in range(max(0, q.t0 - 6), q.t0)
            )
        ):
            # 'has an associated fatigue score: 10 for cardio, 15 for strength' -- per-thing numbers
            per_thing, mb = True, [m for m in ms if m.var == _for_mention(info, q)][:1]
        if strong or (weak and not per_thing):
            q.role = "limit"
            if subject is not None and subject.var >= 0:
                q.var = subject.var
            fv = _for_mention(info, q)
            if fv is not None:
                q.var = fv
            q.cue = cue
            q.op = cue.op if cue is not None else "<="
            q.attr = _attr(info, q, prev_end, next_start)
            prev_limit = q
            continue
        if ma and mb and not strong and (not per_thing or mb[-1].tok1 <= q.t0):
            # (also over the default 'said of the thing before': '$0.50 per mg to buy A and $0.30 per mg to buy B')
            gap_b = {t.low for t in toks[mb[-1].tok1 : q.t0]}
            gap_a = [t.low for t in toks[q.t1 : ma[0].tok0]]
            if (
                gap_b & {",", "and", ";"}
                and len(gap_a) <= 8
                and not set(gap_a) & {",", "and", ";", "while"}
                and (set(gap_a) & {"for", "on", "in", "per"})
            ):
                per_thing, mb = (
                    True,
                    [ma[0]],
                )  # '$8 per hour for the morning shift, $6 per hour for the afternoon ...'
        if ma and not strong:
            gap = [t.low for t in toks[q.t1 : ma[0].tok0]]
            if (
                gap
                and gap[0] in GENERIC_UNITS
                and len(gap) > 1
                and gap[1] in ("for", "on", "to", "in")
            ):
                gap = gap[1:]
            to_verb = (
                len(gap) >= 2
                and gap[0] == "to"
                and re.fullmatch(r"[a-z]+", gap[1]) is not None
                and gap[1] not in ("the", "a", "an", "each", "every", "all", "both", "be")
            )  # '2 hours to make a tonne of bran'
            if (
                len(gap) <= (6 if gap and gap[0] in ("for", "to") else 4)
                and gap
                and (gap[0] in ("for", "on", "per") or to_verb)
                and not set(gap) & {"and", ",", "while", "but", "whereas"}
                and not (mb and mb[-1].tok1 == q.t0)
            ):
                per_thing, mb = True, [ma[0]]
        if not per_thing and not ma and not strong:
            sb = [m for m in ms if m.tok1 <= q.t0 and m.var >= 0]
            if (
                sb
                and not any(m.tok0 > q.t0 for m in ms)
                and info.clause_of[sb[-1].tok0] != info.clause_of[q.t0]
            ):
                per_thing, mb = True, [sb[-1]]  # '... can store 120 items but uses 3 kWh'
        if per_thing or ma:
            q.role = "coef"
            if per_thing:
                q.var = mb[-1].var
                own = [m for m in mb if m.var >= 0 and not any(m.tok1 <= x.t0 < q.t0 for x in qs)]
                k0 = mb[-1].tok0 - 1
                k0 -= k0 > 0 and toks[k0].low in ("a", "an", "the", "each", "every")
                if q.var < 0 and own and k0 > 0 and toks[k0].low in _AFTER_PREPS:
                    q.var = own[
                        -1
                    ].var  # 'cleaning a kayak after a rental takes 15 minutes': the kayak
                named = {m.var for m in ms if m.tok1 <= q.t0}
                if (
                    q.var < 0
                    and mb[-1].tok0 >= q.t1
                    and toks[mb[-1].tok0 - 1].low == "the"
                    and len(named) == 1
                    and min(named) >= 0
                ):
                    # 'a chicken sandwich requires 5 minutes to mix and 6 minutes to put together the
                    # sandwich': 'the sandwich' after the number is the one the sentence is about
                    q.var = min(named)
            else:
                q.var = ma[0].var
            q.attr = _attr(info, q, prev_end, next_start)
            continue
        # a share or a number with no thing and no cue
        q.attr = _attr(info, q, prev_end, next_start)
        q.role = "unused"


def _content(attr: dict[str, float]) -> bool:
    return any(x >= 2.0 for w, x in attr.items() if w not in ("PROFIT", "COST", "$", "%"))


def _merge(into: dict[str, float], src: dict[str, float]) -> dict[str, float]:
    out = dict(src)
    for w, x in into.items():
        out[w] = max(out.get(w, 0.0), x)
    return out


_CAPACITY_GAP = frozenset(
    [
        "can",
        "could",
        "will",
        "may",
        "is",
        "are",
        "able",
        "to",
        "only",
        "carry",
        "carries",
        "hold",
        "holds",
        "seat",
        "seats",
        "take",
        "takes",
        "transport",
        "transports",
        "fit",
        "fits",
        "accommodate",
        "accommodates",
        "deliver",
        "delivers",
        "serve",
        "serves",
        "move",
        "moves",
        "handle",
        "handles",
        "process",
        "processes",
        "store",
        "stores",
        "produce",
        "produces",
        "make",
        "makes",
        "work",
        "works",
        "run",
        "runs",
        "treat",
        "treats",
        "feed",
        "feeds",
        "cover",
        "covers",
    ]
)


def _with_own_number(gap: list[str], m: Mention, q: Quantity, qs: list[Quantity]) -> bool:
    """'a budget of $10000 with each raft costing $200': the thing after 'with each' has a number of
    its own, so the number before is not said of it."""
    return gap[:1] == ["with"] and any(0 <= x.t0 - m.tok1 <= 3 for x in qs if x is not q)


def _said_of_next(gap: list[str], m: Mention, q: Quantity, qs: list[Quantity]) -> bool:
    """'3 hours per cake': nothing between the number and the thing after but 'per/each' words."""
    return not set(gap) & {",", "and", ";", "or"} and not _with_own_number(gap, m, q, qs)


def _capacity_of_one(info: SentenceInfo) -> None:
    """'A double-decker bus can carry at most 50 passengers': what one unit can do is a per-unit number,
    not a limit on the decisions."""
    toks = info.toks
    first_cue: Cue | None = None
    var: int | None = None
    for q in info.quants:
        if q.role != "limit":
            continue
        if first_cue is not None and q.cue is first_cue and var is not None:
            q.role, q.var, q.op, q.cue = "coef", var, None, None  # '... and costs $300' after it
            continue
        c = q.cue
        if c is None or not c.strong or q.op != "<=" or q.var is not None:
            continue
        subj = [
            m
            for m in info.mentions
            if m.tok1 <= c.t0 and info.clause_of[m.tok0] == info.clause_of[q.t0]
        ]
        if not subj or subj[-1].var < 0:
            continue
        m = subj[-1]
        if m.tok0 == 0 or toks[m.tok0 - 1].low not in ("a", "an", "each", "every", "one", "per"):
            continue
        gap = {t.low for t in toks[m.tok1 : c.t0]}
        if not gap or not gap <= _CAPACITY_GAP or not gap & {"can", "could", "able", "will", "may"}:
            continue
        first_cue, var = c, m.var
        q.role, q.var, q.op, q.cue = "coef", m.var, None, None


_USE_WORDS = frozenset(
    [
        "used",
        "use",
        "uses",
        "spent",
        "spend",
        "utilized",
        "utilised",
        "exhausted",
        "filled",
        "consumed",
        "allocated",
        "assigned",
        "invested",
        "sold",
    ]
)


def _all_used(info: SentenceInfo) -> None:
    """'all 60 hours must be used', 'uses up all 500 kg', 'the entire $10,000 is invested': exactly."""
    toks = info.toks
    for q in info.quants:
        if q.num.is_share or q.num.kind == "times" or q.t0 == 0:
            continue
        if toks[q.t0 - 1].low not in ("all", "entire", "whole") and not (
            q.t0 >= 2
            and toks[q.t0 - 2].low == "all"
            and toks[q.t0 - 1].low in ("the", "its", "their", "his", "her")
        ):
            continue
        cl = info.clause_of[q.t0]
        words = {t.low for i, t in enumerate(toks) if info.clause_of[i] == cl}
        if (
            not words & _USE_WORDS
            or q.role == "ignored"
            or any(c.strong and info.clause_of[c.t0] == cl for c in info.cues)
        ):
            continue  # 'across all three portfolios cannot exceed $50000'
        q.role, q.op, q.var = "limit", "==", None
        q.cue = Cue(q.t0, q.t0, "==", True, "all used")


def _limit_list(info: SentenceInfo) -> None:
    """'At least 400 houses, 250 flats and 350 offices': one cue, a list of number-thing pairs."""
    toks, qs, ms = info.toks, info.quants, info.mentions

    def thing_after(q: Quantity) -> Mention | None:
        m = next((m for m in ms if m.tok0 >= q.t1), None)
        if m is None or m.var < 0:
            return None
        gap = [t for t in toks[q.t1 : m.tok0]]
        if len(gap) > 3 or (
            gap
            and not (
                gap[-1].low in ("of", "from", "for", "on", "in", "to", "the")
                and all(
                    t.lem in GENERIC_UNITS
                    or t.low in ("of", "from", "for", "on", "in", "to", "the")
                    for t in gap
                )
            )
        ):
            return None  # '400 houses', '3000 units from coal', '30 hours on the lathe'
        return m

    done: set[int] = set()
    for k, q in enumerate(qs):
        if k in done:
            continue
        if (
            q.role != "limit"
            or q.cue is None
            or not q.cue.strong
            or q.cue.t1 > q.t0
            or q.num.is_share
        ):
            continue
        m = thing_after(q)
        if m is None:
            continue
        chain: list[tuple[Quantity, Mention]] = [(q, m)]
        for q2 in qs[k + 1 :]:
            prev_m = chain[-1][1]
            gap = {t.low for t in toks[prev_m.tok1 : q2.t0]}
            m2 = thing_after(q2)
            if m2 is None or not gap or not gap <= {",", "and", "or"} or q2.num.kind != q.num.kind:
                break
            chain.append((q2, m2))
        if len(chain) < 2 or len({m.var for _, m in chain}) != len(chain):
            continue
        for q2, m2 in chain:
            q2.role, q2.op, q2.cue, q2.var = "limit", q.op, q.cue, m2.var
        # 'at least 40 coffees and 20 hot chocolates, but not more than 60 coffees or 35 ...'
        done |= set(range(k, k + len(chain)))


def _share_across_lists(info: SentenceInfo) -> None:
    """Words said once for a list of numbers apply to all of them.

    - coordinated limits before one cue: '120 hours of assembly and 70 hours of painting are available';
    - a range: 'between 500 and 900 grams of fat' (the lower end measures fat too);
    - ellipsis in parallel statements: 'a minibus seats 15 guests and a coach 50' (50 guests),
      'tomatoes need 500 cubic meters of water per hectare and peppers 350'.
    """
    toks, qs = info.toks, info.quants
    mention_toks = {i for m in info.mentions for i in range(m.tok0, m.tok1)}
    cue_toks = {i for c in info.cues for i in range(c.t0, c.t1)}
    _limit_list(info)
    for k in range(len(qs) - 2, -1, -1):
        q, q2 = qs[k], qs[k + 1]
        if (
            q.role != "unused"
            or q2.role != "limit"
            or q2.cue is None
            or q2.cue.t0 < q2.t1
            or q2.var is not None
        ):
            continue
        if info.clause_of[q.t0] != info.clause_of[q2.t0] or q.num.is_share or q.num.kind == "times":
            continue
        gap = range(q.t1, q2.t0)
        if (
            any(i in mention_toks or i in cue_toks for i in gap)
            or not any(toks[i].low in ("and", ",") for i in gap)
            or any(toks[i].low in ("per", "each", "every") for i in gap)
        ):
            continue
        if (q.num.kind == "money") != (q2.num.kind == "money"):
            continue
        q.role, q.op, q.cue = "limit", q2.op, q2.cue
    for k in range(len(qs) - 1):
        q, q2 = qs[k], qs[k + 1]
        if (
            q.role == "limit"
            and q2.role == "limit"
            and q.cue is not None
            and q.cue.text == "between"
            and q2.cue is not None
            and q2.cue.text == "between"
            and not _content(q.attr)
            and _content(q2.attr)
        ):
            q.attr = _merge(q.attr, {w: x for w, x in q2.attr.items()})
    # 'each ton of coffee beans and cocoa beans requires 15 hours of roasting each': said of every thing listed
    for q in qs:
        if q.role != "coef" or q.var is None or q.var < 0 or q.resp_group:
            continue
        cl = info.clause_of[q.t0]
        before = [
            m
            for m in info.mentions
            if m.tok1 <= q.t0 and info.clause_of[m.tok0] == cl and m.var >= 0
        ]
        if len({m.var for m in before}) < 2 or any(
            m.tok0 > q.t1 for m in info.mentions if info.clause_of[m.tok0] == cl
        ):
            continue
        joined = all(
            {t.low for t in toks[a.tok1 : b.tok0]}
            <= {"and", ",", "the", "of", "both", "each", "every", "a", "an"}
            for a, b in pairwise(before)
        )
        clause_words = {t.low for i, t in enumerate(toks) if info.clause_of[i] == cl}
        if (
            joined
            and clause_words & {"each", "both", "every"}
            and len({m.var for m in before}) == len(before)
        ):
            q.var = -1
    # ellipsis: the k-th number said of one thing measures what the k-th number said of another thing measures
    by_var: dict[int, list[Quantity]] = {}
    for q in qs:
        if q.role == "coef" and q.var is not None and q.var >= 0 and not q.is_term:
            by_var.setdefault(q.var, []).append(q)
    if len(by_var) < 2:
        return
    order = sorted(by_var, key=lambda v: by_var[v][0].t0)
    first = by_var[order[0]]
    for v in order[1:]:
        for k, q in enumerate(by_var[v]):
            if k >= len(first) or _content(q.attr) or "PROFIT" in q.attr or "COST" in q.attr:
                continue
            src = first[k]
            if (
                not _content(src.attr)
                or (src.num.kind == "money") != (q.num.kind == "money")
                or src.t0 > q.t0
            ):
                continue
            q.attr = _merge(q.attr, src.attr)


def coef_is_money(c: Quantity) -> bool:
    return c.num.kind == "money" or "$" in c.attr or "PROFIT" in c.attr or "COST" in c.attr


_DF: ContextVar[dict[str, int] | None] = ContextVar("optform_formulate_df", default=None)


def complete_elliptic(infos: list[SentenceInfo]) -> None:
    """'large tankers burn 80 litres of diesel per run, and small tankers burn 40 litres per run': a
    per-unit amount of one decision said with the words of another's (same unit, same verb) but no
    noun of its own is an amount of the same thing; it takes the other's nouns, at half weight. Only
    when every such amount of the other decisions names the same extra words."""
    coefs = [
        q
        for inf in infos
        for q in inf.quants
        if q.role == "coef" and q.var is not None and q.var >= 0 and q.unit is not None
    ]
    for q in coefs:
        own = set(q.attr)
        if not own - {q.unit}:
            continue  # '4 kg' alone: nothing shows which amount of the others it repeats
        extras: set[frozenset[str]] = set()
        donor: Quantity | None = None
        for p in coefs:
            if p is q or p.var == q.var or p.unit != q.unit:
                continue
            if own < set(p.attr):
                extras.add(frozenset(set(p.attr) - own))
                donor = p
        if donor is not None and len(extras) == 1:
            q.attr = {**q.attr, **{w: 0.5 * donor.attr[w] for w in next(iter(extras))}}


def set_document_frequency(infos: list[SentenceInfo]) -> None:
    """How many sentences use each word: words all over the text ('project', 'allocation') say little.

    Kept in a context variable, so concurrent formulations (threads, tasks) do not share it."""
    df: dict[str, int] = {}
    for inf in infos:
        for w in {stem(t.lem) for t in inf.toks}:
            df[w] = df.get(w, 0) + 1
    _DF.set(df)


def _damped(a: dict[str, float], b: dict[str, float]) -> float:
    s = 0.0
    for w, x in a.items():
        y = b.get(w)
        if y:
            df = (_DF.get() or {}).get(w, 1)
            s += (
                x
                * y
                * (
                    1.0
                    if df <= 2 or w in ("PROFIT", "COST", "$", "%") or x < 1.0 or y < 1.0
                    else 2.0 / df
                )
            )
    return s


def match_coefficients(
    coefs: list[Quantity],
    target: dict[str, float],
    nvars: int,
    money: bool | None,
    threshold: float = 1.4,
    rank: int | None = None,
    damp: bool = True,
) -> dict[int, Quantity]:
    """For each variable, its per-unit coefficient whose attribute best matches ``target``.

    Parallel statements complete each other: when one variable's coefficient matches, the other
    variables' coefficients stated in the same sentence are taken even with a weaker match
    ('a table requires 8 sq ft of floor space while a chair requires 2 sq ft').
    """
    out: dict[int, Quantity] = {}
    content = [w for w, x in target.items() if x >= 2.0 and w not in ("$", "%", "PROFIT", "COST")]
    if not content:
        threshold = min(
            threshold, 0.45
        )  # the goal or limit names only a unit ('minutes'): the unit must do
    # first pass: the sentence of the single best match anchors parallel statements
    anchor: object | None = None
    anchor_unit: str | None = None
    top = 0.0
    for c in coefs:
        if c.var is None or (money is not None and money != coef_is_money(c)):
            continue
        sc = _damped(c.attr, target) if damp else attribute_score(c.attr, target)
        if sc > top:
            top, anchor, anchor_unit = sc, c.info_sent, c.unit
    # 'testing uses up 30 minutes per bike and 20 minutes per scooter': the scooter's number says
    # nothing of testing, but it is the only one in the anchor's unit said of the scooter there
    lone: set[int] = set()
    if anchor is not None and anchor_unit is not None:
        for v in range(nvars):
            same = [
                c for c in coefs if c.var == v and c.info_sent is anchor and c.unit == anchor_unit
            ]
            if len(same) == 1:
                lone.add(id(same[0]))
    for v in range(nvars):
        best, bs = None, 0.0
        for c in coefs:
            if c.var != v and c.var != -1:
                continue
            if money is not None and money != coef_is_money(c):
                continue
            sc = _damped(c.attr, target) if damp else attribute_score(c.attr, target)
            if rank is not None and sc > 0 and c.rank == rank:
                sc += 0.3  # parallel lists: the second limit goes with the second per-unit number
            if (
                anchor is not None
                and top >= threshold
                and c.info_sent is anchor
                and (sc > 0 or id(c) in lone)
            ):
                sc += (
                    1.5  # parallel statement: 'must work 5 hours on each X but 12 hours on each Y'
                )
            if sc > bs:
                best, bs = c, sc
        if best is not None and bs >= threshold:
            out[v] = best
    if out and len(out) < nvars:
        sents = {id(c.info_sent): c.info_sent for c in out.values() if c.info_sent is not None}
        for v in range(nvars):
            if v in out:
                continue
            cands = [
                c
                for c in coefs
                if c.var == v
                and c.info_sent is not None
                and id(c.info_sent) in sents
                and (money is None or money == coef_is_money(c))
            ]
            if cands:
                out[v] = max(
                    cands,
                    key=lambda c: (
                        _damped(c.attr, target) if damp else attribute_score(c.attr, target)
                    ),
                )
    return out
