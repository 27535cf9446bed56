"""Round 7b (tuner l), NL4Opt-style wordings met in training texts 225..249, on sentences written
for these tests (not from any benchmark). Each test fails without the mechanism it names."""

from __future__ import annotations

import pytest
from offline_helpers import constraint_rows as _rows

from optform.offline import formulate_offline


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


# ------------------------------------- 'Each machine can be used for at most N': a resource, no decision
@pytest.mark.parametrize(
    "text",
    [
        "A cleaning firm works in two towns and is paid per kilogram of waste it collects. In the "
        "eastern town, the revenue per kilogram is $3. In the western town, the revenue per "
        "kilogram is $2. Each machine can be used for at most 400 minutes per day. At the "
        "eastern town, collecting 1 kilogram requires 2 minutes on the sweeper and 1 minute on "
        "the van. At the western town, collecting 1 kilogram requires 1 minute on the sweeper and "
        "3 minutes on the van. How many kilograms should be collected in each town to maximize "
        "revenue?",
        "A cleaning firm works in two towns and is paid per kilogram of waste it collects. In the "
        "eastern town, the revenue per kilogram is $3. In the western town, the revenue per "
        "kilogram is $2. Each vehicle is available for at most 400 minutes per day. At the "
        "eastern town, collecting 1 kilogram requires 2 minutes on the sweeper and 1 minute on "
        "the van. At the western town, collecting 1 kilogram requires 1 minute on the sweeper and "
        "3 minutes on the van. How many kilograms should be collected in each town to maximize "
        "revenue?",
        "A dairy collects milk on two routes and is paid per litre. On the hill route, the "
        "margin per litre is $0.40. On the river route, the margin per litre is $0.30. Each "
        "tanker can be run for at most 300 minutes a day. On the hill route, a litre takes 0.5 "
        "minutes of the small tanker and 0.2 minutes of the big tanker. On the river route, a "
        "litre takes 0.1 minutes of the small tanker and 0.4 minutes of the big tanker. How many "
        "litres should be collected on each route to maximize the margin?",
    ],
)
def test_each_resource_can_be_used_names_no_decision(text: str) -> None:
    f = formulate_offline(text)
    assert len(f.variables) == 2, [v.name for v in f.variables]


# ------------------------------------- 'The minimum requirements of the X are N ...': >= limits
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "A paint shop blends two bases to make a paint. Base A has 3 units of pigment and 2 "
            "units of binder. Base B has 1 unit of pigment and 4 units of binder. The minimum "
            "requirements of the new paint are 24 units of pigment and 20 units of binder. If "
            "Base A costs $2 per can and Base B costs $3 per can, how many cans of each should be "
            "used to minimize cost?",
            ["3*A+B>=24", "2*A+4*B>=20"],
        ),
        (
            "A feed mill mixes oats and barley. Each bag of oats gives 5 units of fibre and 2 "
            "units of fat. Each bag of barley gives 2 units of fibre and 3 units of fat. The "
            "minimum amounts for the final blend are 40 units of fibre and 30 units of fat. A bag "
            "of oats costs $6 and a bag of barley costs $5. How many bags of each minimize cost?",
            ["5*oats+2*barley>=40", "2*oats+3*barley>=30"],
        ),
        (
            "A chef combines two sauces, a red sauce and a green sauce. A cup of red sauce holds 2 "
            "units of salt and 6 units of spice. A cup of green sauce holds 4 units of salt and 1 "
            "unit of spice. The minimum needs of the whole new dish are 16 units of salt and 18 "
            "units of spice. Red sauce costs $1 per cup and green sauce costs $2 per cup. How "
            "many cups of each should the chef use to minimize cost?",
            ["2*red_sauce+4*green_sauce>=16", "6*red_sauce+green_sauce>=18"],
        ),
    ],
)
def test_minimum_in_the_subject_reaches_the_number(text: str, rows: list[str]) -> None:
    got = _rows(text)
    for row in rows:
        assert row in got, got


# ------------------------------------- 'sells two bowls of ramen': the count of the kinds, no coefficient
@pytest.mark.parametrize(
    ("text", "objective"),
    [
        (
            "A noodle bar sells two bowls of soup. Miso soup requires 3 eggs and 1 slice of beef. "
            "Tofu soup requires 1 egg and 2 slices of beef. The bar has 90 eggs and 50 slices of "
            "beef. Maximize the number of bowls that can be made.",
            "miso_soup + tofu_soup",
        ),
        (
            "A cafe offers three cups of tea. Green tea needs 2 grams of leaf and 1 gram of sugar. "
            "Black tea needs 3 grams of leaf and 2 grams of sugar. Mint tea needs 1 gram of leaf "
            "and 3 grams of sugar. The cafe has 120 grams of leaf and 80 grams of sugar. How many "
            "cups of each should it make to maximize the number of cups served?",
            "green_tea + black_tea + mint_tea",
        ),
        (
            "A deli prepares two plates of salad. Potato salad takes 4 potatoes and 1 egg. Egg "
            "salad takes 1 potato and 3 eggs. The deli has 60 potatoes and 45 eggs. Formulate an "
            "LP to maximize the number of plates of either kind that can be prepared.",
            "potato_salad + egg_salad",
        ),
    ],
)
def test_count_of_kinds_in_opening_is_no_coefficient(text: str, objective: str) -> None:
    f = formulate_offline(text)
    assert f.objective is not None
    assert f.objective.expression == objective


# ------------------------------------- 'vitamin A', 'Team B': letters of other things; the named kinds decide
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A patient can eat two cereals. Oat cereal contains 4 grams of vitamin A, 2 grams of "
            "vitamin B, and 6 grams of sugar per bowl. Corn cereal contains 3 grams of vitamin A, 5 "
            "grams of vitamin B, and 8 grams of sugar per bowl. The patient must get at least 40 "
            "grams of vitamin A and 30 grams of vitamin B. How many bowls of each cereal should "
            "the patient eat to minimize the amount of sugar?",
            {"oat_cereal", "corn_cereal"},
        ),
        (
            "A runner drinks two teas. Ginger tea has 3 mg of mineral A, 1 mg of mineral B, and 2 "
            "calories per cup. Lemon tea has 1 mg of mineral A, 4 mg of mineral B, and 3 calories "
            "per cup. She needs at least 12 mg of mineral A and 16 mg of mineral B. How many cups "
            "of each tea should she drink to minimize calories?",
            {"ginger_tea", "lemon_tea"},
        ),
        (
            "A farmer feeds two mixes to his hens. Grain mix holds 5 units of vitamin C, 2 units "
            "of vitamin D, and 4 units of fat per scoop. Seed mix holds 2 units of vitamin C, 6 "
            "units of vitamin D, and 3 units of fat per scoop. The hens need at least 50 units of "
            "vitamin C and 45 units of vitamin D. How many scoops of each mix minimize the fat?",
            {"grain_mix", "seed_mix"},
        ),
    ],
)
def test_letters_of_nutrients_do_not_name_the_decisions(text: str, names: set[str]) -> None:
    f = formulate_offline(text)
    assert {v.name for v in f.variables} == names, [v.name for v in f.variables]
