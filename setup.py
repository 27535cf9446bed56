"""Package discovery that pyproject.toml alone cannot express.

All ``optform*`` packages are found as usual; the top-level ``prompts/`` directory is added as
the package ``optform.prompts`` (prompt files ship as package data, loaded with
importlib.resources). Everything else is configured in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["optform", "optform.*"]), "optform.prompts"],
    package_dir={"optform.prompts": "prompts"},
)
