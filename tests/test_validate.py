"""Validation reports every problem at once, each with a code, location, column and hint."""

from __future__ import annotations

import pytest

from optform import Formulation, ValidationFailed
from optform.errors import Finding, Severity


def codes(yaml_text: str) -> dict[str, list[Finding]]:
    f = Formulation.loads(yaml_text)
    out: dict[str, list[Finding]] = {}
    for x in f.check():
        out.setdefault(x.code, []).append(x)
    return out


def test_every_problem_at_once() -> None:
    found = codes("""
sets: [{name: P, elements: [a, b]}]
parameters:
  - {name: cost, index: [P], value: {a: 1, c: 2}}
  - {name: cap}
variables:
  - {name: x, index: [P]}
  - {name: y}
  - {name: y}
  - {name: unused_one}
objective: {sense: maximize, expression: "sum{p in P} cots[p] * x[p]"}
constraints:
  - {name: c1, expression: "x[a] * y <= 4"}
  - {name: c2, expression: "x[a] + 3y <= 4"}
  - {name: c3, expression: "x <= 4"}
  - {name: c4, expression: "y / x[b] <= 1"}
""")
    assert "duplicate-name" in found
    assert "index-outside-set" in found  # 'c' is not in P
    assert "missing-value" in found  # cap
    assert "unknown-name" in found and found["unknown-name"][0].hint == "did you mean 'cost'?"
    assert found["unknown-name"][0].column == 13
    assert "implicit-multiplication" in found
    assert "index-arity" in found
    assert found["unused-variable"][0].severity == Severity.warning


def test_deep_errors_are_reported_for_every_constraint() -> None:
    found = codes("""
variables: [{name: x}, {name: y}]
objective: {sense: maximize, expression: "x + y"}
constraints:
  - {name: c1, expression: "x * y <= 4"}
  - {name: c2, expression: "y / x <= 1"}
  - {name: c3, expression: "x^2 <= 1"}
  - {name: c4, expression: "x != 3"}
  - {name: ok, expression: "x + y <= 3"}
""")
    assert [f.loc[1] for f in found["nonlinear-term"]] == ["c1", "c3"]
    assert found["division-by-variable"][0].loc[1] == "c2"
    assert found["not-equal"][0].loc[1] == "c4"


@pytest.mark.parametrize(
    ("yaml_text", "code"),
    [
        ("variables: []\n", "empty-model"),
        (
            "variables: [{name: x, lb: 5, ub: 1}]\nobjective: {sense: minimize, expression: x}\n",
            "empty-bounds",
        ),
        ("sets: [{name: P, elements: [a, a]}]\nvariables: [{name: x}]\n", "duplicate-element"),
        ("variables: [{name: x, index: [Q]}]\n", "unknown-set"),
        ("variables: [{name: sum}]\n", "bad-name"),
        (
            "sets: [{name: P, elements: [a, b]}]\nparameters: [{name: c, index: [P], value: [1]}]\nvariables: [{name: x}]\n"
            "objective: {sense: minimize, expression: x}\n",
            "table-length",
        ),
        (
            "variables: [{name: x}]\nobjective: {sense: minimize, expression: 'x <= 3'}\n",
            "comparison-in-objective",
        ),
        (
            "sets: [{name: T, elements: '1..3'}]\nvariables: [{name: x, index: [T]}]\n"
            "constraints: [{name: c, forall: 't in T', expression: 'x[t+1] >= 1'}]\n",
            "index-outside-set",
        ),
        (
            "sets: [{name: T, elements: '1..3'}]\nvariables: [{name: x, index: [T]}]\n"
            "constraints: [{name: c, forall: 't in TT', expression: 'x[t] >= 1'}]\n",
            "unknown-set",
        ),
        (
            "variables: [{name: x}]\nconstraints: [{name: c, expression: 'x > 3'}]\n",
            "strict-inequality",
        ),
        (
            "variables: [{name: x}]\nconstraints: [{name: c, expression: 'x -> x >= 3'}]\n",
            "not-boolean",
        ),
    ],
)
def test_codes(yaml_text: str, code: str) -> None:
    assert code in codes(yaml_text)


def test_solve_raises_with_all_findings() -> None:
    f = Formulation.loads(
        "variables: [{name: x}]\nobjective: {sense: maximize, expression: 'x + zz'}\n"
        "constraints: [{name: c, expression: 'x <= 3q'}]\n"
    )
    with pytest.raises(ValidationFailed) as info:
        f.solve()
    assert {x.code for x in info.value.findings} == {"unknown-name", "implicit-multiplication"}
    text = info.value.render()
    assert "objective.expression, column 5" in text
    assert "constraints.c.expression" in text


def test_big_m_needs_bounds_names_the_variable() -> None:
    from optform import CapabilityError

    f = Formulation.loads(
        "variables: [{name: x}, {name: y, type: binary}]\n"
        "objective: {sense: maximize, expression: 'x - y'}\n"
        "constraints: [{name: link, expression: 'x > 0 -> y == 1'}]\n"
    )
    with pytest.raises(CapabilityError) as info:
        f.solve(backend="highs")
    assert "'x' (upper bound)" in info.value.render()
    assert "cpsat" in info.value.render() or "z3" in info.value.render()
