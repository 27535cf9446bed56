"""Every backend on small hand-made models with hand-verified optima, plus capability refusals.

Each case states its expected status and objective (worked out by hand in the comment next to
it). A case runs on every backend; a backend that cannot take the model must refuse with a
typed CapabilityError (never crash, never answer wrongly).
"""

from __future__ import annotations

import math
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

from optform import CapabilityError, Formulation, Status
from optform.backends import BACKENDS, SolveOptions, get_backend
from optform.backends.cpsat import exact_fraction
from optform.solving import compile_formulation, solve_formulation

ALL = list(BACKENDS)


def model(
    variables: list[dict[str, Any]],
    objective: tuple[str, str] | None,
    constraints: list[Any],
    sets: list[dict[str, Any]] | None = None,
    parameters: list[dict[str, Any]] | None = None,
    name: str = "case",
) -> Formulation:
    cons = []
    for i, c in enumerate(constraints):
        if isinstance(c, str):
            cons.append({"name": f"c{i}", "expression": c})
        else:
            cons.append({"name": f"c{i}", **c})
    data: dict[str, Any] = {
        "name": name,
        "variables": variables,
        "constraints": cons,
        "sets": sets or [],
        "parameters": parameters or [],
    }
    if objective is not None:
        data["objective"] = {"sense": objective[0], "expression": objective[1]}
    return Formulation.from_dict(data)


def ints(*names: str, lb: float | None = 0, ub: float | None = 10) -> list[dict[str, Any]]:
    return [{"name": n, "type": "integer", "lb": lb, "ub": ub} for n in names]


@dataclass
class Case:
    f: Formulation
    status: Status
    objective: float | None = None
    refuse: dict[str, str] = field(default_factory=dict)  # backend -> CapabilityError code
    values: dict[str, Any] = field(default_factory=dict)


CONT = {"cpsat": "needs-integer-variables"}
BIGM = {"highs": "bigm-needs-bound", "cbc": "bigm-needs-bound"}

