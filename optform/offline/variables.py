"""Decision-variable discovery and mention finding.

Two families of problems are recognised:

- **symbols**: the text names the decisions with letters or indexed names (``X``, ``Y`` and
  ``Z``; ``x1``, ``x2``; ``Ad1``, ``Ad2``);
- **named things**: the decisions are counts or amounts of things introduced in a coordinated
  list ("makes muffins and cakes", "either rickshaws or ox carts", "three products: A, B, and
  C", "how many tables and chairs"). Each candidate list is scored by how the rest of the text
  speaks of its items: items that are counted or priced ("each table", "a chair requires",
  "per acre of corn") are decisions; items that follow a number ("10 minutes of peeling")
  are resources, not decisions.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field

from .lexicon import GENERIC_UNITS, STOP, Token, lemma, stem, tokenize
from .sentences import Sentence

__all__ = ["Mention", "VarDef", "discover_variables", "find_mentions"]

_MODALS = frozenset(
    [
        "cannot",
        "can",
        "must",
        "should",
        "will",
        "would",
        "shall",
        "may",
        "might",
        "could",
        "need",
        "needs",
        "requires",
    ]
)
_KEYWORDS = {
    "sum",
    "in",
    "for",
    "if",
    "and",
    "or",
    "not",
    "implies",
    "atleast",
    "atmost",
    "exactly",
}


@dataclass
class VarDef:
    name: str
    label: str  # the words of the text, e.g. 'dining tables'
    lemmas: list[str]
    distinct: set[str] = field(default_factory=set)
    head: str = ""
    symbol: bool = False
    sentence: int = 0  # sentence that introduced it
    span: tuple[int, int] = (0, 0)  # clean-text span of the introduction
    aliases: set[str] = field(default_factory=set)  # 'x1 chocolate cakes': chocolate
    category: set[str] = field(
        default_factory=set
    )  # 'two types of containers: boxes and buckets': container
    units: set[str] = field(
        default_factory=set
    )  # 'how many hectares ...': what the decisions are measured in
    per_units: set[str] = field(
        default_factory=set
    )  # 'each hour of workout X': a unit the decisions come in
    money: bool = (
        False  # the decisions are amounts of money ('allocate the budget between X and Y')
    )


@dataclass(frozen=True)
class Mention:
    start: int  # clean-text offsets
    end: int
    var: int  # index into the variable list; -1 = all variables (generic head / 'both')
    tok0: int
    tok1: int  # token range [tok0, tok1)


_VERBS = frozenset(
    [
        "produce",
        "produces",
        "produced",
        "make",
        "makes",
        "manufacture",
        "manufactures",
        "sell",
        "sells",
        "sold",
        "offer",
        "offers",
        "grow",
        "grows",
        "buy",
        "buys",
        "purchase",
        "purchases",
        "invest",
        "invests",
        "hire",
        "hires",
        "build",
        "builds",
        "deliver",
        "delivers",
        "prepare",
        "prepares",
        "take",
        "takes",
        "eat",
        "eats",
        "carry",
        "carries",
        "open",
        "opens",
        "implement",
        "implements",
        "run",
        "runs",
        "consider",
        "considers",
        "choose",
        "chooses",
        "decide",
        "decides",
        "bake",
        "bakes",
        "brew",
        "brews",
        "use",
        "uses",
        "transport",
        "transports",
        "serve",
        "serves",
        "own",
        "owns",
        "rent",
        "rents",
        "operate",
        "operates",
        "create",
        "creates",
        "assemble",
        "assembles",
        "cook",
        "cooks",
        "sew",
        "sews",
        "raise",
        "raises",
        "breed",
        "breeds",
        "employ",
        "employs",
        "schedule",
        "schedules",
        "allocate",
        "allocates",
        "send",
        "sends",
        "ship",
        "produce",
        "treat",
        "treats",
        "provide",
        "provides",
        "distribute",
        "distributes",
        "between",
        "among",
        "across",
        "including",
        "namely",
        "called",
        "like",
        "via",
        "using",
        "either",
        "neither",
        "both",
        "of",
        "for",
        "in",
        "on",
        "at",
        "with",
        "from",
        "into",
        "by",
        "to",
        "contain",
        "contains",
        "earn",
        "earns",
        "generate",
        "generates",
        "need",
        "needs",
        "give",
        "gives",
        "attract",
        "attracts",
        "hold",
        "holds",
        "require",
        "requires",
        "sell",
        "sells",
        "bring",
        "brings",
        "increase",
        "increases",
        "decrease",
        "decreases",
        "reduce",
        "reduces",
        "add",
        "adds",
        "emit",
        "emits",
        "pollute",
        "pollutes",
        "weigh",
        "weighs",
        "occupy",
        "occupies",
        "consume",
        "consumes",
        "produce",
        "maximize",
        "maximise",
        "minimize",
        "minimise",
        "optimize",
        "optimise",
        "maximizing",
        "minimizing",
        "process",
        "processes",
        "pack",
        "packs",
        "work",
        "works",
        "get",
        "gets",
        "paid",
        "selling",
        "making",
        "producing",
        "offering",
        "manufacturing",
        "growing",
        "buying",
        "building",
        "delivering",
        "running",
        "planting",
        "preparing",
    ]
)
_NOUNISH_VERBS = frozenset(
    [
        "pack",
        "packs",
        "cook",
        "cooks",
        "bake",
        "run",
        "runs",
        "work",
        "works",
        "process",
        "processes",
        "offer",
        "offers",
        "hold",
        "holds",
        "use",
        "uses",
        "transport",
        "transports",
        "serve",
        "build",
        "builds",
        "rent",
        "rents",
        "ship",
        "treat",
        "treats",
        "create",
        "schedule",
        "schedules",
        "increase",
        "decrease",
        "add",
        "sew",
        "breed",
        "breeds",
        "deliver",
        "distribute",
        "pollute",
        "weigh",
        "open",
        "purchase",
        "purchases",
        "sell",
        "sells",
        "buy",
        "buys",
        "need",
        "needs",
        "give",
        "gets",
        "earn",
        "earns",
        "yield",
        "yields",
        "attract",
        "hire",
        "hires",
        "carry",
        "emit",
        "consume",
        "contain",
        "occupy",
        "raise",
        "raises",
        "brew",
        "brews",
        "paid",
    ]
)
_NP_STOP = (
    STOP - {"one", "ones"}
    | _VERBS
    | {"each", "per", "which", "that", "who", "where", "how"}
    | {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "different",
        "following",
        "various",
        "several",
    }
)


def _snake(label: str) -> str:
    s = re.sub(r"[^0-9a-zA-Z]+", "_", label.strip().lower()).strip("_")
    if not s:
        s = "x"
    if s[0].isdigit():
        s = "n" + s
    if s in _KEYWORDS:
        s += "_"
    return s


_PREPS = frozenset(
    [
        "along",
        "alongside",
        "during",
        "within",
        "without",
        "toward",
        "towards",
        "onto",
        "near",
        "around",
        "against",
        "inside",
        "outside",
        "throughout",
        "after",
        "before",
        "until",
        "since",
        "above",
        "below",
        "beyond",
        "behind",
        "through",
        "next",
        "this",
        "weekly",
        "daily",
        "monthly",
        "yearly",
        "worth",
        "priced",
    ]
)
_WEAK_VERBS = frozenset(
    stem(w)
    for w in (
        "has",
        "have",
        "is",
        "are",
        "can",
        "must",
        "will",
        "would",
        "should",
        "get",
        "gets",
        "need",
        "needs",
    )
)
_ACTOR_VERBS = frozenset(
    ["must", "will", "would", "should", "wants", "want", "plans", "aims", "intends", "hopes"]
)
_PREP_VERBS = frozenset(
    [
        "between",
        "among",
        "across",
        "including",
        "namely",
        "called",
        "like",
        "via",
        "using",
        "either",
        "neither",
        "both",
        "maximize",
        "maximise",
        "minimize",
        "minimise",
        "optimize",
        "optimise",
    ]
)
_NOUN_DETS = frozenset(["a", "an", "each", "every", "per", "one", "another"])
_NOUNS: ContextVar[frozenset[str]] = ContextVar("optform_formulate_nouns", default=frozenset())


_DIGITS_ONLY = re.compile(r"\d+")


def _noun_evidence(all_toks: list[Token]) -> frozenset[str]:
    """Words the text uses as nouns: after an article, 'each', 'per' or a number ('a bake sale', 'each cook',
    '3 packs'). Such words are things even when they can be verbs ('pack', 'cook', 'run')."""
    out: set[str] = set()
    for k in range(1, len(all_toks)):
        prev = all_toks[k - 1]
        if prev.low in _NOUN_DETS or _DIGITS_ONLY.fullmatch(prev.text):
            out.add(all_toks[k].lem)
        elif (
            k >= 2
            and all_toks[k - 2].low in _NOUN_DETS
            and prev.low not in STOP
            and prev.text.isalpha()
            and (
                k + 1 < len(all_toks)
                and (all_toks[k + 1].low in _SUBJ_VERBS or all_toks[k + 1].text == ",")
            )
        ):
            out.add(all_toks[k].lem)  # 'a basic pack holds ...'

    return frozenset(out - STOP)


_NEVER_NOUNS = frozenset(
    ["cannot", "can't", "must", "should", "shall", "might", "could", "would", "mustn't"]
)


_CONTENT_START = re.compile(r"[A-Za-z]|\d+(?:\.\d+)?-[A-Za-z]|\d+(?:st|nd|rd|th)$")


def _is_content(t: Token) -> bool:
    if not _CONTENT_START.match(t.text):
        return False
    if t.text[:1].isupper() and t.low in ("daily", "weekly", "monthly", "yearly"):
        return True  # 'two vitamin blends, Daily and Active': a name
    if t.low in _PREPS or t.low in _NEVER_NOUNS:
        return False  # 'and event marketing cannot exceed': a modal ends the noun phrase
    if (
        t.low in _NP_STOP
        and t.low not in STOP
        and t.lem in _NOUNS.get()
        and t.low in _NOUNISH_VERBS
    ):
        return True
    if (
        t.text[:1].isupper()
        and t.low in _VERBS
        and t.low not in STOP
        and t.low not in _PREPS
        and len(t.low) > 3
        and t.low not in _PREP_VERBS
    ):
        return True  # 'two fertilizers, Grow and Bloom': a name
    return t.low not in _NP_STOP


# ------------------------------------------------------------------ symbols


_LETTER_RE = re.compile(r"(?<![\w$'\-])([A-Z])(?![\w'\-])")
_INDEXED_RE = re.compile(r"(?<![\w$])([A-Za-z]{1,15}_?)(\d{1,2})(?![\w.])")


def _letters_of_the_decisions(
    text: str, letters: dict[str, list[tuple[int, int]]]
) -> dict[str, list[tuple[int, int]]]:
    """'pill P and pill Q' with 'vitamin C and vitamin D': letters named after two different nouns
    are two lists of things; the decisions are the list whose letters are said with money ('Pill P
    costs $3') or whose noun the question names ('how many of each pill'). Unchanged when the
    letters do not fall into such lists or nothing tells them apart."""
    groups: dict[str, set[str]] = {}
    for ch, spans in letters.items():
        words = [
            lemma(m.group(1).lower())
            for a, _b in spans
            if (m := re.search(r"([A-Za-z]{3,})\s+$", text[max(0, a - 30) : a]))
        ]
        words = [w for w in words if w not in STOP]
        if not words:
            return letters
        top = max(set(words), key=words.count)
        if 2 * words.count(top) < len(spans):
            return letters
        groups.setdefault(top, set()).add(ch)
    if len(groups) < 2 or any(len(g) < 2 for g in groups.values()):
        return letters
    sents = re.split(r"(?<=[.!?])\s+", text)
    question = " ".join(s for s in sents if re.search(r"\bhow\s+(?:many|much)\b|\?", s, re.I))

    def score(word: str, chars: set[str]) -> tuple[int, int]:
        money = sum(
            1
            for s in sents
            if "$" in s
            and any(
                re.search(r"\b" + re.escape(word) + r"\w*\s+" + c + r"\b", s, re.I) for c in chars
            )
        )
        asked = int(bool(re.search(r"\b" + re.escape(word), question, re.I)))
        return asked, money

    ranked = sorted(groups, key=lambda w: score(w, groups[w]), reverse=True)
    if score(ranked[0], groups[ranked[0]]) == score(ranked[1], groups[ranked[1]]):
        return letters
    return {k: v for k, v in letters.items() if k in groups[ranked[0]]}


def _symbol_vars(text: str) -> list[tuple[str, int, int]]:
    letters: dict[str, list[tuple[int, int]]] = {}
    for m in _LETTER_RE.finditer(text):
        ch = m.group(1)
        nxt = text[m.end() : m.end() + 3]
        before = text[max(0, m.start() - 3) : m.start()]
        if (
            ch in ("A", "I")
            and re.match(r" [a-z]", nxt)
            and (m.start() == 0 or re.search(r"[.!?:;\n\-\"(]\s*$", before))
        ):
            continue  # sentence-initial article / pronoun
        prev = text[max(0, m.start() - 2) : m.start()]
        if ch == "I" and not re.search(r"[,:]\s?$|and\s?$", prev):
            continue
        letters.setdefault(ch, []).append((m.start(), m.end()))
    good = {k: v for k, v in letters.items() if len(v) >= 2 or len(letters) >= 2}
    good = _letters_of_the_decisions(text, good)
    indexed: dict[str, list[tuple[int, int]]] = {}
    canon: dict[str, str] = {}
    for m in _INDEXED_RE.finditer(text):
        key = canon.setdefault(m.group(0).lower(), m.group(0))  # x1 and X1 are one name
        indexed.setdefault(key, []).append((m.start(), m.end()))
    prefixes: dict[str, set[str]] = {}
    for k in indexed:
        pm = _INDEXED_RE.match(k)
        if pm:
            prefixes.setdefault(pm.group(1).lower(), set()).add(k)
    best_idx: list[str] = []
    for _p, names in prefixes.items():
        if len(names) >= 2 and len(names) > len(best_idx):
            best_idx = sorted(names, key=lambda n: indexed[n][0][0])
    n_idx = sum(len(indexed[n]) for n in best_idx)
    n_let = sum(len(v) for v in good.values())
    if len(best_idx) >= 2 and not (len(good) >= 2 and n_let > 2 * n_idx):
        return [(n, *indexed[n][0]) for n in best_idx]
    if len(good) < 2:
        # lowercase letters named in parentheses: 'residential (x), commercial (y)'
        low: dict[str, list[tuple[int, int]]] = {}
        for m in re.finditer(r"\(\s*([a-z])\s*\)", text):
            low.setdefault(m.group(1), []).append((m.start(1), m.end(1)))
        if len(low) >= 2:
            return [(k, *v[0]) for k, v in sorted(low.items(), key=lambda kv: kv[1][0][0])]
    if len(good) >= 2:
        # X, Y, Z ... (ignore stray single capitals used once when several others recur)
        ks = sorted(good, key=lambda k: good[k][0][0])
        if len(ks) > 2:
            ks = [k for k in ks if len(good[k]) >= 2] or ks
        return [(k, *good[k][0]) for k in ks]
    return []


# ------------------------------------------------------------------ named things

_LIST_TRIGGER = re.compile(
    r"\b(?:how many|how much|either|types? of|kinds? of|two|three|four|five|between|namely|:)\b|:"
    # 'spends up to $12,000 on online ads and local radio': money spread over the things listed
    r"|\$\s?\d[\d,.]*(?:\s+(?:a|per|each)\s+(?:day|week|month|year))?\s+(?:on|across|among)\s+(?!each\b|every\b)",
    re.IGNORECASE,
)


_POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my", "your"])
_GERUND_INTRO = frozenset(["between", "among", "either", "both"])
_REPEATABLE_PREPS = frozenset(
    ["from", "to", "in", "into", "on", "for", "at", "with", "by", "through", "via", "using"]
)


def _modifier_participle(toks: list[Token], k: int) -> bool:
    """'an all-in-one manufacturing line', 'a decoupled manufacturing line': an -ing word between the start of a
    noun phrase and its noun describes the thing."""
    if (
        not _is_participle(toks[k])
        or k + 1 >= len(toks)
        or not _is_content(toks[k + 1])
        or _is_participle(toks[k + 1])
    ):
        return False
    prev = toks[k - 1] if k > 0 else None
    return prev is not None and (
        prev.low in ("a", "an", "the", "each", "every", "per")
        or (_is_content(prev) and not _is_participle(prev) and prev.low not in _VERBS)
    )


def _as_well_as(toks: list[Token], i: int) -> bool:
    """'A as well as B': the last 'as' coordinates like 'and'."""
    return toks[i].low == "as" and i >= 3 and toks[i - 1].low == "well" and toks[i - 2].low == "as"


def _is_participle(t: Token) -> bool:
    return _is_participle_word(t.low)


def _is_gerund(w: str) -> bool:
    """An -ing word that can name an activity ('driving'; not 'fast-acting')."""
    return w.isalpha() and _is_participle_word(w)


def _is_participle_word(w: str) -> bool:
    return (
        len(w) > 5
        and w.endswith("ing")
        and w not in ("during", "something", "nothing", "everything")
    )


def _recurs(all_lems: list[str], seq: list[str]) -> bool:
    return len(_find_seq(all_lems, seq)) >= 2


def _trim_left(toks: list[Token], l0: int, l1: int, all_lems: list[str]) -> int:
    """'rancher mixes corn', 'city plants oak': a subject and its verb are not part of the first item. Cut after
    a verb-like word (ending in -s, or a verb) when what follows it recurs in the text and the whole does not."""
    if l1 - l0 < 2 or _recurs(all_lems, [t.lem for t in toks[l0:l1]]):
        return l0
    for p in range(l1 - 2, l0 - 1, -1):
        w = toks[p].low
        verbish = (
            (w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and len(w) > 3)
            or w in _VERBS
            # 'the resources include labor, ...'
            or w in ("include", "involve", "comprise", "cover")
            or (p > 0 and toks[p - 1].low in _MODALS | {"to"})
            or (  # 'to grown red and green grapes'
                _is_participle(toks[p])
                and p > 0
                and toks[p - 1].low in ("is", "are", "was", "were", "be")
            )
        )
        if verbish and _recurs(all_lems, [t.lem for t in toks[p + 1 : l1]]):
            return p + 1
        if (
            p > 0
            and toks[p - 1].low == "to"
            and p + 1 < l1
            and toks[p].low not in STOP
            and _recurs(all_lems, [toks[l1 - 1].lem])
        ):
            return (
                p + 1
            )  # 'wants to spread road salt and grit ... Salt costs $90': the verb is no part of it
    return l0


def _parallel_lists(toks: list[Token], all_lems: list[str]) -> list[list[tuple[int, int]]]:
    """Items each followed by their own description: 'vans, which hold 350 cubic feet, and trucks, which hold
    900', 'government bonds paying 3%, corporate bonds paying 5% and real estate returning 8%', 'a base costing $2
    per litre and a pigment costing $11', 'small rooms, with 25 seats ..., and halls, with 90 seats ...'."""
    n = len(toks)
    out: list[list[tuple[int, int]]] = []

    def marker(k: int) -> str | None:
        if k >= n:
            return None
        t = toks[k]
        if (
            t.text == ","
            and k + 1 < n
            and toks[k + 1].low in ("which", "that", "who", "with", "each", "at")
        ):
            return "which" if toks[k + 1].low in ("that", "who") else toks[k + 1].low
        if t.low in ("with", "at", "costing", "priced", "worth") or t.text == "(":
            return t.low
        if t.low == "for" and k + 1 < n and re.match(r"\$\d", toks[k + 1].text):
            return "for"  # 'sells desks for $200 each and chairs for $50 each'
        if t.low == "of" and k + 1 < n and re.match(r"\d", toks[k + 1].text):
            # 'small cans of 4 litres for $22 and big cans of 10 litres' (same head only)
            return "of"
        if t.text == "," and k + 1 < n and toks[k + 1].low in ("priced", "costing", "selling"):
            return toks[k + 1].low  # 'desks, priced at $200, and chairs, priced at $50'
        if t.low in ("that", "which", "who") and k + 1 < n and re.match(r"[a-z]", toks[k + 1].low):
            return "which"  # 'a gas boiler that costs $14 ..., and a heat pump which costs $9
        if _is_participle(t) and k + 1 < n and re.match(r"\$?\d|a\b|an\b", toks[k + 1].low):
            return "-ing"
        if (
            t.low in ("expected", "projected", "estimated", "predicted", "forecast", "likely")
            and k + 1 < n
            and toks[k + 1].low == "to"
        ):
            return "-ing"  # 'a bond fund paying 4% or a stock fund expected to return 9%'
        return None
        return None

    def np_before(end: int) -> tuple[int, int] | None:
        if end > 0 and toks[end - 1].text == ",":
            end -= 1  # 'small classrooms, with 25 seats'
        k = end - 1
        e = end
        while (
            k >= 0
            and e - k <= 4
            and (_is_content(toks[k]) or (toks[k].low in _NOUNISH_VERBS and k == e - 1))
            and not (
                _is_participle(toks[k])
                and not (k > 0 and toks[k - 1].low in ("a", "an", "the", "between", "among"))
            )
            and not (k > 0 and toks[k - 1].low in _MODALS | {"to"})
        ):  # 'can answer short questions': a verb
            k -= 1
        return (k + 1, e) if k + 1 < e else None

    for i, t in enumerate(toks):
        if t.low not in ("and", "or") and not _as_well_as(toks, i):
            continue
        j = i + 1
        while j < n and (
            toks[j].low in ("a", "an", "the", "also")
            or (toks[j].low in _REPEATABLE_PREPS and j <= i + 2)
        ):
            j += 1  # 'or by using cargo planes which ...'
        r0 = j
        while (
            j < n
            and j - r0 < 4
            and (_is_content(toks[j]) or toks[j].low in _NOUNISH_VERBS)
            and not (j > r0 and (_is_participle(toks[j]) or marker(j) is not None))
        ):
            j += 1  # a verb-like word described like the others is a thing ('and cooks earning $290')
        if j == r0 and _is_participle(toks[j]):
            # 'and delivering food, which pays $18 an hour': an activity described like the others
            g = j + 1
            while g < n and g - r0 < 4 and _is_content(toks[g]) and not _is_participle(toks[g]):
                g += 1
            if marker(g) == "which" and toks[g].text == ",":
                j = g
        if j == r0:
            continue
        mk = marker(j)
        if mk is None:
            continue
        items = [(r0, j)]
        # walk back: the nearest earlier occurrence of the same marker, and the noun phrase before it
        hi = i
        while True:
            found = None
            for k in range(hi - 1, max(-1, hi - 22), -1):
                if (
                    toks[k].low in ("and", "or")
                    and k != i
                    and found is None
                    and items
                    and len(items) > 1
                ):
                    break
                if marker(k) == mk:
                    found = k
                    break
            if found is None:
                break
            np_ = np_before(found)
            if np_ is None:
                break
            items.insert(0, np_)
            a = np_[0]
            while a > 0 and toks[a - 1].low in ("a", "an", "the"):
                a -= 1
            if a > 0 and toks[a - 1].text == ",":
                hi = a - 1
                continue
            break
        if mk == "for" and any(toks[x].low in _SUBJ_VERBS for a, b in items for x in range(a, b)):
            continue  # 'Compost sells for $50 a tonne and potting soil for $65': a sentence, not a list
        if mk == "of" and len({toks[b - 1].lem for a, b in items}) != 1:
            continue  # 'a profit of 5 and a cost of 3': no things, only 'small cans of 4 and big cans of 10'
        if len(items) >= 2:
            out.append(items)
    return out


def _items_of_lists(
    toks: list[Token],
    all_lems: list[str] | None = None,
    parallel: list[list[tuple[int, int]]] | None = None,
) -> list[list[tuple[int, int]]]:
    """Coordinated noun-phrase lists in one sentence, as token ranges of the items (those with a description
    after each item are also appended to ``parallel``)."""
    if parallel is None:
        parallel = []
    lists: list[list[tuple[int, int]]] = []
    n = len(toks)
    i = 0
    lems = all_lems if all_lems is not None else [t.lem for t in toks]
    while i < n:
        t = toks[i]
        if t.low not in ("and", "or") and not _as_well_as(toks, i):
            i += 1
            continue
        # right item
        j = i + 1
        while j < n and toks[j].low in (
            "a",
            "an",
            "the",
            "either",
            "also",
            "by",
            "using",
            "with",
            "through",
            "via",
        ):
            j += 1
        # 'in his son's company and his friend's company': the same possessive before both items
        poss = toks[j].low if j < n and toks[j].low in _POSSESSIVES else ""
        if poss:
            j += 1
        if [t2.low for t2 in toks[j : j + 3]] == ["the", "number", "of"]:
            j += 3  # 'the number of sedans and the number of trucks'
        elif [t2.low for t2 in toks[j : j + 2]] in (
            ["number", "of"],
            ["how", "many"],
            ["how", "much"],
        ):
            j += 2  # 'how many blood tests and how many urine tests'
        repeated = (
            j < n
            and toks[j].low in _REPEATABLE_PREPS
            and any(x.low == toks[j].low for x in toks[max(0, i - 5) : i])
        )
        if repeated:
            j += 1  # 'from the grid and from a solar contract'
            while j < n and toks[j].low in ("a", "an", "the"):
                j += 1
        # 'splits his week between driving passengers and delivering groceries': two activities,
        # each named by its -ing word
        g_left = next(
            (
                p
                for p in range(i - 1, max(0, i - 5), -1)
                if _is_gerund(toks[p].low) and toks[p - 1].low in _GERUND_INTRO
            ),
            -1,
        )
        gerund_pair = g_left >= 0 and j < n and _is_gerund(toks[j].low) and j == i + 1
        if gerund_pair:
            pass
        elif (
            j < n
            and toks[j].low in _VERBS
            and toks[j].low not in STOP
            and toks[j].low
            not in (
                "of",
                "for",
                "in",
                "on",
                "at",
                "with",
                "from",
                "into",
                "by",
                "to",
                "between",
                "among",
                "across",
            )
        ):
            j += 1
        r0 = j
        if gerund_pair:
            j += 1
        # the word before 'and': an -ing word repeated there is a noun ('online marketing, offline
        # marketing and event marketing')
        left_last = toks[i - 2].lem if i >= 2 and toks[i - 1].text == "," else toks[i - 1].lem
        while (
            j < n
            and j - r0 < 4
            and (
                _is_content(toks[j])
                or (j > r0 and toks[j].text.isdigit() and toks[j - 1].text[:1].isupper())
                or (j + 1 < n and _modifier_participle(toks, j))
            )
            and not (
                j > r0
                and _is_participle(toks[j])
                and not _modifier_participle(toks, j)
                and toks[j].lem != left_last
            )
        ):
            j += 1
        r1 = j
        # left item(s)
        k = i - 3 if t.low == "as" else i - 1
        if k >= 0 and toks[k].text == ",":
            k -= 1
        l1 = k + 1
        while (
            k >= 0
            and l1 - k <= 4
            and (
                _is_content(toks[k])
                or (k == l1 - 1 and _noun_before_comma(toks, k))
                or (
                    toks[k].text.isdigit()
                    and k > 0
                    and toks[k - 1].text[:1].isupper()
                    and toks[k - 1].low not in STOP
                )
                or (k < l1 - 1 and _modifier_participle(toks, k))
                or (gerund_pair and k == g_left)
            )
        ):
            k -= 1
        l0 = k + 1
        if poss and not (l0 > 0 and toks[l0 - 1].low == poss):
            i += 1  # 'cakes and their icing': no list unless both items have the possessive
            continue
        rate = (
            l0 > 1 and toks[l0 - 1].low in ("a", "an") and re.match(r"\$?\d", toks[l0 - 2].text)
        )  # '$25 a night'
        if (
            r1 <= r0
            or l1 <= l0
            or rate
            or (l0 > 0 and (re.match(r"\$?\d", toks[l0 - 1].text) or toks[l0 - 1].low == "per"))
        ):
            i += 1  # '$30 profit and ...', '$3,000 per term, and ...': a measure, not a list of things
            continue
        if (
            i > 0
            and toks[i - 1].text == ","
            and r1 < n
            and (
                (toks[r1].low in _SUBJ_VERBS and toks[r1].low not in ("is", "are", "has", "have"))
                # ', and small sprayers apply 800 litres': a plural subject, its plain verb
                or (r1 - r0 >= 2 and _plain_verb_at(toks, r1 - 1))
                or (r1 - r0 >= 1 and _plain_verb_at(toks, r1))
            )
            and any(re.match(r"\$?\d", x.text) for x in toks[max(0, l0 - 4) : l0])
            and (
                any(x.low in _SUBJ_VERBS for x in toks[:l0])
                or any(_plain_verb_at(toks, k) for k in range(l0))
            )
        ):
            # 'a jet flight carries 180 and uses 4 tonnes of fuel, and a turboprop flight carries 70':
            # an amount said of one thing, then a new clause about the next, no list of two
            i += 1
            continue
        l0 = _trim_left(toks, l0, l1, lems)
        if (
            l0 >= 2
            and toks[l0 - 2].low == "to"
            and _is_content(toks[l0 - 1])
            and r1 - r0 >= 2
            and lems.count(toks[r0].lem) == 1
            and lems.count(toks[r1 - 1].lem) >= 2
        ):
            r0 += 1  # 'to repave streets and fix sidewalks': each item has its own verb
        if (
            l0 >= 2
            and toks[l0 - 1].low == "of"
            and r1 + 1 < n
            and toks[r1].low == "of"
            and toks[r1 + 1].lem == toks[l1 - 1].lem
            and _is_content(toks[l0 - 2])
        ):
            # 'large boxes of chocolates, or small boxes of chocolates': the things are the boxes
            e = l0 - 1
            k = e - 1
            while k >= 0 and e - k <= 3 and _is_content(toks[k]):
                k -= 1
            l0, l1 = k + 1, e
        elif (
            r1 - r0 == 1
            and r1 + 1 < n
            and toks[r1].low == "of"
            and l0 >= 2
            and toks[l0 - 1].low == "of"
            and toks[l0 - 2].lem == toks[r0].lem
        ):
            # 'rows of tomatoes and rows of peppers', 'jars of jam and jars of honey': the same
            # counted unit before both; the things are what it is of
            r0 = r1 + 1
            while r0 < n and toks[r0].low in ("a", "an", "the"):
                r0 += 1
            r1 = r0
            while r1 < n and r1 - r0 < 4 and _is_content(toks[r1]) and not _is_participle(toks[r1]):
                r1 += 1
            if r1 == r0:
                i += 1
                continue
        # 'ads on search engines, ads on videos, and ads on social media': the same noun and
        # preposition before every item; the items are what follows the preposition
        prefix: tuple[str, str] | None = None
        if (
            r1 - r0 == 1
            and r1 + 1 < n
            and toks[r1].low in _REPEATABLE_PREPS
            and l0 >= 2
            and toks[l0 - 1].low == toks[r1].low
            and toks[l0 - 2].lem == toks[r0].lem
            and l0 >= 3
            and toks[l0 - 3].text == ","  # three or more ('the cut in A and the cut in B' is not)
        ):
            prefix = (toks[r0].lem, toks[r1].low)
            r0 = r1 + 1
            while r0 < n and toks[r0].low in ("a", "an", "the"):
                r0 += 1
            r1 = r0
            if r1 + 1 < n and toks[r1].low == "no" and _is_content(toks[r1 + 1]):
                r1 += 2  # 'commercials with famous actors, ... and commercials with no people'
            while r1 < n and r1 - r0 < 4 and _is_content(toks[r1]) and not _is_participle(toks[r1]):
                r1 += 1
            k = l0 - 3
            if r1 == r0:
                i += 1
                continue
        items = [(l0, l1), (r0, r1)]
        # earlier comma items: "A, B, and C", "the apple industry, the orange industry, and the pear industry"
        while (
            k >= 0 and toks[k].low in ("the", "a", "an") and k - 1 >= 0 and toks[k - 1].text == ","
        ):
            k -= 1
        while k >= 0 and toks[k].text == ",":
            e = k
            k -= 1
            if _noun_before_comma(toks, k):
                k -= 1  # 'teacher salaries, classroom rent, textbook costs': a noun between commas
            while k >= 0 and e - k <= 4 and _is_content(toks[k]):
                k -= 1
            if k + 1 < e:
                items.insert(0, (k + 1, e))
            else:
                break
            if prefix and k >= 1 and toks[k].low == prefix[1] and toks[k - 1].lem == prefix[0]:
                k -= 2
            while k >= 1 and toks[k].low in ("the", "a", "an") and toks[k - 1].text == ",":
                k -= 1
        if len(items) >= 3 and items[0] != (l0, l1):
            items[0] = (_trim_left(toks, items[0][0], items[0][1], lems), items[0][1])
        if (
            len(items) >= 3
            and items[0][0] > 0
            and toks[items[0][0] - 1].low in _POSSESSIVES
            and not (
                all(b - a == 1 for a, b in items[:-1])
                and items[-1][1] - items[-1][0] >= 2
                and lems.count(toks[items[0][0]].lem) >= 2
            )  # 'their soft, smooth, and crunchy cake-pops' ('a soft cake-pop' later): modifiers
        ):
            items = items[
                1:
            ]  # 'mix his animal feeds, oats and sunflower seeds': the first names the others
        elif (
            len(items) >= 3
            and all(
                toks[x].lem == toks[b - 1].lem
                for x in range(*items[0])
                for a, b in items[1:]
                if b - a >= 2
            )
            and all(b - a >= 2 for a, b in items[1:])
            and items[0][1] - items[0][0] == 1
        ):
            # 'each package, mango-lovers packages and regular packages': the first is the
            # category the others share as their last word
            items = items[1:]
        count = _count_word(toks, items[0][0])
        if count and len(items) > count:
            items = items[len(items) - count :]
        lists.append(items)
        if repeated and len(items) == 2:
            parallel.append(items)  # the repeated preposition shows the two are alike
        i = r1 if r1 > i else i + 1
    seen = {tuple(x) for x in lists}
    for items in _parallel_lists(toks, lems):
        if tuple(items) not in seen:
            lists.append(items)
            parallel.append(items)
    return lists


def _plain_verb_at(toks: list[Token], k: int) -> bool:
    """'(small sprayers) apply 800': a plain-form verb word after a plural noun, right before a number."""
    return (
        0 < k < len(toks) - 1
        and re.match(r"\$?\d", toks[k + 1].text) is not None
        and re.fullmatch(r"[a-z]+", toks[k].text) is not None
        and not toks[k].low.endswith("s")
        and toks[k].low not in STOP
        and toks[k].lem not in GENERIC_UNITS
        and re.search(r"[a-z]s$", toks[k - 1].low) is not None
        and not toks[k - 1].low.endswith("ss")
    )


def _unhyphen(p: list[Token], all_lems: list[str]) -> list[Token]:
    """'four ingredients-oats, corn, ...': a category joined to the first item by a hyphen; the
    item is the part after the hyphen when only that part is named again."""
    if len(p) != 1 or p[0].text.count("-") != 1 or all_lems.count(p[0].lem) > 1:
        return p
    head, tail = p[0].text.split("-")
    if len(head) < 3 or len(tail) < 3 or all_lems.count(lemma(tail)) < 1:
        return p
    return [Token(tail, p[0].end - len(tail), p[0].end)]


def _noun_before_comma(toks: list[Token], k: int) -> bool:
    """'classroom rent,' / 'stage rent, and': a verb-like word after a noun and before a comma
    ends a noun phrase of a list."""
    return (
        k >= 1
        and k + 1 < len(toks)
        and toks[k + 1].text == ","
        and toks[k].low in _VERBS
        and toks[k].low not in STOP
        and _is_content(toks[k - 1])
        and toks[k - 1].low not in _VERBS
    )


_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
}


