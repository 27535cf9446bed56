"""Tables in problem text: detection, parsing into typed item × attribute facts, and rendering.

Problems written by other people often put their data in a table::

    | Auto Type | Steel Required (tons) | Labor Required (hours) | Profit ($) |
    |-----------|-----------------------|------------------------|------------|
    | Compact   | 1.5                   | 30                     | 2,000      |

or in a list of rows ``- Steak: 14 grams of protein, 23 grams of carbohydrates ... for $4``.
:func:`find_tables` finds them (markdown pipe tables, bracket rows ``Wheat: [$90, $50, $42]``
after a header list, and bullet row lists that give the same attributes for every item) and
parses them into a :class:`Table` of :class:`Cell` values (numbers, money and units read by
:mod:`.numbers`). :func:`item_facts` decides the orientation (items as rows or as columns;
indexed ``from / to`` tables are recognised and left alone) and returns :class:`ItemFacts`:
the decision items, the per-unit coefficients with their attribute names, and the limits
given in an ``Available`` / ``Minimum`` row or column. :func:`render_facts` writes those
facts as plain sentences the sentence machinery reads ("Each Compact requires 1.5 tons of
steel."), one per fact, each tied to the span of the table row it comes from, so that
constraints built from them quote the table's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbers import find_numbers

__all__ = [
    "Attribute",
    "Cell",
    "ItemFacts",
    "Limit",
    "Piece",
    "Row",
    "Table",
    "find_tables",
    "item_facts",
    "render_facts",
]


@dataclass(frozen=True)
class Cell:
    """One cell: its text and span in the searched text; the number in it, if any."""

    text: str
    start: int
    end: int
    value: float | None = None
    kind: str | None = None  # num | money | percent | fraction (numbers.find_numbers)
    unit: str | None = None  # words after the number inside the cell ('6 pounds' -> 'pounds')


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]  # the cells after the label
    start: int  # span of the row's line
    end: int


@dataclass(frozen=True)
class Table:
    """A table as written: header cells (the first names the label column), rows, its span."""

    kind: str  # pipe | bracket | rowlist | aligned
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    start: int
    end: int
    caption: str = ""


@dataclass
class Attribute:
    """A per-unit attribute of the items (a column of an items-as-rows table)."""

    name: str  # words naming what is measured ('steel', 'assembly time', 'profit')
    unit: str | None  # 'tons', 'hours' (None for money and bare counts)
    money: bool
    values: list[float | None]  # one per item
    spans: list[tuple[int, int]]  # the row (or column cell) each value comes from
    bare: bool = False  # the name is the unit too ('63 calories')
    fixed: bool = False  # a cost paid once if the item is made at all ('Setup Cost (if produced)')


@dataclass
class Limit:
    """A bound on the total of an attribute, read from an Available/Minimum row or column."""

    attribute: str
    op: str  # <= | >=
    value: float
    unit: str | None
    money: bool
    span: tuple[int, int]


@dataclass
class ItemFacts:
    table: Table
    items: list[str]
    item_spans: list[tuple[int, int]]
    attributes: list[Attribute] = field(default_factory=list)
    limits: list[Limit] = field(default_factory=list)


@dataclass(frozen=True)
class Piece:
    """A rendered sentence and the span (in the searched text) it stands for."""

    text: str
    start: int
    end: int
    item: int | None = None  # the item the sentence is about (None: a limit)


# ------------------------------------------------------------------ detection

_SEP_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_BLANK = re.compile(r"\s*")
_PIPE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_CAPTION = re.compile(r"(?:^|\n)[ \t]*(Table\b[^\n]{0,400}?):?[ \t]*\n[ \t]*\|", re.IGNORECASE)


def _cell(text: str, start: int) -> Cell:
    stripped = text.strip()
    a = start + (len(text) - len(text.lstrip()))
    b = a + len(stripped)
    nums = [n for n in find_numbers(stripped) if n.kind != "times"]
    if len(nums) != 1:
        return Cell(stripped, a, b)
    n = nums[0]
    before = stripped[: n.start].strip()
    after = stripped[n.end :].strip()
    if before and not re.fullmatch(r"[$€£]|[A-Z]{1,3}\$?|about|approx\.?|~", before):
        return Cell(stripped, a, b)  # 'Vitamin A: 0.5mg', 'Ads 1-6': not a plain value
    unit = after if after and re.fullmatch(r"[A-Za-z][A-Za-z./ -]{0,30}", after) else None
    if after and unit is None:
        return Cell(stripped, a, b)
    kind = "money" if (before and (before[0] in "$€£" or before.isupper())) else n.kind
    return Cell(stripped, a, b, n.value, kind, unit)


def _split_pipe(line: str, start: int) -> list[Cell]:
    body = line.rstrip()
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    if body.startswith("|"):
        body, lead = body[1:], lead + 1
    if body.endswith("|"):
        body = body[:-1]
    cells: list[Cell] = []
    pos = start + lead
    for part in body.split("|"):
        cells.append(_cell(part, pos))
        pos += len(part) + 1
    return cells


def consecutive(
    ms: list[re.Match[str]], text: str, gap: re.Pattern[str] = _BLANK
) -> list[list[re.Match[str]]]:
    """Runs of matches with only ``gap`` (default: whitespace) between one and the next."""
    runs: list[list[re.Match[str]]] = []
    for m in ms:
        if runs and gap.fullmatch(text[runs[-1][-1].end() : m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _pipe_tables(text: str) -> list[Table]:
    out: list[Table] = []
    for block in consecutive(list(_PIPE_LINE.finditer(text)), text):
        rows = [(m, _split_pipe(m.group(0), m.start())) for m in block]
        rows = [
            (m, cs) for m, cs in rows if not all(_SEP_CELL.match(c.text) or not c.text for c in cs)
        ]
        if len(rows) < 2:
            continue
        header = tuple(c.text for c in rows[0][1])
        width = len(header)
        body: list[Row] = []
        for m, cs in rows[1:]:
            if len(cs) != width:
                cs = (cs + [Cell("", m.end(), m.end())] * width)[:width]
            body.append(Row(cs[0].text, tuple(cs[1:]), m.start(), m.end()))
        cap, start = "", block[0].start()
        for c in _CAPTION.finditer(text[: block[0].start() + 1]):
            if c.end() >= block[0].start() - 1:
                cap, start = c.group(1), c.start(1)  # the caption goes with the table
        out.append(Table("pipe", header, tuple(body), start, block[-1].end(), cap))
    return out


_LIST_GAP = re.compile(r"[\s,;]*(?:and\s+)?")
_BRACKET_ROW = re.compile(r"([A-Z][\w' -]{0,40}?)\s*:\s*\[([^\]\n]{1,200})\]")


def _bracket_tables(text: str) -> list[Table]:
    """'Input Cost per Acre, Labor Cost per Acre, Profit per Acre. Wheat: [$90, $50, $42], Rye: [...]'."""
    out: list[Table] = []
    for group in consecutive(list(_BRACKET_ROW.finditer(text)), text, _LIST_GAP):
        if len(group) < 2:
            continue
        rows: list[Row] = []
        for m in group:
            cells: list[Cell] = []
            pos = m.start(2)
            for part in m.group(2).split(","):
                cells.append(_cell(part, pos))
                pos += len(part) + 1
            rows.append(Row(m.group(1).strip(), tuple(cells), m.start(), m.end()))
        width = len(rows[0].cells)
        if any(len(r.cells) != width for r in rows) or any(
            c.value is None for r in rows for c in r.cells
        ):
            continue
        # the header: the list of `width` names written just before the rows
        before = text[max(0, group[0].start() - 300) : group[0].start()]
        sent = re.split(r"(?<=[.!?:])\s+(?=[A-Z])", before.rstrip())
        names: list[str] = []
        for s in reversed(sent[-2:]):
            parts = [p.strip(" .:") for p in s.split(",")]
            if len(parts) == width and all(0 < len(p.split()) <= 6 for p in parts):
                names = parts
                break
            if len(parts) == width + 1 and all(0 < len(p.split()) <= 6 for p in parts[1:]):
                names = parts[1:]
                break
        if not names:
            continue
        out.append(Table("bracket", ("", *names), tuple(rows), group[0].start(), group[-1].end()))
    return out


_ROW_LINE = re.compile(
    r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]*(?P<label>[A-Z][\w'&-]*(?:[ ][A-Za-z0-9][\w'&-]*){0,4})"
    r"[ \t]*(?:\((?P<paren>[^)\n]{0,60})\))?[ \t]*:[ \t]*(?P<body>\S.*)$",
    re.MULTILINE,
)
_ONE_OF = re.compile(
    r"\b(?:a single|one single|just one|only one|a|one)\s+(?=(?:gram|milligram|ounce|unit|calorie|"
    r"pound|kilogram|litre|liter|cup|serving)s?\s+of\b)",
    re.IGNORECASE,
)
_ONE_DOLLAR = re.compile(
    r"\b(?:a single|one single|just one|only one|a|one)\s+dollar\b", re.IGNORECASE
)
_ATTR_AFTER = re.compile(
    r"^\s*(?P<unit>[A-Za-z]+)?(?:\s+of\s+(?:the\s+)?(?P<attr>[A-Za-z]+(?:[ -][A-Za-z]+)?))?"
)
_NAME_BEFORE = re.compile(r"(?:^|[,;(]|\band\b)\s*(?P<name>[A-Za-z][A-Za-z -]{0,25}?)\s*[:=]\s*$")
_ROW_STOP = frozenset(
    [
        "and",
        "for",
        "at",
        "with",
        "per",
        "each",
        "a",
        "an",
        "the",
        "in",
        "to",
        "but",
        "which",
        "that",
    ]
)
_PRICE_BEFORE = re.compile(r"\b(sells?|selling|revenue|profit|earns?)\b", re.IGNORECASE)


def _row_attrs(line: str, start: int) -> dict[str, Cell]:
    """The attribute → value cells of one bullet row: '14 grams of protein' → protein (grams),
    '63 calories' → calories, '$4' → cost (price/profit when said so)."""
    text = _ONE_OF.sub(lambda m: "1" + " " * (len(m.group(0)) - 1), line)
    text = _ONE_DOLLAR.sub(lambda m: "$1" + " " * (len(m.group(0)) - 2), text)
    # 'Provides_12 grams': the clean text glues a capitalised word seen with two numbers to its
    # number (sentences._glue_numbered_names); in a row's body that is a quantity again
    text = re.sub(r"(?<=[A-Za-z])_(?=\d)", " ", text)
    out: dict[str, Cell] = {}
    for n in find_numbers(text):
        if n.kind == "times":
            continue
        if n.kind == "money":
            before = text[max(0, n.start - 30) : n.start]
            pm = _PRICE_BEFORE.search(before)
            name = "cost"
            if pm and pm.group(1).lower().startswith(("profit", "earn", "revenue")):
                name = "profit"
            elif pm and pm.group(1).lower().startswith("sel"):
                name = "price"
            out.setdefault(
                name, Cell(n.text, start + n.start, start + n.end, n.value, "money", None)
            )
            continue
        m = _ATTR_AFTER.match(text[n.end :])
        unit = m.group("unit") if m else None
        attr = m.group("attr") if m else None
        if attr:
            words = [w for w in attr.split() if w.lower() not in _ROW_STOP][:1]
            attr = words[0] if words else None
        if unit and unit.lower() in _ROW_STOP:
            unit = None
        named = _NAME_BEFORE.search(text[: n.start])
        if attr is None and named is not None:  # 'Protein: 14 g', 'fat = 3 grams'
            attr = named.group("name").split()[-1]
        if attr is None and unit is None:
            continue
        name = (attr or unit or "").lower()
        cell = Cell(n.text, start + n.start, start + n.end, n.value, n.kind, unit if attr else None)
        out.setdefault(name, cell)
    return out


def _same_attr(a: str, b: str) -> bool:
    a, b = a.rstrip("s"), b.rstrip("s")
    return a == b or (len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)))


def _rowlist_tables(text: str) -> list[Table]:
    """Bullet rows giving the same attributes for every item: '- Steak: 14 grams of protein, 23 grams
    of carbohydrates and 63 calories for $4.' (at least two rows, two shared numeric attributes)."""
    out: list[Table] = []
    for group in consecutive(list(_ROW_LINE.finditer(text)), text):
        if len(group) < 2 or any(m.group("label").lower().startswith("from ") for m in group):
            continue
        parsed: list[tuple[re.Match[str], dict[str, Cell]]] = []
        for m in group:
            seg_start = m.start("paren") if m.group("paren") is not None else m.start("body")
            parsed.append((m, _row_attrs(text[seg_start : m.end()], seg_start)))
        names: list[str] = []
        counts: dict[str, int] = {}
        for _m, attrs in parsed:
            for a in attrs:
                key = next((x for x in names if _same_attr(x, a)), None)
                if key is None:
                    names.append(a)
                    key = a
                counts[key] = counts.get(key, 0) + 1
        shared = [a for a in names if counts[a] * 3 >= 2 * len(parsed)]
        if len(shared) < 2:
            continue
        header = ["Item"]
        for a in shared:
            units: dict[str, int] = {}
            for _m, attrs in parsed:
                for x, c in attrs.items():
                    if _same_attr(x, a) and c.unit:
                        u = c.unit.lower()
                        u = u if u.endswith("s") else u + "s"
                        units[u] = units.get(u, 0) + 1
            header.append(f"{a} ({max(units, key=lambda u: units[u])})" if units else a)
        rows: list[Row] = []
        for m, attrs in parsed:
            cells: list[Cell] = []
            for a in shared:
                found = next((c for x, c in attrs.items() if _same_attr(x, a)), None)
                cells.append(found if found is not None else Cell("", m.end(), m.end()))
            rows.append(Row(m.group("label").strip(), tuple(cells), m.start(), m.end()))
        out.append(Table("rowlist", tuple(header), tuple(rows), group[0].start(), group[-1].end()))
    return out


