"""Phrase families → constraints.

Each family reads one clause and yields a :class:`Candidate`: a linear row over the decision
variables with its class in the taxonomy and the template that generates it.

==============  ===============================================  =================================
family          examples                                         class / template
==============  ===============================================  =================================
comparison      "the number of X must not exceed the number      xy / xby (``x op k*y``), or linear
                of Y", "at least twice as many X as Y",          when sides carry several terms
                "X must exceed Y by 5", "3 times X minus Y
                should not exceed 100"
share           "at least 30% of the items must be X",           ratio (``x op share * sum(all)``)
                "no more than a fifth of the budget on X"
bound           "at most 40 X", "a minimum of 10 X",             upper_bound / lower_bound
                "X cannot exceed 25"
total           "at least 1000 X or Y in any combination",       total (``sum(all) op n``)
                "the total number of items is limited to 200"
resource        "each X takes 3 hours … 100 hours available",    linear / resource
                "a budget of $500", "must contain at least 130
                units of spice", "must deliver 500 packages",
                "27 kg of fruit" against "150 g" (units converted),
                "600 nurse-hours", "the carpenter works 120 hours"
requirement     "a hotel shuttles 300 guests using minibuses     linear / resource (≥ when costs
                and coaches", "every one of the 900 calls       are minimized, ≤ when gains are
                must be handled"; supplies: "turns its 600 kg    maximized; amounts in units are
                of berries into jam and juice"                   supplies, ≤)
whole           "split 120 acres between X and Y", "blends A     total (== / ≤)
                and B into 10,000 barrels", "a greenhouse of 30
                hectares" (crops per hectare), "only 30 desks,
                one per agent", "all 60 hours must be used"
ratio/per       "at least one chef for every three servers",     xby
                "the ratio of X to Y must be at most 4 to 1",
                "at least half the amount in bonds",
                "4 times the amount of X as Y"
composition     "the feed must be at least 20% protein",         linear (sum (c_i - s) x_i op 0)
                "the fuel may contain at most 1% sulphur"
each            "each machine can run at most 16 hours"          a bound on every decision
==============  ===============================================  =================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from ..model import ConstraintClass
from .analysis import (
    UNIT_SCALE,
    Cue,
    Quantity,
    SentenceInfo,
    land_wholes,
    match_coefficients,
    money_to_spend,
    names_other_thing,
    sibling_kinds,
)
from .lexicon import GENERIC_UNITS, STOP, Token, lemma, stem
from .sentences import Sentence
from .variables import Mention, VarDef

__all__ = ["Candidate", "build_constraints"]


@dataclass
class Candidate:
    lhs: dict[int, float]
    op: str
    rhs: float
    cls: ConstraintClass
    template: str
    args: dict[str, Any]
    info: SentenceInfo
    description: str
    quantities: list[Quantity] = field(default_factory=list)
    extra: list[Candidate] = field(
        default_factory=list
    )  # siblings made from the same words ('in both')


def _resource(
    lhs: dict[int, float],
    op: str,
    q: Quantity,
    info: SentenceInfo,
    vars_: list[VarDef],
    quantities: list[Quantity],
) -> Candidate:
    """A resource row, sum coef_v x_v (op) limit, said by the sentence of ``info``."""
    names = {vars_[v].name: c for v, c in lhs.items()}
    return Candidate(
        lhs,
        op,
        q.value,
        ConstraintClass.linear,
        "resource",
        {"coefs": names, "op": op, "limit": q.value},
        info,
        info.sent.original,
        quantities,
    )


_TOTAL_WORDS = frozenset(
    [
        "total",
        "combined",
        "combination",
        "altogether",
        "overall",
        "together",
        "all",
        "both",
        "sum",
        "either",
        "any",
    ]
)
_MINUS_WORDS = frozenset(["minus", "less", "subtract", "subtracting", "subtracted", "deducting"])


def _side_terms(
    info: SentenceInfo, lo: int, hi: int, left: bool = True, nvars: int = 0
) -> tuple[dict[int, float], float, list[Quantity], bool]:
    """Linear terms over variables in tokens [lo, hi): coefficient numbers before mentions,
    signs from 'minus' / 'difference between A and B', and free constants."""
    toks = info.toks
    ms = [m for m in info.mentions if lo <= m.tok0 < hi]
    qs = [q for q in info.quants if lo <= q.t0 < hi]
    terms: dict[int, float] = {}
    used: list[Quantity] = []
    explicit = False
    diff_at = None
    and_after_over = None
    for i in range(lo, hi):
        if toks[i].low == "difference":
            diff_at = i
    if diff_at is None:
        # 'the excess of A over B' is A - B
        ex = next((i for i in range(lo, hi) if toks[i].low in ("excess", "surplus")), None)
        over = (
            next((i for i in range(ex + 1, hi) if toks[i].low == "over"), None)
            if ex is not None and ex + 1 < hi and toks[ex + 1].low == "of"
            else None
        )
        if (
            ex is not None
            and over is not None
            and any(ex < m.tok0 < over for m in ms)
            and any(m.tok0 > over for m in ms)
        ):
            diff_at = ex
            and_after_over = over
    and_after_diff = None
    if diff_at is not None and toks[diff_at].low in ("excess", "surplus"):
        and_after_diff = and_after_over
    elif diff_at is not None:
        for i in range(diff_at, hi):
            if toks[i].low in ("and",) and any(m.tok0 > i for m in ms):
                and_after_diff = i
                break
    prev_end = lo
    for m in ms:
        coef = 1.0
        # coefficient: nearest quantity before the mention, after the previous mention
        cands = [
            q
            for q in qs
            if prev_end <= q.t0
            and q.t1 <= m.tok0
            and m.tok0 - q.t1 <= 7
            and q not in used
            and (q.role != "limit" or q.num.kind == "times")
            and q.role != "ignored"
        ]  # not 'all three
        mult_after = re.match(
            r"\s*\)?\s*\(?\s*(?:multiplied|times)\s+by\s+([\w.]+)",
            info.sent.text[m.end - info.sent.cstart : m.end - info.sent.cstart + 40],
            re.IGNORECASE,
        )
        if mult_after:
            # 'Corn (multiplied by 2)'
            mq = next(
                (x for x in qs if x.num.start + info.sent.cstart >= m.end and x.t0 - m.tok1 <= 5),
                None,
            )
            if mq is not None:
                cands = [mq]
        if cands:
            q = cands[-1]
            kinds = (
                ("times", "num", "fraction", "percent")
                if left
                else ("times", "fraction", "percent")
            )
            if q.num.kind in kinds:
                coef = q.value
                used.append(q)
                explicit = True
        sign = 1.0
        window = toks[max(prev_end, m.tok0 - 8) : m.tok0]
        if (
            any(t.low in _MINUS_WORDS or t.text in ("-", "\u2212") for t in window[-4:])
            or any(t.low in _MINUS_WORDS for t in window)
            or any(
                t.text in ("-", "\u2212") and u.text == "(" for t, u in pairwise(window)
            )  # '... - (5 times X3)'
        ):
            sign = -1.0
        if (
            and_after_diff is not None
            and m.tok0 > and_after_diff
            and diff_at is not None
            and diff_at >= lo
            and not any(t.low == "plus" for t in toks[and_after_diff : m.tok0])
        ):
            # 'the difference between A and B' (B and what is joined to it; '... plus C' adds C back)
            sign = -1.0
        if re.search(r"\bnegative\b", " ".join(t.low for t in window)):
            sign = -sign
        if sign < 0:
            explicit = True  # 'sales minus those allocated for promotion': an explicit difference
        # a generic mention ('the cakes', 'both') stands for every variable
        vs = [m.var] if m.var >= 0 else list(range(nvars))
        for v in vs:
            terms[v] = terms.get(v, 0.0) + sign * coef
        prev_end = m.tok1
    return terms, 0.0, used, explicit


@dataclass
class _Ctx:
    vars_: list[VarDef]
    infos: list[SentenceInfo]
    coefs: list[Quantity]
    out: list[Candidate] = field(default_factory=list)
    unresolved: list[tuple[SentenceInfo, str, str]] = field(
        default_factory=list
    )  # (info, text, reason)


def build_constraints(
    vars_: list[VarDef], infos: list[SentenceInfo]
) -> tuple[list[Candidate], list[tuple[SentenceInfo, Quantity | None, str]]]:
    """Constraints from every sentence; also the limits/quantities that could not be placed."""
    _requirement_list(infos)
    money_to_spend(infos)
    land_wholes(infos)
    _stocks_after_rates(infos)
    _with_capacity(infos)
    kinds = _kinds(infos)
    measure = _measure_units(infos)
    averages = any(re.search(r"\baverage\b", i.sent.text, re.IGNORECASE) for i in infos)
    coefs = [q for inf in infos for q in inf.quants if q.role == "coef" and not q.is_term]
    cands: list[Candidate] = []
    problems: list[tuple[SentenceInfo, Quantity | None, str]] = []
    _counts_of_kinds(infos)
    _requirements(vars_, infos, coefs, cands)
    _list_siblings(infos)
    _one_each(vars_, infos, cands)
    _defined_sums(vars_, infos, cands)
    for info in infos:
        _algebra(info, vars_, cands)
        _comparisons(info, vars_, cands, coefs)
    _bare_capacities(infos)
    _capacity_after_comma(infos)
    _amounts_to_carry(infos)
    for info in infos:
        for q in info.quants:
            if q.role != "limit" or q.used:
                continue
            c = _from_limit(info, q, vars_, coefs, kinds, measure, averages)
            if c is not None:
                _each_resource(info, q, c, vars_, coefs)
                cands.extend(c.extra)
            if c is None:
                problems.append(
                    (info, q, "a limit whose quantity could not be tied to the decisions")
                )
            else:
                cands.append(c)
    _counts_times_each(infos, cands)
    _each_of_a_counted_group(vars_, infos, cands)
    _either_type_each(vars_, cands)
    return cands, problems


_EITHER_TYPE = re.compile(r"(?:[a-z]+\s+)?of\s+either\s+(?:type|kind|sort|variety)\b")


def _either_type_each(vars_: list[VarDef], cands: list[Candidate]) -> None:
    """'You can throw at most 20 balls total. ... You can not throw more than 12 of either type.':
    'of either type' usually means the total, but a second, smaller cap on the same total would
    make the stated total say nothing, and a cap below a stated total requirement or the sum of the
    stated minimums could not be met: then it is a cap on each type."""
    nv = len(vars_)
    if nv < 2:
        return
    lows: dict[int, float] = {}
    for c in cands:
        if c.template == "lower_bound" and len(c.lhs) == 1:
            (v,) = c.lhs
            lows[v] = max(lows.get(v, 0.0), c.rhs)
    for c in list(cands):
        if (
            c.op != "<="
            or not c.quantities
            or not (
                (c.template == "total" and len(c.quantities) == 1)
                # '12 of either type' counts things (no unit): not the per-unit points of each
                or (c.template == "resource" and c.quantities[0].unit is None)
            )
            or len(c.lhs) < 2
        ):
            continue
        q = c.quantities[0]
        toks = c.info.toks
        after = " ".join(t.low for t in toks[q.t1 : q.t1 + 5])
        if q.num.is_share or not _EITHER_TYPE.match(after):
            continue
        vs = sorted(c.lhs)
        bigger_total = any(
            d is not c
            and d.template == "total"
            and sorted(d.lhs) == vs
            and d.rhs > q.value  # a larger cap says nothing, a larger requirement contradicts it
            for d in cands
        )
        if not bigger_total and sum(lows.get(v, 0.0) for v in vs) <= q.value:
            continue
        bounds = [_bound(c.info, q, v, "<=", vars_) for v in vs]
        cands[cands.index(c)] = bounds[0]
        cands.extend(bounds[1:])


_TIME_UNITS = frozenset(["hour", "minut", "day", "second", "week"])


def _counts_times_each(infos: list[SentenceInfo], cands: list[Candidate]) -> None:
    """'He has two ovens and one mixer. Each machine can be used for 10 hours a day.' with 'a cake
    needs 0.5 hours in the oven': the count of a resource limits nothing by itself; what every
    one of them gives (a time said of each) times the count is the limit."""
    lims = [
        c
        for c in cands
        if c.template == "resource"
        and c.op == "<="
        and len(c.quantities) >= 2
        and c.quantities[0].unit is None
        and not c.quantities[0].num.is_share
        and c.quantities[0].value >= 1
        and float(c.quantities[0].value).is_integer()
    ]
    if not lims:
        return
    each: list[Quantity] = []
    for info in infos:
        if any(m.var >= 0 for m in info.mentions):
            continue
        toks = info.toks
        for q in info.quants:
            if (
                (q.used and q.role != "limit")
                or q.role not in ("coef", "unused", "limit")
                or (q.role == "limit" and q.op != "<=")
                or (q.var is not None and q.var >= 0)
                or q.unit not in _TIME_UNITS
                or not any(t.low in ("each", "every") for t in toks[: q.t0])
            ):
                continue
            each.append(q)
    if len(each) != 1:
        return
    p = each[0]
    done = False
    for c in lims:
        n = c.quantities[0]
        per = c.quantities[1:]
        if n.info_sent is p.info_sent or not all(
            x.unit is not None and _same_measure(x.unit, p.unit) for x in per
        ):
            continue
        by_var = {x.var: x for x in per if x.var is not None and x.var in c.lhs}
        if len(by_var) != len(c.lhs):
            continue
        c.lhs = {v: c.lhs[v] * _unit_factor(p, x) for v, x in by_var.items()}
        c.rhs = n.value * p.value
        c.args = {**c.args, "limit": c.rhs, "each": p.value, "count": n.value}
        c.quantities.append(p)
        p.used = done = True
    if done and p.role == "limit":
        # 'each machine is available for 8 hours' read as one machine's limit: now said of each
        cands[:] = [c for c in cands if not (c.quantities and c.quantities[0] is p)]


def _each_of_a_counted_group(
    vars_: list[VarDef], infos: list[SentenceInfo], cands: list[Candidate]
) -> None:
    """'A farmer has 30 cows ... Each cow requires a minimum of 1.5 kg of protein per day': the
    count is of something that is not a decision, and a limit said of each one of them (in a
    sentence naming no decision) holds 30 times over for the whole group; the count alone
    limits nothing. Not a count of the decisions' kind ('has two channels, X and Y')."""
    named = {  # the words of the decisions' names ('two crushers, Crusher 1 and Crusher 2')
        lemma(w)
        for i in infos
        for m in i.mentions
        for t in i.toks[m.tok0 : m.tok1]
        for w in [t.low, *t.low.split("_")]
    }
    for info in infos:
        toks = info.toks
        for n in info.quants:
            if (
                n.unit is not None
                or n.num.is_share
                or n.value < 2
                or n.value == len(vars_)
                or not float(n.value).is_integer()
                or n.t1 >= len(toks)
                or not toks[n.t1].low.isalpha()
                or toks[n.t1].low in STOP
                or any(m.tok0 <= n.t1 < m.tok1 for m in info.mentions)
                or toks[n.t1].lem in named
            ):
                continue
            noun = toks[n.t1].lem
            scaled = []
            for c in cands:
                ci = c.info
                if (
                    ci is info
                    or c.template != "resource"
                    or not c.quantities
                    or c.quantities[0].info_sent is not ci.sent
                    or c.quantities[0].num.is_share
                    or any(m.var >= 0 for m in ci.mentions)
                    or not any(
                        t.low in ("each", "every")
                        and ci.toks[k + 1].lem == noun
                        and not any(m.tok0 <= k + 1 < m.tok1 for m in ci.mentions)
                        for k, t in enumerate(ci.toks[:-1])
                    )
                ):
                    continue
                scaled.append(c)
            if not scaled:
                continue
            for c in scaled:
                one = c.rhs
                c.rhs *= n.value
                c.args = {
                    **{
                        k: (v * n.value if k in ("limit", "rhs") and isinstance(v, float) else v)
                        for k, v in c.args.items()
                    },
                    "each": one,  # the derivation: the limit of one of them, times how many
                    "count": n.value,
                }
                c.quantities.append(n)
            n.used = True
            cands[:] = [c for c in cands if not (c.quantities and c.quantities[0] is n)]


