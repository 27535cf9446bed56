"""The diagnosis as data: conflicting sets, verified fixes, unbounded rays, findings.

Everything here is a pydantic model, so ``model_dump(mode="json")`` gives what the CLI
prints with ``--json`` and what the self-correction loop hands back to an LLM. Text is
produced separately by :func:`optform.diagnosis.render_diagnosis`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import Finding
from ..result import Status

__all__ = [
    "ConflictMember",
    "ConflictSet",
    "Diagnosis",
    "Fix",
    "FixKind",
    "MemberKind",
    "RayComponent",
    "UnboundedRay",
]

MemberKind = Literal["constraint", "bound", "integrality"]
FixKind = Literal["relax_limit", "drop", "relax_integrality", "add_bound"]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConflictMember(_Base):
    """One of the user's statements taking part in a conflict."""

    kind: MemberKind = Field(
        description="constraint (one member of a family), bound of a variable, or integrality."
    )
    name: str = Field(description="Name of the constraint or variable in the Formulation.")
    index: list[str | int] = Field(
        default_factory=list,
        description="Family point of the constraint, or element of the variable; empty if none.",
    )
    label: str = Field(
        description="Short handle, e.g. 'capacity[plant2]', 'bound: x[a] >= 0' or \"integrality of 'tables'\"."
    )
    side: Literal["lower", "upper", "equal", "range"] | None = Field(
        default=None,
        description="Which limit of the row or bound takes part: lower (>=), upper (<=), equal (==).",
    )
    limit: float | None = Field(
        default=None, description="The number on the limiting side (right-hand side or bound)."
    )
    expression: str | None = Field(
        default=None, description="The user's expression, or the bound written out."
    )
    description: str | None = Field(
        default=None, description="The member in plain words, from the Formulation."
    )
    sentence: str | None = Field(
        default=None, description="Source sentence (provenance) when the Formulation has it."
    )
    loc: list[str | int] = Field(default_factory=list, description="Path into the Formulation.")


class ConflictSet(_Base):
    """A set of statements that cannot all hold; irreducible when dropping any one member makes it feasible."""

    members: list[ConflictMember] = Field(description="The conflicting statements.")
    irreducible: bool = Field(description="True when every member was checked to be necessary.")
    method: str = Field(description="How it was found, e.g. 'highs-iis + deletion filter'.")
    backend: str = Field(description="Backend whose solver decided feasibility.")
    solves: int = Field(default=0, description="Number of feasibility solves spent.")
    seconds: float = Field(default=0.0, description="Wall time spent finding the set.")

    def labels(self) -> list[str]:
        return [m.label for m in self.members]


class Fix(_Base):
    """A suggested change, applied to the model and re-solved."""

    kind: FixKind = Field(description="relax_limit, drop, relax_integrality or add_bound.")
    target: str = Field(description="Label of the member (or variable) changed.")
    member: ConflictMember | None = Field(
        default=None, description="The conflict member concerned, if any."
    )
    parameter: str | None = Field(
        default=None, description="Parameter holding the limit, when the limit is one."
    )
    old: float | None = Field(default=None, description="The number before the change.")
    new: float | None = Field(default=None, description="The number after the change.")
    change: float | None = Field(
        default=None,
        description="Size of the change relative to the old number, |new-old|/max(1,|old|); null for drop.",
    )
    message: str = Field(
        description="The suggestion in words, e.g. \"raise the limit of 'oven' from 40 to 52\"."
    )
    verified: bool = Field(
        default=False, description="True when the changed model was re-solved with a solution."
    )
    status_after: Status | None = Field(default=None, description="Status of the changed model.")
    objective_after: float | None = Field(
        default=None, description="Objective of the changed model, when solved."
    )
    verified_by: str | None = Field(default=None, description="Backend used to verify.")


class RayComponent(_Base):
    """A variable that grows without limit along the unbounded direction."""

    name: str = Field(description="Variable name.")
    index: list[str | int] = Field(
        default_factory=list, description="Element of an indexed variable."
    )
    label: str = Field(description="e.g. 'batches[cakes]'.")
    direction: float = Field(
        description="Component of the (normalized) direction; + grows up, - grows down."
    )
    objective_coefficient: float = Field(
        default=0.0, description="Its coefficient in the objective."
    )
    description: str | None = Field(
        default=None, description="What the variable is, from the Formulation."
    )


class UnboundedRay(_Base):
    """The direction along which the objective improves without limit."""

    variables: list[RayComponent] = Field(description="Variables that grow without limit.")
    objective_terms: list[str] = Field(
        default_factory=list,
        description="Objective terms that reward the growth, e.g. '50*batches[cakes]'.",
    )
    objective_sentence: str | None = Field(
        default=None, description="Sentence the objective came from."
    )
    method: str = Field(
        description="'highs-primal-ray' or 'box' (solve inside a large box and see who hits it)."
    )


class Diagnosis(_Base):
    """What is wrong with a Formulation and how to fix it, as data."""

    status: Status = Field(description="Status of the original model on the backend.")
    backend: str = Field(description="Backend used.")
    objective: float | None = Field(default=None, description="Objective when the model solved.")
    conflict: ConflictSet | None = Field(
        default=None, description="Minimal conflicting set when infeasible."
    )
    fixes: list[Fix] = Field(
        default_factory=list, description="Suggested changes, verified ones first, smallest first."
    )
    unbounded: UnboundedRay | None = Field(
        default=None, description="The unbounded direction when unbounded."
    )
    lint: list[Finding] = Field(
        default_factory=list, description="Probable modelling mistakes in a solvable model."
    )
    findings: list[Finding] = Field(
        default_factory=list, description="Notes on the diagnosis itself."
    )
    source_text: str | None = Field(
        default=None, description="The problem text, when the Formulation has it."
    )
