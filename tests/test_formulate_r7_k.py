"""Round 7b (tuner k), NL4Opt-style text: mechanisms found on labelled NL4Opt training texts,
tested on sentences written for these tests (not from any benchmark). Each mechanism is tested
with several wordings of the same idea."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows

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
