"""``GET /api/queue`` over HTTP: filters, pages, clear 400s and office isolation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from inbox.models import Role, User
from inbox.services.access.users import create_user
from tests.factories import PASSWORD
from tests.queue.conftest import Desk, login, post, tag


def test_queue_endpoint_filters_and_pages(desk: Desk, client_for: Callable[[User], FlaskClient]) -> None:
    messages = [post(desk.x, f"Vraag {n} over de fietspaden.", voter=f"v{n}") for n in range(5)]
    for message in messages:
        tag(message, topic="housing" if message is messages[1] else "mobility")
    client = client_for(desk.setup.staff)
    first = client.get("/api/queue?limit=3").get_json()
    assert [i["id"] for i in first["items"]] == [m.conversation_id for m in reversed(messages)][:3]
    assert first["items"][0]["contact_name"] == "Voter v4" and first["items"][0]["channel"] == "x"
    rest = client.get("/api/queue", query_string={"limit": 3, "cursor": first["next_cursor"]}).get_json()
    assert [i["id"] for i in rest["items"]] == [messages[1].conversation_id, messages[0].conversation_id]
    assert rest["next_cursor"] is None
    topical = client.get("/api/queue?topic=housing").get_json()["items"]
    assert [i["id"] for i in topical] == [messages[1].conversation_id]
    searched = client.get("/api/queue", query_string={"q": "fietspad", "limit": 100}).get_json()["items"]
    assert len(searched) == 5


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        ("status=opne", "status: 'opne' is not one of open, pending, snoozed, closed"),
        ("assignee=someone", "assignee: use mine, unassigned, anyone or a user id"),
        ("assignee=999999", "not a member of this office"),
        ("channel=fax", "channel: 'fax' is not one of"),
        ("language=dutch!", "language: use a language code"),
        ("topic=%3Cscript%3E", "topic: use a topic code"),
        ("sentiment=angry", "sentiment: use one of positive, neutral, negative"),
        ("needs_reply=maybe", "needs_reply: use true or false"),
        ("toxic=2", "toxic: use true or false"),
        ("campaign=abc", "campaign: use a positive whole number"),
        ("campaign=-3", "campaign: use a positive whole number"),
        ("limit=101", "limit: at most 100"),
        ("limit=0", "limit: use a positive whole number"),
        ("cursor=garbage", "cursor: not a cursor from a previous page"),
        ("colour=red", "unknown filter 'colour'"),
    ],
)
def test_bad_filter_values_answer_400_with_a_clear_message(
    desk: Desk, client_for: Callable[[User], FlaskClient], query: str, hint: str
) -> None:
    response = client_for(desk.setup.staff).get(f"/api/queue?{query}")
    assert response.status_code == 400
    assert hint in response.get_json()["error"]


def test_hostile_search_over_http_never_fails(desk: Desk, client_for: Callable[[User], FlaskClient]) -> None:
    post(desk.x, "Gewoon een vraag.", voter="v")
    client = client_for(desk.setup.staff)
    for query in ['"', "NEAR(a b)", "*", "a OR", "x" * 10_000, "'; DROP TABLE message; --", "\x00"]:
        response = client.get("/api/queue", query_string={"q": query})
        assert response.status_code == 200, query[:40]
    assert len(client.get("/api/queue").get_json()["items"]) == 1


def test_office_b_never_appears_for_office_a(
    app: Flask, desk: Desk, other_desk: Desk, client_for: Callable[[User], FlaskClient]
) -> None:
    mine = post(desk.x, "Onze fietspaden zijn slecht.", voter="a1", name="Anna Janssens")
    theirs = post(other_desk.x, "Hun fietspaden zijn ook slecht.", voter="b1", name="Anna Janssens")
    post(other_desk.x, "Geheim: zwembadplannen.", voter="b2", name="Bert Geheim")
    client = client_for(desk.setup.staff)
    for query in ["", "q=fietspad", "q=anna", "q=zwembadplannen", "q=geheim", "status=open,pending,snoozed,closed"]:
        items = client.get(f"/api/queue?{query}").get_json()["items"]
        assert {i["office_id"] for i in items} <= {desk.office_id}, query
        assert {i["id"] for i in items} <= {mine.conversation_id}, query
    with client.session_transaction() as session:
        session["office_id"] = other_desk.office_id  # trying to switch into an office one is not a member of
    items = client.get("/api/queue?status=open,pending,snoozed,closed").get_json()["items"]
    assert [i["id"] for i in items] == [mine.conversation_id]
    assert client.get(f"/api/conversations/{theirs.conversation_id}").status_code == 404
    response = client.get(f"/api/queue?assignee={other_desk.setup.staff.id}")
    assert response.status_code == 400


def test_a_member_of_two_offices_sees_only_the_chosen_one(
    app: Flask, desk: Desk, other_desk: Desk, client_for: Callable[[User], FlaskClient]
) -> None:
    from inbox.models import Membership, db

    post(desk.x, "In A.", voter="a")
    in_b = post(other_desk.x, "In B.", voter="b")
    db.session.add(Membership(office_id=other_desk.office_id, user_id=desk.setup.staff.id, role=Role.STAFF))
    db.session.commit()
    client = client_for(desk.setup.staff)
    with client.session_transaction() as session:
        session["office_id"] = other_desk.office_id
    items = client.get("/api/queue").get_json()["items"]
    assert [i["id"] for i in items] == [in_b.conversation_id]


def test_queue_needs_a_login_and_a_membership(app: Flask, desk: Desk) -> None:
    anonymous = app.test_client().get("/api/queue")
    assert anonymous.status_code in (302, 401)
    loner = create_user(desk.office_id, "loner@example.test", "Loner", PASSWORD, Role.STAFF)
    from inbox.models import Membership, db

    db.session.query(Membership).filter_by(user_id=loner.id).delete()
    db.session.commit()
    client = app.test_client()
    login(client, loner)
    assert client.get("/api/queue").status_code == 403
