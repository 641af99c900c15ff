"""Fixtures for the queue and search tests: an office with two channels, posting and tagging."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Message, TriageResult, User, db, utcnow
from inbox.services.conversations.flags import refresh_toxic_flags
from inbox.services.intake.store import store_incoming
from tests.factories import PASSWORD, OfficeSetup, incoming, office_with_users, plain_account

_clock = itertools.count(1)


@dataclass
class Desk:
    """An office with users, an X account and an e-mail account."""

    setup: OfficeSetup
    x: ChannelAccount
    email: ChannelAccount

    @property
    def office_id(self) -> int:
        """The office's id."""
        return self.setup.office.id


def email_account(office_id: int) -> ChannelAccount:
    """An e-mail account of the office that nothing polls."""
    account = ChannelAccount(
        office_id=office_id, kind=ChannelKind.EMAIL, handle=f"office{next(_clock)}@example.test", credentials={}
    )
    db.session.add(account)
    db.session.commit()
    return account


def make_desk(name: str) -> Desk:
    """A fresh office with an X and an e-mail account."""
    setup = office_with_users(name)
    return Desk(setup, plain_account(setup.office.id, handle=f"x_{name}"), email_account(setup.office.id))


@pytest.fixture
def desk(app: Flask) -> Desk:
    """Office A."""
    return make_desk("Office A")


@pytest.fixture
def other_desk(app: Flask) -> Desk:
    """Office B, which office A must never see."""
    return make_desk("Office B")


def post(
    account: ChannelAccount,
    text: str,
    *,
    voter: str = "voter",
    name: str | None = None,
    thread: str | None = None,
    minutes_ago: float | None = None,
) -> Message:
    """Store one inbound message (triaged inline) and return it; later calls are newer by default."""
    sent = utcnow() - timedelta(minutes=minutes_ago) if minutes_ago is not None else _tick()
    message = incoming(text=text, author_id=voter, thread=thread or f"thread-{voter}", sent_at=sent)
    if name is not None:
        message = replace(message, author=replace(message.author, display_name=name))
    result = store_incoming(account.id, [message])
    return db.session.get(Message, result.new_message_ids[0])


def _tick() -> datetime:
    """Strictly increasing send times (the queue sorts by them)."""
    return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=next(_clock))


def tag(message: Message, **values: Any) -> None:
    """Set a message's tags as if triage (or a person) had decided them."""
    result = db.session.execute(select(TriageResult).where(TriageResult.message_id == message.id)).scalar_one_or_none()
    if result is None:
        result = TriageResult(message_id=message.id, model_version="test")
        db.session.add(result)
    defaults = {"language": "nl", "topic": "other", "sentiment": "neutral", "toxic": False, "needs_reply": False}
    defaults |= {"topic_uncertain": False, "topic_second": None}  # a clear topic unless told otherwise
    for key, value in {**defaults, **values}.items():
        setattr(result, key, value)
    refresh_toxic_flags([message.conversation_id])  # as triage and corrections do
    db.session.commit()


def login(client: FlaskClient, user: User) -> None:
    """Log in through the real login form (with its CSRF token)."""
    form = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    data = {"email": user.email, "password": PASSWORD, "csrf_token": token.group(1) if token else ""}
    response = client.post("/login", data=data)
    assert response.status_code in (302, 303), response.get_data(as_text=True)[:500]


@pytest.fixture
def client_for(app: Flask) -> Callable[[User], FlaskClient]:
    """A logged-in test client for a user."""

    def make(user: User) -> FlaskClient:
        client = app.test_client()
        login(client, user)
        return client

    return make
