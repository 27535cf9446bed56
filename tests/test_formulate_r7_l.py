"""Round 7b (tuner l), NL4Opt-style wordings met in training texts 225..249, on sentences written
for these tests (not from any benchmark). Each test fails without the mechanism it names."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows


# ------------------------------------- 'under contract to supply N': a duty (>=), not 'under N'
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "A dairy runs two plants, a north plant and a south plant. The north plant costs $800 "
            "per day to run and produces 4 tons of butter and 6 tons of cheese. The south plant "
            "costs $600 per day to run and produces 3 tons of butter and 2 tons of cheese. The "
            "dairy is under contract to supply 20 tons of butter and 18 tons of cheese per week. "
            "How many days should each plant run to minimize cost?",
            ["4*north_plant+3*south_plant>=20", "6*north_plant+2*south_plant>=18"],
        ),
        (
            "A mill operates two sites, site one and site two. Running site one for a day costs "
            "$300 and yields 8 bags of flour and 2 bags of bran. Running site two for a day costs "
            "$500 and yields 5 bags of flour and 6 bags of bran. The mill is under contract to "
            "provide 40 bags of flour and 24 bags of bran each week to a bakery. How many days "
            "should each site operate to minimize the cost?",
            ["8*site_one+5*site_two>=40", "2*site_one+6*site_two>=24"],
        ),
        (
            "An orchard has an east field and a west field. A day of picking in the east field "
            "costs $200 and gives 9 crates of apples and 3 crates of plums. A day of picking in "
            "the west field costs $250 and gives 4 crates of apples and 7 crates of plums. The "
            "orchard is under contract to ship 36 crates of apples and 28 crates of plums. How "
            "many days should be spent in each field to minimize cost?",
            ["9*east_field+4*west_field>=36", "3*east_field+7*west_field>=28"],
        ),
    ],
)
def test_under_contract_is_a_requirement(text: str, rows: list[str]) -> None:
    got = _rows(text)
    for row in rows:
        assert row in got, got
