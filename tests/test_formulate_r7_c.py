"""Round 7 (tuner c), NL4Opt-style wordings met in training texts 200..224, on sentences written
for these tests (not from any benchmark). Each test fails without the mechanism it names."""

from __future__ import annotations

import pytest
from offline_helpers import solved_objective


# ------------------------------------------------- a bare 'of each' bounds every decision alone
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A dairy makes yogurt and butter. It can make at most 12 tonnes of each per week. A tonne "
            "of yogurt needs 2 hours of pasteurizing and a tonne of butter needs 2 hours as well, "
            "and 30 hours of pasteurizing are available per week. The profit is $400 per tonne of yogurt and $300 per tonne of "
            "butter. How many tonnes of each should be made to maximize profit?",
            12 * 400 + 3 * 300,
        ),
        (
            "A mill grinds wheat flour and rye flour. At most 8 tons of each can be ground daily. "
            "Grinding a ton of wheat flour takes 1 hour and a ton of rye flour takes 2 hours, and "
            "the mill runs 20 hours a day. Wheat flour earns $90 per ton and rye flour earns $120 "
            "per ton. How much of each should be ground to maximize earnings?",
            8 * 90 + 6 * 120,
        ),
        (
            "A winery bottles red wine and white wine. It can bottle no more than 500 litres of "
            "each, and it has 700 litres of bottling capacity in all. Red wine yields $6 per litre "
            "and white wine $4 per litre. How many litres of each maximize revenue?",
            500 * 6 + 200 * 4,
        ),
    ],
)
def test_a_bare_of_each_bounds_every_decision(text: str, answer: float) -> None:
    # 'at most 12 tonnes of each per week': each decision at most 12, not their sum
    assert solved_objective(text) == pytest.approx(answer)


# ------------------------------------------------- 'X limits/restricts the number of Y to N'
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A charity places donation boxes in two stores: the east store and the west store. A "
            "box at the east store collects $40 a week and a box at the west store collects $55 a "
            "week. The west store limits the number of boxes from a single charity to 6. The "
            "charity can place at most 20 boxes in total. How many boxes should go to each store to maximize weekly donations?",
            6 * 55 + 14 * 40,
        ),
        (
            "A vendor runs taco trucks and coffee trucks. Each taco truck earns $300 a day and each "
            "coffee truck earns $200 a day. The city restricts the number of taco trucks to 4. The "
            "vendor can run at most 10 trucks in total. How many of each should the vendor run to "
            "maximize daily earnings?",
            4 * 300 + 6 * 200,
        ),
        (
            "A farm raises goats and sheep. The barn holds at most 30 animals. A goat earns $70 a "
            "year and a sheep earns $50 a year. A local rule limits the number of goats on a farm "
            "to 12. How many of each animal should the farm raise to maximize earnings?",
            12 * 70 + 18 * 50,
        ),
    ],
)
def test_limits_the_number_to_n_is_an_upper_bound(text: str, answer: float) -> None:
    # 'The west store limits the number of boxes to 6': west <= 6 (a verb, not a per-unit number)
    assert solved_objective(text) == pytest.approx(answer)


# ------------------------- 'N minutes to <verb> the <head>' after the thing named: that thing's
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A pizzeria makes pepperoni pizzas and veggie pizzas. A pepperoni pizza needs 4 minutes "
            "to prepare the toppings and 10 minutes to bake the pizza. A veggie pizza needs 6 "
            "minutes to prepare the toppings and 8 minutes to bake the pizza. The pizzeria has 240 "
            "minutes for preparing toppings and 400 minutes for baking each day. Each pepperoni "
            "pizza earns $5 and each veggie pizza earns $6. How many of each should be made to "
            "maximize profit?",
            255,
        ),
        (
            "A florist makes rose bouquets and tulip bouquets. A rose bouquet takes 10 minutes to "
            "cut the flowers and 5 minutes to wrap the bouquet. A tulip bouquet takes 6 minutes to "
            "cut the flowers and 7 minutes to wrap the bouquet. The florist has 300 minutes for "
            "cutting and 280 minutes for wrapping. The profit is $7 per rose bouquet and $5 per "
            "tulip bouquet. How many of each should the florist make to maximize profit?",
            234,
        ),
        (
            "A bike shop services road bikes and mountain bikes. Servicing a road bike requires 20 "
            "minutes to check the brakes and 30 minutes to tune the bike. Servicing a mountain "
            "bike requires 25 minutes to check the brakes and 50 minutes to tune the bike. There "
            "are 600 minutes for checking brakes and 1000 minutes for tuning. The shop earns $30 "
            "per road bike and $45 per mountain bike. How many of each should it service to "
            "maximize earnings?",
            960,
        ),
    ],
)
def test_the_head_after_a_to_verb_is_the_thing_the_sentence_names(text: str, answer: float) -> None:
    # '... 6 minutes to put together the sandwich' in a sentence about one sandwich: its number
    assert solved_objective(text) == pytest.approx(answer)
