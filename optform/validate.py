"""Validation: every problem in a Formulation at once, each a Finding with loc and hint."""

from __future__ import annotations

import difflib
import math
from typing import Any

from . import expression as ex
from .errors import Finding, ParseError, Severity, ValidationFailed
from .lower import LinearModel
from .model import Formulation

__all__ = ["errors_only", "validate", "validate_and_lower"]


def _names(node: ex.Expr) -> list[tuple[str, int, int | None]]:
    """(name, column, arity or None for bare) of every referenced name, excluding bound index names."""
    out: list[tuple[str, int, int | None]] = []

    def walk(n: Any, bound: frozenset[str]) -> None:
        if isinstance(n, ex.Name):
            if n.name not in bound:
                out.append((n.name, n.col, None))
        elif isinstance(n, ex.Index):
            if n.name not in bound:
                out.append((n.name, n.col, len(n.args)))
            for a in n.args:
                walk(a, bound)
        elif isinstance(n, (ex.Sum, ex.Gen)):
            inner = bound | {b.var for b in n.bindings}
            if n.cond is not None:
                walk(n.cond, inner)
            walk(n.body, inner)
        elif isinstance(n, (ex.Neg, ex.Not)):
            walk(n.operand, bound)
        elif isinstance(n, (ex.BinOp, ex.Implies)):
            walk(n.left, bound)
            walk(n.right, bound)
        elif isinstance(n, ex.Compare):
            for o in n.operands:
                walk(o, bound)
        elif isinstance(n, ex.Logic):
            for i in n.items:
                walk(i, bound)
        elif isinstance(n, ex.Card):
            walk(n.k, bound)
            for i in n.items:
                walk(i, bound)

    walk(node, frozenset())
    return out


def _suggest(name: str, pool: list[str]) -> str | None:
    close = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    if not close:
        low = {p.lower(): p for p in pool}
        if name.lower() in low:
            return low[name.lower()]
        return None
    return close[0]


def validate(f: Formulation) -> list[Finding]:
    """Return every error and warning in ``f`` (an empty list means it compiles cleanly)."""
    return validate_and_lower(f)[0]


