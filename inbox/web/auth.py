"""Log in and out with an e-mail address and a password; repeated failures are slowed down.

A password someone else chose (the operator's ``create-user``) signs nobody in: the login
asks for the user's own password first (``account.first_password``), and only then starts
a session.
"""

from __future__ import annotations

import math
import time
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from inbox.extensions import login_manager
from inbox.models import User
from inbox.services.access.login_throttle import clear_failed_logins, login_wait, record_failed_login
from inbox.services.access.user_sessions import SESSION_TOKEN, end_session, signed_in_user, start_session
from inbox.services.access.users import authenticate, record_session_event
from inbox.web.access import current_membership, landing_url
from inbox.web.i18n import translate

auth = Blueprint("auth", __name__)

FIRST_PASSWORD = "first_password"  # session key: {"user", "at", "next"} between the login and the new password
FIRST_PASSWORD_SECONDS = 600


@login_manager.user_loader
def _load_user(user_id: str) -> User | None:
    """The signed-in user, only while the session's server-side record lives (logout ends it)."""
    return signed_in_user(user_id, session.get(SESSION_TOKEN))


def client_address() -> str:
    """The client's address as the login throttle counts it."""
    return request.remote_addr or "unknown"


def safe_next(value: object) -> str | None:
    """A path on this site to go to after login, or None (never another site)."""
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return None
    parts = urlsplit(value)
    return value if not parts.scheme and not parts.netloc and len(value) <= 500 else None


def sign_in(user: User) -> None:
    """Start a session for ``user`` (server-side record, cookie) and audit the login in the office used."""
    session.clear()
    session.permanent = True
    session[SESSION_TOKEN] = start_session(user)
    login_user(user)
    membership = current_membership()
    record_session_event(user, "user.login", membership.office_id if membership else None, client_address())


def _login_page(status: int = 200) -> tuple[str, int]:
    return render_template("login.html", next=safe_next(request.values.get("next"))), status


@auth.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    """Show the login form; on a correct password start a session that expires when idle."""
    if request.method != "POST":
        return _login_page()
    email, client = request.form.get("email", ""), client_address()
    wait = login_wait(email, client)
    if wait.total_seconds() > 0:
        flash(translate("login.throttled"))
        page, status = _login_page(429)
        return page, status, {"Retry-After": str(math.ceil(wait.total_seconds()))}  # type: ignore[return-value]
    password = request.form.get("password", "")
    user = authenticate(email, password)
    if user is None:
        record_failed_login(email, client)
        flash(translate("login.failed"))
        return _login_page(401)
    clear_failed_logins(email, client)
    next_url = safe_next(request.form.get("next"))
    if user.must_change_password:
        session.clear()
        session[FIRST_PASSWORD] = {"user": user.id, "at": time.time(), "next": next_url}
        return redirect(url_for("account.first_password"))
    sign_in(user)
    return redirect(next_url or landing_url())


@auth.route("/logout", methods=["POST"])
@login_required
def logout() -> Response:
    """End the session, on the server too: a copy of the cookie no longer signs anyone in."""
    membership = current_membership()
    record_session_event(current_user, "user.logout", membership.office_id if membership else None)
    end_session(session.get(SESSION_TOKEN))
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))
