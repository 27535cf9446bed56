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


# --------------- 'their soft, smooth, and crunchy cake-pops': one-word modifiers after a possessive
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A candle maker has 900 grams of wax and 300 grams of dye to make her tall, short, and "
            "round candles. A tall candle needs 60 grams of wax and 10 grams of dye. A short "
            "candle needs 30 grams of wax and 8 grams of dye. A round candle needs 45 grams of wax "
            "and 20 grams of dye. The profit per tall candle is $9, per short candle $5, and per "
            "round candle $8. How many of each should she make to maximize profit?",
            153,
        ),
        (
            "A juice bar uses its 50 kilograms of fruit and 40 litres of yogurt to blend its green, "
            "red, and tropical smoothies. A green smoothie takes 0.4 kilograms of fruit and 0.2 "
            "litres of yogurt, a red smoothie takes 0.3 kilograms of fruit and 0.3 litres of "
            "yogurt, and a tropical smoothie takes 0.5 kilograms of fruit and 0.1 litres of "
            "yogurt. Each green smoothie earns $4, each red smoothie $3, and each tropical "
            "smoothie $5. How many smoothies of each kind maximize earnings?",
            500,
        ),
        (
            "A potter sells his small, medium, and large vases. A small vase uses 1 kilogram of "
            "clay, a medium vase uses 2 kilograms and a large vase uses 3 kilograms, and he has "
            "60 kilograms of clay. Kiln time is 10 minutes per small vase, 15 minutes per medium "
            "vase and 30 minutes per large vase, with 500 minutes of kiln time. The profit is $12 "
            "per small vase, $20 per medium vase and $35 per large vase. How many vases of each "
            "size should he make to maximize profit?",
            640,
        ),
    ],
)
def test_one_word_modifiers_after_a_possessive_are_all_decisions(text: str, answer: float) -> None:
    # 'her tall, short, and round candles' are three decisions, not 'tall' naming the other two
    assert solved_objective(text) == pytest.approx(answer)


# ------------------ 'in his son's company and his friend's company': a possessive before each item
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Maria has $20000 to lend to her brother's shop and her sister's shop. She will lend at "
            "most $8000 to her sister's shop. If she earns 6% interest on loans at her brother's "
            "shop and 9% interest on loans at her sister's shop, how much should she lend to each "
            "to maximize the interest she earns?",
            0.09 * 8000 + 0.06 * 12000,
        ),
        (
            "A retiree splits $30000 between his daughter's business and his nephew's business. "
            "The amount in his daughter's business must be at least twice the amount in his "
            "nephew's business. If the money earns 5% in his daughter's business and 7% in his "
            "nephew's business, how much should he put in each to maximize his earnings?",
            0.05 * 20000 + 0.07 * 10000,
        ),
        (
            "A couple has $12000 to invest in their son's startup and their neighbour's startup. "
            "They will invest at least $3000 in their son's startup and at most $5000 in their "
            "neighbour's startup. If the investments return 4% in their son's startup and the "
            "investments return 11% in their neighbour's startup, how much should they invest in "
            "each to maximize returns?",
            0.04 * 7000 + 0.11 * 5000,
        ),
    ],
)
def test_items_after_the_same_possessive_are_a_list(text: str, answer: float) -> None:
    # 'his son's company and his friend's company' are the two decisions
    assert solved_objective(text) == pytest.approx(answer)


