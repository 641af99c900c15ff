"""Issue 23, finding 7: only the inbox's own pages may open the live connection.

The probe opened a Socket.IO handshake with ``Origin: https://evil.example`` and a staff
member's cookie (what any page the staff member visits can make their browser do) and got
voters' names and messages as they arrived. Now the handshake's Origin must be the inbox's
public address (``DIALOOG_PUBLIC_URL``) or the address the request was sent to; clients
that send no Origin (the load bench's asyncio clients) still connect with their login.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import socketio

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app
from tests.e2e.helpers import EventListener, login
from tests.factories import PASSWORD, incoming, office_with_users, plain_account

PUBLIC_URL = "https://inbox.example.test"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[dict]:
    """A served inbox whose public address is ``PUBLIC_URL``, with a logged-in staff session."""
    # served over plain http on loopback here, so the session cookie must not be Secure-only
    app = make_app(tmp_path, DIALOOG_PUBLIC_URL=PUBLIC_URL, DIALOOG_SECURE_COOKIES="0")
    with app.app_context():
        setup = office_with_users("Live office")
        account_id = plain_account(setup.office.id).id
        staff = setup.staff.email
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {
            "app": app,
            "url": server.base_url,
            "account": account_id,
            "session": login(server.base_url, staff, PASSWORD),
        }


def _client(session: requests.Session, origin: str) -> socketio.Client:
    return socketio.Client(http_session=session, reconnection=False, websocket_extra_options={"origin": origin})


def _polling_handshake(served: dict, origin: str | None) -> requests.Response:
    headers = {"Origin": origin} if origin else {}
    return served["session"].get(f"{served['url']}/socket.io/?EIO=4&transport=polling", headers=headers, timeout=5)


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "null", "http://127.0.0.1.evil.example", PUBLIC_URL + ".evil"]
)
def test_a_foreign_page_cannot_open_the_live_connection_with_a_staff_cookie(served: dict, origin: str) -> None:
    answer = _polling_handshake(served, origin)
    assert answer.status_code == 400 and '"sid"' not in answer.text

    foreign = _client(served["session"], origin)
    with pytest.raises(socketio.exceptions.ConnectionError):
        foreign.connect(served["url"], transports=["websocket"], wait_timeout=5)
    assert not foreign.connected


def test_the_inbox_pages_and_the_bench_clients_still_connect(served: dict) -> None:
    own_host = EventListener(served["url"], served["session"])  # websocket-client sends the server's own origin
    public = _client(served["session"], PUBLIC_URL)  # the page as served through nginx at the public address
    public.connect(served["url"], transports=["websocket"], wait_timeout=5)
    try:
        assert _polling_handshake(served, None).status_code == 200, "no Origin: not a browser, login decides"
        assert _polling_handshake(served, served["url"]).status_code == 200
        with served["app"].app_context():
            store_incoming(served["account"], [incoming(author_id="v-origin", text="Wanneer opent het zwembad?")])
            db.session.remove()
        _, payload = own_host.wait_for(lambda event, _data: event == "message.created")
        assert payload["conversations"][0]["snippet"] == "Wanneer opent het zwembad?"
        assert public.connected
    finally:
        own_host.close()
        public.disconnect()