CASES: dict[str, Case] = {
    # max 3x + 5y, x <= 4, 2y <= 12, 3x + 2y <= 18: vertex (2, 6) -> 36
    "lp_textbook": Case(
        model(
            [{"name": "x"}, {"name": "y"}],
            ("maximize", "3*x + 5*y"),
            ["x <= 4", "2*y <= 12", "3*x + 2*y <= 18"],
        ),
        Status.optimal,
        36,
        CONT,
        {"x": 2, "y": 6},
    ),
    # max x + y, 2x + y <= 4, x + 2y <= 4: x = y = 4/3 -> 8/3 (fractional optimum)
    "lp_fractional": Case(
        model(
            [{"name": "x"}, {"name": "y"}], ("maximize", "x + y"), ["2*x + y <= 4", "x + 2*y <= 4"]
        ),
        Status.optimal,
        8 / 3,
        CONT,
    ),
    # max 5x + 4y, 6x + 4y <= 24, x + 2y <= 6, integers: LP gives 21 at (3, 1.5); (4, 0) -> 20
    "ilp": Case(
        model(
            ints("x", "y", ub=None), ("maximize", "5*x + 4*y"), ["6*x + 4*y <= 24", "x + 2*y <= 6"]
        ),
        Status.optimal,
        20,
    ),
    # 0/1 knapsack, values 10 13 7 8, weights 5 6 3 4, capacity 10: items b, d -> 21
    "knapsack": Case(
        model(
            [{"name": "take", "index": ["I"], "type": "binary"}],
            ("maximize", "sum{i in I} value[i] * take[i]"),
            ["sum{i in I} weight[i] * take[i] <= cap"],
            sets=[{"name": "I", "elements": ["a", "b", "c", "d"]}],
            parameters=[
                {"name": "value", "index": ["I"], "value": {"a": 10, "b": 13, "c": 7, "d": 8}},
                {"name": "weight", "index": ["I"], "value": {"a": 5, "b": 6, "c": 3, "d": 4}},
                {"name": "cap", "value": 10},
            ],
        ),
        Status.optimal,
        21,
        values={"take": {"a": 0, "b": 1, "c": 0, "d": 1}},
    ),
    # max x - 5y, x >= 3 -> y == 1: y = 0 allows x <= 2 (obj 2); y = 1 allows x = 10 (obj 5) -> 5
    "implication": Case(
        model(
            [*ints("x"), {"name": "y", "type": "binary"}],
            ("maximize", "x - 5*y"),
            ["x >= 3 -> y == 1"],
        ),
        Status.optimal,
        5,
    ),
    # max x + 2y, x + y <= 4 or x - y >= 6 (0..10): first branch 8, second (10, 4) -> 18
    "either_or": Case(
        model(ints("x", "y"), ("maximize", "x + 2*y"), ["x + y <= 4 or x - y >= 6"]),
        Status.optimal,
        18,
    ),
    # value 5 4 3 2 1 over five binaries
    "atmost": Case(
        model(
            [{"name": "o", "index": ["P"], "type": "binary"}],
            ("maximize", "sum{p in P} v[p]*o[p]"),
            ["atmost(2, {p in P} o[p])"],
            sets=[{"name": "P", "elements": "1..5"}],
            parameters=[{"name": "v", "index": ["P"], "value": [5, 4, 3, 2, 1]}],
        ),
        Status.optimal,
        9,
    ),  # 5 + 4
    "atleast": Case(
        model(
            [{"name": "o", "index": ["P"], "type": "binary"}],
            ("minimize", "sum{p in P} v[p]*o[p]"),
            ["atleast(3, {p in P} o[p])"],
            sets=[{"name": "P", "elements": "1..5"}],
            parameters=[{"name": "v", "index": ["P"], "value": [5, 4, 3, 2, 1]}],
        ),
        Status.optimal,
        6,
    ),  # 1 + 2 + 3
    # exactly 2 of {x >= 4, y >= 4, x + y <= 3} with x, y in 0..10, max x + y: x >= 4 and y >= 4
    # both true forces the third false: 20 (x = y = 10)
    "exactly_atoms": Case(
        model(ints("x", "y"), ("maximize", "x + y"), ["exactly(2, x >= 4, y >= 4, x + y <= 3)"]),
        Status.optimal,
        20,
    ),
    # min x + y with exactly 2 of the same three: x + y <= 3 and one of x >= 4 / y >= 4 cannot hold
    # together, so both x >= 4 and y >= 4: 8
    "exactly_min": Case(
        model(ints("x", "y"), ("minimize", "x + y"), ["exactly(2, x >= 4, y >= 4, x + y <= 3)"]),
        Status.optimal,
        8,
    ),
    # fixed charge: demand 10 from x (fixed cost 10 when used, 1 per unit) or z (3 per unit):
    # x = 10 costs 20, z = 10 costs 30 -> 20
    "fixed_charge": Case(
        model(
            [*ints("x", "z", ub=100), {"name": "y", "type": "binary"}],
            ("minimize", "10*y + x + 3*z"),
            ["x > 0 -> y == 1", "x + z >= 10"],
        ),
        Status.optimal,
        20,
        values={"x": 10, "y": 1, "z": 0},
    ),
    # continuous fixed charge (MILP, Z3): same numbers
    "fixed_charge_cont": Case(
        model(
            [{"name": "x", "ub": 100}, {"name": "z", "ub": 100}, {"name": "y", "type": "binary"}],
            ("minimize", "10*y + x + 3*z"),
            ["x >= 0.5 -> y == 1", "x + z >= 10"],
        ),
        Status.optimal,
        20,
        CONT,
    ),
    # strict on integers: x < y, y < 5 -> y = 4, x = 3 -> 7
    "strict_ints": Case(
        model(ints("x", "y"), ("maximize", "x + y"), ["x < y", "y < 5"]), Status.optimal, 7
    ),
    # strict inside logic: b -> x < 3, b forced: x = 2
    "strict_logic": Case(
        model(
            [*ints("x"), {"name": "b", "type": "binary"}],
            ("maximize", "x"),
            ["b == 1 -> x < 3", "b == 1"],
        ),
        Status.optimal,
        2,
    ),
    # satisfaction: x + y == 7, x - y == 1 -> (4, 3)
    "satisfaction": Case(
        model(ints("x", "y", ub=5), None, ["x + y == 7", "x - y == 1"]),
        Status.feasible,
        values={"x": 4, "y": 3},
    ),
    "infeasible_ilp": Case(
        model(ints("x", ub=5), ("maximize", "x"), ["x >= 6"]), Status.infeasible
    ),
    "infeasible_lp": Case(
        model([{"name": "x"}, {"name": "y"}], ("minimize", "x"), ["x + y <= 1", "x + y >= 2"]),
        Status.infeasible,
        refuse=CONT,
    ),
    "infeasible_parity": Case(
        model(ints("x", "y"), ("maximize", "x"), ["2*x - 2*y == 1"]), Status.infeasible
    ),
    "unbounded_ilp": Case(
        model(ints("x", "y", ub=None), ("maximize", "x + y"), ["x - y <= 1"]), Status.unbounded
    ),
    "unbounded_lp": Case(
        model([{"name": "x"}, {"name": "y"}], ("maximize", "x + y"), ["x - y <= 1"]),
        Status.unbounded,
        refuse=CONT,
    ),
    # chained range 2 <= x - y <= 3, max 2y - x: y = x - 2 gives x - 4, x = 10 -> 6
    "chained_range": Case(
        model(ints("x", "y"), ("maximize", "2*y - x"), ["2 <= x - y <= 3"]), Status.optimal, 6
    ),
    # lot sizing: demand 3 5 2 4, production cost 1 3 2 4, capacity 6, holding 1.
    # p1 makes 6 (3 for t1 at 1, 3 for t2 at 2), p2 makes 2 (at 3), p3 makes 6 (2 for t3 at 2,
    # 4 for t4 at 3): 3 + 6 + 6 + 4 + 12 = 31
    "lot_sizing": Case(
        model(
            [
                {"name": "make", "index": ["T"], "type": "integer", "ub": 6},
                {"name": "inv", "index": ["T"], "type": "integer", "ub": 20},
            ],
            ("minimize", "sum{t in T} (cost[t]*make[t] + inv[t])"),
            [
                {
                    "forall": "t in T: t > 1",
                    "expression": "inv[t] == inv[t-1] + make[t] - demand[t]",
                },
                "inv[1] == make[1] - demand[1]",
                "sum{t in T: t >= 3} make[t] <= 12",
            ],
            sets=[{"name": "T", "elements": "1..4"}],
            parameters=[
                {"name": "demand", "index": ["T"], "value": [3, 5, 2, 4]},
                {"name": "cost", "index": ["T"], "value": [1, 3, 2, 4]},
            ],
        ),
        Status.optimal,
        31,
    ),
    # PuLP mangles 'x+' and 'x-' to the same name: each must keep its own value
    "mangled_names": Case(
        model(
            [{"name": "w", "index": ["S"], "type": "integer", "ub": 3}],
            ("maximize", "w['x+'] - w['x-'] + w['x y']"),
            ["w['x+'] + w['x-'] <= 3"],
            sets=[{"name": "S", "elements": ["x+", "x-", "x y"]}],
        ),
        Status.optimal,
        6,
        values={"w": {"x+": 3, "x-": 0, "x y": 3}},
    ),
    # rational rescale for CP-SAT: 0.3x + 0.7y <= 2.2 (3x + 7y <= 22), max 0.5x + 0.25y (2x + y):
    # x = 7, y = 0 -> 3.5 (LP bound 3.667; rounding 0.3 to 0 would make it 5)
    "rescale": Case(
        model(ints("x", "y", ub=None), ("maximize", "0.5*x + 0.25*y"), ["0.3*x + 0.7*y <= 2.2"]),
        Status.optimal,
        3.5,
    ),
    # big coefficients on unbounded integers (CP-SAT shrinks its artificial domain to avoid int64
    # overflow): x = 1 costs 1e7, so x = 0 and y = 5 -> 15
    "big_coefficients": Case(
        model(
            ints("x", "y", ub=None),
            ("minimize", "10000000*x + 3*y"),
            ["x + y >= 5", "1000000*x - 3000000*y <= 7"],
        ),
        Status.optimal,
        15,
    ),
    # logic needing a bound for big-M: x has no lower bound (only a row keeps it >= -5), so MILP
    # backends refuse and name it; CP-SAT and Z3 solve it: b = 0, x = -5 -> 5 (b = 1 gives -3)
    "bigm_missing_bound": Case(
        model(
            [*ints("x", lb=None), {"name": "b", "type": "binary"}],
            ("maximize", "b - x"),
            ["b == 1 -> x >= 4", "x >= -5"],
        ),
        Status.optimal,
        5,
        BIGM,
    ),
}


