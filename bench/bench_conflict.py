"""Time to a minimal conflicting set in an infeasible LP with 2,000 constraints.

A random feasible LP (``m`` rows ``sum{j in J} a[i,j] x[j] <= b[i]`` over ``n`` variables,
built around a known feasible point) gets a planted three-member conflict on two
variables the random rows do not touch:

    plant_need:  x[1] + x[2] >= 50      plant_cap1: x[1] <= 10      plant_cap2: x[2] <= 10

The script times ``optform.diagnosis.find_conflict`` end to end (compile, HiGHS IIS,
deletion filter over the IIS only) and, for comparison, ``diagnose`` (conflict plus
verified fixes). ``--naive`` also runs a one-solve-per-constraint deletion filter over all
rows, to show why that will not do.

    python bench/bench_conflict.py [--rows 2000] [--cols 200] [--seed 1] [--naive]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from optform import Formulation
from optform.diagnosis import diagnose, find_conflict


def make(rows: int, cols: int, seed: int) -> Formulation:
    rng = np.random.default_rng(seed)
    a = rng.integers(-5, 6, size=(rows, cols)).astype(float)
    a[rng.random((rows, cols)) > 0.05] = 0.0  # ~5 % dense
    a[:, :2] = 0.0  # the random rows leave x[1], x[2] alone
    x0 = rng.uniform(0, 5, size=cols)
    b = a @ x0 + rng.uniform(0.0, 3.0, size=rows)
    c = rng.integers(1, 10, size=cols).astype(float)
    return Formulation.model_validate(
        {
            "name": "bench_conflict",
            "sets": [
                {"name": "I", "elements": f"1..{rows}"},
                {"name": "J", "elements": f"1..{cols}"},
            ],
            "parameters": [
                {"name": "a", "index": ["I", "J"], "value": a.round(6).tolist()},
                {"name": "b", "index": ["I"], "value": b.round(6).tolist()},
                {"name": "c", "index": ["J"], "value": c.tolist()},
            ],
            "variables": [{"name": "x", "index": ["J"], "ub": 100}],
            "objective": {"sense": "maximize", "expression": "sum{j in J} c[j] * x[j]"},
            "constraints": [
                {
                    "name": "row",
                    "forall": "i in I",
                    "expression": "sum{j in J} a[i,j] * x[j] <= b[i]",
                },
                {"name": "plant_need", "expression": "x[1] + x[2] >= 50"},
                {"name": "plant_cap1", "expression": "x[1] <= 10"},
                {"name": "plant_cap2", "expression": "x[2] <= 10"},
            ],
        }
    )


def naive(f: Formulation) -> tuple[float, int]:
    """One-solve-per-constraint deletion filter over every constraint unit (for contrast)."""
    from optform.diagnosis.conflicts import deletion_filter
    from optform.diagnosis.members import build_units
    from optform.diagnosis.milp import HighsOracle
    from optform.lower import lower

    t0 = time.perf_counter()
    lm = lower(f)
    units = build_units(f, lm)
    oracle = HighsOracle(lm, units)
    deletion_filter(range(len(units)), oracle.feasible)
    return time.perf_counter() - t0, oracle.solves


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--cols", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--naive", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    f = make(args.rows, args.cols, args.seed)
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    cs = find_conflict(f, "highs")
    t_conf = time.perf_counter() - t0
    if cs is None:
        raise SystemExit("model unexpectedly feasible")
    print(f"model: {args.rows + 3} constraints, {args.cols} variables (built in {t_build:.2f} s)")
    print(
        f"find_conflict: {t_conf:.2f} s end to end ({cs.seconds:.2f} s search, {cs.solves} solves, {cs.method})"
    )
    print(
        f"conflict ({'irreducible' if cs.irreducible else 'not proven irreducible'}): {', '.join(cs.labels())}"
    )
    t0 = time.perf_counter()
    d = diagnose(f)
    t_diag = time.perf_counter() - t0
    best = d.fixes[0].message if d.fixes else "none"
    print(f"diagnose (conflict + {len(d.fixes)} verified fixes): {t_diag:.2f} s; best fix: {best}")
    if args.naive:
        t, n = naive(f)
        print(f"naive deletion filter over all constraints: {t:.2f} s, {n} solves")


if __name__ == "__main__":
    main()
