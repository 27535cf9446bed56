"""The accuracy harness: `python -m optform.offline.measure PATH.jsonl`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optform.offline.measure import evaluate, main, matches

E2E = Path(__file__).resolve().parent.parent / "datasets" / "offline_e2e.jsonl"


def test_matches_is_relative() -> None:
    assert matches(100.00001, 100.0)
    assert not matches(100.1, 100.0)
    assert matches(0.00005, 0.0)
    assert not matches(None, 1.0)


def test_main_prints_accuracy_and_failures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [json.loads(line) for line in E2E.read_text().splitlines()[:3]]
    rows.append({"id": "broken", "text": "Maximize happiness.", "answer": 1.0})
    rows.append({"id": "no-answer", "text": "whatever", "answer": None})
    p = tmp_path / "mini.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main([str(p), "--show", "5"]) == 0
    out = capsys.readouterr().out
    assert "solved 3/4 = 75.0%" in out
    assert "no_variables 1" in out
    assert "FAIL broken" in out


def test_evaluate_reports_gold_types() -> None:
    row = json.loads(E2E.read_text().splitlines()[0])
    row["gold"] = {"const_declarations": [{"type": "linear"}, {"type": "upperbound"}]}
    (o,) = evaluate([row])
    assert o.ok and o.gold_types == ["linear", "upperbound"]


def test_unreadable_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
