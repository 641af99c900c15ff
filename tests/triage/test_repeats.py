"""A repeated text is embedded once: within a call, and later from the kept embeddings (LRU)."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("torch")

from inbox.config import load_settings  # noqa: E402
from inbox.triage.models import get_triager  # noqa: E402
from inbox.triage.repeats import RepeatAwareEncoder  # noqa: E402

LETTER = "Red het zwembad van Geel: teken de petitie en stuur deze brief naar uw volksvertegenwoordiger."
RETWEET = "RT Les loyers à Namur augmentent trop vite, que fait la Région ?"
OTHER = "Why is the train to Leuven late again this morning?"


def test_each_distinct_text_reaches_the_encoder_once_until_it_is_forgotten() -> None:
    inner = get_triager(load_settings({})).encoder.inner  # the real encoder of the triage pipeline
    encoder = RepeatAwareEncoder(inner, capacity=2)

    rows = encoder.embed([LETTER, RETWEET, LETTER, LETTER])
    assert (encoder.calls, encoder.texts_encoded) == (1, 2)
    assert np.array_equal(rows[0], rows[2]) and np.array_equal(rows[0], rows[3])
    np.testing.assert_allclose(rows[:2], inner.embed([LETTER, RETWEET]), atol=1e-5)

    again = encoder.embed([RETWEET])  # kept: no encoder call
    assert (encoder.calls, encoder.texts_encoded) == (1, 2) and np.array_equal(again[0], rows[1])

    encoder.embed([OTHER])  # a third text: the least recently used one (the letter) is forgotten
    encoder.embed([LETTER])
    assert (encoder.calls, encoder.texts_encoded) == (3, 4)
    assert encoder.embed([]).shape[0] == 0 and encoder.version == inner.version


def test_the_operator_can_turn_remembering_off() -> None:
    """``DIALOOG_TRIAGE_REPEAT_CACHE=0``: copies within one batch still share a pass, later ones do not."""
    encoder = get_triager(load_settings({"DIALOOG_TRIAGE_REPEAT_CACHE": "0"})).encoder
    assert encoder.capacity == 0
    before = encoder.texts_encoded
    encoder.embed([OTHER, OTHER])
    encoder.embed([OTHER])
    assert encoder.texts_encoded - before == 2
