"""End-to-end tests of the LLM formulator: the real ``openai`` client against a real HTTP server
on 127.0.0.1 (optform.testing.ChatServer) replying from a script. Every test asserts on what the
server received, round by round, not only on the final result. No test touches the internet."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from optform.errors import LLMError
from optform.llm import LLM, LLMFailed, formulate_with_llm
from optform.testing import ChatServer, Received, Reply

TEXT = (
    "A bakery makes muffins and cakes. Each batch of muffins takes 1 hour in the oven and each batch of "
    "cakes takes 3 hours. The oven is available for at most 40 hours a week. A batch of muffins earns $30 "
    "profit and a batch of cakes $50. At least 2 batches of cakes must be made. How many batches of each "
    "should the bakery make to maximize profit?"
)
OVEN_SENTENCE = "The oven is available for at most 40 hours a week."
CAKES_SENTENCE = "At least 2 batches of cakes must be made."
OPTIMUM = 1120.0  # muffins = 34, cakes = 2: 30*34 + 50*2

API_KEY = "sk-test-7d1f0c9e-SECRET"

GOOD: dict[str, Any] = {
    "name": "bakery",
    "parameters": [
        {
            "name": "oven_hours",
            "value": 40,
            "unit": "hours",
            "description": "oven hours available a week",
        },
        {"name": "min_cake_batches", "value": 2},
    ],
    "variables": [
        {"name": "muffins", "type": "integer", "description": "batches of muffins"},
        {"name": "cakes", "type": "integer", "description": "batches of cakes"},
    ],
    "objective": {
        "sense": "maximize",
        "expression": "30*muffins + 50*cakes",
        "name": "profit",
        "provenance": {
            "sentence": "How many batches of each should the bakery make to maximize profit?"
        },
    },
    "constraints": [
        {
            "name": "oven",
            "class": "linear",
            "expression": "muffins + 3*cakes <= oven_hours",
            "provenance": {"sentence": OVEN_SENTENCE},
        },
        {
            "name": "min_cakes",
            "class": "lower_bound",
            "expression": "cakes >= min_cake_batches",
            "provenance": {"sentence": CAKES_SENTENCE},
        },
    ],
}

STAGE1: dict[str, Any] = {
    "sets": [],
    "parameters": GOOD["parameters"],
    "variables": GOOD["variables"],
    "unresolved": [],
}

STAGE2: dict[str, Any] = {
    "objective": {
        "sense": "maximize",
        "measure": "profit in $",
        "sentence": "How many batches of each should the bakery make to maximize profit?",
    },
    "constraints": [
        {"name": "oven", "class": "linear", "description": "oven hours", "sentence": OVEN_SENTENCE},
        {
            "name": "min_cakes",
            "class": "lower_bound",
            "description": "at least 2 cakes",
            "sentence": CAKES_SENTENCE,
        },
    ],
}


def variant(**changes: Any) -> dict[str, Any]:
    """A copy of GOOD with constraint expressions or parameter values changed.

    ``constraint_<name>="expr"`` replaces an expression; ``param_<name>=value`` a parameter value.
    """
    f = copy.deepcopy(GOOD)
    for key, value in changes.items():
        kind, _, name = key.partition("_")
        items = f["constraints"] if kind == "constraint" else f["parameters"]
        item = next(x for x in items if x["name"] == name)
        item["expression" if kind == "constraint" else "value"] = value
    return f


# ---------------------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No user config, key or cache leaks into the tests."""
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPTFORM_LLM_MODEL",
        "OPTFORM_CONFIG",
        "OPTFORM_CACHE_DIR",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def llm_for(server: ChatServer, tmp_path: Path, **kw: Any) -> LLM:
    opts: dict[str, Any] = {
        "model": "test-model",
        "base_url": server.url,
        "api_key": API_KEY,
        "timeout": 10.0,
        "max_retries": 3,
        "retry_base_delay": 0.001,
        "retry_max_delay": 1.0,
        "no_cache": True,
        "cache_dir": tmp_path / "cache",
    }
    opts.update(kw)
    return LLM(**opts)


