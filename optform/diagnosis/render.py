"""Text for people: a Diagnosis rendered in the user's own sentences."""

from __future__ import annotations

from ..result import Status
from .models import ConflictMember, Diagnosis, Fix

__all__ = ["render_diagnosis"]


def _num(v: float | None) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else f"{v:.6g}"


def _member_lines(k: int, m: ConflictMember) -> list[str]:
    head = f"  {k}. {m.label}"
    if m.description:
        head += f" — {m.description}"
    lines = [head]
    if m.sentence:
        lines.append(f'     "{m.sentence}"')
    if m.expression and m.kind == "constraint":
        where = f"   (at {', '.join(map(str, m.index))})" if m.index else ""
        lines.append(f"     {m.expression}{where}")
    return lines


def _fix_line(k: int, fx: Fix) -> str:
    if fx.verified:
        obj = f", objective {_num(fx.objective_after)}" if fx.objective_after is not None else ""
        by = f" on {fx.verified_by}" if fx.verified_by else ""
        tail = f"verified{by}: {fx.status_after.value if fx.status_after else '?'}{obj}"
    else:
        st = fx.status_after.value if fx.status_after else "not re-solved"
        tail = f"not enough on its own (re-solved: {st})"
    return f"  {k}. {fx.message} — {tail}"


def render_diagnosis(d: Diagnosis) -> str:
    """The diagnosis as plain text: conflict members with their sentences, fixes, ray, lint."""
    out: list[str] = []
    obj = (
        f", objective {_num(d.objective)}"
        if d.objective is not None and d.status.has_solution
        else ""
    )
    out.append(f"Status: {d.status.value} ({d.backend}){obj}")
    if d.conflict is not None:
        c = d.conflict
        kind = (
            "a minimal conflicting set"
            if c.irreducible
            else "a conflicting set (not proven minimal)"
        )
        out.append("")
        out.append(
            f"These {len(c.members)} statements cannot all hold ({kind}; {c.method}, {c.solves} solves, "
            f"{c.seconds:.2f} s):"
        )
        for k, m in enumerate(c.members, 1):
            out.extend(_member_lines(k, m))
        if c.irreducible:
            out.append("Drop any one of them and the rest can be satisfied together.")
    elif d.status == Status.infeasible:
        out.append("No conflicting set could be confirmed.")
    if d.unbounded is not None:
        r = d.unbounded
        out.append("")
        out.append("The objective improves without limit when these grow:")
        for comp in r.variables:
            way = "up" if comp.direction > 0 else "down"
            desc = f" — {comp.description}" if comp.description else ""
            out.append(f"  - {comp.label} ({way}){desc}")
        if r.objective_terms:
            out.append(f"rewarded by the objective terms: {', '.join(r.objective_terms)}")
        if r.objective_sentence:
            out.append(f'the objective comes from: "{r.objective_sentence}"')
    if d.fixes:
        out.append("")
        out.append("Suggested changes (each applied to the model and solved again):")
        for k, fx in enumerate(d.fixes, 1):
            out.append(_fix_line(k, fx))
    if d.lint:
        out.append("")
        out.append("Probable modelling mistakes:")
        for f in d.lint:
            out.append("  " + f.render().replace("\n", "\n  "))
    notes = [f for f in d.findings if f.severity.value != "info"]
    if notes:
        out.append("")
        out.extend("  " + f.render() for f in notes)
    return "\n".join(out)