# ------------------------------------- 'mix one' and 'mix two': a lowercase number word ends a name
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A nut shop sells cashews and walnuts in bags called snack mix one and snack mix two. "
            "A bag of snack mix one holds 100 grams of cashews and 50 grams of walnuts. A bag of "
            "snack mix two holds 40 grams of cashews and 120 grams of walnuts. The shop has 6000 "
            "grams of cashews and 6000 grams of walnuts. If the profit per bag of snack mix one is "
            "$3 and per bag of snack mix two is $4, how many bags of each should be sold to "
            "maximize profit?",
            264,
        ),
        (
            "A tea house blends green tea and black tea into blend one and blend two. A tin of "
            "blend one uses 30 grams of green tea and 10 grams of black tea. A tin of blend two "
            "uses 10 grams of green tea and 40 grams of black tea. There are 1500 grams of green "
            "tea and 2000 grams of black tea. A tin of blend one earns $6 and a tin of blend two "
            "earns $7. How many tins of each blend should be made to maximize earnings?",
            503,
        ),
        (
            "A farm stand packs apples and pears into crates called crate one and crate two. A "
            "crate one holds 20 apples and 10 pears. A crate two holds 10 apples and 25 pears. The "
            "stand has 800 apples and 900 pears. If the profit per crate one is $9 and the profit "
            "per crate two is $11, how many of each crate should be packed to maximize profit?",
            518,
        ),
    ],
)
def test_a_number_word_that_ends_a_name_tells_the_decisions_apart(text: str, answer: float) -> None:
    # 'snack mix one' / 'snack mix two': 'one' is what tells them apart, not a number
    assert solved_objective(text) == pytest.approx(answer)


# ------------------------------------ 'smoothies-a small and a large size': a hyphen used as a dash
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A shop sells two kinds of candles-a tall and a short candle. Each tall candle uses 3 "
            "units of wax and each short candle uses 2 units of wax, and the shop has 60 units of "
            "wax. Each tall candle takes 2 minutes to pour and each short candle takes 1 minute to "
            "pour, and there are 35 minutes of pouring time. The profit is $5 per tall candle and "
            "$3 per short candle. How many of each should be made to maximize profit?",
            95,
        ),
        (
            "A bakery makes cakes in two sizes-a regular and a large size. A regular cake needs 2 "
            "eggs and 1 cup of flour. A large cake needs 3 eggs and 2 cups of flour. The bakery "
            "has 30 eggs and 16 cups of flour. If the profit per regular cake is $4 and the profit "
            "per large cake is $7, how many of each should the bakery make to maximize profit?",
            62,
        ),
        (
            "A dock rents out two types of boats-an inflatable and a wooden model. Each inflatable "
            "boat needs 1 hour of cleaning and each wooden boat needs 3 hours of cleaning, with 24 "
            "hours of cleaning time a day. The dock owns at most 15 boats. An inflatable boat "
            "earns $20 a day and a wooden boat earns $50 a day. How many of each should the dock "
            "rent out to maximize earnings?",
            430,
        ),
    ],
)
def test_a_hyphen_before_an_article_is_a_dash(text: str, answer: float) -> None:
    # 'two kinds of candles-a tall and a short candle': the list starts after the dash
    assert solved_objective(text) == pytest.approx(answer)


# ------------------------- 'at least 30 grams of each protein and fibre per day': one limit per item
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "An athlete eats oatmeal and beans to get protein and fibre. She needs at least 30 "
            "grams of each protein and fibre per day. A bowl of oatmeal has 4 grams of protein and "
            "1 gram of fibre. A bowl of beans has 2 grams of protein and 5 grams of fibre. A bowl "
            "of oatmeal costs $2 and a bowl of beans costs $3. How many bowls of each should she "
            "eat to minimize cost?",
            25,
        ),
        (
            "A zoo feeds its bears fish and berries. Each bear must get a minimum of 24 units of "
            "each fat and sugar every day. A bucket of fish gives 3 units of fat and 1 unit of "
            "sugar, and a bucket of berries gives 1 unit of fat and 2 units of sugar. A bucket of "
            "fish costs $6 and a bucket of berries costs $4. How many buckets of each minimize "
            "the cost?",
            70,
        ),
        (
            "A gardener mixes compost and manure to supply at least 40 kilograms of each nitrogen "
            "and potassium. A tonne of compost supplies 2 kilograms of nitrogen and 1 kilogram of "
            "potassium, and a tonne of manure supplies 1 kilogram of each. Compost costs $10 per "
            "tonne and manure costs $7 per tonne. How many tonnes of each should be bought to "
            "minimize cost?",
            280,
        ),
    ],
)
def test_of_each_before_a_list_is_a_limit_on_every_item(text: str, answer: float) -> None:
    # 'at least 30 grams of each protein and fibre': protein >= 30 and fibre >= 30
    assert solved_objective(text) == pytest.approx(answer)


