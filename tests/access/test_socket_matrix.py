"""Who may join the live connection (its office events carry voters' names and messages).

Over a real server and real Socket.IO clients: admin, politician and staff of office A join
and hear office A's events; office B's staff joins but hears nothing of A; viewers (of
either office) and anonymous pages are refused, also a staff member demoted to viewer.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import socketio

from inbox.models import Role, User, db
from inbox.sandbox.server import LoopbackServer
from inbox.services.users import change_role
from tests.access.conftest import A_VOTER, build_world
from tests.conftest import make_app
from tests.e2e.helpers import EventListener, login
from tests.factories import PASSWORD


@pytest.fixture
def served(tmp_path: Path) -> Iterator[dict]:
    """The app served on a free port with offices A and B (viewers included)."""
    app = make_app(tmp_path)
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
