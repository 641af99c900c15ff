"""The frozen voter check set: realistic messages in nl/fr/en/de with every tag labelled.

Written before any training data of the topic head was looked at, apart from all training
and tuning data; see ``README.md`` in this folder. It is only ever *measured on*: no
setting, threshold or recipe may be chosen by looking at scores on it.

:func:`load` returns :class:`VoterMessage` records; :func:`stream_order` gives the fixed
arrival order in which the campaign matcher sees them (languages and campaigns
interleaved, a letter's copies spread over the stream as they arrive in an inbox).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from inbox.triage.evaluation import voter_check_de, voter_check_en, voter_check_fr, voter_check_nl

LANGUAGES = ("nl", "fr", "en", "de")
SENTIMENTS = {"neg": "negative", "neu": "neutral", "pos": "positive"}
_MODULES = {"nl": voter_check_nl, "fr": voter_check_fr, "en": voter_check_en, "de": voter_check_de}
STREAM_SEED = 20261206


@dataclass(frozen=True)
class VoterMessage:
    """One labelled check message; ``campaign`` None when it belongs to no campaign."""

    id: str
    language: str
    channel: str
    topic: str
    sentiment: str
    needs_reply: bool
    campaign: str | None
    text: str


def load(languages: tuple[str, ...] = LANGUAGES) -> list[VoterMessage]:
    """Every check message of ``languages``, in file order; ids are ``<language>-<row number>``."""
    messages = []
    for language in languages:
        for number, (channel, topic, sentiment, needs_reply, campaign, text) in enumerate(
            _MODULES[language].ROWS, start=1
        ):
            messages.append(
                VoterMessage(
                    f"{language}-{number:03d}",
                    language,
                    channel,
                    topic,
                    SENTIMENTS[sentiment],
                    bool(needs_reply),
                    campaign,
                    text,
                )
            )
    return messages


def stream_order(messages: list[VoterMessage], seed: int = STREAM_SEED) -> list[VoterMessage]:
    """The messages in a fixed shuffled arrival order (the same for every run)."""
    order = list(messages)
    random.Random(seed).shuffle(order)
    return order
