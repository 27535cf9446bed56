"""Round 6, everyday problems by a non-expert (a named person, word numbers, 'respectively',
indirect goals), on sentences written for these tests (not from any benchmark). Each mechanism is
tested with several wordings of the same idea."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows
from offline_helpers import solved_objective as _solve

from optform.offline import formulate_offline
from optform.offline.measure import matches

# --- a unit said once after a list of numbers measures every number of the list ---------------

_CANDLES = (
    "Nina pours small and large candles. {wax} She has 10 kilograms of wax. She earns $6 on a "
    "small candle and $13 on a large one. She can sell at most 25 large candles. How many "
    "of each should she pour to come out furthest ahead?"
)


@pytest.mark.parametrize(
    "wax",
    [
        "Small and large candles use 100 and 250 grams of wax, respectively.",
        "Small and large candles need 100 and 250 grams of wax respectively.",
        "The small and the large candle take 100 and 250 grams of wax, respectively.",
        "Small, and large candles use 100, and 250 grams of wax respectively.",
    ],
)
def test_a_unit_after_a_list_of_numbers_measures_all_of_them(wax: str) -> None:
    text = _CANDLES.format(wax=wax)
    rows = _rows(text)
    assert any(r.startswith("0.1*") and "0.25*" in r and r.endswith("<=10") for r in rows), rows
    # a small candle earns $60 per kg of wax, a large one $52: 100 small candles
    assert matches(_solve(text), 600.0)


def test_a_unit_list_in_hours() -> None:
    text = (
        "Omar repairs bikes and scooters in his shed. A bike and a scooter take 2 and 3 hours "
        "of work, respectively, and he has 4,800 minutes of work a month. He earns $30 on a "
        "bike and $50 on a scooter. How many of each should he repair to earn the most?"
    )
    rows = _rows(text)
    assert any(r.endswith("<=80") or r.endswith("<=4800") for r in rows), rows
    # scooters pay 16.67/h, bikes 15/h: 26 scooters (78 h) and 1 bike (2 h)
    assert matches(_solve(text), 1330.0)


# --- a negated 'want/plant/buy more X than Y' is an upper limit -------------------------------

_GARDEN = (
    "Maria plants rows of tomatoes and rows of peppers. A row of tomatoes takes 3 square meters "
    "and a row of peppers takes 2 square meters, and she has 60 square meters. A row of "
    "tomatoes gives $25 worth of vegetables and a row of peppers $15. She wants at least 4 rows "
    "of peppers, and {cmp}. How many rows of each should she plant to come out furthest ahead?"
)


@pytest.mark.parametrize(
    "cmp",
    [
        "she doesn't want more tomato rows than twice the number of pepper rows",
        "she does not want more tomato rows than twice the number of pepper rows",
        "she won't plant more tomato rows than twice the number of pepper rows",
        "she would never plant more tomato rows than twice the number of pepper rows",
    ],
)
def test_a_negated_more_than_is_an_upper_limit(cmp: str) -> None:
    text = _GARDEN.format(cmp=cmp)
    rows = _rows(text)
    assert "tomatoes-2*peppers<=0" in rows, rows
    assert matches(_solve(text), 485.0)


def test_a_negated_fewer_than_is_a_lower_limit() -> None:
    text = (
        "Ken buys apples and pears for his shop. An apple costs $0.40 and a pear costs $0.60. "
        "He needs at least 100 pieces of fruit, and he doesn't want fewer pears than apples. "
        "How many of each should he buy to spend the least?"
    )
    rows = _rows(text)
    assert "pears-apples>=0" in rows or "apples-pears<=0" in rows, rows
    assert matches(_solve(text), 50.0)


def test_wanting_more_than_is_still_a_lower_limit() -> None:
    text = _GARDEN.format(cmp="she wants more tomato rows than pepper rows")
    rows = _rows(text)
    assert "tomatoes-peppers>=0" in rows, rows


# --- a stock of one material is drawn on only by the per-unit amounts of that material --------

_JARS = (
    "Lucy sells jam and honey at the market. A jar of jam earns her $3 and a jar of honey "
    "earns $5. {need} Her table fits at most 70 jars. How many jars of each should Lucy bring "
    "to make the biggest profit?"
)


@pytest.mark.parametrize(
    "need",
    [
        "Each jar of jam needs 0.5 kilograms of fruit, and each jar of honey needs 0.4 "
        "kilograms of comb. She has 25 kilograms of fruit and 12 kilograms of comb.",
        "A jar of jam uses 0.5 kg of fruit and a jar of honey uses 0.4 kg of comb. She has 25 kg "
        "of fruit and 12 kg of comb.",
        "Each jar of jam needs 0.5 kilograms of fruit and 0.1 kilograms of sugar, and each jar "
        "of honey needs 0.4 kilograms of comb. She has 25 kilograms of fruit and 12 kilograms "
        "of comb.",
    ],
)
def test_a_stock_is_drawn_on_by_its_own_material_only(need: str) -> None:
    text = _JARS.format(need=need)
    rows = _rows(text)
    assert "0.5*jam<=25" in rows and "0.4*honey<=12" in rows, rows
    assert matches(_solve(text), 270.0)


def test_two_processes_with_related_words_still_share_a_limit() -> None:
    # 'saw time' / 'sawing', 'planer time' / 'planing': the same resource in other words
    text = (
        "A workshop has 90 hours of saw time and 60 hours of planer time each week. Each tonne "
        "of pine boards takes 3 hours of sawing and 1 hour of planing; each tonne of oak "
        "boards takes 5 hours of sawing and 3 hours of planing. Pine boards earn $120 a tonne "
        "and oak boards $260 a tonne. How many tonnes of each should be produced to earn the most?"
    )
    rows = _rows(text)
    assert any(r.startswith("3*") and r.endswith("<=90") for r in rows), rows
    assert any(r.endswith("<=60") for r in rows), rows


# --- 'rows of X and rows of Y': the things are what the repeated unit is of -------------------


@pytest.mark.parametrize(
    "first",
    [
        "Sam bakes trays of muffins and trays of scones.",
        "Sam bakes trays of muffins and trays of the scones.",
        "Sam bakes muffins and scones.",
    ],
)
def test_a_repeated_counted_unit_names_no_decision(first: str) -> None:
    text = (
        f"{first} A tray of muffins earns $8 and a tray of scones earns $6. A tray of muffins "
        "takes 30 minutes in the oven and a tray of scones takes 20 minutes; the oven is free "
        "for 8 hours. How many trays of each should he bake to earn the most?"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["muffins", "scones"], f.variables
    # muffins earn 16/h, scones 18/h: 24 trays of scones
    assert matches(_solve(text), 144.0)


@pytest.mark.parametrize(
    "limit",
    [
        "He can bake at most 20 trays.",
        "His racks hold no more than 20 trays.",
        "He has room for 20 trays at most.",
    ],
)
def test_a_limit_in_the_counted_unit_of_the_decisions_is_their_total(limit: str) -> None:
    text = (
        "Sam bakes trays of muffins and trays of scones. A tray of muffins earns $8 and a tray "
        f"of scones earns $6. {limit} How many trays of each should he bake to earn the most?"
    )
    rows = _rows(text)
    assert "muffins+scones<=20" in rows, rows
    assert matches(_solve(text), 160.0)


# --- one decision's stock in its own sentence ----------------------------------------------


@pytest.mark.parametrize(
    "fruit",
    [
        "Each jar of jam needs 0.5 kilograms of fruit, and she has 25 kilograms of fruit.",
        "A jar of jam takes half a kilogram of fruit and she has twenty-five kilograms of fruit.",
        "Every jar of jam uses 500 grams of fruit, and there are 25 kilograms of fruit in her "
        "freezer.",
    ],
)
def test_a_stock_of_one_decisions_material_in_the_same_sentence(fruit: str) -> None:
    text = (
        "Lucy sells jam and honey at the market. A jar of jam earns her $4 and a jar of honey "
        f"earns $3. {fruit} She can carry at most 80 jars in total. How many jars of each should "
        "Lucy bring to make the biggest profit?"
    )
    rows = _rows(text)
    assert "0.5*jam<=25" in rows, rows
    assert matches(_solve(text), 290.0)


@pytest.mark.parametrize(
    "honey",
    [
        "Each jar of honey needs 0.4 kilograms of honey, and she has 12 kilograms of honey.",
        "A jar of honey holds 0.4 kg of honey. She has 12 kg of honey.",
        "Each jar of honey is filled with 400 grams of honey, and she has 12 kilograms of honey.",
    ],
)
def test_an_amount_of_what_a_decision_is_made_of_is_a_stock_not_a_bound(honey: str) -> None:
    text = (
        "Lucy sells jam and honey at the market. A jar of jam earns her $3 and a jar of honey "
        f"earns $5. {honey} Her table fits at most 70 jars in total. How many jars of each "
        "should Lucy bring to make the biggest profit?"
    )
    rows = _rows(text)
    assert "0.4*honey<=12" in rows, rows
    assert "honey<=12" not in rows, rows
    assert matches(_solve(text), 270.0)


# --- a 'respectively' list ends at 'respectively' ------------------------------------------


@pytest.mark.parametrize(
    "hours",
    [
        "A bike and a scooter take 2 and 3 hours of work, respectively, and he has 80 hours a "
        "month.",
        "Bikes and scooters take 2 and 3 hours respectively, and he can work 80 hours a month.",
        "A bike and a scooter need 2 and 3 hours of work respectively, while he has 80 hours of "
        "work a month.",
    ],
)
def test_a_limit_after_respectively_is_no_member_of_the_list(hours: str) -> None:
    text = (
        f"Omar repairs bikes and scooters in his shed. {hours} He earns $30 on a bike and $50 "
        "on a scooter. How many of each should he repair to earn the most?"
    )
    rows = _rows(text)
    assert "2*bikes+3*scooters<=80" in rows, rows
    assert matches(_solve(text), 1330.0)


# --- what was bought/picked is what there is; cents are hundredths of a dollar -----------------

_STAND = (
    "Emma sells cups of lemonade and cups of iced tea. A cup of lemonade earns her $0.60 and a "
    "cup of iced tea earns "
    "$0.45. Each cup of lemonade uses 2 lemons. {stock} She can sell at most 50 cups. How many "
    "cups of each should Emma make to come out furthest ahead?"
)


@pytest.mark.parametrize(
    "stock",
    [
        "She bought three dozen lemons.",
        "She purchased 36 lemons at the market.",
        "Her aunt picked 36 lemons for her.",
        "She has collected 36 lemons.",
    ],
)
def test_an_amount_acquired_is_an_upper_limit(stock: str) -> None:
    text = _STAND.format(stock=stock)
    rows = _rows(text)
    assert "2*lemonade<=36" in rows, rows
    assert matches(_solve(text), 25.2)


@pytest.mark.parametrize(
    "cups",
    [
        "She only has 50 paper cups.",
        "She has no more than 50 plastic cups.",
        "Her stand holds 50 clean cups.",
    ],
)
def test_a_modified_counted_unit_still_counts_the_decisions(cups: str) -> None:
    text = (
        "Emma sells cups of lemonade and cups of iced tea. A cup of lemonade earns her $0.60 and "
        f"a cup of iced tea $0.45. {cups} She wants to sell at least 12 cups of iced tea. How "
        "many cups of each should Emma make to come out furthest ahead?"
    )
    rows = _rows(text)
    assert "lemonade+iced_tea<=50" in rows, rows
    assert matches(_solve(text), 28.2)


@pytest.mark.parametrize(
    "money",
    [
        "Cups of lemonade and cups of iced tea earn her 60 cents and 45 cents of profit, "
        "respectively.",
        "A cup of lemonade earns her 60 cents and a cup of iced tea 45 cents.",
        "She makes 60 cents on a cup of lemonade and 45 cents on a cup of iced tea.",
    ],
)
def test_cents_are_hundredths_of_a_dollar(money: str) -> None:
    text = (
        f"Emma sells cups of lemonade and cups of iced tea. {money} She can sell at most 50 cups, and at least 12 "
        "cups of iced tea. How many cups of each should Emma make to come out furthest ahead?"
    )
    assert matches(_solve(text), 28.2)


# --- 'small cans of 4 litres and big cans of 10 litres': things with the same head -------------


@pytest.mark.parametrize(
    "offer",
    [
        "Paint comes in small cans of 4 liters for $22 and big cans of 10 liters for $48.",
        "The shop sells small cans of 4 liters at $22 and big cans of 10 liters at $48.",
        "He can buy small cans of 4 liters, costing $22, or big cans of 10 liters, costing $48.",
    ],
)
def test_items_described_by_of_and_a_number_with_one_head(offer: str) -> None:
    text = (
        f"Leo needs to buy at least 120 liters of paint for his barn. {offer} The store only has "
        "twenty big cans left. He wants at least two small cans for touch-ups. How many cans of "
        "each size should Leo buy to spend the least?"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["small_cans", "big_cans"], f.variables
    assert matches(_solve(text), 590.0)


def test_a_profit_of_and_a_cost_of_name_no_things() -> None:
    text = (
        "Ana bakes pies and tarts. A pie earns a profit of 5 dollars and a tart a profit of 3 "
        "dollars. She can bake at most 30 in total and at least 4 tarts. How many of each "
        "should she bake to earn the most?"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["pies", "tarts"], f.variables
    assert matches(_solve(text), 142.0)