def _count_word(toks: list[Token], before: int) -> int:
    for t in toks[max(0, before - 8) : before]:
        if t.low in _COUNT_WORDS:
            return _COUNT_WORDS[t.low]
    return 0


@dataclass
class _Cand:
    items: list[list[Token]]
    sent: int
    score: float
    enumerated: bool = False  # 'three types of autos: compact, midsize, and large'


def _lem_seq(toks: list[Token]) -> list[str]:
    return [t.lem for t in toks]


def _find_seq(lems: list[str], seq: list[str]) -> list[int]:
    L = len(seq)
    return [i for i in range(len(lems) - L + 1) if lems[i : i + L] == seq]


def discover_variables(sents: list[Sentence]) -> list[VarDef]:
    """The decision variables of a problem (empty when none can be found)."""
    alts = variable_candidates(sents)
    return alts[0] if alts else []


def variable_candidates(sents: list[Sentence], limit: int = 3) -> list[list[VarDef]]:
    """Alternative readings of what is decided, best first (the builder keeps the reading under
    which the most of the text is understood)."""
    out = _discover(sents, limit)
    return [o for o in out if o]


def _discover(sents: list[Sentence], limit: int) -> list[list[VarDef]]:
    """The decision variables of a problem (empty when none can be found)."""
    full = "\n".join(s.text for s in sents)
    syms = _symbol_vars(full)
    if syms:
        out: list[VarDef] = []
        # locate each symbol's first sentence
        for name, _a, _b in syms:
            si, span = 0, (0, 0)
            for s in sents:
                m = re.search(r"(?<![\w$])" + re.escape(name) + r"(?![\w])", s.text)
                if m:
                    si, span = s.index, (s.cstart + m.start(), s.cstart + m.end())
                    break
            vd = VarDef(
                name if re.fullmatch(r"[A-Za-z]", name) else _snake(name),
                name,
                [name.lower()],
                {name.lower()},
                name.lower(),
                True,
                si,
                span,
            )
            if re.search(r"\d$", name):
                m2 = re.search(
                    r"(?<![\w$])" + re.escape(name) + r"\s+((?:[A-Za-z][\w-]*\s*){1,3})", full
                )
                m_of = re.search(
                    r"(?<![\w$])" + re.escape(name) + r"\s+[A-Za-z]+\s+of\s+(?:the\s+|a\s+|an\s+)?"
                    r"((?:[A-Za-z][\w-]*\s*){1,3})",
                    full,
                )
                if m2:
                    cut: list[str] = []
                    words_after = m2.group(1).split()
                    if m_of:  # 'x1 bottles of oolong tea': the thing is after 'of'
                        words_after = m_of.group(1).split()
                    for w in words_after:
                        if w.lower() in _NP_STOP or w.lower() in _MODALS:
                            break
                        cut.append(w)
                    if cut and any(
                        re.search(
                            r"(?<![\w$])" + re.escape(o) + r"\s+" + re.escape(cut[0]) + r"\b", full
                        )
                        for o, _o1, _o2 in syms
                        if o != name
                    ):
                        cut = []  # 'Press 1 prints ...; Press 2 prints ...': a verb said of each, no name
                    cut = [
                        w
                        for w in cut
                        if not any(
                            re.search(
                                r"(?<![\w$])"
                                + re.escape(o)
                                + r"\s+(?:[A-Za-z-]+\s+)?"
                                + re.escape(w)
                                + r"\b",
                                full,
                            )
                            for o, _o1, _o2 in syms
                            if o != name
                        )
                    ]  # 'Type 1 and Type 2 street lights ... a Type 1 light': light names both
                    low_full = full.lower()
                    vd.aliases = (
                        {lemma(w) for w in cut if low_full.count(w.lower()) >= 2} if cut else set()
                    )
            out.append(vd)
        for v in out:
            esc = re.escape(v.label)
            # '(x)' written nowhere: no name before it, and the slow scan for one is skipped
            in_parens = re.search(r"\(\s*" + esc + r"\s*\)", full) is not None
            for pat in (
                r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*\(\s*" + esc + r"\s*\)"
                if in_parens
                else None,
                r"(?<![\w$])" + esc + r"\s+(?:represents|stands for|denotes|is)\s+(?:the\s+)?"
                r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)",
                # 'X (strength conditioning) and Y (skill development)'
                r"(?<![\w$])" + esc + r"\s*\(\s*([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*\)",
            ):
                for m3 in re.finditer(pat, full) if pat is not None else ():
                    words = [w for w in m3.group(1).split() if w.lower() not in STOP]
                    v.aliases |= {lemma(w) for w in words}
        _numbered_aliases(out, full)
        counts: dict[str, int] = {}
        for v in out:
            for a in v.aliases:
                counts[a] = counts.get(a, 0) + 1
        for v in out:
            v.aliases = {
                a for a in v.aliases if counts[a] == 1 and a not in GENERIC_UNITS and len(a) > 2
            }
        _set_units(out, full)
        if all(len(v.label) == 1 for v in out) and _letters_name_other_things(out, full):
            # 'Team A can make at most 120 regular speakers': letters that name teams, vitamins or machines;
            # the things listed by name are another reading of what is decided
            named = [alt for alt in _named_readings(sents, limit) if alt]
            # the letters are never the only names there: what is named in words comes first
            return [*named[: limit - 1], out] if named else [out]
        return [out]
    return _named_readings(sents, limit)


