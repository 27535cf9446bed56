"""The README's commands and examples run, so the docs cannot rot."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from optform.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_quickstart_has_exactly_two_commands_and_ci_runs_the_second() -> None:
    quick = README.split("## Quickstart", 1)[1]
    block = re.search(r"```bash\n(.*?)```", quick, flags=re.S)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line.strip()]
    assert len(commands) == 2
    assert commands[0].startswith("pip install") and "optform solve examples/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_main_job_output_matches_the_readme() -> None:
    res = CliRunner().invoke(app, ["solve", str(ROOT / "examples" / "bakery.txt")])
    assert res.exit_code == 0, res.output
    shown = README.split("$ optform solve examples/bakery.txt", 1)[1].split("```", 1)[0]
    answer = next(line for line in shown.splitlines() if line.startswith("Answer"))
    assert answer in res.output


def test_python_example_runs() -> None:
    code = _blocks("python")[0]
    out = subprocess.run(
        [sys.executable, "-"], input=code, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "optimal 800.0" in out.stdout
    assert "infeasible oven" in out.stdout
    assert "unknown-name" in out.stdout


def test_yaml_example_in_readme_is_a_valid_formulation_fragment() -> None:
    from optform import Formulation

    block = next(b for b in _blocks("yaml") if "constraints:" in b)
    f = Formulation.loads(block)
    assert f.constraint("oven") is not None
