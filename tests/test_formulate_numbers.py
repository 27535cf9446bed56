"""Numbers in running text: digits, words, currency, percentages, fractions, multipliers."""

from __future__ import annotations

from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optform.offline.numbers import find_numbers, parse_number, parse_number_words


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("costs $1,200 per unit", 1200.0, "money"),
        ("at least 30% of the items", 0.3, "percent"),
        ("thirty percent of the budget", 0.3, "percent"),
        ("a dozen eggs", 12.0, "num"),
        ("one hundred thousand dollars", 100000.0, "money"),
        ("forty-two units", 42.0, "num"),
        ("no more than a fifth of the budget", 0.2, "fraction"),
        ("half of the land", 0.5, "fraction"),
        ("two thirds of the staff", 2 / 3, "fraction"),
        ("1/3 of the trucks", 1 / 3, "fraction"),
        ("at least twice as many", 2.0, "times"),
        ("three times the number", 3.0, "times"),
        ("a budget of $3 million", 3_000_000.0, "money"),
        ("0.5 kg of flour", 0.5, "num"),
        ("2.5 times as much", 2.5, "times"),
    ],
)
def test_single_quantity(text: str, value: float, kind: str) -> None:
    ms = find_numbers(text)
    assert len(ms) == 1, ms
    assert ms[0].value == pytest.approx(value)
    assert ms[0].kind == kind
    assert text[ms[0].start : ms[0].end] == ms[0].text


@pytest.mark.parametrize("text", ["x1 and x2", "the 2nd shift", "the third machine", "per quarter"])
def test_not_quantities(text: str) -> None:
    assert find_numbers(text) == []


def test_word_phrases() -> None:
    assert parse_number_words("one hundred and five") == 105
    assert parse_number_words("two thousand three hundred") == 2300
    assert parse_number_words("a hundred") == 100
    assert parse_number_words("banana") is None
    assert parse_number("twelve") == 12
    assert parse_number("no number here") is None


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_thousands_separators_round_trip(n: int) -> None:
    text = f"a limit of {n:,} units"
    ms = find_numbers(text)
    assert [m.value for m in ms] == [float(n)]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.sampled_from(["%", " percent"]))
def test_percent_round_trip(n: int, suffix: str) -> None:
    ms = find_numbers(f"at most {n}{suffix} of them")
    assert len(ms) == 1 and ms[0].kind == "percent"
    assert ms[0].value == pytest.approx(n / 100)


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("a vase takes an hour and a half of kiln time", 1.5, "an"),
        ("each batch needs 2 hours and a half", 2.5, "2"),
        ("a tonne and a half of sand", 1.5, "a"),
        ("three litres and a quarter", 3.25, "three"),
    ],
)
def test_a_unit_and_a_half_is_one_amount_with_the_unit_after_the_number(
    text: str, value: float, span: str
) -> None:
    ms = find_numbers(text)
    assert [(m.value, m.text) for m in ms] == [(cast(Any, pytest.approx(value)), span)]


@pytest.mark.parametrize(
    "text",
    ["40 acres and a quarter of the land must be wheat", "one and a half times as many"],
)
def test_a_unit_and_a_share_stay_apart(text: str) -> None:
    ms = find_numbers(text)
    assert not any(m.value in (40.25, 2.5) for m in ms)


def test_an_hour_and_a_half_per_item_is_read_as_a_coefficient() -> None:
    from optform.offline import formulate_offline

    text = (
        "A potter has 60 hours of kiln time each week. A vase takes an hour and a half of kiln time "
        "and earns $30; a bowl takes 2 hours and a half and earns $40. Demand for bowls is at most "
        "10 per week. How many vases and bowls should the potter make to maximize earnings?"
    )
    exprs = {c.expression for c in formulate_offline(text).constraints}
    assert "1.5*vases + 2.5*bowls <= 60" in exprs
