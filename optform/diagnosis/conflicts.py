"""Minimal conflicting sets (irreducible infeasible subsystems) in the user's statements.

The search runs in two stages on every backend:

1. *candidates* — what the solver provides: HiGHS's own IIS on LPs (``getIis``), an
   elastic filter built on HiGHS ``feasibilityRelaxation`` for MIPs (HiGHS declines the IIS
   of a MIP, e.g. one infeasible only through integrality), Z3 unsat cores over tracked
   assertions, CP-SAT assumption cores;
2. a *deletion filter* over just those candidates — drop a member, re-solve, keep the
   drop if the rest is still infeasible — which makes the set irreducible: infeasible as
   a whole, feasible as soon as any one member is removed.

Feasibility is always that of the *subsystem* made of the members alone (plus what cannot
be switched off: binary domains, the auxiliary binaries of logic encodings).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Protocol

from ..errors import Finding, Severity
from ..lower import LinearModel
from .members import Unit
from .models import ConflictSet

__all__ = ["Oracle", "deletion_filter", "find_conflict", "make_oracle"]


class Oracle(Protocol):
    units: list[Unit]
    solves: int

    def feasible(self, active: set[int]) -> bool | None: ...


def make_oracle(
    backend: str, lm: LinearModel, units: list[Unit], time_limit: float | None
) -> Oracle:
    """The feasibility oracle of a backend (cbc has no IIS of its own: it shares HiGHS's)."""
    if backend == "z3":
        from .z3core import Z3Oracle

        return Z3Oracle(lm, units, time_limit)
    if backend == "cpsat":
        from .cpsatcore import CpSatOracle

        return CpSatOracle(lm, units, time_limit)
    from .milp import HighsOracle

    return HighsOracle(lm, units, time_limit)


def _removal_order(units: list[Unit], cands: Iterable[int]) -> list[int]:
    """Try bounds first, then constraints (last first), integrality last."""
    rank = {"lb": 0, "ub": 0, "rows": 1, "int": 2}
    return sorted(cands, key=lambda i: (rank[units[i].kind], -i))


def deletion_filter(
    cands: Iterable[int],
    feasible: Callable[[set[int]], bool | None],
    order: Callable[[Iterable[int]], list[int]] | None = None,
) -> tuple[list[int], bool]:
    """Shrink an infeasible set to an irreducible one; returns (set, all checks conclusive)."""
    keep = set(cands)
    certain = True
    for i in order(keep) if order else sorted(keep):
        trial = keep - {i}
        r = feasible(trial)
        if r is False:
            keep = trial
        elif r is None:
            certain = False
    return sorted(keep), certain


def _elastic_filter(oracle: Oracle, active: set[int], hard: set[int]) -> set[int] | None:
    """Chinneck's elastic filter on HiGHS feasibilityRelaxation: harden violated units until infeasible."""
    from .milp import HighsOracle

    assert isinstance(oracle, HighsOracle)
    h = set(hard)
    soft = set(active) - h
    for _ in range(len(active) + 1):
        if oracle.feasible(h) is False:
            return h
        res = oracle.elastic(active, soft)
        if res is None:
            return h if oracle.feasible(h) is False else None
        _, viol = res
        if not viol:
            return None
        h |= set(viol)
        soft -= set(viol)
    return None


def find_conflict(
    lm: LinearModel, units: list[Unit], backend: str, oracle: Oracle
) -> tuple[ConflictSet | None, list[Finding]]:
    """An irreducible conflicting set of units, or None (with findings saying why)."""
    t0 = time.perf_counter()
    notes: list[Finding] = []
    everything = set(range(len(units)))
    non_int = {i for i, u in enumerate(units) if u.kind != "int"}
    method = ""
    cands: set[int] | None = None
    if backend == "z3":
        from .z3core import Z3Oracle

        assert isinstance(oracle, Z3Oracle)
        core = oracle.core(everything)
        cands, method = (set(core) if core is not None else None), "z3 unsat core"
    elif backend == "cpsat":
        from .cpsatcore import CpSatOracle

        assert isinstance(oracle, CpSatOracle)
        core = oracle.core(non_int)
        cands, method = (set(core) if core is not None else None), "cp-sat assumption core"
        notes.append(
            Finding(
                code="cpsat-integral",
                severity=Severity.info,
                message="CP-SAT treats every variable as integer; integrality is assumed, not a member",
            )
        )
    else:
        from .milp import HighsOracle

        assert isinstance(oracle, HighsOracle)
        relaxed = oracle.feasible(non_int)
        if relaxed is False:
            iis = (
                oracle.lp_iis(non_int) if not oracle.lin.is_mip() or not _aux_ints(oracle) else None
            )
            if iis is not None and oracle.feasible(set(iis)) is False:
                cands, method = set(iis), "highs IIS"
            else:
                if iis is not None:
                    notes.append(
                        Finding(
                            code="iis-not-infeasible",
                            severity=Severity.info,
                            message="HiGHS's IIS was not infeasible on re-check; used the elastic filter",
                        )
                    )
                cands, method = (
                    _elastic_filter(oracle, non_int, set()),
                    "highs feasibilityRelaxation elastic filter",
                )
        elif relaxed is True:
            ints = everything - non_int
            h = _elastic_filter(oracle, everything, ints)
            cands, method = h, "highs feasibilityRelaxation elastic filter (integrality)"
        if cands is not None and lm.logic:
            # big-M rows bake the bounds of logic variables in: add those bounds to the candidates
            # and shrink with exact logic semantics (Z3), so a bound is a member only when needed
            cands |= _logic_bound_units(lm, units)
            if len(cands) <= _Z3_SHRINK_LIMIT:
                from .z3core import Z3Oracle

                z3o = Z3Oracle(lm, units, getattr(oracle, "time_limit", None))
                if z3o.feasible(cands) is False:
                    keep, certain = deletion_filter(
                        cands, z3o.feasible, lambda c: _removal_order(units, c)
                    )
                    cs = ConflictSet(
                        members=[units[i].member.model_copy(deep=True) for i in keep],
                        irreducible=certain,
                        method=method + " + deletion filter on z3 (exact logic)",
                        backend="highs",
                        solves=oracle.solves + z3o.solves,
                        seconds=time.perf_counter() - t0,
                    )
                    return cs, notes
        if backend == "cbc":
            notes.append(
                Finding(
                    code="cbc-uses-highs",
                    severity=Severity.info,
                    message="CBC has no IIS of its own; the conflict was found and checked with HiGHS",
                )
            )
    if cands is None:
        notes.append(
            Finding(
                code="no-conflict-found",
                severity=Severity.warning,
                message=f"{backend} could not confirm infeasibility of any subset (time limit?)",
                hint="raise --time-limit or try another backend",
            )
        )
        return None, notes
    method += " + deletion filter"
    keep, certain = deletion_filter(cands, oracle.feasible, lambda c: _removal_order(units, c))
    members = [units[i].member.model_copy(deep=True) for i in keep]
    cs = ConflictSet(
        members=members,
        irreducible=certain,
        method=method,
        backend="highs" if backend == "cbc" else backend,
        solves=oracle.solves,
        seconds=time.perf_counter() - t0,
    )
    return cs, notes


_Z3_SHRINK_LIMIT = 200


def _logic_bound_units(lm: LinearModel, units: list[Unit]) -> set[int]:
    cols: set[int] = set()
    for lc in lm.logic:
        _atom_cols(lc.tree, cols)
    return {i for i, u in enumerate(units) if u.kind in ("lb", "ub") and u.col in cols}


def _atom_cols(n: object, out: set[int]) -> None:
    from ..lower import Atom, LAnd, LCard, LOr

    if isinstance(n, Atom):
        out.update(n.cols)
    elif isinstance(n, (LAnd, LOr, LCard)):
        for i in n.items:
            _atom_cols(i, out)


def _aux_ints(oracle: object) -> bool:
    """True when the linearized model has integer columns that are not user variables (logic binaries)."""
    from .milp import HighsOracle

    assert isinstance(oracle, HighsOracle)
    return bool(oracle.lin.n_vars > oracle.lm.n_vars)
