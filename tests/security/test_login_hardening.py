"""Issue 23, finding 8 (login): the answer's time tells nothing about which addresses have an account,
guessing from one client slows that client without locking the owner out, and the session cookie
is Secure, HttpOnly and SameSite=Lax wherever the inbox is served over HTTPS (production).
"""

from __future__ import annotations

import re
import time
from datetime import timedelta
from pathlib import Path

from flask import Flask
from sqlalchemy import update

from inbox import create_app
from inbox.config import load_settings
from inbox.models import LoginAttempt, db, utcnow
from inbox.services.access.login_throttle import (
    FREE_FAILURES_PER_PAIR,
    PAIR_FIRST_WAIT,
    login_wait,
    record_failed_login,
)
from inbox.services.access.users import authenticate
from tests.clients import isolated_client
from tests.conftest import make_app
from tests.factories import PASSWORD, office_with_users
from tests.security.accounts import sign_in

ATTACKER = "203.0.113.66"
OWNER = "198.51.100.7"


def _fastest(action, tries: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(tries):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def test_an_unknown_address_takes_as_long_as_a_wrong_password(sqlite_app: Flask) -> None:
    setup = office_with_users()
    authenticate("warm-up@nowhere.test", "x")  # the first unknown address makes the stand-in hash once
    known = _fastest(lambda: authenticate(setup.staff.email, "not-the-password"))
    unknown = _fastest(lambda: authenticate("nobody@nowhere.test", "not-the-password"))
    # before the fix an unknown address skipped the password hash: a few ms against ~100+ ms
    assert unknown > 0.4 * known, f"unknown address {unknown * 1000:.0f} ms, wrong password {known * 1000:.0f} ms"


def _client_from(app: Flask, address: str):  # type: ignore[no-untyped-def]
    client = isolated_client(app)
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_guessing_from_one_client_does_not_lock_the_owner_out(app: Flask) -> None:
    setup = office_with_users()
    politician = setup.politician.email
    attacker = _client_from(app, ATTACKER)
    answers = [sign_in(attacker, politician, f"guess-{n}").status_code for n in range(FREE_FAILURES_PER_PAIR + 1)]
    assert answers == [401] * FREE_FAILURES_PER_PAIR + [429]
    refused = sign_in(attacker, politician, PASSWORD)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0  # even the right password waits

    owner = _client_from(app, OWNER)
    assert sign_in(owner, politician, PASSWORD).status_code in (302, 303)
    assert owner.get("/api/queue").status_code == 200


def test_each_further_failure_waits_longer(sqlite_app: Flask) -> None:
    email, client = "someone@example.test", ATTACKER
    for _ in range(FREE_FAILURES_PER_PAIR):
        record_failed_login(email, client)
    first = login_wait(email, client)
    assert PAIR_FIRST_WAIT - timedelta(seconds=5) < first <= PAIR_FIRST_WAIT
    db.session.execute(update(LoginAttempt).values(attempted_at=utcnow() - PAIR_FIRST_WAIT))
    db.session.commit()
    assert login_wait(email, client) <= timedelta(0)  # the wait is over: one more try
    record_failed_login(email, client)
    assert login_wait(email, client) > first  # and the next wait is longer
    assert login_wait(email, OWNER) <= timedelta(0) and login_wait("other@example.test", client) <= timedelta(0)


def _set_cookie(app: Flask, base_url: str) -> str:
    with app.app_context():
        email = office_with_users().staff.email
    client = isolated_client(app)
    page = client.get("/login", base_url=base_url).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    answer = client.post(
        "/login",
        base_url=base_url,
        headers={"Referer": base_url + "/login"},  # a browser sends it; over HTTPS the CSRF check wants it
        data={"email": email, "password": PASSWORD, "csrf_token": token},
    )
    assert answer.status_code in (302, 303)
    return answer.headers["Set-Cookie"]


def test_the_session_cookie_is_secure_when_the_inbox_is_served_over_https(tmp_path: Path) -> None:
    app = make_app(tmp_path, DIALOOG_PUBLIC_URL="https://inbox.kabinet.example")
    cookie = _set_cookie(app, "https://inbox.kabinet.example")
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"secure", "httponly"} <= attributes and "SameSite=Lax" in cookie


def test_production_mode_makes_cookies_secure_except_on_a_loopback_trial(tmp_path: Path) -> None:
    base = {"DIALOOG_INSTANCE_DIR": str(tmp_path), "DIALOOG_PRODUCTION": "1"}
    assert load_settings({**base, "DIALOOG_PUBLIC_URL": "http://inbox.kabinet.example"}).secure_cookies
    assert not load_settings({**base, "DIALOOG_PUBLIC_URL": "http://127.0.0.1:8080"}).secure_cookies
    assert not load_settings(
        {**base, "DIALOOG_SECURE_COOKIES": "0", "DIALOOG_PUBLIC_URL": "https://x.example"}
    ).secure_cookies
    app = create_app({**base, "DIALOOG_PUBLIC_URL": "http://inbox.kabinet.example", "TESTING": "1"})
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["SESSION_COOKIE_HTTPONLY"]
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax" and app.config["REMEMBER_COOKIE_SECURE"]
