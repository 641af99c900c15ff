"""Staff wellbeing (issue 17): each person chooses on their account page whether abusive messages
are blurred for them; on by default, and one person's choice changes nothing for a colleague."""

from __future__ import annotations

import re

from flask import Flask

from tests.clients import logged_in_client
from tests.factories import office_with_users


def form_token(page: str) -> str:
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token, "the account page has no form token"
    return token.group(1)


def test_blurring_is_on_by_default_and_each_person_turns_it_off_or_on(app: Flask) -> None:
    setup = office_with_users()
    staff, colleague = logged_in_client(app, setup.staff), logged_in_client(app, setup.politician)
    assert staff.get("/api/me").get_json()["blur_abuse"] is True
    page = staff.get("/account").get_data(as_text=True)
    assert re.search(r'<input type="checkbox" name="blur_abuse" id="blur-abuse" checked>', page)

    saved = staff.post("/account", data={"csrf_token": form_token(page)})  # unticked: the box sends nothing
    assert saved.status_code in (302, 303)
    assert "checked" not in staff.get("/account").get_data(as_text=True).split('id="blur-abuse"')[1][:12]
    assert staff.get("/api/me").get_json()["blur_abuse"] is False
    assert colleague.get("/api/me").get_json()["blur_abuse"] is True  # only for the person who chose

    page = staff.get("/account").get_data(as_text=True)
    staff.post("/account", data={"csrf_token": form_token(page), "blur_abuse": "on"})
    assert staff.get("/api/me").get_json()["blur_abuse"] is True


def test_the_setting_needs_the_form_token_and_a_login(app: Flask) -> None:
    setup = office_with_users()
    staff = logged_in_client(app, setup.staff, csrf_header=False)
    assert staff.post("/account", data={}).status_code == 400  # no CSRF token: refused
    assert staff.get("/api/me").get_json()["blur_abuse"] is True
    anonymous = app.test_client()
    assert anonymous.get("/account").status_code in (302, 401)
