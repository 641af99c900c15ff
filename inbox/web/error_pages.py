"""Translated 400, 403 and 404 pages with the top bar, instead of Werkzeug's bare English ones.

A browser asking for a page gets the page in the interface language, with the navigation
when the person is signed in to an office (else a link to log in). JSON clients (``/api/``,
or a request that prefers JSON), webhooks and the like keep the plain answer.
"""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_login import current_user
from werkzeug.exceptions import HTTPException

from inbox.models import Office, db
from inbox.web.access import current_membership, landing_url

PAGE_STATUSES = (400, 403, 404)  # 400: an unreadable address or an expired form (CSRF)
_NOT_PAGES = ("/api/", "/webhooks/", "/socket.io", "/health", "/static/")


def _wants_page() -> bool:
    if request.path.startswith(_NOT_PAGES):
        return False
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "text/html"


def error_page(failure: HTTPException) -> HTTPException | tuple[str, int]:
    """The error as a page of the interface (or unchanged for anything that is not a browser page)."""
    if not _wants_page():
        return failure
    membership = current_membership()
    office = db.session.get(Office, membership.office_id) if membership else None
    page = render_template(
        "error.html",
        status=failure.code,
        office=office,
        role=str(membership.role) if membership else None,
        user=current_user,
        home=landing_url() if membership else None,
    )
    return page, failure.code or 500


def register_error_pages(app: Flask) -> None:
    """Answer 400, 403 and 404 with :func:`error_page`."""
    for status in PAGE_STATUSES:
        app.register_error_handler(status, error_page)
