"""Logic → mixed-integer rows with big-M, for MILP backends.

Each logic constraint (an NNF tree from :mod:`optform.lower`) is encoded with indicator
binaries: ``t → node`` (one direction) where that suffices, full reification ``t ↔ node``
inside ``atmost``/``exactly``. M is derived from variable bounds; a missing bound raises
an error naming the variable. Strict comparisons use +1 on all-integer rows and
``STRICT_EPS`` otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from ..errors import CapabilityError, Finding
from ..lower import Atom, LAnd, LCard, LConst, LinearModel, Lit, LNode, LOr, RowBlock, _negate

__all__ = ["STRICT_EPS", "linearize_logic"]

# Margin for a strict comparison on continuous quantities. It must clear the solvers' MIP
# feasibility tolerance (1e-6 in HiGHS and CBC) with room to spare: at 1e-6, "not (-3*x <= 0)"
# with 0 <= x <= 3 was accepted at x = 0 (found comparing with exact Z3).
STRICT_EPS = 1e-5
_TRUE = Lit(-1, True)


@dataclass
class _Builder:
    lm: LinearModel
    n_vars: int
    label: str = ""
    new_lb: list[float] = field(default_factory=list)
    new_ub: list[float] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    rows: list[tuple[dict[int, float], float, float]] = field(default_factory=list)
    row_labels: list[str] = field(default_factory=list)

    def new_bin(self, tag: str) -> Lit:
        idx = self.n_vars + len(self.new_lb)
        self.new_lb.append(0.0)
        self.new_ub.append(1.0)
        self.names.append(f"_{tag}{len(self.new_lb)}[{self.label}]")
        return Lit(idx, True)

    def bounds(self, col: int) -> tuple[float, float]:
        if col < self.lm.n_vars:
            return float(self.lm.lb[col]), float(self.lm.ub[col])
        return 0.0, 1.0

    def is_int(self, col: int) -> bool:
        return col >= self.lm.n_vars or int(self.lm.vtype[col]) > 0

    def add_row(self, terms: dict[int, float], lo: float, hi: float) -> None:
        self.rows.append(({k: v for k, v in terms.items() if v != 0.0}, lo, hi))
        self.row_labels.append(self.label)

    @staticmethod
    def lit_terms(lit: Lit, coef: float, terms: dict[int, float]) -> float:
        """Add coef * value(lit) to terms; return the constant part."""
        if lit.var < 0:
            return coef if lit.positive else 0.0
        if lit.positive:
            terms[lit.var] = terms.get(lit.var, 0.0) + coef
            return 0.0
        terms[lit.var] = terms.get(lit.var, 0.0) - coef
        return coef

    # -- encoders
    def encode(self, node: LNode) -> Lit:
        """A literal t with t → node."""
        if isinstance(node, Lit):
            return node
        if isinstance(node, LConst):
            return _TRUE if node.value else Lit(-1, False)
        t = self.new_bin("t")
        self.imply(t, node)
        return t

    def reify(self, node: LNode) -> Lit:
        """A literal t with t ↔ node."""
        if isinstance(node, (Lit, LConst)):
            return self.encode(node)
        t = self.new_bin("r")
        self.imply(t, node)
        self.imply(Lit(t.var, False), _negate(node))
        return t

    def imply(self, lit: Lit, node: LNode) -> None:
        if lit.var < 0 and not lit.positive:
            return  # false implies anything
        if isinstance(node, LConst):
            if not node.value:
                terms: dict[int, float] = {}
                c = self.lit_terms(lit, 1.0, terms)
                self.add_row(terms, -math.inf, -c)  # lit <= 0
            return
        if isinstance(node, Lit):
            # lit <= node
            terms = {}
            c = self.lit_terms(lit, 1.0, terms) + self.lit_terms(node, -1.0, terms)
            self.add_row(terms, -math.inf, -c)
            return
        if isinstance(node, LAnd):
            for item in node.items:
                self.imply(lit, item)
            return
        if isinstance(node, LOr):
            lits = [self.encode(i) for i in node.items]
            terms = {}
            c = self.lit_terms(lit, 1.0, terms)
            for li in lits:
                c += self.lit_terms(li, -1.0, terms)
            self.add_row(terms, -math.inf, -c)  # lit - sum(lits) <= 0
            return
        if isinstance(node, LCard):
            n = len(node.items)
            if node.kind == "atleast":
                lits = [self.encode(i) for i in node.items]
                terms = {}
                c = 0.0
                for li in lits:
                    c += self.lit_terms(li, 1.0, terms)
                c += self.lit_terms(lit, -float(node.k), terms)
                self.add_row(terms, -c, math.inf)  # sum - k*lit >= 0
                return
            lits = [self.reify(i) for i in node.items]
            if node.kind in ("atmost", "exactly"):
                terms = {}
                c = 0.0
                for li in lits:
                    c += self.lit_terms(li, 1.0, terms)
                slack = float(max(n - node.k, 0))
                c += self.lit_terms(lit, slack, terms)
                self.add_row(terms, -math.inf, node.k + slack - c)  # sum + (n-k) lit <= n
            if node.kind == "exactly":
                terms = {}
                c = 0.0
                for li in lits:
                    c += self.lit_terms(li, 1.0, terms)
                c += self.lit_terms(lit, -float(node.k), terms)
                self.add_row(terms, -c, math.inf)
            return
        assert isinstance(node, Atom)
        self.imply_atom(lit, node)

    def imply_atom(self, lit: Lit, a: Atom) -> None:
        integral = (
            all(self.is_int(c) for c in a.cols)
            and all(float(x).is_integer() for x in a.coefs)
            and float(a.const).is_integer()
        )
        shift = 1.0 if integral else STRICT_EPS
        const = a.const
        op = a.op
        if op == "<":
            const, op = const + shift, "<="
        elif op == ">":
            const, op = const - shift, ">="
        lo_sum, hi_sum = 0.0, 0.0
        for col, coef in zip(a.cols, a.coefs):
            lb, ub = self.bounds(col)
            lo_sum += coef * (lb if coef > 0 else ub)
            hi_sum += coef * (ub if coef > 0 else lb)
        base = dict(zip(a.cols, a.coefs))
        always = lit.var < 0 and lit.positive
        if op in ("<=", "=="):
            # a.x + const <= M (1 - lit)
            if always:
                self.add_row(dict(base), -math.inf, -const)
            else:
                big_m = hi_sum + const
                if math.isinf(big_m):
                    self._missing_bound(a, upper=True)
                if big_m > 0:
                    terms = dict(base)
                    c = const + self.lit_terms(lit, big_m, terms)
                    self.add_row(terms, -math.inf, big_m - c + 0.0)
        if op in (">=", "=="):
            # a.x + const >= m (1 - lit)
            if always:
                self.add_row(dict(base), -const, math.inf)
            else:
                small_m = lo_sum + const
                if math.isinf(small_m):
                    self._missing_bound(a, upper=False)
                if small_m < 0:
                    terms = dict(base)
                    c = const + self.lit_terms(lit, small_m, terms)
                    self.add_row(terms, small_m - c, math.inf)

    def _missing_bound(self, a: Atom, upper: bool) -> None:
        bad = []
        for col, coef in zip(a.cols, a.coefs):
            lb, ub = self.bounds(col)
            need_ub = (coef > 0) == upper
            if (need_ub and math.isinf(ub)) or (not need_ub and math.isinf(lb)):
                bad.append((self.lm.var_name(col), "upper" if need_ub else "lower"))
        names = ", ".join(f"'{n}' ({w} bound)" for n, w in bad)
        raise CapabilityError(
            f"logic constraint '{self.label}' needs a big-M on a MILP backend, but {names} is missing",
            code="bigm-needs-bound",
            findings=[
                Finding(
                    code="bigm-needs-bound",
                    message=f"logic constraint '{self.label}' needs bounds to build big-M; missing: {names}",
                    loc=["constraints", self.label.split("[")[0]],
                    hint="give those variables a finite bound (ub/lb), or solve with --backend cpsat or z3",
                    data={"variables": [n for n, _ in bad]},
                )
            ],
        )


def linearize_logic(lm: LinearModel) -> LinearModel:
    """Return a model whose logic constraints are replaced by rows and binary columns."""
    if not lm.logic:
        return lm
    b = _Builder(lm, lm.n_vars)
    blocks: list[RowBlock] = []
    for lc in lm.logic:
        start = len(b.rows)
        b.label = lc.label
        b.imply(_TRUE, lc.tree)
        blocks.append(
            RowBlock(
                lc.name, lm.n_rows + start, len(b.rows) - start, [lc.point] * (len(b.rows) - start)
            )
        )
    n_new = len(b.new_lb)
    rr: list[int] = []
    cc: list[int] = []
    vv: list[float] = []
    lo: list[float] = []
    hi: list[float] = []
    for k, (terms, l_, h_) in enumerate(b.rows):
        for col, coef in terms.items():
            rr.append(lm.n_rows + k)
            cc.append(col)
            vv.append(coef)
        lo.append(l_)
        hi.append(h_)
    # merge blocks of one constraint family
    merged: list[RowBlock] = []
    for blk in blocks:
        if (
            merged
            and merged[-1].name == blk.name
            and merged[-1].offset + merged[-1].count == blk.offset
        ):
            merged[-1] = replace(
                merged[-1],
                count=merged[-1].count + blk.count,
                points=merged[-1].points + blk.points,
            )
        elif blk.count:
            merged.append(blk)
    return replace(
        lm,
        aux_names=lm.aux_names + b.names,
        lb=np.concatenate([lm.lb, np.array(b.new_lb)]),
        ub=np.concatenate([lm.ub, np.array(b.new_ub)]),
        vtype=np.concatenate([lm.vtype, np.full(n_new, 2, dtype=np.int8)]),
        rows=np.concatenate([lm.rows, np.array(rr, dtype=np.int64)]),
        cols=np.concatenate([lm.cols, np.array(cc, dtype=np.int64)]),
        vals=np.concatenate([lm.vals, np.array(vv, dtype=np.float64)]),
        row_lo=np.concatenate([lm.row_lo, np.array(lo)]),
        row_hi=np.concatenate([lm.row_hi, np.array(hi)]),
        row_names=lm.row_names + list(b.row_labels),
        row_blocks=lm.row_blocks + merged,
        c=np.concatenate([lm.c, np.zeros(n_new)]),
        logic=[],
    )
