"""Voter-style sentiment / needs-reply training messages, calibration error and temperature scaling (no encoder)."""

from __future__ import annotations

import numpy as np

from inbox.triage.evaluation.voter_scores import ece_with_ci, expected_calibration_error
from inbox.triage.heads import Head
from inbox.triage.training.recipes import tempered, voter_rows
from inbox.triage.training.voter_tone import LANGUAGES, voter_tone_rows
from inbox.triage.training.voter_tone_cv import fit_temperature


def test_every_language_gets_hundreds_of_messages_of_every_tone_and_both_reply_labels():
    rows = voter_tone_rows()
    assert rows == voter_tone_rows()  # deterministic: the cached embeddings stay valid
    assert len(rows) >= 3000
    for language in LANGUAGES:
        mine = [r for r in rows if r.language == language]
        for sentiment in ("negative", "neutral", "positive"):
            assert sum(r.sentiment == sentiment for r in mine) >= 150, (language, sentiment)
        assert 0.35 < np.mean([r.needs_reply for r in mine]) < 0.65
    assert len({r.text for r in rows}) > 0.97 * len(rows)


def test_tone_follows_the_frame():
    rows = voter_tone_rows()
    praise = [r for r in rows if r.frame.startswith("praise")]
    assert praise and all(r.sentiment == "positive" and not r.needs_reply for r in praise)
    asks = [r for r in rows if r.frame.startswith("neg_ask")]
    assert asks and all(r.sentiment == "negative" and r.needs_reply for r in asks)
    questions = [r for r in rows if r.frame.startswith("question")]
    assert questions and all(r.sentiment == "neutral" and r.needs_reply for r in questions)


def test_voter_rows_are_cleaned_as_the_pipeline_cleans_and_class_balanced():
    rows = voter_rows(2.0, "needs_reply")
    assert not any("@" in text or "\n" in text for text, _, _, _ in rows)
    by_label: dict[str, float] = {}
    for _, label, _, weight in rows:
        by_label[label] = by_label.get(label, 0.0) + weight
    assert abs(by_label["needs_reply"] - by_label["no_reply"]) < 1e-6
    assert abs(sum(by_label.values()) - 2.0 * len(rows)) < 1e-6
    assert voter_rows(0.0, "sentiment") == []


def test_calibration_error_is_the_textbook_value():
    assert expected_calibration_error([0.9] * 10, [True] * 9 + [False]) < 1e-9
    assert abs(expected_calibration_error([0.9] * 10, [True] * 10) - 10.0) < 1e-9
    half = expected_calibration_error([0.95, 0.95, 0.55, 0.55], [True, False, True, True])
    assert abs(half - 45.0) < 1e-9  # (2 * |0.5 - 0.95| + 2 * |1.0 - 0.55|) / 4
    assert ece_with_ci([0.9] * 10, [True] * 10)["value"] == 10.0


def test_temperature_keeps_the_label_and_softens_overconfident_scores():
    rng = np.random.default_rng(0)
    layers = [(rng.normal(size=(384, 3)).astype(np.float32), np.zeros(3, dtype=np.float32))]
    x = rng.normal(size=(50, 384)).astype(np.float32)
    plain = Head("s", ["negative", "neutral", "positive"], layers)
    cooled = Head("s", ["negative", "neutral", "positive"], tempered(layers, {"temperature": 2.0}))
    assert plain.predict(x) == cooled.predict(x)
    assert cooled.predict_proba(x).max(axis=1).mean() < plain.predict_proba(x).max(axis=1).mean()
    # logits twice too large for labels drawn from softmax(logits / 2): the fitted temperature is about 2
    logits = rng.normal(scale=3.0, size=(4000, 3))
    probabilities = np.exp(logits / 2) / np.exp(logits / 2).sum(axis=1, keepdims=True)
    truth = np.asarray([rng.choice(3, p=p) for p in probabilities])
    fitted = fit_temperature(logits, truth)
    assert 1.7 <= fitted["temperature"] <= 2.3
    assert fitted["ece_after"] < fitted["ece_before"]