def _numbered_aliases(out: list[VarDef], full: str) -> None:
    """'Let x1 denote the ore from mine 1 and x2 the ore from mine 2 ... Ore from mine 1 costs
    $40': a noun numbered like the symbols names them ('mine 1' is x1); kept as 'mine#1'."""
    idx: dict[str, VarDef] = {}
    for v in out:
        m = re.fullmatch(r"[A-Za-z]{1,15}_?(\d{1,2})", v.label)
        if m is None:
            return
        idx[str(int(m.group(1)))] = v
    nouns: dict[str, set[str]] = {}
    for m in re.finditer(r"\b([A-Za-z]{3,})\s+(\d{1,2})\b(?![.,]\d|\s*%)", full):
        w = lemma(m.group(1))
        if w in GENERIC_UNITS or w in STOP or w in _LABEL_WORDS:
            continue
        nouns.setdefault(w, set()).add(str(int(m.group(2))))
    for w, nums in nouns.items():
        if nums == set(idx):
            for d, v in idx.items():
                v.aliases.add(f"{w}#{d}")


def _letters_name_other_things(out: list[VarDef], full: str) -> bool:
    """Every letter follows the same noun, one that names what does the work or what is needed, not what is made
    ('Team A', 'vitamin B')."""
    heads: set[str] = set()
    for v in out:
        ws = {
            m.group(1).lower()
            for m in re.finditer(r"\b([A-Za-z]{3,})\s+" + re.escape(v.label) + r"\b", full)
        }
        if len(ws) != 1:
            return False
        heads |= ws
    return len(heads) == 1 and bool(
        heads
        & {
            "team",
            "teams",
            "vitamin",
            "vitamins",
            "nutrient",
            "nutrients",
            "mineral",
            "minerals",
            "printer",
            "printers",
            "compound",
            "compounds",
            "manufacturer",
            "manufacturers",
            "substance",
            "substances",
        }
    )


