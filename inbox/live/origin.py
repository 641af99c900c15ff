"""Which web pages may open the live connection (Socket.IO): the inbox's own, nobody else's.

A browser sends the page's ``Origin`` with the handshake, and the session cookie with it:
without this check any site a staff member visits could open a live connection in their
name and read voters' names and messages as they arrive. Allowed are the inbox's public
address (``DIALOOG_PUBLIC_URL``) and the address the request itself was sent to (scheme
and ``Host``; behind nginx the scheme is the forwarded one, set by ProxyFix in
``inbox/deploy/wsgi.py``). Clients that send no ``Origin`` at all (python-socketio's
asyncio client, the load bench) are not browsers and are not refused for it; they still
need a signed-in session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_origin(value: str) -> str:
    """``scheme://host[:port]`` in lower case, without a default port or a path; '' if unreadable."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return ""
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if not scheme or not host:
        return ""
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if port is None or DEFAULT_PORTS.get(scheme) == port:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def request_origin(environ: Mapping[str, Any]) -> str:
    """The origin the request was sent to: its scheme and ``Host`` header."""
    host = str(environ.get("HTTP_HOST") or "")
    scheme = str(environ.get("wsgi.url_scheme") or "http")
    return normalize_origin(f"{scheme}://{host}") if host else ""


def live_origin_check(public_url: str) -> Callable[[str | None, Mapping[str, Any]], bool]:
    """The ``cors_allowed_origins`` callable of the Socket.IO server for this deployment."""
    public = normalize_origin(public_url)

    def allowed(origin: str | None, environ: Mapping[str, Any]) -> bool:
        if not origin:
            return True  # not a browser page; the login check still applies
        wanted = normalize_origin(origin)
        return bool(wanted) and wanted in {public, request_origin(environ)}

    return allowed
