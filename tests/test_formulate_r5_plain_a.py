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


def test_each_trip_of_a_named_decision_is_its_counted_unit() -> None:
    text = (
        "A bus firm runs two lines, the airport line and the stadium line. Each trip on the airport "
        "line brings in $700 and each trip on the stadium line brings in $450. Its drivers can make "
        "at most 25 trips a day. The stadium line needs at least 10 trips a day. How many trips on "
        "each line maximize the day's takings?"
    )
    f = formulate_offline(text)
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression == "700*airport_line + 450*stadium_line"
    assert any(c.expression == "airport_line + stadium_line <= 25" for c in f.constraints)
    assert matches(f.solve("highs").objective, 15 * 700 + 10 * 450)


def test_a_unit_before_other_words_is_no_counted_unit() -> None:
    # 'each kilogram of flour' is a material the decisions use, not a count of them
    text = (
        "A bakery makes buns and rolls. A bun uses 0.1 kg of flour and a roll 0.05 kg; each kilogram "
        "of flour costs $2 and 30 kg are available. A bun sells for $1 and a roll for $0.60. How many "
        "of each should be made to maximize revenue?"
    )
    f = formulate_offline(text)
    assert f.objective is not None and f.objective.sense == "maximize"
    assert not any(
        "<= 30" in (c.expression or "")
        and "+ rolls" in (c.expression or "")
        and "0." not in (c.expression or "")
        for c in f.constraints
    )


def test_each_of_numbered_machines_bounds_every_one() -> None:
    text = (
        "A laundry runs two dryers, Dryer 1 and Dryer 2. Dryer 1 dries 30 kg of linen per hour and "
        "Dryer 2 dries 20 kg per hour. Running Dryer 1 costs $9 per hour and Dryer 2 costs $5 per "
        "hour. At least 400 kg of linen must be dried, and each dryer can run for at most 12 hours. "
        "How many hours should each dryer run to minimize the cost?"
    )
    f = formulate_offline(text)
    exprs = {c.expression for c in f.constraints}
    assert {"dryer_1 <= 12", "dryer_2 <= 12"} <= exprs, exprs
    # dryer 2 is cheaper per kg: 12 h -> 240 kg, dryer 1 dries the other 160 kg in 16/3 h
    assert matches(f.solve("highs").objective, 12 * 5 + 9 * 160 / 30)


def test_blends_named_like_time_words_after_an_apposition() -> None:
    text = (
        "A roaster packs two coffee boxes, Weekly and Monthly. A Weekly box holds 250 grams of beans "
        "and a Monthly box holds 1,000 grams. There are 40 kilograms of beans. The roaster must pack "
        "at least 40 Weekly boxes. A Weekly box makes a profit of $4 and a Monthly box a profit of "
        "$13. How many boxes of each kind maximize the profit?"
    )
    f = formulate_offline(text)
    assert sorted(v.name for v in f.variables) == ["monthly", "weekly"]
    # 0.25 w + m <= 40, w >= 40: w = 160 (4/0.25 = 16 per kg beats 13) -> 640
    assert matches(f.solve("highs").objective, 640.0)


def test_decisions_said_as_gapped_subjects_and_a_need_to_cover() -> None:
    text = (
        "A pool hires lifeguards for the summer. Senior lifeguards can watch 30 swimmers each and "
        "helpers 12 swimmers each. There are 150 swimmers to cover. A senior lifeguard is paid $200 "
        "a day and a helper $90. There cannot be more helpers than senior lifeguards. How many of "
        "each should be hired at the lowest wage cost?"
    )
    f = formulate_offline(text)
    assert sorted(v.name for v in f.variables) == ["helpers", "senior_lifeguards"]
    exprs = {c.expression for c in f.constraints}
    assert "30*senior_lifeguards + 12*helpers >= 150" in exprs, exprs
    assert "helpers - senior_lifeguards <= 0" in exprs, exprs
    # s + h integer, 30 s + 12 h >= 150, h <= s: s = 4, h = 3 -> 800 + 270 = 1070 (s = 5 -> 1000)
    assert matches(f.solve("highs").objective, 1000.0)


def test_a_noun_after_every_numbered_name_is_no_alias_of_one() -> None:
    text = (
        "A hotel buys Grade 1 and Grade 2 bath towels. A Grade 1 towel costs $6 and lasts 40 washes; "
        "a Grade 2 towel costs $9 and lasts 70 washes. The hotel needs towels for at least 2,800 "
        "washes and wants at least 20 Grade 1 towels. How many of each grade should it buy to spend "
        "as little as possible?"
    )
    f = formulate_offline(text)
    assert f.objective is not None
    assert f.objective.expression == "6*grade_1 + 9*grade_2"
    # 40 a + 70 b >= 2800, a >= 20 (integers): a = 21, b = 28 -> 126 + 252 = 378
    assert matches(f.solve("highs").objective, 378.0)


