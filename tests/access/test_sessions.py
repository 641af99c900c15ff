"""Signing out ends the session on the server; an admin inviting someone who already has an account."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from sqlalchemy import func, select, update

from inbox.models import Membership, UserSession, db
from inbox.models.base import utcnow
from inbox.services.access.user_sessions import MAX_SESSION_AGE, purge_expired_sessions
from tests.access.conftest import World
from tests.clients import isolated_client, logged_in_client


def _copy_cookies(source, target) -> None:  # type: ignore[no-untyped-def]
    """Give ``target`` the cookies ``source`` has (an attacker who copied a cookie)."""
    for cookie in source._cookies.values():
        target.set_cookie(cookie.key, cookie.value, domain=cookie.domain, path=cookie.path)


def _signed_out(answer) -> bool:  # type: ignore[no-untyped-def]
    """The answer a signed-out visitor gets: sent to the login page."""
    return answer.status_code in (302, 303) and answer.headers["Location"].startswith("/login")


def test_a_copied_cookie_stops_working_when_its_owner_logs_out(app: Flask, world: World) -> None:
    owner = logged_in_client(app, world.user("a", "staff"))
    thief = isolated_client(app)
    _copy_cookies(owner, thief)
    assert thief.get("/api/queue").status_code == 200  # a copied cookie works while the session lives

    assert owner.post("/logout").status_code in (302, 303)

    assert _signed_out(thief.get("/api/queue")) and _signed_out(thief.get("/"))
    other = logged_in_client(app, world.user("a", "admin"))  # other people's sessions go on
    assert other.get("/api/queue").status_code == 200


def test_sessions_end_after_thirty_days_and_old_records_are_purged(app: Flask, world: World) -> None:
    staff = logged_in_client(app, world.user("a", "staff"))
    assert staff.get("/api/queue").status_code == 200
    db.session.execute(update(UserSession).values(created_at=utcnow() - MAX_SESSION_AGE - timedelta(minutes=1)))
    db.session.commit()

    assert _signed_out(staff.get("/api/queue"))
    assert purge_expired_sessions() >= 1
    assert db.session.execute(select(func.count()).select_from(UserSession)).scalar_one() == 0


def test_adding_someone_who_has_an_account_invites_them_and_twice_is_refused(app: Flask, world: World) -> None:
    admin_b = logged_in_client(app, world.user("b", "admin"))
    colleague = world.user("a", "staff")

    added = admin_b.post("/api/admin/users", json={"email": colleague.email.upper(), "name": "X", "role": "viewer"})

    assert added.status_code == 201 and "password" not in added.get_json() and "id" not in added.get_json()
    roles = db.session.execute(select(Membership.role).where(Membership.user_id == colleague.id)).scalars().all()
    assert sorted(map(str, roles)) == ["staff"]  # nothing attached until the person accepts
    again = admin_b.post(
        "/api/admin/users", json={"email": world.user("b", "staff").email, "name": "X", "role": "admin"}
    )
    assert again.status_code == 422 and "already a member" in again.get_json()["error"]
    assert logged_in_client(app, colleague).get("/api/me").status_code == 200  # their own password still works
    fresh = admin_b.post("/api/admin/users", json={"email": "nieuw@example.test", "name": "Nieuw", "role": "staff"})
    assert fresh.status_code == 201 and set(fresh.get_json()) == set(added.get_json())


def test_an_office_admin_sees_its_peoples_logins_and_logouts_on_the_audit_page(app: Flask, world: World) -> None:
    staff = world.user("a", "staff")
    client = logged_in_client(app, staff)
    assert client.post("/logout").status_code in (302, 303)

    admin_a = logged_in_client(app, world.user("a", "admin"))
    found = admin_a.get(f"/api/admin/audit?actor={staff.id}&action=user.").get_json()
    assert [event["action"] for event in found["events"]] == ["user.logout", "user.login"]
    admin_b = logged_in_client(app, world.user("b", "admin"))
    assert admin_b.get(f"/api/admin/audit?actor={staff.id}&action=user.").get_json()["events"] == []
