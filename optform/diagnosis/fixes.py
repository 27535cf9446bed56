"""Fix suggestions for a conflict, each applied to the model and re-solved.

For every member of the conflicting set:

* ``relax_limit`` — the smallest change of that member's limit that makes the *whole*
  model feasible, from an elastic solve (HiGHS ``feasibilityRelaxation`` with only that
  member elastic, weight relative to its original number);
* ``drop`` — remove the member;
* ``relax_integrality`` — let an integer variable be fractional.

Each change is applied to the LinearModel and solved again on the chosen backend; the fix
records whether a solution exists afterwards (``verified``), the status and objective.
Fixes are ranked: verified first, then by relative size of change.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

import numpy as np

from ..errors import OptformError
from ..lower import LinearModel
from ..model import Formulation
from ..result import Status
from .members import Unit, row_activity
from .models import Fix

__all__ = ["apply_change", "rank_fixes", "suggest_fixes", "verify"]


def _fmt(v: float) -> str:
    if float(v).is_integer():
        return str(int(v))
    return f"{v:.6g}"


def apply_change(
    lm: LinearModel,
    unit: Unit,
    kind: str,
    new: float | None = None,
    rows_new: dict[int, tuple[float, float]] | None = None,
) -> LinearModel:
    """A copy of ``lm`` with one change applied (drop / relax_limit / relax_integrality)."""
    if unit.kind == "rows":
        lo, hi = lm.row_lo.copy(), lm.row_hi.copy()
        logic = list(lm.logic)
        if kind == "drop":
            lo[unit.rows] = -math.inf
            hi[unit.rows] = math.inf
            drop = set(unit.logic)
            logic = [lc for k, lc in enumerate(lm.logic) if k not in drop]
        elif kind == "relax_limit" and rows_new:
            for r, (a, b) in rows_new.items():
                lo[r], hi[r] = a, b
        return replace(lm, row_lo=lo, row_hi=hi, logic=logic)
    if unit.kind in ("lb", "ub"):
        lb, ub = lm.lb.copy(), lm.ub.copy()
        target = lb if unit.kind == "lb" else ub
        if kind == "drop":
            target[unit.col] = -math.inf if unit.kind == "lb" else math.inf
        elif new is not None:
            target[unit.col] = new
        return replace(lm, lb=lb, ub=ub)
    vt = lm.vtype.copy()
    vt[unit.cols] = 0
    return replace(lm, vtype=vt)


def verify(
    lm: LinearModel, backend: str, time_limit: float | None
) -> tuple[Status, float | None, str]:
    """Solve ``lm`` on ``backend``; (status, objective, backend used).

    When the backend cannot take the changed model (e.g. relaxed integrality on CP-SAT, or a
    dropped bound that big-M needed on HiGHS), the next capable one is used and named:
    HiGHS, then an exact feasibility check on Z3 (no objective value).
    """
    from ..solving import solve_lowered

    for name in dict.fromkeys([backend, "highs"]):
        try:
            res = solve_lowered(lm, name, time_limit=time_limit)
        except OptformError:
            continue
        return res.status, res.objective, name
    from .z3core import Z3Oracle

    ok = Z3Oracle(lm, [], time_limit).feasible(set())
    status = Status.feasible if ok else Status.infeasible if ok is False else Status.time_limit
    return status, None, "z3 (feasibility only)"


def _parameter_of(f: Formulation, unit: Unit, old: float) -> str | None:
    """The scalar parameter written as the limit, e.g. 'oven_hours' in '... <= oven_hours'."""
    expr = unit.member.expression or ""
    m = re.search(r"(?:<=|>=|==|<|>)\s*([A-Za-z_]\w*)\s*$", expr) or re.match(
        r"^\s*([A-Za-z_]\w*)\s*(?:<=|>=|==)", expr
    )
    if not m:
        return None
    p = f.parameter(m.group(1))
    if p is None or p.index or not isinstance(p.value, (int, float)) or float(p.value) != old:
        return None
    return p.name


def _integral_row(lm: LinearModel, r: int) -> bool:
    sel = lm.rows == r
    cols, vals = lm.cols[sel], lm.vals[sel]
    return (
        bool(len(cols))
        and bool(np.all(lm.vtype[cols] > 0))
        and bool(np.all(vals == np.round(vals)))
    )


def _outward(v: float, up: bool, integral: bool) -> float:
    if integral:
        return float(math.ceil(v - 1e-6) if up else math.floor(v + 1e-6))
    if v == 0.0:
        return 0.0
    digits = 6 - math.floor(math.log10(abs(v)))
    scale = 10.0**digits
    return (math.ceil(v * scale - 1e-6) if up else math.floor(v * scale + 1e-6)) / scale


def suggest_fixes(
    f: Formulation,
    lm: LinearModel,
    units: list[Unit],
    conflict: list[int],
    backend: str,
    milp: Any,
    time_limit: float | None,
) -> list[Fix]:
    """All fixes for the members ``conflict`` (unit indices), verified and ranked.

    ``milp`` is a :class:`~optform.diagnosis.milp.HighsOracle` for the elastic solves, or
    None when the model cannot be put on HiGHS (then only drop / integrality fixes).
    """
    fixes: list[Fix] = []
    everything = set(range(len(units)))
    for i in conflict:
        u = units[i]
        mem = u.member
        if u.kind == "int":
            lm2 = apply_change(lm, u, "relax_integrality")
            fixes.append(
                _verified(
                    Fix(
                        kind="relax_integrality",
                        target=mem.label,
                        member=mem,
                        message=f"let '{mem.name}' be fractional",
                    ),
                    lm2,
                    backend,
                    time_limit,
                )
            )
            continue
        # relax the limit (elastic solve with only this member elastic)
        if milp is not None and not u.logic:
            fix = _relax(f, lm, u, i, everything, milp, backend, time_limit)
            if fix is not None:
                fixes.append(fix)
        # drop
        lm2 = apply_change(lm, u, "drop")
        if u.kind == "rows":
            msg = f"drop '{mem.label}'"
        else:
            msg = f"remove the bound {mem.expression} on '{mem.name}'"
        fixes.append(
            _verified(
                Fix(kind="drop", target=mem.label, member=mem, old=mem.limit, message=msg),
                lm2,
                backend,
                time_limit,
            )
        )
    return rank_fixes(fixes)


def _relax(
    f: Formulation,
    lm: LinearModel,
    u: Unit,
    i: int,
    everything: set[int],
    milp: Any,
    backend: str,
    time_limit: float | None,
) -> Fix | None:
    mem = u.member
    old = mem.limit
    weight = 1.0 / max(1.0, abs(old)) if old is not None and math.isfinite(old) else 1.0
    res = milp.elastic(everything, {i}, {i: weight})
    if res is None:
        return None
    x, viol = res
    if i not in viol:
        return None
    if u.kind in ("lb", "ub"):
        val = float(x[u.col])
        up = u.kind == "ub"
        integral = int(lm.vtype[u.col]) > 0
        new = _outward(val, up, integral)
        old_v = float(lm.lb[u.col] if u.kind == "lb" else lm.ub[u.col])
        lm2 = apply_change(lm, u, "relax_limit", new=new)
        verb = "raise" if up else "lower"
        msg = f"{verb} the bound of '{mem.label.split(': ', 1)[-1].split(' ')[0]}' from {_fmt(old_v)} to {_fmt(new)}"
        fix = Fix(
            kind="relax_limit",
            target=mem.label,
            member=mem,
            old=old_v,
            new=new,
            change=abs(new - old_v) / max(1.0, abs(old_v)),
            message=msg,
        )
        return _verified(fix, lm2, backend, time_limit)
    act = row_activity(lm, x[: lm.n_vars]) if len(x) >= lm.n_vars else None
    if act is None:
        return None
    rows_new: dict[int, tuple[float, float]] = {}
    first: tuple[float, float, str] | None = None
    for r in u.rows:
        lo, hi = float(lm.row_lo[r]), float(lm.row_hi[r])
        a = float(act[r])
        integral = _integral_row(lm, r) and all(
            float(v).is_integer() for v in (lo, hi) if math.isfinite(v)
        )
        tol = 1e-7 * (1.0 + max(abs(v) for v in (lo, hi, 0.0) if math.isfinite(v)))
        if a > hi + tol:
            new = _outward(a, True, integral)
            rows_new[r] = (lo, new) if lo != hi else (new, new)
            first = first or (hi, new, "upper" if lo != hi else "equal")
        elif a < lo - tol:
            new = _outward(a, False, integral)
            rows_new[r] = (new, hi) if lo != hi else (new, new)
            first = first or (lo, new, "lower" if lo != hi else "equal")
    if not rows_new or first is None:
        return None
    old_v, new, side = first
    param = _parameter_of(f, u, old_v)
    what = f"'{param}' (the limit of '{mem.label}')" if param else f"the limit of '{mem.label}'"
    if side == "upper":
        msg = f"raise {what} from {_fmt(old_v)} to {_fmt(new)}"
    elif side == "lower":
        what = (
            f"'{param}' (the requirement of '{mem.label}')"
            if param
            else f"the requirement of '{mem.label}'"
        )
        msg = f"lower {what} from {_fmt(old_v)} to {_fmt(new)}"
    else:
        msg = f"change the value required by '{mem.label}' from {_fmt(old_v)} to {_fmt(new)}"
    lm2 = apply_change(lm, u, "relax_limit", rows_new=rows_new)
    fix = Fix(
        kind="relax_limit",
        target=mem.label,
        member=mem,
        parameter=param,
        old=old_v,
        new=new,
        change=abs(new - old_v) / max(1.0, abs(old_v)),
        message=msg,
    )
    return _verified(fix, lm2, backend, time_limit)


def _verified(fix: Fix, lm2: LinearModel, backend: str, time_limit: float | None) -> Fix:
    status, obj, used = verify(lm2, backend, time_limit)
    fix.verified = status.has_solution
    fix.status_after = status
    fix.objective_after = obj
    fix.verified_by = used
    return fix


_KIND_RANK = {"relax_limit": 0, "add_bound": 0, "relax_integrality": 1, "drop": 2}


def _goes_negative(fx: Fix) -> bool:
    """Relaxing a variable's ``>= 0``: mathematically a fix, rarely what the text means."""
    m = fx.member
    return m is not None and m.kind == "bound" and m.side == "lower" and m.limit == 0.0


def rank_fixes(fixes: list[Fix]) -> list[Fix]:
    """Verified first; sign changes of ``>= 0`` variables last; then by relative change
    (unknown size last), integrality before drop."""
    return sorted(
        fixes,
        key=lambda x: (
            not x.verified,
            _goes_negative(x),
            x.change is None,
            x.change if x.change is not None else 0.0,
            _KIND_RANK[x.kind],
        ),
    )