def _list_siblings(infos: list[SentenceInfo]) -> None:
    """'its stock of 30 lemons, 40 mangos, and 50 pears': the last number of a list whose other
    numbers are limits is a limit too (same direction), though not every decision uses it."""
    for info in infos:
        toks = info.toks
        qs = sorted(info.quants, key=lambda x: x.t0)
        for a, b in pairwise(qs):
            if (
                a.role != "limit"
                or b.role != "unused"
                or b.used
                or b.num.kind != a.num.kind
                or b.unit != a.unit
                or a.num.is_share
            ):
                continue
            gap = toks[a.t1 : b.t0]
            words = [t for t in gap if t.low not in (",", "and", "or")]
            if (
                not 1 <= len(words) <= 2
                or not any(t.low in (",", "and") for t in gap)
                or any(not re.match(r"[a-z]+$", t.low) or t.low in STOP for t in words)
            ):
                continue
            b.role, b.op, b.cue = "limit", a.op, a.cue


def _requirement_list(infos: list[SentenceInfo]) -> None:
    """'Each cow requires a minimum of 1.5 kg of protein and 0.5 kg of minerals': in a sentence
    naming no decision, a number listed right after a strongly cued limit (same unit, joined by
    'and' or a comma, nothing else cued between) is a limit of the same direction, not a
    per-unit number of every decision."""
    for info in infos:
        if any(m.var >= 0 for m in info.mentions):
            continue
        toks = info.toks
        qs = sorted(info.quants, key=lambda x: x.t0)
        for a, b in pairwise(qs):
            if (
                a.role != "limit"
                or a.cue is None
                or not a.cue.strong
                or a.op is None
                or b.role != "coef"
                or (b.var is not None and b.var >= 0)
                or b.used
                or b.unit is None
                or b.unit != a.unit
                or b.num.kind != a.num.kind
                or a.num.is_share
            ):
                continue
            gap = range(a.t1, b.t0)
            if not any(toks[i].low in (",", "and") for i in gap) or any(
                c.t0 in gap for c in info.cues
            ):
                continue
            b.role, b.op, b.cue = "limit", a.op, a.cue


_DEFINED_AS = re.compile(
    r"\b(?:calculated|computed|defined|determined|measured|obtained|quantified|expressed|given)\s+"
    r"(?:as|by)\b",
    re.IGNORECASE,
)
_EXPR_STOP = frozenset(["must", "should", "shall", "has", "have", "needs", "cannot", "can", "will"])


def _defined_sums(vars_: list[VarDef], infos: list[SentenceInfo], out: list[Candidate]) -> None:
    """A quantity defined as a weighted sum of the decisions and limited in the same sentence or
    the next: 'at least 1500 units (calculated as twice X plus thrice Y) must be moved', 'a score
    which is calculated as 5 times X plus 3 times Y. This score should be at least 15'."""
    nv = len(vars_)
    for k, info in enumerate(infos):
        toks = info.toks
        for m in _DEFINED_AS.finditer(info.sent.text):
            lo = next(
                (i for i, t in enumerate(toks) if t.start - info.sent.cstart >= m.end()), None
            )
            if lo is None:
                continue
            hi = len(toks)
            depth = 0
            for i in range(lo, len(toks)):
                t = toks[i]
                if t.text == "(":
                    depth += 1
                    continue
                if t.text == ")" and depth > 0:
                    depth -= 1
                    continue
                if (
                    t.text in (")", ";", ".")
                    or t.low in _EXPR_STOP
                    or (t.text == "," and i + 1 < len(toks) and toks[i + 1].low in ("and", "which"))
                    or any(c.t0 == i for c in info.cues)
                    or any(q.t0 == i and q.role == "limit" for q in info.quants)
                ):
                    hi = i
                    break
            ms = [x for x in info.mentions if lo <= x.tok0 < hi]
            if not ms or any(x.var < 0 for x in ms):
                continue
            terms, _, used, explicit = _side_terms(info, lo, hi, True, nv)
            if not terms or (len(terms) < 2 and not explicit):
                continue
            target: tuple[SentenceInfo, Quantity] | None = None
            here = [
                q
                for q in info.quants
                if q.role == "limit"
                and not q.used
                and not q.num.is_share
                and not lo <= q.t0 < hi
                and q.op is not None
                and (
                    info.clause_of[q.t0] == info.clause_of[lo]
                    or (
                        q.t0 >= hi  # ', and it must be at least 12': a clause naming no decision
                        and not any(
                            x.var >= 0 and info.clause_of[x.tok0] == info.clause_of[q.t0]
                            for x in info.mentions
                        )
                    )
                )
            ]
            same = [q for q in here if info.clause_of[q.t0] == info.clause_of[lo]]
            here = same or here[:1]
            if len(here) == 1:
                target = (info, here[0])
            elif not any(
                q.role == "limit" and not q.used and not lo <= q.t0 < hi for q in info.quants
            ) and k + 1 < len(infos):
                nxt = infos[k + 1]
                name = {t.lem for t in toks[max(0, lo - 8) : lo] if t.low not in STOP}
                lim = [q for q in nxt.quants if q.role == "limit" and not q.used and q.op]
                if (
                    len(lim) == 1
                    and not lim[0].num.is_share
                    and not any(x.var >= 0 for x in nxt.mentions)
                    and (
                        name & {t.lem for t in nxt.toks}
                        or {"this", "that", "it", "these"} & {t.low for t in nxt.toks[:3]}
                    )
                ):
                    target = (nxt, lim[0])
            if target is None:
                continue
            linfo, q = target
            assert q.op is not None
            q.used = True
            for x in used:
                x.used = True
            info.used = True
            _emit_linear(linfo, terms, q.op, q.value, vars_, out, [q, *used])


_EACH_OF_THEM = frozenset(["each", "both", "every", "either"])
_PERIODS = frozenset(
    ["day", "week", "month", "year", "shift", "season", "quarter", "hour", "night"]
)


def _each_resource(
    info: SentenceInfo, q: Quantity, c: Candidate, vars_: list[VarDef], coefs: list[Quantity]
) -> None:
    """'Each machine is available for at most 1200 minutes' (or 'both the cutting and the blending
    machine') with 'a package needs 3 minutes on the weighing machine and 15 minutes on the sealing
    machine': the same limit holds for every resource the per-unit sentences name side by side."""
    if c.template != "resource" or c.op != "<=" or len(c.quantities) < 2:
        return
    cl = info.clause_of[q.t0]
    toks = info.toks
    if not any(
        t.low in _EACH_OF_THEM
        and info.clause_of[i] == cl
        and i < q.t0
        and not (i + 1 < len(toks) and toks[i + 1].lem in _PERIODS)  # 'each week there are ...'
        for i, t in enumerate(toks)
    ):
        return
    if any(x is not q and x.role == "limit" and x.unit == q.unit for x in info.quants):
        return  # '40 hours of cutting, 66 hours of welding and 50 hours of painting': one each
    first = c.quantities[1:]
    sents = {id(x.info_sent) for x in first}
    for _ in range(4):
        rest = [
            x
            for x in coefs
            if not x.used
            and x.var is not None
            and x.var >= 0
            and id(x.info_sent) in sents
            and (x.unit == q.unit or (q.unit is not None and _same_measure(q.unit, x.unit)))
        ]
        if not rest:
            return
        # the next resource named per unit: the content words of the first number left
        target = {w: 2.0 for w, a in rest[0].attr.items() if a >= 2.0 and w != q.unit}
        if not target:
            return
        found = match_coefficients(rest, target, len(vars_), False)
        if set(found) != set(c.lhs):
            return
        for x in found.values():
            x.used = True
        lhs = {v: x.value * _unit_factor(q, x) for v, x in found.items()}
        c.extra.append(_resource(lhs, c.op, q, info, vars_, [q, *found.values()]))


_KIND_WORDS = frozenset(
    [
        "type",
        "types",
        "kind",
        "kinds",
        "sort",
        "sorts",
        "variety",
        "varieties",
        "category",
        "categories",
        "class",
        "classes",
        "different",
        "distinct",
        "separate",
        "main",
        "major",
        "forms",
    ]
)
_ORDINAL_BEFORE = frozenset(["first", "last", "other", "remaining", "following", "these", "those"])


def _counts_of_kinds(infos: list[SentenceInfo]) -> None:
    """How many kinds of things there are is no limit on the decisions: 'a bakery produces 4 types
    of cakes', 'three different routes', 'the first two projects', 'these three options'. Said with
    a strong limit word ('at least 3 different suppliers') the number stays a limit."""
    for info in infos:
        toks = info.toks
        for q in info.quants:
            if (
                q.used
                or q.num.kind != "num"
                or not float(q.value).is_integer()
                or q.value > 12
                or q.t1 >= len(toks)
            ):
                continue
            if q.cue is not None and q.cue.strong and 0 <= q.t0 - q.cue.t1 <= 2:
                continue
            after = toks[q.t1].low
            before = toks[q.t0 - 1].low if q.t0 > 0 else ""
            if after in _KIND_WORDS or (
                before in _ORDINAL_BEFORE and re.match(r"[a-z]", after) is not None
            ):
                q.role, q.op, q.var, q.used = "ignored", None, None, True


_CAN_HOLD = re.compile(
    r"\b(?:can|could|is able to|are able to|has room for|have room for|takes?|handles?|"
    r"process(?:es)?|in total|in all|altogether)\b",
    re.IGNORECASE,
)
_MUST_REACH = re.compile(
    r"\b(?:must|has to|have to|needs? to|should)\s+(?:reach|total|come to|amount to|be)\b",
    re.IGNORECASE,
)


def _bare_capacities(infos: list[SentenceInfo]) -> None:
    """A capacity said with no limit word, in a sentence that names no decision: 'the mill can grind
    5 tonnes a day', 'the shops take 300 kg in all' (at most); 'its output must reach 300 kg' (at least).
    Only amounts in a unit of measure; the quantity then goes through the ordinary limit matching."""
    for info in infos:
        generic = bool(info.mentions) and all(m.var < 0 for m in info.mentions)
        if info.mentions and not generic:
            continue
        text = info.sent.text
        qs = [
            q
            for q in info.quants
            if q.role in ("unused", "coef")
            and (not generic or q.var == -1)
            and not q.used
            and q.unit is not None
            and q.num.kind == "num"
            and not q.num.is_share
            and not q.is_term
        ]
        if len(qs) != 1 or any(x.role == "limit" for x in info.quants):
            continue
        q = qs[0]
        before = text[: info.toks[q.t0].start - info.sent.cstart]
        after = " ".join(t.low for t in info.toks[q.t1 : q.t1 + 4])
        if (
            re.search(r"\b(?:each|every|per|one)\b", before, re.IGNORECASE)
            or re.search(r"\b(?:each|every|per)\b", after)
            or q.value == 1
            or (generic and re.search(r"\bboth\b", before, re.IGNORECASE))
        ):
            continue  # a per-unit fact ('each bag can cover one acre', '3 hours for each'), not a capacity
            # ('both vehicles require 30 kg of steel': said of each of the decisions)
        if _MUST_REACH.search(before):
            op = ">="
        elif _CAN_HOLD.search(text) or generic:
            # 'Old Mill Farm harvested 12 tonnes of apples' (apples being what every decision uses)
            op = "<="
        else:
            continue
        q.role, q.op, q.var = "limit", op, None


_STOCK_NEEDED = re.compile(
    r"\b(?:needs?|needed|must|has to|have to|required|requires?|demands?|to (?:ship|deliver|cover|"
    r"carry|move|transport|serve|feed))\b",
    re.IGNORECASE,
)


_HAS_WORDS = frozenset(["has", "have", "had", "owns", "own", "keeps", "holds", "there"])


def _stocks_after_rates(infos: list[SentenceInfo]) -> None:
    """An amount said after the per-unit amounts of the same measure, with no limit word and no
    thing of its own: 'a ring needs 3 grams of gold and a necklace 8 grams, and 200 grams of gold
    are in the safe'; '... a litre of S2 takes 3 minutes; the reactor runs 16 hours a day'. It is
    the stock the per-unit amounts draw on (at most), or what they must make up when its own words
    say so ('... and 2,700 kg must be shipped': at least). It needs a per-unit amount of that
    measure for two decisions or more, and to be larger than the one just before it."""
    for info in infos:
        toks = info.toks
        for q in info.quants:
            if (
                q.role != "coef"
                or q.var is None
                or q.var < 0
                or q.unit is None
                or q.num.kind != "num"
                or q.num.is_share
                or q.is_term
                or q.resp_group is not None
                or q.used
            ):
                continue
            unit = q.unit
            same = [
                p
                for p in info.quants
                if p is not q
                and p.role == "coef"
                and p.var is not None
                and p.var >= 0
                and _same_measure(unit, p.unit)
            ]
            before = [p for p in same if p.t1 <= q.t0 and p.var == q.var]
            if not before:
                continue
            if len({p.var for p in same}) < 2 and not (
                (mat := _material(q))
                and mat == _material(before[-1])
                and {t.low for t in toks[before[-1].t1 : q.t0]} & _HAS_WORDS
            ):
                continue  # one decision: only 'X needs 0.5 kg of fruit, and she has 25 kg of fruit'
            if any(
                sum(x.var == v for x in same) > len(before) for v in {x.var for x in same} - {q.var}
            ):
                continue  # 'X uses 100 g of A and 50 g of B, Y 40 g of A and 120 g of B': two per thing
            p = before[-1]
            of_p = _of_what(info, p)
            if _of_what(info, q) not in (None, of_p) and of_p:
                continue  # '... 40 grams of green tea and 120 grams of black tea': another material
            if any(m.var >= 0 and p.t1 <= m.tok0 for m in info.mentions) or not any(
                m.var == q.var and m.tok1 <= p.t0 for m in info.mentions
            ):
                continue  # a thing of its own, or '6 minutes on the press to make a carrot juice'
            gap = [t.low for t in toks[p.t1 : q.t0]]
            if not set(gap) & {"and", ";", ","} or set(gap) & {"each", "per", "every"}:
                continue
            after = [t.low for t in toks[q.t1 : q.t1 + 3]]
            if (
                after[:1]
                and after[0] in ("each", "per", "every")
                and not (
                    len(after) > 1 and lemma(after[1]) in ("day", "week", "month", "year", "shift")
                )
            ):
                continue
            if toks[q.t0 - 1].low in ("a", "an", "each", "every", "per", "one"):
                continue
            if q.value * _unit_factor(p, q) <= p.value:
                continue  # '6 hours ... and 2 hours': not a stock
            tail = " ".join(t.low for t in toks[p.t1 :])
            op = ">=" if _STOCK_NEEDED.search(tail) else "<="
            q.role, q.var, q.op = "limit", None, op
            q.cue = Cue(q.t0, q.t0, op, False, "stock")


def _of_what(info: SentenceInfo, q: Quantity) -> str | None:
    """The words naming what an amount is of: '120 grams of black tea' -> 'black tea'."""
    words: list[str] = []
    for t in info.toks[q.t1 + 1 : q.t1 + 6]:
        if not words and t.low == "of":
            words.append("of")
            continue
        if not words or not t.low.isalpha() or t.low in STOP:
            break
        words.append(lemma(t.low))
    return " ".join(words[1:]) or None


_SUBJECT_TO_LIMIT = frozenset(
    ["can", "could", "may", "will", "must", "should", "only", "make", "run", "do", "host", "offer"]
)
_CAPACITY_VERB = frozenset(
    [
        "hold",
        "holds",
        "seat",
        "seats",
        "carry",
        "carries",
        "accommodate",
        "accommodates",
        "fit",
        "fits",
        "serve",
        "serves",
        "handle",
        "handles",
        "treat",
        "treats",
        "answer",
        "answers",
        "after",  # 'can look after 6 patients'
    ]
)


