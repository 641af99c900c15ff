"""The load run's office (seeded once) and what the database says after each scenario.

Runs in the benchmark's own process with an app on the same database as the topology
(no jobs: it only reads, and writes the seed before the load starts).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from flask import Flask
from sqlalchemy import func, select

from inbox.models import (
    ChannelAccount,
    ChannelKind,
    Conversation,
    Direction,
    Membership,
    Message,
    OutgoingReply,
    ReplyState,
    Role,
    TriageResult,
    TriageState,
    User,
    db,
    utcnow,
)
from inbox.services.access.passwords import hash_password
from inbox.services.access.users import create_office

PASSWORD = "dialoog-load-test"
SETTLED_TRIAGE = (TriageState.DONE, TriageState.FAILED)
STUCK_SENDING = timedelta(seconds=20)  # a reply this long in "sending" had its sender killed


def staff_email(number: int) -> str:
    """The login of staff member ``number``."""
    return f"staff{number:03d}@load.dialoog.test"


def seed(app: Flask, staff: int, sandbox: dict[str, Any]) -> dict[str, int]:
    """The office "Load" (no approval step), ``staff`` staff members, its X and Facebook accounts."""
    with app.app_context():
        office = create_office("Load")
        office.require_approval = False  # staff replies go out at once: the send path is under load
        password_hash = hash_password(PASSWORD)  # one hash for all: argon2 is slow on purpose
        for number in range(staff):
            user = User(email=staff_email(number), name=f"Staff {number:03d}", password_hash=password_hash)
            db.session.add(user)
            db.session.flush()
            db.session.add(Membership(office_id=office.id, user_id=user.id, role=Role.STAFF))
        x, fb = sandbox["x"], sandbox["facebook"]
        x_account = ChannelAccount(
            office_id=office.id, kind=ChannelKind.X, handle=x["handle"], external_id=x["user_id"],
            credentials={key: x[key] for key in ("consumer_key", "consumer_secret", "access_token",
                                                 "access_token_secret")},
            settings={"api_base_url": x["api_base_url"], "poll_seconds": 1, "x_poll_dms": False,
                      "x_poll_quotes": False},
        )  # fmt: skip
        fb_account = ChannelAccount(
            office_id=office.id, kind=ChannelKind.FACEBOOK, handle=fb["name"], external_id=fb["page_id"],
            credentials={key: fb[key] for key in ("access_token", "app_secret", "verify_token")},
            settings={"graph_base_url": fb["graph_base_url"], "poll_seconds": 60},
        )  # fmt: skip
        db.session.add_all([x_account, fb_account])
        db.session.commit()
        ids = {"office": office.id, "x": x_account.id, "facebook": fb_account.id}
        db.session.remove()
        return ids


def _chunks(items: list[str], size: int = 2000) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class StoredMessages:
    """The scenario's messages as stored: per external id (channel, conversation, received, triage)."""

    rows: dict[tuple[str, str], tuple[int, float, str]] = field(default_factory=dict)

    def conversation_times(self) -> dict[int, float]:
        """Conversation id → when its (only) message was stored, seconds since the epoch."""
        return {conversation: received for conversation, received, _ in self.rows.values()}

    def longest_wait(self, channel: str, generated: dict[str, float]) -> float:
        """The longest a message of ``channel`` waited to be stored (posted → stored), in seconds."""
        waits = [self.rows[(ch, ext)][1] - generated[ext] for (ch, ext) in self.rows if ch == channel]
        return max(waits, default=0.0)


def stored_messages(app: Flask, accounts: dict[str, int], generated: dict[str, dict[str, float]]) -> StoredMessages:
    """Look up every generated message by (account, external id)."""
    found = StoredMessages()
    with app.app_context():
        for channel, ids in generated.items():
            for chunk in _chunks(list(ids)):
                rows = db.session.execute(
                    select(
                        Message.external_id, Message.conversation_id, Message.received_at, Message.triage_state
                    ).where(Message.channel_account_id == accounts[channel], Message.external_id.in_(chunk))
                )
                for external_id, conversation, received, state in rows:
                    found.rows[(channel, external_id)] = (conversation, received.timestamp(), str(state))
        db.session.remove()
    return found


