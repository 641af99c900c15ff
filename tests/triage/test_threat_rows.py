"""The threat tag's training rows: one fold per writing batch, and voter messages held out by topic."""

from __future__ import annotations

import unicodedata

from inbox.triage.training.threat_rows import (
    BATCH_NAMES,
    TRAINED_BATCHES,
    VOTER_TOPICS_HELD_OUT,
    batch_of,
    batch_rows,
    fold_numbers,
    held_out_voter_rows,
    subject_ordinary_rows,
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


def test_every_written_batch_can_be_learned_from_with_one_fold_each() -> None:
    with_all = training_rows(None, batches=BATCH_NAMES)
    folds = fold_numbers([r[2] for r in with_all])
    assert len(set(folds.tolist())) == len(BATCH_NAMES)
    assert {r[3] for r in batch_rows("sixth")} <= {r[3] for r in with_all}


def _normalised(text: str) -> str:
    """Case, accents, punctuation and spacing removed: what a copy-edited duplicate still shares."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return " ".join("".join(" " if unicodedata.category(c)[0] in "PZ" else c for c in text).split())


def test_no_writing_batch_repeats_a_text_of_another_so_an_unseen_batch_measures_new_writing() -> None:
    owner: dict[str, str] = {}
    for name in BATCH_NAMES:
        for text in {_normalised(r[3]) for r in batch_rows(name)}:
            assert owner.setdefault(text, name) == name, f"{name} repeats a text of {owner[text]}: {text[:60]}"


def test_the_sixth_batch_is_never_trained_on_by_default_and_has_sixty_of_each_kind_per_language() -> None:
    sixth = batch_rows("sixth")
    assert "sixth" not in TRAINED_BATCHES and not {r[3] for r in sixth} & {r[3] for r in training_rows(None)}
    for language in ("nl", "fr", "en", "de"):
        assert sum(r[0] == language and r[1] == "threat" for r in sixth) == 60
        assert sum(r[0] == language and r[1] == "hard" for r in sixth) == 60


def test_ordinary_messages_on_the_threats_subjects_are_learned_by_default_one_group_per_subject() -> None:
    subject = subject_ordinary_rows()
    assert {r[0] for r in subject} == {"nl", "fr", "en", "de"} and {r[1] for r in subject} == {"ordinary"}
    assert {r[3] for r in subject} <= {r[3] for r in training_rows(None)}
    assert not {r[3] for r in subject} & {r[3] for r in training_rows(None, subject_ordinary=False)}
    assert len({r[2] for r in subject}) == 13
