"""The office's audit trail for its admins: the ``/audit`` page, search, and download.

``GET /api/admin/audit`` with the query string ``actor`` (a user id or ``system``),
``action`` (a prefix: ``conversation.`` finds every conversation action), ``target_type``,
``target_id``, ``since`` and ``until`` (dates in the office's time zone, both days
included, or ISO times), ``cursor`` and ``limit`` (1–200, default 50) →
``{"events": [{"id", "at" (UTC ISO), "local_time" (office time), "actor_id", "actor",
"action", "target_type", "target_id", "detail"}], "next_cursor": "812" | null}``, newest
first; 400 ``{"error"}`` names a bad filter.

``POST /api/admin/audit/export`` (a form with ``csrf_token``, ``format`` = ``csv`` or
``jsonl`` and the same filters) streams every matching event, oldest first, as a
download. The export is audited (``audit.exported``) before the first byte leaves.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, jsonify, render_template, request, stream_with_context
from flask_login import current_user, login_required

from inbox.models import Office, Role, db
from inbox.services.audit.search import (
    EXPORT_FORMATS,
    AuditFilterError,
    export_lines,
    iter_audit,
    office_zone,
    parse_audit_filters,
    parse_cursor,
    parse_limit,
    record_export,
    search_audit,
)
from inbox.web.access import require_office
from inbox.web.json_helpers import error

audit_api = Blueprint("audit_api", __name__)

MIMETYPES = {"csv": "text/csv", "jsonl": "application/x-ndjson"}


@audit_api.get("/audit")
@login_required
def page() -> str:
    """Search the office's audit trail, page through it and download it."""
    membership = require_office(Role.ADMIN)
    office = db.session.get(Office, membership.office_id)
    return render_template("audit.html", office=office, role=str(membership.role), user=current_user)


@audit_api.get("/api/admin/audit")
@login_required
def search() -> Response | tuple[Response, int]:
    """A page of the office's audit events matching the query string's filters."""
    office_id = require_office(Role.ADMIN).office_id
    try:
        filters = parse_audit_filters(request.args, office_zone(office_id))
        result = search_audit(
            office_id,
            filters,
            cursor=parse_cursor(request.args.get("cursor")),
            limit=parse_limit(request.args.get("limit")),
        )
    except AuditFilterError as rejected:
        return error(str(rejected), 400)
    return jsonify({"events": result.events, "next_cursor": result.next_cursor})


@audit_api.post("/api/admin/audit/export")
@login_required
def export() -> Response | tuple[Response, int]:
    """Every matching event as a CSV or JSON-lines download (the export itself is audited)."""
    office_id = require_office(Role.ADMIN).office_id
    export_format = request.form.get("format", "csv")
    if export_format not in EXPORT_FORMATS:
        return error(f"format: one of {', '.join(EXPORT_FORMATS)}", 400)
    try:
        filters = parse_audit_filters(request.form, office_zone(office_id))
    except AuditFilterError as rejected:
        return error(str(rejected), 400)
    record_export(office_id, current_user.id, export_format, filters, "web")
    lines = export_lines(iter_audit(office_id, filters), export_format)
    filename = f"dialoog-audit-{office_id}-{date.today().isoformat()}.{export_format}"
    response = Response(stream_with_context(lines), mimetype=MIMETYPES[export_format])
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response
