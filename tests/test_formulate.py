"""The offline formulator: phrase families, provenance, unresolved reporting, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optform.model import ConstraintClass, Formulation, VarType
from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches, solved_count
from optform.offline.sentences import normalize, split_sentences

E2E = Path(__file__).resolve().parent.parent / "datasets" / "offline_e2e.jsonl"

BASE = (
    "A shop makes tables and chairs. The profit per table is $50 and the profit per chair is $20. "
)
GOAL = " How many tables and chairs should the shop make to maximize profit?"


def _classes(f: Formulation) -> list[ConstraintClass]:
    return [c.class_ for c in f.constraints]


def _exprs(f: Formulation) -> list[str]:
    return [c.expression or "" for c in f.constraints]


# ---------------------------------------------------------------- phrase families


def test_resource_family() -> None:
    f = formulate_offline(
        BASE + "Each table takes 3 hours of work and each chair takes 1 hour of work. "
        "There are 60 hours of work available." + GOAL
    )
    assert [v.name for v in f.variables] == ["tables", "chairs"]
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression == "50*tables + 20*chairs"
    assert "3*tables + chairs <= 60" in _exprs(f)
    c = next(c for c in f.constraints if c.expression == "3*tables + chairs <= 60")
    assert (
        c.class_ == ConstraintClass.linear
        and c.template is not None
        and c.template.name == "resource"
    )


@pytest.mark.parametrize(
    ("sentence", "expr", "cls"),
    [
        ("At most 40 tables can be made.", "tables <= 40", ConstraintClass.upper_bound),
        ("The shop must make a minimum of 5 chairs.", "chairs >= 5", ConstraintClass.lower_bound),
        ("The shop can make no more than 30 chairs.", "chairs <= 30", ConstraintClass.upper_bound),
    ],
)
def test_bound_family(sentence: str, expr: str, cls: ConstraintClass) -> None:
    f = formulate_offline(
        BASE
        + "Each table takes 3 hours and each chair takes 1 hour; 60 hours are available. "
        + sentence
        + GOAL
    )
    assert expr in _exprs(f)
    assert cls in _classes(f)


def test_total_family() -> None:
    f = formulate_offline(BASE + "The shop can make at most 50 tables or chairs in total." + GOAL)
    assert "tables + chairs <= 50" in _exprs(f)
    assert ConstraintClass.total in _classes(f)


def test_share_family() -> None:
    f = formulate_offline(
        BASE + "The shop can make at most 50 items in total. "
        "At least 30% of the items must be chairs." + GOAL
    )
    c = next(c for c in f.constraints if c.class_ == ConstraintClass.ratio)
    assert c.template is not None and c.template.name == "ratio"
    assert c.template.args["x"] == "chairs" and c.template.args["share"] == pytest.approx(0.3)
    assert c.expression == "-0.3*tables + 0.7*chairs >= 0"


def test_comparison_families() -> None:
    f = formulate_offline(
        BASE + "The shop can make at most 50 items in total. "
        "The shop must make at least twice as many chairs as tables." + GOAL
    )
    c = next(c for c in f.constraints if c.class_ == ConstraintClass.xby)
    assert c.expression == "chairs - 2*tables >= 0"
    f = formulate_offline(
        BASE + "The shop can make at most 50 items in total. "
        "The number of tables must not exceed the number of chairs." + GOAL
    )
    c = next(c for c in f.constraints if c.class_ == ConstraintClass.xy)
    assert c.expression == "tables - chairs <= 0"


def test_demand_family() -> None:
    f = formulate_offline(
        "A courier uses vans and bikes. A van can deliver 30 parcels and a bike can deliver 8 "
        "parcels. The courier must deliver at least 200 parcels. A van costs $50 per day and a "
        "bike costs $10 per day. How many vans and bikes minimize cost?"
    )
    assert "30*vans + 8*bikes >= 200" in _exprs(f)
    assert f.objective is not None and f.objective.expression == "50*vans + 10*bikes"


def test_word_numbers_and_symbols() -> None:
    f = formulate_offline(
        "A firm splits effort between projects X and Y. The total effort for X and Y combined "
        "cannot exceed one hundred units. Each unit for X costs $4 and each unit for Y costs $5. "
        "At least twenty units must go to project Y. Minimize the total cost; efforts are "
        "whole numbers."
    )
    assert [v.name for v in f.variables] == ["X", "Y"]
    assert "X + Y <= 100" in _exprs(f)
    assert "Y >= 20" in _exprs(f)


# ---------------------------------------------------------------- integrality


def test_integrality_from_what_is_counted() -> None:
    f = formulate_offline(BASE + "At most 40 tables can be made." + GOAL)
    assert all(v.type == VarType.integer for v in f.variables)
    f = formulate_offline(
        "A farmer has 100 acres to plant corn and wheat. Each acre of corn earns $300 and each "
        "acre of wheat earns $200. How many acres of corn and wheat maximize profit?"
    )
    assert all(v.type == VarType.continuous for v in f.variables)
    f = formulate_offline(
        "A mill blends oats and rye. Oats cost $2 per kg and rye $3 per kg. At least 10 kg must "
        "be blended; amounts must be whole numbers. Minimize the cost."
    )
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
            assert text[p.start : p.end] == p.sentence
        for u in f.unresolved:
            if u.start is not None and u.end is not None:
                assert text[u.start : u.end] == u.text


def test_sentence_split_keeps_original_text() -> None:
    text = "Costs are $\\$5$ for X.\\nAt least 3 of X.   Is 2.5 kg enough? Yes."
    n = normalize(text)
    ss = split_sentences(n)
    assert [s.text for s in ss][:2] == ["Costs are $5 for X.", "At least 3 of X."]
    for s in ss:
        assert text[s.start : s.end] == s.original


def test_missing_objective_coefficient_is_reported_not_invented() -> None:
    f = formulate_offline(
        "A shop makes tables and chairs. Each table takes 3 hours and each chair takes 1 hour. "
        "There are 60 hours available. How many tables and chairs maximize profit?"
    )
    assert f.objective is None
    assert any("no per-unit coefficient" in u.reason for u in f.unresolved)
    assert f.confidence is not None and f.confidence <= 0.5


def test_sentence_not_understood_is_quoted() -> None:
    odd = "The zorblat index must stay near 7 on Tuesdays."
    f = formulate_offline(
        BASE
        + "Each table takes 3 hours and each chair takes 1 hour; 60 hours are available. "
        + odd
        + GOAL
    )
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
        f = hand_model_formulation(hm)
        res = f.solve()
        assert matches(res.objective, float(r["answer"])), r["id"]  # type: ignore[arg-type]


def test_e2e_offline_formulator_accuracy_floor() -> None:
    rows = _rows()
    solved = solved_count(rows)
    # measured: see `python -m optform.offline.measure datasets/offline_e2e.jsonl`; this floor guards regressions
    assert solved >= 31, solved


# ---------------------------------------------------------------- more phrase families


def test_range_family() -> None:
    f = formulate_offline(
        "A coach schedules drills and scrimmages. Each drill costs $30 and each scrimmage costs $50. "
        "Drills must be between 2 and 6 per week. At least 3 scrimmages are needed. "
        "Minimize the total cost."
    )
    assert {"drills >= 2", "drills <= 6", "scrimmages >= 3"} <= set(_exprs(f))


def test_respectively_family() -> None:
    f = formulate_offline(
        "A firm splits work between projects X, Y and Z. The costs per unit for X, Y and Z are 4, 6 "
        "and 9 respectively. The total work must be at least 12 units. Minimize the total cost."
    )
    assert f.objective is not None and f.objective.expression == "4*X + 6*Y + 9*Z"
    assert "X + Y + Z >= 12" in _exprs(f)


def test_algebra_family() -> None:
    f = formulate_offline(
        "A planner chooses amounts X and Y. Each unit of X costs $3 and each unit of Y costs $2. "
        "The plan must satisfy $X + 2Y \\geq 8$ and $3X - Y \\leq 6$. Minimize the cost."
    )
    assert {"X + 2*Y >= 8", "3*X - Y <= 6"} <= set(_exprs(f))


def test_offset_family() -> None:
    f = formulate_offline(
        BASE + "The shop can make at most 50 items in total. "
        "The shop must make at least 5 more chairs than tables." + GOAL
    )
    assert "chairs - tables >= 5" in _exprs(f)
    f = formulate_offline(
        "A firm funds projects X and Y. Each unit for X costs $4 and each unit for Y costs $5. "
        "Project X cannot exceed project Y by more than 30 units. At least 10 units must go to Y. "
        "Minimize the total cost."
    )
    assert "X - Y <= 30" in _exprs(f)


def test_numbered_names_and_subjects() -> None:
    f = formulate_offline(
        "A store sells two bowls of ramen. Bowl 1 requires 2 units of broth and Bowl 2 requires "
        "3 units of broth. The store has 300 units of broth. Bowl 1 earns $5 and Bowl 2 earns $7. "
        "Maximize profit."
    )
    assert [v.name for v in f.variables] == ["bowl_1", "bowl_2"]
    assert "2*bowl_1 + 3*bowl_2 <= 300" in _exprs(f)
    f = formulate_offline(
        "Each sofa requires 3 hours of work and earns $400. Each cabinet requires 5 hours of "
        "work and earns $900. There are 60 hours of work available. Maximize profit."
    )
    assert [v.name for v in f.variables] == ["sofa", "cabinet"]
    assert f.objective is not None and f.objective.expression == "400*sofa + 900*cabinet"


def test_money_decisions() -> None:
    f = formulate_offline(
        "An investor has $10,000 to invest in stocks and bonds. Stocks return 8% and bonds "
        "return 4%. At least $2,000 must be invested in bonds. Maximize the return."
    )
    assert all(v.type == VarType.continuous for v in f.variables)
    assert {"stocks + bonds <= 10000", "bonds >= 2000"} <= set(_exprs(f))
    assert f.objective is not None and f.objective.expression == "0.08*stocks + 0.04*bonds"


def test_count_goal() -> None:
    f = formulate_offline(
        "A courier uses vans and bikes. A van can deliver 30 parcels and a bike can deliver 8 "
        "parcels. The courier must deliver at least 200 parcels. How many vans and bikes should be "
        "used to minimize the total number of vehicles?"
    )
    assert f.objective is not None and f.objective.expression == "vans + bikes"


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcXYZ0123456789 .,;:$%()-\n")), min_size=1, max_size=200
    )
)
def test_any_text_gives_a_formulation_or_a_typed_error(text: str) -> None:
    from optform.errors import UserInputError

    try:
        f = formulate_offline(text)
    except UserInputError:
        return
    for c in f.constraints:
        p = c.provenance
        assert p is not None and p.start is not None and text[p.start : p.end] == p.sentence
    assert f.confidence is not None and 0.0 <= f.confidence <= 1.0


def test_bakery_example_matches_the_hand_written_model() -> None:
    hand = Formulation.load(Path(__file__).resolve().parent.parent / "examples" / "bakery.yaml")
    assert hand.source_text is not None
    f = formulate_offline(hand.source_text)
    assert [v.name for v in f.variables] == ["muffins", "cakes"]
    assert f.unresolved == [] and f.confidence == 1.0
    assert matches(f.solve().objective, float(hand.solve().objective or 0.0))
