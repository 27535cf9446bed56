"""Compare two runs problem by problem: regressions (right in A, wrong in B) and fixes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import LoadError
from .metrics import ProblemResult, is_correct
from .report import load_run

__all__ = ["Change", "Comparison", "compare_runs", "render_comparison"]


class Change(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    expected: float | None
    a_outcome: str
    a_objective: float | None
    b_outcome: str
    b_objective: float | None


class Comparison(BaseModel):
    model_config = ConfigDict(extra="forbid")

    a: str
    b: str
    a_formulator: str
    b_formulator: str
    tol: float
    common: int = Field(description="Scored problems finished in both runs.")
    a_correct: int = Field(description="Correct in A among the common problems.")
    b_correct: int = Field(description="Correct in B among the common problems.")
    regressions: list[Change] = Field(description="Correct in A, wrong in B.")
    fixes: list[Change] = Field(description="Wrong in A, correct in B.")
    both_correct: int
    both_wrong: int
    outcome_changes: list[Change] = Field(
        description="Both wrong, but the outcome changed (e.g. error → solved)."
    )
    only_in_a: list[str]
    only_in_b: list[str]
    warnings: list[str]


def _ok(r: ProblemResult, tol: float) -> bool:
    return is_correct(r.objective if r.executed else None, r.answer, tol)


def _change(a: ProblemResult, b: ProblemResult) -> Change:
    return Change(
        id=a.id,
        expected=a.answer if a.answer is not None else b.answer,
        a_outcome=a.outcome,
        a_objective=a.objective,
        b_outcome=b.outcome,
        b_objective=b.objective,
    )


def compare_runs(a: str | Path, b: str | Path, *, tol: float | None = None) -> Comparison:
    """Regressions and fixes from run ``a`` to run ``b`` (scored problems finished in both)."""
    cfg_a, res_a = load_run(a)
    cfg_b, res_b = load_run(b)
    warnings: list[str] = []
    try:
        ta, tb = float(cfg_a.get("tol", 1e-4)), float(cfg_b.get("tol", 1e-4))
    except (TypeError, ValueError):
        raise LoadError("a run.json has a 'tol' that is not a number", code="run-corrupt") from None
    t = float(tol) if tol is not None else ta
    if tol is None and ta != tb:
        warnings.append(
            f"the runs used different tolerances ({ta:g} vs {tb:g}); both scored here with {t:g}"
        )
    sha_a = {d.get("sha256") for d in cfg_a.get("datasets", [])}
    sha_b = {d.get("sha256") for d in cfg_b.get("datasets", [])}
    if sha_a != sha_b:
        warnings.append(
            "the runs used different data (sha256 differs): compared on common ids only"
        )
    ma: dict[str, ProblemResult] = {r.id: r for r in res_a}
    mb: dict[str, ProblemResult] = {r.id: r for r in res_b}
    regressions: list[Change] = []
    fixes: list[Change] = []
    changes: list[Change] = []
    both_ok = both_bad = a_ok = b_ok = common = 0
    for pid, ra in ma.items():
        rb = mb.get(pid)
        if rb is None:
            continue
        if ra.answer is None and rb.answer is None:
            continue
        if ra.answer != rb.answer and ra.answer is not None and rb.answer is not None:
            warnings.append(
                f"{pid}: expected answers differ ({ra.answer:g} vs {rb.answer:g}); A's is used"
            )
            rb = rb.model_copy(update={"answer": ra.answer})
        elif ra.answer is None:
            ra = ra.model_copy(update={"answer": rb.answer})
        elif rb.answer is None:
            rb = rb.model_copy(update={"answer": ra.answer})
        common += 1
        oa, ob = _ok(ra, t), _ok(rb, t)
        a_ok += oa
        b_ok += ob
        if oa and not ob:
            regressions.append(_change(ra, rb))
        elif ob and not oa:
            fixes.append(_change(ra, rb))
        elif oa and ob:
            both_ok += 1
        else:
            both_bad += 1
            if ra.outcome != rb.outcome:
                changes.append(_change(ra, rb))
    for lst in (regressions, fixes, changes):
        lst.sort(key=lambda ch: ch.id)
    return Comparison(
        a=str(a),
        b=str(b),
        a_formulator=str(cfg_a.get("formulator", "")),
        b_formulator=str(cfg_b.get("formulator", "")),
        tol=t,
        common=common,
        a_correct=a_ok,
        b_correct=b_ok,
        regressions=regressions,
        fixes=fixes,
        both_correct=both_ok,
        both_wrong=both_bad,
        outcome_changes=changes,
        only_in_a=sorted(set(ma) - set(mb)),
        only_in_b=sorted(set(mb) - set(ma)),
        warnings=warnings,
    )


def _fmt(x: Any) -> str:
    return "—" if x is None else f"{x:.6g}"


def render_comparison(c: Comparison) -> str:
    """Markdown text of a comparison."""
    L = [
        f"# compare: A = {c.a} ({c.a_formulator}) → B = {c.b} ({c.b_formulator})",
        "",
        f"Scoring: |predicted - answer| <= {c.tol:g} * max(|answer|, 1).",
        "",
        f"common scored problems: {c.common}; correct A {c.a_correct}, B {c.b_correct} "
        f"(net {c.b_correct - c.a_correct:+d}); regressions {len(c.regressions)}, fixes {len(c.fixes)}; "
        f"both correct {c.both_correct}, both wrong {c.both_wrong}; only in A {len(c.only_in_a)}, "
        f"only in B {len(c.only_in_b)}",
        "",
    ]
    for w in c.warnings:
        L.append(f"warning: {w}")
    if c.warnings:
        L.append("")
    for title, rows in (
        ("Regressions (correct in A, wrong in B)", c.regressions),
        ("Fixes (wrong in A, correct in B)", c.fixes),
        ("Outcome changes among problems wrong in both", c.outcome_changes),
    ):
        L += [f"## {title}: {len(rows)}", ""]
        if rows:
            L += ["| id | expected | A | B |", "|---|---:|---|---|"]
            L += [
                f"| {r.id} | {_fmt(r.expected)} | {r.a_outcome} {_fmt(r.a_objective)} | "
                f"{r.b_outcome} {_fmt(r.b_objective)} |"
                for r in rows
            ]
            L.append("")
    return "\n".join(L) + "\n"
