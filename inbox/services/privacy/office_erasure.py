"""End of mandate, part two: erase an office after its data was handed over.

Everything of the office goes: every voter through the erasure code path (search rows and
attachments included), then the office row itself, which takes every remaining office
table with it by foreign-key cascade (channel accounts and their encrypted credentials,
memberships, topics, canned replies, digest settings and deliveries, trained heads,
campaigns, counts, retention runs). People who belonged to no other office are deleted
too: their accounts have nothing left to open. The office row is deleted, not marked
closed; its id is never reused on PostgreSQL (on SQLite only when it was the newest office).

What stays: the audit trail (``audit_event`` rows keep ``office_id`` as a plain number;
``office.handover_exported`` and ``office.erased`` carry the office's name and counts)
and one erasure ledger entry of kind "office", so ``privacy reapply-erasures`` erases the
office again if a backup brings it back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, exists, select, text
from sqlalchemy.orm import aliased

from inbox.models import AuditEvent, Contact, ErasureLedger, Membership, Office, User, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.privacy.erasure import purge
from inbox.services.privacy.ledger import office_hash, record_erasure
from inbox.services.privacy.office_handover import HandoverRefusedError, check_admin, count_office_rows
from inbox.services.privacy.scope import voter_scope

BATCH = 200
EXPORT_VALID_FOR = timedelta(hours=24)


def recent_export(office_id: int, within: timedelta = EXPORT_VALID_FOR) -> bool:
    """Whether the office's data was exported for a handover within ``within``."""
    return (
        db.session.execute(
            select(AuditEvent.id)
            .where(
                AuditEvent.office_id == office_id,
                AuditEvent.action == "office.handover_exported",
                AuditEvent.created_at >= utcnow() - within,
            )
            .limit(1)
        ).scalar_one_or_none()
        is not None
    )


def _users_only_here(office_id: int) -> list[int]:
    other = aliased(Membership)
    return list(
        db.session.execute(
            select(Membership.user_id).where(
                Membership.office_id == office_id,
                ~exists().where(other.user_id == Membership.user_id, other.office_id != office_id),
            )
        ).scalars()
    )


def erase_office(
    office_id: int,
    actor: User | None,
    *,
    confirm_name: str | None = None,
    require_export: bool = False,
    reapply: bool = False,
    progress: Callable[[int], None] = lambda n: None,
) -> dict[str, Any]:
    """Erase the office (see the module docstring); audited as ``office.erased``; returns counts.

    ``confirm_name`` must equal the office's name when given (the page asks for it);
    ``require_export`` refuses unless the office was exported in the last 24 hours.
    """
    office = db.session.get(Office, office_id)
    if office is None:
        raise LookupError(f"office {office_id} not found")
    check_admin(actor, office_id)
    name = office.name
    if confirm_name is not None and confirm_name.strip() != name:
        raise HandoverRefusedError("Type the office's name exactly as shown to erase it.")
    if require_export and not recent_export(office_id):
        raise HandoverRefusedError("Download the office's export first; erasing is possible for 24 hours after it.")
    rows = count_office_rows(office_id)
    actor_label = actor.email if actor else "cli"
    actor_id = actor.id if actor else None
    voters = 0
    while True:
        ids = list(
            db.session.execute(
                select(Contact.id).where(Contact.office_id == office_id).order_by(Contact.id).limit(BATCH)
            ).scalars()
        )
        if not ids:
            break
        purge(voter_scope(office_id, ids), keep_counts=False)
        db.session.commit()
        voters += len(ids)
        progress(len(ids))
    people = _users_only_here(office_id)
    if db.session.get_bind().dialect.name == "sqlite":  # FTS5 rows have no foreign key to cascade
        for table in ("message_fts", "contact_fts"):
            db.session.execute(text(f"DELETE FROM {table} WHERE office_id = :office"), {"office": office_id})
    db.session.execute(delete(Office).where(Office.id == office_id).execution_options(synchronize_session=False))
    if people:
        db.session.execute(delete(User).where(User.id.in_(people)).execution_options(synchronize_session=False))
    db.session.execute(delete(ErasureLedger).where(ErasureLedger.office_id == office_id, ErasureLedger.kind == "voter"))
    if not reapply:
        record_erasure(office_id, [office_hash(office_id, name)], kind="office")
    record_audit(
        office_id,
        actor_id,
        "office.erased",
        "office",
        office_id,
        {
            "office_id": office_id,
            "office_name": name,
            "actor": actor_label,
            "reapplied": reapply,
            "voters": voters,
            "people_removed": len(people),
            "rows": rows,
        },
    )
    db.session.commit()
    db.session.expire_all()
    return {"office_id": office_id, "office_name": name, "voters": voters, "people_removed": len(people), "rows": rows}
