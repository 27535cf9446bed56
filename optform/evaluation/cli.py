"""The ``optform eval`` commands (a typer sub-app, mounted by optform.cli).

    optform eval DATASET... [--out DIR] [--llm MODEL --mode M --rounds N] [-j N] [--timeout S]
                            [--tol 1e-4] [--limit N]          (= optform eval run ...)
    optform eval report RUNDIR [--tol T] [--json]
    optform eval compare RUNA RUNB [--tol T] [--json]

``eval`` is a group whose default command is ``run``: any first argument that is not a
subcommand name is taken as a dataset (a dataset literally named ``report`` needs
``optform eval run report``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from ..errors import FormulatorError, OptformError, UserInputError
from .datasets import DatasetFormat
from .metrics import EvalSummary

__all__ = ["eval_app", "main"]


class _DefaultRunGroup(TyperGroup):
    """A group whose first argument, when not a subcommand, starts the default ``run``."""

    default_command = "run"

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    cls=_DefaultRunGroup,
    no_args_is_help=True,
    add_completion=False,
    help=(
        "Benchmark a formulator on NL4Opt-style datasets.\n\n"
        "optform eval DATASET... [--out DIR] [-f offline|gold|llm:MODEL] [-j N] [--timeout S] [--tol T]  "
        "(= optform eval run ...)\n\n"
        "optform eval report RUNDIR · optform eval compare RUNA RUNB"
    ),
)

_out = Console()
_err = Console(stderr=True)


def _exit_code(e: OptformError) -> int:
    if isinstance(e, UserInputError):
        return 2
    if isinstance(e, FormulatorError):
        return 3
    return 1


def _fail(e: OptformError) -> typer.Exit:
    _err.print(e.render(), markup=False, highlight=False)
    return typer.Exit(_exit_code(e))


def _slug(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z.]+", "-", s).strip("-").lower() or "run"


def _summary_table(s: EvalSummary) -> Table:
    t = Table(title=f"optform eval — {s.formulator}", show_header=False)
    t.add_column("metric")
    t.add_column("value", justify="right")

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.1%}"

    t.add_row("solving accuracy", f"{pct(s.accuracy)} ({s.correct}/{s.scored})")
    t.add_row("execution rate", f"{pct(s.execution_rate)} ({s.executed}/{s.finished})")
    for k, v in s.outcomes.items():
        if v and k != "solved":
            t.add_row(k, str(v))
    if s.time.mean is not None:
        t.add_row("time per problem (mean / p90)", f"{s.time.mean:.3f} / {s.time.p90:.3f} s")
    if s.llm is not None:
        t.add_row(
            "LLM calls / tokens", f"{s.llm.calls} / {s.llm.prompt_tokens + s.llm.completion_tokens}"
        )
        if s.llm.cost_usd is not None:
            t.add_row("estimated cost", f"${s.llm.cost_usd:.4f}")
    t.add_row("tolerance", s.tolerance_rule)
    for d in s.datasets:
        t.add_row(f"data: {d.label}", f"{d.path} sha256 {d.sha256[:12]}… n={d.count}")
    if not s.complete:
        t.add_row("status", f"INCOMPLETE {s.finished}/{s.total}")
    return t


@eval_app.command("run")
def run_cmd(
    datasets: Annotated[
        list[Path],
        typer.Argument(help="JSONL file(s), NL4Opt generation data, or a folder of .txt files."),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Run directory (default runs/<dataset>-<formulator>)."),
    ] = None,
    llm: Annotated[
        str | None,
        typer.Option(
            "--llm", help="Evaluate the LLM formulator with this model (same as -f llm:MODEL)."
        ),
    ] = None,
    mode: Annotated[str | None, typer.Option("--mode", help="LLM mode (staged or single).")] = None,
    rounds: Annotated[
        int | None, typer.Option("--rounds", help="LLM self-correction rounds.")
    ] = None,
    formulator: Annotated[
        str,
        typer.Option(
            "--formulator",
            "-f",
            help="offline, gold (oracle from gold labels), llm:MODEL or package.module:function.",
        ),
    ] = "offline",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Problems run at once (in worker processes).")
    ] = 1,
    timeout: Annotated[
        float,
        typer.Option("--timeout", help="Per-problem time limit in seconds (formulate + solve)."),
    ] = 60.0,
    tol: Annotated[
        float,
        typer.Option(
            "--tol", help="Relative tolerance: |pred - answer| <= tol * max(|answer|, 1)."
        ),
    ] = 1e-4,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N problems.")] = None,
    backend: Annotated[str, typer.Option("--backend", help="Solver backend.")] = "highs",
    data_format: Annotated[
        str, typer.Option("--format", help="Dataset format: auto, jsonl, nl4opt or folder.")
    ] = "auto",
    restart: Annotated[
        bool, typer.Option("--restart", help="Start over (the old results file is kept as a .bak).")
    ] = False,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show the progress bar.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Run a formulator over a dataset (resumes an interrupted run in the same --out)."""
    from . import run_eval
    from .datasets import _default_label

    spec = formulator
    if llm is not None:
        if formulator not in ("offline", f"llm:{llm}"):
            raise _fail(
                UserInputError("give either --llm or --formulator, not both", code="cli-conflict")
            )
        spec = f"llm:{llm}"
    elif (mode is not None or rounds is not None) and not spec.startswith("llm:"):
        raise _fail(
            UserInputError(
                "--mode and --rounds apply to LLM runs (--llm MODEL)", code="cli-conflict"
            )
        )
    if data_format not in ("auto", "jsonl", "nl4opt", "folder"):
        raise _fail(
            UserInputError(
                f"unknown --format {data_format!r}",
                code="cli-bad-format",
                hint="use auto, jsonl, nl4opt or folder",
            )
        )
    if mode is not None and mode not in ("staged", "single"):
        raise _fail(
            UserInputError(
                f"unknown --mode {mode!r}", code="cli-bad-mode", hint="use staged or single"
            )
        )
    run_dir = (
        out
        if out is not None
        else Path("runs") / f"{_slug(_default_label(datasets[0]))}-{_slug(spec)}"
    )
    try:
        summary = run_eval(
            datasets,
            run_dir,
            formulator=spec,
            jobs=jobs,
            timeout=timeout,
            tol=tol,
            limit=limit,
            backend=backend,
            mode=mode,
            rounds=rounds,
            restart=restart,
            dataset_format=cast(DatasetFormat, data_format),
            progress=progress and not as_json and sys.stderr.isatty(),
        )
    except OptformError as e:
        raise _fail(e) from None
    except KeyboardInterrupt:
        _err.print(
            f"interrupted: finished problems are saved in {run_dir}; run the same command to continue"
        )
        raise typer.Exit(130) from None
    if as_json:
        typer.echo(summary.model_dump_json(indent=2))
        return
    _out.print(_summary_table(summary))
    _out.print(
        f"report: {run_dir / 'report.md'}  summary: {run_dir / 'summary.json'}  chart: {run_dir / 'chart.png'}",
        markup=False,
        highlight=False,
    )


