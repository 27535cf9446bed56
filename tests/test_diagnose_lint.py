"""Unbounded directions with their verified missing bounds, and lint on solvable models."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from optform import Formulation, Status
from optform.diagnosis import diagnose, lint, render_diagnosis

ROOT = Path(__file__).parent.parent


def F(**kw: Any) -> Formulation:
    return Formulation.model_validate({"name": "t", **kw})


# ----------------------------------------------------------------------------- unbounded


def test_unbounded_lp_primal_ray_and_bound() -> None:
    f = F(
        source_text="Sell as many chairs and tables as you like. Profit is $3 per chair and $2 per table.",
        variables=[{"name": "chairs", "description": "chairs sold"}, {"name": "tables"}],
        objective={
            "sense": "maximize",
            "expression": "3*chairs + 2*tables",
            "provenance": {"sentence": "Profit is $3 per chair and $2 per table."},
        },
        constraints=[{"name": "mix", "expression": "chairs - tables <= 4"}],
    )
    d = diagnose(f)
    assert d.status == Status.unbounded and d.unbounded is not None
    r = d.unbounded
    assert r.method == "highs-primal-ray"
    assert {c.label for c in r.variables} == {"chairs", "tables"} and all(
        c.direction > 0 for c in r.variables
    )
    assert set(r.objective_terms) == {"3*chairs", "2*tables"}
    assert r.objective_sentence == "Profit is $3 per chair and $2 per table."
    good = [x for x in d.fixes if x.verified]
    assert good and good[0].kind == "add_bound" and good[0].target == "tables"
    assert good[0].status_after == Status.optimal
    # bounding chairs alone leaves tables (and with the mix row, chairs) growing: honestly not verified
    chairs = next(x for x in d.fixes if x.target == "chairs")
    assert not chairs.verified and chairs.status_after == Status.unbounded
    text = render_diagnosis(d)
    assert '"Profit is $3 per chair and $2 per table."' in text and "tables (up)" in text


def test_unbounded_mip_box_direction() -> None:
    f = F(
        variables=[{"name": "n", "type": "integer"}, {"name": "m", "type": "integer", "ub": 3}],
        objective={"sense": "maximize", "expression": "5*n + m"},
        constraints=[{"name": "least", "expression": "n >= 2"}],
    )
    d = diagnose(f)
    assert d.status == Status.unbounded and d.unbounded is not None
    assert d.unbounded.method == "box"
    assert [c.label for c in d.unbounded.variables] == ["n"] and d.unbounded.objective_terms == [
        "5*n"
    ]
    assert d.fixes[0].verified and d.fixes[0].target == "n" and d.fixes[0].new == 100


def test_unbounded_downwards_free_variable() -> None:
    f = F(
        variables=[{"name": "t", "lb": None}],
        objective={"sense": "minimize", "expression": "t"},
        constraints=[{"name": "cap", "expression": "t <= 5"}],
    )
    d = diagnose(f)
    assert d.unbounded is not None and d.unbounded.variables[0].direction < 0
    fx = d.fixes[0]
    assert fx.verified and fx.new is not None and fx.new < 0 and "lower bound on 't'" in fx.message


def test_unbounded_indexed_family() -> None:
    f = F(
        sets=[{"name": "P", "elements": ["a", "b"]}],
        parameters=[{"name": "profit", "index": ["P"], "value": {"a": 4, "b": 0}}],
        variables=[{"name": "make", "index": ["P"]}],
        objective={"sense": "maximize", "expression": "sum{p in P} profit[p] * make[p]"},
        constraints=[{"name": "cap_b", "expression": "make[b] <= 3"}],
    )
    d = diagnose(f)
    assert d.unbounded is not None
    assert [(c.name, c.index) for c in d.unbounded.variables] == [("make", ["a"])]
    assert d.unbounded.objective_terms == ["4*make[a]"] and d.fixes[0].verified


# ----------------------------------------------------------------------------- lint


def codes(f: Formulation, **kw: Any) -> set[str]:
    return {x.code for x in lint(f, **kw)}


def test_clean_bakery_has_no_lint() -> None:
    f = Formulation.load(ROOT / "examples" / "bakery.yaml")
    assert codes(f) == set()
    d = diagnose(f)
    assert d.status == Status.optimal and d.lint == [] and d.conflict is None and d.fixes == []


def test_unused_variable() -> None:
    f = F(
        variables=[{"name": "x", "ub": 4}, {"name": "spare"}],
        objective={"sense": "maximize", "expression": "x"},
    )
    out = lint(f)
    assert [x.code for x in out] == ["unused-variable"] and out[0].loc == ["variables", "spare"]
    assert out[0].hint


def test_implied_by_bounds() -> None:
    f = F(
        variables=[{"name": "x", "ub": 4}],
        objective={"sense": "maximize", "expression": "x"},
        constraints=[
            {"name": "loose", "expression": "x <= 10"},
            {"name": "tight", "expression": "x <= 3"},
        ],
    )
    out = [x for x in lint(f) if x.code == "implied-by-bounds"]
    assert [x.data["constraint"] for x in out] == ["loose"]


def test_duplicate_constraints_up_to_scaling() -> None:
    f = F(
        variables=[{"name": "x"}, {"name": "y"}],
        objective={"sense": "maximize", "expression": "x + y"},
        constraints=[
            {"name": "a", "expression": "x + 2*y <= 10"},
            {"name": "b", "expression": "2*x + 4*y <= 20"},
            {"name": "c", "expression": "x <= 3"},
        ],
    )
    out = [x for x in lint(f) if x.code == "duplicate-constraint"]
    assert len(out) == 1 and out[0].data["constraints"] == ["a", "b"]


def test_objective_ignores_cost() -> None:
    f = F(
        parameters=[
            {
                "name": "truck_cost",
                "value": 300,
                "unit": "$",
                "description": "cost of renting a truck",
            },
            {"name": "van_cost", "value": 100},
        ],
        variables=[{"name": "trucks", "type": "integer"}, {"name": "vans", "type": "integer"}],
        objective={"sense": "minimize", "expression": "van_cost * vans"},
        constraints=[{"name": "carry", "expression": "10*trucks + 3*vans >= 30"}],
    )
    out = [x for x in lint(f) if x.code == "objective-ignores-cost"]
    assert [(x.data["parameter"], x.data["variable"]) for x in out] == [("truck_cost", "trucks")]


def test_all_zero_optimum() -> None:
    f = F(
        variables=[{"name": "x", "ub": 5}, {"name": "y", "ub": 5}],
        objective={"sense": "minimize", "expression": "4*x + 3*y"},
        constraints=[{"name": "cap", "expression": "x + y <= 8"}],
    )
    d = diagnose(f)
    assert d.status == Status.optimal and "all-zero-optimum" in {x.code for x in d.lint}
    # not raised when the optimum does something
    f2 = f.model_copy(update={"objective": f.objective.model_copy(update={"sense": "maximize"})})  # type: ignore[union-attr]
    assert "all-zero-optimum" not in {x.code for x in diagnose(f2).lint}


def test_coefficient_range() -> None:
    f = F(
        variables=[{"name": "grams"}, {"name": "tonnes"}],
        objective={"sense": "maximize", "expression": "grams"},
        constraints=[{"name": "mass", "expression": "0.001*grams + 1000000*tonnes <= 5000"}],
    )
    out = [x for x in lint(f) if x.code == "coefficient-range"]
    assert len(out) == 1 and out[0].data["max"] / out[0].data["min"] == pytest.approx(1e9)


def test_counted_items_as_continuous() -> None:
    f = F(
        variables=[
            {"name": "nurses", "ub": 9},
            {"name": "hours", "ub": 5},
            {"name": "v", "description": "vehicles to buy", "ub": 3},
            {"name": "staff", "type": "integer", "ub": 3},
        ],
        objective={"sense": "maximize", "expression": "nurses + hours + v + staff"},
    )
    out = [x for x in lint(f) if x.code == "count-as-continuous"]
    assert sorted(x.data["variable"] for x in out) == ["nurses", "v"]
    assert all(x.loc[-1] == "type" and x.hint == "declare it integer" for x in out)


def test_lint_findings_are_warnings_with_loc_and_hint() -> None:
    f = F(
        variables=[{"name": "workers", "ub": 4}, {"name": "spare"}],
        objective={"sense": "maximize", "expression": "workers"},
    )
    for x in lint(f):
        assert x.severity.value == "warning" and x.loc and x.hint and x.message
