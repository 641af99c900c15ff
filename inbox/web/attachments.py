"""Download the attachments of voters' mail (staff of the mail's office only).

Files are always served as downloads (``Content-Disposition: attachment``) with
``nosniff`` and a sandboxing CSP, so a hostile HTML or SVG attachment cannot run in the
inbox's origin. Types that browsers render actively are served as octet-stream.
"""

from __future__ import annotations

from io import BytesIO

from flask import Blueprint, abort, jsonify, send_file, url_for
from flask_login import login_required
from sqlalchemy import select
from werkzeug.wrappers import Response

from inbox.models import EmailAttachment, Message, db
from inbox.web.access import require_office

attachments = Blueprint("attachments", __name__, url_prefix="/attachments")

ACTIVE_TYPES = ("text/html", "image/svg+xml", "application/xhtml+xml", "text/xml", "application/xml", "text/javascript")


def _view(attachment: EmailAttachment) -> dict[str, object]:
    return {
        "id": attachment.id,
        "name": attachment.filename,
        "type": attachment.content_type,
        "size": attachment.size,
        "inline": attachment.inline,
        "downloadable": attachment.content is not None,
        "url": url_for("attachments.download", attachment_id=attachment.id) if attachment.content is not None else None,
    }


@attachments.get("/message/<int:message_id>")
@login_required
def of_message(message_id: int) -> Response:
    """The attachments of one message of the office, with download links."""
    membership = require_office()
    message = db.session.get(Message, message_id)
    if message is None or message.office_id != membership.office_id:
        abort(404)
    rows = db.session.execute(
        select(EmailAttachment)
        .where(
            EmailAttachment.channel_account_id == message.channel_account_id,
            EmailAttachment.message_external_id == message.external_id,
        )
        .order_by(EmailAttachment.position)
    ).scalars()
    return jsonify({"attachments": [_view(row) for row in rows]})


@attachments.get("/<int:attachment_id>")
@login_required
def download(attachment_id: int) -> Response:
    """The attachment's bytes as a download; 404 for another office's or a not-kept file."""
    membership = require_office()
    attachment = db.session.get(EmailAttachment, attachment_id)
    if attachment is None or attachment.office_id != membership.office_id or attachment.content is None:
        abort(404)
    mimetype = attachment.content_type
    if mimetype.startswith(ACTIVE_TYPES) or "/" not in mimetype:
        mimetype = "application/octet-stream"
    response = send_file(
        BytesIO(attachment.content),
        mimetype=mimetype,
        as_attachment=True,
        download_name=attachment.filename or f"attachment-{attachment.id}",
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response.headers["Cache-Control"] = "private, no-store"
    return response
