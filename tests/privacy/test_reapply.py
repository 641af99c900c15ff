"""After a backup is restored, the erasure ledger erases the voter again — but not what they wrote since."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from flask import Flask
from sqlalchemy import delete, insert, select

from inbox.models import Contact, ContactIdentity, Conversation, ErasureLedger, Message, TriageResult, db, utcnow
from inbox.services.privacy.erasure import erase_voter
from inbox.services.search.full_text import index_messages_strict
from tests.privacy.conftest import Voter, rows_mentioning, store
from tests.queue.conftest import Desk


def backup_of(voter: Voter) -> list[tuple[object, list[dict]]]:
    """The voter's rows as a backup holds them (the tables a restore brings back), parents first."""
    tables = [
        (Contact.__table__, Contact.id.in_([voter.contact_id])),
        (ContactIdentity.__table__, ContactIdentity.contact_id == voter.contact_id),
        (Conversation.__table__, Conversation.id.in_(voter.conversation_ids)),
        (Message.__table__, Message.id.in_(voter.message_ids)),
        (TriageResult.__table__, TriageResult.message_id.in_(voter.message_ids)),
    ]
    return [
        (table, [dict(row) for row in db.session.execute(select(table).where(where)).mappings()])
        for table, where in tables
    ]


def restore(backup: list[tuple[object, list[dict]]], voter: Voter) -> None:
    for table, rows in backup:
        if rows:
            db.session.execute(insert(table), rows)  # type: ignore[arg-type]
    index_messages_strict(voter.message_ids)  # as `search reindex` does after a restore
    db.session.commit()


def test_reapply_erasures_erases_a_restored_voter_again(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter], tmp_path: Path
) -> None:
    erased, stays = voters
    backup = backup_of(erased)
    erase_voter(erased.contact_id, desk.setup.admin, "voter_request", office_id=desk.office_id)
    runner = app.test_cli_runner()
    ledger = tmp_path / "ledger.jsonl"
    exported = runner.invoke(args=["privacy", "ledger-export", "--out", str(ledger)])
    assert exported.exit_code == 0, exported.output
    assert "zq4471" not in ledger.read_text() and len(ledger.read_text().splitlines()) == 1

    # the restored backup predates the erasure: the voter is back, the ledger entry is not
    restore(backup, erased)
    db.session.execute(delete(ErasureLedger))
    db.session.commit()
    assert rows_mentioning("zq4471")

    result = runner.invoke(args=["privacy", "reapply-erasures", "--ledger", str(ledger)])
    assert result.exit_code == 0, result.output
    assert "1 ledger entries added" in result.output and "1 voters (2 conversations, 3 messages)" in result.output
    db.session.expire_all()
    assert rows_mentioning("zq4471") == [] and rows_mentioning("Bertha") == []
    assert db.session.get(Contact, stays.contact_id) is not None

    again = runner.invoke(args=["privacy", "reapply-erasures", "--ledger", str(ledger)])
    assert "0 ledger entries added" in again.output and "0 voters" in again.output


def test_what_the_voter_wrote_after_the_erasure_is_new_data_and_stays(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    from inbox.services.privacy.reapply import reapply_erasures

    erased, _ = voters
    erase_voter(erased.contact_id, None, "voter_request")
    later = store(
        desk.x.id,
        "Nieuwe vraag na mijn wissing: hoe zit het met de N9?",
        author="x-zq4471",
        name="Bertha Zq4471",
        sent_at=utcnow() - timedelta(minutes=1),
    )
    assert reapply_erasures()["voters"] == 0
    db.session.expire_all()
    assert db.session.get(Message, later.id) is not None
    assert rows_mentioning("Nieuwe vraag na mijn wissing")


def test_after_a_key_rotation_the_ledger_still_matches_under_the_old_key(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    import dataclasses

    from cryptography.fernet import Fernet

    from inbox.services.privacy.reapply import reapply_erasures

    erased, _ = voters
    backup = backup_of(erased)
    erase_voter(erased.contact_id, None, "voter_request")
    restore(backup, erased)
    settings = app.extensions["dialoog.settings"]
    app.extensions["dialoog.settings"] = dataclasses.replace(
        settings, encryption_key=Fernet.generate_key().decode(), encryption_old_keys=(settings.encryption_key,)
    )
    try:
        assert reapply_erasures()["voters"] == 1
    finally:
        app.extensions["dialoog.settings"] = settings
    assert rows_mentioning("zq4471") == []
