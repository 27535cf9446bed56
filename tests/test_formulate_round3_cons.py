"""Round 3 constraint phrase families: continuous quantities with units, limits stated first."""

from __future__ import annotations

import json
from pathlib import Path

from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches, solved_count

DEV = Path(__file__).resolve().parent.parent / "datasets" / "dev_round3_cons.jsonl"


def _exprs(text: str) -> set[str]:
    return {c.expression or "" for c in formulate_offline(text).constraints}


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in DEV.read_text().splitlines() if line.strip()]


def test_dev_round3_answers_are_verified_by_hand_models() -> None:
    rows = _rows()
    assert len(rows) >= 16
    for r in rows:
        hm = r["hand_model"]
        assert isinstance(hm, dict)
        f = hand_model_formulation(hm)
        res = f.solve()
        assert matches(res.objective, float(r["answer"])), r["id"]  # type: ignore[arg-type]


def test_dev_round3_offline_accuracy_floor() -> None:
    solved = solved_count(_rows())
    # measured with `python -m optform.offline.measure datasets/dev_round3_cons.jsonl`: 11/18 untuned
    # (first batch), 37/40 at the end of round 3; slack for concurrent changes in variables/objective
    assert solved >= 32, solved


PAINT = (
    "Colorado Coatings has 2,000 litres of base and 450 litres of pigment. Each litre of matte paint "
    "uses 0.8 litres of base and 0.2 litres of pigment; each litre of gloss paint uses 0.7 litres of "
    "base and 0.3 litres of pigment. The company makes $3 per litre of matte paint and $4 per litre "
    "of gloss paint. How many litres of each paint should it mix to maximize profit?"
)


def test_a_resource_in_the_decisions_own_unit_is_matched_by_per_unit_numbers() -> None:
    got = _exprs(PAINT)
    assert "0.8*matte_paint + 0.7*gloss_paint <= 2000" in got
    assert "0.2*matte_paint + 0.3*gloss_paint <= 450" in got


def test_an_amount_of_the_decisions_unit_with_no_per_unit_use_is_still_a_total() -> None:
    got = _exprs(
        "A rancher mixes corn and soybean meal into cattle feed. The herd needs at least 900 kg of "
        "feed per day. Corn costs $0.20 per kg and soybean meal costs $0.55 per kg. How many "
        "kilograms of each should go into the mix to minimize cost?"
    )
    assert "corn + soybean_meal >= 900" in got


def test_percent_contents_of_the_products_use_a_stock_in_their_unit() -> None:
    got = _exprs(
        "Fresh & Co. has 600 litres of orange juice and 400 litres of mango juice in its cold room. "
        "It bottles two drinks: Sunrise, which is 75% orange and 25% mango, and Tropic, which is 40% "
        "orange and 60% mango. Sunrise makes $2.00 per litre and Tropic $2.50 per litre. How many "
        "litres of each drink should be bottled for the highest profit?"
    )
    assert got == {"0.75*sunrise + 0.4*tropic <= 600", "0.25*sunrise + 0.6*tropic <= 400"}


def test_a_machine_named_after_its_work_matches_hours_of_that_work() -> None:
    got = _exprs(
        "A workshop has 40 hours on its grinder and 30 hours on its polisher. Each gear needs 1 hour "
        "of polishing and 2 hours of grinding, and each shaft needs 3 hours of polishing and 1 hour "
        "of grinding. A gear earns $30 and a shaft $25. How many gears and shafts should be made to "
        "maximize profit?"
    )
    assert got == {"2*gears + shafts <= 40", "gears + 3*shafts <= 30"}
    got = _exprs(
        "A mill has 90 hours of saw time and 60 hours of planer time each week. Each tonne of pine "
        "boards takes 3 hours of sawing and 1 hour of planing; each tonne of oak boards takes 5 hours "
        "of sawing and 3 hours of planing. Pine boards earn $120 a tonne and oak boards $260 a tonne. "
        "How many tonnes of pine boards and oak boards should the mill produce to earn the most?"
    )
    assert got == {"3*pine_boards + 5*oak_boards <= 90", "pine_boards + 3*oak_boards <= 60"}


