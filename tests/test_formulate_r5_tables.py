"""Tables in problem text: detection, orientation, facts, and the formulations built from them.

Every problem here is written for these tests; each expected optimum is checked against a
hand model solved by HiGHS, so a test fails if the table is misread."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches
from optform.offline.tables import find_tables, item_facts, render_facts

KILN = """A pottery studio fires bowls, vases and plates in one kiln and glazes them by hand.
The studio has 300 hours of kiln time and 240 hours of glazing time available each month.
How many of each should the studio make to maximize its profit?

| Piece | Kiln Time (hours) | Glazing Time (hours) | Profit ($) |
|-------|-------------------|----------------------|------------|
| Bowl  | 2                 | 1                    | 30         |
| Vase  | 3                 | 4                    | 55         |
| Plate | 1                 | 2                    | 18         |
"""

FEED = """A kennel blends two dry feeds for its dogs and wants to feed them at minimum cost.
The cost of the Crunch feed is $3 per kilogram and the cost of the Meaty feed is $5 per kilogram.

Table (The units of each nutrient in a kilogram of feed and the minimum daily requirements of each nutrient):
| Nutrient | Crunch | Meaty | Minimum Daily Amount |
|----------|--------|-------|----------------------|
| Protein  | 20     | 50    | 400                  |
| Fat      | 10     | 8     | 90                   |
"""


def _hm(
    obj: tuple[str, str], cons: list[str], names: list[str], integer: bool = False
) -> float | None:
    f = hand_model_formulation(
        {"variables": names, "objective": list(obj), "constraints": cons, "integer": integer}
    )
    return f.solve().objective


def test_pipe_table_is_parsed_with_units_money_and_spans() -> None:
    (t,) = find_tables(KILN)
    assert t.kind == "pipe"
    assert t.header == ("Piece", "Kiln Time (hours)", "Glazing Time (hours)", "Profit ($)")
    assert [r.label for r in t.rows] == ["Bowl", "Vase", "Plate"]
    assert [c.value for c in t.rows[1].cells] == [3.0, 4.0, 55.0]
    assert KILN[t.rows[0].start : t.rows[0].end].startswith("| Bowl")
    facts = item_facts(t, KILN[: t.start])
    assert facts is not None
    assert facts.items == ["Bowl", "Vase", "Plate"]
    names = [a.name for a in facts.attributes]
    assert names == ["kiln time", "glazing time", "profit"]
    assert facts.attributes[0].unit == "hours"
    assert facts.attributes[2].money


def test_items_as_columns_with_a_minimum_column() -> None:
    (t,) = find_tables(FEED)
    # the caption line goes with the table: its words ('minimum daily requirements') are no goal
    assert FEED[t.start :].startswith("Table (The units of each nutrient")
    facts = item_facts(t, FEED[: t.start])
    assert facts is not None
    assert facts.items == ["Crunch", "Meaty"]
    assert [a.name for a in facts.attributes] == ["protein", "fat"]
    assert [(lim.attribute, lim.op, lim.value) for lim in facts.limits] == [
        ("protein", ">=", 400.0),
        ("fat", ">=", 90.0),
    ]
    texts = [p.text for p in render_facts(facts)]
    assert "Each Crunch requires 20 units of protein." in texts
    assert "At least 90 units of fat are required." in texts


def test_from_to_tables_are_not_items() -> None:
    text = "| From / To | Store 1 | Store 2 |\n|---|---|---|\n| Depot A | 4 | 6 |\n| Depot B | 5 | 3 |\n"
    (t,) = find_tables(text)
    assert item_facts(t, "") is None


def test_kiln_product_mix_from_a_table() -> None:
    f = formulate_offline(KILN)
    assert [v.name for v in f.variables] == ["bowl", "vase", "plate"]
    want = _hm(
        ("maximize", "30*bowl + 55*vase + 18*plate"),
        ["2*bowl + 3*vase + plate <= 300", "bowl + 4*vase + 2*plate <= 240"],
        ["bowl", "vase", "plate"],
        integer=True,
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)
    # the objective's coefficients come from the table rows: nothing of the table is unresolved
    assert not [u for u in f.unresolved if u.text.startswith("|")]


def test_feed_blend_limits_from_a_table_column_cite_the_row() -> None:
    f = formulate_offline(FEED)
    got = f.solve().objective
    want = _hm(
        ("minimize", "3*crunch + 5*meaty"),
        ["20*crunch + 50*meaty >= 400", "10*crunch + 8*meaty >= 90"],
        ["crunch", "meaty"],
    )
    assert want is not None and matches(got, want), (got, want)
    rows = [
        c for c in f.constraints if c.provenance and c.provenance.sentence.startswith("| Protein")
    ]
    assert rows, [c.provenance for c in f.constraints]
    p = rows[0].provenance
    assert p is not None and FEED[p.start : p.end] == p.sentence


def test_bracket_rows_after_a_header_list() -> None:
    text = (
        "A grower has 500 acres for oats and barley. Seed Cost per Acre, Labor Hours per Acre, "
        "Profit per Acre. Oats: [$40, 3, $120], Barley: [$60, 2, $150]. The seed budget is $24,000 "
        "and 1,200 hours of labor are available. How many acres of each should be planted to "
        "maximize profit?"
    )
    (t,) = find_tables(text)
    assert t.kind == "bracket"
    assert t.header[1:] == ("Seed Cost per Acre", "Labor Hours per Acre", "Profit per Acre")
    f = formulate_offline(text)
    want = _hm(
        ("maximize", "120*oats + 150*barley"),
        ["oats + barley <= 500", "40*oats + 60*barley <= 24000", "3*oats + 2*barley <= 1200"],
        ["oats", "barley"],
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)


def test_text_without_tables_is_unchanged() -> None:
    assert find_tables("Each chair takes 3 hours; 40 hours are available.") == []


PANTRY = """A camp cook picks among three staples to feed a hiker for the day as cheaply as possible.
Here is what one portion of each staple gives:
- Lentils: Provides 9 grams of fibre, 18 grams of protein and 230 calories for $2.
- Oatmeal: Provides 4 grams of fibre, a single gram of protein and 150 calories for a single dollar.
- Peanuts: Packs 2 grams of fibre, 7 grams of protein and 170 calories at a cost of $3.