# --------------------- 'at most $20000 on bikes' when each bike has a cost: a budget on the costs
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A bike shop sells road bikes and city bikes. A road bike costs the shop $800 and a "
            "city bike costs the shop $400. The profit per road bike is $200 and the profit per "
            "city bike is $120. The shop can spend at most $20000 on bikes and expects to sell at "
            "most 40 bikes. How many of each should it stock to maximize profit?",
            5600,
        ),
        (
            "A garden centre stocks oak saplings and pine saplings. An oak sapling costs $12 and a "
            "pine sapling costs $8. Each oak sapling earns a profit of $5 and each pine sapling "
            "earns a profit of $4. The centre will invest at most $2400 in saplings and has room "
            "for at most 250 saplings. How many of each should it stock to maximize profit?",
            1100,
        ),
        (
            "A phone store sells basic phones and smart phones. A basic phone costs the store $100 "
            "and yields a profit of $30. A smart phone costs the store $400 and yields a profit of "
            "$90. The owner does not want to invest more than $30000 in phone inventory and "
            "expects to sell at most 150 phones a month. How many phones of each type should be "
            "stocked to maximize profit?",
            7500,
        ),
    ],
)
def test_money_on_the_things_bought_is_a_budget_on_their_costs(text: str, answer: float) -> None:
    # '$20000 on bikes' is 800*road + 400*city <= 20000, not road + city <= 20000
    assert solved_objective(text) == pytest.approx(answer)


# ------------------------- 'does not want to <verb> more than N': at most N (the 'not' reaches it)
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A baker makes rye loaves and wheat loaves. A rye loaf needs 3 cups of flour and a "
            "wheat loaf needs 2 cups of flour, and 240 cups of flour are available. The baker does "
            "not want to bake more than 90 loaves in total. Each rye loaf earns $4 and each wheat "
            "loaf earns $3. How many of each should be baked to maximize earnings?",
            330,
        ),
        (
            "A tailor sews shirts and vests. A shirt takes 2 hours and a vest takes 1 hour. The "
            "tailor does not plan to work more than 40 hours a week. A shirt earns $30 and a vest "
            "earns $18. The tailor can sell at most 25 vests. How many of each should be sewn to "
            "maximize earnings?",
            672,
        ),
        (
            "A farmer raises hens and ducks. A hen eats 2 kg of feed a month and a duck eats 3 kg. "
            "The farmer does not intend to buy more than 300 kg of feed a month. The barn fits at "
            "most 120 birds. A hen earns $5 a month and a duck earns $8 a month. How many of each "
            "should the farmer raise to maximize earnings?",
            800,
        ),
    ],
)
def test_not_want_to_verb_more_than_is_an_upper_limit(text: str, answer: float) -> None:
    assert solved_objective(text) == pytest.approx(answer)


# ----------------- 'N minutes to string' / 'for stringing', 'to label' / 'for labelling': one key
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A guitar workshop makes acoustic guitars and electric guitars. Each acoustic guitar "
            "takes 30 minutes to sand and 20 minutes to string. Each electric guitar takes 25 "
            "minutes to sand and 10 minutes to string. There are 600 minutes available for "
            "sanding and 300 minutes available for stringing. The profit is $90 per acoustic "
            "guitar and $70 per electric guitar. How many of each should be made to maximize "
            "profit?",
            1710,
        ),
        (
            "A jam maker sells strawberry jam and plum jam in jars. Each strawberry jar takes 2 "
            "minutes to fill and 1 minute to label. Each plum jar takes 3 minutes to fill and 2 "
            "minutes to label. There are 120 minutes for filling and 70 minutes for labelling. The "
            "profit per strawberry jar is $3 and per plum jar is $5. How many jars of each should "
            "be made to maximize profit?",
            190,
        ),
        (
            "A tour company runs city tours and coast tours. A city tour needs 2 hours of guiding "
            "and 1 hour of travelling. A coast tour needs 3 hours of guiding and 4 hours of "
            "travelling. The guides can spend at most 60 hours guiding and at most 50 hours to "
            "travel each week. A city tour earns $150 and a coast tour earns $260. How many of "
            "each should run to maximize earnings?",
            4780,
        ),
    ],
)
def test_a_verb_and_its_ing_form_name_the_same_task(text: str, answer: float) -> None:
    # stem('string') was 'str' (no vowel left: no '-ing' form) and stem('labelling') 'labell'
    assert solved_objective(text) == pytest.approx(answer)


