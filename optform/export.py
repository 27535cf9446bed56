"""Export a Formulation: LP or MPS file text, a LaTeX fragment, or a standalone PuLP script.

* ``lp`` / ``mps``: the compiled model (logic linearized with big-M) written by PuLP under
  safe names (columns ``v0, v1, …``, rows ``r<i>`` and ``s<i>`` for the upper side of a
  range row); a comment header maps every safe name to the user's name. A nonzero objective
  constant becomes one more column, fixed at 1 (PuLP drops constants from files).
* ``latex``: an ``align*`` fragment (amsmath) printed from the expression AST, with constraint
  names as tags and descriptions as comments.
* ``python``: a runnable script that rebuilds the model with PuLP and prints the status and
  objective. Sets, parameters and bounds are data literals; the objective and linear constraint
  families are written from the expression AST (sums become ``pulp.lpSum`` over the sets, filters
  and ``forall`` become loops); logic constraints (as big-M rows) and strict comparisons are
  written as their compiled rows. Names and texts appear only as ``repr`` string literals or
  escaped comments, never as code.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from typing import Any, Literal, get_args

import numpy as np

from . import expression as ex
from .errors import UserInputError
from .lower import LinearModel
from .model import Formulation, VarType

__all__ = ["ExportFormat", "export"]

ExportFormat = Literal["lp", "mps", "latex", "python"]
_FORMATS: tuple[str, ...] = get_args(ExportFormat)


def export(f: Formulation, to: ExportFormat) -> str:
    """The text of ``f`` in the format ``to`` (lp, mps, latex or python)."""
    fmt = str(to).lower().strip()
    if fmt not in _FORMATS:
        raise UserInputError(
            f"unknown export format '{to}'",
            code="unknown-export-format",
            hint=f"choose one of: {', '.join(_FORMATS)}",
        )
    if fmt == "latex":
        return _latex(f)
    lm = _compiled(f)
    if fmt == "python":
        return _python(f, lm)
    return _file(f, lm, fmt)


def _compiled(f: Formulation) -> LinearModel:
    from .backends.bigm import linearize_logic
    from .solving import compile_formulation

    lm, _ = compile_formulation(f)
    return linearize_logic(lm)


def _safe_comment(text: str) -> str:
    """A one-line, ASCII, escaped rendering of untrusted text for a comment."""
    return json.dumps(text, ensure_ascii=True)[1:-1]


# ----------------------------------------------------------------------------- LP / MPS


def _with_constant_column(lm: LinearModel) -> LinearModel:
    if lm.sense is None or lm.c0 == 0.0:
        return lm
    from dataclasses import replace

    return replace(
        lm,
        lb=np.concatenate([lm.lb, [1.0]]),
        ub=np.concatenate([lm.ub, [1.0]]),
        vtype=np.concatenate([lm.vtype, np.zeros(1, dtype=np.int8)]),
        c=np.concatenate([lm.c, [lm.c0]]),
        c0=0.0,
        aux_names=[*lm.aux_names, "objective constant (fixed at 1)"],
    )


def _file(f: Formulation, lm: LinearModel, fmt: str) -> str:
    from .backends.cbc import build_pulp

    has_const = lm.sense is not None and lm.c0 != 0.0
    lm2 = _with_constant_column(lm)
    pm = build_pulp(lm2, name="optform")
    n_user = lm2.n_vars - (1 if has_const else 0)
    fd, path = tempfile.mkstemp(prefix="optform-export-", suffix="." + fmt)
    os.close(fd)
    try:
        if fmt == "lp":
            pm.prob.writeLP(path)
        else:
            pm.prob.writeMPS(path, with_objsense=True)
        with open(path, encoding="utf-8") as fh:
            body = fh.read()
    finally:
        os.unlink(path)
    mark = "\\" if fmt == "lp" else "*"
    names = lm.var_names
    lines = [
        f"{mark} optform export of model '{_safe_comment(f.name)}'",
        f"{mark} columns and rows use safe names; their meaning in the model:",
    ]
    for j in range(n_user):
        lines.append(f"{mark}   v{j} = {_safe_comment(names[j])}")
    if has_const:
        lines.append(f"{mark}   v{n_user} = 1 (fixed) carries the objective constant {lm.c0!r}")
    for key, i in pm.row_names.items():
        lines.append(f"{mark}   {key} = {_safe_comment(lm.row_names[i])}")
    for i in pm.violated_empty_rows:
        lines.append(
            f"{mark}   note: row {_safe_comment(lm.row_names[i])} has no variables and cannot hold "
            "(the model is infeasible)"
        )
    return "\n".join(lines) + "\n" + body


# ----------------------------------------------------------------------------- python


def _num(v: float) -> str:
    return "None" if math.isinf(v) else repr(float(v))


class _Unsupported(Exception):
    """The AST uses something the structured generator does not write: use the compiled rows."""


class _PyGen:
    """Python/PuLP code from the expression AST. Only fixed code shapes are emitted; every name
    or element from the model appears as a ``repr`` string literal, every number as a float
    literal, and index variables get fresh local names (``_i1``, ``_i2``, …)."""

    def __init__(self, f: Formulation) -> None:
        self.f = f
        self.sets = {sd.name: sd.members() for sd in f.sets}
        self.vars = {v.name: v for v in f.variables}
        self.params = {p.name: p for p in f.parameters}
        self.counter = 0

    def fresh(self) -> str:
        self.counter += 1
        return f"_i{self.counter}"

    def is_numeric_set(self, name: str) -> bool:
        return all(isinstance(e, int) for e in self.sets.get(name, []))

    def val(self, node: ex.Expr, env: dict[str, tuple[str, str]]) -> str:
        """A number or PuLP expression."""
        if isinstance(node, ex.Num):
            if not math.isfinite(node.value):
                raise _Unsupported
            return repr(float(node.value))
        if isinstance(node, ex.Name):
            if node.name in env:
                local, set_name = env[node.name]
                if not self.is_numeric_set(set_name):
                    raise _Unsupported
                return local
            if node.name in self.vars and not self.vars[node.name].index:
                return f"X[{node.name!r}][()]"
            if node.name in self.params and not self.params[node.name].index:
                return f"PARAMS[{node.name!r}][()]"
            raise _Unsupported
        if isinstance(node, ex.Index):
            owner = self.vars.get(node.name)
            sets = (
                owner.index
                if owner is not None
                else (self.params[node.name].index if node.name in self.params else None)
            )
            if sets is None or len(sets) != len(node.args):
                raise _Unsupported
            key = "".join(self.elem(a, env, st) + ", " for a, st in zip(node.args, sets))
            table = "X" if owner is not None else "PARAMS"
            return f"{table}[{node.name!r}][({key})]"
        if isinstance(node, ex.Neg):
            return f"(-{self.val(node.operand, env)})"
        if isinstance(node, ex.BinOp):
            op = "**" if node.op == "^" else node.op
            return f"({self.val(node.left, env)} {op} {self.val(node.right, env)})"
        if isinstance(node, ex.Sum):
            inner = dict(env)
            loops = ""
            for b in node.bindings:
                if b.set not in self.sets:
                    raise _Unsupported
                local = self.fresh()
                inner[b.var] = (local, b.set)
                loops += f" for {local} in SETS[{b.set!r}]"
            if node.cond is not None:
                loops += f" if {self.cond(node.cond, inner)}"
            return f"pulp.lpSum([{self.val(node.body, inner)}{loops}])"
        raise _Unsupported

    def elem(self, arg: ex.Expr, env: dict[str, tuple[str, str]], target: str) -> str:
        """An element of set ``target`` (as the value stored in SETS)."""
        members = self.sets[target]
        if isinstance(arg, ex.Name) and arg.name in env:
            local, set_name = env[arg.name]
            if set_name != target and [str(e) for e in self.sets[set_name]] != [
                str(e) for e in members
            ]:
                raise _Unsupported
            return local
        if isinstance(arg, ex.Str) or (
            isinstance(arg, ex.Name) and arg.name not in self.vars and arg.name not in self.params
        ):
            key = arg.value if isinstance(arg, ex.Str) else arg.name
            match = [e for e in members if str(e) == key]
            if not match:
                raise _Unsupported
            return repr(match[0])
        if not self.is_numeric_set(target):
            raise _Unsupported
        return f"_element({self.val(arg, env)})"

    def cval(self, node: ex.Expr, env: dict[str, tuple[str, str]]) -> str:
        """A value in a filter: element values for named elements, numbers otherwise."""
        if isinstance(node, ex.Name) and node.name in env:
            return env[node.name][0]
        if isinstance(node, ex.Str):
            return repr(node.value)
        if (
            isinstance(node, ex.Name)
            and node.name not in self.vars
            and node.name not in self.params
        ):
            return repr(node.name)
        return self.val(node, env)

    def cond(self, node: ex.Expr, env: dict[str, tuple[str, str]]) -> str:
        if isinstance(node, ex.Logic):
            return "(" + f" {node.op} ".join(self.cond(i, env) for i in node.items) + ")"
        if isinstance(node, ex.Not):
            return f"(not {self.cond(node.operand, env)})"
        if isinstance(node, ex.Implies):
            return f"((not {self.cond(node.left, env)}) or {self.cond(node.right, env)})"
        if isinstance(node, ex.Compare):
            vals = [self.cval(o, env) for o in node.operands]
            parts = [f"_cmp({op!r}, {a}, {b})" for op, a, b in zip(node.ops, vals, vals[1:])]
            return "(" + " and ".join(parts) + ")"
        raise _Unsupported

    def constraint(self, con: Any, label: str) -> list[str]:
        """Lines adding one constraint (or family) from its AST; _Unsupported when not written so."""
        if con.expression is None:
            raise _Unsupported
        node = ex.parse(con.expression)
        if not isinstance(node, ex.Compare) or any(op in ("<", ">", "!=") for op in node.ops):
            raise _Unsupported  # logic and strict comparisons: the compiled rows say what is meant
        env: dict[str, tuple[str, str]] = {}
        lines: list[str] = []
        indent = "    "
        if con.forall:
            bindings, cond = ex.parse_bindings(con.forall)
            for b in bindings:
                if b.set not in self.sets:
                    raise _Unsupported
                local = self.fresh()
                env[b.var] = (local, b.set)
                lines.append(f"{indent}for {local} in SETS[{b.set!r}]:")
                indent += "    "
            if cond is not None:
                lines.append(f"{indent}if not {self.cond(cond, env)}:")
                lines.append(f"{indent}    continue")
        vals = [self.val(o, env) for o in node.operands]
        for op, lhs, rhs in zip(node.ops, vals, vals[1:]):
            lines.append(f"{indent}_add(prob, {lhs} {op} {rhs}, {label!r})")
        return lines


def _param_table(gen: _PyGen, p: Any) -> dict[tuple[Any, ...], float]:
    """Parameter values by index tuple (element values), read as the compiler reads them."""
    out: dict[tuple[Any, ...], float] = {}

    def fill(value: Any, sets: list[str], prefix: tuple[Any, ...]) -> None:
        if not sets:
            if (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and math.isfinite(float(value))
            ):
                out[prefix] = float(value)
            return
        members = gen.sets[sets[0]]
        if isinstance(value, dict):
            for e in members:
                if str(e) in value:
                    fill(value[str(e)], sets[1:], (*prefix, e))
        elif isinstance(value, list):
            for e, v in zip(members, value):
                fill(v, sets[1:], (*prefix, e))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            for e in members:
                fill(value, sets[1:], (*prefix, e))

    fill(p.value, list(p.index), ())
    return out


def _col_ref(lm: LinearModel, col: int) -> tuple[Any, ...]:
    b = lm.var_block_of(col)
    return (b.name, b.index_of(col))


def _python(f: Formulation, lm: LinearModel) -> str:
    """A PuLP script: data as literals, the objective and linear constraints written from the
    AST; logic (big-M) and strict constraints as their compiled rows."""
    gen = _PyGen(f)
    n_user = lm.n_vars - len(lm.aux_names)
    out: list[str] = []
    w = out.append
    w("#!/usr/bin/env python3")
    w(f"# Generated by optform from model {_safe_comment(f.name)}.")
    w("# Rebuilds the model with PuLP (bundled CBC), solves it and prints the optimum.")
    w("# Data are literals; constraints are written from the parsed model, never copied text.")
    w("import itertools")
    w("import warnings")
    w("")
    w("import pulp")
    w("")
    w(f"MODEL_NAME = {f.name!r}")
    w(f"SENSE = {lm.sense!r}  # 'minimize', 'maximize' or None (satisfaction)")
    w("")
    w("SETS = {")
    for name, members in gen.sets.items():
        w(f"    {name!r}: {list(members)!r},")
    w("}")
    w("")
    w("# parameter: {index tuple: value}")
    w("PARAMS = {")
    for p in f.parameters:
        table = _param_table(gen, p)
        w(f"    {p.name!r}: {{" + ", ".join(f"{k!r}: {v!r}" for k, v in table.items()) + "},")
    w("}")
    w("")
    w("# variable: (indexing sets, lower bound, upper bound, category); None = no bound")
    w("VARIABLES = {")
    for b in lm.var_blocks:
        j = b.offset
        cat = "Continuous" if int(lm.vtype[j]) == 0 else "Integer"
        w(
            f"    {b.name!r}: ({list(b.sets)!r}, {_num(float(lm.lb[j]))}, {_num(float(lm.ub[j]))}, {cat!r}),"
        )
    w("}")
    w(f"AUXILIARY_BINARIES = {len(lm.aux_names)}  # indicator columns of logic constraints (big-M)")
    obj_code: str | None = None
    if f.objective is not None:
        try:
            obj_code = gen.val(ex.parse(f.objective.expression), {})
        except _Unsupported:
            obj_code = None
    body: list[str] = []
    flat_rows: list[str] = []
    indptr, indices, data = lm.csr()
    for k, con in enumerate(f.constraints):
        label = f"c{k}"
        body.append(
            f"    # {_safe_comment(con.name)}"
            + (f": {_safe_comment(con.expression)}" if con.expression else "")
        )
        try:
            body.extend(gen.constraint(con, label))
            continue
        except _Unsupported:
            pass
        rows = [
            i
            for blk in lm.row_blocks
            if blk.name == con.name
            for i in range(blk.offset, blk.offset + blk.count)
        ]
        for i in rows:
            s0, e0 = int(indptr[i]), int(indptr[i + 1])
            refs = [
                _col_ref(lm, int(c)) if c < n_user else ("_aux", int(c) - n_user)
                for c in indices[s0:e0]
            ]
            terms = ", ".join(f"({r!r}, {float(v)!r})" for r, v in zip(refs, data[s0:e0]))
            flat_rows.append(
                f"    ({label!r}, {_num(float(lm.row_lo[i]))}, {_num(float(lm.row_hi[i]))}, [{terms}]),"
            )
        body.append(
            f"    _add_rows(prob, X, AUX, {label!r})  # compiled rows (logic as big-M, or strict)"
        )
    w("")
    w(
        "# constraints given as compiled rows: (label, lower side, upper side, [(column, coefficient)])"
    )
    w("ROWS = [")
    out.extend(flat_rows)
    w("]")
    w(_SCRIPT_HELPERS)
    w("")
    w("def build():")
    w('    sense = pulp.LpMaximize if SENSE == "maximize" else pulp.LpMinimize')
    w('    prob = pulp.LpProblem("exported_model", sense)')
    w("    X = {}")
    w("    for k, (name, (sets, lo, hi, cat)) in enumerate(VARIABLES.items()):")
    w("        X[name] = {idx: prob.add_variable(f'x{k}_{i}', lo, hi, cat)")
    w("                   for i, idx in enumerate(itertools.product(*(SETS[s] for s in sets)))}")
    w(
        "    AUX = [prob.add_variable(f'aux{i}', 0, 1, 'Integer') for i in range(AUXILIARY_BINARIES)]"
    )
    w("    columns = [v for table in X.values() for v in table.values()] + AUX")
    if obj_code is not None:
        w(f"    objective = {obj_code}")
    elif lm.sense is not None:
        flat_obj = [(_col_ref(lm, j), float(lm.c[j])) for j in range(n_user) if lm.c[j] != 0.0]
        w(
            f"    objective = {float(lm.c0)!r} + pulp.lpSum([coef * _column(X, AUX, ref) for ref, coef in {flat_obj!r}])"
        )
    else:
        w("    objective = 0.0")
    w("    # every column in the objective (zero coefficients too), so PuLP keeps unused columns")
    w("    prob.setObjective(pulp.LpAffineExpression([(v, 0.0) for v in columns]) + objective)")
    out.extend(body)
    w("    return prob, X")
    w(_SCRIPT_MAIN)
    return "\n".join(out) + "\n"


_SCRIPT_HELPERS = """

