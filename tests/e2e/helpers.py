"""Helpers for end-to-end tests: log in over HTTP, listen on Socket.IO, wait for events."""

from __future__ import annotations

import queue
import re
import time
from collections.abc import Callable
from typing import Any

import requests
import socketio


def login(base_url: str, email: str, password: str) -> requests.Session:
    """Log in through the real form (with its CSRF token); returns the cookie-carrying session."""
    session = requests.Session()
    session.trust_env = False
    page = session.get(f"{base_url}/login", timeout=5)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token, "login form has no CSRF token"
    answer = session.post(
        f"{base_url}/login", data={"email": email, "password": password, "csrf_token": token.group(1)}, timeout=5
    )
    assert answer.ok and "/login" not in answer.url, "login failed"
    session.headers["X-CSRFToken"] = re.search(r'name="csrf-token" content="([^"]+)"', answer.text).group(1)
    return session


class EventListener:
    """A real Socket.IO client that records every event it receives."""

    def __init__(self, base_url: str, session: requests.Session) -> None:
        self.events: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.client = socketio.Client(http_session=session, reconnection=False)
        self.client.on("*", lambda event, data: self.events.put((event, data)))
        self.client.connect(base_url, transports=["websocket"], wait_timeout=10)

    def wait_for(self, predicate: Callable[[str, Any], bool], timeout: float = 10.0) -> tuple[str, Any]:
        """The first event (name, payload) matching ``predicate``; fails after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            try:
                event, data = self.events.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            seen.append(event)
            if predicate(event, data):
                return event, data
        raise AssertionError(f"no matching event within {timeout}s; saw {seen}")

    def close(self) -> None:
        """Disconnect."""
        self.client.disconnect()
