"""Issue 23, finding 3: an office cannot claim another office's X or Meta account by typing its id.

Two offices of one deployment share one X app and one Meta app (same consumer secret, same
app secret). Office B connects its own credentials but types office A's public X user id,
Facebook page id or Instagram account id. Connecting asks the provider whose credentials
they are, refuses the mismatch, and A's genuine signed deliveries land in A's queue only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import select

from inbox.models import ChannelAccount, ChannelKind, Message, db
from inbox.sandbox.meta.api import MetaSandbox
from inbox.sandbox.meta.state import FACEBOOK, INSTAGRAM
from inbox.sandbox.server import LoopbackServer
from tests.clients import logged_in_client
from tests.factories import office_with_users
from tests.queue.test_toxic_migration import fresh_app, insert

__all__ = ["fresh_app"]


def _texts(office_id: int) -> list[str]:
    db.session.expire_all()
    return list(db.session.execute(select(Message.text).where(Message.office_id == office_id)).scalars())


@pytest.fixture
def meta_app() -> Iterator[tuple[MetaSandbox, str]]:
    """One Meta app (one app secret) for both offices, on loopback."""
    sandbox = MetaSandbox()
    with LoopbackServer(sandbox.app()) as server:
        yield sandbox, server.base_url


def test_office_b_cannot_take_office_as_x_user_id(app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    office_a, office_b = office_with_users("Kabinet A"), office_with_users("Kabinet B")
    els, jan = sandbox.add_user("ElsBE", "Els"), sandbox.add_user("JanBE", "Jan")

    def values(user: dict, typed_id: str | None) -> dict[str, str]:
        token, secret = sandbox.issue_access_token(user["id"])
        shared_app = {"consumer_key": sandbox.consumer_key, "consumer_secret": sandbox.consumer_secret}
        typed = {"user_id": typed_id} if typed_id else {}
        return {**shared_app, **typed, "access_token": token, "access_token_secret": secret, "api_base_url": base_url}

    admin_a, admin_b = logged_in_client(app, office_a.admin), logged_in_client(app, office_b.admin)
    connected = admin_a.post("/api/admin/channels", json={"kind": "x", "handle": "ElsBE", "values": values(els, None)})
    assert connected.status_code == 201, connected.get_json()

    claim = {"kind": "x", "handle": "ElsBE", "values": values(jan, els["id"])}  # B's own keys, A's public id
    refused = admin_b.post("/api/admin/channels", json=claim)
    assert refused.status_code == 422, refused.get_json()
    assert els["id"] in refused.get_json()["error"] and jan["id"] in refused.get_json()["error"]

    stolen = admin_b.post("/api/admin/channels", json={"kind": "x", "handle": "Els", "values": values(els, None)})
    assert stolen.status_code == 422 and "already connected" in stolen.get_json()["error"]

    own = admin_b.post("/api/admin/channels", json={"kind": "x", "handle": "JanBE", "values": values(jan, None)})
    assert own.status_code == 201
    db.session.expire_all()
    ids = dict(db.session.execute(select(ChannelAccount.office_id, ChannelAccount.external_id)).all())
    assert ids == {office_a.office.id: els["id"], office_b.office.id: jan["id"]}

    sandbox.subscribe(els["id"])
    voter = sandbox.add_user("an_v", "An Vos")
    sandbox.send_dm(voter["id"], els["id"], "Een privébericht voor Els")
    (payload,) = sandbox.pending_webhook_events()
    body, headers = sandbox.signed_delivery(payload)
    delivered = app.test_client().post("/webhooks/x", data=body, headers=headers)
    assert delivered.status_code == 200 and delivered.get_json()["stored"] == 1
    assert _texts(office_a.office.id) == ["Een privébericht voor Els"]
    assert _texts(office_b.office.id) == []


def test_office_b_cannot_take_office_as_page_or_instagram_id(app: Flask, meta_app) -> None:
    sandbox, base_url = meta_app
    office_a, office_b = office_with_users("Kabinet A"), office_with_users("Kabinet B")
    page_a, page_b = sandbox.add_account(FACEBOOK, "Els Vermeulen"), sandbox.add_account(FACEBOOK, "Jan Peeters")
    insta_a, insta_b = sandbox.add_account(INSTAGRAM, "els.vermeulen"), sandbox.add_account(INSTAGRAM, "jan.peeters")
    client = app.test_client()
    sandbox.webhook_sink = lambda body, headers: client.post("/webhooks/meta", data=body, headers=headers).status_code

    def connect(admin, kind: str, fake, typed_id: str | None):  # type: ignore[no-untyped-def]
        values = {"access_token": fake.token, "app_secret": sandbox.app_secret, "verify_token": sandbox.verify_token,
                  "graph_base_url": base_url, **({"account_id": typed_id} if typed_id else {})}  # fmt: skip
        return admin.post("/api/admin/channels", json={"kind": kind, "handle": fake.name, "values": values})

    admin_a, admin_b = logged_in_client(app, office_a.admin), logged_in_client(app, office_b.admin)
    assert connect(admin_a, "facebook", page_a, page_a.id).status_code == 201
    assert connect(admin_a, "instagram", insta_a, None).status_code == 201
    for kind, own, theirs in (("facebook", page_b, page_a), ("instagram", insta_b, insta_a)):
        refused = connect(admin_b, kind, own, theirs.id)
        assert refused.status_code == 422, refused.get_json()
        assert theirs.id in refused.get_json()["error"]
        assert connect(admin_b, kind, own, None).status_code == 201
    db.session.expire_all()
    accounts = db.session.execute(select(ChannelAccount.office_id, ChannelAccount.kind, ChannelAccount.external_id))
    assert sorted(accounts, key=str) == sorted(
        [
            (office_a.office.id, ChannelKind.FACEBOOK, page_a.id),
            (office_a.office.id, ChannelKind.INSTAGRAM, insta_a.id),
            (office_b.office.id, ChannelKind.FACEBOOK, page_b.id),
            (office_b.office.id, ChannelKind.INSTAGRAM, insta_b.id),
        ],
        key=str,
    )

    post, media = sandbox.add_post(page_a.id, "Ons plan"), sandbox.add_post(insta_a.id, "In Leuven")
    sandbox.comment(post.id, "5550001", "An Vos", "Vraag aan de pagina van Els")
    sandbox.comment(media.id, "5550002", "Piet", "Vraag op Instagram aan Els")
    assert sorted(_texts(office_a.office.id)) == ["Vraag aan de pagina van Els", "Vraag op Instagram aan Els"]
    assert _texts(office_b.office.id) == []


def test_the_database_refuses_a_second_connected_account_with_the_same_provider_id(app: Flask) -> None:
    office_a, office_b = office_with_users("Kabinet A"), office_with_users("Kabinet B")

    def account(office_id: int, handle: str) -> ChannelAccount:
        return ChannelAccount(
            office_id=office_id, kind=ChannelKind.X, handle=handle, external_id="1500", credentials={}
        )

    first = account(office_a.office.id, "ElsBE")
    db.session.add(first)
    db.session.commit()
    db.session.add(account(office_b.office.id, "Els"))
    with pytest.raises(sa.exc.IntegrityError):
        db.session.commit()
    db.session.rollback()
    first.disconnected_at = sa.func.now()  # a disconnected account keeps its id; another office may connect it
    db.session.commit()
    db.session.add(account(office_b.office.id, "Els"))
    db.session.commit()


def test_the_upgrade_disconnects_later_claims_of_an_already_connected_account(fresh_app: Flask) -> None:
    upgrade(revision="0015")
    tables = sa.MetaData()
    tables.reflect(db.engine, only=["office", "channel_account"])
    office, channel = tables.tables["office"], tables.tables["channel_account"]
    rows = [  # (id, office, kind, external id): 1 and 2 claim the same X user, 3 and 4 the same page
        (1, 1, "x", "1500"), (2, 2, "x", "1500"), (3, 1, "facebook", "10"), (4, 2, "facebook", "10"),
        (5, 2, "x", "1600"), (6, 1, "mastodon", "7"), (7, 2, "mastodon", "7"),
    ]  # fmt: skip
    with db.engine.begin() as connection:
        insert(connection, office, id=1, name="Kabinet A")
        insert(connection, office, id=2, name="Kabinet B")
        for account_id, office_id, kind, external_id in rows:
            insert(connection, channel, id=account_id, office_id=office_id, kind=kind, handle=f"h{account_id}",
                   external_id=external_id, disconnected_at=None, health="ok", health_detail="")  # fmt: skip
    upgrade(revision="0016")
    with db.engine.connect() as connection:
        result = connection.execute(sa.text("SELECT id, disconnected_at, health, health_detail FROM channel_account"))
        state = {row.id: (row.disconnected_at is not None, row.health) for row in result}
    assert state == {1: (False, "ok"), 2: (True, "misconfigured"), 3: (False, "ok"), 4: (True, "misconfigured"),
                     5: (False, "ok"), 6: (False, "ok"), 7: (False, "ok")}  # fmt: skip
    with db.engine.begin() as connection, pytest.raises(sa.exc.IntegrityError):
        insert(connection, channel, id=8, office_id=2, kind="x", handle="h8", external_id="1500", disconnected_at=None)
    downgrade(revision="0015")
    with db.engine.begin() as connection:  # without the index, the schema is as it was
        insert(connection, channel, id=8, office_id=2, kind="x", handle="h8", external_id="1500", disconnected_at=None)
