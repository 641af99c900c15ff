"""Builders for test data: offices with users, X accounts on the sandbox, incoming messages."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from inbox.ingest.base import Author, IncomingMessage
from inbox.models import ChannelAccount, ChannelKind, Office, Role, User, db
from inbox.sandbox.x.api import XSandbox
from inbox.services.access.users import create_office, create_user

PASSWORD = "correct-horse-battery"
_counter = itertools.count(1)


@dataclass
class OfficeSetup:
    """An office with one user per role."""

    office: Office
    admin: User
    politician: User
    staff: User


def office_with_users(name: str = "Test office", *, require_approval: bool = False) -> OfficeSetup:
    """Create an office with an admin, a politician and a staff member.

    Replies by staff go straight out unless ``require_approval`` (the production default).
    """
    office = create_office(name)
    office.require_approval = require_approval
    db.session.commit()
    users = {
        role: create_user(
            office.id, f"{role.value}-{next(_counter)}@example.test", f"{role.value.title()} User", PASSWORD, role
        )
        for role in (Role.ADMIN, Role.POLITICIAN, Role.STAFF)
    }
    return OfficeSetup(office, users[Role.ADMIN], users[Role.POLITICIAN], users[Role.STAFF])


def x_account(office_id: int, sandbox: XSandbox, base_url: str, *, handle: str = "PoliticianBE") -> ChannelAccount:
    """An X account of the office, registered in the sandbox and pointed at it."""
    user = sandbox.add_user(handle, "The Politician")
    token, secret = sandbox.issue_access_token(user["id"])
    account = ChannelAccount(
        office_id=office_id,
        kind=ChannelKind.X,
        handle=handle,
        external_id=user["id"],
        credentials={
            "consumer_key": sandbox.consumer_key,
            "consumer_secret": sandbox.consumer_secret,
            "access_token": token,
            "access_token_secret": secret,
        },
        settings={"api_base_url": base_url, "poll_seconds": 1},
    )
    db.session.add(account)
    db.session.commit()
    return account


def incoming(
    external_id: str | None = None,
    *,
    text: str = "Wanneer wordt de N8 eindelijk veilig voor fietsers?",
    author_id: str = "voter-1",
    thread: str | None = None,
    sent_at: datetime | None = None,
) -> IncomingMessage:
    """A normalised incoming message with sensible defaults."""
    external = external_id or f"ext-{next(_counter)}"
    return IncomingMessage(
        external_id=external,
        thread_key=thread or f"thread-{author_id}",
        author=Author(external_id=author_id, handle=f"h_{author_id}", display_name=f"Voter {author_id}"),
        text=text,
        sent_at=sent_at or datetime.now(UTC) - timedelta(seconds=5),
    )


def plain_account(office_id: int, *, handle: str = "office_account") -> ChannelAccount:
    """An X account that nothing polls (for storing messages directly)."""
    account = ChannelAccount(
        office_id=office_id, kind=ChannelKind.X, handle=handle, external_id=f"acct-{next(_counter)}", credentials={}
    )
    db.session.add(account)
    db.session.commit()
    return account
