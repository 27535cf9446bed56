"""The self-correction loop: attempt, check, feed the findings back, until solved or out of rounds.

Each attempt (a Formulation parsed from the model's reply) is checked the way a user's file is:
missing numbers are filled from the user (``ask``) when possible, then validation, solving,
diagnosis when the status is not optimal (conflicting set, verified fixes, unbounded direction;
``optform.diagnosis`` is imported lazily and skipped while it is absent) and lint on solved
models. The findings — offending names, columns, source sentences, conflicting sets and
suggestions — are rendered into the repair prompt and the model is asked for a corrected
Formulation in the same conversation. The loop stops when an attempt is valid, solved and free
of blocking findings, when only numbers missing from the text block it, or after ``rounds``
rounds, and returns the best attempt. No model-written code is ever run: replies are data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import Finding, LLMError, OptformError, Severity
from ..model import Formulation
from ..result import Result, Status
from ..validate import validate
from .crosscheck import Agreement, crosscheck
from .missing import MissingParameter, fill_missing, missing_parameters
from .pipeline import single_start, staged_start
from .prompts import render
from .structured import Parsed
from .trace import RoundRecord, Session, render_findings

__all__ = ["REPAIR_LINT", "Attempt", "LoopResult", "run_loop"]

Mode = Literal["staged", "single"]

_RANK = {"solved": 4, "not-solved": 3, "missing-data": 2, "invalid": 1, "unparsed": 0}

#: Lint warnings on a solved model that are worth another round: in an LLM's Formulation they
#: almost always mean a misread text (a sense or sign flipped, a profit left out, people as
#: fractions). They block ``ok`` like errors; the best-attempt ranking protects against a
#: "correction" that makes things worse.
REPAIR_LINT = frozenset({"all-zero-optimum", "objective-ignores-cost", "count-as-continuous"})


@dataclass
class Attempt:
    """One round's Formulation (if any) and everything found about it."""

    round: int
    formulation: Formulation | None
    findings: list[Finding] = field(default_factory=list)
    result: Result | None = None
    diagnosis: dict[str, Any] | None = None
    missing: list[MissingParameter] = field(default_factory=list)
    status: str = "unparsed"  # unparsed | invalid | missing-data | <solver status>

    @property
    def solved(self) -> bool:
        return self.result is not None and self.result.status.has_solution

    @property
    def blocking(self) -> list[Finding]:
        return [
            f
            for f in self.findings
            if (f.severity == Severity.error and f.code != "missing-value") or f.code in REPAIR_LINT
        ]

    @property
    def done(self) -> bool:
        return self.solved and not self.blocking

    def rank(self) -> tuple[int, int, int, int]:
        if self.formulation is None:
            kind = "unparsed"
        elif self.solved:
            kind = "solved"
        elif self.result is not None:
            kind = "not-solved"
        elif self.missing and not self.blocking:
            kind = "missing-data"
        else:
            kind = "invalid"
        warnings = sum(1 for f in self.findings if f.severity == Severity.warning)
        return (_RANK[kind], -len(self.blocking), -warnings, self.round)


@dataclass
class LoopResult:
    best: Attempt | None
    attempts: list[Attempt]
    stopped_because: str
    agreement: Agreement | None = None


def _status_finding(res: Result) -> Finding:
    s = res.status
    if s == Status.infeasible:
        return Finding(
            code="infeasible",
            message="the model is infeasible: no solution satisfies all constraints together",
            hint="find the statement misread from the text (a wrong direction <= / >=, a "
            "wrong number or coefficient, a constraint the text does not state) and correct it; "
            "see the conflicting set if one is given",
            data={"status": s.value},
        )
    if s == Status.unbounded:
        return Finding(
            code="unbounded",
            message="the objective can improve without limit",
            hint="a limit stated in the text is missing or points the wrong way; check the objective "
            "sense and every upper bound",
            data={"status": s.value},
        )
    if s == Status.infeasible_or_unbounded:
        return Finding(
            code="infeasible-or-unbounded",
            message="the solver reports the model infeasible or unbounded",
            hint="check constraint directions and that every quantity is limited",
            data={"status": s.value},
        )
    if s == Status.time_limit:
        return Finding(
            code="solve-time-limit",
            message="no solution was found within the time limit",
            hint="simplify the model: fewer binary variables, tighter bounds",
            data={"status": s.value},
        )
    return Finding(
        code="solve-error",
        message=f"the solver failed: {res.message or s.value}",
        data={"status": s.value},
    )


