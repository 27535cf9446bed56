"""Constraint phrase families of the offline formulator (round 2: how careful writers phrase limits)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest

from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches, solved_count

DEV = Path(__file__).resolve().parent.parent / "datasets" / "dev_round2_cons.jsonl"

SHOP = (
    "A shop makes tables and chairs. The profit per table is $50 and the profit per chair is $20. "
)
ASK = " How many tables and chairs should the shop make to maximize profit?"
STAFF = "A diner employs chefs and servers. Each chef is paid $180 and each server is paid $120. "
STAFF_ASK = " How many chefs and servers minimize the wage bill?"


def _exprs(text: str) -> set[str]:
    return {c.expression or "" for c in formulate_offline(text).constraints}


# ---------------------------------------------------------------- limits said once for a list


def test_coordinated_limits_share_one_availability_cue() -> None:
    got = _exprs(
        SHOP
        + "A table needs 2 hours of sanding and 1 hour of staining; a chair needs 1 hour of sanding "
        "and 1 hour of staining. This week 40 hours of sanding and 30 hours of staining are available."
        + ASK
    )
    assert {"2*tables + chairs <= 40", "tables + chairs <= 30"} <= got


def test_availability_after_a_number_is_a_limit_not_per_unit() -> None:
    got = _exprs(
        SHOP
        + "A table takes 3 hours of lathe time and a chair 2 hours, with 60 lathe hours available."
        + ASK
    )
    assert "3*tables + 2*chairs <= 60" in got


def test_ellipsis_in_parallel_statements() -> None:
    got = _exprs(
        "A hotel rents minibuses and coaches. A minibus seats 15 guests and a coach 50. Renting a minibus costs "
        "$120 and renting a coach costs $350. At least 300 guests must be seated. "
        "How many minibuses and coaches minimize the cost?"
    )
    assert "15*minibuses + 50*coaches >= 300" in got


def test_range_of_a_resource() -> None:
    got = _exprs(
        "A kennel feeds tins and pouches. A tin provides 20 grams of fat and a pouch provides 12 grams of fat. "
        "A tin costs $2 and a pouch costs $1. The dogs must get between 500 and 900 grams of fat. "
        "How many tins and pouches minimize the cost?"
    )
    assert {"20*tins + 12*pouches >= 500", "20*tins + 12*pouches <= 900"} <= got


# ---------------------------------------------------------------- units


@pytest.mark.parametrize("limit", ["60 kilograms of flour", "60 kg of flour"])
def test_unit_spellings_agree(limit: str) -> None:
    got = _exprs(
        "A bakery bakes loaves and pies. A loaf uses 0.5 kg of flour and a pie uses 0.3 kilograms of flour. "
        f"The bakery has {limit} on hand. A loaf earns $3 and a pie earns $4. "
        "How many loaves and pies maximize profit?"
    )
    assert "0.5*loaves + 0.3*pies <= 60" in got


def test_units_are_converted_between_limit_and_per_unit_numbers() -> None:
    got = _exprs(
        "A juice bar makes mango smoothies and berry smoothies. A mango smoothie uses 150 g of fruit and a "
        "berry smoothie uses 120 g of fruit, and 27 kg of fruit are available. A mango smoothie earns $2.50 "
        "and a berry smoothie earns $2.10. How many smoothies of each kind maximize profit?"
    )
    assert "0.15*mango_smoothies + 0.12*berry_smoothies <= 27" in got


def test_hyphenated_compound_matches_its_unit() -> None:
    got = _exprs(
        "A clinic hires full-time nurses and part-time nurses. A full-time nurse works 40 hours a week and "
        "is paid $1,200; a part-time nurse works 20 hours and is paid $700. The clinic needs at least 600 "
        "nurse-hours each week. How many nurses of each kind minimize the wage bill?"
    )
    assert any(e.endswith(">= 600") and "40*" in e and "20*" in e for e in got), got


def test_unit_only_per_unit_numbers_match_a_limit_in_that_unit() -> None:
    got = _exprs(
        "A plant fills bottles and jugs. A bottle holds 0.75 litres and a jug holds 2 litres. "
        "The plant has 3,000 litres of juice. A bottle earns $0.60 and a jug earns $1.50. "
        "How many bottles and jugs maximize profit?"
    )
    assert "0.75*bottles + 2*jugs <= 3000" in got


def test_a_count_of_units_is_not_a_measure() -> None:
    # '1000 units' of budget must not be tied to per-unit costs given in 'units'
    got = _exprs(
        "A manager splits effort between campaigns X and Y. Each unit for X costs 5 units and each unit for "
        "Y costs 3 units. The total effort for X and Y is at most 1000 units. Minimize the cost."
    )
    assert "5*X + 3*Y <= 1000" not in got


# ---------------------------------------------------------------- negation, ratios, composition


def test_negation_across_a_verb() -> None:
    got = _exprs(SHOP + "The shop cannot produce more than 30 tables." + ASK)
    assert "tables <= 30" in got


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "There must be at least one chef for every three servers.",
            "chefs - 0.333333333333*servers >= 0",
        ),
        ("For every 3 servers, at least 1 chef is needed.", "chefs - 0.333333333333*servers >= 0"),
        ("The diner can have no more than 2 servers for each chef.", "servers - 2*chefs <= 0"),
    ],
)
def test_for_every_ratio(sentence: str, expected: str) -> None:
    got = _exprs(STAFF + "The diner needs at least 14 staff in total. " + sentence + STAFF_ASK)
    assert expected in got and "chefs + servers >= 14" in got


def test_composition_share_of_a_mix() -> None:
    got = _exprs(
        "A rancher mixes corn and soy into feed. Each kilogram of corn has 0.09 kg of protein and costs "
        "$0.30; each kilogram of soy has 0.45 kg of protein and costs $0.90. At least 800 kg of feed must be "
        "produced, and the feed must be at least 20% protein. How many kilograms of corn and soy minimize "
        "the cost?"
    )
    assert {"-0.11*corn + 0.25*soy >= 0", "corn + soy >= 800"} <= got


def test_composition_with_percent_contents() -> None:
    got = _exprs(
        "A refinery blends regular crude and premium crude into fuel. Each barrel of regular crude costs $60 "
        "and is 2% sulphur; each barrel of premium crude costs $75 and is 0.5% sulphur. At least 10,000 "
        "barrels of fuel must be made. The fuel may contain at most 1% sulphur. How many barrels of each "
        "crude minimize cost?"
    )
    assert any(e.endswith("<= 0") and "0.01*" in e and "- 0.005*premium_crude" in e for e in got), (
        got
    )
    assert any(e.endswith(">= 10000") for e in got), got


# ---------------------------------------------------------------- the development set


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in DEV.read_text().splitlines() if line.strip()]


def test_dev_round2_answers_are_verified_by_hand_models() -> None:
    rows = _rows()
    assert len(rows) >= 25
    for r in rows:
        hm = r["hand_model"]
        assert isinstance(hm, dict)
        f = hand_model_formulation(hm)
        res = f.solve()
        assert matches(res.objective, float(r["answer"])), r["id"]  # type: ignore[arg-type]


def test_dev_round2_offline_accuracy_floor() -> None:
    solved = solved_count(_rows())
    # measured with `python -m optform.offline.measure datasets/dev_round2_cons.jsonl`; guards regressions
    assert solved >= 58, (
        solved
    )  # 63/70 at the last measure; slack for concurrent changes in variable discovery


# ---------------------------------------------------------------- wholes, shares of another decision, each


def test_split_a_whole_between_the_decisions() -> None:
    got = _exprs(
        "A farmer will split 120 acres between wheat and barley. Wheat returns $300 per acre and barley $220 "
        "per acre. How should she divide the land to make the most money?"
    )
    assert "wheat + barley == 120" in got


def test_land_said_once_is_a_whole_when_crops_are_per_acre() -> None:
    got = _exprs(
        "A grower plants tomatoes and peppers in a greenhouse complex of 30 hectares. Tomatoes yield $9,000 "
        "of profit per hectare and peppers yield $7,000 of profit per hectare. How many hectares of each "
        "maximize profit?"
    )
    assert "tomatoes + peppers <= 30" in got


def test_share_of_another_decision() -> None:
    got = _exprs(
        "An investor puts money into bonds and stocks, with $50,000 to invest. Bonds return 4% and stocks "
        "return 9%. The amount in bonds must be at least half the amount in stocks. "
        "How much should go into each to maximize the return?"
    )
    assert "bonds - 0.5*stocks >= 0" in got


def test_share_of_the_total_is_not_a_share_of_another_decision() -> None:
    got = _exprs(
        "A firm runs magazine ads and flyers. A magazine ad costs $1000 and a flyer costs $200. "
        "At least 15% of the ads should be magazine ads. The budget is $50000. "
        "How many ads of each type maximize reach if a magazine ad reaches 900 people and a flyer 300?"
    )
    assert not any(e.startswith("flyers - 0.15") for e in got)


def test_money_limit_before_the_list_of_investments_is_a_total() -> None:
    got = _exprs(
        "A charity invests up to $200,000 in a savings account paying 2.5% a year, municipal bonds paying 4% "
        "and an index fund returning 7%. Maximize the yearly return."
    )
    assert "savings_account + municipal_bonds + index_fund <= 200000" in got


def test_each_of_the_named_kind_bounds_every_decision() -> None:
    got = _exprs(
        "A lab runs machine A and machine B. Machine A processes 40 samples an hour and costs $55 an hour; "
        "machine B processes 25 samples an hour and costs $30 an hour. At least 900 samples must be "
        "processed. Each machine can run at most 16 hours. How many hours should each machine run to "
        "minimize the cost?"
    )
    assert {"A <= 16", "B <= 16", "40*A + 25*B >= 900"} <= got


def test_any_combination_total_over_a_shared_head() -> None:
    got = _exprs(
        "A gym buys treadmills and rowing machines. A treadmill costs $2,000 and a rowing machine costs $800. "
        "The gym needs no fewer than 25 machines in any combination. Minimize the purchase cost."
    )
    assert "treadmills + rowing_machines >= 25" in got


# ---------------------------------------------------------------- requirements said with no limit word


def test_a_whole_served_together_is_a_requirement_when_costs_are_minimized() -> None:
    got = _exprs(
        "A hotel shuttles 300 guests to a concert using minibuses and coaches. A minibus seats 15 guests and "
        "a coach seats 50 guests. Renting a minibus costs $120 and renting a coach costs $350. "
        "How many of each should it rent at the lowest cost?"
    )
    assert "15*minibuses + 50*coaches >= 300" in got


def test_every_one_must_be_handled() -> None:
    got = _exprs(
        "A call centre staffs full-time agents and part-time agents. A full-time agent handles 40 calls and "
        "is paid $180; a part-time agent handles 15 calls and is paid $70. Every one of the 900 calls "
        "expected tomorrow must be handled. How many agents of each kind keep wages as low as possible?"
    )
    assert "40*full_time_agents + 15*part_time_agents >= 900" in got


def test_amounts_in_units_with_no_limit_word_are_not_requirements() -> None:
    got = _exprs(
        "A shop brews black tea and green tea. A cup of black tea takes 7 units of leaves and a cup of green "
        "tea takes 5 units of leaves. The shop buys 700 units of leaves every week. Brewing black tea takes 2 "
        "minutes and green tea takes 3 minutes. Minimize the brewing time."
    )
    assert not any(e.endswith(">= 700") for e in got)


def test_only_n_places_one_per_decision() -> None:
    got = _exprs(
        "A call centre staffs full-time agents and part-time agents. A full-time agent is paid $180 and a "
        "part-time agent is paid $70. There are only 30 desks, one per agent. At least 20 agents are needed. "
        "How many agents of each kind minimize wages?"
    )
    assert "full_time_agents + part_time_agents <= 30" in got


# ---------------------------------------------------------------- numbers in words


@pytest.mark.parametrize(
    "text,value,kind",
    [
        ("half a dozen", 6.0, "num"),
        ("a half-dozen", 6.0, "num"),
        ("a couple of", 2.0, "num"),
        ("two and a half", 2.5, "num"),
        ("4 and a half", 4.5, "num"),
        ("one and a half times", 1.5, "times"),
        ("a hundred and twenty", 120.0, "num"),
        ("three hundred", 300.0, "num"),
    ],
)
def test_word_number_idioms(text: str, value: float, kind: str) -> None:
    from optform.offline.numbers import find_numbers

    ns = find_numbers(text)
    assert [(n.value, n.kind) for n in ns] == [(cast(Any, pytest.approx(value)), kind)]


def test_and_joins_word_numbers_only_after_a_scale() -> None:
    from optform.offline.numbers import find_numbers

    assert [n.value for n in find_numbers("between two and three")] == [2.0, 3.0]


def test_half_a_dozen_is_a_bound() -> None:
    got = _exprs(SHOP + "The shop has promised at least half a dozen chairs." + ASK)
    assert "chairs >= 6" in got


# ---------------------------------------------------------------- more comparison and per-unit phrasings

HOSPITAL = (
    "A hospital hires nurses and doctors. A nurse costs $3,000 a month and a doctor $9,000. At least 40 staff "
    "are needed, and {}. How many nurses and doctors minimize cost?"
)


@pytest.mark.parametrize(
    "clause,expected",
    [
        ("the ratio of nurses to doctors must be at most 4 to 1", "nurses - 4*doctors <= 0"),
        ("the ratio of nurses to doctors should be at least 3:2", "nurses - 1.5*doctors >= 0"),
        ("the ratio of nurses to doctors cannot exceed 5", "nurses - 5*doctors <= 0"),
    ],
)
def test_ratio_of_x_to_y(clause: str, expected: str) -> None:
    assert expected in _exprs(HOSPITAL.format(clause))


def test_outnumber_by() -> None:
    assert "chairs - tables >= 5" in _exprs(
        SHOP + "Chairs must outnumber tables by at least 5." + ASK
    )


def test_number_per_thing_named_after_it() -> None:
    got = _exprs(
        "A bakery makes cakes and pies. A cake earns $12 and a pie $7. Oven time is 3 hours per cake and 1 "
        "hour per pie, with 45 oven hours available. How many cakes and pies maximize profit?"
    )
    assert "3*cakes + pies <= 45" in got


def test_budget_in_the_sentence_naming_the_decisions() -> None:
    got = _exprs(
        "A school buys laptops and tablets with a budget of $24,000. A laptop costs $800 and a tablet $300. "
        "How many of each maximize the number of devices?"
    )
    assert "800*laptops + 300*tablets <= 24000" in got


def test_limits_joined_by_but() -> None:
    got = _exprs(
        "A store sells consoles and games. A console earns $50 and a game earns $20. The owner estimates that "
        "a minimum of 20 but at most 50 consoles are sold each month. She must sell at least 40 games but can "
        "not sell more than 70. How many consoles and games maximize profit?"
    )
    assert {"consoles >= 20", "consoles <= 50", "games >= 40", "games <= 70"} <= got


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("He can only grow at most 2 times the amount of corn as wheat.", "corn - 2*wheat <= 0"),
        ("At least 3 times the amount of wheat must be planted as corn.", "wheat - 3*corn >= 0"),
        (
            "At least four times the number of acres of corn are needed than wheat.",
            "corn - 4*wheat >= 0",
        ),
    ],
)
def test_times_the_amount_of_x_as_y(sentence: str, expected: str) -> None:
    got = _exprs(
        "A farmer grows corn and wheat. Corn earns $50 per acre and wheat earns $40 per acre. The farmer has "
        f"100 acres. {sentence} How many acres of each maximize profit?"
    )
    assert expected in got


def test_what_one_unit_can_carry_is_per_unit() -> None:
    got = _exprs(
        "A company transports people with double-decker buses and minibuses. A double-decker bus can carry at "
        "most 50 passengers and costs $300. A minibus can carry up to 12 passengers and costs $100. At least "
        "400 passengers must be transported. How many of each minimize cost?"
    )
    assert got == {"50*double_decker_buses + 12*minibuses >= 400"}


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "He has decided that the amount invested in stocks be at least four times as much as the amount invested in "
            "bonds.",
            "stocks - 4*bonds >= 0",
        ),
        (
            "The amount in bonds must be at least twice as much as the amount in stocks.",
            "bonds - 2*stocks >= 0",
        ),
    ],
)
def test_as_much_as_with_the_subject_first(sentence: str, expected: str) -> None:
    got = _exprs(
        "An investor splits money between stocks and bonds. Stocks return 8% and bonds return 3%. He has "
        f"$10,000 to invest. {sentence} How much should he invest in each to maximize return?"
    )
    assert expected in got


def test_as_many_prefer_x_to_y() -> None:
    got = _exprs(
        "A store sells paperback books and hardcover books. A paperback earns $5 and a hardcover $9. Due to "
        "their convenience, at least 5 times as many readers prefer paperback books to hardcover books. "
        "How many of each maximize profit?"
    )
    assert "paperback_books - 5*hardcover_books >= 0" in got


def test_money_to_invest_when_nothing_has_a_price() -> None:
    got = _exprs(
        "An investor splits money between stocks and bonds. Stocks return 8% and bonds return 3%. He has "
        "$10,000 to invest. How much should he invest in each to maximize return?"
    )
    assert "stocks + bonds <= 10000" in got


def test_can_stock_is_a_capacity() -> None:
    got = _exprs(
        "A store sells paperback books and hardcover books. A paperback earns $5 and a hardcover $9. The store "
        "can stock 300 books. How many of each maximize profit?"
    )
    assert "paperback_books + hardcover_books <= 300" in got


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The shop makes at least 10 fewer tables than chairs.", "tables - chairs <= -10"),
        ("The shop must make at least 10 more chairs than tables.", "chairs - tables >= 10"),
        ("There should not be more than 10 more chairs than tables.", "chairs - tables <= 10"),
        ("The shop makes at most 5 fewer tables than chairs.", "tables - chairs >= -5"),
        (
            "There should not be more than twice as many chairs compared to tables.",
            "chairs - 2*tables <= 0",
        ),
    ],
)
def test_offsets_and_multiples_between_decisions(sentence: str, expected: str) -> None:
    got = _exprs(SHOP + "The shop can make at most 40 items. " + sentence + ASK)
    assert expected in got


def test_an_amount_turned_into_the_products_is_a_supply() -> None:
    got = _exprs(
        "A farm shop turns its 600 kilograms of berries into jam and juice. A jar of jam needs 0.5 kg of "
        "berries and a bottle of juice needs 1.2 kg. Jam sells for a profit of $4 per jar and juice for $7 "
        "per bottle. How many jars and bottles should it make to maximize profit?"
    )
    assert "0.5*jars + 1.2*bottles <= 600" in got


def test_one_cue_for_a_list_of_number_thing_pairs_and_a_count_of_all() -> None:
    got = _exprs(
        "A builder builds houses, flats and offices. A house costs $200 and a flat costs $300 and an office "
        "costs $150. At most 1000 buildings can be built. At least 400 houses, 250 flats and 350 offices are "
        "needed. Minimize cost."
    )
    assert {
        "houses + flats + offices <= 1000",
        "houses >= 400",
        "flats >= 250",
        "offices >= 350",
    } <= got


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "It takes 3 hours to make a table and 1 hour to make a chair. The carpenter has 60 hours.",
            "3*tables + chairs <= 60",
        ),
        (
            "Making a table takes 3 hours and making a chair 1 hour; the shop is open 60 hours a week.",
            "3*tables + chairs <= 60",
        ),
        (
            "Each table takes 3 hours and each chair 1 hour, and all 60 hours must be used.",
            "3*tables + chairs == 60",
        ),
        ("Tables may not make up more than 30% of total output.", "0.7*tables - 0.3*chairs <= 0"),
    ],
)
def test_more_resource_and_share_phrasings(sentence: str, expected: str) -> None:
    assert expected in _exprs(SHOP + sentence + ASK)


def test_all_three_is_not_all_used() -> None:
    got = _exprs(
        "A firm funds projects X, Y and Z. Each unit of X costs $2, Y $3 and Z $4. The total allocated across "
        "all three projects cannot exceed 100 units. At least 10 units go to X. Minimize the cost."
    )
    assert not any("==" in e for e in got)


def test_the_worker_works_n_hours_is_a_capacity() -> None:
    got = _exprs(
        "A carpenter builds tables and benches. A table takes 5 hours and a bench takes 3 hours, and the "
        "carpenter works 120 hours a month. A table brings $200 and a bench brings $110. "
        "How many of each should be built to maximize profit?"
    )
    assert "5*tables + 3*benches <= 120" in got


def test_blended_into_a_whole() -> None:
    got = _exprs(
        "A refinery blends regular crude and premium crude into 10,000 barrels of fuel. Regular crude costs $60 "
        "a barrel and premium crude costs $75 a barrel. Keep the cost as low as possible."
    )
    assert "regular_crude + premium_crude == 10000" in got


def test_a_share_in_a_but_clause_and_a_total_in_the_priced_unit() -> None:
    got = _exprs(
        "A hiking club packs trail mix from peanuts and raisins. Peanuts cost $6 per kilogram and raisins $4 "
        "per kilogram. The club needs 12 kilograms of mix, and at least a third of it must be peanuts but no "
        "more than half of it. Minimize the cost of the mix."
    )
    assert {
        "peanuts + raisins >= 12",
        "0.666666666667*peanuts - 0.333333333333*raisins >= 0",
        "0.5*peanuts - 0.5*raisins <= 0",
    } <= got


def test_a_limit_word_is_never_a_name_of_a_decision() -> None:
    got = _exprs(
        "A firm funds projects X and Y. Each unit for X costs $5 and each unit for Y costs $3. The total for "
        "both projects combined cannot exceed 2000 units. The allocation for project X is limited to 1500 "
        "units and for project Y it is limited to 1000 units. Minimize the cost."
    )
    assert {"X + Y <= 2000", "X <= 1500", "Y <= 1000"} <= got


def test_word_counts_weigh_a_combined_requirement() -> None:
    got = _exprs(
        "A school hires teachers, assistants and tutors. Each teacher costs 2 units, each assistant costs 3 "
        "units and each tutor costs 4 units. The combined requirement of one teacher, two assistants and "
        "three tutors must be at least 50. Minimize the total cost."
    )
    assert "teachers + 2*assistants + 3*tutors >= 50" in got


def test_difference_plus_a_third() -> None:
    got = _exprs(
        "A planner decides amounts X, Y and Z. Each unit of X costs $2, each unit of Y costs $3 and each unit "
        "of Z costs $4. The difference between X and Y plus Z must be at least 10. Minimize the cost."
    )
    assert "X - Y + Z >= 10" in got


def test_only_before_a_per_unit_verb_is_not_a_limit_and_units_must_agree() -> None:
    got = _exprs(
        "A farmer harvests with pickers and machines. Per hectare, pickers can hand-pick 60 lbs of berries and "
        "take 30 minutes, while machines pick 45 lbs of berries but only take 20 minutes. The farmer has 8000 "
        "minutes available for picking. Each hectare picked by pickers earns $100 and by machines $80. "
        "How many hectares should each method cover to maximize earnings?"
    )
    assert "30*pickers + 20*machines <= 8000" in got


CARS = (
    "A dealer sells electric cars and petrol cars. An electric car earns $3,000 and a petrol car earns $2,000. "
    "The dealer can stock 60 cars. {} How many of each should the dealer sell to maximize profit?"
)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "At least 3 out of every 10 cars sold must be electric.",
            "0.7*electric_cars - 0.3*petrol_cars >= 0",
        ),
        (
            "Electric cars must be between 20% and 60% of all cars sold.",
            "0.4*electric_cars - 0.6*petrol_cars <= 0",
        ),
        (
            "Electric cars must be between 20% and 60% of all cars sold.",
            "0.8*electric_cars - 0.2*petrol_cars >= 0",
        ),
        ("The dealer must sell a minimum of 5 cars of each kind.", "petrol_cars >= 5"),
    ],
)
def test_share_and_each_kind_phrasings(sentence: str, expected: str) -> None:
    assert expected in _exprs(CARS.format(sentence))


def test_a_limit_in_hours_against_per_unit_minutes() -> None:
    got = _exprs(
        "A factory assembles phones and tablets. Every phone requires 20 minutes of testing and every tablet "
        "35 minutes of testing. Testing is limited to 70 hours per week. Phones earn $40 and tablets $90. "
        "How many phones and tablets should be assembled to maximize earnings?"
    )
    assert "0.333333333333*phones + 0.583333333333*tablets <= 70" in got


def test_out_of_every_is_a_fraction() -> None:
    from optform.offline.numbers import find_numbers

    assert [(n.value, n.kind) for n in find_numbers("one in every five")] == [(0.2, "fraction")]
    assert [(n.value, n.kind) for n in find_numbers("3 out of 10")] == [
        (cast(Any, pytest.approx(0.3)), "fraction")
    ]


def test_a_count_tagged_after_a_price_keeps_its_own_measure() -> None:
    got = _exprs(
        "A district hires bus drivers and van drivers to carry 600 students each morning. A bus carries 48 "
        "students and its driver costs $160 a day; a van carries 12 students and its driver costs $55 a day. "
        "Minimize the daily driver cost."
    )
    assert "48*bus_drivers + 12*van_drivers >= 600" in got


def test_a_total_in_the_unit_the_decisions_are_bought_in() -> None:
    got = _exprs(
        "A data center buys grid power and solar power. Grid power costs $0.12 per kWh and solar power $0.08 "
        "per kWh. It needs at least 50,000 kWh this month. Minimize the electricity bill."
    )
    assert "grid_power + solar_power >= 50000" in got


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Because of a narrow dock, at most 6 large-truck trips can be made.", "large_trucks <= 6"),
        ("The large fleet can make at most 6 trips.", "large_trucks <= 6"),
    ],
)
def test_a_limit_said_of_one_decision_by_a_word_of_its_name(sentence: str, expected: str) -> None:
    got = _exprs(
        "A farm ships apples with small trucks and large trucks. A small truck carries 40 crates and costs $150 "
        "per trip; a large truck carries 100 crates and costs $320 per trip. At least 1,000 crates must be "
        f"shipped. {sentence} Minimize the shipping cost."
    )
    assert expected in got


def test_staff_on_the_roster_is_a_capacity() -> None:
    got = _exprs(
        "A learning centre runs math sessions and reading sessions. Each math session needs 2 tutors and each "
        "reading session needs 1 tutor, and 30 tutors are on the roster. A math session serves 12 pupils and a "
        "reading session serves 8 pupils. How many sessions of each type should run to serve as many pupils "
        "as possible?"
    )
    assert "2*math_sessions + reading_sessions <= 30" in got


def test_a_hyphenated_field_size_that_must_be_sown_whole() -> None:
    got = _exprs(
        "A park service sows clover and rye on a 24-hectare field. Clover seed costs $90 per hectare and rye "
        "seed $60 per hectare. At least a quarter of the field must be clover, and the whole field must be "
        "sown. How many hectares of each minimize the seed cost?"
    )
    assert "clover + rye == 24" in got


def test_half_the_number_of_another_decision() -> None:
    got = _exprs(
        "A soup kitchen serves soup and sandwiches. A bowl of soup costs $1.20 to make and a sandwich $1.80. "
        "Each day the kitchen must serve at least 300 meals, and the number of sandwiches must be at least "
        "half the number of bowls of soup. How many of each should be made to minimize the cost?"
    )
    assert "sandwiches - 0.5*soup >= 0" in got


def test_on_each_shift_is_not_a_bound_on_each_decision() -> None:
    got = _exprs(
        "A city operates ambulances and rapid-response cars. An ambulance crew costs $1,100 per shift and a "
        "rapid-response car $600 per shift. The city wants at least 20 vehicles on each shift. "
        "How many of each should run per shift to minimize the cost?"
    )
    assert "ambulances + rapid_response_cars >= 20" in got


def test_people_who_signed_up_are_a_capacity() -> None:
    got = _exprs(
        "An organiser staffs ticket booths and information desks. Each ticket booth needs 3 volunteers and "
        "each information desk needs 2, and 40 volunteers signed up. A ticket booth serves 150 visitors and an "
        "information desk 60. How many of each should be staffed to serve the most visitors?"
    )
    assert "3*ticket_booths + 2*information_desks <= 40" in got


def test_every_one_of_n_must_be_served() -> None:
    got = _exprs(
        "A warehouse ships orders by courier and by post. A courier delivery costs $9 and a postal delivery "
        "$4. Of the 500 orders due this week, every order must be shipped. How many orders should go each way "
        "to minimize shipping cost?"
    )
    assert any(e.endswith(">= 500") and "+" in e for e in got), got


def test_the_one_per_thing_number_in_the_limits_unit() -> None:
    got = _exprs(
        "A pottery sells vases and bowls. A vase takes 3 hours to throw and glaze and a bowl 1 hour, and the "
        "potter has 90 hours before the market. Vases sell for $40 and bowls for $15. How many of each should "
        "be brought to earn the most?"
    )
    assert "3*vases + bowls <= 90" in got


def test_every_guest_gets_one_dish() -> None:
    got = _exprs(
        "A caterer prepares vegetarian dishes and fish dishes for a wedding of 180 guests; every guest gets one "
        "dish. A vegetarian dish costs $14 and a fish dish $22. At least 40 guests have asked for fish. "
        "Minimize the food cost."
    )
    assert "vegetarian_dishes + fish_dishes >= 180" in got
    assert not any(e.endswith("<= 1") for e in got)


ENERGY = (
    "A utility produces power from coal, gas and wind. Each unit from coal costs $4, from gas $3 and from wind $2. "
    "{} Minimize the cost."
)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "The total power from all three sources must be at least 5000 units.",
            "coal + gas + wind >= 5000",
        ),
        (
            "It can produce up to 3000 units from coal, 2000 units from gas and 1500 units from wind.",
            "gas <= 2000",
        ),
        (
            "Coal output requires at least $100 more than gas output, and gas requires at least $50 more than wind.",
            "coal - gas >= 100",
        ),
        ("The units from wind minus those from gas should be at least 200.", "wind - gas >= 200"),
        (
            "Coal must be at least half the amount of gas plus an additional 30 units.",
            "coal - 0.5*gas >= 30",
        ),
    ],
)
def test_algebra_said_in_words(sentence: str, expected: str) -> None:
    assert expected in _exprs(ENERGY.format(sentence))


def test_continued_limits_for_each_named_thing() -> None:
    got = _exprs(
        "An advisor distributes money among funds X, Y and Z. Each dollar in X returns 2%, in Y 3% and in Z 4%. "
        "The total is $1,000,000. The minimum investment for fund X is $200,000, for fund Y it's $150,000 and "
        "for fund Z it's $250,000. Minimize the return."
    )
    assert {"X >= 200000", "Y >= 150000", "Z >= 250000"} <= got


def test_a_minimum_budget_is_a_minimum() -> None:
    got = _exprs(
        "A manager splits a training budget among departments X, Y and Z. Training costs $5 per employee in "
        "X, $3 in Y and $2 in Z. The total budget cannot exceed $100,000. Department X requires a minimum "
        "budget of $30,000. Minimize the cost."
    )
    assert "X >= 30000" in got


def test_exactly_n_new_people() -> None:
    got = _exprs(
        "A manager hires for departments X and Y. Hiring for X costs $5000 and for Y $4000. The company has a "
        "policy to hire exactly 50 new employees this year. At least 10 must go to X. Minimize the cost."
    )
    assert "X + Y == 50" in got


def test_minimums_listed_after_a_colon() -> None:
    got = _exprs(
        "A manager hires three types of employees: X, Y and Z. Salaries are $50000 for X, $70000 for Y and "
        "$90000 for Z. The minimum number of hires required for each category are as follows: 20 for category "
        "X, 30 for category Y and 10 for category Z. Minimize the salary cost."
    )
    assert {"X >= 20", "Y >= 30", "Z >= 10"} <= got


def test_lasts_an_hour_and_a_but_clause_after_a_comma() -> None:
    got = _exprs(
        "A personal trainer offers one-on-one sessions and group classes. A one-on-one session lasts an hour "
        "and pays $70; a group class lasts 1.5 hours and pays $120. She wants to work no more than 35 hours a "
        "week and to teach at least 6 group classes, but no more than 15. How many of each should she "
        "schedule to earn the most?"
    )
    assert {
        "one_on_one_sessions + 1.5*group_classes <= 35",
        "group_classes >= 6",
        "group_classes <= 15",
    } <= got


def test_seats_are_needed_for_n_people() -> None:
    got = _exprs(
        "For a gala, the organisers rent round tables and rectangular tables. A round table seats 10 people and "
        "rents for $60; a rectangular table seats 8 people and rents for $40. Seats are needed for 400 people. "
        "How many tables of each shape keep the rental bill as small as possible?"
    )
    assert "10*round_tables + 8*rectangular_tables >= 400" in got


def test_doubled_consonants_share_a_stem() -> None:
    got = _exprs(
        "A company sells blankets and bedsheets. Each blanket takes 14 minutes to cut and 12 minutes to hem. "
        "Each bedsheet takes 17 minutes to cut and 14 minutes to hem. There are 2000 minutes available for "
        "cutting and 1500 minutes available for hemming. A blanket earns $24 and a bedsheet $21. "
        "How many of each should be made to maximize profit?"
    )
    assert {"14*blankets + 17*bedsheets <= 2000", "12*blankets + 14*bedsheets <= 1500"} <= got


def test_capacity_rate_and_a_number_said_of_both() -> None:
    got = _exprs(
        "A factory makes cocoa beans and coffee beans and has a production capacity of 15 tons per day. Each "
        "ton of coffee beans and cocoa beans requires 15 hours of roasting each. The roasting machine is "
        "available for at most 1000 hours. Profit per ton of cocoa beans is $500 and profit per ton of coffee "
        "beans is $750. How many tons of each should be made to maximize profit?"
    )
    assert {"cocoa_beans + coffee_beans <= 15", "15*cocoa_beans + 15*coffee_beans <= 1000"} <= got