@pytest.mark.parametrize("backend", ALL)
@pytest.mark.parametrize("case", list(CASES))
def test_case_on_backend(case: str, backend: str) -> None:
    c = CASES[case]
    if backend in c.refuse:
        with pytest.raises(CapabilityError) as ei:
            solve_formulation(c.f, backend, time_limit=30)
        assert ei.value.code == c.refuse[backend] or any(
            x.code == c.refuse[backend] for x in ei.value.findings
        )
        return
    r = solve_formulation(c.f, backend, time_limit=30)
    assert r.status == c.status, (r.status, r.message)
    if c.objective is not None:
        assert r.objective is not None
        assert math.isclose(r.objective, c.objective, rel_tol=1e-6, abs_tol=1e-6), r.objective
    else:
        assert r.objective is None
    for k, v in c.values.items():
        assert r.values[k] == pytest.approx(v, abs=1e-6)
    if r.status.has_solution:
        _check_feasible(c.f, r.values)


def _check_feasible(f: Formulation, values: dict[str, Any]) -> None:
    """The reported point satisfies every row of the compiled model (independent of the backend)."""
    lm, _ = compile_formulation(f)
    x = np.zeros(lm.n_vars)
    for b in lm.var_blocks:
        v = values[b.name]
        if not b.shape:
            x[b.offset] = v
        else:
            for k, flat in enumerate(np.ndindex(*b.shape)):
                x[b.offset + k] = v[",".join(b.keys[d][flat[d]] for d in range(len(flat)))]
    assert np.all(x >= lm.lb - 1e-6) and np.all(x <= lm.ub + 1e-6)
    ax = np.zeros(lm.n_rows)
    np.add.at(ax, lm.rows, lm.vals * x[lm.cols])
    assert np.all(ax >= lm.row_lo - 1e-6) and np.all(ax <= lm.row_hi + 1e-6)


