"""Tour (travelling-salesman) problems of the Mamo ComplexLP tuning half, scored against SIRL's
corrected answers.

    python bench/tour_answers.py

The original Mamo tour answers are wrong (Cardinal-Operations/SIRL re-solved those instances by
enumeration, see ../shared/datasets/README.md), so the battery cannot credit a correct tour model.
This script takes the EVEN lines of mamo_complexlp (the tuning half) whose text asks to visit
every place exactly once, looks each text up in mamo_complexlp_sirl, and counts how many the
offline formulator solves against SIRL's answer. Odd lines (the check half) are never read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "datasets"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from optform.offline.measure import evaluate

    lines = (SHARED / "mamo_complexlp/test.jsonl").read_text(encoding="utf-8").splitlines()
    even = [json.loads(line) for i, line in enumerate(lines) if line.strip() and i % 2 == 0]
    sirl = {}
    for line in (
        (SHARED / "mamo_complexlp_sirl/test.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip():
            r = json.loads(line)
            sirl[r["text"][:200]] = r["answer"]
    rows = [
        dict(r, answer=sirl[r["text"][:200]])
        for r in even
        if "exactly once" in r["text"] and sirl.get(r["text"][:200]) is not None
    ]
    outs = evaluate(rows)
    print(f"tour problems (tuning half) vs SIRL answers: {sum(o.ok for o in outs)}/{len(outs)}")
    for o in outs:
        if not o.ok:
            print(f"  FAIL {o.id}: {o.kind} got {o.objective} want {o.answer}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
