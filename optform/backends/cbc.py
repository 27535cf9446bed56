"""CBC through PuLP (the second MILP solver; PuLP also writes LP/MPS files for export).

Names: PuLP mangles names (``x+`` and ``x-`` both become ``x_``), so we never give it a
user name. Columns are ``v0, v1, …`` and rows ``r0, r1, …`` (a two-sided range row ``i``
becomes ``r<i>`` (>=) and ``s<i>`` (<=)); results are mapped back by position.

Import order trap (reproduced here with pulp 3.3.2, highspy 1.16, ortools 9.15):
``import pulp`` pre-loads highspy's ``_core*.so`` with ``RTLD_GLOBAL`` (see
``pulp/__init__.py``), which makes the HiGHS 1.16 symbols process-global. When OR-Tools'
native library is loaded *afterwards*, its own bundled HiGHS (1.12) binds to those
foreign symbols, and the first OR-Tools HiGHS solve segfaults::

    python -c "import pulp; from ortools.linear_solver import pywraplp; \\
        s = pywraplp.Solver.CreateSolver('HIGHS'); s.Maximize(s.NumVar(0, 4, 'x')); s.Solve()"
    # -> exit code 139 (SIGSEGV); the same with ortools.math_opt and HIGHS

``import highspy`` alone (RTLD_LOCAL) is harmless, and ``import ortools`` alone does not
load the native library; importing ``ortools.sat.python.cp_model`` *before* pulp loads it
first and the crash is gone (also when highspy was imported before both). Hence every
pulp import in optform goes through :func:`import_pulp`.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import numpy as np

from ..lower import LinearModel
from ..result import Status
from . import Capabilities, RawSolution, SolveOptions
from .bigm import linearize_logic

__all__ = ["CbcBackend", "PulpModel", "build_pulp", "import_pulp"]


def import_pulp() -> ModuleType:
    """Import pulp after OR-Tools' native library (see the module docstring for why)."""
    with contextlib.suppress(ImportError):  # OR-Tools absent: nothing to protect
        import ortools.sat.python.cp_model  # noqa: F401
    import pulp

    mod: ModuleType = pulp
    return mod


@dataclass
class PulpModel:
    """A PuLP problem built from a LinearModel, with the columns in model order."""

    prob: Any
    variables: list[Any]
    row_names: dict[str, int] = field(default_factory=dict)  # PuLP row name -> model row
    violated_empty_rows: list[int] = field(
        default_factory=list
    )  # rows with no terms that cannot hold


def build_pulp(lm: LinearModel, name: str = "optform") -> PulpModel:
    """Build a PuLP problem from a logic-free LinearModel, vectorized per row (no '+=' chains)."""
    if lm.logic:
        raise ValueError("build_pulp needs a logic-free model: call linearize_logic first")
    pulp = import_pulp()
    sense = pulp.LpMaximize if lm.sense == "maximize" else pulp.LpMinimize
    prob = pulp.LpProblem(name, sense)
    variables = []
    for j in range(lm.n_vars):
        lo = float(lm.lb[j])
        hi = float(lm.ub[j])
        cat = pulp.LpContinuous if int(lm.vtype[j]) == 0 else pulp.LpInteger
        variables.append(
            prob.add_variable(
                f"v{j}", None if math.isinf(lo) else lo, None if math.isinf(hi) else hi, cat
            )
        )
    var_arr = np.empty(len(variables), dtype=object)
    var_arr[:] = variables
    # every column goes into the objective (zero coefficients included): PuLP only knows the
    # columns that appear in the objective or a row, and fails on registered-but-unused ones
    coefs = lm.c.tolist() if lm.sense is not None else [0.0] * lm.n_vars
    prob.setObjective(
        pulp.LpAffineExpression(
            zip(variables, coefs), constant=float(lm.c0) if lm.sense is not None else 0.0
        )
    )
    indptr, indices, data = lm.csr()
    out = PulpModel(prob, variables)
    for i in range(lm.n_rows):
        s, e = int(indptr[i]), int(indptr[i + 1])
        lo, hi = float(lm.row_lo[i]), float(lm.row_hi[i])
        if s == e:
            if lo > 1e-9 or hi < -1e-9:
                out.violated_empty_rows.append(i)
            continue
        terms = list(zip(var_arr[indices[s:e]], data[s:e].tolist()))
        if lo == hi:
            prob.addConstraint(
                pulp.LpConstraint(pulp.LpAffineExpression(terms), pulp.LpConstraintEQ, f"r{i}", lo)
            )
            out.row_names[f"r{i}"] = i
            continue
        if not math.isinf(lo):
            prob.addConstraint(
                pulp.LpConstraint(pulp.LpAffineExpression(terms), pulp.LpConstraintGE, f"r{i}", lo)
            )
            out.row_names[f"r{i}"] = i
        if not math.isinf(hi):
            key = f"s{i}" if not math.isinf(lo) else f"r{i}"
            prob.addConstraint(
                pulp.LpConstraint(pulp.LpAffineExpression(terms), pulp.LpConstraintLE, key, hi)
            )
            out.row_names[key] = i
    return out


