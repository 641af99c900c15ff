"""Security headers on every response: a strict CSP without inline scripts, no sniffing, no framing.

A view that must be framed (the public contact form) sets its own ``Content-Security-Policy``
and ``X-Frame-Options`` (or removes the latter); these defaults never overwrite a header a view set.
"""

from __future__ import annotations

from flask import Flask
from werkzeug.wrappers import Response

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: cid:",
        "connect-src 'self' ws: wss:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

DEFAULT_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def add_security_headers(response: Response) -> Response:
    """Add the default headers a view did not set itself."""
    framed = "frame-ancestors" in response.headers.get("Content-Security-Policy", "")
    for name, value in DEFAULT_HEADERS.items():
        if name == "X-Frame-Options" and framed:
            continue
        response.headers.setdefault(name, value)
    if response.mimetype == "application/json" or response.status_code in (401, 403):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def register_security(app: Flask) -> None:
    """Install the headers on ``app``."""
    app.after_request(add_security_headers)