def test_bigm_refusal_names_the_variable() -> None:
    with pytest.raises(CapabilityError) as ei:
        solve_formulation(CASES["bigm_missing_bound"].f, "cbc")
    text = ei.value.render()
    assert "'x'" in text and "lower bound" in text


def test_cpsat_refuses_continuous_and_names_alternatives() -> None:
    with pytest.raises(CapabilityError) as ei:
        solve_formulation(CASES["lp_textbook"].f, "cpsat")
    e = ei.value
    assert e.code == "needs-integer-variables"
    assert "'x'" in e.message and "'y'" in e.message
    assert (
        e.hint is not None
        and all(b in e.hint for b in ("highs", "cbc", "z3"))
        and "cpsat" not in e.hint
    )


def test_cpsat_refusal_does_not_offer_z3_for_a_large_model() -> None:
    f = model(
        [{"name": "x", "index": ["I"], "ub": 5}],
        ("maximize", "sum{i in I} x[i]"),
        [{"forall": "i in I", "expression": "x[i] <= i"}],
        sets=[{"name": "I", "elements": "1..400"}],
    )
    with pytest.raises(CapabilityError) as ei:
        solve_formulation(f, "cpsat")
    assert ei.value.hint is not None and "z3" not in ei.value.hint and "highs" in ei.value.hint