@eval_app.command("report")
def report_cmd(
    run_dir: Annotated[Path, typer.Argument(help="A run directory written by `optform eval`.")],
    tol: Annotated[
        float | None,
        typer.Option("--tol", help="Re-score with this tolerance (default: the run's)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Re-render report.md, summary.json and chart.png of a run."""
    from .report import render_report

    try:
        rep = render_report(run_dir, tol=tol)
    except OptformError as e:
        raise _fail(e) from None
    if as_json:
        typer.echo(rep.summary.model_dump_json(indent=2))
        return
    _out.print(_summary_table(rep.summary))
    _out.print(
        f"wrote {rep.markdown_path}, {rep.json_path}, {rep.chart_path}",
        markup=False,
        highlight=False,
    )


@eval_app.command("compare")
def compare_cmd(
    run_a: Annotated[Path, typer.Argument(help="The baseline run directory (A).")],
    run_b: Annotated[Path, typer.Argument(help="The new run directory (B).")],
    tol: Annotated[float | None, typer.Option("--tol", help="Tolerance (default: A's).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """Regressions and fixes from run A to run B, problem by problem."""
    from .compare import compare_runs, render_comparison

    try:
        c = compare_runs(run_a, run_b, tol=tol)
    except OptformError as e:
        raise _fail(e) from None
    if as_json:
        typer.echo(c.model_dump_json(indent=2))
    else:
        typer.echo(render_comparison(c))


def main(argv: list[str] | None = None) -> Any:
    """Entry point of ``python -m optform.evaluation``."""
    return eval_app(args=argv, prog_name="optform eval")
