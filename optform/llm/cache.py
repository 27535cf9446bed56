"""On-disk cache of LLM calls, keyed by model, messages and parameters.

A cached reply makes re-runs and evaluations reproducible and free. The key is the SHA-256 of
the canonical JSON of the request (model, messages, temperature, max_tokens, seed,
response_format); the endpoint URL and the key are not part of it (and never stored). Only
successful HTTP exchanges are cached — including replies our parser later rejects, since the
same request would get the same reply. Each entry is one JSON file written atomically; an
unreadable entry counts as a miss and is overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .provider import ChatClient, ChatReply, ChatRequest

__all__ = ["CachedClient", "DiskCache", "cache_key"]

_FORMAT = 1


def cache_key(request: ChatRequest) -> str:
    payload = {
        "v": _FORMAT,
        "model": request.model,
        "messages": request.messages,
        **request.params(),
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DiskCache:
    root: Path

    def _path(self, key: str) -> Path:
        return self.root / "llm" / key[:2] / f"{key}.json"

    def get(self, request: ChatRequest) -> ChatReply | None:
        path = self._path(cache_key(request))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            reply = ChatReply.model_validate(data["reply"])
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            return None
        return reply.model_copy(
            update={"cached": True, "latency_s": 0.0, "http_attempts": 0, "retry_waits": []}
        )

    def put(self, request: ChatRequest, reply: ChatReply) -> None:
        key = cache_key(request)
        path = self._path(key)
        entry = {
            "key": key,
            "request": request.model_dump(mode="json"),
            "reply": reply.model_dump(mode="json", exclude={"cached"}),
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            # a read-only or full disk must not stop formulation; the call simply is not cached
            return

    def __len__(self) -> int:
        return sum(1 for _ in (self.root / "llm").glob("*/*.json"))


@dataclass
class CachedClient:
    """A :class:`ChatClient` that answers from the cache when it can, else asks ``inner``."""

    inner: ChatClient
    cache: DiskCache

    def complete(self, request: ChatRequest) -> ChatReply:
        hit = self.cache.get(request)
        if hit is not None:
            return hit
        reply = self.inner.complete(request)
        self.cache.put(request, reply)
        return reply
