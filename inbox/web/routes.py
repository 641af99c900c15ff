"""HTML pages of the inbox."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from inbox.models import Office, db
from inbox.web.access import require_office

pages = Blueprint("pages", __name__)


@pages.route("/")
@login_required
def inbox() -> str:
    """The office's live queue with the open conversation beside it."""
    membership = require_office()
    office = db.session.get(Office, membership.office_id)
    return render_template("inbox.html", office=office, role=str(membership.role), user=current_user)
