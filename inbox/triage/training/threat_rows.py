"""The threat tag's training rows, its cross-validation folds and the voter messages it is measured on.

Rows are ``(language, kind, group, text)``; kind is ``threat``, ``hard`` (a hard negative) or
``ordinary``. The threats and hard negatives were written in batches (:data:`BATCHES`),
the second to fourth with situations the earlier ones had few of, the fifth and sixth by writers
who read none of the others (the sixth: one writer per language); training learns from
:data:`TRAINED_BATCHES` unless told otherwise.
Cross-validation leaves one batch out per fold (:func:`fold_numbers`): the random folds used
before held out translations of one writer's message, promised 90% of the threats and caught
48% on a batch the tag never saw.

Ordinary rows: the hand-written needs-reply and toxicity-ok messages, the Dutch
harsh-but-legitimate ones, XLM-T training tweets and, since an office pays for every false
alarm with a red banner, voter messages: the free-written ones (:mod:`voter_tone_free_de_nl`)
of half the topics (:data:`VOTER_TOPICS_TRAINED`) and a seeded sample of the framed ones
(:mod:`voter_tone`). The free-written messages of the other topics (:func:`held_out_voter_rows`)
are never trained on: the second look's threshold is held to a false-alarm budget on them,
so they share no subject with a voter message the tag learned from.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import numpy as np

from inbox.triage.training import (
    data,
    handwritten,
    threat_subject_ordinary,
    threat_train_en_de,
    threat_train_fifth_en_de,
    threat_train_fifth_nl_fr,
    threat_train_fourth_en_de,
    threat_train_fourth_nl_fr,
    threat_train_more_en_de,
    threat_train_more_nl_fr,
    threat_train_nl_fr,
    threat_train_sixth_en_de,
    threat_train_sixth_nl_fr,
    threat_train_third_en_de,
    threat_train_third_nl_fr,
    toxicity_nl,
)
from inbox.triage.training.voter_tone import voter_tone_rows
from inbox.triage.training.voter_tone_free_de_nl import TOPICS, free_rows

Row = tuple[str, str, str, str]

LANGUAGES = ("nl", "fr", "en", "de")
BATCHES: tuple[tuple[str, ModuleType, ModuleType], ...] = (
    ("first", threat_train_nl_fr, threat_train_en_de),
    ("more", threat_train_more_nl_fr, threat_train_more_en_de),
    ("third", threat_train_third_nl_fr, threat_train_third_en_de),
    ("fourth", threat_train_fourth_nl_fr, threat_train_fourth_en_de),
    ("fifth", threat_train_fifth_nl_fr, threat_train_fifth_en_de),
    ("sixth", threat_train_sixth_nl_fr, threat_train_sixth_en_de),
)
BATCH_NAMES = tuple(name for name, _, _ in BATCHES)
# The sixth batch was written after the 2026-12-08 training runs, one writer per language, and
# decided which weights were adopted; no weights learned from it. Training learns from it on request.
TRAINED_BATCHES = BATCH_NAMES[:5]
TWEETS_PER_LANGUAGE = 300
VOTER_TOPICS_TRAINED = TOPICS[0::2]
VOTER_TOPICS_HELD_OUT = TOPICS[1::2]
FRAMED_PER_LANGUAGE = 250
_FRAMED_SEED = 17


def batch_rows(name: str) -> list[Row]:
    """One writing batch's threats and hard negatives; its group names start with ``<name>:``.

    The first four batches are parallel (roughly, for dialect lines) by index across languages:
    blocks of four indexes share a group, so translations of one message stay together. The
    fifth's and sixth's languages were written independently; their groups only keep a fold's blocks whole.
    """
    nl_fr, en_de = next((a, b) for batch, a, b in BATCHES if batch == name)
    rows = []
    for language in LANGUAGES:
        module = nl_fr if language in ("nl", "fr") else en_de
        for kind, suffix in (("threat", "THREAT"), ("hard", "HARD")):
            for index, text in enumerate(getattr(module, f"{language.upper()}_{suffix}")):
                rows.append((language, kind, f"{name}:{kind}-{index // 4}", text))
    return rows


def ordinary_rows(data_dir: Path | None) -> list[Row]:
    """Hand-written ordinary messages, and XLM-T training tweets when ``data_dir`` holds them."""
    ordinary = handwritten.NEEDS_REPLY_TRAIN + [r for r in handwritten.TOXICITY_TRAIN if r[1] == "ok"]
    ordinary += [("nl", "ok", text) for text in toxicity_nl.NL_HARSH_OK]
    rows = [(language, "ordinary", f"ordinary-{i}", text) for i, (language, _, text) in enumerate(ordinary)]
    if data_dir is not None and (Path(data_dir) / "sentiment").is_dir():
        for language in data.XLMT_LANGUAGES:
            tweets = data.load_sentiment(data_dir, language, "train").texts[:TWEETS_PER_LANGUAGE]
            rows += [(language, "ordinary", f"tweet-{language}-{i}", t) for i, t in enumerate(tweets)]
    return rows


def _framed_sample() -> tuple[list[Row], list[Row]]:
    """The framed voter messages: (a seeded sample of ``FRAMED_PER_LANGUAGE`` per language, the rest)."""
    rng = random.Random(_FRAMED_SEED)
    sampled, rest = [], []
    for language in LANGUAGES:
        rows = [r for r in voter_tone_rows() if r.language == language]
        chosen = set(rng.sample(range(len(rows)), FRAMED_PER_LANGUAGE))
        for index, row in enumerate(rows):
            (sampled if index in chosen else rest).append((language, "ordinary", f"framed:{row.frame}", row.text))
    in_sample = {r[3] for r in sampled}  # a few frames give the same text twice: the rest keeps none of the sample's
    return sampled, [r for r in rest if r[3] not in in_sample]


def voter_rows() -> list[Row]:
    """Voter messages trained on as ordinary: free-written ones of the trained topics, sampled framed ones."""
    free = [(r.language, "ordinary", r.group, r.text) for r in free_rows() if r.topic in VOTER_TOPICS_TRAINED]
    return free + _framed_sample()[0]


def held_out_voter_rows() -> list[Row]:
    """Free-written voter messages of the topics never trained on (the false-alarm budget is set on them)."""
    return [(r.language, "ordinary", r.group, r.text) for r in free_rows() if r.topic in VOTER_TOPICS_HELD_OUT]


def unsampled_framed_rows() -> list[Row]:
    """Framed voter messages not in the training sample nor among the hand-written ones (a measurement only)."""
    written = {r[3] for r in ordinary_rows(None)}  # two short reactions ("Zever in pakskes.") are in both
    return [r for r in _framed_sample()[1] if r[3] not in written]


def subject_ordinary_rows() -> list[Row]:
    """Ordinary messages on the subjects threats use (speed cameras, asylum, police...); a group per subject."""
    rows = []
    for language in LANGUAGES:
        texts = getattr(threat_subject_ordinary, f"{language.upper()}_SUBJECT_ORDINARY")
        per_subject = len(texts) // len(threat_subject_ordinary.SUBJECTS)
        rows += [(language, "ordinary", f"subject:{index // per_subject}", t) for index, t in enumerate(texts)]
    return rows


def training_rows(
    data_dir: Path | None,
    *,
    batches: Sequence[str] = TRAINED_BATCHES,
    voter_negatives: bool = True,
    subject_ordinary: bool = True,
) -> list[Row]:
    """The threat tag's training rows: the named writing batches, ordinary messages, voter messages."""
    rows = [row for name in batches for row in batch_rows(name)]
    rows += ordinary_rows(data_dir)
    rows += subject_ordinary_rows() if subject_ordinary else []
    return rows + (voter_rows() if voter_negatives else [])


def batch_of(group: str) -> str | None:
    """The writing batch a row's group belongs to, or None for ordinary messages."""
    name = group.split(":", 1)[0]
    return name if name in BATCH_NAMES else None


def fold_numbers(groups: Sequence[str]) -> np.ndarray:
    """Each row's fold: one fold per writing batch present, ordinary groups spread over them (seeded)."""
    batches = [name for name in BATCH_NAMES if any(batch_of(g) == name for g in groups)]
    others = sorted({g for g in groups if batch_of(g) is None})
    fold_of = {g: i % len(batches) for i, g in enumerate(np.random.default_rng(0).permutation(others))}
    fold_of.update({name: batches.index(name) for name in batches})
    return np.array([fold_of[batch_of(g) or g] for g in groups])
