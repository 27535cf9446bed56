"""Normalise problem text and split it into sentences, keeping character spans.

Word problems arrive with LaTeX money (``$\\$500$``), literal ``\\n`` escapes, bullets and
math-mode variable names (``$X$``, ``$x_1$``). :func:`normalize` cleans them into plain text
and keeps, for every character of the clean text, the offset of the character it came from,
so that everything found in the clean text can be quoted verbatim from the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalized", "Sentence", "normalize", "split_sentences"]


@dataclass(frozen=True)
class Normalized:
    text: str
    offsets: list[int]  # offsets[i] = index in the original text of clean char i
    original: str

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original span of the clean span ``[a, b)``."""
        if not self.offsets:
            return 0, 0
        a = min(max(a, 0), len(self.offsets) - 1)
        b = min(max(b, a + 1), len(self.offsets))
        return self.offsets[a], self.offsets[b - 1] + 1


@dataclass(frozen=True)
class Sentence:
    """A sentence of the clean text (``text``), its clean offset and its original span."""

    index: int
    text: str
    cstart: int  # offset in the clean text
    start: int  # span in the original text
    end: int
    original: str  # the original text of the span, verbatim


_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\\n"), "\n"),
    (re.compile(r"\\\$"), "\x00"),  # escaped dollar: currency
    (re.compile(r"\\%"), "%"),
    (re.compile(r"\\(?:times|cdot)"), "*"),
    (re.compile(r"\\(?:leq|le)\b"), "<="),
    (re.compile(r"\\(?:geq|ge)\b"), ">="),
    (re.compile(r"\\text\{([^}]*)\}"), r"\1"),
    (re.compile(r"\\(?:mathrm|mathit|textbf|textit)\{([^}]*)\}"), r"\1"),
    (re.compile(r"\\[,;! ]"), " "),
    (re.compile(r"\$(\x00[^$\n]{0,40}?)\$"), r"\1"),  # $\$500$: currency inside math mode
    (re.compile(r"\$([A-Za-z\\(][^$\n]{0,60}?)\$"), r"\1"),  # $X$, $x_1 + x_2$: math mode
    (re.compile(r"(?<=\d)\$"), ""),  # closing delimiter of $50$
    (re.compile(r"\b([A-Za-z])_\{?(\d+)\}?"), r"\1\2"),  # x_1, x_{1}
    (re.compile(r"[{}]"), ""),
    (re.compile(r"\x00"), "$"),
    # a currency written as a code or sign glued to the amount ('DM24,000', 'Rs. 500', 'EUR 20',
    # '€15', '£3'): money, written '$' so the rest of the pipeline reads one currency sign
    (
        re.compile(
            r"(?:\b(?:DM|Rs\.?|INR|EUR|GBP|CHF|CAD|AUD|JPY|CNY|RMB|USD|US\$)\s?|[€£¥₹])(?=\d)"
        ),
        "$",
    ),
    # numbered items run into the text: 'the following restrictions: 1. If ... opened. 2. At most ...'
    (re.compile(r"(?:(?<=[:.;]\s)|(?<=[:.;]\s\s)|(?<=^))\d{1,2}[.)]\s+(?=[A-Z])"), ""),
    # list enumerators '(1) radio ads and (2) social media ads', '(a) ...': no quantities
    (
        re.compile(
            r"(?:(?<=^)|(?<=[\s:;,]))\((?:\d{1,2}|[a-hA-H]|i{1,3}|iv|vi{0,3})\)(?=\s+[A-Za-z])"
        ),
        "",
    ),
    (re.compile(r"[\u2018\u2019]"), "'"),
    # a plural possessive ('kids' cereal', tokenized 'kids ' cereal'): the apostrophe says nothing
    (re.compile(r"(?<=[a-z]s) ?'(?= [a-z])"), ""),
    (re.compile(r"[\u201c\u201d]"), '"'),
    (re.compile(r"[\u2013\u2014]"), " - "),
    # a hyphen used as a dash before an article ('two types of smoothies-a small and a large size')
    (re.compile(r"(?<=[a-z]{2})-(?=(?:a|an|the)\s+[a-z])"), " - "),
    (re.compile(r"\u00a0"), " "),
    # common misspellings of limit words ('at lest 20 cones', 'atmost 40', 'five times as may
    # people', 'no more then 30'), read as the words meant; only before what such words precede
    (re.compile(r"\batleast\b", re.IGNORECASE), "at least"),
    (re.compile(r"\batmost\b", re.IGNORECASE), "at most"),
    (
        re.compile(r"\b(at)\s+(?:lest|leat|lease|leats)\b(?=\s+(?:\$?\d|[a-z]+\s+\$?\d))", re.I),
        r"\1 least",
    ),
    (re.compile(r"\b(at)\s+(?:mos|mots|mst)\b(?=\s+(?:\$?\d|[a-z]+\s+\$?\d))", re.I), r"\1 most"),
    (re.compile(r"\b(times|twice|thrice)\s+as\s+may\b"), r"\1 as many"),
    (
        re.compile(
            r"\b(more|less|fewer|greater|larger|higher|lower)\s+then\b(?=\s+(?:\$?\d|twice|the|that))"
        ),
        r"\1 than",
    ),
]