def last_message_id(app: Flask) -> int:
    """The newest message id so far (a scenario's messages come after it)."""
    with app.app_context():
        newest = db.session.execute(select(func.coalesce(func.max(Message.id), 0))).scalar_one()
        db.session.remove()
    return int(newest)


def drain_state(app: Flask, accounts: dict[str, int], after_id: int, reply_ids: list[int]) -> dict[str, int]:
    """How far the pipeline is: voter messages stored since ``after_id`` and triaged; replies still to go."""
    with app.app_context():
        settled = func.count().filter(Message.triage_state.in_([str(s) for s in SETTLED_TRIAGE]))
        stored, triaged = db.session.execute(
            select(func.count(), settled).where(
                Message.id > after_id,
                Message.channel_account_id.in_(list(accounts.values())),
                Message.direction == Direction.INBOUND,
            )
        ).one()
        waiting = 0
        now = utcnow()
        for start in range(0, len(reply_ids), 2000):
            replies = db.session.execute(
                select(OutgoingReply.state, OutgoingReply.next_attempt_at, OutgoingReply.updated_at).where(
                    OutgoingReply.id.in_(reply_ids[start : start + 2000])
                )
            )
            for state, next_attempt, updated in replies:
                retry_pending = state == ReplyState.FAILED and next_attempt is not None
                sending = state == ReplyState.SENDING and now - updated < STUCK_SENDING
                waiting += state == ReplyState.QUEUED or retry_pending or sending
        db.session.remove()
    return {"stored": int(stored), "triaged": int(triaged), "replies_waiting": waiting}


def duplicates(app: Flask) -> dict[str, int]:
    """Rows stored twice anywhere: messages per (account, external id), conversations per thread, tags per message."""
    checks = {
        "messages": (Message.channel_account_id, Message.external_id),
        "conversations": (Conversation.channel_account_id, Conversation.thread_key),
        "triage_results": (TriageResult.message_id,),
    }
    counts = {}
    with app.app_context():
        for name, columns in checks.items():
            groups = select(*columns, func.count().label("n")).group_by(*columns).having(func.count() > 1).subquery()
            counts[name] = int(db.session.execute(select(func.coalesce(func.sum(groups.c.n - 1), 0))).scalar_one())
        db.session.remove()
    return counts


def reply_states(app: Flask, reply_ids: list[int]) -> list[tuple[int, Any, str | None]]:
    """(id, state, error kind) of these replies.

    Read these before counting the channel's posts: the sender posts before it records
    "sent", so every reply read as sent is then already among the posts.
    """
    with app.app_context():
        rows = db.session.execute(
            select(OutgoingReply.id, OutgoingReply.state, OutgoingReply.error_kind).where(
                OutgoingReply.id.in_(reply_ids)
            )
        ).all()
        db.session.remove()
    return [tuple(row) for row in rows]


def reply_outcome(
    states: list[tuple[int, Any, str | None]], replies: dict[int, str], posts: dict[str, int]
) -> dict[str, int]:
    """Replies written in the scenario: how many were sent, sent twice, uncertain or never posted."""
    outcome = {"written": len(replies), "sent": 0, "sent_twice": 0, "uncertain": 0, "failed": 0, "not_posted": 0}
    for reply_id, state, error_kind in states:
        posted = posts.get(replies[reply_id], 0)
        outcome["sent_twice"] += posted > 1
        if state == ReplyState.SENT:
            outcome["sent"] += 1
            outcome["not_posted"] += posted == 0
        elif state == ReplyState.SENDING or error_kind == "uncertain":
            outcome["uncertain"] += 1
        elif state == ReplyState.FAILED:
            outcome["failed"] += 1
    return outcome
