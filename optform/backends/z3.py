"""Z3 ``Optimize`` with exact rational arithmetic (a certifier for small models).

* Continuous columns are ``Real``, integer and binary columns ``Int`` (binaries bounded 0..1).
  Coefficients and bounds become exact rationals (:func:`optform.backends.cpsat.exact_fraction`:
  the short fraction a float stands for, e.g. 0.1 -> 1/10, else the float's exact value).
* Logic is native: ``Or``/``And``/``Not`` and pseudo-Boolean ``PbGe``/``PbLe``/``PbEq``; strict
  comparisons stay strict (no epsilon).
* Size guard: Z3 stalls on LPs of a few hundred rows, so the backend declares
  ``max_rows = max_vars = 300`` (checked before compiling, and again here).
* The time limit is always enforced: Z3's ``timeout`` parameter *and* a wall-clock timer that
  interrupts the private Z3 context; without a limit, :data:`DEFAULT_TIME_LIMIT` applies so Z3
  can never hang a process. On a timeout the best model Optimize holds (if it satisfies every
  assertion) is returned as ``feasible``, else the status is ``time_limit``.
* An infinite optimum (``oo``) is ``unbounded``; an infimum that is not attained (``epsilon``,
  from a strict inequality on reals) is reported as ``feasible`` with a message, the point Z3
  returned, and the infimum in ``RawSolution.extra["infimum"]``.
"""

from __future__ import annotations

import math
import threading
import time
from fractions import Fraction
from typing import Any

import numpy as np

from ..errors import CapabilityError
from ..lower import Atom, LAnd, LCard, LConst, LinearModel, Lit, LNode, LOr
from ..result import Status
from . import Capabilities, RawSolution, SolveOptions
from .cpsat import exact_fraction

__all__ = ["DEFAULT_TIME_LIMIT", "MAX_SIZE", "Z3Backend"]

DEFAULT_TIME_LIMIT = 30.0
"""Seconds allowed when the caller gives no time limit."""
MAX_SIZE = 300
_GRACE = 1.0  # seconds past the limit before the wall-clock guard interrupts Z3

_TIMEOUT_REASONS = ("timeout", "canceled", "interrupted", "max. resource limit exceeded")


def _frac(v: float) -> Fraction:
    return exact_fraction(v) or Fraction(v)


class _Builder:
    def __init__(self, lm: LinearModel) -> None:
        import z3

        self.z3 = z3
        self.lm = lm
        self.ctx = z3.Context()
        self.opt = z3.Optimize(ctx=self.ctx)
        self.vars: list[Any] = []
        self.is_int: list[bool] = []

    def num(self, f: Fraction, integral: bool) -> Any:
        if integral and f.denominator == 1:
            return self.z3.IntVal(int(f), self.ctx)
        return self.z3.RealVal(f"{f.numerator}/{f.denominator}", self.ctx)

    def columns(self) -> None:
        z3, lm = self.z3, self.lm
        for j in range(lm.n_vars):
            integral = int(lm.vtype[j]) > 0
            v = z3.Int(f"v{j}", self.ctx) if integral else z3.Real(f"v{j}", self.ctx)
            self.vars.append(v)
            self.is_int.append(integral)
            lb, ub = float(lm.lb[j]), float(lm.ub[j])
            if not math.isinf(lb):
                self.opt.add(
                    v >= self.num(_frac(lb), False if not integral else _frac(lb).denominator == 1)
                )
            if not math.isinf(ub):
                self.opt.add(
                    v <= self.num(_frac(ub), False if not integral else _frac(ub).denominator == 1)
                )

    def lin(self, cols: list[int], coefs: list[float]) -> Any:
        terms = []
        for c, a in zip(cols, coefs):
            f = _frac(a)
            v = self.vars[c]
            if self.is_int[c] and f.denominator == 1:
                terms.append(v if f == 1 else self.num(f, True) * v)
            else:
                x = self.z3.ToReal(v) if self.is_int[c] else v
                terms.append(self.num(f, False) * x)
        if not terms:
            return self.z3.IntVal(0, self.ctx)
        return terms[0] if len(terms) == 1 else self.z3.Sum(terms)

    def rows(self) -> None:
        lm = self.lm
        indptr, indices, data = lm.csr()
        for i in range(lm.n_rows):
            s, e = int(indptr[i]), int(indptr[i + 1])
            ex = self.lin(indices[s:e].tolist(), data[s:e].tolist())
            lo, hi = float(lm.row_lo[i]), float(lm.row_hi[i])
            if lo == hi:
                self.opt.add(ex == self.num(_frac(lo), False))
                continue
            if not math.isinf(lo):
                self.opt.add(ex >= self.num(_frac(lo), False))
            if not math.isinf(hi):
                self.opt.add(ex <= self.num(_frac(hi), False))

    def formula(self, node: LNode) -> Any:
        z3 = self.z3
        if isinstance(node, Lit):
            return self.vars[node.var] == (1 if node.positive else 0)
        if isinstance(node, LConst):
            return z3.BoolVal(node.value, self.ctx)
        if isinstance(node, Atom):
            ex = self.lin(list(node.cols), list(node.coefs))
            rhs = self.num(-_frac(node.const), False)
            return {
                "<=": lambda: ex <= rhs,
                "<": lambda: ex < rhs,
                ">=": lambda: ex >= rhs,
                ">": lambda: ex > rhs,
                "==": lambda: ex == rhs,
            }[node.op]()
        if isinstance(node, LAnd):
            return z3.And([self.formula(i) for i in node.items])
        if isinstance(node, LOr):
            return z3.Or([self.formula(i) for i in node.items])
        assert isinstance(node, LCard)
        items = [(self.formula(i), 1) for i in node.items]
        if node.kind == "atleast":
            return z3.PbGe(items, node.k)
        if node.kind == "atmost":
            return z3.PbLe(items, node.k)
        return z3.PbEq(items, node.k)

    def logic(self) -> None:
        for lc in self.lm.logic:
            self.opt.add(self.formula(lc.tree))

    def objective(self) -> Any:
        lm = self.lm
        if lm.sense is None:
            return None
        nz = np.nonzero(lm.c)[0].tolist()
        ex = self.lin(nz, lm.c[nz].tolist())
        return self.opt.maximize(ex) if lm.sense == "maximize" else self.opt.minimize(ex)


