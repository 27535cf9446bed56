"""Differential testing: random small feasible, bounded LPs and ILPs solved by every backend
and by scipy (linprog / milp, an independent matrix-form path) must agree on status and
objective within 1e-6 relative.

Models are built as Formulation objects from random integer data: 2-5 variables with box
bounds, 1-5 rows around a random integer point x0 inside the box (so every model is feasible
for the LP and the ILP), each row one of <=, >=, == or a two-sided range.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from optform import Formulation, Status
from optform.backends import SolveOptions, get_backend
from optform.solving import compile_formulation, solve_formulation

REL = 1e-6


@dataclass
class Data:
    n: int
    a: list[list[int]]
    lo: list[float]
    hi: list[float]
    ub: list[int]
    c: list[int]
    sense: str
    integer: bool

    def formulation(self) -> Formulation:
        variables = [
            {
                "name": f"x{j}",
                "type": "integer" if self.integer else "continuous",
                "lb": 0,
                "ub": self.ub[j],
            }
            for j in range(self.n)
        ]
        cons = []
        for i, row in enumerate(self.a):
            lhs = " + ".join(f"{v}*x{j}" for j, v in enumerate(row))
            lo, hi = self.lo[i], self.hi[i]
            if lo == hi:
                text = f"{lhs} == {int(lo)}"
            elif math.isinf(lo):
                text = f"{lhs} <= {int(hi)}"
            elif math.isinf(hi):
                text = f"{lhs} >= {int(lo)}"
            else:
                text = f"{int(lo)} <= {lhs} <= {int(hi)}"
            cons.append({"name": f"r{i}", "expression": text})
        obj = " + ".join(f"{v}*x{j}" for j, v in enumerate(self.c))
        return Formulation.from_dict(
            {
                "name": "random",
                "variables": variables,
                "objective": {"sense": self.sense, "expression": obj},
                "constraints": cons,
            }
        )

    def oracle(self) -> float:
        a = np.array(self.a, dtype=float)
        sign = -1.0 if self.sense == "maximize" else 1.0
        c = sign * np.array(self.c, dtype=float)
        if self.integer:
            res = milp(
                c,
                constraints=LinearConstraint(a, self.lo, self.hi),
                integrality=np.ones(self.n),
                bounds=Bounds(np.zeros(self.n), np.array(self.ub, dtype=float)),
            )
        else:
            a_ub, b_ub, a_eq, b_eq = [], [], [], []
            for row, lo, hi in zip(a, self.lo, self.hi):
                if lo == hi:
                    a_eq.append(row)
                    b_eq.append(lo)
                    continue
                if not math.isinf(hi):
                    a_ub.append(row)
                    b_ub.append(hi)
                if not math.isinf(lo):
                    a_ub.append(-row)
                    b_ub.append(-lo)
            res = linprog(
                c,
                A_ub=np.array(a_ub) if a_ub else None,
                b_ub=b_ub or None,
                A_eq=np.array(a_eq) if a_eq else None,
                b_eq=b_eq or None,
                bounds=[(0, u) for u in self.ub],
                method="highs",
            )
        assert res.status == 0, res.message  # feasible by construction, bounded by the box
        return float(sign * res.fun)


@st.composite
def data(draw: Any, integer: bool) -> Data:
    n = draw(st.integers(2, 5))
    m = draw(st.integers(1, 5))
    ub = [draw(st.integers(1, 10)) for _ in range(n)]
    x0 = [draw(st.integers(0, u)) for u in ub]
    coef = st.integers(-6, 6)
    a = [[draw(coef) for _ in range(n)] for _ in range(m)]
    lo: list[float] = []
    hi: list[float] = []
    for row in a:
        v = sum(r * x for r, x in zip(row, x0))
        kind = draw(st.sampled_from(["<=", ">=", "==", "range"]))
        s1, s2 = draw(st.integers(0, 4)), draw(st.integers(0, 4))
        lo.append(-math.inf if kind == "<=" else float(v if kind == "==" else v - s1))
        hi.append(math.inf if kind == ">=" else float(v if kind == "==" else v + s2))
    c = [draw(st.integers(-9, 9)) for _ in range(n)]
    sense = draw(st.sampled_from(["minimize", "maximize"]))
    return Data(n, a, lo, hi, ub, c, sense, integer)


def _agree(d: Data, backends: list[str]) -> None:
    f = d.formulation()
    want = d.oracle()
    for b in backends:
        r = solve_formulation(f, b, time_limit=30, threads=1)
        assert r.status == Status.optimal, (b, r.status, r.message)
        assert r.objective is not None
        assert abs(r.objective - want) <= REL * max(1.0, abs(want)), (b, r.objective, want)


_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(data(integer=False))
def test_random_lps_agree_with_linprog(d: Data) -> None:
    _agree(d, ["highs", "cbc", "z3"])


@_SETTINGS
@given(data(integer=True))
def test_random_ilps_agree_with_milp(d: Data) -> None:
    _agree(d, ["highs", "cbc", "cpsat", "z3"])


def test_oracle_is_not_trivially_satisfied() -> None:
    """The generator makes models whose optimum is not just the point x0 or zero."""
    d = Data(2, [[1, 1]], [-math.inf], [3.0], [2, 2], [2, 1], "maximize", False)
    assert d.oracle() == pytest.approx(5.0)  # x = (2, 1)
    d.integer = True
    assert d.oracle() == pytest.approx(5.0)
    _agree(d, ["highs", "cbc", "cpsat", "z3"])


# ----------------------------------------------------------------------------- logic
# Random logic constraints over three integers in 0..3 and two binaries, checked against
# brute-force enumeration of all 256 points: exercises big-M (HiGHS, CBC), CP-SAT enforcement
# literals and Z3 formulas on the same trees.

_INT_VARS = ["x0", "x1", "x2"]
_BIN_VARS = ["b0", "b1"]
_OPS = {
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "!=": lambda a, b: a != b,
}


@dataclass
class Logic:
    text: str
    holds: Any  # Callable[[dict[str, int]], bool]


@st.composite
def atoms(draw: Any) -> Logic:
    if draw(st.booleans()) and draw(st.booleans()):
        b = draw(st.sampled_from(_BIN_VARS))
        return Logic(f"{b} == 1", lambda p, b=b: p[b] == 1)
    names = draw(
        st.lists(st.sampled_from(_INT_VARS + _BIN_VARS), min_size=1, max_size=2, unique=True)
    )
    coefs = [draw(st.sampled_from([-3, -2, -1, 1, 2, 3])) for _ in names]
    op = draw(st.sampled_from(list(_OPS)))
    k = draw(st.integers(-3, 6))
    text = " + ".join(f"{c}*{n}" for c, n in zip(coefs, names)) + f" {op} {k}"
    fn = _OPS[op]
    return Logic(
        text,
        lambda p, names=names, coefs=coefs, k=k, fn=fn: fn(
            sum(c * p[n] for c, n in zip(coefs, names)), k
        ),
    )


def _combine(children: Any) -> Any:
    def pair(kind: str) -> Any:
        def make(ab: tuple[Logic, Logic]) -> Logic:
            a, b = ab
            if kind == "and":
                return Logic(f"({a.text}) and ({b.text})", lambda p: a.holds(p) and b.holds(p))
            if kind == "or":
                return Logic(f"({a.text}) or ({b.text})", lambda p: a.holds(p) or b.holds(p))
            return Logic(f"({a.text}) -> ({b.text})", lambda p: (not a.holds(p)) or b.holds(p))

        return st.tuples(children, children).map(make)

    def card(items_k: tuple[str, int, list[Logic]]) -> Logic:
        kind, k, items = items_k
        cnt: Callable[[int], bool] = {
            "atleast": lambda n: n >= k,
            "atmost": lambda n: n <= k,
            "exactly": lambda n: n == k,
        }[kind]
        text = f"{kind}({k}, " + ", ".join(f"({i.text})" for i in items) + ")"
        return Logic(text, lambda p: cnt(sum(1 for i in items if i.holds(p))))

    neg = children.map(lambda a: Logic(f"not ({a.text})", lambda p: not a.holds(p)))
    cards = st.tuples(
        st.sampled_from(["atleast", "atmost", "exactly"]),
        st.integers(0, 3),
        st.lists(children, min_size=1, max_size=3),
    ).map(card)
    return st.one_of(pair("and"), pair("or"), pair("->"), neg, cards)


logic_trees = st.recursive(atoms(), _combine, max_leaves=5)


@_SETTINGS
@given(
    st.lists(logic_trees, min_size=1, max_size=2),
    st.lists(st.integers(-5, 5), min_size=5, max_size=5),
    st.sampled_from(["minimize", "maximize"]),
)
def test_random_logic_agrees_with_brute_force(trees: list[Logic], c: list[int], sense: str) -> None:
    import itertools
    import re

    # a bare 'a != b' is refused by design (validate pins 'not-equal'); nested ones are logic
    assume(not any(re.fullmatch(r"[^()]*!=[^()]*", t.text) for t in trees))
    names = _INT_VARS + _BIN_VARS
    best: float | None = None
    for vals in itertools.product(range(4), range(4), range(4), range(2), range(2)):
        p = dict(zip(names, vals))
        if all(t.holds(p) for t in trees):
            v = float(sum(ci * vi for ci, vi in zip(c, vals)))
            if best is None or (v < best if sense == "minimize" else v > best):
                best = v
    f = Formulation.from_dict(
        {
            "name": "logic",
            "variables": [{"name": n, "type": "integer", "ub": 3} for n in _INT_VARS]
            + [{"name": n, "type": "binary"} for n in _BIN_VARS],
            "objective": {
                "sense": sense,
                "expression": " + ".join(f"{ci}*{n}" for ci, n in zip(c, names)),
            },
            "constraints": [{"name": f"l{i}", "expression": t.text} for i, t in enumerate(trees)],
        }
    )
    for b in ["highs", "cbc", "cpsat", "z3"]:
        r = solve_formulation(f, b, time_limit=30, threads=1)
        if best is None:
            assert r.status == Status.infeasible, (b, r.status, [t.text for t in trees])
        else:
            assert r.status == Status.optimal, (b, r.status, r.message, [t.text for t in trees])
            assert r.objective == best, (b, r.objective, best, [t.text for t in trees])


@_SETTINGS
@given(
    st.lists(logic_trees, min_size=1, max_size=2),
    st.lists(st.integers(-5, 5), min_size=5, max_size=5),
    st.sampled_from(["minimize", "maximize"]),
)
def test_continuous_logic_big_m_agrees_with_exact_z3(
    trees: list[Logic], c: list[int], sense: str
) -> None:
    """The same trees over continuous x in [0, 3]: big-M (strict as +-STRICT_EPS) vs exact Z3."""
    import re

    assume(not any(re.fullmatch(r"[^()]*!=[^()]*", t.text) for t in trees))
    names = _INT_VARS + _BIN_VARS
    f = Formulation.from_dict(
        {
            "name": "logic",
            "variables": [{"name": n, "ub": 3} for n in _INT_VARS]
            + [{"name": n, "type": "binary"} for n in _BIN_VARS],
            "objective": {
                "sense": sense,
                "expression": " + ".join(f"{ci}*{n}" for ci, n in zip(c, names)),
            },
            "constraints": [{"name": f"l{i}", "expression": t.text} for i, t in enumerate(trees)],
        }
    )
    lm, _ = compile_formulation(f)
    exact = get_backend("z3").solve(lm, SolveOptions(time_limit=30))
    texts = [t.text for t in trees]
    want: float | None = None
    if exact.status == Status.optimal:
        assert exact.x is not None
        want = float(lm.c @ exact.x + lm.c0)
    elif exact.status == Status.feasible:  # an infimum not attained (strict inequality)
        want = exact.extra["infimum"]  # type: ignore[assignment]
    else:
        assert exact.status == Status.infeasible, exact.message
    for b in ["highs", "cbc"]:
        r = solve_formulation(f, b, time_limit=30, threads=1)
        if want is None:
            assert r.status == Status.infeasible, (b, r.status, r.objective, texts)
        else:
            assert r.status == Status.optimal and r.objective is not None, (b, r.status, texts)
            assert abs(r.objective - want) <= 1e-3, (b, r.objective, want, texts)
