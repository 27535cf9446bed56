"""HiGHS through highspy, built directly from numpy arrays (the default MILP path)."""

from __future__ import annotations

import math
import os
from typing import Any

import numpy as np

from ..lower import LinearModel
from ..result import Status
from . import Capabilities, RawSolution, SolveOptions
from .bigm import linearize_logic

_STATUS = {
    "kOptimal": Status.optimal,
    "kInfeasible": Status.infeasible,
    "kUnbounded": Status.unbounded,
    "kUnboundedOrInfeasible": Status.infeasible_or_unbounded,
    "kTimeLimit": Status.time_limit,
    "kIterationLimit": Status.time_limit,
    "kSolutionLimit": Status.feasible,
    "kObjectiveBound": Status.feasible,
    "kObjectiveTarget": Status.feasible,
    "kInterrupt": Status.time_limit,
    "kModelEmpty": Status.optimal,
}


def build_highs(lm: LinearModel, options: SolveOptions):  # type: ignore[no-untyped-def]
    """A highspy.Highs instance holding ``lm`` (logic already linearized)."""
    import highspy

    h = _new_highs()
    h.setOptionValue("output_flag", bool(options.log))
    if options.log:  # captured into Result.log, not printed
        import tempfile

        fd, path = tempfile.mkstemp(prefix="optform-highs-", suffix=".log")
        os.close(fd)
        h.setOptionValue("log_to_console", False)
        h.setOptionValue("log_file", path)
    if options.time_limit is not None:
        h.setOptionValue("time_limit", float(options.time_limit))
    if options.threads is not None:
        # HiGHS fixes its thread scheduler at the first parallel solve in a process; a different
        # count later makes run() fail ("scheduler has already been initialized"): reset it first
        highspy.Highs.resetGlobalScheduler(True)
        h.setOptionValue("threads", int(options.threads))
    inf = highspy.kHighsInf
    lp = highspy.HighsLp()
    n, m = lm.n_vars, lm.n_rows
    lp.num_col_ = n
    lp.num_row_ = m
    sign = -1.0 if lm.sense == "maximize" else 1.0
    lp.col_cost_ = lm.c * sign if lm.sense else np.zeros(n)
    lp.offset_ = lm.c0 * sign if lm.sense else 0.0
    lp.col_lower_ = np.where(np.isinf(lm.lb), -inf, lm.lb)
    lp.col_upper_ = np.where(np.isinf(lm.ub), inf, lm.ub)
    lp.row_lower_ = np.where(np.isinf(lm.row_lo), -inf, lm.row_lo)
    lp.row_upper_ = np.where(np.isinf(lm.row_hi), inf, lm.row_hi)
    start, index, value = lm.csc()
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = start.astype(np.int32)
    lp.a_matrix_.index_ = index.astype(np.int32)
    lp.a_matrix_.value_ = value
    lp.a_matrix_.num_col_ = n
    lp.a_matrix_.num_row_ = m
    if lm.is_mip():
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if t > 0 else highspy.HighsVarType.kContinuous
            for t in lm.vtype
        ]
    h.passModel(lp)
    return h


_BANNER_SHOWN = False


def _reset_scheduler_in_child() -> None:
    """A forked child inherits HiGHS's task scheduler state but not its threads: its first MIP
    would wait forever on workers that do not exist. Start a fresh scheduler in the child."""
    import highspy

    reset = getattr(highspy.Highs, "resetGlobalScheduler", None)
    if reset is not None:
        reset(True)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_scheduler_in_child)


def _new_highs() -> Any:
    """A silent Highs(); the first construction in a process prints a banner on fd 1: swallow it."""
    global _BANNER_SHOWN
    import highspy

    if _BANNER_SHOWN:
        return highspy.Highs()  # type: ignore[no-untyped-call]
    import sys

    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            h = highspy.Highs()  # type: ignore[no-untyped-call]
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        _BANNER_SHOWN = True
    h.setOptionValue("output_flag", False)
    return h


class HighsBackend:
    name = "highs"
    capabilities = Capabilities(native_iis=True)

    def solve(self, lm: LinearModel, options: SolveOptions) -> RawSolution:
        lm = linearize_logic(lm)
        h = build_highs(lm, options)
        h.run()
        status_name = h.getModelStatus().name
        status = _STATUS.get(status_name, Status.error)
        info = h.getInfo()
        x = None
        has_sol = info.primal_solution_status == 2  # kSolutionStatusFeasible
        if has_sol:
            x = np.asarray(h.getSolution().col_value, dtype=np.float64)[: lm.n_vars]
            if status == Status.time_limit:
                status = Status.feasible
        elif status == Status.optimal and lm.n_vars == 0:
            x = np.zeros(0)
        if status == Status.optimal and lm.sense is None:
            status = Status.feasible if lm.n_vars else Status.optimal
        bound = None
        if lm.is_mip() and status in (Status.optimal, Status.feasible):
            b = float(info.mip_dual_bound)
            if math.isfinite(b):
                bound = -b if lm.sense == "maximize" else b
        if status == Status.infeasible_or_unbounded:
            status = _resolve_unbounded_or_infeasible(lm, options)
        return RawSolution(
            status=status,
            x=x,
            bound=bound,
            message=status_name,
            log=_read_log(h) if options.log else None,
        )


def _resolve_unbounded_or_infeasible(lm: LinearModel, options: SolveOptions) -> Status:
    """Tell infeasible from unbounded by solving the feasibility problem (zero objective)."""
    from dataclasses import replace

    probe = replace(lm, sense=None, c=np.zeros(lm.n_vars), c0=0.0)
    h = build_highs(probe, options)
    h.run()
    st = _STATUS.get(h.getModelStatus().name, Status.error)
    if st == Status.infeasible:
        return Status.infeasible
    if st == Status.optimal:
        return Status.unbounded
    return Status.infeasible_or_unbounded


def _read_log(h: Any) -> str:
    value = h.getOptionValue(
        "log_file"
    )  # (status, value) in highspy 1.16, the value in older releases
    path = str(value[1] if isinstance(value, tuple) else value)
    h.setOptionValue("log_file", "")
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        os.unlink(path)
    except OSError:
        return ""
    return text
