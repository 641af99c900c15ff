"""A person's own account: accepting an invitation, the forced first password, changing the password,
and resetting it by mail (through a real SMTP server)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import update

from inbox.models import OfficeInvitation, Role, db, utcnow
from inbox.services.access.users import create_user
from tests.clients import isolated_client, logged_in_client
from tests.factories import PASSWORD, office_with_users
from tests.security.accounts import Outbox, mailing, post_form, sign_in


@pytest.fixture
def outbox(sqlite_app: Flask) -> Iterator[Outbox]:
    """The app mails invitations and reset links through loopback SMTP: what it sent."""
    with mailing(sqlite_app) as box:
        yield box


def _token(link: str) -> str:
    return link.split("token=", 1)[1]


def _signed_in(client) -> bool:  # type: ignore[no-untyped-def]
    return client.get("/api/me").status_code == 200


def test_an_invitation_link_makes_an_account_once(sqlite_app: Flask, outbox: Outbox) -> None:
    setup = office_with_users("Kabinet Janssens")
    admin = logged_in_client(sqlite_app, setup.admin)
    assert (
        admin.post("/api/admin/users", json={"email": "Nina@Example.test", "name": "Nina", "role": "staff"}).status_code
        == 201
    )
    [mail] = outbox.to("nina@example.test")
    assert "Kabinet Janssens" in mail["Subject"]
    link = outbox.link("nina@example.test", "/invitation")

    person = isolated_client(sqlite_app)
    page = person.get(link).get_data(as_text=True)
    assert "Kabinet Janssens" in page and 'name="password"' in page
    short = post_form(
        person, "/invitation", {"token": _token(link), "name": "Nina", "password": "kort", "repeat": "kort"}, page=link
    )
    assert short.status_code == 422 and "minstens 8 tekens" in short.get_data(as_text=True)
    chosen = {"token": _token(link), "name": "Nina Peeters", "password": "ninas-own-pass", "repeat": "ninas-own-pass"}
    assert post_form(person, "/invitation", chosen, page=link).status_code in (302, 303)
    assert person.get("/api/me").get_json()["name"] == "Nina Peeters"  # signed in, in the office

    assert isolated_client(sqlite_app).get(link).status_code == 404  # single use
    members = {user["email"]: user["role"] for user in admin.get("/api/admin/users").get_json()["users"]}
    assert members["nina@example.test"] == "staff"
    assert admin.get("/api/admin/users").get_json()["invitations"] == []


def test_an_expired_or_replaced_invitation_no_longer_works(sqlite_app: Flask, outbox: Outbox) -> None:
    setup = office_with_users()
    admin = logged_in_client(sqlite_app, setup.admin)
    admin.post("/api/admin/users", json={"email": "late@example.test", "name": "Late", "role": "staff"})
    first = outbox.link("late@example.test", "/invitation")
    admin.post("/api/admin/users", json={"email": "late@example.test", "name": "Late", "role": "viewer"})
    second = outbox.link("late@example.test", "/invitation")
    assert isolated_client(sqlite_app).get(first).status_code == 404  # replaced by the second invitation
    assert isolated_client(sqlite_app).get(second).status_code == 200
    db.session.execute(update(OfficeInvitation).values(expires_at=utcnow() - timedelta(minutes=1)))
    db.session.commit()
    assert isolated_client(sqlite_app).get(second).status_code == 404


def test_someone_with_an_account_signs_in_to_accept(sqlite_app: Flask, outbox: Outbox) -> None:
    home, other = office_with_users("Kabinet Thuis"), office_with_users("Kabinet Ander")
    admin = logged_in_client(sqlite_app, other.admin)
    admin.post("/api/admin/users", json={"email": home.staff.email, "name": "X", "role": "politician"})
    link = outbox.link(home.staff.email, "/invitation")

    person = isolated_client(sqlite_app)
    page = person.get(link).get_data(as_text=True)
    assert 'name="password"' not in page and "/login?next=" in page  # no way to set a password from the link
    answer = sign_in(person, home.staff.email, PASSWORD, next=link)
    assert answer.headers["Location"] == link  # back to the invitation after signing in
    assert "Kabinet Ander" in person.get(link).get_data(as_text=True)
    assert post_form(person, "/invitation", {"token": _token(link)}, page=link).status_code in (302, 303)
    assert person.get("/api/me").get_json()["office"]["name"] == "Kabinet Ander"

    stranger = logged_in_client(sqlite_app, home.admin, csrf_header=False)
    assert stranger.get(link).status_code == 404  # used
    assert (
        sign_in(isolated_client(sqlite_app), home.staff.email, PASSWORD, next="https://evil.example/")
        .headers["Location"]
        .startswith("/")
    )  # never sent to another site


def test_a_password_chosen_by_the_operator_must_be_replaced_at_first_login(sqlite_app: Flask) -> None:
    setup = office_with_users()
    create_user(setup.office.id, "fresh@example.test", "Fresh", "operator-chose", Role.STAFF, must_change_password=True)
    person = isolated_client(sqlite_app)
    answer = sign_in(person, "fresh@example.test", "operator-chose")
    assert answer.headers["Location"].endswith("/password/new")
    assert not _signed_in(person)  # no session until the person chose their own password
    same = post_form(person, "/password/new", {"password": "operator-chose", "repeat": "operator-chose"})
    assert same.status_code == 422
    assert (
        post_form(person, "/password/new", {"password": "fresh-and-own", "repeat": "fresh-and-own"}).status_code == 302
    )
    assert _signed_in(person)
    assert sign_in(isolated_client(sqlite_app), "fresh@example.test", "operator-chose").status_code == 401
    assert sign_in(isolated_client(sqlite_app), "fresh@example.test", "fresh-and-own").status_code == 302


def test_a_user_changes_their_password_and_their_other_sessions_end(sqlite_app: Flask) -> None:
    setup = office_with_users()
    phone = logged_in_client(sqlite_app, setup.staff)
    laptop = logged_in_client(sqlite_app, setup.staff, csrf_header=False)
    assert "Wachtwoord wijzigen" in laptop.get("/account/password").get_data(as_text=True)
    wrong = post_form(
        laptop, "/account/password", {"current": "not-it", "password": "brand-new-1", "repeat": "brand-new-1"}
    )
    assert wrong.status_code == 422 and "klopt niet" in wrong.get_data(as_text=True)
    changed = post_form(
        laptop, "/account/password", {"current": PASSWORD, "password": "brand-new-1", "repeat": "brand-new-1"}
    )
    assert changed.status_code == 302
    assert _signed_in(laptop) and not _signed_in(phone)
    assert sign_in(isolated_client(sqlite_app), setup.staff.email, PASSWORD).status_code == 401
    assert sign_in(isolated_client(sqlite_app), setup.staff.email, "brand-new-1").status_code == 302


def test_a_forgotten_password_is_reset_by_mail_and_the_answer_never_tells_who_has_an_account(
    sqlite_app: Flask, outbox: Outbox
) -> None:
    setup = office_with_users()
    old_session = logged_in_client(sqlite_app, setup.politician)
    visitor = isolated_client(sqlite_app)
    known = post_form(visitor, "/password/forgot", {"email": setup.politician.email.upper()})
    unknown = post_form(visitor, "/password/forgot", {"email": "nobody@example.test"})
    assert known.status_code == unknown.status_code == 302 and known.headers["Location"] == unknown.headers["Location"]
    assert outbox.to("nobody@example.test") == []
    link = outbox.link(setup.politician.email, "/password/reset")

    person = isolated_client(sqlite_app)
    new = {"token": _token(link), "password": "reset-by-mail", "repeat": "reset-by-mail"}
    assert post_form(person, "/password/reset", new, page=link).status_code == 302
    assert not _signed_in(old_session)  # every session of the account ended
    assert isolated_client(sqlite_app).get(link).status_code == 404  # single use
    assert sign_in(isolated_client(sqlite_app), setup.politician.email, PASSWORD).status_code == 401
    assert sign_in(isolated_client(sqlite_app), setup.politician.email, "reset-by-mail").status_code == 302
