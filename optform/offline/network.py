"""Networks told as lists of arcs: maximum flow and transfers between places.

Indexed data written row by row::

    - From Station 0 (Source): can send data to Station 1 (15 TB), Station 2 (1 TB) ...
    - Moving product from/to Warehouse 1: To Warehouse 2 costs 5, to Warehouse 3 costs 7 ...
    Moving a car from region 1 to region 2 costs 10 units, to region 3 costs 12 units.

:func:`find_arcs` reads the arcs (tail, head, value, the span of the line that gives them);
:func:`find_amounts` reads what each place has and needs ("Warehouse 1 currently has 497 units
but needs 161 units"). :func:`network_model` recognises two classic models from them:

- **maximum flow**: capacities on arcs, a source and a destination named in the text, a goal to
  maximize what reaches the destination; a flow variable per arc bounded by its capacity,
  conservation at every other place, maximize the net flow out of the source;
- **transfer**: what each place has and needs, a cost per unit moved on each arc, a goal to
  minimize the cost; a variable per arc, every place ends with at least what it needs.

Places are told apart by their number ('Station 3', 'location 3', '3'), so the same place
written 'Data Center 3' and 'Center 3' is one place. Each constraint cites the line it comes
from; anything else is left to the sentence machinery (no network model is made).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .tables import Table, consecutive

__all__ = [
    "Arc",
    "Network",
    "find_amounts",
    "find_arcs",
    "find_lists",
    "network_from_table",
    "network_model",
]

_NUM = r"\d[\d,]*(?:\.\d+)?"
# a place: up to two words and its number ('Station 3', 'Data Center 3', 'location 3', '3'); the
# word right before the number is its family ('center'), so 'Center 1' and 'Store 1' differ
_NODE = (
    r"(?:(?:[A-Za-z]+[ _])?(?P<{g}f>[A-Za-z]+)[ _])?"
    r"(?P<{g}>\d{{1,3}}(?![\d.,]*\d)|(?-i:[A-Z])(?![\w']))\b"
)
_SCAN = re.compile(
    r"(?P<cost4>"
    + _NUM
    + r")\s+(?:units?\s+)?to\s+[a-z]+\s+from\s+(?:the\s+)?"
    + _NODE.format(g="src4")
    + r"\s+to\s+(?:the\s+)?"
    + _NODE.format(g="dst4")
    + r"|\b(?:from(?:\s*/\s*to)?|starting\s+at|starts?\s+at|for(?:\s+deliveries\s+from)?)\s+(?:the\s+)?(?:"
    + _NODE.format(g="src")
    + r"|(?P<alias>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\s*\(\s*(?P<anumf>[A-Za-z]+)[ _](?P<anum>\d{1,3})\s*\))"
    r"|\$?(?P<cost3>"
    + _NUM
    + r")\s+(?:(?:units?|dollars?|miles?|km|kilometers?|kilometres?|minutes?|hours?)\s+)?"
    r"(?:per\s+unit\s+)?(?:(?:to\s+)?(?:reach|get\s+to|go\s+to|travel\s+to|return\s+to|proceed\s+to|"
    r"move\s+to|deliver\s+to|get\s+back\s+to)|back\s+to|to|for)\s+"
    r"(?:the\s+)?"
    + _NODE.format(g="dst3")
    + r"|(?<![\w$])"
    + _NODE.format(g="dst")
    + r"\s*\(\s*(?P<cap>"
    + _NUM
    + r")\s*[A-Za-z][^)]*\)"
    r"|\bto\s+(?:the\s+)?"
    + _NODE.format(g="dst2")
    + r",?\s+(?:(?:the|a|its)\s+(?:[a-z]+\s+)?(?:cost|price|charge)\s+|it\s+)?(?:costs?|is|are|at|for|of)\s+\$?(?P<cost>"
    + _NUM
    + r")"
    r"|(?<![\w$])" + _NODE.format(g="dst5") + r"\s+costs?\s+\$?(?P<cost5>" + _NUM + r")"
    r"|(?:\bthe\s+)?(?P<aname>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\s*\(\s*(?P<acap>"
    + _NUM
    + r")\s*[A-Za-z][^)]*\)",
    re.IGNORECASE,
)
_SEGMENT = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")
_ARCS_SAID = re.compile(r"\b(?:from|starting at|starts? at)\b", re.IGNORECASE)
_NOT_FAMILY = frozenset(
    [
        "to",
        "from",
        "and",
        "or",
        "the",
        "of",
        "between",
        "with",
        "via",
        "at",
        "in",
        "into",
        "onto",
        "for",
        "than",
        "by",
        "no",
        "reach",
        "get",
        "go",
        "travel",
        "city's",
    ]
)


def _key(family: str | None, num: str, default: str = "") -> str:
    """The place 'family_number' ('center_1'); a bare number takes the family of its line."""
    fam = (family or "").lower()
    if fam in _NOT_FAMILY or not fam:
        fam = default
    if len(fam) > 3 and fam.endswith("s") and not fam.endswith("ss"):
        fam = fam[:-1]
    return f"{fam}_{num}" if fam else num


def _family(key: str) -> str:
    return key.rsplit("_", 1)[0] if "_" in key else ""


@dataclass(frozen=True)
class Arc:
    tail: str
    head: str
    value: float
    kind: str  # capacity | cost
    start: int  # span of the line (clean text)
    end: int


@dataclass
class Amount:
    node: str
    has: float | None = None
    needs: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Network:
    kind: str  # maxflow | transfer | supply | tour
    arcs: list[Arc]
    source: str | None = None
    sink: str | None = None
    amounts: dict[str, Amount] = field(default_factory=dict)
    goal: tuple[int, int] = (0, 0)  # span of the sentence stating the goal
    rule: tuple[int, int] = (0, 0)  # tour: span of 'visit each city exactly once and return'
    # supply: per place lists ('Demand of Each Retail Store', 'Opening Costs ...'): value and span
    demand: dict[str, tuple[float, tuple[int, int]]] = field(default_factory=dict)
    capacity: dict[str, tuple[float, tuple[int, int]]] = field(default_factory=dict)
    fixed: dict[str, tuple[float, tuple[int, int]]] = field(default_factory=dict)


def _val(s: str) -> float:
    return float(s.replace(",", ""))


def find_arcs(text: str) -> list[Arc]:
    """Arcs given line by line: 'From X: ... Y (15 TB)', 'from X to Y costs 5, to Z costs 7',
    'From Center 1: $3 to Store 1, $5 to Store 2'."""
    out: list[Arc] = []
    seen: set[tuple[str, str, str]] = set()
    aliases: dict[str, str] = {}
    for seg in _SEGMENT.finditer(text):
        src: str | None = None
        if not _DIGIT.search(seg.group(0)):
            continue
        for m in _SCAN.finditer(seg.group(0)):
            if m.group("src4") is not None:
                tail = _key(m.group("src4f"), m.group("src4"))
                head = _key(m.group("dst4f"), m.group("dst4"), _family(tail))
                if head != tail and (tail, head, "cost") not in seen:
                    seen.add((tail, head, "cost"))
                    out.append(
                        Arc(tail, head, _val(m.group("cost4")), "cost", seg.start(), seg.end())
                    )
                src = tail
                continue
            if m.group("src") is not None:
                src = _key(m.group("srcf"), m.group("src"))
                continue
            if m.group("anum") is not None:
                src = _key(m.group("anumf"), m.group("anum"))
                aliases[m.group("alias").lower()] = src
                continue
            if src is None:
                continue
            fam = _family(src)
            if m.group("aname") is not None:
                alias = aliases.get(m.group("aname").lower())
                if alias is None:
                    continue
                head, val, kind = alias, _val(m.group("acap")), "capacity"
            elif m.group("dst5") is not None:
                head = _key(m.group("dst5f"), m.group("dst5"), fam)
                val, kind = _val(m.group("cost5")), "cost"
            elif m.group("dst3") is not None:
                head = _key(m.group("dst3f"), m.group("dst3"), fam)
                val, kind = _val(m.group("cost3")), "cost"
            elif m.group("dst") is not None:
                head, val, kind = (
                    _key(m.group("dstf"), m.group("dst"), fam),
                    _val(m.group("cap")),
                    "capacity",
                )
            else:
                head = _key(m.group("dst2f"), m.group("dst2"), fam)
                val, kind = _val(m.group("cost")), "cost"
            if head == src or (src, head, kind) in seen:
                continue
            seen.add((src, head, kind))
            out.append(Arc(src, head, val, kind, seg.start(), seg.end()))
    return out


_LIST_LINE = re.compile(
    r"^[ \t]*[-*\u2022]?[ \t]*" + _NODE.format(g="n") + r"\s*:\s*\$?(?P<v>" + _NUM + r")\b[ \t]*"
    r"(?:[A-Za-z]+[ \t]*)?\.?[ \t]*$",
    re.MULTILINE,
)
_LIST_KIND = [
    ("fixed", re.compile(r"\b(?:open(?:ing)?|fixed|set-?up|build(?:ing)?|establish)", re.I)),
    ("capacity", re.compile(r"\b(?:capacit|supply|supplies|max(?:imum)?|produc)", re.I)),
    ("demand", re.compile(r"\b(?:demand|need|require|order)", re.I)),
]


def find_lists(text: str) -> dict[str, dict[str, tuple[float, tuple[int, int]]]]:
    """Per-place values listed under a header line: 'Demand of Each Retail Store (in units):'
    then '- Store 1: 961' ... ('fixed', 'capacity' or 'demand', from the header's words)."""
    out: dict[str, dict[str, tuple[float, tuple[int, int]]]] = {}
    for group in consecutive(list(_LIST_LINE.finditer(text)), text):
        head_end = group[0].start()
        prev = text[:head_end].rstrip().rsplit("\n", 1)[-1]
        kind = next((name for name, pat in _LIST_KIND if pat.search(prev)), None)
        if kind is None or len(group) < 2 or kind in out:
            continue
        out[kind] = {
            _key(m.group("nf"), m.group("n")): (_val(m.group("v")), (m.start(), m.end()))
            for m in group
        }
    return out


_HAS = re.compile(
    r"\b(?:has|have|holds?|currently|there are|there is|starts? with|stock of|supply of|"
    r"available|present|possess(?:es)?)\b",
    re.IGNORECASE,
)
_NEEDS = re.compile(
    r"\b(?:needs?|needed|requires?|required|requirement|demands?|increase to|must have)\b",
    re.IGNORECASE,
)
_NEEDED_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}(?:are\s+|is\s+)?(?:needed|required|in demand)\b", re.IGNORECASE
)


