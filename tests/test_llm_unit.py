"""Unit tests of the LLM layer's parts: config, JSON extraction, cache, prompts, missing data,
cross-check and the loopback chat server. No network; the end-to-end tests are in test_llm_loop."""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.request
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import optform.llm as llm_pkg
from optform.errors import LLMError
from optform.llm import LLM, ChatClient, ChatReply, ChatRequest
from optform.llm.cache import CachedClient, DiskCache, cache_key
from optform.llm.config import redact_url
from optform.llm.crosscheck import crosscheck
from optform.llm.missing import fill_missing, missing_parameters, parse_answer
from optform.llm.prompts import Prompt, load_prompt, prompt_dir, prompt_version
from optform.llm.provider import OpenAIChatClient, estimate_cost
from optform.llm.structured import extract_json, parse_reply, response_format
from optform.model import Formulation, Parameter
from optform.testing import ChatServer, Reply

KEY = "sk-unit-SECRET-0123456789"

# The prompt files' content hash for each VERSION. Changing a prompt without bumping
# prompts/VERSION fails this test: every trace records the version, so it must mean something.
PROMPT_HASHES = {"1": "adf041746da01b6f6062fa1cb78e919ea8ff73d645dc2ea92a02ccde20ada051"}


def test_public_api_is_pinned() -> None:
    assert sorted(llm_pkg.__all__) == sorted(
        [
            "LLM",
            "Agreement",
            "ChatClient",
            "ChatReply",
            "ChatRequest",
            "LLMFailed",
            "LLMOutcome",
            "MissingParameter",
            "Trace",
            "formulate_with_llm",
            "make_client",
        ]
    )


# ---------------------------------------------------------------------------- config


def test_config_precedence_options_env_file(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[llm]\nmodel = "file-model"\nbase_url = "http://file/v1"\napi_key_env = "MY_KEY"\n'
        "timeout = 7\n",
        encoding="utf-8",
    )
    env = {"OPTFORM_CONFIG": str(cfg), "MY_KEY": KEY}
    r = LLM().resolved(env=env)
    assert (r.model, r.base_url, r.timeout, r.secret()) == (
        "file-model",
        "http://file/v1",
        7.0,
        KEY,
    )
    env2 = {
        **env,
        "OPTFORM_LLM_MODEL": "env-model",
        "OPENAI_BASE_URL": "http://env/v1",
        "OPENAI_API_KEY": "sk-env",
    }
    r2 = LLM().resolved(env=env2)
    assert (r2.model, r2.base_url, r2.secret()) == ("env-model", "http://env/v1", "sk-env")
    r3 = LLM(model="opt-model", timeout=3).resolved(env=env2)
    assert (r3.model, r3.timeout, r3.base_url) == ("opt-model", 3.0, "http://env/v1")


def test_config_file_errors_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[llm]\nmodle = "x"\n', encoding="utf-8")
    with pytest.raises(LLMError) as info:
        LLM().resolved(env={"OPTFORM_CONFIG": str(bad)})
    assert info.value.code == "llm-config" and "modle" in info.value.message
    bad.write_text("[llm\n", encoding="utf-8")
    with pytest.raises(LLMError, match="not valid TOML"):
        LLM().resolved(env={"OPTFORM_CONFIG": str(bad)})
    with pytest.raises(LLMError, match="not found"):
        LLM().resolved(env={"OPTFORM_CONFIG": str(tmp_path / "nope.toml")})
    bad.write_text(f'[llm]\napi_key = "{KEY}"\ntimeout = -1\n', encoding="utf-8")
    with pytest.raises(LLMError) as info2:
        LLM().resolved(env={"OPTFORM_CONFIG": str(bad)})
    assert KEY not in str(info2.value)


def test_key_never_in_repr_or_dump() -> None:
    llm = LLM(model="m", api_key=KEY, base_url="http://user:pw@host:8000/v1?key=abc")
    for text in (repr(llm), str(llm)):
        assert KEY not in text and "pw" not in text
    assert KEY not in llm.model_dump_json()
    assert redact_url("http://user:pw@host:8000/v1?key=abc") == "http://host:8000/v1"


