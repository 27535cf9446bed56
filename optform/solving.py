"""Solve a Formulation on one backend or on all of them, results in the user's names."""

from __future__ import annotations

import time

import numpy as np

from .backends import BACKENDS, Capabilities, SolveOptions, get_backend
from .errors import CapabilityError, Finding, OptformError, ValidationFailed
from .lower import LinearModel
from .model import Formulation
from .result import Result, Status
from .validate import errors_only, validate_and_lower

__all__ = ["agree", "check_capabilities", "compile_formulation", "solve_all", "solve_formulation"]


def compile_formulation(f: Formulation) -> tuple[LinearModel, list[Finding]]:
    """Validate and lower; raises :class:`ValidationFailed` with every error."""
    findings, lm = validate_and_lower(f)
    errs = errors_only(findings)
    if errs or lm is None:
        raise ValidationFailed(f"'{f.name}' has {len(errs)} error(s)", findings=errs)
    return lm, findings


def check_capabilities(lm: LinearModel, backend: str) -> None:
    """Raise :class:`CapabilityError` naming the feature and the backends that support it."""
    be = get_backend(backend)
    cap = be.capabilities
    if not cap.continuous and np.any(lm.vtype == 0):
        cont = [lm.var_name(int(i)) for i in np.nonzero(lm.vtype == 0)[0][:5]]
        ok = [b for b in BACKENDS if b != be.name and _fits(lm, get_backend(b).capabilities)]
        raise CapabilityError(
            f"backend '{be.name}' needs integer variables, but {', '.join(repr(c) for c in cont)} "
            f"{'is' if len(cont) == 1 else 'are'} continuous",
            code="needs-integer-variables",
            hint=f"use one of: {', '.join(ok)}, or declare the variables integer",
        )
    if cap.max_rows is not None and lm.n_rows + len(lm.logic) > cap.max_rows:
        raise CapabilityError(
            f"backend '{be.name}' is limited to {cap.max_rows} constraints here; this model has "
            f"{lm.n_rows + len(lm.logic)}",
            code="model-too-large",
            hint="use highs or cbc for models of this size",
        )
    if cap.max_vars is not None and lm.n_vars > cap.max_vars:
        raise CapabilityError(
            f"backend '{be.name}' is limited to {cap.max_vars} variables here; this model has {lm.n_vars}",
            code="model-too-large",
            hint="use highs or cbc for models of this size",
        )


def _fits(lm: LinearModel, cap: Capabilities) -> bool:
    """True when a backend with ``cap`` can take ``lm`` (variable types and size guards)."""
    if not cap.continuous and np.any(lm.vtype == 0):
        return False
    if cap.max_rows is not None and lm.n_rows + len(lm.logic) > cap.max_rows:
        return False
    return cap.max_vars is None or lm.n_vars <= cap.max_vars


def solve_formulation(
    f: Formulation,
    backend: str = "highs",
    *,
    time_limit: float | None = None,
    threads: int | None = None,
    log: bool = False,
) -> Result:
    """Validate, compile and solve ``f``. Errors in the model raise; solver trouble is a Result."""
    t0 = time.perf_counter()
    lm, warnings = compile_formulation(f)
    return solve_lowered(
        lm, backend, time_limit=time_limit, threads=threads, log=log, t0=t0, warnings=warnings
    )


def solve_lowered(
    lm: LinearModel,
    backend: str = "highs",
    *,
    time_limit: float | None = None,
    threads: int | None = None,
    log: bool = False,
    t0: float | None = None,
    warnings: list[Finding] | None = None,
) -> Result:
    t0 = time.perf_counter() if t0 is None else t0
    check_capabilities(lm, backend)
    be = get_backend(backend)
    t1 = time.perf_counter()
    raw = be.solve(lm, SolveOptions(time_limit=time_limit, threads=threads, log=log))
    t2 = time.perf_counter()
    build = float(raw.extra.get("build_seconds", 0.0))  # type: ignore[arg-type]
    res = Result(
        status=raw.status,
        backend=be.name,
        build_seconds=(t1 - t0) + build,
        solve_seconds=(t2 - t1) - build,
        message=raw.message,
        log=raw.log if log else None,
        bound=raw.bound,
        findings=list(warnings or []),
    )
    if raw.x is not None and raw.status.has_solution:
        x = raw.x[: lm.n_vars]
        res.values = lm.values_by_name(x)
        if lm.sense is not None:
            res.objective = float(lm.c @ x + lm.c0)
            if lm.is_mip() or be.name in ("cpsat",):
                res.objective = _tidy(res.objective)
    return res


def _tidy(v: float) -> float:
    r = round(v)
    return float(r) if abs(v - r) < 1e-7 * max(1.0, abs(v)) else v


def solve_all(
    f: Formulation,
    backends: list[str] | None = None,
    *,
    time_limit: float | None = None,
    threads: int | None = None,
) -> dict[str, Result]:
    """Solve on every backend that can take the model; incapable ones get an error Result."""
    lm, warnings = compile_formulation(f)
    out: dict[str, Result] = {}
    for name in backends or list(BACKENDS):
        try:
            out[name] = solve_lowered(
                lm, name, time_limit=time_limit, threads=threads, warnings=warnings
            )
        except OptformError as e:
            out[name] = Result(
                status=Status.error, backend=name, message=e.message, findings=e.as_findings()
            )
    return out


def agree(results: dict[str, Result], rel_tol: float = 1e-6) -> list[Finding]:
    """Findings for every disagreement between backends that produced an answer."""
    solved = {k: r for k, r in results.items() if r.status != Status.error}
    out: list[Finding] = []
    if not solved:
        return out
    ref_name, ref = next(iter(solved.items()))
    for name, r in solved.items():
        if name == ref_name:
            continue
        if _status_class(r.status) != _status_class(ref.status):
            out.append(
                Finding(
                    code="backends-disagree",
                    message=f"{ref_name} says {ref.status.value} but {name} says {r.status.value}",
                    data={"backends": [ref_name, name]},
                )
            )
        elif ref.objective is not None and r.objective is not None:
            scale = max(1.0, abs(ref.objective))
            if (
                abs(ref.objective - r.objective) > rel_tol * scale
                and r.status == Status.optimal
                and ref.status == Status.optimal
            ):
                out.append(
                    Finding(
                        code="backends-disagree",
                        message=f"{ref_name} objective {ref.objective:g} but "
                        f"{name} objective {r.objective:g}",
                        data={"backends": [ref_name, name]},
                    )
                )
    return out


def _status_class(s: Status) -> str:
    if s in (Status.optimal, Status.feasible):
        return "solved"
    if s in (Status.time_limit,):
        return "unknown"
    return str(s.value)
