"""Assemble the Formulation: variables, objective, constraints, provenance, confidence, unresolved."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from ..model import (
    Constraint,
    ConstraintClass,
    Formulation,
    Objective,
    Provenance,
    TemplateRef,
    Unresolved,
    Variable,
    VarType,
)
from .analysis import (
    Quantity,
    SentenceInfo,
    analyse_sentence,
    complete_elliptic,
    set_document_frequency,
)
from .constraints import Candidate, build_constraints
from .integrality import variable_domains
from .lexicon import Token, tokenize
from .network import Network, network_from_table, network_model
from .objective import ObjectiveFind, find_objective
from .schedule import Staffing, staffing_model
from .sentences import Normalized, Sentence, normalize, split_sentences
from .tables import ItemFacts, Table, find_tables, item_facts, render_facts
from .variables import VarDef, _make_vars, variable_candidates

__all__ = ["formulate_offline"]

_REQUIREMENT = re.compile(
    r"\b(?:must|should|at least|at most|no more|no less|cannot|can't|exceed|maximum|minimum|limit|limited|"
    r"available|budget|require|required|need|needs|up to|ratio|percent|twice|times|as many|"
    r"more than|less than|fewer than)\b",
    re.IGNORECASE,
)
_MAX_TEXT = 200_000
_TABLE_BONUS = 4.0


def _prov(s: Sentence) -> Provenance:
    return Provenance(sentence=s.original, start=s.start, end=s.end)


def _fmt(x: float) -> str:
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.12g}"


def _linear_text(terms: dict[int, float], vars_: list[VarDef]) -> str:
    parts: list[str] = []
    for v, c in terms.items():
        name = vars_[v].name
        if c == 1:
            t = name
        elif c == -1:
            t = "-" + name
        else:
            t = f"{_fmt(c)}*{name}"
        if parts and not t.startswith("-"):
            parts.append("+ " + t)
        elif parts:
            parts.append("- " + t[1:])
        else:
            parts.append(t)
    return " ".join(parts) if parts else "0"


def _dedupe_name(base: str, seen: set[str]) -> str:
    base = re.sub(r"[^0-9a-zA-Z_]+", "_", base).strip("_") or "c"
    if base[0].isdigit():
        base = "c_" + base
    name, k = base, 2
    while name in seen:
        name = f"{base}_{k}"
        k += 1
    seen.add(name)
    return name


def _rule(
    *,
    name: str,
    expression: str,
    cls: ConstraintClass,
    template: str,
    args: dict[str, Any],
    description: str,
    provenance: Provenance,
) -> Constraint:
    """A constraint with its class, the template it instantiates (name and arguments), its
    description and the words it comes from: the one shape every part of the builder produces."""
    return Constraint(
        name=name,
        expression=expression,
        class_=cls,  # type: ignore[call-arg]
        template=TemplateRef(name=template, args=args),
        description=description,
        provenance=provenance,
    )


def formulate_offline(text: str) -> Formulation:
    """Formulate a word problem without any LLM: deterministic, offline, every part traced.

    Always returns a Formulation; what could not be understood is listed in ``unresolved``
    (quoting the words) and lowers ``confidence``. Raises :class:`optform.errors.UserInputError`
    only for input that is not a problem text at all (not a string, empty, absurdly long).
    """
    from ..errors import UserInputError

    if not isinstance(text, str):
        raise UserInputError(
            f"the problem must be text, not {type(text).__name__}",
            code="not-text",
            hint="pass the word problem as a string",
        )
    if not text.strip():
        raise UserInputError(
            "the problem text is empty", code="empty-text", hint="write the word problem"
        )
    if len(text) > _MAX_TEXT:
        raise UserInputError(
            f"the problem text is {len(text)} characters; the offline formulator reads at most "
            f"{_MAX_TEXT}",
            code="text-too-long",
            hint="shorten the text",
        )
    clean = normalize(text)
    net = network_model(clean.text)
    found = find_tables(clean.text) if net is None else []  # read once, used twice below
    if net is None:
        net = next(
            (n for t in found if (n := network_from_table(t, clean.text))),
            None,
        )
    if net is not None:
        return _network_formulation(net, clean)
    staff = staffing_model(clean.text)
    if staff is not None:
        return _staffing_formulation(staff, clean)
    norm, tables, blocks = _with_tables(clean, found)
    sents = split_sentences(norm)
    vars_, infos, cands, problems, obj = _best_reading(sents, _table_items(tables, sents), blocks)
    unresolved: list[Unresolved] = []
    f = Formulation(name="word_problem", source_text=text, meta={"formulator": "offline"})
    if not vars_:
        unresolved.append(
            Unresolved(
                text=text[:200],
                reason="no decision variables found: the text names no list of "
                "things to decide (e.g. 'how many tables and chairs')",
                start=0,
                end=min(len(text), 200),
            )
        )
        f.unresolved = unresolved
        f.confidence = 0.0
        return f

    doms = variable_domains(norm.text, vars_)  # integer/continuous and lower bound, per decision
    is_int, int_reason = all(d.integer for d in doms), doms[0].reason
    # variables
    for v, d in zip(vars_, doms, strict=True):
        s = sents[v.sentence]
        f.variables.append(
            Variable(
                name=v.name,
                type=VarType.integer if d.integer else VarType.continuous,
                lb=d.lb,
                description=f"{'number' if d.integer else 'amount'} of {v.label} ({d.reason}"
                + (f"; {d.lb_reason})" if d.lb_reason else ")"),
                provenance=_prov(s),
            )
        )
    # objective
    penalties = 0.0
    if obj is not None and obj.terms:
        for q in obj.used:
            q.used = True
        obj.info.used = True
        f.objective = Objective(
            sense="maximize" if obj.sense == "maximize" else "minimize",
            expression=_linear_text(obj.terms, vars_),
            name=obj.name or None,
            description=f"{obj.sense} {obj.name}".strip(),
            provenance=_prov(obj.info.sent),
        )
        for vi in obj.missing:
            penalties += 0.15
            unresolved.append(
                Unresolved(
                    text=vars_[vi].label,
                    reason=f"no coefficient of {vars_[vi].label} in the "
                    f"objective ({obj.name}) is given; taken as 0",
                    start=None,
                    end=None,
                )
            )
    elif obj is not None:
        penalties += 0.5
        s = obj.info.sent
        unresolved.append(
            Unresolved(
                text=s.original,
                reason=f"the goal is to {obj.sense} {obj.name}, but the text "
                "gives no per-unit coefficient for it",
                start=s.start,
                end=s.end,
            )
        )
    else:
        penalties += 0.5
        unresolved.append(
            Unresolved(
                text=text[:120],
                reason="no goal found (maximize/minimize what?); solved as a feasibility problem",
                start=0,
                end=min(120, len(text)),
            )
        )
    # constraints
    seen: set[str] = set()
    keys: set[tuple[tuple[tuple[int, float], ...], str, float]] = set()
    for c in cands:
        key = (tuple(sorted(c.lhs.items())), c.op, round(c.rhs, 9))
        if key in keys:
            continue
        keys.add(key)
        f.constraints.append(_constraint(c, vars_, seen))
    _fixed_charges(f, tables, vars_, cands, clean)
    # every sentence with a number or a requirement must be used or reported
    for info in infos:
        unused_limits = [q for q in info.quants if q.role == "limit" and not q.used]
        for q in unused_limits:
            a, b = info.sent.start, info.sent.end
            penalties += 0.2
            unresolved.append(
                Unresolved(
                    text=info.sent.original,
                    reason=f"the limit '{q.num.text}' could not be "
                    "tied to the decisions (no matching per-unit numbers or things)",
                    start=a,
                    end=b,
                )
            )
        if info.used or unused_limits:
            continue
        has_num = any(q.role != "ignored" for q in info.quants)
        req = _REQUIREMENT.search(info.sent.text)
        coef_used = any(q.used for q in info.quants)
        if coef_used:
            continue
        if has_num and all(q.role in ("coef", "ignored") for q in info.quants):
            # per-unit data that nothing asked for
            unresolved.append(
                Unresolved(
                    text=info.sent.original,
                    reason="per-unit numbers not used by the objective or any constraint",
                    start=info.sent.start,
                    end=info.sent.end,
                )
            )
            penalties += 0.1
        elif has_num or (req and _mentions_decision(info)):
            unresolved.append(
                Unresolved(
                    text=info.sent.original,
                    reason="sentence not understood" if has_num else "requirement not understood",
                    start=info.sent.start,
                    end=info.sent.end,
                )
            )
            penalties += 0.2 if has_num else 0.1
    del problems  # every unplaced limit is reported above, quoting its sentence
    f.unresolved = unresolved
    f.confidence = round(max(0.05, min(1.0, 1.0 - penalties)), 2)
    f.description = _summary(vars_, obj.sense if obj else None, obj.name if obj else None)
    f.meta.update({"integer": is_int, "integrality_reason": int_reason, "sentences": len(sents)})
    return f


def _read(
    sents: list[Sentence], vars_: list[VarDef], blocks: list[tuple[int, int]] | None = None
) -> tuple[
    list[SentenceInfo],
    list[Candidate],
    list[tuple[SentenceInfo, Quantity | None, str]],
    ObjectiveFind | None,
]:
    infos = [analyse_sentence(s, vars_) for s in sents]
    set_document_frequency(_table_as_one(infos, blocks or []))
    complete_elliptic(infos)
    cands, problems = build_constraints(vars_, infos)
    coefs = [q for inf in infos for q in inf.quants if q.role == "coef" and not q.is_term]
    obj = find_objective(infos, vars_, coefs)
    return infos, cands, problems, obj


def _quality(infos: list[SentenceInfo], cands: list[Candidate], obj: ObjectiveFind | None) -> float:
    """How much of the text a reading understands: a goal with coefficients, constraints, placed numbers."""
    score = 0.0
    if obj is not None and obj.terms:
        score += 3.0 - 1.0 * len(obj.missing) - (0.5 if obj.counts_decisions else 0.0)
    score += 0.5 * len(cands)
    for info in infos:
        score -= 1.0 * sum(1 for q in info.quants if q.role == "limit" and not q.used)
        score -= 1.0 * _counted_by_each(info)
    return score


def _counted_by_each(info: SentenceInfo) -> int:
    """'Each sports ad is seen by 4 million baby boomers and 18 million millennials': when a
    sentence opens with 'each <thing>' that is no decision and its per-unit numbers count
    decisions ('4 million baby boomers'), the decisions are what the thing reaches, not what is
    decided; how many such numbers there are."""
    toks = info.toks
    if len(toks) < 3 or toks[0].low not in ("each", "every") or info.mention_at(1) is not None:
        return 0
    starts = {m.tok0: m.var for m in info.mentions if m.var >= 0}
    return sum(
        1
        for q in info.quants
        if q.role == "coef" and q.var is not None and q.var >= 0 and starts.get(q.t1) == q.var
    )


def _best_reading(
    sents: list[Sentence],
    first: list[VarDef] | None = None,
    blocks: list[tuple[int, int]] | None = None,
) -> tuple[
    list[VarDef],
    list[SentenceInfo],
    list[Candidate],
    list[tuple[SentenceInfo, Quantity | None, str]],
    ObjectiveFind | None,
]:
    """Try the few best readings of what is decided; keep the one that understands the most."""
    alts = variable_candidates(sents)
    if first:
        names = [v.name for v in first]
        alts = [first, *(a for a in alts if [v.name for v in a] != names)]
    best: tuple[float, int] | None = None
    results = []
    for k, vars_ in enumerate(alts):
        infos, cands, problems, obj = _read(sents, vars_, blocks)
        q = (
            _quality(infos, cands, obj) - 0.75 * k
        )  # prefer the first reading unless another is clearly better
        if k == 0 and first and obj is not None and obj.terms:
            q += _TABLE_BONUS  # the items of a table are said plainly: trust them
        results.append((vars_, infos, cands, problems, obj))
        if best is None or q > best[0]:
            best = (q, k)
        if (
            k == 0
            and obj is not None
            and obj.terms
            and not obj.missing
            and not obj.counts_decisions
            and all(not (q2.role == "limit" and not q2.used) for i2 in infos for q2 in i2.quants)
        ):
            break  # the first reading explains every number: no need to look further
    if best is None:
        return [], [], [], [], None
    return results[best[1]]


def _table_as_one(infos: list[SentenceInfo], blocks: list[tuple[int, int]]) -> list[SentenceInfo]:
    """The sentences for word frequencies, a rendered table counting as one sentence: a column's
    name said once per row is said once ('calories' in every row of a food table)."""
    if not blocks:
        return infos
    out: list[SentenceInfo] = []
    merged: dict[int, SentenceInfo] = {}
    for inf in infos:
        k = next((j for j, (a, b) in enumerate(blocks) if a <= inf.sent.cstart < b), None)
        if k is None:
            out.append(inf)
        elif k in merged:
            merged[k].toks.extend(inf.toks)
        else:
            merged[k] = dataclasses.replace(inf, toks=list(inf.toks))
            out.append(merged[k])
    return out


def _with_tables(
    norm: Normalized, tables: list[Table]
) -> tuple[Normalized, list[ItemFacts], list[tuple[int, int]]]:
    """Replace every item × attribute table of the clean text (``tables``, found in it) by plain
    sentences (one per fact), each mapped to the original span of the table row it comes from
    (provenance quotes the row). Also returns the clean-text ranges of the rendered blocks."""
    if not tables:
        return norm, [], []
    blocks: list[tuple[int, int]] = []
    facts_list: list[ItemFacts] = []
    parts: list[str] = []
    offs: list[int] = []
    pos = 0
    for t in tables:
        facts = item_facts(t, norm.text[: t.start] + norm.text[t.end :])
        if facts is None:
            continue
        pieces = render_facts(facts)
        if not pieces:
            continue
        facts_list.append(facts)
        parts.append(norm.text[pos : t.start])
        offs.extend(norm.offsets[pos : t.start])
        block_start = len(offs)
        first = True
        for p in pieces:
            sep = "\n\n" if first else "\n"
            first = False
            o0, o1 = norm.span(p.start, p.end)
            parts.append(sep + p.text)
            offs.extend([o0] * len(sep))
            n = len(p.text)
            offs.extend(o0 + min(i * (o1 - o0) // max(n - 1, 1), o1 - o0 - 1) for i in range(n))
        blocks.append((block_start, len(offs)))
        parts.append("\n\n")
        offs.extend([norm.offsets[min(t.end, len(norm.offsets) - 1)]] * 2)
        pos = t.end
    if not facts_list:
        return norm, [], []
    parts.append(norm.text[pos:])
    offs.extend(norm.offsets[pos:])
    return Normalized("".join(parts), offs, norm.original), facts_list, blocks


def _table_items(tables: list[ItemFacts], sents: list[Sentence]) -> list[VarDef] | None:
    """The items of the tables, as decisions, introduced by the first rendered sentence naming each."""
    labels: list[str] = []
    for f in tables:
        for it in f.items:
            if not re.search(r"[A-Za-z0-9]", it):
                return None  # an unnamed row is no decision
            if it.lower() not in (x.lower() for x in labels):
                labels.append(it)
    if len(labels) < 2:
        return None
    lettered = _lettered(labels, sents)
    if lettered is not None:
        return lettered
    items: list[list[Token]] = []
    sent_of = 0
    for k, lab in enumerate(labels):
        pat = re.compile(r"(?<![\w$])" + re.escape(lab) + r"(?![\w])", re.IGNORECASE)
        for s in sents:
            m = pat.search(s.text)
            if m:
                toks = tokenize(m.group(0), s.cstart + m.start())
                if not toks:
                    return None
                items.append(toks)
                if k == 0:
                    sent_of = s.index
                break
        else:
            return None
    return _make_vars(items, sent_of)


def _network_formulation(net: Network, norm: Normalized) -> Formulation:
    """The flow model of a network told arc by arc (see :mod:`.network`): a variable per arc, each
    bound and balance citing the line it comes from."""
    text = norm.original

    def prov(a: int, b: int) -> Provenance:
        s, e = norm.span(a, b)
        return Provenance(sentence=text[s:e], start=s, end=e)

    word = {"maxflow": "flow", "transfer": "move", "supply": "ship", "tour": "go"}[net.kind]
    f = Formulation(
        name="word_problem", source_text=text, meta={"formulator": "offline", "network": net.kind}
    )
    families = {k.rsplit("_", 1)[0] for a in net.arcs for k in (a.tail, a.head) if "_" in k}
    one_family = len(families) <= 1

    def disp(key: str) -> str:
        return key.rsplit("_", 1)[-1] if one_family else key

    names: dict[tuple[str, str], str] = {}
    for arc in net.arcs:
        if net.kind == "maxflow" and arc.value <= 0:
            continue  # a capacity of 0: no link
        name = f"{word}_{disp(arc.tail)}_{disp(arc.head)}"
        names[(arc.tail, arc.head)] = name
        f.variables.append(
            Variable(
                name=name,
                type=VarType.binary if net.kind == "tour" else VarType.continuous,
                lb=0.0,
                description=(
                    f"whether the tour goes from {arc.tail} to {arc.head}"
                    if net.kind == "tour"
                    else f"amount sent from {arc.tail} to {arc.head}"
                ),
                provenance=prov(arc.start, arc.end),
            )
        )
    nodes = sorted({n for pair in names for n in pair}, key=lambda x: (len(x), x))

    def net_out(n: str) -> str:
        outs = [v for (a, _b), v in names.items() if a == n]
        ins = [v for (_a, b), v in names.items() if b == n]
        return " ".join([" + ".join(outs) or "0", *(f"- {v}" for v in ins)])

    def net_in(n: str) -> str:
        ins = [v for (_a, b), v in names.items() if b == n]
        outs = [v for (a, _b), v in names.items() if a == n]
        return " ".join([" + ".join(ins) or "0", *(f"- {v}" for v in outs)])

    g0, g1 = net.goal
    if net.kind == "maxflow":
        assert net.source is not None and net.sink is not None
        f.objective = Objective(
            sense="maximize",
            expression=net_out(net.source),
            name="flow",
            description=f"maximize the flow from {net.source} to {net.sink}",
            provenance=prov(g0, g1),
        )
        for arc in net.arcs:
            v = names.get((arc.tail, arc.head))
            if v is None:
                continue
            f.constraints.append(
                _rule(
                    name=f"cap_{disp(arc.tail)}_{disp(arc.head)}",
                    expression=f"{v} <= {_fmt(arc.value)}",
                    cls=ConstraintClass.upper_bound,
                    template="upper_bound",
                    args={"x": v, "n": arc.value},
                    description=f"capacity from {arc.tail} to {arc.head}",
                    provenance=prov(arc.start, arc.end),
                )
            )
        for n in nodes:
            if n in (net.source, net.sink):
                continue
            lines = [a for a in net.arcs if n in (a.tail, a.head)]
            a0 = min(a.start for a in lines)
            a1 = max(a.end for a in lines)
            f.constraints.append(
                _rule(
                    name=f"balance_{disp(n)}",
                    expression=f"{net_in(n)} == 0",
                    cls=ConstraintClass.balance,
                    template="balance",
                    args={"node": n},
                    description=f"what reaches {n} leaves it",
                    provenance=prov(a0, a1),
                )
            )
    elif net.kind == "supply":
        _supply_model(f, net, names, prov, disp)
    elif net.kind == "tour":
        _tour_model(f, net, names, prov, disp)
    else:
        f.objective = Objective(
            sense="minimize",
            expression=" + ".join(f"{_fmt(a.value)}*{names[(a.tail, a.head)]}" for a in net.arcs),
            name="cost",
            description="minimize the cost of the moves",
            provenance=prov(g0, g1),
        )
        for n, am in sorted(net.amounts.items(), key=lambda kv: (len(kv[0]), kv[0])):
            assert am.has is not None and am.needs is not None
            a0 = min(s for s, _e in am.spans)
            a1 = max(e for _s, e in am.spans)
            f.constraints.append(
                _rule(
                    name=f"needs_{disp(n)}",
                    expression=f"{net_in(n)} >= {_fmt(am.needs - am.has)}",
                    cls=ConstraintClass.balance,
                    template="balance",
                    args={"node": n},
                    description=f"{n} has {_fmt(am.has)} and needs {_fmt(am.needs)}",
                    provenance=prov(a0, a1),
                )
            )
    used = [(a.start, a.end) for a in net.arcs] + [net.goal, net.rule]
    used += [sp for am in net.amounts.values() for sp in am.spans]
    used += [sp for d in (net.demand, net.capacity, net.fixed) for _v, sp in d.values()]
    penalties = 0.2 + _report_unused(
        f, norm, used, {"0", str(len(nodes))}, "not an arc, amount or goal of the network"
    )
    f.confidence = round(max(0.05, 1.0 - penalties), 2)
    what = {"maxflow": "Maximum flow", "transfer": "Transfers", "supply": "Supply", "tour": "Tour"}
    f.description = f"{what[net.kind]} over {len(names)} arcs."
    return f


def _tour_model(
    f: Formulation,
    net: Network,
    names: dict[tuple[str, str], str],
    prov: Callable[[int, int], Provenance],
    disp: Callable[[str], str],
) -> None:
    """Visit every place exactly once and come back (a tour): leave and enter each place once;
    subtours are cut by visiting orders (Miller-Tucker-Zemlin)."""
    nodes = sorted({n for pair in names for n in pair})
    n = len(nodes)
    g0, g1 = net.goal
    r0, r1 = net.rule
    f.objective = Objective(
        sense="minimize",
        expression=" + ".join(f"{_fmt(a.value)}*{names[(a.tail, a.head)]}" for a in net.arcs),
        name="cost",
        description="minimize the cost of the tour",
        provenance=prov(g0, g1),
    )
    for k in nodes:
        for side, pick in (("leave", 0), ("enter", 1)):
            terms = [v for pair, v in names.items() if pair[pick] == k]
            f.constraints.append(
                _rule(
                    name=f"{side}_{disp(k)}",
                    expression=f"{' + '.join(terms)} == 1",
                    cls=ConstraintClass.equality,
                    template="assignment",
                    args={"node": k, "side": side},
                    description=f"the tour {side}s {k} once",
                    provenance=prov(r0, r1),
                )
            )
    first = nodes[0]
    for k in nodes[1:]:
        f.variables.append(
            Variable(
                name=f"order_{disp(k)}",
                type=VarType.continuous,
                lb=1.0,
                ub=float(n - 1),
                description=f"position of {k} in the tour after {first} (no subtours)",
                provenance=prov(r0, r1),
            )
        )
    for (a, b), v in names.items():
        if first in (a, b):
            continue
        f.constraints.append(
            _rule(
                name=f"order_{disp(a)}_{disp(b)}",
                expression=f"order_{disp(a)} - order_{disp(b)} + {n}*{v} <= {n - 1}",
                cls=ConstraintClass.linear,
                template="subtour_elimination",
                args={"from": a, "to": b},
                description=f"going from {a} to {b} puts {b} later in the tour",
                provenance=prov(r0, r1),
            )
        )


def _supply_model(
    f: Formulation,
    net: Network,
    names: dict[tuple[str, str], str],
    prov: Callable[[int, int], Provenance],
    disp: Callable[[str], str],
) -> None:
    """Shipping from places with capacities (and an opening cost, when one is listed) to places
    with demands, at a cost per unit: demands met, capacities kept, total cost minimized."""
    terms = [f"{_fmt(a.value)}*{names[(a.tail, a.head)]}" for a in net.arcs]
    total_demand = sum(v for v, _sp in net.demand.values())
    for n, (cost, (a, b)) in sorted(net.fixed.items()):
        y = f"open_{disp(n)}"
        f.variables.append(
            Variable(
                name=y,
                type=VarType.binary,
                lb=0.0,
                ub=1.0,
                description=f"whether {n} is opened",
                provenance=prov(a, b),
            )
        )
        terms.append(f"{_fmt(cost)}*{y}")
    g0, g1 = net.goal
    f.objective = Objective(
        sense="minimize",
        expression=" + ".join(terms),
        name="cost",
        description="minimize the shipping (and opening) costs",
        provenance=prov(g0, g1),
    )
    for n, (d, (a, b)) in sorted(net.demand.items()):
        ins = [v for (_t, h), v in names.items() if h == n]
        f.constraints.append(
            _rule(
                name=f"demand_{disp(n)}",
                expression=f"{' + '.join(ins)} >= {_fmt(d)}",
                cls=ConstraintClass.lower_bound,
                template="demand",
                args={"node": n, "n": d},
                description=f"the demand of {n}",
                provenance=prov(a, b),
            )
        )
    for n in sorted({t for t, _h in names}):
        outs = " + ".join(v for (t, _h), v in names.items() if t == n)
        cap = net.capacity.get(n)
        opened = f"open_{disp(n)}" if n in net.fixed else None
        if cap is None and opened is None:
            continue
        limit = cap[0] if cap is not None else total_demand
        a, b = cap[1] if cap is not None else net.fixed[n][1]
        rhs = f"- {_fmt(limit)}*{opened} <= 0" if opened else f"<= {_fmt(limit)}"
        f.constraints.append(
            _rule(
                name=f"capacity_{disp(n)}",
                expression=f"{outs} {rhs}",
                cls=ConstraintClass.fixed_charge if opened else ConstraintClass.upper_bound,
                template="capacity",
                args={"node": n, "n": limit},
                description=f"what {n} can ship" + (" when it is open" if opened else ""),
                provenance=prov(a, b),
            )
        )


def _fixed_charges(
    f: Formulation,
    tables: list[ItemFacts],
    vars_: list[VarDef],
    cands: list[Candidate],
    norm: Normalized,
) -> None:
    """A table column of costs paid once if an item is made at all ('Setup Cost (if produced)'): a
    yes/no decision per item, its cost in the objective, and the item made only when chosen, up to
    the most the constraints allow of it (found from the <= rows with nonnegative coefficients)."""
    if f.objective is None:
        return
    index = {v.label.lower(): k for k, v in enumerate(vars_)}
    for facts in tables:
        for a in facts.attributes:
            if not a.fixed:
                continue
            for item, value, (s0, s1) in zip(facts.items, a.values, a.spans, strict=True):
                k = index.get(item.lower())
                if k is None or value is None:
                    continue
                caps = [
                    c.rhs / c.lhs[k]
                    for c in cands
                    if c.op in ("<=", "<")
                    and c.lhs.get(k, 0.0) > 0
                    and all(x >= 0 for x in c.lhs.values())
                    and c.rhs >= 0
                ]
                if not caps:
                    continue
                big = min(caps)
                s, e = norm.span(s0, s1)
                pv = Provenance(sentence=norm.original[s:e], start=s, end=e)
                y = f"make_{vars_[k].name}"
                f.variables.append(
                    Variable(
                        name=y,
                        type=VarType.binary,
                        lb=0.0,
                        ub=1.0,
                        description=f"whether any {vars_[k].label} is made ({a.name})",
                        provenance=pv,
                    )
                )
                sign = "-" if f.objective.sense == "maximize" else "+"
                f.objective.expression += f" {sign} {_fmt(value)}*{y}"
                f.constraints.append(
                    _rule(
                        name=f"only_if_{y}",
                        expression=f"{vars_[k].name} - {_fmt(big)}*{y} <= 0",
                        cls=ConstraintClass.fixed_charge,
                        template="fixed_charge",
                        args={"x": vars_[k].name, "y": y, "m": big},
                        description=f"{vars_[k].label} is made only if its {a.name} is paid",
                        provenance=pv,
                    )
                )


def _report_unused(
    f: Formulation, norm: Normalized, used: list[tuple[int, int]], ignore: set[str], why: str
) -> float:
    """Every sentence with a number that the model does not use goes to ``unresolved`` (nothing is
    dropped silently); numbers that name places ('Station 3') or are in ``ignore`` do not count.
    Returns the confidence penalty."""
    penalty = 0.0
    for sent in split_sentences(norm):
        a, b = sent.cstart, sent.cstart + len(sent.text)
        if any(a < e and s < b for s, e in used):
            continue
        nums = [
            m
            for m in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", sent.text)
            if not re.search(r"\b[A-Z][A-Za-z]*[ _]$", sent.text[: m.start()])
            and m.group(0) not in ignore
        ]
        if nums:
            penalty += 0.1
            f.unresolved.append(
                Unresolved(
                    text=sent.original,
                    reason=f"sentence not understood ({why})",
                    start=sent.start,
                    end=sent.end,
                )
            )
    return penalty


def _staffing_formulation(st: Staffing, norm: Normalized) -> Formulation:
    """Cyclic staffing (see :mod:`.schedule`): how many start in each period; every period's need
    covered by the people whose run of ``st.run`` periods includes it; fewest people."""
    text = norm.original

    def prov(a: int, b: int) -> Provenance:
        s, e = norm.span(a, b)
        return Provenance(sentence=text[s:e], start=s, end=e)

    f = Formulation(
        name="word_problem", source_text=text, meta={"formulator": "offline", "schedule": "cyclic"}
    )
    n = len(st.labels)
    names = [_dedupe_name(f"start_{lab}", set()).lower() for lab in st.labels]
    relax = re.search(
        r"\bignore\s+(?:the\s+)?integrality\b|\bhalf\b[^.]{0,20}\bif necessary\b",
        norm.text,
        re.IGNORECASE,
    )
    vtype = VarType.integer if not relax else VarType.continuous  # people are counted
    for lab, name in zip(st.labels, names, strict=True):
        f.variables.append(
            Variable(
                name=name,
                type=vtype,
                lb=0.0,
                description=f"people starting their run of {st.run} on {lab}",
                provenance=prov(*st.rule),
            )
        )
    f.objective = Objective(
        sense="minimize",
        expression=" + ".join(names),
        name="people",
        description="minimize the number of people",
        provenance=prov(*st.goal),
    )
    for d, (need, (a, b)) in enumerate(st.needs):
        cover = [names[(d - j) % n] for j in range(st.run)]
        f.constraints.append(
            _rule(
                name=f"cover_{names[d][len('start_') :]}",
                expression=f"{' + '.join(cover)} >= {_fmt(need)}",
                cls=ConstraintClass.linear,
                template="cover",
                args={"period": st.labels[d], "n": need},
                description=f"{_fmt(need)} needed on {st.labels[d]}",
                provenance=prov(a, b),
            )
        )
    used = [st.rule, st.goal, *(sp for _v, sp in st.needs)]
    penalty = _report_unused(f, norm, used, {str(st.run), str(n), str(n - st.run)}, "not a need")
    f.confidence = round(max(0.05, 0.8 - penalty), 2)
    f.description = f"Cyclic staffing: runs of {st.run} over {n} periods."
    return f


def _lettered(labels: list[str], sents: list[Sentence]) -> list[VarDef] | None:
    """'Grain A', 'Grain B', 'Grain C': things told apart by a capital letter are decisions named by
    their letter, as the text names them ('the prices of grain A, B, and C'), like symbols."""
    parts = [lab.rsplit(" ", 1) for lab in labels]
    if not all(len(p) == 2 and re.fullmatch(r"[A-Z]", p[1]) for p in parts):
        return None
    if len({p[0].lower() for p in parts}) != 1 or len({p[1] for p in parts}) != len(parts):
        return None
    out: list[VarDef] = []
    for lab, (_head, letter) in zip(labels, parts, strict=True):
        pat = re.compile(r"(?<![\w$])" + re.escape(lab) + r"(?![\w])")
        si, span = 0, (0, 0)
        for s in sents:
            m = pat.search(s.text)
            if m:
                si, span = s.index, (s.cstart + m.end() - 1, s.cstart + m.end())
                break
        name = re.sub(r"[^0-9a-zA-Z_]+", "_", lab).strip("_").lower()
        low = letter.lower()
        out.append(VarDef(name, letter, [low], {low}, low, True, si, span))
    return out


def _mentions_decision(info: SentenceInfo) -> bool:
    return bool(info.mentions)


def _summary(vars_: list[VarDef], sense: str | None, name: str | None) -> str:
    labels = ", ".join(v.label for v in vars_)
    goal = f" to {sense} {name}" if sense and name else ""
    return f"Decide {labels}{goal}."


def _constraint(c: Candidate, vars_: list[VarDef], seen: set[str]) -> Constraint:
    op = c.op
    expr = f"{_linear_text(c.lhs, vars_)} {op} {_fmt(c.rhs)}"
    base = c.template
    if c.template in ("upper_bound", "lower_bound", "equality"):
        base = f"{c.template.split('_')[0] if c.template != 'equality' else 'fix'}_{c.args.get('x', '')}"
        base = (
            {"upper": "max", "lower": "min"}.get(base.split("_")[0], base.split("_")[0])
            + "_"
            + str(c.args.get("x"))
        )
    elif c.template == "resource":
        words = [
            w
            for w in c.quantities[0].attr
            if re.match(r"^[a-z]+$", w) and w not in ("available", "total")
        ]
        base = "_".join(words[:2]) or "resource"
    name = _dedupe_name(base, seen)
    return _rule(
        name=name,
        expression=expr,
        cls=c.cls,
        template=c.template,
        args=c.args,
        description=c.description,
        provenance=_prov(c.info.sent),
    )
