"""End of mandate, part one: export an office's whole data as a zip of JSON-lines files.

One file per table (``<table>.jsonl``, one JSON object per row, every column except the
ones below) and ``manifest.json`` with the office, the time, each file's row count and
what was left out and why. Which rows belong to the office is worked out from the models:
a table with an ``office_id`` column, or one that refers (by foreign key) to a table that
has one; people (``user_account``) through their membership. A new table is therefore
exported without changes here; the test checks that every table is in the zip.

Left out: password hashes, channel credentials (secrets: the office sets up new ones),
the embeddings and campaign fingerprints (numbers computed from the texts, recomputed by
triage), the search index (rebuilt by ``search reindex``) and tables that belong to no
office (``login_attempt``).

Part two, erasing the office, is :func:`inbox.services.privacy.office_erasure.erase_office`.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from typing import IO, Any

from sqlalchemy import Select, Table, func, select

from inbox.models import Membership, Office, Role, User, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.privacy.export import json_value

FORMAT = "dialoog.office-handover/1"
LEFT_OUT_COLUMNS: dict[str, dict[str, str]] = {
    "user_account": {"password_hash": "secret"},
    "office_invitation": {"token_hash": "secret: the link of a pending invitation"},
    "channel_account": {"credentials": "secret: the new office connects its accounts again"},
    "message_embedding": {"embedding": "computed from the text", "fingerprint": "computed from the text"},
    "campaign": {"centroid": "computed from the texts", "fingerprints": "computed from the texts"},
}
NOT_OFFICE_DATA = {
    "login_attempt": "failed logins by address, kept minutes; no office",
    "user_session": "sign-in records (hashed tokens), of no use outside this installation",
    "password_reset": "a person's password-reset links (hashed tokens), of no use outside this installation",
}


class HandoverRefusedError(PermissionError):
    """The handover may not go ahead (wrong role, wrong office name, no export yet)."""


def check_admin(actor: User | None, office_id: int) -> None:
    """Refuse unless ``actor`` is an admin of the office (None: the operator's CLI)."""
    if actor is None:
        return
    role = db.session.execute(
        select(Membership.role).where(Membership.user_id == actor.id, Membership.office_id == office_id)
    ).scalar_one_or_none()
    if role != Role.ADMIN:
        raise HandoverRefusedError("Only an admin of the office may hand over or erase the office.")


def office_rows(table: Table, office_id: int) -> Select[Any] | None:
    """SELECT the office's rows of ``table`` (every column but the left-out ones); None: no office data.

    Rows are the office's by an ``office_id`` column, or by a required foreign key to a
    table that has one (a note through its conversation).
    """
    left_out = LEFT_OUT_COLUMNS.get(table.name, {})
    columns = [column for column in table.columns if column.name not in left_out]
    statement = select(*columns).order_by(*table.primary_key.columns)
    if table.name == "office":
        return statement.where(table.c.id == office_id)
    if "office_id" in table.c:
        return statement.where(table.c.office_id == office_id)
    if table.name == "user_account":
        return statement.where(table.c.id.in_(select(Membership.user_id).where(Membership.office_id == office_id)))
    for key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        parent = key.column.table
        if "office_id" in parent.c and key.column.name == "id" and not key.parent.nullable:
            return statement.where(key.parent.in_(select(parent.c.id).where(parent.c.office_id == office_id)))
    return None


def export_tables() -> list[Table]:
    """Every table of the models, in dependency order."""
    return list(db.metadata.sorted_tables)


def count_office_rows(office_id: int) -> dict[str, int]:
    """Rows per table that the export of the office holds."""
    counts = {}
    for table in export_tables():
        statement = office_rows(table, office_id)
        if statement is not None:
            counts[table.name] = db.session.execute(
                select(func.count()).select_from(statement.order_by(None).subquery())
            ).scalar_one()
    return counts


def export_office(
    office_id: int, actor: User | None, out: IO[bytes], progress: Callable[[int], None] = lambda n: None
) -> dict[str, Any]:
    """Write the office's zip to ``out``; returns the manifest. Audited as ``office.handover_exported``."""
    office = db.session.get(Office, office_id)
    if office is None:
        raise LookupError(f"office {office_id} not found")
    check_admin(actor, office_id)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "office": {"id": office.id, "name": office.name},
        "exported_at": utcnow().isoformat(),
        "tables": {},
        "left_out_columns": LEFT_OUT_COLUMNS,
        "not_exported": {**NOT_OFFICE_DATA, "search index": "rebuilt from the messages by `search reindex`"},
    }
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in export_tables():
            statement = office_rows(table, office_id)
            if statement is None:
                manifest["not_exported"].setdefault(table.name, "belongs to no office")
                continue
            rows = 0
            with archive.open(f"{table.name}.jsonl", "w") as handle:
                result = db.session.execute(statement.execution_options(yield_per=1000))
                for row in result.mappings():
                    line = json.dumps({key: json_value(value) for key, value in row.items()}, ensure_ascii=False)
                    handle.write(line.encode() + b"\n")
                    rows += 1
                    if rows % 1000 == 0:
                        progress(1000)
            progress(rows % 1000)
            manifest["tables"][table.name] = {"file": f"{table.name}.jsonl", "rows": rows}
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    counts = {name: entry["rows"] for name, entry in manifest["tables"].items()}
    record_audit(
        office_id,
        actor.id if actor else None,
        "office.handover_exported",
        "office",
        office_id,
        {"office_id": office_id, "office_name": office.name, "actor": actor.email if actor else "cli", "rows": counts},
    )
    db.session.commit()
    return manifest