def test_missing_model_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPTFORM_LLM_MODEL", raising=False)
    monkeypatch.delenv("OPTFORM_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    with pytest.raises(LLMError) as info:
        llm_pkg.formulate_with_llm("A bakery makes muffins.", LLM(no_cache=True))
    assert info.value.code == "llm-no-model" and "--llm" in (info.value.hint or "")
    with pytest.raises(LLMError, match="empty"):
        llm_pkg.formulate_with_llm("   ", LLM(model="m"))


def test_cost_estimate() -> None:
    assert estimate_cost(LLM(), "gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)
    assert estimate_cost(LLM(), "gpt-4o-mini-2024-07-18", 1000, 0) == pytest.approx(0.00015)
    assert estimate_cost(LLM(), "llama3.1:8b", 1000, 1000) is None
    priced = LLM(price_input_per_mtok=1.0, price_output_per_mtok=2.0)
    assert estimate_cost(priced, "anything", 1_000_000, 500_000) == pytest.approx(2.0)


# ---------------------------------------------------------------------------- JSON extraction


def test_extract_json_variants() -> None:
    obj = {"a": 1, "b": "has } and { inside", "c": [1, 2]}
    text = json.dumps(obj)
    assert extract_json(text) == (obj, None)
    assert extract_json(f"Sure!\n```json\n{text}\n```\nDone.")[0] == obj
    assert extract_json(f"Here it is: {text} -- hope it helps {{not json}}")[0] == obj
    assert extract_json(f"use {{x}} then {text}")[0] == obj


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "llm-empty-reply"),
        ("I think the answer is 42.", "llm-no-json"),
        ('{"a": 1, "b": [1, 2', "llm-malformed-json"),
        ('{"a": 1,}', "llm-malformed-json"),
        ('{"a": NaN}', "llm-malformed-json"),
    ],
)
def test_extract_json_problems_are_findings(text: str, code: str) -> None:
    value, finding = extract_json(text)
    assert value is None and finding is not None and finding.code == code and finding.hint


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=50, deadline=None)
@given(
    obj=st.dictionaries(st.text(max_size=6), json_values, max_size=4),
    prose=st.text(alphabet=st.characters(blacklist_characters="{}`"), max_size=30),
)
def test_extract_json_finds_the_object_in_prose(obj: dict[str, Any], prose: str) -> None:
    assert extract_json(f"{prose}\n{json.dumps(obj)}\n{prose}")[0] == obj


def test_parse_reply_formulation_findings() -> None:
    ok = parse_reply(ChatReply(content=json.dumps({"variables": [{"name": "x"}]})), Formulation)
    assert ok.value is not None and ok.findings == []
    bad = parse_reply(
        ChatReply(content=json.dumps({"variables": [{"name": "x", "kind": "int"}]})), Formulation
    )
    assert bad.value is None and bad.findings[0].loc == ["variables", 0, "kind"]
    cut = parse_reply(ChatReply(content='{"variables": [{"na', finish_reason="length"), Formulation)
    assert [f.code for f in cut.findings] == ["llm-truncated"]
    listy = parse_reply(ChatReply(content="[1, 2]"), Formulation)
    assert listy.findings[0].code == "llm-not-an-object"
    refused = parse_reply(ChatReply(content=None, refusal="no"), Formulation)
    assert refused.findings[0].code == "llm-refused"


def test_response_format_schema() -> None:
    rf = response_format("json_schema", Formulation)
    assert rf is not None and rf["json_schema"]["name"] == "Formulation"
    assert rf["json_schema"]["schema"] == Formulation.json_schema()
    assert response_format("json_object", Formulation) == {"type": "json_object"}
    assert response_format("text", Formulation) is None


# ---------------------------------------------------------------------------- cache


class _Counting:
    def __init__(self) -> None:
        self.calls = 0

    def complete(self, request: ChatRequest) -> ChatReply:
        self.calls += 1
        return ChatReply(content=f"reply {self.calls}", prompt_tokens=3, completion_tokens=2)


