"""optform's LLM prompts, shipped as package data under the name ``optform.prompts``.

The files here are read with :mod:`importlib.resources` by :mod:`optform.llm.prompts`.
Change a prompt only together with ``VERSION``: every trace records the version used.
"""
