"""Accuracy figures for the README: the offline formulator (and the gold oracle) on the datasets.

    python bench/eval_figures.py [--shared ../shared/datasets] [--out runs/bench] [-j 2]

Each row is one `optform eval` run (the exact command is printed in the table); runs resume,
so pass --restart to measure again from scratch.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from optform.evaluation import run_eval

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--shared", default=str(REPO.parent / "shared" / "datasets"))
    ap.add_argument("--out", default="runs/bench")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--restart", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    cases = [
        ("offline", REPO / "datasets" / "sample.jsonl"),
        ("offline", shared / "nl4opt_competition" / "dev.jsonl"),
        ("offline", shared / "mamo_easylp" / "test.jsonl"),
        ("gold", REPO / "datasets" / "sample.jsonl"),
        ("gold", shared / "nl4opt_competition" / "dev.jsonl"),
    ]
    print(
        "| formulator | data (sha256, n) | accuracy (tol 1e-4) | execution rate | s/problem | wall s | command |"
    )
    print("|---|---|---|---|---|---|---|")
    for form, data in cases:
        if not data.exists():
            print(f"| {form} | {data} | not found | | | | |")
            continue
        out = Path(args.out) / f"{form}-{data.parent.name}-{data.stem}"
        if args.restart and out.exists():
            shutil.rmtree(out)
        t0 = time.perf_counter()
        s = run_eval(data, out, formulator=form, jobs=args.jobs)
        wall = time.perf_counter() - t0
        d = s.datasets[0]
        acc = "n/a" if s.accuracy is None else f"{s.accuracy:.1%} ({s.correct}/{s.scored})"
        ex = (
            "n/a"
            if s.execution_rate is None
            else f"{s.execution_rate:.1%} ({s.executed}/{s.finished})"
        )
        cmd = f"`optform eval {data} -f {form} -j {args.jobs} --out {out}`"
        print(
            f"| {form} | {d.label} ({d.sha256[:12]}…, {d.count}) | {acc} | {ex} | {s.time.mean:.3f} | "
            f"{wall:.1f} | {cmd} |"
        )


if __name__ == "__main__":
    main()
