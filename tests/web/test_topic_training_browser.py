"""The admin adds a topic: it is listed at once as being learned, and plainly once its head is trained.

The training runs as a job on the triage queue (issue 23, finding 8); here the queue has no
consumer until the test runs the job, as a busy triage worker would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox.jobs.queues import triage_queue
from inbox.models import db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.factories import PASSWORD, office_with_users
from tests.web.conftest import browser, screenshot  # noqa: F401 - the browser fixture

pytestmark = pytest.mark.browser


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict]:
    """A served office whose jobs wait in the embedded queue; its admin reads Dutch."""
    app = make_app(tmp_path, DIALOOG_JOBS="embedded")
    with app.app_context():
        setup = office_with_users("Kantoor Onderwerpen")
        setup.admin.language = "nl"
        db.session.commit()
        admin = setup.admin.email
        db.session.remove()
    with LoopbackServer(app) as server:
        yield {"url": server.base_url, "admin": admin, "app": app}


def test_a_new_topic_shows_as_being_learned_until_its_head_is_trained(browser, office: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_context(locale="nl-BE").new_page()
    page.goto(office["url"] + "/login")
    page.locator("input[name=email]").fill(office["admin"])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(office["url"] + "/**")
    page.goto(office["url"] + "/admin")

    form = page.locator("#add-topic")
    form.locator("input[name=code]").fill("dierenwelzijn")
    form.locator("input[name=name]").fill("Dierenwelzijn")
    form.locator("textarea[name=description]").fill("Huisdieren, dierenasielen, zwerfkatten.")
    form.locator("textarea[name=examples]").fill("Het dierenasiel zit overvol.\nEr lopen zwerfkatten in het park.")
    form.locator("button[type=submit]").click()

    row = page.locator("#topic-rows li", has_text="(dierenwelzijn)")
    expect(row).to_have_text("Dierenwelzijn (dierenwelzijn) — wordt aangeleerd uit de voorbeelden…")
    screenshot(page, "topic-training-nl")

    with office["app"].app_context():
        while (task := triage_queue.dequeue()) is not None:
            triage_queue.execute(task)
        db.session.remove()
    expect(row).to_have_text("Dierenwelzijn (dierenwelzijn)", timeout=15_000)
