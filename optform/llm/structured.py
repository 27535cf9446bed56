"""Structured output: ask for JSON matching a schema, read it back as a validated object.

The request side picks a ``response_format`` by mode: ``json_schema`` (the pydantic model's
JSON Schema, for OpenAI, vLLM, recent Ollama and llama.cpp servers), ``json_object`` (JSON,
no schema) or none (``text``: JSON is extracted from the prose). :class:`StructuredCaller`
starts from the configured mode and steps down when the server rejects a response_format
with HTTP 400/422 (or 500, as llama.cpp does for schemas it cannot compile), remembering what
worked.

The reply side never raises on bad content: a refused, empty, truncated or malformed reply, or
JSON that does not validate, becomes :class:`~optform.errors.Finding` objects that the
self-correction loop sends back to the model.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import Finding, LoadError
from ..model import Formulation
from .config import StructuredMode
from .provider import ChatClient, ChatReply, ChatRequest, HTTPStatusError

__all__ = ["Parsed", "StructuredCaller", "extract_json", "parse_reply", "response_format"]

M = TypeVar("M", bound=BaseModel)

_FENCE = re.compile(r"```[ \t]*(?:json|JSON|javascript|js)?[ \t]*\n(.*?)```", re.DOTALL)
_DOWNGRADE: dict[str, str] = {"json_schema": "json_object", "json_object": "text"}


def response_format(mode: str, model: type[BaseModel]) -> dict[str, Any] | None:
    if mode == "json_schema":
        schema = (
            model.json_schema() if model is Formulation else model.model_json_schema(by_alias=True)
        )
        return {
            "type": "json_schema",
            "json_schema": {"name": model.__name__, "schema": schema, "strict": False},
        }
    if mode == "json_object":
        return {"type": "json_object"}
    return None


# ---------------------------------------------------------------------------- extraction


def extract_json(text: str) -> tuple[Any, Finding | None]:
    """The JSON value in ``text``: the whole text, else a fenced block, else the first
    balanced ``{...}`` that parses. Returns (value, None) or (None, finding)."""
    stripped = text.strip()
    if not stripped:
        return None, Finding(
            code="llm-empty-reply", message="the reply was empty", hint="reply with one JSON object"
        )
    candidates: list[str] = [stripped]
    candidates += [m.group(1).strip() for m in _FENCE.finditer(text)]
    balanced = _balanced_objects(text)
    candidates += balanced
    first_error: json.JSONDecodeError | None = None
    constant_error: ValueError | None = None
    for cand in candidates:
        try:
            return json.loads(cand, parse_constant=_reject_constant), None
        except json.JSONDecodeError as exc:
            first_error = first_error or exc
        except ValueError as exc:
            constant_error = constant_error or exc
    if constant_error is not None:
        return None, Finding(
            code="llm-malformed-json",
            message=str(constant_error),
            hint="write finite numbers, or null for a number the text does not give",
        )
    assert first_error is not None  # candidates is never empty
    if not balanced and "{" in text:
        return None, Finding(
            code="llm-malformed-json",
            message="the reply contains an opening '{' that is never closed (is the JSON cut off?)",
            hint="reply with one complete JSON object",
            data={"reply_start": text[:200]},
        )
    if "{" not in text:
        return None, Finding(
            code="llm-no-json",
            message="the reply contains no JSON object",
            hint="reply with one JSON object and no prose",
            data={"reply_start": text[:200]},
        )
    err = first_error
    line = (
        err.doc.splitlines()[err.lineno - 1]
        if err.doc and err.lineno - 1 < len(err.doc.splitlines())
        else ""
    )
    return None, Finding(
        code="llm-malformed-json",
        message=f"the reply is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}",
        column=err.colno,
        hint="fix the JSON syntax at that position (quotes around keys and strings, no trailing commas, no comments)",
        data={"line": line[:300]},
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"'{name}' is not a valid JSON number")


def _balanced_objects(text: str, limit: int = 20) -> list[str]:
    """Top-level ``{...}`` segments whose braces balance, skipping braces inside JSON strings."""
    out: list[str] = []
    depth, in_str, esc, start = 0, False, False, -1
    for i, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"' and depth > 0:
            in_str = True
        elif ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append(text[start : i + 1])
                if len(out) >= limit:
                    break
    return out


# ---------------------------------------------------------------------------- validation


@dataclass
class Parsed(Generic[M]):
    """The validated object, or None, and the findings about the reply."""

    value: M | None
    findings: list[Finding] = field(default_factory=list)
    raw: Any = None


def parse_reply(reply: ChatReply, model: type[M]) -> Parsed[M]:
    """Validate a reply against ``model``; every problem becomes a finding."""
    findings: list[Finding] = []
    if reply.refusal:
        return Parsed(
            None,
            [
                Finding(
                    code="llm-refused",
                    message=f"the model refused: {reply.refusal[:300]}",
                    hint="this is an optimization modelling task; reply with the JSON asked for",
                )
            ],
        )
    if reply.finish_reason == "content_filter":
        return Parsed(
            None,
            [
                Finding(
                    code="llm-refused",
                    message="the reply was stopped by the content filter",
                    hint="reply with the JSON asked for",
                )
            ],
        )
    truncated = reply.finish_reason == "length"
    if truncated:
        findings.append(
            Finding(
                code="llm-truncated",
                message="the reply was cut off at the token limit before the JSON was complete",
                hint="write a shorter reply: short descriptions, ranges like '1..12' for integer sets, "
                "one value per table entry, no repeated text",
            )
        )
    if reply.content is None:
        findings.append(
            Finding(
                code="llm-empty-reply",
                message="the reply had no content",
                hint="reply with one JSON object",
            )
        )
        return Parsed(None, findings)
    data, problem = extract_json(reply.content)
    if problem is not None:
        if not (truncated and problem.code == "llm-malformed-json"):
            findings.append(problem)
        return Parsed(None, findings)
    if not isinstance(data, dict):
        findings.append(
            Finding(
                code="llm-not-an-object",
                message=f"the reply is a JSON {type(data).__name__}, not an object",
                hint="reply with one JSON object {...}",
            )
        )
        return Parsed(None, findings, data)
    if model is Formulation:
        try:
            value: Any = Formulation.from_dict(data, source="reply")
        except LoadError as exc:
            findings.extend(exc.as_findings())
            return Parsed(None, findings, data)
        return Parsed(value, [], data)  # complete and valid: truncation did not matter
    try:
        value = model.model_validate(data)
    except ValidationError as exc:
        findings.extend(
            Finding(
                code="schema-" + str(e["type"]),
                message=str(e["msg"]),
                loc=[p for p in e["loc"] if isinstance(p, (str, int))],
            )
            for e in exc.errors()
        )
        return Parsed(None, findings, data)
    return Parsed(value, [], data)


# ---------------------------------------------------------------------------- caller


@dataclass
class StructuredCaller:
    """Sends requests with the best response_format the server accepts."""

    client: ChatClient
    mode: StructuredMode = "auto"
    _working: str | None = None

    def current_mode(self) -> str:
        if self._working is not None:
            return self._working
        return "json_schema" if self.mode == "auto" else self.mode

    def call(self, base: ChatRequest, model: type[BaseModel]) -> tuple[ChatReply, ChatRequest, str]:
        """Send ``base`` with a response_format for ``model``; returns (reply, request sent, mode)."""
        mode = self.current_mode()
        while True:
            req = base.model_copy(update={"response_format": response_format(mode, model)})
            try:
                reply = self.client.complete(req)
            except HTTPStatusError as exc:
                nxt = _DOWNGRADE.get(mode)
                # a server that cannot take this response_format says 400/422 — or, for schemas
                # its grammar converter cannot handle, 500 (llama.cpp): step down
                if exc.status in (400, 422, 500) and self.mode == "auto" and nxt is not None:
                    mode = nxt
                    continue
                raise
            self._working = mode
            return reply, req, mode
