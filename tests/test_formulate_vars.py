"""Offline formulator, round 2: how decisions and goals are introduced (variables, objective, integrality).

Each test is one phrase family, written in words that appear in no benchmark; the development set
``datasets/dev_round2_vars.jsonl`` is re-verified here with HiGHS and an independent scipy model.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from optform.model import VarType
from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches, solved_count

DEV = Path(__file__).resolve().parent.parent / "datasets" / "dev_round2_vars.jsonl"
DEV3 = DEV.with_name("dev_round3_vars.jsonl")
DEV4 = DEV.with_name("dev_round4_vars.jsonl")

PRODUCTS = (
    "A studio makes lamps and vases. A lamp takes 3 hours of work and a vase takes 2 hours of work; "
    "90 hours of work are available. A lamp earns $40 and a vase earns $25. "
)


def _obj(text: str) -> tuple[str, str]:
    f = formulate_offline(text)
    assert f.objective is not None, [u.reason for u in f.unresolved]
    return f.objective.sense, f.objective.expression or ""


def _names(text: str) -> list[str]:
    return [v.name for v in formulate_offline(text).variables]


# ---------------------------------------------------------------- goals


@pytest.mark.parametrize(
    "goal",
    [
        "How many of each should be made to earn as much profit as possible?",
        "Make as much money as possible.",
        "The studio wants to make the most money.",
        "Plan the week so that it earns as much as possible.",
    ],
)
def test_goal_as_much_as_possible(goal: str) -> None:
    assert _obj(PRODUCTS + goal) == ("maximize", "40*lamps + 25*vases")


COSTS = (
    "A kennel feeds dogs with kibble and canned food. Each kilogram of kibble costs $3 and provides 2 units "
    "of protein; each kilogram of canned food costs $5 and provides 4 units of protein. The dogs need at "
    "least 40 units of protein. "
)


@pytest.mark.parametrize(
    "goal",
    [
        "What is the cheapest diet?",
        "Find the least expensive way to feed them.",
        "Which mix is cheapest?",
        "Keep the food bill as low as possible.",
        "The kennel wants to spend as little as possible.",
        "Feed them as cheaply as possible.",
        "Find the lowest-cost plan.",
    ],
)
def test_goal_cheapest_family(goal: str) -> None:
    assert _obj(COSTS + goal) == ("minimize", "3*kibble + 5*canned_food")


def test_goal_wages_as_low_as_possible() -> None:
    text = (
        "A call centre employs day agents and night agents. A day agent handles 40 calls and is paid $150; "
        "a night agent handles 30 calls and is paid $170. At least 900 calls must be handled. "
        "Keep wages as low as possible."
    )
    assert _obj(text) == ("minimize", "150*day_agents + 170*night_agents")


@pytest.mark.parametrize(
    "goal",
    [
        "Reach the largest audience.",
        "Maximize the total reach of the campaign.",
        "How many of each should be bought to reach as many people as possible?",
    ],
)
def test_goal_audience_family(goal: str) -> None:
    text = (
        "A theatre buys radio spots and posters. A radio spot costs $300 and reaches 4,000 listeners; "
        "a poster costs $50 and is seen by 900 commuters. The budget is $6,000. "
    ) + goal
    assert _obj(text) == ("maximize", "4000*radio_spots + 900*posters")


def test_goal_counts_the_decisions() -> None:
    text = (
        "A moving firm rents vans and trucks. A van holds 300 cubic feet and a truck holds 800 cubic feet. "
        "At least 5,000 cubic feet must be moved. Use as few vehicles as possible."
    )
    assert _obj(text) == ("minimize", "vans + trucks")


def test_goal_with_coefficients_beats_goal_without() -> None:
    # two goals are stated; only the second one has per-unit numbers
    text = (
        "A charity runs bake sales and car washes. A bake sale costs $80 and a car wash costs $60. "
        "It wants to delight as many neighbours as possible while minimizing the total expense. "
        "At least 10 events must be held."
    )
    assert _obj(text) == ("minimize", "80*bake_sales + 60*car_washes")


# ---------------------------------------------------------------- integrality


def test_measured_decisions_are_continuous() -> None:
    f = formulate_offline(COSTS + "What is the cheapest diet?")
    assert {v.type for v in f.variables} == {VarType.continuous}
    f = formulate_offline(
        "A plant runs two processes, Red and Blue. An hour of Red makes 5 tonnes and costs $100; "
        "an hour of Blue makes 8 tonnes and costs $190. At least 60 tonnes are needed. "
        "Minimize cost."
    )
    assert {v.type for v in f.variables} == {VarType.continuous}


def test_counted_decisions_stay_integer() -> None:
    f = formulate_offline(PRODUCTS + "Maximize profit.")
    assert {v.type for v in f.variables} == {VarType.integer}


# ---------------------------------------------------------------- the development set


def _scipy(hm: dict[str, Any]) -> float:
    names = list(hm["variables"])
    term = re.compile(r"([+-]?)\s*(?:(\d+(?:\.\d+)?)\s*\*\s*)?([A-Za-z]\w*)")

    def row(expr: str) -> np.ndarray:
        r = np.zeros(len(names))
        for m in term.finditer(expr):
            r[names.index(m.group(3))] += (-1.0 if m.group(1) == "-" else 1.0) * float(
                m.group(2) or 1
            )
        return r

    sense, expr = str(hm["objective"][0]), str(hm["objective"][1])
    sgn = -1.0 if sense == "maximize" else 1.0
    rows, lo, hi = [], [], []
    for e in hm["constraints"]:
        m = re.fullmatch(r"(.*?)\s*(<=|>=|==)\s*(-?[\d.]+)", e)
        assert m is not None, e
        rows.append(row(m.group(1)))
        rhs = float(m.group(3))
        lo.append(-np.inf if m.group(2) == "<=" else rhs)
        hi.append(np.inf if m.group(2) == ">=" else rhs)
    res = milp(
        sgn * row(expr),
        constraints=LinearConstraint(np.array(rows), lo, hi),
        bounds=Bounds(0, np.inf),
        integrality=np.full(len(names), 1 if hm["integer"] else 0),
    )
    assert res.status == 0
    return float(sgn * res.fun)


def _dev(path: Path = DEV) -> list[dict[str, object]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.mark.parametrize(("path", "least"), [(DEV, 25), (DEV3, 16), (DEV4, 10)])
def test_dev_answers_are_verified_by_two_solvers(path: Path, least: int) -> None:
    rows = _dev(path)
    assert len(rows) >= least and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        hm = r["hand_model"]
        assert isinstance(hm, dict)
        f = hand_model_formulation(hm)
        res = f.solve()
        assert matches(res.objective, float(r["answer"])), r["id"]  # type: ignore[arg-type]
        assert matches(_scipy(hm), float(r["answer"])), r["id"]  # type: ignore[arg-type]


# ---------------------------------------------------------------- decisions


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # each item followed by its own description
        (
            "A mover can rent vans, which hold 300 cubic feet, and trucks, which hold 800 cubic feet. A van costs $90 and "
            "a truck costs $200. At least 4,000 cubic feet must be moved. Minimize the cost.",
            ["vans", "trucks"],
        ),
        (
            "A fund invests up to $100,000 in city bonds paying 3%, utility stocks paying 5% and farmland returning 6%. "
            "At most 30% of the money may go to farmland. Maximize the yearly return.",
            ["city_bonds", "utility_stocks", "farmland"],
        ),
        (
            "A mixer blends 400 litres of fuel from a base costing $1 per litre and an additive costing $9 per litre. "
            "At least 5% of the fuel must be additive. Minimize the cost of the fuel.",
            ["base", "additive"],
        ),
        (
            "The money can be placed in a trust yielding a 2% return or in a savings account yielding a 3% return. "
            "The client has $50,000 to invest. Maximize the return.",
            ["trust", "savings_account"],
        ),
    ],
)
def test_items_described_one_by_one(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the subject and its verb are not part of the first item
        (
            "A rancher mixes corn and soybean meal into feed. Each kilogram of corn costs $0.30 and each kilogram of "
            "soybean meal costs $0.90. At least 500 kg of feed is needed. Minimize the cost.",
            ["corn", "soybean_meal"],
        ),
        (
            "A city plants oak and maple saplings along a road. An oak costs $60 and a maple costs $45. The budget is "
            "$9,000. Maximize the number of trees planted.",
            ["oak", "maple"],
        ),
        # the same preposition before both items
        (
            "A plant buys power from the grid and from a solar farm. Grid power costs $0.12 per kWh and solar farm power "
            "costs $0.08 per kWh. It needs 5,000 kWh. Minimize the bill.",
            ["grid", "solar_farm"],
        ),
        # 'as well as' coordinates
        (
            "A trader buys wheat as well as barley. A tonne of wheat costs $200 and a tonne of barley costs $150. "
            "At least 30 tonnes are needed. Minimize the cost.",
            ["wheat", "barley"],
        ),
    ],
)
def test_list_item_boundaries(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_noun_uses_of_verb_words() -> None:
    # 'pack' and 'cook' can be verbs; 'a basic pack', 'each cook' show they are things here
    assert _names(
        "A pharmacy prepares basic packs and premium packs. A basic pack holds 2 tablets and a premium "
        "pack holds 5 tablets. There are 300 tablets. A basic pack earns $4 and a premium pack earns $9. "
        "Maximize profit."
    ) == ["basic_packs", "premium_packs"]
    assert _names(
        "A diner employs cooks and servers. Each cook costs $200 and each server costs $120. At least 10 "
        "staff are needed. Minimize wages."
    ) == ["cooks", "servers"]


def test_subject_with_verb_before_its_number() -> None:
    # 'a small jet seats 50': no list names the jets; the actor ('a charter firm must ...') is not a decision
    f = formulate_offline(
        "A charter firm must fly 900 passengers. A small jet seats 50 and a large jet seats 150. "
        "A small jet costs $4,000 per flight and a large jet $10,000. Minimize the cost."
    )
    assert [v.name for v in f.variables] == ["small_jet", "large_jet"]


def test_letters_naming_teams_yield_to_the_things_made() -> None:
    f = formulate_offline(
        "A studio makes desk lamps and floor lamps. Team A can make at most 30 desk lamps a day "
        "and Team B at most 20 floor lamps a day. A desk lamp earns $15 and a floor lamp earns $25. "
        "Maximize profit."
    )
    assert [v.name for v in f.variables] == ["desk_lamps", "floor_lamps"]


def test_money_put_into_options_is_continuous() -> None:
    f = formulate_offline(
        "Ana wants to put $20,000 into a bond fund and a stock fund. The bond fund returns 4% and "
        "the stock fund 9%. At most 50% of the money can go to the stock fund. "
        "Maximize the annual return."
    )
    assert [v.name for v in f.variables] == ["bond_fund", "stock_fund"]
    assert {v.type for v in f.variables} == {VarType.continuous}


def test_subjects_said_the_same_thing_of() -> None:
    # no list names them: 'Topsoil costs ... and compost costs ...' does
    f = formulate_offline(
        "A landscaper mixes topsoil with compost to fill 60 cubic yards of planters. Topsoil costs "
        "$30 per cubic yard and compost costs $45 per cubic yard. Find the cheapest mix."
    )
    assert [v.name for v in f.variables] == ["topsoil", "compost"]
    assert f.objective is not None and f.objective.expression == "30*topsoil + 45*compost"


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        # 'a compact' is the compact car; 'its driver' is the driver of the vehicle just named
        (
            "A branch buys compact cars and SUVs. Each compact earns $4,000 a year and each SUV earns $6,000. "
            "The lot holds at most 20 vehicles. Maximize earnings.",
            "4000*compact_cars + 6000*suvs",
        ),
        (
            "A school hires bus drivers and van drivers. A bus carries 48 students and its driver costs $160 a day; a van "
            "carries 12 students and its driver costs $55 a day. At least 300 students ride. Minimize the driver cost.",
            "160*bus_drivers + 55*van_drivers",
        ),
        # 'solar power' is the solar contract's power, said in parallel with 'grid power'
        (
            "A data center buys electricity from the grid and from a solar contract. Grid power costs $0.12 per kWh and "
            "solar power $0.08 per kWh. It needs 50,000 kWh. Minimize the bill.",
            "0.12*grid + 0.08*solar",
        ),
    ],
)
def test_shortened_mentions(text: str, expr: str) -> None:
    assert _obj(text)[1] == expr


@pytest.mark.parametrize(
    "goal",
    [
        "Sell the plans so that the monthly income is as large as possible.",
        "Find the mix that earns the most.",
    ],
)
def test_goal_subject_before_as_possible(goal: str) -> None:
    text = (
        "A gym sells a basic plan and a premium plan. A basic plan brings in $20 a month and a premium plan "
        "brings in $35 a month. At most 150 premium plans can be sold and at most 400 plans in total. "
    ) + goal
    assert _obj(text) == ("maximize", "20*basic_plan + 35*premium_plan")


def test_goal_costs_the_least() -> None:
    text = (
        "A print shop can rent a laser printer or an inkjet printer. The laser printer costs $1.50 a minute and "
        "the inkjet printer costs $0.40 a minute. At least 9,000 pages must be printed. "
        "Find the plan that costs the least."
    )
    assert _obj(text) == ("minimize", "1.5*laser_printer + 0.4*inkjet_printer")


def test_goal_staff_as_small_as_possible_counts_them() -> None:
    text = (
        "A clinic staffs its evenings with doctors and nurses. A doctor sees 5 patients an hour and a nurse sees 3. "
        "At least 60 patients an hour must be seen. The clinic wants the total number of staff on duty to be as "
        "small as possible."
    )
    assert _obj(text) == ("minimize", "doctors + nurses")


def test_money_goal_takes_the_only_money_per_unit() -> None:
    text = (
        "A commander allocates units of type X and type Y. Each unit of X requires $10000 and each unit of Y "
        "requires $20000. At least 5 units must be allocated in total. The commander aims to minimize the total "
        "cost."
    )
    assert _obj(text) == ("minimize", "10000*X + 20000*Y")


def test_items_introduced_with_that_clauses() -> None:
    f = formulate_offline(
        "There are two options for heating a school: a gas boiler that costs $14 per hour to run "
        "and delivers 90 kWh per hour, and a heat pump that costs $9 per hour to run and delivers "
        "50 kWh per hour. The school needs at least 3,600 kWh a day. Minimize the cost."
    )
    assert [v.name for v in f.variables] == ["gas_boiler", "heat_pump"]


def test_noun_said_after_every_name_counts_them_all() -> None:
    # 'a rye loaf', 'sourdough loaves': 'at most 160 loaves' is a total over both
    f = formulate_offline(
        "A bakery bakes rye and sourdough. A rye loaf needs 0.6 kg of flour and a sourdough loaf "
        "needs 0.5 kg; there are 90 kg of flour. Rye loaves sell for $5 and sourdough loaves for "
        "$6. The oven holds at most 160 loaves a day. Maximize revenue."
    )
    assert "rye + sourdough <= 160" in [c.expression for c in f.constraints]


def test_kinds_named_only_after_each() -> None:
    f = formulate_offline(
        "A ferry has 120 places. A profit of $40 is made on each cabin place and a profit of $15 is "
        "made on each deck place. How many of each should be sold to maximize profit?"
    )
    assert [v.name for v in f.variables] == ["cabin_place", "deck_place"]
    assert f.objective is not None and f.objective.expression == "40*cabin_place + 15*deck_place"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "In a quiz you can answer short questions worth 2 points or long questions worth 5 points. You can answer at "
            "most 12 questions. Maximize your score.",
            ["short_questions", "long_questions"],
        ),
        (
            "A shipper can send goods using a shipping container which can take 1000 products or by using cargo planes "
            "which can take 800 products. A container costs $5000 and a cargo plane costs $6000. At least 9,000 products "
            "must be sent. Minimize the cost.",
            ["shipping_container", "cargo_planes"],
        ),
        (
            "A truck sells burritos and tacos. It must sell at least 30 orders of burritos and at least 20 orders of tacos. "
            "A burrito order earns $6 and a taco order earns $4. It can sell at most 200 orders. Maximize profit.",
            ["burritos", "tacos"],
        ),
    ],
)
def test_more_list_families(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_the_store_that_decides_is_not_a_decision() -> None:
    f = formulate_offline(
        "A camera store can spend at most $10,000 on equipment. Each lens costs $400 and each tripod "
        "costs $300. The profit per lens sold is $200 and the profit per tripod sold is $150. "
        "Maximize profit."
    )
    assert [v.name for v in f.variables] == ["lens", "tripod"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A fruit investor has $300,000 to invest in the apple industry, the orange industry, the pear industry, and the "
            "banana industry. The apple industry returns 5%, the orange industry 6%, the pear industry 8% and the banana "
            "industry 7%. Maximize the return.",
            ["apple_industry", "orange_industry", "pear_industry", "banana_industry"],
        ),
        (
            "Bob mixes his animal feeds, oats and sunflower seeds, into a blend. Oats cost $50 per kilogram and sunflower "
            "seeds cost $70 per kilogram. The blend must weigh at least 100 kg. Minimize the cost.",
            ["oats", "sunflower_seeds"],
        ),
    ],
)
def test_comma_lists(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_numbered_names() -> None:
    f = formulate_offline(
        "A drink needs at least 10 units of caffeine and 40 units of sugar. A can of soda 1 contains "
        "2 units of caffeine and 5 units of sugar, and a can of soda 2 contains 3 units of caffeine "
        "and 4 units of sugar. If a can of soda 1 costs $5 and a can of soda 2 costs $7, how many of "
        "each should you buy to minimize costs?"
    )
    assert [v.name for v in f.variables] == ["soda_1", "soda_2"]
    assert f.objective is not None and f.objective.expression == "5*soda_1 + 7*soda_2"
    assert "2*soda_1 + 3*soda_2 >= 10" in [c.expression for c in f.constraints]


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        (
            "In a quiz you can answer short questions worth 2 points or long questions worth 5 points. You can answer at "
            "most 12 questions. Maximize your score.",
            "2*short_questions + 5*long_questions",
        ),
        (
            "A restaurant employs waiters earning $150 per week and cooks earning $290 per week. It needs at least 20 "
            "staff. Formulate a LP to minimize the wage bill.",
            "150*waiters + 290*cooks",
        ),
        (
            "A factory makes maple pecan and mint chocolate ice cream. The profit per batch of maple pecan ice cream is "
            "$400 and the profit per batch of mint chocolate ice cream is $250. The freezer holds 30 batches. Maximize "
            "profit.",
            "400*maple_pecan_ice_cream + 250*mint_chocolate_ice_cream",
        ),
        (
            "A store sells microwaves and vents. The profit per microwave sold is $200 and the profit per vent sold is "
            "$300. At most 50 items can be sold. Maximize profit.",
            "200*microwaves + 300*vents",
        ),
    ],
)
def test_goal_coefficients_found(text: str, expr: str) -> None:
    assert _obj(text)[1] == expr


def test_numbered_names_written_again_in_lower_case() -> None:
    f = formulate_offline(
        "A factory sells fabric in two packages. Package 1 contains 20 meters of blue fabric and "
        "Package 2 contains 40 meters of blue fabric. The factory has 10000 meters of blue fabric. "
        "If the profit per package 1 is $50 and the profit per package 2 is $70, how many of each "
        "package should they sell to maximize profit?"
    )
    assert f.objective is not None and f.objective.expression == "50*package_1 + 70*package_2"


def test_symbols_named_by_what_follows_of() -> None:
    f = formulate_offline(
        "A tea shop makes x1 bottles of oolong tea and x2 bottles of green tea per day. The profit "
        "per bottle of oolong tea is $30 and the profit per bottle of green tea is $20. The shop can "
        "make at most 150 bottles a day. Maximize profit."
    )
    assert f.objective is not None and f.objective.expression == "30*x1 + 20*x2"


def test_letters_naming_manufacturers_yield_to_the_things_made() -> None:
    f = formulate_offline(
        "A furniture store makes desks and chairs. Manufacturer X can make at most 22 desks a day "
        "and Manufacturer Y at most 28 chairs a day. If the profit per desk is $140 and the profit "
        "per chair is $120, how many of each should the store make to maximize profit?"
    )
    assert [v.name for v in f.variables] == ["desks", "chairs"]


def test_tools_the_work_is_done_on_are_not_decisions() -> None:
    f = formulate_offline(
        "A paper company makes lined paper and graph paper. All paper has to go through a cutting "
        "machine and a printing machine. A ream of lined paper requires 2 minutes on the cutting "
        "machine and 6 minutes on the printing machine. A ream of graph paper requires 3 minutes on "
        "the cutting machine and 4 minutes on the printing machine. Each machine is available for "
        "400 minutes. A ream of lined paper earns $5 and a ream of graph paper earns $7. "
        "Maximize profit."
    )
    assert [v.name for v in f.variables] == ["lined_paper", "graph_paper"]


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        (
            "You are playing a game where a short shot is worth 2 points and a long shot is worth 5 points. You can take at "
            "most 14 shots. How many of each shot must you take to maximize your score?",
            "2*short_shot + 5*long_shot",
        ),
        (
            "There is a premium ticket which takes you to the very top, and a regular ticket that takes you to the deck. "
            "At most 500 tickets are sold. If the profit per premium ticket is $50 and the profit per regular ticket is $30, "
            "how many of each should be sold to maximize profit?",
            "50*premium_ticket + 30*regular_ticket",
        ),
        (
            "A wine company makes x1 bottles of the regular wine and x2 bottles of the premium wine per day. The profit per "
            "bottle of regular wine is $20 and the profit per bottle of premium wine is $50. At most 120 bottles can be made. "
            "Maximize profit.",
            "20*x1 + 50*x2",
        ),
    ],
)
def test_more_goal_families(text: str, expr: str) -> None:
    assert _obj(text)[1] == expr


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        (
            "An airline assigns senior and junior attendants to a route. A senior attendant is paid $400 per flight and can "
            "serve 60 passengers; a junior is paid $250 and can serve 40. The flight carries 300 passengers. "
            "Keep payroll to a minimum.",
            ("minimize", "400*senior_attendants + 250*junior_attendants"),
        ),
        (
            "A school buys laptops and tablets. Each laptop costs $600 and each tablet $300, and the budget is $30,000. "
            "How many devices can it buy at most?",
            ("maximize", "laptops + tablets"),
        ),
        (
            "A kennel has room for 40 dogs. Boarding a small dog earns $25 a night and a large dog $40 a night. A small dog "
            "needs 1 hour of care and a large dog needs 2 hours; 60 hours are available. How many of each should the kennel "
            "take to earn the most?",
            ("maximize", "25*small_dog + 40*large_dog"),
        ),
    ],
)
def test_goal_phrasings_round_2(text: str, obj: tuple[str, str]) -> None:
    assert _obj(text) == obj


def test_money_named_in_the_question_makes_money_decisions() -> None:
    f = formulate_offline(
        "Lena can buy a term deposit paying 4% and a growth fund returning 7%. She has $12,000. "
        "How should she split her money to maximize the interest she earns?"
    )
    assert {v.type for v in f.variables} == {VarType.continuous}


@pytest.mark.parametrize(
    ("text", "integer"),
    [
        # the head word says what is decided: '8-hour shifts' and 'full-time agents' are counted
        (
            "A hospital schedules 8-hour shifts and 12-hour shifts. An 8-hour shift costs $320 and a 12-hour shift costs "
            "$450. At most 25 shifts can be scheduled. Minimize labor cost.",
            True,
        ),
        # acres as a resource do not make goats divisible; acres of a crop do make the crop divisible
        (
            "A ranch raises goats and sheep; a goat needs 2 acres and a sheep 3 acres, and the ranch has 120 acres. "
            "Maximize the number of animals.",
            True,
        ),
        (
            "A farmer grows at least 30 acres of corn and at least 20 acres of wheat on 100 acres. Corn earns $300 per "
            "acre and wheat $250. Maximize profit.",
            False,
        ),
        # '1 ton of the Standard alloy': measured
        (
            "A mill makes Standard and Premium alloys. To produce 1 ton of the Standard alloy requires 3 tons of ore and to "
            "produce 1 ton of the Premium alloy requires 5 tons of ore. There are 150 tons of ore. The profit per ton is "
            "$1500 for Standard and $2500 for Premium. Maximize profit.",
            False,
        ),
        # '4 tons of fish' is what fish farming yields, not what is decided
        (
            "A fishing company can use fish farming or trawling on 200 square kilometers. Each square kilometer of fish "
            "farming nets 4 tons of fish and each square kilometer of trawling nets 3 tons. Maximize the fish caught.",
            True,
        ),
    ],
)
def test_integrality_from_what_is_decided(text: str, integer: bool) -> None:
    f = formulate_offline(text)
    assert f.variables and {v.type for v in f.variables} == {
        VarType.integer if integer else VarType.continuous
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Each acre planted with soybeans yields $180 of profit and each acre planted with cotton yields $240. A grower "
            "has 250 acres. How many acres of each crop should be planted to maximize profit?",
            ["soybeans", "cotton"],
        ),
        (
            "An advertiser may buy billboard slots or radio minutes. One billboard slot costs $800 and one radio minute "
            "costs $500. The budget is $20,000. Minimize the cost.",
            ["billboard_slots", "radio_minutes"],
        ),
        (
            "Emma is baking banana bread and zucchini bread for a sale. Banana bread needs 3 eggs and zucchini bread needs "
            "2 eggs; she has 24 eggs. Maximize the money raised.",
            ["banana_bread", "zucchini_bread"],
        ),
    ],
)
def test_decisions_round_3(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("goal", "obj"),
    [
        (
            "How many of each should be built so that profit is maximal?",
            ("maximize", "40*chairs + 90*desks"),
        ),
        ("Profit should be as high as it can be.", ("maximize", "40*chairs + 90*desks")),
        (
            "Total cost must be minimal while building at least 10 items.",
            ("minimize", "15*chairs + 35*desks"),
        ),
        (
            "What would be the minimum total cost of building at least 10 items?",
            ("minimize", "15*chairs + 35*desks"),
        ),
    ],
)
def test_goal_said_as_a_predicate(goal: str, obj: tuple[str, str]) -> None:
    text = (
        "A workshop builds chairs and desks. A chair takes 2 hours and a desk takes 5 hours; 100 hours are "
        "available. A chair brings a profit of $40 and a desk a profit of $90. A chair costs $15 in materials "
        "and a desk costs $35. "
    )
    assert _obj(text + goal) == obj


def test_items_with_a_shared_of_phrase() -> None:
    f = formulate_offline(
        "A shop sells large boxes of chocolates, or small boxes of chocolates. A large box holds 24 "
        "chocolates and a small box holds 12. The truck fits at most 90 boxes. Maximize the number "
        "of chocolates delivered."
    )
    assert [v.name for v in f.variables] == ["large_boxes", "small_boxes"]


def test_participle_inside_a_name() -> None:
    assert _names(
        "A supplier can buy either an all-in-one manufacturing line or a decoupled manufacturing line. An "
        "all-in-one manufacturing line costs $900 and a decoupled manufacturing line costs $600. At least 4 "
        "lines are needed. Minimize the cost."
    ) == ["all_in_one_manufacturing_line", "decoupled_manufacturing_line"]


def test_count_goal_named_by_another_noun() -> None:
    # 'the card-based machine' is the card-based system: 'the total number of machines' counts the decisions
    text = (
        "An arcade is installing two systems, a card-based system and a coin-based system. A card-based system can "
        "accept 60 guests per hour and a coin-based system 45 guests per hour. The card-based machine needs 6 "
        "units of electricity and the coin-based machine needs 4 units; 145 units are available. How many of each "
        "should be installed to minimize the total number of machines?"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["card_based_system", "coin_based_system"]
    assert (
        f.objective is not None
        and f.objective.expression == "card_based_system + coin_based_system"
    )


def test_dev_accuracy_floor() -> None:
    # measured: `python -m optform.offline.measure datasets/dev_round2_vars.jsonl` -> 35/46; this floor guards
    # regressions (16 of the 46 were written after the first round of tuning and solved 10/16 before batch-2 work)
    solved = solved_count(_dev())
    assert solved >= 31, solved


NER = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "datasets"
    / "nl4opt_ner"
    / "train.jsonl"
)


def _detokenize(text: str) -> str:
    text = re.sub(r"\$ (?=\d)", "$", text)
    text = re.sub(r" - ", "-", text)
    text = re.sub(r" ([,.;:?!%)])", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    return re.sub(r" 's\b", "'s", text)


@pytest.mark.skipif(
    not NER.exists(), reason="../shared/datasets/nl4opt_ner is not beside this clone"
)
def test_variables_agree_with_nl4opt_ner_tags() -> None:
    """The decisions found in the 713 NL4Opt training texts (no answers; tuning data) agree with the VAR entities
    the annotators tagged: same count, every found name shares a word with a tagged one. Measured 608/713."""
    from optform.offline.lexicon import lemma
    from optform.offline.sentences import normalize, split_sentences
    from optform.offline.variables import discover_variables

    ok = total = 0
    for line in NER.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        toks, tags = row["gold"]["tokens"], row["gold"]["ner_tags"]
        ents: list[list[str]] = []
        cur: list[str] | None = None
        for t, g in zip(toks, tags):
            if g == "B-VAR":
                cur = [t]
                ents.append(cur)
            elif g == "I-VAR" and cur is not None:
                cur.append(t)
            else:
                cur = None
        strs = {tuple(lemma(w) for w in e) for e in ents}
        groups: list[list[tuple[str, ...]]] = []
        for s in sorted(strs, key=len, reverse=True):
            for g2 in groups:
                if any(set(s) <= set(x) for x in g2):
                    g2.append(s)
                    break
            else:
                groups.append([s])
        found = discover_variables(split_sentences(normalize(_detokenize(row["text"]))))
        good = len(found) == len(groups) and all(
            {lemma(w) for w in re.findall(r"[\w-]+", v.label)}
            & {w for g2 in groups for x in g2 for w in x}
            for v in found
        )
        ok += good
        total += 1
    assert total == 713
    assert ok >= 590, ok


def test_symbol_aliases_in_parentheses_after_the_letter() -> None:
    text = (
        "A coach splits training hours between X (strength conditioning) and Y (skill development). The total "
        "cannot exceed 10 hours. Each hour of strength conditioning adds 2 fatigue points and each hour of skill "
        "development adds 3 fatigue points. At least 4 hours of training are needed. Minimize total fatigue."
    )
    assert _obj(text) == ("minimize", "2*X + 3*Y")


def test_the_number_of_each_in_a_list() -> None:
    f = formulate_offline(
        "Determine the number of sedans and the number of trucks a dealer should stock. Sedans cost "
        "$20,000 and trucks $30,000, and the dealer has $900,000. A sedan earns $2,500 profit and a "
        "truck $4,000. The lot has space for 40 vehicles. Maximize profit."
    )
    assert [v.name for v in f.variables] == ["sedans", "trucks"]
    assert f.objective is not None and f.objective.expression == "2500*sedans + 4000*trucks"


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        (
            "A gardener blends two fertilizers, Grow and Bloom. A bag of Grow costs $12 and a bag of Bloom costs $15. At "
            "least 10 bags are needed. Minimize the cost.",
            "12*grow + 15*bloom",
        ),
        (
            "A ferry operator schedules small boats and large boats. A small boat carries 40 passengers and a large boat "
            "carries 110. Each small-boat crossing costs $90 and each large-boat crossing $210. At least 1,000 passengers "
            "must be carried. Minimize cost.",
            "90*small_boats + 210*large_boats",
        ),
        (
            "A start-up advertises with podcast mentions and video ads. A podcast mention costs $300 and reaches 2,000 "
            "listeners; a video ad costs $800 and reaches 7,000 viewers. The budget is $12,000. How many of each should it "
            "buy to reach the most people?",
            "2000*podcast_mentions + 7000*video_ads",
        ),
        (
            "A city plants oak and maple saplings. An oak costs $60 and a maple $45, and the budget is $9,000. The city "
            "wants at least 40 oaks and at least 50 maples. Minimize the cost.",
            "60*oak + 45*maple",
        ),
    ],
)
def test_names_said_short(text: str, expr: str) -> None:
    assert _obj(text)[1] == expr


def test_both_named_by_their_first_word() -> None:
    # 'hardcover and paperback editions', then 'a paperback ... paperbacks $4': the first word names each
    text = (
        "A publisher prints hardcover and paperback editions. A hardcover uses 0.8 kg of paper and a paperback "
        "0.3 kg, and 1,200 kg of paper are available. Hardcovers earn $9 each and paperbacks $4 each. How many "
        "of each edition should be printed to maximize earnings?"
    )
    assert _obj(text) == ("maximize", "9*hardcover + 4*paperback")


def test_short_subject_takes_the_shared_head() -> None:
    f = formulate_offline(
        "A juice bar blends smoothies of two sizes, regular and large. A regular smoothie uses 1 cup "
        "of fruit and sells for $5; a large uses 1.5 cups and sells for $7. The bar has 150 cups of "
        "fruit and can make at most 120 smoothies. How many of each size maximize sales revenue?"
    )
    assert [v.name for v in f.variables] == ["regular_smoothie", "large_smoothie"]
    assert "regular_smoothie + large_smoothie <= 120" in [c.expression for c in f.constraints]


def test_what_goes_in_is_not_what_is_made() -> None:
    f = formulate_offline(
        "A smoothie store makes peanut butter and almond butter smoothies. Both require almond milk "
        "and protein powder. Each peanut butter smoothie requires 3 units of almond milk and 1 unit "
        "of protein powder; each almond butter smoothie requires 2 units of almond milk and 1.5 units "
        "of protein powder. There are 300 units of almond milk and 200 units of protein powder. A "
        "peanut butter smoothie earns $5 and an almond butter smoothie earns $6. Maximize profit."
    )
    assert [v.name for v in f.variables] == ["peanut_butter_smoothies", "almond_butter_smoothies"]


@pytest.mark.skipif(
    not NER.exists(), reason="../shared/datasets/nl4opt_ner is not beside this clone"
)
def test_goals_agree_with_nl4opt_ner_tags() -> None:
    """On the 713 NL4Opt training texts the goal's sense matches the tagged OBJ_DIR, and the goal has a
    coefficient for every decision. Measured: sense 704/713, complete 682/713."""
    sense_ok = complete = 0
    for line in NER.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        d = " ".join(
            t
            for t, g in zip(row["gold"]["tokens"], row["gold"]["ner_tags"])
            if g.endswith("OBJ_DIR")
        )
        want = (
            "minimize"
            if re.search(r"min|low|least|fewest|small|reduc|decreas|cheap", d.lower())
            else "maximize"
        )
        f = formulate_offline(_detokenize(row["text"]))
        ok = f.objective is not None and f.objective.sense == want
        sense_ok += ok
        complete += ok and not any("no coefficient" in u.reason for u in f.unresolved)
    assert sense_ok >= 690, sense_ok
    assert complete >= 665, complete


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # subjects introduced by a possessive ('its house blend ... its special blend')
        (
            "A roaster has 500 kilograms of beans. Its house blend is 75% beans and earns $6 per kilogram; its "
            "special blend is 50% beans and earns $8 per kilogram. Maximize the profit.",
            ["house_blend", "special_blend"],
        ),
        # story verbs: 'works', 'pays'
        (
            "A cleaning firm must cover at least 600 hours. A full-time cleaner works 40 hours a week for $720, and "
            "a part-time cleaner works 15 hours a week for $300. Keep wages as low as possible.",
            ["full_time_cleaner", "part_time_cleaner"],
        ),
        # a unit after the thing ('a truck trip'); 'has to' marks who decides
        (
            "A quarry has to deliver at least 900 tonnes of gravel. A truck trip carries 15 tonnes and costs $120, "
            "while a rail wagon trip carries 60 tonnes and costs $420. Minimize the cost.",
            ["truck", "rail_wagon"],
        ),
    ],
)
def test_story_subjects(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_goal_as_much_as_she_can() -> None:
    f = formulate_offline(
        "Marta has 900 kilograms of nitrogen. Every tonne of GrowFast uses 120 kilograms of nitrogen, while every "
        "tonne of RootPlus uses 60 kilograms of nitrogen. GrowFast sells for $400 a tonne and RootPlus for $350 a "
        "tonne. How should she use her nitrogen to bring in as much money as she can?"
    )
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression.replace(" ", "") == "400*growfast+350*rootplus"


def test_business_that_earns_on_each_unit_is_not_a_decision() -> None:
    f = formulate_offline(
        "Hillside Dairy receives 5,000 litres of milk each morning. A litre of yogurt needs 1.25 litres of milk, "
        "and a litre of cream needs 2.5 litres of milk. The dairy earns $1.80 on each litre of yogurt and $4.50 on "
        "each litre of cream. How much of each should it make to earn the most?"
    )
    assert [v.name for v in f.variables] == ["yogurt", "cream"]


def test_distinguishing_word_said_alone_after_a_verb() -> None:
    f = formulate_offline(
        "Sunny Bikes is spending up to $12,000 on online ads and local radio this spring. Every dollar spent "
        "online is expected to reach 3 people and every dollar spent on radio 5 people. The owner wants at least "
        "$4,000 spent online, and radio spending may be at most twice online spending. How should the budget be "
        "split to reach as many potential riders as possible?"
    )
    assert f.objective is not None
    assert f.objective.expression.replace(" ", "") == "3*online_ads+5*local_radio"


def test_gerund_activities_described_one_by_one() -> None:
    assert _names(
        "Omar has 10 hours a day to split between tutoring, which pays $30 an hour, and delivering food, which "
        "pays $18 an hour. Maximize his earnings."
    ) == ["tutoring", "delivering_food"]


def test_expected_to_describes_an_item_like_a_participle() -> None:
    f = formulate_offline(
        "Priya has $80,000 to put to work. She can place it in a bond fund paying 4% a year or in a stock fund "
        "expected to return 9% a year. How should she invest to grow her savings the most?"
    )
    assert [v.name for v in f.variables] == ["bond_fund", "stock_fund"]
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression.replace(" ", "") == "0.04*bond_fund+0.09*stock_fund"


def test_two_things_of_the_actor_with_the_verb_said_once() -> None:
    f = formulate_offline(
        "Northgate Utility must supply at least 500 MWh of electricity tomorrow. Its gas turbine can generate up "
        "to 350 MWh at $40 per MWh, and its old coal plant up to 300 MWh at $28 per MWh. Each MWh from coal "
        "releases 0.9 tonnes of CO2 and each MWh from gas releases 0.4 tonnes, and total emissions may not exceed "
        "330 tonnes. What is the least the utility can spend?"
    )
    assert [v.name for v in f.variables] == ["gas_turbine", "old_coal_plant"]
    # 'each MWh from coal': measured amounts drawn from each source
    assert all(v.type.value == "continuous" for v in f.variables)


def test_each_unit_from_a_source_names_the_source() -> None:
    assert _names(
        "Ridge Metals needs at least 22,000 kilograms of copper and 26,000 kilograms of zinc for an order. It buys "
        "ore from two pits. Every tonne of ore from the North pit contains 20 kilograms of copper and 10 kilograms "
        "of zinc and costs $30; every tonne from the South pit contains 10 kilograms of copper and 30 kilograms of "
        "zinc and costs $35. How many tonnes should it buy from each pit to fill the order at the lowest cost?"
    ) == ["north_pit", "south_pit"]


@pytest.mark.parametrize(
    ("goal", "sense", "expr"),
    [
        ("Treat the longest possible stretch of path.", "maximize", "4*salt+1.5*sand"),
        ("Make the winter as profitable as possible.", "maximize", "2*salt+3*sand"),
    ],
)
def test_goal_longest_and_profitable(goal: str, sense: str, expr: str) -> None:
    f = formulate_offline(
        "A depot buys salt and sand. Its shed holds at most 60 tonnes. Each tonne of salt treats 4 kilometres of "
        "path and earns a profit of $2; each tonne of sand treats 1.5 kilometres of path and earns a profit of $3. "
        + goal
    )
    assert f.objective is not None and f.objective.sense == sense
    assert f.objective.expression.replace(" ", "") == expr


@pytest.mark.parametrize(
    ("goal", "sense"),
    [
        ("How much of each should be made for the best profit?", "maximize"),
        ("How much of each should she make to get the best return?", "maximize"),
        ("How much of each should it make to come out furthest ahead?", "maximize"),
        ("How much of each should it make to keep costs down?", "minimize"),
        ("How much of each should it make to keep the payroll low?", "minimize"),
    ],
)
def test_goal_best_ahead_and_keep_down(goal: str, sense: str) -> None:
    f = formulate_offline(
        "A mill has 500 tonnes of scrap. Each tonne of rebar requires 1.1 tonnes of scrap and each tonne of wire "
        "requires 1.3 tonnes of scrap. Rebar earns $120 per tonne and wire $150 per tonne, and rebar costs $40 per "
        "tonne to make while wire costs $60 per tonne. " + goal
    )
    assert f.objective is not None and f.objective.sense == sense


def test_a_subject_named_again_after_its_head_is_one_decision() -> None:
    assert _names(
        "Colorado Coatings has 2,000 litres of base and only 450 litres of pigment on hand. Each litre of matte "
        "paint uses 0.8 litres of base and 0.2 litres of pigment; each litre of gloss paint uses 0.7 litres of base "
        "and 0.3 litres of pigment. The company makes $3 on every litre of matte and $4 on every litre of gloss. "
        "How many litres of each paint should it mix to come out furthest ahead?"
    ) == ["matte_paint", "gloss_paint"]


def test_plural_head_named_again_before_a_price_is_not_a_verb() -> None:
    assert _names(
        "Carla's cleaning firm must provide at least 240 hours of cleaning next week. Senior cleaners are paid $28 "
        "an hour and junior cleaners $18 an hour. Junior hours can be at most twice the senior hours. How many "
        "hours should each group work to keep the payroll low?"
    ) == ["senior_cleaners", "junior_cleaners"]


@pytest.mark.parametrize(
    ("text", "names", "expr"),
    [
        (
            "Ana divides her 30 free hours between baking cakes, which earns $20 an hour, and walking dogs, which "
            "earns $15 an hour. She walks dogs for at least 5 hours. How should she spend her time to earn as much "
            "as she can?",
            ["baking_cakes", "walking_dogs"],
            "20*baking_cakes+15*walking_dogs",
        ),
        (
            "Their pine plantation and their oak plantation supply a sawmill. Their pine plantation can supply up to "
            "400 cubic metres at $50 per cubic metre, and their oak plantation up to 250 cubic metres at $90 per "
            "cubic metre. The mill needs at least 500 cubic metres. What is the least the mill can spend?",
            ["pine_plantation", "oak_plantation"],
            "50*pine_plantation+90*oak_plantation",
        ),
        (
            "Every barrel of crude from the Texas field yields 20 gallons of gasoline and costs $60; every barrel "
            "from the Alaska field yields 25 gallons of gasoline and costs $75. The refinery needs at least 10,000 "
            "gallons of gasoline. Minimize the cost.",
            ["texas_field", "alaska_field"],
            "60*texas_field+75*alaska_field",
        ),
        (
            "Mia can put her $20,000 in a savings account paying 2% or in an index fund projected to return 7%. At "
            "most $12,000 may go in the index fund. How should she invest to grow her money the most?",
            ["savings_account", "index_fund"],
            "0.02*savings_account+0.07*index_fund",
        ),
    ],
)
def test_round3_families_on_paraphrases(text: str, names: list[str], expr: str) -> None:
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == names
    assert f.objective is not None and f.objective.expression.replace(" ", "") == expr


@pytest.mark.parametrize(
    ("text", "integer"),
    [
        # priced by a measure
        (
            "A power company runs a coal plant and a solar farm. Demand is at least 900 MWh. Coal costs $30 per MWh "
            "and solar $50 per MWh. How many MWh should each produce to minimize cost?",
            False,
        ),
        (
            "An oil trader blends crude A and crude B into at least 10,000 barrels. Crude A costs $70 per barrel and "
            "crude B costs $60 per barrel. How many barrels of each should be bought to spend the least?",
            False,
        ),
        # sums of money
        (
            "Sunny Bikes is spending up to $12,000 on online ads and local radio this spring. Every dollar spent "
            "online is expected to reach 3 people and every dollar spent on radio 5 people. The owner wants at least "
            "$4,000 spent online, and radio spending may be at most twice online spending. How should the budget be "
            "split to reach as many potential riders as possible?",
            False,
        ),
        # whole units asked for, even of a measure
        (
            "Machine A processes 40 samples an hour and costs $55 an hour; machine B processes 25 samples an hour "
            "and costs $30 an hour. At least 900 samples must be processed. Hours are scheduled in whole hours. "
            "Minimize the running cost.",
            True,
        ),
        # counted things priced per item stay integer
        (
            "A store sells desks and chairs. A desk sells for $200 and a chair for $50. It has room for 40 items. "
            "Maximize revenue.",
            True,
        ),
    ],
)
def test_integrality_families(text: str, integer: bool) -> None:
    f = formulate_offline(text)
    assert f.variables
    assert all((v.type.value != "continuous") == integer for v in f.variables)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A store sells desks for $200 each and chairs for $50 each. It has room for 40 items. Maximize revenue.",
            ["desks", "chairs"],
        ),
        (
            "A store sells desks, priced at $200, and chairs, priced at $50. It has room for 40 items. Maximize "
            "revenue.",
            ["desks", "chairs"],
        ),
        (
            "A council makes compost and potting soil from 900 tonnes of green waste. A tonne of compost uses 1.5 "
            "tonnes of green waste and a tonne of potting soil uses 1 tonne. Compost sells for $50 a tonne and "
            "potting soil for $65. Maximize revenue.",
            ["compost", "potting_soil"],
        ),
    ],
)
def test_items_sold_for_a_price(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        (
            "A shop spends up to $12,000 on online ads and local radio. Every dollar spent online reaches 3 people "
            "and every dollar spent on radio 5 people. Reach as many people as possible.",
            "3*online_ads+5*local_radio",
        ),
        (
            "A charity spends $5,000 a month on flyers and podcasts. Each dollar put into flyers brings in 2 donors "
            "and each dollar put into podcasts 3 donors. At most $3,000 can go to podcasts. How should it spend to "
            "attract as many donors as possible?",
            "2*flyers+3*podcasts",
        ),
    ],
)
def test_money_spent_on_the_things_listed(text: str, expr: str) -> None:
    f = formulate_offline(text)
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression.replace(" ", "") == expr
    assert all(v.type.value == "continuous" for v in f.variables)


@pytest.mark.parametrize(
    ("text", "expr", "limit"),
    [
        (
            "Dev splits 40 hours a week between driving passengers and delivering groceries. Each hour of "
            "driving pays $22 and each hour of delivering pays $18. He can drive at most 30 hours of driving "
            "a week. Maximize his pay.",
            "22*driving_passengers+18*delivering_groceries",
            "driving_passengers<=30",
        ),
        (
            "A student divides 20 hours between tutoring children and cleaning offices. An hour of tutoring "
            "earns $30 and an hour of cleaning earns $17. She can manage at most 8 hours of tutoring a week. "
            "How should she divide her time to earn the most?",
            "30*tutoring_children+17*cleaning_offices",
            "tutoring_children<=8",
        ),
    ],
)
def test_activities_named_by_their_ing_word(text: str, expr: str, limit: str) -> None:
    f = formulate_offline(text)
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression.replace(" ", "") == expr
    assert limit in [(c.expression or "").replace(" ", "") for c in f.constraints]
    assert all(v.type.value == "continuous" for v in f.variables)


@pytest.mark.parametrize(
    ("text", "names", "expr"),
    [
        (
            "A dairy has 800 litres of milk. The milk can be bottled for sale at $1.20 a litre or turned into "
            "cheese, which earns $2.00 per litre of milk. The cheese room can handle at most 300 litres. "
            "Maximize revenue.",
            ["bottled", "cheese"],
            "1.2*bottled+2*cheese",
        ),
        (
            "Old Mill Farm has 12 tonnes of apples. Apples can be sold fresh for $600 a tonne or pressed into "
            "cider, which brings in $850 a tonne of apples. The press can take at most 5 tonnes. Make the most "
            "money.",
            ["fresh", "cider"],
            "600*fresh+850*cider",
        ),
    ],
)
def test_two_uses_of_one_resource(text: str, names: list[str], expr: str) -> None:
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == names
    assert f.objective is not None and f.objective.expression.replace(" ", "") == expr
    assert any(
        "+" in (c.expression or "") and "<=" in (c.expression or "") for c in f.constraints
    )  # the shared supply


@pytest.mark.parametrize(
    "goal",
    [
        "How many of each should she bake to make her baking pay off best?",
        "What plan pays off the most?",
        "How should she get the most out of her oven?",
    ],
)
def test_goal_pays_off_best(goal: str) -> None:
    f = formulate_offline(
        "Rosa bakes loaves and pies. A loaf takes 30 minutes of oven time and a pie takes 45 minutes, and she "
        "has 600 minutes of oven time. She makes a profit of $4 on every loaf and $7 on every pie. "
        + goal
    )
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression.replace(" ", "") == "4*loaves+7*pies"


def test_named_plants_sharing_a_first_word() -> None:
    f = formulate_offline(
        "Plant North produces 20 tonnes of steel per hour and costs $900 per hour to run. Plant South produces "
        "30 tonnes per hour and costs $1,500 per hour. At least 600 tonnes are needed, and Plant South can run at "
        "most 15 hours. Minimize the total cost."
    )
    assert [v.name for v in f.variables] == ["plant_north", "plant_south"]
    assert f.objective is not None and f.objective.expression.replace(" ", "") == (
        "900*plant_north+1500*plant_south"
    )


def test_how_long_asks_for_time() -> None:
    f = formulate_offline(
        "A steel company operates Plant North and Plant South. Each hour Plant North makes 20 tonnes of steel at "
        "a cost of $900, while Plant South makes 30 tonnes an hour at a cost of $1,500. The company needs at "
        "least 600 tonnes. How long should each plant run to minimize cost?"
    )
    assert len(f.variables) == 2
    assert all(v.type.value == "continuous" for v in f.variables)


def test_two_uses_told_actively() -> None:
    f = formulate_offline(
        "A farm sells its pears as fresh fruit or turns them into jam. A tonne sold fresh brings in $500, while "
        "a tonne turned into jam brings in $800. The farm has 40 tonnes of pears, and the kitchen can handle at "
        "most 15 tonnes of jam. Maximize revenue."
    )
    assert [v.name for v in f.variables] == ["fresh", "jam"]
    assert all(v.type.value == "continuous" for v in f.variables)
    assert (
        f.objective is not None and f.objective.expression.replace(" ", "") == "500*fresh+800*jam"
    )


def test_activities_named_again_by_their_objects() -> None:
    f = formulate_offline(
        "Ines divides her 8-hour shift between answering emails and taking calls. She earns $6 for every hour "
        "on emails and $9 for every hour on calls. Her manager wants her on calls for at least 3 hours. "
        "Maximize her pay."
    )
    assert [v.name for v in f.variables] == ["answering_emails", "taking_calls"]
    assert all(v.type.value == "continuous" for v in f.variables)


def test_hyphenated_ing_word_is_no_activity() -> None:
    f = formulate_offline(
        "A clinic uses fast-acting drops and slow-acting drops. The fast-acting drops take 5 minutes per patient "
        "and the slow-acting drops take 25 minutes per patient. The clinic is open for 1500 minutes. Maximize "
        "the number of patients treated."
    )
    assert len(f.variables) == 2
    assert all(v.type.value == "integer" for v in f.variables)


def test_distinguishing_word_alone_after_in() -> None:
    f = formulate_offline(
        "The Greens have $10,000 to invest between a savings account at 2% and a mutual fund at 7%. At least "
        "$4,000 must stay in savings. How should they invest to earn the most interest?"
    )
    assert "savings_account>=4000" in [(c.expression or "").replace(" ", "") for c in f.constraints]


def test_goal_take_home_as_much_as_possible() -> None:
    f = formulate_offline(
        "Kofi sells grilled corn and meat skewers at the stadium. He clears $1.50 on each cob of corn and $2.75 "
        "on each skewer. His grill can cook at most 300 items per match. How many of each should he prepare to "
        "take home as much as possible?"
    )
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression.replace(" ", "") == "1.5*grilled_corn+2.75*meat_skewers"


def test_bare_material_from_a_named_source() -> None:
    f = formulate_offline(
        "A mill buys wheat from two farms. Grain from the Hill farm costs $200 a tonne, while grain from the "
        "Valley farm costs $170 a tonne. The mill needs 500 tonnes. Minimize the cost."
    )
    assert [v.name for v in f.variables] == ["hill_farm", "valley_farm"]


def test_profit_is_price_minus_cost_when_no_profit_is_given() -> None:
    f = formulate_offline(
        "Priya stocks her food truck with veggie wraps and chicken bowls. Wraps cost her $3 to make and bowls $5. "
        "She has room for 150 meals. A wrap sells for $8 and a bowl for $12. How many of each should she bring "
        "to maximize profit?"
    )
    assert f.objective is not None and f.objective.sense == "maximize"
    assert f.objective.expression.replace(" ", "") == "5*veggie_wraps+7*chicken_bowls"


def test_revenue_goal_keeps_the_prices() -> None:
    f = formulate_offline(
        "Priya stocks her food truck with veggie wraps and chicken bowls. Wraps cost her $3 to make and bowls $5. "
        "She has room for 150 meals. A wrap sells for $8 and a bowl for $12. How many of each should she bring "
        "to maximize revenue?"
    )
    assert f.objective is not None
    assert f.objective.expression.replace(" ", "") == "8*veggie_wraps+12*chicken_bowls"


def test_infinitive_verb_is_no_part_of_the_first_item() -> None:
    f = formulate_offline(
        "A county wants to spread road salt and grit on its roads. Salt costs $90 a tonne and grit $40 a tonne. "
        "Each tonne of salt treats 4 km of road and each tonne of grit treats 2.5 km. At least 500 km must be "
        "treated. Minimize the cost."
    )
    assert [v.name for v in f.variables] == ["road_salt", "grit"]


def test_each_item_with_its_own_verb_and_kilometres_are_measured() -> None:
    f = formulate_offline(
        "The city has $2,000,000 to repave streets and fix sidewalks. Each kilometre of street costs $250,000 "
        "and each kilometre of sidewalk $80,000. Each kilometre of street brings 5 points of benefit and each "
        "kilometre of sidewalk 2 points. Maximize the benefit."
    )
    assert [v.name for v in f.variables] == ["streets", "sidewalks"]
    assert all(v.type.value == "continuous" for v in f.variables)