def _named_readings(sents: list[Sentence], limit: int) -> list[list[VarDef]]:
    full = "\n".join(s.text for s in sents)
    sent_toks = [tokenize(s.text, s.cstart) for s in sents]
    all_lems: list[str] = [t.lem for ts in sent_toks for t in ts]
    all_toks: list[Token] = [t for ts in sent_toks for t in ts]
    _NOUNS.set(_noun_evidence(all_toks))
    cands: list[_Cand] = []
    # 'The unit profits of these products are $40, $100, and $90, respectively': k numbers given
    # in the order of a list of k things, which need not be named again
    respectively = {
        (s.index, len(re.findall(r"(?<![\w.])\$?\d[\d,]*(?:\.\d+)?", s.text)))
        for s in sents
        if re.search(r"\brespectively\b", s.text, re.IGNORECASE)
    }
    for s, toks in zip(sents, sent_toks):
        par: list[list[tuple[int, int]]] = []
        for items in _items_of_lists(toks, all_lems, par):
            phrases = [_unhyphen(toks[a:b], all_lems) for a, b in items]
            _distribute(phrases, all_lems)
            given = any(si > s.index and k == len(items) for si, k in respectively)
            sc = _score_list(phrases, all_toks, all_lems, toks, described=items in par or given)
            if items in par and sc > -1.0:
                sc += (
                    1.0  # 'vans, which hold 350, and trucks, which hold 900': described one by one
                )
            if _LIST_TRIGGER.search(s.text):
                sc += 1.0
            if any(t2.low in _INPUT_WORDS for t2 in toks[max(0, items[0][0] - 3) : items[0][0]]):
                sc -= 1.0  # 'Both require almond milk and protein powder': what goes in, not what is made
                if all(len(p) == 1 and _is_gerund(p[0].low) for p in phrases):
                    sc -= 1.0  # 'each chair requires cutting, assembling and finishing': steps
            sc -= 0.15 * s.index
            enumerated = (
                _count_word(toks, items[0][0]) == len(items)
                and any(t2.text == ":" for t2 in toks[max(0, items[0][0] - 3) : items[0][0]])
                and _score_list(phrases, all_toks, all_lems, toks, described=True) >= 0
            )
            cands.append(_Cand(phrases, s.index, sc, enumerated))
    numbered = _numbered_names(sents, sent_toks)
    if numbered is not None:
        cands.append(numbered)
    ordinal = _ordinal_names(sents, sent_toks)
    if ordinal is not None:
        cands.append(ordinal)
    subj = (
        _subject_vars(sents, sent_toks)
        or _each_vars(sents, sent_toks)
        or _per_unit_vars(sents, full)
        or _use_vars(sents, all_lems)
        or _article_vars(sents, sent_toks, all_lems)
        or _contrast_vars(sents, sent_toks)
    )
    _set_units(subj, full)
    run = _run_vars(sents)
    if run:
        # 'Running the north plant for an hour costs $200 and makes 20 coats': how long each
        # plant runs is decided; the things they make are what the constraints are about
        _set_units(run, full)
        rest = [r for r in _named_readings_from(cands, subj, sents, all_toks, full, limit) if r]
        if (
            rest
            and len(rest[0]) == len(run)
            and all(a.distinct & b.distinct for a, b in zip(rest[0], run))
        ):
            # the things run are the things listed ('a gas boiler ... and a heat pump'): their
            # names stay, what is decided is how long each runs
            for a, b in zip(rest[0], run, strict=True):
                if not a.symbol:
                    a.label = f"{a.label} {b.label.split()[-1]}"
            return rest
        return [run, *rest[: limit - 1]]
    return _named_readings_from(cands, subj, sents, all_toks, full, limit)


def _named_readings_from(
    cands: list[_Cand],
    subj: list[VarDef],
    sents: list[Sentence],
    all_toks: list[Token],
    full: str,
    limit: int,
) -> list[list[VarDef]]:
    if not cands or max(c.score for c in cands) <= 0:
        listed = [c for c in cands if c.enumerated]
        if not subj and listed:
            # nothing else names the decisions: 'three types of autos: compact, midsize, and
            # large' (the data comes in a table), even if the items are not named again
            c = listed[0]
            out = _make_vars(c.items, c.sent)
            _set_units(out, full)
            return [out]
        return [subj]
    ranked = sorted(cands, key=lambda c: -c.score)
    best = ranked[0]

    # a longer list that contains the best one ('Corn, Wheat, and Soybean' over 'Wheat and Soybean')
    # ('labor hours and material' inside 'labor, material, and equipment': units of measure aside)
    def unitless(p: list[Token]) -> tuple[str, ...]:
        return tuple(t.lem for t in p if t.lem not in GENERIC_UNITS) or tuple(t.lem for t in p)

    bl = {unitless(p) for p in best.items}
    sup = [
        c
        for c in cands
        if c.score > 0 and len(c.items) > len(best.items) and bl <= {unitless(p) for p in c.items}
    ]
    if sup:
        best = max(sup, key=lambda c: c.score)
    if best.score <= 0:
        return [subj]
    chosen = [best] + [c for c in ranked if c is not best and c.score > 0]
    alts: list[list[VarDef]] = []
    seen: set[tuple[tuple[str, ...], ...]] = set()
    for c in chosen:
        key = tuple(tuple(t.lem for t in p) for p in c.items)
        if key in seen:
            continue
        seen.add(key)
        out = _make_vars(c.items, c.sent)
        _set_units(out, full)
        cat = _category(sents[c.sent].text, c.items) | _shared_nouns(out, all_toks)
        cat |= _shared_prefix_noun(c.items, all_toks)
        if cat:
            for v in out:
                v.category = set(cat)
        alts.append(out)
        if len(alts) >= limit:
            break
    if subj and len(alts) < limit + 1:
        alts.append(subj)
    return alts


_NP3 = r"((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)"
_PERIOD = r"(hour|day|shift|week|month)"
# 'Running the north factory for an hour costs $200', 'operating Plant B for one day yields ...'
_RUN_FOR_RE = re.compile(
    r"\b(?:running|operating|using)\s+(?:the\s+|a\s+|an\s+|its\s+)?" + _NP3 + r"\s+for\s+"
    r"(?:an?|one|each|every|1)\s+" + _PERIOD + r"\b",
    re.IGNORECASE,
)
# 'The west side operation costs $500 to operate per day', 'Mine A costs $90 per hour to run'
_COSTS_TO_RUN_RE = re.compile(
    r"(?:^|\b(?:the|a|an|its|their)\s+|[,;:]\s*)" + _NP3 + r"\s+costs?\s+\$?\s?[\d,.]+\s+"
    r"(?:(?:dollars\s+)?(?:per|an?|each|every)\s+" + _PERIOD + r"\s+to\s+(?:operate|run)\b|"
    r"(?:dollars\s+)?to\s+(?:operate|run)(?:\s+(?:for\s+)?(?:per|an?|each|every|one)\s+"
    + _PERIOD
    + r")?)",
    re.IGNORECASE,
)


def _run_vars(sents: list[Sentence]) -> list[VarDef]:
    """Plants, machines or processes that are run for some time and make several things at once:
    'Running the north factory for an hour costs $200 and produces 20 long coats and 15 short
    coats ...', 'The mall kiosk costs $150 to operate per hour and can make 5 small boxes ...'.
    How long each runs is the decision (named '<plant> <periods>')."""
    found: list[tuple[str, str, int, int]] = []  # name, period, sentence, start
    for s in sents:
        for rx in (_RUN_FOR_RE, _COSTS_TO_RUN_RE):
            for m in rx.finditer(s.text):
                name = m.group(1).strip()
                period = next((g for g in m.groups()[1:] if g), "hour").lower()
                words = name.split()
                while words and words[0].lower() in STOP:
                    words = words[1:]
                while words and words[-1].lower() in ("that", "which", "who"):
                    words = words[:-1]
                if not words or any(w.lower() in _VERBS | _MODALS for w in words):
                    continue
                # what it makes: at least two more numbers in the sentence
                nums = re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", s.text)
                if len(nums) < 3:
                    continue
                found.append((" ".join(words), period, s.index, s.cstart + m.start(1)))
    names: list[tuple[str, str, int, int]] = []
    for f in found:
        if all(f[0].lower() != g[0].lower() for g in names):
            names.append(f)
    if not 2 <= len(names) <= 6:
        return []
    toks = [tokenize(n, st) for n, _p, _si, st in names]
    out = _make_vars(toks, names[0][2])
    if any(not v.distinct for v in out):
        return []
    for v, (n, p, si, st) in zip(out, names, strict=True):
        v.sentence = si
        v.span = (st, st + len(n))
        v.label = f"{n} {p}s"  # what is decided is time: 'north factory hours'
        v.name = _snake(v.label)
    return out


_UNIT_RE = re.compile(
    r"\bhow\s+many\s+([a-z]+)\s+(?:of|should|to|will|must|can|does|do)\b", re.IGNORECASE
)
_MONEY_VARS_RE = re.compile(
    r"\b(?:allocat\w*|distribut\w*|invest\w*|split\w*|divid\w*|spend\w*|assign\w*)\b[^.]{0,60}?"
    r"\b(?:budget|funds?|money|capital|dollars|investments?|savings|cash)\b"
    r"|\b(?:budget|funds?|money|capital|savings|cash)\s+(?:between|across|among|to|for|in)\b"
    r"|\$\s?[\d,.]+\s*(?:\w+\s+){0,2}to\s+(?:invest|spend|allocate|distribute|split)\b"
    # 'splits $100,000 among three projects', 'divides $5,000 between two charities'
    r"|\b(?:split|divid|allocat|distribut|spread|invest)\w*\s+(?:(?:his|her|their|its|the|a|total|of)\s+)*"
    r"(?:up\s+to\s+|at\s+most\s+|no\s+more\s+than\s+)?"  # 'invest up to $50000 in A and B'
    r"\$\s?[\d,.]+(?:\s+(?:million|thousand|[mk]))?(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"  # '$6,000 of advertising'
    r"\s+(?:among|between|across|over|in|into|on)\b"
    r"|\b(?:put|puts|putting|place|places|placing|deposit|deposits|depositing)\s+(?:(?:his|her|their|its|the|a|"
    r"total|of|up|to)\s+)*\$\s?[\d,.]+",
    re.IGNORECASE,
)


_PEOPLE = frozenset(
    [
        "patient",
        "person",
        "customer",
        "student",
        "child",
        "guest",
        "visitor",
        "passenger",
        "client",
        "trip",
    ]
)


_SUBJ_VERBS = frozenset(
    [
        "requires",
        "require",
        "takes",
        "take",
        "costs",
        "cost",
        "needs",
        "need",
        "uses",
        "use",
        "contains",
        "contain",
        "yields",
        "yield",
        "produces",
        "produce",
        "gives",
        "give",
        "earns",
        "earn",
        "makes",
        "make",
        "sells",
        "sell",
        "can",
        "has",
        "have",
        "is",
        "are",
        "generates",
        "generate",
        "nets",
        "net",
        "provides",
        "provide",
        "brings",
        "bring",
        "attracts",
        "attract",
        "holds",
        "hold",
        "carries",
        "carry",
        "consists",
        "consist",
        "must",
        "will",
        "would",
        "should",
        "gets",
        "get",
        "needed",
        "required",
        # story verbs ('a full-time cleaner works 40 hours', 'a truck trip carries 15 tonnes')
        "works",
        "work",
        "pays",
        "pay",
        "returns",
        "return",
        "covers",
        "cover",
        "handles",
        "handle",
        "releases",
        "release",
        "emits",
        "emit",
        "weighs",
        "weigh",
    ]
)
_DETS = frozenset(["each", "every", "a", "an", "one", "per", "the"])
# 'Its house blend is 75% Colombian ...; its special blend is 50% Colombian': like 'the'
_POSS_DETS = frozenset(["its", "their", "his", "her", "our", "my", "your"])


# what is said of a resource, not of a thing decided: 'can be used for', 'is available for'
_RESOURCE_USE_RE = re.compile(
    r"(?:(?:can|may|could)(?: only)? (?:be )?|is |are )"
    r"(?:used|operated|run|available|in use|booked)(?: for| up to| at most| no more than|$)"
)


