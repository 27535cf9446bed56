"""Evaluation runs: formulators that fail, per-problem timeouts, durable resume after kill -9,
torn last lines, the report files, compare and the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import cast

import pytest
import typer
from eval_formulators import calls_by_id
from typer.testing import CliRunner

from optform import Formulation, FormulatorError, LoadError
from optform.evaluation import (
    compare_runs,
    formulation_from_gold,
    load_dataset,
    read_results,
    render_comparison,
    render_report,
    run_eval,
)
from optform.evaluation.cli import eval_app

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "datasets" / "sample.jsonl"
TESTS = Path(__file__).resolve().parent


def _subset(tmp: Path, n: int, name: str = "subset.jsonl") -> Path:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:n]
    p = tmp / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _gold_map(path: Path) -> dict[str, tuple[str, Formulation]]:
    return {p.text: (p.id, formulation_from_gold(p)) for p in load_dataset(path)}


def _infeasible(f: Formulation) -> Formulation:
    data = f.to_dict()
    v = data["variables"][0]["name"]
    first = (
        v
        if not data["variables"][0].get("index")
        else f"sum{{i in {data['variables'][0]['index'][0]}}} {v}[i]"
    )
    data["constraints"].append({"name": "impossible", "expression": f"{first} <= -1"})
    return Formulation.from_dict(data)


def _lines(p: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()]


# ----------------------------------------------------------------------------- failure modes


def test_failing_formulators_and_the_per_problem_timeout(tmp_path: Path) -> None:
    data = _subset(tmp_path, 7)
    gold = _gold_map(data)
    ids = [p.id for p in load_dataset(data)]

    def flaky(text: str) -> Formulation:
        pid, f = gold[text]
        k = ids.index(pid)
        if k == 0:
            raise ValueError("boom")
        if k == 1:
            raise FormulatorError("no objective found", code="no-objective")
        if k == 2:
            return _infeasible(f)
        if k == 3:
            time.sleep(120)  # hangs: must be killed at the time limit
        if k == 4:
            return "not a formulation"  # type: ignore[return-value]
        if k == 5:
            os._exit(9)  # the worker process dies outright
        return f

    t0 = time.monotonic()
    s = run_eval(data, tmp_path / "run", formulator=flaky, jobs=2, timeout=3.0)
    assert time.monotonic() - t0 < 100  # the run did not wait for the hung problem
    recs = {r.id: r for r in read_results(tmp_path / "run" / "results.jsonl")}
    assert [recs[i].outcome for i in ids] == [
        "error",
        "error",
        "infeasible",
        "timeout",
        "error",
        "error",
        "solved",
    ]
    assert recs[ids[0]].error_code == "formulator-crash" and "ValueError: boom" in (
        recs[ids[0]].error_message or ""
    )
    assert recs[ids[1]].error_code == "no-objective"
    assert recs[ids[2]].formulation is not None and recs[ids[2]].status == "infeasible"
    assert recs[ids[3]].error_code == "timeout" and 3.0 <= recs[ids[3]].seconds < 100
    assert recs[ids[4]].error_code == "formulator-bad-output"
    assert recs[ids[5]].error_code == "worker-died" and "exit code 9" in (
        recs[ids[5]].error_message or ""
    )
    assert (s.correct, s.scored, s.executed) == (1, 7, 1)
    assert s.outcomes["timeout"] == 1 and s.outcomes["error"] == 4 and s.outcomes["infeasible"] == 1


def test_gold_oracle_scores_everything_on_the_sample(tmp_path: Path) -> None:
    # Solve a MIP in this process first: HiGHS now has a thread pool that forked workers inherit
    # without its threads (they used to hang on their first MIP).
    from optform import solve_formulation

    mip = next(p for p in load_dataset(SAMPLE) if p.id == "s06-ads")
    assert solve_formulation(formulation_from_gold(mip)).objective == mip.answer
    s = run_eval(SAMPLE, tmp_path / "gold", formulator="gold", jobs=2, timeout=10)
    n = len(load_dataset(SAMPLE))
    assert (s.finished, s.correct, s.scored, s.complete) == (n, n, n, True)
    assert s.accuracy == 1.0 and s.execution_rate == 1.0
    assert {g.name for g in s.by_class} >= {"linear", "ratio", "xby", "xy", "total"}
    assert s.datasets[0].count == n and s.datasets[0].sha256


def test_bad_arguments_are_typed_errors(tmp_path: Path) -> None:
    data = _subset(tmp_path, 2)
    with pytest.raises(FormulatorError) as ei:
        run_eval(data, tmp_path / "r", formulator="nosuch")
    assert ei.value.code == "formulator-unknown"
    with pytest.raises(FormulatorError) as ei:
        run_eval(data, tmp_path / "r", formulator="no_such_module_xyz:f")
    assert ei.value.code == "formulator-unavailable"
    with pytest.raises(LoadError):
        run_eval(data, tmp_path / "r", formulator="gold", jobs=0)
    with pytest.raises(LoadError):
        run_eval(data, tmp_path / "r", formulator="gold", limit=0)


def test_a_run_directory_refuses_other_data_or_formulators(tmp_path: Path) -> None:
    a = _subset(tmp_path, 3, "a.jsonl")
    b = _subset(tmp_path, 4, "b.jsonl")
    run_eval(a, tmp_path / "r", formulator="gold", report=False)
    with pytest.raises(LoadError) as ei:
        run_eval(b, tmp_path / "r", formulator="gold", report=False)
    assert ei.value.code == "run-mismatch"
    with pytest.raises(LoadError) as ei:
        run_eval(a, tmp_path / "r", formulator="eval_formulators:slow_gold", report=False)
    assert ei.value.code == "run-mismatch"
    s = run_eval(b, tmp_path / "r", formulator="gold", restart=True)
    assert s.finished == 4 and list((tmp_path / "r").glob("results.*.jsonl.bak"))


def test_several_datasets_in_one_run_are_reported_per_dataset(tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    a, b = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    a.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    b.write_text("\n".join(lines[3:5]) + "\n", encoding="utf-8")
    s = run_eval([a, b], tmp_path / "run", formulator="gold")
    assert [(g.name, g.n, g.correct) for g in s.by_dataset] == [("first", 3, 3), ("second", 2, 2)]
    assert [d.label for d in s.datasets] == ["first", "second"] and s.total == 5
    md = (tmp_path / "run" / "report.md").read_text(encoding="utf-8")
    assert "| first |" in md and "| second |" in md
    with pytest.raises(LoadError) as ei:
        run_eval([a, a], tmp_path / "run2", formulator="gold")
    assert ei.value.code == "dataset-duplicate-id"


# ----------------------------------------------------------------------------- durability


def test_torn_last_line_is_dropped_and_redone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _subset(tmp_path, 5)
    counter = tmp_path / "calls"
    counter.mkdir()
    monkeypatch.setenv("OPTFORM_TEST_COUNTER_DIR", str(counter))
    monkeypatch.setenv("OPTFORM_TEST_DATASET", str(data))
    monkeypatch.setenv("OPTFORM_TEST_SLEEP", "0")
    run = tmp_path / "run"
    run_eval(data, run, formulator="eval_formulators:slow_gold", limit=3, report=False)
    res = run / "results.jsonl"
    lines = res.read_bytes().splitlines(keepends=True)
    assert len(lines) == 3
    torn_id = json.loads(lines[2])["id"]
    res.write_bytes(lines[0] + lines[1] + lines[2][: len(lines[2]) // 2])  # a crash mid-write
    assert len(read_results(res)) == 2  # readers ignore the torn tail
    s = run_eval(data, run, formulator="eval_formulators:slow_gold")
    recs = _lines(res)
    ids = [cast(str, r["id"]) for r in recs]
    assert len(ids) == len(set(ids)) == 5
    assert set(ids) == {p.id for p in load_dataset(data)}
    assert s.finished == 5 and s.correct == 5
    calls = calls_by_id(counter)
    assert calls[torn_id] == 2  # redone
    assert all(calls[i] == 1 for i in ids if i != torn_id)  # nothing else redone
    # a corrupt line in the middle is not silently skipped
    good = res.read_bytes().splitlines(keepends=True)
    res.write_bytes(good[0] + b"{garbage\n" + b"".join(good[1:]))
    with pytest.raises(LoadError) as ei:
        run_eval(data, run, formulator="eval_formulators:slow_gold")
    assert ei.value.code == "results-corrupt"


def test_resume_after_kill_9_loses_nothing_and_counts_nothing_twice(tmp_path: Path) -> None:
    data = _subset(tmp_path, 14)
    all_ids = {p.id for p in load_dataset(data)}
    counter = tmp_path / "calls"
    counter.mkdir()
    run = tmp_path / "run"
    env = dict(
        os.environ,
        OPTFORM_TEST_COUNTER_DIR=str(counter),
        OPTFORM_TEST_DATASET=str(data),
        OPTFORM_TEST_SLEEP="0.3",
        PYTHONPATH=os.pathsep.join([str(TESTS), str(REPO)]),
    )
    cmd = [
        sys.executable,
        "-m",
        "optform.evaluation",
        str(data),
        "--out",
        str(run),
        "-f",
        "eval_formulators:slow_gold",
        "-j",
        "2",
        "--timeout",
        "30",
        "--no-progress",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    res = run / "results.jsonl"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if res.exists() and res.read_bytes().count(b"\n") >= 4:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    before = read_results(res)
    done_before = {r.id for r in before}
    assert 4 <= len(done_before) < len(all_ids)  # killed mid-run
    time.sleep(0.7)  # orphaned workers notice their parent is gone and exit
    second = subprocess.run([*cmd, "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    summary = json.loads(second.stdout)
    recs = _lines(res)
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))  # nothing counted twice
    assert set(ids) == all_ids  # nothing lost
    assert summary["finished"] == summary["correct"] == len(all_ids) and summary["complete"]
    assert [r["id"] for r in recs[: len(before)]] == [
        r.id for r in before
    ]  # finished records kept as they were
    calls = calls_by_id(counter)
    assert all(calls[i] == 1 for i in done_before)  # finished problems were not redone
    assert all(1 <= calls[i] <= 2 for i in all_ids)  # in-flight ones at the kill were redone once


def test_ctrl_c_stops_cleanly_and_the_run_continues(tmp_path: Path) -> None:
    data = _subset(tmp_path, 8)
    counter = tmp_path / "calls"
    counter.mkdir()
    run = tmp_path / "run"
    env = dict(
        os.environ,
        OPTFORM_TEST_COUNTER_DIR=str(counter),
        OPTFORM_TEST_DATASET=str(data),
        OPTFORM_TEST_SLEEP="0.3",
        PYTHONPATH=os.pathsep.join([str(TESTS), str(REPO)]),
    )
    cmd = [
        sys.executable,
        "-m",
        "optform.evaluation",
        str(data),
        "--out",
        str(run),
        "-f",
        "eval_formulators:slow_gold",
        "--no-progress",
    ]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    res = run / "results.jsonl"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (res.exists() and res.read_bytes().count(b"\n") >= 2):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    done = {r.id for r in read_results(res)}
    assert 2 <= len(done) < 8
    second = subprocess.run([*cmd, "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    ids = [r["id"] for r in _lines(res)]
    assert len(ids) == len(set(ids)) == 8
    assert all(calls_by_id(counter)[i] == 1 for i in done)


# ----------------------------------------------------------------------------- report and compare


def test_report_files(tmp_path: Path) -> None:
    data = _subset(tmp_path, 6)
    gold = _gold_map(data)
    broken_id = load_dataset(data)[1].id

    def one_wrong(text: str) -> Formulation:
        pid, f = gold[text]
        return _infeasible(f) if pid == broken_id else f

    run = tmp_path / "run"
    run_eval(data, run, formulator=one_wrong, tol=1e-3)
    md = (run / "report.md").read_text(encoding="utf-8")
    payload = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    info = payload["summary"]["datasets"][0]
    assert info["sha256"] in md and info["path"] in md and "| 6 |" in md
    assert "|predicted - answer| <= 0.001 * max(|answer|, 1)" in md
    assert "## Failures (1)" in md and f"### {broken_id} — infeasible" in md
    broken = next(p for p in load_dataset(data) if p.id == broken_id)
    assert (
        broken.text.split(".")[0] in md
        and "impossible" in md
        and f"expected: {broken.answer:.6g}" in md
    )
    assert payload["summary"]["correct"] == 5 and payload["summary"]["tol"] == 1e-3
    assert [f["id"] for f in payload["failures"]] == [broken_id]
    assert payload["failures"][0]["formulation"]["constraints"][-1]["name"] == "impossible"
    png = (run / "chart.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    from matplotlib.image import imread

    img = imread(str(run / "chart.png"))
    assert img.shape[0] > 100 and img.shape[1] > 100
    # re-render with another tolerance
    rep = render_report(run, tol=1e-6)
    assert rep.summary.tol == 1e-6 and "<= 1e-06 * max(|answer|, 1)" in rep.markdown


def test_compare_lists_regressions_and_fixes(tmp_path: Path) -> None:
    data = _subset(tmp_path, 8)
    gold = _gold_map(data)
    ids = [p.id for p in load_dataset(data)]

    def wrong_on(bad: set[int]):  # type: ignore[no-untyped-def]
        def form(text: str) -> Formulation:
            pid, f = gold[text]
            if ids.index(pid) in bad:
                raise FormulatorError("gave up", code="gave-up")
            return f

        return form

    run_eval(data, tmp_path / "a", formulator=wrong_on({0, 1, 2}), jobs=2, report=False)
    run_eval(data, tmp_path / "b", formulator=wrong_on({2, 3, 4}), jobs=2, report=False, limit=7)
    c = compare_runs(tmp_path / "a", tmp_path / "b")
    assert [x.id for x in c.regressions] == [ids[3], ids[4]]
    assert [x.id for x in c.fixes] == [ids[0], ids[1]]
    assert c.both_wrong == 1 and c.both_correct == 2 and c.common == 7
    assert c.only_in_a == [ids[7]] and c.only_in_b == []
    assert (c.a_correct, c.b_correct) == (4, 4)
    assert c.regressions[0].a_outcome == "solved" and c.regressions[0].b_outcome == "error"
    text = render_comparison(c)
    assert "Regressions (correct in A, wrong in B): 2" in text and ids[3] in text
    rev = compare_runs(tmp_path / "b", tmp_path / "a")
    assert [x.id for x in rev.fixes] == [ids[3], ids[4]] and rev.only_in_b == [ids[7]]


# ----------------------------------------------------------------------------- CLI


def test_cli_default_command_report_and_compare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = CliRunner()
    data = _subset(tmp_path, 4)
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    res = r.invoke(
        eval_app, [str(data), "--out", str(out_a), "-f", "gold", "--no-progress", "-j", "2"]
    )
    assert res.exit_code == 0, res.output
    assert "solving accuracy" in res.output and "100.0% (4/4)" in res.output
    res = r.invoke(
        eval_app,
        [
            "run",
            str(data),
            "--out",
            str(out_b),
            "-f",
            "gold",
            "--limit",
            "3",
            "--json",
            "--tol",
            "1e-6",
        ],
    )
    assert res.exit_code == 0, res.output
    js = json.loads(res.output)
    assert js["finished"] == 3 and js["tol"] == 1e-6
    res = r.invoke(eval_app, ["report", str(out_a), "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["correct"] == 4
    res = r.invoke(eval_app, ["compare", str(out_a), str(out_b)])
    assert res.exit_code == 0 and "only in A 1" in res.output
    res = r.invoke(eval_app, ["compare", str(out_a), str(out_b), "--json"])
    assert json.loads(res.output)["only_in_a"] == [load_dataset(data)[3].id]
    # errors are rendered, never a traceback
    res = r.invoke(
        eval_app, [str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "x"), "-f", "gold"]
    )
    assert (
        res.exit_code == 2 and "dataset-not-found" in res.output and "Traceback" not in res.output
    )
    res = r.invoke(eval_app, ["report", str(tmp_path)])
    assert res.exit_code == 2 and "run-not-found" in res.output
    res = r.invoke(eval_app, [str(data), "--llm", "m", "-f", "gold"])
    assert res.exit_code == 2 and "cli-conflict" in res.output
    # without --out the run goes to runs/<dataset>-<formulator> in the working directory
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    res = r.invoke(eval_app, [str(data), "-f", "gold", "--limit", "1"])
    assert res.exit_code == 0, res.output
    assert (cwd / "runs/subset-gold/report.md").is_file() and (
        cwd / "runs/subset-gold/chart.png"
    ).is_file()
    # the original NL4Opt generation-data format, forced with --format
    from test_eval_datasets import NL4OPT_ANSWERS, NL4OPT_RECORDS

    gen = tmp_path / "gen.jsonl"
    gen.write_text(
        "\n".join(json.dumps({k: v}) for k, v in NL4OPT_RECORDS.items()) + "\n", encoding="utf-8"
    )
    res = r.invoke(
        eval_app,
        [str(gen), "--format", "nl4opt", "-f", "gold", "--out", str(tmp_path / "g"), "--json"],
    )
    assert res.exit_code == 0, res.output
    js = json.loads(res.output)
    assert js["correct"] == len(NL4OPT_ANSWERS) and js["datasets"][0]["format"] == "nl4opt"
    assert {g["name"] for g in js["by_class"]} == {
        "linear",
        "ratio",
        "xby",
        "total",
        "lower_bound",
        "xy",
        "upper_bound",
    }
    res = r.invoke(eval_app, [str(gen), "--format", "yaml", "--out", str(tmp_path / "g2")])
    assert res.exit_code == 2 and "cli-bad-format" in res.output
    res = r.invoke(eval_app, ["--help"])
    assert (
        res.exit_code == 0
        and "report" in res.output
        and "compare" in res.output
        and "run" in res.output
    )


def test_cli_mounted_as_optform_eval(tmp_path: Path) -> None:
    app = typer.Typer()

    @app.command()
    def version() -> None:
        typer.echo("x")

    app.add_typer(eval_app, name="eval")
    r = CliRunner()
    data = _subset(tmp_path, 2)
    res = r.invoke(
        app,
        [
            "eval",
            str(data),
            "--out",
            str(tmp_path / "run"),
            "--formulator",
            "gold",
            "--tol",
            "1e-4",
        ],
    )
    assert res.exit_code == 0, res.output
    res = r.invoke(app, ["eval", "report", str(tmp_path / "run")])
    assert res.exit_code == 0 and "report.md" in res.output
    res = r.invoke(app, ["eval", "compare", str(tmp_path / "run"), str(tmp_path / "run")])
    assert res.exit_code == 0 and "regressions 0, fixes 0" in res.output


# ----------------------------------------------------------------------------- an LLM run end to end


def test_llm_run_counts_calls_tokens_and_cost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from optform.testing import ChatServer, Received, Reply

    data = _subset(tmp_path, 3)
    probs = load_dataset(data)

    def answer(rec: Received) -> Reply:
        for p in probs:
            if p.text in rec.all_text():
                return Reply.json(
                    formulation_from_gold(p).to_dict(), prompt_tokens=100, completion_tokens=40
                )
        return Reply.error(400, "unknown problem")

    cfg = tmp_path / "config.toml"
    cfg.write_text(
        "[llm]\nprice_input_per_mtok = 1.0\nprice_output_per_mtok = 2.0\n", encoding="utf-8"
    )
    with ChatServer(answer) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("OPTFORM_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("OPTFORM_CONFIG", str(cfg))
        s = run_eval(
            data,
            tmp_path / "run",
            formulator="llm:test-model",
            mode="single",
            rounds=1,
            jobs=2,
            timeout=30,
        )
        assert len(server.requests) == 3
    assert s.formulator == "llm:test-model?mode=single&rounds=1"
    assert (s.correct, s.scored) == (3, 3)
    assert s.llm is not None
    assert (
        s.llm.problems_with_trace,
        s.llm.calls,
        s.llm.prompt_tokens,
        s.llm.completion_tokens,
    ) == (3, 3, 300, 120)
    assert s.llm.cost_usd == pytest.approx(3 * (100 * 1.0 + 40 * 2.0) / 1e6)
    md = (tmp_path / "run" / "report.md").read_text(encoding="utf-8")
    assert "| LLM calls | 3 (traces on 3 problems) |" in md and "$0.0005" in md
