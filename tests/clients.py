"""Flask test clients that behave like separate browsers.

Requests made inside a test's long-lived app context would share its ``g``, where
Flask-Login caches the current user and Flask-WTF the CSRF token, so a second client would
see the first one's login. Each request of an :class:`IsolatedClient` runs in its own app
context (its own ``g`` and database session), as in a real server.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from inbox.models import User
from tests.factories import PASSWORD


class IsolatedClient(FlaskClient):
    """A cookie-keeping test client whose every request gets a fresh app context."""

    def open(self, *args: Any, **kwargs: Any) -> Any:
        with self.application.app_context():
            return super().open(*args, **kwargs)


def isolated_client(app: Flask) -> IsolatedClient:
    """An anonymous client with its own cookies and a fresh app context per request."""
    return IsolatedClient(app, app.response_class, use_cookies=True)


def login(client: FlaskClient, user: User) -> str:
    """Log ``user`` in through the real login form; returns the CSRF token the pages carry."""
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token, "login form has no CSRF token"
    answer = client.post("/login", data={"email": user.email, "password": PASSWORD, "csrf_token": token.group(1)})
    assert answer.status_code in (302, 303), answer.get_data(as_text=True)[:300]
    home = client.get(answer.headers["Location"]).get_data(as_text=True)
    api_token = re.search(r'name="csrf-token" content="([^"]+)"', home)
    assert api_token, "the page after login has no CSRF meta tag"
    return api_token.group(1)


def logged_in_client(app: Flask, user: User, *, csrf_header: bool = True) -> IsolatedClient:
    """A client logged in as ``user``; with ``csrf_header`` it sends the CSRF header on every
    request, as the page's scripts do (forms must then carry their own token)."""
    client = isolated_client(app)
    token = login(client, user)
    if csrf_header:
        client.environ_base["HTTP_X_CSRFTOKEN"] = token
    return client
