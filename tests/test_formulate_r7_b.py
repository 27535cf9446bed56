"""Round 7 (tuner b), NL4Opt-style text: mechanisms found on labelled NL4Opt training texts,
tested on sentences written for these tests (not from any benchmark). Each mechanism is tested
with several wordings of the same idea."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows
from offline_helpers import solved_objective as _solve

from optform.offline.measure import matches

# --- one limit said of every thing of a list ('20 units of protein and fat each') ---------------

_FEEDS = (
    "A farmer mixes two feeds, Alfa and Bravo, for his goats. A bag of Alfa costs $6 and a bag "
    "of Bravo costs $4. A bag of Alfa holds 5 units of protein and 2 units of fat; a bag of "
    "Bravo holds 2 units of protein and 4 units of fat. {need} How many bags of each should he "
    "buy to spend the least?"
)


@pytest.mark.parametrize(
    "need",
    [
        "The goats need a minimum of 20 units of protein and fat each.",
        "The goats need at least 20 units each of protein and fat.",
        "The goats need at least 20 units of both protein and fat.",
        "The goats must get no less than 20 units of protein and of fat each.",
        "Every week the herd must receive 20 units or more of protein, and fat, each.",
    ],
)
def test_a_limit_said_of_each_thing_listed_limits_each(need: str) -> None:
    text = _FEEDS.format(need=need)
    rows = _rows(text)
    assert "5*alfa+2*bravo>=20" in rows and "2*alfa+4*bravo>=20" in rows, rows
    # protein alone: 4 bags of Alfa ($24); fat too: 2 of Alfa and 5 of Bravo
    assert matches(_solve(text), 32.0)


@pytest.mark.parametrize(
    "cap",
    [
        "The shop has at most 60 hours of cutting and sewing each.",
        "The shop has at most 60 hours each of cutting and sewing.",
        "The shop has no more than 60 hours of both cutting and sewing available.",
    ],
)
def test_a_capacity_said_of_each_thing_listed(cap: str) -> None:
    text = (
        "A tailor makes shirts and coats. A shirt needs 1 hour of cutting and 3 hours of "
        "sewing, and a coat needs 4 hours of cutting and 2 hours of sewing. " + cap + " A "
        "shirt earns $20 and a coat earns $50. How many of each should the tailor make to "
        "maximize profit?"
    )
    rows = _rows(text)
    assert "shirts+4*coats<=60" in rows and "3*shirts+2*coats<=60" in rows, rows
    # both limits bind: 12 shirts and 12 coats
    assert matches(_solve(text), 840.0)


def test_numbers_each_with_their_own_thing_are_not_repeated() -> None:
    text = _FEEDS.format(need="The goats need at least 20 units of protein and 16 units of fat.")
    rows = _rows(text)
    assert "5*alfa+2*bravo>=20" in rows and "2*alfa+4*bravo>=16" in rows, rows
    assert not any(r.endswith(">=20") and "4*bravo" in r for r in rows), rows