def find_amounts(text: str) -> dict[str, Amount]:
    """What each place has and needs, from lines or sentences naming one place ('Warehouse 1
    currently has 497 units but needs 161 units', 'At location 2, there are currently 330 cars
    present, but 200 cars are needed', 'City 1 needs 128 units')."""
    out: dict[str, Amount] = {}
    for seg in re.finditer(r"[^\n.]+(?:\.(?!\s)[^\n.]*)*", text):
        s = seg.group(0)
        m = re.match(
            r"\s*[-*\u2022]?\s*(?:[A-Za-z]+,\s*)?(?:at\s+|in\s+)?(?:the\s+)?(?:[A-Za-z]+[ _])?"
            r"([A-Za-z]+)[ _](\d{1,3})\b",
            s,
            re.IGNORECASE,
        )
        if m is None:
            continue
        node = _key(m.group(1), m.group(2))
        rest = s[m.end() :]
        nums = list(re.finditer(r"(?<![\w.])" + _NUM + r"(?![\w.]*\d)", rest))
        if not nums or len(nums) > 2:
            continue
        a = out.setdefault(node, Amount(node))
        for k, n in enumerate(nums):
            before = rest[nums[k - 1].end() if k else 0 : n.start()]
            after = rest[n.end() : nums[k + 1].start() if k + 1 < len(nums) else len(rest)]
            after = re.split(r"[,;]|\bbut\b|\band\b", after, maxsplit=1)[0]
            v = _val(n.group(0))
            if _NEEDED_AFTER.match(after) or (_NEEDS.search(before) and not _HAS.search(after)):
                if a.needs is None:
                    a.needs = v
            elif _HAS.search(before) or _HAS.search(after):
                if a.has is None:
                    a.has = v
            else:
                continue
            a.spans.append((seg.start(), seg.end()))
    return {k: v for k, v in out.items() if v.spans}


