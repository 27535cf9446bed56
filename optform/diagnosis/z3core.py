"""Z3 as the diagnosis engine: every unit is an assertion tracked by a Boolean.

The model is rebuilt from the LinearModel with exact rational coefficients (the decimal
text of each float), logic trees are asserted natively, and integrality is tracked too
(``IsInt`` on a real), so a core can contain it. ``check(assumptions)`` gives an unsat
core; :func:`optform.diagnosis.conflicts.deletion_filter` shrinks it to irreducible.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import numpy as np

from ..lower import Atom, LAnd, LCard, LConst, LinearModel, Lit, LNode, LOr
from .members import Unit

__all__ = ["Z3Oracle"]


def _q(v: float) -> Any:
    import z3

    fr = Fraction(repr(float(v)))
    return (
        z3.RealVal(f"{fr.numerator}/{fr.denominator}")
        if fr.denominator != 1
        else z3.RealVal(fr.numerator)
    )


class Z3Oracle:
    def __init__(self, lm: LinearModel, units: list[Unit], time_limit: float | None = None) -> None:
        import z3

        self.units = units
        self.solves = 0
        s = z3.Solver()
        if time_limit is not None:
            s.set("timeout", max(1, int(time_limit * 1000)))
        self.s = s
        self.x = [z3.Real(f"x{j}") for j in range(lm.n_vars)]
        self.track = [z3.Bool(f"u{i}") for i in range(len(units))]
        order = np.argsort(lm.rows, kind="stable")
        self._order = order
        self._starts = np.searchsorted(lm.rows[order], np.arange(lm.n_rows + 1))
        tracked_int: set[int] = set()
        lb_tracked: set[int] = set()
        ub_tracked: set[int] = set()
        for i, u in enumerate(units):
            p = self.track[i]
            if u.kind == "rows":
                parts = [self._row(lm, r) for r in u.rows] + [
                    self._tree(lm.logic[k].tree) for k in u.logic
                ]
                s.add(z3.Implies(p, z3.And(*parts) if parts else z3.BoolVal(True)))
            elif u.kind == "lb":
                s.add(z3.Implies(p, self.x[u.col] >= _q(float(lm.lb[u.col]))))
                lb_tracked.add(u.col)
            elif u.kind == "ub":
                s.add(z3.Implies(p, self.x[u.col] <= _q(float(lm.ub[u.col]))))
                ub_tracked.add(u.col)
            elif u.kind == "int":
                s.add(z3.Implies(p, z3.And(*[z3.IsInt(self.x[c]) for c in u.cols])))
                tracked_int.update(u.cols)
        # the untracked rest: binary domains, bounds that are not units, integrality without a unit
        for j in range(lm.n_vars):
            lo, hi = float(lm.lb[j]), float(lm.ub[j])
            if math.isfinite(lo) and j not in lb_tracked:
                s.add(self.x[j] >= _q(lo))
            if math.isfinite(hi) and j not in ub_tracked:
                s.add(self.x[j] <= _q(hi))
            if int(lm.vtype[j]) > 0 and j not in tracked_int:
                s.add(z3.IsInt(self.x[j]))

    def _lin(self, cols: Any, coefs: Any) -> Any:
        import z3

        terms = [_q(float(a)) * self.x[int(c)] for c, a in zip(cols, coefs) if float(a) != 0.0]
        return z3.Sum(*terms) if terms else z3.RealVal(0)

    def _row(self, lm: LinearModel, r: int) -> Any:
        import z3

        idx = self._order[self._starts[r] : self._starts[r + 1]]
        e = self._lin(lm.cols[idx], lm.vals[idx])
        lo, hi = float(lm.row_lo[r]), float(lm.row_hi[r])
        parts = []
        if lo == hi:
            return e == _q(lo)
        if math.isfinite(lo):
            parts.append(e >= _q(lo))
        if math.isfinite(hi):
            parts.append(e <= _q(hi))
        return z3.And(*parts) if parts else z3.BoolVal(True)

    def _tree(self, n: LNode) -> Any:
        import z3

        if isinstance(n, Lit):
            return self.x[n.var] == (1 if n.positive else 0)
        if isinstance(n, LConst):
            return z3.BoolVal(n.value)
        if isinstance(n, Atom):
            e = self._lin(n.cols, n.coefs) + _q(n.const)
            return {"<=": e <= 0, ">=": e >= 0, "==": e == 0, "<": e < 0, ">": e > 0}[n.op]
        if isinstance(n, LAnd):
            return z3.And(*[self._tree(i) for i in n.items])
        if isinstance(n, LOr):
            return z3.Or(*[self._tree(i) for i in n.items])
        if isinstance(n, LCard):
            items = [z3.If(self._tree(i), 1, 0) for i in n.items]
            total = z3.Sum(*items) if items else z3.IntVal(0)
            return {"atleast": total >= n.k, "atmost": total <= n.k, "exactly": total == n.k}[
                n.kind
            ]
        raise TypeError(f"unknown logic node {n!r}")

    def feasible(self, active: set[int]) -> bool | None:
        import z3

        self.solves += 1
        r = self.s.check(*[self.track[i] for i in sorted(active)])
        if r == z3.sat:
            return True
        if r == z3.unsat:
            return False
        return None

    def core(self, active: set[int]) -> list[int] | None:
        """An unsat core over the tracked units (not necessarily minimal); None if satisfiable/unknown."""
        if self.feasible(active) is not False:
            return None
        names = {str(b) for b in self.s.unsat_core()}
        return [i for i in sorted(active) if str(self.track[i]) in names]
