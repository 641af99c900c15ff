"""When a toxicity score flags a message: one threshold per language where the head has them.

TweetEval (English tweets) counts plain profanity as offensive; voters' harsh but legitimate
Dutch, French and German messages must not be flagged. One threshold cannot serve both, so
the toxicity head may carry ``threshold_by_language`` (chosen by cross-validation on training
data, see :mod:`inbox.triage.training.toxicity`); every other language uses ``threshold``
(0.5 when absent). Every place that turns a toxicity score into a flag goes through here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np


def toxic_threshold(info: Mapping[str, Any], language: str | None) -> float:
    """The threshold for a message in ``language`` (an ISO code, ``und`` or None)."""
    by_language = info.get("threshold_by_language") or {}
    return float(by_language.get(language or "", info.get("threshold", 0.5)))


def toxic_flags(
    info: Mapping[str, Any], scores: Sequence[float] | np.ndarray, languages: Sequence[str | None]
) -> np.ndarray:
    """Per message: is its ``toxic`` score at or above its language's threshold."""
    thresholds = np.array([toxic_threshold(info, language) for language in languages], dtype=np.float64)
    return np.asarray(scores, dtype=np.float64) >= thresholds
