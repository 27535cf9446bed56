"""Metrics of an evaluation run, computed from the per-problem records.

Definitions (also stated in every report):

* **executed** — the formulator produced a model and the solver returned a solution with an
  objective value (status optimal or feasible). *Execution rate* = executed / finished.
* **correct** — executed, the problem has an answer, and
  ``|predicted - answer| <= tol * max(|answer|, 1)`` (relative error, with the scale floored
  at 1 so that an answer of 0 is scorable; default ``tol`` = 1e-4). *Solving accuracy* =
  correct / scored, where *scored* = finished problems whose answer is not null.
* **outcome** — one of ``solved``, ``infeasible``, ``unbounded``, ``infeasible_or_unbounded``,
  ``no_objective``, ``solver_time_limit``, ``error``, ``timeout`` (killed at the per-problem limit).
* **accuracy per constraint class** — over scored problems whose gold labels contain at least
  one constraint of that class (NL4Opt ``const_declarations[*].type`` or the classes of a gold
  Formulation); a problem counts once in every class it contains.
"""

from __future__ import annotations

import math
import statistics
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .datasets import DatasetInfo

__all__ = [
    "OUTCOMES",
    "EvalSummary",
    "GroupAccuracy",
    "LLMUsage",
    "Outcome",
    "ProblemResult",
    "TimeStats",
    "TraceStats",
    "compute_metrics",
    "is_correct",
    "relative_error",
    "tolerance_rule",
]

Outcome = Literal[
    "solved",
    "infeasible",
    "unbounded",
    "infeasible_or_unbounded",
    "no_objective",
    "solver_time_limit",
    "error",
    "timeout",
]
OUTCOMES: tuple[str, ...] = (
    "solved",
    "infeasible",
    "unbounded",
    "infeasible_or_unbounded",
    "no_objective",
    "solver_time_limit",
    "error",
    "timeout",
)


class TraceStats(BaseModel):
    """LLM usage of one problem, read from the formulator's trace when it has one."""

    model_config = ConfigDict(extra="forbid")

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None


class ProblemResult(BaseModel):
    """One line of ``results.jsonl``: everything measured for one problem."""

    model_config = ConfigDict(extra="forbid")

    id: str
    dataset: str = ""
    text: str | None = Field(default=None, description="The problem text (so reports stand alone).")
    answer: float | None = None
    outcome: Outcome
    status: str | None = Field(default=None, description="Solver status, when a solver ran.")
    objective: float | None = None
    error_code: str | None = None
    error_message: str | None = None
    seconds: float = Field(default=0.0, description="Wall time for formulate + solve.")
    formulate_seconds: float | None = None
    solve_seconds: float | None = None
    classes: list[str] = Field(
        default_factory=list, description="Constraint classes in the gold labels."
    )
    formulation: dict[str, Any] | None = None
    trace: TraceStats | None = None
    finished_at: str | None = None

    @property
    def executed(self) -> bool:
        return self.outcome == "solved" and self.objective is not None


class GroupAccuracy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    n: int
    correct: int
    accuracy: float | None


