"""Conflicts and fixes: checked mechanically on real solvers, independently of the diagnoser.

The checker below rebuilds the *subsystem* of a reported conflicting set straight from
the LinearModel (only the members' rows, bounds and integrality kept) and solves it with
HiGHS through the ordinary solve path: the set must be infeasible, and removing any one
member must make it feasible (irreducible).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import cast

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optform import Formulation, Status
from optform.diagnosis import (
    ConflictSet,
    Diagnosis,
    Fix,
    diagnose,
    find_conflict,
    render_diagnosis,
)
from optform.lower import LinearModel, _label, lower
from optform.solving import solve_lowered

DATA = Path(__file__).parent / "data" / "infeasible"
FILES = sorted(DATA.glob("*.yaml"))
EXAMPLE = Path(__file__).parent.parent / "examples" / "infeasible_bakery.yaml"
BIG = 1e6  # stand-in for "no bound" on variables inside logic (big-M needs a number)


# ----------------------------------------------------------------------------- independent checker


def _logic_cols(lm: LinearModel) -> set[int]:
    from optform.lower import Atom, LAnd, LCard, LOr

    out: set[int] = set()

    def walk(n: object) -> None:
        if isinstance(n, Atom):
            out.update(n.cols)
        elif isinstance(n, (LAnd, LOr, LCard)):
            for i in n.items:
                walk(i)

    for lc in lm.logic:
        walk(lc.tree)
    return out


def subsystem(f: Formulation, labels: list[str], *, all_integral: bool = False) -> LinearModel:
    """The model made of the named members only (bounds/integrality not named are dropped)."""
    lm = lower(f)
    keep = set(labels)
    lo, hi = lm.row_lo.copy(), lm.row_hi.copy()
    for b in lm.row_blocks:
        for k in range(b.count):
            if _label(b.name, b.points[k]) not in keep:
                lo[b.offset + k], hi[b.offset + k] = -math.inf, math.inf
    logic = [lc for lc in lm.logic if lc.label in keep]
    lb, ub = np.full(lm.n_vars, -math.inf), np.full(lm.n_vars, math.inf)
    vt = lm.vtype.copy()
    logic_cols = _logic_cols(lm)
    for vb in lm.var_blocks:
        var = f.variable(vb.name)
        assert var is not None
        default_binary = var.type.value == "binary" and var.lb in (None, 0) and var.ub in (None, 1)
        for j in range(vb.offset, vb.offset + vb.size):
            name = lm.var_names[j]
            if default_binary:
                lb[j], ub[j] = 0.0, 1.0
            for op, arr, src in ((">=", lb, lm.lb), ("<=", ub, lm.ub)):
                v = float(src[j])
                if math.isfinite(v):
                    txt = str(int(v)) if v.is_integer() else f"{v:g}"
                    if f"bound: {name} {op} {txt}" in keep:
                        arr[j] = v
            if j in logic_cols:
                lb[j] = max(lb[j], -BIG)
                ub[j] = min(ub[j], BIG)
        if not all_integral and f"integrality of '{vb.name}'" not in keep:
            vt[vb.offset : vb.offset + vb.size] = 0
    return replace(
        lm,
        row_lo=lo,
        row_hi=hi,
        lb=lb,
        ub=ub,
        vtype=vt,
        logic=logic,
        sense=None,
        c=np.zeros(lm.n_vars),
        c0=0.0,
    )


def status_of(lm: LinearModel) -> Status:
    return solve_lowered(lm, "highs").status


def assert_irreducible(f: Formulation, labels: list[str], *, all_integral: bool = False) -> None:
    assert labels, "empty conflicting set"
    assert status_of(subsystem(f, labels, all_integral=all_integral)) == Status.infeasible, labels
    for m in labels:
        rest = [x for x in labels if x != m]
        st_ = status_of(subsystem(f, rest, all_integral=all_integral))
        assert st_.has_solution, f"{labels} is not irreducible: still {st_.value} without {m!r}"


def _matches_known(f: Formulation, labels: list[str], *, drop_integrality: bool = False) -> bool:
    def norm(xs: list[str]) -> set[str]:
        return {x for x in xs if not (drop_integrality and x.startswith("integrality of"))}

    known = [f.meta["known_conflict"], *f.meta.get("other_conflicts", [])]
    return any(norm(labels) == norm(k) for k in known)


# ----------------------------------------------------------------------------- the corpus


def test_corpus_size_and_meta() -> None:
    assert len(FILES) >= 20
    for p in FILES:
        f = Formulation.load(p)
        assert f.meta.get("known_conflict"), p.name
        assert f.solve("highs").status == Status.infeasible, p.name


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_highs_conflict_is_irreducible_and_known(path: Path) -> None:
    f = Formulation.load(path)
    cs = find_conflict(f, "highs")
    assert cs is not None and cs.irreducible
    assert_irreducible(f, cs.labels())
    assert _matches_known(f, cs.labels()), (cs.labels(), f.meta["known_conflict"])


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_z3_conflict_is_irreducible_and_known(path: Path) -> None:
    f = Formulation.load(path)
    cs = find_conflict(f, "z3")
    assert cs is not None and cs.irreducible and cs.method.startswith("z3 unsat core")
    assert_irreducible(f, cs.labels())
    assert _matches_known(f, cs.labels())


INTEGER_FILES = [
    p for p in FILES if all(v.type.value != "continuous" for v in Formulation.load(p).variables)
]


def test_enough_integer_files_for_cpsat() -> None:
    assert len(INTEGER_FILES) >= 6


@pytest.mark.parametrize("path", INTEGER_FILES, ids=[p.stem for p in INTEGER_FILES])
def test_cpsat_conflict_is_irreducible(path: Path) -> None:
    """CP-SAT: every variable is integral, so integrality is assumed throughout, never a member."""
    f = Formulation.load(path)
    cs = find_conflict(f, "cpsat")
    assert cs is not None and cs.irreducible and cs.method.startswith("cp-sat assumption core")
    assert not any(m.kind == "integrality" for m in cs.members)
    assert_irreducible(f, cs.labels(), all_integral=True)
    assert _matches_known(f, cs.labels(), drop_integrality=True)


def test_cpsat_rejects_continuous() -> None:
    from optform.errors import CapabilityError

    with pytest.raises(CapabilityError) as e:
        find_conflict(Formulation.load(DATA / "ratio.yaml"), "cpsat")
    assert e.value.code == "needs-integer-variables"


def test_cbc_uses_highs_engine() -> None:
    cs = find_conflict(Formulation.load(DATA / "ratio.yaml"), "cbc")
    assert cs is not None and sorted(cs.labels()) == ["max_cakes", "min_muffins", "ratio"]


def test_feasible_model_has_no_conflict() -> None:
    f = Formulation.load(Path(__file__).parent.parent / "examples" / "bakery.yaml")
    assert find_conflict(f, "highs") is None
    assert find_conflict(f, "z3") is None


def test_members_carry_family_points_sentences_and_kinds() -> None:
    cs = find_conflict(Formulation.load(DATA / "plant_capacity.yaml"))
    assert cs is not None
    cap = next(m for m in cs.members if m.label == "capacity[plant2]")
    assert (
        cap.kind == "constraint"
        and cap.index == ["plant2"]
        and cap.side == "upper"
        and cap.limit == 20
    )
    cs = find_conflict(Formulation.load(DATA / "bound_vs_constraint.yaml"))
    assert cs is not None
    b = next(m for m in cs.members if m.kind == "bound")
    assert (
        b.label == "bound: x <= 5"
        and b.sentence == "At most 5 trucks can be rented."
        and b.loc[-1] == "ub"
    )
    cs = find_conflict(Formulation.load(DATA / "tables_seating.yaml"))
    assert cs is not None
    i = next(m for m in cs.members if m.kind == "integrality")
    assert i.label == "integrality of 'tables'" and i.description == "number of tables"


def test_range_row_side_from_iis() -> None:
    cs = find_conflict(Formulation.load(DATA / "range_row.yaml"))
    assert cs is not None
    w = next(m for m in cs.members if m.name == "window")
    assert w.side == "upper" and w.limit == 20


# ----------------------------------------------------------------------------- fixes


def apply_fix(f: Formulation, fix: Fix) -> LinearModel:
    """Apply a fix to the LinearModel, written independently of optform.diagnosis.fixes."""
    lm = lower(f)
    m = fix.member
    if fix.kind == "relax_integrality":
        assert m is not None
        vt = lm.vtype.copy()
        vb = next(b for b in lm.var_blocks if b.name == m.name)
        vt[vb.offset : vb.offset + vb.size] = 0
        return replace(lm, vtype=vt)
    assert m is not None
    if m.kind == "bound":
        j = lm.var_names.index(m.label.split(": ", 1)[1].split(" ")[0])
        lb, ub = lm.lb.copy(), lm.ub.copy()
        arr = lb if m.side == "lower" else ub
        arr[j] = (
            (-math.inf if m.side == "lower" else math.inf)
            if fix.kind == "drop"
            else float(cast(float, fix.new))
        )
        return replace(lm, lb=lb, ub=ub)
    lo, hi = lm.row_lo.copy(), lm.row_hi.copy()
    rows = [
        b.offset + k
        for b in lm.row_blocks
        for k in range(b.count)
        if _label(b.name, b.points[k]) == m.label
    ]
    for r in rows:
        if fix.kind == "drop":
            lo[r], hi[r] = -math.inf, math.inf
        elif lo[r] == hi[r]:
            lo[r] = hi[r] = float(fix.new)  # type: ignore[arg-type]
        elif fix.old is not None and hi[r] == fix.old:
            hi[r] = float(fix.new)  # type: ignore[arg-type]
        elif fix.old is not None and lo[r] == fix.old:
            lo[r] = float(fix.new)  # type: ignore[arg-type]
    logic = [lc for lc in lm.logic if not (fix.kind == "drop" and lc.label == m.label)]
    return replace(lm, row_lo=lo, row_hi=hi, logic=logic)


def check_fixes(f: Formulation, d: Diagnosis) -> None:
    if not f.meta.get("other_conflicts"):  # with one conflict, some change alone must work
        assert any(x.verified for x in d.fixes), [x.message for x in d.fixes]
    from optform.errors import CapabilityError

    for fx in d.fixes:
        try:
            st_ = status_of(apply_fix(f, fx))
        except CapabilityError:  # HiGHS cannot take it (big-M lost a bound): checked exactly on Z3
            assert fx.verified_by == "z3 (feasibility only)"
            continue
        assert st_.has_solution == fx.verified, (fx.message, st_)
        assert fx.status_after is not None and fx.status_after.has_solution == fx.verified
    verified = [x for x in d.fixes if x.verified]
    assert d.fixes[: len(verified)] == verified  # verified first
    plain = [
        x
        for x in verified
        if not (
            x.member
            and x.member.kind == "bound"
            and x.member.limit == 0.0
            and x.member.side == "lower"
        )
    ]
    assert verified[: len(plain)] == plain  # making a >= 0 variable negative comes last
    sizes = [x.change for x in plain if x.change is not None]
    assert sizes == sorted(sizes)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_fixes_are_verified_by_resolving(path: Path) -> None:
    f = Formulation.load(path)
    d = diagnose(f)
    assert d.status == Status.infeasible and d.conflict is not None
    check_fixes(f, d)


def test_infeasible_bakery_example() -> None:
    f = Formulation.load(EXAMPLE)
    assert f.source_text and all(c.provenance for c in f.constraints)
    d = diagnose(f)
    assert d.conflict is not None
    assert sorted(d.conflict.labels()) == ["bound: batches[muffins] >= 0", "min_cakes", "oven"]
    top = d.fixes[0]
    assert (
        top.kind == "relax_limit"
        and top.parameter == "oven_hours"
        and (top.old, top.new) == (40, 45)
    )
    assert top.message == "raise 'oven_hours' (the limit of 'oven') from 40 to 45" and top.verified
    assert top.objective_after == 750
    kinds = {(x.kind, x.target) for x in d.fixes}
    assert ("drop", "min_cakes") in kinds and ("relax_limit", "min_cakes") in kinds
    text = render_diagnosis(d)
    assert '"The oven is available for at most 40 hours a week."' in text
    assert '"A wedding order requires at least 15 batches of cakes this week."' in text
    assert "verified on highs: optimal, objective 750" in text
    check_fixes(f, d)


def test_relax_integrality_fix() -> None:
    f = Formulation.load(DATA / "tables_seating.yaml")
    d = diagnose(f)
    fx = next(x for x in d.fixes if x.kind == "relax_integrality")
    assert fx.message == "let 'tables' be fractional" and fx.verified


def test_diagnosis_is_json_data() -> None:
    d = diagnose(Formulation.load(EXAMPLE))
    data = json.loads(json.dumps(d.model_dump(mode="json")))
    assert data["status"] == "infeasible" and data["conflict"]["members"][0]["sentence"]
    assert Diagnosis.model_validate(data) == d
    assert ConflictSet.model_validate(data["conflict"]).irreducible


def test_two_independent_conflicts_fix_flags() -> None:
    f = Formulation.load(DATA / "two_conflicts.yaml")
    d = diagnose(f)
    # each fix resolves one conflict only: the other remains, and the flag says so
    assert d.fixes and not any(x.verified for x in d.fixes)
    assert all(x.status_after == Status.infeasible for x in d.fixes)
    assert "not enough on its own" in render_diagnosis(d)


def test_public_api_pinned_and_lazy() -> None:
    import optform.diagnosis as dg

    assert sorted(dg.__all__) == sorted(
        [
            "ConflictMember",
            "ConflictSet",
            "Diagnosis",
            "Fix",
            "FixKind",
            "MemberKind",
            "RayComponent",
            "UnboundedRay",
            "diagnose",
            "find_conflict",
            "lint",
            "render_diagnosis",
        ]
    )
    code = (
        "import sys, optform.diagnosis; "
        "print(sorted(m for m in ('highspy','z3','ortools','pulp') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ----------------------------------------------------------------------------- property test


def _lin_text(coefs: list[int]) -> str:
    parts = []
    for k, a in enumerate(coefs):
        if a == 0:
            continue
        sign = "-" if a < 0 else "+"
        parts.append(f"{sign} {abs(a)}*x{k}")
    text = " ".join(parts)
    return text[2:] if text.startswith("+ ") else "-" + text[2:] if text.startswith("- ") else text


@st.composite
def infeasible_lps(draw: st.DrawFn) -> Formulation:
    n = draw(st.integers(2, 4))
    m = draw(st.integers(1, 4))
    x0 = [draw(st.integers(0, 5)) for _ in range(n)]
    cons = []
    for r in range(m):
        a = [draw(st.integers(-4, 4)) for _ in range(n)]
        if not any(a):
            a[0] = 1
        rhs = sum(ai * xi for ai, xi in zip(a, x0)) + draw(st.integers(0, 3))
        cons.append({"name": f"r{r}", "expression": f"{_lin_text(a)} <= {rhs}"})
    c = [draw(st.integers(-3, 3)) for _ in range(n)]
    if not any(c):
        c[draw(st.integers(0, n - 1))] = 1
    base = {
        "name": "rand",
        "variables": [{"name": f"x{k}", "ub": 10} for k in range(n)],
        "constraints": cons,
    }
    f0 = Formulation.model_validate(
        {**base, "objective": {"sense": "maximize", "expression": _lin_text(c)}}
    )
    res = f0.solve("highs")
    assert res.status == Status.optimal and res.objective is not None
    gap = draw(st.sampled_from([1, 2.5, 7]))
    cut = {"name": "cut", "expression": f"{_lin_text(c)} >= {res.objective + gap:g}"}
    return Formulation.model_validate({**base, "constraints": [*cons, cut]})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(infeasible_lps())
def test_random_infeasible_lps(f: Formulation) -> None:
    d = diagnose(f)
    assert d.status == Status.infeasible and d.conflict is not None and d.conflict.irreducible
    labels = d.conflict.labels()
    assert (
        "cut" in labels
    )  # every conflict of a feasible model plus one constraint contains that constraint
    assert_irreducible(f, labels)
    check_fixes(f, d)
    cut_fix = next(x for x in d.fixes if x.kind == "relax_limit" and x.target == "cut")
    assert cut_fix.verified


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(infeasible_lps())
def test_random_infeasible_lps_z3_cores(f: Formulation) -> None:
    cs = find_conflict(f, "z3")
    assert cs is not None and cs.irreducible and "cut" in cs.labels()
    assert_irreducible(f, cs.labels())
