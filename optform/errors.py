"""Errors and findings: everything optform reports is data.

A :class:`Finding` is one problem or observation (validation error, lint warning,
diagnosis member …) with a stable ``code``, a ``message``, a ``loc`` (a path into the
Formulation, like pydantic's error locations, plus an optional column into an expression)
and a ``hint`` naming the next step.

Exceptions form one tree rooted at :class:`OptformError`::

    OptformError
    ├── UserInputError               the user's (or an LLM's) input is wrong
    │   ├── ParseError               an expression does not parse
    │   ├── LoadError                a file is unreadable / not JSON or YAML / not a Formulation
    │   ├── ValidationFailed         the Formulation has errors (carries every Finding)
    │   └── CapabilityError          the chosen backend cannot take this model
    ├── BackendError                 a solver failed or is not installed
    ├── FormulatorError              text could not be turned into a Formulation
    └── LLMError                     the LLM endpoint failed or its output could not be used

Every error carries ``findings``; the CLI maps each branch to one exit code.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "BackendError",
    "CapabilityError",
    "Finding",
    "FormulatorError",
    "LLMError",
    "LoadError",
    "OptformError",
    "ParseError",
    "Severity",
    "UserInputError",
    "ValidationFailed",
]


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Finding(BaseModel):
    """One reported problem or observation, as data."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(description="Stable identifier, e.g. 'unknown-name' or 'nonlinear-term'.")
    message: str = Field(description="What is wrong, in plain words.")
    severity: Severity = Field(default=Severity.error, description="error, warning or info.")
    loc: list[str | int] = Field(
        default_factory=list,
        description="Path into the Formulation, e.g. ['constraints', 'oven', 'expression'].",
    )
    column: int | None = Field(
        default=None, description="1-based column in the expression text, when it applies."
    )
    hint: str | None = Field(default=None, description="The next step that fixes it.")
    data: dict[str, Any] = Field(
        default_factory=dict, description="Extra machine-readable detail (names, numbers)."
    )

    def where(self) -> str:
        path = ".".join(str(p) for p in self.loc) if self.loc else "<formulation>"
        return f"{path}, column {self.column}" if self.column is not None else path

    def render(self) -> str:
        text = f"{self.severity.value} [{self.code}] at {self.where()}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class OptformError(Exception):
    """Base of every error optform raises on purpose."""

    code: str = "optform-error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        loc: list[str | int] | None = None,
        hint: str | None = None,
        findings: list[Finding] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.loc: list[str | int] = list(loc or [])
        self.hint = hint
        self.findings: list[Finding] = list(findings or [])

    def as_findings(self) -> list[Finding]:
        if self.findings:
            return self.findings
        return [Finding(code=self.code, message=self.message, loc=self.loc, hint=self.hint)]

    def render(self) -> str:
        if self.findings:
            head = f"{self.message}:"
            tail = f"\nhint: {self.hint}" if self.hint else ""
            return head + "\n" + "\n".join(f.render() for f in self.findings) + tail
        text = f"error [{self.code}]: {self.message}"
        if self.loc:
            text = f"error [{self.code}] at {'.'.join(map(str, self.loc))}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def __str__(self) -> str:
        return self.render()


class UserInputError(OptformError):
    code = "user-input"


class ParseError(UserInputError):
    """An expression did not parse; ``column`` is 1-based."""

    code = "parse-error"

    def __init__(
        self,
        message: str,
        *,
        text: str,
        column: int,
        code: str | None = None,
        hint: str | None = None,
        loc: list[str | int] | None = None,
    ) -> None:
        super().__init__(message, code=code, hint=hint, loc=loc)
        self.text = text
        self.column = column

    def as_findings(self) -> list[Finding]:
        return [
            Finding(
                code=self.code,
                message=self.message,
                loc=self.loc,
                column=self.column,
                hint=self.hint,
                data={"expression": self.text},
            )
        ]

    def render(self) -> str:
        caret = " " * (self.column - 1) + "^"
        head = self.as_findings()[0].render()
        return f"{head}\n    {self.text}\n    {caret}"


class LoadError(UserInputError):
    code = "load-error"


class ValidationFailed(UserInputError):
    code = "invalid-formulation"


class CapabilityError(UserInputError):
    code = "backend-capability"


class BackendError(OptformError):
    code = "backend-error"


class FormulatorError(OptformError):
    code = "formulator-error"


class LLMError(OptformError):
    code = "llm-error"

    def __init__(self, message: str, *, attempts: list[Any] | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.attempts = list(attempts or [])
