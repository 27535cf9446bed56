"""Reports of a run: ``report.md``, ``summary.json`` and ``chart.png`` in the run directory.

Every report states the tolerance rule and the data version (path, sha256, count) of each
dataset. The failure list gives, per failed problem, the text, the predicted and expected
objective, the outcome and the Formulation the formulator produced.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import LoadError
from .datasets import DatasetInfo
from .metrics import EvalSummary, GroupAccuracy, ProblemResult, compute_metrics, is_correct
from .runner import RESULTS_FILE, RUN_FILE, read_results

__all__ = [
    "CHART_FILE",
    "REPORT_FILE",
    "SUMMARY_FILE",
    "Failure",
    "Report",
    "load_run",
    "render_chart",
    "render_markdown",
    "render_report",
    "summarize_run",
]

REPORT_FILE = "report.md"
SUMMARY_FILE = "summary.json"
CHART_FILE = "chart.png"


class Failure(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    dataset: str
    outcome: str
    predicted: float | None
    expected: float | None
    text: str | None
    error: str | None
    formulation: dict[str, Any] | None


class Report(BaseModel):
    """What :func:`render_report` wrote."""

    model_config = ConfigDict(extra="forbid")

    summary: EvalSummary
    failures: list[Failure]
    markdown: str
    json_path: str
    markdown_path: str
    chart_path: str | None


def load_run(run_dir: str | Path) -> tuple[dict[str, Any], list[ProblemResult]]:
    """(run.json content, finished records) of a run directory."""
    rd = Path(run_dir)
    cfg_path = rd / RUN_FILE
    if not cfg_path.exists():
        raise LoadError(
            f"{rd} is not an evaluation run (no {RUN_FILE})",
            code="run-not-found",
            hint="pass the --out directory of `optform eval`",
        )
    try:
        cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LoadError(f"{cfg_path}: unreadable ({exc})", code="run-corrupt") from None
    if not isinstance(cfg, dict):
        raise LoadError(f"{cfg_path}: not a JSON object", code="run-corrupt")
    return cfg, read_results(rd / RESULTS_FILE)


def summarize_run(
    run_dir: str | Path, *, tol: float | None = None
) -> tuple[EvalSummary, list[ProblemResult]]:
    cfg, results = load_run(run_dir)
    try:
        t = float(tol if tol is not None else cfg.get("tol", 1e-4))
    except (TypeError, ValueError):
        raise LoadError(
            f"{Path(run_dir) / RUN_FILE}: 'tol' is not a number", code="run-corrupt"
        ) from None
    try:
        infos = [DatasetInfo.model_validate(d) for d in cfg.get("datasets", [])]
        total = int(cfg.get("total", len(results)))
    except (ValidationError, TypeError, ValueError):
        raise LoadError(
            f"{Path(run_dir) / RUN_FILE}: unexpected content",
            code="run-corrupt",
            hint="re-run the evaluation into a new --out",
        ) from None
    summary = compute_metrics(
        results,
        tol=t,
        total=total,
        datasets=infos,
        formulator=str(cfg.get("formulator", "")),
        run_dir=str(run_dir),
    )
    return summary, results


def _failures(results: list[ProblemResult], tol: float) -> list[Failure]:
    out = []
    for r in results:
        ok = is_correct(r.objective if r.executed else None, r.answer, tol)
        if ok or (r.answer is None and r.outcome == "solved"):
            continue
        err = f"[{r.error_code}] {r.error_message}" if r.error_code else r.error_message
        out.append(
            Failure(
                id=r.id,
                dataset=r.dataset,
                outcome=r.outcome,
                predicted=r.objective,
                expected=r.answer,
                text=r.text,
                error=err,
                formulation=r.formulation,
            )
        )
    return out


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def _num(x: float | None) -> str:
    return "—" if x is None else f"{x:.6g}"


def _sec(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _group_table(rows: list[GroupAccuracy], head: str) -> list[str]:
    lines = [f"| {head} | problems | correct | accuracy |", "|---|---:|---:|---:|"]
    lines += [f"| {g.name} | {g.n} | {g.correct} | {_pct(g.accuracy)} |" for g in rows]
    return lines


def render_markdown(
    summary: EvalSummary,
    failures: list[Failure],
    *,
    chart: str | None = CHART_FILE,
    max_failures: int | None = None,
) -> str:
    s = summary
    L: list[str] = [f"# optform eval — {s.formulator}", ""]
    L.append(f"Scoring: a problem is correct when `{s.tolerance_rule}` (tolerance {s.tol:g}).")
    L.append("")
    L.append("Data version:")
    L.append("")
    L.append("| dataset | path | sha256 | problems | with answer |")
    L.append("|---|---|---|---:|---:|")
    for d in s.datasets:
        L.append(f"| {d.label} | `{d.path}` | `{d.sha256}` | {d.count} | {d.answered} |")
    L.append("")
    status = (
        "complete" if s.complete else f"INCOMPLETE: {s.finished} of {s.total} problems finished"
    )
    L += [
        "| metric | value |",
        "|---|---:|",
        f"| problems in run | {s.total} ({status}) |",
        f"| solving accuracy | **{_pct(s.accuracy)}** ({s.correct}/{s.scored} scored) |",
        f"| execution rate | {_pct(s.execution_rate)} ({s.executed}/{s.finished}) |",
    ]
    for k, v in s.outcomes.items():
        if v:
            L.append(f"| outcome: {k} | {v} |")
    t = s.time
    L.append(
        f"| time per problem (mean / median / p90 / max) | {_sec(t.mean)} / {_sec(t.median)} / "
        f"{_sec(t.p90)} / {_sec(t.max)} s |"
    )
    L.append(f"| total problem time | {t.total:.2f} s |")
    if s.llm is not None:
        cost = "unknown" if s.llm.cost_usd is None else f"${s.llm.cost_usd:.4f}"
        L += [
            f"| LLM calls | {s.llm.calls} (traces on {s.llm.problems_with_trace} problems) |",
            f"| tokens (prompt / completion) | {s.llm.prompt_tokens} / {s.llm.completion_tokens} |",
            f"| estimated cost | {cost} |",
        ]
    L.append("")
    if s.by_class:
        L += ["## Accuracy by constraint class (gold labels)", ""]
        L += _group_table(s.by_class, "class")
        L.append("")
    if s.by_dataset:
        L += ["## Accuracy by dataset", ""]
        L += _group_table(s.by_dataset, "dataset")
        L.append("")
    if chart:
        L += [f"![accuracy by constraint class and by dataset]({chart})", ""]
    L += [f"## Failures ({len(failures)})", ""]
    shown = failures if max_failures is None else failures[:max_failures]
    for f in shown:
        L.append(f"### {f.id} — {f.outcome}")
        L.append("")
        L.append(
            f"predicted: {_num(f.predicted)} · expected: {_num(f.expected)}"
            + (f" · error: {f.error}" if f.error else "")
        )
        L.append("")
        if f.text:
            L += ["> " + line for line in f.text.splitlines()]
            L.append("")
        if f.formulation is not None:
            L += [
                "<details><summary>Formulation</summary>",
                "",
                "```yaml",
                yaml.safe_dump(
                    f.formulation, sort_keys=False, allow_unicode=True, width=100
                ).rstrip(),
                "```",
                "",
                "</details>",
                "",
            ]
    if len(shown) < len(failures):
        L.append(f"… {len(failures) - len(shown)} more in {SUMMARY_FILE}.")
    return "\n".join(L) + "\n"


def render_chart(summary: EvalSummary, path: str | Path) -> Path:
    """A PNG with two panels: accuracy by constraint class, and by dataset."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    panels = [("by constraint class", summary.by_class), ("by dataset", summary.by_dataset)]
    heights = [max(1, len(rows)) for _, rows in panels]
    fig = Figure(figsize=(8, 1.6 + 0.4 * sum(heights)))
    FigureCanvasAgg(fig)
    axes = fig.subplots(2, 1, gridspec_kw={"height_ratios": heights})
    for ax, (title, rows) in zip(axes, panels, strict=True):
        ax.set_title(f"accuracy {title}", fontsize=10, loc="left")
        ax.set_xlim(0, 1.15)
        if not rows:
            ax.text(0.02, 0.5, "no gold constraint classes in this data", va="center", fontsize=9)
            ax.set_yticks([])
            continue
        names = [g.name for g in rows]
        vals = [g.accuracy or 0.0 for g in rows]
        ys = list(range(len(rows)))
        ax.barh(ys, vals, color="#4C72B0")
        ax.set_yticks(ys, names, fontsize=8)
        ax.invert_yaxis()
        for y, g in zip(ys, rows, strict=True):
            ax.text(
                (g.accuracy or 0.0) + 0.01,
                y,
                f"{_pct(g.accuracy)} ({g.correct}/{g.n})",
                va="center",
                fontsize=8,
            )
    fig.suptitle(f"{summary.formulator} — tol {summary.tol:g}", fontsize=10)
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out, format="png", dpi=100)
    return out


def render_report(
    run_dir: str | Path,
    *,
    tol: float | None = None,
    chart: bool = True,
    max_failures: int | None = 200,
) -> Report:
    """Compute the metrics of a run and write report.md, summary.json and chart.png into it."""
    rd = Path(run_dir)
    summary, results = summarize_run(rd, tol=tol)
    failures = _failures(results, summary.tol)
    chart_path = render_chart(summary, rd / CHART_FILE) if chart else None
    md = render_markdown(
        summary, failures, chart=CHART_FILE if chart else None, max_failures=max_failures
    )
    (rd / REPORT_FILE).write_text(md, encoding="utf-8")
    payload = {
        "summary": summary.model_dump(mode="json"),
        "failures": [f.model_dump(mode="json") for f in failures],
    }
    (rd / SUMMARY_FILE).write_text(
        json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    return Report(
        summary=summary,
        failures=failures,
        markdown=md,
        json_path=str(rd / SUMMARY_FILE),
        markdown_path=str(rd / REPORT_FILE),
        chart_path=str(chart_path) if chart_path else None,
    )