def _subject_vars(sents: list[Sentence], sent_toks: list[list[Token]]) -> list[VarDef]:
    """Decisions named as the subjects of per-unit statements: 'Each sofa requires ... Each kitchen cabinet
    takes ...', 'a batch of oatmeal cookies requires ...' (used when the text has no list of them)."""
    found: list[tuple[list[Token], int, bool]] = []
    verbs: list[str] = []  # the verb after each subject
    dets: list[str] = []  # how each was introduced: 'each'/'every' or an article
    actors: set[tuple[str, ...]] = set()
    stated: set[tuple[str, ...]] = (
        set()
    )  # subjects of per-unit statements ('internal drivers can deliver 20')
    unit_named: set[str] = set()  # subjects named with a unit dropped ('truck' of 'truck trip')
    over: list[set[str]] = []  # the words after 'each'/'per' in each subject's statement
    possessed: set[tuple[str, ...]] = set()  # subjects introduced by 'its'/'their'...
    for s, toks in zip(sents, sent_toks):
        n = len(toks)
        for i, t in enumerate(toks):
            bare = (
                t.low not in _DETS
                and _is_content(t)
                and (i == 0 or toks[i - 1].low in ("and", "while", "whereas", ";"))
                and not t.text.isupper()
            )  # 'Shio ramen requires 2 eggs'
            # 'full-shift lifeguards work 8 hours ..., half-shift lifeguards work 4 hours': a bare
            # subject after a comma, kept only if its verb was said of an earlier subject
            bare_comma = (
                not bare
                and verbs != []
                and t.low not in _DETS
                and _is_content(t)
                and i > 0
                and toks[i - 1].text == ","
                and not t.text.isupper()
            )
            bare = bare or bare_comma
            poss = t.low in _POSS_DETS
            if t.low not in _DETS and not bare and not poss:
                continue
            if (
                i > 0
                and toks[i - 1].text not in (",", ";", ":")
                and toks[i - 1].low
                not in (
                    "while",
                    "whereas",
                    "and",
                    "but",
                    "for",
                    "of",
                    "on",
                    "to",
                    "in",
                    "where",
                    "when",
                    "if",
                )
                and not (_is_participle(toks[i - 1]) and t.low in ("a", "an", "each", "every"))
            ):
                continue  # '... a game where a short shot is worth 2 points', 'throwing a small ball is worth 5'
            j = i if bare else i + 1
            phrase: list[Token] = []
            while (
                j < n
                and len(phrase) < 5
                and (_is_content(toks[j]) or toks[j].low == "of")
                and toks[j].low not in _SUBJ_VERBS
            ):
                phrase.append(toks[j])
                j += 1
            if (
                phrase
                and j < n
                and toks[j].low == "from"
                and (t.low in ("each", "every", "a", "an") or (bare and len(phrase) == 1))
            ):
                # 'Fuel from the Eastern refinery costs $0.80 a litre' as well
                # 'every tonne of ore from the North pit contains 20 kg': the source is what is decided
                g = j + 1
                while g < n and toks[g].low in ("the", "a", "an"):
                    g += 1
                src: list[Token] = []
                while (
                    g < n
                    and len(src) < 4
                    and _is_content(toks[g])
                    and toks[g].low not in _SUBJ_VERBS
                ):
                    src.append(toks[g])
                    g += 1
                if src and g < n and toks[g].low in _SUBJ_VERBS:
                    if any({x.lem for x in src} <= {p.lem for p in f[0]} for f in found):
                        continue  # 'each MWh from coal' after 'its old coal plant': the same thing
                    phrase, j = src, g
            if (
                len(phrase) >= 2
                and j < n
                and re.match(r"\$?\d", toks[j].text)
                and re.search(r"[a-z]s$", phrase[-1].low)
                and not phrase[-1].low.endswith("ss")
                # 'senior cleaners are paid $28 and junior cleaners $18': a head already named is no verb
                and phrase[-1].lem not in {f[0][-1].lem for f in found}
            ):
                phrase = phrase[:-1]  # 'a small jet seats 50': the last word is the verb
                j -= 1
            elif (
                len(phrase) >= 2
                and j < n
                and re.match(r"\$?\d", toks[j].text)
                and re.search(r"[a-z]s$", phrase[-2].low)
                and not phrase[-2].low.endswith("ss")
                and re.fullmatch(r"[a-z]+", phrase[-1].low)
                and not phrase[-1].low.endswith("s")
                and phrase[-1].lem not in {f[0][-1].lem for f in found}
            ):
                # 'laser printers print 1,500 pages', 'large pumps move 300 litres': a plural subject,
                # then its verb in the plain form
                phrase = phrase[:-1]
                j -= 1
            elif (
                phrase
                and j < n
                and (
                    re.match(r"\$\d", toks[j].text)
                    or (
                        # 'experienced servers handle 8 tables each and trainees 5 tables each'
                        re.match(r"\d", toks[j].text)
                        and j + 1 < n
                        and toks[j + 1].text.isalpha()
                        and toks[j + 1].lem not in GENERIC_UNITS
                        and any(x.low == toks[j + 1].low for x in toks[:i])
                    )
                    or (
                        poss
                        and toks[j].low == "up"
                        and j + 2 < n
                        and toks[j + 1].low == "to"
                        and re.match(r"\$?\d", toks[j + 2].text)
                    )  # 'its gas turbine can generate up to 350 MWh, and its coal plant up to 300 MWh'
                )
                and i > 0
                and toks[i - 1].low in ("and", "while", "whereas")
                and any(x.low in _SUBJ_VERBS for x in toks[:i])
            ):
                pass  # 'LED lights cost $300 each and solar lights $500 each': the verb is not repeated
            elif (
                not phrase
                or j >= n
                or (
                    toks[j].low not in _SUBJ_VERBS
                    and toks[j].text not in (",",)
                    # 'large ovens bake 150 loaves': a plural subject (the phrase ends at j - 1),
                    # then a plain verb word right before its number
                    and not _plain_verb_at(toks, j)
                )
            ):
                continue
            if bare_comma and not (j < n and stem(toks[j].lem) in verbs):
                continue
            if t.low in ("each", "every") and _RESOURCE_USE_RE.match(
                " ".join(x.low for x in toks[j : j + 5])
            ):
                continue  # 'Each machine can be used for at most 500 minutes': a resource
            # 'batch of oatmeal cookies' -> 'oatmeal cookies'; 'unit of gel' -> 'gel'
            if any(p.low == "of" for p in phrase):
                k = max(x for x, p in enumerate(phrase) if p.low == "of")
                phrase = phrase[k + 1 :]
            phrase = [p for p in phrase if p.low != "of"]
            if len(phrase) >= 2 and phrase[-1].lem in GENERIC_UNITS:
                # 'a truck trip carries 15 tonnes': the truck is decided on by the trip
                phrase = phrase[:-1]
                unit_named.add(phrase[-1].lem)
            if not phrase or phrase[-1].lem in GENERIC_UNITS:
                continue
            if not any(re.match(r"\$?\d", x.text) for x in toks[j : j + 12]):
                continue
            key = [p.lem for p in phrase]
            if (
                len(key) >= 2
                and any(
                    len(f[0]) == len(key)
                    and [p.lem for p in f[0]][:-1] == key[:-1]
                    # 'Plant North' and 'Plant South': names that differ in their last word are two things
                    and not (phrase[-1].text[:1].isupper() and f[0][-1].text[:1].isupper())
                    for f in found
                )
            ):
                continue  # 'the card-based machine' after 'a card-based system': the same thing named again
            if poss and (
                toks[j].low in _ACTOR_VERBS or (toks[j].low in _MODALS and toks[j].low != "can")
            ):
                continue  # 'Its customers will buy at most 1,500 pounds': not a thing made
            if (
                toks[j].low in _ACTOR_VERBS
                or (
                    toks[j].low in ("has", "have", "needs", "need")
                    and j + 1 < n
                    and toks[j + 1].low == "to"
                )
                or (
                    # 'A music festival needs at least 480 kW': a demand, said by who is served
                    # ('needs enough teachers to give ...' too)
                    toks[j].low in ("needs", "need", "requires", "require", "expects", "demands")
                    and t.low not in ("each", "every", "per")
                    and " ".join(x.low for x in toks[j + 1 : j + 4]).startswith(
                        (
                            "at least",
                            "a minimum of",
                            "no fewer than",
                            "no less than",
                            "not less",
                            "enough ",
                            "sufficient ",
                        )
                    )
                )
            ):  # 'A quarry has to deliver 900 tonnes': who decides
                actors.add(
                    tuple(key)
                )  # 'A charter company must fly 1,000 passengers': who decides, not what
            else:
                stated.add(tuple(key))
            if all([p.lem for p in f[0]] != key for f in found):
                found.append((phrase, s.index, t.low == "the" or bare or poss))
                if poss:
                    possessed.add(tuple(key))
                ov: set[str] = set()
                for x in range(j, min(n, j + 12)):
                    if toks[x].low in ("each", "every") and toks[x - 1].low in (
                        "on",
                        "for",
                        "from",
                        "with",
                        "in",
                    ):
                        y = x + 1  # 'on each litre of yogurt' -> yogurt
                        while y < n and (toks[y].lem in GENERIC_UNITS or toks[y].low == "of"):
                            y += 1
                        if y < n:
                            ov.add(toks[y].lem)
                over.append(ov)
                verb_tok = (
                    toks[j]
                    if j < n and not re.match(r"\$?\d", toks[j].text)
                    else next((x for x in reversed(toks[:i]) if x.low in _SUBJ_VERBS), None)
                )  # the verb said once for both
                if verb_tok is not None and verb_tok.low in _MODALS:
                    # 'servers can handle 8 ... and trainees 5': handle
                    k = next((x for x in range(n) if toks[x] is verb_tok), n - 1)
                    verb_tok = toks[k + 1] if k + 1 < n else verb_tok
                verbs.append(stem(verb_tok.lem) if verb_tok is not None else "")
                dets.append("each" if t.low in ("each", "every", "per") else "a")
    # 'The dairy earns $1.80 on each litre of yogurt': a subject said to do something per unit of the
    # others is who decides (and so is every subject with its head: 'Hillside Dairy receives ...')
    bosses = {
        f[0][-1].lem
        for f, ov in zip(found, over)
        if any(g is not f and g[0][-1].lem in ov and g[0][-1].lem != f[0][-1].lem for g in found)
    }
    if bosses and len([f for f in found if f[0][-1].lem not in bosses]) >= 2:
        keep = [k for k, f in enumerate(found) if f[0][-1].lem not in bosses]
        found = [found[k] for k in keep]
        verbs = [verbs[k] for k in keep]
        dets = [dets[k] for k in keep]
    if (
        len(found) >= 3
        and found[0][1] == 0
        and found[0][0][-1].lem not in {f[0][-1].lem for f in found[1:]}
        and len({f[0][-1].lem for f in found[1:]}) == 1
    ):
        # 'A kennel has room for 40 dogs ... a small dog earns $25 ... a large dog $40': the opening subject is
        # who decides when the others are kinds of one thing
        found, verbs, dets = found[1:], verbs[1:], dets[1:]
    if (
        len(found) >= 3
        and found[0][1] == 0
        and dets[0] == "a"
        and all(d == "each" for d in dets[1:])
    ):
        # 'A camera store can spend ... Each lens costs $400 and each tripod costs $300': the first is the actor
        found, verbs = found[1:], verbs[1:]
    pairs = list(zip(found, verbs))
    actors -= stated
    if len([f for f, _ in pairs if tuple(p.lem for p in f[0]) not in actors]) >= 2:
        pairs = [(f, vb) for f, vb in pairs if tuple(p.lem for p in f[0]) not in actors]
    # 'the' and bare nouns introduce subjects only when they share a head with another ('The meat option ... The
    # veggie option') or are said the same thing of ('Topsoil costs $30 ... and compost costs $45')
    heads: dict[str, int] = {}
    said: dict[str, int] = {}
    for (ph, _, flag), vb in pairs:
        heads[ph[-1].lem] = heads.get(ph[-1].lem, 0) + 1
        if flag and vb and vb not in _WEAK_VERBS:
            said[vb] = said.get(vb, 0) + 1
    # 'Its gas turbine can generate ..., and its old coal plant ...': two things of the actor's
    two_owned = len([f for f, _ in pairs if tuple(p.lem for p in f[0]) in possessed]) >= 2
    found = [
        f
        for f, vb in pairs
        if not f[2]
        or heads[f[0][-1].lem] >= 2
        or said.get(vb, 0) >= 2
        or (two_owned and tuple(p.lem for p in f[0]) in possessed)
        # 'A boat can take 200 units per trip ... His neighbor can take 40 units per trip'
        or (
            tuple(p.lem for p in f[0]) in possessed
            and bool(vb)
            and vb not in _WEAK_VERBS
            and any(vb2 == vb and not f2[2] for f2, vb2 in pairs if f2 is not f)
        )
    ]
    if len(found) < 2 or len(found) > 5:
        return []
    phrases = [f[0] for f in found]
    long_heads = {p[-1].lem for p in phrases if len(p) >= 2}
    if len(long_heads) == 1:
        # 'A regular smoothie uses ...; a large uses ...': the short one is a large smoothie
        head_tok = next(p[-1] for p in phrases if len(p) >= 2)
        phrases = [
            p
            if len(p) >= 2
            or p[-1].lem == head_tok.lem
            or p[-1].lem in unit_named
            or p[-1].low != p[-1].lem  # 'trainees': a plural noun is a thing of its own
            else [*p, head_tok]
            for p in phrases
        ]
        # 'every litre of gloss' after 'each litre of gloss paint': the same thing once
        uniq: list[list[Token]] = []
        for p in phrases:
            if all([x.lem for x in p] != [x.lem for x in q] for q in uniq):
                uniq.append(p)
        phrases = uniq
        if len(phrases) < 2:
            return []
    return _make_vars(phrases, found[0][1])


_NUMBER_NAMES = {
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}


def _naming(p: list[Token], t: Token) -> bool:
    """A word of a name that can tell one decision from another: no stop word, except a
    capitalized number word after the name's first word ('Mine One', 'Well Two'), a number word
    that ends it ('medley one'), and 'no' that starts it ('no people')."""
    return (
        t.low not in STOP
        # 'seafood medley one' and 'seafood medley two': a number word that ends the name
        or (t.low in _NUMBER_NAMES and (t.text[:1].isupper() or t is p[-1]) and t is not p[0])
        # 'commercials with no people' beside 'commercials with regular people'
        or (t.low == "no" and t is p[0] and len(p) >= 2)
    )


_IRREGULAR_PARTICIPLES = frozenset(
    [
        "sold",
        "made",
        "kept",
        "sent",
        "ground",
        "frozen",
        "grown",
        "given",
        "spent",
        "brought",
        "put",
    ]
)
_USE_PREPS = r"(?:(?:as|into|for|to|in|on)\s+)?(?:(?:an?|the)\s+)?"
# 'Apples can be sold fresh ... or pressed into cider', 'the milk is either bottled or turned into cheese'
_USES_RE = re.compile(
    r"\b(?:be|is|are|get|gets)\s+(?:either\s+)?(?P<v1>[a-z]+)\s+" + _USE_PREPS + r"(?P<w1>[a-z]+)"
    r"(?P<mid>(?:[^.;?]|(?<=\d)\.(?=\d)){0,70}?)\bor\s+(?:be\s+)?(?P<v2>[a-z]+)\s+"
    + _USE_PREPS
    + r"(?P<w2>[a-z]+)",
    re.IGNORECASE,
)