The hiker needs at least 20 grams of fibre, 30 grams of protein and 1500 calories.
What is the cheapest way to meet these needs?
"""


def test_bullet_rows_with_the_same_attributes_are_a_table() -> None:
    (t,) = find_tables(PANTRY)
    assert t.kind == "rowlist"
    assert [r.label for r in t.rows] == ["Lentils", "Oatmeal", "Peanuts"]
    assert t.header[1:] == ("fibre (grams)", "protein (grams)", "calories", "cost")
    # 'a single gram', 'a single dollar'; 'Provides 9' / 'Provides 4' are quantities, not names
    assert [c.value for c in t.rows[1].cells] == [4.0, 1.0, 150.0, 1.0]
    assert [c.value for c in t.rows[0].cells] == [9.0, 18.0, 230.0, 2.0]


def test_diet_from_bullet_rows() -> None:
    f = formulate_offline(PANTRY)
    assert [v.name for v in f.variables] == ["lentils", "oatmeal", "peanuts"]
    want = _hm(
        ("minimize", "2*lentils + oatmeal + 3*peanuts"),
        [
            "9*lentils + 4*oatmeal + 2*peanuts >= 20",
            "18*lentils + oatmeal + 7*peanuts >= 30",
            "230*lentils + 150*oatmeal + 170*peanuts >= 1500",
        ],
        ["lentils", "oatmeal", "peanuts"],
        integer=f.variables[0].type.value == "integer",
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)
    cited = {c.provenance.sentence.split(":")[0] for c in f.constraints if c.provenance}
    assert not cited & {"- Lentils", "- Oatmeal"}  # limits cite the requirement sentence


def test_bullet_lists_of_flows_are_not_item_tables() -> None:
    text = (
        "- From Depot 1: to Depot 2 costs 4, to Depot 3 costs 6.\n"
        "- From Depot 2: to Depot 1 costs 5, to Depot 3 costs 2.\n"
    )
    assert find_tables(text) == []


MIXES = """A bakery sells two flour mixes, Mix A and Mix B, at a profit of $4 per bag of A and $5 per bag of B.
This week it has 600 kg of rye and 500 kg of wheat. How many bags of each mix should it fill to maximize its profit?

