"""Property-based attack-surface run over every route of the web app (our Schemathesis without a spec).

For every route in the URL map and every session (anonymous, and each role of offices A
and B) hypothesis sends requests with path ids of both offices, missing and huge ids,
junk, query strings and bodies (JSON shaped from what the view reads, any JSON, hostile
text, deep nesting, oversize, forms, wrong content types) and CSRF tokens that are valid,
missing, wrong or another session's. Every answer must hold (see ``probe.check_answer``):

- never a 5xx;
- no 2xx for an anonymous session or a role the route does not admit;
- a state-changing request without a valid CSRF token is refused (400/403);
- no 2xx for another office's row named in the path;
- no marker of another office in the answer, no voter detail for a role without access;
- nothing of another office changed (a fingerprint of every row it owns).

Each route also runs explicit examples: every session with its own office's ids and with
the other office's ids; found bugs stay as explicit examples in :data:`REGRESSIONS`.
"""

from __future__ import annotations

import os

from hypothesis import example, given
from hypothesis import strategies as st

from inbox.models import Role
from tests.security.conftest import Snapshot, collection_routes, keep_clean
from tests.security.probe import check_answer, standing
from tests.security.regressions import REGRESSIONS
from tests.security.routes import ACCESS, ID_TABLES, STRING_ARGUMENTS, Route, keys_for, view_keys
from tests.security.state import unowned_tables
from tests.security.strategies import (
    Body,
    FormKey,
    IdRef,
    RequestSpec,
    bodies,
    ci_settings,
    path_values,
    queries,
)
from tests.security.world import World

# Generated examples per route (on top of the explicit ones); PostgreSQL runs a smaller profile.
EXAMPLES = {
    "sqlite": int(os.environ.get("DIALOOG_FUZZ_EXAMPLES", "4")),
    "postgresql": int(os.environ.get("DIALOOG_FUZZ_EXAMPLES_PG", "1")),
}


def _path_for(route: Route, office: str) -> tuple[tuple[str, object], ...]:
    values: list[tuple[str, object]] = []
    for name, converter in route.arguments:
        if converter == "int":
            values.append((name, IdRef(office, ID_TABLES[name])))
        elif name == "form_key":
            values.append((name, FormKey(office)))
        else:
            values.append((name, "common.js"))
    return tuple(values)


def explicit_examples(route: Route, sessions: list[str]) -> list[RequestSpec]:
    """Every session with its own office's ids, and with the other office's (anonymous: office A's)."""
    specs = []
    body = Body("json", {}, "application/json") if route.changes_state else Body()
    for name in sessions:
        own = name.split(":")[0] if ":" in name else "A"
        other = {"A": "B", "B": "A"}[own]
        specs.append(RequestSpec(name, _path_for(route, own), body=body))
        if route.arguments:
            specs.append(RequestSpec(name, _path_for(route, other), body=body))
    return specs


def request_specs(world: World, route: Route) -> st.SearchStrategy[RequestSpec]:
    """Hostile requests for ``route`` from any session."""
    module_words, own_words = keys_for(world.app, route), view_keys(world.app, route)
    tables = sorted(set(ID_TABLES.values()))
    path = st.tuples(
        *[
            st.tuples(st.just(name), path_values(converter, name, ID_TABLES.get(name)))
            for name, converter in route.arguments
        ]
    )
    return st.builds(
        RequestSpec,
        session=st.sampled_from(sorted(world.sessions)),
        path=path,
        query=queries(own_words + module_words, tables),
        body=bodies(own_words, module_words, tables)
        if route.method != "GET"
        else st.just(Body()) | bodies((), (), tables),
        csrf=st.sampled_from(["valid", "valid", "valid", "missing", "wrong", "foreign"]),
    )


def test_every_route_is_classified() -> None:
    """A new route fails here until someone says who may use it and where its ids come from."""
    routes = collection_routes()
    unclassified = sorted({route.endpoint for route in routes} - set(ACCESS))
    assert not unclassified, f"add these endpoints to ACCESS in tests/security/routes.py: {unclassified}"
    stale = sorted(set(ACCESS) - {route.endpoint for route in routes})
    assert not stale, f"these endpoints no longer exist; remove them from ACCESS: {stale}"
    unknown = sorted(
        {
            f"{route.rule}: {name}"
            for route in routes
            for name, converter in route.arguments
            if (converter == "int" and name not in ID_TABLES) or (converter != "int" and name not in STRING_ARGUMENTS)
        }
    )
    assert not unknown, f"say in ID_TABLES or STRING_ARGUMENTS (tests/security/routes.py) what these are: {unknown}"


def test_every_table_belongs_to_an_office_or_to_nobody_on_purpose() -> None:
    """The office fingerprint sees every table; only the login throttle, people's sign-in records
    (which change whenever anyone signs in) and their password-reset links belong to no office."""
    assert sorted(unowned_tables()) == ["login_attempt", "password_reset", "user_session"]


def test_every_role_has_a_session(seeded: tuple[World, Snapshot]) -> None:
    """Sessions follow the Role enum: a new role is logged in (and fuzzed) in both offices."""
    world, _ = seeded
    assert sorted(world.sessions) == sorted(["anonymous"] + [f"{o}:{r.value}" for o in ("A", "B") for r in Role])


def test_route_properties(route: Route, world: World, seeded: tuple[World, Snapshot]) -> None:
    """Every property of ``probe.check_answer`` holds for hostile requests to ``route``."""
    backend = world.backend
    if route.method == "GET" and route.endpoint != "privacy_api.handover_export":
        keep_clean(seeded)  # reads change nothing another route's test depends on

    @given(spec=request_specs(world, route))
    def run(spec: RequestSpec) -> None:
        check_answer(world, route, spec, standing(world, spec.session))

    for spec in reversed(explicit_examples(route, sorted(world.sessions))):
        run = example(spec=spec)(run)
    for route_id, spec in REGRESSIONS:
        if route_id == route.id:
            run = example(spec=spec)(run)
    examples = EXAMPLES[backend] if route.endpoint != "static" else 2
    ci_settings(examples)(run)()


def test_regressions_name_existing_routes() -> None:
    """Every regression example still points at a route of the app."""
    ids = {route.id for route in collection_routes()}
    assert all(route_id in ids for route_id, _ in REGRESSIONS)
