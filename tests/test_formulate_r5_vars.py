"""Offline formulator, round 5: decision-variable discovery in text written by other people.

Each test is one family of how decisions are introduced, in sentences written for this file
(none is copied from a benchmark). Solved models are checked with HiGHS against optima worked
out by hand.
"""

from __future__ import annotations

import pytest

from optform.offline import formulate_offline


def _names(text: str) -> list[str]:
    return [v.name for v in formulate_offline(text).variables]


def _solve(text: str) -> float:
    f = formulate_offline(text)
    res = f.solve("highs")
    assert res.objective is not None, (f.to_yaml(), res.status)
    return float(res.objective)


# ---------------------------------------------------------------- lists


def test_category_word_before_an_apposed_list_is_not_an_item() -> None:
    text = (
        "A florist can put together a spring bouquet with 6 tulips and 2 ferns; this bouquet "
        "earns 9 euros. She can also put together a summer bouquet with 4 tulips, 3 ferns and 5 "
        "daisies, earning 11 euros. She has 60 tulips, 30 ferns and 25 daisies. How many of each "
        "bouquet, spring bouquets and summer bouquets, should she put together to earn the most?"
    )
    assert _names(text) == ["spring_bouquets", "summer_bouquets"]


def test_this_thing_refers_to_the_one_just_named() -> None:
    text = (
        "A florist can put together a spring bouquet with 6 tulips and 2 ferns and this bouquet "
        "earns 9 euros. She can also put together a summer bouquet with 4 tulips and 3 ferns, "
        "earning 11 euros. She has 60 tulips and 30 ferns. How many of each bouquet, spring "
        "bouquets and summer bouquets, should she put together to earn the most?"
    )
    f = formulate_offline(text)
    assert f.objective is not None
    assert f.objective.expression == "9*spring_bouquets + 11*summer_bouquets"


def test_repeated_ing_noun_closes_the_last_item() -> None:
    text = (
        "A charity splits its outreach budget across three channels: street canvassing, phone "
        "canvassing, and door canvassing. Each hour of street canvassing costs $20, each hour of "
        "phone canvassing costs $12 and each hour of door canvassing costs $30. At least 50 hours "
        "of outreach are needed in total. Minimize the cost."
    )
    assert _names(text) == ["street_canvassing", "phone_canvassing", "door_canvassing"]


def test_modal_ends_an_item() -> None:
    text = (
        "A workshop must balance its hours of sanding and gluing costs. Each hour of sanding "
        "earns $7 and each hour of gluing earns $9. The difference between sanding and gluing "
        "cannot exceed 10 hours. The sum of sanding and gluing cannot exceed 40 hours. Maximize "
        "earnings."
    )
    assert _names(text) == ["sanding", "gluing"]
    assert _solve(text) == pytest.approx(360)


def test_multiplier_words_are_not_items() -> None:
    text = (
        "A club raises funds for a trip. Each unit of effort on raffle tickets raises $40 and "
        "each unit of effort on car washes raises $25. The difference between the effort on "
        "raffle tickets and half of that on car washes cannot exceed 20 units. The total effort "
        "cannot exceed 50 units. Maximize the funds raised."
    )
    assert _names(text) == ["raffle_tickets", "car_washes"]
    # r - c/2 <= 20 and r + c <= 50: r = 30, c = 20
    assert _solve(text) == pytest.approx(1700)


def test_spending_kinds_are_decisions_when_a_budget_is_allocated() -> None:
    text = (
        "A theatre must allocate its budget among actor fees, stage rent, and costume costs. "
        "Actor fees must be at least $3,000, stage rent at least $1,000 and costume costs at "
        "least $500. Each dollar of actor fees weighs 1.2 points, each dollar of stage rent 1 "
        "point and each dollar of costume costs 0.5 points. Minimize the total points."
    )
    names = _names(text)
    assert names == ["actor_fees", "stage_rent", "costume_costs"]
    assert _solve(text) == pytest.approx(3000 * 1.2 + 1000 + 250)


