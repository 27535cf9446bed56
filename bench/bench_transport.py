"""Transportation n×n: optform's default MILP path vs a direct vectorized highspy model.

Run:  python bench/bench_transport.py            (n = 10, 100, 300, 1000)
      python bench/bench_transport.py --sizes 10 100

Both sides solve the same random instance in the same process, alternating (--repeat
times each), and each side's fastest run is reported.
optform's time covers everything a user pays for: building the Formulation from data,
validation, lowering to sparse arrays, building the HiGHS model, solving, and mapping
the solution back to names. Direct highspy builds the constraint matrix with numpy.
"""

from __future__ import annotations

import argparse
import time
from typing import Any, cast

import numpy as np


def instance(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    supply = rng.integers(50, 100, size=n).astype(float)
    demand = rng.integers(20, 50, size=n).astype(float)
    demand *= supply.sum() * 0.9 / demand.sum()
    cost = rng.integers(1, 100, size=(n, n)).astype(float)
    return supply, demand, cost


def optform_path(
    supply: np.ndarray, demand: np.ndarray, cost: np.ndarray
) -> tuple[float, float, float]:
    import optform

    n = len(supply)
    t0 = time.perf_counter()
    f = optform.Formulation.from_dict(
        {
            "name": f"transport{n}",
            "sets": [{"name": "S", "elements": f"1..{n}"}, {"name": "D", "elements": f"1..{n}"}],
            "parameters": [
                {"name": "supply", "index": ["S"], "value": supply.tolist()},
                {"name": "demand", "index": ["D"], "value": demand.tolist()},
                {"name": "cost", "index": ["S", "D"], "value": cost.tolist()},
            ],
            "variables": [{"name": "ship", "index": ["S", "D"]}],
            "objective": {
                "sense": "minimize",
                "expression": "sum{s in S, d in D} cost[s, d] * ship[s, d]",
            },
            "constraints": [
                {
                    "name": "supply_limit",
                    "forall": "s in S",
                    "expression": "sum{d in D} ship[s, d] <= supply[s]",
                },
                {
                    "name": "meet_demand",
                    "forall": "d in D",
                    "expression": "sum{s in S} ship[s, d] >= demand[d]",
                },
            ],
        }
    )
    r = f.solve(backend="highs")
    total = time.perf_counter() - t0
    assert r.status == optform.Status.optimal, r.status
    assert r.objective is not None
    return total - r.solve_seconds, r.solve_seconds, r.objective


def direct_highspy(
    supply: np.ndarray, demand: np.ndarray, cost: np.ndarray
) -> tuple[float, float, float]:
    import highspy

    n = len(supply)
    t0 = time.perf_counter()
    h = cast(Any, highspy.Highs)()
    h.setOptionValue("output_flag", False)
    lp = highspy.HighsLp()
    lp.num_col_ = n * n
    lp.num_row_ = 2 * n
    lp.col_cost_ = cost.ravel()
    lp.col_lower_ = np.zeros(n * n)
    lp.col_upper_ = np.full(n * n, highspy.kHighsInf)
    lp.row_lower_ = np.concatenate([np.full(n, -highspy.kHighsInf), demand])
    lp.row_upper_ = np.concatenate([supply, np.full(n, highspy.kHighsInf)])
    # column (s, d) = s*n + d appears in supply row s and demand row n + d
    s_idx = np.repeat(np.arange(n), n)
    d_idx = np.tile(np.arange(n), n)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 2 * n * n + 1, 2, dtype=np.int32)
    lp.a_matrix_.index_ = np.stack([s_idx, n + d_idx], axis=1).ravel().astype(np.int32)
    lp.a_matrix_.value_ = np.ones(2 * n * n)
    lp.a_matrix_.num_col_ = n * n
    lp.a_matrix_.num_row_ = 2 * n
    h.passModel(lp)
    t1 = time.perf_counter()
    h.run()
    t2 = time.perf_counter()
    x = np.asarray(h.getSolution().col_value)
    obj = float(cost.ravel() @ x)
    return t1 - t0, t2 - t1, obj


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 300, 1000])
    ap.add_argument(
        "--repeat", type=int, default=2, help="alternating runs per side; the fastest is kept"
    )
    args = ap.parse_args()
    from optform.backends.highs import _new_highs

    _new_highs()  # HiGHS prints a banner at its first construction in a process: take it out of the table
    print(
        f"{'n':>6} {'vars':>9} | {'optform build':>13} {'solve':>8} {'total':>8} | "
        f"{'highspy build':>13} {'solve':>8} {'total':>8} | {'ratio':>6}"
    )
    for n in args.sizes:
        sup, dem, cost = instance(n)
        # alternate the two paths and keep each one's fastest total, so neither gains from order
        runs_d = []
        runs_o = []
        for _ in range(args.repeat):
            runs_d.append(direct_highspy(sup, dem, cost))
            runs_o.append(optform_path(sup, dem, cost))
        db, ds, dobj = min(runs_d, key=lambda r: r[0] + r[1])
        ob, os_, oobj = min(runs_o, key=lambda r: r[0] + r[1])
        assert abs(oobj - dobj) <= 1e-6 * max(1.0, abs(dobj)), (oobj, dobj)
        ratio = (ob + os_) / (db + ds)
        print(
            f"{n:>6} {n * n:>9} | {ob:>13.3f} {os_:>8.3f} {ob + os_:>8.3f} | "
            f"{db:>13.3f} {ds:>8.3f} {db + ds:>8.3f} | {ratio:>6.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