# 'An orchard sells its apples as fresh fruit or presses them into cider'
_USES_ACTIVE_RE = re.compile(
    r"\b(?P<v1>[a-z]{3,}s)\s+(?P<obj>(?:its|their|his|her|the|all)\s+[a-z]+)\s+(?:as|into|for|to|in|on)\s+"
    r"(?:(?:an?|the)\s+)?(?P<w1>[a-z]+)(?P<mid>(?:[^.;?]|(?<=\d)\.(?=\d)){0,70}?)\bor\s+(?P<v2>[a-z]{3,}s)\s+"
    r"(?:them|it)\s+" + _USE_PREPS + r"(?P<w2>[a-z]+)",
    re.IGNORECASE,
)


def _use_vars(sents: list[Sentence], all_lems: list[str]) -> list[VarDef]:
    """Two uses of one resource, each told by a past participle: 'Apples can be sold fresh at the market for
    $600 a tonne or pressed into cider' decides how much is sold fresh and how much becomes cider. Each use is
    named by the word after its verb ('fresh', 'cider'), or by the verb when a preposition follows it; the
    verb's stem names it too ('the press can take at most 5 tonnes')."""
    for s in sents:
        m = _USES_RE.search(s.text)
        active = m is None
        if m is None:
            m = _USES_ACTIVE_RE.search(s.text)
        if m is None:
            continue
        out: list[VarDef] = []
        for v, w in (("v1", "w1"), ("v2", "w2")):
            verb, word = m.group(v).lower(), m.group(w).lower()
            if (
                not (active or verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES)
                or len(verb) < 4
                or verb in _SUBJ_VERBS - {"sells", "sell"}
            ):
                break
            named_by_verb = (
                word in STOP
                or word in _VERBS
                or word in ("at", "by", "with", "from", "sale", "use", "market", "cash", "money")
            )
            label = verb if named_by_verb else word
            stems = {lemma(verb), verb[:-2], verb[:-1]} - {label}
            stems = {x for x in stems if len(x) >= 4 and x in all_lems}
            lab = lemma(label)
            off = s.cstart + m.start(w if not named_by_verb else v)
            out.append(
                VarDef(
                    _snake(label),
                    label,
                    [lab],
                    {lab, *stems},
                    lab,
                    False,
                    s.index,
                    (off, off + len(label)),
                )
            )
        if len(out) == 2 and out[0].label != out[1].label:
            # 'Apples can be sold ...': what is used is the category of both ('harvested 12 tonnes of apples')
            subj = (
                re.search(r"([a-z]+)$", m.group("obj"), re.IGNORECASE)
                if active
                else re.search(
                    r"([A-Za-z]+)\s+(?:can|could|may|will|must|is|are)\s+(?:\w+\s+)?$",
                    s.text[: m.start() + 3],
                )
            )
            if subj and lemma(subj.group(1).lower()) not in STOP:
                for vd in out:
                    vd.category = {lemma(subj.group(1).lower())}
            return out
    return []


_KIND_WORDS = frozenset(["type", "model", "grade", "class", "kind", "version", "option"])
_LABEL_WORDS = frozenset(
    [
        "constraint",
        "condition",
        "requirement",
        "restriction",
        "rule",
        "step",
        "table",
        "figure",
        "equation",
        "example",
        "question",
        "part",
        "note",
        "scenario",
        "exhibit",
        "appendix",
        "section",
    ]
)


def _numbered_names(sents: list[Sentence], sent_toks: list[list[Token]]) -> _Cand | None:
    """Things named by a word and a number: 'soda 1 ... soda 2', 'mixture 1 and mixture 2', 'farm 1 ... farm 2',
    'seafood medley one and seafood medley two' (the same name with numbers 1..k, at least twice each)."""
    seen: dict[tuple[str, ...], dict[int, tuple[list[Token], int]]] = {}
    for s, toks in zip(sents, sent_toks):
        for i in range(1, len(toks)):
            num = _NUMBER_NAMES.get(toks[i].low)
            kind = toks[i - 1].low in _KIND_WORDS  # 'widgets of type 1 and type 2'
            if (
                num is None
                or not (_is_content(toks[i - 1]) or kind)
                or toks[i - 1].lem in GENERIC_UNITS
            ):
                continue
            if toks[i - 1].lem in _LABEL_WORDS:
                continue  # '(constraint 1)', 'step 2', 'table 3': labels of the text, not things
            if i + 1 < len(toks) and (
                toks[i + 1].text in ("%", ".")
                and i + 2 < len(toks)
                and toks[i + 2].text[:1].isdigit()
            ):
                continue
            if i + 1 < len(toks) and toks[i + 1].lem in GENERIC_UNITS:
                continue  # 'lasts 2 hours'
            name = [toks[i - 1]]
            if (
                i >= 2
                and _is_content(toks[i - 2])
                and toks[i - 2].low not in _VERBS
                and toks[i - 2].lem not in GENERIC_UNITS
            ):
                name = [
                    toks[i - 2],
                    toks[i - 1],
                ]  # 'seafood medley one'; cut back below unless it recurs
            key = tuple(t.lem for t in name[-1:])
            seen.setdefault(key, {}).setdefault(num, ([*name, toks[i]], s.index))
    best: list[tuple[list[Token], int]] = []
    for nums in seen.values():
        ks = sorted(nums)
        if len(ks) >= 2 and ks == list(range(1, len(ks) + 1)) and len(ks) > len(best):
            best = [nums[k] for k in ks]
    if not best:
        return None
    full_lems = [t.lem for ts in sent_toks for t in ts]
    items = [p[0] for p in best]
    if any(len(p) == 3 for p in items) and not all(
        len(_find_seq(full_lems, [t.lem for t in p])) >= 2 for p in items
    ):
        items = [p[-2:] for p in items]
    return _Cand(items, min(p[1] for p in best), 1.5)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_ORDINALS.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5})


def _ordinal_names(sents: list[Sentence], sent_toks: list[list[Token]]) -> _Cand | None:
    """Things introduced one by one by ordinals: 'The first product, a display shelf, requires
    ... The second product is a plant stand ...' (first, second, ... each once, in order)."""
    found: dict[int, tuple[list[Token], int]] = {}
    for s, toks in zip(sents, sent_toks):
        n = len(toks)
        for i, t in enumerate(toks):
            k = _ORDINALS.get(t.low)
            if k is None or k in found:
                continue
            if (
                i >= 3
                and i + 1 < n
                and toks[i + 1].low in _KIND_WORDS
                and toks[i - 1].low == "the"
                and toks[i - 2].low == "of"
                and _is_content(toks[i - 3])
            ):
                # 'a product of the first type ... a product of the second type'
                found[k] = (toks[i : i + 2], s.index)
                continue
            j = i + 1
            if j < n and _is_content(toks[j]) and toks[j].lem not in GENERIC_UNITS:
                j += 1  # the kind: 'the first product'
            if j < n and (toks[j].text in (",", ":") or toks[j].low in ("is", "was", "being")):
                j += 1
            else:
                continue
            if j < n and toks[j].low in ("a", "an", "the"):
                j += 1
            else:
                continue
            r0 = j
            while (
                j < n
                and j - r0 < 4
                and _is_content(toks[j])
                and toks[j].low not in _SUBJ_VERBS
                and not _is_participle(toks[j])
            ):
                j += 1
            if j == r0 or toks[j - 1].lem in GENERIC_UNITS:
                continue
            found[k] = (toks[r0:j], s.index)
    ks = sorted(found)
    if len(ks) < 2 or ks != list(range(1, len(ks) + 1)):
        return None
    items = [found[k][0] for k in ks]
    if len({tuple(t.lem for t in p) for p in items}) != len(items):
        return None
    return _Cand(items, found[1][1], 2.0)


_PER_MEASURE_RE = re.compile(
    r"\b(?:each|every|per|an?|one)\s+(?:acre|hectare|hour|kilogram|kg|litre|liter|tonne|ton|unit|dollar|square\s+\w+)"
    r"\s+(?:of|planted\s+with|sown\s+with|devoted\s+to|used\s+for|allocated\s+to|invested\s+in|spent\s+on|"
    r"given\s+to|assigned\s+to|for)\s+"
    # 'each unit of effort on raffle tickets', 'each dollar of spending on radio'
    r"(?:(?:effort|money|time|spending|funding|capital|work|labou?r)\s+(?:on|in|for|at|to)\s+)?"
    r"(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    re.IGNORECASE,
)


def _per_unit_vars(sents: list[Sentence], full: str) -> list[VarDef]:
    """Decisions named only in per-unit phrases: 'Each acre planted with soybeans yields $180 ... each acre planted
    with cotton yields $240' (two to five different things after the same kind of phrase)."""
    names: list[str] = []
    for m in _PER_MEASURE_RE.finditer(full):
        words = [
            w
            for w in m.group(1).split()
            if w.lower() not in STOP and w.lower() not in _SUBJ_VERBS and w.lower() not in _VERBS
        ]
        ws = (
            words[:1]
            if len(words) > 1 and lemma(words[1]) in _SUBJ_VERBS | {"yield", "need", "cost"}
            else words
        )
        name = " ".join(ws)
        if (
            ws
            and lemma(ws[-1]) not in GENERIC_UNITS
            and name.lower() not in (n.lower() for n in names)
        ):
            names.append(name)
    if not 2 <= len(names) <= 5:
        return []
    toks = [tokenize(n) for n in names]
    first = next((s.index for s in sents if names[0].lower() in s.text.lower()), 0)
    return _make_vars(toks, first)


def _article_vars(
    sents: list[Sentence], sent_toks: list[list[Token]], all_lems: list[str]
) -> list[VarDef]:
    """Kinds of one thing brought in one at a time by the same verb: 'The gym offers a basic
    plan for $30. It also offers a premium plan for $55. A basic member ...' (same verb, same
    noun, a different word before it that the text uses again)."""
    groups: dict[tuple[str, str], list[tuple[list[Token], int]]] = {}
    for s, toks in zip(sents, sent_toks):
        for i in range(1, len(toks) - 2):
            if toks[i].low not in ("a", "an") or toks[i - 1].low not in _VERBS:
                continue
            j = i + 1
            while j < len(toks) and j - i <= 3 and _is_content(toks[j]):
                j += 1
            phrase = toks[i + 1 : j]
            if len(phrase) < 2 or phrase[-1].lem in GENERIC_UNITS or phrase[-1].lem in STOP:
                continue
            key = (toks[i - 1].lem, phrase[-1].lem)
            grp = groups.setdefault(key, [])
            if all([t.lem for t in g[0]] != [t.lem for t in phrase] for g in grp):
                grp.append((phrase, s.index))
    best = max(groups.values(), key=len, default=[])
    if not 2 <= len(best) <= 5:
        return []
    firsts = [g[0][0].lem for g in best]
    if len(set(firsts)) != len(best) or any(all_lems.count(w) < 2 for w in firsts):
        return []
    return _make_vars([g[0] for g in best], best[0][1])


def _contrast_vars(sents: list[Sentence], sent_toks: list[list[Token]]) -> list[VarDef]:
    """Two subjects told the same thing, contrasted by 'while'/'whereas': 'Sleeper seats, which
    come with a bed, are sold for $500 each while regular tickets are sold for $200 each'."""

    def np_at(toks: list[Token], j: int) -> tuple[int, int]:
        while j < len(toks) and toks[j].low in ("a", "an", "the", "each", "every"):
            j += 1
        a = j
        while j < len(toks) and j - a < 4 and _is_content(toks[j]) and toks[j].low not in _VERBS:
            j += 1
        return a, j

    for s, toks in zip(sents, sent_toks):
        w = next((i for i, t in enumerate(toks) if t.low in ("while", "whereas")), -1)
        if w < 2:
            continue
        r0, r1 = np_at(toks, w + 1)
        if r1 - r0 < 1 or r1 + 1 >= len(toks):
            continue
        verb = [t.low for t in toks[r1 : r1 + 2]]
        start = 0
        while start < w and (toks[start].low in ("however", "also") or toks[start].text == ","):
            start += 1
        l0, l1 = np_at(toks, start)
        if l1 - l0 < 1:
            continue
        k = l1
        if k < w and toks[k].text == ",":  # ', which come with a bed,'
            k = next((x + 1 for x in range(k + 1, w) if toks[x].text == ","), k)
        if [t.low for t in toks[k : k + 2]] != verb or not re.match(r"[a-z]", verb[0]):
            continue
        left, right = toks[l0:l1], toks[r0:r1]
        if {t.lem for t in left} == {t.lem for t in right}:
            continue
        return _make_vars([left, right], s.index)
    return []


def _each_vars(sents: list[Sentence], sent_toks: list[list[Token]]) -> list[VarDef]:
    """Decisions named only after 'each' in parallel statements: 'A profit of $30 is made on each cushioned seat
    and a profit of $10 is made on each regular seat' (kinds of one thing, told apart by their first words)."""
    groups: dict[str, list[tuple[list[Token], int]]] = {}
    for s, toks in zip(sents, sent_toks):
        for i, t in enumerate(toks):
            if t.low not in ("each", "every"):
                continue
            j = i + 1
            phrase: list[Token] = []
            while (
                j < len(toks)
                and len(phrase) < 4
                and _is_content(toks[j])
                and toks[j].low not in _SUBJ_VERBS
            ):
                phrase.append(toks[j])
                j += 1
            if len(phrase) < 2 or phrase[-1].lem in GENERIC_UNITS or phrase[-1].lem in _PEOPLE:
                continue
            key = [p.lem for p in phrase]
            grp = groups.setdefault(phrase[-1].lem, [])
            if all([p.lem for p in g[0]] != key for g in grp):
                grp.append((phrase, s.index))
    best = max(groups.values(), key=len, default=[])
    if not 2 <= len(best) <= 5 or len({g[0][0].lem for g in best}) != len(best):
        return []
    return _make_vars([g[0] for g in best], best[0][1])


