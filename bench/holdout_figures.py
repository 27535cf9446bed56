"""Offline formulator on the held-out sets, split by contamination flags.

    python bench/holdout_figures.py [FILE.jsonl ...]   (default: datasets/holdout.jsonl, holdout2.jsonl)

The held-out files mark problems that development sets came to resemble
(`meta.contamination`, see datasets/README.md); the clean ones are the honest measure of
how the formulator does on text it was never tuned on. A problem counts as solved when the
formulated model's optimum is within 1e-4 relative of the answer (HiGHS).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from optform import OptformError
from optform.offline import formulate_offline

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    paths = [Path(a) for a in sys.argv[1:]] or [
        REPO / "datasets" / "holdout.jsonl",
        REPO / "datasets" / "holdout2.jsonl",
    ]
    for path in paths:
        print(path.name)
        _figures(path)


def _figures(path: Path) -> None:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    total: Counter[str] = Counter()
    solved: Counter[str] = Counter()
    for r in rows:
        group = "flagged" if r.get("meta", {}).get("contamination") else "clean"
        ok = False
        try:
            res = formulate_offline(r["text"]).solve(time_limit=20)
            ok = res.objective is not None and abs(res.objective - r["answer"]) <= 1e-4 * max(
                1.0, abs(r["answer"])
            )
        except OptformError:
            ok = False
        for key in (group, "all"):
            total[key] += 1
            solved[key] += ok
    for key in ("clean", "flagged", "all"):
        if total[key]:
            print(
                f"  {key:8} {solved[key]:3d}/{total[key]:<3d} = {100 * solved[key] / total[key]:.1f}%"
            )


if __name__ == "__main__":
    main()
