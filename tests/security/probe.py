"""Make one request of a :class:`RequestSpec` against the world, and check what must hold for every answer."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import select
from werkzeug.exceptions import HTTPException
from werkzeug.test import TestResponse

from inbox.models import Membership, Role, User, db
from tests.clients import isolated_client
from tests.security.routes import ID_TABLES, Route
from tests.security.state import _owned_query, changed_tables, fingerprint
from tests.security.strategies import Big, Body, FormKey, IdRef, RequestSpec, encode_query, json_bytes
from tests.security.world import World, office_marker, voter_marker

MISSING_ID = 987_654


@dataclass
class Standing:
    """Who a session is right now (a test's earlier requests may have changed its role or office)."""

    office: str | None
    office_id: int | None
    role: Role | None


def resolve(world: World, value: Any) -> Any:
    """Replace symbolic ids and form keys in ``value`` (recursively) by the world's real ones."""
    if isinstance(value, IdRef):
        ids = world.ids[value.office].get(value.table) or [MISSING_ID]
        return ids[value.index % len(ids)]
    if isinstance(value, FormKey):
        return world.offices[value.office].form_key
    if isinstance(value, Big):
        return str(value)
    if isinstance(value, dict):
        return {str(resolve(world, key)): resolve(world, item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [resolve(world, item) for item in value]
    return value


def standing(world: World, session_name: str) -> Standing:
    """The session's current office and role, as the app will see them."""
    session = world.sessions[session_name]
    if session.user_id is None:
        return Standing(None, None, None)
    user = db.session.get(User, session.user_id)
    membership = (
        db.session.execute(select(Membership).where(Membership.user_id == session.user_id).order_by(Membership.id))
        .scalars()
        .first()
    )
    db.session.rollback()
    if user is None or not user.is_active or membership is None:
        return Standing(None, None, None)
    return Standing(world.office_of(membership.office_id), membership.office_id, Role(membership.role))


def _body(world: World, body: Body) -> tuple[bytes | None, str | None]:
    if body.kind == "none":
        return None, None
    if body.kind == "json":
        return json_bytes(resolve(world, body.value)), body.content_type or None
    if body.kind == "form":
        pairs = tuple((str(k), str(v)) for k, v in resolve(world, body.value).items())
        return encode_query(pairs).encode(), body.content_type or "application/x-www-form-urlencoded"
    return bytes(body.value), body.content_type or None


def routable(world: World, route: Route, spec: RequestSpec) -> bool:
    """Whether the request reaches the route's view (else routing answers 404 or 405 before any check)."""
    from urllib.parse import unquote

    path = unquote(route.path({name: str(resolve(world, value)) for name, value in spec.path}))
    try:
        endpoint, _ = world.app.url_map.bind("localhost").match(path, route.method)
    except HTTPException:
        return False
    return endpoint == route.endpoint


def send(world: World, route: Route, spec: RequestSpec) -> TestResponse:
    """Make the request as ``spec.session`` would, in a fresh client (own cookies, own app context)."""
    session = world.sessions[spec.session]
    client = isolated_client(world.app)
    if session.cookie:
        client.set_cookie("session", session.cookie)
    token = {
        "valid": session.csrf,
        "missing": None,
        "wrong": "ImJhZCI.not-a-token",
        "foreign": next((s.csrf for s in world.sessions.values() if s.csrf and s is not session), None),
    }[spec.csrf]
    headers = {"X-CSRFToken": token} if token else {}
    path = route.path({name: str(resolve(world, value)) for name, value in spec.path})
    query = encode_query(tuple((key, resolve(world, value)) for key, value in spec.query))
    data, content_type = _body(world, spec.body)
    return client.open(
        path + ("?" + query if query else ""),
        method=route.method,
        data=data,
        content_type=content_type,
        headers=headers,
    )


def response_text(response: TestResponse) -> str:
    """Everything the client received, lower-cased; a zip's members are read out too."""
    raw = response.get_data()
    texts = [raw.decode("utf-8", "replace")]
    if raw[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            texts += [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    texts.append(str(response.headers))
    return "\n".join(texts).lower()


def owned_by(office_id: int | None, table: str, row_id: int) -> bool:
    """Whether row ``row_id`` of ``table`` belongs to the office (right now)."""
    if office_id is None:
        return False
    query = _owned_query(db.metadata.tables[table], office_id)
    assert query is not None
    found = db.session.execute(query.with_only_columns(sa.literal(1)).where(db.metadata.tables[table].c.id == row_id))
    result = found.first() is not None
    db.session.rollback()
    return result


def foreign_path_ids(world: World, route: Route, spec: RequestSpec, office_id: int | None) -> list[str]:
    """Path arguments naming an existing row that is not the session's office's."""
    arguments = dict(route.arguments)
    foreign = []
    for name, value in spec.path:
        table = ID_TABLES.get(name)
        if arguments.get(name) != "int" or table is None or not isinstance(value, IdRef):
            continue
        row_id = resolve(world, value)
        if row_id != MISSING_ID and not owned_by(office_id, table, row_id):
            foreign.append(f"{name}={row_id} ({table} of office {value.office})")
    return foreign


def other_offices(world: World, office: str | None) -> dict[str, int]:
    """The offices a session of ``office`` must not touch (all of them for an anonymous one)."""
    return {key: seeded.id for key, seeded in world.offices.items() if key != office}


def describe(route: Route, spec: RequestSpec, response: TestResponse) -> str:
    """The request and the start of the answer, for a failure message."""
    answer = response.get_data()[:400].decode("utf-8", "replace")
    return f"{route.id} as {spec.session} (csrf {spec.csrf}): {response.status_code}\n{spec}\n{answer}"


def known_fingerprint(world: World, office: str) -> dict[str, str]:
    """The office's fingerprint: remembered from the last check, else taken now."""
    if office not in world.prints:
        world.prints[office] = fingerprint(world.offices[office].id)
    return world.prints[office]


def check_answer(world: World, route: Route, spec: RequestSpec, before: Standing) -> TestResponse:
    """Send ``spec`` and assert every property the answer must have; returns the answer."""
    try:
        return _check_answer(world, route, spec, before)
    finally:  # what the session's own office (or, for a public route, anyone) did may have changed it
        if route.public:
            world.prints.clear()
        elif before.office is not None:
            world.prints.pop(before.office, None)


def _check_answer(world: World, route: Route, spec: RequestSpec, before: Standing) -> TestResponse:
    watched = {} if route.public else other_offices(world, before.office)
    prints = {key: known_fingerprint(world, key) for key in watched}
    foreign = [] if route.public else foreign_path_ids(world, route, spec, before.office_id)
    response = send(world, route, spec)
    status, what = response.status_code, describe(route, spec, response)
    assert status < 500, f"server error: {what}"
    success = 200 <= status < 300
    if not route.public and not route.allows(before.role):
        assert not success, f"a {before.role or 'anonymous'} session got data from a {route.access} route: {what}"
    without_token = spec.csrf != "valid" or not world.sessions[spec.session].csrf
    if route.changes_state and not route.csrf_exempt and without_token and routable(world, route, spec):
        assert status in (400, 403, 413), f"state-changing request without a valid CSRF token got through: {what}"
    if foreign:
        assert not success, f"another office's row answered {status}: {foreign}: {what}"
    if not route.public:
        text = response_text(response)
        for key in watched:
            assert office_marker(key).lower() not in text, f"office {key}'s data reached another session: {what}"
        if before.office is not None and before.role is not None and not before.role.sees_voter_details:
            assert voter_marker(before.office).lower() not in text, f"voter details reached a {before.role}: {what}"
    for key, office_id in watched.items():
        world.prints[key] = after = fingerprint(office_id)
        changed = changed_tables(prints[key], after)
        assert not changed, f"a request from outside office {key} changed its {changed}: {what}"
    return response
