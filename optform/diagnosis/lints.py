"""Lint: a solvable model that is probably not the intended one.

Checks (each a :class:`~optform.errors.Finding` with code, message, loc, hint):

``unused-variable``        declared, but in no constraint and not in the objective
``implied-by-bounds``      a constraint that the variables' bounds already guarantee
``duplicate-constraint``   two constraints with the same rows (up to scaling)
``objective-ignores-cost`` a cost/profit parameter about a variable the objective leaves out
``all-zero-optimum``       the optimum does nothing although the objective has terms
``coefficient-range``      coefficients spanning more than 1e6 (numerically fragile)
``count-as-continuous``    counted things (people, trucks, machines…) declared continuous
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from ..errors import Finding, Severity
from ..lower import Atom, LAnd, LCard, LConst, LinearModel, Lit, LNode, LOr, _label
from ..model import Formulation, VarType
from ..result import Result

__all__ = ["COUNT_WORDS", "MONEY_WORDS", "lint_model"]

_COUNT_TEXT = (
    "people person persons worker workers employee employees staff nurse nurses doctor doctors driver drivers "
    "vehicle vehicles truck trucks car cars bus buses van vans plane planes aircraft machine machines "
    "units item items piece pieces table tables chair chairs box boxes container containers pallet pallets "
    "seat seats room rooms bed beds house houses animal animals cow cows student students teacher teachers "
    "shift shifts server servers computer computers bottle bottles package packages robot robots crew crews "
    "guard guards officer officers bike bikes boat boats"
)
COUNT_WORDS = frozenset(_COUNT_TEXT.split())
_MONEY_TEXT = (
    "cost costs profit profits price prices revenue revenues earn earns earning earnings wage wages salary "
    "salaries fee fees margin margins income payoff reward rewards expense expenses"
)
MONEY_WORDS = frozenset(_MONEY_TEXT.split())
_COEF_RANGE = 1e6


def _words(*texts: str | None) -> set[str]:
    out: set[str] = set()
    for t in texts:
        if t:
            out.update(w.lower() for w in re.findall(r"[A-Za-z]+", t.replace("_", " ")))
    return out


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def _tree_cols(n: LNode, out: set[int]) -> None:
    if isinstance(n, Lit):
        out.add(n.var)
    elif isinstance(n, Atom):
        out.update(n.cols)
    elif isinstance(n, (LAnd, LOr, LCard)):
        for i in n.items:
            _tree_cols(i, out)
    elif isinstance(n, LConst):
        return


def lint_model(f: Formulation, lm: LinearModel, result: Result | None = None) -> list[Finding]:
    out: list[Finding] = []
    out += _unused(f, lm)
    out += _implied(lm)
    out += _duplicates(lm)
    out += _ignored_costs(f, lm)
    out += _coef_range(lm)
    out += _counted_continuous(f)
    if result is not None:
        out += _all_zero(f, lm, result)
    return out


def _w(code: str, message: str, loc: list[str | int], hint: str, **data: Any) -> Finding:
    return Finding(
        code=code, message=message, severity=Severity.warning, loc=loc, hint=hint, data=data
    )


def _unused(f: Formulation, lm: LinearModel) -> list[Finding]:
    used = np.zeros(lm.n_vars, dtype=bool)
    if len(lm.cols):
        used[lm.cols[lm.vals != 0]] = True
    used |= lm.c != 0
    extra: set[int] = set()
    for lc in lm.logic:
        _tree_cols(lc.tree, extra)
    if extra:
        used[sorted(extra)] = True
    out = []
    for vb in lm.var_blocks:
        if not np.any(used[vb.offset : vb.offset + vb.size]):
            out.append(
                _w(
                    "unused-variable",
                    f"variable '{vb.name}' appears in no constraint and not in the objective",
                    ["variables", vb.name],
                    "use it in the objective or a constraint, or remove it",
                    variable=vb.name,
                )
            )
    return out


def _activity_range(lm: LinearModel) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    v = lm.vals
    lbc, ubc = lm.lb[lm.cols], lm.ub[lm.cols]
    with np.errstate(invalid="ignore"):
        lo_t = np.where(v > 0, v * lbc, v * ubc)
        hi_t = np.where(v > 0, v * ubc, v * lbc)
    lo_t = np.where(v == 0, 0.0, lo_t)
    hi_t = np.where(v == 0, 0.0, hi_t)
    mn = np.bincount(lm.rows, weights=lo_t, minlength=lm.n_rows)
    mx = np.bincount(lm.rows, weights=hi_t, minlength=lm.n_rows)
    return mn, mx


def _implied(lm: LinearModel) -> list[Finding]:
    if lm.n_rows == 0:
        return []
    mn, mx = _activity_range(lm)
    tol = 1e-9 * (1.0 + np.abs(np.where(np.isfinite(lm.row_hi), lm.row_hi, 0.0)))
    with np.errstate(invalid="ignore"):
        implied = (mn >= lm.row_lo - tol) & (mx <= lm.row_hi + tol)
    counts = np.bincount(lm.rows, minlength=lm.n_rows)
    implied &= counts > 0
    out = []
    for b in lm.row_blocks:
        sel = implied[b.offset : b.offset + b.count]
        if b.count and bool(np.all(sel)):
            what = "all its members are" if b.count > 1 else "it is"
            out.append(
                _w(
                    "implied-by-bounds",
                    f"constraint '{b.name}' never binds: {what} implied by the variables' bounds",
                    ["constraints", b.name],
                    "check its numbers and direction (<= vs >=); it has no effect as written",
                    constraint=b.name,
                )
            )
    return out


def _duplicates(lm: LinearModel) -> list[Finding]:
    if lm.n_rows == 0:
        return []
    indptr, idx, data = lm.csr()
    seen: dict[tuple[Any, ...], tuple[str, tuple[Any, ...]]] = {}
    reported: set[tuple[str, str]] = set()
    out = []
    for b in lm.row_blocks:
        for k in range(b.count):
            r = b.offset + k
            s, e = int(indptr[r]), int(indptr[r + 1])
            if s == e:
                continue
            scale = float(data[s])
            lo, hi = float(lm.row_lo[r]) / scale, float(lm.row_hi[r]) / scale
            if scale < 0:
                lo, hi = hi, lo
            key = (
                tuple(int(i) for i in idx[s:e]),
                tuple(round(float(x) / scale, 9) for x in data[s:e]),
                round(lo, 9) if math.isfinite(lo) else lo,
                round(hi, 9) if math.isfinite(hi) else hi,
            )
            here = (b.name, b.points[k])
            if key in seen and seen[key][0] != b.name:
                a, c = _label(*seen[key]), _label(*here)
                pair = (seen[key][0], b.name)
                if pair not in reported:
                    reported.add(pair)
                    out.append(
                        _w(
                            "duplicate-constraint",
                            f"constraints '{a}' and '{c}' say the same thing",
                            ["constraints", b.name],
                            f"remove one of '{seen[key][0]}' and '{b.name}', or "
                            "check that one of them was meant differently",
                            constraints=[a, c],
                        )
                    )
            else:
                seen.setdefault(key, here)
    return out


def _ignored_costs(f: Formulation, lm: LinearModel) -> list[Finding]:
    if f.objective is None:
        return []
    obj_tokens = set(re.findall(r"[A-Za-z_]\w*", f.objective.expression))
    zero_obj = {
        vb.name for vb in lm.var_blocks if not np.any(lm.c[vb.offset : vb.offset + vb.size] != 0)
    }
    out = []
    for p in f.parameters:
        if p.name in obj_tokens:
            continue
        words = _words(p.name, p.description)
        if not (words & MONEY_WORDS or (p.unit and "$" in p.unit)):
            continue
        stems = {_stem(w) for w in words}
        for v in f.variables:
            if v.name not in zero_obj:
                continue
            vstems = {_stem(w) for w in _words(v.name)}
            linked = bool(vstems & stems) or (bool(p.index) and p.index == v.index)
            if linked:
                out.append(
                    _w(
                        "objective-ignores-cost",
                        f"parameter '{p.name}' looks like a cost or profit of '{v.name}', but '{v.name}' is "
                        "not in the objective",
                        ["objective", "expression"],
                        f"add {p.name} * {v.name} to the objective, or say why it does not count",
                        parameter=p.name,
                        variable=v.name,
                    )
                )
                break
    return out


def _coef_range(lm: LinearModel) -> list[Finding]:
    a = np.abs(lm.vals[lm.vals != 0])
    if a.size == 0:
        return []
    lo, hi = float(a.min()), float(a.max())
    if hi / lo <= _COEF_RANGE:
        return []
    return [
        _w(
            "coefficient-range",
            f"constraint coefficients range from {lo:g} to {hi:g} (ratio {hi / lo:.1e} > 1e6)",
            ["constraints"],
            "change units (e.g. thousands of $, tonnes instead of grams) so numbers are "
            "closer in size",
            min=lo,
            max=hi,
        )
    ]


def _counted_continuous(f: Formulation) -> list[Finding]:
    out = []
    for v in f.variables:
        if v.type != VarType.continuous:
            continue
        tokens = [
            w.lower()
            for t in (v.name, v.unit, v.description)
            if t
            for w in re.findall(r"[A-Za-z]+", t.replace("_", " "))
        ]
        hits = [w for w in tokens if w in COUNT_WORDS]
        if hits:
            noun = hits[-1]  # the head noun comes last: "day shift workers" counts workers
            out.append(
                _w(
                    "count-as-continuous",
                    f"'{v.name}' counts {noun} but is continuous, so the answer may be fractional",
                    ["variables", v.name, "type"],
                    "declare it integer",
                    variable=v.name,
                    words=sorted(set(hits)),
                )
            )
    return out


def _all_zero(f: Formulation, lm: LinearModel, result: Result) -> list[Finding]:
    if (
        not result.status.has_solution
        or lm.sense is None
        or not np.any(lm.c != 0)
        or not result.values
    ):
        return []
    vals: list[float] = []
    for v in result.values.values():
        vals.extend(float(x) for x in (v.values() if isinstance(v, dict) else [v]))
    if any(abs(x) > 1e-9 for x in vals):
        return []
    return [
        _w(
            "all-zero-optimum",
            "the best solution does nothing: every variable is 0",
            ["objective"],
            "check the objective's sense (maximize profit / minimize cost) and that the "
            "requirements that force activity are present",
            sense=lm.sense,
        )
    ]
