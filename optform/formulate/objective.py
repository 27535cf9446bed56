"""The goal: sense ('maximize profit', 'the minimum cost') and per-unit coefficients.

The objective's name ('profit', 'number of viewers', 'total cost') is matched against the
attributes of the per-unit coefficients the text gives ('the profit per table is $350',
'attracts 10000 viewers'). When the goal counts the decisions themselves ('maximize the
number of cakes'), every decision has coefficient 1. When no coefficient can be found the
objective is left out and reported, never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis import Quantity, SentenceInfo, attribute_score, coef_is_money, match_coefficients
from .lexicon import GENERIC_UNITS, MONEY_COST, MONEY_PROFIT, STOP, stem
from .variables import VarDef

__all__ = ["ObjectiveFind", "find_objective"]

_SENSE_RE = re.compile(
    r"\b(?P<max>maximi[sz](?:e|es|ed|ing|ation)|maximum|maximal|most|highest|largest|greatest|max)\b|"
    r"\b(?P<min>minimi[sz](?:e|es|ed|ing|ation)|minimum|minimal|least|lowest|smallest|fewest|min|cheapest|"
    r"decrease|reduce)\b",
    re.IGNORECASE,
)
_VERB_SENSE = re.compile(r"^(?:maximi|minimi)", re.IGNORECASE)
_OBJ_STOP = STOP | frozenset(["possible", "overall", "obtained", "achieved", "achievable", "attainable", "required", "needed", "daily", "weekly", "monthly", "yearly", "annual", "given", "while", "meeting", "satisfying", "subject", "constraints", "find", "calculate", "determine", "spent", "used", "taken", "consumed"])


@dataclass
class ObjectiveFind:
    sense: str
    info: SentenceInfo
    words: dict[str, float]
    name: str
    terms: dict[int, float] = field(default_factory=dict)
    used: list[Quantity] = field(default_factory=list)
    counts_decisions: bool = False
    missing: list[int] = field(default_factory=list)
    says_number: bool = False  # 'minimize the total number of ...'


def _goal_words(info: SentenceInfo, t1: int) -> list[str]:
    out: list[str] = []
    for t in info.toks[t1:t1 + 8]:
        if t.text in (",", ".", "?", ";", ":", "(") or t.low in ("while", "subject", "given", "if", "that", "which",
                                                                  "under", "such", "so", "when", "by", "and",
                                                                  "to", "required", "needed", "for", "in", "from",
                                                                  "within", "on"):
            if out:
                break
            continue
        if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP:
            out.append(t.lem)
        if len(out) >= 4:
            break
    return out


def find_objective(infos: list[SentenceInfo], vars_: list[VarDef], coefs: list[Quantity]) -> ObjectiveFind | None:
    best: tuple[float, ObjectiveFind] | None = None
    for info in infos:
        for m in _SENSE_RE.finditer(info.sent.text):
            a = m.start() + info.sent.cstart
            t0 = next((i for i, t in enumerate(info.toks) if t.end > a), len(info.toks))
            t1 = t0 + 1
            # 'a minimum of 20', 'at most', 'at least', 'the most' as limits are not goals
            nxt = info.sent.text[m.end():m.end() + 14].lower()
            prv = info.sent.text[max(0, m.start() - 4):m.start()].lower()
            word = m.group(0).lower()
            if word in ("most", "least") and prv.endswith("at "):
                continue
            if re.match(r"\s*(?:of\s+)?\$?\d", nxt) or re.match(r"\s*(?:of\s+)?(?:a|an|one|two|three|four|five|"
                                                               r"ten|twenty|fifty|hundred)\b", nxt):
                continue
            if any(q.t0 > t0 and q.t0 - t0 <= 4 and q.role == "limit" for q in info.quants):
                continue
            words = _goal_words(info, t1)
            if word.endswith("ed") and t0 >= 2 and info.toks[t0 - 1].low in ("is", "be", "are", "gets", "get"):
                # passive: 'so that net revenue is maximized'
                words = [t.lem for t in info.toks[max(0, t0 - 5):t0 - 1]
                         if re.match(r"[A-Za-z]", t.text) and t.low not in _OBJ_STOP]
            nxt_tok = info.toks[t1].low if t1 < len(info.toks) else "."
            if _VERB_SENSE.match(word) and (nxt_tok in (",", ".", "while", "subject", "and", "by") or nxt_tok in ("these", "this", "them",
                                                                                          "it", "those")):
                # '... costs of 2, 3 and 4, which the manager aims to minimize': the goal is named before
                before = [t.lem for t in info.toks[max(0, t0 - 30):t0]
                          if t.lem in MONEY_COST or t.lem in MONEY_PROFIT or t.lem in ("cost", "profit")]
                if before:
                    words = before[-1:]
            if not words:
                continue
            verb = bool(_VERB_SENSE.match(word))
            score = (3.0 if verb else 1.0) + 0.05 * info.sent.index
            if "?" in info.sent.text or re.search(r"\b(?:how many|how much|formulate|determine|find|what)\b",
                                                  info.sent.text, re.IGNORECASE):
                score += 1.0
            sense = "maximize" if m.group("max") else "minimize"
            wmap: dict[str, float] = {}
            for k, w in enumerate(words):
                wt = 0.7 if w in GENERIC_UNITS else (2.0 if k < 3 else 1.0)
                wmap[stem(w)] = max(wmap.get(stem(w), 0.0), wt)
            lead = [w for w in words if w not in ("total", "number", "amount")][:1]
            if set(lead) & MONEY_PROFIT or (set(words) & MONEY_PROFIT and not set(lead) & GENERIC_UNITS):
                wmap["PROFIT"] = 2.5
            if set(lead) & MONEY_COST or (set(words) & MONEY_COST and not set(lead) & GENERIC_UNITS):
                wmap["COST"] = 2.5
            f = ObjectiveFind(sense, info, wmap, " ".join(words))
            near = " ".join(t.low for t in info.toks[t1:t1 + 5])
            f.says_number = bool(re.search(r"\bnumber\b|\btotal\s+(?:time|amount of time)\b", near))
            if best is None or score > best[0]:
                best = (score, f)
    if best is None:
        return None
    f = best[1]
    _coefficients(f, vars_, coefs)
    return f


def used_money(used: list[Quantity]) -> bool:
    return any(coef_is_money(c) for c in used)


def _coefficients(f: ObjectiveFind, vars_: list[VarDef], coefs: list[Quantity]) -> None:
    words = f.words
    nv = len(vars_)
    terms: dict[int, float] = {}
    used: list[Quantity] = []
    money = "PROFIT" in words or "COST" in words
    found = match_coefficients(coefs, words, nv, money, damp=False)
    terms = {v: c.value for v, c in found.items()}
    used = list(found.values())
    if not terms and not money:
        found = match_coefficients(coefs, words, nv, None, damp=False)  # 'can fundraise $30' for 'amount fundraised'
        terms = {v: c.value for v, c in found.items()}
        used = list(found.values())
    if not terms and money and not f.says_number:
        found = match_coefficients(coefs, {k: v for k, v in words.items() if k not in ("PROFIT", "COST")}, nv, None,
                                   damp=False)
        terms = {v: c.value for v, c in found.items()}
        used = list(found.values())
    if not terms and money:
        # the other money tag: wages 'earned' by workers are a cost to whoever pays them
        other = {k: v for k, v in words.items() if k not in ("PROFIT", "COST")}
        other["PROFIT" if "COST" in words else "COST"] = 2.5
        for v in range(nv):
            best, bs = None, 0.0
            for c in coefs:
                if (c.var == v or c.var == -1) and coef_is_money(c):
                    s = attribute_score(c.attr, other)
                    if s > bs:
                        best, bs = c, s
            if best is not None and bs >= 1.4:
                terms[v] = best.value
                used.append(best)
    per_units = {stem(u) for u in (vars_[0].per_units if vars_ else set())}
    if terms and f.says_number and (all(w in ("shift", "trip", "session", "visit", "batch", "run", "order")
                                        for w in words) or (set(words) & per_units and not used_money(used))):
        terms, used = {}, []  # 'minimize the total number of shifts': count the decisions
    if not terms:
        # the goal counts the decisions: 'maximize the number of cakes', 'minimize the total trucks'
        heads = {stem(w) for v in vars_ for w in (v.head, *v.distinct, *v.category, *v.aliases)}
        generic = {stem(w) for w in ("item", "unit", "product", "vehicle", "worker", "person", "employee", "package",
                                     "staff", "people", "machine", "container", "thing")}
        if set(words) & (heads | generic) or f.says_number or set(words) & {
                stem(w) for w in ("time", "method", "implementation", "transportation", "vehicle", "trip")}:
            # 'minimize the total number of planes / deliveries / transportation methods': count the decisions
            f.counts_decisions = True
            terms = dict.fromkeys(range(nv), 1.0)
    f.terms = terms
    f.used = used
    if terms and not f.counts_decisions:
        f.missing = [v for v in range(nv) if v not in terms]
