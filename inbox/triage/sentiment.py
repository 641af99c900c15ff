"""Sentiment from the shared head or a language expert, plus an office's learned correction.

The committed sentiment head (``sentiment``) is trained on every language; language
experts (``sentiment_en``, ``sentiment_fr``, ``sentiment_de``, listed in the shared head's
sidecar under ``experts``) are trained on the same data with their own language weighted
up. Each text is scored by the expert of its detected language, or by the shared head
(Dutch, other languages, undetermined). An office's corrections add a small linear
correction to these logits (see :mod:`inbox.triage.adapt`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from inbox.triage.heads import Head, _softmax

CORRECTION_OF = "correction_of"


class LanguageRoutedHead:
    """The shared head and its language experts, used as one sentiment head."""

    def __init__(self, shared: Head, experts: dict[str, Head] | None = None) -> None:
        self.shared = shared
        self.experts = dict(experts or {})
        for language, expert in self.experts.items():
            if expert.labels != shared.labels or expert.input_dim != shared.input_dim:
                raise ValueError(f"the {language} expert does not match the shared head's labels and input")
        self.name = shared.name
        self.labels = shared.labels
        self.info: dict[str, Any] = shared.info
        self.input_dim = shared.input_dim

    @property
    def version(self) -> str:
        """The shared head's version, or ``name@hash`` over it and every expert's version."""
        if not self.experts:
            return self.shared.version
        parts = [self.shared.version, *(f"{lang}={h.version}" for lang, h in sorted(self.experts.items()))]
        return f"{self.name}@{hashlib.sha256('|'.join(parts).encode()).hexdigest()[:12]}"

    def logits(self, embeddings: np.ndarray, languages: Sequence[str] | None = None) -> np.ndarray:
        """Raw scores: each row from the expert of its language, else from the shared head."""
        out = self.shared.logits(embeddings)
        if languages is None or not self.experts:
            return out
        codes = np.asarray(list(languages), dtype=object)
        for language, expert in self.experts.items():
            rows = np.flatnonzero(codes == language)
            if len(rows):
                out[rows] = expert.logits(np.asarray(embeddings)[rows])
        return out

    def predict_proba(self, embeddings: np.ndarray, languages: Sequence[str] | None = None) -> np.ndarray:
        """Probabilities per label, rows summing to 1."""
        return _softmax(self.logits(embeddings, languages))

    def predict(self, embeddings: np.ndarray, languages: Sequence[str] | None = None) -> list[str]:
        """The most probable label per row."""
        return [self.labels[i] for i in self.predict_proba(embeddings, languages).argmax(axis=1)]

    @classmethod
    def load(cls, directory: Path, name: str = "sentiment") -> LanguageRoutedHead:
        """The shared head ``name`` and the experts its sidecar lists (``{"en": "sentiment_en", ...}``)."""
        shared = Head.load(directory, name)
        experts = {lang: Head.load(directory, expert) for lang, expert in shared.info.get("experts", {}).items()}
        return cls(shared, experts)


def sentiment_probabilities(
    base: LanguageRoutedHead | Head,
    embeddings: np.ndarray,
    languages: Sequence[str] | None,
    office_head: Head | None = None,
) -> tuple[np.ndarray, list[str]]:
    """Probabilities and labels: ``base`` (routed by language), with an office's correction added.

    An office head marked as a correction (``info["correction_of"]``) adds its logits; an
    older office head without that mark replaces the base entirely.
    """
    if office_head is not None and not office_head.info.get(CORRECTION_OF):
        return office_head.predict_proba(embeddings), office_head.labels
    routed = isinstance(base, LanguageRoutedHead)
    logits = base.logits(embeddings, languages) if routed else base.logits(embeddings)
    if office_head is not None:
        logits = logits + office_head.logits(embeddings)
    return _softmax(logits), base.labels


def combined_version(base: LanguageRoutedHead | Head, office_head: Head | None) -> str:
    """The version of what tags sentiment: the base, plus the office's correction if any."""
    if office_head is None:
        return base.version
    if not office_head.info.get(CORRECTION_OF):
        return office_head.version
    return f"{base.version}+{office_head.version}"
