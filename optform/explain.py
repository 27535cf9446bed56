"""Explain a Formulation and its Result in the problem's own words.

:func:`explain_data` builds the explanation as data (for ``--json``); :func:`explain`
renders it as text: each variable, the objective and each constraint beside the sentence it
came from (with its class and template), the unresolved parts, then the answer
("make 12 muffins and 3 cakes; profit $84").
"""

from __future__ import annotations

from typing import Any

from .model import Formulation, Provenance
from .result import Result

__all__ = ["explain", "explain_data"]


def _num(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    return f"{x:,.4g}" if abs(x) < 1e4 else f"{x:,.2f}"


def _src(p: Provenance | None) -> str | None:
    return p.sentence if p is not None else None


def _verb(f: Formulation) -> str:
    text = (f.source_text or "").lower()
    for v in (
        "produce",
        "make",
        "buy",
        "hire",
        "invest",
        "plant",
        "use",
        "build",
        "send",
        "ship",
        "order",
        "prepare",
        "bake",
        "sell",
        "run",
        "open",
        "allocate",
        "transport",
        "schedule",
    ):
        if v in text:
            return v
    return "choose"


def _label(f: Formulation, name: str) -> str:
    v = f.variable(name)
    if v is not None and v.description:
        d = v.description
        for pre in ("number of ", "amount of "):
            if d.startswith(pre):
                d = d[len(pre) :]
        return d.split(" (")[0]
    return name.replace("_", " ")


def _money_unit(f: Formulation) -> str:
    o = f.objective
    if o is None:
        return ""
    words = ((o.name or "") + " " + (o.unit or "")).lower()
    if "$" in words or any(
        w in words
        for w in (
            "profit",
            "cost",
            "revenue",
            "income",
            "return",
            "earning",
            "dollar",
            "spend",
            "expense",
            "price",
        )
    ):
        return "$"
    return ""


def explain_data(f: Formulation, result: Result | None = None) -> dict[str, Any]:
    """The explanation as a JSON-ready dict (same content as :func:`explain`)."""
    data: dict[str, Any] = {
        "variables": [
            {
                "name": v.name,
                "type": v.type.value,
                "description": v.description,
                "source": _src(v.provenance),
            }
            for v in f.variables
        ],
        "objective": None,
        "constraints": [
            {
                "name": c.name,
                "expression": c.expression,
                "class": c.class_.value,
                "template": c.template.model_dump() if c.template is not None else None,
                "description": c.description,
                "source": _src(c.provenance),
            }
            for c in f.constraints
        ],
        "unresolved": [{"text": u.text, "reason": u.reason} for u in f.unresolved],
        "confidence": f.confidence,
        "answer": None,
    }
    if f.objective is not None:
        o = f.objective
        data["objective"] = {
            "sense": o.sense,
            "expression": o.expression,
            "name": o.name,
            "source": _src(o.provenance),
        }
    if result is not None:
        data["status"] = result.status.value
        data["objective_value"] = result.objective
        data["values"] = result.values
        data["answer"] = _answer(f, result)
    return data


def _answer(f: Formulation, r: Result) -> str:
    if not r.status.has_solution:
        msg = {
            "infeasible": "no plan satisfies every requirement (the constraints contradict each other)",
            "unbounded": "the goal can be improved without limit: a limit is missing from the text or the model",
            "infeasible_or_unbounded": "the model is infeasible or unbounded",
            "time_limit": "the solver stopped at the time limit without a plan",
        }.get(r.status.value, f"no answer ({r.status.value})")
        return msg
    parts: list[str] = []
    for v in f.variables:
        val = r.values.get(v.name)
        if isinstance(val, (int, float)):
            parts.append(f"{_num(float(val))} {_label(f, v.name)}")
        elif isinstance(val, dict):
            parts.append(f"{v.name}: " + ", ".join(f"{k}={_num(float(x))}" for k, x in val.items()))
    s = f"{_verb(f)} " + (
        ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    )
    if f.objective is not None and r.objective is not None:
        name = f.objective.name or "objective"
        unit = _money_unit(f)
        s += f"; {name} {unit}{_num(r.objective)}"
    if r.status.value == "feasible":
        s += " (feasible, optimality not proven)"
    return s


def explain(f: Formulation, result: Result | None = None) -> str:
    """Text explanation: every part beside its source sentence, then the answer."""
    d = explain_data(f, result)
    out: list[str] = []
    out.append("Decisions:")
    for v in d["variables"]:
        out.append(f"  {v['name']} ({v['type']}): {v['description'] or ''}")
        if v["source"]:
            out.append(f'      from: "{v["source"]}"')
    if d["objective"] is not None:
        o = d["objective"]
        out.append(
            f"Goal: {o['sense']} {o['expression']}" + (f"   [{o['name']}]" if o["name"] else "")
        )
        if o["source"]:
            out.append(f'      from: "{o["source"]}"')
    else:
        out.append("Goal: none (feasibility only)")
    out.append("Constraints:")
    if not d["constraints"]:
        out.append("  (none)")
    for c in d["constraints"]:
        tpl = c["template"]["name"] if c["template"] else "-"
        out.append(
            f"  {c['name']}: {c['expression'] or '(template only)'}   [class {c['class']}, template {tpl}]"
        )
        if c["source"]:
            out.append(f'      from: "{c["source"]}"')
    if d["unresolved"]:
        out.append("Not understood / missing:")
        for u in d["unresolved"]:
            out.append(f'  - "{u["text"]}": {u["reason"]}')
    if d["confidence"] is not None:
        out.append(f"Confidence: {d['confidence']:.2f}")
    if result is not None:
        out.append(f"Answer ({d['status']}): {d['answer']}")
    return "\n".join(out)
