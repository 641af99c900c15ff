"""Logged-in browsers for the attack-surface tests: a session cookie and the CSRF token its pages carry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Flask

from inbox.models import Role, User
from tests.clients import IsolatedClient, isolated_client
from tests.factories import PASSWORD


@dataclass
class Session:
    """A logged-in browser: its session cookie and the CSRF token its pages carry (or anonymous)."""

    name: str
    office: str | None = None  # "A" or "B"; None when anonymous
    role: Role | None = None
    user_id: int | None = None
    cookie: str | None = None
    csrf: str | None = None

    @property
    def sees_voter_details(self) -> bool:
        """Whether this session's role may see voters' names and messages."""
        return self.role is not None and self.role.sees_voter_details


def log_in(app: Flask, name: str, user: User, office: str, role: Role) -> Session:
    """Log ``user`` in through the real login form; keep the session cookie and a CSRF token."""
    client: IsolatedClient = isolated_client(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").get_data(as_text=True))
    assert token, "the login form has no CSRF token"
    answer = client.post("/login", data={"email": user.email, "password": PASSWORD, "csrf_token": token.group(1)})
    assert answer.status_code in (302, 303), answer.get_data(as_text=True)[:300]
    page = client.get("/login").get_data(as_text=True)  # any page with a form: the token of this session
    api_token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert api_token, "no CSRF token after login"
    cookie = client.get_cookie("session")
    assert cookie is not None, "login set no session cookie"
    return Session(name, office, role, user.id, cookie.value, api_token.group(1))


def visitor(app: Flask) -> Session:
    """An anonymous browser that opened the login page: a session cookie with a CSRF token, no user."""
    client: IsolatedClient = isolated_client(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").get_data(as_text=True))
    cookie = client.get_cookie("session")
    assert token and cookie is not None, "the login page set no CSRF token"
    return Session("anonymous", cookie=cookie.value, csrf=token.group(1))
