"""optform: natural-language decision problems → typed, checkable optimization models.

Importing optform is light: solver packages load only when a backend is used.
"""

from __future__ import annotations

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
from .solve import solve_all, solve_formulation
from .validate import validate

__version__ = "0.1.0"

__all__ = [
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
    "Status",
    "TemplateRef",
    "Unresolved",
    "UserInputError",
    "ValidationFailed",
    "VarType",
    "Variable",
    "__version__",
    "solve_all",
    "solve_formulation",
    "validate",
]
