"""A person's own account: their settings (blur abusive messages), change the password, choose one at a
forced first login, reset it by mail, and accept an invitation to an office. Thin:
:mod:`inbox.services.access.wellbeing`, :mod:`inbox.services.access.password_changes` and
:mod:`inbox.services.access.invitations` do the work."""

from __future__ import annotations

import time

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.services.access.invitations import (
    InvitationInvalidError,
    SignInRequiredError,
    accept_signed_in,
    accept_with_new_account,
    account_exists,
    invitation_for_token,
)
from inbox.services.access.password_changes import change_password as change_own_password
from inbox.services.access.password_changes import choose_first_password, request_password_reset, reset_for_token
from inbox.services.access.password_changes import reset_password as reset_with_token
from inbox.services.access.password_rules import PasswordRejectedError
from inbox.services.access.user_sessions import SESSION_TOKEN
from inbox.services.access.wellbeing import set_blur_abuse
from inbox.web.access import current_membership, landing_url
from inbox.web.auth import FIRST_PASSWORD, FIRST_PASSWORD_SECONDS, safe_next, sign_in
from inbox.web.i18n import translate

account = Blueprint("account", __name__)

Page = str | Response | tuple[str, int]


def _password_page(kind: str, status: int = 200, **values: object) -> tuple[str, int]:
    return render_template("account_password.html", kind=kind, **values), status


def _top_bar() -> dict[str, object]:
    """What the shared top bar needs on the signed-in password page (nothing without an office)."""
    membership = current_membership()
    if membership is None:
        return {}
    return {"office": membership.office, "role": str(membership.role), "user": current_user}


def _field(name: str) -> str:
    value = request.form.get(name, "")
    return value if isinstance(value, str) else ""


@account.route("/account", methods=["GET", "POST"])
@login_required
def settings() -> Page:
    """One's own settings: whether abusive messages are blurred until clicked (staff wellbeing, issue 17)."""
    if request.method == "POST":
        set_blur_abuse(current_user, request.form.get("blur_abuse") == "on")
        flash(translate("account.settings_saved"), "success")
        return redirect(url_for("account.settings"))
    return render_template("account.html", back=landing_url(), **{"user": current_user, **_top_bar()})


@account.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> Page:
    """Change one's own password (the current one is asked); other sessions of the account end."""
    if request.method != "POST":
        return _password_page("change", back=landing_url(), **_top_bar())
    membership = current_membership()
    try:
        change_own_password(
            current_user,
            _field("current"),
            _field("password"),
            _field("repeat"),
            office_id=membership.office_id if membership else None,
            keep_session=session.get(SESSION_TOKEN),
        )
    except PasswordRejectedError as refused:
        flash(translate(refused.key))
        return _password_page("change", 422, back=landing_url(), **_top_bar())
    flash(translate("account.changed"))
    return redirect(landing_url())


@account.route("/password/new", methods=["GET", "POST"])
def first_password() -> Page:
    """Right after a login with a password someone else chose: the user's own password, then the session."""
    pending = session.get(FIRST_PASSWORD)
    if not isinstance(pending, dict) or time.time() - float(pending.get("at", 0)) > FIRST_PASSWORD_SECONDS:
        session.pop(FIRST_PASSWORD, None)
        flash(translate("account.session_expired"))
        return redirect(url_for("auth.login"))
    if request.method != "POST":
        return _password_page("first")
    try:
        user = choose_first_password(int(pending["user"]), _field("password"), _field("repeat"))
    except PasswordRejectedError as refused:
        flash(translate(refused.key))
        return _password_page("first", 422)
    except (LookupError, KeyError, TypeError, ValueError):
        session.pop(FIRST_PASSWORD, None)
        return redirect(url_for("auth.login"))
    next_url = safe_next(pending.get("next"))
    sign_in(user)
    flash(translate("account.changed"))
    return redirect(next_url or landing_url())


@account.route("/password/forgot", methods=["GET", "POST"])
def forgot_password() -> Page:
    """Ask for a reset link by mail; the answer is the same whether or not the address has an account."""
    if request.method != "POST":
        return render_template("password_forgot.html")
    request_password_reset(_field("email"))
    flash(translate("account.forgot_sent"))
    return redirect(url_for("auth.login"))


@account.route("/password/reset", methods=["GET", "POST"])
def reset_password() -> Page:
    """Choose a new password with the link from the reset mail (once, within the hour)."""
    token = request.values.get("token", "")
    if reset_for_token(token) is None:
        flash(translate("account.link_invalid"))
        return render_template("password_forgot.html"), 404
    if request.method != "POST":
        return _password_page("reset", token=token)
    try:
        reset_with_token(token, _field("password"), _field("repeat"))
    except PasswordRejectedError as refused:
        flash(translate(refused.key))
        return _password_page("reset", 422, token=token)
    except LookupError:
        abort(404)
    flash(translate("account.reset_done"))
    return redirect(url_for("auth.login"))


@account.route("/invitation", methods=["GET", "POST"])
def invitation() -> Page:
    """An invitation's link: create an account and accept, or accept signed in to the invited address."""
    token = request.values.get("token", "")
    invited = invitation_for_token(token)
    if invited is None:
        return render_template("invitation.html", state="invalid"), 404
    signed_in = current_user.is_authenticated
    if signed_in:
        state = "accept" if current_user.email.lower() == invited.email else "other_account"
    else:
        state = "sign_in" if account_exists(invited.email) else "new"
    values = {"invitation": invited, "token": token, "office_name": invited.office.name}
    if request.method != "POST" or state in ("sign_in", "other_account"):
        return render_template("invitation.html", state=state, **values), 200 if request.method != "POST" else 403
    office_id = invited.office_id
    try:
        if state == "accept":
            accept_signed_in(token, current_user)
        else:
            sign_in(accept_with_new_account(token, _field("name"), _field("password"), _field("repeat")))
    except PasswordRejectedError as refused:
        flash(translate(refused.key))
        return render_template("invitation.html", state=state, **values), 422
    except (InvitationInvalidError, SignInRequiredError, PermissionError):
        return render_template("invitation.html", state="invalid"), 404
    session["office_id"] = office_id
    flash(translate("invite.accepted", office=values["office_name"]))
    return redirect(landing_url())
