"""The offline formulator: phrase families, provenance, unresolved reporting, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optform.errors import OptformError
from optform.formulate import formulate_offline
from optform.formulate.measure import matches
from optform.formulate.sentences import normalize, split_sentences
from optform.model import ConstraintClass, Formulation, VarType

E2E = Path(__file__).resolve().parent.parent / "datasets" / "offline_e2e.jsonl"

BASE = "A shop makes tables and chairs. The profit per table is $50 and the profit per chair is $20. "
GOAL = " How many tables and chairs should the shop make to maximize profit?"


def _classes(f: Formulation) -> list[ConstraintClass]:
    return [c.class_ for c in f.constraints]


def _exprs(f: Formulation) -> list[str]:
    return [c.expression or "" for c in f.constraints]


# ---------------------------------------------------------------- phrase families

def test_resource_family() -> None:
    f = formulate_offline(BASE + "Each table takes 3 hours of work and each chair takes 1 hour of work. "
                          "There are 60 hours of work available." + GOAL)
    assert [v.name for v in f.variables] == ["tables", "chairs"]
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression == "50*tables + 20*chairs"
    assert "3*tables + chairs <= 60" in _exprs(f)
    c = next(c for c in f.constraints if c.expression == "3*tables + chairs <= 60")
    assert c.class_ == ConstraintClass.linear and c.template is not None and c.template.name == "resource"


@pytest.mark.parametrize(
    ("sentence", "expr", "cls"),
    [
        ("At most 40 tables can be made.", "tables <= 40", ConstraintClass.upper_bound),
        ("The shop must make a minimum of 5 chairs.", "chairs >= 5", ConstraintClass.lower_bound),
        ("The shop can make no more than 30 chairs.", "chairs <= 30", ConstraintClass.upper_bound),
    ],
)
def test_bound_family(sentence: str, expr: str, cls: ConstraintClass) -> None:
    f = formulate_offline(BASE + "Each table takes 3 hours and each chair takes 1 hour; 60 hours are available. "
                          + sentence + GOAL)
    assert expr in _exprs(f)
    assert cls in _classes(f)


def test_total_family() -> None:
    f = formulate_offline(BASE + "The shop can make at most 50 tables or chairs in total." + GOAL)
    assert "tables + chairs <= 50" in _exprs(f)
    assert ConstraintClass.total in _classes(f)


def test_share_family() -> None:
    f = formulate_offline(BASE + "The shop can make at most 50 items in total. "
                          "At least 30% of the items must be chairs." + GOAL)
    c = next(c for c in f.constraints if c.class_ == ConstraintClass.ratio)
    assert c.template is not None and c.template.name == "ratio"
    assert c.template.args["x"] == "chairs" and c.template.args["share"] == pytest.approx(0.3)
    assert c.expression == "-0.3*tables + 0.7*chairs >= 0"


def test_comparison_families() -> None:
    f = formulate_offline(BASE + "The shop can make at most 50 items in total. "
                          "The shop must make at least twice as many chairs as tables." + GOAL)
    c = next(c for c in f.constraints if c.class_ == ConstraintClass.xby)
    assert c.expression == "chairs - 2*tables >= 0"
    f = formulate_offline(BASE + "The shop can make at most 50 items in total. "
                          "The number of tables must not exceed the number of chairs." + GOAL)
    c = next(c for c in f.constraints if c.class_ == ConstraintClass.xy)
    assert c.expression == "tables - chairs <= 0"


def test_demand_family() -> None:
    f = formulate_offline("A courier uses vans and bikes. A van can deliver 30 parcels and a bike can deliver 8 "
                          "parcels. The courier must deliver at least 200 parcels. A van costs $50 per day and a "
                          "bike costs $10 per day. How many vans and bikes minimize cost?")
    assert "30*vans + 8*bikes >= 200" in _exprs(f)
    assert f.objective is not None and f.objective.expression == "50*vans + 10*bikes"


def test_word_numbers_and_symbols() -> None:
    f = formulate_offline("A firm splits effort between projects X and Y. The total effort for X and Y combined "
                          "cannot exceed one hundred units. Each unit for X costs $4 and each unit for Y costs $5. "
                          "At least twenty units must go to project Y. Minimize the total cost; efforts are "
                          "whole numbers.")
    assert [v.name for v in f.variables] == ["X", "Y"]
    assert "X + Y <= 100" in _exprs(f)
    assert "Y >= 20" in _exprs(f)


# ---------------------------------------------------------------- integrality

def test_integrality_from_what_is_counted() -> None:
    f = formulate_offline(BASE + "At most 40 tables can be made." + GOAL)
    assert all(v.type == VarType.integer for v in f.variables)
    f = formulate_offline("A farmer has 100 acres to plant corn and wheat. Each acre of corn earns $300 and each "
                          "acre of wheat earns $200. How many acres of corn and wheat maximize profit?")
    assert all(v.type == VarType.continuous for v in f.variables)
    f = formulate_offline("A mill blends oats and rye. Oats cost $2 per kg and rye $3 per kg. At least 10 kg must "
                          "be blended; amounts must be whole numbers. Minimize the cost.")
    assert all(v.type == VarType.integer for v in f.variables)


# ---------------------------------------------------------------- provenance and unresolved

def _all_texts() -> list[str]:
    return [json.loads(line)["text"] for line in E2E.read_text().splitlines() if line.strip()]


def test_provenance_spans_are_exact() -> None:
    weird = "A firm makes $X$ and $Y$. Each unit of X costs $\\$4$ and each of Y costs $\\$5$.\\n- X + Y must be at least 10.\\nMinimize cost."
    for text in [*_all_texts(), weird]:
        f = formulate_offline(text)
        parts = [*(c.provenance for c in f.constraints), *(v.provenance for v in f.variables)]
        if f.objective is not None:
            parts.append(f.objective.provenance)
        for p in parts:
            assert p is not None and p.start is not None and p.end is not None
            assert text[p.start:p.end] == p.sentence
        for u in f.unresolved:
            if u.start is not None and u.end is not None:
                assert text[u.start:u.end] == u.text


def test_sentence_split_keeps_original_text() -> None:
    text = "Costs are $\\$5$ for X.\\nAt least 3 of X.   Is 2.5 kg enough? Yes."
    n = normalize(text)
    ss = split_sentences(n)
    assert [s.text for s in ss][:2] == ["Costs are $5 for X.", "At least 3 of X."]
    for s in ss:
        assert text[s.start:s.end] == s.original


def test_missing_objective_coefficient_is_reported_not_invented() -> None:
    f = formulate_offline("A shop makes tables and chairs. Each table takes 3 hours and each chair takes 1 hour. "
                          "There are 60 hours available. How many tables and chairs maximize profit?")
    assert f.objective is None
    assert any("no per-unit coefficient" in u.reason for u in f.unresolved)
    assert f.confidence is not None and f.confidence <= 0.5


def test_sentence_not_understood_is_quoted() -> None:
    odd = "The zorblat index must stay near 7 on Tuesdays."
    f = formulate_offline(BASE + "Each table takes 3 hours and each chair takes 1 hour; 60 hours are available. "
                          + odd + GOAL)
    assert any(u.text == odd for u in f.unresolved)
    assert f.confidence is not None and f.confidence < 1.0


def test_no_variables() -> None:
    f = formulate_offline("Maximize happiness.")
    assert f.variables == [] and f.confidence == 0.0 and f.unresolved


def test_bad_input_is_a_typed_error() -> None:
    from optform.errors import UserInputError

    with pytest.raises(UserInputError):
        formulate_offline("   ")
    with pytest.raises(UserInputError):
        formulate_offline(42)  # type: ignore[arg-type]


# ---------------------------------------------------------------- end to end

def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in E2E.read_text().splitlines() if line.strip()]


def test_e2e_dataset_answers_are_verified_by_hand_models() -> None:
    rows = _rows()
    assert len(rows) >= 25
    for r in rows:
        hm = r["hand_model"]
        assert isinstance(hm, dict)
        f = Formulation.from_dict({
            "variables": [{"name": n, "type": "integer" if hm["integer"] else "continuous"} for n in hm["variables"]],
            "objective": {"sense": hm["objective"][0], "expression": hm["objective"][1]},
            "constraints": [{"name": f"c{k}", "expression": e} for k, e in enumerate(hm["constraints"])],
        })
        res = f.solve()
        assert matches(res.objective, float(r["answer"])), r["id"]  # type: ignore[arg-type]


def test_e2e_offline_formulator_accuracy_floor() -> None:
    rows = _rows()
    solved = 0
    for r in rows:
        f = formulate_offline(str(r["text"]))
        if f.objective is None:
            continue
        try:
            res = f.solve()
        except OptformError:  # an invalid model counts as a miss
            continue
        solved += matches(res.objective, float(r["answer"]))  # type: ignore[arg-type]
    # measured: see `python -m optform.formulate.measure datasets/offline_e2e.jsonl`; this floor guards regressions
    assert solved >= 23, solved