def _what_it_holds(info: SentenceInfo, q: Quantity) -> str | None:
    """The unit or thing an amount counts, as matching compares them ('18 kg' -> kg, '80 people' and
    '400 tourists' -> person)."""
    if q.unit is not None:
        return q.unit
    for t in info.toks[q.t1 : q.t1 + 2]:
        if t.low.isalpha() and t.low not in STOP:
            return stem(t.lem)
    return None


_MIN_SPEND = re.compile(r"\bminimum\s+(?:total\s+)?(?:cost|expense|price|spending)", re.IGNORECASE)


def _amounts_to_carry(infos: list[SentenceInfo]) -> None:
    """'Vans that seat 15 students and minibuses that seat 25 students ... a school is taking 250
    students' / 'a crate holds 18 kg ... the farm has 2,700 kg of apples to ship ... at the lowest
    cost': when every decision holds/seats/carries an amount of one thing, an amount of that thing
    said with no limit word (or only 'has') in a sentence naming no decision is what they must
    carry, when the goal is to spend least (at least)."""
    text = " ".join(i.sent.text for i in infos)
    text = re.sub(r"\bat\s+(?:most|least)\b", " ", text, flags=re.IGNORECASE)
    if not (_MIN_GOAL.search(text) or _MIN_SPEND.search(text)) or _MAX_GOAL.search(text):
        return  # ('at most 100 large jars' says nothing of the goal)
    held: dict[str, set[int]] = {}
    for info in infos:
        said: str | None = None  # 'a nurse can look after 6 patients and an assistant 4'
        for c in info.quants:
            if c.role != "coef" or c.var is None or c.var < 0 or c.num.kind != "num":
                continue
            w = _what_it_holds(info, c)
            if not {t.low for t in info.toks[max(0, c.t0 - 3) : c.t0]} & _CAPACITY_VERB:
                if w is not None or said is None:
                    continue
                w = said
            w = w or said
            if w is not None:
                held.setdefault(w, set()).add(c.var)
                said = w
    nv = len({m.var for i in infos for m in i.mentions if m.var >= 0})
    for info in infos:
        if any(m.var >= 0 for m in info.mentions):
            continue
        for q in info.quants:
            weak = q.role == "limit" and q.cue is not None and q.cue.text in ("has", "have")
            if not (q.role == "unused" or weak) or q.num.kind != "num" or q.num.is_share:
                continue
            w = _what_it_holds(info, q)
            vs = {v for k, ks in held.items() if w is not None and _same_measure(w, k) for v in ks}
            if len(vs) < max(2, nv):
                continue  # ('60 litres of honey to bottle' against 'a jar holds 500 ml')
            q.role, q.var, q.op = "limit", None, ">="
            q.cue = Cue(q.t0, q.t0, ">=", False, "to carry")


def _with_capacity(infos: list[SentenceInfo]) -> None:
    """'a concert hall with 800 seats sells floor and balcony tickets', 'a show with 250 seats': a
    count said with 'with' of a place that is not a decision, and not per unit, is its capacity (at
    most); the ordinary limit matching then decides what it bounds."""
    for info in infos:
        toks = info.toks
        for q in info.quants:
            if (
                q.role not in ("coef", "unused")
                or q.num.kind != "num"
                or q.num.is_share
                or q.is_term
                or q.t0 < 2
                or toks[q.t0 - 1].low != "with"
                or q.t1 >= len(toks)
            ):
                continue
            owner = info.mention_at(q.t0 - 2)
            w = toks[q.t0 - 2].low
            if (owner is not None and owner.var >= 0) or not w.isalpha() or q.unit is not None:
                continue  # '... to a job with 75 cubic metres of furniture': an amount, not a count
            head = [x.low for x in toks[max(0, q.t0 - 5) : q.t0 - 2]]
            det = [k for k, x in enumerate(head) if x in ("a", "an", "the", "its", "their", "our")]
            if w.endswith("ed") or w in ("along", "together") or not det:
                continue  # 'a bunch is made with 3 roses', 'along with 0.2 hours': no place
            if set(head[det[-1] :]) & {"is", "are", "was", "were", "be"}:
                continue
            nxt = info.mention_at(q.t1)
            after = [t.low for t in toks[q.t1 : q.t1 + 3]]
            if (
                nxt is not None
                or set(after) & {"each", "per", "every", "of"}
                or not after[0].isalpha()
            ):
                continue  # '... with 75 cubic metres of furniture': an amount of a thing
            q.role, q.var, q.op = "limit", None, "<="
            q.cue = Cue(q.t0 - 1, q.t0, "<=", False, "with")


_CAN_VERB = re.compile(
    r"\b(?:can|could|is able to|are able to|manages? to)\s+[a-z]+\b", re.IGNORECASE
)


def _capacity_after_comma(infos: list[SentenceInfo]) -> None:
    """A capacity said in a clause of its own after the per-unit facts, of a subject that is no
    decision: '..., and its packing staff can fill 80 boxes a day' (at most, of what is decided)."""
    for info in infos:
        toks = info.toks
        for q in info.quants:
            if (
                q.used
                or q.role not in ("coef", "unused")
                or _is_money(q)
                or q.num.kind != "num"
                or q.num.is_share
                or q.is_term
                or q.resp_group
                or q.t0 < 3
            ):
                continue
            b = max(
                (
                    i
                    for i in range(q.t0)
                    if toks[i].text in (",", ";")
                    and i + 1 < len(toks)
                    and toks[i + 1].low in ("and", "while", "but", "its", "their", "the")
                ),
                default=None,
            )
            if b is None or any(b < m.tok0 < q.t0 for m in info.mentions):
                continue
            if toks[q.t0 - 1].low in ("each", "every", "per", "a", "an", "one"):
                continue
            if any(m.var >= 0 and m.tok1 <= b for m in info.mentions) and any(
                re.fullmatch(r"(?:day|hour|week|month|shift|trip|run)'s", t.low)
                or (
                    t.low in ("each", "every", "per", "one", "a", "an")
                    and k + 1 < b
                    and toks[k + 1].lem in ("day", "hour", "week", "month", "shift", "trip", "run")
                )
                for k, t in enumerate(toks[:b])
            ):
                continue  # 'In a day's operation in the Pacific, the company can catch 5 tons':
                # what one unit of that decision yields
            between = info.sent.text[
                toks[b].start - info.sent.cstart : toks[q.t0].start - info.sent.cstart
            ]
            can = _CAN_VERB.search(between)
            if can is None:
                continue
            subject = re.findall(r"[a-z]+", between[: can.start()].lower())
            if not [w for w in subject if w not in STOP and w != "and"]:
                continue  # '..., and can extract 0.5 au': the same subject's per-unit output
            after = [t.low for t in toks[q.t1 : q.t1 + 3]]
            if any(w in ("each", "per", "every") for w in after[:2]) and not any(
                w in ("day", "week", "month", "hour", "shift", "year") for w in after
            ):
                continue  # '3 hours for each chair' is a per-unit fact
            q.role, q.op, q.var, q.cue = "limit", "<=", None, None


_MIN_GOAL = re.compile(
    r"\b(?:minimi[sz]e|minimi[sz]ing|lowest|cheapest|as (?:low|little|few|cheaply) as possible|fewest|"
    r"least (?:cost|expensive|amount|money|number)|min\b)",
    re.IGNORECASE,
)
_MAX_GOAL = re.compile(
    r"\b(?:maximi[sz]e|maximi[sz]ing|largest|highest|greatest|most\b|as (?:much|many|high) as "
    r"possible)",
    re.IGNORECASE,
)


def _goal_sense(infos: list[SentenceInfo]) -> str | None:
    text = " ".join(i.sent.text for i in infos)
    lo, hi = bool(_MIN_GOAL.search(text)), bool(_MAX_GOAL.search(text))
    return None if lo == hi else ("minimize" if lo else "maximize")


_EVERY_MUST = re.compile(
    r"\b(?:every|each|all)\b[^.;]*?\b(?:must|should|has to|have to|need to|needs to)\s+be\s+[a-z]+",
    re.IGNORECASE,
)


def _requirements(
    vars_: list[VarDef], infos: list[SentenceInfo], coefs: list[Quantity], out: list[Candidate]
) -> None:
    """A whole the decisions serve together, said with no limit word: 'a hotel shuttles 300 guests using minibuses
    and coaches' with 'a minibus seats 15 guests', 'every one of the 900 calls must be handled' with 'an agent
    handles 40 calls'. Served at least (when costs are minimized) or at most (when gains are maximized)."""
    nv = len(vars_)
    sense = _goal_sense(infos)
    if nv < 2:
        return
    for info in infos:
        for q in info.quants:
            if (
                q.used
                or q.role not in ("coef", "unused")
                or q.is_term
                or q.resp_group
                or q.num.kind != "num"
            ):
                continue
            toks = info.toks
            if any(
                t.low in ("per", "each", "every", "a", "an") for t in toks[max(0, q.t0 - 1) : q.t0]
            ):
                continue
            cl = info.clause_of[q.t0]
            said_of = {m.var for m in info.mentions if m.var >= 0 and info.clause_of[m.tok0] == cl}
            if len(said_of) == 1:
                continue
            target = {
                w: x
                for w, x in q.attr.items()
                if x >= 2.0 and w not in ("PROFIT", "COST", "$", "%")
            }
            if not target:
                continue
            others = [
                c for c in coefs if c is not q and c.info_sent is not info.sent and not c.used
            ]
            found = match_coefficients(others, target, nv, False)
            if (
                not found
                and q.unit is None
                and sense is not None
                and _EVERY_MUST.search(info.sent.text)
                and not any(c.attr.get(w, 0) > 0 for c in coefs for w in target)
            ):
                # 'of the 500 orders due this week, every order must be shipped': all of them, one by one
                q.used = True
                q.role, q.op = "limit", (">=" if sense == "minimize" else "<=")
                info.used = True
                out.append(_total(info, q, list(range(nv)), q.op, vars_))
                continue
            if len(found) != nv or any(
                c.value * _unit_factor(q, c) >= q.value for c in found.values()
            ):
                continue
            if q.unit is None and sense is None:
                continue
            # a count of things served ('300 guests') follows the goal; an amount in units ('turns its 600 kg of
            # berries into jam and juice', 'acquires 700 units of tea leaves') is a supply
            op = "<=" if q.unit is not None else (">=" if sense == "minimize" else "<=")
            lhs = {v: c.value * _unit_factor(q, c) for v, c in found.items()}
            for c in found.values():
                c.used = True
            q.used = True
            info.used = True
            q.role, q.op = "limit", op
            out.append(_resource(lhs, op, q, info, vars_, [q, *found.values()]))


_ONE_EACH = re.compile(
    r"\s*[a-z-]+(?:\s+[a-z-]+)?\s*,?\s*(?:one|1|each)\s+(?:per|for\s+each|for\s+every|for\s+one)\s",
    re.IGNORECASE,
)


_EVERY_GETS_ONE = re.compile(
    r"\b(?:every|each)\s+([a-z]+)\s+(?:gets|receives|needs|has|is given|will get|must get|"
    r"should get)\s+(?:exactly\s+)?one\s+([a-z]+)",
    re.IGNORECASE,
)


def _one_each(vars_: list[VarDef], infos: list[SentenceInfo], out: list[Candidate]) -> None:
    """'There are only 30 desks, one per agent': at most 30 of the decisions together; 'a wedding of 180 guests;
    every guest gets one dish' (the dishes are decided): at least 180 of them together."""
    heads = {lemma(w) for v in vars_ for w in (v.head, *v.category, *v.label.lower().split()) if w}
    sense = _goal_sense(infos)
    for info in infos:
        for m in _EVERY_GETS_ONE.finditer(info.sent.text):
            who, what = lemma(m.group(1)), lemma(m.group(2))
            if what not in heads or sense is None:
                continue
            for inf2 in infos:
                for q in inf2.quants:
                    if (
                        q.used
                        or q.num.kind != "num"
                        or q.t1 >= len(inf2.toks)
                        or inf2.toks[q.t1].lem != who
                    ):
                        continue
                    op = ">=" if sense == "minimize" else "<="
                    q.role, q.op, q.used = "limit", op, True
                    out.append(_total(inf2, q, list(range(len(vars_))), op, vars_))
                    inf2.used = True
            for q in info.quants:  # the 'one' of 'gets one dish' is not a limit
                if (
                    q.num.start + info.sent.cstart >= m.start(2) + info.sent.cstart - 5
                    and q.num.text.lower() == "one"
                ):
                    q.role, q.used = "ignored", True
    for info in infos:
        for q in info.quants:
            if q.used or q.role not in ("coef", "unused") or q.num.kind != "num":
                continue
            rest = info.sent.text[q.num.end :]
            if not _ONE_EACH.match(rest):
                continue
            cue = next((c for c in reversed(info.cues) if c.t1 <= q.t0 and q.t0 - c.t1 <= 2), None)
            op = cue.op if cue is not None else "<="
            q.role, q.op, q.used = "limit", op, True
            out.append(_total(info, q, list(range(len(vars_))), op, vars_))
            info.used = True


_ALGEBRA_RE = re.compile(
    r"(?<![\w.])(?:-?\d[\d,]*(?:\.\d+)?\s*(?:<=|>=|<|>|=|\u2264|\u2265)\s*)?"
    r"[-+]?\s*(?:\d+(?:\.\d+)?\s*\*?\s*)?[A-Za-z]\w*(?:\s*[-+]\s*(?:\d+(?:\.\d+)?\s*\*?\s*)?[A-Za-z]\w*)*"
    r"\s*(?:<=|>=|<|>|==|=|\u2264|\u2265)\s*-?\d[\d,]*(?:\.\d+)?(?!\w)(?!\.\d)"
)


def _linear_of(e: object, names: dict[str, int]) -> tuple[dict[int, float], float] | None:
    """Coefficients and constant of a linear expression AST over the variables, or None."""
    from ..expression import BinOp, Name, Neg, Num

    if isinstance(e, Num):
        return {}, e.value
    if isinstance(e, Name):
        v = names.get(e.name.lower())
        return None if v is None else ({v: 1.0}, 0.0)
    if isinstance(e, Neg):
        r = _linear_of(e.operand, names)
        return None if r is None else ({k: -c for k, c in r[0].items()}, -r[1])
    if isinstance(e, BinOp):
        a, b = _linear_of(e.left, names), _linear_of(e.right, names)
        if a is None or b is None:
            return None
        if e.op in "+-":
            s = 1.0 if e.op == "+" else -1.0
            d = dict(a[0])
            for k, c in b[0].items():
                d[k] = d.get(k, 0.0) + s * c
            return d, a[1] + s * b[1]
        if e.op == "*" and (not a[0] or not b[0]):
            k0, c0 = (a[1], b) if not a[0] else (b[1], a)
            return {k: k0 * c for k, c in c0[0].items()}, k0 * c0[1]
    return None


def _algebra(info: SentenceInfo, vars_: list[VarDef], out: list[Candidate]) -> None:
    """Inequalities written as algebra: '$x + 3y \\geq 10$', '0 <= x <= 200', 'solar <= 3000 units'."""
    from ..errors import ParseError
    from ..expression import Compare, parse

    names: dict[str, int] = {}
    for k, v in enumerate(vars_):
        names[v.name.lower()] = k
        names[v.label.lower()] = k
        if v.symbol:
            names[v.label.lower()] = k
    for m in _ALGEBRA_RE.finditer(info.sent.text):
        src = re.sub(r"(\d)\s*([A-Za-z])", r"\1*\2", m.group(0).replace(",", ""))
        src = src.replace("\u2264", "<=").replace("\u2265", ">=")
        if not re.search(r"[A-Za-z]", src):
            continue
        try:
            tree = parse(src)
        except ParseError:
            continue
        if not isinstance(tree, Compare):
            continue
        sides = [_linear_of(x, names) for x in tree.operands]
        if any(s is None for s in sides) or not any(s[0] for s in sides if s is not None):
            continue
        for op, a, b in zip(tree.ops, sides, sides[1:]):
            assert a is not None and b is not None
            lhs = dict(a[0])
            for k, c in b[0].items():
                lhs[k] = lhs.get(k, 0.0) - c
            rhs = b[1] - a[1]
            o = {"<": "<=", ">": ">=", "==": "=="}.get(op, op)
            if not lhs:
                continue
            for q in info.quants:
                if (
                    m.start() + info.sent.cstart
                    <= q.num.start + info.sent.cstart
                    < m.end() + info.sent.cstart
                ):
                    q.used = True
            _emit_linear(info, lhs, o, rhs, vars_, out, [])


