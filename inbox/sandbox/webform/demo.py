"""The website contact form in the demo: simulated voters who fill it in now and then.

``start_demo(office_id)`` (run inside the app context, after the e-mail demo so that the
form's WEBFORM account copies the sandbox's SMTP settings) makes sure the office has a form,
logs its address, and starts a thread that loads the form and posts it like a browser would,
every ~45 s, through the whole web stack (token, honeypot, throttling, store, confirmation).
Voters use the same addresses as in the e-mail demo, so their form posts and their mails
end up on one contact.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable

from flask import Flask, current_app

from inbox.sandbox.periodic import PeriodicPoster
from inbox.sandbox.voter_texts import MESSAGES, VOTERS
from inbox.services.webform.submissions import form_for_office, webform_account

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 45.0
FILL_SECONDS = 4.0  # longer than the form's minimum fill time
POSTCODES = ["3000", "2000", "3500", "9000", "9300", "8000", "5000", "4000", "6000", "7000", "1080", "1000", "1040"]


class FormVoters:
    """Posts the office's form from a daemon thread, as different voters from different addresses."""

    def __init__(self, app: Flask, form_key: str, *, interval: float = INTERVAL_SECONDS, seed: int | None = None):
        self.app = app
        self.form_key = form_key
        self.interval = interval
        self.random = random.Random(seed)
        self._loop = PeriodicPoster("demo-form-voters", self.post_once, interval, jitter=0.4, rng=self.random)

    def start(self) -> None:
        """Start posting."""
        self._loop.start()

    def stop(self) -> None:
        """Stop posting (waits for the thread)."""
        self._loop.stop()

    def post_once(self, *, fill_seconds: float = FILL_SECONDS) -> int:
        """Load the form, take a moment to fill it in, post it; returns the HTTP status."""
        number = self.random.randrange(len(VOTERS))
        username, name, language = VOTERS[number]
        client = self.app.test_client()
        environ = {"REMOTE_ADDR": f"10.20.0.{number + 1}"}
        page = client.get(f"/form/{self.form_key}?lang={language}", environ_base=environ).get_data(as_text=True)
        token = re.search(r'name="token" value="([^"]+)"', page)
        if token is None:
            raise RuntimeError("the demo form has no token")
        if self._loop.wait(fill_seconds):
            return 0
        text = self.random.choice(MESSAGES[language]).replace("@{h} ", "").replace("{h}", "Els Vermeulen")
        data = {
            "name": name,
            "email": f"{username}@voters.demo.test",
            "postcode": POSTCODES[number % len(POSTCODES)],
            "message": text,
            "consent": "yes",
            "website": "",
            "lang": language,
            "token": token.group(1),
        }
        return client.post(f"/form/{self.form_key}", data=data, environ_base=environ).status_code


def start_demo(office_id: int, *, interval_seconds: float = INTERVAL_SECONDS) -> Callable[[], None]:
    """Give the office a form and start simulated voters (in the app context), one post every
    ``interval_seconds`` on average; returns the stop function."""
    form = form_for_office(office_id)
    webform_account(office_id)
    voters = FormVoters(current_app._get_current_object(), form.form_key, interval=interval_seconds)  # type: ignore[attr-defined]
    voters.start()
    log.info("contact form demo: /form/%s (embed: /static/form.js data-dialoog-form=%s)", form.form_key, form.form_key)
    return voters.stop
