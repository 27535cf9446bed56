"""Lowering: indexed families compile to the right rows; logic is exact (brute-force oracle)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optform import Formulation, Status
from optform import expression as ex
from optform.lower import lower

TRANSPORT = """
name: transport
sets:
  - {name: S, elements: [north, south]}
  - {name: D, elements: [1, 2, 3]}
parameters:
  - {name: supply, index: [S], value: {north: 20, south: 30}}
  - {name: demand, index: [D], value: [10, 25, 15]}
  - {name: cost, index: [S, D], value: {north: {1: 2, 2: 4, 3: 5}, south: {1: 3, 2: 1, 3: 7}}}
variables:
  - {name: ship, index: [S, D]}
objective: {sense: minimize, expression: "sum{s in S, d in D} cost[s,d]*ship[s,d]"}
constraints:
  - {name: sup, forall: "s in S", expression: "sum{d in D} ship[s,d] <= supply[s]"}
  - {name: dem, forall: "d in D", expression: "sum(ship[s,d] for s in S) >= demand[d]"}
"""


def test_families_compile_to_named_rows() -> None:
    lm = lower(Formulation.loads(TRANSPORT))
    assert lm.n_vars == 6 and lm.n_rows == 5
    assert lm.row_names == ["sup[north]", "sup[south]", "dem[1]", "dem[2]", "dem[3]"]
    assert [b.name for b in lm.row_blocks] == ["sup", "dem"]
    assert lm.row_blocks[1].points == [(1,), (2,), (3,)]
    assert lm.var_names[:3] == ["ship[north,1]", "ship[north,2]", "ship[north,3]"]
    indptr, idx, vals = lm.csr()
    dense = np.zeros((5, 6))
    for r in range(5):
        dense[r, idx[indptr[r] : indptr[r + 1]]] = vals[indptr[r] : indptr[r + 1]]
    assert dense[0].tolist() == [1, 1, 1, 0, 0, 0]
    assert dense[3].tolist() == [0, 1, 0, 0, 1, 0]
    assert lm.c.tolist() == [2, 4, 5, 3, 1, 7]


def test_transport_against_scipy() -> None:
    from scipy.optimize import linprog

    r = Formulation.loads(TRANSPORT).solve()
    c = [2, 4, 5, 3, 1, 7]
    a_ub = [
        [1, 1, 1, 0, 0, 0],
        [0, 0, 0, 1, 1, 1],
        [-1, 0, 0, -1, 0, 0],
        [0, -1, 0, 0, -1, 0],
        [0, 0, -1, 0, 0, -1],
    ]
    b_ub = [20, 30, -10, -25, -15]
    ref = linprog(c, A_ub=a_ub, b_ub=b_ub, method="highs")
    assert r.status == Status.optimal
    assert r.objective == pytest.approx(ref.fun, rel=1e-9)
    assert r.value("ship", "south", 2) == pytest.approx(25)


def test_index_arithmetic_filters_and_ranges() -> None:
    f = Formulation.loads("""
sets: [{name: T, elements: "1..4"}]
parameters: [{name: d, index: [T], value: [5, 8, 3, 9]}]
variables: [{name: p, index: [T], ub: 7}, {name: inv, index: [T]}]
objective: {sense: minimize, expression: "sum{t in T} (2*p[t] + 0.5*inv[t])"}
constraints:
  - {name: first, forall: "t in T: t == 1", expression: "p[t] - inv[t] == d[t]"}
  - {name: balance, forall: "t in T: t > 1", expression: "inv[t-1] + p[t] - inv[t] == d[t]"}
  - {name: window, forall: "t in T", expression: "0 <= inv[t] <= 2"}
""")
    r = f.solve()
    assert r.objective == pytest.approx(51.5)
    lm = lower(f)
    window = next(b for b in lm.row_blocks if b.name == "window")
    assert window.count == 4  # one range row per point, not two
    assert lm.row_hi[window.offset] == 2 and lm.row_lo[window.offset] == 0


def test_chained_comparisons_descending_and_strict_integer_shift() -> None:
    f = Formulation.loads("""
variables: [{name: x, type: integer}, {name: y, type: integer}]
objective: {sense: maximize, expression: "x + y"}
constraints:
  - {name: r, expression: "10 >= x + y >= 2"}
  - {name: s, expression: "x < 4"}
  - {name: t, expression: "y > x"}
