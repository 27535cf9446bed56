"""One Result type for every backend, in the problem's own names."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .errors import Finding

__all__ = ["Result", "Status"]


class Status(str, Enum):
    """Why the solver stopped / what it found — one vocabulary for all backends."""

    optimal = "optimal"
    feasible = "feasible"  # a solution, optimality not proven (time limit) or no objective
    infeasible = "infeasible"
    unbounded = "unbounded"
    infeasible_or_unbounded = "infeasible_or_unbounded"
    time_limit = "time_limit"  # stopped by the time limit with no solution
    error = "error"

    @property
    def has_solution(self) -> bool:
        return self in (Status.optimal, Status.feasible)


class Result(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status = Field(
        description="optimal, feasible, infeasible, unbounded, time_limit or error."
    )
    objective: float | None = Field(
        default=None, description="Objective value in the user's units."
    )
    values: dict[str, Any] = Field(
        default_factory=dict,
        description="Variable values by name; indexed variables map 'i,j' keys to values.",
    )
    backend: str = Field(description="Backend that produced the result.")
    build_seconds: float = 0.0
    solve_seconds: float = 0.0
    message: str | None = Field(default=None, description="Solver message, when there is one.")
    log: str | None = Field(default=None, description="Solver log, on request.")
    bound: float | None = Field(
        default=None, description="Best proven bound on the objective, when known."
    )
    findings: list[Finding] = Field(default_factory=list, description="Warnings raised on the way.")
    diagnosis: Any = Field(default=None, description="Diagnosis when the status is not optimal.")

    def value(self, name: str, *index: Any) -> float:
        v = self.values[name]
        if isinstance(v, dict):
            return float(v[",".join(str(i) for i in index)])
        return float(v)

    def summary(self) -> str:
        obj = "" if self.objective is None else f", objective {self.objective:g}"
        return f"{self.backend}: {self.status.value}{obj}"
