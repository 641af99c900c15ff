"""An open inbox catches up by itself after Redis (the live-event queue) was lost and came back.

A private redis-server on a free port, killed and started again: a mention stored while it
was down had its live event lost, yet appears on the open page without a reload.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from inbox.config import PROJECT_DIR
from inbox.deploy.topology import free_port
from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from inbox.services.intake.store import store_incoming
from tests.conftest import make_app, unavailable
from tests.factories import incoming, office_with_users, plain_account
from tests.web.conftest import browser, logged_in_page  # noqa: F401 - the browser fixture


class PrivateRedis:
    """A redis-server of this test only, so that it can be killed and started again."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.port = folder, free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        try:
            self.process = subprocess.Popen(command, cwd=self.folder, stdout=subprocess.DEVNULL)
        except FileNotFoundError as error:
            unavailable("redis-server", error)
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def inbox_on_private_redis(tmp_path: Path) -> Iterator[dict]:
    """The inbox served with its live events going through a private Redis; jobs run inline."""
    server = PrivateRedis(tmp_path)
    server.start()
    app = make_app(tmp_path, REDIS_URL=server.url, DIALOOG_JOBS="immediate")
    with app.app_context():
        setup = office_with_users()
        account_id = plain_account(setup.office.id).id
        store_incoming(account_id, [incoming(author_id="first-voter", text="Eerste vraag over de ringweg")])
        people = {"staff": setup.staff.email, "account_id": account_id}
        db.session.remove()
    try:
        with LoopbackServer(app) as served:
            instance = str(tmp_path / "instance")
            yield {"base_url": served.base_url, "redis": server, "instance": instance, **people}
    finally:
        server.kill()


STORE_ONE = """
import sys
from inbox import create_app
from inbox.services.intake.store import store_incoming
from tests.factories import incoming

instance, redis_url, account_id, text = sys.argv[1:]
settings = {"DIALOOG_INSTANCE_DIR": instance, "REDIS_URL": redis_url, "DIALOOG_JOBS": "immediate", "TESTING": "1"}
app = create_app(settings)
with app.app_context():
    store_incoming(int(account_id), [incoming(author_id="voter-in-a-worker", text=text)])
"""


def store_in_another_process(setup: dict, text: str) -> None:
    """Store a voter's message from a separate process with the same settings (as a worker does)."""
    arguments = [setup["instance"], setup["redis"].url, str(setup["account_id"]), text]
    subprocess.run([sys.executable, "-c", STORE_ONE, *arguments], check=True, timeout=120, cwd=PROJECT_DIR)


def test_a_message_whose_live_event_was_lost_with_redis_appears_when_redis_is_back(
    browser,  # noqa: F811
    inbox_on_private_redis: dict,
) -> None:
    from playwright.sync_api import expect

    setup = inbox_on_private_redis
    page = logged_in_page(browser, setup)
    expect(page.get_by_text("Eerste vraag over de ringweg")).to_be_visible()

    setup["redis"].kill()
    # stored by another process (as a worker does): its "message.created" event cannot be published
    store_in_another_process(setup, "Tweede vraag, Redis is weg")
    page.wait_for_timeout(1000)
    expect(page.get_by_text("Tweede vraag, Redis is weg")).to_have_count(0)  # nothing told the page

    setup["redis"].start()  # on the same port, empty
    expect(page.get_by_text("Tweede vraag, Redis is weg")).to_be_visible(timeout=20_000)
    expect(page.locator("#live-state")).to_have_text("live")
