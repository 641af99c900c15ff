"""Who is in a campaign, counted one way everywhere, and what they wrote: the letter and its variants.

A campaign's size as the queue row and the campaign panel show it is the number of voters'
conversations with a message in the campaign (``Campaign.size`` is the matcher's own running
count of the messages it clustered, which misses members that joined from the recent pool
or by a correction, so it is never shown as a number of voters).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import distinct, func, select

from inbox.models import Message, TriageResult, db

MAX_VARIANTS = 20
MAX_TEXT = 2000
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def campaign_voter_counts(campaign_ids: Iterable[int]) -> dict[int, int]:
    """Per campaign: how many conversations (voters) have a message in it."""
    wanted = {campaign_id for campaign_id in campaign_ids if campaign_id}
    if not wanted:
        return {}
    rows = db.session.execute(
        select(TriageResult.campaign_id, func.count(distinct(Message.conversation_id)))
        .join(Message, Message.id == TriageResult.message_id)
        .where(TriageResult.campaign_id.in_(wanted))
        .group_by(TriageResult.campaign_id)
    ).all()
    return {int(campaign_id): int(count) for campaign_id, count in rows}


def _normalised(text: str) -> str:
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """The sentences of a text (split after . ! ? … and at line breaks), whitespace tidied."""
    return [part for part in (_normalised(piece) for piece in _SENTENCE_END.split(text.strip())) if part]


def letter_and_variants(texts: list[tuple[str, str]]) -> dict[str, Any]:
    """What the voters wrote, given each voter's name and text, in campaign order.

    The letter is the most common text (the earliest of equals); a variant is a personalised
    copy: the sentences it has that the letter does not (``added``) and the letter's sentences
    it left out (``left_out``). Voters whose copies differ the same way are one variant,
    most voters first.
    """
    written = [(voter, text, _normalised(text)) for voter, text in texts if text and text.strip()]
    if not written:
        return {"letter": "", "letter_count": 0, "variants": []}
    order = [tidy for _voter, _text, tidy in written]
    counts = Counter(order)
    letter = max(counts, key=lambda tidy: (counts[tidy], -order.index(tidy)))
    letter_original = next(text for _voter, text, tidy in written if tidy == letter)
    letter_sentences = sentences(letter)
    known = set(letter_sentences)
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for voter, _text, text in written:
        if text == letter:
            continue
        own = sentences(text)
        present = set(own)
        added = tuple(sentence for sentence in own if sentence not in known)
        left_out = tuple(sentence for sentence in letter_sentences if sentence not in present)
        groups.setdefault((added, left_out), []).append(voter)
    variants = [
        {"added": list(added), "left_out": list(left_out), "voters": voters, "count": len(voters)}
        for (added, left_out), voters in sorted(groups.items(), key=lambda item: -len(item[1]))
    ]
    return {
        "letter": letter_original.strip()[:MAX_TEXT],
        "letter_count": counts[letter],
        "variants": variants[:MAX_VARIANTS],
    }