""")
    r = f.solve()
    assert r.objective == 10 and r.values["x"] <= 3 and r.values["y"] > r.values["x"]


def test_satisfaction_problem() -> None:
    r = Formulation.loads(
        "variables: [{name: x, type: integer, ub: 5}]\n"
        "constraints: [{name: c, expression: '2*x == 6'}]\n"
    ).solve()
    assert r.status in (Status.feasible, Status.optimal)
    assert r.values["x"] == 3 and r.objective is None


def test_infeasible_and_unbounded() -> None:
    inf = Formulation.loads(
        "variables: [{name: x}]\nobjective: {sense: maximize, expression: x}\n"
        "constraints: [{name: a, expression: 'x >= 5'}, {name: b, expression: 'x <= 3'}]\n"
    )
    assert inf.solve().status == Status.infeasible
    unb = Formulation.loads(
        "variables: [{name: x}, {name: y}]\nobjective: {sense: maximize, expression: x + y}\n"
        "constraints: [{name: a, expression: 'x - y <= 3'}]\n"
    )
    assert unb.solve().status == Status.unbounded


# ---------------------------------------------------------------- logic vs brute force

VARS = ["x", "y", "z"]
LIN = st.builds(
    lambda coefs, c: " + ".join(f"{a}*{v}" for a, v in zip(coefs, VARS) if a) or "0*x",
    st.lists(st.integers(-3, 3), min_size=3, max_size=3),
    st.integers(-4, 6),
)


@st.composite
def atoms(draw: st.DrawFn) -> str:
    lhs = draw(LIN)
    op = draw(st.sampled_from(["<=", ">=", "==", "<", ">"]))
    return f"{lhs} {op} {draw(st.integers(-3, 6))}"


@st.composite
def formulas(draw: st.DrawFn, depth: int = 2) -> str:
    if depth == 0 or draw(st.integers(0, 2)) == 0:
        return draw(st.one_of(atoms(), st.just("b"), st.just("not b")))
    kind = draw(st.sampled_from(["and", "or", "->", "not", "atleast", "atmost", "exactly"]))
    a = draw(formulas(depth - 1))
    b = draw(formulas(depth - 1))
    if kind in ("and", "or", "->"):
        return f"({a}) {kind} ({b})"
    if kind == "not":
        return f"not ({a})"
    c = draw(formulas(depth - 1))
    return f"{kind}({draw(st.integers(0, 3))}, {a}, {b}, {c})"


def _value(node: ex.Expr, env: dict[str, float]) -> float:
    if isinstance(node, ex.Num):
        return node.value
    if isinstance(node, ex.Name):
        return env[node.name]
    if isinstance(node, ex.Neg):
        return -_value(node.operand, env)
    assert isinstance(node, ex.BinOp)
    a, b = _value(node.left, env), _value(node.right, env)
    if node.op == "+":
        return a + b
    if node.op == "-":
        return a - b
    return a * b


def _truth(node: ex.Expr, env: dict[str, float]) -> bool:
    """An independent interpreter of the logic (the oracle)."""
    if isinstance(node, ex.Name):
        return env[node.name] == 1
    if isinstance(node, ex.Not):
        return not _truth(node.operand, env)
    if isinstance(node, ex.Logic):
        vals: list[float] = [_truth(i, env) for i in node.items]
        return all(vals) if node.op == "and" else any(vals)
    if isinstance(node, ex.Implies):
        return (not _truth(node.left, env)) or _truth(node.right, env)
    if isinstance(node, ex.Card):
        n = sum(_truth(i, env) for i in node.items)
        k = _value(node.k, env)
        return {"atleast": n >= k, "atmost": n <= k, "exactly": n == k}[node.kind]
    assert isinstance(node, ex.Compare)
    vals = [_value(o, env) for o in node.operands]
    ops = {
        "<=": lambda a, b: a <= b,
        ">=": lambda a, b: a >= b,
        "==": lambda a, b: a == b,
        "<": lambda a, b: a < b,
        ">": lambda a, b: a > b,
    }
    return all(ops[o](a, b) for o, a, b in zip(node.ops, vals, vals[1:]))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(formulas(), st.lists(st.integers(-3, 3), min_size=4, max_size=4))
def test_logic_matches_brute_force(formula: str, obj: list[int]) -> None:
    text = f"{obj[0]}*x + {obj[1]}*y + {obj[2]}*z + {obj[3]}*b"
    f = Formulation.from_dict(
        {
            "variables": [{"name": v, "type": "integer", "lb": 0, "ub": 3} for v in VARS]
            + [{"name": "b", "type": "binary"}],
            "objective": {"sense": "maximize", "expression": text},
            "constraints": [{"name": "logic", "expression": formula}],
        }
    )
    node = ex.parse(formula)
    best = -math.inf
    for x, y, z, b in itertools.product(range(4), range(4), range(4), range(2)):
        env: dict[str, float] = {"x": x, "y": y, "z": z, "b": b}
        if _truth(node, env):
            best = max(best, obj[0] * x + obj[1] * y + obj[2] * z + obj[3] * b)
    r = f.solve(backend="highs")
    if best == -math.inf:
        assert r.status == Status.infeasible, formula
    else:
        assert r.status == Status.optimal, formula
        assert r.objective == pytest.approx(best), formula
