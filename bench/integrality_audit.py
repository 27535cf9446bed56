"""How many formulator failures are integrality mistakes? (tuning sets only)

    python bench/integrality_audit.py [--only NAME ...] [--quiet]

For every problem of a *tuning* set of ``bench/formulator_battery.py`` that the offline
formulator solves to a wrong objective, the same Formulation is solved again

* with every variable continuous,
* with every variable integer,
* and (for at most 4 variables) with every mixed choice of integer/continuous,

(a failure with no solution — integer infeasible — is re-solved all continuous only)

and the script reports how many of the failures would then match the published answer —
i.e. how many failures are integrality mistakes rather than wrong constraints or objectives.
Each flippable failure is listed with its id, the variables with their current type and the
words that decided it (the formulator's ``integrality_reason``). Check halves (odd lines) and
the sealed holdout are never read: only sets with role "tune" are loaded.

Also counts the problems the formulator currently solves only because of its integrality
choice (the other uniform reading would not match), as the "at stake" figure.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _battery() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "formulator_battery", ROOT / "bench" / "formulator_battery.py"
    )
    assert spec is not None and spec.loader is not None  # our own file
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _objective(f: Any, types: list[str]) -> float | None:
    from optform.errors import OptformError
    from optform.model import VarType

    g = f.model_copy(deep=True)
    for v, t in zip(g.variables, types, strict=True):
        v.type = VarType(t)
    try:
        res = g.solve("highs", time_limit=10.0)
    except OptformError:
        return None
    if not res.status.has_solution:
        return None
    return float(res.objective) if res.objective is not None else None


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from optform.errors import OptformError
    from optform.offline import formulate_offline
    from optform.offline.measure import matches

    bat = _battery()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", default=None, help="tuning set names (default: all)")
    ap.add_argument("--quiet", action="store_true", help="counts only, no per-problem lines")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    tot = {"nosol": 0, "wrong": 0, "cont": 0, "int": 0, "mixed": 0, "stake": 0, "solved": 0}
    for name, path, part, role in bat.SETS:
        if role != "tune" or (a.only and name not in a.only) or not path.exists():
            continue
        c = dict.fromkeys(tot, 0)
        lines: list[str] = []
        for row in bat._rows(path, part):
            if row.get("answer") is None:
                continue
            answer = float(row["answer"])
            try:
                f = formulate_offline(str(row["text"]))
            except OptformError:
                continue
            if not f.variables or f.objective is None:
                continue
            cur = [v.type.value for v in f.variables]
            got = _objective(f, cur)
            n = len(f.variables)
            if got is None:  # infeasible/unbounded: does the relaxation or rounding help?
                if cur != ["continuous"] * n and matches(_objective(f, ["continuous"] * n), answer):
                    c["nosol"] += 1
                    lines.append(f"  {row.get('id')}: no solution -> all continuous matches")
                continue
            reason = str(f.meta.get("integrality_reason", ""))
            if matches(got, answer):
                c["solved"] += 1
                other = "continuous" if cur[0] == "integer" else "integer"
                if len(set(cur)) == 1 and not matches(_objective(f, [other] * n), answer):
                    c["stake"] += 1
                continue
            c["wrong"] += 1
            fix = ""
            if cur != ["continuous"] * n and matches(_objective(f, ["continuous"] * n), answer):
                fix = "all continuous"
                c["cont"] += 1
            elif cur != ["integer"] * n and matches(_objective(f, ["integer"] * n), answer):
                fix = "all integer"
                c["int"] += 1
            elif 1 < n <= 4:
                for combo in itertools.product(("integer", "continuous"), repeat=n):
                    if (
                        len(set(combo)) > 1
                        and list(combo) != cur
                        and matches(_objective(f, list(combo)), answer)
                    ):
                        fix = "mixed " + ",".join(
                            f"{v.name}={t[:3]}" for v, t in zip(f.variables, combo, strict=True)
                        )
                        c["mixed"] += 1
                        break
            if fix:
                names = ", ".join(
                    f"{v.name}:{t[:3]}" for v, t in zip(f.variables, cur, strict=True)
                )
                lines.append(f"  {row.get('id')}: -> {fix}  [{names}]  because: {reason}")
        for k in tot:
            tot[k] += c[k]
        flips = c["cont"] + c["int"] + c["mixed"]
        print(
            f"{name:<18} wrong {c['wrong']:>3}: fixed by all-continuous {c['cont']}, all-integer "
            f"{c['int']}, mixed {c['mixed']} (= {flips});  solved {c['solved']}, of which "
            f"{c['stake']} depend on the type choice; no-solution fixed by continuous {c['nosol']}",
            flush=True,
        )
        if not a.quiet:
            for ln in lines:
                print(ln)
    flips = tot["cont"] + tot["int"] + tot["mixed"]
    print(
        f"TOTAL tune wrong {tot['wrong']}: integrality mistakes {flips} (continuous {tot['cont']}, "
        f"integer {tot['int']}, mixed {tot['mixed']}); solved {tot['solved']}, type-dependent "
        f"{tot['stake']}; no-solution fixed by continuous {tot['nosol']}  ({time.perf_counter() - t0:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