def validate_and_lower(f: Formulation) -> tuple[list[Finding], LinearModel | None]:
    """Validate; when there is no error, also return the compiled model (compiled once)."""
    out: list[Finding] = []
    lm: LinearModel | None = None

    def err(
        code: str,
        msg: str,
        loc: list[str | int],
        hint: str | None = None,
        column: int | None = None,
        severity: Severity = Severity.error,
        **data: Any,
    ) -> None:
        out.append(
            Finding(
                code=code,
                message=msg,
                loc=loc,
                hint=hint,
                column=column,
                severity=severity,
                data=data,
            )
        )

    # ---- names
    seen: dict[str, str] = {}
    for kind, items in (
        ("sets", f.sets),
        ("parameters", f.parameters),
        ("variables", f.variables),
        ("constraints", f.constraints),
    ):
        for it in items:
            name = it.name
            if not name.isidentifier() or name in ex._KEYWORDS:
                err(
                    "bad-name",
                    f"'{name}' is not a valid name",
                    [kind, name],
                    "names are letters, digits and _, starting with a letter, and not a keyword (sum, in, and, or, …)",
                )
            if name in seen and (kind != "constraints" or seen[name] == "constraints"):
                err(
                    "duplicate-name",
                    f"'{name}' is defined twice (in {seen[name]} and {kind})",
                    [kind, name],
                    "give each set, parameter, variable and constraint its own name",
                )
            elif kind != "constraints" or name not in seen:
                seen[name] = kind
    set_names = [s.name for s in f.sets]
    # ---- sets
    for s in f.sets:
        try:
            members = s.members()
        except ValueError as e:
            err(
                "bad-set",
                str(e),
                ["sets", s.name, "elements"],
                "write elements as a list or 'a..b'",
            )
            continue
        if not members:
            err(
                "empty-set",
                f"set '{s.name}' has no elements",
                ["sets", s.name, "elements"],
                "list its members",
                severity=Severity.warning,
            )
        keys = [str(m) for m in members]
        if len(set(keys)) != len(keys):
            dup = next(k for k in keys if keys.count(k) > 1)
            err(
                "duplicate-element",
                f"set '{s.name}' lists '{dup}' twice",
                ["sets", s.name, "elements"],
                "each element once",
            )
    # ---- parameters
    for p in f.parameters:
        for sname in p.index:
            if sname not in set_names:
                err(
                    "unknown-set",
                    f"parameter '{p.name}' is indexed by unknown set '{sname}'",
                    ["parameters", p.name, "index"],
                    _dym(sname, set_names),
                )
        if p.value is None:
            err(
                "missing-value",
                f"parameter '{p.name}' has no value",
                ["parameters", p.name, "value"],
                "give the number from the problem text, or ask the user for it",
            )
            continue
        _check_values(p.value, ["parameters", p.name, "value"], out)
        if not p.index and not isinstance(p.value, (int, float)):
            err(
                "bad-value",
                f"scalar parameter '{p.name}' must be a single number",
                ["parameters", p.name, "value"],
                "give 'index' to make it a table, or write one number",
            )
        if p.index and all(s in set_names for s in p.index):
            _check_table(f, p.name, p.value, p.index, ["parameters", p.name, "value"], out)
    # ---- variables
    for v in f.variables:
        for sname in v.index:
            if sname not in set_names:
                err(
                    "unknown-set",
                    f"variable '{v.name}' is indexed by unknown set '{sname}'",
                    ["variables", v.name, "index"],
                    _dym(sname, set_names),
                )
        if v.lb is not None and v.ub is not None and v.lb > v.ub:
            err(
                "empty-bounds",
                f"variable '{v.name}' has lower bound {v.lb:g} above its upper bound {v.ub:g}",
                ["variables", v.name],
                "swap or correct the bounds",
            )
        for b, which in ((v.lb, "lb"), (v.ub, "ub")):
            if b is not None and math.isnan(b):
                err(
                    "nan",
                    f"variable '{v.name}' has a NaN {which}",
                    ["variables", v.name, which],
                    "write a number or null",
                )
    if not f.variables:
        err(
            "empty-model",
            "the model has no decision variables",
            ["variables"],
            "declare at least one variable (what is being decided?)",
        )
    # ---- expressions
    symbols = {
        **{s.name: "set" for s in f.sets},
        **{p.name: "parameter" for p in f.parameters},
        **{v.name: "variable" for v in f.variables},
    }
    arity = {
        **{p.name: len(p.index) for p in f.parameters},
        **{v.name: len(v.index) for v in f.variables},
    }
    used: set[str] = set()
    exprs: list[tuple[list[str | int], str | None]] = []
    if f.objective is not None:
        exprs.append((["objective", "expression"], f.objective.expression))
    for c in f.constraints:
        if c.expression is None and c.template is None:
            err(
                "missing-expression",
                f"constraint '{c.name}' has neither an expression nor a template",
                ["constraints", c.name],
                "write the expression",
            )
        exprs.append((["constraints", c.name, "expression"], c.expression))
        if c.forall:
            exprs.append((["constraints", c.name, "forall"], c.forall))
    all_elements = {str(m) for s in f.sets for m in _safe_members(s)}
    for loc, text in exprs:
        if text is None:
            continue
        try:
            node: Any
            if loc[-1] == "forall":
                bindings, cond = ex.parse_bindings(text)
                for bnd in bindings:
                    if bnd.set not in set_names:
                        err(
                            "unknown-set",
                            f"unknown set '{bnd.set}'",
                            loc,
                            _dym(bnd.set, set_names),
                            bnd.set_col,
                        )
                node = ex.Sum(bindings, cond, ex.Num(0.0))
            else:
                node = ex.parse(text)
        except ParseError as e:
            e.loc = loc
            out.extend(e.as_findings())
            continue
        bound_names = _bound_names(f, loc)
        for name, col, ar in _names(node):
            if name in bound_names:
                continue
            if name not in symbols:
                if ar is None and name in all_elements:
                    continue  # an element name used as an index
                err(
                    "unknown-name",
                    f"unknown name '{name}'",
                    loc,
                    _dym(name, list(symbols)),
                    col,
                    expression=text,
                    name=name,
                )
                continue
            used.add(name)
            if symbols[name] == "set":
                err(
                    "set-as-value",
                    f"'{name}' is a set; use it in 'sum{{i in {name}}} …' or 'forall'",
                    loc,
                    None,
                    col,
                    expression=text,
                )
            elif ar is not None and ar != arity.get(name, 0):
                err(
                    "index-arity",
                    f"'{name}' takes {arity.get(name, 0)} index(es), got {ar}",
                    loc,
                    f"write {name}[{', '.join('…' for _ in range(arity.get(name, 0)))}]"
                    if arity.get(name)
                    else f"'{name}' is not indexed: write {name} without brackets",
                    col,
                    expression=text,
                )
            elif ar is None and arity.get(name, 0) > 0 and loc[-1] != "forall":
                err(
                    "index-arity",
                    f"'{name}' is indexed; write {name}[...]",
                    loc,
                    None,
                    col,
                    expression=text,
                )
        if isinstance(node, ex.Compare) and loc[0] == "objective":
            err(
                "comparison-in-objective",
                "the objective is a comparison",
                loc,
                "the objective is an expression to maximize or minimize, e.g. 3*x + 2*y",
            )
    for v in f.variables:
        if v.name not in used:
            err(
                "unused-variable",
                f"variable '{v.name}' appears in no constraint and not in the objective",
                ["variables", v.name],
                "remove it or use it",
                severity=Severity.warning,
            )
    # ---- deep checks by compiling (nonlinear terms, index ranges, missing table entries, NaN),
    # reported for every element that has no error yet
    from .lower import lower

    bad_sets_or_params = any(
        x.severity == Severity.error and x.loc and x.loc[0] in ("sets", "parameters", "variables")
        for x in out
    )
    if bad_sets_or_params:
        return out, None
    flagged = {tuple(x.loc[:2]) for x in out if x.severity == Severity.error}
    try:
        lm = lower(f)
    except ValidationFailed as e:
        for fnd in e.findings:
            if tuple(fnd.loc[:2]) not in flagged:
                out.append(fnd)
        return out, None
    if flagged:
        return out, None
    out.extend(lm.warnings)
    if f.objective is None and not f.constraints:
        err(
            "empty-model",
            "the model has no objective and no constraints",
            [],
            "add the goal and the limits",
        )
    import numpy as np

    for arr, what in ((lm.vals, "a coefficient"), (lm.c, "an objective coefficient")):
        if len(arr) and not np.all(np.isfinite(arr)):
            err("non-finite", f"{what} is infinite or NaN", [], "check the parameter values")
    return out, lm