def _cmp_text(op: str) -> str:
    return {"<=": "at most", ">=": "at least", "==": "exactly"}[op]


_NEG_WORDS = frozenset({"no", "not", "never", "cannot", "nor"})
_NEG_STOPS = frozenset({"and", "but", "or", "than", "only", "just", "so", "because", "if", "that"})


def _negated_verb_before(text_low: list[str], i: int) -> bool:
    """A negation governs the comparison word at i through at most four plain words of its own
    clause: 'doesn't want more', 'does not want to plant more', 'would never buy fewer'."""
    for k in range(i - 1, max(-1, i - 6), -1):
        w = text_low[k]
        if w in _NEG_WORDS or w.endswith("n't"):
            return True
        if not re.fullmatch(r"[a-z]+", w) or w in _NEG_STOPS:
            return False
    return False


_PREFER = frozenset(
    ["prefer", "prefers", "choose", "chooses", "pick", "picks", "opt", "opts", "want"]
)


def _comparisons(
    info: SentenceInfo, vars_: list[VarDef], out: list[Candidate], coefs: list[Quantity]
) -> None:
    toks = info.toks
    ms = info.mentions
    if not ms:
        return
    text_low = [t.low for t in toks]
    if (
        _for_every(info, vars_, out)
        or _ratio_of(info, vars_, out)
        or _times_the_amount(info, vars_, out)
    ):
        return
    # 'as many X as Y' / 'more X than Y' / 'fewer X than Y'
    for i, t in enumerate(toks):
        if t.low in ("more", "fewer", "less") and any(
            c.t0 <= i < c.t1 and any(q.t0 == c.t1 for q in info.quants)
            for c in info.cues
            if c.strong
        ):
            continue  # 'not be more than 10 more X than Y': the limit's cue, the comparison comes next
        if t.low in ("more", "fewer", "less", "many", "much") and i + 1 < len(toks):
            pat_as = t.low in ("many", "much") and i > 0 and text_low[i - 1] == "as"
            pat_than = t.low in ("more", "fewer", "less")
            if not (pat_as or pat_than):
                continue
            joiner = "as" if pat_as else "than"
            if pat_as and "than" in text_low[i : i + 12] and "as" not in text_low[i + 1 : i + 12]:
                joiner = "than"  # 'twice as many X than Y'
            prefer = bool(_PREFER & set(text_low[i + 1 : i + 5]))
            # 'twice as many passengers prefer to save money and travel by regular class ...'
            x = next((m for m in ms if m.tok0 > i and m.tok0 - i <= (12 if prefer else 8)), None)
            if x is not None and x.var < 0:
                # 'five times as many tickets sold are regular tickets than ...': the kind named after
                # the generic subject and its verb
                x2 = next((m for m in ms if m.tok0 >= x.tok1 and m.tok0 - x.tok1 <= 3), None)
                if (
                    x2 is not None
                    and x2.var >= 0
                    and {"are", "is", "be"} & set(text_low[x.tok1 : x2.tok0])
                ):
                    x = x2
            if pat_as and i + 1 < len(toks) and text_low[i + 1] == "as":
                # 'the amount in X must be at least four times as much as the amount in Y': X is before
                yb = next(
                    (m for m in ms if m.tok0 > i + 1 and m.tok0 - i <= 9 and m.var >= 0), None
                )
                xb = [
                    m
                    for m in ms
                    if m.tok1 <= i and m.var >= 0 and yb is not None and m.var != yb.var
                ]
                if yb is not None and xb:
                    x = xb[-1]
            if x is None or x.var < 0:
                continue
            j: int | None
            if x.tok0 < i:
                j = i + 1
            else:
                j = next(
                    (
                        k
                        for k in range(x.tok1, min(len(toks), x.tok1 + 12))
                        if text_low[k] == joiner
                        and (k + 1 >= len(toks) or text_low[k + 1] not in ("many", "much"))
                        and info.clause_of[k] == info.clause_of[x.tok0]
                        and not {"more", "less", "fewer"} & set(text_low[x.tok1 : k])
                    ),
                    None,
                )
            if j is None:
                # 'twice as many Math classes compared to Science classes'
                j = next(
                    (
                        k + 1
                        for k in range(x.tok1, min(len(toks) - 1, x.tok1 + 4))
                        if text_low[k] in ("compared", "relative") and text_low[k + 1] == "to"
                    ),
                    None,
                )
            if j is None and "prefer" in text_low[i : x.tok0]:
                j = next(
                    (
                        k
                        for k in range(x.tok1, min(len(toks), x.tok1 + 4))
                        if text_low[k] in ("to", "over")
                    ),
                    None,
                )
            y: Mention | None = None
            if (
                j is None
                and prefer
                and pat_as
                and len(vars_) == 2
                and x.tok0 > i
                and not any(m.var >= 0 and m.var != x.var and m.tok0 >= x.tok1 for m in ms)
            ):
                # 'at least 3 times as many people prefer to sit in regular seats': than the other
                j, y = x.tok1, replace(x, var=1 - x.var)
            if j is None:
                continue
            if y is None:
                y = next(
                    (
                        m
                        for m in ms
                        if m.tok0 > j and m.tok0 - j <= 6 and m.var >= 0 and m.var != x.var
                    ),
                    None,
                )
            if y is None:
                continue
            # multiplier before: 'twice as many', 'three times more', 'at least 2 times as many'
            mult = 1.0
            mq = None
            for q in info.quants:
                if (
                    q.t1 <= i
                    and i - q.t1 <= 2
                    and (
                        q.num.kind in ("times", "num", "fraction", "percent")
                        or (pat_than and q.num.kind == "money")  # '$20,000 more in X than in Y'
                    )
                ):
                    mult, mq = q.value, q
            if (
                pat_as
                and i >= 2
                and mq is not None
                and mq.num.kind == "fraction"
                and text_low[mq.t1] == "as"
            ):
                mult = mq.value
            offset = 0.0
            if mq is not None and mq.num.kind in ("num", "money") and pat_than:
                offset, mult = mq.value, 1.0  # 'at least 200 more acres of X than Y': X - Y >= 200
            after_q = next(
                (
                    q
                    for q in info.quants
                    if j < q.t0 < y.tok0 and q.num.kind in ("times", "fraction")
                ),
                None,
            )
            if after_q is not None and mq is None:
                mult, mq = after_q.value, after_q  # 'as many X as twice the number of Y'
            op = ">="
            cue = next((c for c in info.cues if c.t1 <= i + 1 and i - c.t1 <= 4 and c.strong), None)
            if t.low in ("fewer", "less"):
                op = "<="
            if cue is not None:
                op = cue.op if cue.text not in ("more than", "less than", "fewer than") else op
            if pat_as and cue is None:
                # 'as many X as Y' alone: at least as many
                pre = " ".join(text_low[max(0, i - 6) : i])
                op = (
                    "<="
                    if re.search(r"\b(?:at most|no more|not more|up to|maximum)\b", pre)
                    else ">="
                )
            if t.low == "more" and re.search(
                r"\bno\s*$|\bnot\s*$|(?:\bnot|n't|\bcannot|\bnever)\s+be\s*$",
                " ".join(text_low[max(0, i - 2) : i]),
            ):  # 'there cannot be more trainees than experienced servers'
                op = "<="
            elif pat_than and cue is None and _negated_verb_before(text_low, i):
                # 'she doesn't want more X than twice Y', 'he won't plant fewer X than Y'
                op = "<=" if t.low == "more" else ">="
            if mq is not None:
                mq.used = True
            for q in info.quants:
                if q.role == "limit" and x.tok0 < q.t0 < y.tok1:
                    q.used = True
            if offset:
                if (
                    t.low in ("fewer", "less")
                    and cue is not None
                    and cue.text not in ("less than", "fewer than")
                ):
                    op = "<=" if op == ">=" else ">="  # 'at least 10 fewer X than Y': X - Y <= -10
                _emit_linear(
                    info,
                    {x.var: 1.0, y.var: -1.0},
                    op,
                    offset if t.low == "more" else -offset,
                    vars_,
                    out,
                    [mq] if mq else [],
                    offset=True,
                )
                return
            _emit_xy(info, x.var, y.var, mult, 0.0, op, vars_, out, mq)
            return
    # generic: a cue with variables on both sides, or an explicit weighted sum and a constant
    clauses = sorted(set(info.clause_of))
    for cl in clauses:
        idx = [i for i, c in enumerate(info.clause_of) if c == cl]
        lo, hi = idx[0], idx[-1] + 1
        cues = [
            c
            for c in info.cues
            if lo <= c.t0 < hi
            and (
                c.strong
                or (
                    c.text in ("must be", "should")
                    and any(q.role == "mult" and 0 <= q.t0 - c.t1 <= 2 for q in info.quants)
                )
            )
        ]
        cms = [m for m in ms if lo <= m.tok0 < hi]
        if not cues or len(cms) < 1:
            continue
        if any(q.num.is_share and q.role == "limit" and lo <= q.t0 < hi for q in info.quants):
            continue  # the share family reads this clause
        done = False
        for cue in reversed(cues):
            if cue.t0 > 0 and toks[cue.t0 - 1].low == "by" and any(c.t0 < cue.t0 for c in cues):
                continue  # 'cannot exceed Y by more than 50': the offset, not the comparison
            if any(q.num.is_share and 0 <= q.t0 - cue.t1 <= 3 for q in info.quants):
                continue  # 'at least 30% of ...': the share family
            left = [m for m in cms if m.tok1 <= cue.t0]
            right = [
                m
                for m in cms
                if m.tok0 >= cue.t1
                and not any(
                    toks[k].low in ("favor", "favour", "favoring", "favouring")
                    for k in range(max(cue.t1, m.tok0 - 4), m.tok0)
                )  # '... should not exceed 50 in favor of X': X is no right-hand side
            ]
            hi_r = hi
            if right:
                # the right side ends at 'by', a comma or a reason ('... Y by at least $1000, possibly due to X')
                for k in range(right[0].tok1, hi):
                    if toks[k].low in (
                        ",",
                        ";",
                        "by",
                        "due",
                        "because",
                        "since",
                        "which",
                        "reflecting",
                        "possibly",
                        "as",
                        "while",
                        "whereas",
                        "so",
                    ):
                        hi_r = k
                        break
                right = [m for m in right if m.tok0 < hi_r]
            if not left:
                continue
            llo = lo
            # the left side starts after the last clause-like boundary that has a mention after it
            seen = False
            for k in range(cue.t0 - 1, lo - 1, -1):
                if any(m.tok0 == k for m in left):
                    seen = True
                w = toks[k].low
                nxt_w = toks[k + 1].low if k + 1 < len(toks) else ""
                prv_w = toks[k - 1].low if k > 0 else ""
                if (
                    w in ("and", ",")
                    and {t.low for t in toks[lo:k]}
                    & {
                        "between",
                        "difference",
                        "sum",
                        "total",
                        "combined",
                        "plus",
                        "both",
                        "twice",
                        "times",
                    }
                    and (w == "and" or any(m.tok0 == k + 1 or m.tok0 == k + 2 for m in left))
                ):
                    continue  # 'the difference between A and B'
                if w == "that" and (
                    nxt_w
                    in (
                        "of",
                        "for",
                        "in",
                        "on",
                        "to",
                        "allocated",
                        "assigned",
                        "given",
                        "spent",
                        "invested",
                        "from",
                        "produced",
                        "used",
                    )
                    or prv_w in ("minus", "plus", "than", "and", "exceed", "exceeds", "twice")
                ):
                    continue  # 'minus that of Y': a pronoun, not a boundary
                if seen and (
                    w
                    in (
                        ",",
                        "that",
                        "so",
                        "thus",
                        "therefore",
                        "because",
                        "since",
                        "if",
                        "when",
                        "which",
                        ":",
                    )
                    or (
                        w == "and"
                        and k + 1 < len(toks)
                        and toks[k + 1].low
                        in ("the", "a", "an", "there", "at", "no", "team", "group")
                    )
                ):
                    llo = k + 1
                    break
            left = [m for m in left if m.tok0 >= llo]
            if not left:
                continue
            lterms, _, lused, lexp = _side_terms(info, llo, cue.t0, nvars=len(vars_))
            # right side ends at 'by N' / the constant
            rterms, _, rused, _rexp = _side_terms(info, cue.t1, hi_r, left=False, nvars=len(vars_))
            # constants on the right: quantities after the cue, not used as coefficients
            rconst = 0.0
            rq: list[Quantity] = []
            for q in info.quants:
                if (
                    q.t0 >= cue.t1
                    and q.t0 < hi
                    and q not in rused
                    and q.num.kind not in ("times",)
                    and not q.used
                ):
                    if q.role == "coef" and right:
                        continue
                    if q.num.is_share and not right:
                        continue
                    pre = " ".join(text_low[max(0, q.t0 - 3) : q.t0])
                    if q.t0 > cue.t1 + 8 and not re.search(
                        r"\b(?:by|of|plus|additional|than|to)\b", pre
                    ):
                        continue
                    rconst += (
                        q.value
                        if not re.search(r"\bminus\b|\bless\b(?!\s+than)", pre)
                        else -q.value
                    )
                    rq.append(q)
                    if not right:
                        break
            # 'X must be at least 10 more than Y': the number before 'more than' is the offset
            if right and cue.text in (
                "more than",
                "less than",
                "fewer than",
                "greater than",
                "higher than",
                "larger than",
                "lower than",
            ):
                pre_q = [
                    q
                    for q in info.quants
                    if q.t1 <= cue.t0
                    and cue.t0 - q.t1 <= 2
                    and q.role == "limit"
                    and not q.num.is_share
                    and q not in rq
                ]
                if pre_q and lterms and rterms:
                    op0 = next(
                        (
                            c.op
                            for c in info.cues
                            if c.strong and c.t1 <= pre_q[-1].t0 and pre_q[-1].t0 - c.t1 <= 2
                        ),
                        cue.op,
                    )
                    sign = -1.0 if cue.text in ("less than", "fewer than", "lower than") else 1.0
                    lhs = dict(lterms)
                    for v, c in rterms.items():
                        lhs[v] = lhs.get(v, 0.0) - c
                    pre_q[-1].used = True
                    for q in lused + rused:
                        q.used = True
                    _emit_linear(
                        info,
                        lhs,
                        op0 if sign > 0 else ("<=" if op0 == ">=" else ">="),
                        sign * pre_q[-1].value,
                        vars_,
                        out,
                        [pre_q[-1], *lused, *rused],
                        offset=True,
                    )
                    done = True
                    break
            # 'X exceeds Y by more than 5': offset on the left-minus-right
            if right and any(
                x.role == "limit"
                and x.num.kind != "times"
                and cue.t1 <= x.t0 < right[0].tok0
                and not {t.low for t in toks[x.t1 : right[0].tok0]}
                & {
                    "over",
                    "than",
                    "above",
                    "more",
                    "beyond",
                    "exceed",
                    "exceeds",
                    "greater",
                    "compared",
                    "relative",
                    "versus",
                }
                for x in info.quants
            ):
                continue  # 'at least 200 units of X': a bound, not a comparison
            if right:
                if (
                    not lterms
                    or not rterms
                    or (set(lterms) & set(rterms) and len(lterms) == 1 and len(rterms) == 1)
                ):
                    continue
                op = cue.op
                if re.search(r"\bby\b", " ".join(text_low[cue.t1 : hi])) and rq:
                    # 'A cannot exceed B by more than 50' -> A - B <= 50 ; 'A must exceed B by 5' -> A - B >= 5
                    by_cue = next(
                        (c for c in info.cues if c.t0 > cue.t1 and c.t0 < hi and c.strong), None
                    )
                    if by_cue is not None and by_cue.text in ("more than",):
                        op = cue.op
                    lhs = dict(lterms)
                    for v, c in rterms.items():
                        lhs[v] = lhs.get(v, 0.0) - c
                    for q in rq:
                        q.used = True
                    for q in lused + rused:
                        q.used = True
                    _emit_linear(info, lhs, op, rconst, vars_, out, rq + lused + rused, offset=True)
                    done = True
                    break
                lhs = dict(lterms)
                for v, c in rterms.items():
                    lhs[v] = lhs.get(v, 0.0) - c
                for q in rq + lused + rused:
                    q.used = True
                _emit_linear(info, lhs, cue.op, rconst, vars_, out, rq + lused + rused)
                done = True
                break
            left_words = {t.low for t in toks[llo : cue.t0]}
            totalish = bool(left_words & _TOTAL_WORDS)
            if "difference" in left_words and len(lterms) >= 2:
                lexp = True  # 'the difference between X and Y should not exceed 10'
            if (
                rq
                and (lexp or (len(lterms) >= 2 and totalish))
                and not any(q.num.is_share for q in rq)
            ):
                subset = len({v for v in lterms if v >= 0}) < len(vars_)
                if (
                    not lexp
                    and not subset
                    and (
                        any(_is_money(q) for q in rq)
                        or match_coefficients(coefs, rq[0].attr, len(vars_), None)
                    )
                ):
                    continue  # a resource or budget limit: the limits pass ties it to per-unit numbers
                # an explicit weighted sum of the decisions against a constant
                if any(
                    q.role == "coef" and q not in lused for q in info.quants if lo <= q.t0 < cue.t0
                ):
                    continue
                for q in rq + lused:
                    q.used = True
                _emit_linear(info, dict(lterms), cue.op, rconst, vars_, out, rq + lused)
                done = True
                break
        if done:
            continue


