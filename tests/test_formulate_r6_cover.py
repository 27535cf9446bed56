"""Round 6, plain covering problems at least cost (a demand to meet with vehicles, staff or
machines of a few kinds), on sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import json
from pathlib import Path

from offline_helpers import constraint_rows as _rows
from offline_helpers import solved_objective as _solve

from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches, solved_count

DATA = Path(__file__).resolve().parents[1] / "datasets" / "dev_round6_cover.jsonl"


def _data() -> list[dict[str, object]]:
    return [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_dev_round6_cover_answers_are_verified_by_hand_models_on_two_solvers() -> None:
    rows = _data()
    assert len(rows) >= 10
    for r in rows:
        hm = r["hand_model"]
        assert isinstance(hm, dict)
        f = hand_model_formulation(hm)
        for backend in ("highs", "cbc"):
            assert matches(f.solve(backend).objective, float(r["answer"])), (r["id"], backend)  # type: ignore[arg-type]


def test_dev_round6_cover_offline_accuracy_floor() -> None:
    # `python -m optform.offline.measure datasets/dev_round6_cover.jsonl`: 7/10 untuned (r6c-01..10),
    # 10/10 after the first fixes; r6c-11..20 written then: 6/10 untuned, 16/20 in all; 19/20 at the
    # end of round 6 (r6c-20 fails: '80 litres of diesel per delivery run' is read as a limit)
    assert solved_count(_data()) >= 18


# --- who states a demand is no decision: 'A music festival needs at least 480 kW' -------------


def test_the_subject_of_a_demand_is_not_a_decision() -> None:
    texts = [
        (
            "Diesel generators produce 60 kW each and cost $250 a day to rent, and solar trailers "
            "produce 25 kW each and cost $180 a day. A music festival needs at least 480 kW of power. "
            "How many of each should be rented to minimize the daily rental cost?",
            2000.0,
        ),
        (
            "A construction site requires at least 900 kW of power. Diesel generators produce 60 kW "
            "each and cost $250 a day to rent, and solar trailers produce 25 kW each and cost $180 a "
            "day. How many of each should be rented to minimize the daily rental cost?",
            3750.0,
        ),
        (
            "Large pumps each move 300 litres a minute and cost $40 an hour, while small pumps each "
            "move 120 litres a minute and cost $20 an hour. A flooded mine requires at least 2000 "
            "litres a minute. How many pumps of each kind minimize the hourly cost?",
            280.0,
        ),
        (
            "A stadium expects at least 20,000 fans. Trains carry 800 fans each and cost $3,000 per "
            "run, and shuttle buses carry 60 fans each and cost $400 per run. At most 20 train runs "
            "are possible. How many runs of each should be scheduled to minimize cost?",
            86800.0,
        ),
    ]
    for text, want in texts:
        f = formulate_offline(text)
        assert len(f.variables) == 2, [v.name for v in f.variables]
        assert matches(_solve(text), want), (text, _rows(text))


# --- '5,000 cubic feet of container space': a measure of the decisions, not a count of them -----


def test_an_amount_of_a_decisions_space_or_capacity_is_covered_by_their_capacities() -> None:
    texts = [
        (
            "A moving company needs at least 5,000 cubic feet of container space. It can rent small "
            "containers that hold 1,100 cubic feet for $900 each, and large containers that hold "
            "2,300 cubic feet for $1,500 each. The depot has only 3 large containers left. How many "
            "containers of each kind should the company rent to minimize the cost?",
            "1100*small_containers+2300*large_containers>=5000",
            3900.0,
        ),
        (
            "A warehouse needs at least 120 tonnes of truck capacity. Heavy trucks carry 20 tonnes "
            "and cost $500 a day, and light trucks carry 8 tonnes and cost $240 a day. Only 4 heavy "
            "trucks are available. How many trucks of each type minimize the cost?",
            "20*heavy_trucks+8*light_trucks>=120",
            3200.0,
        ),
        (
            "An event needs at least 900 kW of generator capacity. Diesel generators produce 60 kW "
            "each and cost $250 a day, and gas generators produce 80 kW each and cost $360 a day. At "
            "most 10 diesel generators can be rented. How many of each should be rented to minimize "
            "the daily cost?",
            "60*diesel_generators+80*gas_generators>=900",
            3910.0,
        ),
        (
            "A shipper needs at least 3,000 cubic metres of container volume. Small containers hold "
            "33 cubic metres and cost $700, and big containers hold 67 cubic metres and cost $1,300. "
            "Only 30 big containers are available. How many containers of each size minimize the "
            "cost?",
            "33*small_containers+67*big_containers>=3000",
            60000.0,
        ),
    ]
    for text, row, want in texts:
        rows = _rows(text)
        assert row in rows, rows
        assert matches(_solve(text), want), rows


def test_a_count_of_the_decisions_is_still_a_total() -> None:
    # no measure word after the decision's name: the containers themselves are counted (and the
    # company that needs them is no decision)
    text = (
        "A moving company needs at least 6 containers. Small containers cost $900 each and large "
        "containers cost $1,500 each. The depot has only 3 large containers left. How many "
        "containers of each kind should the company rent to minimize the cost?"
    )
    rows = _rows(text)
    assert "small_containers+large_containers>=6" in rows, rows


# --- ', and a turboprop flight carries': a new clause, not a list 'fuel, and a turboprop flight' --


def test_a_new_subject_after_an_amount_of_material_is_no_list_item() -> None:
    texts = [
        (
            "An airline needs to fly at least 2,000 passengers. A jet flight carries 180 passengers "
            "and uses 4 tonnes of fuel, and a turboprop flight carries 70 passengers and uses 1.8 "
            "tonnes of fuel. At most 9 jet flights are allowed. How many flights of each kind "
            "minimize fuel use?",
            ["jet_flight", "turboprop_flight"],
            46.4,
        ),
        (
            "A large van carries 30 parcels per trip and burns 6 litres of diesel, and a small van "
            "carries 12 parcels per trip and burns 2 litres of diesel. The courier has to move at "
            "least 300 parcels. At most 8 large van trips can be made. How many trips of each van "
            "should be made to burn the least diesel?",
            ["large_van", "small_van"],
            50.0,
        ),
        (
            "A combine harvester cuts 12 acres a day and uses 90 gallons of fuel, and a small tractor "
            "cuts 4 acres a day and uses 20 gallons of fuel. A farm needs at least 100 acres cut. "
            "Only 5 combine harvesters are for hire. How many machines of each kind minimize fuel "
            "use?",
            ["combine_harvester", "small_tractor"],
            500.0,
        ),
    ]
    for text, names, want in texts:
        f = formulate_offline(text)
        assert [v.name for v in f.variables] == names, [v.name for v in f.variables]
        assert matches(_solve(text), want), _rows(text)


def test_a_list_of_materials_after_an_amount_is_still_a_list() -> None:
    # 'oats, and barley' with no verb after the second item: a real list of decisions
    text = (
        "A feed mill blends oats, and barley into a feed. Oats cost $3 per kg and barley costs "
        "$2 per kg. The mill needs at least 500 kg of feed, and at most 300 kg of barley can be "
        "used. How many kg of each should be used to minimize the cost?"
    )
    f = formulate_offline(text)
    assert [v.name for v in f.variables] == ["oats", "barley"], [v.name for v in f.variables]
    assert matches(_solve(text), 1200.0), _rows(text)


# --- plural subjects with a plain verb before a number: 'laser printers print 1,500 pages' -------


def test_a_plural_subject_with_a_plain_verb_before_its_number_is_a_decision() -> None:
    texts = [
        (
            "An office expects to print 12,000 pages a day. Laser printers print 1,500 pages a day "
            "each and use 0.9 kWh; inkjet printers print 400 pages a day each and use 0.2 kWh. There "
            "is space for no more than 12 printers in total. How many printers of each kind should "
            "the office install to use the least energy?",
            ["laser_printers", "inkjet_printers"],
            7.1,
        ),
        (
            "Large pumps move 300 litres a minute and cost $40 an hour, and small pumps move 120 "
            "litres a minute and cost $20 an hour. A flooded mine requires at least 2000 litres a "
            "minute. How many pumps of each kind minimize the hourly cost?",
            ["large_pumps", "small_pumps"],
            280.0,
        ),
        (
            "Gas kilns fire 4,000 bricks a week and emit 2.5 tonnes of CO2, and electric kilns fire "
            "2,500 bricks a week and emit 0.8 tonnes. The works must fire at least 30,000 bricks a "
            "week and has 5 gas kilns. How many kilns of each type minimize emissions?",
            ["gas_kilns", "electric_kilns"],
            9.6,
        ),
        (
            "A bakery needs at least 900 loaves a day. Large ovens bake 150 loaves a day and use 40 "
            "kWh, small ovens bake 60 loaves a day and use 18 kWh. The bakery has room for at most 4 "
            "large ovens. How many ovens of each size minimize energy use?",
            ["large_ovens", "small_ovens"],
            250.0,
        ),
    ]
    for text, names, want in texts:
        f = formulate_offline(text)
        assert [v.name for v in f.variables] == names, [v.name for v in f.variables]
        assert matches(_solve(text), want), _rows(text)


def test_a_singular_owner_with_a_verb_before_a_number_stays_the_actor() -> None:
    # 'A bottling plant owns 8 ...': a singular subject, '-s' verb not known: not a decision
    text = (
        "A bottling plant owns 8 older filling machines and 5 newer ones. An older machine fills 600 "
        "bottles per shift using 25 kWh of electricity, and a newer machine fills 1000 bottles per "
        "shift using 35 kWh. The plant must produce at least 9000 bottles in a shift. How many "
        "machines of each type should run to minimize electricity use?"
    )
    assert matches(_solve(text), 350.0), _rows(text)


# --- ', half-shift lifeguards work 4 hours': a bare subject after a comma, same verb ---------------


def test_a_bare_subject_after_a_comma_with_the_same_verb_is_a_decision() -> None:
    texts = [
        (
            "A city pool needs at least 56 lifeguard hours every day. Full-shift lifeguards work 8 "
            "hours and are paid $150, half-shift lifeguards work 4 hours and are paid $85. At least 3 "
            "full-shift lifeguards must be on duty, and the number of half-shift lifeguards can be at "
            "most twice the number of full-shift ones. How many of each should be scheduled at "
            "minimum cost?",
            ["full_shift_lifeguards", "half_shift_lifeguards"],
            "8*full_shift_lifeguards+4*half_shift_lifeguards>=56",
            1050.0,
        ),
        (
            "A depot must move at least 200 pallets. Forklifts move 25 pallets an hour and cost $60 "
            "an hour, hand trucks move 8 pallets an hour and cost $15 an hour. At most 6 forklifts "
            "are available. How many of each should be used to minimize the hourly cost?",
            ["forklifts", "hand_trucks"],
            "25*forklifts+8*hand_trucks>=200",
            375.0,
        ),
        (
            "A hotel needs at least 100 rooms cleaned per shift. Senior cleaners clean 12 rooms a "
            "shift and are paid $140, junior cleaners clean 8 rooms a shift and are paid $90. At most "
            "5 senior cleaners are on the roster. How many cleaners of each kind minimize the wage "
            "bill?",
            ["senior_cleaners", "junior_cleaners"],
            "12*senior_cleaners+8*junior_cleaners>=100",
            1130.0,
        ),
    ]
    for text, names, row, want in texts:
        f = formulate_offline(text)
        assert [v.name for v in f.variables] == names, [v.name for v in f.variables]
        assert row in _rows(text), _rows(text)
        assert matches(_solve(text), want), _rows(text)


# --- 'may not outnumber': a negated 'outnumber' is an upper bound ----------------------------------


def test_a_negated_outnumber_is_at_most() -> None:
    base = (
        "A school needs at least 150 lessons a week. Full-time teachers give 25 lessons and cost "
        "$1,100; part-time teachers give 10 lessons and cost $480. {} How many teachers of each "
        "kind minimize the weekly cost?"
    )
    for said in (
        "Part-time teachers may not outnumber full-time teachers.",
        "Part-time teachers must not outnumber full-time teachers.",
        "The part-time teachers cannot outnumber the full-time teachers.",
        "Part-time teachers should never outnumber full-time teachers.",
    ):
        text = base.format(said)
        rows = _rows(text)
        assert "part_time_teachers-full_time_teachers<=0" in rows, (said, rows)
        assert matches(_solve(text), 6600.0), (said, rows)
    # without a negation it stays a lower bound
    rows = _rows(base.format("Full-time teachers must outnumber part-time teachers."))
    assert "full_time_teachers-part_time_teachers>=0" in rows, rows


# --- 'needs enough teachers to give at least 150 lessons': who needs them is no decision -----------


def test_who_needs_enough_of_the_decisions_is_not_a_decision() -> None:
    texts = [
        (
            "A language school needs enough teachers to give at least 150 lessons a week. Full-time "
            "teachers give 25 lessons a week and cost $1,100; part-time teachers give 10 lessons and "
            "cost $480; volunteers give 4 lessons and cost $60 for expenses. No more than 5 "
            "volunteers can be taken on, and part-time teachers may not outnumber full-time "
            "teachers. What mix of staff covers the lessons at the lowest weekly cost?",
            ["full_time_teachers", "part_time_teachers", "volunteers"],
            6140.0,
        ),
        (
            "A hospital needs enough nurses to cover at least 320 patient visits a week. Senior "
            "nurses handle 40 visits a week and earn $1,500, and junior nurses handle 18 visits a "
            "week and earn $600. Junior nurses must not outnumber senior nurses. How many nurses of "
            "each grade minimize the wage bill?",
            ["senior_nurses", "junior_nurses"],
            12000.0,
        ),
        (
            "A farm co-op needs sufficient vehicles to haul at least 90 tonnes of hay. Tractors haul "
            "6 tonnes a trip and cost $120 a trip, and pickup trucks haul 2 tonnes a trip and cost "
            "$50 a trip. Pickup trucks should never outnumber tractors. How many trips of each "
            "minimize the cost?",
            ["tractors", "pickup_trucks"],
            1800.0,
        ),
    ]
    for text, names, want in texts:
        f = formulate_offline(text)
        assert [v.name for v in f.variables] == names, [v.name for v in f.variables]
        assert matches(_solve(text), want), _rows(text)


# --- 'burn 80 litres of diesel per run, and ... burn 40 litres per run': the same material -------


def test_an_amount_said_without_its_material_repeats_the_others_material() -> None:
    texts = [
        (
            "Large tankers carry 12,000 litres of oil and burn 80 litres of diesel per run, and "
            "small tankers carry 5,000 litres of oil and burn 40 litres per run. At least 90,000 "
            "litres of oil must be delivered, and there are 5 large tankers. How many runs of each "
            "minimize the diesel used?",
            "80*large_tankers + 40*small_tankers",
            640.0,
        ),
        (
            "A dairy's large tankers collect 8,000 litres of milk and use 60 litres of fuel per "
            "round, while its small tankers collect 3,000 litres of milk and use 25 litres per "
            "round. At least 40,000 litres of milk must be collected, and at most 4 large tanker "
            "rounds can be run. How many rounds of each minimize fuel use?",
            "60*dairy_s_large_tankers + 25*small_tankers",
            315.0,
        ),
        (
            "A large boiler heats 900 litres of water an hour and burns 20 litres of oil, and a "
            "small boiler heats 300 litres of water an hour and burns 8 litres. At least 6,000 "
            "litres of water must be heated each hour, and there is room for only 5 large boilers. "
            "How many boilers of each size minimize the oil burned?",
            "20*large_boiler + 8*small_boiler",
            140.0,
        ),
        (
            "A big truck carries 20 tonnes and emits 0.5 tonnes of CO2 per trip, and a small truck "
            "carries 8 tonnes and emits 0.25 tonnes per trip. At least 200 tonnes of sand must be "
            "delivered, and the big truck can make at most 6 trips. How many trips of each truck "
            "minimize CO2 emissions?",
            "0.5*big_truck + 0.25*small_truck",
            5.5,
        ),
    ]
    for text, goal, want in texts:
        f = formulate_offline(text)
        assert f.objective is not None and f.objective.expression == goal, f.objective
        assert matches(_solve(text), want), _rows(text)


# --- '... 30 litres of fuel, and mobile cranes lift 5 tonnes': a new clause, even with a plain verb -


def test_a_new_plural_subject_with_a_plain_verb_is_no_list_item() -> None:
    texts = [
        (
            "Large sprayers apply 2,000 litres of water per field and use 12 litres of petrol, and "
            "small sprayers apply 800 litres of water per field and use 5 litres. At least 20,000 "
            "litres of water must be applied, and only 6 large sprayers are available. How many "
            "sprayers of each size minimize petrol use?",
            ["large_sprayers", "small_sprayers"],
            122.0,
        ),
        (
            "Tower cranes lift 12 tonnes of steel an hour and burn 30 litres of fuel, and mobile "
            "cranes lift 5 tonnes of steel an hour and burn 14 litres. At least 100 tonnes of steel "
            "must be lifted each hour, and only 6 tower cranes can be hired. How many cranes of each "
            "kind minimize fuel use?",
            ["tower_cranes", "mobile_cranes"],
            262.0,
        ),
        (
            "Wide mowers trim 5 acres an hour and burn 4 litres of fuel, and narrow mowers trim 2 "
            "acres an hour and burn 1.5 litres. At least 40 acres must be trimmed each hour, and only "
            "6 wide mowers are available. How many mowers of each kind minimize fuel use?",
            ["wide_mowers", "narrow_mowers"],
            30.0,
        ),
    ]
    for text, names, want in texts:
        f = formulate_offline(text)
        assert [v.name for v in f.variables] == names, [v.name for v in f.variables]
        assert matches(_solve(text), want), _rows(text)