| Ingredient | Mix A   | Mix B   |
|------------|---------|---------|
| Rye        | 3 kg    | 2 kg    |
| Wheat      | 1 kg    | 4 kg    |
"""


def test_items_told_apart_by_a_letter_are_named_by_it() -> None:
    f = formulate_offline(MIXES)
    assert [v.name for v in f.variables] == ["mix_a", "mix_b"]
    want = _hm(
        ("maximize", "4*mix_a + 5*mix_b"),
        ["3*mix_a + 2*mix_b <= 600", "mix_a + 4*mix_b <= 500"],
        ["mix_a", "mix_b"],
        integer=f.variables[0].type.value == "integer",
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)


PIPES = """A water board moves water from Depot 0 to Depot 3 through pipes of limited capacity.
- From Depot 0 (Source): water can go to Depot 1 (10 megalitres) and Depot 2 (5 megalitres).
- From Depot 1: water can go to Depot 2 (15 megalitres) and Depot 3 (4 megalitres).
- From Depot 2: water can go to Depot 3 (8 megalitres).
- From Depot 3 (Destination): water can flow back to Depot 0 (3 megalitres).
The board expects 25 engineers on duty.
What is the maximum amount of water that can reach Depot 3 from Depot 0 per day?
"""

SHOPS = """A bakery chain evens out flour between its shops at the lowest transport cost.
- Shop 1 has 50 sacks but needs 20 sacks.
- Shop 2 has 10 sacks but needs 30 sacks.
- Shop 3 has 40 sacks but needs 45 sacks.
Moving a sack from Shop 1 to Shop 2 costs 3, to Shop 3 costs 7.
From Shop 2 to Shop 1 costs 2, to Shop 3 costs 1.
From Shop 3 to Shop 1 costs 4, to Shop 2 costs 6.
What is the minimum cost of meeting every shop's needs?
"""


def test_maximum_flow_from_an_arc_list() -> None:
    f = formulate_offline(PIPES)
    assert f.meta.get("network") == "maxflow"
    assert f.objective is not None and f.objective.sense == "maximize"
    # min cut {1->3, 2->3} = 4 + 8
    assert matches(f.solve().objective, 12.0)
    cap = next(c for c in f.constraints if c.name == "cap_1_3")
    assert cap.provenance is not None
    assert cap.provenance.sentence.startswith("- From Depot 1:")
    assert PIPES[cap.provenance.start : cap.provenance.end] == cap.provenance.sentence
    assert [u.text for u in f.unresolved] == ["The board expects 25 engineers on duty."]


def test_transfers_between_places_with_needs() -> None:
    f = formulate_offline(SHOPS)
    assert f.meta.get("network") == "transfer"
    # 25 sacks 1->2 (3 each), 5 of them on to 3 (1 each): 75 + 5
    assert matches(f.solve().objective, 80.0)
    need = next(c for c in f.constraints if c.name == "needs_2")
    assert need.provenance is not None and "Shop 2 has 10 sacks" in need.provenance.sentence


def test_a_single_route_cost_is_no_network() -> None:
    text = (
        "A firm makes chairs and tables. Shipping a chair from Plant 1 to Store 2 costs $5. "
        "Each chair earns $30 and each table $50. Each chair takes 2 hours and each table 5 hours; "
        "40 hours are available. Maximize profit."
    )
    f = formulate_offline(text)
    assert "network" not in f.meta


DEPOTS = """A grocer may open two depots to supply two shops at the lowest total cost.

Opening Costs for Each Depot (in dollars):
- Depot 1: $100
- Depot 2: $30

Transport Cost Per Crate from Each Depot to the Shops:
- From Depot 1: $1 to Shop 1, $4 to Shop 2
- From Depot 2: $3 to Shop 1, $1 to Shop 2

Demand of Each Shop (in crates):
- Shop 1: 30
- Shop 2: 30

Capacity of Each Depot (in crates):
- Depot 1: 50
- Depot 2: 60

What is the minimum total cost of opening depots and shipping the crates?
"""


def test_facility_location_from_lists_by_place() -> None:
    f = formulate_offline(DEPOTS)
    assert f.meta.get("network") == "supply"
    assert {v.name for v in f.variables if v.type.value == "binary"} == {
        "open_depot_1",
        "open_depot_2",
    }
    # only depot 2 (capacity 60): 30*3 + 30*1 + 30 opening; both depots cost 190
    assert matches(f.solve().objective, 150.0)
    dem = next(c for c in f.constraints if c.name == "demand_shop_1")
    assert dem.provenance is not None and dem.provenance.sentence.strip() == "- Shop 1: 30"


ROUNDS = """A vet visits four farms, Farm 1 to Farm 4, and must visit each farm exactly once before
returning to the farm where she started. She wants the lowest total driving time.
- From Farm 1, it takes 12 minutes to reach Farm 2, 30 minutes to Farm 3 and 9 minutes to Farm 4.
- From Farm 2, it takes 14 minutes to reach Farm 1, 8 minutes to Farm 3 and 25 minutes to Farm 4.
- From Farm 3, it takes 28 minutes to reach Farm 1, 7 minutes to Farm 2 and 11 minutes to Farm 4.
- From Farm 4, it takes 10 minutes to reach Farm 1, 26 minutes to Farm 2 and 13 minutes to Farm 3.
What is the minimum total driving time of her round?
"""


def test_a_round_visiting_every_place_once() -> None:
    import itertools

    cost = {
        (1, 2): 12, (1, 3): 30, (1, 4): 9,
        (2, 1): 14, (2, 3): 8, (2, 4): 25,
        (3, 1): 28, (3, 2): 7, (3, 4): 11,
        (4, 1): 10, (4, 2): 26, (4, 3): 13,
    }  # fmt: skip
    best = min(
        sum(cost[(a, b)] for a, b in itertools.pairwise((1, *p, 1)))
        for p in itertools.permutations((2, 3, 4))
    )
    f = formulate_offline(ROUNDS)
    assert f.meta.get("network") == "tour"
    assert matches(f.solve().objective, float(best)), best


QUARRIES = """Two quarries supply gravel to two building sites at the lowest haulage cost.
Quarry North, near Elm, can deliver at most 300 tonnes a week, while Quarry South can deliver at most 250 tonnes.
Site East must receive at least 200 tonnes and Site West needs at least 280 tonnes a week.

