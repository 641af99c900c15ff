"""Log in and out with an e-mail address and a password."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import login_required, login_user, logout_user
from werkzeug.wrappers import Response

from inbox.services.users import authenticate

auth = Blueprint("auth", __name__)


@auth.route("/login", methods=["GET", "POST"])
def login() -> str | Response:
    """Show the login form; on a correct password start a session."""
    if request.method == "POST":
        user = authenticate(request.form.get("email", ""), request.form.get("password", ""))
        if user is not None:
            session.clear()
            login_user(user)
            return redirect(url_for("pages.inbox"))
        flash("Unknown e-mail address or wrong password.")
    return render_template("login.html")


@auth.route("/logout", methods=["POST"])
@login_required
def logout() -> Response:
    """End the session."""
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))
