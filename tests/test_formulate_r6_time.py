"""Round 6, production limited by time (minutes per item against hours available, several
resources per week or day), on sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows
from offline_helpers import solved_objective as _solve

from optform.offline import formulate_offline
from optform.offline.measure import matches


# a limit in '<noun> hours' ('120 technician hours', '60 press hours', '90 stylist-hours') is in
# hours, so per-item minutes are converted against it
@pytest.mark.parametrize(
    ("text", "row", "answer"),
    [
        (
            "A repair shop fixes laptops and phones. Repairing a laptop needs 2 hours of technician "
            "time and repairing a phone needs 45 minutes. The shop has 120 technician hours per "
            "week. Each laptop repair makes $60 and each phone repair makes $25. How many laptops "
            "and phones should the shop repair each week to maximize its earnings?",
            "2*laptops+0.75*phones<=120",
            4000.0,
        ),
        (
            "A print shop prints flyers and posters. A box of flyers takes 2 hours of press time "
            "and a box of posters takes 40 minutes. The shop has 60 press hours per week. A box of "
            "flyers earns $30 and a box of posters earns $14. How many boxes of each should be "
            "printed to maximize earnings?",
            "2*flyers+0.666666666667*posters<=60",
            1260.0,
        ),
        (
            "A garage services cars and vans. Servicing a car needs 75 minutes of mechanic time and "
            "servicing a van needs 2 hours. The garage has 100 mechanic hours each week. A car "
            "service brings $90 and a van service $150. How many cars and vans should be serviced "
            "each week to maximize revenue?",
            "1.25*cars+2*vans<=100",
            7500.0,
        ),
        (
            "A repair shop fixes laptops and phones. Repairing a laptop needs 90 minutes of "
            "technician time and repairing a phone needs 45 minutes. The shop has 120 labor-hours "
            "per week. Each laptop repair makes $60 and each phone repair makes $25. How many "
            "laptops and phones should the shop repair each week to maximize its earnings?",
            "1.5*laptops+0.75*phones<=120",
            4800.0,
        ),
    ],
)
def test_a_limit_in_noun_hours_converts_minutes(text: str, row: str, answer: float) -> None:
    rows = _rows(text)
    assert row in rows, rows
    assert matches(_solve(text), answer)


# 'testing uses up 30 minutes per bike and 20 minutes per scooter; the tester works 40 hours':
# the scooter's 20 minutes (said in the sentence that names testing, in the same unit) are its
# testing time, not its assembly hours from another sentence
@pytest.mark.parametrize(
    ("text", "rows_wanted"),
    [
        (
            "A workshop assembles bikes and scooters. Assembling a bike takes 3 hours and "
            "assembling a scooter takes 1.5 hours, and there are 120 hours of assembly labor per "
            "week. Testing uses up 30 minutes per bike and 20 minutes per scooter; the tester works "
            "40 hours per week. The profit is $80 per bike and $35 per scooter. How many bikes and "
            "scooters should be built each week to maximize profit?",
            ["3*bikes+1.5*scooters<=120", "0.5*bikes+0.333333333333*scooters<=40"],
        ),
        (
            "A kitchen makes pies and cakes. Baking a pie takes 1 hour and baking a cake takes 2 "
            "hours, and the oven is available 40 hours a week. Decorating spends 15 minutes per pie "
            "and 45 minutes per cake; the decorator works 15 hours a week. A pie earns $12 and a "
            "cake $30. How many pies and cakes should be made to maximize profit?",
            ["pies+2*cakes<=40", "0.25*pies+0.75*cakes<=15"],
        ),
        (
            "A studio frames prints and mirrors. Cutting a frame for a print takes 1 hour and for a "
            "mirror 2 hours, with 50 hours of cutting per week. Polishing needs 12 minutes per "
            "print and 30 minutes per mirror; the polisher works 10 hours a week. A print earns "
            "$20 and a mirror $45. How many prints and mirrors should be framed to maximize profit?",
            ["0.2*prints+0.5*mirrors<=10"],
        ),
    ],
)
def test_the_second_item_of_a_parallel_time_sentence_is_taken_there(
    text: str, rows_wanted: list[str]
) -> None:
    rows = _rows(text)
    for r in rows_wanted:
        assert r in rows, rows


# 'each week there are 40 hours of cutting, 66 hours of welding and 50 hours of painting': 'each'
# names the period, and a list of limits gives one limit per resource (not 40 for all three)
@pytest.mark.parametrize(
    "lead", ["Each week there are", "Every week there are", "Each week, the shop has"]
)
def test_each_week_with_a_list_of_limits_is_one_limit_per_resource(lead: str) -> None:
    text = (
        "A metal shop makes gates and railings. Each gate requires 2 hours of cutting, 3 hours of "
        "welding and 1 hour of painting, and each railing requires 1 hour of cutting, 2 hours of "
        f"welding and 2 hours of painting. {lead} 40 hours of cutting, 66 hours of welding and 50 "
        "hours of painting available. A gate brings in $120 of profit and a railing $90. How many "
        "gates and railings should the shop make per week to maximize profit?"
    )
    rows = _rows(text)
    assert sorted(rows) == sorted(
        ["2*gates+railings<=40", "3*gates+2*railings<=66", "gates+2*railings<=50"]
    ), rows
    assert matches(_solve(text), 2850.0)


def test_each_machine_still_shares_one_limit() -> None:
    text = (
        "A mill packs flour and sugar. A bag of flour needs 3 minutes on the filling machine and 2 "
        "minutes on the sealing machine, and a bag of sugar needs 4 minutes on the filling machine "
        "and 1 minute on the sealing machine. Each machine is available for at most 600 minutes a "
        "day. A bag of flour earns $2 and a bag of sugar $3. How many bags of each should be packed "
        "to maximize earnings?"
    )
    rows = _rows(text)
    assert "2*flour+sugar<=600" in rows and "3*flour+4*sugar<=600" in rows, rows


# a machine or station that 'runs', 'operates' or 'is staffed' N hours a period is a limit on the
# time the items take there, like one that 'is available' or 'works'
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "A pottery makes vases and bowls. A vase takes 50 minutes in the kiln and a bowl 30 "
            "minutes. The kiln runs 10 hours a day. Vases sell for a profit of $25 each and bowls "
            "for $14 each. How many vases and bowls should it make per day to earn the most profit?",
            "0.833333333333*vases+0.5*bowls<=10",
        ),
        (
            "A bottling plant fills juice and lemonade. The filling line operates 16 hours per "
            "day. Filling a crate of juice occupies the line for 12 minutes and a crate of lemonade "
            "for 8 minutes. A crate of juice earns $9 and a crate of lemonade $5. How many crates "
            "of each should be filled daily to maximize earnings?",
            "0.2*juice+0.133333333333*lemonade<=16",
        ),
        (
            "A bakery glazes donuts and eclairs. The glazing station is staffed 6 hours a day; "
            "glazing a tray of donuts takes 20 minutes and glazing a tray of eclairs takes 15 "
            "minutes. A tray of donuts earns $18 and a tray of eclairs $12. How many trays of each "
            "should be glazed each day to maximize earnings?",
            "0.333333333333*donuts+0.25*eclairs<=6",
        ),
    ],
)
def test_a_station_that_runs_or_is_staffed_hours_is_a_limit(text: str, row: str) -> None:
    rows = _rows(text)
    assert row in rows, rows


def test_a_batch_that_runs_hours_stays_a_per_unit_time() -> None:
    text = (
        "A plant makes two products, A and B. Each batch of A runs for 3 hours on the mixer and "
        "each batch of B runs for 2 hours. The mixer is available 60 hours a week. A batch of A "
        "earns $500 and a batch of B $300. How many batches of each should be made to maximize "
        "earnings?"
    )
    assert _rows(text) == ["3*A+2*B<=60"]


# 'they have 14 hours a day' after 'technicians need ...': the limit is the sentence subject's time
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "An environmental lab runs soil tests, water tests and air tests. A soil test occupies "
            "the spectrometer for 40 minutes, a water test for 25 minutes and an air test for 30 "
            "minutes, and the spectrometer is available 16 hours a day. Technicians need 20 "
            "minutes per soil test, 30 minutes per water test and 15 minutes per air test, and they "
            "have 14 hours a day. The lab charges $90 per soil test, $70 per water test and $60 per air test. How "
            "many tests of each kind should the lab run per day to maximize its revenue?",
            "0.333333333333*soil_tests+0.5*water_tests+0.25*air_tests<=14",
        ),
        (
            "A shop makes tables and benches. A table needs 2 hours on the saw and a bench 1 hour, "
            "and the saw is free 40 hours a week. Painters need 30 minutes per table and 45 "
            "minutes per bench, and they have 20 hours a week. A table earns $90 and a bench $50. "
            "How many tables and benches maximize profit?",
            "0.5*tables+0.75*benches<=20",
        ),
        (
            "A shop makes tables and benches. A table needs 2 hours on the saw and a bench 1 hour, "
            "and the saw is free 40 hours a week. The carpenters spend 3 hours on a table and 2 "
            "hours on a bench, and they have 70 hours a week. A table earns $90 and a bench $50. "
            "How many tables and benches maximize profit?",
            "3*tables+2*benches<=70",
        ),
    ],
)
def test_they_have_hours_is_the_time_of_the_sentence_subject(text: str, row: str) -> None:
    rows = _rows(text)
    assert row in rows, rows


# 'spend N hours on a table' is per-unit data (only 'spend N on advertising' is a budget)
@pytest.mark.parametrize(
    "sentence",
    [
        "The carpenters spend 3 hours on each table and 2 hours on each bench.",
        "Carpenters spend 3 hours per table and 2 hours per bench.",
        "The crew spends 3 hours on a table and 2 hours on a bench.",
    ],
)
def test_spending_hours_on_an_item_is_no_budget(sentence: str) -> None:
    text = (
        f"A shop makes tables and benches. {sentence} There are 70 hours of carpentry a week. A "
        "table earns $90 and a bench $50. How many tables and benches maximize profit?"
    )
    rows = _rows(text)
    assert rows == ["3*tables+2*benches<=70"], rows


def test_spending_money_on_a_kind_is_still_a_budget() -> None:
    text = (
        "A firm sells ads online and on radio. It can spend at most $5000 on advertising. Each "
        "online ad costs $100 and reaches 500 people; each radio ad costs $400 and reaches 3000 "
        "people. How many ads of each kind maximize the people reached?"
    )
    assert "100*online_ad+400*radio_ad<=5000" in _rows(text)


# a limit word in a relative clause on a thing that is no decision ('in a kiln that runs 10 hours a
# day') makes a limit, not a per-unit number of the decision named just before
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "A pottery fires vases and bowls in a kiln that runs 10 hours a day. A vase spends 50 "
            "minutes in the kiln and a bowl 30 minutes. Vases sell for a profit of $25 each and "
            "bowls for $14 each. How many vases and bowls should it make per day to earn the most "
            "profit?",
            "0.833333333333*vases+0.5*bowls<=10",
        ),
        (
            "A pottery fires vases and bowls in a kiln that is available 10 hours a day. A vase "
            "spends 50 minutes in the kiln and a bowl 30 minutes. Vases sell for a profit of $25 "
            "each and bowls for $14 each. How many vases and bowls should it make per day to earn "
            "the most profit?",
            "0.833333333333*vases+0.5*bowls<=10",
        ),
        (
            "A workshop turns chair legs and table legs on a lathe, which is available 40 hours a "
            "week. A chair leg takes 10 minutes on the lathe and a table leg 25 minutes. A chair "
            "leg earns $4 and a table leg $9. How many of each should be turned to maximize "
            "earnings?",
            "0.166666666667*chair_legs+0.416666666667*table_legs<=40",
        ),
    ],
)
def test_a_limit_in_a_relative_clause_on_a_machine(text: str, row: str) -> None:
    rows = _rows(text)
    assert row in rows, rows


def test_a_relative_clause_on_a_decision_still_gives_its_number() -> None:
    text = (
        "A fund invests in a money market fund, which yields a 2% return, and in bonds, which "
        "yield 5%. It has $10000 to invest. How much should go in each to maximize the return?"
    )
    f = formulate_offline(text)
    assert f.objective is not None
    assert f.objective.expression.replace(" ", "") == "0.02*money_market_fund+0.05*bonds"


# ', with 100 hours of assembly time a week' after the per-unit hours of every decision: the limit
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "A factory makes desks and shelves. Assembling takes 2 hours per desk and 1 hour per "
            "shelf, with 100 hours of assembly time a week. A desk earns $70 and a shelf $30. How "
            "many desks and shelves should be made to maximize profit?",
            "2*desks+shelves<=100",
        ),
        (
            "A farm grows wheat and corn. Planting takes 2 hours per acre of wheat and 3 hours per "
            "acre of corn, with 300 hours of labor each month. Wheat earns $100 per acre and corn "
            "$150. How many acres of each should be planted to maximize profit?",
            "2*wheat+3*corn<=300",
        ),
        (
            "A studio makes mugs and plates. Glazing takes 6 minutes per mug and 4 minutes per "
            "plate, with 480 minutes of glazing a day. A mug earns $5 and a plate $3. How many "
            "mugs and plates should be made to maximize profit?",
            "6*mugs+4*plates<=480",
        ),
    ],
)
def test_with_hours_after_per_unit_hours_is_a_limit(text: str, row: str) -> None:
    rows = _rows(text)
    assert row in rows, rows


# 'inspection', 'inspector' and 'inspecting' name one activity
@pytest.mark.parametrize(
    "sentence",
    [
        "Inspection takes 30 minutes per pump and 10 minutes per valve; the inspector works 12 "
        "hours a week.",
        "Inspecting a pump takes 30 minutes and inspecting a valve 10 minutes, and there are 12 "
        "hours of inspection time a week.",
        "The inspectors need 30 minutes per pump and 10 minutes per valve, and the inspection "
        "team is available 12 hours a week.",
    ],
)
def test_inspection_inspector_inspecting_match(sentence: str) -> None:
    text = (
        "A plant makes pumps and valves. Machining a pump takes 2 hours and machining a valve "
        f"takes 1 hour, and the machines are available 80 hours a week. {sentence} A pump earns "
        "$50 and a valve $20. How many pumps and valves should be made to maximize profit?"
    )
    rows = _rows(text)
    assert "0.5*pumps+0.166666666667*valves<=12" in rows, rows
    assert "2*pumps+valves<=80" in rows, rows
