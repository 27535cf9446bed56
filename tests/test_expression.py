"""The expression parser: round trips, exact error columns and hints, fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optform import expression as ex
from optform.errors import ParseError

NAMES = st.sampled_from(["x", "y", "cost", "profit", "ship", "a_1", "Z"])
SETS = st.sampled_from(["P", "Q", "T"])
IDX = st.sampled_from(["p", "q", "t"])
NUMS = st.one_of(
    st.integers(0, 10_000).map(float), st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
)


def arith(depth: int = 3) -> st.SearchStrategy[ex.Expr]:
    leaf = st.one_of(
        NUMS.map(ex.Num),
        NAMES.map(ex.Name),
        st.builds(
            lambda n, args: ex.Index(n, tuple(args)),
            NAMES,
            st.lists(IDX.map(ex.Name), min_size=1, max_size=2),
        ),
    )
    if depth == 0:
        return leaf
    sub = arith(depth - 1)
    return st.one_of(
        leaf,
        st.builds(ex.Neg, sub),
        st.builds(ex.BinOp, st.sampled_from(["+", "-", "*", "/"]), sub, sub),
        st.builds(lambda b, s, body: ex.Sum((ex.Binding(b, s),), None, body), IDX, SETS, sub),
        st.builds(
            lambda b, s, body, c: ex.Sum(
                (ex.Binding(b, s),), ex.Compare((">",), (ex.Name(b), ex.Num(c))), body
            ),
            IDX,
            SETS,
            sub,
            st.integers(0, 9).map(float),
        ),
    )


def logic(depth: int = 2) -> st.SearchStrategy[ex.Expr]:
    cmp = st.builds(
        lambda ops, operands: ex.Compare(tuple(ops), tuple(operands)),
        st.lists(st.sampled_from(["<=", ">=", "==", "<", ">"]), min_size=1, max_size=1),
        st.lists(arith(2), min_size=2, max_size=2),
    )
    chain = st.builds(
        lambda a, b, c: ex.Compare(("<=", "<="), (a, b, c)), arith(1), arith(1), arith(1)
    )
    base = st.one_of(cmp, chain)
    if depth == 0:
        return base
    sub = logic(depth - 1)
    return st.one_of(
        base,
        st.builds(
            lambda items: ex.Logic("and", tuple(items)), st.lists(sub, min_size=2, max_size=3)
        ),
        st.builds(
            lambda items: ex.Logic("or", tuple(items)), st.lists(sub, min_size=2, max_size=3)
        ),
        st.builds(ex.Not, sub),
        st.builds(ex.Implies, sub, sub),
        st.builds(
            lambda k, items: ex.Card("atmost", ex.Num(float(k)), tuple(items)),
            st.integers(0, 3),
            st.lists(sub, min_size=1, max_size=3),
        ),
        st.builds(
            lambda k, s, body: ex.Card(
                "atleast", ex.Num(float(k)), (ex.Gen((ex.Binding("p", s),), None, body),)
            ),
            st.integers(0, 3),
            SETS,
            sub,
        ),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arith())
def test_arithmetic_round_trip(node: ex.Expr) -> None:
    text = ex.to_text(node)
    assert ex.parse(text) == node
    assert ex.to_text(ex.parse(text)) == text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(logic())
def test_logic_round_trip(node: ex.Expr) -> None:
    text = ex.to_text(node)
    assert ex.parse(text) == node


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("xy12 +-*/^()[]{},:<>=!%$.'\"_abc∑≤→sumforinandornot")),
        max_size=40,
    )
)
def test_fuzz_only_parse_errors(text: str) -> None:
    try:
        ex.parse(text)
    except ParseError as e:
        assert 1 <= e.column <= len(text) + 1
        assert e.as_findings()[0].code


@settings(max_examples=300, deadline=None)
@given(arith(), st.integers(0, 200), st.sampled_from(list("()[]{}+*,<=%$#@&|~`;?")))
def test_fuzz_mutations(node: ex.Expr, pos: int, ch: str) -> None:
    text = ex.to_text(node)
    pos = pos % (len(text) + 1)
    mutated = text[:pos] + ch + text[pos:]
    try:
        ex.parse(mutated)
    except ParseError as e:
        assert 1 <= e.column <= len(mutated) + 1


@pytest.mark.parametrize(
    ("text", "code", "column", "hint_part"),
    [
        ("3x + 2 <= 4", "implicit-multiplication", 2, "3*x"),
        ("x + 30% * y", "percent-sign", 7, "0.3"),
        ("x + $25 <= y", "currency-sign", 5, "25"),
        ("x + 1,000 <= y", "thousands-separator", 5, "1000"),
        ("x + <= 4", "syntax-error", 5, None),
        ("(x + y <= 4", "syntax-error", 12, "closing parenthesis"),
        ("x + y) <= 4", "syntax-error", 6, "unbalanced"),
        ("max(x, y) <= 4", "unknown-function", 1, "sum"),
        ("sum x[p] <= 4", "syntax-error", 5, "sum{p in P}"),
        ("sum{p P} x[p]", "syntax-error", 7, "p in SET"),
        ("x y <= 3", "syntax-error", 3, "operator is missing"),
        ("", "empty-expression", 1, None),
        ("x <= 'abc", "unterminated-string", 6, None),
        ("x # y", "unexpected-character", 3, None),
    ],
)
def test_errors_point_at_the_column(
    text: str, code: str, column: int, hint_part: str | None
) -> None:
    with pytest.raises(ParseError) as info:
        ex.parse(text)
    err = info.value
    assert err.code == code
    assert err.column == column
    if hint_part:
        assert err.hint is not None and hint_part in err.hint
    rendered = err.render()
    assert "^" in rendered  # a caret under the column


def test_grammar_examples() -> None:
    node = ex.parse("sum{p in P} profit[p] * x[p] <= cap")
    assert isinstance(node, ex.Compare) and isinstance(node.operands[0], ex.Sum)
    node = ex.parse("2 <= x - y <= 10")
    assert isinstance(node, ex.Compare) and node.ops == ("<=", "<=")
    node = ex.parse("sum(x[i, j] for j in J if cost[i, j] > 0) <= supply[i]")
    assert isinstance(node, ex.Compare) and isinstance(node.operands[0], ex.Sum)
    assert node.operands[0].cond is not None
    assert isinstance(ex.parse("y == 1 -> x >= 10"), ex.Implies)
    assert isinstance(ex.parse("y = 1 => x >= 10"), ex.Implies)  # '=' and '=>' accepted
    card = ex.parse("atmost(2, {p in P} open[p])")
    assert isinstance(card, ex.Card) and isinstance(card.items[0], ex.Gen)
    assert isinstance(ex.parse("at_least(1, a >= 1, b >= 1)"), ex.Card)
    assert ex.parse("x ≤ 3") == ex.parse("x <= 3")
    assert ex.parse("2e3 * x") == ex.parse("2000 * x")


def test_precedence() -> None:
    assert ex.parse("a + b * c") == ex.BinOp(
        "+", ex.Name("a"), ex.BinOp("*", ex.Name("b"), ex.Name("c"))
    )
    assert ex.parse("a - b - c") == ex.BinOp(
        "-", ex.BinOp("-", ex.Name("a"), ex.Name("b")), ex.Name("c")
    )
    assert ex.parse("-a^2") == ex.Neg(ex.BinOp("^", ex.Name("a"), ex.Num(2)))
    assert ex.parse("p -> q -> r") == ex.parse("p -> (q -> r)")
    assert ex.parse("a or b and c") == ex.Logic(
        "or", (ex.Name("a"), ex.Logic("and", (ex.Name("b"), ex.Name("c"))))
    )


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(ParseError) as info:
        ex.parse("(" * 5000 + "x" + ")" * 5000)
    assert info.value.code == "too-deep"


def test_bindings() -> None:
    bindings, cond = ex.parse_bindings("i in I, j in J: i != j")
    assert [b.var for b in bindings] == ["i", "j"]
    assert cond is not None
    with pytest.raises(ParseError):
        ex.parse_bindings("i of I")
    with pytest.raises(ParseError):
        ex.parse_bindings("")
