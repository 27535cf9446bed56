"""The provider layer: a one-method client Protocol and its OpenAI-compatible implementation.

:class:`ChatClient` is all the rest of the LLM layer needs: ``complete(request) -> reply``.
:class:`OpenAIChatClient` implements it on the ``openai`` package for any server that speaks
the chat-completions protocol (OpenAI, Ollama, vLLM, llama.cpp, LM Studio …).

Retries are done here, not by the ``openai`` package (its own retries are switched off), so
that the policy is explicit and testable: exponential backoff with full jitter on 429, 5xx,
timeouts and connection errors, honouring ``Retry-After`` (capped by ``retry_max_delay``).
The API key is never put in a message, a trace or a log line.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from ..errors import LLMError
from .config import LLM, redact_url

if TYPE_CHECKING:
    import openai

__all__ = [
    "ChatClient",
    "ChatReply",
    "ChatRequest",
    "HTTPStatusError",
    "OpenAIChatClient",
    "estimate_cost",
]


class ChatRequest(BaseModel):
    """One chat-completions call, as data (also the cache key material)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str
    messages: list[dict[str, str]]
    temperature: float | None = None
    max_tokens: int | None = None
    seed: int | None = None
    response_format: dict[str, Any] | None = None

    def params(self) -> dict[str, Any]:
        return {
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
            "response_format": self.response_format,
        }


class ChatReply(BaseModel):
    """What came back: content and bookkeeping (tokens, latency, HTTP attempts)."""

    model_config = ConfigDict(extra="forbid")

    content: str | None = None
    finish_reason: str | None = None
    refusal: str | None = None
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_s: float = 0.0
    http_attempts: int = 1
    retry_waits: list[float] = Field(default_factory=list)
    cached: bool = False


@runtime_checkable
class ChatClient(Protocol):
    """Anything that answers a chat request. Raise :class:`LLMError` when it cannot."""

    def complete(self, request: ChatRequest) -> ChatReply: ...


# ---------------------------------------------------------------------------- pricing

# Published list prices, USD per 1M tokens (input, output), used only to *estimate* cost
# in the trace. Override with LLM(price_input_per_mtok=..., price_output_per_mtok=...).
_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "o4-mini": (1.10, 4.40),
    "o3-mini": (1.10, 4.40),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5": (1.25, 10.00),
}


def estimate_cost(
    llm: LLM, model: str, prompt_tokens: int | None, completion_tokens: int | None
) -> float | None:
    """Estimated USD cost of one call, or None when the price is unknown (e.g. a local model)."""
    if prompt_tokens is None and completion_tokens is None:
        return None
    if llm.price_input_per_mtok is not None or llm.price_output_per_mtok is not None:
        pin, pout = llm.price_input_per_mtok or 0.0, llm.price_output_per_mtok or 0.0
    else:
        key = next(
            (
                k
                for k in sorted(_PRICES, key=len, reverse=True)
                if model == k or model.startswith(k + "-")
            ),
            None,
        )
        if key is None:
            return None
        pin, pout = _PRICES[key]
    return ((prompt_tokens or 0) * pin + (completion_tokens or 0) * pout) / 1e6


# ---------------------------------------------------------------------------- OpenAI client


