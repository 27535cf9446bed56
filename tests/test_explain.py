"""The explanation: every part beside its source sentence, then the answer in the problem's words."""

from __future__ import annotations

import json

from optform.explain import explain, explain_data
from optform.offline import formulate_offline

TEXT = (
    "A pottery studio makes mugs and bowls. Each mug takes 2 hours of kiln time and each bowl takes 3 hours of "
    "kiln time. The kiln is available for at most 120 hours a week. Each mug earns a profit of $9 and each bowl "
    "earns a profit of $14. How many mugs and bowls should the studio make to maximize profit?"
)


def test_explain_text_with_result() -> None:
    f = formulate_offline(TEXT)
    res = f.solve()
    out = explain(f, res)
    assert "mugs (integer)" in out
    assert 'from: "The kiln is available for at most 120 hours a week."' in out
    assert "[class linear, template resource]" in out
    assert "Goal: maximize 9*mugs + 14*bowls" in out
    assert "Answer (optimal): make 0 mugs and 40 bowls; profit $560" in out


def test_explain_without_result_and_json() -> None:
    f = formulate_offline(TEXT)
    out = explain(f)
    assert "Answer" not in out
    d = explain_data(f, f.solve())
    json.dumps(d)
    assert d["status"] == "optimal" and d["objective_value"] == 560
    assert d["values"] == {"mugs": 0, "bowls": 40}
    assert d["constraints"][0]["source"] == "The kiln is available for at most 120 hours a week."
    assert d["answer"].endswith("profit $560")


def test_explain_lists_unresolved_and_infeasible() -> None:
    f = formulate_offline(
        "A shop makes tables and chairs. The profit per table is $50 and the profit per chair is "
        "$20. At most 10 tables can be made. At least 20 tables must be made. The zorblat index "
        "must stay near 7. How many tables and chairs maximize profit?"
    )
    res = f.solve()
    out = explain(f, res)
    assert "Not understood / missing:" in out
    assert '"The zorblat index must stay near 7."' in out
    assert "no plan satisfies every requirement" in out
