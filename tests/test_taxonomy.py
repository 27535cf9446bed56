"""The constraint taxonomy and its templates: documentation, rendering, solving, errors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optform import ConstraintClass, Formulation, LoadError, Status, TemplateRef, UserInputError
from optform import expression as ex
from optform.taxonomy import (
    class_of_template,
    describe_class,
    get_template,
    render_template,
    taxonomy_markdown,
    template_names,
)

DOC = Path(__file__).resolve().parents[1] / "docs" / "taxonomy.md"

REQUIRED = [
    "upper_bound",
    "lower_bound",
    "total",
    "resource",
    "ratio",
    "xy",
    "xby",
    "balance",
    "equality",
    "implication",
    "either_or",
    "at_most_k",
    "at_least_k",
    "exactly_k",
    "fixed_charge",
]


def test_every_class_is_documented_with_a_parsing_example() -> None:
    nl4opt = {
        "upper_bound": "upperbound",
        "lower_bound": "lowerbound",
        "total": "sum",
        "linear": "linear",
        "ratio": "ratio",
        "xy": "xy",
        "xby": "xby",
    }
    for cls in ConstraintClass:
        info = describe_class(cls)
        assert info.cls == cls
        assert info.title and info.definition and info.example_sentence
        ex.parse(info.example_expression)  # raises if it does not parse
        assert info.nl4opt == nl4opt.get(cls.value)
        for t in info.templates:
            assert class_of_template(t.name) == cls
            ex.parse(t.example_expression)
    assert describe_class("xby").cls == ConstraintClass.xby


def test_required_templates_exist_and_belong_to_a_class() -> None:
    assert set(REQUIRED) <= set(template_names())
    assert class_of_template("resource") == ConstraintClass.linear
    assert class_of_template("at_most_k") == ConstraintClass.cardinality
    assert class_of_template("fixed_charge") == ConstraintClass.fixed_charge
    # every class except 'other' has at least one template
    covered = {class_of_template(n) for n in template_names()}
    assert covered == set(ConstraintClass) - {ConstraintClass.other}


def test_docs_taxonomy_md_is_generated_from_the_code() -> None:
    assert DOC.read_text(encoding="utf-8") == taxonomy_markdown(), (
        "docs/taxonomy.md is stale: regenerate it with optform.taxonomy.taxonomy_markdown()"
    )
    for cls in ConstraintClass:
        assert f"`{cls.value}`" in DOC.read_text(encoding="utf-8")


# ---------------------------------------------------------------- rendering exact text


@pytest.mark.parametrize(
    ("name", "args", "expression", "sentence"),
    [
        ("upper_bound", {"var": "x", "limit": 7}, "x <= 7", "x must be at most 7."),
        (
            "lower_bound",
            {"var": "acres[wheat]", "limit": "min_acres"},
            "acres[wheat] >= min_acres",
            "acres[wheat] must be at least min_acres.",
        ),
        (
            "total",
            {"vars": ["x", "y"], "sense": "at_most", "limit": 10},
            "x + y <= 10",
            "The total of x and y must be at most 10.",
        ),
        (
            "resource",
            {"coefs": {"x": 3, "y": "hours[b]"}, "limit": 18},
            "3 * x + hours[b] * y <= 18",
            "The amount used, 3 per unit of x and hours[b] per unit of y, cannot exceed 18.",
        ),
        (
            "ratio",
            {"var": "y", "vars": ["x", "y"], "share": 0.3},
            "y <= 0.3 * (x + y)",
            "y must be at most 30% of the total of x and y.",
        ),
        ("xy", {"x": "a", "y": "b", "sense": "=="}, "a == b", "a must be exactly b."),
        (
            "xby",
            {"x": "y", "y": "x", "factor": 2, "offset": 1},
            "y <= 2 * x + 1",
            "y must be at most 2 times x plus 1.",
        ),
        (
            "xby",
            {"x": "v", "y": "b", "factor": 2, "offset": -10, "sense": ">="},
            "v >= 2 * b - 10",
            "v must be at least 2 times b minus 10.",
        ),
        (
            "balance",
            {"lhs": ["inv[t-1]", "make[t]"], "rhs": ["demand[t]", "inv[t]"]},
            "inv[t - 1] + make[t] == demand[t] + inv[t]",
            "What comes in (inv[t-1] + make[t]) must equal what goes out (demand[t] + inv[t]).",
        ),
        ("equality", {"lhs": ["x", "y"], "rhs": 10}, "x + y == 10", "x + y must equal 10."),
        ("implication", {"if": "a", "then": "b == 1"}, "a -> b == 1", "If a, then b == 1."),
        (
            "either_or",
            {"a": "x <= 2", "b": "y <= 3 and z >= 1"},
            "x <= 2 or y <= 3 and z >= 1",
            "Either x <= 2 or y <= 3 and z >= 1 (at least one of the two must hold).",
        ),
        (
            "at_most_k",
            {"k": 2, "binaries": ["{p in P} z[p]"]},
            "atmost(2, {p in P} z[p])",
            "At most 2 of z[p] for each p in P may hold.",
        ),
        (
            "at_least_k",
            {"k": 1, "binaries": ["a", "b"]},
            "atleast(1, a, b)",
            "At least 1 of a and b must hold.",
        ),
        (
            "exactly_k",
            {"k": 3, "binaries": ["{p in P: p != q} z[p]"]},
            "exactly(3, {p in P: p != q} z[p])",
            "Exactly 3 of z[p] for each p in P with p != q must hold.",
        ),
        (
            "fixed_charge",
            {"quantity": "sum{c in C} ship[f, c]", "binary": "open[f]", "capacity": "cap[f]"},
            "sum{c in C} ship[f, c] <= cap[f] * open[f]",
            "sum{c in C} ship[f, c] can be positive only if open[f] is chosen, and is then at most cap[f].",
        ),
    ],
)
def test_render_expression_and_sentence(
    name: str, args: dict[str, Any], expression: str, sentence: str
) -> None:
    expr, sent = render_template(TemplateRef(name=name, args=args))
    assert expr == expression
    assert sent == sentence
    assert ex.to_text(ex.parse(expr)) == expr  # canonical and parseable


def test_rendering_respects_precedence_of_pieces() -> None:
    # an either-or whose branches are disjunctions / implications keeps its meaning
    expr, _ = render_template(
        TemplateRef(name="either_or", args={"a": "x <= 1 -> y <= 2", "b": "z >= 3"})
    )
    node = ex.parse(expr)
    assert isinstance(node, ex.Logic) and node.op == "or" and isinstance(node.items[0], ex.Implies)
    expr, _ = render_template(
        TemplateRef(name="ratio", args={"var": "a - b", "vars": ["c - d"], "share": 0.5})
    )
    node = ex.parse(expr)
    assert isinstance(node, ex.Compare)
    rhs = node.operands[1]
    assert (
        isinstance(rhs, ex.BinOp)
        and rhs.op == "*"
        and isinstance(rhs.right, ex.BinOp)
        and rhs.right.op == "-"
    )


# ---------------------------------------------------------------- each template solves to a known optimum


def _model(
    variables: list[dict[str, Any]],
    objective: tuple[str, str],
    template: dict[str, Any],
    extra: Sequence[str] = (),
    sets: Sequence[dict[str, Any]] = (),
    params: Sequence[dict[str, Any]] = (),
    forall: str | None = None,
) -> Formulation:
    cons: list[dict[str, Any]] = [{"name": "t", "template": template}]
    if forall:
        cons[0]["forall"] = forall
    cons += [{"name": f"c{i}", "expression": e} for i, e in enumerate(extra)]
    return Formulation.from_dict(
        {
            "name": "tpl",
            "sets": list(sets),
            "parameters": list(params),
            "variables": variables,
            "objective": {"sense": objective[0], "expression": objective[1]},
            "constraints": cons,
        }
    )


X = {"name": "x"}
Y = {"name": "y"}
XI = {"name": "x", "type": "integer", "ub": 10}
YI = {"name": "y", "type": "integer", "ub": 10}
A = {"name": "a", "type": "binary"}
B = {"name": "b", "type": "binary"}
SOLVE_CASES: list[tuple[str, Formulation, float]] = [
    (
        "upper_bound",
        _model([X], ("maximize", "x"), {"name": "upper_bound", "args": {"var": "x", "limit": 7}}),
        7,
    ),
    (
        "lower_bound",
        _model([X], ("minimize", "x"), {"name": "lower_bound", "args": {"var": "x", "limit": 3}}),
        3,
    ),
    (
        "total",
        _model(
            [X, Y],
            ("maximize", "2*x + 3*y"),
            {"name": "total", "args": {"vars": ["x", "y"], "limit": 10}},
        ),
        30,
    ),
    (
        "resource",
        _model(
            [X, Y],
            ("maximize", "3*x + 5*y"),
            {"name": "resource", "args": {"coefs": {"x": 3, "y": 2}, "limit": 18}},
            ["x <= 4", "y <= 6"],
        ),
        36,
    ),
    (
        "ratio",
        _model(
            [X, Y],
            ("maximize", "y"),
            {"name": "ratio", "args": {"var": "y", "vars": ["x", "y"], "share": 0.3}},
            ["x + y == 10"],
        ),
        3,
    ),
    (
        "xy",
        _model([X, Y], ("maximize", "x"), {"name": "xy", "args": {"x": "x", "y": "y"}}, ["y <= 4"]),
        4,
    ),
    (
        "xby",
        _model(
            [X, Y],
            ("maximize", "y"),
            {"name": "xby", "args": {"x": "y", "y": "x", "factor": 2, "offset": 1}},
            ["x <= 6"],
        ),
        13,
    ),
    (
        "balance",
        _model(
            [{"name": "make", "index": ["T"], "ub": 5}, {"name": "inv", "index": ["T"]}],
            ("minimize", "sum{t in T} cost[t] * make[t] + sum{t in T} 0.5 * inv[t]"),
            {
                "name": "balance",
                "args": {"lhs": ["inv[t-1]", "make[t]"], "rhs": ["demand[t]", "inv[t]"]},
            },
            ["make[1] == demand[1] + inv[1]"],
            sets=[{"name": "T", "elements": "1..3"}],
            params=[
                {"name": "cost", "index": ["T"], "value": [1, 3, 2]},
                {"name": "demand", "index": ["T"], "value": [2, 3, 4]},
            ],
            forall="t in T: t > 1",
        ),
        14.5,
    ),
    (
        "equality",
        _model(
            [X, Y],
            ("minimize", "x + 2*y"),
            {"name": "equality", "args": {"lhs": ["x", "y"], "rhs": 10}},
        ),
        10,
    ),
    (
        "implication",
        _model(
            [A, B],
            ("maximize", "5*a - 2*b"),
            {"name": "implication", "args": {"if": "a", "then": "b == 1"}},
        ),
        3,
    ),
    (
        "either_or",
        _model(
            [XI, YI],
            ("maximize", "x + y"),
            {"name": "either_or", "args": {"a": "x <= 2", "b": "y <= 3"}},
        ),
        13,
    ),
    (
        "at_most_k",
        _model(
            [{"name": "z", "index": ["P"], "type": "binary"}],
            ("maximize", "sum{p in P} v[p] * z[p]"),
            {"name": "at_most_k", "args": {"k": 2, "binaries": ["{p in P} z[p]"]}},
            sets=[{"name": "P", "elements": ["p1", "p2", "p3", "p4"]}],
            params=[{"name": "v", "index": ["P"], "value": [4, 3, 2, 1]}],
        ),
        7,
    ),
    (
        "at_least_k",
        _model(
            [{"name": "z", "index": ["P"], "type": "binary"}],
            ("minimize", "sum{p in P} v[p] * z[p]"),
            {
                "name": "at_least_k",
                "args": {"k": 2, "binaries": ["z[p1]", "z[p2]", "z[p3]", "z[p4]"]},
            },
            sets=[{"name": "P", "elements": ["p1", "p2", "p3", "p4"]}],
            params=[{"name": "v", "index": ["P"], "value": [4, 3, 2, 1]}],
        ),
        3,
    ),
    (
        "exactly_k",
        _model(
            [{"name": "z", "index": ["P"], "type": "binary"}],
            ("maximize", "sum{p in P} v[p] * z[p]"),
            {"name": "exactly_k", "args": {"k": 3, "binaries": ["{p in P} z[p]"]}},
            sets=[{"name": "P", "elements": ["p1", "p2", "p3", "p4"]}],
            params=[{"name": "v", "index": ["P"], "value": [4, 3, -2, -1]}],
        ),
        6,
    ),
    (
        "fixed_charge",
        _model(
            [{"name": "q"}, {"name": "setup", "type": "binary"}],
            ("maximize", "3*q - 20*setup"),
            {"name": "fixed_charge", "args": {"quantity": "q", "binary": "setup", "capacity": 10}},
        ),
        10,
    ),
]


@pytest.mark.parametrize(("name", "f", "expected"), SOLVE_CASES, ids=[c[0] for c in SOLVE_CASES])
def test_template_formulation_solves_to_expected_optimum(
    name: str, f: Formulation, expected: float
) -> None:
    con = f.constraints[0]
    assert con.template is not None and con.template.name == name
    assert con.expression == render_template(con.template)[0]
    assert con.class_ == class_of_template(name)
    assert [x for x in f.check() if x.severity.value == "error"] == []
    r = f.solve("highs")
    assert r.status == Status.optimal
    assert r.objective == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_all_required_templates_are_exercised_by_a_solve_case() -> None:
    assert {c[0] for c in SOLVE_CASES} == set(REQUIRED)


def test_template_constraint_round_trips_and_keeps_explicit_fields() -> None:
    f = SOLVE_CASES[3][1]
    g = Formulation.loads(f.to_yaml(), format="yaml")
    assert g == f
    # an explicit expression wins over the template, an explicit class is kept
    h = Formulation.from_dict(
        {
            "variables": [X],
            "constraints": [
                {
                    "name": "c",
                    "class": "other",
                    "expression": "x <= 1",
                    "template": {"name": "upper_bound", "args": {"var": "x", "limit": 7}},
                }
            ],
        }
    )
    assert h.constraints[0].expression == "x <= 1"
    assert h.constraints[0].class_ == ConstraintClass.other


@settings(max_examples=40, deadline=None)
@given(coefs=st.lists(st.integers(1, 50), min_size=1, max_size=5), limit=st.integers(1, 500))
def test_resource_template_matches_a_closed_form(coefs: list[int], limit: int) -> None:
    # maximize the plain sum of the quantities under one resource row: optimum = limit / min coefficient
    names = [f"x{i}" for i in range(len(coefs))]
    f = Formulation.from_dict(
        {
            "variables": [{"name": n} for n in names],
            "objective": {"sense": "maximize", "expression": " + ".join(names)},
            "constraints": [
                {
                    "name": "r",
                    "template": {
                        "name": "resource",
                        "args": {"coefs": dict(zip(names, coefs)), "limit": limit},
                    },
                }
            ],
        }
    )
    r = f.solve("highs")
    assert r.status == Status.optimal
    assert r.objective == pytest.approx(limit / min(coefs), rel=1e-9)


@settings(max_examples=40, deadline=None)
@given(
    factor=st.integers(-20, 20),
    offset=st.integers(-50, 50),
    sense=st.sampled_from(["<=", ">=", "=="]),
)
def test_xby_renders_a_parseable_equivalent_comparison(
    factor: int, offset: int, sense: str
) -> None:
    expr, sentence = render_template(
        TemplateRef(
            name="xby",
            args={"x": "a", "y": "b", "factor": factor, "offset": offset, "sense": sense},
        )
    )
    node = ex.parse(expr)
    assert isinstance(node, ex.Compare) and node.ops == (sense,)
    # evaluate both sides at a = 0, b = 1 by substitution in a tiny evaluator (no eval())
    assert _value(node.operands[1], {"a": 0.0, "b": 1.0}) == factor + offset
    assert sentence.startswith("a must be")


def _value(n: ex.Expr, env: dict[str, float]) -> float:
    if isinstance(n, ex.Num):
        return n.value
    if isinstance(n, ex.Name):
        return env[n.name]
    if isinstance(n, ex.Neg):
        return -_value(n.operand, env)
    if isinstance(n, ex.BinOp):
        a, b = _value(n.left, env), _value(n.right, env)
        return {"+": a + b, "-": a - b, "*": a * b}[n.op]
    raise TypeError(n)


# ---------------------------------------------------------------- errors


def test_unknown_template_name_suggests_the_closest() -> None:
    with pytest.raises(UserInputError) as e:
        render_template(TemplateRef(name="uper_bound", args={}))
    assert e.value.code == "unknown-template"
    assert "did you mean 'upper_bound'" in (e.value.hint or "")
    finding = e.value.as_findings()[0]
    assert finding.data["valid"] == template_names()
    with pytest.raises(UserInputError):
        class_of_template("nope")
    with pytest.raises(UserInputError) as e2:
        describe_class("ratoi")
    assert "ratio" in (e2.value.hint or "")


@pytest.mark.parametrize(
    ("name", "args", "fragment"),
    [
        ("upper_bound", {"var": "x"}, "limit"),  # missing
        ("upper_bound", {"var": "x", "limit": 3, "extra": 1}, "extra"),  # unknown argument
        ("total", {"vars": ["x"], "sense": "less", "limit": 3}, "sense"),  # bad sense
        ("total", {"vars": [], "limit": 3}, "vars"),  # empty
        ("resource", {"coefs": {"x +": 2}, "limit": 3}, "does not parse"),  # broken term
        (
            "xy",
            {"x": "a <= b", "y": "c"},
            "not a comparison",
        ),  # a comparison where a quantity belongs
        ("ratio", {"var": "x", "vars": ["x", "y"], "share": 30}, "fraction"),  # 30 instead of 0.3
        ("ratio", {"var": "x", "vars": ["x"], "share": "30%"}, "percentage"),
        (
            "implication",
            {"if": "x + 1", "then": "y"},
            "condition",
        ),  # arithmetic where a condition belongs
        ("at_most_k", {"k": -1, "binaries": ["a"]}, "k"),
        ("at_most_k", {"k": 1, "binaries": ["a b"]}, "item"),
        ("fixed_charge", {"quantity": "q", "binary": "y", "capacity": "$5"}, "currency"),
    ],
)
def test_bad_template_args_give_a_typed_error(
    name: str, args: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(UserInputError) as e:
        render_template(TemplateRef(name=name, args=args))
    assert e.value.code == "template-bad-args"
    text = e.value.render()
    assert fragment in text, text
    assert all(f.code == "template-bad-args" for f in e.value.findings)
    assert name in (e.value.hint or "")


def test_bad_template_in_a_file_is_a_load_error_not_a_traceback() -> None:
    text = """
variables: [{name: x}]
constraints:
  - name: cap
    template: {name: upper_bund, args: {var: x, limit: 3}}
"""
    with pytest.raises(LoadError) as e:
        Formulation.loads(text, format="yaml")
    rendered = e.value.render()
    assert "upper_bound" in rendered and "cap" in rendered
    assert e.value.findings[0].loc[:2] == ["constraints", 0]
    bad_args = text.replace("upper_bund", "upper_bound").replace("limit: 3", "limit: 3%")
    with pytest.raises(LoadError):
        Formulation.loads(bad_args, format="yaml")


def test_get_template_exposes_argument_names() -> None:
    assert get_template("implication").arg_names() == ["if", "then"]
    assert get_template("fixed_charge").arg_names() == ["quantity", "binary", "capacity"]
