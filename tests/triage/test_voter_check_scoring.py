"""The voter check set's loader and scores, and campaign matching over a stream (no encoder)."""

from __future__ import annotations

import numpy as np

from inbox.triage.campaign_stream import stream_campaigns
from inbox.triage.evaluation.voter_check import LANGUAGES, load, stream_order
from inbox.triage.evaluation.voter_scores import adjusted_rand_index, ari_with_ci, wilson
from inbox.triage.taxonomy import DEFAULT_TOPICS

LETTER = (
    "De gemeente wil het zwembad van Zemst sluiten tegen de zomer. Voor onze kinderen, de scholen en de "
    "ouderen die er elke week zwemmen is dat het enige bad in de buurt. Wij vragen u om het zwembad open te "
    "houden en te investeren in de renovatie. Red ons zwembad!"
)


def test_every_topic_is_in_the_check_set_eight_times_per_language():
    messages = load()
    assert {m.language for m in messages} == set(LANGUAGES)
    for language in LANGUAGES:
        rows = [m for m in messages if m.language == language]
        assert len(rows) >= 150
        for spec in DEFAULT_TOPICS:
            assert sum(m.topic == spec.code for m in rows) >= 8, (language, spec.code)
    assert sorted(m.id for m in stream_order(messages)) == sorted(m.id for m in messages)


def test_ari_and_wilson_are_the_textbook_values():
    assert adjusted_rand_index([1, 1, 2, 2], [5, 5, 7, 7]) == 1.0
    assert abs(adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) - 0.24242424) < 1e-6
    low, high = wilson(8, 10)
    assert (low, high) == (49.0, 94.3)
    scored = ari_with_ci(["a", "a", None, None], [1, 1, None, None])
    assert scored["value"] == 100.0


def test_a_letter_spread_over_batches_forms_one_campaign_in_the_stream():
    rng = np.random.default_rng(0)
    base = rng.normal(size=384)
    texts, vectors = [], []
    for i in range(8):
        if i % 2:  # copies of the letter, signed by different voters
            texts.append(f"Beste, {LETTER} Groeten, voter {i}")
            vectors.append(base + rng.normal(scale=0.05, size=384))
        else:  # unrelated short reactions
            texts.append("Helemaal mee eens!")
            vectors.append(rng.normal(size=384))
    vectors = np.stack([v / np.linalg.norm(v) for v in vectors]).astype(np.float32)
    found = stream_campaigns(vectors, texts, batch=2)
    assert found[1] is not None and found[1] == found[3] == found[5] == found[7]
    assert found[0] is None and found[2] is None


def test_a_top_topic_under_its_calibrated_threshold_is_uncertain():
    from types import SimpleNamespace

    from inbox.triage.pipeline import topic_uncertain

    head = SimpleNamespace(info={"uncertain_below": {"energy": 0.35, "housing": 0.0}})
    assert topic_uncertain(head, ("energy", 0.30)) is True
    assert topic_uncertain(head, ("energy", 0.60)) is False
    assert topic_uncertain(head, ("housing", 0.05)) is False
    assert topic_uncertain(SimpleNamespace(info={}), ("energy", 0.1)) is None