@dataclass
class OpenAIChatClient:
    """Chat completions over the ``openai`` package, with our own retry policy.

    Use as a context manager (or call :meth:`close`) to release the HTTP connection pool.
    """

    llm: LLM
    sleep: Any = time.sleep  # injectable for tests that check the waits without waiting
    _client: openai.OpenAI | None = field(default=None, init=False, repr=False)
    _unsupported: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        self.llm.require_model()

    # -- lifecycle
    def _get(self) -> openai.OpenAI:
        if self._client is None:
            import openai

            key = self.llm.secret()
            self._client = openai.OpenAI(
                # local servers accept any key; the openai package insists on a non-empty one
                api_key=key if key else "sk-no-key",
                base_url=self.llm.base_url,
                timeout=self.llm.timeout,
                max_retries=0,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> OpenAIChatClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one method
    def complete(self, request: ChatRequest) -> ChatReply:
        import openai

        client = self._get()
        kwargs: dict[str, Any] = {"model": request.model, "messages": request.messages}
        for name, value in request.params().items():
            if value is not None and name not in self._unsupported:
                kwargs[name] = value
        if "max_tokens" in self._unsupported and request.max_tokens is not None:
            kwargs["max_completion_tokens"] = request.max_tokens
        waits: list[float] = []
        attempt = 0
        t0 = time.perf_counter()
        while True:
            attempt += 1
            try:
                resp = client.chat.completions.create(**kwargs)
            except openai.APIStatusError as exc:
                status = exc.status_code
                rejected = self._rejected_param(exc, kwargs) if status == 400 else None
                if rejected is not None:
                    # e.g. reasoning models take no temperature and want max_completion_tokens
                    self._unsupported.add(rejected)
                    kwargs.pop(rejected, None)
                    if rejected == "max_tokens" and request.max_tokens is not None:
                        kwargs["max_completion_tokens"] = request.max_tokens
                    continue
                retryable = status == 429 or status >= 500 or status in (408, 409)
                if not retryable or attempt > self.llm.max_retries:
                    raise self._status_error(exc, attempt) from None
                waits.append(self._wait(attempt, _retry_after(exc)))
            except openai.APITimeoutError:
                if attempt > self.llm.max_retries:
                    raise LLMError(
                        f"the LLM endpoint {self._where()} did not answer within {self.llm.timeout:g} s "
                        f"({attempt} attempt(s))",
                        code="llm-timeout",
                        hint="raise the timeout (LLM(timeout=...)), or check that the server is up and not overloaded",
                    ) from None
                waits.append(self._wait(attempt, None))
            except openai.APIConnectionError:
                if attempt > self.llm.max_retries:
                    raise LLMError(
                        f"cannot connect to the LLM endpoint {self._where()} ({attempt} attempt(s))",
                        code="llm-connection",
                        hint="check the base URL (OPENAI_BASE_URL / --base-url) and that the server is running",
                    ) from None
                waits.append(self._wait(attempt, None))
            except openai.OpenAIError as exc:  # response could not be read as a chat completion
                raise LLMError(
                    f"unusable response from {self._where()}: {self._scrub(type(exc).__name__)}",
                    code="llm-bad-response",
                    hint="check that the endpoint speaks the OpenAI chat-completions protocol",
                ) from None
            else:
                return self._reply(resp, attempt, waits, time.perf_counter() - t0)

    # -- helpers
    def _reply(self, resp: Any, attempt: int, waits: list[float], latency: float) -> ChatReply:
        choices = getattr(resp, "choices", None) or []
        if not choices:
            raise LLMError(
                f"the LLM endpoint {self._where()} returned no choices", code="llm-bad-response"
            )
        ch = choices[0]
        msg = ch.message
        usage = getattr(resp, "usage", None)
        return ChatReply(
            content=msg.content if msg is not None else None,
            finish_reason=ch.finish_reason,
            refusal=getattr(msg, "refusal", None) if msg is not None else None,
            model=getattr(resp, "model", None),
            prompt_tokens=getattr(usage, "prompt_tokens", None) if usage is not None else None,
            completion_tokens=getattr(usage, "completion_tokens", None)
            if usage is not None
            else None,
            latency_s=latency,
            http_attempts=attempt,
            retry_waits=waits,
        )

    def _rejected_param(self, exc: Any, sent: dict[str, Any]) -> str | None:
        """The sampling parameter a 400 complains about, if we sent it (at most once each)."""
        detail = _error_detail(exc).lower()
        for name in ("temperature", "max_tokens", "seed"):
            if (
                name in sent
                and name not in self._unsupported
                and f"'{name}'" in detail.replace('"', "'")
            ):
                return name
        param = getattr(exc, "body", None)
        if isinstance(param, dict):
            err = param.get("error", param)
            p = err.get("param") if isinstance(err, dict) else None
            if (
                p in ("temperature", "max_tokens", "seed")
                and p in sent
                and p not in self._unsupported
            ):
                return str(p)
        return None

    def _wait(self, attempt: int, retry_after: float | None) -> float:
        cap = self.llm.retry_max_delay
        if retry_after is not None:
            delay = min(max(retry_after, 0.0), cap)
        else:  # exponential backoff, full jitter
            delay = random.uniform(0.0, min(cap, self.llm.retry_base_delay * 2 ** (attempt - 1)))
        self.sleep(delay)
        return delay

    def _where(self) -> str:
        return redact_url(self.llm.base_url) or "https://api.openai.com/v1"

    def _scrub(self, text: str) -> str:
        key = self.llm.secret()
        if key and len(key) >= 4:
            text = text.replace(key, "***")
        return text

    def _status_error(self, exc: Any, attempt: int) -> HTTPStatusError:
        status = int(exc.status_code)
        detail = self._scrub(_error_detail(exc))[:500]
        where = self._where()
        if status in (401, 403):
            return HTTPStatusError(
                f"the LLM endpoint {where} refused the credentials (HTTP {status})",
                status=status,
                code="llm-auth",
                hint="set OPENAI_API_KEY (or api_key in the config file) to a valid key for this endpoint",
            )
        if status == 404:
            return HTTPStatusError(
                f"HTTP 404 from {where}: {detail}",
                status=status,
                code="llm-not-found",
                hint="check the model name and that the base URL ends in /v1",
            )
        if status in (400, 422):
            return HTTPStatusError(
                f"HTTP {status} from {where}: {detail}", status=status, code="llm-bad-request"
            )
        return HTTPStatusError(
            f"HTTP {status} from {where} after {attempt} attempt(s): {detail}",
            status=status,
            code="llm-rate-limited" if status == 429 else "llm-server-error",
            hint="try again later, or raise max_retries",
        )


class HTTPStatusError(LLMError):
    """The endpoint answered with an HTTP error status (after retries, for retryable ones)."""

    def __init__(self, message: str, *, status: int, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.status = status


def _error_detail(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])
        return str(err)
    if isinstance(body, str):
        return body
    return str(getattr(exc, "message", "")) or type(exc).__name__


def _retry_after(exc: Any) -> float | None:
    """Seconds from ``retry-after-ms`` / ``Retry-After`` (seconds or an HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