def _diagnosis_findings(d: dict[str, Any]) -> list[Finding]:
    """Turn a Diagnosis dump into findings the model can act on."""
    out: list[Finding] = []
    conflict = d.get("conflict")
    fixes = [x for x in d.get("fixes") or [] if isinstance(x, dict)]
    if isinstance(conflict, dict) and conflict.get("members"):
        members = [m for m in conflict["members"] if isinstance(m, dict)]
        labels = [str(m.get("label") or m.get("name")) for m in members]
        detail = [
            {
                k: m.get(k)
                for k in ("label", "expression", "description", "sentence")
                if m.get(k) is not None
            }
            for m in members
        ]
        suggestions = [
            str(x.get("message")) + (" (verified)" if x.get("verified") else "") for x in fixes[:5]
        ]
        out.append(
            Finding(
                code="conflicting-set",
                message=f"these statements cannot all hold together: {', '.join(labels)}",
                hint=("possible fixes: " + "; ".join(suggestions))
                if suggestions
                else "one of them misreads the text: correct that one",
                data={"members": detail, "irreducible": conflict.get("irreducible")},
            )
        )
    ray = d.get("unbounded")
    if isinstance(ray, dict) and ray.get("variables"):
        names = [
            str(v.get("label") or v.get("name")) for v in ray["variables"] if isinstance(v, dict)
        ]
        terms = [str(t) for t in ray.get("objective_terms") or []]
        out.append(
            Finding(
                code="unbounded-direction",
                message=f"{', '.join(names)} can grow without limit"
                + (f", and the objective terms {', '.join(terms)} reward it" if terms else ""),
                hint="add the limit the text states for these quantities (or correct the objective sense)",
                data={"objective_sentence": ray.get("objective_sentence")},
            )
        )
    for raw in d.get("lint") or []:
        try:
            out.append(Finding.model_validate(raw))
        except ValueError:
            continue
    return out


def _diagnose(
    f: Formulation, backend: str, time_limit: float | None
) -> tuple[dict[str, Any] | None, list[Finding]]:
    from ..diagnosis import diagnose

    try:
        d = diagnose(f, backend, time_limit=time_limit)
        dump: dict[str, Any] = d.model_dump(mode="json")
    except OptformError as exc:
        return None, [Finding(code="diagnosis-failed", message=exc.message, severity=Severity.info)]
    except Exception as exc:  # a diagnosis bug must not end the loop; it is reported
        return None, [
            Finding(
                code="diagnosis-failed",
                message=f"{type(exc).__name__}: {exc}",
                severity=Severity.info,
            )
        ]
    return dump, _diagnosis_findings(dump)


def _source_map(f: Formulation) -> dict[str, str]:
    src: dict[str, str] = {}
    if f.objective is not None and f.objective.provenance is not None:
        src["objective.expression"] = f.objective.provenance.sentence
    for c in f.constraints:
        if c.provenance is not None:
            src[f"constraints.{c.name}"] = c.provenance.sentence
    for p in f.parameters:
        if p.provenance is not None:
            src[f"parameters.{p.name}"] = p.provenance.sentence
    for v in f.variables:
        if v.provenance is not None:
            src[f"variables.{v.name}"] = v.provenance.sentence
    return src


def evaluate(
    parsed: Parsed[Formulation],
    *,
    round: int,
    text: str,
    answers: dict[str, Any],
    ask: Callable[[str], str] | None,
    backend: str,
    time_limit: float | None,
) -> Attempt:
    """Check one parsed reply: missing data, validation, solve, diagnosis, lint."""
    from ..solving import solve_formulation

    if parsed.value is None:
        return Attempt(
            round=round, formulation=None, findings=list(parsed.findings), status="unparsed"
        )
    f = parsed.value
    if not f.source_text:
        f = f.model_copy(update={"source_text": text})
    f, _asked = fill_missing(f, answers, ask)
    findings = validate(f)
    att = Attempt(round=round, formulation=f, findings=findings, missing=missing_parameters(f))
    if any(x.severity == Severity.error for x in findings):
        att.status = "missing-data" if not att.blocking else "invalid"
        return att
    try:
        res = solve_formulation(f, backend, time_limit=time_limit)
    except OptformError as exc:
        att.findings += exc.as_findings()
        att.status = "invalid"
        return att
    att.result = res
    att.status = res.status.value
    att.findings += [x for x in res.findings if x not in att.findings]
    if not res.status.has_solution:
        att.findings.append(_status_finding(res))
        att.diagnosis, more = _diagnose(f, backend, time_limit)
        att.findings += more
        if att.diagnosis is not None:
            res.diagnosis = att.diagnosis
    else:
        att.findings += _lint(f, res, backend, time_limit)
    return att


