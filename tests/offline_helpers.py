"""Small helpers shared by the offline-formulator tests (importable as ``offline_helpers``)."""

from __future__ import annotations

from optform.offline import formulate_offline


def solved_objective(text: str) -> float | None:
    """Formulate ``text`` offline (an objective must be found) and return the HiGHS optimum."""
    f = formulate_offline(text)
    assert f.objective is not None, f.unresolved
    return f.solve().objective


def constraint_rows(text: str) -> list[str]:
    """The constraints formulated from ``text``, spaces removed (``"2*x+y<=10"``)."""
    return [(c.expression or "").replace(" ", "") for c in formulate_offline(text).constraints]
