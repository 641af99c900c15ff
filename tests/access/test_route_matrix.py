"""Every route of the app (enumerated from ``app.url_map``), asked by every role of two offices and
by an anonymous visitor, with URL ids of office A's objects.

- anonymous: 302 to the login page (or 401) on every route behind the login;
- office B (any role): never office A's data: 403/404 on reads, a refusal on writes, and
  office A unchanged; lists without ids show nothing of office A;
- office A's viewer: 403 on every route with voter details, the digest pages and their own
  account work and show no voter names or texts;
- nobody, in any role, gets a 500.
"""

from __future__ import annotations

import re

from flask import Flask
from werkzeug.routing import Rule

from tests.access.conftest import A_OFFICE, A_TEXT, A_VOTER, World, office_a_state
from tests.clients import IsolatedClient, isolated_client, logged_in_client

# Routes without login: they check their own token or signature (or serve files and health).
PUBLIC_BLUEPRINTS = {"static", "contact_form", "webhooks_meta", "webhooks_x", "health", "i18n"}
PUBLIC_ENDPOINTS = {
    "auth.login",
    "account.first_password",
    "account.forgot_password",
    "account.reset_password",
    "account.invitation",
}
# What a viewer may use: aggregates (digest, dashboard) and their own account.
VIEWER_ENDPOINTS = {
    "account.settings",
    "account.change_password",
    "api.me",
    "api.set_language",
    "digest_pages.digest_home",
    "digest_pages.dashboard_home",
    "digest_pages.preview",
    "digest_pages.preview_json",
    "digest_pages.dashboard",
    "digest_pages.dashboard_json",
}
# Bodies that get a write past its validation to the office check (others are sent ``{}``).
BODIES = {
    "api.post_reply": {"text": "Dank u"},
    "api.assign": {"user_id": None},
    "api.status": {"status": "pending"},
    "api.post_note": {"body": "een notitie"},
    "api.correct_message_tag": {"tag": "sentiment", "value": "positive"},
    "api.reply_length_check": {"conversation_id": "{conversation_id}", "text": "x"},
    "approvals_api.send_back": {"comment": "nog niet"},
    "approvals_api.resubmit": {"text": "nieuwe tekst"},
    "campaigns_api.answer_campaign": {"texts": {"nl": "Dank u"}},
    "contacts_api.merge": {"keep": "{contact_id}", "merge": "{other_contact_id}"},
    "contacts_api.unmerge": {"identity_id": "{identity_id}"},
    "admin_api.set_role": {"role": "staff"},
    "admin_api.save_canned": {"title": "t", "language": "nl", "body": "b"},
    "channels_api.budget": {"daily_requests": 100},
}
ROLES = ("viewer", "staff", "politician", "admin")


def _public(rule: Rule) -> bool:
    return rule.endpoint in PUBLIC_ENDPOINTS or rule.endpoint.split(".")[0] in PUBLIC_BLUEPRINTS


def _requests(app: Flask, world: World) -> list[tuple[str, str, str, object, bool, bool]]:
    """(endpoint, method, url, json body, names office A's objects, public) for every rule and method.

    Fails on a URL argument the matrix has no office-A id for (a new kind of route)."""
    found = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
        if rule.endpoint in {"static", "auth.logout"}:
            continue  # files; logging out is asked last
        missing = set(rule.arguments) - set(world.ids)
        assert not missing, f"{rule.rule}: give the matrix an office-A id for {sorted(missing)}"
        url = rule.build({name: world.ids[name] for name in rule.arguments}, append_unknown=False)[1]
        body = {
            key: world.ids[value[1:-1]] if isinstance(value, str) and value.startswith("{") else value
            for key, value in BODIES.get(rule.endpoint, {}).items()
        }
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append(
                (rule.endpoint, method, url, body if method != "GET" else None, bool(rule.arguments), _public(rule))
            )
    return found


def _ask(client: IsolatedClient, method: str, url: str, body: object) -> tuple[int, str, str]:
    """Status, Location and text of the answer; an exception the app lets through counts as a 500."""
    try:
        answer = client.open(url, method=method, json=body)
    except Exception as crash:
        return 500, "", f"{crash.__class__.__name__}: {crash}"
    return answer.status_code, answer.headers.get("Location", ""), answer.get_data().decode("utf-8", "replace")


def _anonymous(app: Flask) -> IsolatedClient:
    client = isolated_client(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").get_data(as_text=True))
    client.environ_base["HTTP_X_CSRFTOKEN"] = token.group(1)  # so a refusal is the login's, not CSRF's
    return client


def _leaks(text: str) -> list[str]:
    return [marker for marker in (A_VOTER, A_TEXT, "Kerkstraat", A_OFFICE) if marker in text]


def test_every_route_for_every_role_of_two_offices_and_anonymous(app: Flask, world: World) -> None:
    requests = _requests(app, world)
    assert len(requests) > 60
    failures: list[str] = []

    anonymous = _anonymous(app)
    for _endpoint, method, url, body, _names_a, public in requests:
        status, location, _text = _ask(anonymous, method, url, body)
        if status >= 500:
            failures.append(f"anonymous {method} {url}: {status}")
        elif not public and not (status == 401 or (status == 302 and "/login" in location)):
            failures.append(f"anonymous {method} {url}: {status} (expected the login)")

    before = office_a_state(world)
    for role in ROLES:
        client = logged_in_client(app, world.user("b", role))
        for endpoint, method, url, body, names_a, public in requests:
            if public:
                continue
            status, _location, text = _ask(client, method, url, body)
            if status >= 500:
                failures.append(f"office B {role} {method} {url}: {status}")
            elif _leaks(text):
                failures.append(f"office B {role} {method} {url}: {status} shows {_leaks(text)}")
            elif names_a and method == "GET" and status not in (403, 404):
                failures.append(f"office B {role} {method} {url}: {status} (expected 403/404)")
            elif names_a and not 400 <= status < 500:
                failures.append(f"office B {role} {method} {url}: {status} (expected a refusal)")
            elif role == "viewer" and endpoint not in VIEWER_ENDPOINTS and status not in (403, 404):
                failures.append(f"office B viewer {method} {url}: {status} (expected 403/404)")
    assert office_a_state(world) == before, "a request from office B changed office A"

    viewer = logged_in_client(app, world.user("a", "viewer"))
    for endpoint, method, url, body, _names_a, public in requests:
        if public:
            continue
        status, _location, text = _ask(viewer, method, url, body)
        if status >= 500:
            failures.append(f"office A viewer {method} {url}: {status}")
        elif endpoint in VIEWER_ENDPOINTS:
            if status == 403 or _leaks(text.replace(A_OFFICE, "")):
                failures.append(f"office A viewer {method} {url}: {status} {_leaks(text.replace(A_OFFICE, ''))}")
        elif status != 403:
            failures.append(f"office A viewer {method} {url}: {status} (expected 403)")
    assert office_a_state(world) == before, "a viewer's request changed office A"

    for role in ("staff", "politician", "admin"):  # the people of the office: anything but a crash
        client = logged_in_client(app, world.user("a", role))
        for _endpoint, method, url, body, _names_a, _public_route in requests:
            status, _location, _text = _ask(client, method, url, body)
            if status >= 500:
                failures.append(f"office A {role} {method} {url}: {status} {_text[:200]}")
        assert client.post("/logout").status_code == 302
    assert anonymous.post("/logout").status_code in (302, 401)

    assert not failures, "\n".join(failures)