def _apply(text: str, offsets: list[int], pat: re.Pattern[str], repl: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in pat.finditer(text):
        out.append(text[pos : m.start()])
        offs.extend(offsets[pos : m.start()])
        new = m.expand(repl)
        # map each new char to the original of the matched region; keep groups aligned when possible
        if m.groups() and m.group(1) is not None and new == m.group(1):
            offs.extend(offsets[m.start(1) : m.end(1)])
        elif m.groups() and len(m.groups()) == 2 and new == (m.group(1) or "") + (m.group(2) or ""):
            offs.extend(offsets[m.start(1) : m.end(1)])
            offs.extend(offsets[m.start(2) : m.end(2)])
        else:
            base = (
                offsets[m.start()]
                if m.start() < len(offsets)
                else (offsets[-1] + 1 if offsets else 0)
            )
            offs.extend([base] * len(new))
        out.append(new)
        pos = m.end()
    out.append(text[pos:])
    offs.extend(offsets[pos:])
    return "".join(out), offs


def normalize(text: str) -> Normalized:
    """Clean LaTeX/escape noise from ``text`` keeping the offset map to the original."""
    cur = text
    offsets = list(range(len(text)))
    for pat, repl in _RULES:
        if pat.search(cur):
            cur, offsets = _apply(cur, offsets, pat, repl)
    cur = _glue_numbered_names(cur)
    cur = _fold_accents(cur)
    cur, offsets = _report_scale(cur, offsets)
    return Normalized(cur, offsets, text)


def _fold_accents(text: str) -> str:
    """'a vase décor', 'a café', 'crème brûlée': accented Latin letters read as their plain letter
    (one character for one, so offsets are unchanged), so that the words are words."""
    if text.isascii():
        return text
    return "".join(_plain_letter(c) if ord(c) > 127 else c for c in text)


@lru_cache(maxsize=512)
def _plain_letter(c: str) -> str:
    d = unicodedata.normalize("NFD", c)
    base, marks = d[:1], d[1:]
    if base.isascii() and base.isalpha() and marks and all(unicodedata.combining(m) for m in marks):
        return base
    return c


_REPORT_SCALE = re.compile(
    r"\bin\s+(?:(?P<m>millions?)|(?P<k>thousands?))\s+(?:of\s+)?dollars\b"
    r"|\(\s*in\s+\$\s*(?:(?P<m2>millions?)|(?P<k2>thousands?))\s*\)",
    re.IGNORECASE,
)


def _report_scale(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """'What is the minimum total cost (in millions of dollars)?': amounts written with that scale
    ('$5 million', '$1000K', '200 thousand dollars') are read in it ('$5', '$1000', '200 dollars'),
    so that the answer comes out in the unit asked for. Amounts written without the scale are kept."""
    m = _REPORT_SCALE.search(text)
    if m is None:
        return text, offsets
    if m.group("m") or m.group("m2"):
        scale = r"(?:\s*million\b|\s*mn\b|M\b)"
    else:
        scale = r"(?:\s*thousand\b|K\b|k\b)"
    money = re.compile(r"(\$\s*\d[\d,]*(?:\.\d+)?)" + scale)
    words = re.compile(r"(\d[\d,]*(?:\.\d+)?)" + scale + r"(?=\s+dollars\b)")
    for pat in (money, words):
        if pat.search(text):
            text, offsets = _apply(text, offsets, pat, r"\1")
    return text, offsets


_NUMBERED = re.compile(r"\b([A-Z][a-z]{2,15}) (\d{1,2})\b(?![.,]\d)")


def _glue_numbered_names(text: str) -> str:
    """'Package 1 ... Package 2' name two things: write them 'Package_1', 'Package_2' (same length, so
    offsets are unchanged) so that the number is not read as a quantity."""
    seen: dict[str, set[str]] = {}
    for m in _NUMBERED.finditer(text):
        seen.setdefault(m.group(1).lower(), set()).add(m.group(2))
    names = {w for w, nums in seen.items() if len(nums) >= 2}
    if not names:
        return text
    text = _NUMBERED.sub(
        lambda m: f"{m.group(1)}_{m.group(2)}" if m.group(1).lower() in names else m.group(0), text
    )
    # the same names written in lower case later ('the profit per package 1 is $50')
    low = re.compile(r"\b(" + "|".join(sorted(names)) + r") (\d{1,2})\b(?![.,]\d)")
    return low.sub(lambda m: f"{m.group(1)}_{m.group(2)}", text)


# sentence boundary: . ! ? ; followed by space and a capital/digit/bullet, or newlines, or bullets
_BOUNDARY = re.compile(
    r"(?<=[.!?;])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9$\-•*])"
    r"|(?<=[.!?])(?=-\s)"
    r"|\n\s*(?:[-•*]|\d+[.)])\s+"
    r"|\s*\n\s*\n\s*"
    r"|(?<=[a-z)%0-9.])\s*\n\s*(?=[A-Z(])"
    r"|(?<=:)\s*(?=-\s*[A-Z])"
    r"|(?<=\.)-\s*(?=[A-Z])"
    r"|(?<=[\w$)%])-\s+(?=[A-Z][a-z])"
)
# 'the rates are as follows: GPUs, 4%; CPUs, 6%': ';' between name-value pairs after a colon
_PAIR_BEFORE = re.compile(r":[^.:]*?\b[A-Za-z][\w -]*,\s*\$?\d[\d,.]*\s*%?;$")
_PAIR_AFTER = re.compile(r"[A-Za-z][\w -]{0,30},\s*\$?\d")
_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|Mr|Mrs|Ms|Dr|St|No|Inc|Ltd|Co)\.)$", re.IGNORECASE
)


def split_sentences(norm: Normalized) -> list[Sentence]:
    """Sentences of the clean text with their spans in the original text."""
    text = norm.text
    cuts: list[tuple[int, int]] = []
    for m in _BOUNDARY.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if _PAIR_BEFORE.search(text[max(0, m.start() - 120) : m.start()]) and _PAIR_AFTER.match(
            text, m.end()
        ):
            continue  # 'as follows: GPUs, 4%; CPUs, 6%, ...': a list of name-value pairs
        cuts.append((m.start(), m.end()))
    pieces: list[tuple[int, int]] = []
    pos = 0
    for a, b in cuts:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        pieces.append((pos, len(text)))
    out: list[Sentence] = []
    for a, b in pieces:
        seg = text[a:b]
        lstrip = len(seg) - len(seg.lstrip(" \t\n-•*"))
        rstrip = len(seg) - len(seg.rstrip())
        a2, b2 = a + lstrip, b - rstrip
        if b2 <= a2:
            continue
        s, e = norm.span(a2, b2)
        out.append(Sentence(len(out), text[a2:b2], a2, s, e, norm.original[s:e]))
    return out
