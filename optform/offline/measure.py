"""Measure the offline formulator on a JSONL benchmark file.

    python -m optform.offline.measure PATH.jsonl [--part even|odd] [--show N] [--json]

Each line needs ``text`` and ``answer`` (the optimal objective; lines with a null answer are
skipped). A problem counts as solved when the formulated model, solved with HiGHS, has an
objective within 1e-4 relative of the answer. Prints the solving accuracy, the accuracy on
the problems containing each constraint type when gold declarations are present (NL4Opt
``gold.const_declarations[*].type``), and counts of failure kinds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import OptformError
from ..model import Formulation
from ..result import Status
from . import formulate_offline

__all__ = ["Outcome", "evaluate", "hand_model_formulation", "main", "matches", "solved_count"]


@dataclass
class Outcome:
    id: str
    ok: bool
    kind: str  # solved | no_variables | no_objective | invalid | infeasible | unbounded | wrong_objective | error
    objective: float | None
    answer: float
    gold_types: list[str]
    lp_ok: bool = False  # matches the LP-relaxation answer the dataset also records (NL4Opt dev)


def matches(value: float | None, answer: float, rel: float = 1e-4) -> bool:
    if value is None:
        return False
    return abs(value - answer) <= rel * max(1.0, abs(answer))


def hand_model_formulation(hm: dict[str, Any]) -> Formulation:
    """The Formulation of a compact hand model as our development sets store it:
    {"variables": [...], "objective": [sense, expression], "constraints": [...], "integer": bool}."""
    return Formulation.from_dict(
        {
            "variables": [
                {"name": n, "type": "integer" if hm["integer"] else "continuous"}
                for n in hm["variables"]
            ],
            "objective": {"sense": hm["objective"][0], "expression": hm["objective"][1]},
            "constraints": [
                {"name": f"c{k}", "expression": e} for k, e in enumerate(hm["constraints"])
            ],
        }
    )


def _one(row: dict[str, Any], time_limit: float) -> Outcome:
    text = str(row.get("text", ""))
    answer = float(row["answer"])
    gold = row.get("gold") or {}
    types = sorted(
        {str(c.get("type")) for c in gold.get("const_declarations", []) if isinstance(c, dict)}
    )
    rid = str(row.get("id", ""))
    try:
        f = formulate_offline(text)
    except OptformError:
        return Outcome(rid, False, "error", None, answer, types)
    if not f.variables:
        return Outcome(rid, False, "no_variables", None, answer, types)
    if f.objective is None:
        return Outcome(rid, False, "no_objective", None, answer, types)
    try:
        res = f.solve("highs", time_limit=time_limit)
    except OptformError:
        return Outcome(rid, False, "invalid", None, answer, types)
    if res.status == Status.infeasible:
        return Outcome(rid, False, "infeasible", None, answer, types)
    if res.status in (Status.unbounded, Status.infeasible_or_unbounded):
        return Outcome(rid, False, "unbounded", None, answer, types)
    if not res.status.has_solution:
        return Outcome(rid, False, "error", None, answer, types)
    ok = matches(res.objective, answer)
    lp = ((row.get("meta") or {}).get("computed_from_gold_declarations") or {}).get(
        "lp_relaxation_optimum"
    )
    lp_ok = ok or (isinstance(lp, (int, float)) and matches(res.objective, float(lp)))
    return Outcome(
        rid, ok, "solved" if ok else "wrong_objective", res.objective, answer, types, lp_ok
    )


def evaluate(rows: list[dict[str, Any]], time_limit: float = 10.0) -> list[Outcome]:
    return [_one(r, time_limit) for r in rows if r.get("answer") is not None]


def solved_count(rows: list[dict[str, Any]], time_limit: float = 10.0) -> int:
    """How many of ``rows`` the offline formulator solves (objective within 1e-4 relative)."""
    return sum(o.ok for o in evaluate(rows, time_limit))


def _report(outs: list[Outcome], seconds: float) -> dict[str, Any]:
    n = len(outs)
    ok = sum(o.ok for o in outs)
    by_type: dict[str, list[int]] = {}
    for o in outs:
        for t in o.gold_types:
            by_type.setdefault(t, [0, 0])
            by_type[t][0] += o.ok
            by_type[t][1] += 1
    return {
        "problems": n,
        "solved": ok,
        "accuracy": ok / n if n else 0.0,
        "by_constraint_type": {
            t: {"solved": a, "problems": b, "accuracy": a / b}
            for t, (a, b) in sorted(by_type.items())
        },
        "failures": dict(Counter(o.kind for o in outs if not o.ok).most_common()),
        "solved_integer_or_lp_reading": sum(o.lp_ok for o in outs),
        "seconds": round(seconds, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m optform.offline.measure", description=__doc__.split("\n")[0]
    )
    ap.add_argument("path", type=Path)
    ap.add_argument(
        "--part",
        choices=["all", "even", "odd"],
        default="all",
        help="even/odd line numbers only (a tuning/held-out split)",
    )
    ap.add_argument("--show", type=int, default=0, help="print the first N failures")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--time-limit", type=float, default=10.0)
    a = ap.parse_args(argv)
    try:
        lines = a.path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"cannot read {a.path}: {exc}", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if a.part == "even" and i % 2:
            continue
        if a.part == "odd" and not i % 2:
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            print(f"{a.path}:{i + 1}: not JSON: {exc}", file=sys.stderr)
            return 2
    t0 = time.perf_counter()
    outs = evaluate(rows, a.time_limit)
    rep = _report(outs, time.perf_counter() - t0)
    if a.json:
        print(json.dumps(rep, indent=2))
    else:
        print(
            f"{a.path} ({a.part}): solved {rep['solved']}/{rep['problems']} = {100 * rep['accuracy']:.1f}% "
            f"(objective within 1e-4 relative) in {rep['seconds']} s"
        )
        if rep["by_constraint_type"]:
            print("by gold constraint type (accuracy on problems containing it):")
            for t, d in rep["by_constraint_type"].items():
                print(f"  {t:<12} {d['solved']:>3}/{d['problems']:<3} = {100 * d['accuracy']:.1f}%")
        print("failures:", ", ".join(f"{k} {v}" for k, v in rep["failures"].items()) or "none")
        extra = rep["solved_integer_or_lp_reading"] - rep["solved"]
        if extra:
            print(
                f"{extra} more match the dataset's LP-relaxation answer (divisible quantities read as continuous)"
            )
    shown = 0
    for o in outs:
        if not o.ok and shown < a.show:
            print(f"  FAIL {o.id}: {o.kind} got {o.objective} want {o.answer}")
            shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
