"""Cross-check: compare the LLM's Formulation with the offline formulator's, as a confidence signal.

When ``optform.offline.formulate_offline(text)`` also yields a model, both are solved on the
same backend and compared: objective sense and value, number of (scalar) variables and
constraint rows, number of integer variables. Two independent routes agreeing on the optimum
is strong evidence; disagreement is a reason to look closer, not proof of an error. The offline
formulator is imported lazily; when it is absent or fails, the agreement says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import OptformError
from ..model import Formulation
from ..result import Result

__all__ = ["Agreement", "crosscheck"]


class Agreement(BaseModel):
    """How far the LLM's model and the offline formulator's model agree."""

    model_config = ConfigDict(extra="forbid")

    available: bool = Field(description="False when there was no offline model to compare with.")
    reason: str | None = Field(default=None, description="Why no comparison was made.")
    score: float | None = Field(
        default=None, description="Share of the checks below that agree, in [0, 1]."
    )
    checks: dict[str, bool] = Field(
        default_factory=dict, description="Each comparison and whether it agrees."
    )
    llm: dict[str, Any] = Field(
        default_factory=dict, description="Status, objective and sizes of the LLM model."
    )
    offline: dict[str, Any] = Field(
        default_factory=dict, description="The same for the offline model."
    )
    notes: list[str] = Field(default_factory=list)


def _profile(
    f: Formulation, result: Result | None, backend: str, time_limit: float | None
) -> dict[str, Any]:
    from ..lower import lower
    from ..solving import solve_formulation

    out: dict[str, Any] = {"sense": f.objective.sense if f.objective else None}
    try:
        lm = lower(f)
    except OptformError as exc:
        out["error"] = exc.message
        return out
    out["variables"] = int(lm.n_vars)
    out["rows"] = int(lm.n_rows + len(lm.logic))
    out["integer_variables"] = int((lm.vtype != 0).sum())
    if result is None:
        try:
            result = solve_formulation(f, backend, time_limit=time_limit)
        except OptformError as exc:
            out["error"] = exc.message
            return out
    out["status"] = result.status.value
    out["objective"] = result.objective
    return out


def crosscheck(
    text: str,
    f: Formulation,
    result: Result | None,
    *,
    backend: str = "highs",
    time_limit: float | None = 30.0,
    rel_tol: float = 1e-6,
    offline: Callable[[str], Formulation] | None = None,
) -> Agreement:
    """Compare ``f`` (and its ``result``) with the offline formulator's model of ``text``.

    ``offline`` defaults to ``optform.offline.formulate_offline``.
    """
    if offline is None:
        from ..offline import formulate_offline

        offline = formulate_offline
    offline_fn = offline
    try:
        g = offline_fn(text)
    except OptformError as exc:
        return Agreement(
            available=False, reason=f"the offline formulator gave no model: {exc.message}"
        )
    except Exception as exc:  # a bug there must not cost the user the LLM's result; it is reported
        return Agreement(
            available=False, reason=f"the offline formulator failed: {type(exc).__name__}: {exc}"
        )
    if not isinstance(g, Formulation):
        return Agreement(available=False, reason="the offline formulator returned no Formulation")
    a = _profile(f, result, backend, time_limit)
    b = _profile(g, None, backend, time_limit)
    checks: dict[str, bool] = {}
    notes: list[str] = []
    if "error" in b:
        return Agreement(
            available=False,
            reason=f"the offline model does not compile or solve: {b['error']}",
            llm=a,
            offline=b,
        )
    checks["sense"] = a.get("sense") == b.get("sense")
    if "status" in a:
        checks["status"] = a["status"] == b["status"]
    oa, ob = a.get("objective"), b.get("objective")
    if oa is not None and ob is not None:
        checks["objective"] = abs(oa - ob) <= rel_tol * max(1.0, abs(oa), abs(ob))
        if not checks["objective"]:
            notes.append(f"objectives differ: LLM {oa:g}, offline {ob:g}")
    for key in ("variables", "rows", "integer_variables"):
        if key in a and key in b:
            checks[key] = a[key] == b[key]
    score = sum(checks.values()) / len(checks) if checks else None
    return Agreement(available=True, score=score, checks=checks, llm=a, offline=b, notes=notes)
