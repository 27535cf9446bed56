"""Round 6, plain covering problems at least cost (a demand to meet with vehicles, staff or
machines of a few kinds), on sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import json
from pathlib import Path

from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches, solved_count

DATA = Path(__file__).resolve().parents[1] / "datasets" / "dev_round6_cover.jsonl"


def _data() -> list[dict[str, object]]:
    return [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]


def _solve(text: str) -> float | None:
    f = formulate_offline(text)
    assert f.objective is not None, f.unresolved
    return f.solve().objective


def _rows(text: str) -> list[str]:
    return [c.expression.replace(" ", "") for c in formulate_offline(text).constraints]


def test_dev_round6_cover_answers_are_verified_by_hand_models_on_two_solvers() -> None:
    rows = _data()
    assert len(rows) >= 10
    for r in rows:
        hm = r["hand_model"]
        assert isinstance(hm, dict)
        f = hand_model_formulation(hm)
        for backend in ("highs", "cbc"):
            assert matches(f.solve(backend).objective, float(r["answer"])), (r["id"], backend)  # type: ignore[arg-type]


def test_dev_round6_cover_offline_accuracy_floor() -> None:
    # `python -m optform.offline.measure datasets/dev_round6_cover.jsonl`: 7/10 untuned
    assert solved_count(_data()) >= 7
