"""The live connection (Socket.IO) is an inbound endpoint too: fuzzed ``presence`` events from every session.

- Only the roles that see voter details connect (anonymous visitors and viewers are refused).
- No payload crashes the handler (wrong types, huge or foreign ids, hostile text).
- Nothing one office's pages send or cause reaches another office's pages: presence for
  another office's conversation is dropped, and events of office A never carry to office B.
"""

from __future__ import annotations

from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from inbox.extensions import socketio
from tests.clients import isolated_client
from tests.security.inbound import json_values, materialize
from tests.security.probe import resolve
from tests.security.strategies import IdRef, ci_settings, hostile_text
from tests.security.world import World, office_marker

EXAMPLES = {"sqlite": 12, "postgresql": 4}
conversation_ids = st.one_of(
    st.builds(IdRef, st.sampled_from(["A", "B"]), st.just("conversation"), st.integers(0, 5)),
    st.sampled_from([0, -1, 2**31, 2**63, 10**30, True, "1", None]),
    json_values,
)
payloads = st.one_of(
    st.fixed_dictionaries({}, optional={"conversation_id": conversation_ids, "typing": json_values | st.booleans()}),
    json_values,
    hostile_text(),
)


def _connect(world: World, name: str) -> Any:
    """A Socket.IO client of the session (in an app context of its own: a shared ``g`` would mix logins)."""
    session = world.sessions[name]
    browser = isolated_client(world.app)
    if session.cookie:
        browser.set_cookie("session", session.cookie)
    with world.app.app_context():
        return socketio.test_client(world.app, flask_test_client=browser)


def _emit(world: World, client: Any, payload: Any) -> None:
    """Send ``presence`` as a page does (handled in an app context of its own, as in a real server)."""
    with world.app.app_context():
        client.emit("presence", payload)


def _office_of(name: str) -> str | None:
    return name.split(":")[0] if ":" in name else None


def test_presence_events_never_crash_and_never_cross_offices(world: World) -> None:
    clients = {name: _connect(world, name) for name in sorted(world.sessions)}
    try:
        for name, client in clients.items():
            session = world.sessions[name]
            assert client.is_connected() == session.sees_voter_details, f"{name} connected: {client.is_connected()}"
        live = sorted(name for name, client in clients.items() if client.is_connected())

        @given(sender=st.sampled_from(live), payload=payloads)
        @example(sender="B:staff", payload={"conversation_id": IdRef("A", "conversation"), "typing": True})
        @example(sender="A:staff", payload={"conversation_id": 2**31, "typing": True})  # integer out of range on PG
        def run(sender: str, payload: Any) -> None:
            for client in clients.values():
                if client.is_connected():
                    client.get_received()
            sent = materialize(resolve(world, payload))
            _emit(world, clients[sender], sent)
            foreign = isinstance(payload, dict) and isinstance(payload.get("conversation_id"), IdRef)
            foreign = foreign and payload["conversation_id"].office != _office_of(sender)
            for name in live:
                received = clients[name].get_received()
                if _office_of(name) != _office_of(sender) or foreign:
                    assert not received, f"{name} received {received} after {sender} sent {sent!r}"
                text = repr(received).lower()
                for key in ("A", "B"):
                    if key != _office_of(name):
                        assert office_marker(key).lower() not in text

        ci_settings(EXAMPLES[world.backend])(run)()
    finally:
        with world.app.app_context():
            for client in clients.values():
                if client.is_connected():
                    client.disconnect()


def test_office_events_reach_only_the_office(world: World) -> None:
    clients = {name: _connect(world, name) for name in ("A:staff", "B:staff", "B:admin")}
    try:
        for client in clients.values():
            client.get_received()
        session = world.sessions["A:politician"]
        conversation = resolve(world, IdRef("A", "conversation"))
        browser = isolated_client(world.app)
        browser.set_cookie("session", session.cookie or "")
        answer = browser.post(
            f"/api/conversations/{conversation}/notes",
            json={"body": f"{office_marker('A')} live note"},
            headers={"X-CSRFToken": session.csrf or ""},
        )
        assert answer.status_code == 201
        assert any(event["name"] == "note.created" for event in clients["A:staff"].get_received())
        for name in ("B:staff", "B:admin"):
            assert clients[name].get_received() == [], f"{name} received office A's note"
    finally:
        with world.app.app_context():
            for client in clients.values():
                client.disconnect()
