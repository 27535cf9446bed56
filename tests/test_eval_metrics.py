"""Evaluation metrics: tolerance edge cases, outcome counts, per-class accuracy, LLM usage."""

from __future__ import annotations

import math
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optform.evaluation import ProblemResult, compute_metrics, is_correct, trace_stats
from optform.evaluation.metrics import Outcome, relative_error, tolerance_rule


@pytest.mark.parametrize(
    ("pred", "ans", "tol", "ok"),
    [
        (100.0, 100.0, 1e-4, True),
        (100.01, 100.0, 1e-4, True),  # exactly on the relative boundary counts as within
        (100.0101, 100.0, 1e-4, False),
        (99.99, 100.0, 1e-4, True),
        (99.9899, 100.0, 1e-4, False),
        (-2000.2, -2000.0, 1e-4, True),  # negative answers use |answer|
        (-2000.3, -2000.0, 1e-4, False),
        (0.0, 0.0, 1e-4, True),
        (1e-4, 0.0, 1e-4, True),  # answer 0: the scale is floored at 1, so tol acts absolutely
        (2e-4, 0.0, 1e-4, False),
        (0.50005, 0.5, 1e-4, True),  # |answer| < 1: absolute 1e-4
        (0.5002, 0.5, 1e-4, False),
        (880.0, 888.888, 1e-4, False),  # integer vs LP reading of an NL4Opt problem
        (880.0, 888.888, 1e-2, True),  # a looser tolerance accepts it
        (math.nan, 1.0, 1e-4, False),
        (math.inf, math.inf, 1e-4, False),
        (None, 1.0, 1e-4, False),
        (1.0, None, 1e-4, False),
    ],
)
def test_tolerance_edges(pred: float | None, ans: float | None, tol: float, ok: bool) -> None:
    assert is_correct(pred, ans, tol) is ok


@settings(max_examples=60, deadline=None)
@given(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    st.floats(min_value=1e-9, max_value=0.1),
)
def test_tolerance_is_symmetric_and_monotone(ans: float, tol: float) -> None:
    scale = max(abs(ans), 1.0)
    inside, outside = ans + 0.5 * tol * scale, ans + 2 * tol * scale
    assert is_correct(inside, ans, tol) and is_correct(ans - 0.5 * tol * scale, ans, tol)
    assert not is_correct(outside, ans, tol) and not is_correct(ans - 2 * tol * scale, ans, tol)
    assert is_correct(outside, ans, 4 * tol)
    assert relative_error(inside, ans) <= tol


def _r(
    pid: str,
    outcome: Outcome = "solved",
    obj: float | None = None,
    ans: float | None = 10.0,
    classes: tuple[str, ...] = (),
    dataset: str = "d",
    seconds: float = 1.0,
    **kw: Any,
) -> ProblemResult:
    if outcome == "solved" and obj is None:
        obj = ans if ans is not None else 1.0
    return ProblemResult(
        id=pid,
        outcome=outcome,
        objective=obj,
        answer=ans,
        classes=list(classes),
        dataset=dataset,
        seconds=seconds,
        **kw,
    )


def test_counts_rates_and_per_class_accuracy() -> None:
    rs = [
        _r("a", classes=("linear", "ratio")),  # correct
        _r("b", obj=11.0, classes=("linear",)),  # executed, wrong
        _r("c", outcome="infeasible", obj=None, classes=("linear", "xy")),
        _r("d", outcome="unbounded", obj=None, classes=("xy",)),
        _r("e", outcome="error", obj=None, error_code="formulator-crash"),
        _r("f", outcome="timeout", obj=None, classes=("ratio",)),
        _r("g", ans=None, obj=3.0),  # executed, unscored
        _r("h", outcome="no_objective", obj=None, ans=None),
        _r("a", obj=11.0),  # a repeated id never counts twice (the first record wins)
        _r("i", dataset="other", classes=("ratio",), seconds=3.0),
    ]
    s = compute_metrics(rs, tol=1e-4, total=10)
    assert (s.finished, s.total, s.complete) == (9, 10, False)
    assert (s.scored, s.correct) == (7, 2)
    assert s.accuracy == pytest.approx(2 / 7)
    assert (s.executed, s.execution_rate) == (4, cast(Any, pytest.approx(4 / 9)))
    assert s.outcomes == {
        "solved": 4,
        "infeasible": 1,
        "unbounded": 1,
        "infeasible_or_unbounded": 0,
        "no_objective": 1,
        "solver_time_limit": 0,
        "error": 1,
        "timeout": 1,
    }
    by_class = {g.name: (g.n, g.correct) for g in s.by_class}
    assert by_class == {"linear": (3, 1), "ratio": (3, 2), "xy": (2, 0)}
    by_ds = {g.name: (g.n, g.correct, g.accuracy) for g in s.by_dataset}
    assert by_ds == {"d": (6, 1, pytest.approx(1 / 6)), "other": (1, 1, 1.0)}
    assert s.time.total == pytest.approx(11.0) and s.time.max == 3.0 and s.time.median == 1.0
    assert (
        s.tolerance_rule
        == tolerance_rule(1e-4)
        == "|predicted - answer| <= 0.0001 * max(|answer|, 1)"
    )
    assert s.llm is None
    looser = compute_metrics(rs, tol=0.2)
    assert looser.correct == 3  # b: 11 vs 10 is within 20 %


