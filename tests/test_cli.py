"""The command line, through typer's CliRunner: exit codes, --json, error rendering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optform.cli import app

ROOT = Path(__file__).resolve().parent.parent
BAKERY = str(ROOT / "examples" / "bakery.yaml")
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    res = runner.invoke(app, list(args))
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res.exit_code, res.output


def test_solve_table() -> None:
    code, out = run("solve", BAKERY)
    assert code == 0
    assert "optimal" in out and "800" in out
    assert "batches[muffins]" in out and "batches[cakes]" in out


def test_solve_json() -> None:
    code, out = run("solve", BAKERY, "--json")
    assert code == 0
    d = json.loads(out)
    assert d["status"] == "optimal" and d["objective"] == 800 and d["backend"] == "highs"
    assert d["values"] == {"batches": {"muffins": 10.0, "cakes": 10.0}}
    assert d["formulation"]["name"] == "bakery"


def test_check_valid_and_invalid(tmp_path: Path) -> None:
    code, out = run("check", BAKERY)
    assert code == 0 and "valid" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "variables: [{name: x}]\nobjective: {sense: maximize, expression: 'x + yy'}\n"
        "constraints: [{name: c, expression: 'x <= 30%'}]\n"
    )
    code, out = run("check", str(bad))
    assert code == 2
    assert "unknown-name" in out and "percent-sign" in out and "hint" in out
    code, out = run("check", str(bad), "--json")
    d = json.loads(out)
    assert d["valid"] is False and {f["code"] for f in d["findings"]} >= {
        "unknown-name",
        "percent-sign",
    }


def test_errors_are_clean_not_tracebacks(tmp_path: Path) -> None:
    garbage = tmp_path / "g.yaml"
    garbage.write_text("variables: [\n")
    for args in (
        ["solve", str(garbage)],
        ["check", str(garbage)],
        ["solve", str(tmp_path / "missing.yaml")],
        ["solve", BAKERY, "--backend", "gurobi"],
    ):
        code, out = run(*args)
        assert code == 2, args
        assert "Traceback" not in out and "error [" in out


def test_schema() -> None:
    code, out = run("schema")
    assert code == 0
    schema = json.loads(out)
    assert "variables" in schema["properties"]


def test_help_lists_every_command() -> None:
    code, out = run("--help")
    assert code == 0
    for cmd in ("solve", "formulate", "check", "diagnose", "export", "schema", "eval"):
        assert cmd in out


@pytest.mark.parametrize("backend", ["all"])
def test_solve_all_backends_agree(backend: str) -> None:
    code, out = run("solve", BAKERY, "--backend", backend, "--json")
    d = json.loads(out)
    assert code == 0, out
    assert d["agree"] is True
    assert {k for k, v in d["results"].items() if v["status"] == "optimal"} == {
        "highs",
        "cbc",
        "cpsat",
        "z3",
    }
    assert all(v["objective"] == 800 for v in d["results"].values())


def test_solve_with_llm_against_loopback_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI drives the real openai client against a scripted server on 127.0.0.1."""
    from optform.testing import ChatServer, Reply

    good = {
        "name": "chairs",
        "variables": [{"name": "chairs", "type": "integer"}, {"name": "tables", "type": "integer"}],
        "objective": {"sense": "maximize", "expression": "20*chairs + 50*tables"},
        "constraints": [
            {"name": "wood", "expression": "2*chairs + 5*tables <= 40", "class": "linear"}
        ],
    }
    bad = {**good, "objective": {"sense": "maximize", "expression": "20*chair + 50*tables"}}
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    monkeypatch.setenv("OPTFORM_CACHE_DIR", str(tmp_path / "cache"))
    problem = tmp_path / "p.txt"
    problem.write_text(
        "A shop makes chairs (20 dollars profit) and tables (50 dollars). "
        "A chair takes 2 units of wood, a table 5; 40 units are available. Maximize profit."
    )
    trace = tmp_path / "trace.json"
    with ChatServer([Reply.json(bad), Reply.json(good)]) as server:
        code, out = run(
            "solve",
            str(problem),
            "--llm",
            "test-model",
            "--base-url",
            server.url,
            "--mode",
            "single",
            "--trace",
            str(trace),
            "--json",
            "--no-cache",
        )
        assert len(server.requests) == 2
        feedback = server.requests[1].all_text()
    assert "chair" in feedback and "did you mean 'chairs'" in feedback
    assert code == 0, out
    d = json.loads(out[out.index("{") :])
    assert d["status"] == "optimal" and d["objective"] == 400
    saved = trace.read_text()
    assert "sk-test-secret" not in saved and json.loads(saved)


def test_solve_log_on_request() -> None:
    code, out = run("solve", BAKERY, "--log", "--no-explain")
    assert code == 0
    assert "Presolving" in out or "HiGHS" in out or "rows" in out


def test_solve_text_json_has_formulation_and_explanation() -> None:
    code, out = run("solve", str(ROOT / "examples" / "bakery.txt"), "--json")
    assert code == 0, out
    d = json.loads(out)
    assert d["status"] == "optimal" and d["objective"] == 800
    assert d["formulation"]["source_text"].startswith("A bakery")
    assert d["explanation"]["constraints"]


def test_infeasible_solve_json_includes_the_diagnosis() -> None:
    code, out = run("solve", str(ROOT / "examples" / "infeasible_bakery.yaml"), "--json")
    assert code == 1
    d = json.loads(out)
    assert d["status"] == "infeasible"
    names = {m["name"] for m in d["diagnosis"]["conflict"]["members"]}
    assert {"oven", "min_cakes"} <= names
    assert any(fix["verified"] for fix in d["diagnosis"]["fixes"])


def test_text_beyond_the_offline_formulator_gets_a_clear_error() -> None:
    code, out = run("solve", "We want to be happy. Please optimize our life.")
    assert code == 4
    assert "could not build a valid model from the text" in out
    assert "not-understood" in out and "--llm" in out
    assert "Traceback" not in out