def test_energy_goal_adds_up_kilowatt_hours() -> None:
    text = (
        "A data centre runs jobs on Cluster 4 and Cluster 9. Cluster 4 finishes 12 jobs per hour and "
        "Cluster 9 finishes 20 jobs per hour. Cluster 4 uses 30 kWh per hour and Cluster 9 uses 55 "
        "kWh per hour. At least 480 jobs must be finished, and Cluster 4 can run at most 24 hours. "
        "How many hours should each cluster run to use the least energy?"
    )
    f = formulate_offline(text)
    assert f.objective is not None and f.objective.sense == "minimize"
    assert f.objective.expression == "30*cluster_4 + 55*cluster_9"
    # per job: 2.5 vs 2.75 kWh -> cluster 4 for 24 h (288 jobs), cluster 9 for 9.6 h
    assert matches(f.solve("highs").objective, 24 * 30 + 9.6 * 55)


def test_a_number_of_things_to_answer_is_a_need() -> None:
    text = (
        "A help desk uses senior agents and junior agents. A senior agent answers 50 tickets a day "
        "and a junior agent 30 tickets. There are 900 tickets a day to answer. A senior agent is "
        "paid $210 a day and a junior agent $120. How many of each should work to keep the wage "
        "bill lowest?"
    )
    f = formulate_offline(text)
    assert any((c.expression or "").endswith(">= 900") for c in f.constraints), f.constraints
    # per ticket: 4.2 vs 4.0 -> 30 juniors = 3600, or mixes: 50 s + 30 j >= 900
    assert matches(f.solve("highs").objective, 3600.0)


def test_a_count_of_those_served_is_a_need_when_spending_least() -> None:
    text = (
        "A courier uses vans and cargo bikes. A van can serve 40 customers a day and a bike 15. The "
        "courier has 520 customers. A van costs $180 a day and a bike $60. How many of each should "
        "it use to minimize the daily cost?"
    )
    f = formulate_offline(text)
    exprs = {c.expression or "" for c in f.constraints}
    assert any(e.endswith(">= 520") for e in exprs), exprs
    # per customer: 4.5 vs 4.0 -> bikes: 35 bikes (525) = 2100, or 1 van + 32 bikes (520) = 2100
    assert matches(f.solve("highs").objective, 2100.0)


def test_an_amount_in_its_own_unit_after_a_capacity_is_still_a_stock() -> None:
    text = (
        "A school hires vans and minibuses. A van seats 8 pupils and uses 10 litres of fuel; a "
        "minibus seats 20 pupils and uses 18 litres of fuel. The school has 160 pupils and 150 "
        "litres of fuel. A van costs $70 and a minibus $150. How many of each should it hire to "
        "minimize the cost?"
    )
    f = formulate_offline(text)
    exprs = {c.expression or "" for c in f.constraints}
    assert any("pupil" not in e and e.endswith("<= 150") for e in exprs), exprs


def test_one_decision_as_subject_of_a_limit_on_the_kind_bounds_it() -> None:
    text = (
        "A farm offers two rides, a tractor ride and a pony ride. Each tractor ride earns $40 and each "
        "pony ride earns $25. Staff can run at most 30 rides a day, and the tractor can make at most "
        "10 rides a day. How many rides of each kind maximize the daily takings?"
    )
    f = formulate_offline(text)
    exprs = {c.expression for c in f.constraints}
    assert "tractor_ride <= 10" in exprs, exprs
    assert "tractor_ride + pony_ride <= 30" in exprs, exprs
    assert matches(f.solve("highs").objective, 10 * 40 + 20 * 25)


def test_rooms_to_clean_are_a_need() -> None:
    text = (
        "A hotel sends out cleaning crews and single cleaners. A crew can clean 9 rooms an hour and a "
        "single cleaner 3 rooms. There are 120 rooms to clean. A crew costs $75 an hour and a single "
        "cleaner $22. How many crews and single cleaners should be sent at the lowest cost?"
    )
    f = formulate_offline(text)
    assert any((c.expression or "").endswith(">= 120") for c in f.constraints), f.constraints
    # per room: 8.33 vs 7.33 -> 40 single cleaners = 880
    assert matches(f.solve("highs").objective, 880.0)
