"""The formulation pipeline: staged (entities → classification → Formulation) or single-shot.

Staged mode follows the constraint-classification approach: (1) identify the sets, parameters
with their values, and decision variables; (2) classify the objective and every constraint in
the taxonomy, citing its source sentence; (3) write the expressions into a Formulation. Stages
1 and 2 are aids: if one cannot be parsed even after one re-ask, stage 3 still runs and is told
that the step is unavailable. Both modes end in a conversation whose last message asks for a
Formulation; the self-correction loop (:mod:`optform.llm.loop`) continues that conversation.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import ConstraintClass, Parameter, SetDef, Unresolved, Variable
from .prompts import load_prompt, render
from .trace import Session

__all__ = [
    "Classification",
    "ClassifiedConstraint",
    "ClassifiedObjective",
    "Entities",
    "Message",
    "single_start",
    "staged_start",
]

Message = dict[str, str]

EXAMPLE = "workshop"


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class Entities(_Lenient):
    """Stage 1: the building blocks of the model."""

    sets: list[SetDef] = Field(default_factory=list, description="Index sets with their elements.")
    parameters: list[Parameter] = Field(
        default_factory=list,
        description="Every number the text gives; value null when the text does not give it.",
    )
    variables: list[Variable] = Field(default_factory=list, description="The decisions.")
    unresolved: list[Unresolved] = Field(
        default_factory=list, description="Missing numbers, words not placed."
    )


class ClassifiedObjective(_Lenient):
    sense: Literal["minimize", "maximize"] = Field(description="minimize or maximize.")
    measure: str | None = Field(default=None, description="What is optimized, e.g. 'profit in $'.")
    sentence: str | None = Field(default=None, description="Source sentence, verbatim.")


class ClassifiedConstraint(_Lenient):
    name: str = Field(description="Identifier for the constraint.")
    class_: ConstraintClass = Field(alias="class", description="Class in the taxonomy.")
    description: str | None = Field(default=None, description="The constraint in plain words.")
    sentence: str | None = Field(default=None, description="Source sentence, verbatim.")


class Classification(_Lenient):
    """Stage 2: the objective and each constraint, classified and traced to a sentence."""

    objective: ClassifiedObjective | None = Field(
        default=None, description="The goal; null if none."
    )
    constraints: list[ClassifiedConstraint] = Field(
        default_factory=list, description="Every stated constraint."
    )


def system_message() -> Message:
    return {
        "role": "system",
        "content": render("system.md", language=load_prompt("language.md").text.strip()),
    }


def _example(name: str) -> str:
    return load_prompt(f"examples/{EXAMPLE}.{name}").text.strip()


def single_start(text: str) -> list[Message]:
    """The conversation asking for a Formulation in one step."""
    user = render(
        "single.md",
        problem=text.strip(),
        example_problem=_example("txt"),
        example_formulation=_example("formulation.json"),
        taxonomy=load_prompt("taxonomy.md").text.strip(),
        schema_summary=load_prompt("schema_summary.md").text.strip(),
    )
    return [system_message(), {"role": "user", "content": user}]


def staged_start(session: Session, text: str) -> list[Message]:
    """Run stages 1 and 2; return the stage-3 conversation asking for the Formulation."""
    problem = text.strip()
    system = system_message()
    stage1 = [
        system,
        {
            "role": "user",
            "content": render(
                "stage1_entities.md",
                problem=problem,
                example_problem=_example("txt"),
                example_stage1=_example("stage1.json"),
            ),
        },
    ]
    entities = session.stage(
        stage1,
        Entities,
        stage="entities",
        prompts=["system.md", "language.md", "stage1_entities.md"],
    )
    entities_text = _dump(entities) if entities is not None else "(not available: step 1 failed)"
    stage2 = [
        system,
        {
            "role": "user",
            "content": render(
                "stage2_classify.md",
                problem=problem,
                entities=entities_text,
                taxonomy=load_prompt("taxonomy.md").text.strip(),
                example_problem=_example("txt"),
                example_stage2=_example("stage2.json"),
            ),
        },
    ]
    classification = session.stage(
        stage2,
        Classification,
        stage="classify",
        prompts=["system.md", "language.md", "stage2_classify.md", "taxonomy.md"],
    )
    class_text = (
        _dump(classification) if classification is not None else "(not available: step 2 failed)"
    )
    stage3 = render(
        "stage3_formulate.md",
        problem=problem,
        entities=entities_text,
        classification=class_text,
        example_formulation=_example("formulation.json"),
        schema_summary=load_prompt("schema_summary.md").text.strip(),
    )
    return [system, {"role": "user", "content": stage3}]


def _dump(obj: BaseModel) -> str:
    return json.dumps(
        obj.model_dump(mode="json", by_alias=True, exclude_none=True), ensure_ascii=False, indent=1
    )
