"""Fixtures for Facebook and Instagram: the Meta sandbox, an office connected to it, signed posts."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask, g
from flask.testing import FlaskClient
from sqlalchemy import func, select

from inbox.models import ChannelAccount, ChannelKind, Message, User, db
from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.state import FACEBOOK, INSTAGRAM, FakeAccount, FakeObject, webhook_signature
from inbox.sandbox.server import LoopbackServer
from tests.factories import PASSWORD, OfficeSetup, office_with_users


@dataclass
class MetaSetup:
    """An office with a Facebook page and an Instagram account on the sandbox, one post/media each."""

    sandbox: MetaSandbox
    base_url: str
    setup: OfficeSetup
    page: FakeAccount
    instagram: FakeAccount
    facebook_account: ChannelAccount
    instagram_account: ChannelAccount
    post: FakeObject
    media: FakeObject
    client: FlaskClient


def connect(
    office_id: int, kind: ChannelKind, fake: FakeAccount, sandbox: MetaSandbox, base_url: str
) -> ChannelAccount:
    """A channel account of the office pointed at the sandbox."""
    account = ChannelAccount(
        office_id=office_id,
        kind=kind,
        handle=fake.name,
        external_id=fake.id,
        credentials={
            "access_token": fake.token,
            "app_secret": sandbox.app_secret,
            "verify_token": sandbox.verify_token,
        },
        settings={"graph_base_url": base_url, "poll_seconds": 1},
    )
    db.session.add(account)
    db.session.commit()
    return account


@pytest.fixture
def meta_sandbox() -> Iterator[tuple[MetaSandbox, str]]:
    """The loopback fake Graph API on a free port: (sandbox, base_url)."""
    sandbox = MetaSandbox()
    with LoopbackServer(sandbox.app()) as server:
        yield sandbox, server.base_url


@pytest.fixture
def meta(app: Flask, meta_sandbox: tuple[MetaSandbox, str]) -> MetaSetup:
    """An office connected to the sandbox (SQLite and PostgreSQL); webhooks go to the app in-process."""
    return build_meta(app, *meta_sandbox)


@pytest.fixture
def meta_on_sqlite(sqlite_app: Flask, meta_sandbox: tuple[MetaSandbox, str]) -> MetaSetup:
    """As ``meta``, on SQLite only (for the many examples of the fuzz test)."""
    return build_meta(sqlite_app, *meta_sandbox)


def build_meta(app: Flask, sandbox: MetaSandbox, base_url: str) -> MetaSetup:
    """Connect a new office's Facebook page and Instagram account to the sandbox."""
    setup = office_with_users()
    page = sandbox.add_account(FACEBOOK, "Els Vermeulen")
    instagram = sandbox.add_account(INSTAGRAM, "els.vermeulen")
    client = app.test_client()
    sandbox.webhook_sink = lambda body, headers: client.post("/webhooks/meta", data=body, headers=headers).status_code
    return MetaSetup(
        sandbox=sandbox,
        base_url=base_url,
        setup=setup,
        page=page,
        instagram=instagram,
        facebook_account=connect(setup.office.id, ChannelKind.FACEBOOK, page, sandbox, base_url),
        instagram_account=connect(setup.office.id, ChannelKind.INSTAGRAM, instagram, sandbox, base_url),
        post=sandbox.add_post(page.id, "Ons plan voor betaalbaar wonen"),
        media=sandbox.add_post(instagram.id, "Op bezoek in Leuven"),
        client=client,
    )


def signed_post(client: FlaskClient, secret: str, body: bytes | dict[str, Any]) -> Any:
    """POST ``body`` to the webhook endpoint signed with ``secret``, as Meta does."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"X-Hub-Signature-256": webhook_signature(secret, raw), "Content-Type": "application/json"}
    return client.post("/webhooks/meta", data=raw, headers=headers)


def message_count() -> int:
    """How many messages are stored."""
    db.session.expire_all()
    return db.session.execute(select(func.count(Message.id))).scalar_one()


def stored(external_id: str) -> Message:
    """The stored message with this external id."""
    db.session.expire_all()
    return db.session.execute(select(Message).where(Message.external_id == external_id)).scalar_one()


def logged_in(app: Flask, user: User) -> FlaskClient:
    """A test client logged in through the real form, sending the page's CSRF token on API calls."""
    client = app.test_client()
    g.pop("csrf_token", None)
    form = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    data = {"email": user.email, "password": PASSWORD, "csrf_token": token.group(1) if token else ""}
    assert client.post("/login", data=data).status_code in (302, 303)
    g.pop("csrf_token", None)  # Flask-WTF caches the token on g, which this test's app context shares
    page = client.get("/").get_data(as_text=True)
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', page)
    assert csrf, "the inbox page has no CSRF meta tag"
    client.environ_base["HTTP_X_CSRFTOKEN"] = csrf.group(1)
    return client
