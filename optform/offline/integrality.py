"""Integer or continuous: read from what is counted.

Counted things (people, vehicles, items, batches, ads, trips) are integers. Measured
quantities (kg, litres, acres, tons, dollars invested, hours allotted) are continuous —
unless the text says the amounts must be whole numbers, which always wins. An explicit
statement that fractions are allowed makes everything continuous.
"""

from __future__ import annotations

import re

from .lexicon import lemma
from .variables import VarDef

__all__ = ["integrality"]

_WHOLE = re.compile(
    r"\b(?:whole\s+(?:number|unit|integer)s?|(?:in|of)\s+whole\s+[a-z]+s|integers?|integer[- ]valued|integral|indivisible|"
    r"cannot\s+be\s+(?:fraction(?:al|ed)?|split|divided)|can(?:'t|not)\s+(?:hire|buy|produce|make|build|sell|"
    r"purchase)\s+(?:a\s+)?fraction|no\s+fractional|not\s+(?:be\s+)?fractional|fractional\s+\w+\s+(?:are|is)\s+not|"
    r"discrete\s+(?:unit|number)s?|complete\s+units|full\s+units)\b",
    re.IGNORECASE,
)
_FRACTIONAL_OK = re.compile(
    r"\b(?:fractional\s+(?:amounts?|values?|units?|quantities)\s+(?:are|is)\s+(?:allowed|permitted|fine|ok)|"
    r"can\s+be\s+fractional|need\s+not\s+be\s+(?:whole|integer)|continuous\s+(?:amounts?|variables?|values?))\b",
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
    r"\b(?:how\s+many|number\s+of)\s+(?:kg|kilograms?|grams?|litres?|liters?|gallons?|acres?|"
    r"hectares?|tons?|tonnes?|pounds?|lbs?|ounces?|hours?|dollars?|ml|cubic)\b|\binvest(?:s|ed|ing|ment)?\b|"
    r"\b(?:acres?|hectares?)\s+(?:of|for|to|with|planted|devoted|used|allocated)\b|\b(?:each|every|per|an?)\s+"
    r"(?:acre|hectare)\b",
    re.IGNORECASE,
)


_MEASURE_UNITS = (
    r"kg|kilograms?|kilos?|grams?|litres?|liters?|millilitres?|milliliters?|ml|gallons?|tonnes?|tons?|"
    r"pounds?|lbs?|ounces?|oz|acres?|hectares?|hours?|cubic\s+(?:meters?|metres?|feet|yards?)|"
    r"square\s+(?:meters?|metres?|feet|yards?)|barrels?|bushels?|kwh|mwh|megawatt[- ]hours?|"
    r"kilometres?|kilometers?|km|miles?|metres?|meters?"
)
# 'each kilogram of oats', 'an hour of Alpha', 'a litre of juice': the decisions come in a measure
_MEASURED_AMOUNT = re.compile(
    r"\b(?:\d[\d,.]*|many|much)\s+(" + _MEASURE_UNITS + r")\s+(?:of|for|to|with)\s+"
    r"(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})",
    re.IGNORECASE,
)
_MEASURED_PER = re.compile(
    r"\b(?:each|every|per|a|an|one)\s+(" + _MEASURE_UNITS + r")\s+(of|from)\s+(?:the\s+)?"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})",
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
    r"\b(?:each|every|per)\s+dollar\s+(?:spent|invested|put|placed|allocated|given|donated)\b",
    re.IGNORECASE,
)


def integrality(text: str, vars_: list[VarDef]) -> tuple[bool, str]:
    """(integer?, reason) for the decisions of ``text``."""
    if _WHOLE.search(text):
        return True, "the text asks for whole numbers"
    if _FRACTIONAL_OK.search(text):
        return False, "the text allows fractional amounts"
    lm = re.search(r"\bhow\s+(?:long|much\s+time)\b", text, re.IGNORECASE)
    if lm:  # 'How long should each plant run?': the decisions are spans of time
        return False, f"the question asks for time ('{lm.group(0)}')"
    hm = re.search(r"\bhow\s+many\s+(?:of\s+(?:each|the)\s+)?([a-z]+)", text, re.IGNORECASE)
    if (
        hm
        and hm.group(1).lower() not in _DIVISIBLE
        and hm.group(1).lower() not in ("acres", "kilograms", "kg")
        and not re.fullmatch(_MEASURE_UNITS + r"|kwh|mwh", hm.group(1), re.IGNORECASE)
    ):  # 'how many MWh', 'how many barrels' ask for a measure
        return True, f"the question counts them ('{hm.group(0)}')"
    names = [[w for w in v.lemmas if len(w) > 1 or v.symbol] for v in vars_]  # 'each kilogram of P'
    for pm in (*_MEASURED_PER.finditer(text), *_MEASURED_AMOUNT.finditer(text)):
        after = [lemma(w) for w in pm.group(pm.re.groups).split()]
        # 'each MWh from coal': a measure drawn from a source named by any of its words ('old coal plant')
        sourced = pm.re is _MEASURED_PER and pm.group(2).lower() == "from"
        # 'each kilogram of oats', '1 ton of the Standard grade': a decision's whole name follows ('4 tons of fish'
        # for 'fish farming' does not)
        if any(
            nm
            and (
                after[: len(nm)] == nm
                or (len(nm) > 1 and after[:1] == nm[-1:])
                or (sourced and after[0] in nm)
                # 'each hour of driving' for 'driving passengers': an activity named by its -ing word
                or (
                    len(nm) > 1
                    and len(nm[0]) > 5
                    and nm[0].isalpha()
                    and nm[0].endswith("ing")
                    and after[:1] == nm[:1]
                )
            )
            for nm in names
        ):
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
    dm = _PER_DOLLAR.search(text)
    if dm:
        return False, f"the decisions are sums of money ('{dm.group(0)}')"
    priced = [pm.group(0) for pm in _MONEY_PER_MEASURE.finditer(text)]
    if len(priced) >= min(2, max(1, len(vars_))):
        return False, f"the decisions are priced by a measure ('{priced[0]}')"
    # what the decisions are is their head word ('8-hour shifts' are shifts, counted)
    words = {
        re.findall(r"[a-z]+", v.label.lower())[-1]
        for v in vars_
        if re.search(r"[a-z]", v.label.lower())
    }
    if words & _DIVISIBLE:
        return False, "the decisions are measured amounts, not counted items"
    m = _DIVISIBLE_PHRASE.search(text)
    if m:
        return False, f"the decisions are measured amounts ('{m.group(0)}')"
    return True, "the decisions count items"