class TimeStats(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mean: float | None = None
    median: float | None = None
    p90: float | None = None
    max: float | None = None
    total: float = 0.0


class LLMUsage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problems_with_trace: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None


class EvalSummary(BaseModel):
    """The figures of one run."""

    model_config = ConfigDict(extra="forbid")

    run_dir: str | None = None
    formulator: str = ""
    datasets: list[DatasetInfo] = Field(default_factory=list)
    tol: float
    tolerance_rule: str
    total: int = Field(description="Problems selected for the run.")
    finished: int
    complete: bool
    scored: int
    correct: int
    accuracy: float | None
    executed: int
    execution_rate: float | None
    outcomes: dict[str, int]
    by_class: list[GroupAccuracy]
    by_dataset: list[GroupAccuracy]
    time: TimeStats
    llm: LLMUsage | None = None


def tolerance_rule(tol: float) -> str:
    return f"|predicted - answer| <= {tol:g} * max(|answer|, 1)"


def relative_error(predicted: float, answer: float) -> float:
    return abs(predicted - answer) / max(abs(answer), 1.0)


def is_correct(predicted: float | None, answer: float | None, tol: float = 1e-4) -> bool:
    """True when ``predicted`` is within ``tol`` relative (scale floored at 1) of ``answer``.

    The boundary counts as within (a 1e-12 relative slack absorbs decimal round-off).
    Non-finite values are never correct.
    """
    if predicted is None or answer is None:
        return False
    if not (math.isfinite(predicted) and math.isfinite(answer)):
        return False
    scale = max(abs(answer), 1.0)
    return abs(predicted - answer) <= tol * scale + 1e-12 * scale


def _group(name: str, items: list[ProblemResult], tol: float) -> GroupAccuracy:
    c = sum(1 for r in items if is_correct(r.objective if r.executed else None, r.answer, tol))
    return GroupAccuracy(
        name=name, n=len(items), correct=c, accuracy=c / len(items) if items else None
    )


def _percentile(xs: list[float], q: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] if lo == hi else s[lo] + (s[hi] - s[lo]) * (k - lo)


def compute_metrics(
    results: list[ProblemResult],
    *,
    tol: float = 1e-4,
    total: int | None = None,
    datasets: list[DatasetInfo] | None = None,
    formulator: str = "",
    run_dir: str | None = None,
) -> EvalSummary:
    """Summarize per-problem records. Records with a repeated id count once (the first)."""
    seen: set[str] = set()
    uniq: list[ProblemResult] = []
    for r in results:
        if r.id not in seen:
            seen.add(r.id)
            uniq.append(r)
    scored = [r for r in uniq if r.answer is not None]
    correct = sum(
        1 for r in scored if is_correct(r.objective if r.executed else None, r.answer, tol)
    )
    executed = sum(1 for r in uniq if r.executed)
    outcomes = {o: 0 for o in OUTCOMES}
    for r in uniq:
        outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
    classes = sorted({c for r in scored for c in r.classes})
    by_class = [_group(c, [r for r in scored if c in r.classes], tol) for c in classes]
    ds_names = sorted({r.dataset for r in scored})
    by_dataset = [
        _group(d or "(unnamed)", [r for r in scored if r.dataset == d], tol) for d in ds_names
    ]
    secs = [r.seconds for r in uniq]
    times = TimeStats(
        mean=statistics.fmean(secs) if secs else None,
        median=statistics.median(secs) if secs else None,
        p90=_percentile(secs, 0.9) if secs else None,
        max=max(secs) if secs else None,
        total=float(sum(secs)),
    )
    traced = [r.trace for r in uniq if r.trace is not None]
    llm: LLMUsage | None = None
    if traced:
        costs = [t.cost_usd for t in traced if t.cost_usd is not None]
        llm = LLMUsage(
            problems_with_trace=len(traced),
            calls=sum(t.calls for t in traced),
            prompt_tokens=sum(t.prompt_tokens for t in traced),
            completion_tokens=sum(t.completion_tokens for t in traced),
            cost_usd=float(sum(costs)) if costs else None,
        )
    n_total = total if total is not None else len(uniq)
    return EvalSummary(
        run_dir=run_dir,
        formulator=formulator,
        datasets=list(datasets or []),
        tol=tol,
        tolerance_rule=tolerance_rule(tol),
        total=n_total,
        finished=len(uniq),
        complete=len(uniq) >= n_total,
        scored=len(scored),
        correct=correct,
        accuracy=correct / len(scored) if scored else None,
        executed=executed,
        execution_rate=executed / len(uniq) if uniq else None,
        outcomes=outcomes,
        by_class=by_class,
        by_dataset=by_dataset,
        time=times,
        llm=llm,
    )
