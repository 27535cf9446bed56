"""Export: LP/MPS files re-solved by HiGHS, the generated PuLP script run in a subprocess, LaTeX.

Each exported artefact must give the same optimum as solving the Formulation with HiGHS, and
untrusted text (names, elements, descriptions) must never become code.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from optform import CapabilityError, Formulation, UserInputError
from optform.export import export
from optform.solving import solve_formulation

ROOT = Path(__file__).resolve().parents[1]

MIXED = {
    "name": "mixed",
    "sets": [{"name": "T", "elements": "1..3"}, {"name": "P", "elements": ["x+", "x-", "x y"]}],
    "parameters": [{"name": "cap", "index": ["P"], "value": {"x+": 2, "x-": 3, "x y": 1.5}}],
    "variables": [
        {"name": "x", "ub": 4},
        {"name": "y", "type": "integer", "lb": -3, "ub": 3},
        {"name": "inv", "index": ["T"], "ub": 10},
        {"name": "b", "type": "binary"},
        {"name": "w", "index": ["P"]},
        {"name": "free", "lb": None, "ub": None},
    ],
    "objective": {
        "sense": "maximize",
        "expression": "x + 2*y + 7 - sum{t in T} inv[t] + 3*b + w['x+'] - w['x-'] + 0.5*w['x y']",
    },
    "constraints": [
        {"name": "range", "expression": "1 <= x + y <= 5", "description": "a two-sided range"},
        {"name": "bal", "forall": "t in T: t > 1", "expression": "inv[t] == inv[t-1] + 1"},
        {"name": "fc", "expression": "x > 0 -> b == 0"},
        {"name": "caps", "forall": "p in P", "expression": "w[p] <= cap[p]"},
        {"name": "pin", "expression": "free == -2"},
    ],
}
# Hand check: x + 2y + 3b where x > 0 forces b = 0: (x, y, b) = (2, 3, 0) gives 8 and
# (0, 3, 1) gives 9 -> 9; inv = (0, 1, 2) -> -3; w = (2, 0, 1.5) -> 2 + 0.75; constant 7:
# 9 - 3 + 2.75 + 7 = 15.75.
MIXED_OPT = 15.75

LP_FRAC = {
    "name": "frac",
    "variables": [{"name": "x"}, {"name": "y"}],
    "objective": {"sense": "minimize", "expression": "-x - y"},
    "constraints": [
        {"name": "a", "expression": "2*x + y <= 4"},
        {"name": "b", "expression": "x + 2*y <= 4"},
    ],
}


def _models() -> dict[str, Formulation]:
    return {
        "bakery": Formulation.load(ROOT / "examples" / "bakery.yaml"),
        "mixed": Formulation.from_dict(MIXED),
        "frac": Formulation.from_dict(LP_FRAC),
    }


def test_mixed_model_optimum_is_the_hand_computed_one() -> None:
    r = solve_formulation(Formulation.from_dict(MIXED), "highs")
    assert r.objective == pytest.approx(MIXED_OPT)


def _highs_read(path: Path) -> tuple[str, float]:
    import highspy

    h = cast(Any, highspy.Highs)()
    h.setOptionValue("output_flag", False)
    assert h.readModel(str(path)) == highspy.HighsStatus.kOk
    h.run()
    return h.getModelStatus().name, float(h.getInfo().objective_function_value)


@pytest.mark.parametrize("fmt", ["lp", "mps"])
@pytest.mark.parametrize("name", ["bakery", "mixed", "frac"])
def test_file_resolved_by_highs_gives_the_same_optimum(name: str, fmt: str, tmp_path: Path) -> None:
    f = _models()[name]
    want = solve_formulation(f, "highs").objective
    assert want is not None
    text = export(f, fmt)  # type: ignore[arg-type]
    path = tmp_path / f"m.{fmt}"
    path.write_text(text, encoding="utf-8")
    status, obj = _highs_read(path)
    assert status == "kOptimal"
    assert obj == pytest.approx(want, rel=1e-9, abs=1e-9)


def test_lp_header_maps_safe_names_to_user_names() -> None:
    text = export(Formulation.from_dict(MIXED), "lp")
    header = [ln for ln in text.splitlines() if ln.startswith("\\   ")]
    mapping = dict(
        cast("tuple[str, str]", cast("re.Match[str]", re.match(r"\\   (\S+) = (.*)", ln)).groups())
        for ln in header
    )
    assert (
        mapping["v0"] == "x"
        and mapping["v6"] == "w[x+]"
        and mapping["v7"] == "w[x-]"
        and mapping["v8"] == "w[x y]"
    )
    assert mapping["r0"] == "range" and mapping["s0"] == "range"
    assert "objective constant 7.0" in " ".join(mapping.values())
    body = text.split("Subject To")[1]
    assert "x+" not in body and "w_x_" not in body  # only safe names in the model itself


def _run_script(code: str, tmp_path: Path) -> str:
    path = tmp_path / "model.py"
    path.write_text(code, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr == ""
    return proc.stdout


def _printed_objective(out: str) -> float:
    m = re.search(r"^objective: (\S+)$", out, re.M)
    assert m is not None, out
    return float(m.group(1))


@pytest.mark.parametrize("name", ["bakery", "mixed", "frac"])
def test_python_script_runs_and_prints_the_highs_optimum(name: str, tmp_path: Path) -> None:
    f = _models()[name]
    want = solve_formulation(f, "highs").objective
    assert want is not None
    out = _run_script(export(f, "python"), tmp_path)
    assert "status: Optimal" in out
    assert _printed_objective(out) == pytest.approx(want, rel=1e-6, abs=1e-6)


def test_python_script_for_a_satisfaction_problem(tmp_path: Path) -> None:
    f = Formulation.from_dict(
        {
            "variables": [
                {"name": "x", "type": "integer", "ub": 5},
                {"name": "y", "type": "integer", "ub": 5},
            ],
            "constraints": [
                {"name": "s", "expression": "x + y == 7"},
                {"name": "d", "expression": "x - y == 1"},
            ],
        }
    )
    out = _run_script(export(f, "python"), tmp_path)
    assert "status: Optimal" in out and "objective" not in out
    assert "x = 4.0" in out and "y = 3.0" in out


PAYLOAD = "');__import__('pathlib').Path('PWNED').touch();('"


def test_untrusted_text_never_becomes_code(tmp_path: Path) -> None:
    data = {
        "name": "evil\n" + PAYLOAD,
        "description": "line\n\\end{align*}\n\\input{/etc/passwd}",
        "sets": [
            {"name": "P", "elements": [PAYLOAD, "a\nimport os\nos.system('touch PWNED')", 'b"c']}
        ],
        "variables": [{"name": "w", "index": ["P"], "ub": 1, "description": "x\ny"}],
        "objective": {"sense": "maximize", "expression": "sum{p in P} w[p]"},
        "constraints": [
            {
                "name": "one",
                "expression": "sum{p in P} w[p] <= 2",
                "description": "ok\n\\end{align*} \\write18{touch PWNED}",
            }
        ],
    }
    f = Formulation.from_dict(data)
    code = export(f, "python")
    tree = ast.parse(code)
    # every user text sits in string constants: the code without them mentions none of it
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    skeleton = ast.unparse(tree)
    assert "PWNED" not in skeleton and "import os" not in skeleton and "system" not in skeleton
    out = _run_script(code, tmp_path)
    assert not (tmp_path / "PWNED").exists()
    assert _printed_objective(out) == pytest.approx(2.0)
    for fmt in ("lp", "mps"):
        text = export(f, fmt)
        mark = "\\" if fmt == "lp" else "*"
        head = text.split("\\* optform *\\" if fmt == "lp" else "OBJSENSE")[0]
        assert all(ln.startswith(mark) for ln in head.splitlines() if ln), (
            head
        )  # names stay inside comments
    tex = export(f, "latex")
    lines = tex.splitlines()
    assert lines.count(r"\end{align*}") == 1 and lines[-1] == r"\end{align*}"
    for ln in lines:
        if "PWNED" in ln or "passwd" in ln:
            assert ln.startswith("%") or r"\text{" in ln, ln


def test_latex_fragment_reads_like_the_model() -> None:
    tex = export(Formulation.load(ROOT / "examples" / "bakery.yaml"), "latex")
    assert tex.splitlines()[0].startswith("%")
    assert r"\begin{align*}" in tex and tex.rstrip().endswith(r"\end{align*}")
    assert r"\text{maximize}" in tex
    assert r"\sum_{p \in P} \mathit{profit}_{p} \cdot \mathit{batches}_{p}" in tex
    assert r"\le \mathit{oven\_hours} \tag*{\text{oven}}" in tex
    assert "% oven: oven hours used cannot exceed the hours available" in tex
    assert r"\mathit{batches}_{p} \in \mathbb{Z}" in tex
    mixed = export(Formulation.from_dict(MIXED), "latex")
    assert r"\forall t \in T :\, t > 1" in mixed and r"\mathit{inv}_{t - 1}" in mixed
    assert r"x > 0 \Rightarrow b = 0" in mixed and r"1 \le x + y \le 5" in mixed
    assert r"w_{\text{x+}}" in mixed and r"0.5 \cdot w_{\text{x y}}" in mixed


def test_latex_of_logic_and_cardinality() -> None:
    f = Formulation.from_dict(
        {
            "sets": [{"name": "P", "elements": "1..3"}],
            "variables": [{"name": "o", "index": ["P"], "type": "binary"}, {"name": "x", "ub": 3}],
            "constraints": [
                {
                    "name": "k",
                    "expression": "atmost(2, {p in P} o[p]) and not (x >= 2 or o[1] == 1)",
                }
            ],
        }
    )
    tex = export(f, "latex")
    assert r"\operatorname{atmost}\left(2;\ \left\{ o_{p} : p \in P \right\}\right)" in tex
    assert r"\lnot \left(x \ge 2 \lor o_{1} = 1\right)" in tex
    assert r"\text{find} \quad & \text{a feasible point}" in tex


def test_unknown_format_and_uncompilable_models_are_typed_errors() -> None:
    f = Formulation.load(ROOT / "examples" / "bakery.yaml")
    with pytest.raises(UserInputError) as ei:
        export(f, "docx")  # type: ignore[arg-type]
    assert (
        ei.value.code == "unknown-export-format"
        and ei.value.hint is not None
        and "latex" in ei.value.hint
    )
    g = Formulation.from_dict(
        {
            "variables": [{"name": "x", "type": "integer"}, {"name": "b", "type": "binary"}],
            "constraints": [{"name": "c", "expression": "b == 1 -> x <= 3"}],
        }
    )
    with pytest.raises(CapabilityError):  # big-M needs an upper bound on x for LP/MPS/python
        export(g, "lp")
    assert r"b = 1 \Rightarrow x \le 3" in export(g, "latex")  # LaTeX needs no compilation


def _exportable_cases() -> list[str]:
    from test_backends import CASES  # the hand-verified cases (pytest puts tests/ on sys.path)

    return [k for k, c in CASES.items() if c.status.value == "optimal" and "highs" not in c.refuse]


@pytest.mark.parametrize("case", _exportable_cases())
def test_every_hand_verified_case_round_trips_through_script_and_lp(
    case: str, tmp_path: Path
) -> None:
    from test_backends import CASES

    c = CASES[case]
    assert c.objective is not None
    out = _run_script(export(c.f, "python"), tmp_path)
    assert "status: Optimal" in out, out
    assert _printed_objective(out) == pytest.approx(c.objective, rel=1e-6, abs=1e-6)
    path = tmp_path / "m.lp"
    path.write_text(export(c.f, "lp"), encoding="utf-8")
    status, obj = _highs_read(path)
    assert status == "kOptimal" and obj == pytest.approx(c.objective, rel=1e-6, abs=1e-6)


def test_script_writes_families_from_the_ast() -> None:
    from test_backends import CASES

    code = export(CASES["lot_sizing"].f, "python")
    assert (
        "for _i" in code and "in SETS['T']:" in code and "_cmp('>', " in code
    )  # forall t in T: t > 1
    assert "X['inv'][(_element((" in code  # inv[t-1]
    assert "pulp.lpSum([" in code and "ROWS = [\n]" in code  # no constraint needed compiled rows
    assert "_add_rows(prob, X, AUX, 'c0')" in export(
        CASES["implication"].f, "python"
    )  # logic as rows