def assert_no_key(*texts: str) -> None:
    for t in texts:
        assert API_KEY not in t


def rf_name(r: Received) -> str | None:
    rf = r.response_format
    if rf is None:
        return None
    if rf.get("type") == "json_schema":
        return str(rf["json_schema"]["name"])
    return str(rf.get("type"))


# ---------------------------------------------------------------------------- success paths


def test_staged_success_sends_each_stage_its_context(tmp_path: Path) -> None:
    with ChatServer([Reply.json(STAGE1), Reply.json(STAGE2), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="staged", rounds=3)
    assert out.ok and out.status == "optimal" and out.stopped_because == "solved"
    assert out.result is not None and out.result.objective == pytest.approx(OPTIMUM)
    assert not server.exhausted
    r1, r2, r3 = server.requests
    # stage 1: the problem text, asked for entities with the Entities schema
    assert "Step 1 of 3" in r1.last_user() and TEXT in r1.last_user()
    assert rf_name(r1) == "Entities"
    assert r1.messages[0]["role"] == "system" and "do NOT invent" in r1.messages[0]["content"]
    # stage 2 sees the entities found in stage 1
    assert "Step 2 of 3" in r2.last_user() and '"oven_hours"' in r2.last_user()
    assert rf_name(r2) == "Classification"
    # stage 3 sees the classification (names, classes, sentences) and asks for a Formulation
    assert (
        "Step 3 of 3" in r3.last_user()
        and '"lower_bound"' in r3.last_user()
        and CAKES_SENTENCE in r3.last_user()
    )
    assert rf_name(r3) == "Formulation"
    assert r3.response_format is not None
    schema = r3.response_format["json_schema"]["schema"]
    assert "constraints" in schema["properties"]
    # the key went in the Authorization header and nowhere else
    assert all(r.headers.get("authorization") == f"Bearer {API_KEY}" for r in server.requests)
    assert all(API_KEY not in json.dumps(r.body) for r in server.requests)
    # trace: three calls with stages, prompt version, tokens; the key is not in it
    stages = [c.stage for c in out.trace.calls]
    assert stages == ["entities", "classify", "formulate"]
    assert all(c.prompt_version == out.trace.prompt_version for c in out.trace.calls)
    assert all(c.prompt_tokens and c.completion_tokens for c in out.trace.calls)
    assert any(p.startswith("stage2_classify.md@") for p in out.trace.calls[1].prompts)
    assert_no_key(out.trace.to_json(), repr(out))
    assert out.formulation.meta["llm"]["prompt_version"] == out.trace.prompt_version


def test_single_shot_success_from_fenced_text(tmp_path: Path) -> None:
    with ChatServer([Reply.fenced(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=3)
    assert out.ok and out.result is not None and out.result.objective == pytest.approx(OPTIMUM)
    assert len(server.requests) == 1
    req = server.requests[0]
    assert rf_name(req) == "Formulation"
    assert TEXT in req.last_user()
    # the few-shot example ships with the prompts
    assert "A workshop builds tables and chairs" in req.last_user()
    assert out.trace.calls[0].stage == "single" and out.round == 1


# ---------------------------------------------------------------------------- self-correction


def test_invalid_expression_corrected_from_validation_finding(tmp_path: Path) -> None:
    bad = variant(constraint_oven="muffins + 3*cake <= oven_hours")
    with ChatServer([Reply.json(bad), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=3)
    assert out.ok and out.round == 2
    assert len(server.requests) == 2
    feedback = server.requests[1].last_user()
    assert "[unknown-name] at constraints.oven.expression, column 13" in feedback
    assert "unknown name 'cake'" in feedback
    assert "did you mean 'cakes'?" in feedback
    assert OVEN_SENTENCE in feedback  # the constraint's source sentence
    # the conversation carries the model's own first answer
    msgs = server.requests[1].messages
    assert msgs[-2]["role"] == "assistant" and "3*cake <=" in msgs[-2]["content"]
    assert [r.status for r in out.trace.rounds] == ["invalid", "optimal"]
    assert out.trace.rounds[0].feedback == feedback


def test_infeasible_model_corrected_from_solver_and_conflict_findings(tmp_path: Path) -> None:
    infeasible = variant(param_min_cake_batches=20)  # 3*20 oven hours > 40
    with ChatServer([Reply.json(infeasible), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=3)
    assert out.ok and out.round == 2
    feedback = server.requests[1].last_user()
    assert "Solver status: infeasible." in feedback
    assert "[infeasible]" in feedback
    # the conflicting set names both statements, with their sentences
    assert "[conflicting-set]" in feedback
    line = next(x for x in feedback.splitlines() if "[conflicting-set]" in x)
    assert "oven" in line and "min_cakes" in line
    assert CAKES_SENTENCE in feedback and OVEN_SENTENCE in feedback
    assert out.trace.rounds[0].diagnosis is not None


def test_malformed_json_becomes_a_finding(tmp_path: Path) -> None:
    broken = '{"name": "bakery", "variables": [{"name": "muffins",}]}'
    with ChatServer([Reply.text(broken), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=2)
    assert out.ok and out.round == 2
    feedback = server.requests[1].last_user()
    assert (
        "[llm-malformed-json]" in feedback and "not valid JSON" in feedback and "column" in feedback
    )
    assert out.trace.rounds[0].status == "unparsed"


def test_truncated_reply_becomes_a_finding(tmp_path: Path) -> None:
    with ChatServer([Reply.truncated(GOOD, keep=0.6), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=2)
    assert out.ok and out.round == 2
    feedback = server.requests[1].last_user()
    assert "[llm-truncated]" in feedback and "shorter" in feedback
    assert out.trace.calls[0].finish_reason == "length"


def test_refusal_becomes_a_finding(tmp_path: Path) -> None:
    with ChatServer([Reply.refused("I cannot do that."), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=2)
    assert out.ok
    assert "[llm-refused]" in server.requests[1].last_user()


def test_schema_errors_are_fed_back_with_their_location(tmp_path: Path) -> None:
    bad = copy.deepcopy(GOOD)
    bad["variables"][0]["type"] = "whole number"
    with ChatServer([Reply.json(bad), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=2)
    assert out.ok
    feedback = server.requests[1].last_user()
    assert "variables.0.type" in feedback


def test_rounds_exhausted_returns_best_attempt(tmp_path: Path) -> None:
    bad = variant(constraint_oven="muffins + 3*cake <= oven_hours")
    infeasible = variant(param_min_cake_batches=20)
    with ChatServer(["no json here", Reply.json(bad), Reply.json(infeasible)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=3)
    assert len(server.requests) == 3 and not server.exhausted
    assert not out.ok and out.stopped_because == "rounds-exhausted"
    # valid-but-infeasible ranks above invalid and unparsed
    assert out.round == 3 and out.status == "infeasible"
    assert [r.status for r in out.trace.rounds] == ["unparsed", "invalid", "infeasible"]
    assert "[llm-no-json]" in server.requests[1].last_user()
    assert any(f.code == "infeasible" for f in out.findings)


def test_no_usable_reply_raises_llm_failed_with_trace(tmp_path: Path) -> None:
    with ChatServer(["nothing", "still nothing"]) as server, pytest.raises(LLMFailed) as info:
        formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=2)
    err = info.value
    assert err.code == "llm-no-formulation" and len(err.trace.calls) == 2
    assert any(f.code == "llm-no-json" for f in err.findings)
    assert_no_key(str(err), err.trace.to_json())


# ---------------------------------------------------------------------------- transport


def test_429_retry_after_is_honoured(tmp_path: Path) -> None:
    with ChatServer([Reply.rate_limited(retry_after=0.05), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single")
    assert out.ok and len(server.requests) == 2
    call = out.trace.calls[0]
    assert call.http_attempts == 2
    assert call.retry_waits == [pytest.approx(0.05)]  # the server's Retry-After, not our backoff
    # both HTTP attempts carried the same request
    assert server.requests[0].body == server.requests[1].body


def test_5xx_then_success_with_backoff(tmp_path: Path) -> None:
    script = [Reply.error(500), Reply.error(503, "overloaded"), Reply.json(GOOD)]
    with ChatServer(script) as server:
        out = formulate_with_llm(
            TEXT, llm_for(server, tmp_path, retry_base_delay=0.01), mode="single"
        )
    assert out.ok and len(server.requests) == 3
    waits = out.trace.calls[0].retry_waits
    assert len(waits) == 2
    assert (
        0.0 <= waits[0] <= 0.01 and 0.0 <= waits[1] <= 0.02
    )  # full jitter under the exponential cap


def test_5xx_until_retries_run_out(tmp_path: Path) -> None:
    with (
        ChatServer(lambda r: Reply.error(502, "bad gateway")) as server,
        pytest.raises(LLMFailed) as info,
    ):
        formulate_with_llm(TEXT, llm_for(server, tmp_path, max_retries=2), mode="single")
    assert info.value.code == "llm-server-error" and "HTTP 502" in info.value.message
    assert len(server.requests) == 3  # first try + 2 retries
    assert info.value.trace.calls[0].error is not None


def test_auth_error_is_not_retried_and_hides_the_key(tmp_path: Path) -> None:
    with (
        ChatServer(lambda r: Reply.error(401, f"invalid key {API_KEY}")) as server,
        pytest.raises(LLMFailed) as info,
    ):
        formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single")
    assert info.value.code == "llm-auth" and len(server.requests) == 1
    assert "OPENAI_API_KEY" in (info.value.hint or "")
    assert_no_key(str(info.value), info.value.trace.to_json())


def test_bad_request_message_is_scrubbed_of_the_key(tmp_path: Path) -> None:
    with (
        ChatServer(lambda r: Reply.error(404, f"model not found for {API_KEY}")) as server,
        pytest.raises(LLMFailed) as info,
    ):
        formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single")
    assert info.value.code == "llm-not-found" and "***" in info.value.message
    assert_no_key(str(info.value), info.value.trace.to_json())
    assert len(server.requests) == 1


def test_hanging_server_times_out_cleanly(tmp_path: Path) -> None:
    with ChatServer(lambda r: Reply.hang_for(30.0)) as server, pytest.raises(LLMFailed) as info:
        formulate_with_llm(
            TEXT, llm_for(server, tmp_path, timeout=0.3, max_retries=1), mode="single"
        )
    assert info.value.code == "llm-timeout"
    assert "did not answer within 0.3 s" in info.value.message
    assert len(server.requests) == 2  # one try, one retry
    assert isinstance(info.value, LLMError)


def test_timeout_after_a_usable_round_returns_the_best_attempt(tmp_path: Path) -> None:
    bad = variant(constraint_oven="muffins + 3*cake <= oven_hours")
    script = [Reply.json(bad), Reply.hang_for(30.0)]
    with ChatServer(script) as server:
        out = formulate_with_llm(
            TEXT, llm_for(server, tmp_path, timeout=0.3, max_retries=0), mode="single"
        )
    assert not out.ok and out.stopped_because == "llm-error: llm-timeout"
    assert out.status == "invalid" and any(f.code == "llm-timeout" for f in out.findings)
    assert len(server.requests) == 2


def test_connection_refused_is_a_clean_error(tmp_path: Path) -> None:
    server = ChatServer([]).start()
    url = server.url
    server.close()  # nothing listens there any more
    llm = LLM(
        model="m",
        base_url=url,
        api_key=API_KEY,
        max_retries=1,
        retry_base_delay=0.001,
        no_cache=True,
    )
    with pytest.raises(LLMFailed) as info:
        formulate_with_llm(TEXT, llm, mode="single")
    assert info.value.code == "llm-connection" and "127.0.0.1" in info.value.message


def test_response_format_falls_back_when_the_server_rejects_json_schema(tmp_path: Path) -> None:
    def script(r: Received) -> Reply:
        rf = r.response_format or {}
        if rf.get("type") == "json_schema":
            return Reply.error(400, "response_format json_schema is not supported")
        if rf.get("type") == "json_object":
            return Reply.error(400, "response_format json_object is not supported")
        body = (
            STAGE1 if "Step 1" in r.last_user() else STAGE2 if "Step 2" in r.last_user() else GOOD
        )
        return Reply.fenced(body)

    with ChatServer(script) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="staged")
    assert out.ok
    kinds = [rf_name(r) for r in server.requests]
    # stepped down once, then remembered plain text for the later stages
    assert kinds == ["Entities", "json_object", None, None, None]
    assert [c.structured_mode for c in out.trace.calls] == ["text", "text", "text"]


# ---------------------------------------------------------------------------- cache


def test_cache_hit_makes_no_http_request(tmp_path: Path) -> None:
    with ChatServer([Reply.json(STAGE1), Reply.json(STAGE2), Reply.json(GOOD)]) as server:
        first = formulate_with_llm(TEXT, llm_for(server, tmp_path, no_cache=False), mode="staged")
    assert len(server.requests) == 3
    with ChatServer([]) as server2:  # any request would get "script exhausted"
        second = formulate_with_llm(TEXT, llm_for(server2, tmp_path, no_cache=False), mode="staged")
    assert server2.requests == []
    assert second.ok and second.result is not None and first.result is not None
    assert second.result.objective == first.result.objective
    assert all(c.cached and c.cost_usd == 0.0 and c.http_attempts == 0 for c in second.trace.calls)
    # the cache holds no key
    for path in (tmp_path / "cache").rglob("*.json"):
        assert_no_key(path.read_text(encoding="utf-8"))
    # --no-cache bypasses it
    with ChatServer([Reply.json(STAGE1), Reply.json(STAGE2), Reply.json(GOOD)]) as server3:
        formulate_with_llm(TEXT, llm_for(server3, tmp_path, no_cache=True), mode="staged")
    assert len(server3.requests) == 3


def test_cache_key_depends_on_model_and_params(tmp_path: Path) -> None:
    with ChatServer([Reply.json(GOOD)]) as server:
        formulate_with_llm(TEXT, llm_for(server, tmp_path, no_cache=False), mode="single")
    with ChatServer([Reply.json(GOOD), Reply.json(GOOD)]) as server:
        formulate_with_llm(
            TEXT, llm_for(server, tmp_path, no_cache=False, model="other"), mode="single"
        )
        formulate_with_llm(
            TEXT, llm_for(server, tmp_path, no_cache=False, temperature=0.7), mode="single"
        )
    assert len(server.requests) == 2


# ---------------------------------------------------------------------------- missing information


def test_missing_number_is_reported_not_invented(tmp_path: Path) -> None:
    missing = variant(param_oven_hours=None)
    missing["unresolved"] = [{"text": "oven hours", "reason": "missing number"}]
    with ChatServer([Reply.json(missing)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=3)
    assert (
        len(server.requests) == 1
    )  # the LLM cannot fix what the text does not say: no repair round
    assert out.status == "missing-data" and out.stopped_because == "missing-data" and not out.ok
    assert [m.name for m in out.missing] == ["oven_hours"]
    assert out.missing[0].unit == "hours"


def test_interactive_ask_fills_the_missing_number(tmp_path: Path) -> None:
    missing = variant(param_oven_hours=None)
    questions: list[str] = []
    answers = iter(["forty", "40"])

    def ask(q: str) -> str:
        questions.append(q)
        return next(answers)

    with ChatServer([Reply.json(missing)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", ask=ask)
    assert out.ok and out.result is not None and out.result.objective == pytest.approx(OPTIMUM)
    assert len(questions) == 2 and "'oven_hours'" in questions[0] and "hours" in questions[0]
    assert out.missing == []
    assert out.formulation.parameter("oven_hours") is not None
    assert out.formulation.parameter("oven_hours").value == 40  # type: ignore[union-attr]


def test_rejected_sampling_parameter_is_dropped_not_mistaken_for_json_mode(tmp_path: Path) -> None:
    """Reasoning models reject temperature != 1 with HTTP 400; the call is repeated without it."""

    def script(r: Received) -> Reply:
        if "temperature" in r.body:
            return Reply(
                status=400,
                body=json.dumps(
                    {
                        "error": {
                            "message": "Unsupported value: 'temperature' does not support 0 with this model.",
                            "type": "invalid_request_error",
                            "param": "temperature",
                            "code": "unsupported_value",
                        }
                    }
                ),
            )
        return Reply.json(GOOD)

    with ChatServer(script) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path, temperature=0.0), mode="single")
    assert out.ok and len(server.requests) == 2
    assert (
        server.requests[0].body["temperature"] == 0.0
        and "temperature" not in server.requests[1].body
    )
    assert rf_name(server.requests[1]) == "Formulation"  # still asking for the schema


def test_stage_reply_unusable_is_reasked_then_skipped(tmp_path: Path) -> None:
    script = [
        Reply.text('{"sets": [], "parameters": [,]}'),  # stage 1: malformed
        Reply.json(STAGE1),  # stage 1 again: fine
        Reply.text("I would classify them as linear."),  # stage 2: no JSON
        Reply.text("Still no JSON."),  # stage 2 again: give up on step 2
        Reply.json(GOOD),  # stage 3
    ]
    with ChatServer(script) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="staged")
    assert out.ok and len(server.requests) == 5 and not server.exhausted
    assert "Your answer could not be used" in server.requests[1].last_user()
    assert "[llm-malformed-json]" in server.requests[1].last_user()
    assert "[llm-no-json]" in server.requests[3].last_user()
    stage3 = server.requests[4].last_user()
    assert "(not available: step 2 failed)" in stage3 and '"oven_hours"' in stage3
    assert [c.stage for c in out.trace.calls] == [
        "entities",
        "entities",
        "classify",
        "classify",
        "formulate",
    ]


def test_lint_on_a_solved_model_earns_a_round(tmp_path: Path) -> None:
    lazy = copy.deepcopy(GOOD)
    lazy["objective"]["sense"] = "minimize"  # a flipped sense: the best plan does nothing
    lazy["constraints"] = [c for c in lazy["constraints"] if c["name"] != "min_cakes"]
    lazy["parameters"] = [p for p in lazy["parameters"] if p["name"] != "min_cake_batches"]
    with ChatServer([Reply.json(lazy), Reply.json(GOOD)]) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path), mode="single", rounds=3)
    assert out.ok and out.round == 2 and len(server.requests) == 2
    feedback = server.requests[1].last_user()
    assert "Solver status: optimal." in feedback and "[all-zero-optimum]" in feedback
    assert out.trace.rounds[0].status == "optimal"


def test_500_on_json_schema_steps_down_after_retries(tmp_path: Path) -> None:
    """llama.cpp answers 500 to a schema its grammar converter cannot compile."""

    def script(r: Received) -> Reply:
        if rf_name(r) == "Formulation":
            return Reply.error(500, "failed to parse grammar")
        return Reply.json(GOOD)

    with ChatServer(script) as server:
        out = formulate_with_llm(TEXT, llm_for(server, tmp_path, max_retries=1), mode="single")
    assert out.ok
    assert [rf_name(r) for r in server.requests] == ["Formulation", "Formulation", "json_object"]
    assert out.trace.calls[0].structured_mode == "json_object"