def _element(v):
    return int(round(v))


def _key(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _cmp(op, a, b):
    if op in ("==", "!="):
        if isinstance(a, str) or isinstance(b, str):
            eq = str(_key(a)) == str(_key(b))
        else:
            eq = abs(a - b) <= 1e-9
        return eq if op == "==" else not eq
    return {"<=": a <= b + 1e-9, ">=": a >= b - 1e-9, "<": a < b - 1e-9, ">": a > b + 1e-9}[op]


_COUNT = itertools.count()


def _add(prob, constraint, label):
    if isinstance(constraint, bool):
        if not constraint:
            raise SystemExit(f"constraint {label} can never hold: the model is infeasible")
        return
    prob.addConstraint(constraint, f"{label}_{next(_COUNT)}")


def _column(X, AUX, ref):
    return AUX[ref[1]] if ref[0] == "_aux" else X[ref[0]][tuple(ref[1])]


def _add_rows(prob, X, AUX, label):
    for row_label, lo, hi, terms in ROWS:
        if row_label != label:
            continue
        expr = pulp.LpAffineExpression([(_column(X, AUX, ref), coef) for ref, coef in terms])
        if lo is not None and lo == hi:
            _add(prob, expr == lo, label)
            continue
        if lo is not None:
            _add(prob, expr >= lo, label)
        if hi is not None:
            _add(prob, pulp.LpAffineExpression(expr) <= hi, label)
"""

_SCRIPT_MAIN = """

def main():
    prob, X = build()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # pulp 3.3 deprecates the bundled CBC
        solver = pulp.PULP_CBC_CMD(msg=False)
    prob.solve(solver)
    print(f"model: {MODEL_NAME}")
    print(f"status: {pulp.LpStatus[prob.status]}")
    if prob.status == pulp.LpStatusOptimal:
        if SENSE is not None:
            print(f"objective: {pulp.value(prob.objective)!r}")
        for name, table in X.items():
            for idx, v in table.items():
                label = name + ("[" + ",".join(map(str, idx)) + "]" if idx else "")
                print(f"{label} = {v.varValue!r}")


if __name__ == "__main__":
    main()"""


# ----------------------------------------------------------------------------- LaTeX

_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\^{}",
    "_": r"\_",
    "%": r"\%",
    "~": r"\~{}",
}


def _tex_text(s: str) -> str:
    """Escape untrusted text for a LaTeX text context (one line)."""
    s = " ".join(str(s).split())
    return "".join(_TEX_SPECIAL.get(ch, ch) for ch in s)


def _tex_comment(s: str) -> str:
    return "% " + " ".join(str(s).split())


def _ident(name: str) -> str:
    if len(name) == 1 and name.isalpha() and name.isascii():
        return name
    return rf"\mathit{{{_tex_text(name)}}}"


_TEX_CMP = {"<=": r"\le", ">=": r"\ge", "==": "=", "<": "<", ">": ">", "!=": r"\ne"}


def _tex_prec(node: ex.Expr) -> int:
    if isinstance(node, ex.Implies):
        return 1
    if isinstance(node, ex.Logic):
        return 2 if node.op == "or" else 3
    if isinstance(node, ex.Not):
        return 4
    if isinstance(node, ex.Compare):
        return 5
    if isinstance(node, ex.BinOp):
        return {"+": 6, "-": 6, "*": 7, "/": 10, "^": 9}[node.op]
    if isinstance(node, (ex.Neg, ex.Sum)):
        return 7
    return 10


def _tex_wrap(node: ex.Expr, min_prec: int) -> str:
    t = _tex(node)
    return rf"\left({t}\right)" if _tex_prec(node) < min_prec else t


def _tex_bindings(bindings: tuple[ex.Binding, ...], cond: ex.Expr | None) -> str:
    s = ",\\, ".join(rf"{_ident(b.var)} \in {_ident(b.set)}" for b in bindings)
    if cond is not None:
        s += r" :\, " + _tex(cond)
    return s


def _tex_num(v: float) -> str:
    if math.isfinite(v) and v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def _tex(node: ex.Expr) -> str:
    if isinstance(node, ex.Num):
        return _tex_num(node.value)
    if isinstance(node, ex.Str):
        return rf"\text{{{_tex_text(node.value)}}}"
    if isinstance(node, ex.Name):
        return _ident(node.name)
    if isinstance(node, ex.Index):
        return f"{_ident(node.name)}_{{{', '.join(_tex(a) for a in node.args)}}}"
    if isinstance(node, ex.Neg):
        return f"-{_tex_wrap(node.operand, 8)}"
    if isinstance(node, ex.BinOp):
        if node.op == "/":
            return rf"\frac{{{_tex(node.left)}}}{{{_tex(node.right)}}}"
        if node.op == "^":
            return f"{{{_tex_wrap(node.left, 10)}}}^{{{_tex(node.right)}}}"
        p = {"+": 6, "-": 6, "*": 7}[node.op]
        op = r"\cdot" if node.op == "*" else node.op
        return f"{_tex_wrap(node.left, p)} {op} {_tex_wrap(node.right, p + 1)}"
    if isinstance(node, ex.Sum):
        return rf"\sum_{{{_tex_bindings(node.bindings, node.cond)}}} {_tex_wrap(node.body, 7)}"
    if isinstance(node, ex.Compare):
        parts = [_tex_wrap(node.operands[0], 6)]
        for op, rhs in zip(node.ops, node.operands[1:]):
            parts.append(f"{_TEX_CMP[op]} {_tex_wrap(rhs, 6)}")
        return " ".join(parts)
    if isinstance(node, ex.Logic):
        p = 2 if node.op == "or" else 3
        op = r" \lor " if node.op == "or" else r" \land "
        return op.join(_tex_wrap(i, p + 1) for i in node.items)
    if isinstance(node, ex.Not):
        return rf"\lnot {_tex_wrap(node.operand, 5)}"
    if isinstance(node, ex.Implies):
        return rf"{_tex_wrap(node.left, 2)} \Rightarrow {_tex_wrap(node.right, 1)}"
    if isinstance(node, ex.Gen):
        return rf"\left\{{ {_tex(node.body)} : {_tex_bindings(node.bindings, node.cond)} \right\}}"
    if isinstance(node, ex.Card):
        items = ",\\ ".join(_tex(i) for i in node.items)
        return rf"\operatorname{{{node.kind}}}\left({_tex(node.k)};\ {items}\right)"
    raise TypeError(f"not an expression node: {node!r}")


def _tex_expr(text: str) -> str:
    return _tex(ex.parse(text))


def _latex(f: Formulation) -> str:
    out: list[str] = []
    w = out.append
    w(_tex_comment(f"optform export of model '{f.name}' (LaTeX fragment; needs amsmath)"))
    if f.description:
        w(_tex_comment(f.description))
    for s in f.sets:
        members = s.elements if isinstance(s.elements, str) else ", ".join(map(str, s.elements))
        w(
            _tex_comment(
                f"set {s.name} = {{{members}}}" + (f": {s.description}" if s.description else "")
            )
        )
    for p in f.parameters:
        w(
            _tex_comment(
                f"parameter {p.name}"
                + (f"[{', '.join(p.index)}]" if p.index else "")
                + (f" ({p.unit})" if p.unit else "")
                + (f": {p.description}" if p.description else "")
            )
        )
    w(r"\begin{align*}")
    if f.objective is not None:
        if f.objective.description:
            w(_tex_comment(f.objective.description))
        w(rf"\text{{{f.objective.sense}}} \quad & {_tex_expr(f.objective.expression)} \\")
    else:
        w(r"\text{find} \quad & \text{a feasible point} \\")
    first = True
    for c in f.constraints:
        if c.expression is None:
            continue
        if c.description:
            w(_tex_comment(f"{c.name}: {c.description}"))
        lead = r"\text{subject to} \quad " if first else ""
        first = False
        body = _tex_expr(c.expression)
        if c.forall:
            bindings, cond = ex.parse_bindings(c.forall)
            body += rf" \qquad \forall {_tex_bindings(bindings, cond)}"
        w(rf"{lead}& {body} \tag*{{\text{{{_tex_text(c.name)}}}}} \\")
    for v in f.variables:
        idx = [s.lower() if s.lower() != s else s + "'" for s in v.index]
        sym = _ident(v.name) + (f"_{{{', '.join(_ident(i) for i in idx)}}}" if idx else "")
        dom = {
            VarType.continuous: r"\mathbb{R}",
            VarType.integer: r"\mathbb{Z}",
            VarType.binary: r"\{0, 1\}",
        }[v.type]
        parts = [rf"{sym} \in {dom}"]
        if v.type != VarType.binary:
            lo = "" if v.lb is None else f"{_tex_num(v.lb)} \\le "
            hi = "" if v.ub is None else f" \\le {_tex_num(v.ub)}"
            if lo or hi:
                parts.append(f"{lo}{sym}{hi}")
        quant = ""
        if idx:
            quant = r" \qquad \forall " + ",\\, ".join(
                rf"{_ident(i)} \in {_ident(s)}" for i, s in zip(idx, v.index)
            )
        sep = r", \quad "
        w(rf"& {sep.join(parts)}{quant} \\")
    if out[-1].endswith(r" \\"):
        out[-1] = out[-1][:-3]
    w(r"\end{align*}")
    return "\n".join(out) + "\n"