def _set_units(out: list[VarDef], full: str) -> None:
    head = full[: max(200, full.find(".", 150) + 1)]
    question = full.rsplit("\n", 1)[-1]
    money = bool(_MONEY_VARS_RE.search(head)) or bool(
        re.search(r"\bhow\b", question, re.IGNORECASE) and _MONEY_VARS_RE.search(question)
    )  # 'how should she split her money'

    units = {
        lemma(m.group(1))
        for m in _UNIT_RE.finditer(full)
        if lemma(m.group(1)) in GENERIC_UNITS
        and lemma(m.group(1)) not in ("unit", "time", "amount", "piece", "shift", "trip")
    }
    per_units = {
        lemma(m.group(1) or m.group(2))
        for m in _PER_UNIT_RE.finditer(full)
        if lemma(m.group(1) or m.group(2)) in GENERIC_UNITS | _PEOPLE
        and lemma(m.group(1) or m.group(2))
        not in ("time", "amount", "piece", "shift", "day", "week", "month", "year")
    }
    low_full = full.lower()
    for m in _PER_UNIT_RE.finditer(full):
        # 'each screening of the action film', 'each crossing on the island route': a counted unit of
        # the decision named right after it
        w = m.group(1)
        rest = low_full[m.end() :].lstrip()
        rest = rest[4:] if rest.startswith("the ") else rest
        if w and w.lower() not in STOP and any(rest.startswith(v.label.lower()) for v in out):
            per_units.add(lemma(w))
    asked = {lemma(m.group(1)) for m in _UNIT_RE.finditer(full)} - set(STOP)
    for v in out if asked else []:  # (nothing asked 'how many' of: no pattern to build and scan)
        # 'how many trays of each' with 'a tray of muffins', 'jars of jam': the decisions are counted
        # in that unit ('at most 20 trays' counts them all)
        for m in re.finditer(
            r"\b([a-z]+)\s+of\s+(?:the\s+)?" + re.escape(v.label.lower()) + r"\b", low_full
        ):
            if lemma(m.group(1)) in asked:
                per_units.add(lemma(m.group(1)))
    for v in out:
        v.units = units
        v.per_units = per_units
        v.money = money


_PER_UNIT_RE = re.compile(
    r"\b(?:each|every|per|one)\s+([a-z]+)\s+(?:of|for|on|in|allocated|invested|spent)\b"
    r"|\bper\s+(patient|person|customer|student|child|guest|visitor|passenger|client|trip)\b",
    re.IGNORECASE,
)
_CATEGORY_RE = re.compile(
    r"\b(?:types?|kinds?|sorts?|models?|categories|forms?|sizes?)\s+of\s+([a-z][a-z-]*)"
    r"|\b(?:two|three|four|five|2|3|4|5)\s+(?:different\s+|main\s+)?([a-z][a-z-]*)\s*[:,]",
    re.IGNORECASE,
)


def _shared_nouns(vars_: list[VarDef], all_toks: list[Token]) -> set[str]:
    """'a rye loaf ... sourdough loaves': a noun said after every decision's name is what they all are, so 'at
    most 160 loaves' counts all of them."""
    if len(vars_) < 2 or len({v.lemmas[-1] for v in vars_}) < len(vars_):
        return set()  # 'the north mall ... the south mall limits': a word after their shared head
    names = {w for v in vars_ for w in v.lemmas}
    after: list[set[str]] = []
    for v in vars_:
        key = v.lemmas[-1]
        nxt: set[str] = set()
        for k in range(len(all_toks) - 1):
            if all_toks[k].lem == key:
                t = all_toks[k + 1]
                if (
                    t.text.isalpha()
                    and t.low not in STOP | _MODALS
                    and t.lem not in names
                    and t.low not in _VERBS
                    and t.low not in _SUBJ_VERBS
                    and t.lem not in GENERIC_UNITS
                    and not t.low.endswith(("ed", "ing"))
                    # 'patching repairs 0.8 square metres', 'fund X returns 12%': a verb before its number
                    and not (k + 2 < len(all_toks) and re.match(r"\$?\d", all_toks[k + 2].text))
                ):
                    nxt.add(t.lem)
        after.append(nxt)
    shared = set.intersection(*after)
    # only when the noun never stands on its own ('A paint manufacturer', '2 litres of paint'): every other use
    # follows a number ('at most 160 loaves')
    return {
        w
        for w in shared
        if all(
            all_toks[k - 1].lem in names
            or re.fullmatch(r"[\d,]+", all_toks[k - 1].text)
            or all_toks[k - 1].low in ("many", "the", "all", "total", "these", "those")
            for k in range(1, len(all_toks))
            if all_toks[k].lem == w
        )
        and all_toks[0].lem != w
    }


def _shared_prefix_noun(items: list[list[Token]], all_toks: list[Token]) -> set[str]:
    """'bagels with cheese, bagels with seeds, and bagels with no topping': the noun said before
    every item with the same preposition is what they all are ('at most 80 bagels')."""
    at = {t.start: k for k, t in enumerate(all_toks)}
    pre: set[tuple[str, str]] = set()
    for p in items:
        k = at.get(p[0].start, 0)
        while k > 0 and all_toks[k - 1].low in ("a", "an", "the"):
            k -= 1
        if k < 2 or all_toks[k - 1].low not in _REPEATABLE_PREPS:
            return set()
        pre.add((all_toks[k - 2].lem, all_toks[k - 1].low))
    if len(pre) != 1 or len(items) < 2:
        return set()
    noun = next(iter(pre))[0]
    return {noun} if noun.isalpha() and noun not in STOP else set()


def _category(sentence: str, items: list[list[Token]]) -> set[str]:
    """The noun that names what the decisions are kinds of ('two types of ads: ...' -> ad)."""
    first = items[0][0].start if items and items[0] else len(sentence)
    del first
    out: set[str] = set()
    for m in _CATEGORY_RE.finditer(sentence):
        w = (m.group(1) or m.group(2) or "").lower()
        if w and w not in STOP and lemma(w) not in GENERIC_UNITS:
            out.add(lemma(w))
    return out


def _distribute(phrases: list[list[Token]], all_lems: list[str]) -> None:
    """'small or large production lines' -> small production lines, large production lines."""
    last = phrases[-1]
    if len(last) < 2:
        return
    for k in range(len(phrases) - 1):
        p = phrases[k]
        if p[-1].lem == last[-1].lem:
            continue
        # 'specialty delivery and medium bags' -> specialty delivery bags, 'maple pecan and mint chocolate ice
        # cream' -> maple pecan ice cream (when the text says so)
        tails = tuple(last[k:] for k in range(1, len(last)))
        for tail in tails:
            seq = [*(t.lem for t in p), *(t.lem for t in tail)]
            if _find_seq(all_lems, seq):
                phrases[k] = [*p, *tail]
                break
        else:
            # 'vanilla and chocolate ice cream cones' with 'a cone of vanilla ice cream' later: the
            # text joins the word to the start of the shared words, so it takes all of them
            if len(p) == 1 and len(last) >= 3:
                for j in range(len(last) - 2, 1, -1):
                    seq = [p[0].lem, *(t.lem for t in last[1 : 1 + j])]
                    if _find_seq(all_lems, seq):
                        phrases[k] = [*p, *last[1:]]
                        break
    # 'hardcover and paperback editions' with 'a paperback ... paperbacks $4' later and never 'hardcover
    # editions': the text names both by their first word alone
    if (
        len(last) == 2
        and last[-1].low not in _SUBJ_VERBS
        and last[-1].low not in _VERBS
        and all(
            len(p) == 1 and p[0].lem not in GENERIC_UNITS and not p[0].text.isupper()
            for p in phrases[:-1]
        )
        and len(_find_seq(all_lems, [last[0].lem])) >= 2
        and len(_find_seq(all_lems, [t.lem for t in last])) == 1
        and all(len(_find_seq(all_lems, [p[0].lem])) >= 2 for p in phrases[:-1])
    ):
        phrases[-1] = last[:1]


# what numbers are said about, never what is decided: 'a profit of $1200 ... and a profit of $700', 'a minimum of'
_NOT_THINGS = frozenset(
    [
        # what is measured about things: 'the cost of an ad as well as the expected viewership'
        "viewership",
        "influence",
        "exposure",
        "popularity",
        "effectiveness",
        # multipliers: 'the effort on online marketing and half of that on offline'
        "half",
        "twice",
        "thrice",
        "double",
        "triple",
        "quarter",
        "profit",
        "cost",
        "revenue",
        "price",
        "return",
        "income",
        "earning",
        "minimum",
        "maximum",
        "total",
        "rest",
        "remainder",
        "least",
        "most",
        "demand",
        "requirement",
        "budget",
        "limit",
    ]
)
_INPUT_WORDS = frozenset(
    [
        "require",
        "requires",
        "required",
        "contain",
        "contains",
        "need",
        "needs",
        "ingredients",
        "ingredient",
        "consume",
        "consumes",
    ]
)
_PACKAGE_UNITS = frozenset(
    ["dose", "batch", "serving", "portion", "scoop", "trip", "shift", "piece"]
)
_EVIDENCE_BEFORE = frozenset(["each", "per", "a", "an", "one", "every", "of"])


def _score_list(
    phrases: list[list[Token]],
    all_toks: list[Token],
    all_lems: list[str],
    stoks: list[Token],
    described: bool = False,
) -> float:
    if len(phrases) < 2 or len(phrases) > 8:
        return -1.0

    def counted(p: list[Token]) -> bool:  # 'one radio minute costs $500': sold one by one
        seq = [t.lem for t in p]
        return len(p) >= 2 and any(
            k > 0 and all_toks[k - 1].low in ("one", "each", "every", "per", "a", "an")
            for k in _find_seq(all_lems, seq)
        )

    # 'allocate the budget among teacher salaries, classroom rent and textbook costs': kinds of
    # spending are what is decided when money is allocated
    allocated = any(lm.startswith("allocat") for lm in all_lems)
    if any(
        (
            p[-1].lem in GENERIC_UNITS
            and not (len(p) >= 2 and p[-1].lem in _PACKAGE_UNITS)
            and not counted(p)
        )
        or p[-1].low in STOP
        or (
            p[-1].lem in _NOT_THINGS
            and not (allocated and len(p) >= 2 and p[-1].lem in ("cost", "expense"))
        )
        for p in phrases
    ):
        return -1.0
    lem_sets = [{t.lem for t in p} for p in phrases]
    # 'driving passengers and delivering groceries': activities, later named by their -ing word
    # ('each hour of driving', '30 hours of delivering')
    gerunds = all(len(p) >= 2 and _is_gerund(p[0].low) for p in phrases)
    score = 0.0
    for idx, p in enumerate(phrases):
        others = set().union(*(lem_sets[j] for j in range(len(phrases)) if j != idx))
        distinct = [t.lem for t in p if t.lem not in others and _naming(p, t)]
        if not distinct:
            return -1.0
        key = distinct[-1]
        if gerunds and p[0].lem in distinct and all_lems.count(p[0].lem) > all_lems.count(key):
            key = p[0].lem  # the activity named again by its -ing word rather than by its object
        hits = [i for i, lm in enumerate(all_lems) if lm == key]
        if len(hits) < 2:
            score -= (
                0.0 if described else 1.0
            )  # an item described where it is named needs no second mention
            continue
        for h in hits:
            h0 = h
            prev = all_toks[h0 - 1].low if h0 > 0 else ""
            prev2 = all_toks[h0 - 2].text if h0 > 1 else ""
            prev3 = all_toks[h0 - 3].text if h0 > 2 else ""
            nxt = " ".join(t.low for t in all_toks[h + 1 : h + 4])
            if gerunds and prev == "of":
                score += 0.3  # 'an hour of driving', '30 hours of delivering': time given to the activity
            elif prev == "of" and (
                re.match(r"\$?\d", prev2)
                or (
                    re.match(r"\$?\d", prev3)
                    and prev2.isalpha()
                    and (lemma(prev2) in GENERIC_UNITS and lemma(prev2) not in _PACKAGE_UNITS)
                )
            ):
                score -= 1.0  # '10 minutes of peeling': a resource ('30 orders of burritos' is still a count)
            elif (prev == "the" and prev2.lower() in ("on", "at", "through", "using")) or re.match(
                r"(?:is|are)\s+(?:only\s+)?available|machine\b|departments?\b|workshops?\b", nxt
            ):
                score -= 0.5  # '6 minutes on the cutting machine', 'the lathe is available': a tool, not a product
            elif prev in _EVIDENCE_BEFORE and prev != "of" and not re.match(r"\$?\d", prev2):
                score += 1.0
            elif prev == "of" or re.match(r"\$?\d", prev):
                score += 0.3
            else:
                score += 0.5
    return score / len(phrases)


def _make_vars(items: list[list[Token]], sent: int) -> list[VarDef]:
    lem_lists = [[t.lem for t in p] for p in items]
    out: list[VarDef] = []
    names: set[str] = set()
    for k, p in enumerate(items):
        others = set().union(*(set(lem_lists[j]) for j in range(len(items)) if j != k))
        distinct = {t.lem for t in p if t.lem not in others and _naming(p, t)}
        if not distinct and any(
            set(lem_lists[k]) < set(lem_lists[j]) for j in range(len(items)) if j != k
        ):
            # 'blue t-shirts' and 'dark blue t-shirts': 'blue' names the first (the second is
            # told by 'dark' before it, which a mention of it starts with)
            distinct = {t.lem for t in p[:-1] if _naming(p, t)}
        label = " ".join(t.text for t in p)
        name = _snake(label)
        while name in names:
            name += "_"
        names.add(name)
        out.append(
            VarDef(
                name,
                label,
                lem_lists[k],
                distinct,
                lem_lists[k][-1],
                False,
                sent,
                (p[0].start, p[-1].end),
            )
        )
    return out


# ------------------------------------------------------------------ mentions


def shared_head(vars_: list[VarDef]) -> str | None:
    heads = {v.head for v in vars_}
    if len(heads) == 1 and not vars_[0].symbol:
        h = next(iter(heads))
        if all(h not in v.distinct for v in vars_):
            return h
    return None


