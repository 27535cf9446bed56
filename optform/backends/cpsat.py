"""OR-Tools CP-SAT: integer models, logic compiled natively with enforcement literals.

CP-SAT works on integers only:

* **Continuous variables are refused** (:class:`~optform.errors.CapabilityError` naming the
  backends that take them).
* **Non-integral coefficients get an exact rational rescale**: each coefficient is read as a
  fraction p/q (:func:`exact_fraction`: the float itself, the decimal it prints as, or a
  fraction with q <= 10^6 within 1e-12 relative of it; q <= 10^12), and each row / logic atom / the objective is multiplied by the LCM of
  its denominators. Row sides then become ``ceil(lo·L)`` / ``floor(hi·L)``, which is exact
  because the scaled left-hand side is integer-valued. A coefficient that is no such fraction,
  or a scale that would overflow, is refused with the row and coefficient named — the model is
  never silently rounded.
* **Infinite variable bounds** become the documented artificial domain ``±DEFAULT_DOMAIN``
  (2^40 ≈ 1.1e12; 2^32, 2^24 or 2^16 when large coefficients times 2^40 would overflow int64,
  which CP-SAT's model check reports). If an optimum uses that artificial bound, the model is solved again with half
  the domain; a different objective means the true problem is unbounded (reported as
  ``unbounded``), the same objective means the optimum does not depend on it.
* **Strict comparisons** on the (integral, rescaled) rows: ``e < r`` is ``e <= ceil(r) - 1``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np

from ..errors import CapabilityError
from ..lower import Atom, LAnd, LCard, LConst, LinearModel, Lit, LNode, LOr
from ..result import Status
from . import Capabilities, RawSolution, SolveOptions

__all__ = ["DEFAULT_DOMAIN", "MAX_DENOMINATOR", "CpSatBackend", "exact_fraction"]

DEFAULT_DOMAIN = 2**40
"""Artificial bound used for variables without a finite bound (CP-SAT needs finite domains)."""
_DOMAINS = (
    DEFAULT_DOMAIN,
    2**32,
    2**24,
    2**16,
)  # smaller ones when coefficients would overflow int64
MAX_DENOMINATOR = 10**6
"""Largest denominator accepted when reading a float coefficient as a fraction."""
_REL_TOL = 1e-12
_MAX_ANY_DEN = 10**12
_MAX_SCALED = 2**50  # largest scaled coefficient accepted (keeps sums far from int64 overflow)

_STATUS = {
    "OPTIMAL": Status.optimal,
    "FEASIBLE": Status.feasible,
    "INFEASIBLE": Status.infeasible,
    "MODEL_INVALID": Status.error,
    "UNKNOWN": Status.time_limit,
}

_OTHERS = "highs, cbc, z3"


def exact_fraction(v: float, max_den: int = MAX_DENOMINATOR) -> Fraction | None:
    """``v`` as a fraction p/q, or None when it is no such fraction.

    Candidates: the float's exact binary value, the decimal it prints as (``1e-07`` -> 1/10^7)
    and the closest fraction with q <= ``max_den``; a candidate counts when it equals the float
    or lies within 1e-12 relative of it and q <= 10^12. The smallest such q wins.
    """
    if not math.isfinite(v):
        return None
    f = Fraction(v)
    if f.denominator == 1:
        return f
    cands = (f, Fraction(repr(float(v))), f.limit_denominator(max_den))
    ok = [
        g
        for g in cands
        if g.denominator <= _MAX_ANY_DEN and (g == f or abs(g - f) <= _REL_TOL * abs(f))
    ]
    return min(ok, key=lambda g: g.denominator) if ok else None


def _bound_fraction(v: float) -> Fraction:
    """A bound or constant as a fraction (a nicer one when it is within 1e-12, else exact)."""
    return exact_fraction(v) or Fraction(v)


def _scale(
    coefs: list[float], where: str, cols: list[int], name_of: Callable[[int], str]
) -> tuple[list[int], int]:
    """Integer coefficients and the multiplier L (LCM of the denominators), or a CapabilityError."""
    fracs: list[Fraction] = []
    for c, col in zip(coefs, cols):
        f = exact_fraction(c)
        if f is None:
            nm = name_of(col)
            raise CapabilityError(
                f"backend 'cpsat' needs rational coefficients: in {where}, the coefficient {c!r} of '{nm}' is "
                "not a short decimal or a fraction with a small denominator, so it cannot be scaled to integers "
                "exactly",
                code="non-integral-coefficient",
                hint=f"use one of: {_OTHERS}; or write the coefficient as a short decimal or ratio",
            )
        fracs.append(f)
    mult = 1
    for f in fracs:
        mult = math.lcm(mult, f.denominator)
    ints = [int(f * mult) for f in fracs]
    big = max((abs(i) for i in ints), default=0)
    if big > _MAX_SCALED:
        raise CapabilityError(
            f"backend 'cpsat' cannot scale {where} to integers: the exact multiplier {mult} makes coefficients "
            f"as large as {big}, beyond CP-SAT's safe range",
            code="non-integral-coefficient",
            hint=f"use one of: {_OTHERS}",
        )
    return ints, mult


def _floor(f: Fraction) -> int:
    return math.floor(f)


def _ceil(f: Fraction) -> int:
    return math.ceil(f)


class _Builder:
    def __init__(self, lm: LinearModel, domain: int) -> None:
        from ortools.sat.python import cp_model

        self.cp = cp_model
        self.lm = lm
        self.m = cp_model.CpModel()
        self.domain = domain
        self.vars: list[Any] = []
        self.artificial: list[tuple[int, int]] = []  # (col, artificial bound value)
        self.empty: str | None = None  # reason the model is trivially infeasible
        self._true: Any = None

    # -- literals
    def true(self) -> Any:
        if self._true is None:
            self._true = self.m.new_bool_var("true")
            self.m.add(self._true == 1)
        return self._true

    def infeasible(self, why: str) -> None:
        if self.empty is None:
            self.empty = why
        self.m.add_bool_or([self.true().Not()])

    # -- columns
    def columns(self) -> None:
        lm = self.lm
        for j in range(lm.n_vars):
            lb, ub = float(lm.lb[j]), float(lm.ub[j])
            lo = -self.domain if math.isinf(lb) else _ceil(_bound_fraction(lb))
            hi = self.domain if math.isinf(ub) else _floor(_bound_fraction(ub))
            if math.isinf(lb):
                self.artificial.append((j, lo))
            if math.isinf(ub):
                self.artificial.append((j, hi))
            if lo > hi:
                self.empty = (
                    self.empty
                    or f"variable '{lm.var_name(j)}' has no integer value between its bounds"
                )
                hi = lo
            if lo >= 0 and hi <= 1:
                v = self.m.new_bool_var(f"v{j}")
                if lo == hi:
                    self.m.add(v == lo)
                self.vars.append(v)
            else:
                self.vars.append(self.m.new_int_var(lo, hi, f"v{j}"))
        if self.empty:
            self.infeasible(self.empty)

    def expr(self, cols: list[int], ints: list[int]) -> Any:
        return self.cp.LinearExpr.weighted_sum([self.vars[c] for c in cols], ints)

    # -- rows
    def rows(self) -> None:
        lm = self.lm
        indptr, indices, data = lm.csr()
        for i in range(lm.n_rows):
            s, e = int(indptr[i]), int(indptr[i + 1])
            cols = indices[s:e].tolist()
            coefs = data[s:e].tolist()
            where = f"row '{lm.row_names[i]}'"
            ints, mult = _scale(coefs, where, cols, lm.var_name)
            lo_f, hi_f = float(lm.row_lo[i]), float(lm.row_hi[i])
            lo = None if math.isinf(lo_f) else _ceil(_bound_fraction(lo_f) * mult)
            hi = None if math.isinf(hi_f) else _floor(_bound_fraction(hi_f) * mult)
            if not cols:
                if (lo is not None and lo > 0) or (hi is not None and hi < 0):
                    self.infeasible(f"{where} has no variables and cannot hold")
                continue
            ex = self.expr(cols, ints)
            if lo is not None and hi is not None:
                if lo > hi:
                    self.infeasible(
                        f"{where} has no integer solution (its sides are {lo_f} and {hi_f})"
                    )
                    continue
                self.m.add_linear_constraint(ex, lo, hi)
            elif lo is not None:
                self.m.add(ex >= lo)
            elif hi is not None:
                self.m.add(ex <= hi)

    def objective(self) -> int:
        lm = self.lm
        if lm.sense is None:
            return 1
        nz = np.nonzero(lm.c)[0].tolist()
        ints, mult = _scale(lm.c[nz].tolist(), "the objective", nz, lm.var_name)
        ex = self.expr(nz, ints)
        if lm.sense == "maximize":
            self.m.maximize(ex)
        else:
            self.m.minimize(ex)
        return mult

    # -- logic
    def logic(self) -> None:
        for lc in self.lm.logic:
            self.enforce(lc.tree, lc.label)

    def lit(self, node: LNode, label: str) -> Any:
        """A literal equivalent to ``node`` (full reification)."""
        if isinstance(node, Lit):
            v = self.vars[node.var]
            return v if node.positive else v.Not()
        if isinstance(node, LConst):
            return self.true() if node.value else self.true().Not()
        b = self.m.new_bool_var("")
        if isinstance(node, Atom):
            self.atom(node, label, b, negated_to=b.Not())
            return b
        if isinstance(node, (LAnd, LOr)):
            lits = [self.lit(i, label) for i in node.items]
            if isinstance(node, LAnd):
                self.m.add_bool_and(lits).only_enforce_if(b)
                self.m.add_bool_or([x.Not() for x in lits]).only_enforce_if(b.Not())
            else:
                self.m.add_bool_or(lits).only_enforce_if(b)
                self.m.add_bool_and([x.Not() for x in lits]).only_enforce_if(b.Not())
            return b
        assert isinstance(node, LCard)
        total = sum(self.lit(i, label) for i in node.items)
        if node.kind == "atleast":
            self.m.add(total >= node.k).only_enforce_if(b)
            self.m.add(total <= node.k - 1).only_enforce_if(b.Not())
        elif node.kind == "atmost":
            self.m.add(total <= node.k).only_enforce_if(b)
            self.m.add(total >= node.k + 1).only_enforce_if(b.Not())
        else:
            self.m.add(total == node.k).only_enforce_if(b)
            self.m.add(total != node.k).only_enforce_if(b.Not())
        return b

    def enforce(self, node: LNode, label: str) -> None:
        """Post ``node`` as a hard constraint (no literal needed at the top)."""
        if isinstance(node, LConst):
            if not node.value:
                self.infeasible(f"logic constraint '{label}' is always false")
            return
        if isinstance(node, Lit):
            self.m.add_bool_or([self.lit(node, label)])
        elif isinstance(node, Atom):
            self.atom(node, label, None, None)
        elif isinstance(node, LAnd):
            for item in node.items:
                self.enforce(item, label)
        elif isinstance(node, LOr):
            self.m.add_bool_or([self.lit(i, label) for i in node.items])
        else:
            total = sum(self.lit(i, label) for i in node.items)
            if node.kind == "atleast":
                self.m.add(total >= node.k)
            elif node.kind == "atmost":
                self.m.add(total <= node.k)
            else:
                self.m.add(total == node.k)

    def atom(self, a: Atom, label: str, lit: Any, negated_to: Any) -> None:
        """``lit -> a`` (hard when lit is None) and, when given, ``negated_to -> not a``."""
        where = f"logic constraint '{label}'"
        ints, mult = _scale(list(a.coefs), where, list(a.cols), self.lm.var_name)
        ex = self.expr(list(a.cols), ints)
        r = -_bound_fraction(a.const) * mult  # a: ex  op  r
        cons = []
        if a.op == "<=":
            cons = [ex <= _floor(r)]
            neg = [ex >= _floor(r) + 1]
        elif a.op == "<":
            cons = [ex <= _ceil(r) - 1]
            neg = [ex >= _ceil(r)]
        elif a.op == ">=":
            cons = [ex >= _ceil(r)]
            neg = [ex <= _ceil(r) - 1]
        elif a.op == ">":
            cons = [ex >= _floor(r) + 1]
            neg = [ex <= _floor(r)]
        else:  # ==
            if r.denominator != 1:
                # never holds for integers
                f = self.true().Not()
                if lit is None:
                    self.infeasible(f"{where} needs a fractional value from integers")
                else:
                    self.m.add_bool_or([f]).only_enforce_if(lit)
                return
            cons = [ex == int(r)]
            neg = [ex != int(r)]
        for c in cons:
            ct = self.m.add(c)
            if lit is not None:
                ct.only_enforce_if(lit)
        if negated_to is not None:
            for c in neg:
                self.m.add(c).only_enforce_if(negated_to)


class CpSatBackend:
    name = "cpsat"
    capabilities = Capabilities(
        continuous=False, logic_native=True, integral_coefficients_only=True
    )

    def solve(self, lm: LinearModel, options: SolveOptions) -> RawSolution:
        cont = np.nonzero(lm.vtype == 0)[0]
        if len(cont):
            names = ", ".join(repr(lm.var_name(int(j))) for j in cont[:5])
            raise CapabilityError(
                f"backend 'cpsat' needs integer variables, but {names} "
                f"{'is' if len(cont) == 1 else 'are'} continuous",
                code="needs-integer-variables",
                hint=f"use one of: {_OTHERS}, or declare the variables integer",
            )
        t0 = time.perf_counter()
        for domain in _DOMAINS:
            b, obj_mult = _build(lm, domain)
            if b.empty is not None or not b.artificial or domain == _DOMAINS[-1]:
                break
            invalid = b.m.validate()
            if not (invalid and "overflow" in invalid.lower()):
                break  # large coefficients times the artificial domain overflow int64: shrink it
        build = time.perf_counter() - t0
        if b.empty is not None:
            return RawSolution(
                status=Status.infeasible, message=b.empty, extra={"build_seconds": build}
            )
        raw, obj = _run(b, options)
        raw.extra["build_seconds"] = build
        raw.extra["objective_scale"] = obj_mult
        raw.extra["artificial_domain"] = domain if b.artificial else None
        if (
            raw.status == Status.optimal
            and lm.sense is not None
            and raw.x is not None
            and any(raw.x[j] == v for j, v in b.artificial)
        ):
            # the optimum touches the artificial domain: does it move when the domain shrinks?
            b2, _ = _build(lm, domain // 2)
            raw2, obj2 = _run(b2, options)
            if raw2.status == Status.optimal and obj2 != obj:
                return RawSolution(
                    status=Status.unbounded,
                    message="the objective grows with the artificial "
                    f"domain ±{domain} of unbounded variables: unbounded",
                    extra=raw.extra,
                    log=raw.log,
                )
        if raw.status == Status.optimal and lm.sense is None:
            raw.status = Status.feasible  # same convention as HiGHS: no objective -> feasible
        return raw


def _build(lm: LinearModel, domain: int) -> tuple[_Builder, int]:
    b = _Builder(lm, domain)
    b.columns()
    b.rows()
    b.logic()
    mult = b.objective()
    return b, mult


def _run(b: _Builder, options: SolveOptions) -> tuple[RawSolution, float | None]:
    cp = b.cp
    invalid = b.m.validate()
    if invalid:
        return RawSolution(
            status=Status.error, message=f"CP-SAT rejects the model: {invalid}"
        ), None
    solver = cp.CpSolver()
    prm = solver.parameters
    if options.time_limit is not None:
        prm.max_time_in_seconds = float(options.time_limit)
    if options.threads is not None:
        prm.num_workers = int(options.threads)
    lines: list[str] = []
    if options.log:
        prm.log_search_progress = True
        prm.log_to_stdout = False
        solver.log_callback = lines.append
    code = solver.solve(b.m)
    name = solver.status_name(code)
    status = _STATUS.get(name, Status.error)
    x = None
    obj = None
    if status.has_solution:
        x = np.array([float(solver.value(v)) for v in b.vars], dtype=np.float64)
        if b.lm.sense is not None:
            obj = float(solver.objective_value)
    log = "\n".join(lines) if options.log else None
    return RawSolution(status=status, x=x, message=name, log=log), obj