def _times_the_amount(info: SentenceInfo, vars_: list[VarDef], out: list[Candidate]) -> bool:
    """'can grow at most 2 times the amount of corn as wheat', 'at least four times the number of sandwiches
    are needed than burritos': x op k*y with x named right after the multiplier."""
    toks, ms = info.toks, info.mentions
    for q in info.quants:
        if q.num.kind != "times" or q.used:
            continue
        k = q.t1
        if k < len(toks) and toks[k].low == "the":
            k += 1
        if k >= len(toks) or toks[k].low not in ("amount", "number", "quantity", "count", "volume"):
            continue
        x = next((m for m in ms if m.tok0 > k and m.tok0 - k <= 5), None)
        if x is None or x.var < 0:
            continue
        j = next(
            (i for i in range(x.tok1, min(len(toks), x.tok1 + 8)) if toks[i].low in ("as", "than")),
            None,
        )
        if j is None:
            continue
        y = next(
            (m for m in ms if m.tok0 > j and m.tok0 - j <= 5 and m.var >= 0 and m.var != x.var),
            None,
        )
        if y is None:
            continue
        cue = next(
            (c for c in reversed(info.cues) if c.strong and c.t1 <= q.t0 and q.t0 - c.t1 <= 3), None
        )
        op = cue.op if cue is not None else ">="
        q.used = True
        _emit_xy(info, x.var, y.var, q.value, 0.0, op, vars_, out, q)
        return True
    return False


def _ratio_of(info: SentenceInfo, vars_: list[VarDef], out: list[Candidate]) -> bool:
    """'the ratio of nurses to doctors must be at most 4 to 1' / '... at least 3:2' / '... should not exceed 2'."""
    toks, ms = info.toks, info.mentions
    for i, t in enumerate(toks):
        if t.low != "ratio":
            continue
        x = next((m for m in ms if m.tok0 > i and m.tok0 - i <= 6), None)
        if x is None or x.var < 0:
            continue
        j = next(
            (
                k
                for k in range(x.tok1, min(len(toks), x.tok1 + 4))
                if toks[k].low in ("to", "versus", "vs")
            ),
            None,
        )
        if j is None:
            continue
        y = next((m for m in ms if m.tok0 > j and m.tok0 - j <= 5), None)
        if y is None or y.var < 0 or y.var == x.var:
            continue
        qs = [
            q
            for q in info.quants
            if q.t0 >= y.tok1 and info.clause_of[q.t0] == info.clause_of[y.tok0]
        ]
        if not qs:
            continue
        a = qs[0]
        k_val = a.value
        b = (
            qs[1]
            if len(qs) >= 2 and {tk.low for tk in toks[a.t1 : qs[1].t0]} <= {"to", ":", "-"}
            else None
        )
        if b is not None:
            if b.value == 0:
                continue
            k_val = a.value / b.value
        cue = next((c for c in reversed(info.cues) if c.strong and y.tok1 <= c.t1 <= a.t0), None)
        op = cue.op if cue is not None else "=="
        a.used = True
        if b is not None:
            b.used = True
        _emit_xy(info, x.var, y.var, k_val, 0.0, op, vars_, out, a)
        return True
    return False


def _for_every(info: SentenceInfo, vars_: list[VarDef], out: list[Candidate]) -> bool:
    """Ratios said per unit of another decision: 'at least one cook for every three waiters',
    'for every hedge plant, at least one rose bush must be stocked', 'no more than 2 vans per 5 lorries'."""
    toks, ms = info.toks, info.mentions
    for i, t in enumerate(toks):
        if t.low not in ("every", "each") or i == 0 or toks[i - 1].low != "for":
            continue
        y = next((m for m in ms if m.tok0 > i and m.tok0 - i <= 4), None)
        if y is None or y.var < 0:
            continue
        between = [q for q in info.quants if i < q.t0 and q.t1 <= y.tok0 and not q.num.is_share]
        m_val = between[-1].value if between else 1.0
        # X: the other decision in the same clause, with its count right before it
        cl_lo = min(k for k, c in enumerate(info.clause_of) if c == info.clause_of[i])
        others = [
            m for m in ms if m.var >= 0 and m.var != y.var and (m.tok1 <= i - 1 or m.tok0 >= y.tok1)
        ]
        others = [m for m in others if m.tok0 >= cl_lo or m.tok0 >= y.tok1]
        if not others or m_val <= 0:
            continue
        x = min(others, key=lambda m: abs(m.tok0 - i))
        nq = [
            q
            for q in info.quants
            if 0 <= x.tok0 - q.t1 <= 2 and q not in between and not q.num.is_share
        ]
        n_val = nq[-1].value if nq else 1.0
        anchor = nq[-1].t0 if nq else x.tok0
        cue = next(
            (c for c in reversed(info.cues) if c.strong and c.t1 <= anchor and anchor - c.t1 <= 3),
            None,
        )
        op = cue.op if cue is not None else None
        if op is None and re.search(
            r"\b(?:must|has to|have to|needs? to|is required to|are required to)(?:\s+\w+){0,2}$",
            " ".join(t.low for t in toks[cl_lo:anchor]),
        ):
            op = "=="  # 'you must make 4 chairs for every table': the ratio is fixed
        if op is None:
            continue
        for q in [*between[-1:], *nq[-1:]]:
            q.used = True
        _emit_xy(info, x.var, y.var, n_val / m_val, 0.0, op, vars_, out, nq[-1] if nq else None)
        return True
    return False


def _fmt(x: float) -> str:
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.12g}"


def _emit_xy(
    info: SentenceInfo,
    x: int,
    y: int,
    k: float,
    offset: float,
    op: str,
    vars_: list[VarDef],
    out: list[Candidate],
    q: Quantity | None,
) -> None:
    lhs = {x: 1.0, y: -k}
    args: dict[str, Any]
    if k == 1.0:
        cls, tpl, args = (
            ConstraintClass.xy,
            "xy",
            {"x": vars_[x].name, "y": vars_[y].name, "op": op},
        )
    else:
        cls, tpl, args = (
            ConstraintClass.xby,
            "xby",
            {"x": vars_[x].name, "y": vars_[y].name, "k": k, "op": op},
        )
    desc = (
        f"{vars_[x].label} {_cmp_text(op)} {'' if k == 1 else _fmt(k) + ' times '}{vars_[y].label}"
    )
    out.append(Candidate(lhs, op, offset, cls, tpl, args, info, desc, [q] if q else []))
    info.used = True


def _emit_linear(
    info: SentenceInfo,
    lhs: dict[int, float],
    op: str,
    rhs: float,
    vars_: list[VarDef],
    out: list[Candidate],
    qs: list[Quantity],
    offset: bool = False,
) -> None:
    lhs = {v: c for v, c in lhs.items() if c != 0}
    if not lhs:
        return
    names = {vars_[v].name: c for v, c in lhs.items()}
    if (
        len(lhs) == 2
        and sorted(lhs.values())[0] < 0 < sorted(lhs.values())[1]
        and (rhs == 0 or offset)
    ):
        (a, ca), (b, cb) = sorted(lhs.items(), key=lambda kv: -kv[1])
        if ca == 1.0 and rhs == 0:
            k = -cb
            cls = ConstraintClass.xy if k == 1 else ConstraintClass.xby
            tpl = "xy" if k == 1 else "xby"
            args: dict[str, Any] = {"x": vars_[a].name, "y": vars_[b].name, "op": op}
            if k != 1:
                args["k"] = k
        else:
            cls, tpl, args = (
                ConstraintClass.linear,
                "linear",
                {"coefs": names, "op": op, "rhs": rhs},
            )
    elif len(lhs) == 1 and next(iter(lhs.values())) == 1.0:
        v = next(iter(lhs))
        if op == "<=":
            cls, tpl = ConstraintClass.upper_bound, "upper_bound"
        elif op == ">=":
            cls, tpl = ConstraintClass.lower_bound, "lower_bound"
        else:
            cls, tpl = ConstraintClass.equality, "equality"
        args = {"x": vars_[v].name, "bound": rhs}
    elif all(c == 1.0 for c in lhs.values()) and len(lhs) >= 2:
        cls, tpl, args = ConstraintClass.total, "total", {"vars": list(names), "op": op, "rhs": rhs}
    else:
        cls, tpl, args = ConstraintClass.linear, "linear", {"coefs": names, "op": op, "rhs": rhs}
    out.append(Candidate(lhs, op, rhs, cls, tpl, args, info, info.sent.original, qs))
    info.used = True


_LIST_PREPS = frozenset(["by", "to", "into", "on", "in", "through", "via"])


# nouns that a decision's name can modify to name a measure of it ('container space', 'truck capacity')
_MEASURE_HEADS = frozenset(
    [
        "space",
        "capacity",
        "volume",
        "room",
        "storage",
        "power",
        "output",
        "load",
        "seating",
        "hour",
        "time",
        "minute",
    ]
)


def _not_a_siblings(info: SentenceInfo, q: Quantity, coefs: list[Quantity]) -> list[Quantity]:
    """'80 units of water, 65 units of crab meat, and 55 units of lobster meat available': limits
    listed together limit different things, so a per-unit number that names what only another
    of them names ('5 units of lobster meat') is not drawn on by this one ('crab meat')."""
    if q.unit is None or _is_money(q):
        return coefs
    own = {w for w, x in q.attr.items() if x >= 2.0 and w.isalpha()}
    other: set[str] = set()
    for x in info.quants:
        if x is not q and x.role == "limit" and x.var is None and x.unit == q.unit:
            other |= {w for w, y in x.attr.items() if y >= 2.0 and w.isalpha()}
    other -= own
    if not other or not own:
        return coefs

    def said(c: Quantity) -> set[str]:  # its own words ('1 kilogram of each' names nothing)
        sent = c.info_sent
        if not isinstance(sent, Sentence):
            return set()
        return {
            stem(lemma(w.lower())) for w in re.findall(r"[A-Za-z]+", sent.text[c.num.end :])[:5]
        }

    return [
        c
        for c in coefs
        if not (
            {w for w, y in c.attr.items() if y >= 2.0} & other & said(c)
            and not {w for w, y in c.attr.items() if y >= 2.0} & own
        )
    ]


def _near_mention_after(info: SentenceInfo, q: Quantity) -> list[Mention]:
    toks = info.toks
    num_toks = {i for x in info.quants if x is not q for i in range(x.t0, x.t1)}
    out: list[Mention] = []
    for m in info.mentions:
        if m.tok0 >= q.t1 and m.tok0 - q.t1 <= 4 and info.clause_of[m.tok0] == info.clause_of[q.t0]:
            gap = range(q.t1, m.tok0)
            if any(i in num_toks for i in gap) or any(toks[i].text in (",", ";", ".") for i in gap):
                continue
            if any(toks[i].low in ("and", "or", "while", "but", "whereas") for i in gap):
                continue
            if any(c.t0 in gap for c in info.cues if c.strong):
                continue
            if m.var < 0 and any(
                toks[i].lem in _MEASURE_HEADS for i in range(m.tok0 + 1, min(m.tok1 + 1, len(toks)))
            ):
                continue  # '5,000 cubic feet of container space': the space, not the containers
            if (
                m.var < 0
                and q.unit is not None
                and q.unit not in _NOT_MEASURES
                and any(
                    len(toks[i].low) > 5 and toks[i].low.isalpha() and toks[i].low.endswith("ing")
                    for i in gap
                )
            ):
                continue  # '4500 hours for polishing the tables': time for a task done on them
            out.append(m)
            # 'X or Y' / 'X and Y' lists right after; 'by X or by Y' repeats the preposition
            k = m.tok1
            glue = {"or", "and", ",", "the", "a"}
            if m.tok0 > 0 and toks[m.tok0 - 1].low in _LIST_PREPS:
                glue.add(toks[m.tok0 - 1].low)
            for m2 in info.mentions:
                if (
                    m2.tok0 > m.tok0
                    and m2.tok0 - k <= 3
                    and all(toks[i].low in glue for i in range(k, m2.tok0))
                ):
                    out.append(m2)
                    k = m2.tok1
            break
    return out


def _words(info: SentenceInfo, lo: int, hi: int) -> set[str]:
    return {t.low for t in info.toks[max(0, lo) : hi]}


def _kinds(infos: list[SentenceInfo]) -> frozenset[str]:
    """Words naming the kind of every decision: 'machine' in 'machine A ... machine B'."""
    seen: dict[str, set[int]] = {}
    for inf in infos:
        for m in inf.mentions:
            if m.var >= 0 and m.tok0 > 0 and re.match(r"[a-z]", inf.toks[m.tok0 - 1].lem):
                seen.setdefault(inf.toks[m.tok0 - 1].lem, set()).add(m.var)
    return frozenset(w for w, vs in seen.items() if len(vs) >= 2 and w not in STOP)


_MEASURE_RE = re.compile(r"\b(?:per|each|every|a|an|one|how\s+many)\s+([a-z]+)\b", re.IGNORECASE)
_TIME = frozenset(
    stem(w)
    for w in (
        "hour",
        "minute",
        "second",
        "day",
        "week",
        "month",
        "year",
        "unit",
        "time",
        "shift",
        "trip",
        "piece",
        "amount",
        "dollar",
        "cent",
    )
)


def _measure_units(infos: list[SentenceInfo]) -> frozenset[str]:
    """Units the decisions are measured in: 'costs $6 per kilogram', 'how many tonnes' (not time units)."""
    out = set()
    for inf in infos:
        for m in _MEASURE_RE.finditer(inf.sent.text):
            lem = lemma(m.group(1))
            if lem in GENERIC_UNITS and stem(lem) not in _TIME:
                out.add(stem(lem))
        for m in re.finditer(
            r"\$\s*[\d.,]+\s+(?:a|an|per|each)\s+([a-z]+)", inf.sent.text, re.IGNORECASE
        ):
            lem = lemma(
                m.group(1)
            )  # '$0.12 per kWh', '$2 per cubic meter': the unit the decisions are bought in
            if stem(lem) not in _TIME and lem not in STOP:
                out.add(stem(lem))
    return frozenset(out)