def _safe_members(s: Any) -> list[Any]:
    try:
        return list(s.members())
    except ValueError:
        return []


def _bound_names(f: Formulation, loc: list[str | int]) -> set[str]:
    if loc[0] != "constraints":
        return set()
    c = f.constraint(str(loc[1]))
    if c is None or not c.forall:
        return set()
    try:
        bindings, _ = ex.parse_bindings(c.forall)
    except ParseError:
        return set()
    return {b.var for b in bindings}


def _dym(name: str, pool: list[str]) -> str | None:
    s = _suggest(name, pool)
    return (
        f"did you mean '{s}'?"
        if s
        else (f"defined names: {', '.join(pool[:12])}" if pool else None)
    )


def _check_values(v: Any, loc: list[str | int], out: list[Finding]) -> None:
    if isinstance(v, list) and set(map(type, v)) <= {int, float} and all(map(math.isfinite, v)):
        return  # fast path: a row of finite numbers
    if isinstance(v, float) and math.isnan(v):
        out.append(
            Finding(
                code="nan",
                message=f"NaN in {'.'.join(map(str, loc))}",
                loc=loc,
                hint="write the number, or null when the text does not give it",
            )
        )
    elif isinstance(v, float) and math.isinf(v):
        out.append(
            Finding(
                code="non-finite",
                message=f"infinite value in {'.'.join(map(str, loc))}",
                loc=loc,
                hint="write a finite number",
            )
        )
    elif isinstance(v, dict):
        for k, x in v.items():
            _check_values(x, [*loc, k], out)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            _check_values(x, [*loc, i], out)


def _check_table(
    f: Formulation,
    pname: str,
    value: Any,
    index: list[str],
    loc: list[str | int],
    out: list[Finding],
) -> None:
    s = f.set(index[0])
    if s is None:
        return
    members = [str(m) for m in _safe_members(s)]
    if isinstance(value, (int, float)):
        return  # one number fills the table
    if isinstance(value, dict):
        for k in value:
            if k not in members:
                hint = _dym(k, members)
                out.append(
                    Finding(
                        code="index-outside-set",
                        message=f"'{k}' in '{pname}' is not an element of set '{s.name}'",
                        loc=[*loc, k],
                        hint=hint,
                    )
                )
        for k, x in value.items():
            if len(index) > 1:
                _check_table(f, pname, x, index[1:], [*loc, k], out)
    elif isinstance(value, list):
        if len(value) != len(members):
            out.append(
                Finding(
                    code="table-length",
                    message=f"'{pname}' lists {len(value)} value(s) for set "
                    f"'{s.name}' of {len(members)} element(s)",
                    loc=loc,
                    hint="give one value per element, in the set's order",
                )
            )
        if len(index) > 1:
            for i, x in enumerate(value):
                _check_table(f, pname, x, index[1:], [*loc, i], out)
    elif len(index) > 0:
        out.append(
            Finding(
                code="bad-value",
                message=f"'{pname}' must be a table over {', '.join(index)}",
                loc=loc,
                hint="write a mapping from element to value",
            )
        )


def errors_only(findings: list[Finding]) -> list[Finding]:
    return [x for x in findings if x.severity == Severity.error]
