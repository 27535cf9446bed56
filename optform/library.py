"""The standard library: formulations written for optform with hand-verified answers.

Each ``optform/library/<name>.yaml`` is an ordinary Formulation file whose ``meta`` says
what a correct solver must report::

    meta:
      expected_status: optimal        # optimal | feasible | infeasible | unbounded
      expected_objective: 36          # for optimal problems
      expected_values: {...}          # optional: the unique solution, in values_by_name form
      source: written for optform
      verified_by: "how the answer was checked by hand (and by an independent scipy model)"

:func:`library_cases` pairs every problem with the backends able to take it, so the same
suite runs across HiGHS, CBC, CP-SAT and Z3 (cvxpy's ``StandardTestLPs`` idea).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .errors import LoadError, UserInputError
from .model import Formulation, VarType
from .result import Status

__all__ = [
    "Z3_MAX_ROWS",
    "Z3_MAX_VARS",
    "LibraryCase",
    "capable_backends",
    "library_cases",
    "library_names",
    "load_library",
]

#: Z3's Optimize handles small models well but stalls on LPs of a few hundred rows; the
#: library runs it only on models at most this large (variables / rows + logic constraints).
Z3_MAX_VARS = 60
Z3_MAX_ROWS = 60

_STATUSES = {"optimal", "feasible", "infeasible", "unbounded"}


@dataclass(frozen=True)
class LibraryCase:
    """One library problem with its expected answer and the backends that can solve it."""

    name: str
    formulation: Formulation
    expected_status: Status
    expected_objective: float | None
    backends: tuple[str, ...]
    expected_values: dict[str, Any] | None = None
    verified_by: str = ""
    size: tuple[int, int] = field(default=(0, 0))  # (variables, rows + logic constraints)


def _dir() -> Any:
    return resources.files("optform").joinpath("library")


def library_names() -> list[str]:
    """Names of all library problems (file stems), sorted."""
    return sorted(p.name[: -len(".yaml")] for p in _dir().iterdir() if p.name.endswith(".yaml"))


def load_library(name: str) -> Formulation:
    """Load one library problem by name; :class:`UserInputError` with did-you-mean if unknown."""
    names = library_names()
    if name not in names:
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
        hint = (
            f"did you mean '{close[0]}'? " if close else ""
        ) + f"library problems: {', '.join(names)}"
        raise UserInputError(
            f"no library problem named '{name}'", code="unknown-library-problem", hint=hint
        )
    text = _dir().joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return Formulation.loads(text, format="yaml", source=f"library/{name}.yaml")


def capable_backends(f: Formulation) -> tuple[tuple[str, ...], tuple[int, int]]:
    """Backends able to take ``f`` and its size (variables, rows + logic constraints).

    HiGHS and CBC take everything; CP-SAT only models whose variables are all integer or
    binary; Z3 only small models (see :data:`Z3_MAX_VARS`, :data:`Z3_MAX_ROWS`).
    """
    from .lower import lower

    lm = lower(f)
    size = (lm.n_vars, lm.n_rows + len(lm.logic))
    out = ["highs", "cbc"]
    if all(v.type in (VarType.integer, VarType.binary) for v in f.variables):
        out.append("cpsat")
    if size[0] <= Z3_MAX_VARS and size[1] <= Z3_MAX_ROWS:
        out.append("z3")
    return tuple(out), size


def _case(name: str) -> LibraryCase:
    f = load_library(name)
    meta = f.meta
    status = meta.get("expected_status")
    if status not in _STATUSES:
        raise LoadError(
            f"library/{name}.yaml: meta.expected_status must be one of {sorted(_STATUSES)}",
            code="library-meta",
            loc=["meta", "expected_status"],
        )
    obj = meta.get("expected_objective")
    if status == "optimal" and not isinstance(obj, (int, float)):
        raise LoadError(
            f"library/{name}.yaml: an optimal problem needs meta.expected_objective",
            code="library-meta",
            loc=["meta", "expected_objective"],
        )
    backends, size = capable_backends(f)
    values = meta.get("expected_values")
    return LibraryCase(
        name=name,
        formulation=f,
        expected_status=Status(status),
        expected_objective=float(obj) if isinstance(obj, (int, float)) else None,
        backends=backends,
        expected_values=values if isinstance(values, dict) else None,
        verified_by=str(meta.get("verified_by", "")),
        size=size,
    )


def library_cases() -> list[LibraryCase]:
    """Every library problem with expected status/objective and its capable backends."""
    return [_case(n) for n in library_names()]
