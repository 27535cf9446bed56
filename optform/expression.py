"""The expression language: a tokenizer, a recursive-descent parser and the AST.

Expressions are text, parsed here and never evaluated with ``eval``/``exec``.

Grammar (informal; ``|`` alternatives, ``*`` repetition)::

    constraint := logic
    logic      := disj (('->' | '=>' | 'implies') logic)?          right-associative
    disj       := conj ('or' conj)*
    conj       := neg ('and' neg)*
    neg        := 'not' neg | card | compare
    card       := ('atleast' | 'atmost' | 'exactly') '(' expr ',' item (',' item)* ')'
    item       := logic | '{' bindings '}' logic | logic 'for' bindings
    compare    := expr (cmp expr)*          cmp: <= >= == = < > !=
    expr       := term (('+' | '-') term)*
    term       := unary (('*' | '/') unary)*
    unary      := ('-' | '+') unary | power
    power      := primary (('^' | '**') unary)?
    primary    := NUMBER | STRING | NAME | NAME '[' expr (',' expr)* ']'
                | '(' logic ')' | sum
    sum        := 'sum' '{' bindings '}' term
                | 'sum' '(' expr 'for' bindings ')'
    bindings   := NAME 'in' NAME (',' NAME 'in' NAME)* ((':' | 'if') logic)?

Examples: ``sum{p in P} profit[p] * x[p]``, ``2 <= x - y <= 10``,
``sum(x[i, j] for j in J if cost[i, j] > 0) <= supply[i]``,
``y == 1 -> x >= 10``, ``atmost(2, {p in P} open[p])``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .errors import ParseError

__all__ = [
    "BinOp",
    "Binding",
    "Card",
    "Compare",
    "Expr",
    "Gen",
    "Implies",
    "Index",
    "Logic",
    "Name",
    "Neg",
    "Not",
    "Num",
    "Str",
    "Sum",
    "parse",
    "parse_bindings",
    "to_text",
]

# --------------------------------------------------------------------------- AST


@dataclass(frozen=True)
class Num:
    value: float
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Str:
    value: str
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Name:
    name: str
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Index:
    name: str
    args: tuple[Expr, ...]
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Neg:
    operand: Expr
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class BinOp:
    op: str  # one of + - * / ^
    left: Expr
    right: Expr
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Binding:
    var: str
    set: str
    col: int = field(default=0, compare=False)
    set_col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Sum:
    bindings: tuple[Binding, ...]
    cond: Expr | None
    body: Expr
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Compare:
    ops: tuple[str, ...]  # normalised: <= >= == < > !=
    operands: tuple[Expr, ...]
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Logic:
    op: str  # "and" | "or"
    items: tuple[Expr, ...]
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Not:
    operand: Expr
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Implies:
    left: Expr
    right: Expr
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Gen:
    """A generator of items inside a cardinality constraint: ``{p in P} open[p]``."""

    bindings: tuple[Binding, ...]
    cond: Expr | None
    body: Expr
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Card:
    kind: str  # atleast | atmost | exactly
    k: Expr
    items: tuple[Expr, ...]
    col: int = field(default=0, compare=False)


Expr = Num | Str | Name | Index | Neg | BinOp | Sum | Compare | Logic | Not | Implies | Gen | Card

# --------------------------------------------------------------------------- tokens

_KEYWORDS = {
    "sum",
    "in",
    "and",
    "or",
    "not",
    "implies",
    "for",
    "if",
    "atleast",
    "atmost",
    "exactly",
}
_CARD = {"atleast", "atmost", "exactly"}
_CARD_ALIASES = {"at_least": "atleast", "at_most": "atmost"}
_TWO_CHAR = {"<=", ">=", "==", "!=", "->", "=>", "**", "&&", "||"}
_ONE_CHAR = set("+-*/^()[]{},:<>=%!")
_UNICODE = {
    "≤": "<=",
    "≥": ">=",
    "≠": "!=",
    "→": "->",
    "⇒": "=>",
    "×": "*",
    "·": "*",
    "−": "-",
    "∑": "sum",
}


@dataclass(frozen=True)
class _Tok:
    kind: str  # num | name | str | op | kw | end
    text: str
    col: int  # 1-based
    value: float = 0.0


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        col = i + 1
        if ch.isspace():
            i += 1
            continue
        if ch in _UNICODE:
            rep = _UNICODE[ch]
            toks.append(_Tok("kw" if rep == "sum" else "op", rep, col))
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            j = i
            while j < n and (text[j].isdigit() or text[j] in "._"):
                j += 1
            if (
                j < n
                and text[j] in "eE"
                and (
                    (j + 1 < n and text[j + 1].isdigit())
                    or (j + 2 < n and text[j + 1] in "+-" and text[j + 2].isdigit())
                )
            ):
                j += 2
                while j < n and text[j].isdigit():
                    j += 1
            raw = text[i:j]
            try:
                value = float(raw.replace("_", ""))
            except ValueError:
                raise ParseError(
                    f"'{raw}' is not a number",
                    text=text,
                    column=col,
                    code="bad-number",
                    hint="write numbers like 12, 0.5 or 1e6 (no thousands separators)",
                ) from None
            if j < n and text[j] == ",":
                # "1,000" is a thousands separator only when three digits follow and no more
                k = j + 1
                while k < n and text[k].isdigit():
                    k += 1
                if k - j - 1 == 3 and (k >= n or not text[k].isalnum()):
                    raise ParseError(
                        f"'{text[i:k]}' looks like a number with a thousands separator",
                        text=text,
                        column=col,
                        code="thousands-separator",
                        hint=f"write {text[i:k].replace(',', '')} without the comma",
                    )
            if j < n and (text[j].isalpha() or text[j] == "_"):
                k = j
                while k < n and (text[k].isalnum() or text[k] == "_"):
                    k += 1
                raise ParseError(
                    f"a number is followed directly by the name '{text[j:k]}'",
                    text=text,
                    column=j + 1,
                    code="implicit-multiplication",
                    hint=f"write the product explicitly: {raw}*{text[j:k]}",
                )
            if j < n and text[j] == "%":
                raise ParseError(
                    f"a percentage sign after {raw}",
                    text=text,
                    column=j + 1,
                    code="percent-sign",
                    hint=f"write the fraction as a number: {value / 100:g} instead of {raw}%",
                )
            toks.append(_Tok("num", raw, col, value))
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            low = word.lower()
            if low in _CARD_ALIASES:
                low = _CARD_ALIASES[low]
            if low in _KEYWORDS:
                toks.append(_Tok("kw", low, col))
            else:
                toks.append(_Tok("name", word, col))
            i = j
            continue
        if ch in "'\"":
            j = text.find(ch, i + 1)
            if j < 0:
                raise ParseError(
                    "unterminated string",
                    text=text,
                    column=col,
                    code="unterminated-string",
                    hint=f"close the quoted element name with {ch}",
                )
            toks.append(_Tok("str", text[i + 1 : j], col))
            i = j + 1
            continue
        two = text[i : i + 2]
        if two in _TWO_CHAR:
            norm = {"&&": "and", "||": "or", "**": "^", "=>": "->"}.get(two, two)
            toks.append(_Tok("kw" if norm in ("and", "or") else "op", norm, col))
            i += 2
            continue
        if ch in _ONE_CHAR:
            if ch == "%":
                raise ParseError(
                    "a percentage sign where a number belongs",
                    text=text,
                    column=col,
                    code="percent-sign",
                    hint="write the fraction as a number, e.g. 0.3 instead of 30%",
                )
            if ch == "!":
                toks.append(_Tok("kw", "not", col))
            else:
                toks.append(_Tok("op", "==" if ch == "=" else ch, col))
            i += 1
            continue
        if ch == "$":
            raise ParseError(
                "a currency sign in an expression",
                text=text,
                column=col,
                code="currency-sign",
                hint="write the amount as a plain number, e.g. 25 instead of $25",
            )
        raise ParseError(
            f"unexpected character {ch!r}",
            text=text,
            column=col,
            code="unexpected-character",
            hint="expressions use names, numbers, + - * / ^, comparisons, sum{i in I} …, and/or/not/->",
        )
    toks.append(_Tok("end", "", n + 1))
    return toks


# --------------------------------------------------------------------------- parser

_CMP = {"<=", ">=", "==", "<", ">", "!="}


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokenize(text)
        self.pos = 0
        self.depth = 0

    # helpers
    def peek(self, k: int = 0) -> _Tok:
        return self.toks[min(self.pos + k, len(self.toks) - 1)]

    def next(self) -> _Tok:
        tok = self.toks[self.pos]
        if tok.kind != "end":
            self.pos += 1
        return tok

    def at(self, text: str, kind: str | None = None) -> bool:
        tok = self.peek()
        return tok.text == text and (kind is None or tok.kind == kind) and tok.kind != "str"

    def error(
        self, message: str, tok: _Tok, code: str = "syntax-error", hint: str | None = None
    ) -> ParseError:
        return ParseError(message, text=self.text, column=tok.col, code=code, hint=hint)

    def expect(self, text: str, hint: str | None = None) -> _Tok:
        tok = self.peek()
        if tok.text != text or tok.kind == "str":
            found = "the end of the expression" if tok.kind == "end" else f"'{tok.text}'"
            raise self.error(f"expected '{text}' but found {found}", tok, hint=hint)
        return self.next()

    def enter(self) -> None:
        self.depth += 1
        if self.depth > 100:
            raise self.error("expression nested too deeply", self.peek(), code="too-deep")

    # grammar
    def parse(self) -> Expr:
        if self.peek().kind == "end":
            raise self.error(
                "empty expression",
                self.peek(),
                code="empty-expression",
                hint="write a formula, e.g. x + y <= 10",
            )
        node = self.logic()
        tok = self.peek()
        if tok.kind != "end":
            hint = None
            if tok.kind in ("name", "num"):
                hint = "an operator is missing between two terms (+, -, * or a comparison)"
            elif tok.text in (")", "]", "}"):
                hint = f"unbalanced '{tok.text}': remove it or add its opening bracket"
            raise self.error(f"unexpected '{tok.text}'", tok, hint=hint)
        return node

    def logic(self) -> Expr:
        self.enter()
        left = self.disj()
        if self.at("->") or self.at("implies", "kw"):
            tok = self.next()
            right = self.logic()
            left = Implies(left, right, tok.col)
        self.depth -= 1
        return left

    def disj(self) -> Expr:
        items = [self.conj()]
        col = self.peek().col
        while self.at("or", "kw"):
            self.next()
            items.append(self.conj())
        return items[0] if len(items) == 1 else Logic("or", tuple(items), col)

    def conj(self) -> Expr:
        items = [self.neg()]
        col = self.peek().col
        while self.at("and", "kw"):
            self.next()
            items.append(self.neg())
        return items[0] if len(items) == 1 else Logic("and", tuple(items), col)

    def neg(self) -> Expr:
        if self.at("not", "kw"):
            tok = self.next()
            self.enter()
            inner = self.neg()
            self.depth -= 1
            return Not(inner, tok.col)
        tok = self.peek()
        if tok.kind == "kw" and tok.text in _CARD:
            return self.card()
        return self.compare()

    def card(self) -> Expr:
        tok = self.next()
        self.expect("(", hint=f"write {tok.text}(k, item, item, …)")
        k = self.expr()
        items: list[Expr] = []
        while self.at(","):
            self.next()
            items.append(self.card_item())
        if not items:
            raise self.error(
                f"{tok.text} needs at least one item after k",
                self.peek(),
                hint=f"write {tok.text}(2, a, b, c)",
            )
        self.expect(")")
        return Card(tok.text, k, tuple(items), tok.col)

    def card_item(self) -> Expr:
        if self.at("{"):
            open_tok = self.next()
            bindings, cond = self.bindings(closing="}")
            self.expect("}")
            body = self.logic()
            return Gen(bindings, cond, body, open_tok.col)
        col = self.peek().col
        body = self.logic()
        if self.at("for", "kw"):
            self.next()
            bindings, cond = self.bindings(closing=")")
            return Gen(bindings, cond, body, col)
        return body

    def compare(self) -> Expr:
        first = self.expr()
        ops: list[str] = []
        operands = [first]
        col = self.peek().col
        while self.peek().kind == "op" and self.peek().text in _CMP:
            ops.append(self.next().text)
            operands.append(self.expr())
        if not ops:
            return first
        return Compare(tuple(ops), tuple(operands), col)

    def expr(self) -> Expr:
        self.enter()
        left = self.term()
        while self.peek().kind == "op" and self.peek().text in ("+", "-"):
            tok = self.next()
            right = self.term()
            left = BinOp(tok.text, left, right, tok.col)
        self.depth -= 1
        return left

    def term(self) -> Expr:
        left = self.unary()
        while self.peek().kind == "op" and self.peek().text in ("*", "/"):
            tok = self.next()
            right = self.unary()
            left = BinOp(tok.text, left, right, tok.col)
        return left

    def unary(self) -> Expr:
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("-", "+"):
            self.next()
            self.enter()
            inner = self.unary()
            self.depth -= 1
            return Neg(inner, tok.col) if tok.text == "-" else inner
        return self.power()

    def power(self) -> Expr:
        base = self.primary()
        if self.peek().kind == "op" and self.peek().text == "^":
            tok = self.next()
            exp = self.unary()
            return BinOp("^", base, exp, tok.col)
        return base

    def primary(self) -> Expr:
        tok = self.peek()
        if tok.kind == "num":
            self.next()
            return Num(tok.value, tok.col)
        if tok.kind == "str":
            self.next()
            return Str(tok.text, tok.col)
        if tok.kind == "kw" and tok.text == "sum":
            return self.sum()
        if tok.kind == "name":
            self.next()
            if self.at("["):
                self.next()
                args = [self.expr()]
                while self.at(","):
                    self.next()
                    args.append(self.expr())
                self.expect("]", hint=f"close the index of '{tok.text}' with ]")
                return Index(tok.text, tuple(args), tok.col)
            if self.at("("):
                raise self.error(
                    f"'{tok.text}(…)' is not a known function",
                    tok,
                    code="unknown-function",
                    hint="only sum(...), atleast/atmost/exactly(...) exist; index with square brackets: x[i]",
                )
            return Name(tok.text, tok.col)
        if tok.kind == "op" and tok.text == "(":
            self.next()
            inner = self.logic()
            self.expect(")", hint="a closing parenthesis is missing")
            return inner
        if tok.kind == "end":
            raise self.error(
                "the expression ends too early",
                tok,
                hint="a term is missing after the last operator",
            )
        if tok.kind == "kw":
            raise self.error(f"'{tok.text}' cannot start a term here", tok)
        raise self.error(
            f"unexpected '{tok.text}'", tok, hint="a number, a name or '(' was expected here"
        )

    def sum(self) -> Expr:
        tok = self.next()
        if self.at("{"):
            self.next()
            bindings, cond = self.bindings(closing="}")
            self.expect("}", hint="close the index part of the sum with }")
            body = self.term()
            return Sum(bindings, cond, body, tok.col)
        if self.at("("):
            self.next()
            body = self.expr()
            self.expect("for", hint="write sum(expression for i in I)")
            bindings, cond = self.bindings(closing=")")
            self.expect(")", hint="close the sum with )")
            return Sum(bindings, cond, body, tok.col)
        raise self.error(
            "'sum' must be followed by {i in I} or (… for i in I)",
            self.peek(),
            hint="write sum{p in P} x[p]",
        )

    def bindings(self, closing: str) -> tuple[tuple[Binding, ...], Expr | None]:
        out: list[Binding] = []
        while True:
            name = self.peek()
            if name.kind != "name":
                raise self.error(
                    "expected an index name (as in 'p in P')",
                    name,
                    hint="write the index as: p in P",
                )
            self.next()
            self.expect("in", hint=f"write: {name.text} in SET")
            st = self.peek()
            if st.kind != "name":
                raise self.error(
                    "expected the name of a set after 'in'", st, hint=f"write: {name.text} in SET"
                )
            self.next()
            out.append(Binding(name.text, st.text, name.col, st.col))
            if self.at(","):
                self.next()
                continue
            break
        cond: Expr | None = None
        if self.at(":") or self.at("if", "kw"):
            self.next()
            cond = self.logic()
        if not self.at(closing) and self.peek().kind != "end":
            tok = self.peek()
            raise self.error(
                f"unexpected '{tok.text}' in the index part", tok, hint=f"close it with {closing}"
            )
        return tuple(out), cond


def parse(text: str) -> Expr:
    """Parse an expression or constraint. Raises :class:`ParseError` with the column."""
    if not isinstance(text, str):
        raise ParseError("an expression must be text", text=str(text), column=1, code="not-text")
    if len(text) > 200_000:
        raise ParseError(
            "expression longer than 200,000 characters", text=text[:80], column=1, code="too-long"
        )
    parser = _Parser(text)
    try:
        return parser.parse()
    except RecursionError:
        raise ParseError(
            "expression nested too deeply",
            text=text[:200],
            column=1,
            code="too-deep",
            hint="simplify the expression: fewer nested parentheses",
        ) from None


def parse_bindings(text: str) -> tuple[tuple[Binding, ...], Expr | None]:
    """Parse the ``forall`` of a constraint family: ``p in P, q in Q: cost[p, q] > 0``."""
    if not isinstance(text, str):
        raise ParseError(
            "'forall' must be text like 'p in P'", text=str(text), column=1, code="not-text"
        )
    p = _Parser(text)
    if p.peek().kind == "end":
        raise p.error(
            "empty 'forall'",
            p.peek(),
            code="empty-expression",
            hint="write the family index as: p in P",
        )
    bindings, cond = p.bindings(closing="")
    if p.peek().kind != "end":
        tok = p.peek()
        raise p.error(f"unexpected '{tok.text}'", tok, hint="write: i in I, j in J: condition")
    return bindings, cond


# --------------------------------------------------------------------------- printer

_PREC = {
    "->": 1,
    "or": 2,
    "and": 3,
    "not": 4,
    "cmp": 5,
    "+": 6,
    "-": 6,
    "*": 7,
    "/": 7,
    "neg": 8,
    "^": 9,
    "atom": 10,
}


def _fmt_num(v: float) -> str:
    if math.isfinite(v) and v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def _fmt_bindings(bindings: tuple[Binding, ...], cond: Expr | None) -> str:
    s = ", ".join(f"{b.var} in {b.set}" for b in bindings)
    if cond is not None:
        s += ": " + to_text(cond)
    return s


def _prec(node: Expr) -> int:
    if isinstance(node, Implies):
        return 1
    if isinstance(node, Logic):
        return 2 if node.op == "or" else 3
    if isinstance(node, Not):
        return 4
    if isinstance(node, Compare):
        return 5
    if isinstance(node, BinOp):
        return _PREC[node.op]
    if isinstance(node, Neg):
        return 8
    if isinstance(node, Sum):
        return 7  # a sum binds a term
    return 10


def _wrap(node: Expr, min_prec: int) -> str:
    text = to_text(node)
    return f"({text})" if _prec(node) < min_prec else text


def to_text(node: Expr) -> str:
    """Print an AST back as canonical expression text that parses to an equal AST."""
    if isinstance(node, Num):
        return _fmt_num(node.value)
    if isinstance(node, Str):
        q = "'" if "'" not in node.value else '"'
        return f"{q}{node.value}{q}"
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Index):
        return f"{node.name}[{', '.join(to_text(a) for a in node.args)}]"
    if isinstance(node, Neg):
        return f"-{_wrap(node.operand, 9)}"
    if isinstance(node, BinOp):
        p = _PREC[node.op]
        if node.op == "^":
            return f"{_wrap(node.left, 10)}^{_wrap(node.right, 9)}"
        right_min = p + 1 if node.op in ("-", "/", "*", "+") else p
        left = _wrap(node.left, p)
        if isinstance(node.left, Sum) and node.op in ("*", "/"):
            left = f"({left})"
        return f"{left} {node.op} {_wrap(node.right, right_min)}"
    if isinstance(node, Sum):
        body = _wrap(node.body, 7)
        return f"sum{{{_fmt_bindings(node.bindings, node.cond)}}} {body}"
    if isinstance(node, Compare):
        parts = [_wrap(node.operands[0], 6)]
        for op, rhs in zip(node.ops, node.operands[1:]):
            parts.append(f"{op} {_wrap(rhs, 6)}")
        return " ".join(parts)
    if isinstance(node, Logic):
        p = 2 if node.op == "or" else 3
        return f" {node.op} ".join(_wrap(i, p + 1) for i in node.items)
    if isinstance(node, Not):
        return f"not {_wrap(node.operand, 4)}"
    if isinstance(node, Implies):
        return f"{_wrap(node.left, 2)} -> {_wrap(node.right, 1)}"
    if isinstance(node, Gen):
        return f"{{{_fmt_bindings(node.bindings, node.cond)}}} {_wrap(node.body, 2)}"
    if isinstance(node, Card):
        items = ", ".join(to_text(i) if isinstance(i, Gen) else _wrap(i, 1) for i in node.items)
        return f"{node.kind}({to_text(node.k)}, {items})"
    raise TypeError(f"not an expression node: {node!r}")
