"""The embed script on an office's website, in a real browser: the form appears in an iframe and works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox.models import Message, db
from inbox.sandbox.server import LoopbackServer
from tests.conftest import make_app
from tests.contacts.conftest import form_key_of
from tests.factories import office_with_users
from tests.web.conftest import browser  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser


def website(script_url: str, form_key: str) -> object:
    """A WSGI app serving the office's own web page, with the embed code pasted in."""
    page = (
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Jan Peeters</title></head>"
        "<body><h1>Schrijf me</h1>"
        f"<script src='{script_url}' data-dialoog-form='{form_key}' data-lang='nl' async></script>"
        "<footer>voet</footer></body></html>"
    ).encode()

    def serve(environ: dict, start_response) -> list[bytes]:  # type: ignore[no-untyped-def]
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [page]

    return serve


@pytest.fixture
def served_form(tmp_path: Path) -> Iterator[dict]:
    """The app served on 127.0.0.1 and an office website on ``localhost`` (another site) embedding its form."""
    app = make_app(tmp_path)
    app.config["DIALOOG_FORM_MIN_SECONDS"] = 0
    with app.app_context():
        key = form_key_of(office_with_users("Kabinet Peeters").office.id)
        db.session.remove()
    with LoopbackServer(app) as inbox:
        site = LoopbackServer(website(inbox.base_url + "/static/form.js", key))  # type: ignore[arg-type]
        with site:
            yield {"app": app, "site_url": site.base_url.replace("127.0.0.1", "localhost")}


def test_voter_writes_through_the_embedded_form(browser, served_form: dict) -> None:  # noqa: F811
    from playwright.sync_api import expect

    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(served_form["site_url"] + "/")

    frame = page.frame_locator("iframe.dialoog-form-frame")
    expect(frame.get_by_role("heading")).to_have_text("Stuur een bericht aan Kabinet Peeters", timeout=10_000)
    frame.get_by_label("Naam", exact=True).fill("Fatima Benali")
    frame.get_by_label("E-mailadres", exact=True).fill("fatima@example.be")
    frame.get_by_label("Uw bericht", exact=True).fill("Wanneer wordt het zwembad heropend? 🏊")
    frame.get_by_role("button", name="Versturen").click()
    expect(frame.locator(".errors")).to_contain_text("Vink de toestemming aan", timeout=10_000)
    grown = "() => parseInt(document.querySelector('iframe.dialoog-form-frame').style.height) > 400"
    page.wait_for_function(grown, timeout=5_000)  # the frame grew with the form and its errors
    frame.locator("#f-consent").check()
    frame.get_by_role("button", name="Versturen").click()
    # the first stored message loads the triage models in the served process: allow for it
    expect(frame.locator(".thanks")).to_contain_text("Uw bericht is goed ontvangen", timeout=90_000)
    assert [p for p in problems if "status of 422" not in p] == [], "no script or CSP errors"
    context.close()

    with served_form["app"].app_context():
        [message] = db.session.execute(select(Message)).scalars().all()
        assert message.text == "Wanneer wordt het zwembad heropend? 🏊"
        assert message.raw["name"] == "Fatima Benali"
