"""Opt-in tests against a real LLM endpoint (off by default: they need a server and may cost money).

Run with, e.g. for Ollama::

    OPTFORM_LIVE_LLM_MODEL=qwen2.5:7b-instruct OPENAI_BASE_URL=http://localhost:11434/v1 \\
        python -m pytest tests/test_llm_live.py -m live_llm

Every other test of the LLM layer runs against the loopback ChatServer.
"""

from __future__ import annotations

import os
from typing import Literal

import pytest

from optform.llm import LLM, formulate_with_llm

pytestmark = [
    pytest.mark.live_llm,
    pytest.mark.skipif(
        not os.environ.get("OPTFORM_LIVE_LLM_MODEL"),
        reason="set OPTFORM_LIVE_LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY) to run",
    ),
]

TEXT = (
    "A bakery makes muffins and cakes. Each batch of muffins takes 1 hour in the oven and each batch of "
    "cakes takes 3 hours. The oven is available for at most 40 hours a week. A batch of muffins earns $30 "
    "profit and a batch of cakes $50. At least 2 batches of cakes must be made. How many batches of each "
    "should the bakery make to maximize profit?"
)


@pytest.mark.parametrize("mode", ["staged", "single"])
def test_live_bakery(mode: Literal["staged", "single"]) -> None:
    llm = LLM(model=os.environ["OPTFORM_LIVE_LLM_MODEL"], no_cache=True)
    out = formulate_with_llm(TEXT, llm, mode=mode, rounds=3)
    print(out.trace.to_json(indent=None)[:2000])
    assert out.ok, [f.render() for f in out.findings]
    assert out.result is not None and out.result.objective == pytest.approx(1120.0)
