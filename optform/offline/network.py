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

__all__ = ["Arc", "Network", "find_amounts", "find_arcs", "network_model"]

_NUM = r"\d[\d,]*(?:\.\d+)?"
_NODE = r"(?:[A-Za-z]+(?:[ _][A-Za-z]+)?[ _])?(?P<{g}>\d{{1,3}})(?![\d.,]*\d)\b"
_SCAN = re.compile(
    r"\bfrom(?:\s*/\s*to)?\s+(?:the\s+)?(?:"
    + _NODE.format(g="src")
    + r"|(?P<alias>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\s*\(\s*(?:[A-Za-z]+[ _])?(?P<anum>\d{1,3})\s*\))"
    r"|(?<![\w$])" + _NODE.format(g="dst") + r"\s*\(\s*(?P<cap>" + _NUM + r")\s*[A-Za-z][^)]*\)"
    r"|\bto\s+(?:the\s+)?"
    + _NODE.format(g="dst2")
    + r",?\s+(?:(?:the|a|its)\s+(?:unit\s+)?(?:cost|price|charge)\s+)?(?:costs?|is|are|at|for|of)\s+\$?(?P<cost>"
    + _NUM
    + r")"
    r"|(?:\bthe\s+)?(?P<aname>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\s*\(\s*(?P<acap>"
    + _NUM
    + r")\s*[A-Za-z][^)]*\)",
    re.IGNORECASE,
)
_SEGMENT = re.compile(r"[^\n]+")


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
    kind: str  # maxflow | transfer
    arcs: list[Arc]
    source: str | None = None
    sink: str | None = None
    amounts: dict[str, Amount] = field(default_factory=dict)
    goal: tuple[int, int] = (0, 0)  # span of the sentence stating the goal


def _val(s: str) -> float:
    return float(s.replace(",", ""))


def find_arcs(text: str) -> list[Arc]:
    """Arcs given line by line: 'From X: ... Y (15 TB)', 'from X to Y costs 5, to Z costs 7'."""
    out: list[Arc] = []
    seen: set[tuple[str, str, str]] = set()
    aliases: dict[str, str] = {}
    for seg in _SEGMENT.finditer(text):
        src: str | None = None
        for m in _SCAN.finditer(seg.group(0)):
            if m.group("src") is not None:
                src = m.group("src")
                continue
            if m.group("anum") is not None:
                src = m.group("anum")
                aliases[m.group("alias").lower()] = src
                continue
            if src is None:
                continue
            if m.group("aname") is not None:
                head = aliases.get(m.group("aname").lower())
                if head is None:
                    continue
                val, kind = _val(m.group("acap")), "capacity"
            elif m.group("dst") is not None:
                head, val, kind = m.group("dst"), _val(m.group("cap")), "capacity"
            else:
                head, val, kind = m.group("dst2"), _val(m.group("cost")), "cost"
            if head == src or (src, head, kind) in seen:
                continue
            seen.add((src, head, kind))
            out.append(Arc(src, head, val, kind, seg.start(), seg.end()))
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
            r"\s*[-*\u2022]?\s*(?:[A-Za-z]+,\s*)?(?:at\s+|in\s+)?(?:the\s+)?[A-Za-z]+(?:[ _][A-Za-z]+)?[ _]"
            r"(\d{1,3})\b",
            s,
            re.IGNORECASE,
        )
        if m is None:
            continue
        node = m.group(1)
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
    r"(?:[A-Za-z]+[ _])?(?P<n>\d{1,3})\b\s*\(\s*(?:the\s+|a\s+)?(?P<role>source|destination|sink|target|"
    r"terminal|final[\w ]*|end)\b",
    re.IGNORECASE,
)
_ENDS_WORDS = re.compile(
    r"(?:the\s+)?(?P<role>source|destination|sink|target)\s+(?:at\s+|is\s+|,\s*)?(?:[A-Za-z]+[ _])?"
    r"(?P<n>\d{1,3})\b",
    re.IGNORECASE,
)


_FROM_TO = re.compile(
    r"\bfrom\b[^.]{0,60}?(?:[A-Za-z]+[ _])?(\d{1,3})\b(?![\d.,]*\d)[^.]{0,60}?\bto\b[^.]{0,60}?"
    r"(?:[A-Za-z]+[ _])?(\d{1,3})\b(?![\d.,]*\d)",
    re.IGNORECASE,
)


def network_model(text: str) -> Network | None:
    """The network model the text describes, or None (too few arcs, no goal, no source/needs)."""
    arcs = find_arcs(text)
    caps = [a for a in arcs if a.kind == "capacity"]
    costs = [a for a in arcs if a.kind == "cost"]
    sentences = list(re.finditer(r"[^.!?\n]+[.!?]?", text))
    if len(caps) >= 3 and len(caps) >= len(costs):
        src = sink = None
        for m in list(_ENDS.finditer(text)) + list(_ENDS_WORDS.finditer(text)):
            role = m.group("role").lower()
            if role == "source":
                src = src or m.group("n")
            else:
                sink = sink or m.group("n")
        goals = [s for s in sentences if _MAX_GOAL.search(s.group(0))]
        goal = goals[0] if goals else None
        for g in goals:
            if src is not None and sink is not None:
                break
            ft = _FROM_TO.search(g.group(0))
            if ft is not None:
                src, sink = src or ft.group(1), sink or ft.group(2)
        if src is None or sink is None or src == sink or goal is None:
            return None
        nodes = {a.tail for a in caps} | {a.head for a in caps}
        if src not in nodes or sink not in nodes:
            return None
        return Network("maxflow", caps, src, sink, goal=(goal.start(), goal.end()))
    if len(costs) >= 3:
        amounts = find_amounts(text)
        nodes = {a.tail for a in costs} | {a.head for a in costs}
        placed = {k: a for k, a in amounts.items() if k in nodes and a.needs is not None}
        goal = next((s for s in sentences if _MIN_GOAL.search(s.group(0))), None)
        if len(placed) < 2 or goal is None or not all(a.has is not None for a in placed.values()):
            return None
        return Network("transfer", costs, amounts=placed, goal=(goal.start(), goal.end()))
    return None
