"""Sentiment by language expert, the shared head as fallback, an office's correction on top."""

from __future__ import annotations

from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("safetensors")

from inbox.triage.adapt import correction_head  # noqa: E402
from inbox.triage.heads import Head  # noqa: E402
from inbox.triage.sentiment import LanguageRoutedHead, combined_version, sentiment_probabilities  # noqa: E402

LABELS = ["negative", "neutral", "positive"]
WEIGHTS = Path(__file__).resolve().parents[2] / "inbox" / "triage" / "weights"


def _head(name: str, favourite: int, dim: int = 8) -> Head:
    """A linear head that always prefers label ``favourite``."""
    bias = np.zeros(3, dtype=np.float32)
    bias[favourite] = 5.0
    return Head(name, LABELS, [(np.zeros((dim, 3), dtype=np.float32), bias)])


def test_each_language_goes_to_its_expert_and_the_rest_to_the_shared_head(tmp_path: Path) -> None:
    shared = _head("sentiment", 1, dim=8)
    shared.info["experts"] = {"fr": "sentiment_fr", "de": "sentiment_de"}
    for head in (shared, _head("sentiment_fr", 0), _head("sentiment_de", 2)):
        head.save(tmp_path)
    routed = LanguageRoutedHead.load(tmp_path)
    x = np.random.default_rng(0).normal(size=(4, 8)).astype(np.float32)
    assert routed.predict(x, ["fr", "de", "nl", "und"]) == ["negative", "positive", "neutral", "neutral"]
    assert routed.predict(x) == ["neutral"] * 4  # no languages: the shared head
    assert routed.version.startswith("sentiment@") and routed.version != shared.version


def test_an_office_correction_adds_to_the_routed_logits_and_to_the_version() -> None:
    routed = LanguageRoutedHead(_head("sentiment", 1), {"en": _head("sentiment_en", 2)})
    rng = np.random.default_rng(1)
    x = rng.normal(size=(40, 8)).astype(np.float32)
    base_logits = routed.logits(x, ["en"] * 40)
    correction = correction_head(base_logits, x, ["negative"] * 40, LABELS, name="sentiment", correction_of="sentiment")
    probabilities, labels = sentiment_probabilities(routed, x, ["en"] * 40, correction)
    assert labels == LABELS and (probabilities.argmax(axis=1) == 0).mean() > 0.9
    assert combined_version(routed, correction) == f"{routed.version}+{correction.version}"
    legacy = _head("sentiment", 0)  # an office head from before corrections were kept apart: replaces
    probabilities, _ = sentiment_probabilities(routed, x, ["en"] * 40, legacy)
    assert (probabilities.argmax(axis=1) == 0).all() and combined_version(routed, legacy) == legacy.version


def test_the_committed_experts_load_and_match_the_shared_head() -> None:
    routed = LanguageRoutedHead.load(WEIGHTS)
    assert set(routed.experts) == {"en", "fr", "de"}
    assert all(expert.labels == routed.labels for expert in routed.experts.values())
