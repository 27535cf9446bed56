"""Check the offline formulator against the NL4Opt NER tags (a tuning tool, no answers needed).

    python bench/ner_check.py [PATH.jsonl] [--show N] [--raw] [--what vars|sense|cover] [--lines A:B]

On each text of the NL4Opt NER training file (tokens tagged VAR, PARAM, LIMIT, CONST_DIR,
OBJ_DIR, OBJ_NAME in the BIO scheme) it runs ``formulate_offline`` and reports

(a) variables: the share of problems where the number of decision variables found equals the
    number of distinct VAR entities. Mentions are grouped into one variable when they are the
    same after lowercasing and stripping plurals ("cakes"/"cake") or when the words of one are
    a subset of the other's ("morning show"/"morning TV show"); mentions with different words
    ("foreign bonds"/"domestic bonds", "fried fish"/"fried chicken") or different labels
    ("type A"/"type B", "area one"/"area two") stay apart. (Synonyms such as "sports
    ad"/"sports program" are counted twice: the proxy errs towards more tagged variables);
(b) sense: the share of problems whose objective sense matches the OBJ_DIR words
    (maximize/most/highest … vs minimize/least/lowest …; problems without such words skipped);
(c) coverage: the share of numbers tagged PARAM or LIMIT that appear somewhere in the
    formulation (objective, constraint expressions, template arguments; a percentage p also
    counts as p/100 or 1 - p/100) — a proxy for constraints not dropped.

The NER texts are tokenized ("$ 150,000 ."); they are detokenized before formulating unless
``--raw`` is given. ``--show N`` lists N mismatching problems of the kind chosen by
``--what`` with what was found against what is tagged. The texts are tuning data: look at
them to fix mechanisms, never copy them into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "datasets" / "nl4opt_ner" / "train.jsonl"

_MAX_WORDS = ("max", "most", "high", "great", "larg", "best", "top")
_MIN_WORDS = ("min", "least", "low", "small", "fewest", "few", "cheap")
_NUM_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
    "twice": 2, "double": 2, "triple": 3, "thrice": 3, "half": 0.5, "third": 1 / 3,
    "quarter": 0.25,
}  # fmt: skip
_ORDINALS = {
    "one", "two", "three", "four", "first", "second", "third", "fourth", "alpha", "beta",
    "gamma", "regular", "premium", "standard", "deluxe", "small", "medium", "large",
}  # fmt: skip
_STOP = {"the", "a", "an", "of", "each", "per", "one", "for", "to", "and", "in"}


@dataclass
class Check:
    id: str
    tagged_vars: list[list[str]]
    found_vars: list[str]
    tagged_sense: str | None
    found_sense: str | None
    numbers: list[float]
    covered: list[bool] = field(default_factory=list)
    error: str = ""

    @property
    def vars_ok(self) -> bool:
        return len(self.tagged_vars) == len(self.found_vars)

    @property
    def sense_ok(self) -> bool:
        return self.tagged_sense is None or self.tagged_sense == self.found_sense


def entities(tokens: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """(label, text) of every BIO entity, in order."""
    out: list[tuple[str, list[str]]] = []
    cur: list[str] | None = None
    for tok, tag in zip(tokens, tags, strict=False):
        if tag.startswith("B-"):
            cur = [tok]
            out.append((tag[2:], cur))
        elif tag.startswith("I-") and cur is not None:
            cur.append(tok)
        else:
            cur = None
    return [(label, " ".join(words)) for label, words in out]


def _stem(w: str) -> str:
    """One form for singular and plural: cakes/cake, hoodies/hoodie, knives/knife, boxes/box."""
    if len(w) == 1:
        return w.upper()  # a label ('A', 'b'); the article 'a' is dropped by _words first
    if re.fullmatch(r"[A-Z]+\d*s?|[A-Z]?\d+", w) and len(w) <= 5:
        return w[:-1] if w.endswith("s") else w  # 'CPUs', 'SUV', 'B2', '1st'
    w = w.lower()
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if w.endswith("ie"):
        w = w[:-2] + "y"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if w.endswith("v"):
        w = w[:-1] + "f"
    return w


def _words(mention: str) -> list[str]:
    raw = re.findall(r"[A-Za-z0-9]+", mention)
    if raw and raw[0].lower() in ("a", "an", "the"):
        raw = raw[1:]
    ws = [_stem(w) for w in raw]
    return [w for w in ws if w not in _STOP] or ws


def _label(w: str) -> bool:
    """A word that labels an item (letter, number, code): 'A', '2', 'px7'."""
    return (
        len(w) == 1
        or any(c.isdigit() for c in w)
        or (w.isupper() and len(w) <= 5)
        or w in _ORDINALS
    )


def _alike(a: str, b: str) -> bool:
    """Same word up to a plural the stemmer misses ('lens'/'lenses' → 'len'/'lens')."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and long_.startswith(short) and len(long_) - len(short) <= 1