def test_verb_before_a_comma_list_is_cut() -> None:
    text = (
        "The resources include labor, timber, and paint. The cost is 5 dollars per hour of "
        "labor, 3 dollars per plank of timber and 2 dollars per litre of paint. Minimize the "
        "total cost."
    )
    assert _names(text) == ["labor", "timber", "paint"]


# ---------------------------------------------------------------- plants run for a time


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Running the upper mill for an hour costs $300 and yields 12 sacks of flour and 4 "
            "sacks of bran.",
            "Running the lower mill for an hour costs $200 and yields 6 sacks of flour and 5 "
            "sacks of bran.",
        ),
        (
            "The upper mill costs $300 to operate per hour and yields 12 sacks of flour and 4 "
            "sacks of bran.",
            "The lower mill costs $200 to operate per hour and yields 6 sacks of flour and 5 "
            "sacks of bran.",
        ),
    ],
)
def test_plants_run_for_hours_are_the_decisions(first: str, second: str) -> None:
    text = (
        "A cooperative grinds flour and bran in two mills. "
        + first
        + " "
        + second
        + " At least 60 sacks of flour and 30 sacks of bran are needed this week. How long "
        "should each mill run to meet the need at the lowest cost?"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["upper_mill_hours", "lower_mill_hours"]
    assert all(v.type.value == "continuous" for v in f.variables)
    # 12u + 6l >= 60, 4u + 5l >= 30: u = 10/3, l = 10/3 costs 500*10/3
    assert _solve(text) == pytest.approx(5000 / 3)


def test_the_things_run_are_the_listed_things() -> None:
    text = (
        "There are two ways to warm a greenhouse: a wood stove that costs $6 per hour to run "
        "and gives 20 units of heat per hour, and a heat lamp that costs $4 per hour to run and "
        "gives 10 units of heat per hour. At least 200 units of heat are needed. Minimize the "
        "cost."
    )
    assert _names(text) == ["wood_stove", "heat_lamp"]


def test_items_described_far_from_their_name_form_a_list() -> None:
    text = (
        "A greenhouse can be heated by a wood stove that costs $6 per hour to run and gives 20 "
        "units of heat per hour, or by a heat lamp that costs $4 per hour to run and gives 10 "
        "units of heat per hour. At least 200 units of heat are needed. Minimize the cost."
    )
    assert _names(text) == ["wood_stove", "heat_lamp"]
    assert _solve(text) == pytest.approx(60)


# ---------------------------------------------------------------- names introduced one by one


def test_things_introduced_by_ordinals() -> None:
    text = (
        "A potter makes two kinds of ware. The first kind, a fruit bowl, needs 30 minutes at the "
        "wheel and 10 minutes of glazing. The second kind is a tea cup and it needs 10 minutes "
        "at the wheel and 20 minutes of glazing. The wheel is free for 600 minutes and glazing "
        "for 500 minutes. Each fruit bowl earns $12 and each tea cup earns $7. How many of each "
        "kind should the potter make to earn the most?"
    )
    assert _names(text) == ["fruit_bowl", "tea_cup"]
    # 30b + 10c <= 600, 10b + 20c <= 500: b = 14, c = 18 earns 294 (the LP vertex is integral)
    assert _solve(text) == pytest.approx(294)


def test_ordinal_numbers_are_one_word() -> None:
    text = (
        "A lab builds 1st and 2nd stage rockets. A 1st stage rocket needs 5 kg of fuel while a "
        "2nd stage rocket needs 3 kg of fuel. There are 60 kg of fuel. A 1st stage rocket earns "
        "$40 and a 2nd stage rocket earns $30. How many of each should the lab build to earn the "
        "most?"
    )
    assert _names(text) == ["n1st_stage_rockets", "n2nd_stage_rockets"]
    assert _solve(text) == pytest.approx(600)


def test_hyphen_joining_a_category_to_the_first_item() -> None:
    text = (
        "A stable blends a feed from three grains-barley, rye, and millet. A pound of barley "
        "costs $0.40, a pound of rye $0.30 and a pound of millet $0.50. The feed must weigh at "
        "least 100 pounds, and at least 20 pounds of it must be millet. Minimize the cost."
    )
    assert _names(text) == ["barley", "rye", "millet"]
    assert _solve(text) == pytest.approx(80 * 0.30 + 20 * 0.50)


def test_numbered_labels_of_the_text_are_no_things() -> None:
    text = (
        "A kiosk sells scarves and gloves. A scarf earns $6 and a pair of gloves earns $4. At "
        "most 40 scarves can be stocked. (constraint 1) At most 70 items can be stocked in "
        "total. (constraint 2) Maximize the earnings."
    )
    assert _names(text) == ["scarves", "gloves"]


def test_departments_are_where_the_work_is_done() -> None:
    text = (
        "A workshop has two departments: cutting and sewing. It makes two kinds of bags: totes "
        "and satchels. A tote needs 1 hour in the cutting department and 2 hours in the sewing "
        "department; a satchel needs 2 hours in the cutting department and 2 hours in the "
        "sewing department. The cutting department has 40 hours and the sewing department 60 "
        "hours. A tote earns $10 and a satchel earns $16. Maximize the earnings."
    )
    assert _names(text) == ["totes", "satchels"]


def test_an_enumerated_list_names_the_decisions_even_when_not_named_again() -> None:
    text = (
        "A boatyard is considering building three kinds of boats: dinghies, sloops, and "
        "ketches. The work needed per boat is (20 hours, 60 hours, 90 hours) and the profit per "
        "boat is ($900, $2,500, $3,800). There are 1,800 hours of work. Maximize the profit."
    )
    assert _names(text) == ["dinghies", "sloops", "ketches"]


def test_a_list_given_data_respectively_is_what_is_decided() -> None:
    text = (
        "A craftsman produces three kinds of garden seats that sell well in spring: swing "
        "seats, folding seats, and rockers. The unit profits of these products are $30, $70, "
        "and $60, respectively. Each kind of seat requires sawing, sanding, and painting. He "
        "will not spend more than 40 hours a month on any one task (that is, sawing, sanding, "
        "and painting). Maximize the profit."
    )
    assert _names(text) == ["swing_seats", "folding_seats", "rockers"]


def test_kinds_named_by_type_and_number() -> None:
    text = (
        "A foundry casts valves of type 1 and type 2. A valve of type 1 needs 2 kg of bronze and "
        "a valve of type 2 needs 3 kg of bronze. There are 120 kg of bronze. Type 1 valves earn "
        "$8 each and type 2 valves earn $11 each. Maximize profit."
    )
    assert _names(text) == ["type_1", "type_2"]
    assert _solve(text) == pytest.approx(480)


def test_plants_listed_and_run_for_hours_keep_their_names_and_are_measured() -> None:
    text = (
        "A utility runs Station East and Station West. Running Station East for an hour costs "
        "$900 and generates 50 MWh; running Station West for an hour costs $600 and generates "
        "40 MWh. At least 1,100 MWh are needed and each station can run at most 20 hours. "
        "Minimize cost."
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["station_east", "station_west"]
    assert all(v.type.value == "continuous" for v in f.variables)
    # West is cheaper per MWh (15 vs 18): 20 h of West (800 MWh, $12,000), then 6 h of East
    assert _solve(text) == pytest.approx(12000 + 6 * 900)


def test_nouns_numbered_like_the_symbols_name_them() -> None:
    text = (
        "Let x1 denote the tonnes of gravel hauled from pit 1 and x2 the tonnes hauled from pit "
        "2. Gravel from pit 1 costs $12 per tonne and gravel from pit 2 costs $9 per tonne. At "
        "least 400 tonnes are needed, and pit 2 can supply at most 250 tonnes. Minimize the cost."
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["x1", "x2"]
    assert f.objective is not None
    assert f.objective.expression == "12*x1 + 9*x2"
    assert _solve(text) == pytest.approx(250 * 9 + 150 * 12)


def test_kinds_brought_in_one_at_a_time_by_the_same_verb() -> None:
    text = (
        "A club offers a junior membership for $20 a month. It also offers a senior membership "
        "for $45 a month. Holders of the junior membership use 2 hours of court time a month and "
        "holders of the senior one 5 hours; there are 1,000 hours of court time. Maximize the "
        "revenue."
    )
    assert _names(text) == ["junior_membership", "senior_membership"]
    assert _solve(text) == pytest.approx(10000)


def test_money_split_among_options_makes_money_decisions() -> None:
    text = (
        "A foundation splits $60,000 among three charities: Harbor, Meadow and Summit. Harbor "
        "helps 2 people per $100, Meadow 3 people per $100 and Summit 5 people per $100. No more "
        "than $20,000 may go to Summit, and at least $10,000 must go to Harbor. How much should "
        "each charity get to help the most people?"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["harbor", "meadow", "summit"]
    assert any(
        (c.expression or "").replace(" ", "")
        in ("harbor+meadow+summit==60000", "harbor+meadow+summit<=60000")
        for c in f.constraints
    ), [c.expression for c in f.constraints]


def test_the_same_noun_and_preposition_before_every_item() -> None:
    text = (
        "A band promotes its tour with posters in cafes, posters in libraries, and posters in "
        "gyms. A poster in a cafe costs $4 and is seen by 300 people; a poster in a library costs "
        "$3 and is seen by 150 people; a poster in a gym costs $5 and is seen by 400 people. The "
        "budget is $600 and at most 50 posters can go in cafes. Maximize the number of people "
        "reached."
    )
    assert _names(text) == ["cafes", "libraries", "gyms"]


def test_measures_said_of_things_are_not_things() -> None:
    text = (
        "A brand buys radio spots and podcast spots. The price of a spot as well as the expected "
        "exposure are as follows. A radio spot costs $200 and reaches 3,000 listeners; a podcast "
        "spot costs $350 and reaches 6,000 listeners. The budget is $7,000. Maximize the "
        "listeners reached."
    )
    assert _names(text) == ["radio_spots", "podcast_spots"]


def test_things_of_the_first_and_second_type() -> None:
    text = (
        "A mill makes two kinds of boards. A board of the first type needs 2 minutes of cutting "
        "and earns $5. A board of the second type needs 3 minutes of cutting and earns $9. There "
        "are 600 minutes of cutting. Maximize the earnings."
    )
    assert _names(text) == ["first_type", "second_type"]
    assert _solve(text) == pytest.approx(1800)


def test_two_subjects_contrasted_by_while() -> None:
    text = (
        "A theatre can seat up to 500 people. Balcony seats, which come with a program, are sold "
        "for a $40 profit each while stall tickets are sold for a $25 profit each. At least 100 "
        "seats are reserved for balcony guests, and at most 150 balcony seats exist. How many "
        "tickets of each type should be sold to maximize profit?"
    )
    assert _names(text) == ["balcony_seats", "stall_tickets"]


def test_a_longer_list_contains_the_best_one_up_to_units() -> None:
    text = (
        "A builder is planning to allocate resources for a shed. The resources include labor, "
        "timber, and paint. The cost is 5 units per labor hour, 3 units per unit of timber and 2 "
        "units per unit of paint. The combined total of four times the labor hours and the timber "
        "cannot exceed 1000 units. Twice the labor hours and three times the paint should be at "
        "least 500 units. Minimize the total cost."
    )
    assert _names(text) == ["labor", "timber", "paint"]
