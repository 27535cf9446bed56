"""Round 7b (tuner m), failures found on NL4Opt-style training texts, tested on sentences written
for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest
from offline_helpers import solved_objective

from optform.offline import formulate_offline


# --------------------------- 'in a 12 month commitment': a duration said of a noun, not a quantity
@pytest.mark.parametrize(
    ("text", "optimum"),
    [
        (
            "Leo has $80000 to invest in a 6 month commitment. He can put money in the steel "
            "industry returning 3% or the oil industry returning 6%. At least 40% of the money must "
            "go to the steel industry. How much should he invest in each industry to maximize "
            "return?",
            3840.0,
        ),
        (
            "A pension fund has $2000000 to invest during a 24 month program. It can invest in the "
            "rail industry with a 4% return or in the shipping industry with a 7% return. At most "
            "60% of the investment may be in the shipping industry. How much should the fund "
            "invest in each industry to maximize its return?",
            116000.0,
        ),
        (
            "A club has $9000 to invest in a one year deposit. The money can go to a bond yielding "
            "3% or a stock yielding 8%. The bond must get at least $2000. How much should the club "
            "invest in each to maximize return?",
            620.0,
        ),
        (
            "A company has $300000 to invest for a 12-month term. They can invest in the paper "
            "industry yielding a 2% return or in the glass industry yielding a 5% return. How much "
            "money should the company invest in each industry to maximize its return?",
            15000.0,
        ),
    ],
)
def test_a_duration_before_a_noun_is_not_a_limit(text: str, optimum: float) -> None:
    # the '6' of 'a 6 month commitment' was read as a second total (steel + oil <= 6)
    f = formulate_offline(text)
    assert not f.unresolved
    assert solved_objective(text) == pytest.approx(optimum)
