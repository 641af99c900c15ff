"""Issue 23, finding 4: channel settings cannot make the server talk to (and report on) any host.

An "internal service" listens on loopback and records every connection. With the production
allow-list (no loopback), an admin cannot connect an account pointed at it, and accounts
stored before the check never reach it when polled. With loopback allowed (the tests' and
the demo's setting), Meta's ``paging.next`` and redirects still never lead to another
server, and what a foreign server says never shows in the account's health.
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask, jsonify, redirect, request

from inbox.models import AccountHealth, ChannelAccount, ChannelKind, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.polling import poll_account
from tests.clients import logged_in_client
from tests.conftest import make_app
from tests.factories import office_with_users

BANNER = b"+OK QXSECRET internal-cache v1.2 ready\r\n"


class Listener(socketserver.ThreadingTCPServer):
    """A TCP service on loopback that greets with a banner and counts connections."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.connections = 0
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer.connections += 1
                self.request.sendall(BANNER)
                self.request.recv(4096)

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def listener() -> Iterator[Listener]:
    """The internal service."""
    server = Listener()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def production_app(tmp_path: Path) -> Iterator[Flask]:
    """An app with the production allow-list only (no loopback), on SQLite."""
    app = make_app(tmp_path, DIALOOG_PROVIDER_HOSTS="")
    with app.app_context():
        yield app
        db.session.remove()


def _values(kind: ChannelKind, url: str) -> dict[str, str]:
    host = url.split("//")[1].split(":")[0]
    port = url.rsplit(":", 1)[1]
    secret = {"access_token": "QXTOKEN-1234"}
    mail = {"imap_port": port, "imap_security": "none", "imap_username": "u", "imap_password": "QXPASS",
            "smtp_port": port, "smtp_security": "none", "from_address": "kabinet@example.org"}  # fmt: skip
    return {
        ChannelKind.X: {
            "user_id": "1500",
            "consumer_key": "ck",
            "consumer_secret": "cs",
            **secret,
            "access_token_secret": "ats",
            "api_base_url": url,
        },
        ChannelKind.FACEBOOK: {
            "account_id": "10",
            **secret,
            "app_secret": "a",
            "verify_token": "v",
            "graph_base_url": url,
        },
        ChannelKind.MASTODON: {"api_base_url": url, **secret},
        ChannelKind.BLUESKY: {"base_url": url, "identifier": "els.bsky.social", "app_password": "QXPASS"},
        ChannelKind.EMAIL: {"imap_host": host, "smtp_host": host, **mail},
    }[kind]


SETTINGS_KEY = {ChannelKind.X: "api_base_url", ChannelKind.FACEBOOK: "graph_base_url",
                ChannelKind.MASTODON: "api_base_url", ChannelKind.BLUESKY: "base_url"}  # fmt: skip
KINDS = [ChannelKind.X, ChannelKind.FACEBOOK, ChannelKind.MASTODON, ChannelKind.BLUESKY, ChannelKind.EMAIL]


def test_accounts_pointed_at_internal_hosts_are_refused_at_connect(production_app: Flask, listener: Listener) -> None:
    setup = office_with_users()
    admin = logged_in_client(production_app, setup.admin)
    for kind in KINDS:
        for url in (listener.url, "http://169.254.169.254:80", "http://10.0.0.7:8080"):
            answer = admin.post(
                "/api/admin/channels", json={"kind": kind.value, "handle": "h", "values": _values(kind, url)}
            )
            assert answer.status_code == 422, (kind, url, answer.get_json())
            assert "DIALOOG_PROVIDER_HOSTS" in answer.get_json()["error"]
    assert db.session.query(ChannelAccount).count() == 0
    assert listener.connections == 0


