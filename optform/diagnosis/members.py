"""Members: the user-level statements a conflict is made of, mapped onto model rows/columns.

A *unit* is the smallest thing the diagnosis switches on or off: one constraint of a family
at one index point (all its rows, or its logic tree), one finite bound of one variable
element, or the integrality of one variable (block). Results never speak in row numbers:
each unit carries a :class:`ConflictMember` in the user's names and sentences.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..lower import LinearModel, _label
from ..model import Formulation, VarType
from .models import ConflictMember

__all__ = ["Unit", "build_units", "describe_point"]


@dataclass
class Unit:
    """One switchable statement. ``rows`` index the *original* LinearModel's rows."""

    member: ConflictMember
    kind: str  # "rows" | "lb" | "ub" | "int"
    rows: list[int] = field(default_factory=list)
    logic: list[int] = field(default_factory=list)  # indices into lm.logic
    col: int = -1
    cols: list[int] = field(default_factory=list)
    key: tuple[Any, ...] = ()


def describe_point(point: tuple[Any, ...]) -> list[str | int]:
    return [p if isinstance(p, (int, str)) else str(p) for p in point]


def _fmt(v: float) -> str:
    if math.isfinite(v) and float(v).is_integer():
        return str(int(v))
    return f"{v:g}"


def build_units(f: Formulation, lm: LinearModel) -> list[Unit]:
    """Units in a stable order: constraints (file order, family points in order), bounds, integrality."""
    units: list[Unit] = []
    by_key: dict[tuple[Any, ...], Unit] = {}

    def unit_for(name: str, point: tuple[Any, ...]) -> Unit:
        key = ("c", name, point)
        u = by_key.get(key)
        if u is None:
            con = f.constraint(name)
            member = ConflictMember(
                kind="constraint",
                name=name,
                index=describe_point(point),
                label=_label(name, point),
                expression=con.expression if con else None,
                description=con.description if con else None,
                sentence=con.provenance.sentence if con and con.provenance else None,
                loc=["constraints", name],
            )
            u = Unit(member=member, kind="rows", key=key)
            by_key[key] = u
            units.append(u)
        return u

    # constraints in file order: collect rows and logic per (name, point)
    order = {c.name: i for i, c in enumerate(f.constraints)}
    items: list[tuple[int, int, str, tuple[Any, ...], str, int]] = []
    for b in lm.row_blocks:
        for k in range(b.count):
            items.append(
                (order.get(b.name, 10**9), b.offset + k, b.name, b.points[k], "row", b.offset + k)
            )
    for i, lc in enumerate(lm.logic):
        items.append((order.get(lc.name, 10**9), lm.n_rows + i, lc.name, lc.point, "logic", i))
    items.sort(key=lambda t: (t[0], t[1]))
    for _, _, name, point, what, idx in items:
        u = unit_for(name, point)
        (u.rows if what == "row" else u.logic).append(idx)
    for u in units:
        _set_side(u, lm)

    # bounds
    for vb in lm.var_blocks:
        var = f.variable(vb.name)
        if var is None:
            continue
        binary = var.type == VarType.binary
        for j in range(vb.offset, vb.offset + vb.size):
            if binary and var.lb in (None, 0, 0.0) and var.ub in (None, 1, 1.0):
                continue  # 0/1 is what binary means; relaxing integrality is its member
            point = vb.index_of(j)
            label = lm.var_names[j]
            for kind, val, op in (("lb", float(lm.lb[j]), ">="), ("ub", float(lm.ub[j]), "<=")):
                if not math.isfinite(val):
                    continue
                member = ConflictMember(
                    kind="bound",
                    name=vb.name,
                    index=describe_point(point),
                    label=f"bound: {label} {op} {_fmt(val)}",
                    side="lower" if kind == "lb" else "upper",
                    limit=val,
                    expression=f"{label} {op} {_fmt(val)}",
                    description=var.description,
                    sentence=var.provenance.sentence if var.provenance else None,
                    loc=["variables", vb.name, kind],
                )
                units.append(Unit(member=member, kind=kind, col=j, key=("b", kind, j)))

    # integrality
    for vb in lm.var_blocks:
        var = f.variable(vb.name)
        if var is None or var.type == VarType.continuous:
            continue
        member = ConflictMember(
            kind="integrality",
            name=vb.name,
            label=f"integrality of '{vb.name}'",
            expression=f"{vb.name} is {var.type.value}",
            description=var.description,
            sentence=var.provenance.sentence if var.provenance else None,
            loc=["variables", vb.name, "type"],
        )
        units.append(
            Unit(
                member=member,
                kind="int",
                cols=list(range(vb.offset, vb.offset + vb.size)),
                key=("i", vb.name),
            )
        )
    return units


def _set_side(u: Unit, lm: LinearModel) -> None:
    if u.logic or len(u.rows) != 1:
        return
    r = u.rows[0]
    lo, hi = float(lm.row_lo[r]), float(lm.row_hi[r])
    if lo == hi:
        u.member.side, u.member.limit = "equal", hi
    elif math.isinf(lo) and not math.isinf(hi):
        u.member.side, u.member.limit = "upper", hi
    elif math.isinf(hi) and not math.isinf(lo):
        u.member.side, u.member.limit = "lower", lo
    else:
        u.member.side = "range"


def linearized_rows(lm: LinearModel, lin: LinearModel, units: list[Unit]) -> list[list[int]]:
    """Rows of each unit in the big-M linearized model ``lin`` (original rows + logic rows)."""
    out: list[list[int]] = [list(u.rows) for u in units]
    if lin is lm or lin.n_rows == lm.n_rows:
        return out
    index = {u.key: i for i, u in enumerate(units)}
    for b in lin.row_blocks:
        if b.offset < lm.n_rows:
            continue
        for k in range(b.count):
            i = index.get(("c", b.name, b.points[k]))
            if i is not None:
                out[i].append(b.offset + k)
    return out


def row_activity(
    lm: LinearModel, x: np.ndarray[Any, np.dtype[np.float64]]
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """A @ x for a LinearModel (COO, duplicates summed)."""
    return np.bincount(lm.rows, weights=lm.vals * x[lm.cols], minlength=lm.n_rows).astype(
        np.float64
    )
