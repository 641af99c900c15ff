"""Sending on Facebook and Instagram: comment replies and Send API messages with the 24-hour rule.

Meta lets a page answer a direct message with ``messaging_type=RESPONSE`` only within
24 hours of the voter's last message. Dialoog checks that before calling the API and
refuses with a permanent ``ChannelError`` that says why, so the reply shows as failed
with the reason instead of being retried.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from inbox.ingest.base import ChannelError, SentReceipt
from inbox.ingest.meta.graph import GraphClient, parse_graph_time
from inbox.ingest.meta.messages import DM, as_dict, as_id
from inbox.models import AccountHealth, ChannelAccount

DM_WINDOW = timedelta(hours=24)


def dm_window_closes_at(last_voter_message_at: datetime) -> datetime:
    """When the 24-hour window opened by the voter's last message closes."""
    return last_voter_message_at + DM_WINDOW


def window_refusal(closes_at: datetime) -> str:
    """The sentence staff see when a direct message reply is too late."""
    return (
        f"The 24-hour reply window closed at {closes_at:%Y-%m-%d %H:%M} UTC: Meta only lets a page answer "
        "a direct message within 24 hours of the voter's last message. Wait for the voter to write again, "
        "or answer through another channel."
    )


def _meta_of(thread_raw: dict[str, Any]) -> dict[str, Any]:
    meta = as_dict(thread_raw.get("meta"))
    if not meta:
        raise ChannelError(
            AccountHealth.OK, "This message has no Facebook/Instagram reference to answer.", permanent=True
        )
    return meta


def send_direct_message(
    account: ChannelAccount, text: str, thread_raw: dict[str, Any], *, permission: str, now: datetime | None = None
) -> SentReceipt:
    """Answer a voter's direct message through the Send API, inside the 24-hour window only."""
    meta = _meta_of(thread_raw)
    closes_at = dm_window_closes_at(parse_graph_time(meta.get("sent_at")))
    if (now or datetime.now(UTC)) > closes_at:
        raise ChannelError(AccountHealth.OK, window_refusal(closes_at), permanent=True)
    client = GraphClient(account)
    body = {"recipient": {"id": meta.get("sender_id")}, "messaging_type": "RESPONSE", "message": {"text": text}}
    answer = client.post_json(f"{account.external_id}/messages", body, permission=permission).body
    message_id = as_id(answer.get("message_id"))
    if not message_id:
        raise ChannelError(AccountHealth.PROVIDER_ERROR, "Meta did not return the id of the sent message.")
    return SentReceipt(external_id=message_id, sent_at=datetime.now(UTC), raw={"meta": {"type": DM}, "send": answer})


def send_comment_reply(
    account: ChannelAccount, text: str, thread_raw: dict[str, Any], *, edge: str, field: str, permission: str
) -> SentReceipt:
    """Answer a comment: ``POST /{comment}/{edge}``; a reply to a reply answers its parent comment."""
    meta = _meta_of(thread_raw)
    target = meta.get("parent_id") or meta.get("comment_id")
    if not target:
        raise ChannelError(AccountHealth.OK, "This comment has no id to answer.", permanent=True)
    answer = GraphClient(account).post(f"{target}/{edge}", {field: text}, permission=permission).body
    comment_id = as_id(answer.get("id"))
    if not comment_id:
        raise ChannelError(AccountHealth.PROVIDER_ERROR, "Meta did not return the id of the new comment.")
    return SentReceipt(
        external_id=comment_id,
        sent_at=datetime.now(UTC),
        raw={"meta": {"type": "comment", "comment_id": comment_id, "parent_id": target}, "reply": answer},
    )


def is_direct_message(thread_raw: dict[str, Any]) -> bool:
    """True when the message answered is a direct message (not a comment)."""
    return as_dict(thread_raw.get("meta")).get("type") == DM
