"""Who may join the live connection (its office events carry voters' names and messages).

Over a real server and real Socket.IO clients: admin, politician and staff of office A join
and hear office A's events; office B's staff joins but hears nothing of A; viewers (of
either office) and anonymous pages are refused, also a staff member demoted to viewer; a
page already open loses its connection when its user is demoted, removed or logs out.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import socketio

from inbox.models import Role, User, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.access.users import change_role, remove_member
from tests.access.conftest import A_VOTER, build_world
from tests.conftest import make_app
from tests.e2e.helpers import EventListener, login
from tests.factories import PASSWORD


@pytest.fixture
def served(tmp_path: Path) -> Iterator[dict]:
    """The app served on a free port with offices A and B (viewers included)."""
    app = make_app(tmp_path, DIALOOG_LIVE_RECHECK_SECONDS="0.2")
    with app.app_context():
        world = build_world()
        people = {f"{o}_{role}": world.user(o, role).email for o in ("a", "b") for role in world.a.users}
        ids = {"conversation": world.ids["conversation_id"], "a_admin_id": world.a.users["admin"].id}
        ids.update(a_staff_id=world.a.users["staff"].id, a_office_id=world.a.id)
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "app": app, **people, **ids}


def _connect(setup: dict, who: str | None) -> tuple[EventListener | None, requests.Session]:
    """A listener for ``who`` (None: anonymous), or None when the server refuses the connection."""
    if who is None:
        session = requests.Session()
        session.trust_env = False
    else:
        session = login(setup["url"], setup[who], PASSWORD)
    try:
        return EventListener(setup["url"], session), session
    except socketio.exceptions.ConnectionError:
        return None, session


def _heard(listener: EventListener, seconds: float = 1.0) -> list[tuple[str, object]]:
    heard = []
    try:
        while True:
            heard.append(listener.events.get(timeout=seconds))
    except queue.Empty:
        return heard


def test_only_voter_detail_roles_of_the_office_join_its_live_events(served: dict) -> None:
    expected = {
        "a_admin": True,
        "a_politician": True,
        "a_staff": True,
        "a_viewer": False,
        "b_staff": True,
        "b_viewer": False,
        None: False,
    }
    listeners: dict[str | None, EventListener] = {}
    sessions: dict[str | None, requests.Session] = {}
    try:
        for who, joins in expected.items():
            listener, session = _connect(served, who)
            assert (listener is not None) == joins, f"{who or 'anonymous'}: joined={listener is not None}"
            sessions[who] = session
            if listener is not None:
                listeners[who] = listener

        answer = sessions["a_staff"].post(
            f"{served['url']}/api/conversations/{served['conversation']}/assign", json={"user_id": "me"}
        )
        assert answer.ok
        for who in ("a_admin", "a_politician", "a_staff"):
            _, payload = listeners[who].wait_for(lambda e, d: e == "conversation.updated")
            assert [row["contact_name"] for row in payload["conversations"]] == [A_VOTER]
        assert _heard(listeners["b_staff"]) == []

        # A viewer's page cannot relay presence either: it has no connection to emit on, and the
        # HTTP side refuses it the conversation.
        viewer_http = sessions["a_viewer"].get(f"{served['url']}/api/conversations/{served['conversation']}")
        assert viewer_http.status_code == 403
    finally:
        for listener in listeners.values():
            listener.close()


def test_a_staff_member_demoted_to_viewer_can_no_longer_join(served: dict) -> None:
    with served["app"].app_context():
        admin = db.session.get(User, served["a_admin_id"])
        change_role(served["a_office_id"], admin, served["a_staff_id"], Role.VIEWER)
        db.session.remove()
    listener, session = _connect(served, "a_staff")
    assert listener is None
    assert session.get(f"{served['url']}/api/queue").status_code == 403
    assert session.get(f"{served['url']}/api/me").json()["role"] == "viewer"


def _demote(served: dict) -> None:
    with served["app"].app_context():
        admin = db.session.get(User, served["a_admin_id"])
        change_role(served["a_office_id"], admin, served["a_staff_id"], Role.VIEWER)
        db.session.remove()


def _remove(served: dict) -> None:
    with served["app"].app_context():
        admin = db.session.get(User, served["a_admin_id"])
        remove_member(served["a_office_id"], admin, served["a_staff_id"])
        db.session.remove()


def _log_out(served: dict, session: requests.Session) -> None:
    assert session.post(f"{served['url']}/logout", timeout=5).status_code in (200, 302)


@pytest.mark.parametrize("ending", ["demoted to viewer", "removed from the office", "logged out"])
def test_an_open_page_stops_hearing_the_office_when_its_rights_end(served: dict, ending: str) -> None:
    staff, session = _connect(served, "a_staff")
    admin, admin_session = _connect(served, "a_admin")
    assert staff is not None and admin is not None
    try:
        {"demoted to viewer": lambda: _demote(served), "removed from the office": lambda: _remove(served),
         "logged out": lambda: _log_out(served, session)}[ending]()  # fmt: skip
        deadline = time.monotonic() + 10
        while staff.client.connected and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not staff.client.connected, f"the page of a staff member {ending} stayed connected"
        with pytest.raises(socketio.exceptions.ConnectionError):  # and it cannot come back
            EventListener(served["url"], session)

        # the office's next event reaches the admin's page, not the closed one
        _heard(staff, 0.1)
        answer = admin_session.post(
            f"{served['url']}/api/conversations/{served['conversation']}/assign", json={"user_id": "me"}
        )
        assert answer.ok
        admin.wait_for(lambda e, d: e == "conversation.updated")
        assert [event for event, _ in _heard(staff, 0.5)] == []
        assert admin.client.connected  # the colleague's page is untouched
    finally:
        admin.close()
        staff.close()