# -------- 'blue t-shirts' and 'dark blue t-shirts': a name inside another is told apart by its own
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A bakery sells chocolate cookies and double chocolate cookies. A chocolate cookie "
            "needs 10 grams of cocoa and 5 grams of butter. A double chocolate cookie needs 25 "
            "grams of cocoa and 6 grams of butter. The bakery has 1000 grams of cocoa and 330 "
            "grams of butter. The profit per chocolate cookie is $1 and the profit per double "
            "chocolate cookie is $2. How many of each should be baked to maximize profit?",
            86,
        ),
        (
            "A studio prints red posters and bright red posters. A red poster uses 2 units of ink "
            "and 4 minutes of press time. A bright red poster uses 3 units of ink and 3 minutes of "
            "press time. The studio has 120 units of ink and 150 minutes of press time. The profit "
            "per red poster is $5 and the profit per bright red poster is $6. How many of each "
            "should be printed to maximize profit?",
            255,
        ),
        (
            "A farm packs large eggs and extra large eggs in cartons. A carton of large eggs takes "
            "3 minutes of grading and a carton of extra large eggs takes 5 minutes of grading, "
            "with 300 minutes of grading time. The farm can sell at most 50 cartons of large eggs. "
            "A carton of large eggs earns $2 and a carton of extra large eggs earns $4. How many "
            "cartons of each should be packed to maximize earnings?",
            240,
        ),
    ],
)
def test_a_name_inside_another_name_is_a_decision_of_its_own(text: str, answer: float) -> None:
    # 'a blue t-shirt requires 3 units of dye' is the blue one, not both
    assert solved_objective(text) == pytest.approx(answer)


# -------------- 'bagels with cheese, bagels with seeds, and bagels with no topping': three decisions
_BAGELS = (
    "A cafe sells three kinds of bagels. Bagels with cheese, bagels with seeds, and bagels with "
    "no topping. A bagel with cheese uses 40 grams of dough and earns $3. A bagel with seeds uses "
    "35 grams of dough and earns $2.50. A bagel with no topping uses 30 grams of dough and earns "
    "$2. The cafe has 3000 grams of dough and can bake at most {limit}. How many of each should "
    "be baked to maximize earnings?"
)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (_BAGELS.format(limit="80 bagels"), 225),
        (
            "A baker makes loaves with nuts, loaves with raisins, and loaves with no filling. A "
            "loaf with nuts takes 12 minutes of oven time and earns $6. A loaf with raisins takes "
            "10 minutes of oven time and earns $5. A loaf with no filling takes 8 minutes of oven "
            "time and earns $3. There are 480 minutes of oven time, and at least 10 loaves with no "
            "filling must be made. How many loaves of each kind maximize earnings?",
            230,
        ),
        (
            "A gym runs classes with a trainer, classes with music, and classes with no equipment. "
            "A class with a trainer costs $60 and draws 20 members. A class with music costs $30 "
            "and draws 12 members. A class with no equipment costs $20 and draws 9 members. The "
            "gym has $900 a week for classes and can run at most 25 classes a week. How many "
            "classes of each kind should the gym run to draw the most members?",
            340,
        ),
        # the shared noun, then 'with' and one decision's words: that decision
        (_BAGELS.format(limit="20 bagels with cheese"), 217),
    ],
)
def test_items_with_a_shared_noun_and_preposition_including_no(text: str, answer: float) -> None:
    # 'with no topping' is an item ('no' names it); 'at most 80 bagels' counts all of them
    assert solved_objective(text) == pytest.approx(answer)


