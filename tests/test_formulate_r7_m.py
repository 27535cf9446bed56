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


# ------------------- 'prevents X from stocking more than N': an upper limit, not 'more than' (>=)
@pytest.mark.parametrize(
    ("text", "optimum"),
    [
        (
            "A small shop sells desk lamps and floor lamps. A desk lamp brings a profit of $8 and "
            "a floor lamp brings a profit of $12. The shop can stock at most 60 lamps in total. "
            "Storage space prevents the shop from stocking more than 25 floor lamps. How many of "
            "each lamp should the shop stock to maximize profit?",
            580.0,
        ),
        (
            "A farmer grows wheat and barley on his land. Each acre of wheat gives a profit of "
            "$300 and each acre of barley gives a profit of $200. He has 100 acres. Local rules "
            "prohibit him from planting more than 40 acres of wheat. How many acres of each crop "
            "should he plant to maximize profit?",
            24000.0,
        ),
        (
            "A bakery makes bagels and muffins. Each bagel gives $1 of profit and each muffin "
            "gives $2 of profit. The oven can bake at most 300 items a day. A supplier contract "
            "keeps the bakery from making fewer than 50 bagels a day, and the bakery's mixer "
            "restricts it from making more than 120 muffins a day. How many of each should be "
            "made daily to maximize profit?",
            420.0,
        ),
    ],
)
def test_kept_from_doing_more_than_is_an_upper_limit(text: str, optimum: float) -> None:
    # 'restricts/prevents/prohibits/keeps ... from <verb>ing more than N' is at most N
    assert solved_objective(text) == pytest.approx(optimum)


# ---------- 'no more than 12 of either type' after a larger stated total: a cap on each type
@pytest.mark.parametrize(
    ("text", "optimum"),
    [
        (
            "A quiz has easy questions worth 2 points each and hard questions worth 5 points "
            "each. A player may answer at most 30 questions in total. The player must answer at "
            "least 4 easy questions and at least 3 hard questions. The player can not answer more "
            "than 18 of either kind. How many of each should the player answer to maximize the "
            "score?",
            114.0,
        ),
        (
            "A toy maker builds cars and trucks. A car earns $4 and a truck earns $7. The "
            "workshop can build at most 50 toys in total. At least 10 cars and 8 trucks must be "
            "built. No more than 30 of either type can be built. How many of each toy should be "
            "built to maximize earnings?",
            290.0,
        ),
        (
            "A florist sells roses and tulips in bunches. A bunch of roses gives a profit of $6 "
            "and a bunch of tulips gives a profit of $4. She must sell at least 9 bunches of "
            "roses and 8 bunches of tulips. She has time to prepare at most 15 bunches of either "
            "type. How many bunches of each should she prepare to maximize profit?",
            150.0,
        ),
    ],
)
def test_either_type_cap_that_a_total_would_make_pointless_is_per_type(
    text: str, optimum: float
) -> None:
    # read as a total it made the stated larger total say nothing (or could not meet the minimums)
    assert solved_objective(text) == pytest.approx(optimum)


# ----------- 'at most 15 of either type' below a stated total requirement: a cap on each type
@pytest.mark.parametrize(
    ("text", "optimum"),
    [
        (
            "A child collects stickers and stamps. A sticker is worth 2 points and a stamp is "
            "worth 3 points. She must collect at least 25 items in total. She can collect at most "
            "15 of either type. How many of each should she collect to maximize her points?",
            75.0,
        ),
        (
            "A caterer bakes pies and tarts for a fair. A pie earns $9 and a tart earns $5. The "
            "fair needs at least 40 desserts in total from the caterer. The oven allows no more "
            "than 24 of either kind. How many pies and tarts should be baked to maximize "
            "earnings?",
            336.0,
        ),
        (
            "A gardener plants roses and lilies. Each rose adds 4 points of beauty and each lily "
            "adds 6 points of beauty. The garden must hold at least 30 plants in total, and no "
            "more than 20 of either type may be planted. How many of each should be planted to "
            "maximize beauty?",
            200.0,
        ),
    ],
)
def test_either_type_cap_below_a_total_requirement_is_per_type(text: str, optimum: float) -> None:
    # read as a total it contradicted the stated minimum total (infeasible)
    assert solved_objective(text) == pytest.approx(optimum)