# (PuLP status, PuLP solution status) -> optform Status. PuLP: status 1 Optimal,
# 0 Not Solved, -1 Infeasible, -2 Unbounded, -3 Undefined; solution status 1 optimal,
# 2 integer feasible (CBC "Stopped on time - objective value …"), 0 none, -1 infeasible,
# -2 unbounded.
_STATUS: dict[tuple[int, int], Status] = {
    (1, 1): Status.optimal,
    (1, 2): Status.feasible,  # stopped (time limit) with an incumbent
    (0, 0): Status.time_limit,  # stopped without a solution
    (-1, -1): Status.infeasible,
    (-1, 0): Status.infeasible,  # CBC "Integer infeasible"
    (-2, -2): Status.unbounded,
    (-2, 0): Status.unbounded,
    (-3, 0): Status.error,
}


_PROBE_SECONDS = 10.0


class CbcBackend:
    name = "cbc"
    capabilities = Capabilities()

    def solve(self, lm: LinearModel, options: SolveOptions) -> RawSolution:
        import_pulp()  # the one-time import is not model building
        t0 = time.perf_counter()
        lin = linearize_logic(lm)
        pm = build_pulp(lin)
        build = time.perf_counter() - t0
        if pm.violated_empty_rows:
            i = pm.violated_empty_rows[0]
            return RawSolution(
                status=Status.infeasible,
                message=f"row '{lin.row_names[i]}' has no variables and cannot hold",
                extra={"build_seconds": build},
            )
        raw = _run(pm, lin, options)
        raw.extra["build_seconds"] = build
        if raw.status == Status.unbounded and lin.is_mip():
            raw.status = _probe_unbounded(lin, options)
        return raw


def _run(
    pm: PulpModel, lm: LinearModel, options: SolveOptions, preprocess: bool = False
) -> RawSolution:
    pulp = import_pulp()
    fd, log_path = tempfile.mkstemp(prefix="optform-cbc-", suffix=".log")
    os.close(fd)
    # CBC's integer preprocessing (CglPreProcess, CBC 2.10.3 as bundled with pulp 3.3) returns a
    # wrong "optimal" answer on some small models, e.g. min x0 - x3 s.t. 3 x0 - 6 x1 == 3,
    # -2 x0 - x1 + 2 x3 <= 1, 0 <= x0 <= 3, 0 <= x1, x3 <= 2 integer: it reports 1 at (3, 1, 2)
    # while (1, 0, 1) gives 0 (found by tests/test_differential.py). It is switched off.
    kwargs: dict[str, Any] = {
        "msg": False,
        "options": [] if preprocess else ["preprocess off"],
        "logPath": log_path,
    }
    if options.time_limit is not None:
        kwargs["timeLimit"] = float(options.time_limit)
    if options.threads is not None:
        kwargs["threads"] = int(options.threads)
    with warnings.catch_warnings():
        # pulp 3.3 deprecates PULP_CBC_CMD (the bundled CBC binary) in favour of COIN_CMD with a
        # separately installed CBC (`pulp[cbc]`); the bundled binary is what we ship with.
        warnings.simplefilter("ignore", DeprecationWarning)
        solver = pulp.PULP_CBC_CMD(**kwargs)
    failure: str | None = None
    try:
        pm.prob.solve(solver)
    except pulp.PulpSolverError as exc:
        failure = str(exc)
    finally:
        with open(log_path, encoding="utf-8", errors="replace") as fh:
            log_text = fh.read()
        os.unlink(log_path)
    log = log_text if options.log else None
    if failure is not None:
        if not preprocess:
            # With preprocessing off, this CBC segfaults (before flushing its output) when its bound
            # tightening finds the model infeasible, e.g. 2x <= 1, 3x >= 1, x integer. Ask again
            # with preprocessing on, and trust only what can be trusted from that run.
            again = _run(pm, lm, options, preprocess=True)
            if again.status == Status.infeasible:
                again.message = "infeasible (CBC with preprocessing on; without it, CBC crashed)"
            elif again.status.has_solution:
                again.status = (
                    Status.feasible
                )  # a point, but its optimality comes from the buggy preprocessing
                again.message = (
                    "a solution from CBC with preprocessing on (without it, CBC crashed); "
                    "optimality not certified"
                )
            return again
        return RawSolution(status=Status.error, message=f"CBC failed: {failure}", log=log)
    key = (int(pm.prob.status), int(pm.prob.sol_status))
    status = _STATUS.get(key, Status.error)
    message = f"{pulp.LpStatus.get(key[0], key[0])} (solution status {key[1]})"
    x = None
    if status.has_solution:
        x = np.array(
            [0.0 if v.varValue is None else float(v.varValue) for v in pm.variables],
            dtype=np.float64,
        )
    if status == Status.optimal and lm.sense is None:
        status = Status.feasible  # same convention as HiGHS: no objective -> feasible
    return RawSolution(status=status, x=x, message=message, log=log)


def _probe_unbounded(lm: LinearModel, options: SolveOptions) -> Status:
    """CBC may call a MIP unbounded when only its LP relaxation is: check integer feasibility."""
    from dataclasses import replace

    probe = replace(lm, sense=None, c=np.zeros(lm.n_vars), c0=0.0)
    # an integer feasibility search over unbounded integers can run forever (2x - 2y == 1):
    # bounded, and an inconclusive probe is reported as such
    limit = (
        min(options.time_limit, _PROBE_SECONDS)
        if options.time_limit is not None
        else _PROBE_SECONDS
    )
    raw = _run(build_pulp(probe), probe, replace(options, time_limit=limit, log=False))
    if raw.status == Status.infeasible:
        return Status.infeasible
    if raw.status.has_solution:
        return Status.unbounded
    return Status.infeasible_or_unbounded
