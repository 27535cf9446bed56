"""CP-SAT as the diagnosis engine: assumption literals, one worker, no objective.

Each unit's rows are enforced only if its Boolean; the Booleans are passed as assumptions
and ``sufficient_assumptions_for_infeasibility`` names a core, which the deletion filter
shrinks to irreducible. CP-SAT is integer-only: rows are scaled by a power of ten to
integral coefficients, logic goes through the same big-M rows as MILP, and unbounded
variables get the domain ``[-BIG, BIG]``.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import numpy as np

from ..backends.bigm import linearize_logic
from ..errors import CapabilityError
from ..lower import LinearModel
from .members import Unit, linearized_rows

__all__ = ["BIG", "CpSatOracle"]

BIG = 10**7


def _scale(vals: list[float]) -> int:
    for k in range(7):
        s: int = 10**k
        if all(abs(v * s - round(v * s)) <= 1e-9 * max(1.0, abs(v * s)) for v in vals):
            return s
    raise CapabilityError(
        "CP-SAT needs coefficients with at most 6 decimals",
        code="cpsat-fractional-coefficients",
        hint="use --backend highs or z3 for this model",
    )


class CpSatOracle:
    def __init__(self, lm: LinearModel, units: list[Unit], time_limit: float | None = None) -> None:
        from ortools.sat.python import cp_model

        if np.any(lm.vtype == 0):
            bad = [lm.var_names[j] for j in np.nonzero(lm.vtype == 0)[0][:3]]
            raise CapabilityError(
                f"CP-SAT needs integer variables, but {', '.join(repr(b) for b in bad)} are continuous",
                code="needs-integer-variables",
                hint="diagnose with --backend highs or z3, or declare the variables integer",
            )
        self.units = units
        self.time_limit = time_limit
        self.solves = 0
        boxed = replace(
            lm, lb=np.where(np.isinf(lm.lb), -BIG, lm.lb), ub=np.where(np.isinf(lm.ub), BIG, lm.ub)
        )
        lin = linearize_logic(boxed)
        unit_rows = linearized_rows(lm, lin, units)
        m = cp_model.CpModel()
        self.model = m
        lb_units = {u.col for u in units if u.kind == "lb"}
        ub_units = {u.col for u in units if u.kind == "ub"}
        xs = []
        for j in range(lin.n_vars):
            lo = -BIG if j in lb_units else math.ceil(float(lin.lb[j]) - 1e-9)
            hi = BIG if j in ub_units else math.floor(float(lin.ub[j]) + 1e-9)
            lo, hi = max(lo, -BIG), min(hi, BIG)
            xs.append(m.new_int_var(min(lo, hi), hi, f"x{j}"))
        order = np.argsort(lin.rows, kind="stable")
        starts = np.searchsorted(lin.rows[order], np.arange(lin.n_rows + 1))
        self.lits = [m.new_bool_var(f"u{i}") for i in range(len(units))]
        for i, u in enumerate(units):
            b = self.lits[i]
            if u.kind == "rows":
                for r in unit_rows[i]:
                    self._row(lin, r, order[starts[r] : starts[r + 1]], xs, b)
            elif u.kind == "lb":
                m.add(xs[u.col] >= math.ceil(float(lm.lb[u.col]) - 1e-9)).only_enforce_if(b)
            elif u.kind == "ub":
                m.add(xs[u.col] <= math.floor(float(lm.ub[u.col]) + 1e-9)).only_enforce_if(b)
            # integrality units cannot be switched off in CP-SAT: every variable is integral

    def _row(self, lin: LinearModel, r: int, idx: Any, xs: list[Any], b: Any) -> None:
        coefs = [float(v) for v in lin.vals[idx]]
        lo, hi = float(lin.row_lo[r]), float(lin.row_hi[r])
        s = _scale(coefs + [v for v in (lo, hi) if math.isfinite(v)])
        expr = sum(round(a * s) * xs[int(c)] for c, a in zip(lin.cols[idx], coefs))
        if math.isfinite(lo):
            self.model.add(expr >= math.ceil(lo * s - 1e-9)).only_enforce_if(b)
        if math.isfinite(hi):
            self.model.add(expr <= math.floor(hi * s + 1e-9)).only_enforce_if(b)

    def _solve(self, active: set[int]) -> Any:
        from ortools.sat.python import cp_model

        self.model.clear_assumptions()
        self.model.add_assumptions([self.lits[i] for i in sorted(active)])
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        if self.time_limit is not None:
            solver.parameters.max_time_in_seconds = float(self.time_limit)
        self.solves += 1
        st = solver.solve(self.model)
        return solver, st

    def feasible(self, active: set[int]) -> bool | None:
        from ortools.sat.python import cp_model

        _, st = self._solve(active)
        if st in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return True
        if st == cp_model.INFEASIBLE:
            return False
        return None

    def core(self, active: set[int]) -> list[int] | None:
        from ortools.sat.python import cp_model

        solver, st = self._solve(active)
        if st != cp_model.INFEASIBLE:
            return None
        idx = {lit.index: i for i, lit in enumerate(self.lits)}
        found = [idx[k] for k in solver.sufficient_assumptions_for_infeasibility() if k in idx]
        return sorted(set(found))
