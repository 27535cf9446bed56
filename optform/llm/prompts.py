"""Prompt files: loaded with importlib.resources, rendered by plain placeholder substitution.

The prompts live in the repository's top-level ``prompts/`` directory, installed as the package
``optform.prompts`` (see setup.py). In a source checkout whose editable install predates that
mapping, the directory next to the ``optform`` package is used instead; if neither exists a
:class:`~optform.errors.LLMError` says so. ``VERSION`` names the prompt version; every trace
records it, together with the SHA-256 of the files each call used.

Placeholders are written ``{{name}}``; a template that names a value not supplied, or a value
not used by the template, is an error (so prompts and code cannot drift apart silently). No
f-strings, ``format`` or ``eval``: problem text may contain braces and dollar signs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from ..errors import LLMError

__all__ = ["Prompt", "load_prompt", "prompt_dir", "prompt_version", "render"]

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


@lru_cache(maxsize=1)
def prompt_dir() -> Traversable:
    """The directory holding the prompt files."""
    try:
        root = resources.files("optform.prompts")
    except ModuleNotFoundError:
        root = None
    if root is not None and root.joinpath("VERSION").is_file():
        return root
    source = Path(__file__).resolve().parents[2] / "prompts"
    if (source / "VERSION").is_file():
        return source
    raise LLMError(
        "optform's prompt files are missing (package optform.prompts not installed)",
        code="llm-prompts-missing",
        hint="reinstall optform (pip install optform, or pip install -e . in a checkout)",
    )


def prompt_version() -> str:
    return read_file("VERSION").strip()


@lru_cache(maxsize=64)
def read_file(name: str) -> str:
    node = prompt_dir()
    for part in name.split("/"):
        node = node.joinpath(part)
    if not node.is_file():
        raise LLMError(
            f"prompt file '{name}' is missing", code="llm-prompts-missing", hint="reinstall optform"
        )
    return node.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Prompt:
    """A loaded prompt template: its file name, text and content hash."""

    name: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def placeholders(self) -> list[str]:
        return sorted(set(_PLACEHOLDER.findall(self.text)))

    def render(self, **values: str) -> str:
        needed = set(self.placeholders())
        missing = needed - set(values)
        extra = set(values) - needed
        if missing or extra:
            raise LLMError(
                f"prompt '{self.name}': missing values {sorted(missing)}, unused values {sorted(extra)}",
                code="llm-prompt-mismatch",
            )
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], self.text).strip() + "\n"


def load_prompt(name: str) -> Prompt:
    """Load ``prompts/<name>`` (e.g. ``"system.md"`` or ``"examples/workshop.txt"``)."""
    return Prompt(name, read_file(name))


def render(name: str, **values: str) -> str:
    return load_prompt(name).render(**values)
