"""LLM formulator: any OpenAI-compatible endpoint, a typed pipeline and a self-correction loop.

::

    from optform.llm import LLM, formulate_with_llm

    out = formulate_with_llm(text, LLM(model="gpt-4o-mini"), mode="staged", rounds=3)
    out.formulation, out.result, out.findings, out.missing, out.agreement
    out.trace.save("trace.json")          # messages, tokens, latency, cost, prompt versions

Modules: :mod:`.config` (endpoint settings), :mod:`.provider` (client Protocol, OpenAI-compatible
client with retries), :mod:`.cache` (on-disk call cache), :mod:`.prompts` (prompt files),
:mod:`.structured` (JSON out, findings back), :mod:`.pipeline` (staged / single-shot),
:mod:`.loop` (self-correction), :mod:`.missing` (numbers the text does not give),
:mod:`.crosscheck` (agreement with the offline formulator), :mod:`.trace`.
Importing this package does not import ``openai``; the client loads it on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import Finding, LLMError
from ..model import Formulation
from ..result import Result
from .config import LLM
from .crosscheck import Agreement
from .missing import MissingParameter
from .provider import ChatClient, ChatReply, ChatRequest
from .trace import Trace

if TYPE_CHECKING:
    from .loop import Attempt

__all__ = [
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


class LLMOutcome(BaseModel):
    """The best attempt of the loop, and everything about how it was reached."""

    model_config = ConfigDict(extra="forbid")

    formulation: Formulation = Field(
        description="The best Formulation produced (see ``ok`` and ``findings``)."
    )
    result: Result | None = Field(
        default=None, description="Its solve result; None if it did not compile."
    )
    trace: Trace = Field(description="Every call and every round.")
    findings: list[Finding] = Field(
        default_factory=list, description="What is still wrong with the best attempt."
    )
    agreement: Agreement | None = Field(
        default=None, description="Cross-check with the offline formulator."
    )
    missing: list[MissingParameter] = Field(
        default_factory=list, description="Numbers the text does not give."
    )
    diagnosis: dict[str, Any] | None = Field(
        default=None, description="Diagnosis of the best attempt, if run."
    )
    status: str = Field(
        description="unparsed, invalid, missing-data or the solver status of the best attempt."
    )
    round: int = Field(description="Round that produced the best attempt.")
    ok: bool = Field(
        description="True when the best attempt is valid, solved and free of blocking findings."
    )
    stopped_because: str = Field(
        description="solved, missing-data, rounds-exhausted or llm-error: <code>."
    )


class LLMFailed(LLMError):
    """No round produced a usable Formulation; ``trace`` and ``findings`` say what happened."""

    code = "llm-failed"

    def __init__(self, message: str, *, trace: Trace, **kw: Any) -> None:
        super().__init__(message, attempts=list(trace.rounds), **kw)
        self.trace = trace


def make_client(llm: LLM) -> tuple[ChatClient, Callable[[], None]]:
    """The client for ``llm`` (resolved), wrapped by the cache unless ``no_cache``; and its closer."""
    from .cache import CachedClient, DiskCache
    from .provider import OpenAIChatClient

    inner = OpenAIChatClient(llm)
    client: ChatClient = (
        inner if llm.no_cache else CachedClient(inner, DiskCache(llm.effective_cache_dir()))
    )
    return client, inner.close


def formulate_with_llm(
    text: str,
    llm: LLM,
    *,
    mode: Literal["staged", "single"] = "staged",
    rounds: int = 3,
    ask: Callable[[str], str] | None = None,
    backend: str = "highs",
    time_limit: float | None = 30.0,
    cross_check: bool = True,
    client: ChatClient | None = None,
) -> LLMOutcome:
    """Turn ``text`` into a checked Formulation with an LLM and the self-correction loop.

    ``llm`` is resolved against the environment and config file first. ``ask`` is called with
    a question for each number the text does not give (the CLI's ``--interactive``); without
    it the missing numbers are reported in ``missing``. ``client`` replaces the HTTP client
    (any :class:`ChatClient`). Raises :class:`LLMFailed` (an :class:`~optform.errors.LLMError`)
    when no round produced a Formulation, and :class:`~optform.errors.LLMError` for
    configuration problems; endpoint failures after a usable round end the loop early.
    """
    from .loop import run_loop
    from .prompts import prompt_version
    from .structured import StructuredCaller
    from .trace import Session

    if not text or not text.strip():
        raise LLMError(
            "the problem text is empty", code="llm-empty-text", hint="give the problem text"
        )
    cfg = llm.resolved()
    model = cfg.require_model()
    close: Callable[[], None] | None = None
    if client is None:
        client, close = make_client(cfg)
    from .config import redact_url

    trace = Trace(
        model=model,
        base_url=redact_url(cfg.base_url),
        mode=mode,
        max_rounds=rounds,
        prompt_version=prompt_version(),
    )
    session = Session(caller=StructuredCaller(client, cfg.structured), llm=cfg, trace=trace)
    try:
        try:
            out = run_loop(
                session,
                text,
                mode=mode,
                rounds=rounds,
                ask=ask,
                backend=backend,
                time_limit=time_limit,
                cross_check=cross_check,
            )
        except LLMError as exc:
            if isinstance(exc, LLMFailed):
                raise
            trace.stopped_because = f"llm-error: {exc.code}"
            raise LLMFailed(
                exc.message, trace=trace, code=exc.code, hint=exc.hint, findings=exc.as_findings()
            ) from None
    finally:
        if close is not None:
            close()
    best: Attempt | None = out.best
    if best is None or best.formulation is None:
        last = out.attempts[-1].findings if out.attempts else []
        raise LLMFailed(
            f"no usable Formulation after {len(out.attempts)} round(s)",
            trace=trace,
            code="llm-no-formulation",
            hint="see the findings; try --mode single, more --rounds, or a stronger model",
            findings=last,
        )
    f = best.formulation
    f = f.model_copy(
        update={
            "meta": {
                **f.meta,
                "llm": {
                    "model": model,
                    "mode": mode,
                    "round": best.round,
                    "prompt_version": trace.prompt_version,
                },
            }
        }
    )
    return LLMOutcome(
        formulation=f,
        result=best.result,
        trace=trace,
        findings=[x for x in best.findings],
        agreement=out.agreement,
        missing=best.missing,
        diagnosis=best.diagnosis,
        status=best.status,
        round=best.round,
        ok=best.done,
        stopped_because=out.stopped_because,
    )
