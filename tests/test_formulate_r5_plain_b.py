"""Round 5, plain short problems (capacities with no limit word, units to convert, demands in the
unit of a capacity verb), on sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

from offline_helpers import constraint_rows as _rows
from offline_helpers import solved_objective as _solve

from optform.offline.measure import matches


def test_a_stock_said_after_the_per_unit_amounts_is_an_upper_limit() -> None:
    text = (
        "A potter throws mugs and jugs. A mug needs 400 grams of clay and a jug needs 900 grams, "
        "and 30 kilograms of clay are on the shelf. A mug sells for a profit of $9 and a jug for a "
        "profit of $22. The potter has orders for at least 10 mugs. How many mugs and jugs should "
        "the potter make to maximize profit?"
    )
    rows = _rows(text)
    assert "0.4*mugs+0.9*jugs<=30" in rows, rows
    assert matches(_solve(text), 724.0)


def test_a_machine_that_runs_hours_a_day_limits_minutes_per_item() -> None:
    text = (
        "A press stamps brackets and hinges. Stamping a box of brackets takes 3 minutes and "
        "stamping a box of hinges takes 5 minutes; the press runs 12 hours a day. A box of "
        "brackets earns $8 and a box of hinges earns $15. At most 100 boxes of hinges can be sold "
        "each day. How many boxes of each should be stamped daily to maximize earnings?"
    )
    rows = _rows(text)
    assert any(r.startswith("0.05*brackets+0.08333") and r.endswith("<=12") for r in rows), rows
    assert matches(_solve(text), 2085.0)


def test_two_materials_per_item_are_no_stock() -> None:
    text = (
        "A dairy makes two cheeses, Mild and Sharp. A wheel of Mild uses 60 litres of cow milk and "
        "20 litres of goat milk, and a wheel of Sharp uses 30 litres of cow milk and 50 litres of "
        "goat milk. The dairy has 1,800 litres of cow milk and 1,500 litres of goat milk. A wheel "
        "of Mild earns $70 and a wheel of Sharp earns $85. How many wheels of each should be made "
        "to maximize earnings?"
    )
    rows = _rows(text)
    assert not any(r.endswith("<=50") or r.endswith("<=30") for r in rows), rows
    assert matches(_solve(text), 3200.0)


def test_each_minutes_figure_keeps_its_own_value_after_conversion() -> None:
    # 'after a booking' names the generic thing; the 20 minutes are the sedan's, the 35 the van's
    text = (
        "A car wash washes sedans and vans. Washing a sedan after a booking takes 20 minutes and "
        "washing a van takes 35 minutes; the crew has 14 hours of washing time per day. Each sedan "
        "booking earns $18 and each van booking earns $30. The lot has room for at most 40 "
        "bookings a day. How many bookings of each should be taken to earn the most?"
    )
    rows = _rows(text)
    assert any("0.58333" in r and "0.33333" in r and r.endswith("<=14") for r in rows), rows
    assert matches(_solve(text), 750.0)


def test_tourists_are_carried_by_buses_that_hold_people() -> None:
    text = (
        "A museum must bring at least 300 tourists from the station to its gates. It can send "
        "trams that hold 60 people or carts that hold 12 people. A tram trip costs $40 and a cart "
        "trip costs $9. At most 4 tram trips can run. How many trips of each should run to "
        "minimize the cost?"
    )
    rows = _rows(text)
    assert "60*trams+12*carts>=300" in rows, rows
    assert matches(_solve(text), 205.0)


def test_students_to_take_with_no_limit_word_are_a_demand_on_the_seats() -> None:
    text = (
        "A college is sending 180 students to a science fair. It can hire coaches that seat 40 "
        "students and minivans that seat 7 students. A coach costs $300 for the day and a minivan "
        "costs $60. Only 3 coaches can be hired. How many of each should the college hire to take "
        "all the students at minimum cost?"
    )
    rows = _rows(text)
    assert "40*coaches+7*minivans>=180" in rows, rows
    assert matches(_solve(text), 1440.0)


def test_an_amount_the_firm_has_to_pack_at_lowest_cost_is_at_least() -> None:
    text = (
        "A mill packs flour in large sacks and small sacks. A large sack holds 25 kg of flour and "
        "a small sack holds 10 kg. The mill has 1,000 kg of flour to pack. A large sack costs "
        "$1.40 and a small sack costs $0.50. Only 30 large sacks are in stock. How many sacks of "
        "each size should be used to pack all the flour at the lowest cost?"
    )
    rows = _rows(text)
    assert "25*large_sacks+10*small_sacks>=1000" in rows, rows
    assert matches(_solve(text), 50.0)


def test_an_amount_to_pack_when_maximizing_stays_an_upper_limit() -> None:
    text = (
        "A mill packs flour in large sacks and small sacks. A large sack holds 25 kg of flour and "
        "a small sack holds 10 kg. The mill has 1,000 kg of flour to pack. A large sack earns "
        "$6 and a small sack earns $2.80. Only 30 large sacks are in stock. How many sacks of "
        "each size should be filled to maximize earnings?"
    )
    rows = _rows(text)
    assert "25*large_sacks+10*small_sacks<=1000" in rows, rows
    assert matches(_solve(text), 100 * 2.8)  # small sacks earn more per kg: 100 of them


def test_a_place_with_seats_bounds_the_tickets_sold() -> None:
    text = (
        "A stadium with 12,000 seats sells home-side tickets and away-side tickets for a cup "
        "match. A home-side ticket earns $25 and an away-side ticket earns $40. At least 9,000 "
        "seats must go to home-side tickets. The league allows no more than 2,500 away-side "
        "tickets. How many tickets of each kind should be sold to maximize revenue?"
    )
    rows = _rows(text)
    assert "home_side_tickets+away_side_tickets<=12000" in rows, rows
    assert not any("12000*" in r for r in rows), rows
    assert matches(_solve(text), 25 * 9500 + 40 * 2500.0)


def test_made_with_a_count_is_a_recipe_not_a_capacity() -> None:
    text = (
        "A cafe sells two platters. A small platter is made with 3 scones and earns $7; a large "
        "platter is made with 5 scones and earns $10. The cafe has 90 scones. At most 12 large "
        "platters can be sold. How many platters of each kind should be made to earn the most?"
    )
    rows = _rows(text)
    assert "3*small_platter+5*large_platter<=90" in rows, rows
    assert matches(_solve(text), 210.0)


def test_tonnes_per_load_against_a_count_of_loads_is_a_rate_not_a_use() -> None:
    text = (
        "A quarry hauls gravel with big lorries and small lorries. A big lorry carries 18 tonnes "
        "per load and a small lorry carries 6 tonnes per load. A road project needs at least 200 "
        "tonnes of gravel delivered. A big lorry load costs $250 and a small lorry load costs "
        "$100. The quarry has crews for at most 14 loads in total. How many loads of each lorry "
        "should be scheduled to minimize cost?"
    )
    rows = _rows(text)
    assert "big_lorries+small_lorries<=14" in rows, rows
    assert "18*big_lorries+6*small_lorries>=200" in rows, rows
    assert matches(_solve(text), 2850.0)


def test_litres_to_pack_against_jars_holding_ml_with_an_at_most_elsewhere() -> None:
    # 'At most 80 tall jars' says nothing of the goal: the goal is the lowest cost
    text = (
        "A cannery fills tall jars and short jars with jam. A tall jar holds 400 ml and a short "
        "jar holds 200 ml. The cannery has 50 litres of jam to pack. A tall jar costs $0.70 and a "
        "short jar costs $0.40. At most 80 tall jars are on hand. How many jars of each size "
        "should be used to pack all the jam at the lowest cost?"
    )
    rows = _rows(text)
    assert "0.4*tall_jars+0.2*short_jars>=50" in rows, rows
    assert matches(_solve(text), 92.0)
