"""Integer or continuous, and the lower bound: the domain of each decision, read from the text.

Evidence, strongest first (:func:`integrality` reads one domain for all decisions):

1. explicit text: 'whole numbers', 'integers', 'in full hours' (not the rounding of the answer,
   'rounded to the nearest whole number', nor a negation, 'need not be whole numbers'); 'fractional
   amounts are fine', 'can be split into fractions';
2. the question: 'how long' asks for time, 'how many batches' for a count, 'how many kg' a measure;
3. a decision named by its unit follows the unit, not the item: 'each kilogram of oats', 'per square
   foot of basil', 'sells almonds by the kilogram', 'each pound of grain' (Grain A/B), money given to
   the decisions ('each dollar of food aid'), prices per measure in a clause naming a decision
   ('pork costs $40 per kg', not 'oak costs $1.50 per square foot' for dressers);
4. counted units: 'one serving of carrot juice', 'costs $3.50 per serving', 'by the dozen';
5. what the decisions are (their head word): shifts, trucks, people are counted; water, land,
   money are measured; money invested in things ('invest in bonds'), not in counted things
   ('invest in short commercial spots');
6. otherwise the decisions count items.

Per-item facts ('each unit of fertilizer A costs $3') do not by themselves make a measured thing
counted. :func:`variable_domains` gives every decision its own :class:`Domain`: a statement that
names only some decisions types only those, counted and measured decisions in one problem each
follow their unit (unless one question asks for all in one unit), and a decision has no lower
bound only when the text says it may be negative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lemma
from .variables import VarDef

__all__ = ["Domain", "integrality", "variable_domains"]

_WHOLE = re.compile(
    r"\b(?:whole\s+(?:number|unit|integer)s?|(?:in|of)\s+(?:whole|full)\s+[a-z]+s|integers?|integer[- ]valued|integral|indivisible|"
    r"cannot\s+be\s+(?:fraction(?:al|ed)?|split|divided)|can(?:'t|not)\s+(?:hire|buy|produce|make|build|sell|"
    r"purchase)\s+(?:a\s+)?fraction|no\s+fractional|not\s+(?:be\s+)?fractional|fractional\s+\w+\s+(?:are|is)\s+not|"
    r"discrete\s+(?:unit|number)s?|complete\s+units|full\s+units)\b",
    re.IGNORECASE,
)
_FRACTIONAL_OK = re.compile(
    r"\b(?:(?:fractional|partial|non-?integer)\s+(?:amounts?|values?|units?|quantities|numbers?|\w+s)"
    r"(?:\s+of\s+[a-z]+)?\s+(?:are|is)\s+"
    r"(?:allowed|permitted|fine|ok|okay|acceptable|possible)|fractions\s+(?:of\s+(?:an?\s+)?\w+\s+)?(?:are|is)\s+"
    r"(?:allowed|permitted|fine|ok|okay|acceptable|possible)|(?:can|may)\s+be\s+(?:fractional|split\s+into\s+"
    r"(?:fractions|parts)|non-?integers?)|(?:can|may)\s+be\s+split(?!\s+(?:between|among|across|over|evenly))|"
    r"(?:need|do|does)\s+not\s+(?:need\s+to\s+|have\s+to\s+)?be\s+(?:whole|integers?|integral)|"
    r"continuous\s+(?:amounts?|variables?|values?)|"
    # 'ignoring the divisibility issues', 'integrality can be disregarded'
    r"(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|neglect(?:s|ed|ing)?)\s+(?:the\s+|any\s+|all\s+)?"
    r"(?:issues?\s+of\s+)?(?:divisibility|indivisibility|integrality|integer|whole[- ]number)|"
    r"(?:divisibility|indivisibility|integrality)(?:\s+[a-z]+){0,2}\s+(?:can|may|will|is|are)\s+(?:be\s+)?"
    r"(?:ignored|disregarded|neglected))\b",
    re.IGNORECASE,
)
_DIVISIBLE = frozenset(
    [
        "deposit",
        "deposits",
        "account",
        "accounts",
        "savings",
        "trust",
        "trusts",
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
        "acre",
        "acres",
        "hectare",
        "hectares",
        "dollar",
        "dollars",
        "money",
        "fund",
        "funds",
        "investment",
        "investments",
        "capital",
        "budget",
        "amount",
        "hours",
        "hour",
        "minutes",
        "minute",
        "time",
        "area",
        "land",
        "volume",
        "weight",
        "mass",
        "meter",
        "meters",
        "metre",
        "metres",
        "km",
        "mile",
        "miles",
        "cubic",
        "sq",
        "square",
        "percent",
        "percentage",
        "portion",
        "fraction",
        "share",
        "stock",
        "stocks",
        "bond",
        "bonds",
        "energy",
        "electricity",
        "power",
        "water",
        "fuel",
        "gas",
        "oil",
        "milk",
        "juice",
        "paint",
        "cement",
        "sand",
        "feed",
        "fertilizer",
        "fertiliser",
        "mix",
        "mixture",
        "blend",
        "solution",
        "chemical",
        "chemicals",
        "powder",
        "dough",
        "flour",
        "sugar",
        "syrup",
        "liquid",
    ]
)
_DIVISIBLE_PHRASE = re.compile(
    r"\bhow\s+many\s+(?:kg|kilograms?|grams?|litres?|liters?|gallons?|acres?|"
    r"hectares?|tons?|tonnes?|pounds?|lbs?|ounces?|hours?|dollars?|ml|cubic)\b|"
    r"\b(?:acres?|hectares?)\s+(?:of|for|to|with|planted|devoted|used|allocated)\b|\b(?:each|every|per|an?)\s+"
    r"(?:acre|hectare)\b",
    re.IGNORECASE,
)
# 'the number of hours to run each plant': a measure of the decisions (not 'the total number of hours by all
# employees is at most 200', a resource)
_NUMBER_OF_MEASURE = re.compile(
    r"\bnumber\s+of\s+(kg|kilograms?|grams?|litres?|liters?|gallons?|acres?|hectares?|tons?|tonnes?|pounds?|"
    r"lbs?|ounces?|hours?|dollars?|ml)\s+((?:[\w-]+\s+){0,4}[\w-]+)",
    re.IGNORECASE,
)
# money put into something: 'invest $5000 in bonds'; not when what is bought is counted ('invest in short
# commercial spots', 'invest in 3 new trucks')
_INVEST = re.compile(
    r"\binvest(?:s|ed|ing|ments?)?\b(?:\s+(?:it|them|money|funds|\$\s?[\d,.]+(?:\s+(?:million|thousand))?))?"
    r"(?:\s+(in|into|on)\s+((?:[\w-]+\s+){0,3}[\w-]+))?",
    re.IGNORECASE,
)

# things that come one at a time: a decision named with one of them is counted ('each television
# commercial', 'one serving of carrot juice', 'costs $3.50 per serving')
_COUNT_NOUNS = frozenset(
    re.findall(
        r"\w+",
        """ad ads advert adverts advertisement advertisements commercial commercials spot spots slot slots billboard
    billboards trip trips shipment shipments delivery deliveries load loads truckload truckloads run runs flight
    flights voyage voyages journey journeys tour tours session sessions class classes shift shifts
    serving servings portion portions bag bags bottle bottles box boxes can cans cup cups package packages packet
    packets pack packs scoop scoops pill pills tablet tablets capsule capsules dose doses injection injections
    batch batches carton cartons crate crates jar jars container containers bar bars loaf loaves slice slices
    piece pieces set sets pair pairs item items unit units kit kits bundle bundles sack sacks tray trays
    vehicle vehicles truck trucks van vans car cars bus buses ship ships boat boats plane planes train trains
    machine machines robot robots worker workers employee employees person people staff nurse nurses
    driver drivers teacher teachers guard guards
    """,
    )
)
# units that count (never the generic 'unit', which says nothing about a measured thing: 'each unit of fertilizer')
_COUNT_UNITS = (
    r"servings?|portions?|bags?|bottles?|boxes|box|cans?|cups?|packages?|packets?|packs?|scoops?|pills?|"
    r"tablets?|capsules?|doses?|batch(?:es)?|cartons?|crates?|jars?|containers?|bars?|loaf|loaves|slices?|"
    r"pieces?|sacks?|trays?|bundles?|kits?|shipments?|truckloads?|trips?"
)
_COUNTED_AMOUNT = re.compile(
    r"\b(?:each|every|per|a|an|one|\d[\d,]*|many)\s+(" + _COUNT_UNITS + r")\s+of\s+(?:the\s+)?"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})",
    re.IGNORECASE,
)
_MONEY_PER_COUNT = re.compile(
    r"\$\s?\d[\d,]*(?:\.\d+)?\s*(?:per|a|an|each|/)\s*(?:" + _COUNT_UNITS + r")\b",
    re.IGNORECASE,
)


_MEASURE_UNITS = (
    r"kg|kilograms?|kilos?|grams?|litres?|liters?|millilitres?|milliliters?|ml|gallons?|tonnes?|tons?|"
    r"pounds?|lbs?|ounces?|oz|acres?|hectares?|hours?|minutes?|cubic\s+(?:meters?|metres?|feet|yards?)|"
    r"square\s+(?:meters?|metres?|feet|foot|yards?)|sq\.?\s*(?:ft|m)|barrels?|bushels?|"
    r"kwh|mwh|megawatt[- ]hours?|"
    r"kilometres?|kilometers?|km|miles?|metres?|meters?"
)
_MEASURE_WORD = re.compile(_MEASURE_UNITS, re.IGNORECASE)
# 'each kilogram of oats', 'an hour of Alpha', 'a litre of juice': the decisions come in a measure
_MEASURED_AMOUNT = re.compile(
    r"\b(?:\d[\d,.]*|many|much)\s+(" + _MEASURE_UNITS + r")\s+(?:of|for|to|with)\s+"
    r"(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})",
    re.IGNORECASE,
)
_MEASURED_PER = re.compile(
    r"\b(?:each|every|per|a|an|one)\s+(" + _MEASURE_UNITS + r")\s+(of|from|in|at|on)\s+(?:the\s+)?"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})",
    re.IGNORECASE,
)


# 'sells almonds by the kilogram', 'copper ore, measured in tons', 'earns $4 for every kilogram sold'
# (in a clause naming a decision: 'workers are paid by the hour' is not about the decisions)
_SOLD_BY = re.compile(
    r"\b(?:(?:measured|sold|bought|purchased|priced|produced|expressed|given|quoted|traded|shipped|supplied|"
    r"delivered|counted|ordered)\s+(?:in|by)\s+(?:the\s+)?|by\s+the\s+)(?:(?P<measure>"
    + _MEASURE_UNITS
    + r")|(?P<count>dozens?|"
    + _COUNT_UNITS
    + r"))\b|\b(?:each|every|per)\s+(?P<unit>"
    + _MEASURE_UNITS
    + r")\s+(?:sold|produced|made|bought|purchased|shipped|grown|harvested|processed|delivered|supplied)\b",
    re.IGNORECASE,
)
# '$0.30 per kWh', 'costs $60 a barrel', '$1.50 a minute': the decisions are bought by the measure
_MONEY_PER_MEASURE = re.compile(
    r"\$\s?\d[\d,]*(?:\.\d+)?\s*(?:per|a|an|each|/)\s*(?:" + _MEASURE_UNITS + r"|minutes?|"
    r"kilowatt[- ]hours?|cubic\s+(?:metres?|meters?)|square\s+(?:metres?|meters?))\b",
    re.IGNORECASE,
)


# 'every dollar spent online reaches 3 people', 'each dollar invested in bonds'
_PER_DOLLAR = re.compile(
    r"\b(?:each|every|per)\s+dollar\s+(?:spent|invested|put|placed|allocated|given|donated)\b|"
    # 'each dollar on TV reaches 5 viewers', 'each $1,000 on parks gives 3 points'
    r"\b(?:each|every|per)\s+(?:dollar|\$\s?\d[\d,]*(?:\s+(?:thousand|million))?)\s+"
    r"(?:(?:spent|invested|put|placed|allocated|given|donated)\s+)?(?:on|in|into|to|towards?|of)\s+"
    r"(?P<obj>(?:the\s+)?\w+(?:\s+\w+)?)|"
    # 'how much to spend on TV and radio', 'how much money should go to each fund'
    r"\bhow\s+much\s+(?:money\s+|of\s+(?:the|its|his|her|their)\s+(?:budget|money|funds)\s+)?(?:to|should|"
    r"will|would|can)\s+(?:\w+\s+)?(?:spend|spent|invest|invested|allocate|allocated|put|give|donate|go|be\s+"
    r"(?:spent|invested|allocated|put|given|placed))\b",
    re.IGNORECASE,
)


# 'round your answer to the nearest whole number' speaks of the answer, not of the decisions
_ANSWER_ROUNDING = re.compile(
    r"\b(?:round(?:ed|ing)?|nearest|answer|report(?:ed)?|express(?:ed)?|give\s+(?:your|the)\s+answer)\b"
    r"(?:\W+\w+){0,4}?\W+(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)


def _explicit_whole(text: str) -> str:
    """The words asking for whole-number decisions ('must be whole numbers'), or ''; not the
    rounding of the answer ('rounded to the nearest whole number', 'give your answer as an integer')."""
    for m in _WHOLE.finditer(text):
        if _ANSWER_ROUNDING.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if re.search(  # 'need not be whole numbers', 'do not have to be integers'
            r"\b(?:not|no\s+need\s+to|never|ignor\w*|disregard\w*|neglect\w*)\b(?:\s+\w+){0,3}\s+$"
            r"|n't(?:\s+\w+){0,3}\s+$",
            text[max(0, m.start() - 40) : m.start()],
            re.IGNORECASE,
        ):
            continue
        return m.group(0)
    return ""


def integrality(text: str, vars_: list[VarDef]) -> tuple[bool, str]:
    """(integer?, reason) for the decisions of ``text``."""
    wm = _explicit_whole(text)
    if wm:
        return True, f"the text asks for whole numbers ('{wm}')"
    if _FRACTIONAL_OK.search(text):
        return False, "the text allows fractional amounts"
    asked = _question(text, vars_)
    if asked is not None:
        return asked
    names = [[w for w in v.lemmas if len(w) > 1 or v.symbol] for v in vars_]  # 'each kilogram of P'
    # the kind every decision is ('Grain A', 'Grain B'; 'two types of feed: ...'): 'each pound of grain'
    kinds = {lemma(h) for h in (_kind(v) for v in vars_) if h}
    kind = next(iter(kinds)) if len(vars_) >= 2 and len(kinds) == 1 else ""
    cats = set.intersection(*(v.category for v in vars_)) if vars_ else set()
    for pm in (*_MEASURED_PER.finditer(text), *_MEASURED_AMOUNT.finditer(text)):
        after = [lemma(w) for w in pm.group(pm.re.groups).split()]
        if (
            after[:1]
            and (after[0] == kind or after[0] in {lemma(c) for c in cats})
            and (len(after) == 1 or after[1] not in {n for nm in names for n in nm})
        ):
            return False, f"the decisions are measured amounts ('{pm.group(0)}')"
        if any(_measures(pm, after, nm) for nm in names):
            return False, f"the decisions are measured amounts ('{pm.group(0)}')"
    if len(vars_) >= 2 and all(
        len(v.lemmas) > 1
        and len(v.lemmas[0]) > 5
        and v.lemmas[0].isalpha()
        and v.lemmas[0].endswith("ing")
        for v in vars_
    ):  # 'between answering emails and taking calls': time given to activities
        return False, "the decisions are time given to activities"
    for v in vars_:
        if v.symbol or not v.label:
            continue
        # 'a tonne sold fresh brings in $900', 'each litre turned into cheese': a measure of the decision
        um = re.search(
            r"\b(?:each|every|per|a|an|one)\s+(?:"
            + _MEASURE_UNITS
            + r")\s+(?:[a-z]+ed|sold|made|kept|sent|"
            r"grown|put)\s+(?:(?:into|as|for|to|in)\s+)?(?:(?:an?|the)\s+)?"
            + re.escape(v.label)
            + r"\b",
            text,
            re.IGNORECASE,
        )
        if um:
            return False, f"the decisions are measured amounts ('{um.group(0)}')"
    for bm in _SOLD_BY.finditer(text):
        if _about_decision(text, bm.start(), names):
            if bm.group("count"):  # 'sold by the dozen', 'sold in boxes'
                return True, f"the decisions come in counted units ('{bm.group(0)}')"
            return False, f"the decisions are measured amounts ('{bm.group(0)}')"
    for dm in _PER_DOLLAR.finditer(text):
        obj = dm.group("obj")
        if obj is None or _about_decision(obj, len(obj), names):  # 'each dollar of food aid'
            return False, f"the decisions are sums of money ('{dm.group(0)}')"
    # 'pork costs $40 per kg' (not 'the cost of oak is $1.50 per square foot' for dressers made of oak)
    priced = [
        pm.group(0)
        for pm in _MONEY_PER_MEASURE.finditer(text)
        if _about_decision(text, pm.start(), names)
    ]
    if len(priced) >= min(2, max(1, len(vars_))):
        return False, f"the decisions are priced by a measure ('{priced[0]}')"
    # 'one serving of carrot juice', 'costs $3.50 per serving': juice bought by the serving
    counted = _counted_unit(text, names)
    if counted:
        return True, f"the decisions come in counted units ('{counted}')"
    # what the decisions are is their head word ('8-hour shifts' are shifts, counted)
    words = {_head(v.label) for v in vars_} - {""}
    if words & _DIVISIBLE:
        return False, "the decisions are measured amounts, not counted items"
    m = _DIVISIBLE_PHRASE.search(text)
    if m:
        return False, f"the decisions are measured amounts ('{m.group(0)}')"
    for nm in _NUMBER_OF_MEASURE.finditer(text):
        after = [lemma(w) for w in nm.group(2).split()]
        before = text[max(0, nm.start() - 12) : nm.start()].lower()
        if "total" in before:  # 'the total number of hours by all employees': a resource
            continue
        if after[:1] == ["to"]:
            after = after[1:] or after
        if re.match(r"(?:run|operat|spen|devot|allocat|assign|schedul|us)\w*$", after[0]) or any(
            n and (after[i : i + len(n)] == n) for n in names for i in range(len(after))
        ):
            return False, f"the decisions are measured amounts ('{nm.group(0)}')"
    for im in _INVEST.finditer(text):
        obj = im.group(2) or ""
        if any(w.lower() in _COUNT_NOUNS for w in re.findall(r"[A-Za-z]+", obj)):
            continue  # 'invest in short commercial spots': counted things bought
        return False, f"the decisions are sums of money ('{im.group(0).strip()}')"
    return True, "the decisions count items"


def _question(text: str, vars_: list[VarDef] | None = None) -> tuple[bool, str] | None:
    """What the question asks for, when it says: time ('how long') or a count ('how many batches').

    With the decisions given, a 'how many' about something else ('how many people can it feed',
    when rice and lentils are decided) says nothing about them."""
    lm = re.search(r"\bhow\s+(?:long|much\s+time)\b", text, re.IGNORECASE)
    if lm:  # 'How long should each plant run?': the decisions are spans of time
        return False, f"the question asks for time ('{lm.group(0)}')"
    own: set[str] = set()
    if vars_:
        own = {w for v in vars_ for w in v.lemmas} | {lemma(_kind(v)) for v in vars_}
        own |= {lemma(c) for v in vars_ for c in v.category} | {
            lemma(w) for v in vars_ for w in v.name.split("_")
        }
    # 'how many of acres of each' (sic) asks for acres
    for hm in re.finditer(
        r"\bhow\s+many\s+(?:of\s+(?:(?:each|the)\s+)?)?([a-z]+)", text, re.IGNORECASE
    ):
        word = hm.group(1).lower()
        if word in _DIVISIBLE or _MEASURE_WORD.fullmatch(word):
            return None  # 'how many MWh', 'how many barrels' ask for a measure
        if own and lemma(word) not in own and word in _SERVED:
            continue  # 'how many people can it feed': those served, not the decisions
        return True, f"the question counts them ('{hm.group(0)}')"
    return None


# those a plan serves or reaches: counted, but not what is decided ('how many people can it feed')
_SERVED = frozenset(
    re.findall(
        r"\w+",
        """people persons person customers customer patients patient students student guests guest visitors
        visitor passengers passenger viewers viewer listeners listener readers reader children child families
        family residents resident meals meal calories""",
    )
)


def _measures(pm: re.Match[str], after: list[str], nm: list[str]) -> bool:
    """Whether the measure phrase ``pm`` (its trailing words lemmatized in ``after``) names the decision
    whose name lemmas are ``nm``."""
    if not nm or not after:
        return False
    # 'each MWh from coal': a measure drawn from a source named by any of its words ('old coal plant')
    sourced = pm.re is _MEASURED_PER and pm.group(2).lower() == "from"
    # 'each kilogram of oats', '1 ton of the Standard grade': a decision's whole name follows ('4 tons of fish'
    # for 'fish farming' does not)
    return (
        after[: len(nm)] == nm
        or (len(nm) > 1 and after[:1] == nm[-1:])
        or (sourced and after[0] in nm)
        # 'each millilitre of solution A' for the decision named A
        or (len(nm) == 1 and len(nm[0]) == 1 and after[1:2] == nm and after[0].isalpha())
        # 'each hour of driving' for 'driving passengers': an activity named by its -ing word
        or (
            len(nm) > 1
            and len(nm[0]) > 5
            and nm[0].isalpha()
            and nm[0].endswith("ing")
            and after[:1] == nm[:1]
        )
    )


def _head(label: str) -> str:
    """The head word of a decision's label: its last word, skipping a letter or number that names
    it ('fertilizer A' is fertilizer, 'Mix 2' a mix)."""
    words = re.findall(r"[a-z0-9]+", label.lower())
    while len(words) > 1 and (len(words[-1]) == 1 or words[-1].isdigit() or words[-1] in _ROMAN):
        words.pop()
    return words[-1] if words and words[-1].isalpha() else ""


def _kind(v: VarDef) -> str:
    """What kind of thing a decision is: its head word, or its name's when the label is a letter ('A' for grain_a)."""
    h = _head(v.label)
    if len(h) <= 1:
        h = _head(v.name.replace("_", " "))
    return h if len(h) > 1 else ""


