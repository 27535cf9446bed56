"""Round 7b (tuner k), NL4Opt-style text: mechanisms found on labelled NL4Opt training texts,
tested on sentences written for these tests (not from any benchmark). Each mechanism is tested
with several wordings of the same idea."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows
from offline_helpers import solved_objective as _solve

from optform.offline.measure import matches

# --- a requirement list: 'a minimum of 2 kg of X and 1 kg of Y' (both minimums) -----------------

_DIET = (
    "A keeper feeds the zoo's tortoises lettuce and kale. Lettuce costs $3 per kilogram and kale "
    "costs $5 per kilogram. Each kilogram of lettuce contains 0.2 kilograms of fibre, 0.1 "
    "kilograms of sugar and 0.05 kilograms of calcium. Each kilogram of kale contains 0.4 "
    "kilograms of fibre, 0.05 kilograms of sugar and 0.15 kilograms of calcium. {need} The "
    "tortoises can have at most 0.8 kilograms of sugar per day. How much of each should be fed "
    "to keep the cost lowest?"
)


@pytest.mark.parametrize(
    "need",
    [
        "Each tortoise requires a minimum of 2 kilograms of fibre and 1.2 kilograms of calcium "
        "per day.",
        "Each tortoise requires at least 2 kilograms of fibre and 1.2 kilograms of calcium per day.",
        "The tortoises each require a minimum of 2 kilograms of fibre and 1.2 kilograms of "
        "calcium per day.",
        "Each tortoise requires a minimum of 2 kilograms of fibre, and 1.2 kilograms of calcium, "
        "per day.",
        "Per day, each tortoise requires a minimum of 2 kilograms of fibre and 1.2 kilograms of "
        "calcium.",
    ],
)
def test_second_number_of_a_requirement_list_is_a_minimum_too(need: str) -> None:
    rows = _rows(_DIET.format(need=need))
    assert "0.2*lettuce+0.4*kale>=2" in rows, rows
    assert "0.05*lettuce+0.15*kale>=1.2" in rows, rows
    assert not any(r.endswith("<=1.2") for r in rows), rows


# --- a count of machines times the time each one gives ('3 lathes ... each machine 8 hours') ----

_SHOP = (
    "A workshop makes chairs and stools. {has} {each} A chair needs 2 hours on a lathe and 1 "
    "hour on a sander. A stool needs 1 hour on a lathe and 3 hours on a sander. The profit per "
    "chair is $40 and per stool is $30. How many of each should be made to maximize profit?"
)


@pytest.mark.parametrize(
    ("has", "each"),
    [
        ("The workshop has 3 lathes and 2 sanders.", "Each machine can be used for 8 hours a day."),
        (
            "The workshop owns 3 lathes and 2 sanders.",
            "Each machine can be used for 8 hours a day, divided in any way between the products.",
        ),
        ("The workshop has 3 lathes and 2 sanders.", "Each machine can work 8 hours per day."),
        (
            "The owner has 3 lathes and 2 sanders.",
            "Each piece of equipment can be used for 8 hours a day.",
        ),
        (
            "The workshop has 3 lathes and 2 sanders.",
            "Every single machine can be run for 8 hours daily.",
        ),
    ],
)
def test_count_of_machines_times_the_hours_of_each(has: str, each: str) -> None:
    text = _SHOP.format(has=has, each=each)
    rows = _rows(text)
    assert "2*chairs+stools<=24" in rows and "chairs+3*stools<=16" in rows, rows
    # 12 chairs use all 24 lathe hours (480); 11 chairs and 1 stool make only 470
    assert matches(_solve(text), 480.0)


def test_count_of_machines_times_the_minutes_of_each() -> None:
    text = _SHOP.format(
        has="The workshop has 3 lathes and 2 sanders.",
        each="Each of these machines can operate 480 minutes a day.",
    )
    assert matches(_solve(text), 480.0)


# --- a limit said of each one of a counted group ('20 goats ... each goat requires') -----------

_HERD = (
    "A rancher {has} oats and barley. Oats cost $2 per kilogram while barley costs $3 per "
    "kilogram. Each kilogram of oats contains 0.3 kilograms of protein and 0.1 kilograms of fat. "
    "Each kilogram of barley contains 0.6 kilograms of protein and 0.2 kilograms of fat. {each} "
    "How should he feed the animals to minimize cost?"
)


@pytest.mark.parametrize(
    ("has", "each"),
    [
        (
            "has 20 goats and feeds them",
            "Each goat requires a minimum of 1.5 kilograms of protein per day, but each goat can "
            "have at most 0.5 kilograms of fat per day.",
        ),
        (
            "keeps 20 goats and feeds them",
            "Every goat needs at least 1.5 kilograms of protein a day. Each goat can have at most "
            "0.5 kilograms of fat a day.",
        ),
        (
            "owns a herd of 20 goats, which he feeds",
            "Each goat must get at least 1.5 kilograms of protein daily and no more than 0.5 "
            "kilograms of fat daily.",
        ),
        (
            "has 20 goats that eat",
            "Each goat requires a minimum of 1.5 kilograms of protein and at most 0.5 kilograms "
            "of fat per day.",
        ),
    ],
)
def test_limit_of_each_of_a_counted_group_holds_for_the_group(has: str, each: str) -> None:
    text = _HERD.format(has=has, each=each)
    rows = _rows(text)
    assert "0.3*oats+0.6*barley>=30" in rows and "0.1*oats+0.2*barley<=10" in rows, rows
    assert "oats+barley<=20" not in rows, rows
    # 50 kg of barley: 30 kg of protein and 10 kg of fat
    assert matches(_solve(text), 150.0)
