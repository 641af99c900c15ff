"""The viewer role: figures without voters. Lands on the dashboard, reads the digest without
quotes or names, is given by an admin (page API and command line), and is never assigned or
@mentioned."""

from __future__ import annotations

import re

from flask import Flask
from sqlalchemy import select

from inbox.models import Membership, Role, db
from tests.access.conftest import A_TEXT, World
from tests.clients import isolated_client, logged_in_client
from tests.factories import PASSWORD


def test_a_viewer_lands_on_the_dashboard_and_reads_the_digest_without_voters(app: Flask, world: World) -> None:
    a = world.a.id
    page = isolated_client(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.get("/login").get_data(as_text=True)).group(1)
    email = world.user("a", "viewer").email
    answer = page.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token})
    assert answer.headers["Location"] == f"/offices/{a}/dashboard"
    dashboard = page.get(answer.headers["Location"])
    assert dashboard.status_code == 200 and 'action="/logout"' in dashboard.get_data(as_text=True)
    assert 'href="/"' not in dashboard.get_data(as_text=True)  # no link to the inbox…
    assert page.get("/").status_code == 403  # …which refuses them

    staff = logged_in_client(app, world.user("a", "staff"))
    viewer = logged_in_client(app, world.user("a", "viewer"))
    full, figures = (
        staff.get(f"/offices/{a}/digest.json").get_json(),
        viewer.get(f"/offices/{a}/digest.json").get_json(),
    )
    assert full["kept_up"]["oldest_name"]  # staff see who has waited longest…
    assert figures["kept_up"]["oldest_name"] == "" and figures["kept_up"]["oldest_conversation_id"] is None
    assert figures["messages"] == full["messages"] and figures["voters"] == full["voters"]  # …the same figures
    assert [line["voters"] for line in figures["topics"]] == [line["voters"] for line in full["topics"]]
    assert all(line["quotes"] == [] and line["link"] == "" for line in figures["topics"])
    assert all(campaign["label"] == "" for campaign in figures["campaigns"])

    html = viewer.get(f"/offices/{a}/digest").get_data(as_text=True)
    assert "GEHEIM" not in html and A_TEXT not in html and full["kept_up"]["oldest_name"] not in html
    assert "send-test" not in html and 'href="/?' not in html and 'href="/"' not in html
    assert viewer.post(f"/offices/{a}/digest/test").status_code == 403
    assert viewer.get(f"/offices/{a}/dashboard").status_code == 200
    assert viewer.get("/api/me").get_json()["role"] == "viewer"
    assert viewer.put("/api/me/language", json={"language": "fr"}).status_code == 200


def test_an_admin_gives_the_viewer_role_and_it_takes_effect_at_once(app: Flask, world: World) -> None:
    admin = logged_in_client(app, world.user("a", "admin"))
    staff_user = world.user("a", "staff")
    staff = logged_in_client(app, staff_user)
    assert staff.get("/api/queue").status_code == 200

    created = admin.post(
        "/api/admin/users", json={"email": "adviseur@example.test", "name": "Ad Viseur", "role": "viewer"}
    )
    assert created.status_code == 201
    people = admin.get("/api/admin/users").get_json()
    roles = {user["email"]: user["role"] for user in people["users"]}
    invited = {invitation["email"]: invitation["role"] for invitation in people["invitations"]}
    assert invited["adviseur@example.test"] == "viewer" and roles[world.user("a", "viewer").email] == "viewer"

    assert admin.put(f"/api/admin/users/{staff_user.id}/role", json={"role": "viewer"}).status_code == 200
    assert staff.get("/api/queue").status_code == 403
    assert staff.get(f"/api/conversations/{world.ids['conversation_id']}").status_code == 403
    assert staff.get(f"/offices/{world.a.id}/dashboard").status_code == 200

    options = {"--office": "Kantoor Beta", "--email": "pers@example.test", "--name": "Pers", "--role": "viewer"}
    arguments = [part for pair in options.items() for part in pair]
    result = app.test_cli_runner().invoke(args=["create-user", *arguments, "--password", PASSWORD])
    assert result.exit_code == 0, result.output
    role = db.session.execute(
        select(Membership.role).where(Membership.office_id == world.b.id).order_by(Membership.id.desc())
    ).scalar()
    assert role == Role.VIEWER


def test_a_viewer_is_never_assigned_or_mentioned(app: Flask, world: World) -> None:
    staff = logged_in_client(app, world.user("a", "staff"))
    viewer = world.user("a", "viewer")
    conversation = world.ids["conversation_id"]
    refused = staff.post(f"/api/conversations/{conversation}/assign", json={"user_id": viewer.id})
    assert refused.status_code == 422 and "viewer" in refused.get_json()["error"]
    note = staff.post(f"/api/conversations/{conversation}/notes", json={"body": "@Vera kijk eens mee"})
    assert note.status_code == 201 and note.get_json()["mentions"] == []
    members = {member["id"] for member in staff.get("/api/me").get_json()["members"]}
    assert viewer.id not in members and world.user("a", "politician").id in members
