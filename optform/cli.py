"""The ``optform`` command line: parse, call one public function, render.

Exit codes (one table, :data:`EXIT_CODES`): 0 solved / valid, 1 solved but no solution
(infeasible, unbounded, time limit), 2 the input is wrong (file, schema, expression,
validation), 3 a solver failed, 4 the formulator or LLM failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .errors import (
    BackendError,
    Finding,
    FormulatorError,
    LLMError,
    OptformError,
    Severity,
    UserInputError,
    ValidationFailed,
)
from .model import Formulation
from .result import Result, Status

app = typer.Typer(
    name="optform",
    help="Turn a decision problem in plain words into a checked optimization model, solve it and explain it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_CODES: dict[type[OptformError], int] = {
    UserInputError: 2,
    BackendError: 3,
    FormulatorError: 4,
    LLMError: 4,
    OptformError: 2,
}
EXIT_NO_SOLUTION = 1

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)

Source = Annotated[
    str,
    typer.Argument(
        help="A model file (.yaml/.json), a text file with the problem, or the problem text itself."
    ),
]
BackendOpt = Annotated[
    str,
    typer.Option(
        "--backend", "-b", help="highs, cbc, cpsat, z3, or all.", envvar="OPTFORM_BACKEND"
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")]
TimeOpt = Annotated[
    float | None, typer.Option("--time-limit", "-t", help="Solver time limit in seconds.")
]
LlmOpt = Annotated[
    str | None,
    typer.Option(
        "--llm",
        help="Formulate with this LLM (OpenAI-compatible), e.g. gpt-4o-mini.",
        envvar="OPTFORM_LLM",
    ),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.",
        envvar="OPENAI_BASE_URL",
    ),
]
ModeOpt = Annotated[str, typer.Option("--mode", help="LLM pipeline: staged or single.")]
RoundsOpt = Annotated[int, typer.Option("--rounds", help="Self-correction rounds for the LLM.")]
TraceOpt = Annotated[
    Path | None,
    typer.Option("--trace", help="Write the LLM trace (messages, tokens, cost) to this JSON file."),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Bypass the on-disk LLM cache.")]
InteractiveOpt = Annotated[
    bool,
    typer.Option("--interactive", help="Ask at the terminal for numbers the text does not give."),
]


def _exit_code(e: OptformError) -> int:
    for cls in type(e).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 2


def _fail(e: OptformError, as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    "status": "error",
                    "error": {"code": e.code, "message": e.message},
                    "findings": [f.model_dump(mode="json") for f in e.as_findings()],
                },
                indent=2,
            )
        )
    else:
        _err.print(e.render(), markup=False)
    raise typer.Exit(_exit_code(e))


# --------------------------------------------------------------------------- helpers


def _llm_config(model: str | None, base_url: str | None, no_cache: bool) -> Any:
    if model is None:
        return None
    from .llm import LLM

    kwargs: dict[str, Any] = {"model": model, "no_cache": no_cache}
    if base_url:
        kwargs["base_url"] = base_url
    return LLM(**kwargs)


def _obtain(
    source: str, llm: Any, mode: str, rounds: int, trace: Path | None, interactive: bool
) -> tuple[Formulation, bool, Any]:
    """Return (formulation, came_from_text, llm_outcome)."""
    from .api import load_problem

    model, text = load_problem(source)
    if model is not None:
        return model, False, None
    assert text is not None
    if llm is None:
        from .api import formulate

        return formulate(text), True, None
    from .llm import LLMFailed, formulate_with_llm

    ask = _ask if interactive else None
    try:
        outcome = formulate_with_llm(text, llm, mode=mode, rounds=rounds, ask=ask)  # type: ignore[arg-type]
    except LLMFailed as err:
        if trace is not None:
            err.trace.save(trace)
        raise
    if trace is not None:
        outcome.trace.save(trace)
    if not outcome.ok:
        _err.print(
            f"note: the LLM's best attempt (round {outcome.round}) is not clean: {outcome.stopped_because}",
            markup=False,
        )
        for x in outcome.findings:
            _err.print("  " + x.render(), markup=False)
    if outcome.missing:
        names = ", ".join(m.name for m in outcome.missing)
        _err.print(f"numbers the text does not give: {names}", markup=False)
    return outcome.formulation, True, outcome


def _ask(question: str) -> str:
    return str(typer.prompt(question))


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.6g}"
    return str(v)


def _values_table(r: Result) -> Table:
    t = Table(show_header=True, header_style="bold")
    t.add_column("variable")
    t.add_column("value", justify="right")
    for name, v in r.values.items():
        if isinstance(v, dict):
            for k, x in v.items():
                t.add_row(Text(f"{name}[{k}]"), _fmt(x))
        else:
            t.add_row(Text(name), _fmt(v))
    return t


def _print_findings(findings: list[Finding]) -> None:
    for f in findings:
        _out.print(f.render(), markup=False)


def _result_json(r: Result) -> dict[str, Any]:
    d = r.model_dump(mode="json", exclude={"log"} if r.log is None else set())
    d["diagnosis"] = _jsonable(r.diagnosis)
    return d


def _jsonable(x: Any) -> Any:
    if x is None:
        return None
    if hasattr(x, "model_dump"):
        return x.model_dump(mode="json")
    return x


# --------------------------------------------------------------------------- commands


@app.command()
def solve(
    source: Source,
    backend: BackendOpt = "highs",
    as_json: JsonOpt = False,
    time_limit: TimeOpt = None,
    llm: LlmOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = "staged",
    rounds: RoundsOpt = 3,
    trace: TraceOpt = None,
    no_cache: NoCacheOpt = False,
    interactive: InteractiveOpt = False,
    show_log: Annotated[
        bool, typer.Option("--log", help="Print the solver's log after the result.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain/--no-explain", help="Explain the model beside its sentences.")
    ] = True,
) -> None:
    """Formulate (for text), solve, and explain; diagnose when there is no solution."""
    try:
        cfg = _llm_config(llm, base_url, no_cache)
        f, from_text, outcome = _obtain(source, cfg, mode, rounds, trace, interactive)
        if backend.lower() == "all":
            _solve_all(f, as_json, time_limit)
            return
        try:
            r = f.solve(backend=backend, time_limit=time_limit, log=show_log)
        except ValidationFailed as e:
            if not from_text:
                raise
            from .api import formulated_model_invalid

            raise formulated_model_invalid(f, e) from None
        if r.status not in (Status.optimal, Status.feasible):
            from .api import _diagnose

            r.diagnosis = _diagnose(f, backend, time_limit)
    except OptformError as e:
        _fail(e, as_json)
        return
    if as_json:
        d = _result_json(r)
        d["formulation"] = f.to_dict()
        if from_text:
            from .explain import explain_data

            d["explanation"] = explain_data(f, r)
        if outcome is not None:
            d["llm"] = {
                "findings": [_jsonable(x) for x in getattr(outcome, "findings", [])],
                "agreement": _jsonable(getattr(outcome, "agreement", None)),
            }
        print(json.dumps(d, indent=2, default=str))
    else:
        if from_text and explain:
            _out.print(_explain(f, r), markup=False)
        else:
            _print_result(f, r)
        if r.diagnosis is not None:
            _out.print(_render_diagnosis(r.diagnosis), markup=False)
        _print_findings([x for x in r.findings if x.severity != Severity.info])
        if show_log and r.log:
            _out.print(r.log, markup=False)
    raise typer.Exit(0 if r.status.has_solution else EXIT_NO_SOLUTION)


def _explain(f: Formulation, r: Result) -> str:
    from .explain import explain

    return explain(f, r)


def _render_diagnosis(d: Any) -> str:
    if isinstance(d, dict):  # the diagnosis itself failed: its error, as data
        return json.dumps(d, indent=2, default=str)
    from .diagnosis import render_diagnosis

    return render_diagnosis(d)


def _print_result(f: Formulation, r: Result) -> None:
    head = f"{f.name}: {r.status.value}"
    if r.objective is not None:
        obj = f.objective
        label = obj.name if obj and obj.name else "objective"
        head += f"   {label} = {_fmt(r.objective)}"
        if obj is not None and obj.unit:
            head += f" {obj.unit}"
    head += f"   ({r.backend}, build {r.build_seconds:.3f}s, solve {r.solve_seconds:.3f}s)"
    _out.print(head, markup=False)
    if r.values:
        _out.print(_values_table(r))


def _solve_all(f: Formulation, as_json: bool, time_limit: float | None) -> None:
    from .solving import agree, solve_all

    results = solve_all(f, time_limit=time_limit)
    disagreements = agree(results)
    if as_json:
        print(
            json.dumps(
                {
                    "results": {k: _result_json(v) for k, v in results.items()},
                    "agree": not disagreements,
                    "disagreements": [d.model_dump(mode="json") for d in disagreements],
                },
                indent=2,
                default=str,
            )
        )
    else:
        t = Table(show_header=True, header_style="bold", title=f"{f.name}: all backends")
        t.add_column("backend")
        t.add_column("status")
        t.add_column("objective", justify="right")
        t.add_column("build s", justify="right")
        t.add_column("solve s", justify="right")
        t.add_column("note")
        for name, r in results.items():
            t.add_row(
                name,
                r.status.value,
                "" if r.objective is None else _fmt(r.objective),
                f"{r.build_seconds:.3f}",
                f"{r.solve_seconds:.3f}",
                Text((r.message or "") if r.status == Status.error else ""),
            )
        _out.print(t)
        if disagreements:
            for d in disagreements:
                _out.print(f"DISAGREEMENT: {d.message}", markup=False)
        else:
            _out.print("all backends that could take the model agree", markup=False)
    raise typer.Exit(1 if disagreements else 0)


@app.command()
def formulate(
    source: Source,
    as_json: JsonOpt = False,
    as_yaml: Annotated[
        bool, typer.Option("--yaml", help="Print the Formulation as YAML (default).")
    ] = False,
    llm: LlmOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = "staged",
    rounds: RoundsOpt = 3,
    trace: TraceOpt = None,
    no_cache: NoCacheOpt = False,
    interactive: InteractiveOpt = False,
) -> None:
    """Turn a word problem into a Formulation and print it (YAML, or JSON with --json)."""
    try:
        cfg = _llm_config(llm, base_url, no_cache)
        f, _, _ = _obtain(source, cfg, mode, rounds, trace, interactive)
    except OptformError as e:
        _fail(e, as_json)
        return
    print(f.to_json() if as_json else f.to_yaml(), end="" if not as_json else "\n")


@app.command()
def check(
    path: Annotated[str, typer.Argument(help="A model file (.yaml or .json).")],
    as_json: JsonOpt = False,
) -> None:
    """Validate a model file: every problem, with location and hint."""
    try:
        f = Formulation.load(path)
        findings = f.check()
    except OptformError as e:
        _fail(e, as_json)
        return
    errors = [x for x in findings if x.severity == Severity.error]
    if as_json:
        print(
            json.dumps(
                {"valid": not errors, "findings": [x.model_dump(mode="json") for x in findings]},
                indent=2,
            )
        )
    else:
        if not findings:
            _out.print(
                f"{path}: valid ({len(f.variables)} variable declaration(s), "
                f"{len(f.constraints)} constraint declaration(s))",
                markup=False,
            )
        for x in findings:
            _out.print(x.render(), markup=False)
        if findings and not errors:
            _out.print(f"{path}: valid, with {len(findings)} warning(s)", markup=False)
    raise typer.Exit(2 if errors else 0)


@app.command()
def diagnose(
    source: Source,
    backend: BackendOpt = "highs",
    as_json: JsonOpt = False,
    time_limit: TimeOpt = None,
    llm: LlmOpt = None,
    base_url: BaseUrlOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Explain why a model is infeasible or unbounded (conflicting set, verified fixes) or lint it."""
    try:
        cfg = _llm_config(llm, base_url, no_cache)
        f, _, _ = _obtain(source, cfg, "staged", 3, None, False)
        from .diagnosis import diagnose as run_diagnose
        from .diagnosis import render_diagnosis

        d = run_diagnose(f, backend=backend, time_limit=time_limit)
    except OptformError as e:
        _fail(e, as_json)
        return
    if as_json:
        print(json.dumps(d.model_dump(mode="json"), indent=2, default=str))
    else:
        _out.print(render_diagnosis(d), markup=False)


@app.command()
def export(
    path: Annotated[str, typer.Argument(help="A model file (.yaml or .json), or problem text.")],
    to: Annotated[str, typer.Option("--to", help="lp, mps, latex or python.")] = "lp",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Export a model as an LP or MPS file, LaTeX, or a standalone Python (PuLP) script."""
    try:
        f, _, _ = _obtain(path, None, "staged", 3, None, False)
        from .export import export as do_export

        text = do_export(f, to)  # type: ignore[arg-type]
    except OptformError as e:
        _fail(e, False)
        return
    if output is not None:
        output.write_text(text, encoding="utf-8")
        _err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Formulation file format."""
    print(json.dumps(Formulation.json_schema(), indent=2))


def _mount_eval() -> None:
    from .evaluation.cli import eval_app

    app.add_typer(eval_app, name="eval")


_mount_eval()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _err.print("interrupted", markup=False)
        raise SystemExit(130) from None


if __name__ == "__main__":  # pragma: no cover
    main()
