"""End of mandate: the office's whole data in a zip, then the office erased; the audit trail of it stays."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from flask import Flask
from sqlalchemy import func, select

from inbox.models import AuditEvent, Contact, ErasureLedger, Office, User, db
from inbox.services.privacy.office_handover import NOT_OFFICE_DATA, count_office_rows
from tests.clients import logged_in_client
from tests.privacy.conftest import Voter, full_voter, last_week, rows_mentioning
from tests.queue.conftest import Desk


def read_zip(data: bytes) -> tuple[dict, dict[str, list[dict]]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(archive.read("manifest.json"))
    files = {
        name.removesuffix(".jsonl"): [json.loads(line) for line in archive.read(name).decode().splitlines()]
        for name in archive.namelist()
        if name.endswith(".jsonl")
    }
    return manifest, files


def test_the_handover_zip_holds_every_table_and_then_the_office_is_gone(
    app: Flask, desk: Desk, other_desk: Desk, voters: tuple[Voter, Voter], tmp_path: Path
) -> None:
    kept = full_voter(other_desk, "Karel Zq7001", "zq7001", last_week().start_utc)
    office_a, admin_a = desk.office_id, desk.setup.admin.id
    emails = {desk.setup.admin.email, desk.setup.politician.email, desk.setup.staff.email}
    expected = count_office_rows(office_a)
    out = tmp_path / "kabinet-a.zip"
    runner = app.test_cli_runner()
    exported = runner.invoke(args=["privacy", "handover", "--office", "Kabinet A", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    assert db.session.get(Office, office_a) is not None  # without --erase nothing is erased

    manifest, files = read_zip(out.read_bytes())
    every_table = {table.name for table in db.metadata.sorted_tables} - set(NOT_OFFICE_DATA)
    assert set(files) == every_table and set(manifest["tables"]) == every_table
    for name, entry in manifest["tables"].items():
        assert entry["rows"] == len(files[name]) == expected[name], name
    assert len(files["contact"]) == 2 and len(files["message"]) == 6 and len(files["note"]) == 2
    assert {row["email"] for row in files["user_account"]} == emails
    assert all("password_hash" not in row for row in files["user_account"])
    assert all("credentials" not in row for row in files["channel_account"])
    raw = out.read_bytes()
    assert b"argon2" not in raw and b"zq7001" not in raw  # no password hashes, nothing of office B
    assert any("zq4471" in row["text"] for row in files["message"])
    assert {row["tag"] for row in files["tag_correction"]} == {"sentiment"}

    erased = runner.invoke(args=["privacy", "handover", "--office", "Kabinet A", "--out", str(out), "--erase", "--yes"])
    assert erased.exit_code == 0, erased.output
    db.session.expire_all()
    assert db.session.get(Office, office_a) is None
    for table in db.metadata.sorted_tables:
        if "office_id" in table.c and table.name not in ("audit_event", "privacy_erasure"):
            left = db.session.execute(
                select(func.count()).select_from(table).where(table.c.office_id == office_a)
            ).scalar_one()
            assert left == 0, table.name
    assert rows_mentioning("zq4471") == [] and rows_mentioning("zq5582") == []
    assert db.session.get(User, admin_a) is None  # nobody left without an office keeps an account
    # office B is untouched
    assert db.session.get(Contact, kept.contact_id) is not None and rows_mentioning("zq7001")
    # the audit trail of the handover survives, with the office's id and name
    trail = db.session.execute(
        select(AuditEvent).where(AuditEvent.action.in_(["office.handover_exported", "office.erased"]))
    ).scalars()
    seen = [(event.action, event.office_id, event.detail["office_name"]) for event in trail]
    assert seen == [
        ("office.handover_exported", office_a, "Kabinet A"),
        ("office.handover_exported", office_a, "Kabinet A"),
        ("office.erased", office_a, "Kabinet A"),
    ]
    assert db.session.execute(
        select(ErasureLedger.kind).where(ErasureLedger.office_id == office_a)
    ).scalars().all() == ["office"]


def test_on_the_privacy_page_the_admin_downloads_first_then_erases_by_typing_the_name(
    app: Flask, desk: Desk, other_desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    office_a, office_b = desk.office_id, other_desk.office_id
    admin = logged_in_client(app, desk.setup.admin)
    assert logged_in_client(app, desk.setup.politician).get("/api/privacy/handover/export").status_code == 403
    too_early = admin.post("/api/privacy/handover/erase", json={"office_name": "Kabinet A"})
    assert too_early.status_code == 422 and "export first" in too_early.get_json()["error"]
    download = admin.get("/api/privacy/handover/export")
    assert download.status_code == 200 and download.mimetype == "application/zip"
    manifest, files = read_zip(download.data)
    assert manifest["office"] == {"id": office_a, "name": "Kabinet A"} and len(files["contact"]) == 2
    wrong = admin.post("/api/privacy/handover/erase", json={"office_name": "Kabinet B"})
    assert wrong.status_code == 422
    done = admin.post("/api/privacy/handover/erase", json={"office_name": "Kabinet A"})
    assert done.status_code == 200 and done.get_json()["voters"] == 2
    assert admin.get("/api/privacy/overview").status_code in (302, 401, 403)  # logged out, account gone
    db.session.expire_all()
    assert db.session.get(Office, office_a) is None and db.session.get(Office, office_b) is not None