def _lint(f: Formulation, res: Result, backend: str, time_limit: float | None) -> list[Finding]:
    from ..diagnosis import lint

    try:
        found = lint(f, result=res)
    except OptformError as exc:
        return [Finding(code="lint-failed", message=exc.message, severity=Severity.info)]
    except Exception as exc:  # a lint bug must not end the loop; it is reported
        return [
            Finding(
                code="lint-failed", message=f"{type(exc).__name__}: {exc}", severity=Severity.info
            )
        ]
    return list(found)


def repair_message(att: Attempt) -> str:
    """The feedback after an attempt: the findings and what to do."""
    shown = [x for x in att.findings if x.code != "missing-value" and x.severity != Severity.info]
    src = _source_map(att.formulation) if att.formulation is not None else None
    status_lines: list[str] = []
    if att.result is not None:
        status_lines.append(f"Solver status: {att.result.status.value}.")
    if att.missing:
        names = ", ".join(m.name for m in att.missing)
        status_lines.append(
            f"The text does not give these numbers; keep their value null: {names}."
        )
    return render(
        "repair.md",
        round=str(att.round),
        findings=render_findings(shown, src),
        status="\n".join(status_lines),
    )


def _record(att: Attempt, feedback: str | None) -> RoundRecord:
    return RoundRecord(
        round=att.round,
        status=att.status,
        objective=att.result.objective if att.result is not None else None,
        findings=att.findings,
        formulation=att.formulation.to_dict() if att.formulation is not None else None,
        diagnosis=att.diagnosis,
        feedback=feedback,
    )


def run_loop(
    session: Session,
    text: str,
    *,
    mode: Mode,
    rounds: int,
    ask: Callable[[str], str] | None,
    backend: str,
    time_limit: float | None,
    cross_check: bool,
) -> LoopResult:
    if rounds < 1:
        raise LLMError(
            "rounds must be at least 1", code="llm-config", hint="pass --rounds 1 or more"
        )
    if mode not in ("staged", "single"):
        raise LLMError(f"unknown mode '{mode}'", code="llm-config", hint="use 'staged' or 'single'")
    attempts: list[Attempt] = []
    answers: dict[str, Any] = {}
    stopped = "rounds-exhausted"
    endpoint_failure: Finding | None = None
    base_prompts = ["system.md", "language.md"]
    try:
        if mode == "staged":
            conv = staged_start(session, text)
            prompts = [*base_prompts, "stage3_formulate.md", "schema_summary.md"]
            stage = "formulate"
        else:
            conv = single_start(text)
            prompts = [*base_prompts, "single.md", "taxonomy.md", "schema_summary.md"]
            stage = "single"
        for r in range(1, rounds + 1):
            session.round = r
            reply, parsed = session.call(
                conv,
                Formulation,
                stage=stage if r == 1 else "repair",
                prompts=prompts if r == 1 else [*prompts, "repair.md"],
            )
            conv.append({"role": "assistant", "content": reply.content or ""})
            att = evaluate(
                parsed,
                round=r,
                text=text,
                answers=answers,
                ask=ask,
                backend=backend,
                time_limit=time_limit,
            )
            attempts.append(att)
            if att.done:
                stopped = "solved"
                session.trace.rounds.append(_record(att, None))
                break
            if att.formulation is not None and att.missing and not att.blocking:
                stopped = "missing-data"
                session.trace.rounds.append(_record(att, None))
                break
            feedback = repair_message(att) if r < rounds else None
            session.trace.rounds.append(_record(att, feedback))
            if feedback is not None:
                conv.append({"role": "user", "content": feedback})
    except LLMError as exc:
        if not any(a.formulation is not None for a in attempts):
            raise
        stopped = f"llm-error: {exc.code}"
        endpoint_failure = Finding(
            code=exc.code, message=exc.message, hint=exc.hint, severity=Severity.warning
        )
    best = max(attempts, key=lambda a: a.rank()) if attempts else None
    if best is not None and endpoint_failure is not None:
        best.findings.append(endpoint_failure)
    agreement = None
    if (
        cross_check
        and best is not None
        and best.formulation is not None
        and best.status != "invalid"
    ):
        agreement = crosscheck(
            text, best.formulation, best.result, backend=backend, time_limit=time_limit
        )
    session.trace.stopped_because = stopped
    return LoopResult(best=best, attempts=attempts, stopped_because=stopped, agreement=agreement)
