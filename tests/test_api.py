"""The public API is pinned, and importing optform stays light."""

from __future__ import annotations

import json
import subprocess
import sys

import optform

EXPECTED_ALL = {
    "BackendError",
    "CapabilityError",
    "Constraint",
    "ConstraintClass",
    "Finding",
    "Formulation",
    "FormulatorError",
    "LLM",
    "LLMError",
    "LoadError",
    "Objective",
    "OptformError",
    "Parameter",
    "ParseError",
    "Provenance",
    "Result",
    "SetDef",
    "Solution",
    "Status",
    "TemplateRef",
    "Unresolved",
    "UserInputError",
    "ValidationFailed",
    "VarType",
    "Variable",
    "__version__",
    "diagnose",
    "formulate",
    "solve",
    "solve_all",
    "solve_formulation",
    "validate",
}


def test_public_api_is_pinned() -> None:
    assert set(optform.__all__) == EXPECTED_ALL
    for name in optform.__all__:
        assert getattr(optform, name) is not None


def test_top_level_functions_are_not_shadowed_by_modules() -> None:
    import types

    for name in ("solve", "formulate", "validate", "diagnose"):
        assert not isinstance(getattr(optform, name), types.ModuleType), name
    sol = optform.solve(
        str(
            __import__("pathlib").Path(__file__).parent.parent
            / "examples"
            / "infeasible_bakery.yaml"
        )
    )
    assert sol.status == optform.Status.infeasible and sol.diagnosis is not None


def test_import_is_light() -> None:
    code = (
        "import sys, optform, optform.cli; "
        "print(__import__('json').dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('highspy', 'pulp', 'ortools', 'z3', 'openai', 'matplotlib', 'scipy'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_solve_python_api_on_a_file() -> None:
    from pathlib import Path

    f = optform.Formulation.load(Path(__file__).parent.parent / "examples" / "bakery.yaml")
    r = f.solve(backend="highs")
    assert r.status == optform.Status.optimal
    assert r.objective == 800
    assert r.values["batches"] == {"muffins": 10.0, "cakes": 10.0}
    assert r.value("batches", "cakes") == 10