def test_n_units_on_one_named_decision_is_its_bound() -> None:
    got = _exprs(
        "Dr. Osei splits her 50-hour work week between clinic hours and research hours. Each clinic "
        "hour earns $120 and each research hour earns $80. She must spend at least 10 hours on "
        "research and no more than 35 hours in the clinic. How should she split her week to "
        "maximize income?"
    )
    assert "research_hours >= 10" in got
    assert "clinic_hours <= 35" in got


def test_energy_units_and_a_bare_modifier_before_its_number() -> None:
    got = _exprs(
        "A power company runs a coal plant and a solar farm. Demand tomorrow is at least 900 MWh. "
        "The coal plant cannot produce more than 700 MWh and the solar farm not more than 400 MWh. "
        "Coal emits 0.9 tonnes of CO2 per MWh and solar 0.05 tonnes per MWh, and total emissions "
        "cannot exceed 500 tonnes. Coal costs $30 per MWh and solar $50 per MWh. How many MWh "
        "should each produce to minimize cost?"
    )
    assert "coal_plant + solar_farm >= 900" in got
    assert "0.9*coal_plant + 0.05*solar_farm <= 500" in got


def test_a_money_offset_before_more_than() -> None:
    base = (
        "Grace has up to $120,000 to put into real estate and technology shares. {} Real estate is "
        "expected to return 6% and technology shares 10%. How much should she invest in each to "
        "maximize her return?"
    )
    got = _exprs(
        base.format("She wants at least $20,000 more in real estate than in technology shares.")
    )
    assert "real_estate - technology_shares >= 20000" in got
    assert "real_estate >= 20000" not in got
    got = _exprs(
        base.format("She puts at least $5,000 less in technology shares than in real estate.")
    )
    assert "technology_shares - real_estate <= -5000" in got


FARM = (
    "A farm grows wheat and corn. Each acre of wheat needs 3 hours of labour and each acre of corn "
    "needs 2 hours of labour. Wheat earns $200 per acre and corn $300 per acre. {} How many acres "
    "of each should be planted to maximize profit?"
)


def test_contracted_negations_and_tops_out_are_upper_limits() -> None:
    for s in ("Labour won't go above 120 hours.", "Labour tops out at 120 hours."):
        assert _exprs(FARM.format(s)) == {"3*wheat + 2*corn <= 120"}, s
    assert _exprs(FARM.format("Labour cannot fall below 100 hours.")) == {"3*wheat + 2*corn >= 100"}


def test_n_hours_to_make_a_unit_of_x_is_x_per_unit_number() -> None:
    got = _exprs(
        "Lakeside Mill has 600 hours of machine time this month. It takes 4 hours to make a tonne of "
        "flour and 2 hours to make a tonne of bran. Flour earns $50 per tonne and bran $30 per tonne. "
        "How many tonnes of flour and bran should the mill produce to maximize profit?"
    )
    assert got == {"4*flour + 2*bran <= 600"}


def test_mixed_and_vulgar_fractions_and_fractions_of_a_unit() -> None:
    from optform.offline.numbers import find_numbers

    def one(s: str) -> tuple[float, str]:
        (n,) = find_numbers(s)
        return n.value, n.kind

    assert one("1 1/2 hours") == (1.5, "num")
    assert one("2½ kg") == (2.5, "num")
    assert one("half a tonne of sand") == (0.5, "num")
    assert one("three quarters of a litre") == (0.75, "num")
    assert one("at least half of the land") == (0.5, "fraction")
    assert one("a quarter of the budget") == (0.25, "fraction")


def test_a_fraction_of_a_unit_is_a_per_unit_amount_in_that_unit() -> None:
    got = _exprs(
        "A quarry has 90 tonnes of crushed rock. Each tonne of concrete mix uses half a tonne of rock "
        "and each tonne of asphalt mix uses three quarters of a tonne of rock. Concrete mix earns $40 "
        "per tonne and asphalt mix $55 per tonne. How many tonnes of concrete mix and asphalt mix "
        "should be made to maximize profit?"
    )
    assert got == {"0.5*concrete_mix + 0.75*asphalt_mix <= 90"}