def test_z3_size_guard() -> None:
    f = model(
        [*ints("x", ub=None), {"name": "y", "index": ["I"], "type": "integer", "ub": 5}],
        ("maximize", "x"),
        [{"forall": "i in I", "expression": "x + y[i] <= i + 300"}],
        sets=[{"name": "I", "elements": "1..301"}],
    )
    with pytest.raises(CapabilityError) as ei:
        solve_formulation(f, "z3")
    assert ei.value.code == "model-too-large"
    lm, _ = compile_formulation(f)
    with pytest.raises(CapabilityError):  # the backend guards itself too, when called directly
        get_backend("z3").solve(lm, SolveOptions(time_limit=1))
    assert solve_formulation(f, "highs").objective == 301


def test_cpsat_rescale_is_exact_not_rounded() -> None:
    # 1/3 x + 1/7 y <= 2 is 7x + 3y <= 42 exactly: max x + y -> y = 14
    f = model(ints("x", "y", ub=None), ("maximize", "x + y"), ["x/3 + y/7 <= 2"])
    assert solve_formulation(f, "cpsat").objective == 14
    assert solve_formulation(f, "highs").objective == 14
    assert exact_fraction(0.1) == exact_fraction(1 / 10) and str(exact_fraction(0.1)) == "1/10"
    assert str(exact_fraction(1e-7)) == "1/10000000"


def test_cpsat_refuses_a_coefficient_with_no_small_fraction() -> None:
    f = model(ints("x", "y"), ("maximize", "x + y"), ["0.7071067811865476*x + y <= 5"])
    with pytest.raises(CapabilityError) as ei:
        solve_formulation(f, "cpsat")
    e = ei.value
    assert e.code == "non-integral-coefficient"
    assert "c0" in e.message and "0.7071067811865476" in e.message and "'x'" in e.message
    assert e.hint is not None and "highs" in e.hint and "z3" in e.hint
    assert solve_formulation(f, "z3").objective == 7  # x = 7, y = 0 (4.95 <= 5); x = 8 is too much


def test_cpsat_refuses_an_overflowing_scale() -> None:
    coefs = [1 / 999983, 1 / 999979, 1 / 999961, 1 / 999959]  # distinct large prime denominators
    expr = " + ".join(f"{c!r}*x{i}" for i, c in enumerate(coefs)) + " <= 1"
    f = model(ints("x0", "x1", "x2", "x3"), ("maximize", "x0"), [expr])
    with pytest.raises(CapabilityError) as ei:
        solve_formulation(f, "cpsat")
    assert ei.value.code == "non-integral-coefficient" and "c0" in ei.value.message


def test_z3_time_limit_is_enforced_on_a_hard_model() -> None:
    rng = np.random.default_rng(1)
    n, m = 30, 20
    cons = [
        " + ".join(f"{int(rng.integers(1, 98))}*x[{j}]" for j in range(n))
        + f" <= {int(rng.integers(500, 5000))}"
        for _ in range(m)
    ]
    f = model(
        [{"name": "x", "index": ["J"], "type": "integer", "ub": 50}],
        ("maximize", " + ".join(f"{int(rng.integers(1, 99))}*x[{j}]" for j in range(n))),
        cons,
        sets=[{"name": "J", "elements": f"0..{n - 1}"}],
    )
    t0 = time.perf_counter()
    r = solve_formulation(f, "z3", time_limit=1.0)
    elapsed = time.perf_counter() - t0
    assert r.status in (Status.time_limit, Status.feasible), r.message
    assert elapsed < 60  # a generous sanity bound: it returned instead of running for minutes
    if r.status == Status.feasible:
        _check_feasible(f, r.values)


def test_z3_reports_a_non_attained_infimum_honestly() -> None:
    f = model([{"name": "x", "ub": 10}], ("minimize", "x"), ["x > 1 or x <= -1"])
    r = solve_formulation(f, "z3")
    assert r.status == Status.feasible and r.message is not None and "epsilon" in r.message
    assert r.values["x"] > 1


