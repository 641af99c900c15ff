"""HTML pages of the inbox: the live queue, the approval queue, the admin page."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from inbox.models import Office, Role, db
from inbox.web.access import require_office

pages = Blueprint("pages", __name__)


def _page(template: str, *roles: Role) -> str:
    membership = require_office(*roles)
    office = db.session.get(Office, membership.office_id)
    return render_template(template, office=office, role=str(membership.role), user=current_user)


@pages.route("/")
@login_required
def inbox() -> str:
    """The office's live queue with the open conversation beside it."""
    return _page("inbox.html")


@pages.route("/approvals")
@login_required
def approvals() -> str:
    """Replies waiting for the politician (works on a phone)."""
    return _page("approvals.html")


@pages.route("/admin")
@login_required
def admin() -> str:
    """People and roles, canned replies, topics, the approval rule, channel accounts."""
    return _page("admin.html", Role.ADMIN)
