"""Who is in a campaign, counted one way everywhere, and what they wrote: the letter and its variants.

A campaign's voters are the distinct **contacts** of the conversations with a message in the
campaign (issue 16: "a voter counted once across channels"). A voter who sent the letter by
e-mail and commented it on Facebook, once their identities are linked to one contact, is one
voter; a voter who sent it twice on one channel is one voter. The queue row, the campaign
panel, the campaign answer, the approvals page and the digest all count with the functions
here. The count is computed, never stored: a merge or an unmerge of contacts moves
conversations between contacts, and the next count follows. ``Campaign.size`` is the
matcher's own running count of the messages it clustered and is never shown.

A campaign is *coordinated* (grouped in the queue, listed in the digest) when at least
:data:`MIN_CAMPAIGN_VOTERS` distinct voters are in it: the matcher forms a campaign from that
many mutually matching letters (``inbox.triage.campaigns.assign(min_size=3)``), which one
voter repeating themselves must not reach alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import distinct, func, select

from inbox.models import Conversation, Message, TriageResult, db

MIN_CAMPAIGN_VOTERS = 3  # the matcher's min_size: a campaign needs this many distinct voters
MAX_VARIANTS = 20
MAX_TEXT = 2000
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def campaign_voter_counts(campaign_ids: Iterable[int]) -> dict[int, int]:
    """Per campaign: how many distinct voters (contacts) have a message in it."""
    wanted = {campaign_id for campaign_id in campaign_ids if campaign_id}
    if not wanted:
        return {}
    rows = db.session.execute(
        select(TriageResult.campaign_id, func.count(distinct(Conversation.contact_id)))
        .join(Message, Message.id == TriageResult.message_id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(TriageResult.campaign_id.in_(wanted))
        .group_by(TriageResult.campaign_id)
    ).all()
    return {int(campaign_id): int(count) for campaign_id, count in rows}


def is_coordinated(voters: int) -> bool:
    """Whether a campaign of ``voters`` distinct voters counts as a coordinated campaign."""
    return voters >= MIN_CAMPAIGN_VOTERS


@dataclass(frozen=True)
class CampaignVoter:
    """One voter of a campaign: where their answer goes and what they wrote.

    ``conversation_id`` is the conversation of their most recent campaign message (the
    channel they used last gets the answer); ``first_message_id`` is their first campaign
    message (what they wrote); ``conversation_ids`` are all their conversations in the campaign.
    """

    contact_id: int
    conversation_id: int
    latest_message_id: int
    first_message_id: int
    conversation_ids: tuple[int, ...]


def campaign_voters(campaign_id: int) -> list[CampaignVoter]:
    """Each voter of the campaign once, in the order of their first campaign message."""
    rows = db.session.execute(
        select(Conversation.contact_id, Message.conversation_id, Message.id)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(TriageResult.campaign_id == campaign_id)
        .order_by(Message.sent_at, Message.id)
    ).all()
    by_contact: dict[int, list[tuple[int, int]]] = {}
    for contact_id, conversation_id, message_id in rows:
        by_contact.setdefault(int(contact_id), []).append((int(conversation_id), int(message_id)))
    return [
        CampaignVoter(
            contact_id=contact_id,
            conversation_id=messages[-1][0],
            latest_message_id=messages[-1][1],
            first_message_id=messages[0][1],
            conversation_ids=tuple(dict.fromkeys(conversation for conversation, _ in messages)),
        )
        for contact_id, messages in by_contact.items()
    ]


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
