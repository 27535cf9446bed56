"""Unboundedness: which variables grow without limit, what rewards it, the missing bound.

For an LP the direction is HiGHS's primal ray (``getPrimalRay``). Otherwise (integers,
logic) the model is solved inside a large box and the variables that run to the box are
the direction. The suggested fix bounds those variables; it is applied and re-solved.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from ..backends import SolveOptions
from ..backends.bigm import linearize_logic
from ..backends.highs import build_highs
from ..errors import CapabilityError, Finding, Severity
from ..lower import LinearModel
from ..model import Formulation
from .fixes import _verified, rank_fixes
from .members import describe_point
from .models import Fix, RayComponent, UnboundedRay

__all__ = ["find_ray"]

FArr = NDArray[np.float64]


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.6g}"


def _scale(lm: LinearModel) -> float:
    nums = [np.abs(a[np.isfinite(a)]) for a in (lm.row_lo, lm.row_hi, lm.lb, lm.ub)]
    top = max([float(n.max()) for n in nums if n.size] + [1.0])
    return top


def _primal_ray(lm: LinearModel, time_limit: float | None) -> FArr | None:
    h = build_highs(lm, SolveOptions(time_limit=time_limit))
    h.setOptionValue("presolve", "off")
    h.run()
    if h.getModelStatus().name != "kUnbounded":
        return None
    _, has_ray, ray = h.getPrimalRay()
    if not has_ray:
        return None
    d = np.asarray(ray, dtype=np.float64)[: lm.n_vars]
    return d if np.any(np.abs(d) > 1e-9) else None


def _box_direction(lm: LinearModel, box: float, time_limit: float | None) -> FArr | None:
    boxed = replace(
        lm, lb=np.where(np.isinf(lm.lb), -box, lm.lb), ub=np.where(np.isinf(lm.ub), box, lm.ub)
    )
    lin = linearize_logic(boxed)
    h = build_highs(lin, SolveOptions(time_limit=time_limit))
    h.run()
    if h.getInfo().primal_solution_status != 2:
        return None
    x = np.asarray(h.getSolution().col_value, dtype=np.float64)[: lm.n_vars]
    grow = np.abs(x) >= 1e-3 * box
    if not np.any(grow):
        return None
    return np.where(grow, x / box, 0.0)


def find_ray(
    f: Formulation, lm: LinearModel, backend: str, time_limit: float | None
) -> tuple[UnboundedRay | None, list[Fix], list[Finding]]:
    notes: list[Finding] = []
    d: FArr | None = None
    method = "highs-primal-ray"
    if not lm.is_mip() and not lm.logic:
        d = _primal_ray(lm, time_limit)
    scale = _scale(lm)
    if d is None:
        method = "box"
        try:
            d = _box_direction(lm, max(1e6, 1e4 * scale), time_limit)
        except CapabilityError as e:
            notes.extend(e.as_findings())
            d = None
    if d is None:
        notes.append(
            Finding(
                code="no-ray-found",
                severity=Severity.warning,
                message="could not name the unbounded direction",
            )
        )
        return None, [], notes
    dmax = float(np.max(np.abs(d)))
    d = d / dmax
    sign = -1.0 if lm.sense == "minimize" else 1.0
    comps: list[RayComponent] = []
    terms: list[str] = []
    comp_cols: list[int] = []
    for jj in np.nonzero(np.abs(d) > 1e-7)[0]:
        j = int(jj)
        vb = lm.var_block_of(j)
        var = f.variable(vb.name)
        cj = float(lm.c[j])
        comp_cols.append(j)
        comps.append(
            RayComponent(
                name=vb.name,
                index=describe_point(vb.index_of(j)),
                label=lm.var_names[j],
                direction=float(d[j]),
                objective_coefficient=cj,
                description=var.description if var else None,
            )
        )
        if sign * cj * float(d[j]) > 0:
            terms.append(f"{_fmt(cj)}*{lm.var_names[j]}")
    sentence = f.objective.provenance.sentence if f.objective and f.objective.provenance else None
    ray = UnboundedRay(
        variables=comps, objective_terms=terms, objective_sentence=sentence, method=method
    )

    # the missing bounds: grow-direction bounds that are infinite, per variable block
    bound = 10.0 ** max(2, math.ceil(math.log10(max(scale, 1.0)) + 1e-9))
    per_block: dict[str, list[tuple[int, bool]]] = {}
    for comp, j in zip(comps, comp_cols):
        up = comp.direction > 0
        if (up and math.isinf(lm.ub[j])) or (not up and math.isinf(lm.lb[j])):
            per_block.setdefault(comp.name, []).append((j, up))
    fixes: list[Fix] = []

    def bounded(items: list[tuple[int, bool]]) -> LinearModel:
        lb, ub = lm.lb.copy(), lm.ub.copy()
        for j, up in items:
            if up:
                ub[j] = bound
            else:
                lb[j] = -bound
        return replace(lm, lb=lb, ub=ub)

    for name, items in per_block.items():
        ups = {up for _, up in items}
        word = "an upper" if ups == {True} else "a lower" if ups == {False} else "a"
        example = f"{name} <= {_fmt(bound)}" if ups == {True} else f"{name} >= -{_fmt(bound)}"
        where = f' (the objective: "{sentence}")' if sentence else ""
        msg = f"add {word} bound on '{name}': nothing limits it and the objective rewards it{where}; e.g. {example}"
        fix = Fix(
            kind="add_bound", target=name, new=bound if ups == {True} else -bound, message=msg
        )
        fixes.append(_verified(fix, bounded(items), backend, time_limit))
    if len(per_block) > 1 and not any(fx.verified for fx in fixes):
        allitems = [it for items in per_block.values() for it in items]
        names = ", ".join(f"'{n}'" for n in per_block)
        fix = Fix(
            kind="add_bound",
            target=", ".join(per_block),
            new=bound,
            message=f"add bounds on {names} (e.g. at most {_fmt(bound)} each)",
        )
        fixes.append(_verified(fix, bounded(allitems), backend, time_limit))
    return ray, rank_fixes(fixes), notes
