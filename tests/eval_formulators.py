"""Formulators used by the evaluation tests (importable as ``eval_formulators:NAME``).

They read the dataset named by $OPTFORM_TEST_DATASET to find a problem's gold model by its
text, and touch a file in $OPTFORM_TEST_COUNTER_DIR each time they formulate, so a test
can count how often every problem was formulated.
"""

from __future__ import annotations

import hashlib
import os
import time
from functools import lru_cache
from pathlib import Path

from optform import Formulation
from optform.evaluation import formulation_from_gold, load_dataset


@lru_cache(maxsize=4)
def _gold_by_text(path: str) -> dict[str, tuple[str, Formulation]]:
    return {p.text: (p.id, formulation_from_gold(p)) for p in load_dataset(path)}


def count_call(problem_id: str) -> None:
    d = os.environ.get("OPTFORM_TEST_COUNTER_DIR")
    if d:
        tag = hashlib.sha1(problem_id.encode()).hexdigest()[:12]
        Path(d, f"{tag}.{os.getpid()}.{time.time_ns()}").write_text(problem_id)


def calls_by_id(counter_dir: str | Path) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in Path(counter_dir).iterdir():
        pid = f.read_text()
        out[pid] = out.get(pid, 0) + 1
    return out


def slow_gold(text: str) -> Formulation:
    """The gold model, after a short sleep (a slow-ish formulator)."""
    pid, f = _gold_by_text(os.environ["OPTFORM_TEST_DATASET"])[text]
    count_call(pid)
    time.sleep(float(os.environ.get("OPTFORM_TEST_SLEEP", "0.25")))
    return f
