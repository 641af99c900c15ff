"""Live over real Socket.IO: offices never hear each other; colleagues see assignment, notes and typing."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app
from tests.e2e.helpers import EventListener, login
from tests.factories import PASSWORD, incoming, office_with_users, plain_account


@pytest.fixture
def two_offices(tmp_path: Path) -> Iterator[dict]:
    """A served app with two offices, each with a conversation."""
    app: Flask = make_app(tmp_path)
    with app.app_context():
        ours, theirs = office_with_users("Ours"), office_with_users("Theirs")
        our_account = plain_account(ours.office.id).id
        our_conversation = next(iter(store_incoming(our_account, [incoming()]).conversation_ids))
        their_conversation = next(
            iter(store_incoming(plain_account(theirs.office.id).id, [incoming(author_id="v2")]).conversation_ids)
        )
        people = {
            "our_staff": ours.staff.email,
            "our_politician": ours.politician.email,
            "their_staff": theirs.staff.email,
            "our_politician_id": ours.politician.id,
            "our_account": our_account,
        }
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"app": app, "url": server.base_url, "ours": our_conversation, "theirs": their_conversation, **people}


def listener(setup: dict, who: str) -> tuple[EventListener, object]:
    session = login(setup["url"], setup[who], PASSWORD)
    return EventListener(setup["url"], session), session


def nothing_arrives(events: EventListener, seconds: float = 1.0) -> list[str]:
    names = []
    try:
        while True:
            names.append(events.events.get(timeout=seconds)[0])
    except queue.Empty:
        return names


def test_colleagues_see_assignment_notes_and_typing_and_another_office_sees_nothing(two_offices: dict) -> None:
    setup = two_offices
    staff_events, staff = listener(setup, "our_staff")
    politician_events, _politician = listener(setup, "our_politician")
    stranger_events, stranger = listener(setup, "their_staff")
    try:
        answer = staff.post(f"{setup['url']}/api/conversations/{setup['ours']}/assign", json={"user_id": "me"})
        assert answer.ok
        _, payload = politician_events.wait_for(lambda e, d: e == "conversation.updated")
        assert [row["assignee"] for row in payload["conversations"]] == ["Staff User"]

        staff.post(
            f"{setup['url']}/api/conversations/{setup['ours']}/notes", json={"body": "@politician wil jij dit doen?"}
        )
        _, mention = politician_events.wait_for(lambda e, d: e == "mentioned")
        assert mention["body"] == "@politician wil jij dit doen?"

        staff_events.client.emit("presence", {"conversation_id": setup["ours"], "typing": True})
        _, presence = politician_events.wait_for(lambda e, d: e == "presence" and d["typing"])
        assert presence == {
            "user_id": presence["user_id"],
            "name": "Staff User",
            "conversation_id": setup["ours"],
            "typing": True,
        }
        # Presence on another office's conversation is not relayed, and nothing of ours reaches them.
        stranger_events.client.emit("presence", {"conversation_id": setup["ours"], "typing": True})
        assert "presence" not in nothing_arrives(politician_events)
        assert nothing_arrives(stranger_events, 0.5) == []

        forbidden = stranger.post(f"{setup['url']}/api/conversations/{setup['ours']}/assign", json={"user_id": "me"})
        assert forbidden.status_code == 404
    finally:
        for events in (staff_events, politician_events, stranger_events):
            events.close()


def test_a_page_without_login_cannot_join_any_room(two_offices: dict) -> None:
    import requests
    import socketio

    anonymous = requests.Session()
    anonymous.trust_env = False
    client = socketio.Client(http_session=anonymous, reconnection=False)
    with pytest.raises(socketio.exceptions.ConnectionError):
        client.connect(two_offices["url"], transports=["websocket"], wait_timeout=5)


def test_a_page_of_new_mentions_reaches_an_open_inbox_as_one_event(two_offices: dict) -> None:
    """Three voters' mentions stored together arrive in one frame with all three rows (and only to us)."""
    staff_events, _staff = listener(two_offices, "our_staff")
    stranger_events, _stranger = listener(two_offices, "their_staff")
    try:
        page = [incoming(author_id=f"page-voter-{n}", text=f"Vraag {n} over de ringweg") for n in range(3)]
        with two_offices["app"].app_context():
            stored = store_incoming(two_offices["our_account"], page).conversation_ids
            db.session.remove()
        _, payload = staff_events.wait_for(lambda e, d: e == "message.created")
        assert {row["id"] for row in payload["conversations"]} == set(stored)
        snippets = sorted(row["snippet"] for row in payload["conversations"])
        assert snippets == [f"Vraag {n} over de ringweg" for n in range(3)]
        assert "message.created" not in nothing_arrives(staff_events, 0.5)
        assert nothing_arrives(stranger_events, 0.2) == []
    finally:
        staff_events.close()
        stranger_events.close()