def _from_limit(
    info: SentenceInfo,
    q: Quantity,
    vars_: list[VarDef],
    coefs: list[Quantity],
    kinds: frozenset[str] = frozenset(),
    measure_units: frozenset[str] = frozenset(),
    averages: bool = False,
) -> Candidate | None:
    op = q.op or "<="
    toks = info.toks
    nv = len(vars_)
    cl = info.clause_of[q.t0]
    clause_ms = [m for m in info.mentions if info.clause_of[m.tok0] == cl]
    clause_words = {t.low for i, t in enumerate(toks) if info.clause_of[i] == cl}
    seg = _own_segment(info, q, clause_ms)
    if seg is not None:
        clause_ms, clause_words = seg
    # share: 'at least 30% of ... must be X'
    if q.num.is_share:
        comp = _composition(info, q, vars_, coefs)
        if comp is not None:
            return comp
        other = _share_of_other(info, q, clause_ms)
        if other is not None:
            x, y = other
            q.used = True
            ym = next(m for m in clause_ms if m.var == y and m.tok0 >= q.t1)
            extra = next(
                (
                    x2
                    for x2 in info.quants
                    if ym.tok1 <= x2.t0 <= ym.tok1 + 5
                    and not x2.num.is_share
                    and {t.low for t in toks[ym.tok1 : x2.t0]}
                    & {"plus", "additional", "extra", "more"}
                ),
                None,
            )
            if extra is not None:
                # 'at least half the number of Y plus an additional three units': x - k*y >= 3
                extra.used = True
                lhs2 = {x: 1.0, y: -q.value}
                made2: list[Candidate] = []
                _emit_linear(info, lhs2, op, extra.value, vars_, made2, [q, extra], offset=True)
                return made2[0]
            made: list[Candidate] = []
            _emit_xy(info, x, y, q.value, 0.0, op, vars_, made, q)
            return made[0]
        targets = [m for m in clause_ms if m.var >= 0]
        if not targets:
            bv = _but_neighbour(
                info, cl
            )  # 'at least a third of it must be peanuts but no more than half of it'
            if bv is None:
                return None
            targets = [next(m for m in info.mentions if m.var == bv)]
        nxt = min(
            (x.t0 for x in info.quants if x.t0 > q.t0 and x.role == "limit"), default=len(toks)
        )
        after = [m for m in targets if q.t1 <= m.tok0 < nxt]
        before = [m for m in targets if m.tok1 <= q.t0]
        t = after[-1] if after else (before[-1] if before else targets[0])
        # 'X ... at least 30% of the total': the thing named before the share
        if before and not [m for m in after if m.tok0 > q.t1 + 2]:
            t = before[-1]
        lhs = {v: -q.value for v in range(nv)}
        lhs[t.var] = lhs[t.var] + 1.0
        q.used = True
        info.used = True
        return Candidate(
            lhs,
            op,
            0.0,
            ConstraintClass.ratio,
            "ratio",
            {"x": vars_[t.var].name, "share": q.value, "of": [v.name for v in vars_], "op": op},
            info,
            f"{vars_[t.var].label} {_cmp_text(op)} {_fmt(q.value * 100)}% of the total",
            [q],
        )
    if q.cue is not None and q.cue.text in ("whole", "split"):
        q.used = True
        info.used = True
        return _total(info, q, list(range(nv)), op, vars_)
    if re.match(
        r"(?:[a-z-]+\s+){1,2},?\s*(?:of|among)\s+(?:whom|which)\b",
        " ".join(t.low for t in toks[q.t1 : q.t1 + 6]),
    ) and not _is_money(q):
        # 'a minimum of 50 workers of whom at least 15 must be managers': the whole group
        q.used = True
        info.used = True
        return _total(info, q, list(range(nv)), op, vars_)
    if not any(m.var >= 0 for m in clause_ms) and q.var is None:
        bv = _but_neighbour(info, cl)
        if bv is not None:
            q.used = True
            info.used = True
            return _bound(
                info, q, bv, op, vars_
            )  # 'at least 40 pizzas but can not sell more than 70'
    if (
        _is_money(q)
        and not any(m.tok1 <= q.t0 for m in clause_ms)
        and len({m.var for m in clause_ms if m.var >= 0 and m.tok0 >= q.t1}) == nv >= 2
        and op == "<="
        and not any(
            x.role == "limit" and x.t0 > q.t0 and info.clause_of[x.t0] == cl for x in info.quants
        )
    ):
        # 'can spend at most $20000 on sticks and pucks' when a stick costs $75: a budget on costs
        budget = None if vars_[0].money else _cost_budget(info, q, vars_, coefs)
        if budget is not None:
            return budget
        # 'invests up to $200,000 in a savings account ..., municipal bonds ... and an index fund ...'
        q.used = True
        info.used = True
        return _total(info, q, list(range(nv)), op, vars_)
    if q.var is not None and q.var >= 0:
        q.used = True
        info.used = True
        return _bound(info, q, q.var, op, vars_)
    av = _agent_subject(info, q, vars_) if not any(m.var >= 0 for m in clause_ms) else None
    if av is not None and not _is_money(q):
        # 'the dryer can take at most 4 tonnes' bounds the fruit that is dried
        q.used = True
        info.used = True
        return _bound(info, q, av, op, vars_)
    if (
        (
            re.search(
                r"\b(?:in|for|at|on)\s+(?:both|each)\b(?!\s+(?:shift|day|week|month|year|hour|morning|evening|night|"
                r"trip|run|visit|order|batch|time|period|season|occasion|round|route|journey)s?\b)"
                r"|\beach\s+of\s+the\b|\bof\s+(?:each|both)\s+(?:kind|type|sort|"
                r"variety|model|product|option|colou?r|flavou?r|size|style)s?\b",
                " ".join(
                    t.low
                    for i, t in enumerate(toks[q.t1 : q.t1 + 8], q.t1)
                    if info.clause_of[i] == cl  # not '..., how many of each type ...'
                ),
            )
            or _of_each_decision(toks[q.t1 : q.t1 + 5], vars_)
        )
        and not clause_words & {"combined", "total", "together", "altogether", "sum"}
        and not _is_money(q)
    ):
        # 'at least one property in both locations': a bound on each decision
        q.used = True
        info.used = True
        first_c = _bound(info, q, 0, op, vars_)
        first_c.extra = [_bound(info, q, v, op, vars_) for v in range(1, nv)]
        return first_c
    each = _each_subject(info, q, clause_words, vars_, kinds)
    if each:
        # 'each machine can run at most 16 hours': a bound on every decision
        q.used = True
        info.used = True
        first_c = _bound(info, q, 0, op, vars_)
        first_c.extra = [_bound(info, q, v, op, vars_) for v in range(1, nv)]
        return first_c
    near = _near_mention_after(info, q)
    if len(near) == 1 and near[0].var < 0 and near[0].tok0 == q.t1:
        # '10 hours on research' when the decisions are clinic hours and research hours: the one named
        spec = next(
            (
                m
                for m in info.mentions
                if m.var >= 0
                and 1 <= m.tok0 - near[0].tok1 <= 3
                and toks[near[0].tok1].low in ("on", "in", "for", "to", "at", "of", "as")
                and all(
                    toks[i].low
                    in (
                        *("on", "in", "for", "to", "at", "of", "the", "its", "her", "his", "their"),
                        *("be", "as"),  # 'reserves at least 50 seats to be heated seats'
                    )
                    for i in range(near[0].tok1, m.tok0)
                )
            ),
            None,
        )
        if spec is not None and not any(
            m2.var >= 0
            and m2.var != spec.var
            and 0 <= m2.tok0 - spec.tok1 <= 3
            and toks[spec.tok1].low in ("and", "or", ",")
            for m2 in info.mentions
        ):
            # (not 'at least 100 seats for premium and regular passengers': both of them)
            near = [spec]
    if (
        near
        and q.unit is not None
        and q.unit not in _NOT_MEASURES
        and not _is_money(q)
        and vars_
        and q.unit not in {stem(u) for u in vars_[0].units | vars_[0].per_units}
        and all(
            m.var >= 0
            and any(
                c.var == m.var
                and c.unit is not None
                and _same_measure(q.unit, c.unit)
                and c.value * _unit_factor(q, c) < q.value
                and (
                    (akin := _akin(_material(c), _material(q)))
                    # '1000 grams of gold for rings and necklaces' with 'a ring uses 2 grams'
                    or (len(near) >= 2 and akin is None)
                )
                for c in coefs
            )
            for m in near
        )
    ):
        # '12 kilograms of honey' when each jar of honey needs '0.4 kilograms of honey': a stock the
        # per-unit amounts draw on, not a bound on the jars
        near = []
    if near and all(m.var < 0 for m in near) and _stock_of_per_unit_material(q, coefs):
        # '400 units of tea leaves' when a low quality tea contains '6 units of tea leaves' (the
        # decisions' word 'tea' names the material): a stock, not a count of the teas
        near = []
    if near and all(m.var < 0 for m in near) and _is_money(q) and not vars_[0].money:
        # 'at most $50000 on chairs' when a leather chair costs $500: money pays for the chairs'
        # costs, it is no count of them
        budget = _cost_budget(info, q, vars_, coefs)
        if budget is not None:
            return budget
    if near:
        vs = sorted({m.var for m in near})
        q.used = True
        info.used = True
        if (
            len(vs) == 1
            and vs[0] >= 0
            and clause_words & {"combination", "total", "combined", "altogether", "overall", "all"}
            and _head_only(info, near[0], vars_)
        ):
            vs = [
                -1
            ]  # 'no fewer than 25 machines in any combination' (rowing machines and treadmills)
        subj = [m for m in clause_ms if m.var >= 0]
        if (
            vs == [-1]
            and len(subj) == 1
            and subj[0].tok1 <= q.t0
            and not clause_words & {"combination", "total", "combined", "altogether", "all"}
            and all(
                t.low in _SUBJECT_TO_LIMIT or (q.cue is not None and q.cue.t0 <= i < q.cue.t1)
                for i, t in enumerate(toks[subj[0].tok1 : q.t0], start=subj[0].tok1)
            )
        ):
            vs = [subj[0].var]  # 'the boat can make at most 6 tours a week': the boat tours
        if -1 in vs or len(vs) >= 2:
            allv = list(range(nv)) if -1 in vs else vs
            return _total(info, q, allv, op, vars_)
        return _bound(info, q, vs[0], op, vars_)
    # 'at least 100 transportation methods', '225 hectares of land' when hectares are decided: a total
    first = _first_noun_after(info, q)
    if (
        first is not None
        and vars_
        and first not in vars_[0].per_units
        and q.t1 + 1 < len(toks)
        and toks[q.t1].lem == first
        and toks[q.t1 + 1].lem in vars_[0].per_units
    ):
        first = toks[q.t1 + 1].lem  # '50 paper cups' when the decisions are counted in cups
    if vars_ and vars_[0].money and _is_money(q):
        # the decisions are amounts of money: a money limit bounds them, not their per-unit costs
        cv = sorted({m.var for m in clause_ms if m.var >= 0})
        if clause_words & (_TOTAL_WORDS | {"across", "overall", "available"}) and (len(cv) != 1):
            q.used = True
            info.used = True
            return _total(info, q, cv if len(cv) >= 2 else list(range(nv)), op, vars_)
        pv = cv[0] if len(cv) == 1 else _pair_var(info, q, clause_ms)
        if pv is not None:
            q.used = True
            info.used = True
            return _bound(info, q, pv, op, vars_)
        if len(cv) >= 2:
            q.used = True
            info.used = True
            # 'has $10,000 to invest in A and B'; '... while that of Y and W must be at least $70'
            return _total(
                info, q, list(range(nv)) if all(m.tok0 > q.t1 for m in clause_ms) else cv, op, vars_
            )
        if not cv and any(m.var < 0 and m.tok0 >= q.t1 for m in clause_ms):
            # 'You have $20000 to invest in four different companies': all of them, by their shared
            # word (not the returns they pay)
            q.used = True
            info.used = True
            return _total(info, q, list(range(nv)), op, vars_)
    if not any(m.var >= 0 for m in clause_ms) or {"combined", "both"} & clause_words:
        money_sum = (
            _is_money(q)
            and {"combined", "both"} & clause_words
            and (
                "invest" in " ".join(clause_words)
                or "budget" in clause_words
                or "allocat" in " ".join(clause_words)
                or "spend" in " ".join(clause_words)
                or "spending" in clause_words
            )
        )
        num_of = re.search(
            r"\b(?:total\s+)?number\s+of\s+(\w+)",
            " ".join(t.low for i, t in enumerate(toks[: q.t0]) if info.clause_of[i] == cl),
        )
        heads = (
            {v.head for v in vars_}
            | {w for v in vars_ for w in v.category}
            | set(_COUNT_NOUNS)
            | ({"unit"} if vars_ and vars_[0].symbol else set())
        )
        if money_sum or (num_of and lemma(num_of.group(1)) in heads and not _is_money(q)):
            q.used = True
            info.used = True
            return _total(info, q, list(range(nv)), op, vars_)
    if (
        first is not None
        and vars_
        and first in vars_[0].per_units
        and not _is_money(q)
        and any(m.var >= 0 for m in clause_ms)
    ):
        # 'workout X requires at least 15 hours' where X is counted in hours: a bound, not a resource
        cv = sorted({m.var for m in clause_ms if m.var >= 0})
        pv = cv[0] if len(cv) == 1 else _pair_var(info, q, clause_ms)
        if pv is not None:
            q.used = True
            info.used = True
            return _bound(info, q, pv, op, vars_)
    if (
        first is not None
        and vars_
        and first in vars_[0].per_units
        and not _is_money(q)
        and not any(m.var >= 0 for m in clause_ms)
        and first not in ("hour", "minute", "kg", "unit")
        and not _measured_per_unit(coefs, q, nv)
    ):
        q.used = True
        info.used = True
        return _total(
            info, q, list(range(nv)), op, vars_
        )  # 'needs to transport 20 trips' (costs are per trip)
    counted = (
        first is not None
        and not _is_money(q)
        and first not in ("dollar", "cent")
        and (first in _COUNT_NOUNS or first in GENERIC_UNITS)
        and not any(
            c.attr.get(stem(first), 0) >= (0.7 if first in GENERIC_UNITS else 2.0) for c in coefs
        )
        and not any(
            c.unit is not None and c.unit != stem(first) and _same_measure(c.unit, stem(first))
            for c in coefs
        )
        and not (
            first in GENERIC_UNITS
            and _content_words(q.attr)
            and len(match_coefficients(coefs, q.attr, nv, False, rank=q.rank)) == nv
        )
    )  # '27 kg of fruit' against '150 g of fruit'
    if (
        first is not None
        and (first in _decision_units(vars_, info) or counted)
        and not any(m.var >= 0 for m in clause_ms)
        and not _measured_per_unit(coefs, q, nv)
    ):
        q.used = True
        info.used = True
        return _total(info, q, list(range(nv)), op, vars_)
    # resource: match the limit's attribute with per-unit coefficients
    # words naming the decisions themselves ('600 nurse-hours') say nothing about the resource
    own = {stem(w) for v in vars_ for w in (v.head, *v.label.lower().split())}
    target = {w: x for w, x in q.attr.items() if w not in own}
    if q.unit is not None and not _is_money(q):
        # 'the intensity is 8 units per hour' says the decisions are hours, it uses no hours
        heads = {lemma(w) for v in vars_ for w in (v.head, *v.category) if w}
        coefs = [c for c in coefs if not _rate_per(c, q.unit, heads)]
    elif q.t1 < len(toks) and toks[q.t1].lem == first and not _is_money(q):
        # 'drivers for at most 15 loads' against '20 tonnes per load': a rate per what it counts
        coefs = [c for c in coefs if not _rate_per(c, stem(first), set())]
    coefs = [c for c in coefs if not sibling_kinds(c, q)]  # not '1 wireless earbud' for wired ones
    coefs = _not_a_siblings(info, q, coefs)
    found = match_coefficients(coefs, q.attr, nv, _is_money(q), rank=q.rank)
    if not found and target != q.attr:
        found = match_coefficients(coefs, target, nv, _is_money(q), rank=q.rank)
    found = {v: c for v, c in found.items() if not names_other_thing(c, q)}
    single = sorted({m.var for m in clause_ms if m.var >= 0})
    if (
        len(single) == 1
        and found
        and set(found) - set(single)
        and not (clause_words & _TOTAL_WORDS)
        and all(m.tok1 <= q.t0 for m in clause_ms)
    ):
        found = {}
    if (
        found
        and q.unit is not None
        and q.unit not in _NOT_MEASURES
        and not _is_money(q)
        and any(
            c.unit is not None and c.unit not in _NOT_MEASURES and not _same_measure(c.unit, q.unit)
            for c in found.values()
        )
    ):
        # '8000 minutes available for picking' is not matched by '60 lbs of strawberries' (hand-pick)
        fitting = [
            c
            for c in coefs
            if c.unit is None or c.unit in _NOT_MEASURES or _same_measure(c.unit, q.unit)
        ]
        found = match_coefficients(fitting, q.attr, nv, False, rank=q.rank)
    if not found and q.unit is not None and not _is_money(q):
        found = _match_by_unit(coefs, q, nv)
    mat = _material(q)
    if not found and mat and q.unit is not None and not _is_money(q):
        # '12 kilograms of honey' and 'each jar of honey needs 400 grams of honey': the one per-unit
        # amount of the same material in a convertible unit
        for v in range(nv):
            same_mat = [
                c
                for c in coefs
                if c.var == v
                and c.unit is not None
                and _same_measure(c.unit, q.unit)
                and _akin(_material(c), mat)
            ]
            if len(same_mat) == 1:
                found[v] = same_mat[0]
    if mat and q.unit is not None and not _is_money(q):
        # '25 kilograms of fruit' is not drawn on by '0.4 kilograms of comb' said in the same sentence
        # (only when another per-unit amount does name the limit's material)
        named = {v: _akin(_material(c), mat) for v, c in found.items()}
        if any(x is True for x in named.values()):
            found = {v: c for v, c in found.items() if named[v] is not False}
    lhs = {v: c.value * _unit_factor(q, c) for v, c in found.items()}
    used = list(found.values())
    avg = _average_of(info, q, lhs, nv, averages)
    if avg is not None:
        # 'the blend may average no more than 20 ppm' (10 ppm and 30 ppm): sum (c_i - 20) x_i <= 0
        for c in used:
            c.used = True
        q.used = True
        info.used = True
        return Candidate(
            avg,
            op,
            0.0,
            ConstraintClass.linear,
            "linear",
            {"coefs": {vars_[v].name: c for v, c in avg.items()}, "op": op, "rhs": 0.0},
            info,
            f"the mix averages {_cmp_text(op)} {_fmt(q.value)}: {info.sent.original}",
            [q, *used],
        )
    if lhs:
        for c in used:
            c.used = True
        q.used = True
        info.used = True
        return _resource(lhs, op, q, info, vars_, [q, *used])
    if not any(m.var >= 0 for m in clause_ms) and q.var is None and not clause_words & _TOTAL_WORDS:
        sv = _word_subject(info, q, vars_)
        if sv is not None:
            q.used = True
            info.used = True
            return _bound(info, q, sv, op, vars_)  # 'the pump can move at most 700' (pumped water)
    totalish = bool(clause_words & _TOTAL_WORDS) or any(m.var < 0 for m in clause_ms)
    cvars = sorted({m.var for m in clause_ms if m.var >= 0})
    if (
        "between" in {t.low for t in toks[q.t1 : q.t1 + 10]}
        and len({m.var for m in clause_ms if m.tok0 > q.t1}) >= 2
    ):
        totalish = True  # 'at least 2000 units must be devoted between X and Y'
    if first is not None and first in _COUNT_NOUNS and not cvars:
        totalish = True  # 'at least 100 transportation methods'
    if len(cvars) == 1 and not totalish:
        q.used = True
        info.used = True
        return _bound(info, q, cvars[0], op, vars_)
    if len(cvars) >= 2 and not totalish:
        pv = _pair_var(info, q, clause_ms)
        if pv is not None:
            q.used = True
            info.used = True
            return _bound(info, q, pv, op, vars_)
    if totalish or len(cvars) >= 2:
        q.used = True
        info.used = True
        return _total(info, q, cvars if len(cvars) >= 2 else list(range(nv)), op, vars_)
    if len(cvars) == 1:
        q.used = True
        info.used = True
        return _bound(info, q, cvars[0], op, vars_)
    nxt_tok = toks[q.t1].low if q.t1 < len(toks) else ""
    if (
        not _is_money(q)
        and not q.num.is_share
        and first is not None
        and first not in GENERIC_UNITS
        and re.match(r"[a-z]{3,}s$", nxt_tok)
        and not any(m.var >= 0 for m in clause_ms)
        and not any(c.attr.get(stem(first), 0) > 0 for c in coefs)
    ):
        # 'at most 1000 buildings can be built' (houses, flats and offices): a count of all the decisions
        q.used = True
        info.used = True
        return _total(info, q, list(range(nv)), op, vars_)
    if (
        _is_money(q)
        and op == "<="
        and re.search(
            r"\b(?:invest|allocat|spend|put|lend|deposit|split|divid)",
            " ".join(t.low for t in toks),
        )
    ):
        # 'he has $10,000 to invest' when nothing has a price: the money the decisions share
        q.used = True
        info.used = True
        return _total(info, q, list(range(nv)), op, vars_)
    unit_word = stem(toks[q.t1].lem) if q.t1 < len(toks) else None
    if (
        vars_
        and not _is_money(q)
        and (
            (
                q.unit is not None
                and q.unit
                in {stem(u) for u in vars_[0].per_units | vars_[0].units} | set(measure_units)
            )
            or (unit_word is not None and unit_word in measure_units)
        )
    ):
        # 'at least 800 kg of feed' when the decisions are kilograms of corn and soybean meal: the total
        q.used = True
        info.used = True
        return _total(info, q, list(range(nv)), op, vars_)
    return None