_MAX_GOAL = re.compile(r"\bmaxim(?:um|ize|ise|al|izing|ising)\b", re.IGNORECASE)
_MIN_GOAL = re.compile(
    r"\b(?:minim(?:um|ize|ise|al|izing|ising)|lowest|least|cheapest|most economical)\b",
    re.IGNORECASE,
)
_ENDS = re.compile(
    r"(?:(?P<f>[A-Za-z]+)[ _])?(?P<n>\d{1,3})\b\s*\(\s*(?:the\s+|a\s+)?(?P<role>source|destination|sink|target|"
    r"terminal|final[\w ]*|end)\b",
    re.IGNORECASE,
)
_ENDS_WORDS = re.compile(
    r"(?:the\s+)?(?P<role>source|destination|sink|target)\s+(?:at\s+|is\s+|,\s*)?(?:(?P<f>[A-Za-z]+)[ _])?"
    r"(?P<n>\d{1,3})\b",
    re.IGNORECASE,
)


_FROM_TO = re.compile(
    r"\bfrom\b[^.]{0,60}?(?:([A-Za-z]+)[ _])?(\d{1,3})\b(?![\d.,]*\d)[^.]{0,60}?\bto\b[^.]{0,60}?"
    r"(?:([A-Za-z]+)[ _])?(\d{1,3})\b(?![\d.,]*\d)",
    re.IGNORECASE,
)