def test_logs_on_request() -> None:
    f = CASES["ilp"].f
    for backend, needle in (("cbc", "CBC"), ("cpsat", "CP-SAT"), ("z3", "")):
        r = solve_formulation(f, backend, log=True)
        assert r.log is not None and needle in r.log
        assert solve_formulation(f, backend).log is None


def test_build_seconds_are_reported() -> None:
    lm, _ = compile_formulation(CASES["knapsack"].f)
    for backend in ("cbc", "cpsat", "z3"):
        raw = get_backend(backend).solve(lm, SolveOptions())
        assert isinstance(raw.extra["build_seconds"], float) and raw.extra["build_seconds"] >= 0


def test_importing_backends_and_export_stays_light() -> None:
    code = (
        "import sys, optform, optform.backends.cbc, optform.backends.cpsat, optform.backends.z3, optform.export\n"
        "heavy = [m for m in ('pulp', 'ortools', 'z3', 'highspy') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_pulp_import_keeps_ortools_highs_alive() -> None:
    """The import-order trap: after optform imports pulp, OR-Tools' own HiGHS must still run."""
    code = (
        "from optform.backends.cbc import import_pulp\n"
        "import_pulp()\n"
        "from ortools.linear_solver import pywraplp\n"
        "s = pywraplp.Solver.CreateSolver('HIGHS')\n"
        "x = s.NumVar(0, 4, 'x'); s.Maximize(x)\n"
        "assert s.Solve() == 0 and abs(s.Objective().Value() - 4) < 1e-9\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])


def _market_split(n: int = 40, m: int = 5) -> Formulation:
    """A market-split instance (Cornuejols-Dawande): 0/1 equalities that all four solvers find hard."""
    rng = np.random.default_rng(3)
    a = rng.integers(0, 100, size=(m, n))
    d = a.sum(axis=1) // 2
    cons = [" + ".join(f"{a[i, j]}*x[{j}]" for j in range(n)) + f" == {d[i]}" for i in range(m)]
    return model(
        [{"name": "x", "index": ["J"], "type": "binary"}],
        ("maximize", "x[0]"),
        cons,
        sets=[{"name": "J", "elements": f"0..{n - 1}"}],
    )


@pytest.mark.parametrize("backend", ["cbc", "cpsat", "z3"])
def test_time_limit_maps_to_time_limit_or_feasible(backend: str) -> None:
    f = _market_split()
    r = solve_formulation(f, backend, time_limit=1.0, threads=1)
    assert r.status in (Status.time_limit, Status.feasible), (r.status, r.message)
    assert (r.objective is None) == (r.status == Status.time_limit)
    if r.status == Status.feasible:
        _check_feasible(f, r.values)


def test_cbc_preprocessing_bug_regression() -> None:
    """CBC 2.10.3's preprocessing answered 1 here (found by the differential test); optimum is 0."""
    f = model(
        [*ints("x0", ub=3), *ints("x1", "x3", ub=2)],
        ("minimize", "x0 - x3"),
        ["3*x0 - 6*x1 == 3", "-2*x0 - x1 + 2*x3 <= 1"],
    )
    for backend in ALL:
        r = solve_formulation(f, backend)
        assert r.status == Status.optimal and r.objective == 0, (backend, r.objective)


def test_cbc_crash_on_integer_infeasibility_is_reported_as_infeasible() -> None:
    """Without preprocessing CBC segfaults on this; the backend must still say infeasible."""
    f = model(ints("x", ub=3), ("minimize", "x"), ["2*x <= 1", "3*x >= 1"])
    r = solve_formulation(f, "cbc")
    assert r.status == Status.infeasible, r.message


def test_threads_option_can_change_between_solves() -> None:
    """HiGHS fixes its scheduler at the first parallel solve; a later threads=1 must still run."""
    f = CASES["knapsack"].f
    for threads in (None, 1, 2, None, 1):
        for backend in ALL:
            r = solve_formulation(f, backend, threads=threads)
            assert r.status == Status.optimal and r.objective == 21, (backend, threads, r.message)
