"""Word lists and small morphology shared by the offline formulator (no problem-specific entries)."""

from __future__ import annotations

import functools
import re

__all__ = [
    "GENERIC_UNITS",
    "MONEY_COST",
    "MONEY_PROFIT",
    "STOP",
    "Token",
    "lemma",
    "stem",
    "tokenize",
]

STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "from",
        "by",
        "with",
        "at",
        "as",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "they",
        "them",
        "their",
        "there",
        "here",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "each",
        "per",
        "every",
        "any",
        "all",
        "both",
        "either",
        "neither",
        "one",
        "ones",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "whereas",
        "how",
        "many",
        "much",
        "more",
        "most",
        "less",
        "least",
        "few",
        "fewer",
        "if",
        "into",
        "out",
        "up",
        "down",
        "over",
        "under",
        "about",
        "also",
        "only",
        "just",
        "not",
        "no",
        "such",
        "same",
        "other",
        "another",
        "some",
        "own",
        "we",
        "our",
        "us",
        "you",
        "your",
        "he",
        "she",
        "his",
        "her",
        "him",
        "i",
        "my",
        "me",
        "type",
        "types",
        "kind",
        "kinds",
        "respectively",
        "additionally",
        "however",
        "moreover",
        "furthermore",
        "also",
        "further",
        "given",
        "let",
        "let's",
        "say",
        "want",
        "wants",
        "wanted",
        "need",
        "needs",
        "needed",
        "total",
        "number",
        "amount",
        "sum",
        "make",
        "makes",
        "made",
        "making",
        "produce",
        "produces",
        "produced",
        "take",
        "takes",
        "require",
        "requires",
        "required",
        "use",
        "uses",
        "used",
    ]
)

# money words: what an amount of money is about
MONEY_PROFIT = frozenset(
    [
        "profit",
        "profits",
        "earn",
        "earns",
        "earned",
        "earning",
        "earnings",
        "revenue",
        "revenues",
        "income",
        "return",
        "returns",
        "gain",
        "gains",
        "sell",
        "sells",
        "sold",
        "sale",
        "sales",
        "bring",
        "brings",
        "fetch",
        "fetches",
        "yield",
        "yields",
        "net",
    ]
)
MONEY_COST = frozenset(
    [
        "cost",
        "costs",
        "costing",
        "spend",
        "spends",
        "spent",
        "spending",
        "price",
        "priced",
        "prices",
        "pay",
        "pays",
        "paid",
        "expense",
        "expenses",
        "budget",
        "budgets",
        "charge",
        "charges",
        "fee",
        "fees",
        "invest",
        "invests",
        "invested",
        "investment",
        "investments",
        "capital",
        "expenditure",
        "expenditures",
        "outlay",
        "outlays",
        "wage",
        "wages",
        "salary",
        "salaries",
        "purchase",
        "purchases",
        "buy",
        "buys",
        "rent",
    ]
)
# words that name a unit of measure rather than the thing measured (weak evidence when matching)
GENERIC_UNITS = frozenset(
    [
        "unit",
        "units",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "kg",
        "kilogram",
        "kilograms",
        "gram",
        "grams",
        "g",
        "mg",
        "lb",
        "lbs",
        "pound",
        "pounds",
        "ton",
        "tons",
        "tonne",
        "tonnes",
        "litre",
        "litres",
        "liter",
        "liters",
        "l",
        "ml",
        "gallon",
        "gallons",
        "ounce",
        "ounces",
        "oz",
        "sq",
        "ft",
        "feet",
        "square",
        "meter",
        "meters",
        "metre",
        "metres",
        "km",
        "mile",
        "miles",
        "acre",
        "acres",
        "hectare",
        "hectares",
        "kwh",
        "mwh",
        "gwh",
        "dollar",
        "dollars",
        "cent",
        "cents",
        "piece",
        "pieces",
        "amount",
        "time",
        "shift",
        "shifts",
        "trip",
        "trips",
        "batch",
        "batches",
        "serving",
        "servings",
        "portion",
        "portions",
        "scoop",
        "scoops",
        "dose",
        "doses",
        "barrel",
        "barrels",
        "bushel",
        "bushels",
    ]
)