def test_cache_hit_miss_and_corruption(tmp_path: Path) -> None:
    inner = _Counting()
    client = CachedClient(inner, DiskCache(tmp_path))
    assert isinstance(client, ChatClient)
    req = ChatRequest(model="m", messages=[{"role": "user", "content": "hi"}], temperature=0.0)
    first = client.complete(req)
    again = client.complete(req)
    assert inner.calls == 1 and again.cached and not first.cached and again.content == first.content
    assert again.prompt_tokens == 3
    other = req.model_copy(update={"messages": [{"role": "user", "content": "hi!"}]})
    client.complete(other)
    assert inner.calls == 2 and cache_key(other) != cache_key(req)
    path = next(p for p in tmp_path.rglob("*.json") if cache_key(req) in p.name)
    path.write_text("{ not json", encoding="utf-8")
    client.complete(req)  # unreadable entry: a miss, then rewritten
    assert inner.calls == 3
    assert client.complete(req).cached and inner.calls == 3


# ---------------------------------------------------------------------------- prompts


def _all_files(node: Traversable, prefix: str = "") -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name == "__pycache__" or child.name.endswith(".pyc"):
            continue
        if child.is_dir():
            out += _all_files(child, f"{prefix}{child.name}/")
        else:
            out.append((prefix + child.name, child.read_bytes()))
    return out


def test_prompt_changes_bump_the_version() -> None:
    h = hashlib.sha256()
    for name, data in _all_files(prompt_dir()):
        h.update(name.encode())
        h.update(data)
    version = prompt_version()
    assert version in PROMPT_HASHES, (
        f"new prompt version {version}: record its hash {h.hexdigest()}"
    )
    assert h.hexdigest() == PROMPT_HASHES[version], (
        f"prompt files changed but prompts/VERSION is still {version}: bump it and record {h.hexdigest()}"
    )


def test_prompts_render_completely() -> None:
    from optform.llm.pipeline import single_start, system_message

    system = system_message()["content"]
    assert "{{" not in system and "sum{p in P}" in system and "null" in system
    conv = single_start("A farm has $100 and {braces} in its text.")
    assert "{{" not in conv[1]["content"]
    assert "A farm has $100 and {braces} in its text." in conv[1]["content"]
    # the few-shot Formulation shipped with the prompts is valid and solves
    example = Formulation.loads(load_prompt("examples/workshop.formulation.json").text)
    assert example.check() == []
    assert example.solve().objective == pytest.approx(840.0)


def test_prompt_render_rejects_missing_and_unused_values() -> None:
    p = Prompt("t.md", "Hello {{name}}!")
    assert p.render(name="you") == "Hello you!\n"
    with pytest.raises(LLMError, match="missing values"):
        p.render()
    with pytest.raises(LLMError, match="unused values"):
        p.render(name="a", other="b")


# ---------------------------------------------------------------------------- missing data


def test_parse_answer() -> None:
    scalar = Parameter(name="cap", value=None)
    assert parse_answer(" 40 ", scalar) == 40
    assert parse_answer("1,000", scalar) == 1000
    assert parse_answer("2.5", scalar) == 2.5
    table = Parameter(name="cost", index=["P"], value=None)
    assert parse_answer("{a: 1, b: 2}", table) == {"a": 1, "b": 2}
    for bad in ("", "forty", "yes", "{a: 1}"):
        with pytest.raises(ValueError):
            parse_answer(bad, scalar)


def test_fill_missing_reuses_answers() -> None:
    f = Formulation(parameters=[Parameter(name="cap", value=None, unit="h")], variables=[])
    assert [m.name for m in missing_parameters(f)] == ["cap"]
    answers: dict[str, Any] = {}
    asked: list[str] = []

    def ask(q: str) -> str:
        asked.append(q)
        return "12"

    g, names = fill_missing(f, answers, ask)
    assert names == ["cap"] and answers == {"cap": 12} and missing_parameters(g) == []
    assert "'cap'" in asked[0] and "(in h)" in asked[0]
    h, names2 = fill_missing(f, answers, None)  # a later round: no new question
    assert names2 == [] and h.parameters[0].value == 12
    unanswered, _ = fill_missing(f, {}, lambda q: "no idea")
    assert unanswered.parameters[0].value is None


