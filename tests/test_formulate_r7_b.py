"""Round 7 (tuner b), NL4Opt-style text: mechanisms found on labelled NL4Opt training texts,
tested on sentences written for these tests (not from any benchmark). Each mechanism is tested
with several wordings of the same idea."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows
from offline_helpers import solved_objective as _solve

from optform.offline import formulate_offline
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


# --- a capital 'A' that opens a sentence is the article, even when a decision is named A -------

_SHOP = (
    "A shop makes two products, A and B. {first} Product A needs 4 hours of machine time and "
    "product B needs 5 hours of machine time. A unit of A earns $30 and a unit of B earns $40. "
    "How many of each should the shop make to maximize profit?"
)


@pytest.mark.parametrize(
    "first",
    [
        "A typical week gives the shop 100 hours of machine time.",
        "A week has 100 hours of machine time in this shop.",
        "A single machine is available for 100 hours.",
    ],
)
def test_the_article_a_is_not_the_decision_a(first: str) -> None:
    text = _SHOP.format(first=first)
    assert "4*A+5*B<=100" in _rows(text)
    assert matches(_solve(text), 800.0)


def test_a_decision_named_a_is_still_found_before_its_verb() -> None:
    text = (
        "A shop makes two products, A and B. A needs 4 hours of machine time and B needs 5 "
        "hours of machine time. The shop has 100 hours of machine time. A earns $30 and B "
        "earns $40. How many of each should the shop make to maximize profit?"
    )
    assert "4*A+5*B<=100" in _rows(text)
    assert matches(_solve(text), 800.0)


# --- an inventory is what there is to use ------------------------------------------------------

_BASKETS = (
    "{stock} She puts together two gift baskets, a small basket and a large basket. A small "
    "basket holds 2 apples and 1 pear, and a large basket holds 3 apples and 4 pears. She earns "
    "$5 on a small basket and $9 on a large basket. How many of each basket should she make to "
    "maximize her earnings?"
)


@pytest.mark.parametrize(
    "stock",
    [
        "A grocer wants to sell her inventory composed of 40 apples and 30 pears.",
        "Two grocers want to sell their joint inventory, 40 apples and 30 pears.",
        "A grocer wants to move her inventory made of 40 apples and 30 pears.",
        "A grocer needs to clear an inventory holding 40 apples and 30 pears.",
    ],
)
def test_an_inventory_limits_what_is_used(stock: str) -> None:
    text = _BASKETS.format(stock=stock)
    rows = _rows(text)
    assert "2*small_basket+3*large_basket<=40" in rows, rows
    assert "small_basket+4*large_basket<=30" in rows, rows
    # 14 small and 4 large baskets use 40 apples and 30 pears
    assert matches(_solve(text), 106.0)


# --- two kinds of one thing ('wireless earbuds', 'wired earbuds') are told apart --------------

_KITS = (
    "A shop sells two kits, kit P and kit Q. {stock} Kit P contains {p}, and kit Q contains {q}. "
    "Kit P earns $10 and kit Q earns $12. How many of each kit should the shop put together to "
    "maximize profit?"
)


@pytest.mark.parametrize(
    ("stock", "p", "q", "rows"),
    [
        (
            "The shop has 7 wireless earbuds, 10 wired earbuds and 20 chargers.",
            "1 wireless earbud and 3 chargers",
            "1 wireless earbud, 2 wired earbuds and 2 chargers",
            ["P+Q<=7", "2*Q<=10", "3*P+2*Q<=20"],
        ),
        (
            "The shop has 7 red bean bags, 10 blue bean bags and 20 whistles.",
            "1 red bean bag and 3 whistles",
            "1 red bean bag, 2 blue bean bags and 2 whistles",
            ["P+Q<=7", "2*Q<=10", "3*P+2*Q<=20"],
        ),
        (
            "The shop has 7 dark chocolate bars, 10 white chocolate bars and 20 ribbons.",
            "1 dark chocolate bar and 3 ribbons",
            "1 dark chocolate bar, 2 white chocolate bars and 2 ribbons",
            ["P+Q<=7", "2*Q<=10", "3*P+2*Q<=20"],
        ),
    ],
)
def test_two_kinds_of_one_thing_are_told_apart(stock: str, p: str, q: str, rows: list[str]) -> None:
    text = _KITS.format(stock=stock, p=p, q=q)
    got = _rows(text)
    for r in rows:
        assert r in got, got
    # 2 of P and 5 of Q (6 + 14 <= 20 parts, 7 of the first kind)
    assert matches(_solve(text), 80.0)


def test_one_resource_said_with_two_words_before_time_is_one() -> None:
    text = (
        "A cleaner does offices and homes. An office takes 3 hours of staff time and a home "
        "takes 2 hours of staff time. The staff have 120 hours of working time this week. An "
        "office earns $150 and a home earns $90. How many offices and homes should be done to "
        "maximize earnings?"
    )
    assert "3*offices+2*homes<=120" in _rows(text)


# --- 'each hour in/at/on <decision>': the decisions are time spent there ----------------------

_FIELDS = (
    "A farmhand must pick 11 crates of apples and 9 crates of pears. He can work in two fields, "
    "field one and field two. {rates} Find the plan that minimizes the total time he works."
)


@pytest.mark.parametrize(
    "rates",
    [
        "For each hour in field one that he spends, he picks 3 crates of apples and 1 crate of "
        "pears. For each hour in field two that he spends, he picks 1 crate of apples and 2 "
        "crates of pears.",
        "Every hour at field one gives him 3 crates of apples and 1 crate of pears, and every "
        "hour at field two gives him 1 crate of apples and 2 crates of pears.",
        "Each hour on field one yields 3 crates of apples and 1 crate of pears. Each hour on "
        "field two yields 1 crate of apples and 2 crates of pears.",
    ],
)
def test_hours_in_a_place_are_amounts_of_time(rates: str) -> None:
    f = formulate_offline(_FIELDS.format(rates=rates))
    assert [v.type.value for v in f.variables] == ["continuous", "continuous"]
    # 2.6 hours in field one and 3.2 in field two (6 in whole hours)
    assert matches(f.solve().objective, 5.8)


def test_an_hour_on_a_machine_does_not_make_counted_things_amounts() -> None:
    text = (
        "A carpenter makes tables and chairs. A table takes 3 hours on the lathe and a chair "
        "takes 1 hour on the lathe. Each hour on the lathe costs $10, and the lathe is free for "
        "at most 40 hours. A table earns $70 and a chair earns $25. How many tables and chairs "
        "should he make to maximize profit?"
    )
    f = formulate_offline(text)
    assert [v.type.value for v in f.variables] == ["integer", "integer"]


# --- 'at most 8 of each colour': a bound on each decision alone -------------------------------

_BAGS = (
    "A game uses red bags and blue bags. Each red bag is worth 5 points and each blue bag is "
    "worth 8 points. {bounds} You can throw at most 12 bags in total. How many of each should "
    "you throw to maximize your points?"
)


@pytest.mark.parametrize(
    "bounds",
    [
        "You must throw at least 3 red bags and 2 blue bags, but at most 8 of each colour.",
        "You must throw at least 3 red bags and 2 blue bags and no more than 8 of each color.",
        "At least 3 red bags and 2 blue bags must be thrown, and 8 or fewer bags of each color.",
    ],
)
def test_at_most_of_each_colour_bounds_each(bounds: str) -> None:
    text = _BAGS.format(bounds=bounds)
    rows = _rows(text)
    assert "red_bags<=8" in rows and "blue_bags<=8" in rows, rows
    # 8 blue bags and 4 red ones
    assert matches(_solve(text), 84.0)


# --- 'hits the target is worth 5 points': a value, not a goal -----------------------------------


@pytest.mark.parametrize(
    "worth",
    [
        "Each red bag that hits the target is worth 5 points and each blue bag that hits the "
        "target is worth 8 points.",
        "A red bag landing on the target is worth 5 points, while a blue bag landing on the "
        "target is worth 8 points.",
        "Every red bag which reaches the target is worth 5 points; every blue bag which reaches "
        "the target is worth 8 points.",
    ],
)
def test_worth_after_the_target_is_a_value(worth: str) -> None:
    text = (
        "A game uses red bags and blue bags. " + worth + " You must throw at least 3 red bags "
        "and 2 blue bags. You can throw at most 12 bags in total. How many of each should you "
        "throw to maximize your points?"
    )
    f = formulate_offline(text)
    assert f.objective is not None and f.objective.expression == "5*red_bags + 8*blue_bags"
    # 3 red bags and 9 blue ones
    assert matches(f.solve().objective, 87.0)


# --- 'units of coffee beans' for large and small coffees: the shared word names a material -----


@pytest.mark.parametrize(
    ("text", "rows", "answer"),
    [
        (
            "A cafe makes large coffees and small coffees. A large coffee takes 12 units of "
            "coffee beans and 20 units of milk. A small coffee takes 8 units of coffee beans and "
            "15 units of milk. The cafe has 1000 units of coffee beans and 1400 units of milk. A "
            "large coffee earns $5 and a small coffee earns $4. How many of each should the cafe "
            "make to maximize profit?",
            ["12*large_coffees+8*small_coffees<=1000", "20*large_coffees+15*small_coffees<=1400"],
            373.0,
        ),
        (
            "A stall sells green teas and black teas. A green tea uses 3 grams of tea leaves and "
            "1 gram of honey, and a black tea uses 2 grams of tea leaves and 2 grams of honey. "
            "The stall has 60 grams of tea leaves and 40 grams of honey. A green tea earns $2 and "
            "a black tea earns $3. How many of each should the stall sell to maximize profit?",
            ["3*green_teas+2*black_teas<=60", "green_teas+2*black_teas<=40"],
            65.0,
        ),
        (
            "A kitchen cooks mild curries and hot curries. A mild curry needs 2 cups of curry "
            "paste and 3 cups of rice, while a hot curry needs 4 cups of curry paste and 1 cup of "
            "rice. There are 40 cups of curry paste and 30 cups of rice. A mild curry earns $6 and "
            "a hot curry earns $9. How many of each should the kitchen cook to maximize profit?",
            ["2*mild_curries+4*hot_curries<=40", "3*mild_curries+hot_curries<=30"],
            102.0,
        ),
    ],
)
def test_the_shared_word_before_a_noun_of_its_own_names_a_material(
    text: str, rows: list[str], answer: float
) -> None:
    got = _rows(text)
    for r in rows:
        assert r in got, got
    assert matches(_solve(text), answer)


# --- letters after two different nouns: the decisions are the list said with money -------------


@pytest.mark.parametrize(
    ("text", "names", "answer"),
    [
        (
            "Two supplement pills provide vitamin C and vitamin D. Pill P costs $3 and pill Q "
            "costs $2. Pill P has 5 mg of vitamin C and 2 mg of vitamin D. Pill Q has 2 mg of "
            "vitamin C and 4 mg of vitamin D. A person should get at least 20 mg of vitamin C "
            "and 16 mg of vitamin D. How many of each pill minimize cost?",
            ["P", "Q"],
            15.0,
        ),
        (
            "A gardener mixes fertilizer X and fertilizer Y. A bag of fertilizer X has 5 kg of "
            "nutrient N and 2 kg of nutrient K, and a bag of fertilizer Y has 2 kg of nutrient N "
            "and 4 kg of nutrient K. The lawn needs at least 20 kg of nutrient N and 16 kg of "
            "nutrient K. Fertilizer X costs $3 a bag and fertilizer Y costs $2 a bag. How many "
            "bags of each fertilizer should be bought to spend the least?",
            ["X", "Y"],
            15.0,
        ),
        (
            "A workshop makes product E and product F on machine M and machine N. Product E "
            "needs 5 hours on machine M and 2 hours on machine N. Product F needs 2 hours on "
            "machine M and 4 hours on machine N. Machine M is free for 20 hours and machine N for "
            "16 hours. Product E earns $3 and product F earns $2. How many of each product "
            "should be made to maximize profit?",
            ["E", "F"],
            13.0,
        ),
    ],
)
def test_letters_of_two_lists_the_decisions_are_said_with_money(
    text: str, names: list[str], answer: float
) -> None:
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == names
    assert matches(f.solve().objective, answer)


# --- '200 grams of green tea' when the decisions are two teas: a material, not the decisions ----


@pytest.mark.parametrize(
    "blends",
    [
        "A box of the Morning blend holds 300 grams of black tea and 200 grams of green tea, "
        "whereas a box of the Evening blend holds 150 grams of black tea and 350 grams of green "
        "tea.",
        "The Morning blend uses 300 grams of black tea and 200 grams of green tea per box. The "
        "Evening blend uses 150 grams of black tea and 350 grams of green tea per box.",
        "Each box of Morning blend contains 300 grams of black tea and 200 grams of green tea, "
        "and each box of Evening blend contains 150 grams of black tea and 350 grams of green "
        "tea.",
    ],
)
def test_an_amount_of_a_kind_of_the_shared_word_is_a_material(blends: str) -> None:
    text = (
        "My aunt sells two teas: the Morning blend and the Evening blend. " + blends + " The "
        "profit is $4 per box of Morning blend and $5 per box of Evening blend. She has 9000 "
        "grams of black tea and 8000 grams of green tea. How many boxes of each should she make "
        "to maximize profit?"
    )
    rows = _rows(text)
    assert "200*morning_blend+350*evening_blend<=8000" in rows, rows
    assert matches(_solve(text), 144.0)


# --- 'sell its stock of eight dolls': a stock is what there is to use ---------------------------


@pytest.mark.parametrize(
    "stock",
    [
        "A toy shop wants to sell its stock of eight dolls, twelve cars, and thirty stickers.",
        "A toy shop wants to move its stock of 8 dolls, 12 cars and 30 stickers.",
        "A toy shop needs to clear its stock of eight dolls, twelve cars and thirty stickers.",
    ],
)
def test_a_stock_to_sell_limits_what_is_used(stock: str) -> None:
    text = (
        stock + " It offers two packs: Pack A and Pack B. Pack A earns $7 and contains 1 doll "
        "and 4 stickers. Pack B earns $9 and contains 1 doll, 2 cars, and 3 stickers. How many "
        "of each pack should it make to maximize profit?"
    )
    rows = _rows(text)
    assert "A+B<=8" in rows and "2*B<=12" in rows and "4*A+3*B<=30" in rows, rows
    assert matches(_solve(text), 68.0)
