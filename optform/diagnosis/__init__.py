"""Diagnosis: why a model is infeasible or unbounded, what smallest change fixes it, lint.

Public API::

    diagnose(f, backend="highs", *, time_limit=None) -> Diagnosis
    find_conflict(f, backend="highs", *, time_limit=None) -> ConflictSet | None
    lint(f, *, result=None) -> list[Finding]
    render_diagnosis(d) -> str

``diagnose`` solves first. Infeasible: a minimal conflicting set of the user's statements
(constraint family members, variable bounds, integrality) with their sentences, then
fixes, each applied and re-solved. Unbounded: the growing variables, the objective terms
that reward them and the missing bound. Solved: lint for probable modelling mistakes.
Everything is data (pydantic); ``render_diagnosis`` turns it into text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..backends import _ALIASES, BACKENDS
from ..errors import CapabilityError, Finding, Severity, UserInputError
from ..lower import LinearModel
from ..model import Formulation
from ..result import Result, Status
from .models import (
    ConflictMember,
    ConflictSet,
    Diagnosis,
    Fix,
    FixKind,
    MemberKind,
    RayComponent,
    UnboundedRay,
)
from .render import render_diagnosis

if TYPE_CHECKING:
    from .members import Unit
    from .milp import HighsOracle

__all__ = [
    "ConflictMember",
    "ConflictSet",
    "Diagnosis",
    "Fix",
    "FixKind",
    "MemberKind",
    "RayComponent",
    "UnboundedRay",
    "diagnose",
    "find_conflict",
    "lint",
    "render_diagnosis",
]


def _backend_name(backend: str) -> str:
    key = _ALIASES.get(backend.lower(), backend.lower())
    if key not in BACKENDS:
        raise UserInputError(
            f"unknown backend '{backend}'",
            code="unknown-backend",
            hint=f"choose one of: {', '.join(BACKENDS)}",
        )
    return key


def _compile(f: Formulation) -> LinearModel:
    from ..solving import compile_formulation

    lm, _ = compile_formulation(f)
    return lm


def find_conflict(
    f: Formulation, backend: str = "highs", *, time_limit: float | None = None
) -> ConflictSet | None:
    """A minimal conflicting set of ``f``'s statements found with ``backend``'s own tools; None if feasible.

    Raises :class:`~optform.errors.ValidationFailed` for an invalid Formulation and
    :class:`~optform.errors.CapabilityError` when the backend cannot take the model.
    """
    from .conflicts import find_conflict as _find
    from .conflicts import make_oracle
    from .members import build_units

    name = _backend_name(backend)
    lm = _compile(f)
    units = build_units(f, lm)
    oracle = make_oracle(name, lm, units, time_limit)
    if oracle.feasible(set(range(len(units)))) is not False:
        return None
    cs, _ = _find(lm, units, name, oracle)
    return cs


def lint(f: Formulation, *, result: Result | None = None) -> list[Finding]:
    """Probable modelling mistakes in a valid Formulation (``result`` enables the all-zero check)."""
    from .lints import lint_model

    return lint_model(f, _compile(f), result)


def diagnose(
    f: Formulation, backend: str = "highs", *, time_limit: float | None = None
) -> Diagnosis:
    """Solve ``f`` on ``backend`` and explain the outcome (see the module docstring)."""
    from ..solving import solve_lowered
    from .conflicts import find_conflict as _find
    from .conflicts import make_oracle
    from .fixes import suggest_fixes
    from .lints import lint_model
    from .members import build_units
    from .unbounded import find_ray

    name = _backend_name(backend)
    lm = _compile(f)
    res = solve_lowered(lm, name, time_limit=time_limit)
    d = Diagnosis(
        status=res.status, backend=name, objective=res.objective, source_text=f.source_text
    )
    status = res.status
    units = build_units(f, lm)
    oracle = None
    if status == Status.infeasible_or_unbounded:
        oracle = make_oracle(name, lm, units, time_limit)
        feas = oracle.feasible(set(range(len(units))))
        status = Status.infeasible if feas is False else Status.unbounded if feas else status
        d.findings.append(
            Finding(
                code="status-resolved",
                severity=Severity.info,
                message=f"{name} said infeasible_or_unbounded; a feasibility solve says "
                f"{status.value}",
            )
        )
    if status == Status.infeasible:
        oracle = oracle or make_oracle(name, lm, units, time_limit)
        cs, notes = _find(lm, units, name, oracle)
        d.conflict = cs
        d.findings.extend(notes)
        if cs is not None:
            index = {u.member.label: i for i, u in enumerate(units)}
            members = [index[m.label] for m in cs.members]
            milp = oracle if name in ("highs", "cbc") else _milp_or_none(lm, units, time_limit, d)
            d.fixes = suggest_fixes(f, lm, units, members, name, milp, time_limit)
    elif status == Status.unbounded:
        ray, fixes, notes = find_ray(f, lm, name, time_limit)
        d.unbounded, d.fixes = ray, fixes
        d.findings.extend(notes)
    elif status.has_solution:
        d.lint = lint_model(f, lm, res)
    else:
        d.findings.append(
            Finding(
                code="no-verdict",
                severity=Severity.warning,
                message=f"{name} stopped with status {status.value}; nothing to diagnose",
                hint="raise the time limit or try another backend",
            )
        )
    return d


def _milp_or_none(
    lm: LinearModel, units: list[Unit], time_limit: float | None, d: Diagnosis
) -> HighsOracle | None:
    from .milp import HighsOracle

    try:
        return HighsOracle(lm, units, time_limit)
    except CapabilityError as e:
        d.findings.append(
            Finding(
                code="no-elastic",
                severity=Severity.info,
                message=f"limits cannot be relaxed numerically on HiGHS: {e.message}",
                hint="only drop / integrality fixes are suggested",
            )
        )
        return None
