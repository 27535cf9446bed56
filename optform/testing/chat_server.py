"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions protocol from a script.

For end-to-end tests of the LLM layer with the real ``openai`` client (no monkeypatching)::

    from optform.testing import ChatServer, Reply

    with ChatServer([Reply.rate_limited(retry_after=0.01), Reply.json(formulation_dict)]) as server:
        out = formulate_with_llm(text, LLM(model="test", base_url=server.url, api_key="k"))
        assert len(server.requests) == 2
        server.requests[1].user_messages()[-1]      # what the client sent

The script is a list of :class:`Reply` (used in order; a plain ``str`` is a reply with that
content, a ``dict`` is sent as JSON content) or a callable ``(Received) -> Reply``. When a list
runs out the server answers HTTP 500 "script exhausted" (and ``exhausted`` becomes True), so a
test that makes more calls than scripted fails loudly. Every request body is recorded.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["ChatServer", "Received", "Reply", "Script"]


@dataclass
class Reply:
    """One scripted answer. Build with the class methods."""

    content: str | None = None
    finish_reason: str = "stop"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None  # raw body, sent as is (overrides everything else)
    hang: float | None = (
        None  # seconds to wait before answering (ended early when the server closes)
    )
    refusal: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    model: str | None = None

    # -- builders
    @classmethod
    def text(cls, content: str, **kw: Any) -> Reply:
        return cls(content=content, **kw)

    @classmethod
    def json(cls, data: Any, **kw: Any) -> Reply:
        """Content = ``data`` as JSON (a pydantic model is dumped by alias)."""
        if hasattr(data, "model_dump"):
            data = data.model_dump(mode="json", by_alias=True, exclude_none=True)
        return cls(content=json.dumps(data, ensure_ascii=False), **kw)

    @classmethod
    def fenced(cls, data: Any, prose: str = "Here is the model:") -> Reply:
        """JSON inside a Markdown fence, after some prose (as servers without JSON mode often reply)."""
        inner = cls.json(data).content
        return cls(content=f"{prose}\n```json\n{inner}\n```\nLet me know if you need changes.")

    @classmethod
    def truncated(cls, data: Any, keep: float = 0.5) -> Reply:
        """The JSON of ``data`` cut off, with finish_reason 'length'."""
        full = cls.json(data).content or ""
        return cls(content=full[: max(1, int(len(full) * keep))], finish_reason="length")

    @classmethod
    def refused(cls, reason: str = "I can't help with that.") -> Reply:
        return cls(content=None, refusal=reason)

    @classmethod
    def error(
        cls,
        status: int = 500,
        message: str = "internal error",
        headers: dict[str, str] | None = None,
    ) -> Reply:
        body = json.dumps({"error": {"message": message, "type": "server_error", "code": None}})
        return cls(status=status, body=body, headers=dict(headers or {}))

    @classmethod
    def rate_limited(cls, retry_after: float = 0.01) -> Reply:
        return cls.error(429, "rate limit reached", {"Retry-After": f"{retry_after:g}"})

    @classmethod
    def hang_for(cls, seconds: float = 30.0) -> Reply:
        """Accept the request and say nothing for ``seconds`` (the client should time out)."""
        return cls(content="{}", hang=seconds)


@dataclass
class Received:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    time: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        msgs = self.body.get("messages", [])
        return msgs if isinstance(msgs, list) else []

    def user_messages(self) -> list[str]:
        return [str(m.get("content")) for m in self.messages if m.get("role") == "user"]

    def last_user(self) -> str:
        users = self.user_messages()
        return users[-1] if users else ""

    def all_text(self) -> str:
        return "\n".join(str(m.get("content")) for m in self.messages)

    @property
    def response_format(self) -> dict[str, Any] | None:
        rf = self.body.get("response_format")
        return rf if isinstance(rf, dict) else None


Script = Sequence["Reply | str | dict[str, Any]"] | Callable[[Received], Reply]


def _as_reply(item: Reply | str | dict[str, Any]) -> Reply:
    if isinstance(item, Reply):
        return item
    if isinstance(item, str):
        return Reply.text(item)
    return Reply.json(item)


class ChatServer:
    """Threaded HTTP server on 127.0.0.1 (a free port) answering from a script. A context manager."""

    def __init__(self, script: Script, *, model: str = "test-model") -> None:
        self._script = script
        self._index = 0
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self.model = model
        self.requests: list[Received] = []
        self.exhausted = False
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> ChatServer:
        handler = _make_handler(self)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> ChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Base URL for the client, ending in /v1."""
        return f"http://127.0.0.1:{self.port}/v1"

    # -- script
    def _next(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            if callable(self._script):
                return self._script(received)
            if self._index >= len(self._script):
                self.exhausted = True
                return Reply.error(500, f"script exhausted after {len(self._script)} replies")
            item = self._script[self._index]
            self._index += 1
        return _as_reply(item)

    def _respond(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            body = {"_unparsable": raw.decode("utf-8", "replace")}
        received = Received(
            path=h.path,
            headers={k.lower(): v for k, v in h.headers.items()},
            body=body if isinstance(body, dict) else {"_body": body},
            time=time.time(),
        )
        if h.path.rstrip("/") != "/v1/chat/completions":
            self.requests.append(received)
            _send(h, 404, json.dumps({"error": {"message": f"no route {h.path}"}}), {})
            return
        reply = self._next(received)
        if reply.hang is not None and self._closing.wait(reply.hang):
            return  # server closing: drop the connection
        if reply.body is not None or reply.status != 200:
            _send(h, reply.status, reply.body or "{}", reply.headers)
            return
        prompt_tokens = reply.prompt_tokens
        if prompt_tokens is None:
            prompt_tokens = max(1, len(json.dumps(received.messages)) // 4)
        completion_tokens = reply.completion_tokens
        if completion_tokens is None:
            completion_tokens = max(1, len(reply.content or "") // 4)
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        if reply.refusal is not None:
            message["refusal"] = reply.refusal
        with self._lock:
            n = len(self.requests)
        payload = {
            "id": f"chatcmpl-test-{n}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": reply.model or str(body.get("model") or self.model),
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": reply.finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
        _send(h, 200, json.dumps(payload), reply.headers)


def _send(h: BaseHTTPRequestHandler, status: int, body: str, headers: dict[str, str]) -> None:
    data = body.encode("utf-8")
    try:
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        return  # the client gave up (e.g. it timed out)


def _make_handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            server._respond(self)

        def log_message(self, format: str, *args: Any) -> None:
            return  # quiet

    return Handler
