"""The threat tag's training rows: one fold per writing batch, and voter messages held out by topic."""

from __future__ import annotations

from inbox.triage.training.threat_rows import (
    BATCH_NAMES,
    TRAINED_BATCHES,
    VOTER_TOPICS_HELD_OUT,
    batch_of,
    batch_rows,
    fold_numbers,
    held_out_voter_rows,
    training_rows,
    unsampled_framed_rows,
)
from inbox.triage.training.voter_tone_free_de_nl import free_rows


def test_each_fold_holds_out_exactly_one_writing_batch_and_some_ordinary_messages() -> None:
    rows = training_rows(None)
    folds = fold_numbers([r[2] for r in rows])
    assert sorted(set(folds.tolist())) == list(range(len(TRAINED_BATCHES)))
    for fold in range(len(TRAINED_BATCHES)):
        held = [r for r, f in zip(rows, folds, strict=True) if f == fold]
        assert {batch_of(r[2]) for r in held if r[1] != "ordinary"} == {TRAINED_BATCHES[fold]}
        assert sum(r[1] == "ordinary" for r in held) > 300
        assert {r[0] for r in held if r[1] == "threat"} == {"nl", "fr", "en", "de"}


def test_voter_messages_of_the_held_out_topics_are_never_trained_on() -> None:
    trained = {r[3] for r in training_rows(None)}
    held_out = held_out_voter_rows()
    assert held_out and not trained & {r[3] for r in held_out}
    assert not trained & {r[3] for r in unsampled_framed_rows()}
    topics_trained = {r.topic for r in free_rows() if r.text in trained}
    assert topics_trained and not topics_trained & set(VOTER_TOPICS_HELD_OUT)
    assert {r[0] for r in held_out} == {"nl", "fr", "en", "de"}


def test_the_fifth_batch_is_measured_on_and_learned_from_only_on_request() -> None:
    fifth = {r[3] for r in batch_rows("fifth")}
    assert len(fifth) >= 470 and "fifth" in BATCH_NAMES and "fifth" not in TRAINED_BATCHES
    assert not fifth & {r[3] for r in training_rows(None)}
    with_fifth = training_rows(None, batches=BATCH_NAMES)
    folds = fold_numbers([r[2] for r in with_fifth])
    assert len(set(folds.tolist())) == len(BATCH_NAMES)
    assert fifth <= {r[3] for r in with_fifth}