_ALIGNED_SEP = re.compile(r"\t+| {2,}")


def _aligned_parts(line: str) -> list[tuple[int, str]]:
    """The pieces of a line between runs of spaces or tabs, with their offsets."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in _ALIGNED_SEP.finditer(line):
        if m.start() > pos:
            parts.append((pos, line[pos : m.start()]))
        pos = m.end()
    if line[pos:].strip():
        parts.append((pos, line[pos:]))
    return parts


def _aligned_cells(line: str, start: int) -> list[Cell]:
    return [_cell(part, start + pos) for pos, part in _aligned_parts(line)]


def _aligned_tables(text: str) -> list[Table]:
    """Columns aligned with runs of spaces or tabs: a header line of names, then rows of a label and
    numbers (at least two rows, the same number of columns on every line)."""
    out: list[Table] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        a, line = lines[k]
        parts = [] if "|" in line else _aligned_parts(line.rstrip())
        if len(parts) < 2:
            k += 1  # a pipe line or a single cell is no header: its cells need not be read
            continue
        head = [_cell(part, a + pos) for pos, part in parts]
        width = len(head)
        if any(c.value is not None for c in head[1:]):
            k += 1
            continue
        rows: list[Row] = []
        j = k + 1
        while j < len(lines):
            b, ln = lines[j]
            cells = _aligned_cells(ln.rstrip(), b)
            if (
                len(cells) != width
                or cells[0].value is not None
                or any(c.value is None for c in cells[1:])
            ):
                break
            rows.append(Row(cells[0].text, tuple(cells[1:]), b, b + len(ln.rstrip())))
            j += 1
        if len(rows) >= 2:
            header = tuple(c.text for c in head)
            out.append(Table("aligned", header, tuple(rows), a, rows[-1].end))
            k = j
        else:
            k += 1
    return out


def find_tables(text: str) -> list[Table]:
    """Every table in ``text``, left to right, spans not overlapping."""
    found = (
        _pipe_tables(text) + _bracket_tables(text) + _rowlist_tables(text) + _aligned_tables(text)
    )
    found.sort(key=lambda t: t.start)
    out: list[Table] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    return out


# ------------------------------------------------------------------ orientation and facts

_PAREN = re.compile(r"\(([^)]*)\)")
_LIMIT_LE = re.compile(
    r"\b(?:available|availability|capacity|capacities|max|maximum|limit|limits|supply|supplies|"
    r"stock|inventory|on hand|budget|at most|upper)\b",
    re.IGNORECASE,
)
_LIMIT_GE = re.compile(
    r"\b(?:min|minimum|minimal|required amount|requirements?|demand|demands|needed|need|needs|"
    r"at least|lower|target|daily intake|order)\b",
    re.IGNORECASE,
)
_LIMIT_ROW = re.compile(
    r"^(?:total\s+)?(?:available|availability|capacity|max(?:imum)?|limit|supply|budget|stock|"
    r"min(?:imum)?|required|requirements?|demand|needed|total available|resources? available)\b",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"\bfrom\b.*\bto\b|/\s*to\b|\bfrom\s*/|\bto\s*/", re.IGNORECASE)
_MONEY_WORDS = re.compile(
    r"\b(?:cost|costs|price|prices|profit|profits|revenue|npv|return|returns|contribution|"
    r"earnings|income|payoff|expense|expenses|outflow|fee|fees|salary|wage|wages)\b",
    re.IGNORECASE,
)
_ATTR_HINT = re.compile(
    r"\b(?:required|requirement|time|hours?|minutes?|cost|price|profit|revenue|weight|value|per|"
    r"content|size|space|amount|tons?|kg|pounds?|units?|labor|labour|material|npv|return|yield|"
    r"calories|protein|fat|volume|area|demand|capacity)\b|\(",
    re.IGNORECASE,
)
_RESOURCE_HEAD = re.compile(
    r"^(?:input|inputs|nutrient|nutrients|resource|resources|ingredient|ingredients|material|"
    r"materials|department|departments|requirement|requirements|component|components|vitamin|"
    r"vitamins|process|operation|operations|stage|machine|machines|constituent|element)s?\b",
    re.IGNORECASE,
)
_DROP_WORDS = frozenset(
    [
        "required",
        "requirement",
        "requirements",
        "needed",
        "used",
        "yielded",
        "produced",
        "per",
        "unit",
        "each",
        "item",
        "for",
        "of",
        "the",
        "a",
        "an",
        "in",
        "amount",
        "number",
    ]
)


_FIXED = re.compile(
    r"\b(?:set-?up|fixed|start-?up|opening)\s+(?:costs?|charges?|fees?)\b|\bif produced\b",
    re.IGNORECASE,
)


def _is_money(header: str, cells: list[Cell]) -> bool:
    paren = " ".join(_PAREN.findall(header))
    if re.search(r"[$€£]|\bdollars?\b|\b[A-Z]{2,3}\b", paren):
        return True
    vals = [c for c in cells if c.value is not None]
    return bool(vals) and all(c.kind == "money" for c in vals)


def _unit_of(header: str, cells: list[Cell]) -> str | None:
    units = {(c.unit or "").lower().rstrip("s") or None for c in cells if c.value is not None}
    if len(units) == 1 and None not in units:
        return next(c.unit for c in cells if c.value is not None and c.unit)
    for found in _PAREN.findall(header):
        p = str(found).strip()
        if re.search(r"[$€£]|\bdollars?\b", p) or not re.fullmatch(r"[A-Za-z][A-Za-z. -]{0,20}", p):
            continue
        return p
    return None


def _attr_name(header: str) -> str:
    h = _PAREN.sub(" ", header)
    h = re.sub(r"[/_]", " ", h)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", h)]
    kept = [w for w in words if w.lower() not in _DROP_WORDS]
    return " ".join(kept or words).strip().lower()


def _mentioned(label: str, outside: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", label)]
    low = outside.lower()
    return bool(words) and any(re.search(r"\b" + re.escape(w[:5]), low) for w in words)


def _item_label(head: str, label: str) -> str:
    label = re.sub(r"[,;:()]+", " ", label)
    label = re.sub(r"\s+", " ", label).strip()
    if re.fullmatch(r"\d{1,2}", label):
        stem_ = re.sub(r"\s*(?:type|name|no\.?|number|#)$", "", head.strip(), flags=re.IGNORECASE)
        word = (re.findall(r"[A-Za-z]+", stem_) or ["item"])[-1].capitalize()
        return f"{word}_{label}"
    return label


def item_facts(table: Table, outside: str = "") -> ItemFacts | None:
    """The item × attribute facts of ``table`` (None when it is not such a table: an indexed
    from/to table, a table with no numbers). ``outside`` is the rest of the problem text, used to
    tell whether the rows or the columns are the things decided."""
    if not table.rows or len(table.header) < 2:
        return None
    head0 = table.header[0]
    if _FROM_TO.search(head0):
        return None  # costs from i to j: indexed data, not items
    col_heads = list(table.header[1:])
    need = 2 / 3 if table.kind == "rowlist" else 1.0
    limit_rows = [r for r in table.rows if _LIMIT_ROW.match(r.label)]
    body = [
        r for r in table.rows if r not in limit_rows
    ]  # an 'Available' row may leave cells empty
    numeric = [
        j
        for j in range(len(col_heads))
        if sum(r.cells[j].value is not None for r in body if j < len(r.cells)) >= need * len(body)
    ]
    if not numeric or not body:
        return None
    limit_cols = [  # an 'Available' column may leave a cell empty (on a Profit row)
        j
        for j in range(len(col_heads))
        if (_LIMIT_LE.search(col_heads[j]) or _LIMIT_GE.search(col_heads[j]))
        and sum(r.cells[j].value is not None for r in body if j < len(r.cells)) * 2 >= len(body)
    ]
    row_attr = sum(bool(_ATTR_HINT.search(h)) for h in col_heads)
    rows_res = sum(
        bool(_RESOURCE_HEAD.match(r.label) or _ATTR_HINT.search(r.label)) for r in table.rows
    )
    # the other columns measure things ('Press Time (hours)', 'Profit ($)'): a limit column among
    # them bounds each row's item ('Max Demand'), the rows are the items
    other_attr = any(
        _ATTR_HINT.search(col_heads[j])
        for j in range(len(col_heads))
        if j not in limit_cols and not _LIMIT_LE.search(col_heads[j])
    )
    items_are_rows = True
    if table.kind == "rowlist":
        pass
    elif (
        _RESOURCE_HEAD.match(head0)
        or (limit_cols and not limit_rows and not other_attr)
        or (rows_res > len(table.rows) / 2 and row_attr < len(col_heads) / 2)
    ):
        items_are_rows = False
    elif outside and row_attr == 0:
        rows_named = sum(_mentioned(r.label, outside) for r in table.rows)
        cols_named = sum(_mentioned(h, outside) for h in col_heads)
        items_are_rows = rows_named >= cols_named
    if items_are_rows:
        return _facts_rows(table, numeric, limit_rows)
    return _facts_cols(table, numeric, limit_cols)


def _facts_rows(table: Table, numeric: list[int], limit_rows: list[Row]) -> ItemFacts | None:
    head0 = table.header[0]
    items = [r for r in table.rows if r not in limit_rows]
    labels = [_item_label(head0, r.label) for r in items]
    if len(items) < 2 or not all(labels) or len({x.lower() for x in labels}) != len(labels):
        return None  # unnamed or repeated rows are no items
    facts = ItemFacts(table, labels, [(r.start, r.end) for r in items])
    for j in numeric:
        h = table.header[j + 1]
        cells = [r.cells[j] for r in items]
        if _LIMIT_LE.search(h) or _LIMIT_GE.search(h):
            # a per-item bound column ('Max Demand'): one bound per item
            op = "<=" if _LIMIT_LE.search(h) else ">="
            facts.attributes.append(
                Attribute(
                    "@bound" + op,
                    _unit_of(h, cells),
                    _is_money(h, cells),
                    [c.value for c in cells],
                    [(r.start, r.end) for r in items],
                )
            )
            continue
        unit = _unit_of(h, cells)
        money = _is_money(h, cells)
        facts.attributes.append(
            Attribute(
                _attr_name(h),
                unit,
                money,
                [c.value for c in cells],
                [(r.start, r.end) for r in items],
                bare=unit is None,
                fixed=money and bool(_FIXED.search(h)),
            )
        )
        for r in limit_rows:
            c = r.cells[j]
            if c.value is None:
                continue
            op = ">=" if _LIMIT_GE.search(r.label) and not _LIMIT_LE.search(r.label) else "<="
            facts.limits.append(
                Limit(
                    _attr_name(h),
                    op,
                    c.value,
                    _unit_of(h, [c]) or facts.attributes[-1].unit,
                    facts.attributes[-1].money,
                    (r.start, r.end),
                )
            )
    return facts if facts.attributes else None


def _facts_cols(table: Table, numeric: list[int], limit_cols: list[int]) -> ItemFacts | None:
    head0 = table.header[0]
    item_cols = [j for j in numeric if j not in limit_cols]
    labels = [_item_label(head0, table.header[j + 1]) for j in item_cols]
    if len(item_cols) < 2 or not all(labels) or len({x.lower() for x in labels}) != len(labels):
        return None
    facts = ItemFacts(
        table,
        [_item_label(head0, table.header[j + 1]) for j in item_cols],
        [(table.start, table.rows[0].start) for _ in item_cols],  # the header line
    )
    for r in table.rows:
        cells = [r.cells[j] for j in item_cols]
        if any(c.value is None for c in cells):
            continue
        name = _attr_name(r.label)
        unit = _unit_of(r.label, cells)
        money = _is_money(r.label, cells) or bool(_MONEY_WORDS.search(r.label))
        facts.attributes.append(
            Attribute(name, unit, money, [c.value for c in cells], [(r.start, r.end)] * len(cells))
        )
        for j in limit_cols:
            c = r.cells[j]
            if c.value is None:
                continue
            h = table.header[j + 1]
            op = ">=" if _LIMIT_GE.search(h) and not _LIMIT_LE.search(h) else "<="
            facts.limits.append(Limit(name, op, c.value, c.unit or unit, money, (r.start, r.end)))
    return facts if facts.attributes else None


# ------------------------------------------------------------------ rendering

_PROFITISH = re.compile(
    r"\b(?:profit|profits|revenue|npv|net present value|return|returns|contribution|earnings|"
    r"income|payoff|value|selling price|sales price|sale price|margin)\b",
    re.IGNORECASE,
)


def _num(v: float) -> str:
    if float(v).is_integer():
        return str(int(v))
    return f"{v:.10g}"


def render_facts(facts: ItemFacts) -> list[Piece]:
    """One plain sentence per fact: 'Each Compact requires 1.5 tons of steel.', 'The profit per
    Compact is $2000.', 'At most 400 hours of assembly time are available.'"""
    out: list[Piece] = []
    for k, item in enumerate(facts.items):
        for a in facts.attributes:
            v = a.values[k]
            if v is None:
                continue
            s, e = a.spans[k]
            if a.fixed:
                continue  # paid once per item made: a fixed charge, not a per-unit figure
            if a.name.startswith("@bound"):
                op = a.name[len("@bound") :]
                word = "at most" if op == "<=" else "at least"
                unit = f" {a.unit}" if a.unit else ""
                out.append(Piece(f"We can make {word} {_num(v)}{unit} {item}.", s, e, k))
                continue
            if a.money or _PROFITISH.search(a.name):
                amount = f"${_num(v)}" if a.money else _num(v)
                out.append(Piece(f"The {a.name} per {item} is {amount}.", s, e, k))
            elif a.bare:
                out.append(Piece(f"Each {item} requires {_num(v)} {a.name}.", s, e, k))
            else:
                unit = a.unit or "units"
                out.append(Piece(f"Each {item} requires {_num(v)} {unit} of {a.name}.", s, e, k))
    for lim in facts.limits:
        s, e = lim.span
        if lim.money:
            word = "at most" if lim.op == "<=" else "at least"
            out.append(Piece(f"The total {lim.attribute} must be {word} ${_num(lim.value)}.", s, e))
            continue
        unit = lim.unit or "units"
        if lim.op == "<=":
            out.append(
                Piece(f"At most {_num(lim.value)} {unit} of {lim.attribute} are available.", s, e)
            )
        else:
            out.append(
                Piece(f"At least {_num(lim.value)} {unit} of {lim.attribute} are required.", s, e)
            )
    return out