class Z3Backend:
    name = "z3"
    capabilities = Capabilities(logic_native=True, exact=True, max_rows=MAX_SIZE, max_vars=MAX_SIZE)

    def solve(self, lm: LinearModel, options: SolveOptions) -> RawSolution:
        size = lm.n_rows + len(lm.logic)
        if size > MAX_SIZE or lm.n_vars > MAX_SIZE:
            raise CapabilityError(
                f"backend 'z3' is limited to {MAX_SIZE} constraints and {MAX_SIZE} variables here; this model has "
                f"{size} and {lm.n_vars}",
                code="model-too-large",
                hint="use highs or cbc for models of this size",
            )
        t0 = time.perf_counter()
        b = _Builder(lm)
        b.columns()
        b.rows()
        b.logic()
        handle = b.objective()
        build = time.perf_counter() - t0
        limit = (
            DEFAULT_TIME_LIMIT
            if options.time_limit is None
            else max(float(options.time_limit), 0.001)
        )
        b.opt.set("timeout", max(1, int(limit * 1000)))
        guard = threading.Timer(limit + _GRACE, b.ctx.interrupt)
        guard.daemon = True
        guard.start()
        try:
            res = b.opt.check()
        finally:
            guard.cancel()
        z3 = b.z3
        extra: dict[str, object] = {"build_seconds": build, "time_limit": limit}
        log = str(b.opt.statistics()) if options.log else None
        if res == z3.unsat:
            return RawSolution(status=Status.infeasible, message="unsat", log=log, extra=extra)
        if res == z3.unknown:
            reason = b.opt.reason_unknown()
            x = _best_model(b)
            if x is not None:
                return RawSolution(
                    status=Status.feasible,
                    x=x,
                    message=f"unknown ({reason}); best model so far",
                    log=log,
                    extra=extra,
                )
            timed_out = any(r in reason for r in _TIMEOUT_REASONS)
            return RawSolution(
                status=Status.time_limit if timed_out else Status.error,
                message=f"unknown ({reason})",
                log=log,
                extra=extra,
            )
        model = b.opt.model()
        x = _values(b, model)
        status = Status.optimal if lm.sense is not None else Status.feasible
        message = "sat"
        if handle is not None:
            val = str(handle.value())
            if "oo" in val:
                return RawSolution(
                    status=Status.unbounded, message=f"objective is {val}", log=log, extra=extra
                )
            if "epsilon" in val:
                status = Status.feasible
                message = (
                    f"the optimum {val} is an infimum that no solution attains (strict inequality)"
                )
                inf = _finite_part(val)
                if inf is not None:
                    extra["infimum"] = inf
        return RawSolution(status=status, x=x, message=message, log=log, extra=extra)


def _finite_part(val: str) -> float | None:
    """The rational part of a Z3 optimum like ``3 + -1*epsilon`` (None when it does not parse)."""
    total = Fraction(0)
    try:
        for term in val.split(" + "):
            if "epsilon" not in term:
                total += Fraction(term.strip().strip("()").replace(" ", ""))
    except (ValueError, ZeroDivisionError):
        return None
    return float(total)


def _values(b: _Builder, model: Any) -> np.ndarray[Any, np.dtype[np.float64]]:
    out = np.empty(len(b.vars), dtype=np.float64)
    for j, v in enumerate(b.vars):
        val = model.eval(v, model_completion=True)
        if b.is_int[j]:
            out[j] = float(val.as_long())
        else:
            out[j] = float(val.as_fraction())
    return out


def _best_model(b: _Builder) -> np.ndarray[Any, np.dtype[np.float64]] | None:
    """The model Optimize holds after a timeout, if it satisfies every assertion."""
    z3 = b.z3
    try:
        model = b.opt.model()
    except z3.Z3Exception:
        return None
    if model is None or len(model) == 0:
        return None
    for a in b.opt.assertions():
        if not z3.is_true(model.eval(a, model_completion=True)):
            return None
    return _values(b, model)