def test_orders_to_fill_and_has_to_are_requirements() -> None:
    tail = (
        " The feed is a mix of maize and soy. Each kilogram of maize costs $0.30 and each kilogram of "
        "soy costs $0.70. How many kilograms of maize and soy should be used to minimize cost?"
    )
    for head in (
        "A feed mill has orders for 400 kg of chicken feed that must be filled this week.",
        "A feed mill has to fill orders for 400 kg of chicken feed this week.",
        "A feed mill has to produce 400 kg of chicken feed this week.",
    ):
        assert _exprs(head + tail) == {"maize + soy >= 400"}, head


def test_bounds_in_another_unit_of_the_decisions_measure_are_converted() -> None:
    got = _exprs(
        "A mill grinds wheat and rye into flour, measured in tonnes. It must grind at least 500 kg of "
        "rye and at most 3 tonnes of wheat each day. Wheat flour earns $200 per tonne and rye flour "
        "$260 per tonne. How many tonnes of wheat and rye should be ground to maximize profit?"
    )
    assert {"rye >= 0.5", "wheat <= 3"} <= got
    got = _exprs(
        "A battery storage site can hold at most 2 MWh. It charges from solar panels and the grid. "
        "Solar power costs $20 per MWh and grid power $60 per MWh. At least 500 kWh must come from "
        "the grid. How many MWh should be bought from each source to minimize cost?"
    )
    assert "grid >= 0.5" in got


def test_not_wanting_something_to_exceed_is_an_upper_limit() -> None:
    got = _exprs(
        "Lena works at most 160 hours this month translating legal and medical texts. Legal work pays "
        "$55 an hour and medical work $45 an hour. She does not want legal work to exceed 100 hours. "
        "How many hours of legal and medical work should she take on to maximize her income?"
    )
    assert "legal <= 100" in got


def test_a_contract_to_deliver_is_a_requirement() -> None:
    got = _exprs(
        "Bright Spark Energy has a contract to deliver 300 MWh next month from its hydro and diesel "
        "generators. Hydro power costs $15 per MWh and diesel power $95 per MWh. How many MWh should "
        "hydro and diesel supply to minimize cost?"
    )
    assert "hydro + diesel >= 300" in got


BREAD = (
    "A bakery makes rye bread and white bread. Rye bread costs $1.20 per kg to make and white bread "
    "$0.90 per kg. {} How many kilograms of each bread should be baked to minimize cost?"
)


def test_commitments_and_orders_are_requirements() -> None:
    for s in (
        "The bakery's daily orders total 300 kg of bread.",
        "The bakery is committed to supplying 300 kg of bread each day.",
        "The bakery promises its customers 300 kg of bread a day.",
        "The bakery aims to produce 300 kg of bread.",
        "The bakery's customers expect 300 kg of bread each day.",
        "It must bake a total of 300 kg of bread.",
    ):
        assert _exprs(BREAD.format(s)) == {"rye_bread + white_bread >= 300"}, s


def test_a_derived_word_after_the_names_the_decision_with_that_root() -> None:
    got = _exprs(
        "A city must dispose of at least 300 tonnes of waste each day, by landfill or incineration. "
        "The landfill can take no more than 200 tonnes per day and the incinerator no more than 180 "
        "tonnes. Landfill costs $40 per tonne and incineration $65 per tonne. How many tonnes should "
        "go to landfill and incineration to minimize cost?"
    )
    assert {"landfill <= 200", "incineration <= 180"} <= got


def test_the_amount_in_a_bare_word_names_the_investment() -> None:
    got = _exprs(
        "Grace has up to $120,000 to put into real estate and technology shares. She insists that the "
        "amount in real estate be at least $20,000 more than the amount in technology. Real estate is "
        "expected to return 6% and technology 10%. How much should she invest in each to maximize her "
        "return?"
    )
    assert "real_estate - technology_shares >= 20000" in got