def _of_each_decision(toks: list[Token], vars_: list[VarDef]) -> bool:
    """'at least two units of each press', 'at least 40 of every dish': the thing every decision
    is (its head or category word) after 'of each/every/that'."""
    heads = {lemma(w) for v in vars_ for w in (v.head, *v.category) if w}
    heads |= {"type", "kind", "sort", "variety", "model", "product", "item"}
    for i in range(min(3, len(toks) - 1)):
        if toks[i].low == "of" and toks[i + 1].low in ("each", "every", "that"):
            if i + 2 < len(toks) and toks[i + 2].lem in heads:
                return True
            # 'at most 15 tons of each per week', 'at most 8 tons of each can be ground'
            return toks[i + 1].low != "that" and (
                i + 2 == len(toks) or toks[i + 2].low in _AFTER_BARE_EACH
            )
    return False


# what may follow a bare 'of each' ('at most 15 tons of each per week', 'at least 4 of each.')
_AFTER_BARE_EACH = frozenset(
    [
        ".",
        ",",
        ";",
        ":",
        "per",
        "a",
        "an",
        "every",
        "each",
        "in",
        "during",
        "on",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "annually",
        "and",
        "but",
        "while",
        "whereas",
        "if",
        "to",
        "for",
        "can",
        "could",
        "may",
        "must",
        "should",
        "will",
        "shall",
        "is",
        "are",
        "be",
    ]
)


def _own_segment(
    info: SentenceInfo, q: Quantity, clause_ms: list[Mention]
) -> tuple[list[Mention], set[str]] | None:
    """Several limits in one clause, each with its own subject: 'X1 and X2 combined cannot exceed
    200, and similarly X3 and X4 combined cannot exceed 150'; 'the number of laptops cannot be more
    than 30, it can sell no fewer than 10 tablets, and ...'. Each decision named goes with the limit
    it is said of: the one just before it when nothing breaks in between ('at least 40 employees
    must be assigned to X'), else the next one. A limit keeps only its own mentions, and the words
    from the previous limit to the next."""
    toks = info.toks
    cl = info.clause_of[q.t0]
    lims = sorted(
        (
            x
            for x in info.quants
            if x.role == "limit" and info.clause_of[x.t0] == cl and not x.num.is_share
        ),
        key=lambda x: x.t0,
    )
    if (
        len(lims) < 2
        or q.num.is_share
        or any(x.num.is_share or x.num.kind == "times" for x in info.quants)
    ):
        return None
    cue_at = {i for c in info.cues for i in range(c.t0, c.t1)}
    num_at = {i for x in info.quants for i in range(x.t0, x.t1)}

    def broken(lo: int, hi: int) -> bool:
        for i in range(lo, hi):
            t = toks[i]
            if t.text in (",", ";") or t.low in ("while", "whereas", "but"):
                return True
            if t.low == "and" and (i + 1 in cue_at or i + 1 in num_at):
                return True
        return False

    owner: dict[int, Quantity] = {}
    for k, m in enumerate(clause_ms):
        if m.var < 0:
            continue
        prev = [x for x in lims if x.t1 <= m.tok0]
        nxt = [x for x in lims if x.t0 >= m.tok1]
        if prev and not broken(prev[-1].t1, m.tok0):
            owner[k] = prev[-1]
        elif nxt:
            owner[k] = nxt[0]
        elif prev:
            owner[k] = prev[-1]
    own = [m for k, m in enumerate(clause_ms) if owner.get(k) is q]
    all_vars = {m.var for m in clause_ms if m.var >= 0}
    if not own or len({m.var for m in own}) == len(all_vars):
        return None
    i = lims.index(q)
    start = min(j for j in range(len(toks)) if info.clause_of[j] == cl)
    lo = lims[i - 1].t1 if i > 0 else start
    hi = lims[i + 1].t0 if i + 1 < len(lims) else len(toks)
    ms = own + [m for m in clause_ms if m.var < 0 and lo <= m.tok0 < hi]
    return ms, {toks[j].low for j in range(lo, hi)}


_AVERAGE_WORDS = frozenset(
    ["average", "averages", "averaged", "mix", "mixture", "blend", "blended", "blends", "weighted"]
)


def _average_of(
    info: SentenceInfo, q: Quantity, lhs: dict[int, float], nv: int, doc_average: bool = False
) -> dict[int, float] | None:
    """A property of a mix limited to a value between the per-unit values of what is mixed: 'the
    blend may average no more than 20 ppm' with 10 ppm and 30 ppm, 'a mix of paint with a quality of
    at least 80' with ratings 50 and 90. The row is sum (c_i - limit) x_i against 0."""
    if len(lhs) != nv or nv < 2 or _is_money(q) or q.num.is_share:
        return None
    if not _AVERAGE_WORDS & {t.low for t in info.toks} and not doc_average:
        return None
    lo, hi = min(lhs.values()), max(lhs.values())
    if not lo < q.value < hi:
        return None
    return {v: c - q.value for v, c in lhs.items() if c != q.value}


def _agent_root(w: str) -> str | None:
    """The activity a machine or worker is named after: dryer -> dry, packer -> pack, cutter -> cut."""
    if len(w) < 5 or not w.endswith(("er", "or")) or w in STOP or w in GENERIC_UNITS:
        return None
    root = w[:-2]
    if len(root) >= 3 and root[-1] == root[-2] and root[-1] in "bdgmnprt":
        root = root[:-1]  # cutter -> cut
    return _verb_key(root)


def _verb_key(w: str) -> str:
    """A crude common key for a verb and its participle: dry/dried/dries -> dry, pack/packed -> pack."""
    w = w.lower()
    for suf in ("ied", "ies"):
        if w.endswith(suf) and len(w) > 4:
            return w[: -len(suf)] + "y"
    for suf in ("ed", "ing", "es", "e", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] in "bdgmnprt":
        w = w[:-1]  # packed -> pack, canned -> can
    return w


def _agent_subject(info: SentenceInfo, q: Quantity, vars_: list[VarDef]) -> int | None:
    """The one decision a machine or worker named before the limit works on: 'the dryer can take at
    most 4 tonnes' when plums are sold fresh or dried, 'the packer handles 300 boxes' (packed)."""
    keys = [{_verb_key(w) for w in re.split(r"[\s_-]+", v.label.lower()) if w} for v in vars_]
    cl = info.clause_of[q.t0]
    hits: set[int] = set()
    for i in range(q.t0):
        if info.clause_of[i] != cl:
            continue
        root = _agent_root(info.toks[i].low)
        if root is None:
            continue
        hits |= {k for k, ws in enumerate(keys) if root in ws}
    return next(iter(hits)) if len(hits) == 1 else None


def _word_subject(info: SentenceInfo, q: Quantity, vars_: list[VarDef]) -> int | None:
    """The one decision a limit is said of by a word of its name alone: 'the pump can move at most 700 cubic
    meters' (pumped water), 'at most 6 large-truck trips' (large trucks)."""
    toks = info.toks
    own: list[set[str]] = [
        {stem(w) for w in re.split(r"[\s_-]+", v.label.lower()) if w} for v in vars_
    ]
    distinct = [
        o - set().union(*(x for k, x in enumerate(own) if k != i)) for i, o in enumerate(own)
    ]
    cl = info.clause_of[q.t0]
    words: list[str] = []
    for i, t in enumerate(toks):
        if info.clause_of[i] != cl or not re.match(r"[a-z]", t.low) or t.low in STOP:
            continue
        if i < q.t0 or (
            i < q.t1 + 2 and "-" in t.low
        ):  # the subject, or 'large-truck' right after the number
            words.extend(stem(p) for p in t.low.split("-") if p)
    hits = {k for k, d in enumerate(distinct) for w in words if w in d}
    return next(iter(hits)) if len(hits) == 1 else None


def _but_neighbour(info: SentenceInfo, cl: int) -> int | None:
    """The one decision of the clause joined to clause ``cl`` by 'but' ('at least 10 but at most 20 posts')."""
    toks = info.toks
    idx = [i for i, c in enumerate(info.clause_of) if c == cl]
    if not idx:
        return None
    nbrs = []
    if toks[idx[0]].low == "but":
        k = idx[0] - 1
        while k > 0 and not re.match(r"\w", toks[k].text):
            k -= 1  # ', but': the comma may stand alone
        if k >= 0:
            nbrs.append(info.clause_of[k])
    if idx[-1] + 1 < len(toks) and toks[idx[-1] + 1].low == "but":
        nbrs.append(cl + 1)
    for n in nbrs:
        vs = {m.var for m in info.mentions if info.clause_of[m.tok0] == n}
        if len(vs) == 1 and next(iter(vs)) >= 0:
            return next(iter(vs))
    return None


def _cost_budget(
    info: SentenceInfo, q: Quantity, vars_: list[VarDef], coefs: list[Quantity]
) -> Candidate | None:
    """Money to spend on all the decisions when each has a cost of its own ('a hockey stick costs
    the store $75'): the costs are what the money pays, sum cost_i x_i <= N."""
    # the cost itself is a sum of money ('$75'), not a number said per dollar ('every dollar spent
    # online reaches 3 people')
    costs = [c for c in coefs if c.var is not None and "COST" in c.attr and c.num.kind == "money"]
    found = match_coefficients(costs, q.attr, len(vars_), True, rank=q.rank)
    if len(found) != len(vars_):
        return None
    for c in found.values():
        c.used = True
    q.used = True
    info.used = True
    op = q.op or "<="
    lhs = {v: c.value for v, c in found.items()}
    return _resource(lhs, op, q, info, vars_, [q, *found.values()])


