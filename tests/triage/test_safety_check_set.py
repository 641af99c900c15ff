"""The frozen safety check set (threats, hard negatives, abuse, ordinary) has its promised size and shape."""

from __future__ import annotations

from collections import Counter

from inbox.triage.evaluation.safety_check_2026_12 import CHANNELS, LANGUAGES, safety_check_items

MINIMUM = {"threat": 20, "hard_negative": 20, "abuse": 16, "ordinary": 16}


def test_every_language_has_enough_items_of_every_kind():
    counts = Counter((item.language, item.kind) for item in safety_check_items())
    for language in LANGUAGES:
        for kind, minimum in MINIMUM.items():
            assert counts[(language, kind)] >= minimum, (language, kind, counts[(language, kind)])
    assert {language for language, _ in counts} == set(LANGUAGES)
    assert {kind for _, kind in counts} == set(MINIMUM)


def test_no_two_texts_are_identical_and_channels_are_known():
    items = safety_check_items()
    normalised = Counter(" ".join(item.text.lower().split()) for item in items)
    assert [text for text, n in normalised.items() if n > 1] == []
    assert {item.channel for item in items} <= CHANNELS
    assert all(item.text.strip() for item in items)
