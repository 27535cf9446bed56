"""Answers we wrote for NL4Opt training texts (bench/labels/*.jsonl) are data: check them.

Every label names a training id, holds no problem text, and its hand model solves to its
recorded answer on HiGHS and on CBC; a recorded other-integrality optimum is reproduced too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from optform.offline.measure import hand_model_formulation, matches

LABELS = Path(__file__).resolve().parent.parent / "bench" / "labels"
ALLOWED_KEYS = {"id", "hand_model", "answer", "answer_other_reading", "labeller"}


def _labels() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(LABELS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((path.name, json.loads(line)))
    return out


def test_there_are_labels_and_ids_are_unique() -> None:
    labels = _labels()
    assert len(labels) >= 100
    ids = [lab["id"] for _, lab in labels]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("name", "label"), _labels(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_label_is_text_free_and_solves_to_its_answer(name: str, label: dict[str, Any]) -> None:
    assert re.fullmatch(r"nl4opt-ner-train-\d+", label["id"]), name
    assert set(label) <= ALLOWED_KEYS, f"{name} {label['id']}: only ids, models and answers"
    hm = label["hand_model"]
    for backend in ("highs", "cbc"):
        res = hand_model_formulation(hm).solve(backend)
        assert matches(res.objective, float(label["answer"])), (label["id"], backend)
    if "answer_other_reading" in label:
        other = hand_model_formulation({**hm, "integer": not hm["integer"]}).solve("highs")
        assert matches(other.objective, float(label["answer_other_reading"])), label["id"]
