"""Issue 23, findings 2 and 5: an office admin can neither take over an account another office adds,
nor attach someone else's account (and watch it sign in) without that person's consent.

An office invites an address; only the person behind it (the mailbox) accepts, with a new
account or signed in to the one they have. The inviting admin gets the same answer either way.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import select

from inbox.models import Membership, Role, db
from inbox.services.access.users import create_user, find_user
from tests.clients import isolated_client, logged_in_client
from tests.factories import PASSWORD, office_with_users
from tests.security.accounts import Outbox, mailing, post_form, sign_in

HIRE = "new.hire@example.test"


@pytest.fixture
def outbox(app: Flask) -> Iterator[Outbox]:
    """The app mails invitations and reset links through loopback SMTP: what it sent."""
    with mailing(app) as box:
        yield box


HIRE_PASSWORD = "hire-chose-this-1"


def _offices(a_name: str = "Kabinet A", b_name: str = "Kabinet B"):  # type: ignore[no-untyped-def]
    return office_with_users(a_name), office_with_users(b_name)


def _accept_as_new(app: Flask, link: str) -> None:
    person = isolated_client(app)
    token = link.split("token=", 1)[1]
    answer = post_form(
        person, "/invitation", {"token": token, "name": "New Hire", "password": HIRE_PASSWORD, "repeat": HIRE_PASSWORD},
        page=link,
    )  # fmt: skip
    assert answer.status_code in (302, 303), answer.get_data(as_text=True)[:500]


def _accept_signed_in(app: Flask, link: str, email: str, password: str) -> int:
    person = isolated_client(app)
    assert sign_in(person, email, password).status_code in (302, 303)
    return post_form(person, "/invitation", {"token": link.split("token=", 1)[1]}, page=link).status_code


def _member_offices(email: str) -> set[int]:
    user = find_user(email)
    if user is None:
        return set()
    return set(db.session.execute(select(Membership.office_id).where(Membership.user_id == user.id)).scalars())


def test_office_b_cannot_read_office_a_through_an_account_it_added(app: Flask, outbox: Outbox) -> None:
    a, b = _offices()
    admin_b = logged_in_client(app, b.admin)
    added = admin_b.post("/api/admin/users", json={"email": HIRE, "name": "New Hire", "role": "staff"})
    assert added.status_code == 201
    assert "password" not in added.get_json()  # B's admin learns no password of the new account
    _accept_as_new(app, outbox.link(HIRE, "/invitation"))  # the person chooses their own
    assert _member_offices(HIRE) == {b.office.id}

    admin_a = logged_in_client(app, a.admin)
    invited = admin_a.post("/api/admin/users", json={"email": HIRE, "name": "New Hire", "role": "staff"})
    assert invited.status_code == 201 and "password" not in invited.get_json()
    assert _member_offices(HIRE) == {b.office.id}, "an office attached an existing account without its owner"
    assert _accept_signed_in(app, outbox.link(HIRE, "/invitation"), HIRE, HIRE_PASSWORD) in (302, 303)
    assert _member_offices(HIRE) == {a.office.id, b.office.id}
    hire = find_user(HIRE)
    assert admin_b.delete(f"/api/admin/users/{hire.id}").status_code == 200

    # B's admin tries what they have: every string B's answers held, and B's admin's own password
    attacker = isolated_client(app)
    for guess in [*map(str, added.get_json().values()), PASSWORD]:
        assert sign_in(attacker, HIRE, guess).status_code == 401
    assert attacker.get("/api/queue").status_code in (302, 401)
    assert logged_in_client(app, a.staff).get("/api/queue").status_code == 200


def test_a_password_another_admin_knew_is_worthless_once_its_owner_resets_it(app: Flask, outbox: Outbox) -> None:
    """An account from before invitations: office B's admin knows the password it was handed out with."""
    a, b = _offices()
    create_user(b.office.id, HIRE, "New Hire", "handed-out-by-b", Role.STAFF, must_change_password=True)
    admin_a = logged_in_client(app, a.admin)
    assert admin_a.post("/api/admin/users", json={"email": HIRE, "name": "X", "role": "staff"}).status_code == 201
    link = outbox.link(HIRE, "/invitation")

    # B's admin signs in first: they must choose a new password, and still cannot join office A
    intruder = isolated_client(app)
    assert sign_in(intruder, HIRE, "handed-out-by-b").headers["Location"].endswith("/password/new")
    chosen = post_form(intruder, "/password/new", {"password": "intruder-pass-1", "repeat": "intruder-pass-1"})
    assert chosen.status_code in (302, 303)
    assert intruder.get("/invitation?token=not-the-mailed-one").status_code == 404
    assert a.office.id not in _member_offices(HIRE)

    # the owner resets by mail: the intruder's session and password stop working, then they accept
    owner = isolated_client(app)
    assert post_form(owner, "/password/forgot", {"email": HIRE}).status_code in (302, 303)
    reset = outbox.link(HIRE, "/password/reset")
    token = reset.split("token=", 1)[1]
    assert post_form(owner, "/password/reset", {"token": token, "password": HIRE_PASSWORD, "repeat": HIRE_PASSWORD},
                     page=reset).status_code in (302, 303)  # fmt: skip
    assert intruder.get("/api/queue").status_code in (302, 401)
    assert sign_in(isolated_client(app), HIRE, "intruder-pass-1").status_code == 401
    assert _accept_signed_in(app, link, HIRE, HIRE_PASSWORD) in (302, 303)
    assert a.office.id in _member_offices(HIRE)