_TOUR = re.compile(
    r"\b(?:visit\w*|stop\w* at|pass\w* through|deliver\w*)\b[^.]{0,80}\bexactly once\b[^.]{0,120}"
    r"\breturn(?:s|ing)?\b",
    re.IGNORECASE,
)


def network_model(text: str) -> Network | None:
    """The network model the text describes, or None (too few arcs, no goal, no source/needs)."""
    if len(_ARCS_SAID.findall(text)) < 2:
        return None  # arcs are told 'from' a place, line after line
    arcs = find_arcs(text)
    caps = [a for a in arcs if a.kind == "capacity"]
    costs = [a for a in arcs if a.kind == "cost"]
    sentences = list(re.finditer(r"[^.!?\n]+[.!?]?", text))
    if len(caps) >= 3 and len(caps) >= len(costs):
        src = sink = None
        for m in list(_ENDS.finditer(text)) + list(_ENDS_WORDS.finditer(text)):
            role = m.group("role").lower()
            if role == "source":
                src = src or _key(m.group("f"), m.group("n"))
            else:
                sink = sink or _key(m.group("f"), m.group("n"))
        goals = [s for s in sentences if _MAX_GOAL.search(s.group(0))]
        goal = goals[0] if goals else None
        for g in goals:
            if src is not None and sink is not None:
                break
            ft = _FROM_TO.search(g.group(0))
            if ft is not None:
                src = src or _key(ft.group(1), ft.group(2))
                sink = sink or _key(ft.group(3), ft.group(4), _family(src))
        if src is None or sink is None or src == sink or goal is None:
            return None
        nodes = {a.tail for a in caps} | {a.head for a in caps}
        if src not in nodes or sink not in nodes:
            return None
        return Network("maxflow", caps, src, sink, goal=(goal.start(), goal.end()))
    tour = _TOUR.search(text)
    if len(costs) >= 3 and tour is not None:
        nodes = {a.tail for a in costs} | {a.head for a in costs}
        outs = {a.tail for a in costs}
        ins = {a.head for a in costs}
        goal = next((s for s in sentences if _MIN_GOAL.search(s.group(0))), None)
        if len(nodes) >= 3 and outs == nodes == ins and goal is not None:
            return Network(
                "tour", costs, goal=(goal.start(), goal.end()), rule=(tour.start(), tour.end())
            )
    lists = find_lists(text) if len(costs) >= 3 else {}
    demand = lists.get("demand", {})
    if len(costs) >= 3 and len(demand) >= 2:
        heads = {a.head for a in costs}
        tails = {a.tail for a in costs}
        goal = next((s for s in sentences if _MIN_GOAL.search(s.group(0))), None)
        cap = {k: v for k, v in lists.get("capacity", {}).items() if k in tails}
        fixed = {k: v for k, v in lists.get("fixed", {}).items() if k in tails}
        if goal is not None and set(demand) <= heads:
            return Network(
                "supply",
                costs,
                goal=(goal.start(), goal.end()),
                demand=demand,
                capacity=cap,
                fixed=fixed,
            )
    if len(costs) >= 3:
        amounts = find_amounts(text)
        nodes = {a.tail for a in costs} | {a.head for a in costs}
        placed = {k: a for k, a in amounts.items() if k in nodes and a.needs is not None}
        goal = next((s for s in sentences if _MIN_GOAL.search(s.group(0))), None)
        if len(placed) < 2 or goal is None or not all(a.has is not None for a in placed.values()):
            return None
        return Network("transfer", costs, amounts=placed, goal=(goal.start(), goal.end()))
    return None


