"""The repo's own datasets: every recorded answer is re-verified, and the texts are original.

For every JSONL file in ``datasets/``: ids are unique, texts are non-empty, no text appears
verbatim in ``../shared/datasets`` (skipped when that directory is absent), and every record
that carries a gold Formulation (``gold.formulation``) is solved with HiGHS and must reproduce
its ``answer``. The held-out set additionally carries an independently written matrix form
(``gold.matrix``) that is solved with ``scipy.optimize.milp`` and must agree too.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest

from optform import Formulation, Status
from optform.model import ConstraintClass

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "datasets"
HOLDOUT = DATASETS / "holdout.jsonl"
HOLDOUT2 = DATASETS / "holdout2.jsonl"
SHARED = ROOT.parent / "shared" / "datasets"
HOLDOUT_SOURCE = "optform/holdout (written by the optform team)"
CLASSES = {c.value for c in ConstraintClass}
SHINGLE = 10  # words: no run this long may be shared with a public benchmark text


def _files() -> list[Path]:
    return sorted(DATASETS.glob("*.jsonl"))


@cache
def _load(path: Path) -> tuple[dict[str, Any], ...]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                rec = json.loads(line)
                assert isinstance(rec, dict), f"{path.name}:{n} is not an object"
                records.append(rec)
    return tuple(records)


def _gold_cases() -> list[Any]:
    cases = []
    for path in _files():
        for rec in _load(path):
            gold = rec.get("gold")
            if isinstance(gold, dict) and "formulation" in gold:
                cases.append(pytest.param(path, rec["id"], id=f"{path.stem}:{rec['id']}"))
    return cases


def _record(path: Path, rid: str) -> dict[str, Any]:
    return next(r for r in _load(path) if r["id"] == rid)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-6)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


# ---------------------------------------------------------------- every file


def test_datasets_folder_has_the_holdout_set() -> None:
    assert HOLDOUT in _files()


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_ids_unique_and_texts_nonempty(path: Path) -> None:
    records = _load(path)
    assert records, f"{path.name} is empty"
    ids = [r.get("id") for r in records]
    assert all(isinstance(i, str) and i for i in ids)
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, f"duplicate ids in {path.name}: {sorted(cast('set[str]', dup))}"
    for r in records:
        assert isinstance(r.get("text"), str) and r["text"].strip(), r["id"]
        ans = r.get("answer")
        assert ans is None or (isinstance(ans, (int, float)) and math.isfinite(ans)), r["id"]
    texts = [" ".join(_words(r["text"])) for r in records]
    assert len(set(texts)) == len(texts), f"{path.name} repeats a text"


@pytest.mark.parametrize(("path", "rid"), _gold_cases())
def test_gold_formulation_reproduces_answer(path: Path, rid: str) -> None:
    rec = _record(path, rid)
    f = Formulation.from_dict(rec["gold"]["formulation"], source=f"{path.name}:{rid}")
    errors = [x for x in f.check() if x.severity.value == "error"]
    assert not errors, errors
    res = f.solve("highs")
    assert res.status is Status.optimal, (rid, res.status, res.message)
    assert res.objective is not None and rec["answer"] is not None
    assert _close(res.objective, float(rec["answer"])), (rid, res.objective, rec["answer"])


# ---------------------------------------------------------------- originality


@cache
def _shared_texts() -> tuple[str, ...]:
    """Every long string in ../shared/datasets (problem texts and the like), word-normalized."""
    out: list[str] = []

    def strings(o: Any) -> Iterator[str]:
        if isinstance(o, str):
            if len(o) >= 80:
                yield o
        elif isinstance(o, dict):
            for v in o.values():
                yield from strings(v)
        elif isinstance(o, list):
            for v in o:
                yield from strings(v)

    for path in sorted(SHARED.rglob("*.jsonl")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                out.extend(" ".join(_words(s)) for s in strings(rec))
    return tuple(out)


needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/datasets is not beside this clone"
)


@needs_shared
@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_no_text_copied_verbatim_from_shared(path: Path) -> None:
    theirs = _shared_texts()
    assert theirs, "found ../shared/datasets but read no texts from it"
    shared = set(theirs)
    copied = [r["id"] for r in _load(path) if " ".join(_words(r["text"])) in shared]
    assert not copied, f"{path.name}: texts found verbatim in ../shared/datasets: {copied}"


@needs_shared
def test_holdout_shares_no_long_phrase_with_shared() -> None:
    ours: dict[tuple[str, ...], str] = {}
    for r in _load(HOLDOUT):
        w = _words(r["text"])
        for i in range(len(w) - SHINGLE + 1):
            ours[tuple(w[i : i + SHINGLE])] = r["id"]
    hits: set[str] = set()
    for text in _shared_texts():
        w = text.split()
        for i in range(len(w) - SHINGLE + 1):
            rid = ours.get(tuple(w[i : i + SHINGLE]))
            if rid is not None:
                hits.add(rid)
    assert not hits, f"held-out texts share a {SHINGLE}-word run with ../shared: {sorted(hits)}"


def test_holdout_is_disjoint_from_the_sets_developers_tune_on() -> None:
    ours = {" ".join(_words(r["text"])) for r in _load(HOLDOUT)}
    for path in _files():
        if path != HOLDOUT:
            theirs = {" ".join(_words(r["text"])) for r in _load(path)}
            assert not ours & theirs, f"holdout shares a text with {path.name}"


# ---------------------------------------------------------------- the held-out set


def test_holdout_size_and_mix() -> None:
    records = _load(HOLDOUT)
    clean = [r for r in records if "contamination" not in r["meta"]]
    assert len(clean) >= 60, "fewer than 60 uncontaminated held-out problems"
    senses = {r["gold"]["formulation"]["objective"]["sense"] for r in clean}
    assert senses == {"minimize", "maximize"}
    integer = [r["meta"]["integer"] for r in clean]
    assert any(integer) and not all(integer)
    assert sum(1 for r in clean if r["meta"]["hard"]) >= 10
    used = {c for r in clean for c in r["meta"]["classes"]}
    assert {"upper_bound", "lower_bound", "total", "linear", "ratio", "xy", "xby"} <= used


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def test_contamination_flags_are_well_formed() -> None:
    others = {f"{p.name}:{r['id']}" for p in _files() if p != HOLDOUT for r in _load(p)}
    for r in _load(HOLDOUT):
        flag = r["meta"].get("contamination")
        if flag is None:
            continue
        assert flag["level"] in ("near_copy", "echo"), r["id"]
        assert flag["similar_to"], r["id"]
        # the cited development problems exist (a removed one would leave a stale flag)
        missing = [x for x in flag["similar_to"] if x not in others]
        assert not missing, (r["id"], missing)


def test_unflagged_holdout_has_no_near_copy_in_development_sets() -> None:
    """A held-out problem rewritten into a set developers tune on stops being held out.

    Near copies (most 4-word runs shared) must be flagged in ``meta.contamination`` so the
    clean score leaves them out; this fails when a new one appears unflagged.
    """
    theirs = [
        (f"{p.name}:{r['id']}", _shingles(r["text"]))
        for p in _files()
        if p not in (HOLDOUT, HOLDOUT2)
        for r in _load(p)
    ]
    unflagged = []
    for r in _load(HOLDOUT) + _load(HOLDOUT2):
        if "contamination" in r["meta"]:
            continue
        ours = _shingles(r["text"])
        for name, sh in theirs:
            share = len(ours & sh) / max(1, min(len(ours), len(sh)))
            if share >= 0.3:
                unflagged.append((r["id"], name, round(share, 2)))
    assert not unflagged, f"held-out problems copied into development sets: {unflagged}"


@pytest.mark.parametrize("rid", [r["id"] for r in _load(HOLDOUT)])
def test_holdout_record_is_consistent(rid: str) -> None:
    rec = _record(HOLDOUT, rid)
    assert re.fullmatch(r"holdout-\d{3}", rid)
    assert rec["source"] == HOLDOUT_SOURCE
    meta = rec["meta"]
    assert meta["answer_status"] == "ok"
    assert meta["batch"] in (1, 2, 3)
    form = rec["gold"]["formulation"]
    assert form["source_text"] == rec["text"]
    f = Formulation.from_dict(form)
    classes = [c.class_.value for c in f.constraints]
    assert set(meta["classes"]) == set(classes) and set(classes) <= CLASSES
    has_int = any(v.type.value != "continuous" for v in f.variables)
    assert meta["integer"] is has_int
    assert meta["integer"] is any(rec["gold"]["matrix"]["integer"])


@pytest.mark.parametrize("rid", [r["id"] for r in _load(HOLDOUT)])
def test_holdout_matrix_form_agrees_with_scipy(rid: str) -> None:
    """The independently written matrix form, solved by scipy's MILP, gives the answer."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    rec = _record(HOLDOUT, rid)
    m = rec["gold"]["matrix"]
    c = np.asarray(m["c"], dtype=float)
    sign = -1.0 if m["sense"] == "maximize" else 1.0
    assert m["sense"] == rec["gold"]["formulation"]["objective"]["sense"]
    rows = m["rows"]
    a = np.asarray([r["coefs"] for r in rows], dtype=float)
    lo = np.asarray([-np.inf if r["op"] == "<=" else r["rhs"] for r in rows], dtype=float)
    hi = np.asarray([np.inf if r["op"] == ">=" else r["rhs"] for r in rows], dtype=float)
    res = milp(
        sign * c,
        constraints=LinearConstraint(a, lo, hi),
        integrality=np.asarray(m["integer"], dtype=int),
        bounds=Bounds(np.zeros(len(c)), np.full(len(c), np.inf)),
        options={"mip_rel_gap": 0.0},
    )
    assert res.status == 0, (rid, res.message)
    assert _close(float(sign * res.fun), float(rec["answer"])), (rid, sign * res.fun, rec["answer"])
    if rec["meta"]["integer"]:
        relaxed = milp(
            sign * c,
            constraints=LinearConstraint(a, lo, hi),
            bounds=Bounds(np.zeros(len(c)), np.full(len(c), np.inf)),
        )
        assert relaxed.status == 0
        assert _close(float(sign * relaxed.fun), rec["meta"]["lp_relaxation_optimum"])
