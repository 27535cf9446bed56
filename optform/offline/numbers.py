"""Numbers in running text: digits, word numbers, currency, percentages, fractions, multipliers.

:func:`find_numbers` returns every quantity in a piece of text with its character span, its
value and its kind:

- ``num``      plain number: ``40``, ``1,200``, ``0.5``, ``forty-two``, ``one hundred thousand``,
  ``a dozen``, ``half a dozen``, ``a couple of``, ``two and a half``, ``2.5 million``
- ``money``    a currency amount: ``$1,200``, ``\\$50``, ``300 dollars``
- ``percent``  ``30%``, ``30 percent``, ``thirty per cent`` (value is the fraction, 0.3)
- ``fraction`` ``half``, ``a third``, ``two fifths``, ``1/3`` (value is the fraction)
- ``times``    a multiplier: ``twice``, ``double``, ``three times``, ``1.5 times``, ``triple``

The grammar is small and closed; nothing is evaluated.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["NumberMention", "find_numbers", "parse_number", "parse_number_words"]

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FRACTION_WORDS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_MULT_WORDS = {
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "thrice": 3.0,
    "quadruple": 4.0,
    "half as": 0.5,
}

_NUMWORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "dozen", "a", "an"], key=len, reverse=True))
# 'and' joins only after a scale ('a hundred and twenty'); 'two and three' are two numbers
_AND_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and"
_WORDNUM_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
    + r"|a dozen|an? hundred|an? thousand|an? million|an? billion)"
    r"(?:(?:[\s-]+|" + _AND_AFTER_SCALE + r"\s+)(?:" + _NUMWORD + r")\b)*)",
    re.IGNORECASE,
)
# '1,200', '$1000,000' (a misplaced group is still one amount), '2.5', '.80', '5.27e-04'
_DIGITS = r"(?:\d+(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d{1,3}(?![\w.]))?|\.\d+"
_SCALE_SUFFIX = r"(?:\s*(?:million|billion|thousand|mln\b|mn\b|k\b|m\b|bn\b))?"
_NUM_RE = re.compile(
    r"(?P<cur>\$\s*|USD\s*|€\s*|£\s*)?(?<![\w.])(?P<num>"
    + _DIGITS
    + r")(?P<scale>"
    + _SCALE_SUFFIX
    + r")"
    r"(?P<pct>\s*(?:%|percent\b|per\s?cent\b))?(?P<dol>\s*(?:dollars?\b|usd\b|euros?\b))?"
    r"(?P<cents>\s*cents?\b)?"
    r"(?P<times>\s*(?:times|fold|x)\b)?",
    re.IGNORECASE,
)
_FRAC_DIGIT_RE = re.compile(r"(?<![\w./])(\d+)\s*/\s*(\d+)(?![\w/])")
_FRAC_WORD_RE = re.compile(
    r"\b(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+)?"
    r"(?P<den>" + "|".join(_FRACTION_WORDS) + r")\b(?:\s+of\b)?",
    re.IGNORECASE,
)
_MULT_RE = re.compile(
    r"\b(?:twice|double|thrice|triple|quadruple|half\s+as)\b|"
    r"\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+times\b",
    re.IGNORECASE,
)


_MIXED_RE = re.compile(
    r"(?P<cur>\$\s*)?\b(?P<whole>\d+|"
    + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
    + r")"
    r"\s+and\s+a\s+(?P<frac>half|quarter|third)\b(?P<times>\s+times\b)?",
    re.IGNORECASE,
)
# '1 1/2 hours', '2½ kg', '¾ litre': a whole number and a fraction are one quantity
_MIXED_DIGIT_RE = re.compile(r"(?P<cur>\$\s*)?(?<![\w./])(\d+)\s+(\d+)\s*/\s*(\d+)(?![\w/])")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_VULGAR_RE = re.compile(r"(?P<cur>\$\s*)?(?<![\w.])(?P<whole>\d+)?\s*(?P<frac>[½¼¾⅓⅔⅛])")
# 'half a tonne', 'a quarter of an hour', 'three quarters of a litre': an amount of that unit
_OF_A_UNIT_RE = re.compile(
    r"\s+(?:of\s+)?(?:a|an|one)\s+(?:hour|minute|day|week|month|year|kg|kilogram|kilo|gram|pound|"
    r"ton|tonne|litre|liter|gallon|ounce|acre|hectare|metre|meter|mile|kilometre|kilometer|"
    r"cup|pint|quart|barrel|dollar|cubic)s?\b",
    re.IGNORECASE,
)
_SMALL = r"\d+|" + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_OUT_OF_RE = re.compile(
    r"\b(?P<a>" + _SMALL + r")\s+(?:out\s+of(?:\s+every)?|in\s+every)\s+(?P<b>" + _SMALL + r")\b",
    re.IGNORECASE,
)
_ONE_UNIT_RE = re.compile(
    r"\b(?:lasts|takes|requires|needs|uses|occupies|consumes|last|take|require|need|use)\s+"
    r"(?:only\s+|just\s+|about\s+)?(?P<a>an?)\s+(?:hour|minute|day|week|kilogram|kg|litre|liter|"
    r"gallon|pound|ton|tonne|square\s+(?:foot|metre|meter)|acre|hectare|unit)\b",
    re.IGNORECASE,
)
_PART_OF_SCALE_RE = re.compile(
    r"\b(?P<part>half|a\s+quarter|a\s+third|three\s+quarters)\s+(?:of\s+)?(?:an?\s+)?"
    r"(?P<scale>million|billion|thousand)\b(?P<dol>\s+dollars?\b)?",
    re.IGNORECASE,
)
_PARTS = {"half": 0.5, "a quarter": 0.25, "a third": 1 / 3, "three quarters": 0.75}
_IDIOMS = {
    "half a dozen": 6.0,
    "half dozen": 6.0,
    "a half dozen": 6.0,
    "a couple of": 2.0,
    "a score of": 20.0,
}
_IDIOM_RE = re.compile(
    r"\b(?:a\s+)?half[\s-]+(?:a\s+)?dozen\b|\ba\s+couple\s+of\b|\ba\s+score\s+of\b", re.IGNORECASE
)


@dataclass(frozen=True)
class NumberMention:
    """A quantity found in text: span ``[start, end)``, value and kind."""

    start: int
    end: int
    value: float
    kind: str  # num | money | percent | fraction | times
    text: str

    @property
    def is_share(self) -> bool:
        return self.kind in ("percent", "fraction")


def parse_number_words(words: str) -> float | None:
    """Value of an English number phrase: 'one hundred thousand', 'forty-two', 'a dozen'."""
    toks = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t and t != "and"]
    if not toks:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, t in enumerate(toks):
        if t in ("a", "an"):
            if i + 1 < len(toks) and (toks[i + 1] in _SCALES or toks[i + 1] == "dozen"):
                current = max(current, 1.0)
                seen = True
                continue
            return None
        if t in _UNITS:
            current += _UNITS[t]
        elif t in _TENS:
            current += _TENS[t]
        elif t == "dozen":
            current = (current or 1.0) * 12
        elif t == "hundred":
            current = (current or 1.0) * 100
        elif t in _SCALES:
            total += (current or 1.0) * _SCALES[t]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """Parse one number written with digits or words ('1,200', '$5', '30%', 'twelve')."""
    ms = find_numbers(text)
    if len(ms) != 1:
        return None
    return ms[0].value


def _scale(s: str) -> float:
    s = s.strip().lower()
    return {
        "million": 1e6,
        "m": 1e6,
        "mln": 1e6,
        "mn": 1e6,
        "billion": 1e9,
        "bn": 1e9,
        "thousand": 1e3,
        "k": 1e3,
    }.get(s, 1.0)


_UNIT_AND_A_HALF_RE = re.compile(
    r"\b(?P<whole>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>(?!(?:of|and|the|half|third|quarter|fifth|dozen)\b)[a-z]+)(?P<and>\s+and\s+a)\s+"
    r"(?P<frac>half(?!\s+(?:times|as)\b)|quarter(?!\s+(?:times|as|of)\b))\b",
    re.IGNORECASE,
)


# words the rarer forms cannot be written without: a text lacking them is not scanned for those forms
_SCALE_WORD_RE = re.compile(r"million|billion|thousand", re.IGNORECASE)
_AND_A_FRACTION_RE = re.compile(r"and\s+a\s+(?:half|quarter|third)", re.IGNORECASE)
_OUT_OF_WORDS_RE = re.compile(r"out\s+of|in\s+every", re.IGNORECASE)


def find_numbers(text: str) -> list[NumberMention]:
    """Every quantity in ``text``, left to right, spans not overlapping."""
    return list(_find_numbers_cached(text))


def clear_number_cache() -> None:
    _find_numbers_cached.cache_clear()


@functools.lru_cache(maxsize=4096)
def _find_numbers_cached(text: str) -> tuple[NumberMention, ...]:
    return tuple(_find_numbers(text))


def _find_numbers(text: str) -> list[NumberMention]:
    out: list[NumberMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, v: float, kind: str) -> None:
        if free(a, b):
            taken.append((a, b))
            out.append(NumberMention(a, b, v, kind, text[a:b]))

    and_a_fraction = _AND_A_FRACTION_RE.search(text) is not None
    slash = "/" in text
    for m in _PART_OF_SCALE_RE.finditer(text) if _SCALE_WORD_RE.search(text) else ():
        part = _PARTS[re.sub(r"\s+", " ", m.group("part").lower())]
        cur = text[max(0, m.start() - 2) : m.start()].strip().endswith("$")
        kind = "money" if m.group("dol") or cur else "num"
        add(m.start(), m.end(), part * _scale(m.group("scale")), kind)  # 'half a million dollars'
    for m in _MIXED_RE.finditer(text) if and_a_fraction else ():
        whole = m.group("whole")
        wv = float(whole.replace(",", "")) if whole[0].isdigit() else parse_number_words(whole)
        if wv is None:
            continue
        frac = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}[m.group("frac").lower()]
        kind = "times" if m.group("times") else ("money" if m.group("cur") else "num")
        add(m.start(), m.end(), wv + frac, kind)  # 'two and a half hours', 'one and a half times'
    for m in _UNIT_AND_A_HALF_RE.finditer(text) if and_a_fraction else ():
        whole = m.group("whole")
        wv = (
            float(whole)
            if whole[0].isdigit()
            else (1.0 if whole.lower() in ("a", "an") else parse_number_words(whole))
        )
        if wv is None or not free(m.start(), m.end()):
            continue
        # 'an hour and a half': the amount on the number, the unit stays right after it
        frac = {"half": 0.5, "quarter": 0.25}[m.group("frac").lower()]
        add(m.start("whole"), m.end("whole"), wv + frac, "num")
        taken.append((m.start("and"), m.end()))
    for m in _MIXED_DIGIT_RE.finditer(text) if slash else ():
        den = float(m.group(4))
        if den:
            v = float(m.group(2)) + float(m.group(3)) / den
            add(m.start(), m.end(), v, "money" if m.group("cur") else "num")
    for m in _VULGAR_RE.finditer(text) if any(c in text for c in _VULGAR) else ():
        v = float(m.group("whole") or 0) + _VULGAR[m.group("frac")]
        kind = "money" if m.group("cur") else ("num" if m.group("whole") else "fraction")
        if kind == "fraction" and _OF_A_UNIT_RE.match(text, m.end()):
            kind = "num"
        add(m.start(), m.end(), v, kind)
    for m in _OUT_OF_RE.finditer(text) if _OUT_OF_WORDS_RE.search(text) else ():
        a_v, b_v = (
            float(g) if g[0].isdigit() else parse_number_words(g)
            for g in (m.group("a"), m.group("b"))
        )
        if a_v is not None and b_v and a_v <= b_v:
            add(
                m.start(), m.end(), a_v / b_v, "fraction"
            )  # '3 out of every 10', 'one in every five'
    for m in _ONE_UNIT_RE.finditer(text):
        add(m.start("a"), m.end("a"), 1.0, "num")  # 'a session lasts an hour': one hour
    for m in _IDIOM_RE.finditer(text):
        key = re.sub(r"[\s-]+", " ", m.group(0).lower())
        add(m.start(), m.end(), _IDIOMS[key], "num")  # 'half a dozen', 'a couple of'
    for m in _FRAC_DIGIT_RE.finditer(text) if slash else ():
        den = float(m.group(2))
        if den:
            kind = "fraction"
            add(m.start(), m.end(), float(m.group(1)) / den, kind)
    for m in _NUM_RE.finditer(text):
        raw = m.group("num").replace(",", "")
        try:
            v = float(raw)
        except ValueError:
            continue
        # an ordinal or a model number glued to a word (x1, 2nd) is not a quantity
        if m.end("num") < len(text) and re.match(
            r"(?:st|nd|rd|th)\b", text[m.end("num") :], re.IGNORECASE
        ):
            continue
        if m.group("scale"):
            sc = m.group("scale")
            if sc.strip().lower() in ("m",) and not m.group("cur"):
                # '5 m' is metres unless it is money
                sc = ""
            v *= _scale(sc) if sc else 1.0
        end = m.end("num") + (len(m.group("scale")) if m.group("scale") else 0)
        kind = "num"
        if m.group("pct"):
            v /= 100.0
            kind = "percent"
            end = m.end("pct")
        elif m.group("times"):
            kind = "times"
            end = m.end("times")
        elif m.group("cur"):
            kind = "money"
        elif m.group("dol"):
            kind = "money"
            end = m.end("dol")
        elif m.group("cents") and not m.group("cur"):
            v /= 100.0  # '60 cents' is $0.60 (money is counted in dollars)
            kind = "money"
            end = m.end("cents")
        start = m.start("cur") if m.group("cur") else m.start("num")
        add(start, end, v, kind)
    for m in _MULT_RE.finditer(text):
        w = m.group("w")
        if w:
            v = float(_UNITS.get(w.lower(), _TENS.get(w.lower(), 0)))
        else:
            key = re.sub(r"\s+", " ", m.group(0).lower())
            v = _MULT_WORDS.get(key, 2.0)
        add(m.start(), m.end(), v, "times")
    for m in _FRAC_WORD_RE.finditer(text):
        den_w = m.group("den").lower()
        num_w = (m.group("num") or "").lower()
        if den_w in ("quarter", "quarters") and not num_w:
            # 'a quarter' yes, 'per quarter' / 'the first quarter' no
            pre = text[max(0, m.start() - 12) : m.start()].lower()
            if re.search(r"\b(?:per|each|every|first|second|third|fourth|last|this|next)\s*$", pre):
                continue
        if (
            den_w in ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
            and not num_w
        ):
            continue  # bare ordinal ('the third machine')
        if den_w == "half" and not num_w:
            nxt = text[m.end() : m.end() + 12].lower()
            if nxt.lstrip().startswith("as"):
                continue  # 'half as many' is a multiplier, handled above
        n = 1.0 if num_w in ("", "a", "an", "one") else float(_UNITS[num_w])
        end = m.end("den")
        start = m.start("num") if m.group("num") else m.start("den")
        unit_amount = _OF_A_UNIT_RE.match(text, end) is not None  # 'half a tonne of sand'
        add(start, end, n / _FRACTION_WORDS[den_w], "num" if unit_amount else "fraction")
    for m in _WORDNUM_RE.finditer(text):
        phrase = m.group(0)
        # trim trailing connector words
        phrase = re.sub(r"(?:[\s-]+(?:and|a|an))+$", "", phrase, flags=re.IGNORECASE)
        a, b = m.start(), m.start() + len(phrase)
        if phrase.lower() in ("one",):
            # 'one' is usually a pronoun or article ('one unit', 'one of'); keep it only before a noun
            nxt = text[b : b + 4].lower()
            if nxt.startswith(" of") or not nxt.startswith(" "):
                continue
            if re.match(r"\s+[a-z]+\s+of\b", text[b : b + 30], re.IGNORECASE):
                continue  # 'one unit of X', 'one kilogram of rice': a per-unit phrase, not a quantity
        pv = parse_number_words(phrase)
        if pv is None:
            continue
        v = pv
        # word number followed by percent / times
        tail = text[b : b + 12]
        pm = re.match(r"\s*(?:%|percent\b|per\s?cent\b)", tail, re.IGNORECASE)
        tm = re.match(r"\s*times\b", tail, re.IGNORECASE)
        pre = text[max(0, a - 2) : a]
        if pm:
            add(a, b + pm.end(), v / 100.0, "percent")
        elif tm:
            add(a, b + tm.end(), v, "times")
        elif "$" in pre:
            add(a - (2 if pre.endswith("$ ") else 1), b, v, "money")
        else:
            tail2 = text[b : b + 10].lower()
            add(a, b, v, "money" if re.match(r"\s*dollars?\b", tail2) else "num")
    out.sort(key=lambda n: n.start)
    return out