# ---------------------------------------------------------------------------- cross-check


def _model(profit_cakes: int) -> Formulation:
    return Formulation.from_dict(
        {
            "variables": [{"name": "m", "type": "integer"}, {"name": "c", "type": "integer"}],
            "objective": {"sense": "maximize", "expression": f"30*m + {profit_cakes}*c"},
            "constraints": [
                {"name": "oven", "expression": "m + 3*c <= 40"},
                {"name": "cakes", "expression": "c >= 2"},
            ],
        }
    )


def test_crosscheck_agreement_and_disagreement() -> None:
    same = crosscheck("text", _model(50), None, offline=lambda t: _model(50))
    assert same.available and same.score == 1.0 and all(same.checks.values())
    diff = crosscheck("text", _model(50), None, offline=lambda t: _model(95))
    assert (
        diff.available
        and diff.checks["objective"] is False
        and diff.score is not None
        and diff.score < 1.0
    )
    assert diff.notes and "objectives differ" in diff.notes[0]

    def failing(t: str) -> Formulation:
        raise LLMError("cannot")

    none = crosscheck("text", _model(50), None, offline=failing)
    assert not none.available and none.reason is not None and "cannot" in none.reason

    def buggy(t: str) -> Formulation:
        raise ZeroDivisionError("oops")

    crashed = crosscheck("text", _model(50), None, offline=buggy)
    assert (
        not crashed.available
        and crashed.reason is not None
        and "ZeroDivisionError" in crashed.reason
    )


# ---------------------------------------------------------------------------- test server and client


def test_chat_server_records_and_reports_exhaustion() -> None:
    with ChatServer([Reply.json({"a": 1})]) as server:
        body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode()
        req = urllib.request.Request(
            server.url + "/chat/completions",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            data = json.loads(resp.read())
        assert data["choices"][0]["message"]["content"] == '{"a": 1}'
        assert data["usage"]["total_tokens"] > 0
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(req, timeout=5)
        assert info.value.code == 500
        info.value.close()
        assert server.exhausted and len(server.requests) == 2
        assert server.requests[0].last_user() == "hi"


def test_openai_client_direct(tmp_path: Path) -> None:
    waits: list[float] = []
    with (
        ChatServer([Reply.rate_limited(retry_after=7), Reply.text("hello")]) as server,
        OpenAIChatClient(
            LLM(model="m", base_url=server.url, api_key=KEY, retry_max_delay=2.0),
            sleep=waits.append,
        ) as client,
    ):
        assert isinstance(client, ChatClient)
        reply = client.complete(ChatRequest(model="m", messages=[{"role": "user", "content": "x"}]))
    assert reply.content == "hello" and reply.http_attempts == 2
    assert waits == [2.0]  # Retry-After 7 s capped by retry_max_delay


def test_trace_dump_has_totals_and_loads_back() -> None:
    from optform.llm.trace import CallRecord, Trace

    t = Trace(model="m", mode="single", max_rounds=3, prompt_version="1")
    t.calls.append(
        CallRecord(
            index=1,
            round=1,
            stage="single",
            prompt_version="1",
            model="m",
            prompt_tokens=10,
            completion_tokens=5,
            cost_usd=0.5,
            http_attempts=2,
            latency_s=0.25,
        )
    )
    t.calls.append(
        CallRecord(
            index=2,
            round=2,
            stage="repair",
            prompt_version="1",
            model="m",
            prompt_tokens=7,
            completion_tokens=1,
            cost_usd=0.0,
            cached=True,
        )
    )
    dumped = t.model_dump(mode="json")
    assert dumped["totals"] == {
        "calls": 2,
        "cached_calls": 1,
        "http_requests": 2,
        "prompt_tokens": 17,
        "completion_tokens": 6,
        "latency_s": 0.25,
        "cost_usd": 0.5,
        "rounds": 0,
    }
    assert Trace.model_validate(json.loads(t.to_json())).calls == t.calls
