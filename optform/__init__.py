"""optform: natural-language decision problems → typed, checkable optimization models.

Importing optform is light: solver packages load only when a backend is used.
"""

from __future__ import annotations

from typing import Any

from .api import Solution, formulate, solve
from .errors import (
    BackendError,
    CapabilityError,
    Finding,
    FormulatorError,
    LLMError,
    LoadError,
    OptformError,
    ParseError,
    UserInputError,
    ValidationFailed,
)
from .model import (
    Constraint,
    ConstraintClass,
    Formulation,
    Objective,
    Parameter,
    Provenance,
    SetDef,
    TemplateRef,
    Unresolved,
    Variable,
    VarType,
)
from .result import Result, Status
from .solving import solve_all, solve_formulation
from .validate import validate

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # heavier parts load on first use, so that `import optform` stays light
    if name == "LLM":
        from .llm import LLM

        return LLM
    if name == "diagnose":
        from .diagnosis import diagnose

        return diagnose
    raise AttributeError(f"module 'optform' has no attribute {name!r}")


__all__ = [
    "LLM",
    "BackendError",
    "CapabilityError",
    "Constraint",
    "ConstraintClass",
    "Finding",
    "Formulation",
    "FormulatorError",
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
]