# ------------- 'as follows: Bonds, 3%; Stocks, 7%, Gold, 5%': ';' between pairs is no sentence end
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Anna has $50000 to invest in three funds: Bonds, Stocks and Gold. The annual rate of "
            "return for each is as follows: Bonds, 3%; Stocks, 7%, Gold, 5%. She invests at most "
            "$20000 in Stocks and at least $10000 in Bonds. How much should she invest in each to "
            "maximize her return?",
            2700,
        ),
        (
            "Tom has $80000 to invest in the following funds: ETFs, REITs, CDs and MMFs. The "
            "annual rate of return for each is as follows: ETFs, 5%; REITs, 4%, CDs, 6%, MMFs, 9%. "
            "The amount in MMFs can not exceed the amount in REITs. How much should Tom invest in "
            "each fund to maximize his return?",
            5200,
        ),
        (
            "A fund manager places $1000000 in the following assets: Bonds, Shares and Land. The "
            "yearly return of each is as follows: Bonds, 2%; Shares, 8%, Land, 6%. At most 30% of "
            "the money can be in Shares. How much should be placed in each asset to maximize the "
            "return?",
            66000,
        ),
    ],
)
def test_name_value_pairs_after_a_colon_stay_in_one_sentence(text: str, answer: float) -> None:
    # the pairs after the first ';' keep the words before the colon ('annual rate of return')
    assert solved_objective(text) == pytest.approx(answer)


# --------- 'A boat can take 200 ... His neighbor can take 40 ...': a possessed subject, said alike
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A baker delivers bread using a delivery bike or his brother. A bike can deliver 30 "
            "loaves per trip and costs $5 per trip. His brother can deliver 80 loaves per trip and "
            "costs $12 per trip. The baker will spend at most $120, and the number of bike trips "
            "can not exceed the number of trips his brother makes. How many trips of each should "
            "be made to deliver the most loaves?",
            800,
        ),
        (
            "A student gets help from a tutor or from her sister. A tutor can explain 10 problems "
            "per hour and costs $40 per hour. Her sister can explain 4 problems per hour and costs "
            "$5 per hour. The student can spend at most $200, and her sister can help for at most "
            "10 hours. How many hours of each should she use to have the most problems explained?",
            77.5,
        ),
        (
            "A shop moves boxes using a forklift or its owner. A forklift can move 50 boxes per "
            "hour and costs $30 per hour. Its owner can move 10 boxes per hour and costs $10 per "
            "hour. The shop can spend at most $300 and the forklift can be used for at most 6 "
            "hours. How many hours of each should be used to move the most boxes?",
            420,
        ),
    ],
)
def test_a_possessed_subject_said_like_another_is_a_decision(text: str, answer: float) -> None:
    assert solved_objective(text) == pytest.approx(answer)


# ------ 'the amount of protein and fat in Feed X is 4 and 2 grams per kg respectively': in order
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A farmer blends two feeds, Feed X and Feed Y. The amount of protein and fat in Feed X "
            "is 4 grams per kg and 2 grams per kg respectively. The amount of protein and fat in "
            "Feed Y is 2 grams per kg and 5 grams per kg respectively. The blend must contain at "
            "least 40 grams of protein and 30 grams of fat. Feed X costs $3 per kg and Feed Y "
            "costs $2 per kg. How many kg of each feed minimize the cost?",
            31.25,
        ),
        (
            "A clinic mixes two supplements, P and Q. The calcium, iron and zinc content of P is 5 "
            "mg, 2 mg and 1 mg respectively. The calcium, iron and zinc content of Q is 1 mg, 3 mg "
            "and 2 mg respectively. A patient needs at least 20 mg of calcium, 18 mg of iron and 8 "
            "mg of zinc. P costs $4 per tablet and Q costs $3 per tablet. How many tablets of each "
            "minimize cost?",
            27,
        ),
        (
            "A zoo mixes two feeds, M and N. The protein and fibre in M are 8 grams per scoop and "
            "3 grams per scoop respectively. The protein and fibre in N are 4 grams per scoop and "
            "6 grams per scoop respectively. Each animal needs at least 64 grams of protein and 48 "
            "grams of fibre. M costs $2 per scoop and N costs $1.50 per scoop. How many scoops of "
            "each minimize cost?",
            19,
        ),
    ],
)
def test_per_unit_numbers_respectively_measure_the_listed_things(text: str, answer: float) -> None:
    assert solved_objective(text) == pytest.approx(answer)


