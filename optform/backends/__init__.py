"""Solver backends: a lazy, explicit registry.

Each backend module is imported only when that backend is used, so ``import optform``
never imports highspy, pulp, ortools or z3. A backend declares its capabilities; the
check runs before compiling (see :func:`optform.solving.check_capabilities`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from ..errors import BackendError
from ..lower import LinearModel
from ..result import Status

__all__ = [
    "BACKENDS",
    "Backend",
    "Capabilities",
    "RawSolution",
    "SolveOptions",
    "get_backend",
]


@dataclass(frozen=True)
class Capabilities:
    continuous: bool = True
    integer: bool = True
    logic_native: bool = False  # logic compiled natively (else big-M from bounds)
    exact: bool = False  # exact rational arithmetic
    native_iis: bool = False
    max_rows: int | None = None  # size guard
    max_vars: int | None = None
    integral_coefficients_only: bool = False  # needs an exact rational rescale


@dataclass
class SolveOptions:
    time_limit: float | None = None
    threads: int | None = None
    log: bool = False


@dataclass
class RawSolution:
    status: Status
    x: NDArray[np.float64] | None = None
    bound: float | None = None
    message: str | None = None
    log: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


class Backend(Protocol):
    name: str
    capabilities: Capabilities

    def solve(self, lm: LinearModel, options: SolveOptions) -> RawSolution: ...


BACKENDS: dict[str, str] = {
    "highs": "optform.backends.highs:HighsBackend",
    "cbc": "optform.backends.cbc:CbcBackend",
    "cpsat": "optform.backends.cpsat:CpSatBackend",
    "z3": "optform.backends.z3:Z3Backend",
}

_ALIASES = {
    "cp-sat": "cpsat",
    "cp_sat": "cpsat",
    "ortools": "cpsat",
    "pulp": "cbc",
    "highspy": "highs",
    "smt": "z3",
}


def get_backend(name: str) -> Backend:
    key = _ALIASES.get(name.lower(), name.lower())
    target = BACKENDS.get(key)
    if target is None:
        from ..errors import UserInputError

        raise UserInputError(
            f"unknown backend '{name}'",
            code="unknown-backend",
            hint=f"choose one of: {', '.join(BACKENDS)} (or 'all')",
        )
    mod_name, cls_name = target.split(":")
    try:
        mod = importlib.import_module(mod_name)
    except ImportError as exc:
        raise BackendError(
            f"backend '{key}' is not available: {exc}",
            code="backend-missing",
            hint="reinstall optform (pip install optform) so that its solver packages are present",
        ) from None
    backend: Backend = getattr(mod, cls_name)()
    return backend