def test_empty_run() -> None:
    s = compute_metrics([], tol=1e-4, total=3)
    assert s.accuracy is None and s.execution_rate is None and s.finished == 0 and not s.complete


def test_llm_usage_from_traces() -> None:
    per_call = {
        "calls": [
            {"prompt_tokens": 100, "completion_tokens": 20, "cost_usd": 0.001},
            {"usage": {"prompt_tokens": 50, "completion_tokens": 5}, "cost_usd": 0.0005},
            {"prompt_tokens": None, "completion_tokens": None, "cost_usd": None, "cached": True},
        ]
    }
    t1 = trace_stats(per_call)
    assert t1 is not None and (t1.calls, t1.prompt_tokens, t1.completion_tokens) == (3, 150, 25)
    assert t1.cost_usd == pytest.approx(0.0015)
    t2 = trace_stats({"totals": {"calls": 2, "prompt_tokens": 10, "completion_tokens": 4}})
    assert t2 is not None and (t2.calls, t2.prompt_tokens, t2.cost_usd) == (2, 10, None)
    assert (
        trace_stats({"unrelated": 1}) is None
        and trace_stats(None) is None
        and trace_stats("x") is None
    )
    rs = [_r("a", trace=t1), _r("b", trace=t2), _r("c")]
    s = compute_metrics(rs)
    assert s.llm is not None
    assert (
        s.llm.problems_with_trace,
        s.llm.calls,
        s.llm.prompt_tokens,
        s.llm.completion_tokens,
    ) == (2, 5, 160, 29)
    assert s.llm.cost_usd == pytest.approx(0.0015)


def test_public_api_is_pinned_and_import_is_light() -> None:
    import subprocess
    import sys

    import optform.evaluation as ev

    assert ev.__all__ == [
        "Change",
        "Comparison",
        "DatasetInfo",
        "EvalSummary",
        "Failure",
        "GroupAccuracy",
        "Problem",
        "ProblemResult",
        "Report",
        "TraceStats",
        "answer_from_nl4opt_gold",
        "compare_runs",
        "compute_metrics",
        "dataset_info",
        "formulation_from_gold",
        "formulation_from_nl4opt_gold",
        "gold_classes",
        "is_correct",
        "load_dataset",
        "parse_nl4opt_number",
        "read_results",
        "render_comparison",
        "render_report",
        "resolve_formulator",
        "run_eval",
        "trace_stats",
    ]
    code = (
        "import sys, optform.evaluation; "
        "print([m for m in ('highspy', 'matplotlib', 'pulp', 'ortools', 'z3', 'openai') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=0, max_value=6), cut=st.floats(min_value=0.0, max_value=1.0))
def test_results_log_survives_a_crash_at_any_byte(
    tmp_path_factory: Any, n: int, cut: float
) -> None:
    """Cut the results file at any byte (a crash mid-write): reopening keeps exactly the complete
    records, the file stays appendable, and no id is ever recorded twice."""
    from optform.evaluation.runner import ResultsLog

    path = tmp_path_factory.mktemp("log") / "results.jsonl"
    log = ResultsLog(path)
    for i in range(n):
        assert log.append(_r(f"p{i}", text="x" * i))
    if n:
        assert not log.append(_r("p0"))  # a second record for an id is refused
    log.close()
    data = path.read_bytes()
    k = int(len(data) * cut)
    path.write_bytes(data[:k])
    complete = data[:k].count(b"\n")
    log2 = ResultsLog(path)
    assert list(log2.records) == [f"p{i}" for i in range(complete)]
    assert log2.dropped_torn == (k > 0 and not data[:k].endswith(b"\n"))
    for i in range(n):
        log2.append(_r(f"p{i}"))
    log2.close()
    lines = path.read_bytes().splitlines()
    ids = [ProblemResult.model_validate_json(x).id for x in lines]
    assert sorted(ids) == sorted(f"p{i}" for i in range(n)) and len(ids) == len(set(ids))
