"""The trace of an LLM formulation run, and the session that records it.

Every call is recorded with the messages sent, the reply, the response_format mode, tokens,
latency, estimated cost, HTTP attempts and retry waits, and the prompt version and files (with
content hashes) that produced it. Every round of the self-correction loop is recorded with its
findings, status and Formulation. The endpoint is recorded without credentials; the API key is
never part of a trace.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, computed_field

from ..errors import Finding, LLMError
from .config import LLM
from .prompts import load_prompt, prompt_version, render
from .provider import ChatReply, ChatRequest, estimate_cost
from .structured import Parsed, StructuredCaller, parse_reply

__all__ = ["CallRecord", "RoundRecord", "Session", "Trace", "render_findings"]

M = TypeVar("M", bound=BaseModel)


class CallRecord(BaseModel):
    """One chat-completions call."""

    model_config = ConfigDict(extra="forbid")

    index: int
    round: int = Field(description="Round of the loop (stages 1-2 belong to round 1).")
    stage: str = Field(description="entities, classify, formulate, single or repair.")
    prompt_version: str
    prompts: list[str] = Field(
        default_factory=list, description="Prompt files used, as 'name@sha256[:16]'."
    )
    model: str
    structured_mode: str | None = Field(
        default=None, description="json_schema, json_object or text."
    )
    messages: list[dict[str, str]] = Field(default_factory=list)
    reply: str | None = None
    finish_reason: str | None = None
    refusal: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_s: float = 0.0
    cost_usd: float | None = Field(
        default=None, description="Estimated; 0 for cache hits; None if price unknown."
    )
    cached: bool = False
    http_attempts: int = 0
    retry_waits: list[float] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list, description="Problems with this reply.")
    error: str | None = Field(
        default=None, description="Error code and message when the call failed."
    )


class RoundRecord(BaseModel):
    """One attempt of the self-correction loop."""

    model_config = ConfigDict(extra="forbid")

    round: int
    status: str = Field(description="unparsed, invalid, missing-data, or the solver status.")
    objective: float | None = None
    findings: list[Finding] = Field(default_factory=list)
    formulation: dict[str, Any] | None = None
    diagnosis: dict[str, Any] | None = None
    feedback: str | None = Field(
        default=None, description="The repair message sent after this round."
    )


class Trace(BaseModel):
    """Everything that happened in one ``formulate_with_llm`` run (``totals`` is computed)."""

    model_config = ConfigDict(extra="ignore")  # a dumped trace (with totals) loads back

    model: str
    base_url: str | None = Field(default=None, description="Endpoint, without credentials.")
    mode: str
    max_rounds: int
    prompt_version: str
    started_at: float = Field(default_factory=time.time)
    calls: list[CallRecord] = Field(default_factory=list)
    rounds: list[RoundRecord] = Field(default_factory=list)
    stopped_because: str | None = None

    @property
    def prompt_tokens(self) -> int:
        return sum(c.prompt_tokens or 0 for c in self.calls)

    @property
    def completion_tokens(self) -> int:
        return sum(c.completion_tokens or 0 for c in self.calls)

    @property
    def cost_usd(self) -> float | None:
        costs = [c.cost_usd for c in self.calls if not c.cached]
        if any(c is None for c in costs):
            return None
        return float(sum(c for c in costs if c is not None))

    @property
    def latency_s(self) -> float:
        return sum(c.latency_s for c in self.calls)

    @property
    def http_requests(self) -> int:
        return sum(c.http_attempts for c in self.calls)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def totals(self) -> dict[str, Any]:
        """Calls, cache hits, HTTP requests, tokens, latency, estimated cost, rounds."""
        return {
            "calls": len(self.calls),
            "cached_calls": sum(1 for c in self.calls if c.cached),
            "http_requests": self.http_requests,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "latency_s": round(self.latency_s, 4),
            "cost_usd": self.cost_usd,
            "rounds": len(self.rounds),
        }

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")


def _prompt_ids(names: list[str]) -> list[str]:
    return [f"{n}@{load_prompt(n).sha256}" for n in names]


@dataclass
class Session:
    """Sends requests through a :class:`StructuredCaller` and records every call in the trace."""

    caller: StructuredCaller
    llm: LLM
    trace: Trace
    round: int = 1
    _version: str = field(default_factory=prompt_version)

    def call(
        self, messages: list[dict[str, str]], model: type[M], *, stage: str, prompts: list[str]
    ) -> tuple[ChatReply, Parsed[M]]:
        req = ChatRequest(
            model=self.llm.require_model(),
            messages=list(messages),
            temperature=self.llm.temperature,
            max_tokens=self.llm.max_tokens,
            seed=self.llm.seed,
        )
        rec = CallRecord(
            index=len(self.trace.calls) + 1,
            round=self.round,
            stage=stage,
            prompt_version=self._version,
            prompts=_prompt_ids(prompts),
            model=req.model,
            messages=req.messages,
        )
        try:
            reply, _sent, mode = self.caller.call(req, model)
        except LLMError as exc:
            rec.error = f"{exc.code}: {exc.message}"
            self.trace.calls.append(rec)
            raise
        parsed = parse_reply(reply, model)
        rec.structured_mode = mode
        rec.reply = reply.content
        rec.finish_reason = reply.finish_reason
        rec.refusal = reply.refusal
        rec.prompt_tokens = reply.prompt_tokens
        rec.completion_tokens = reply.completion_tokens
        rec.latency_s = reply.latency_s
        rec.cached = reply.cached
        rec.http_attempts = reply.http_attempts
        rec.retry_waits = reply.retry_waits
        rec.cost_usd = (
            0.0
            if reply.cached
            else estimate_cost(self.llm, req.model, reply.prompt_tokens, reply.completion_tokens)
        )
        rec.findings = parsed.findings
        self.trace.calls.append(rec)
        return reply, parsed

    def stage(
        self,
        messages: list[dict[str, str]],
        model: type[M],
        *,
        stage: str,
        prompts: list[str],
        retries: int = 1,
    ) -> M | None:
        """One pipeline stage: ask, parse, and re-ask once with the findings if unusable."""
        conv = list(messages)
        for attempt in range(retries + 1):
            reply, parsed = self.call(
                conv,
                model,
                stage=stage,
                prompts=prompts if attempt == 0 else [*prompts, "stage_retry.md"],
            )
            if parsed.value is not None:
                return parsed.value
            conv += [
                {"role": "assistant", "content": reply.content or ""},
                {
                    "role": "user",
                    "content": render("stage_retry.md", findings=render_findings(parsed.findings)),
                },
            ]
        return None


def render_findings(findings: list[Finding], source: dict[str, str] | None = None) -> str:
    """Findings as a numbered list for the model: code, where, message, expression with a caret,
    hint, source sentence and machine-readable data."""
    lines: list[str] = []
    for i, f in enumerate(findings, 1):
        lines.append(f"{i}. [{f.code}] at {f.where()}: {f.message}")
        expr = f.data.get("expression") if isinstance(f.data.get("expression"), str) else None
        if expr is not None and f.column is not None:
            lines.append(f"   expression: {expr}")
            lines.append("               " + " " * (f.column - 1) + "^ column " + str(f.column))
        if f.hint:
            lines.append(f"   hint: {f.hint}")
        key = ".".join(str(p) for p in f.loc[:2])
        if source and key in source:
            lines.append(f'   source sentence: "{source[key]}"')
        extra = {k: v for k, v in f.data.items() if k not in ("expression",)}
        if extra:
            lines.append("   data: " + json.dumps(extra, ensure_ascii=False, default=str)[:600])
    return "\n".join(lines) if lines else "(none)"