def test_inviting_an_existing_account_answers_as_for_a_new_address(app: Flask, outbox: Outbox) -> None:
    a, b = _offices()
    admin_b = logged_in_client(app, b.admin)
    existing = admin_b.post("/api/admin/users", json={"email": a.staff.email, "name": "X", "role": "viewer"})
    fresh = admin_b.post("/api/admin/users", json={"email": "nobody.yet@example.test", "name": "X", "role": "viewer"})

    assert existing.status_code == fresh.status_code == 201
    shown, other = existing.get_json(), fresh.get_json()
    assert set(shown) == set(other) and shown["mailed"] == other["mailed"] and shown["role"] == other["role"]
    assert a.staff.id not in shown.values()  # nothing names the existing account
    listed = admin_b.get("/api/admin/users").get_json()
    assert a.staff.email not in {user["email"] for user in listed["users"]}
    waiting = {invitation["email"]: set(invitation) for invitation in listed["invitations"]}
    assert waiting[a.staff.email] == waiting["nobody.yet@example.test"]
    again = admin_b.post("/api/admin/users", json={"email": b.staff.email, "name": "X", "role": "staff"})
    assert again.status_code == 422 and "already a member" in again.get_json()["error"]


def test_an_office_cannot_watch_another_offices_user_sign_in(app: Flask, outbox: Outbox) -> None:
    a, b = _offices()
    watched = a.staff
    admin_b = logged_in_client(app, b.admin)
    assert (
        admin_b.post("/api/admin/users", json={"email": watched.email, "name": "X", "role": "viewer"}).status_code
        == 201
    )
    assert _member_offices(watched.email) == {a.office.id}

    client = logged_in_client(app, watched)
    assert client.post("/logout").status_code in (302, 303)
    seen_by_b = admin_b.get(f"/api/admin/audit?actor={watched.id}&action=user.").get_json()["events"]
    assert seen_by_b == []
    seen_by_a = logged_in_client(app, a.admin).get(f"/api/admin/audit?actor={watched.id}&action=user.").get_json()
    assert [event["action"] for event in seen_by_a["events"]] == ["user.logout", "user.login"]

    # even once the person accepts office B, signing in to work for office A shows B nothing
    assert _accept_signed_in(app, outbox.link(watched.email, "/invitation"), watched.email, PASSWORD) in (302, 303)
    logged_in_client(app, watched)
    events = admin_b.get(f"/api/admin/audit?actor={watched.id}&action=user.login").get_json()["events"]
    assert events == []
