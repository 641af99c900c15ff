"""The demo's simulated form voters post through the real form and land in the inbox."""

from __future__ import annotations

import time

from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Message, db
from inbox.sandbox.webform.demo import start_demo
from tests.factories import office_with_users


def test_demo_voters_post_the_form(sqlite_app: Flask) -> None:
    office = office_with_users("Demo").office
    stop = start_demo(office.id)
    try:
        deadline = time.monotonic() + 60
        stored: list[Message] = []
        while not stored and time.monotonic() < deadline:
            time.sleep(0.5)
            db.session.expire_all()
            stored = list(
                db.session.execute(
                    select(Message)
                    .join(ChannelAccount, ChannelAccount.id == Message.channel_account_id)
                    .where(ChannelAccount.kind == ChannelKind.WEBFORM, Message.office_id == office.id)
                ).scalars()
            )
    finally:
        stop()
    assert stored, "no demo form post was stored within a minute"
    assert stored[0].raw["from"].endswith("@voters.demo.test")
    assert stored[0].raw["consent"]["version"] == 1
