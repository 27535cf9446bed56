"""The offline formulator: natural-language word problem → :class:`~optform.model.Formulation`.

Deterministic, offline, pure Python: grammar and phrase families over sentences (see
:mod:`.constraints` for the families), numbers in words and digits (:mod:`.numbers`),
variable discovery (:mod:`.variables`), the goal (:mod:`.objective`) and integrality from
what is counted (:mod:`.integrality`). Every constraint carries the sentence it came from;
what is not understood is listed in ``Formulation.unresolved``.
"""

from __future__ import annotations

from .builder import formulate_offline
from .lexicon import lemma, stem
from .numbers import clear_number_cache

__all__ = ["clear_caches", "formulate_offline"]


def clear_caches() -> None:
    """Forget the memoised word lemmas and stems and number readings (benchmarks call this so
    that a text formulated twice is timed like a text never seen)."""
    lemma.cache_clear()
    stem.cache_clear()
    clear_number_cache()