def test_accounts_stored_before_the_check_never_reach_internal_hosts(production_app: Flask, listener: Listener) -> None:
    office_id = office_with_users().office.id
    for kind in KINDS:
        values = _values(kind, listener.url)
        key = SETTINGS_KEY.get(kind)
        settings = {key: values.pop(key)} if key else {}
        account = ChannelAccount(office_id=office_id, kind=kind, handle=f"h-{kind.value}", external_id="1500",
                                 credentials=values, settings=settings)  # fmt: skip
        db.session.add(account)
        db.session.commit()
        assert poll_account(account.id) is None
        db.session.refresh(account)
        assert account.health == AccountHealth.MISCONFIGURED, (kind, account.health_detail)
        assert "QXSECRET" not in account.health_detail
    assert listener.connections == 0, "a credential was sent to the internal service"


def test_a_foreign_greeting_never_shows_in_the_accounts_health(sqlite_app: Flask, listener: Listener) -> None:
    values = _values(ChannelKind.EMAIL, listener.url)
    account = ChannelAccount(office_id=office_with_users().office.id, kind=ChannelKind.EMAIL, handle="mail",
                             credentials=values, settings={})  # fmt: skip
    db.session.add(account)
    db.session.commit()
    assert poll_account(account.id) is None
    db.session.refresh(account)
    assert listener.connections == 1  # loopback is allowed here: it did connect
    assert account.health == AccountHealth.PROVIDER_ERROR
    assert "Cannot reach the IMAP server" in account.health_detail and "QXSECRET" not in account.health_detail


def _graph_fake(next_url: str, *, redirect_first: bool) -> Flask:
    app = Flask("graph_fake")

    @app.get("/<version>/<path:rest>")
    def graph(version: str, rest: str):  # type: ignore[no-untyped-def]
        if redirect_first:
            return redirect(f"{next_url}/{version}/{rest}", code=302)
        return jsonify({"data": [], "paging": {"cursors": {"after": "A"}, "next": f"{next_url}/{version}/steal"}})

    return app


def _elsewhere() -> tuple[Flask, list[str]]:
    seen: list[str] = []
    app = Flask("elsewhere")

    @app.route("/<path:rest>")
    def anything(rest: str):  # type: ignore[no-untyped-def]
        seen.append(request.headers.get("Authorization", ""))
        return jsonify({"data": [{"id": "QXSECRET"}]})

    return app, seen


@pytest.mark.parametrize("redirect_first", [False, True], ids=["paging-next", "redirect"])
def test_meta_links_to_another_server_are_not_followed(sqlite_app: Flask, redirect_first: bool) -> None:
    other, seen = _elsewhere()
    with (
        LoopbackServer(other) as elsewhere,
        LoopbackServer(_graph_fake(elsewhere.base_url, redirect_first=redirect_first)) as graph,
    ):
        account = ChannelAccount(office_id=office_with_users().office.id, kind=ChannelKind.FACEBOOK, handle="page",
                                 external_id="10", credentials={"access_token": "QXTOKEN-1234"},
                                 settings={"graph_base_url": graph.base_url, "poll_conversations": False})  # fmt: skip
        db.session.add(account)
        db.session.commit()
        poll_account(account.id)
    db.session.refresh(account)
    assert seen == [], "the page token went to another server"
    assert account.health == AccountHealth.PROVIDER_ERROR
    assert "QXSECRET" not in account.health_detail


def test_an_operator_can_allow_one_private_host_for_one_channel(tmp_path: Path, listener: Listener) -> None:
    app = make_app(tmp_path, DIALOOG_PROVIDER_HOSTS="mastodon:127.0.0.1")
    with app.app_context():
        admin = logged_in_client(app, office_with_users().admin)
        mastodon = {"kind": "mastodon", "handle": "@els@intern", "values": _values(ChannelKind.MASTODON, listener.url)}
        assert admin.post("/api/admin/channels", json=mastodon).status_code == 201
        x = {"kind": "x", "handle": "ElsBE", "values": _values(ChannelKind.X, listener.url)}
        assert admin.post("/api/admin/channels", json=x).status_code == 422
        db.session.remove()
    assert listener.connections == 0