| From / To            | Site East | Site West |
|----------------------|-----------|-----------|
| Quarry North (Elm)   | $6        | $9        |
| Quarry South         | $5        | $4        |
"""


def test_transport_costs_in_a_from_to_table() -> None:
    f = formulate_offline(QUARRIES)
    assert f.meta.get("network") == "supply"
    want = _hm(
        ("minimize", "6*ne + 9*nw + 5*se + 4*sw"),
        ["ne + nw <= 300", "se + sw <= 250", "ne + se >= 200", "nw + sw >= 280"],
        ["ne", "nw", "se", "sw"],
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)
    cap = next(c for c in f.constraints if c.name == "capacity_quarry_north")
    assert cap.provenance is not None and "at most 300" in cap.provenance.sentence


LOOM = """A weaver makes scarves and shawls on one loom and sells them at a market.
She has 120 hours of loom time and 90 kg of wool each month. How many of each should she weave
to maximize her profit?

Item      Loom Time (hours)   Wool (kg)   Profit ($)
Scarf     2                   1           25
Shawl     5                   3           70
"""


def test_whitespace_aligned_table() -> None:
    (t,) = find_tables(LOOM)
    assert t.kind == "aligned"
    assert t.header == ("Item", "Loom Time (hours)", "Wool (kg)", "Profit ($)")
    assert [r.label for r in t.rows] == ["Scarf", "Shawl"]
    f = formulate_offline(LOOM)
    want = _hm(
        ("maximize", "25*scarf + 70*shawl"),
        ["2*scarf + 5*shawl <= 120", "scarf + 3*shawl <= 90"],
        ["scarf", "shawl"],
        integer=f.variables[0].type.value == "integer",
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)


GUARDS = """A museum hires guards who each work four consecutive days and then have three days off.
The number of guards needed each day is shown below. The museum wants the minimum number of guards.

| Day       | Guards Needed |
|-----------|---------------|
| Monday    | 5             |
| Tuesday   | 3             |
| Wednesday | 3             |
| Thursday  | 4             |
| Friday    | 6             |
| Saturday  | 8             |
| Sunday    | 7             |
"""


def test_cyclic_staffing_from_a_table_of_needs() -> None:
    f = formulate_offline(GUARDS)
    assert f.meta.get("schedule") == "cyclic"
    days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    need = [5, 3, 3, 4, 6, 8, 7]
    cons = [" + ".join(days[(d - j) % 7] for j in range(4)) + f" >= {need[d]}" for d in range(7)]
    f2 = hand_model_formulation(
        {"variables": days, "objective": ["minimize", " + ".join(days)], "constraints": cons,
         "integer": True}
    )  # fmt: skip
    want = f2.solve().objective
    assert want is not None and matches(f.solve().objective, want), want
    assert f.unresolved == []
    sat = next(c for c in f.constraints if c.name == "cover_saturday")
    assert sat.provenance is not None and sat.provenance.sentence.startswith("| Saturday")


def test_bullet_rows_with_names_before_values() -> None:
    text = (
        "A zoo mixes two feeds for its goats at the lowest cost.\n"
        "- Hay pellets: fibre: 30 grams, protein: 5 grams, cost: $2\n"
        "- Grain mix: fibre: 10 grams, protein: 15 grams, cost: $3\n"
        "Each goat needs at least 120 grams of fibre and 60 grams of protein a day.\n"
    )
    (t,) = find_tables(text)
    assert t.header[1:] == ("fibre (grams)", "protein (grams)", "cost")
    f = formulate_offline(text)
    want = _hm(
        ("minimize", "2*h + 3*g"),
        ["30*h + 10*g >= 120", "5*h + 15*g >= 60"],
        ["h", "g"],
        integer=f.variables[0].type.value == "integer",
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)


SETUP = """A workshop can make lamps and stools. A lamp earns $9 and a stool earns $4. The workshop has
60 hours of bench time. Maximize the workshop's profit.

