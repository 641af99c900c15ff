"""The whole path in the embedded mode: a voter posts on X, staff see it live and answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from inbox.jobs.consumers import start_embedded_jobs, warm_up_triage
from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.e2e.helpers import EventListener, login
from tests.factories import PASSWORD, office_with_users, x_account


@pytest.fixture
def live_inbox(tmp_path: Path, x_sandbox) -> Iterator[tuple[Flask, str]]:
    """The inbox served on a free port, with consumer threads and the ticker running."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    warm_up_triage()  # as the server does at start
    consumer, ticker = start_embedded_jobs(workers=2, tick_seconds=0.2)
    with LoopbackServer(app) as server:
        yield app, server.base_url
    ticker.stop()
    consumer.shutdown()


def test_a_mention_appears_live_with_its_language_and_the_reply_reaches_x(live_inbox, x_sandbox) -> None:
    app, base_url = live_inbox
    sandbox, sandbox_url = x_sandbox
    with app.app_context():
        setup = office_with_users()
        x_account(setup.office.id, sandbox, sandbox_url)
        staff_email = setup.staff.email
        db.session.remove()
    session = login(base_url, staff_email, PASSWORD)
    listener = EventListener(base_url, session)
    voter = sandbox.add_user("jeanne_l", "Jeanne Lambert")

    tweet = sandbox.post_tweet(voter["id"], "@PoliticianBE Quand allez-vous enfin rénover la gare de Namur ?")
    # arrives live, without a reload (how fast is measured by bench/queue_live.py, not here)
    _, created = listener.wait_for(lambda e, d: e == "message.created", timeout=15)
    _, triaged = listener.wait_for(lambda e, d: e == "message.triaged", timeout=30)
    [created_row], [triaged_row] = created["conversations"], triaged["conversations"]
    assert created_row["contact_name"] == "Jeanne Lambert"
    assert triaged_row["language"] == "fr"
    conversation_id = created_row["id"]

    detail = session.get(f"{base_url}/api/conversations/{conversation_id}", timeout=5).json()
    assert [m["text"] for m in detail["messages"]] == [tweet["text"].replace("&amp;", "&")]

    answer = session.post(
        f"{base_url}/api/conversations/{conversation_id}/replies",
        json={"text": "Merci Jeanne, les travaux commencent au printemps."},
        timeout=5,
    )
    assert answer.status_code == 202
    _, sent = listener.wait_for(lambda e, d: e == "reply.updated" and d["state"] == "sent", timeout=10)
    assert [r["text"] for r in sandbox.replies_to(tweet["id"])] == [
        "Merci Jeanne, les travaux commencent au printemps."
    ]
    assert sent["external_id"] == sandbox.replies_to(tweet["id"])[0]["id"]

    detail = session.get(f"{base_url}/api/conversations/{conversation_id}", timeout=5).json()
    assert [m["direction"] for m in detail["messages"]] == ["in", "out"]
    listener.close()


def test_pages_and_events_need_a_login(live_inbox) -> None:
    import requests
    import socketio

    _, base_url = live_inbox
    anonymous = requests.get(f"{base_url}/api/conversations", timeout=5, allow_redirects=False)
    assert anonymous.status_code in (302, 401)
    client = socketio.Client(reconnection=False)
    with pytest.raises(socketio.exceptions.ConnectionError):
        client.connect(base_url, transports=["websocket"], wait_timeout=5)