def _share_of_other(
    info: SentenceInfo, q: Quantity, clause_ms: list[Mention]
) -> tuple[int, int] | None:
    """'the amount in savings must be at least half the amount in bonds': x op share * y."""
    toks = info.toks
    y = next((m for m in clause_ms if m.tok0 >= q.t1), None)
    if y is None or y.var < 0 or y.tok0 - q.t1 > 5:
        return None
    gap = {t.low for t in toks[q.t1 : y.tok0]}
    if gap & {
        "total",
        "all",
        "combined",
        "overall",
        "sum",
        "both",
        ",",
        "and",
        "or",
        "should",
        "must",
        "be",
        "are",
        "will",
        "can",
        "may",
        "have",
        "has",
        "made",
        "sold",
        "produced",
    } or not gap & {"of", "the", "that", "amount", "number", "quantity", "in", "on", "to", "for"}:
        return None  # 'at least 15% of the ads should be magazine ads' is a share of the total
    xs = [m for m in clause_ms if m.tok1 <= q.t0 and m.var >= 0 and m.var != y.var]
    if not xs or len({m.var for m in xs}) != 1:
        return None
    return xs[-1].var, y.var


def _each_subject(
    info: SentenceInfo,
    q: Quantity,
    clause_words: set[str],
    vars_: list[VarDef],
    kinds_of: frozenset[str],
) -> bool:
    """'Each machine can run at most 16 hours': the subject is every decision, one at a time."""
    if clause_words & {"combined", "total", "together", "altogether", "sum", "all"}:
        return False
    cl = info.clause_of[q.t0]
    toks = info.toks
    kinds = set(kinds_of) | {
        toks[m.tok0 - 1].lem for m in info.mentions if m.tok0 > 0 and m.var >= 0
    }
    firsts = {lemma(v.label.split()[0]) for v in vars_ if len(v.label.split()) >= 2}
    if len(firsts) == 1 and len(vars_) >= 2 and all(len(v.label.split()) >= 2 for v in vars_):
        kinds |= firsts  # 'machine A', 'machine B': each machine
    numbered = {lemma(v.label.split("_")[0].lower()) for v in vars_}
    if len(vars_) >= 2 and len(numbered) == 1 and all("_" in v.label for v in vars_):
        kinds |= numbered  # 'Crusher 1', 'Crusher 2' (named with their numbers): each crusher
    lim_at = [x.t0 for x in info.quants if x is not q and x.role == "limit"]
    lim_end = [x.t1 for x in info.quants if x is not q and x.role == "limit"]
    for k in range(q.t0 - 1):
        if (
            toks[k].low in ("each", "every")
            and info.clause_of[k] == cl
            and not any(k < t < q.t0 for t in lim_at)  # 'at least 3 of each X and at most 12 Y'
            and not any(0 <= k - t <= 2 for t in lim_end)
            and toks[k + 1].lem in kinds
            and not any(t.low in ("per", "each", "every") for t in toks[q.t1 : q.t1 + 4])
            and not any(m.var >= 0 and k < m.tok0 < q.t0 for m in info.mentions)
            and ":" not in {t.text for t in toks[k : q.t0]}
        ):
            return True  # 'each machine ...' with 'machine A', 'machine B'
    for m in info.mentions:
        if (
            m.var == -1
            and m.tok1 <= q.t0
            and info.clause_of[m.tok0] == cl
            and m.tok0 > 0
            and info.toks[m.tok0 - 1].low in ("each", "every")
            and not any(m.tok0 < t < q.t0 for t in lim_at)
            and not any(0 <= m.tok0 - 1 - t <= 2 for t in lim_end)
            and not any(t.low in ("per", "each", "every") for t in info.toks[q.t1 : q.t1 + 4])
            and not any(m2.var >= 0 and m.tok0 < m2.tok0 < q.t0 for m2 in info.mentions)
            and ":" not in {t.text for t in toks[m.tok0 : q.t0]}
        ):
            return True
    return False


def _head_only(info: SentenceInfo, m: Mention, vars_: list[VarDef]) -> bool:
    """The mention is the bare head word of a longer name ('machines' for 'rowing machines')."""
    words = [t.lem for t in info.toks[m.tok0 : m.tok1]]
    v = vars_[m.var]
    return (
        len(words) == 1
        and words[0] == v.head
        and len(v.label.split()) > 1
        and not any(words[0] == w.head for k, w in enumerate(vars_) if k != m.var)
    )


def _composition(
    info: SentenceInfo, q: Quantity, vars_: list[VarDef], coefs: list[Quantity]
) -> Candidate | None:
    """A share of a property of the mix: 'the feed must be at least 20% protein' with 'each kilogram of corn
    has 0.09 kg of protein': sum(content * x) op share * sum(x)."""
    toks = info.toks
    mention_toks = {i for m in info.mentions for i in range(m.tok0, m.tok1)}
    k = q.t1
    if (
        k >= len(toks)
        or toks[k].low in ("of", "more", "less", "fewer", "as", "than")
        or k in mention_toks
    ):
        return None
    t = toks[k]
    if not re.match(r"[a-z]", t.low) or t.lem in GENERIC_UNITS:
        return None
    nv = len(vars_)
    found = match_coefficients(
        [c for c in coefs if not _is_money(c)], {stem(t.lem): 2.0}, nv, False
    )
    if len(found) != nv or any(not (0.0 <= c.value <= 1.0) for c in found.values()):
        return None
    op = q.op or "<="
    lhs = {v: c.value - q.value for v, c in found.items()}
    for c in found.values():
        c.used = True
    q.used = True
    info.used = True
    names = {vars_[v].name: c for v, c in lhs.items()}
    return Candidate(
        lhs,
        op,
        0.0,
        ConstraintClass.linear,
        "linear",
        {"coefs": names, "op": op, "rhs": 0.0},
        info,
        f"the mix is {_cmp_text(op)} {_fmt(q.value * 100)}% {t.low}",
        [q, *found.values()],
    )


def _unit_factor(limit: Quantity, coef: Quantity) -> float:
    """What one of the coefficient's units is in the limit's unit ('150 g' against '27 kg': 0.001)."""
    lu, cu = limit.unit, coef.unit
    if lu is None or cu is None or lu == cu:
        return 1.0
    if (lu, cu) in UNIT_SCALE:
        return 1.0 / UNIT_SCALE[(lu, cu)]
    if (cu, lu) in UNIT_SCALE:
        return UNIT_SCALE[(cu, lu)]
    return 1.0


def _material(q: Quantity) -> set[str]:
    """The lemmas of what an amount in a unit is of: '0.4 kilograms of comb' -> {'comb'}, '12 kg of
    raw honey' -> {'raw', 'honey'}; empty when no unit or no 'of' follows."""
    sent = q.info_sent
    if not isinstance(sent, Sentence) or q.unit is None:
        return set()
    m = re.match(
        r"\s*(?:an?\s+)?[A-Za-z-]+\s+of\s+((?:[A-Za-z-]+\s*){1,3})", sent.text[q.num.end :]
    )  # 'half a kilogram of fruit'
    out: set[str] = set()
    for w in m.group(1).split() if m else []:
        if w.lower() in STOP or w.lower() in ("each", "per", "every", "for", "to", "in", "on"):
            break
        out.add(lemma(w.lower()))
    return out


def _stock_of_per_unit_material(q: Quantity, coefs: list[Quantity]) -> bool:
    """A limit said in the very unit and material of per-unit amounts ('400 units of tea leaves'
    and '6 units of tea leaves' per tea): what they draw on."""
    mat = _material(q)
    if not mat or q.unit is None or _is_money(q):
        return False
    return any(c.var is not None and c.unit == q.unit and _material(c) == mat for c in coefs)


def _akin(a: set[str], b: set[str]) -> bool | None:
    """Whether two materials are the same thing ('saw time' and 'sawing', 'planer' and 'planing'
    share a word start of 4 letters); None when one is not named."""
    if not a or not b:
        return None
    return any(x == y or (len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4]) for x in a for y in b)


def _toks_after(q: Quantity) -> list[str]:
    sent = q.info_sent
    if not isinstance(sent, Sentence):
        return []
    rest = sent.text[q.num.end :]
    return re.findall(r"[A-Za-z]+", rest)[:3]


def _rate_per(c: Quantity, unit: str, heads: set[str]) -> bool:
    """'8 units per hour', '12 points an hour' against a limit in hours: a rate per unit of time
    (or of whatever the limit counts) of something that is not a decision."""
    words = [w.lower() for w in _toks_after(c)]
    if len(words) >= 2 and words[0] in ("per", "each", "every") and stem(words[1]) == unit:
        return True
    return (
        len(words) >= 3
        and words[1] in ("per", "an", "a", "each", "every")
        and stem(words[2]) == unit
        and words[0] not in STOP
        and stem(words[0]) != unit
        and lemma(words[0]) not in heads
    )


def _same_measure(a: str, b: str | None) -> bool:
    return b is not None and (a == b or (a, b) in UNIT_SCALE or (b, a) in UNIT_SCALE)


def _match_by_unit(coefs: list[Quantity], q: Quantity, nv: int) -> dict[int, Quantity]:
    """'A glass bottle holds 0.75 litres and a can 0.33 litres ... 3,000 litres of juice': per-unit numbers
    that name only a unit match a limit in the same (or a convertible) unit, one per decision."""
    out: dict[int, Quantity] = {}
    if q.unit in _NOT_MEASURES:
        return out  # '1000 units' says nothing about what is measured
    info_toks = _toks_after(q)
    of_thing = (
        len(info_toks) >= 3 and info_toks[1] == "of"
    )  # '800 kg of feed' names what it measures
    for plain in (True,) if of_thing else (True, False):
        out = {}
        for v in range(nv):
            cands = [
                c
                for c in coefs
                if c.var == v
                and c.unit is not None
                and not (plain and _content_words(_not_per(c)))
                and _same_measure(c.unit, q.unit)
                and not _is_money(c)
            ]
            if len(cands) != 1:
                break
            out[v] = cands[0]
        else:
            return out  # 'a vase takes 3 hours to throw and glaze and a bowl 1 hour ... 90 hours': the one per thing
    return {}


_NOT_MEASURES = frozenset(
    stem(w)
    for w in (
        "unit",
        "piece",
        "amount",
        "time",
        "shift",
        "trip",
        "batch",
        "serving",
        "portion",
        "scoop",
        "dose",
        "day",
        "week",
        "month",
        "year",
        "dollar",
        "cent",
        "second",
    )
)


def _not_per(c: Quantity) -> dict[str, float]:
    """What a per-unit amount measures, less the thing it is per ('20 tonnes per load': load)."""
    words = [w.lower() for w in _toks_after(c)]
    if len(words) >= 3 and words[1] in ("per", "each", "every", "a", "an"):
        return {w: x for w, x in c.attr.items() if w != stem(lemma(words[2]))}
    return c.attr


def _content_words(attr: dict[str, float]) -> bool:
    return any(x >= 2.0 for w, x in attr.items() if w not in ("PROFIT", "COST", "$", "%"))


def _pair_var(info: SentenceInfo, q: Quantity, clause_ms: list[Mention]) -> int | None:
    """Several limits and things in one clause ('at least 40 must go to X and at least 20 to Y',
    'X must work at least 4 hours and Y at least 6'): the one thing each limit is said of."""
    toks = info.toks
    if clause_ms:
        lims = sorted(x.t0 for x in info.quants if x.role == "limit")
        nxt = min((t for t in lims if t > q.t0), default=len(toks))
        prv = max((t for t in lims if t < q.t0), default=-1)
        after = {m.var for m in clause_ms if q.t1 <= m.tok0 < nxt and m.var >= 0}
        before = {m.var for m in clause_ms if prv < m.tok0 < q.t0 and m.var >= 0}
        after_ms = [m for m in clause_ms if q.t1 <= m.tok0 < nxt and m.var >= 0]
        prep = (
            bool(after_ms)
            and after_ms[0].tok0 > 0
            and toks[after_ms[0].tok0 - 1].low
            in ("to", "for", "on", "in", "of", "by", "from", "with", "at")
        ) or (
            bool(after_ms)
            and after_ms[0].tok0 > 1
            and toks[after_ms[0].tok0 - 2].low in ("to", "for", "on", "in", "of")
        )
        if (
            prep
            and after_ms
            and {t.low for t in toks[q.t1 : after_ms[0].tok0]} & {",", "and", "while", "whereas"}
        ):
            prep = False  # '... at least 50, and for Y, it cannot be less than 30': the 'for' is the next limit's
        if len(after) == 1 and (not before or prep):
            return next(iter(after))
        if len(before) == 1:
            return next(iter(before))
    return None


_COUNT_NOUNS = frozenset(
    [
        "method",
        "option",
        "item",
        "product",
        "vehicle",
        "machine",
        "container",
        "worker",
        "employee",
        "staff",
        "person",
        "people",
        "thing",
        "unit_type",
        "transportation_method",
    ]
)


def _first_noun_after(info: SentenceInfo, q: Quantity) -> str | None:
    for t in info.toks[q.t1 : q.t1 + 3]:
        if re.match(r"[a-z]", t.low) and t.low not in (
            "of",
            "the",
            "a",
            "an",
            "total",
            "more",
            "additional",
            "new",
            "extra",
            "further",
            "other",
            "full",
            "whole",
            "separate",
        ):
            if t.lem in ("transportation", "delivery", "production"):
                continue
            if t.low in _NOT_NOUNS:
                return None  # '640 for polishing': no noun right after the number
            return t.lem
        if not re.match(r"[a-z]", t.low):
            return None
    return None


_NOT_NOUNS = frozenset(["for", "to", "in", "on", "at", "by", "with", "from", "into", "and", "or"])


def _measured_per_unit(coefs: list[Quantity], q: Quantity, nv: int) -> bool:
    """'2,000 litres of base' when each litre of paint uses '0.8 litres of base': a resource measured in
    the decisions' own unit, matched by per-unit numbers in that measure naming the same thing."""
    if q.unit is None or q.unit in _NOT_MEASURES or _is_money(q) or not _content_words(q.attr):
        return False
    fitting = [
        c
        for c in coefs
        if (c.unit is not None and _same_measure(c.unit, q.unit))
        or (c.unit is None and c.num.is_share and 0.0 < c.value <= 1.0)  # 'Sunrise is 75% orange'
    ]
    return len(match_coefficients(fitting, q.attr, nv, False, rank=q.rank)) == nv


def _decision_units(vars_: list[VarDef], info: SentenceInfo) -> set[str]:
    return vars_[0].units if vars_ else set()


def _is_money(q: Quantity) -> bool:
    return q.num.kind == "money" or "$" in q.attr


def _in_decision_unit(q: Quantity, vars_: list[VarDef]) -> float:
    """A bound or total in another unit of the decisions' measure: 'at least 500 kWh' when the
    decisions are MWh is 0.5."""
    if not vars_ or q.unit is None or _is_money(q) or q.num.is_share:
        return q.value
    own = {stem(u) for u in vars_[0].units | vars_[0].per_units}
    if q.unit in own:
        return q.value
    conv = [d for d in own if d != q.unit and _same_measure(d, q.unit)]
    if len(conv) != 1:
        return q.value
    d = conv[0]
    if (d, q.unit) in UNIT_SCALE:
        return q.value / UNIT_SCALE[(d, q.unit)]
    return q.value * UNIT_SCALE[(q.unit, d)]


def _bound(info: SentenceInfo, q: Quantity, v: int, op: str, vars_: list[VarDef]) -> Candidate:
    value = _in_decision_unit(q, vars_)
    if op == "<=":
        cls, tpl = ConstraintClass.upper_bound, "upper_bound"
    elif op == ">=":
        cls, tpl = ConstraintClass.lower_bound, "lower_bound"
    else:
        cls, tpl = ConstraintClass.equality, "equality"
    return Candidate(
        {v: 1.0},
        op,
        value,
        cls,
        tpl,
        {"x": vars_[v].name, "bound": value},
        info,
        f"{vars_[v].label} {_cmp_text(op)} {_fmt(value)}",
        [q],
    )


def _total(
    info: SentenceInfo, q: Quantity, vs: list[int], op: str, vars_: list[VarDef]
) -> Candidate:
    value = _in_decision_unit(q, vars_)
    return Candidate(
        {v: 1.0 for v in vs},
        op,
        value,
        ConstraintClass.total,
        "total",
        {"vars": [vars_[v].name for v in vs], "op": op, "rhs": value},
        info,
        f"{' + '.join(vars_[v].label for v in vs)} {_cmp_text(op)} {_fmt(value)} in total",
        [q],
    )
