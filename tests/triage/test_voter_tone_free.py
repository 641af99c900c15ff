"""Free-written voter messages (issue 16) for the sentiment and needs-reply heads (no encoder)."""

from __future__ import annotations

from collections import Counter

from inbox.triage.training.recipes import free_voter_rows
from inbox.triage.training.voter_tone import voter_tone_rows
from inbox.triage.training.voter_tone_free_de_nl import LANGUAGES, TOPICS, free_rows


def test_hundreds_of_german_and_dutch_messages_of_every_tone_and_both_reply_labels():
    rows = free_rows()
    assert rows == free_rows()  # deterministic: the cached embeddings stay valid
    by_language = Counter(r.language for r in rows)
    assert by_language["de"] >= 380 and by_language["nl"] >= 380
    assert by_language["fr"] >= 100 and by_language["en"] >= 100
    for language in LANGUAGES:
        mine = [r for r in rows if r.language == language]
        minimum = 90 if language in ("de", "nl") else 25
        for sentiment in ("negative", "neutral", "positive"):
            assert sum(r.sentiment == sentiment for r in mine) >= minimum, (language, sentiment)
        assert 0.35 < sum(r.needs_reply for r in mine) / len(mine) < 0.65
        assert {r.topic for r in mine} == set(TOPICS), language


def test_messages_are_unique_and_not_copies_of_the_frame_messages():
    texts = [r.text for r in free_rows()]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {r.text for r in voter_tone_rows()}


def test_cross_validation_groups_are_topics_across_languages():
    groups = {r.group for r in free_rows()}
    assert groups == {f"free:{topic}" for topic in TOPICS}


def test_free_rows_are_cleaned_and_class_balanced():
    rows = free_voter_rows(1.0, "sentiment")
    assert len(rows) == len(free_rows())
    assert not any("\n" in text for text, _, _, _ in rows)
    by_label: dict[str, float] = {}
    for _, label, _, weight in rows:
        by_label[label] = by_label.get(label, 0.0) + weight
    assert max(by_label.values()) - min(by_label.values()) < 1e-6
    assert abs(sum(by_label.values()) - len(rows)) < 1e-6
    assert free_voter_rows(0.0, "needs_reply") == []
