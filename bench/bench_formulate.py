"""Formulation speed of the offline formulator (one core, no solving).

    python bench/bench_formulate.py [PATH.jsonl ...]

Defaults to the repo's own datasets/offline_e2e.jsonl; pass benchmark files (e.g. the NL4Opt
dev set) to time on those texts. Prints problems per second. Memo caches are cleared
before every pass over the texts, so repeated passes are timed like first readings.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from optform.offline import clear_caches, formulate_offline


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [
        Path(__file__).resolve().parent.parent / "datasets" / "offline_e2e.jsonl"
    ]
    texts: list[str] = []
    for p in paths:
        texts += [
            json.loads(line)["text"]
            for line in p.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    for t in texts[:5]:
        formulate_offline(t)  # warm up regex caches
    rounds = max(1, 300 // len(texts))
    t0 = time.perf_counter()
    for _ in range(rounds):
        clear_caches()  # each round starts cold: no text is served from an earlier round
        for t in texts:
            formulate_offline(t)
    dt = time.perf_counter() - t0
    n = rounds * len(texts)
    print(
        f"{n} formulations of {len(texts)} texts in {dt:.2f} s: {n / dt:.0f} problems/s "
        f"(mean {1000 * dt / n:.2f} ms, {sum(map(len, texts)) // len(texts)} chars/text)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
