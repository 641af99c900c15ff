"""Log in and out with an e-mail address and a password; repeated failures are throttled."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from inbox.services.login_throttle import clear_failed_logins, login_blocked, record_failed_login
from inbox.services.user_sessions import SESSION_TOKEN, end_session, start_session
from inbox.services.users import authenticate, record_session_event
from inbox.web.access import landing_url
from inbox.web.i18n import translate

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    """Show the login form; on a correct password start a session that expires when idle."""
    if request.method == "POST":
        email = request.form.get("email", "")
        client = request.remote_addr or "unknown"
        if login_blocked(email, client):
            flash(translate("login.throttled"))
            return render_template("login.html"), 429
        user = authenticate(email, request.form.get("password", ""))
        if user is None:
            record_failed_login(email, client)
            flash(translate("login.failed"))
            return render_template("login.html"), 401
        clear_failed_logins(email)
        session.clear()
        session.permanent = True
        session[SESSION_TOKEN] = start_session(user)
        login_user(user)
        record_session_event(user, "user.login", client)
        return redirect(landing_url())
    return render_template("login.html")


@auth.route("/logout", methods=["POST"])
@login_required
def logout() -> Response:
    """End the session, on the server too: a copy of the cookie no longer signs anyone in."""
    record_session_event(current_user, "user.logout")
    end_session(session.get(SESSION_TOKEN))
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))
