"""Missing information: numbers the problem text does not give.

The model is told to write ``null`` for such a number rather than invent it. This module lists
the parameters left null and, when an ``ask`` callback is given (the CLI's ``--interactive``),
asks the user for each one and parses the answer — a number, or for a table a mapping such as
``{muffins: 2, cakes: 1}`` (one number fills the whole table). Answers are parsed, never
evaluated; an unusable answer is asked again, at most three times in all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..model import Formulation, Parameter

__all__ = ["MissingParameter", "fill_missing", "missing_parameters", "parse_answer"]

Ask = Callable[[str], str]

_MAX_ASKS = 3


class MissingParameter(BaseModel):
    """A parameter whose value the problem text does not give."""

    model_config = ConfigDict(extra="forbid")

    name: str
    index: list[str] = Field(default_factory=list)
    unit: str | None = None
    description: str | None = None
    sentence: str | None = Field(
        default=None, description="Sentence the parameter came from, if known."
    )
    supplied: bool = Field(default=False, description="True once the user gave the value.")

    def question(self) -> str:
        what = self.description or self.name
        unit = f" (in {self.unit})" if self.unit else ""
        head = f"The problem text does not give '{self.name}': {what}{unit}."
        if self.index:
            return (
                f"{head} Enter one number for every entry, or a mapping over "
                f"{', '.join(self.index)} such as {{a: 1, b: 2}}: "
            )
        return f"{head} Enter a number: "


def _is_missing(p: Parameter) -> bool:
    return p.value is None


def missing_parameters(f: Formulation) -> list[MissingParameter]:
    return [
        MissingParameter(
            name=p.name,
            index=list(p.index),
            unit=p.unit,
            description=p.description,
            sentence=p.provenance.sentence if p.provenance else None,
        )
        for p in f.parameters
        if _is_missing(p)
    ]


def parse_answer(answer: str, p: Parameter) -> Any:
    """The value for ``p`` written in ``answer``; raises ValueError with a reason."""
    text = answer.strip()
    if not text:
        raise ValueError("no answer given")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise ValueError("write a number, or a mapping such as {a: 1, b: 2}") from None
    if isinstance(data, str):
        data = data.replace(",", "")  # 1,000 → 1000; the model's validator parses numeric strings
    if isinstance(data, (dict, list)) and not p.index:
        raise ValueError(f"'{p.name}' is a single number")
    try:
        checked = Parameter.model_validate({**p.model_dump(by_alias=True), "value": data})
    except ValidationError as exc:
        raise ValueError(exc.errors()[0]["msg"]) from None
    if checked.value is None:
        raise ValueError("no value given")
    return checked.value


def fill_missing(
    f: Formulation, answers: dict[str, Any], ask: Ask | None
) -> tuple[Formulation, list[str]]:
    """Fill null parameters from earlier ``answers`` or by asking; returns (formulation, names asked).

    ``answers`` is updated in place so that later rounds reuse what the user said.
    """
    asked: list[str] = []
    params: list[Parameter] = []
    changed = False
    for p in f.parameters:
        if not _is_missing(p):
            params.append(p)
            continue
        if p.name not in answers and ask is not None:
            info = missing_parameters(Formulation(parameters=[p], variables=[]))[0]
            for _ in range(_MAX_ASKS):
                reply = ask(info.question())
                asked.append(p.name)
                try:
                    answers[p.name] = parse_answer(reply, p)
                    break
                except ValueError as exc:
                    info = info.model_copy(
                        update={"description": f"{info.description or p.name} — {exc}"}
                    )
        if p.name in answers:
            params.append(p.model_copy(update={"value": answers[p.name]}))
            changed = True
        else:
            params.append(p)
    if not changed:
        return f, asked
    return f.model_copy(update={"parameters": params}), asked
