"""Offline formulator, round 5: integrality and variable domains read as mechanisms.

Every sentence here is written for this file (no benchmark text). Counted things are integer,
measured things continuous, explicit text wins, a decision named by its unit follows the unit,
and facts about other things (a material's price per square foot, the workers' total hours)
say nothing about what is decided.
"""

from __future__ import annotations

import pytest

from optform.model import VarType
from optform.offline import formulate_offline
from optform.offline.integrality import integrality
from optform.offline.lexicon import lemma
from optform.offline.variables import VarDef


def _v(label: str) -> VarDef:
    words = label.lower().split()
    return VarDef(name="_".join(words), label=label, lemmas=[lemma(w) for w in words])


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