_ROMAN = frozenset(["ii", "iii", "iv", "vi", "vii", "viii", "ix"])


def _counted_unit(text: str, names: list[list[str]]) -> str:
    """The words saying the decisions come in counted units, or ''."""
    for cm in _COUNTED_AMOUNT.finditer(text):
        after = [lemma(w) for w in cm.group(2).split()]
        if any(
            nm and (after[: len(nm)] == nm or (len(nm) > 1 and after[:1] == nm[-1:]))
            for nm in names
        ):
            return cm.group(0)
    priced = [
        pm.group(0)
        for pm in _MONEY_PER_COUNT.finditer(text)
        if _about_decision(text, pm.start(), names)
    ]
    if len(priced) >= min(2, max(1, len(names))):
        return priced[0]
    return ""


_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:it|they|each|both|either|the\s+(?:first|second|third|other|former|latter)(?:\s+one)?|"
    r"one|the\s+one|another)\b",
    re.IGNORECASE,
)


def _about_decision(text: str, at: int, names: list[list[str]]) -> bool:
    """Whether the clause ending at ``at`` speaks of a decision (by name or by a pronoun)."""
    start = max(text.rfind(". ", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    clause = text[start:at]
    cut = clause.rfind(", ")
    if cut > 0 and _PRONOUN_SUBJECT.match(clause[cut + 2 :]):
        return True  # '..., the other costs $6 per kg'
    if _PRONOUN_SUBJECT.match(clause):
        return True
    words = [lemma(w) for w in re.findall(r"[A-Za-z][\w-]*", clause)]
    # any word of a decision's name: 'Diesel power costs $0.30 per kWh' for the diesel plant
    return any(w in words for nm in names for w in nm if len(w) > 2 or len(nm) == 1)


@dataclass(frozen=True)
class Domain:
    """The domain of one decision: integer or continuous (with the words that decided it) and its
    lower bound (0, or None when the text says it may be negative)."""

    integer: bool
    reason: str
    lb: float | None = 0.0
    lb_reason: str = ""


_MAY_BE_NEGATIVE = re.compile(
    r"\b(?:can|may|could|might|is\s+allowed\s+to|are\s+allowed\s+to)\s+(?:also\s+)?(?:be|go|become|take|turn)\s+"
    r"(?:negative|below\s+zero|(?:positive\s+or\s+negative|negative\s+or\s+positive|either\s+sign)|"
    r"(?:negative|either-sign)\s+values?)\b|\bunrestricted\s+in\s+sign\b|\bfree\s+in\s+sign\b|"
    r"\bnegative\s+values?\s+(?:are|is)\s+(?:allowed|permitted|possible|fine)\b",
    re.IGNORECASE,
)


def _one_question_for_all(text: str, names: list[list[str]]) -> bool:
    """Whether one 'how many ...' asks for every decision in one unit ('how many batches of butter,
    sauce and jelly', 'how many of each'), as opposed to 'how many vans and how many litres of diesel'."""
    for m in re.finditer(r"\bhow\s+(?:many|much|long)\b", text, re.IGNORECASE):
        end = re.search(r"[.?!]|\bhow\s+(?:many|much|long)\b", text[m.end() :], re.IGNORECASE)
        rest = text[m.end() : m.end() + end.start()] if end else text[m.end() :]
        if re.search(r"\b(?:each|both|all|every)\b", rest, re.IGNORECASE):
            return True
        if len(_named(rest, names)) >= min(2, len(names)):
            return True
    return False


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+|\n+", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _named(sentence: str, names: list[list[str]]) -> list[int]:
    """Indices of the decisions a sentence names (whole name, or the last word of a longer one)."""
    words = [lemma(w) for w in re.findall(r"[A-Za-z0-9][\w-]*", sentence)]
    out = []
    for k, nm in enumerate(names):
        if nm and any(
            words[i : i + len(nm)] == nm or (len(nm) > 1 and words[i] == nm[-1] and len(nm[-1]) > 2)
            for i in range(len(words))
        ):
            out.append(k)
    return out


def _own_unit(text: str, k: int, vars_: list[VarDef], names: list[list[str]]) -> tuple[str, str]:
    """('measure' | 'count' | '', words): how the text counts or measures decision ``k`` alone."""
    nm = names[k]
    for pm in (*_MEASURED_PER.finditer(text), *_MEASURED_AMOUNT.finditer(text)):
        if _measures(pm, [lemma(w) for w in pm.group(pm.re.groups).split()], nm):
            return "measure", pm.group(0)
    for cm in _COUNTED_AMOUNT.finditer(text):
        after = [lemma(w) for w in cm.group(2).split()]
        if nm and (after[: len(nm)] == nm or (len(nm) > 1 and after[:1] == nm[-1:])):
            return "count", cm.group(0)
    head = _kind(vars_[k])
    if head and head in _COUNT_NOUNS and head not in ("unit", "units", "item", "items"):
        return "count", vars_[k].label
    return "", ""


def variable_domains(text: str, vars_: list[VarDef]) -> list[Domain]:
    """The domain of every decision of ``text``, in the order of ``vars_``.

    One reading for all decisions (:func:`integrality`) unless the text separates them: an
    explicit statement ('the number of vans must be a whole number') that names only some
    decisions types those, the others are read from the rest of the text; and when some
    decisions are measured ('litres of diesel') while others are counted ('how many vans',
    'drivers'), each follows its own unit. The lower bound is 0 unless the text says a decision
    may be negative.
    """
    if not vars_:
        return []
    names = [[w for w in v.lemmas if len(w) > 1 or v.symbol] for v in vars_]
    is_int, why = integrality(text, vars_)
    types: list[tuple[bool, str]] = [(is_int, why)] * len(vars_)
    sents = _sentences(text)
    explicit = [(a, b, True) for a, b in sents if _explicit_whole(text[a:b])] + [
        (a, b, False) for a, b in sents if _FRACTIONAL_OK.search(text[a:b])
    ]
    if explicit:
        scoped: dict[int, tuple[bool, str]] = {}
        rest = text
        for a, b, whole in explicit:
            named = _named(text[a:b], names)
            if not named or len(named) == len(vars_):
                scoped = {}
                break  # a statement about all decisions: one reading
            for k in named:
                scoped[k] = (whole, f"the text says so for it ('{text[a:b].strip()[:80]}')")
            rest = rest.replace(text[a:b], " ")
        if scoped:
            others = integrality(rest, vars_)
            types = [scoped.get(k, others) for k in range(len(vars_))]
    elif not _one_question_for_all(text, names):  # 'how many batches of butter, sauce and jelly
        own = [_own_unit(text, k, vars_, names) for k in range(len(vars_))]
        kinds = {u for u, _ in own if u}
        if kinds == {"measure", "count"}:
            types = [
                (u == "count", f"it is {'counted' if u == 'count' else 'measured'} ('{w}')")
                if u
                else (is_int, why)
                for u, w in own
            ]
    lbs: list[tuple[float | None, str]] = [(0.0, "")] * len(vars_)
    for a, b in sents:
        m = _MAY_BE_NEGATIVE.search(text[a:b])
        if not m:
            continue
        named = _named(text[a:b], names) or list(range(len(vars_)))
        for k in named:
            lbs[k] = (None, f"the text says it may be negative ('{m.group(0)}')")
    return [
        Domain(integer=t[0], reason=t[1], lb=lb[0], lb_reason=lb[1])
        for t, lb in zip(types, lbs, strict=True)
    ]