_CUE_LE = re.compile(
    r"\b(?:at most|up to|no more than|maximum of|max(?:imum)?|can (?:produce|supply|ship|make|provide)"
    r"|capacity of|supply of|supplies|has|have|available)\b",
    re.IGNORECASE,
)
_CUE_GE = re.compile(
    r"\b(?:at least|no less than|minimum of|must (?:receive|get|have)|requires?|needs?|demands?"
    r"|orders?)\b",
    re.IGNORECASE,
)


def _table_key(label: str) -> tuple[str, list[str]]:
    """'Plant A (Atlanta)' -> ('plant_a', ['plant a', 'atlanta'])."""
    main = re.sub(r"\([^)]*\)", " ", label).strip()
    inner = [p.strip() for p in re.findall(r"\(([^)]*)\)", label) if p.strip()]
    key = re.sub(r"[^0-9a-z]+", "_", main.lower()).strip("_")
    return key, [main.lower(), *(p.lower() for p in inner)]


def network_from_table(table: Table, text: str) -> Network | None:
    """A 'From / To' table of unit costs (rows ship to columns) with what each row can supply and
    each column needs said in the text ('Plant A ... can produce at most 800', 'Center I must
    receive at least 900'): a supply model."""
    if not table.header or not _FROM_TO_HEAD.search(table.header[0]) or len(table.rows) < 2:
        return None
    cols = [_table_key(h) for h in table.header[1:]]
    rows = [_table_key(r.label) for r in table.rows]
    arcs: list[Arc] = []
    for (rk, _names), r in zip(rows, table.rows, strict=True):
        for (ck, _cn), c in zip(cols, r.cells, strict=False):
            if c.value is None:
                return None
            arcs.append(Arc(rk, ck, c.value, "cost", r.start, r.end))
    demand: dict[str, tuple[float, tuple[int, int]]] = {}
    capacity: dict[str, tuple[float, tuple[int, int]]] = {}
    outside = text[: table.start] + " " * (table.end - table.start) + text[table.end :]
    every = [(k, n) for k, names in rows + cols for n in names]
    for targets, cue, into in ((rows, _CUE_LE, capacity), (cols, _CUE_GE, demand)):
        for key, names in targets:
            others = [n for k, n in every if k != key]
            for sent in re.finditer(r"[^.!?;\n]+", outside):
                low = sent.group(0).lower()
                hit = None
                for n in names:
                    m = re.search(r"\b" + re.escape(n) + r"\b", low)
                    if m is not None and (hit is None or m.start() < hit.start()):
                        hit = m
                if hit is None:
                    continue
                stop = len(low)
                for o in others:
                    mo = re.search(r"\b" + re.escape(o) + r"\b", low[hit.end() :])
                    if mo is not None:
                        stop = min(stop, hit.end() + mo.start())
                window = low[hit.end() : stop]
                num = re.search(r"(?<![\w.])" + _NUM + r"(?![\w.]*\d)", window)
                if num is None or not cue.search(window[: num.start()]):
                    continue
                a = sent.start() + hit.start()
                into[key] = (_val(num.group(0)), (a, sent.start() + hit.end() + num.end()))
                break
    sentences = list(re.finditer(r"[^.!?\n]+[.!?]?", outside))
    goal = next((s for s in sentences if _MIN_GOAL.search(s.group(0))), None)
    if goal is None or len(demand) != len(cols) or len(capacity) != len(rows):
        return None
    return Network(
        "supply", arcs, goal=(goal.start(), goal.end()), demand=demand, capacity=capacity
    )


_FROM_TO_HEAD = re.compile(r"\bfrom\b.*\bto\b|/\s*to\b", re.IGNORECASE)
