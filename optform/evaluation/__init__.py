"""optform eval: benchmark any formulator on NL4Opt-style datasets.

    from optform.evaluation import run_eval, compare_runs, render_report
    summary = run_eval("datasets/sample.jsonl", "runs/offline", formulator="offline", jobs=2)
    print(summary.accuracy, summary.tolerance_rule)

Formulators: ``"offline"``, ``"gold"`` (oracle from the gold labels), ``"llm:MODEL"``,
``"package.module:function"``, or any callable ``text -> Formulation``. See docs/eval.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..model import Formulation
from .compare import Change, Comparison, compare_runs, render_comparison
from .datasets import (
    DatasetFormat,
    DatasetInfo,
    Problem,
    answer_from_nl4opt_gold,
    dataset_info,
    formulation_from_gold,
    formulation_from_nl4opt_gold,
    gold_classes,
    load_dataset,
    parse_nl4opt_number,
)
from .metrics import (
    EvalSummary,
    GroupAccuracy,
    ProblemResult,
    TraceStats,
    compute_metrics,
    is_correct,
)
from .report import Failure, Report, render_report
from .runner import load_problems, read_results, resolve_formulator, run_problems, trace_stats

__all__ = [
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


def run_eval(
    dataset_path: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    *,
    formulator: Callable[[str], Formulation] | str = "offline",
    jobs: int = 1,
    timeout: float = 60.0,
    tol: float = 1e-4,
    limit: int | None = None,
    backend: str = "highs",
    mode: str | None = None,
    rounds: int | None = None,
    restart: bool = False,
    progress: bool = False,
    dataset_format: DatasetFormat = "auto",
    report: bool = True,
    on_progress: Callable[[int, int, int, int], Any] | None = None,
) -> EvalSummary:
    """Run ``formulator`` over the dataset(s) into ``out_dir`` (resuming what is there).

    Each finished problem is appended durably to ``out_dir/results.jsonl``; a restart skips
    finished ids and redoes a torn last line. With ``report`` the run directory also gets
    report.md, summary.json and chart.png. Bad input raises an :class:`~optform.OptformError`.
    """
    paths = [dataset_path] if isinstance(dataset_path, (str, Path)) else list(dataset_path)
    problems, infos = load_problems(paths, format=dataset_format, limit=limit)
    resolved = resolve_formulator(formulator, mode=mode, rounds=rounds)
    run_problems(
        problems,
        out_dir,
        resolved,
        infos=infos,
        jobs=jobs,
        timeout=timeout,
        tol=tol,
        backend=backend,
        restart=restart,
        progress=progress,
        on_progress=on_progress,
    )
    if report:
        return render_report(out_dir, tol=tol).summary
    from .report import summarize_run

    return summarize_run(out_dir, tol=tol)[0]
