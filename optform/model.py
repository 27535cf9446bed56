"""The typed Formulation: sets and parameters, variables, objective, constraints.

This is the single intermediate representation of optform. The offline formulator, an
LLM and a user's own YAML/JSON file all produce a :class:`Formulation`; every backend
consumes it; diagnosis speaks about its named parts. Field descriptions are written for
an LLM to read: they become the JSON Schema (``optform schema``).
"""

from __future__ import annotations

import json
import math
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from typing_extensions import TypeAliasType

from .errors import LoadError

if TYPE_CHECKING:
    from .errors import Finding
    from .result import Result

__all__ = [
    "Constraint",
    "ConstraintClass",
    "Formulation",
    "Objective",
    "Parameter",
    "Provenance",
    "SetDef",
    "TemplateRef",
    "Unresolved",
    "VarType",
    "Variable",
]

Element = int | str
ParamValue = TypeAliasType(  # type: ignore[misc]
    "ParamValue",
    Union[float, int, list["ParamValue"], dict[str, "ParamValue"], None],  # type: ignore[misc]  # noqa: UP007
)


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Provenance(_Base):
    """Where in the user's text an element came from."""

    sentence: str = Field(description="The source sentence, quoted verbatim from the problem text.")
    start: int | None = Field(
        default=None, description="Character offset of the sentence in the problem text."
    )
    end: int | None = Field(default=None, description="Character offset just past the sentence.")


class SetDef(_Base):
    """A named index set, e.g. products P = [muffin, cake]."""

    name: str = Field(description="Identifier used in expressions, e.g. 'P'.")
    elements: list[Element] | str = Field(
        description="The members, as a list of names or integers, or an integer range written 'a..b' (inclusive)."
    )
    description: str | None = Field(
        default=None, description="What the members are, in plain words."
    )

    @field_validator("elements", mode="before")
    @classmethod
    def _no_bools(cls, v: Any) -> Any:
        if isinstance(v, list):
            for e in v:
                if isinstance(e, (bool, float)):
                    raise ValueError(f"set elements must be names or integers, not {e!r}")
        return v

    def members(self) -> list[Element]:
        """The elements as a list (ranges expanded). Raises ValueError on a bad range."""
        if isinstance(self.elements, str):
            lo_hi = self.elements.split("..")
            if len(lo_hi) != 2:
                raise ValueError(f"range must be written 'a..b', got {self.elements!r}")
            lo, hi = (int(s.strip()) for s in lo_hi)
            if hi - lo > 10_000_000:
                raise ValueError("range has more than ten million members")
            return list(range(lo, hi + 1))
        return list(self.elements)


class Parameter(_Base):
    """A named number or a table of numbers indexed by sets (data, kept apart from structure)."""

    name: str = Field(description="Identifier used in expressions, e.g. 'profit'.")
    index: list[str] = Field(
        default_factory=list,
        description="Names of the sets indexing this table, in order; empty for a scalar.",
    )
    value: ParamValue = Field(
        default=None,
        description=(
            "A number for a scalar; for a table, a mapping from element to value (nested one level per index "
            "set) or a list in set order. Use null when the text does not give the number: never invent it."
        ),
    )
    unit: str | None = Field(default=None, description="Unit, e.g. 'hours' or '$'.")
    description: str | None = Field(
        default=None, description="What the number means, in plain words."
    )
    provenance: Provenance | None = Field(
        default=None, description="Sentence the number came from."
    )

    @field_validator("value", mode="before")
    @classmethod
    def _keys_to_str(cls, v: Any) -> Any:
        return _stringify_keys(v)


_NUMBER_TYPES = {int, float}


