"""Offline formulator, round 5: integrality and variable domains read as mechanisms.

Every sentence here is written for this file (no benchmark text). Counted things are integer,
measured things continuous, explicit text wins, a decision named by its unit follows the unit,
and facts about other things (a material's price per square foot, the workers' total hours)
say nothing about what is decided.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optform.model import VarType
from optform.offline import formulate_offline
from optform.offline.integrality import integrality, variable_domains
from optform.offline.lexicon import lemma
from optform.offline.variables import VarDef


def _v(label: str) -> VarDef:
    words = label.lower().split()
    return VarDef(
        name="_".join(words),
        label=label,
        lemmas=[lemma(w) for w in words],
        symbol=len(label) == 1 and label.isupper(),
    )


def _int(text: str, *labels: str) -> bool:
    return integrality(text, [_v(lb) for lb in labels])[0]


# ---------------------------------------------------------------- counted vs measured


@pytest.mark.parametrize(
    ("text", "labels", "integer"),
    [
        # money 'invested' in things bought one at a time buys counted things
        (
            "A gym chain will invest in radio spots and podcast spots. Each radio spot reaches 4,000 listeners "
            "and each podcast spot 2,500. A radio spot costs $900 and a podcast spot $400. Reach at least "
            "60,000 people at the least cost.",
            ("radio", "podcast"),
            True,
        ),
        # money invested in funds is money
        (
            "Priya will invest $40,000 in a bond fund and an index fund. The bond fund returns 3% and the "
            "index fund 8%. At most 60% may go to the index fund. Maximize the return.",
            ("bond fund", "index fund"),
            False,
        ),
        # area planted, counted in square feet (singular 'foot' too)
        (
            "A rooftop garden of 400 square feet grows basil and mint. The profit per square foot of basil is "
            "$12 and per square foot of mint is $9. Basil needs 2 litres of water per square foot and mint 3; "
            "900 litres are available. Maximize profit.",
            ("basil", "mint"),
            False,
        ),
        # a drink bought by the serving is counted, even though juice is a liquid
        (
            "A camp serves tomato juice and apple juice. Tomato juice costs $1.20 per serving and apple juice "
            "$0.90 per serving. One serving of tomato juice has 30 mg of vitamin C and one serving of apple "
            "juice has 12 mg. Campers need 600 mg. Minimize the cost.",
            ("tomato juice", "apple juice"),
            True,
        ),
        # the same liquid bought by the litre is measured
        (
            "A caterer buys tomato juice and apple juice. Tomato juice costs $2.10 per litre and apple juice "
            "$1.60 per litre. Each litre of tomato juice has 200 mg of vitamin C and each litre of apple juice "
            "80 mg. At least 5,000 mg are needed. Minimize the cost.",
            ("tomato juice", "apple juice"),
            False,
        ),
        # the price of a material per square foot is not the price of the decisions
        (
            "A workshop builds benches and shelves. Walnut costs $6 per square foot and pine $2 per square "
            "foot. A bench uses 12 square feet of walnut and a shelf 8 square feet of pine. The workshop sells "
            "a bench for $300 and a shelf for $120 and can spend $1,500 on wood. Maximize revenue.",
            ("benches", "shelves"),
            True,
        ),
        # the workers' total hours are a resource, not a measure of the decisions
        (
            "A studio makes vases and bowls. A potter spends 3 hours on a vase and 2 hours on a bowl. The "
            "total number of hours by all potters is at most 120 hours per week. A vase earns $70 and a bowl "
            "$40. Maximize profit.",
            ("vases", "bowls"),
            True,
        ),
        # ... while the number of hours to run each kiln is the decision, measured
        (
            "A pottery can fire its small kiln and its large kiln. Choose the number of hours to run each "
            "kiln: the small kiln fires 20 pots an hour for $15 and the large kiln 45 pots an hour for $40. "
            "At least 900 pots must be fired. Minimize the cost.",
            ("small kiln", "large kiln"),
            False,
        ),
        # money given to the decisions: per dollar (or per $1,000) of each, or 'how much to spend'
        (
            "A charity allocates its budget of $80,000 between food aid and medical aid. Each dollar of food "
            "aid helps 2 people and each dollar of medical aid helps 3 people. Maximize the people helped.",
            ("food aid", "medical aid"),
            False,
        ),
        (
            "A city splits $2 million between parks and libraries. Each $1,000 on parks gives 3 points and "
            "each $1,000 on libraries 4 points. Maximize points.",
            ("parks", "libraries"),
            False,
        ),
        (
            "A firm decides how much to spend on TV and radio advertising. It has $30,000. Maximize reach.",
            ("TV", "radio"),
            False,
        ),
        # ... but a budget spent on things priced one by one buys counted things
        (
            "A nonprofit has $50,000 to split between radio spots and billboards. A radio spot costs $1,250 "
            "and a billboard costs $2,000. Each dollar of revenue matters. Reach the largest audience.",
            ("radio spots", "billboards"),
            True,
        ),
        # sold by a measure / measured in a unit, in a clause naming the decisions
        (
            "A grocer sells almonds and cashews by the kilogram. Almonds earn $4 and cashews $6 for every "
            "kilogram sold. The grocer can stock at most 200 kg. Maximize profit.",
            ("almonds", "cashews"),
            False,
        ),
        (
            "A mine extracts copper ore and zinc ore, measured in tons. Copper ore earns $50 and zinc ore "
            "$40. Maximize revenue.",
            ("copper ore", "zinc ore"),
            False,
        ),
        (
            "A bakery sells bagels and muffins by the dozen. Maximize profit.",
            ("bagels", "muffins"),
            True,
        ),
        # ... but not a unit that pays for something else
        (
            "A shop makes tables and chairs. Workers are paid by the hour, at $20 an hour. A table earns $90 "
            "and a chair $30. Maximize profit.",
            ("tables", "chairs"),
            True,
        ),
        # a decision named by a letter, measured: 'each millilitre of solution A'
        (
            "A lab mixes solution A and solution B. Each millilitre of solution A contains 0.2 mg of salt and "
            "each millilitre of solution B 0.5 mg. Minimize cost.",
            ("A", "B"),
            False,
        ),
        # minutes of air time are time, measured
        (
            "A radio station schedules talk and music. Each minute of talk earns $30 and each minute of music "
            "earns $20. The show lasts 180 minutes. Maximize revenue.",
            ("talk", "music"),
            False,
        ),
        # 'conducted in full hours' asks for whole numbers
        (
            "A coach splits training between sprints and drills, each conducted in full hours. Each hour of "
            "sprints costs 3 fatigue points and each hour of drills 2.",
            ("sprints", "drills"),
            True,
        ),
        # 'how many people' counts those served, not the decisions
        (
            "A food bank buys rice and lentils. Each kilogram of rice provides 3 meals and each kilogram of "
            "lentils 4 meals. The budget is $1,000. How many people can it feed if each needs 2 meals?",
            ("rice", "lentils"),
            False,
        ),
        (
            "A school hires teachers and aides. How many students can be taught if a teacher handles 25 "
            "students and an aide 10?",
            ("teachers", "aides"),
            True,
        ),
        # 'how many of acres' (a slip) asks for acres, not for a count
        (
            "A grower has 60 acres for kale and leeks. The profit per acre of kale is $400 and per acre of leeks "
            "$350. How many of acres of each should be planted?",
            ("kale", "leeks"),
            False,
        ),
        # a generic 'unit' says nothing: each unit of a fertilizer is still a measured amount
        (
            "A grower blends fertilizer A and fertilizer B. Each unit of fertilizer A costs $3 and each unit "
            "of fertilizer B costs $5. Minimize the cost.",
            ("fertilizer A", "fertilizer B"),
            False,
        ),
    ],
)
def test_counted_and_measured_decisions(text: str, labels: tuple[str, ...], integer: bool) -> None:
    assert _int(text, *labels) is integer


def test_reason_quotes_the_deciding_words() -> None:
    ok, why = integrality(
        "A camp serves tomato juice and apple juice. One serving of tomato juice has 30 mg of vitamin C.",
        [_v("tomato juice"), _v("apple juice")],
    )
    assert ok and "One serving of tomato juice" in why


def test_end_to_end_counted_spots_bought_with_invested_money() -> None:
    f = formulate_offline(
        "A gym chain will invest in radio spots and podcast spots. Each radio spot reaches 4,000 listeners "
        "and each podcast spot reaches 2,500 listeners. A radio spot costs $900 and a podcast spot costs "
        "$400. The chain wants to reach at least 60,000 listeners. Minimize the total cost."
    )
    assert f.variables
    assert {v.type for v in f.variables} == {VarType.integer}


# ---------------------------------------------------------------- explicit text


@pytest.mark.parametrize(
    ("text", "integer"),
    [
        # rounding the answer says nothing about the decisions
        (
            "A mill blends barley and rye flour. Barley flour costs $0.80 per kg and rye flour $1.10 per kg. "
            "Round your answer to the nearest whole number.",
            False,
        ),
        (
            "A bakery buys flour and sugar by the kilogram, at $2 per kg of flour and $3 per kg of sugar. "
            "Please give your answer as an integer.",
            False,
        ),
        # a negated request for whole numbers allows fractions
        (
            "A depot ships crates of pears and crates of plums. The numbers of crates need not be whole numbers. "
            "Each crate of pears earns $8.",
            False,
        ),
        (
            "A shop sells lamps and rugs; the amounts do not have to be integers. A lamp earns $20.",
            False,
        ),
        # explicit fractions of counted things
        (
            "A firm hires engineers and analysts; fractional hires are acceptable (part-time). ",
            False,
        ),
        ("A caterer makes sandwiches and wraps. Orders may be split into fractions. ", False),
        # ... and explicit whole numbers of a measured thing
        (
            "A dairy sells milk and cream by the litre, at $1 per litre of milk and $4 per litre of cream; "
            "the litres sold must be whole numbers.",
            True,
        ),
    ],
)
def test_explicit_text_wins(text: str, integer: bool) -> None:
    first = re.search(r"(?:blends|buys|ships|sells|hires|makes)\s+(?:crates\s+of\s+)?(\w+)", text)
    assert first is not None
    assert _int(text, first.group(1), "other") is integer


# ---------------------------------------------------------------- per-decision domains


def _doms(text: str, *labels: str) -> list[tuple[bool, float | None]]:
    return [(d.integer, d.lb) for d in variable_domains(text, [_v(lb) for lb in labels])]


def test_counted_and_measured_decisions_in_one_problem_each_follow_their_unit() -> None:
    text = (
        "A courier decides how many vans to lease and how many litres of diesel to buy for the week. "
        "A van costs $400 a week and diesel costs $1.60 per litre. Each van needs at least 150 litres. "
        "Minimize the cost."
    )
    assert _doms(text, "vans", "diesel") == [(True, 0.0), (False, 0.0)]


def test_one_question_for_all_decisions_gives_one_unit() -> None:
    # '10 litres of soup' is the size of a batch: the question asks for batches of both
    text = (
        "A kitchen cooks soup and stew in batches. A batch of stew needs 3 hours; 10 litres of soup need "
        "2 hours. How many batches of soup and stew should it cook to maximize revenue?"
    )
    assert _doms(text, "soup", "stew") == [(True, 0.0), (True, 0.0)]


def test_a_whole_number_statement_about_one_decision_types_only_it() -> None:
    text = (
        "A ranch buys hay and hires farmhands. Hay costs $90 per tonne and a farmhand $600 a month. "
        "The number of farmhands must be a whole number. Each tonne of hay feeds 12 cattle."
    )
    assert _doms(text, "hay", "farmhands") == [(False, 0.0), (True, 0.0)]


def test_uniform_reading_when_the_text_does_not_separate_the_decisions() -> None:
    text = "A farmer grows wheat and barley. Each acre of wheat earns $200 and each acre of barley $150."
    assert _doms(text, "wheat", "barley") == [(False, 0.0), (False, 0.0)]


def test_only_a_decision_said_to_go_negative_loses_its_lower_bound() -> None:
    text = (
        "A trader sets the position in gold and the position in silver. The position in gold may be "
        "negative (a short sale). Each unit of gold earns $5 and each unit of silver earns $2."
    )
    doms = variable_domains(text, [_v("gold"), _v("silver")])
    assert [d.lb for d in doms] == [None, 0.0]
    assert "may be negative" in doms[0].lb_reason


def test_no_decision_is_negative_unless_the_text_says_so() -> None:
    text = (
        "A trader buys gold and silver. Gold can never be sold short. Each unit of gold earns $5."
    )
    assert all(d.lb == 0.0 for d in variable_domains(text, [_v("gold"), _v("silver")]))


def test_a_sign_statement_naming_no_decision_covers_all() -> None:
    text = "A planner sets changes to staff and stock. All changes are unrestricted in sign."
    assert [d.lb for d in variable_domains(text, [_v("staff"), _v("stock")])] == [None, None]


def test_end_to_end_mixed_domains_reach_the_formulation_and_the_solver() -> None:
    f = formulate_offline(
        "A courier leases vans and buys diesel. A van costs $400 a week and diesel costs $1.60 per litre. "
        "The courier needs at least 3 vans and at least 500 litres of diesel. Minimize the cost."
    )
    types = {v.name: v.type for v in f.variables}
    assert types == {"vans": VarType.integer, "diesel": VarType.continuous}
    res = f.solve("highs")
    assert res.objective == pytest.approx(400 * 3 + 1.6 * 500)


def test_end_to_end_a_decision_that_may_be_negative_has_no_lower_bound() -> None:
    f = formulate_offline(
        "A trader holds gold and silver. The amount of gold may be negative. Each unit of gold earns $5 "
        "and each unit of silver earns $2. Maximize the earnings."
    )
    bounds = {v.name: v.lb for v in f.variables}
    assert bounds == {"gold": None, "silver": 0.0}
    assert f.variables[0].description and "may be negative" in f.variables[0].description


# ---------------------------------------------------------------- invariants

_ITEMS = [
    "trucks",
    "soup",
    "wheat",
    "ads",
    "fertilizer",
    "nurses",
    "paint",
    "chairs",
    "diesel",
    "bonds",
]
_FACTS = [
    "Each {a} earns $5.",
    "Each kilogram of {a} costs $2.",
    "A {a} costs $40 per litre.",
    "How many {a} should be bought?",
    "One serving of {a} has 30 mg of iron.",
    "The budget is $900.",
    "Each dollar invested in {a} returns $0.05.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_ITEMS),
    st.sampled_from(_ITEMS),
    st.lists(st.sampled_from(_FACTS), min_size=1, max_size=4),
    st.sampled_from(
        [
            ("All quantities must be whole numbers.", True),
            ("Fractional amounts are fine.", False),
        ]
    ),
)
def test_an_explicit_statement_about_all_decisions_types_all_of_them(
    a: str, b: str, facts: list[str], explicit: tuple[str, bool]
) -> None:
    if a == b:
        b = "other"
    text = (
        f"A firm decides {a} and {b}. " + " ".join(f.format(a=a) for f in facts) + " " + explicit[0]
    )
    doms = variable_domains(text, [_v(a), _v(b)])
    assert len(doms) == 2
    assert all(d.integer is explicit[1] for d in doms)
    assert all(d.lb == 0.0 for d in doms)  # nothing says negative
    assert variable_domains(text, [_v(a), _v(b)]) == doms  # deterministic