| Product | Bench Time (hours) | Setup Cost (if produced) |
|---------|--------------------|--------------------------|
| Lamp    | 3                  | $50                      |
| Stool   | 1                  | $10                      |
"""


def test_a_setup_cost_column_is_a_fixed_charge() -> None:
    f = formulate_offline(SETUP)
    assert {v.name for v in f.variables if v.type.value == "binary"} == {"make_lamp", "make_stool"}
    # lamps only: 20*9 - 50 = 130; stools only: 60*4 - 10 = 230; both never beat stools only
    assert matches(f.solve().objective, 230.0)
    link = next(c for c in f.constraints if c.name == "only_if_make_lamp")
    assert link.expression == "lamp - 20*make_lamp <= 0"
    assert link.provenance is not None and link.provenance.sentence.startswith("| Lamp")


_CELL = st.one_of(
    st.sampled_from(["", "Item", "Cost ($)", "Max", "From / To", "Yes", "$5", "1,200", "3 kg"]),
    st.integers(0, 999).map(str),
    st.text(alphabet="abcXYZ $.,:()-/0123456789", max_size=8),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=1, max_size=5), min_size=1, max_size=6), st.booleans())
def test_any_table_like_text_is_read_without_errors(rows: list[list[str]], bullets: bool) -> None:
    if bullets:
        lines = [f"- {r[0] or 'X'}: " + ", ".join(r[1:]) for r in rows]
    else:
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
    text = "A shop sells things to maximize profit.\n" + "\n".join(lines) + "\nAt most 10 hours."
    for t in find_tables(text):
        facts = item_facts(t, text)
        if facts is not None:
            for p in render_facts(facts):
                assert 0 <= p.start <= p.end <= len(text)
    f = formulate_offline(text)  # never raises on table-like input
    for c in f.constraints:
        assert c.provenance is not None
        assert text[c.provenance.start : c.provenance.end] == c.provenance.sentence


def test_a_max_demand_column_bounds_each_row_item() -> None:
    text = (
        "A print shop makes posters and flyers. It has 100 hours of press time. Maximize profit.\n\n"
        "| Product | Press Time (hours) | Profit ($) | Max Demand |\n"
        "|---------|--------------------|------------|------------|\n"
        "| Poster  | 2                  | 8          | 30         |\n"
        "| Flyer   | 1                  | 3          | 80         |\n"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["poster", "flyer"]
    # 30 posters (60 hours) and 40 flyers: 240 + 120
    assert matches(f.solve().objective, 360.0)
    assert {c.expression for c in f.constraints} >= {"poster <= 30", "flyer <= 80"}


def test_an_available_row_with_an_empty_profit_cell() -> None:
    text = (
        "A joinery makes doors and windows and wants to maximize profit.\n\n"
        "| Product   | Cutting (hours) | Finishing (hours) | Profit ($) |\n"
        "|-----------|-----------------|-------------------|------------|\n"
        "| Door      | 3               | 2                 | 60         |\n"
        "| Window    | 2               | 4                 | 50         |\n"
        "| Available | 120             | 140               |            |\n"
    )
    f = formulate_offline(text)
    want = _hm(
        ("maximize", "60*door + 50*window"),
        ["3*door + 2*window <= 120", "2*door + 4*window <= 140"],
        ["door", "window"],
        integer=f.variables[0].type.value == "integer",
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)
    cut = next(c for c in f.constraints if "120" in (c.expression or ""))
    assert cut.provenance is not None and cut.provenance.sentence.startswith("| Available")


def test_items_as_columns_with_an_available_column_and_a_profit_row() -> None:
    text = (
        "A carpenter builds chairs and tables and wants the largest profit.\n\n"
        "| Resource | Chair | Table | Available |\n"
        "|----------|-------|-------|-----------|\n"
        "| Wood     | 2     | 5     | 100       |\n"
        "| Labor    | 3     | 2     | 60        |\n"
        "| Profit   | 20    | 35    |           |\n"
    )
    f = formulate_offline(text)
    want = _hm(
        ("maximize", "20*chair + 35*table"),
        ["2*chair + 5*table <= 100", "3*chair + 2*table <= 60"],
        ["chair", "table"],
        integer=f.variables[0].type.value == "integer",
    )
    got = f.solve().objective
    assert want is not None and matches(got, want), (got, want)