def _stringify_keys(v: Any) -> Any:
    if isinstance(v, list) and set(map(type, v)) <= _NUMBER_TYPES:
        return v  # fast path: a row of plain numbers
    if isinstance(v, dict):
        return {str(k): _stringify_keys(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_stringify_keys(x) for x in v]
    if isinstance(v, bool):
        raise ValueError("a parameter value must be a number, not true/false")
    if isinstance(v, str):
        try:
            f = float(v.replace(",", "").strip())
        except ValueError:
            raise ValueError(f"a parameter value must be a number, not {v!r}") from None
        return int(f) if f.is_integer() and "." not in v else f
    return v


class VarType(str, Enum):
    continuous = "continuous"
    integer = "integer"
    binary = "binary"


class Variable(_Base):
    """A decision variable, optionally indexed by sets (one variable per index tuple)."""

    name: str = Field(description="Identifier used in expressions, e.g. 'x' or 'muffins'.")
    index: list[str] = Field(
        default_factory=list, description="Names of the indexing sets; empty for a single variable."
    )
    type: VarType = Field(
        default=VarType.continuous,
        description="continuous, integer (counted things: people, vehicles, items) or binary (yes/no decisions).",
    )
    lb: float | None = Field(default=0.0, description="Lower bound; null for none. Defaults to 0.")
    ub: float | None = Field(default=None, description="Upper bound; null for none.")
    unit: str | None = Field(default=None, description="Unit of the quantity, e.g. 'kg'.")
    description: str | None = Field(
        default=None, description="What the variable decides, in plain words."
    )
    provenance: Provenance | None = Field(default=None, description="Sentence that introduced it.")


class Objective(_Base):
    """What to optimize. Omit the objective for a pure feasibility (satisfaction) problem."""

    sense: Literal["minimize", "maximize"] = Field(description="minimize or maximize.")
    expression: str = Field(
        description="Linear expression, e.g. 'sum{p in P} profit[p] * x[p]' or '3*muffins + 5*cakes'."
    )
    name: str | None = Field(default=None, description="What is optimized, e.g. 'profit'.")
    unit: str | None = Field(default=None, description="Unit of the objective, e.g. '$'.")
    description: str | None = Field(default=None, description="Plain-words statement of the goal.")
    provenance: Provenance | None = Field(
        default=None, description="Sentence that states the goal."
    )


class ConstraintClass(str, Enum):
    """The constraint taxonomy (see optform.taxonomy for definitions and examples)."""

    upper_bound = "upper_bound"
    lower_bound = "lower_bound"
    total = "total"
    linear = "linear"
    ratio = "ratio"
    xy = "xy"
    xby = "xby"
    balance = "balance"
    equality = "equality"
    implication = "implication"
    either_or = "either_or"
    cardinality = "cardinality"
    fixed_charge = "fixed_charge"
    other = "other"


class TemplateRef(_Base):
    """A template instance from the taxonomy: its name and arguments."""

    name: str = Field(
        description="Template name, e.g. 'resource', 'upper_bound', 'xby' (see optform.taxonomy)."
    )
    args: dict[str, Any] = Field(default_factory=dict, description="Template arguments by name.")


class Constraint(_Base):
    """One constraint, or a family of constraints ('for each plant p …')."""

    name: str = Field(description="Unique identifier, e.g. 'oven_hours'.")
    expression: str | None = Field(
        default=None,
        description=(
            "Comparison or logic, e.g. '2*muffins + 3*cakes <= 40', 'cakes >= 2*muffins', "
            "'y == 1 -> x >= 10', 'atmost(2, {p in P} open[p])'. May be omitted when a template is given."
        ),
    )
    forall: str | None = Field(
        default=None,
        description="Index of a family, e.g. 'p in P' or 'i in I, j in J: i != j'; null for one constraint.",
    )
    class_: ConstraintClass = Field(
        default=ConstraintClass.other, alias="class", description="Class in the taxonomy."
    )
    template: TemplateRef | None = Field(
        default=None, description="Template instance that generates the expression."
    )
    description: str | None = Field(default=None, description="The constraint in plain words.")
    provenance: Provenance | None = Field(
        default=None, description="Sentence the constraint came from."
    )

    @model_validator(mode="after")
    def _expression_from_template(self) -> Constraint:
        """A template without an expression generates the expression (and the class, if not given)."""
        if self.template is None:
            return self
        from .errors import UserInputError
        from .taxonomy import class_of_template, render_template

        try:
            if self.expression is None:
                self.expression = render_template(self.template)[0]
            if "class_" not in self.model_fields_set:
                self.class_ = class_of_template(self.template.name)
        except UserInputError as e:
            raise ValueError(
                f"constraint '{self.name}': {e.message}" + (f" ({e.hint})" if e.hint else "")
            ) from None
        return self


class Unresolved(_Base):
    """A part of the text that was not understood, or a number the text does not give."""

    text: str = Field(description="The words concerned, quoted.")
    reason: str = Field(
        description="Why it is unresolved, e.g. 'no coefficient for the objective'."
    )
    start: int | None = None
    end: int | None = None


class Formulation(_Base):
    """An optimization problem: sets, parameters, variables, objective and constraints."""

    name: str = Field(default="model", description="Short identifier of the problem.")
    description: str | None = Field(default=None, description="One-line summary of the problem.")
    source_text: str | None = Field(
        default=None, description="The natural-language problem, verbatim."
    )
    sets: list[SetDef] = Field(default_factory=list, description="Index sets.")
    parameters: list[Parameter] = Field(
        default_factory=list, description="Named numbers and tables."
    )
    variables: list[Variable] = Field(default_factory=list, description="Decision variables.")
    objective: Objective | None = Field(
        default=None, description="The goal; null for a satisfaction problem."
    )
    constraints: list[Constraint] = Field(
        default_factory=list, description="Constraints and constraint families."
    )
    confidence: float | None = Field(
        default=None, description="Formulator's confidence in [0, 1], when known."
    )
    unresolved: list[Unresolved] = Field(
        default_factory=list, description="Text not understood or numbers missing."
    )
    meta: dict[str, Any] = Field(default_factory=dict, description="Free-form extra information.")

    @model_validator(mode="after")
    def _finite_bounds(self) -> Formulation:
        for v in self.variables:
            for b in (v.lb, v.ub):
                if b is not None and math.isnan(b):
                    raise ValueError(f"variable '{v.name}' has a NaN bound; use null for no bound")
        return self

    # ------------------------------------------------------------ lookup
    def set(self, name: str) -> SetDef | None:
        return next((s for s in self.sets if s.name == name), None)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def variable(self, name: str) -> Variable | None:
        return next((v for v in self.variables if v.name == name), None)

    def constraint(self, name: str) -> Constraint | None:
        return next((c for c in self.constraints if c.name == name), None)

    # ------------------------------------------------------------ serialization
    def to_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        # a constraint's class is always written: with a template, a missing class would be inferred
        for c, d in zip(self.constraints, data.get("constraints", [])):
            d["class"] = c.class_.value
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_yaml(self) -> str:
        import yaml

        return yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True, width=100)

    def save(self, path: str | Path) -> None:
        p = Path(path)
        text = self.to_yaml() if p.suffix.lower() in (".yaml", ".yml") else self.to_json()
        p.write_text(text, encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<data>") -> Formulation:
        from pydantic import ValidationError

        if not isinstance(data, dict):
            raise LoadError(
                f"{source}: a Formulation must be a mapping with keys like 'variables' and 'constraints', "
                f"not {type(data).__name__}",
                code="not-a-mapping",
                hint="see `optform schema` for the file format",
            )
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            from .errors import Finding

            findings = [
                Finding(
                    code="schema-" + str(e["type"]),
                    message=str(e["msg"]),
                    loc=[p for p in e["loc"] if isinstance(p, (str, int))],
                    hint=_schema_hint(e, data),
                )
                for e in exc.errors()
            ]
            raise LoadError(
                f"{source}: not a valid Formulation ({len(findings)} problem(s))",
                code="schema-invalid",
                findings=findings,
            ) from None

    @classmethod
    def loads(
        cls, text: str, *, format: Literal["json", "yaml", "auto"] = "auto", source: str = "<text>"
    ) -> Formulation:
        data = _parse_text(text, format, source)
        return cls.from_dict(data, source=source)

    @classmethod
    def load(cls, path: str | Path) -> Formulation:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise LoadError(
                f"no such file: {p}", code="file-not-found", hint="check the path"
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise LoadError(f"cannot read {p}: {exc}", code="file-unreadable") from None
        fmt: Literal["json", "yaml", "auto"] = "auto"
        if p.suffix.lower() == ".json":
            fmt = "json"
        elif p.suffix.lower() in (".yaml", ".yml"):
            fmt = "yaml"
        return cls.loads(text, format=fmt, source=str(p))

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        return cls.model_json_schema(by_alias=True)

    # ------------------------------------------------------------ behaviour
    def check(self) -> list[Finding]:
        """Validate: every problem at once, as findings (errors and warnings)."""
        from .validate import validate

        return validate(self)

    def solve(self, backend: str = "highs", **options: Any) -> Result:
        """Solve on one backend. See :func:`optform.solve_formulation` for options."""
        from .solving import solve_formulation

        return solve_formulation(self, backend=backend, **options)


def _schema_hint(err: Any, data: Any) -> str | None:
    typ = str(err.get("type", ""))
    loc = err.get("loc", ())
    if typ == "extra_forbidden":
        return f"remove the unknown field '{loc[-1]}' (see `optform schema` for the allowed fields)"
    if typ == "missing":
        return f"add the required field '{loc[-1]}'"
    if typ in ("literal_error", "enum"):
        return "use one of the allowed values listed in the message"
    if "float" in typ or "int" in typ:
        return "write a plain number (no units, no % sign, no thousands separators)"
    return None


def _parse_text(text: str, fmt: str, source: str) -> Any:
    if not text.strip():
        raise LoadError(
            f"{source} is empty",
            code="empty-file",
            hint="write a Formulation (see `optform schema`)",
        )
    if fmt in ("json", "auto") and text.lstrip().startswith(("{", "[")):
        try:
            return json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            if fmt == "json":
                raise LoadError(
                    f"{source}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                    code="malformed-json",
                    hint="fix the JSON syntax at that position",
                ) from None
        except ValueError as exc:
            raise LoadError(
                f"{source}: {exc}", code="non-finite-number", hint="write a finite number or null"
            ) from None
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise LoadError(
            f"{source}: malformed {'JSON' if fmt == 'json' else 'YAML'}{where}: {getattr(exc, 'problem', exc)}",
            code="malformed-yaml" if fmt != "json" else "malformed-json",
            hint="fix the syntax at that position",
        ) from None
    except (ValueError, RecursionError) as exc:
        raise LoadError(f"{source}: unreadable: {exc}", code="malformed-yaml") from None
    _reject_nonfinite(data, [])
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"'{name}' is not an allowed number")


def _reject_nonfinite(data: Any, path: list[Any]) -> None:
    if isinstance(data, float) and not math.isfinite(data):
        # inf is allowed only as a bound; NaN never
        if math.isnan(data):
            raise LoadError(
                f"NaN at {'.'.join(map(str, path)) or 'top level'}",
                code="nan",
                loc=path,
                hint="write a number, or null when the value is unknown",
            )
    elif isinstance(data, dict):
        for k, v in data.items():
            _reject_nonfinite(v, [*path, k])
    elif isinstance(data, list):
        for i, v in enumerate(data):
            _reject_nonfinite(v, [*path, i])
