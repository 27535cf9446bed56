"""The top-level Python API: formulate text, solve text or files, in one call each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import (
    Finding,
    FormulatorError,
    LoadError,
    OptformError,
    Severity,
    UserInputError,
    ValidationFailed,
)
from .model import Formulation
from .result import Result, Status

if TYPE_CHECKING:
    from .llm import LLM

__all__ = ["Solution", "formulate", "load_problem", "solve"]

_MODEL_SUFFIXES = (".yaml", ".yml", ".json")


def formulate(
    text: str,
    llm: LLM | None = None,
    *,
    mode: Literal["staged", "single"] = "staged",
    rounds: int = 3,
    ask: Callable[[str], str] | None = None,
) -> Formulation:
    """Turn a natural-language problem into a :class:`Formulation`.

    With no ``llm`` the offline formulator is used (deterministic, no network). With an
    :class:`optform.LLM` the staged LLM pipeline with self-correction is used.
    """
    if not isinstance(text, str) or not text.strip():
        raise UserInputError(
            "the problem text is empty",
            code="empty-problem",
            hint="give the problem as text, e.g. 'A bakery makes muffins and cakes …'",
        )
    if llm is None:
        from .offline import formulate_offline

        offline: Formulation = formulate_offline(text)
        return offline
    from .llm import formulate_with_llm

    outcome = formulate_with_llm(text, llm, mode=mode, rounds=rounds, ask=ask)
    result: Formulation = outcome.formulation
    return result


@dataclass
class Solution:
    """What :func:`solve` returns: the formulation, the result and findings on the way."""

    formulation: Formulation
    result: Result
    findings: list[Finding] = field(default_factory=list)
    diagnosis: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> Status:
        return self.result.status

    @property
    def objective(self) -> float | None:
        return self.result.objective

    @property
    def values(self) -> dict[str, Any]:
        return self.result.values


def load_problem(source: str | Path) -> tuple[Formulation | None, str | None]:
    """Interpret ``source``: a Formulation file, a text file, or the problem text itself.

    Returns (formulation, None) for a model file and (None, text) for a word problem.
    """
    s = str(source)
    looks_like_path = "\n" not in s and len(s) < 4096
    if looks_like_path:
        p = Path(s)
        try:
            is_file = p.is_file()
        except OSError:
            is_file = False
        if is_file:
            if p.suffix.lower() in _MODEL_SUFFIXES:
                return Formulation.load(p), None
            try:
                return None, p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise LoadError(f"cannot read {p}: {exc}", code="file-unreadable") from None
        if p.suffix.lower() in (*_MODEL_SUFFIXES, ".txt") and " " not in s:
            raise LoadError(f"no such file: {p}", code="file-not-found", hint="check the path")
    return None, s


def solve(
    problem: str | Path | Formulation,
    *,
    backend: str = "highs",
    llm: LLM | None = None,
    time_limit: float | None = None,
    diagnose: bool = True,
    **formulate_options: Any,
) -> Solution:
    """Formulate (if needed) and solve; when not optimal, attach a diagnosis.

    ``problem`` is a Formulation, a path to a .yaml/.json model or a .txt problem, or the
    problem text itself.
    """
    from_text = False
    if isinstance(problem, Formulation):
        f: Formulation = problem
    else:
        model, text = load_problem(problem)
        from_text = model is None
        f = model if model is not None else formulate(text or "", llm, **formulate_options)
    try:
        result = f.solve(backend=backend, time_limit=time_limit)
    except ValidationFailed as e:
        if from_text:
            raise formulated_model_invalid(f, e) from None
        raise
    sol = Solution(formulation=f, result=result, findings=list(result.findings))
    if diagnose and result.status not in (Status.optimal, Status.feasible):
        sol.diagnosis = _diagnose(f, backend, time_limit)
        result.diagnosis = sol.diagnosis
    return sol


def formulated_model_invalid(f: Formulation, err: ValidationFailed) -> FormulatorError:
    """The error for a model formulated from text that does not validate: what is wrong with
    the model, what in the text was not understood, and what to do next."""
    findings = list(err.findings)
    for u in f.unresolved:
        findings.append(
            Finding(
                code="not-understood",
                message=f'"{u.text}": {u.reason}',
                severity=Severity.info,
                loc=["unresolved"],
            )
        )
    return FormulatorError(
        "the formulator could not build a valid model from the text",
        code="formulation-invalid",
        hint="rephrase the problem, use an LLM (--llm MODEL), or write the model as YAML "
        "(optform formulate … --yaml gives a starting point)",
        findings=findings,
    )


def _diagnose(f: Formulation, backend: str, time_limit: float | None) -> Any:
    from .diagnosis import diagnose

    try:
        return diagnose(f, backend=backend, time_limit=time_limit)
    except OptformError as e:
        return {"error": e.as_findings()[0].model_dump(mode="json")}
