"""Evaluation datasets: the three loaders, NL4Opt numbers and declarations, the shipped sample set."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from optform import LoadError, solve_formulation
from optform.evaluation import (
    answer_from_nl4opt_gold,
    dataset_info,
    formulation_from_gold,
    formulation_from_nl4opt_gold,
    gold_classes,
    load_dataset,
    parse_nl4opt_number,
)
from optform.evaluation.datasets import detect_format
from optform.lower import lower

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "datasets" / "sample.jsonl"

# Original problems written for these tests, in the NL4Opt generation-data format.
NL4OPT_RECORDS = {
    "101": {
        "document": "A potter makes mugs and bowls. A mug takes 2 hours on the wheel and a bowl 3 hours; "
        "there are 60 wheel hours. Mugs earn $8 and bowls $11. At least 20% of the items must be "
        "bowls. How many of each to maximize profit?",
        "vars": ["mugs", "bowls"],
        "obj_declaration": {
            "type": "objective",
            "direction": "maximize",
            "name": "profit",
            "terms": {"mugs": "8", "bowls": "11"},
        },
        "const_declarations": [
            {
                "type": "linear",
                "direction": "available",
                "limit": "60",
                "terms": {"mugs": "2", "bowls": "3"},
                "operator": "LESS_OR_EQUAL",
            },
            {
                "type": "ratio",
                "direction": "at least",
                "limit": "20%",
                "var": "bowls",
                "operator": "GREATER_OR_EQUAL",
            },
        ],
        "order_mapping": {"mugs": 0, "bowls": 1},
    },
    "102": {
        "document": "A courier uses bikes and scooters. A bike delivers 12 parcels a day and a scooter 20. "
        "There must be at least twice as many bikes as scooters, at most fifteen vehicles in all, "
        "and at least three scooters. Maximize the parcels delivered.",
        "vars": ["bikes", "scooters"],
        "var_mention_to_first_var": {"bike": "bikes", "scooter": "scooters"},
        "obj_declaration": {
            "type": "objective",
            "direction": "highest",
            "name": "parcels",
            "terms": {"bikes": "12", "scooter": "20"},
        },
        "const_declarations": [
            {
                "type": "xby",
                "direction": "at least",
                "x_var": "bikes",
                "param": "twice",
                "y_var": "scooters",
                "operator": "GREATER_OR_EQUAL",
            },
            {
                "type": "sum",
                "direction": "at most",
                "limit": "fifteen",
                "operator": "LESS_OR_EQUAL",
            },
            {
                "type": "lowerbound",
                "direction": "at least",
                "limit": "three",
                "var": "scooters",
                "operator": "GREATER_OR_EQUAL",
            },
        ],
        "order_mapping": {"bikes": 0, "scooters": 1},
    },
    "103": {
        "document": "A clinic orders gloves and masks, in boxes. Each box of gloves costs $7 and each box of "
        "masks $5. It needs at least 40 boxes in total, no more boxes of masks than of gloves, "
        "and at most 30 boxes of gloves. Minimize the cost.",
        "vars": ["gloves", "masks"],
        "obj_declaration": {
            "type": "objective",
            "direction": "minimize",
            "name": "cost",
            "terms": {"gloves": "$7", "masks": "$5"},
        },
        "const_declarations": [
            {"type": "sum", "direction": "at least", "limit": "40", "operator": "GREATER_OR_EQUAL"},
            {
                "type": "xy",
                "direction": "no more",
                "x_var": "masks",
                "y_var": "gloves",
                "operator": "LESS_OR_EQUAL",
            },
            {
                "type": "upperbound",
                "direction": "at most",
                "limit": "30",
                "var": "gloves",
                "operator": "LESS_OR_EQUAL",
            },
        ],
        "order_mapping": {"gloves": 0, "masks": 1},
    },
    "104": {
        "document": "A fair sells lemonade cups and cookie bags. Maximize the number of items sold given 100 "
        "cups of lemonade worth of syrup and that each cookie bag uses one third of a cup of sugar "
        "syrup equivalent, at most 90 cookie bags.",
        "vars": ["lemonade cups", "cookie bags"],
        "obj_declaration": {
            "type": "objvar",
            "direction": "maximize",
            "name": "items",
            "vars": ["lemonade cups", "cookie bags"],
        },
        "const_declarations": [
            {
                "type": "linear",
                "direction": "at most",
                "limit": "100",
                "terms": {"lemonade cups": "1", "cookie bags": "third"},
                "operator": "LESS_OR_EQUAL",
            },
            {
                "type": "upperbound",
                "direction": "at most",
                "limit": "90",
                "var": "cookie bags",
                "operator": "LESS_OR_EQUAL",
            },
        ],
        "order_mapping": {"lemonade cups": 0, "cookie bags": 1},
    },
}
# integer optima, worked by hand:
# 101: max 8m+11b, 2m+3b<=60, b>=0.2(m+b) i.e. m<=4b: b=6 → m=21 → 234 (b=5 → m=20 → 215; b=7 → m=19 → 229);
#      LP: m=4b, 11b=60 → 2580/11 = 234.545...
# 102: bikes>=2 scooters, b+s<=15, s>=3 → s=5,b=10 → 220
# 103: g+m>=40, m<=g, g<=30 → g=20,m=20 → 240
# 104: l + k/3 <= 100, k<=90 → k=90, l=70 → 160
NL4OPT_ANSWERS = {"101": 234.0, "102": 220.0, "103": 240.0, "104": 160.0}


def _write_nl4opt(path: Path) -> Path:
    path.write_text(
        "\n".join(json.dumps({k: v}) for k, v in NL4OPT_RECORDS.items()) + "\n", encoding="utf-8"
    )
    return path


# ----------------------------------------------------------------------------- NL4Opt numbers


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("20%", 0.2),
        ("7.5%", 0.075),
        ("thirty percent", 0.3),
        ("twice", 2.0),
        ("third", 1 / 3),
        ("three times", 3.0),
        ("3 times", 3.0),
        ("ten times", 10.0),
        ("one hundred thousand", 100000.0),
        ("$1,500", 1500.0),
        ("8000 minutes", 8000.0),
        ("five", 5.0),
        ("half", 0.5),
        ("two thirds", 2 / 3),
        ("a dozen", 12.0),
        ("twenty five", 25.0),
        ("1e3", 1000.0),
    ],
)
def test_nl4opt_numbers(raw: str, value: float) -> None:
    assert parse_nl4opt_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("raw", ["", "many", "lots of", "%"])
def test_nl4opt_bad_numbers_are_typed_errors(raw: str) -> None:
    with pytest.raises(LoadError) as ei:
        parse_nl4opt_number(raw)
    assert ei.value.code == "nl4opt-number"


# ----------------------------------------------------------------------------- loaders


def test_jsonl_loader_reads_the_shared_schema(tmp_path: Path) -> None:
    p = tmp_path / "mini.jsonl"
    p.write_text(
        json.dumps(
            {"id": "a", "text": "t1", "answer": 5, "source": "x", "meta": {"answer_status": "ok"}}
        )
        + "\n\n"
        + json.dumps({"id": "b", "text": "t2", "answer": None})
        + "\n"
        + json.dumps({"id": 3, "text": "t3", "answer": "1,250.5", "gold": {"formulation": {}}})
        + "\n",
        encoding="utf-8",
    )
    probs = load_dataset(p)
    assert [x.id for x in probs] == ["a", "b", "3"]
    assert [x.answer for x in probs] == [5.0, None, 1250.5]
    assert probs[0].meta == {"answer_status": "ok"} and probs[0].source == "x"
    assert {x.dataset for x in probs} == {"mini"}
    info = dataset_info(p, probs)
    assert (
        info.count == 3 and info.answered == 2 and len(info.sha256) == 64 and info.format == "jsonl"
    )


def test_jsonl_loader_reports_every_bad_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text(
        '{"id": "a", "text": "ok", "answer": 1}\n{"id": "b"}\n{"id": "c", "text": "x", "answer": true}\n'
        '{"id": "a", "text": "dup", "answer": 2}\n',
        encoding="utf-8",
    )
    with pytest.raises(LoadError) as ei:
        load_dataset(p)
    codes = sorted(f.code for f in ei.value.findings)
    assert codes == ["dataset-bad-answer", "dataset-missing-field"]
    assert [f.loc for f in ei.value.findings] == [[2], [3]]
    p.write_text(
        '{"id": "a", "text": "ok", "answer": 1}\n{"id": "a", "text": "dup", "answer": 2}\n',
        encoding="utf-8",
    )
    with pytest.raises(LoadError) as ei:
        load_dataset(p)
    assert ei.value.code == "dataset-duplicate-id"
    p.write_text('{"id": "a", "text": "ok", "answer": 1}\n{"id": "b", "te\n', encoding="utf-8")
    with pytest.raises(LoadError) as ei:
        load_dataset(p)
    assert ei.value.code == "dataset-bad-json" and ei.value.findings[0].loc == [2]


def test_missing_and_unknown_datasets_are_typed_errors(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as ei:
        load_dataset(tmp_path / "nope.jsonl")
    assert ei.value.code == "dataset-not-found"
    q = tmp_path / "odd.jsonl"
    q.write_text('{"question": "x"}\n', encoding="utf-8")
    with pytest.raises(LoadError) as ei:
        load_dataset(q)
    assert ei.value.code == "dataset-unknown-format"


def test_nl4opt_loader_computes_integer_answers_from_declarations(tmp_path: Path) -> None:
    p = _write_nl4opt(tmp_path / "gen.jsonl")
    assert detect_format(p) == "nl4opt"
    probs = load_dataset(p)
    assert {x.id: x.answer for x in probs} == NL4OPT_ANSWERS
    assert probs[0].text.startswith("A potter") and "document" not in (probs[0].gold or {})
    assert probs[0].meta["answer_status"] == "computed:all_integer_optimum_of_gold_declarations"
    assert gold_classes(probs[0]) == ["linear", "ratio"]
    assert gold_classes(probs[1]) == ["lower_bound", "total", "xby"]
    assert gold_classes(probs[2]) == ["total", "upper_bound", "xy"]
    no_ans = load_dataset(p, nl4opt_answers="none")
    assert all(x.answer is None for x in no_ans)
    # the same data as one JSON object {key: record} is accepted too
    q = tmp_path / "gen.json"
    q.write_text(json.dumps(NL4OPT_RECORDS, indent=2), encoding="utf-8")
    assert {x.id: x.answer for x in load_dataset(q, format="nl4opt")} == NL4OPT_ANSWERS


def test_nl4opt_lp_reading_differs_where_the_relaxation_is_fractional(tmp_path: Path) -> None:
    p = _write_nl4opt(tmp_path / "gen.jsonl")
    lp = {x.id: x.answer for x in load_dataset(p, nl4opt_answers="lp")}
    assert lp == pytest.approx({"101": 2580 / 11, "102": 220.0, "103": 240.0, "104": 160.0})
    assert load_dataset(p, nl4opt_answers="lp")[0].meta["answer_status"] == (
        "computed:lp_relaxation_optimum_of_gold_declarations"
    )


def test_nl4opt_gold_formulation_structure() -> None:
    f = formulation_from_nl4opt_gold(NL4OPT_RECORDS["102"])
    assert [v.name for v in f.variables] == ["x0_bikes", "x1_scooters"]
    assert all(v.type.value == "integer" for v in f.variables)
    assert f.objective is not None and f.objective.sense == "maximize"
    assert (
        f.objective.expression == "12.0*x0_bikes + 20.0*x1_scooters"
    )  # 'scooter' resolved via mentions
    exprs = [c.expression for c in f.constraints]
    assert exprs == [
        "x0_bikes >= 2.0*x1_scooters",
        "x0_bikes + x1_scooters <= 15.0",
        "x1_scooters >= 3.0",
    ]
    assert [c.class_.value for c in f.constraints] == ["xby", "total", "lower_bound"]
    f2 = formulation_from_nl4opt_gold(NL4OPT_RECORDS["104"], integer=False)
    assert (
        f2.objective is not None and f2.objective.expression == "x0_lemonade_cups + x1_cookie_bags"
    )
    res = solve_formulation(f2, "highs")
    assert res.objective == pytest.approx(160.0)
    ans, status = answer_from_nl4opt_gold({"gold": NL4OPT_RECORDS["101"]})
    assert (ans, status) == (234.0, "optimal")


def test_nl4opt_bad_declarations_are_typed_errors() -> None:
    rec = json.loads(json.dumps(NL4OPT_RECORDS["103"]))
    rec["const_declarations"][0]["operator"] = "ROUGHLY"
    with pytest.raises(LoadError) as ei:
        formulation_from_nl4opt_gold(rec)
    assert ei.value.code == "nl4opt-operator"
    rec = json.loads(json.dumps(NL4OPT_RECORDS["103"]))
    rec["const_declarations"][1]["x_var"] = "helmets"
    with pytest.raises(LoadError) as ei:
        formulation_from_nl4opt_gold(rec)
    assert ei.value.code == "nl4opt-unknown-variable"
    with pytest.raises(LoadError) as ei:
        formulation_from_nl4opt_gold({"text": "no labels"})
    assert ei.value.code == "no-gold-declarations"


def test_folder_loader_with_json_and_csv_answers(tmp_path: Path) -> None:
    d = tmp_path / "probs"
    d.mkdir()
    (d / "p1.txt").write_text("Problem one text.\n", encoding="utf-8")
    (d / "p2.txt").write_text("Problem two text.", encoding="utf-8")
    (d / "p3.txt").write_text("Problem three text.", encoding="utf-8")
    (d / "answers.json").write_text(json.dumps({"p1": 10, "p2": None}), encoding="utf-8")
    gold = {
        "variables": [{"name": "x", "type": "integer", "ub": 4}],
        "objective": {"sense": "maximize", "expression": "2*x"},
        "constraints": [{"name": "c", "expression": "x <= 5", "class": "upper_bound"}],
    }
    (d / "p1.formulation.json").write_text(json.dumps(gold), encoding="utf-8")
    probs = load_dataset(d)
    assert detect_format(d) == "folder"
    assert [(x.id, x.answer, x.meta["answer_status"]) for x in probs] == [
        ("p1", 10.0, "ok"),
        ("p2", None, "missing"),
        ("p3", None, "missing"),
    ]
    assert probs[0].text == "Problem one text."
    assert gold_classes(probs[0]) == ["upper_bound"]
    assert solve_formulation(formulation_from_gold(probs[0])).objective == 8.0
    sha1 = dataset_info(d).sha256
    (d / "answers.json").unlink()
    (d / "answers.csv").write_text("id,answer\np1,10\np2,\np3, 7.5\n", encoding="utf-8")
    assert [x.answer for x in load_dataset(d)] == [10.0, None, 7.5]
    assert dataset_info(d).sha256 != sha1
    (d / "answers.csv").write_text("id,answer\np9,1\n", encoding="utf-8")
    with pytest.raises(LoadError) as ei:
        load_dataset(d)
    assert ei.value.code == "dataset-orphan-answer"
    (d / "answers.csv").unlink()
    with pytest.raises(LoadError) as ei:
        load_dataset(d)
    assert ei.value.code == "dataset-no-answers"


# ----------------------------------------------------------------------------- the shipped sample set


def _scipy_optimum(f_problem: object) -> float:
    """Solve the gold Formulation's lowered arrays with scipy's milp (HiGHS-independent path)."""
    from optform.evaluation import Problem

    assert isinstance(f_problem, Problem)
    lm = lower(formulation_from_gold(f_problem))
    assert not lm.logic
    a = coo_matrix((lm.vals, (lm.rows, lm.cols)), shape=(lm.n_rows, lm.n_vars)).toarray()
    sign = -1.0 if lm.sense == "maximize" else 1.0
    integrality = (lm.vtype > 0).astype(int)
    cons = [LinearConstraint(a, lm.row_lo, lm.row_hi)] if lm.n_rows else []
    res = milp(sign * lm.c, constraints=cons, integrality=integrality, bounds=Bounds(lm.lb, lm.ub))
    assert res.status == 0, res.message
    return float(sign * res.fun + lm.c0)


def test_sample_set_answers_verified_by_highs_and_scipy() -> None:
    probs = load_dataset(SAMPLE)
    assert len(probs) >= 30
    assert len({x.id for x in probs}) == len(probs)
    cats = {x.meta["category"] for x in probs}
    assert {"product mix", "diet", "staffing", "transport", "investment", "blending"} <= cats
    for p in probs:
        assert p.answer is not None
        f = formulation_from_gold(p)
        res = solve_formulation(f, "highs")
        assert res.status.value == "optimal", p.id
        assert res.objective == pytest.approx(p.answer, rel=1e-9, abs=1e-9), p.id
        assert _scipy_optimum(p) == pytest.approx(p.answer, rel=1e-7, abs=1e-7), p.id
        # integrality is stated in the text, and matches the model
        integer = any(v.type.value == "integer" for v in f.variables)
        assert p.meta["integer"] == integer
        text = p.text.lower()
        if integer:
            assert "whole" in text, p.id
        else:
            assert "fraction" in text, p.id
        assert gold_classes(p), p.id


def test_sample_set_covers_every_nl4opt_class() -> None:
    probs = load_dataset(SAMPLE)
    classes = {c for p in probs for c in gold_classes(p)}
    assert {"linear", "total", "ratio", "xby", "xy", "upper_bound", "lower_bound"} <= classes
    assert np.mean([p.meta["integer"] for p in probs]) > 0.5
