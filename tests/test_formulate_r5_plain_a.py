"""Round 5, plain short problems across modules: decisions named by an apposition, names with
numbers in them, money synonyms in the goal, counted units of the decisions.

Every text here is written for this file; each expected optimum was solved by hand.
"""

from __future__ import annotations

from optform.offline import formulate_offline
from optform.offline.measure import matches


def _solve(text: str) -> float | None:
    f = formulate_offline(text)
    assert f.objective is not None, f.unresolved
    return f.solve("highs").objective


def test_number_words_stay_part_of_the_names() -> None:
    text = (
        "A dairy buys milk from two farms, Farm One and Farm Two. Farm One delivers 300 litres "
        "per truck and charges $450 per truck; Farm Two delivers 200 litres per truck and charges "
        "$260 per truck. The dairy needs at least 2,400 litres this week. How many trucks should "
        "come from each farm to keep the cost lowest?"
    )
    f = formulate_offline(text)
    assert sorted(v.name for v in f.variables) == ["farm_one", "farm_two"]
    assert f.objective is not None
    assert "450*farm_one" in f.objective.expression and "260*farm_two" in f.objective.expression
    # 300 a + 200 b >= 2400, min 450 a + 260 b: b = 12 -> 3120
    assert matches(f.solve("highs").objective, 3120.0)


def test_at_least_cost_and_keep_it_lowest_are_goals() -> None:
    at_least = (
        "A printer can use Press 1 or Press 2. Press 1 prints 500 flyers per hour and costs $40 per "
        "hour; Press 2 prints 300 flyers per hour and costs $18 per hour. At least 6,000 flyers are "
        "needed. How many hours should each press run to print them at least cost?"
    )
    f = formulate_offline(at_least)
    assert f.objective is not None and f.objective.sense == "minimize"
    assert f.objective.expression == "40*press_1 + 18*press_2"
    assert matches(f.solve("highs").objective, 360.0)
    kept = at_least.replace("to print them at least cost", "to keep the cost lowest")
    g = formulate_offline(kept)
    assert g.objective is not None and g.objective.expression == f.objective.expression


def test_at_least_before_a_number_is_still_a_limit() -> None:
    text = (
        "A shop sells scarves and hats. A scarf earns $9 and a hat earns $7. It can make at most 50 "
        "items in total, and it must make at least 10 hats. How many of each should it make to earn "
        "the most?"
    )
    f = formulate_offline(text)
    assert f.objective is not None and f.objective.sense == "maximize"
    assert matches(f.solve("highs").objective, 40 * 9 + 10 * 7)

