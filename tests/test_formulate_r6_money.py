"""Round 6, money and proportions (budgets split between options, returns in %, blends with a
percentage content), on sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from offline_helpers import constraint_rows as _rows

from optform.offline import formulate_offline
from optform.offline.measure import hand_model_formulation, matches

DEV = Path(__file__).resolve().parent.parent / "datasets" / "dev_round6_money.jsonl"


def _objective(text: str) -> str:
    f = formulate_offline(text)
    assert f.objective is not None, f.unresolved
    return f.objective.expression.replace(" ", "")


def test_dev_round6_money_answers_are_verified_by_hand_models_on_two_solvers() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 16
    for r in rows:
        f = hand_model_formulation(r["hand_model"])
        for backend in ("highs", "cbc"):
            assert matches(f.solve(backend).objective, float(r["answer"])), (r["id"], backend)


# ------------------------------------------- a verb before its number is no noun the decisions share
@pytest.mark.parametrize(
    ("text", "objective"),
    [
        (
            "A city council splits a road budget of $200,000 between patching and resurfacing. "
            "Patching repairs 0.8 square metres of road per dollar and resurfacing repairs 0.5 "
            "square metres per dollar. The council wants to maximize the area repaired.",
            "0.8*patching+0.5*resurfacing",
        ),
        (
            "A county divides its $50,000 grant between planting and weeding. Planting restores 3 "
            "square metres of park per dollar and weeding restores 2 square metres per dollar. The "
            "county aims to maximize the area restored.",
            "3*planting+2*weeding",
        ),
        (
            "A park service divides 120 staff hours between mowing and raking. Mowing clears 300 "
            "square metres per hour and raking clears 80 square metres per hour. Raking needs at "
            "least 20 hours. The service wants to maximize the area cleared.",
            "300*mowing+80*raking",
        ),
    ],
)
def test_a_verb_between_a_decision_and_its_number_is_no_shared_noun(
    text: str, objective: str
) -> None:
    # 'Patching repairs 0.8 ...': 'repairs' is what patching does, not a noun naming both decisions
    # (which made the goal 'the area repaired' count the decisions)
    assert _objective(text) == objective


# ------------------------------------------- 'How should X divide N between A and B': the whole, not a need
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "How should Priya divide $50,000 between a bond fund paying 4% a year and a stock fund "
            "paying 9% a year to earn the largest annual return? No more than $25,000 may go into "
            "stocks.",
            "bond_fund+stock_fund==50000",
        ),
        (
            "How should Omar split $20,000 between a savings bond paying 3% and an index fund "
            "paying 7% to maximize his yearly interest? At most 60% of the money can go to the "
            "index fund.",
            "savings_bond+index_fund==20000",
        ),
        (
            "How should a grower divide 200 acres between corn and soybeans to maximize profit? "
            "Corn earns $300 per acre and soybeans earn $250 per acre. At most 120 acres can be "
            "planted with corn.",
            "corn+soybeans==200",
        ),
    ],
)
def test_the_question_modal_before_a_split_is_no_requirement(text: str, whole: str) -> None:
    # 'should' asks the question; the amount after 'divide ... between' is all there is to share
    rows = _rows(text)
    assert whole in rows, rows
    assert not any(r.endswith((">=50000", ">=20000", ">=200")) for r in rows), rows


# ------------------------------------------- 'blends 500 kg of soil from A, B and C': the sum of what goes in
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "A garden centre blends 500 kg of potting soil from compost, peat and sand. Compost "
            "costs $0.30 per kg, peat costs $0.45 per kg and sand costs $0.10 per kg. Sand may be "
            "at most 20% of the blend, and there must be at least as much peat as sand. Find the "
            "cheapest blend.",
            "compost+peat+sand==500",
        ),
        (
            "A refinery makes 1,000 barrels of fuel from light crude and heavy crude. Light crude "
            "costs $70 per barrel and heavy crude costs $55 per barrel. At least 40% of the fuel "
            "must come from light crude. How many barrels of each crude minimize the cost?",
            "light_crude+heavy_crude==1000",
        ),
        (
            "A juice maker prepares 300 litres of drink from apple juice and grape juice. Apple "
            "juice costs $1 per litre and grape juice costs $2 per litre. The drink must be at "
            "least half grape juice. Minimize the cost.",
            "apple_juice+grape_juice==300",
        ),
        (
            "Using compost, peat and sand, a garden centre blends 500 kg of potting soil. Compost "
            "costs $0.30 per kg, peat costs $0.45 per kg and sand costs $0.10 per kg. Sand may be "
            "at most 20% of the blend. Find the cheapest blend.",
            "compost+peat+sand==500",
        ),
    ],
)
def test_an_amount_of_a_product_made_from_the_decisions_is_their_sum(text: str, whole: str) -> None:
    rows = _rows(text)
    assert whole in rows, rows


def test_an_amount_made_per_day_is_no_whole() -> None:
    # a rate of output is no amount the inputs add up to
    text = (
        "A mill makes 400 kg per day of feed from oats and barley. Oats cost $0.20 per kg and "
        "barley costs $0.15 per kg. At least 30% of the feed must be oats. Minimize the cost."
    )
    assert not any(r.endswith("==400") for r in _rows(text))


# ------------------------------------------- 'a savings account at 2%, bonds at 5%': the rates of a return goal
@pytest.mark.parametrize(
    ("text", "objective"),
    [
        (
            "Dana is investing up to $80,000 in three options: a savings account at 2%, municipal "
            "bonds at 5%, and a growth fund at 8%. The growth fund may hold no more than $20,000. "
            "What allocation gives the largest yearly return?",
            "0.02*savings_account+0.05*municipal_bonds+0.08*growth_fund",
        ),
        (
            "Leo has $30,000 for two choices, a certificate of deposit at 3% and a mutual fund at "
            "7%. At most $12,000 goes to the mutual fund. How much should go to each to maximize "
            "his annual interest?",
            "0.03*deposit+0.07*mutual_fund",
        ),
        (
            "A trust can place at most $500,000 into government bonds (4.5%), corporate bonds (6%) "
            "and equities (9%). Equities may take at most $100,000 and corporate bonds at most "
            "$150,000. Maximize the yearly income.",
            "0.045*government_bonds+0.06*corporate_bonds+0.09*equities",
        ),
    ],
)
def test_one_bare_rate_per_decision_is_what_a_return_goal_adds_up(
    text: str, objective: str
) -> None:
    # the percentages carry no word of their own ('at 5%', '(6%)'): the goal names what they are
    assert _objective(text) == objective


# ------------------------------------------- '... and patching may not receive ...': a statement of its own
@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "A council splits $200,000 between patching and resurfacing. Patching repairs 0.8 "
            "square metres per dollar and resurfacing repairs 0.5 square metres per dollar. At "
            "least 40% of the money has to go to resurfacing and patching may not receive more "
            "than $100,000. Maximize the area repaired.",
            ["-0.4*patching+0.6*resurfacing>=0", "patching<=100000"],
            "patching+resurfacing<=100000",
        ),
        (
            "Ken invests $100,000 in bonds paying 5% and stocks paying 9%. At least 30% of the "
            "money must be placed in bonds and stocks may not exceed $60,000. How should he invest "
            "to maximize his return?",
            ["0.7*bonds-0.3*stocks>=0", "stocks<=60000"],
            "bonds+stocks<=60000",
        ),
        (
            "A school spends $5,000 on books costing $20 each and tablets costing $250 each. At "
            "least 50 books must be bought and tablet purchases cannot exceed 12. Maximize the "
            "number of items bought.",
            ["books>=50", "tablets<=12"],
            "books+tablets<=12",
        ),
    ],
)
def test_and_then_a_subject_with_a_modal_opens_a_new_clause(
    text: str, want: list[str], not_want: str
) -> None:
    # without the split, the second limit was read inside the first statement (its share or its total)
    rows = _rows(text)
    for w in want:
        assert w in rows, rows
    assert not_want not in rows, rows


# ------------------------------------------- 'invests $100,000 in bonds and stocks': the whole, no price
@pytest.mark.parametrize(
    ("text", "objective", "whole"),
    [
        (
            "Ken invests $100,000 in bonds paying 5% and stocks paying 9%. Stocks may not exceed "
            "$60,000. How should he invest to maximize his return?",
            "0.05*bonds+0.09*stocks",
            "bonds+stocks==100000",
        ),
        (
            "Sara places $40,000 into a CD paying 3% and a bond fund paying 6%. No more than "
            "$25,000 may go into the bond fund. Maximize her yearly interest.",
            "0.03*cd+0.06*bond_fund",
            "cd+bond_fund==40000",
        ),
        (
            "A credit union puts $2,000,000 into car loans earning 7% and home loans earning 5%. "
            "Car loans cannot exceed $600,000. Maximize the interest earned.",
            "0.07*car_loans+0.05*home_loans",
            "car_loans+home_loans==2000000",
        ),
    ],
)
def test_money_invested_in_the_decisions_is_their_whole(
    text: str, objective: str, whole: str
) -> None:
    # the amount after 'invests/places/puts' was read as a per-unit number of the first decision
    assert _objective(text) == objective
    assert whole in _rows(text)


# ------------------------------------------- 'divides $6,000 of advertising between A and B': money decisions
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "A shop divides $6,000 of advertising between flyers and posters. Flyers attract 4 "
            "customers per dollar and posters attract 3 customers per dollar. At most $4,000 can "
            "go to flyers. Maximize the customers attracted.",
            "flyers+posters==6000",
        ),
        (
            "A charity splits $12,000 of donations between meals and shelters. Each dollar for "
            "meals helps 0.05 people and each dollar for shelters helps 0.02 people. Shelters need "
            "at least $3,000. Maximize the people helped.",
            "meals+shelters==12000",
        ),
        (
            "A museum divides $9,000 of publicity between radio and newspapers. Radio reaches 6 "
            "visitors per dollar and newspapers reach 4 visitors per dollar. Newspapers must get "
            "at least $2,000. Maximize the visitors reached.",
            "radio+newspapers==9000",
        ),
    ],
)
def test_money_of_some_kind_split_between_the_decisions_is_their_whole(
    text: str, whole: str
) -> None:
    # 'of advertising' between the amount and 'between' hid that the decisions are amounts of money
    assert whole in _rows(text)


# ------------------------------------------- 'split her $12,000 savings between A and B': savings are money
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Ana wants to split her $12,000 savings between a high-yield account earning 4% and a "
            "stock index fund earning 10%. She wants at least three times as much in the account "
            "as in the fund. How much should go into each to maximize her yearly earnings?",
            "high_yield_account+stock_index_fund==12000",
        ),
        (
            "Lena allocates her $6,000 cash between a savings bond earning 2% and a stock earning "
            "9%. The stock may hold no more than half of the cash. Maximize her annual gain.",
            "savings_bond+stock==6000",
        ),
        (
            "Tom splits his $5,000 cash among a CD earning 3% and gold earning 6%. Gold may take at "
            "most $2,000. Maximize his yearly gain.",
            "cd+gold==5000",
        ),
    ],
)
def test_savings_or_cash_split_between_the_decisions_is_their_whole(text: str, whole: str) -> None:
    assert whole in _rows(text)
