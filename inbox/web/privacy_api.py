"""Privacy (GDPR) in the web app: export or erase one voter, the /privacy admin page and its API.

Voter routes are for the office's admins and politicians (staff and viewers get 403; a
contact of another office is 404):

``GET /api/privacy/voters/<id>/export`` → the voter's data as a JSON file (download).

``POST /api/privacy/voters/<id>/erase`` with ``{"confirm": "ERASE", "reason": "voter_request"}``
(the confirmation word of any interface language: ERASE, WISSEN, EFFACER, LÖSCHEN) →
``{"contact_id", "conversation_ids", "counts"}``; 422 without the word or with an unknown reason.

Office routes are for admins only:

``GET /privacy`` the page; ``GET /api/privacy/overview`` → ``{"office", "retention_months",
"report": {dry run, see inbox.services.privacy.retention.retention_report}, "log": [{"at", "action",
"counts"}]}``; ``PUT /api/privacy/retention`` with ``{"retention_months": 24}``;
``GET /api/privacy/handover/export`` → the office's zip (download);
``POST /api/privacy/handover/erase`` with ``{"office_name": "…"}`` (only within 24 hours of an
export) → ``{"erased": true, ...counts}``; the person is then logged out.
"""

from __future__ import annotations

import json
import tempfile
from typing import Any

from flask import Blueprint, Response, abort, jsonify, render_template, send_file
from flask_login import current_user, login_required, logout_user
from sqlalchemy import select

from inbox.models import AuditEvent, Office, Role, db, utcnow
from inbox.services.privacy.erasure import REASONS, PrivacyPermissionError, erase_voter
from inbox.services.privacy.export import export_voter
from inbox.services.privacy.office_erasure import erase_office
from inbox.services.privacy.office_handover import HandoverRefusedError, export_office
from inbox.services.privacy.retention import retention_report, set_retention_months
from inbox.translations import LANGUAGES, gettext
from inbox.web.access import require_office
from inbox.web.json_helpers import error, json_body

privacy_api = Blueprint("privacy_api", __name__)

CONFIRM_WORDS = tuple(gettext(language, "privacy.confirm_word") for language in LANGUAGES)  # ERASE, WISSEN, …
LOG_ACTIONS = (
    "voter.erased",
    "voter.erasure_reapplied",
    "retention.applied",
    "retention.changed",
    "office.handover_exported",
)
LOG_LIMIT = 200


def _privacy_office() -> int:
    return require_office(Role.ADMIN, Role.POLITICIAN).office_id


def _admin_office() -> int:
    return require_office(Role.ADMIN).office_id


@privacy_api.get("/privacy")
@login_required
def page() -> str:
    """Retention, the dry-run report, the erasure log and the end-of-mandate handover."""
    membership = require_office(Role.ADMIN)
    office = db.session.get(Office, membership.office_id)
    return render_template("privacy.html", office=office, role=str(membership.role), user=current_user)


@privacy_api.get("/api/privacy/voters/<int:contact_id>/export")
@login_required
def export(contact_id: int) -> Response:
    """Everything held about the voter, as a downloaded JSON file."""
    office_id = _privacy_office()
    try:
        data = export_voter(contact_id, current_user, office_id=office_id)
    except LookupError:
        abort(404)
    except PrivacyPermissionError:
        abort(403)
    body = json.dumps(data, ensure_ascii=False, indent=1)
    response = Response(body, mimetype="application/json")
    name = f"voter-{contact_id}-{utcnow().date().isoformat()}.json"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@privacy_api.post("/api/privacy/voters/<int:contact_id>/erase")
@login_required
def erase(contact_id: int) -> Response | tuple[Response, int]:
    """Erase the voter after the confirmation word was typed."""
    office_id = _privacy_office()
    payload = json_body()
    if str(payload.get("confirm", "")).strip().upper() not in CONFIRM_WORDS:
        return error("Type the confirmation word shown to erase this voter.", 422)
    reason = payload.get("reason") or "voter_request"
    if reason not in REASONS:
        return error(f"reason must be one of {', '.join(REASONS)}.", 422)
    try:
        return jsonify(erase_voter(contact_id, current_user, reason, office_id=office_id))
    except LookupError:
        abort(404)
    except PrivacyPermissionError:
        abort(403)


def _log(office_id: int) -> list[dict[str, Any]]:
    events = db.session.execute(
        select(AuditEvent)
        .where(AuditEvent.office_id == office_id, AuditEvent.action.in_(LOG_ACTIONS))
        .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
        .limit(LOG_LIMIT)
    ).scalars()
    log = []
    for event in events:
        detail = event.detail or {}
        counts = detail.get("counts") or detail.get("rows") or {}
        if event.action == "retention.changed":
            counts = {"from": detail.get("from"), "to": detail.get("to")}
        log.append({"at": event.created_at.isoformat(), "action": event.action, "counts": counts})
    return log


@privacy_api.get("/api/privacy/overview")
@login_required
def overview() -> Response:
    """The retention period, the dry-run report and the erasure log."""
    office_id = _admin_office()
    office = db.session.get(Office, office_id)
    assert office is not None
    return jsonify(
        {
            "office": office.name,
            "retention_months": office.retention_months,
            "report": retention_report(office_id),
            "log": _log(office_id),
        }
    )


@privacy_api.put("/api/privacy/retention")
@login_required
def retention() -> Response | tuple[Response, int]:
    """Change the retention period: ``{"retention_months": 24}``."""
    office_id = _admin_office()
    try:
        months = set_retention_months(office_id, current_user, json_body().get("retention_months"))  # type: ignore[arg-type]
    except ValueError as rejected:
        return error(str(rejected), 422)
    return jsonify({"retention_months": months, "report": retention_report(office_id)})


@privacy_api.get("/api/privacy/handover/export")
@login_required
def handover_export() -> Response:
    """The office's whole data as a zip of JSON-lines files (audited)."""
    office_id = _admin_office()
    spool = tempfile.TemporaryFile()  # noqa: SIM115 (send_file closes it when the response is done)
    try:
        export_office(office_id, current_user, spool)
    except HandoverRefusedError:
        spool.close()
        abort(403)
    spool.seek(0)
    name = f"dialoog-office-{office_id}-{utcnow().date().isoformat()}.zip"
    response = send_file(spool, mimetype="application/zip", as_attachment=True, download_name=name)
    response.headers["Cache-Control"] = "no-store"
    return response


@privacy_api.post("/api/privacy/handover/erase")
@login_required
def handover_erase() -> Response | tuple[Response, int]:
    """Erase the office after its export, when the office's name was typed."""
    office_id = _admin_office()
    name = json_body().get("office_name")
    if not isinstance(name, str):
        return error("Type the office's name to erase it.", 422)
    try:
        result = erase_office(office_id, current_user, confirm_name=name, require_export=True)
    except HandoverRefusedError as refused:
        return error(str(refused), 422)
    logout_user()
    return jsonify({"erased": True, **result})
