"""Cyclic staffing: people who work a run of consecutive periods, a need per period.

"Employees work five consecutive days and then have two days off" with a table (or list) of
how many are needed each day is the classic cyclic covering model: one decision per starting
period (how many start then), every period covered by those whose run includes it, the total
number of people minimized. :func:`staffing_model` reads the run length and the needs per
period ("| Monday | 15 |" table rows, or "d1 = 2, d2 = 4, ..."), each need with its span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import parse_number_words
from .tables import find_tables

__all__ = ["Staffing", "staffing_model"]


@dataclass
class Staffing:
    run: int  # consecutive periods each person works
    labels: list[str]  # the periods, in cyclic order
    needs: list[tuple[float, tuple[int, int]]]  # need per period and its span
    rule: tuple[int, int]  # span of 'work five consecutive days'
    goal: tuple[int, int]


_RUN = re.compile(
    r"\b(?:works?|working|work for|serve|serves|on duty for)\s+(?:for\s+)?(?P<k>\d+|[a-z]+)\s+"
    r"(?:consecutive|successive|straight)\s+(?P<unit>days|shifts|periods|weeks|months|hours)"
    r"|\b(?:works?|working)\s+(?P<k2>\d+|[a-z]+)\s+(?P<unit2>days|shifts|periods)\s+in\s+a\s+row",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"\b(?:minimi[sz]e|minimum|fewest|smallest|least)\b[^.]{0,80}\b(?:number|employees|workers|"
    r"nurses|staff|people|personnel|operators|drivers|officers)\b",
    re.IGNORECASE,
)
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_INLINE = re.compile(r"\b([a-z])_?(\d{1,2})\s*=\s*(\d+(?:\.\d+)?)")


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    v = parse_number_words(word)
    return int(v) if v is not None and float(v).is_integer() else None


def staffing_model(text: str) -> Staffing | None:
    run = _RUN.search(text)
    goal = _GOAL.search(text)
    if run is None or goal is None:
        return None
    k = _count(run.group("k") or run.group("k2") or "")
    if k is None or k < 2:
        return None
    labels: list[str] = []
    needs: list[tuple[float, tuple[int, int]]] = []
    for t in find_tables(text):
        vals = [r.cells[0].value for r in t.rows if r.cells]
        if len(t.header) == 2 and len(t.rows) > k and all(v is not None for v in vals):
            labels = [r.label for r in t.rows]
            needs = [(float(r.cells[0].value or 0.0), (r.start, r.end)) for r in t.rows]
            break
    if not needs:
        inline = [m for m in _INLINE.finditer(text)]
        letters = {m.group(1) for m in inline}
        nums = [int(m.group(2)) for m in inline]
        if len(letters) == 1 and nums == list(range(1, len(nums) + 1)) and len(nums) > k:
            labels = [m.group(1) + m.group(2) for m in inline]
            needs = [(float(m.group(3)), (m.start(), m.end())) for m in inline]
    if not needs:
        return None
    low = [lab.lower() for lab in labels]
    if any(d in " ".join(low) for d in _DAYS) and len(labels) != 7:
        return None
    return Staffing(k, labels, needs, (run.start(), run.end()), (goal.start(), goal.end()))
