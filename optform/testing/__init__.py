"""Test doubles shipped with optform: a loopback OpenAI-compatible chat server.

Use them to test code that calls an LLM through optform without touching the internet and
without monkeypatching the ``openai`` client (see :mod:`optform.testing.chat_server`).
"""

from __future__ import annotations

from .chat_server import ChatServer, Received, Reply, Script

__all__ = ["ChatServer", "Received", "Reply", "Script"]