def _same(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    b = [next((x for x in a if _alike(x, y)), y) for y in b]
    sa, sb = set(a), set(b)
    la, lb = {w for w in sa if _label(w)}, {w for w in sb if _label(w)}
    if la and lb and la != lb:
        return False
    # different words ('foreign bonds' / 'domestic bonds', 'fried fish' / 'fried chicken') differ
    return sa <= sb or sb <= sa


def group_mentions(mentions: list[str]) -> list[list[str]]:
    """Distinct variables among VAR mentions (see the module docstring)."""
    groups: list[list[list[str]]] = []
    texts: list[list[str]] = []
    for m in mentions:
        w = _words(m)
        hits = [k for k, g in enumerate(groups) if any(_same(w, x) for x in g)]
        if hits:
            # prefer the group with an exact match, else the first
            exact = [k for k in hits if any(set(w) == set(x) for x in groups[k])]
            k = exact[0] if exact else hits[0]
            groups[k].append(w)
            texts[k].append(m)
        else:
            groups.append([w])
            texts.append([m])
    return texts


def _sense(words: list[str]) -> str | None:
    senses = set()
    for w in words:
        lw = w.lower()
        if lw.startswith(_MAX_WORDS):
            senses.add("maximize")
        elif lw.startswith(_MIN_WORDS):
            senses.add("minimize")
    return senses.pop() if len(senses) == 1 else None


def _number(text: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?|\.\d+", text)
    if m:
        try:
            return float(m.group().replace(",", ""))
        except ValueError:
            return None
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in _NUM_WORDS:
            return float(_NUM_WORDS[w])
    return None


def detokenize(text: str) -> str:
    t = re.sub(r"\s+([,.;:?!%)])", r"\1", text)
    t = re.sub(r"([$(])\s+", r"\1", t)
    t = re.sub(r"\s+'\s*s\b", "'s", t)
    t = re.sub(r"(?<=[A-Za-z0-9])\s+-\s+(?=[A-Za-z])", "-", t)
    t = re.sub(r"\s+(n't)\b", r"\1", t)
    return t


def _formulation_numbers(f: Any) -> list[float]:
    texts: list[str] = []
    if f.objective is not None:
        texts.append(f.objective.expression)
    for c in f.constraints:
        texts.append(c.expression)
        if c.template is not None:
            texts.append(json.dumps(c.template.args))
    for v in f.variables:
        for b in (v.lb, v.ub):
            if b is not None:
                texts.append(str(b))
    nums = []
    for t in texts:
        for m in re.finditer(r"\d+(?:\.\d+)?(?:e[-+]?\d+)?", t):
            nums.append(float(m.group()))
    return nums


def _covered(x: float, nums: list[float], percent: bool) -> bool:
    cands = [x]
    if percent or x < 100:
        cands += [x / 100, 1 - x / 100, 1 + x / 100]
    if x:
        cands.append(1 / x)
    return any(abs(n - c) <= 1e-6 * max(1.0, abs(c)) for n in nums for c in cands)


def check_row(row: dict[str, Any], raw: bool = False) -> Check:
    from optform.errors import OptformError
    from optform.offline import formulate_offline

    gold = row["gold"]
    ents = entities(gold["tokens"], gold["ner_tags"])
    var_groups = group_mentions([t for lab, t in ents if lab == "VAR"])
    dir_words = [w for lab, t in ents if lab == "OBJ_DIR" for w in t.split()]
    numbers: list[tuple[float, bool]] = []
    for lab, t in ents:
        if lab in ("PARAM", "LIMIT"):
            x = _number(t)
            if x is not None:
                numbers.append((x, "%" in t or "percent" in t.lower()))
    text = row["text"] if raw else detokenize(row["text"])
    c = Check(
        str(row.get("id", "")), var_groups, [], _sense(dir_words), None, [x for x, _ in numbers]
    )
    try:
        f = formulate_offline(text)
    except OptformError as exc:
        c.error = exc.__class__.__name__
        c.covered = [False] * len(numbers)
        return c
    c.found_vars = [v.name for v in f.variables]
    c.found_sense = f.objective.sense if f.objective is not None else None
    nums = _formulation_numbers(f)
    c.covered = [_covered(x, nums, p) for x, p in numbers]
    return c


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--show", type=int, default=0, help="list N mismatching problems")
    ap.add_argument("--what", choices=["vars", "sense", "cover"], default="vars")
    ap.add_argument("--raw", action="store_true", help="formulate the tokenized text as it is")
    ap.add_argument("--part", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--lines", default=None, help="A:B — only line numbers A <= i < B")
    a = ap.parse_args(argv)
    lo, hi = 0, 1 << 30
    if a.lines:
        lo_s, _, hi_s = a.lines.partition(":")
        lo, hi = int(lo_s or 0), int(hi_s or 1 << 30)
    rows = []
    for i, line in enumerate(a.path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or (a.part == "even" and i % 2) or (a.part == "odd" and not i % 2):
            continue
        if not lo <= i < hi:
            continue
        rows.append(json.loads(line))
    t0 = time.perf_counter()
    checks = [check_row(r, a.raw) for r in rows]
    n = len(checks)
    nv = sum(c.vars_ok for c in checks)
    none = sum(not c.found_vars for c in checks)
    fewer = sum(0 < len(c.found_vars) < len(c.tagged_vars) for c in checks)
    more = sum(len(c.found_vars) > len(c.tagged_vars) for c in checks)
    with_dir = [c for c in checks if c.tagged_sense is not None]
    ns = sum(c.sense_ok for c in with_dir)
    nnum = sum(len(c.covered) for c in checks)
    ncov = sum(sum(c.covered) for c in checks)
    full = sum(all(c.covered) for c in checks)
    print(f"{a.path} ({a.part}, {'raw' if a.raw else 'detokenized'}): {n} problems in "
          f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
    print(f"(a) variables: count = distinct VAR  {nv}/{n} = {100 * nv / n:.1f}%  "
          f"(none found {none}, fewer {fewer}, more {more})")  # fmt: skip
    print(f"(b) sense = OBJ_DIR                   {ns}/{len(with_dir)} = "
          f"{100 * ns / max(1, len(with_dir)):.1f}%")  # fmt: skip
    print(f"(c) PARAM/LIMIT numbers in the model  {ncov}/{nnum} = {100 * ncov / max(1, nnum):.1f}%  "
          f"(all numbers covered in {full}/{n} problems)")  # fmt: skip
    shown = 0
    for c in checks:
        if shown >= a.show:
            break
        if a.what == "vars" and not c.vars_ok:
            tagged = [g[0] for g in c.tagged_vars]
            print(
                f"  {c.id}: found {len(c.found_vars)} {c.found_vars} | tagged {len(tagged)} {tagged}"
            )
        elif a.what == "sense" and not c.sense_ok:
            print(f"  {c.id}: found {c.found_sense} | tagged {c.tagged_sense}")
        elif a.what == "cover" and not all(c.covered):
            miss = [x for x, ok in zip(c.numbers, c.covered, strict=True) if not ok]
            print(f"  {c.id}: missing {miss} of {c.numbers}")
        else:
            continue
        shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
