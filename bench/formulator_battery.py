"""Measure the offline formulator on every tuning and checking set in one run.

    python bench/formulator_battery.py [--save FILE.json] [--baseline FILE.json] [--only NAME...]

Prints one line per set (solved / problems, accuracy). With ``--save`` the per-problem outcome
is written to a JSON file; with ``--baseline`` the run is compared with such a file and every
problem that flipped (solved → failed, failed → solved) on a *tuning* set is listed by id.
Problems of *check* sets are only counted, never listed: they are the odd halves of external
benchmarks nobody tunes on, so their accuracy shows how the formulator generalizes.

Sets live in ../shared/datasets (external; tuning and evaluation only, never copied here)
and in datasets/ (our own problems). A missing file is reported and skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets"

# (name, path, part, role) — role "tune" may be read and tuned on; "check" is aggregate-only.
SETS: list[tuple[str, Path, str, str]] = [
    ("nl4opt-dev", SHARED / "nl4opt_competition/dev.jsonl", "all", "tune"),
    ("mamo-easy-even", SHARED / "mamo_easylp/test.jsonl", "even", "tune"),
    ("mamo-easy-odd", SHARED / "mamo_easylp/test.jsonl", "odd", "check"),
    ("optibench-even", SHARED / "optibench_llm4or_clean/test.jsonl", "even", "tune"),
    ("optibench-odd", SHARED / "optibench_llm4or_clean/test.jsonl", "odd", "check"),
    ("icml-task3-even", SHARED / "icml2024_task3_llmopt/test.jsonl", "even", "tune"),
    ("icml-task3-odd", SHARED / "icml2024_task3_llmopt/test.jsonl", "odd", "check"),
    ("mamo-complex-even", SHARED / "mamo_complexlp/test.jsonl", "even", "tune"),
    ("mamo-complex-odd", SHARED / "mamo_complexlp/test.jsonl", "odd", "check"),
    ("sample", ROOT / "datasets/sample.jsonl", "all", "tune"),
    ("offline-e2e", ROOT / "datasets/offline_e2e.jsonl", "all", "tune"),
    ("dev-r2-vars", ROOT / "datasets/dev_round2_vars.jsonl", "all", "tune"),
    ("dev-r2-cons", ROOT / "datasets/dev_round2_cons.jsonl", "all", "tune"),
    ("dev-r3-vars", ROOT / "datasets/dev_round3_vars.jsonl", "all", "tune"),
    ("dev-r3-cons", ROOT / "datasets/dev_round3_cons.jsonl", "all", "tune"),
    ("dev-r4-vars", ROOT / "datasets/dev_round4_vars.jsonl", "all", "tune"),
    ("dev-r4-cons", ROOT / "datasets/dev_round4_cons.jsonl", "all", "tune"),
    ("dev-r5-lead", ROOT / "datasets/dev_round5_lead.jsonl", "all", "tune"),
    ("dev-r5-plain-b", ROOT / "datasets/dev_round5_plain_b.jsonl", "all", "tune"),
    ("dev-r5-plain-a", ROOT / "datasets/dev_round5_plain_a.jsonl", "all", "tune"),
    ("dev-r6-cover", ROOT / "datasets/dev_round6_cover.jsonl", "all", "tune"),
    ("dev-r6-time", ROOT / "datasets/dev_round6_time.jsonl", "all", "tune"),
    ("dev-r6-money", ROOT / "datasets/dev_round6_money.jsonl", "all", "tune"),
    ("dev-r6-mix", ROOT / "datasets/dev_round6_mix.jsonl", "all", "tune"),
    # NL4Opt training texts with answers we wrote (bench/nl4opt_labels.py; texts read from ../shared)
    ("ntrain-a", ROOT / "bench/labels/nl4opt_train_a.jsonl", "labels", "tune"),
    ("ntrain-b", ROOT / "bench/labels/nl4opt_train_b.jsonl", "labels", "tune"),
    ("ntrain-c", ROOT / "bench/labels/nl4opt_train_c.jsonl", "labels", "tune"),
    ("ntrain-d", ROOT / "bench/labels/nl4opt_train_d.jsonl", "labels", "tune"),
    ("ntrain-e", ROOT / "bench/labels/nl4opt_train_e.jsonl", "labels", "tune"),
    ("ntrain-f", ROOT / "bench/labels/nl4opt_train_f.jsonl", "labels", "tune"),
    ("ntrain-g", ROOT / "bench/labels/nl4opt_train_g.jsonl", "labels", "tune"),
    ("ntrain-h", ROOT / "bench/labels/nl4opt_train_h.jsonl", "labels", "tune"),
    ("ntrain-i", ROOT / "bench/labels/nl4opt_train_i.jsonl", "labels", "tune"),
    ("ntrain-j", ROOT / "bench/labels/nl4opt_train_j.jsonl", "labels", "tune"),
    ("ntrain-k", ROOT / "bench/labels/nl4opt_train_k.jsonl", "labels", "tune"),
    ("ntrain-l", ROOT / "bench/labels/nl4opt_train_l.jsonl", "labels", "tune"),
    ("ntrain-m", ROOT / "bench/labels/nl4opt_train_m.jsonl", "labels", "tune"),
    # 90 training texts at lines >= 500, labelled by people who did not tune; never read them
    ("ntrain-sealed", ROOT / "bench/labels/nl4opt_train_sealed.jsonl", "labels", "check"),
]


def _rows(path: Path, part: str) -> list[dict[str, Any]]:
    if part == "labels":
        sys.path.insert(0, str(ROOT / "bench"))
        from nl4opt_labels import rows as label_rows

        return list(label_rows(path))
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        if (part == "even" and i % 2) or (part == "odd" and not i % 2):
            continue
        rows.append(json.loads(line))
    return rows


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from optform.offline.measure import evaluate

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", type=Path)
    ap.add_argument("--baseline", type=Path)
    ap.add_argument("--only", nargs="*", default=None, help="set names to run (default: all)")
    a = ap.parse_args(argv)
    base: dict[str, dict[str, bool]] = {}
    if a.baseline:
        base = json.loads(a.baseline.read_text(encoding="utf-8"))["outcomes"]
    saved: dict[str, dict[str, bool]] = {}
    totals = {"tune": [0, 0], "check": [0, 0]}
    t0 = time.perf_counter()
    for name, path, part, role in SETS:
        if a.only and name not in a.only:
            continue
        if not path.exists():
            print(f"{name:<18} missing: {path}")
            continue
        outs = evaluate(_rows(path, part))
        ok = sum(o.ok for o in outs)
        totals[role][0] += ok
        totals[role][1] += len(outs)
        saved[name] = {o.id: o.ok for o in outs}
        line = f"{name:<18} {role:<5} {ok:>4}/{len(outs):<4} = {100 * ok / max(1, len(outs)):5.1f}%"
        if name in base:
            before = base[name]
            was = sum(before.values())
            line += f"   (baseline {was}, {ok - was:+d})"
            if role == "tune":
                lost = [i for i, v in saved[name].items() if before.get(i) and not v]
                won = [i for i, v in saved[name].items() if v and before.get(i) is False]
                if lost:
                    line += f"\n{'':<25}LOST {' '.join(lost)}"
                if won:
                    line += f"\n{'':<25}WON  {' '.join(won)}"
        print(line, flush=True)
    for role, (ok, n) in totals.items():
        if n:
            print(f"{'TOTAL ' + role:<18} {'':<5} {ok:>4}/{n:<4} = {100 * ok / n:5.1f}%")
    print(f"({time.perf_counter() - t0:.1f} s)")
    if a.save:
        a.save.write_text(json.dumps({"outcomes": saved}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
