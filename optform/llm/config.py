"""Configuration of the LLM endpoint: options, then environment, then a config file.

Precedence, highest first:

1. fields set on :class:`LLM` (the CLI's ``--llm MODEL`` and friends);
2. environment: ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``OPTFORM_LLM_MODEL``,
   ``OPTFORM_CACHE_DIR``;
3. the ``[llm]`` table of a TOML config file: ``$OPTFORM_CONFIG`` or
   ``~/.config/optform/config.toml``::

       [llm]
       model = "gpt-4o-mini"
       base_url = "https://api.openai.com/v1"
       api_key_env = "MY_OPENAI_KEY"   # name of an env var holding the key (preferred)
       # api_key = "sk-..."             # or the key itself (keep the file private)
       timeout = 60
       max_retries = 4

The API key is held as a :class:`pydantic.SecretStr`: it never appears in ``repr``, logs,
traces or error messages.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from ..errors import LLMError

__all__ = ["LLM", "StructuredMode", "default_cache_dir", "redact_url"]

StructuredMode = Literal["auto", "json_schema", "json_object", "text"]

_FILE_FIELDS = {
    "model",
    "base_url",
    "api_key",
    "api_key_env",
    "timeout",
    "max_retries",
    "retry_base_delay",
    "retry_max_delay",
    "temperature",
    "max_tokens",
    "seed",
    "cache_dir",
    "no_cache",
    "structured",
    "price_input_per_mtok",
    "price_output_per_mtok",
}


class LLM(BaseModel):
    """Which OpenAI-compatible endpoint to use and how to call it.

    Unset fields are filled by :meth:`resolved` from the environment and the config file.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str | None = Field(
        default=None, description="Model name, e.g. 'gpt-4o-mini' or 'qwen2.5:7b'."
    )
    base_url: str | None = Field(
        default=None, description="Endpoint, e.g. 'http://localhost:11434/v1'; None means OpenAI's."
    )
    api_key: SecretStr | str | None = Field(
        default=None, description="API key; never logged or traced."
    )
    timeout: float = Field(default=120.0, gt=0, description="Seconds per HTTP request.")
    max_retries: int = Field(
        default=4, ge=0, description="Retries on 429, 5xx, timeouts, connection errors."
    )
    retry_base_delay: float = Field(
        default=0.5, ge=0, description="First backoff delay in seconds."
    )
    retry_max_delay: float = Field(
        default=30.0, ge=0, description="Cap on one backoff delay (also on Retry-After)."
    )
    temperature: float | None = Field(
        default=0.0, description="Sampling temperature; None leaves the server default."
    )
    max_tokens: int | None = Field(
        default=None, gt=0, description="Completion token limit per call."
    )
    seed: int | None = Field(default=None, description="Sampling seed, for servers that honour it.")
    cache_dir: Path | None = Field(
        default=None, description="On-disk call cache; default ~/.cache/optform."
    )
    no_cache: bool = Field(default=False, description="Bypass the cache (neither read nor write).")
    structured: StructuredMode = Field(
        default="auto",
        description="auto: try response_format json_schema, then json_object, then plain text extraction.",
    )
    price_input_per_mtok: float | None = Field(
        default=None, ge=0, description="USD per 1M prompt tokens."
    )
    price_output_per_mtok: float | None = Field(
        default=None, ge=0, description="USD per 1M completion tokens."
    )

    @field_validator("api_key", mode="after")
    @classmethod
    def _hide_key(cls, v: SecretStr | str | None) -> SecretStr | None:
        return SecretStr(v) if isinstance(v, str) else v

    def __repr__(self) -> str:  # SecretStr already masks; keep it short as well
        return f"LLM(model={self.model!r}, base_url={redact_url(self.base_url)!r})"

    __str__ = __repr__

    def resolved(self, *, env: dict[str, str] | None = None) -> LLM:
        """A copy with every unset field filled from the environment, then the config file."""
        env = dict(os.environ) if env is None else env
        file_values = _read_config_file(env)
        data: dict[str, Any] = {}
        explicit = self.model_fields_set
        for name in type(self).model_fields:
            if name in explicit:
                continue
            if name in file_values:
                data[name] = file_values[name]
        key_env = file_values.get("api_key_env")
        if "api_key" not in explicit and isinstance(key_env, str) and env.get(key_env):
            data["api_key"] = env[key_env]
        env_map = {
            "api_key": "OPENAI_API_KEY",
            "base_url": "OPENAI_BASE_URL",
            "model": "OPTFORM_LLM_MODEL",
            "cache_dir": "OPTFORM_CACHE_DIR",
        }
        for name, var in env_map.items():
            if name not in explicit and env.get(var):
                data[name] = env[var]
        if not data:
            return self
        merged = {**self.model_dump(exclude_unset=True), **data}
        try:
            return LLM.model_validate(merged)
        except ValidationError as exc:
            raise LLMError(
                f"invalid LLM configuration: {_safe_errors(exc)}",
                code="llm-config",
                hint="check the [llm] table of the config file and the OPTFORM_*/OPENAI_* variables",
            ) from None

    def require_model(self) -> str:
        if not self.model:
            raise LLMError(
                "no LLM model given",
                code="llm-no-model",
                hint="pass --llm MODEL, set OPTFORM_LLM_MODEL, or set 'model' in ~/.config/optform/config.toml",
            )
        return self.model

    def secret(self) -> str | None:
        if isinstance(self.api_key, SecretStr):
            return self.api_key.get_secret_value()
        return self.api_key

    def effective_cache_dir(self) -> Path:
        return self.cache_dir if self.cache_dir is not None else default_cache_dir()


def default_cache_dir(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("OPTFORM_CACHE_DIR"):
        return Path(env["OPTFORM_CACHE_DIR"]).expanduser()
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "optform"


def config_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("OPTFORM_CONFIG"):
        return Path(env["OPTFORM_CONFIG"]).expanduser()
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "optform" / "config.toml"


def _read_config_file(env: dict[str, str]) -> dict[str, Any]:
    path = config_path(env)
    explicit = bool(env.get("OPTFORM_CONFIG"))
    if not path.is_file():
        if explicit:
            raise LLMError(
                f"config file not found: {path}", code="llm-config", hint="fix OPTFORM_CONFIG"
            )
        return {}
    if sys.version_info < (3, 11):  # pragma: no cover - the project runs on 3.11
        raise LLMError("reading the config file needs Python 3.11 (tomllib)", code="llm-config")
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LLMError(f"cannot read config file {path}: {exc}", code="llm-config") from None
    except tomllib.TOMLDecodeError as exc:
        raise LLMError(
            f"config file {path} is not valid TOML: {exc}",
            code="llm-config",
            hint="fix the TOML syntax",
        ) from None
    table = data.get("llm", {})
    if not isinstance(table, dict):
        raise LLMError(f"config file {path}: [llm] must be a table", code="llm-config")
    unknown = sorted(set(table) - _FILE_FIELDS)
    if unknown:
        raise LLMError(
            f"config file {path}: unknown key(s) in [llm]: {', '.join(unknown)}",
            code="llm-config",
            hint=f"allowed keys: {', '.join(sorted(_FILE_FIELDS))}",
        )
    return dict(table)


def _safe_errors(exc: ValidationError) -> str:
    # never echo input values: one of them may be the key
    return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())


def redact_url(url: str | None) -> str | None:
    """The URL without user:password and without query string (which may carry keys)."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable url>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