# ------------------------- 'results in a $3 loss', 'loses $2 on each', 'a loss of $100': negative
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A farm grows beans and squash. Each acre of beans results in a $50 loss, but each acre "
            "of squash results in a $200 profit. The farm must plant at least 10 acres of beans and "
            "has 40 acres in total. How many acres of each should be planted to maximize net "
            "profit?",
            -50 * 10 + 200 * 30,
        ),
        (
            "A shop sells kites and yo-yos. It loses $2 on each kite but earns $5 on each yo-yo. It "
            "must sell at least 20 kites and can sell at most 100 toys in total. How many of each "
            "should it sell to maximize profit?",
            -2 * 20 + 5 * 80,
        ),
        (
            "A theatre runs matinee shows and evening shows. A matinee show makes a loss of $100 "
            "and an evening show makes a profit of $400. The theatre must run at least 4 matinee "
            "shows and at most 10 shows in total. How many of each should it run to maximize net "
            "profit?",
            -100 * 4 + 400 * 6,
        ),
    ],
)
def test_money_lost_per_unit_is_a_negative_profit(text: str, answer: float) -> None:
    assert solved_objective(text) == pytest.approx(answer)


# ------- 'at least 40 coffees and 20 hot chocolates, but not more than 60 coffees or 35 ...': two lists
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A kiosk sells tea and cake. It must sell at least 30 teas and 10 cakes, but can not "
            "make more than 50 teas or 25 cakes. It can make at most 60 items in total. The profit "
            "is $1 per tea and $3 per cake. How many of each should it sell to maximize profit?",
            110,
        ),
        (
            "Mia must plant at least 5 acres of corn and 8 acres of oats, but can plant at most 20 "
            "acres of corn or 12 acres of oats. She has 25 acres in total. Corn earns $300 per "
            "acre and oats earn $400 per acre. How many acres of each should she plant to maximize "
            "earnings?",
            13 * 300 + 12 * 400,
        ),
        (
            "A bakery must bake at least 12 pies and 20 cookies a day, but cannot bake more than "
            "30 pies or 50 cookies. The oven fits at most 90 items a day. A pie earns $4 and a "
            "cookie earns $1. How many of each should be baked to maximize earnings?",
            30 * 4 + 50,
        ),
    ],
)
def test_a_second_list_of_limits_in_a_sentence_is_read_too(text: str, answer: float) -> None:
    assert solved_objective(text) == pytest.approx(answer)


# ------------ '2 units of peanut butter' for a peanut butter smoothie: the name without its head,
# measured in a unit, is a material
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "A shop makes dark chocolate bars and white chocolate bars. One dark chocolate bar "
            "needs 3 units of dark chocolate and 1 unit of sugar. One white chocolate bar needs 2 "
            "units of white chocolate and 2 units of sugar. The shop has 60 units of dark "
            "chocolate, 50 units of white chocolate and 40 units of sugar. The profit per dark "
            "chocolate bar is $2 and the profit per white chocolate bar is $3. How many of each "
            "should be made to maximize profit?",
            70,
        ),
        (
            "A cafe makes green tea lattes and black tea lattes. One green tea latte requires 2 "
            "units of green tea and 3 units of milk. One black tea latte requires 3 units of black "
            "tea and 2 units of milk. The cafe has 40 units of green tea, 45 units of black tea "
            "and 70 units of milk. The profit per green tea latte is $4 and the profit per black "
            "tea latte is $5. How many of each should be made to maximize profit?",
            127,
        ),
        (
            "A bakery makes maple syrup pancakes and berry jam pancakes. One maple syrup pancake "
            "needs 2 units of maple syrup and 1 unit of batter. One berry jam pancake needs 3 units "
            "of berry jam and 1 unit of batter. The bakery has 50 units of maple syrup, 60 units "
            "of berry jam and 40 units of batter. Each maple syrup pancake earns $2 and each berry "
            "jam pancake earns $3. How many of each should be made to maximize earnings?",
            100,
        ),
    ],
)
def test_a_decision_name_without_its_head_after_units_of_is_a_material(
    text: str, answer: float
) -> None:
    assert solved_objective(text) == pytest.approx(answer)
