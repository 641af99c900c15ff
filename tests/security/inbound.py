"""Strategies and helpers for the inbound endpoints: provider-shaped webhook bodies, signatures, counts."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from hypothesis import strategies as st

from inbox.models import Message, db
from inbox.services.intake.meta_webhooks import sign as meta_sign
from tests.clients import isolated_client
from tests.security.state import row_counts
from tests.security.strategies import Big, Nested, hostile_text
from tests.security.world import World

STORED = ("message", "conversation", "contact", "contact_identity", "email_attachment", "outgoing_reply")

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20))
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
texts = hostile_text()
times = st.sampled_from(["1700000000000", "99999999999999999999", "-5", "", "abc", "0"]) | st.integers().map(str)


def x_signature(secret: str, body: bytes) -> str:
    """The ``x-twitter-webhooks-signature`` X sends: base64 HMAC-SHA256 of the raw body."""
    return "sha256=" + base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def forged_signatures(sign: Any, body: bytes) -> st.SearchStrategy[str | None]:
    """Signatures that must not pass: missing, empty, junk, another secret's, another body's, wrong encoding."""
    return st.one_of(
        st.none(),
        st.sampled_from(["", "sha256=", "sha1=abc", "sha256=" + "0" * 64, "SHA256=x", "\x00"]),
        st.text(max_size=80).map(lambda text: "sha256=" + text),
        st.text(min_size=1, max_size=20).map(lambda secret: sign(secret + "-not-ours", body)),
        st.just(sign("x", body + b" ")),
        st.just("sha256=" + hmac.new(b"k", body, hashlib.sha256).hexdigest()),
    )


def materialize(value: Any) -> Any:
    """``value`` with every :class:`Big` made into its string."""
    if isinstance(value, Big):
        return str(value)
    if isinstance(value, dict):
        return {str(materialize(k)): materialize(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [materialize(item) for item in value]
    return value


def encoded(value: Any) -> bytes:
    """The raw body for ``value``: bytes as they are, nested structures made, JSON otherwise."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, Nested):
        return bytes(value)
    return json.dumps(materialize(value), allow_nan=True).encode()


def x_activity(user_ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Account Activity payloads whose fields take hostile values and wrong types."""
    ids = st.sampled_from([*user_ids, "1", "", "\x00", "9" * 40]) | json_values
    user = st.fixed_dictionaries(
        {"id_str": ids}, optional={"screen_name": texts | json_values, "name": texts | json_values}
    )
    tweet = st.fixed_dictionaries(
        {"id_str": ids, "user": user | json_values},
        optional={
            "text": texts | json_values,
            "extended_tweet": st.fixed_dictionaries({"full_text": texts}) | json_values,
            "timestamp_ms": times | json_values,
            "created_at": st.sampled_from(["Wed Oct 10 20:19:24 +0000 2018", "x"]) | json_values,
            "in_reply_to_status_id_str": ids,
            "quoted_status_id_str": ids,
            "retweeted_status": json_values,
        },
    )
    message_data = st.fixed_dictionaries({"text": texts | json_values})
    create = st.fixed_dictionaries({"sender_id": ids, "message_data": message_data | json_values})
    dm = st.fixed_dictionaries(
        {"type": st.just("message_create") | json_values, "id": ids},
        optional={"message_create": create | json_values, "created_timestamp": times | json_values},
    )
    return st.fixed_dictionaries(
        {"for_user_id": ids},
        optional={
            "tweet_create_events": st.lists(tweet | json_values, max_size=3) | json_values,
            "direct_message_events": st.lists(dm | json_values, max_size=3) | json_values,
            "users": st.dictionaries(st.sampled_from(user_ids) | st.text(max_size=5), user | json_values, max_size=2),
        },
    )


def meta_delivery(account_ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Meta webhook bodies (feed and comment changes, messaging events) with hostile values and wrong types."""
    ids = st.sampled_from([*account_ids, "", "\x00", "9" * 40]) | json_values
    author = st.fixed_dictionaries({"id": ids}, optional={"name": texts, "username": texts})
    value = st.fixed_dictionaries(
        {},
        optional={
            "item": st.just("comment") | json_values,
            "verb": st.sampled_from(["add", "edited", "remove"]) | json_values,
            "comment_id": ids,
            "post_id": ids,
            "parent_id": ids,
            "id": ids,
            "from": author | json_values,
            "message": texts | json_values,
            "text": texts | json_values,
            "created_time": st.sampled_from(["0001-01-01T00:00:00+14:00", "2026-11-26T14:00:00+0000"]) | json_values,
            "media": st.fixed_dictionaries({"id": ids}) | json_values,
        },
    )
    change = st.fixed_dictionaries({"field": st.sampled_from(["feed", "comments"]) | json_values, "value": value})
    event = st.fixed_dictionaries(
        {},
        optional={
            "sender": author,
            "recipient": author,
            "timestamp": times | json_values,
            "message": st.fixed_dictionaries({"mid": ids, "text": texts | json_values}) | json_values,
        },
    )
    entry = st.fixed_dictionaries(
        {"id": ids},
        optional={
            "time": times | json_values,
            "changes": st.lists(change, max_size=3) | json_values,
            "messaging": st.lists(event, max_size=2) | json_values,
        },
    )
    return st.fixed_dictionaries(
        {"object": st.sampled_from(["page", "instagram"]) | json_values, "entry": st.lists(entry, max_size=3)}
    )


def stored_counts() -> dict[str, int]:
    """How many messages, conversations, contacts… are stored (all offices)."""
    return row_counts(*STORED)


def office_messages(office_id: int) -> list[tuple[str, str]]:
    """(external id, text) of the office's messages."""
    rows = db.session.execute(
        Message.__table__.select()
        .with_only_columns(Message.external_id, Message.text)
        .where(Message.office_id == office_id)
    ).all()
    db.session.rollback()
    return sorted((row[0], row[1]) for row in rows)


def post(world: World, path: str, body: bytes, headers: dict[str, str]) -> Any:
    """POST ``body`` to ``path`` from an anonymous client (as a provider does)."""
    return isolated_client(world.app).post(path, data=body, headers=headers)


__all__ = ["meta_sign"]