_IRREGULAR = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "data": "data",
    "series": "series",
    "species": "species",
    "news": "news",
    "glasses": "glass",
    "buses": "bus",
    "gases": "gas",
    "lenses": "lens",
    "canvases": "canvas",
    "businesses": "business",
    "analyses": "analysis",
    "does": "do",
    "has": "have",
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    # plurals of nouns ending in -i, which the '-is' rule below would keep whole
    "taxis": "taxi",
    "skis": "ski",
    "kiwis": "kiwi",
    "martinis": "martini",
    "bikinis": "bikini",
    "safaris": "safari",
    "chilis": "chili",
    "salamis": "salami",
    "emojis": "emoji",
    "minis": "mini",
}
_KEEP_S = re.compile(r"(?:ss|us|is|ous|ics|news|series|gas|lens)$")
_KEEP_WORDS = frozenset(
    ["this", "has", "was", "its", "plus", "less", "yes", "bus", "gas", "thus", "always", "perhaps"]
)


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude singular/base form: lowercase, plural 's' removed ('batches' -> 'batch')."""
    w = _lemma(word)
    if w.endswith("ie") and len(w) > 3:
        return w[:-2] + "y"  # hoodie/hoodies, cookie/cookies agree
    return w


_SYNONYMS = {
    "labour": "labor",
    "work": "labor",
    "working": "labor",
    "manpower": "labor",
    # people counted under different names
    "people": "person",
    "customer": "person",
    "customers": "person",
    "passenger": "person",
    "passengers": "person",
    "traveler": "person",
    "travelers": "person",
    "traveller": "person",
    "travellers": "person",
    "visitor": "person",
    "visitors": "person",
    "client": "person",
    "clients": "person",
    "guest": "person",
    "guests": "person",
    "rider": "person",
    "riders": "person",
    "patron": "person",
    "patrons": "person",
    "diner": "person",
    "diners": "person",
    # a seat holds one person: 'a coach seats 50' measures the people it carries
    "seat": "person",
    "seats": "person",
    "tourist": "person",
    "tourists": "person",
    "student": "person",
    "students": "person",
    "pupil": "person",
    "pupils": "person",
    "spectator": "person",
    "spectators": "person",
    "attendee": "person",
    "attendees": "person",
    "commuter": "person",
    "commuters": "person",
    # one spelling per unit of measure ('0.5 kg of flour' and '60 kilograms of flour' agree)
    "kilogram": "kg",
    "kilograms": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "kgs": "kg",
    "gram": "g",
    "grams": "g",
    "pound": "lb",
    "pounds": "lb",
    "lbs": "lb",
    "liter": "litre",
    "liters": "litre",
    "litres": "litre",
    "millilitre": "ml",
    "milliliter": "ml",
    "millilitres": "ml",
    "milliliters": "ml",
    "hr": "hour",
    "hrs": "hour",
    "hours": "hour",
    "min": "minute",
    "mins": "minute",
    "minutes": "minute",
    "tonne": "ton",
    "tonnes": "ton",
    "tons": "ton",
    "meter": "metre",
    "meters": "metre",
    "metres": "metre",
    "kilometre": "km",
    "kilometer": "km",
    "kilometres": "km",
    "kilometers": "km",
}


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A rougher key for matching what numbers measure: 'mixing'/'mix', 'watering'/'water'."""
    w = word.lower().replace("-", "")
    w = _SYNONYMS.get(w, w)
    if w.endswith(("enance", "enances")) and len(w) >= 9:
        return w[: w.rindex("enance")] + "ain"  # 'maintenance'/'maintain', 'sustenance'/'sustain'
    if w.endswith("bly") and len(w) >= 7:
        return w[:-1]  # 'assembly'/'assembling'/'assemble' -> assembl
    if w.endswith(("ction", "ctions")) and len(w) >= 9:
        return w[: w.rindex("ction") + 2]  # 'inspection'/'inspector'/'inspecting' -> inspect
    for suf in ("ances", "ance", "ences", "ence"):
        if w.endswith(suf) and len(w) - len(suf) >= 5:
            return w[: -len(suf)]  # 'assistance'/'assist', 'performance'/'perform'
    for suf in ("ations", "ation", "ments", "ment", "ing", "ed", "es", "e", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            if suf in ("ing", "ed") and not re.search(r"[aeiouy]", w[: -len(suf)]):
                return w  # 'string', 'spring' are no '-ing' forms ('stringing' -> string)
            w = w[: -len(suf)]
            if suf in ("ing", "ed") and len(w) >= 3 and w[-1] == w[-2] and w[-1] in "bdgmnprt":
                w = w[:-1]  # 'cutting'/'cut', 'hemming'/'hem', 'shipping'/'ship'
            elif suf in ("ing", "ed") and len(w) >= 6 and w.endswith("ell"):
                w = w[:-1]  # 'labelling'/'label', 'modelling'/'model' (not 'selling'/'sell')
            return w
    return w


def _lemma(word: str) -> str:
    w = word.lower().strip("'\".,;:!?()[]")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) == 3 and w.endswith("s") and w[1] not in "aeiousy" and w[0].isalpha():
        return w[:-1]  # ads, cds, kgs
    if len(w) <= 3 or w in _KEEP_WORDS or _KEEP_S.search(w):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("shoes", "canoes", "oboes")) or w in ("toes", "hoes", "foes", "floes"):
        return w[:-1]  # shoe/shoes, canoe/canoes agree
    if w.endswith("ives") and w.endswith(("knives", "wives", "lives")):
        return w[:-3] + "fe"
    if w.endswith(("ches", "shes", "xes", "zes", "sses", "oes", "buses")):
        return w[:-2]
    if w.endswith("ves") and not w.endswith(
        (
            "gloves",
            "stoves",
            "drives",
            "waves",
            "curves",
            "valves",
            "olives",
            "hives",
            "grooves",
            "sleeves",
            "caves",
            "graves",
            "natives",
            "tives",
        )
    ):
        return w[:-3] + "f"
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


class Token:
    __slots__ = ("end", "lem", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        self.lem = lemma(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


_TOKEN_RE = re.compile(
    r"\d+(?:st|nd|rd|th)\b|\d+(?:\.\d+)?-[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*|\$?\d+(?:,\d{3})*(?:\.\d+)?%?|[A-Za-z][A-Za-z0-9_]*(?:['\u2019-][A-Za-z0-9]+)*|\S"
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(m.group(0), m.start() + offset, m.end() + offset) for m in _TOKEN_RE.finditer(text)
    ]