_NOT_AFTER_ARTICLE = _MODALS | frozenset(
    ["and", "or", "to", "is", "was", "has", "had", "does", "did", "also", "only", "alone"]
)


def _article_a(toks: list[Token], i: int) -> bool:
    """'A salesman wants ...' when the decisions are named A and B: a capital 'A' that opens the
    sentence and comes before a plain (uninflected) word is the article, not the decision ('A costs
    $3', 'A and B', 'A needs 2 hours' name it)."""
    if (
        toks[i].text != "A"
        or (i > 0 and toks[i - 1].text not in (":", '"', "("))
        or i + 1 >= len(toks)
    ):
        return False
    nxt = toks[i + 1]
    return bool(
        re.fullmatch(r"[a-z][a-z-]*", nxt.text)
        and nxt.lem == nxt.low
        and nxt.low not in _NOT_AFTER_ARTICLE
    )


_ONE_OR_TWO_DIGITS = re.compile(r"[0-9]{1,2}")


def find_mentions(toks: list[Token], vars_: list[VarDef]) -> list[Mention]:
    """Mentions of the variables among ``toks`` (a sentence), left to right, not overlapping."""
    out: list[Mention] = []
    if not vars_:
        return out
    head = shared_head(vars_)
    words = {w for v in vars_ for w in v.lemmas}  # every decision's words, looked up per token
    category = vars_[0].category - words
    n = len(toks)
    i = 0
    symbol = vars_[0].symbol
    parallel_ok = set() if symbol else _parallel_modifiers(toks, vars_)
    # 'driving passengers' and 'delivering groceries': activities, each named by its -ing word alone
    gerunds = len(vars_) >= 2 and all(len(v.lemmas) > 1 and _is_gerund(v.lemmas[0]) for v in vars_)
    # a symbol is its label as written, or in any case when it is not all letters ('X1', 'x1'); the
    # first variable so named wins. Looked up per token, so indexed once here.
    by_label: dict[str, int] = {}
    by_folded: dict[str, int] = {}
    by_alias: dict[str, list[int]] = {}
    if symbol:
        for k, v in enumerate(vars_):
            by_label.setdefault(v.label, k)
            if not v.label.isalpha():
                by_folded.setdefault(v.label.lower(), k)
            for al_word in v.aliases:
                by_alias.setdefault(al_word, []).append(k)
    by_distinct: dict[str, list[int]] = {}  # the variables a word tells apart, in order
    for k, v in enumerate(vars_):
        for w in v.distinct:
            by_distinct.setdefault(w, []).append(k)
    while i < n:
        t = toks[i]
        hit = -1
        if symbol:
            txt = t.text[:-2] if t.text.endswith(("'s", "\u2019s")) else t.text
            exact, folded = by_label.get(txt), by_folded.get(txt.lower())
            if exact is not None or folded is not None:
                hit = min(k for k in (exact, folded) if k is not None)
            if hit < 0:
                al = by_alias.get(t.lem, [])
                if len(al) == 1:
                    hit = al[0]
            if hit < 0 and i > 0 and _ONE_OR_TWO_DIGITS.fullmatch(t.text):
                key = f"{toks[i - 1].lem}#{int(t.text)}"
                al = by_alias.get(key, [])
                if len(al) == 1 and not (out and out[-1].tok1 > i - 1):
                    out.append(Mention(toks[i - 1].start, t.end, al[0], i - 1, i + 1))
                    i += 1
                    continue
            if hit >= 0 and not _article_a(toks, i):
                out.append(Mention(t.start, t.end, hit, i, i + 1))
            i += 1
            continue
        if (
            t.text[:1].isupper()
            and i + 1 < n
            and toks[i + 1].text.isupper()
            and len(toks[i + 1].text) > 1
            and toks[i + 1].lem not in words
        ):
            i += 1  # a proper name such as 'Architects ABC' is not a decision
            continue
        cands = list(by_distinct.get(t.lem, ()))
        if (
            cands
            and t.low in _NUMBER_NAMES
            and not (i > 0 and any(toks[i - 1].lem in vars_[k].lemmas for k in cands))
        ):
            cands = []  # '1 unit of' is a number; 'soda 1' is the name
        if not cands and "-" in t.low:
            parts = [lemma(x) for x in t.low.split("-")]
            part = parts[0]
            cands = [
                k
                for k, v in enumerate(vars_)
                if (part in v.distinct and len(v.lemmas) == 1) or v.lemmas == parts
            ]  # 'each small-boat crossing' for 'small boats'
        if len(cands) == 1:
            hit = cands[0]
        elif len(cands) > 1:
            # several share this word: take the one whose phrase matches more of the neighbourhood
            best, bs = -1, -1
            for k in cands:
                lv = vars_[k].lemmas
                s = sum(1 for j in range(max(0, i - 3), min(n, i + 4)) if toks[j].lem in lv)
                if s > bs:
                    best, bs = k, s
            hit = best
        k_ord = _ORDINALS.get(toks[i - 1].low, 0) if i > 0 else 0
        if hit >= 0 and 1 <= k_ord <= len(vars_) and toks[i - 1].lem not in words:
            hit = k_ord - 1  # 'the second decor is a wood canvas': the second thing listed
        if hit >= 0:
            lv = vars_[hit].lemmas
            a = i
            while a - 1 >= 0 and toks[a - 1].lem in lv and toks[a - 1].lem not in STOP:
                a -= 1
            b = i + 1
            while b < n and toks[b].lem in lv and toks[b].lem not in STOP:
                b += 1
            # 'vanilla powder protein shake': the shared head a word or two later
            for extra in (1, 2):
                if (
                    b + extra < n
                    and toks[b + extra].lem == vars_[hit].head
                    and vars_[hit].head not in {toks[j].lem for j in range(a, b)}
                    and all(
                        toks[j].lem not in STOP and re.match(r"[a-z]", toks[j].low)
                        for j in range(b, b + extra)
                    )
                ):
                    b += extra + 1
                    break
            pro = b < n and toks[b].low in (
                "one",
                "ones",
                "type",
                "types",
                "model",
                "models",
                "version",
                "versions",
            )
            if pro:
                b += 1
            vd = vars_[hit]
            covered = {toks[j].lem for j in range(a, b)}
            variant = (
                b < n and len(vd.head) >= 4 and toks[b].lem.startswith(vd.head[:4])
            )  # 'suites' for 'suits'
            marked = any(
                re.search(r"[\d-]", toks[j].text) or toks[j].text[:1].isupper() for j in range(a, b)
            )
            if variant:
                b += 1
            shares_head = bool(set(vd.lemmas) - vd.distinct)
            # 'a compact costs $18,000', 'each compact earns': the item's own word used as a noun
            noun_use = (
                a > 0
                and (toks[a - 1].low in _NOUN_DETS or re.fullmatch(r"[\d,]+", toks[a - 1].text))
                and (
                    b >= n
                    or toks[b].low in _SUBJ_VERBS
                    or toks[b].low in ("is", "are", "was", "and", "or")
                    or toks[b].text in (",", ";", ".", "?")
                    or re.match(r"\$\d", toks[b].text)
                )
            )
            # 'every dollar spent online is expected to reach 3 people and every dollar spent on radio 5':
            # the word that tells this one apart, said alone after a verb, where another is named by one word
            lone_adverb = (
                len(cands) == 1
                and a > 0
                and toks[a - 1].low.endswith(("ed", "spent", "put", "sent"))
                and (
                    b >= n
                    or toks[b].low
                    in ("is", "are", "was", "were", "reaches", "brings", "earns", "yields")
                    or toks[b].text in (",", ";")
                )
            )
            # '$4,000 must stay in savings' for 'a savings account': the distinguishing word alone ends the phrase
            lone_noun = (
                len(cands) == 1
                and len(vd.lemmas) == 2
                and t.lem == vd.lemmas[0]
                and a > 0
                and toks[a - 1].low in ("in", "into")
                and (b >= n or toks[b].text in (",", ";", ".", "?") or toks[b].low in ("and", "or"))
            )
            if (
                len(vd.lemmas) > 1
                and vd.head not in covered
                and len(covered & set(vd.lemmas)) < 2
                and not (
                    pro
                    or variant
                    or marked
                    or shares_head
                    or noun_use
                    or lone_adverb
                    or lone_noun
                    or i in parallel_ok
                    or (gerunds and a == i and t.lem == vd.lemmas[0])
                )
            ):
                i += 1  # 'lumber' alone is not 'lumber carrier vessels'
                continue
            if (
                shares_head
                and vd.head not in covered
                and a > 0
                and toks[a - 1].low == "of"
                and b < n
                and toks[b].low.isalpha()
                and toks[b].low not in STOP
                and toks[b].low not in _VERBS
                and toks[b].low not in _SUBJ_VERBS
                and toks[b].lem not in words
                and not (marked or pro or variant)
                and not (i in parallel_ok and not _beside_a_material(toks, a, words))
            ):
                i = b  # '3 units of almond milk' is no 'almond butter smoothie': another thing
                continue
            out.append(Mention(toks[a].start, toks[b - 1].end, hit, a, b))
            i = b
            continue
        if (head is not None and t.lem == head) or t.lem in category:
            if out and out[-1].tok1 == i and out[-1].var >= 0:
                p = out[-1]  # 'Aleph 3 monitor': the category word belongs to the named thing
                out[-1] = Mention(p.start, t.end, p.var, p.tok0, i + 1)
            elif (
                i > 0
                and toks[i - 1].low in ("this", "that")
                and out
                and out[-1].var >= 0
                and t.low == t.lem
            ):
                # 'a mango-lovers package ... and this package brings 5 euros': the one just named
                out.append(Mention(toks[i - 1].start, t.end, out[-1].var, i - 1, i + 1))
            elif (
                i > 0
                and toks[i - 1].low in ("its", "their")
                and out
                and out[-1].var >= 0
                and not any(
                    toks[j].text in (";", ".") or toks[j].low in ("while", "whereas", "but")
                    for j in range(out[-1].tok1, i)
                )
            ):
                # 'a van carries 12 students and its driver costs $55': the driver of the van just named
                out.append(Mention(toks[i - 1].start, t.end, out[-1].var, i - 1, i + 1))
            elif not (
                i + 1 < n
                and re.fullmatch(r"[A-Z]\d?", toks[i + 1].text)
                and toks[i + 1].lem not in words
                and not any(v.label.lower().endswith(toks[i + 1].low) for v in vars_)  # 'ship C'
            ):
                # (not 'vitamin B' when the decisions are gummy and powder vitamins: another thing)
                out.append(Mention(t.start, t.end, -1, i, i + 1))
        i += 1
    return _merge_same(_qualified_generic(out, toks), toks)


def _qualified_generic(ms: list[Mention], toks: list[Token]) -> list[Mention]:
    """'at most 20 bagels with cheese' when the decisions are bagels with cheese, with seeds, ...:
    the shared noun followed by a preposition and one decision's own words is that decision."""
    out: list[Mention] = []
    for m in ms:
        p = out[-1] if out else None
        if (
            p is not None
            and p.var == -1
            and m.var >= 0
            and p.tok1 < m.tok0
            and toks[p.tok1].low in ("with", "without", "of", "for", "in", "on")
            and all(toks[j].low in ("a", "an", "the") for j in range(p.tok1 + 1, m.tok0))
        ):
            out[-1] = Mention(p.start, m.end, m.var, p.tok0, m.tok1)
            continue
        out.append(m)
    return out


def _beside_a_material(toks: list[Token], a: int, words: set[str]) -> bool:
    """'80 units of water, 65 units of crab meat, and 55 units of lobster meat': the amount 'of'
    a decision's word and a noun stands beside an amount in the same unit of a plain material
    (water), so it is a material too, though said in parallel ('crab meat', 'lobster meat');
    'two units of solar power and three units of wind power' has no such neighbour. ``words``:
    every decision's words."""
    if a < 3 or not re.match(r"[\d.,]+$", toks[a - 3].text):
        return False
    unit = toks[a - 2].lem
    return any(
        toks[k].low == "of"
        and k != a - 1
        and toks[k - 1].lem == unit
        and re.match(r"[\d.,]+$", toks[k - 2].text) is not None
        and toks[k + 1].low.isalpha()
        and toks[k + 1].lem not in words
        and toks[k + 1].low not in STOP
        for k in range(2, len(toks) - 1)
    )


def _parallel_modifiers(toks: list[Token], vars_: list[VarDef]) -> set[int]:
    """'Grid power costs $0.12 and solar power $0.08': words of different decisions before the same noun name
    those decisions even when the noun is not theirs."""
    by_next: dict[str, dict[int, int]] = {}
    for i in range(len(toks) - 1):
        ks = [k for k, v in enumerate(vars_) if toks[i].lem in v.distinct]
        nxt = toks[i + 1]
        if (
            len(ks) == 1
            and re.match(r"[a-z]", nxt.low)
            and nxt.low not in STOP
            and not any(nxt.lem in v.lemmas for v in vars_)
        ):
            by_next.setdefault(nxt.lem, {})[ks[0]] = i
    out: set[int] = set()
    for d in by_next.values():
        if len(d) >= 2:
            out |= set(d.values())
    return out


def _merge_same(ms: list[Mention], toks: list[Token]) -> list[Mention]:
    """'stamina building (group X)': two mentions of one variable, a few filler tokens apart, are one."""
    out: list[Mention] = []
    for m in ms:
        paren = any(toks[j].text == "(" for j in range(max(0, m.tok0 - 2), m.tok0))
        if (
            out
            and out[-1].var == m.var
            and m.tok0 - out[-1].tok1 <= (4 if paren else 3)
            and (
                paren
                or all(
                    toks[j].text in ("(", ")", ",", "-")
                    or toks[j].low
                    in (
                        "group",
                        "project",
                        "type",
                        "product",
                        "team",
                        "department",
                        "category",
                        "option",
                        "the",
                    )
                    for j in range(out[-1].tok1, m.tok0)
                )
            )
        ):
            p = out[-1]
            end = m.tok1
            if end < len(toks) and toks[end].text == ")":
                end += 1
            out[-1] = Mention(p.start, toks[end - 1].end, p.var, p.tok0, end)
        else:
            out.append(m)
    return out
