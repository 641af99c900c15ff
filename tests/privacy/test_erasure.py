"""Erasing a voter, as a data-protection officer would check it: gone everywhere, others untouched, counts kept."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import func, select

from inbox.digest.compute import compute_digest
from inbox.digest.render import render_digest
from inbox.models import AuditEvent, Campaign, Contact, Conversation, ErasureLedger, Message, TriageResult, db
from inbox.services.privacy.erasure import erase_voter
from inbox.services.privacy.scope import VOTER_ROOTS
from tests.clients import logged_in_client
from tests.privacy.conftest import Voter, last_week, rows_mentioning
from tests.queue.conftest import Desk

ALL_STATUSES = "open,pending,snoozed,closed"


def queue_ids(client, **query: str) -> list[int]:  # type: ignore[no-untyped-def]
    answer = client.get("/api/queue", query_string={"status": ALL_STATUSES, **query})
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return [item["id"] for item in answer.get_json()["items"]]


def figures(desk: Desk) -> dict:
    """The counts of last week's digest (what must not change when a voter is erased)."""
    digest = compute_digest(desk.office_id, last_week(), "nl")
    return {
        "voters": digest.voters,
        "messages": digest.messages,
        "sentiment": (digest.positive, digest.neutral, digest.negative),
        "topics": [(t.code, t.voters, t.messages, t.positive, t.neutral, t.negative) for t in digest.all_topics],
        "channels": [(c.kind, c.messages, c.voters) for c in digest.channels],
    }


def digest_text(desk: Desk) -> str:
    rendered = render_digest(compute_digest(desk.office_id, last_week(), "nl"))
    return rendered.text + rendered.html


def test_an_erased_voter_is_found_nowhere_and_the_others_are_untouched(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    erased, stays = voters
    staff = logged_in_client(app, desk.setup.staff)
    assert set(erased.conversation_ids) <= set(queue_ids(staff))
    assert set(queue_ids(staff, q="zq4471")) == set(erased.conversation_ids)
    assert set(queue_ids(staff, q="Bertha")) == set(erased.conversation_ids)
    before = figures(desk)
    assert "zq4471" in digest_text(desk) and "zq5582" in digest_text(desk)  # both quoted before
    assert rows_mentioning("zq4471") and rows_mentioning("Bertha")

    result = erase_voter(erased.contact_id, desk.setup.admin, "voter_request", office_id=desk.office_id)

    assert sorted(result["conversation_ids"]) == erased.conversation_ids
    assert rows_mentioning("zq4471") == []  # text, e-mail, attachment name and content, search rows
    assert rows_mentioning("Bertha") == []  # the name, in every table and the search index
    assert not set(erased.conversation_ids) & set(queue_ids(staff))
    assert queue_ids(staff, q="zq4471") == [] and queue_ids(staff, q="Bertha") == []
    assert db.session.get(Contact, erased.contact_id) is None
    text = digest_text(desk)
    assert "zq4471" not in text and "Bertha" not in text
    assert figures(desk) == before  # last week's numbers stay what they were

    # the other voter: still listed, searchable, quoted, with all their messages
    assert set(stays.conversation_ids) <= set(queue_ids(staff))
    assert set(queue_ids(staff, q="zq5582")) == set(stays.conversation_ids)
    assert "zq5582" in text
    kept = db.session.execute(select(Message.id).where(Message.id.in_(stays.message_ids))).scalars().all()
    assert sorted(kept) == stays.message_ids


def test_no_row_anywhere_still_refers_to_the_erased_voter(app: Flask, desk: Desk, voters: tuple[Voter, Voter]) -> None:
    erased, _ = voters
    erase_voter(erased.contact_id, desk.setup.politician, "objection", office_id=desk.office_id)
    ids = {
        "contact": {erased.contact_id},
        "conversation": set(erased.conversation_ids),
        "message": set(erased.message_ids),
    }
    for table in db.metadata.sorted_tables:
        for key in table.foreign_keys:
            referred = key.column.table.name
            if referred in ids and referred in VOTER_ROOTS:
                left = db.session.execute(
                    select(func.count()).select_from(table).where(key.parent.in_(ids[referred]))
                ).scalar_one()
                assert left == 0, f"{table.name}.{key.parent.name} still refers to an erased {referred}"


def test_the_audit_keeps_ids_and_counts_and_the_ledger_only_keyed_hashes(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    erased, _ = voters
    audit_before = db.session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    erase_voter(erased.contact_id, desk.setup.admin, "voter_request", office_id=desk.office_id)
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "voter.erased")).scalar_one()
    assert (event.office_id, event.actor_user_id, event.target_id) == (
        desk.office_id,
        desk.setup.admin.id,
        str(erased.contact_id),
    )
    assert event.detail["counts"]["messages"] == 3 and event.detail["counts"]["conversations"] == 2
    assert event.detail["reason"] == "voter_request"
    # nothing was removed from the audit trail: one event more than before
    assert db.session.execute(select(func.count()).select_from(AuditEvent)).scalar_one() == audit_before + 1
    entry = db.session.execute(select(ErasureLedger)).scalar_one()
    assert entry.office_id == desk.office_id and entry.kind == "voter"
    assert len(entry.identity_hashes) == 2  # the X account and the e-mail address
    assert all(len(value) == 64 and int(value, 16) >= 0 for value in entry.identity_hashes)
    assert "zq4471" not in repr(entry.identity_hashes)


def test_a_campaign_labelled_with_the_voters_words_keeps_its_size_not_their_words(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    erased, stays = voters
    first = db.session.execute(select(Message).where(Message.id == erased.message_ids[0])).scalar_one()
    campaign = Campaign(
        office_id=desk.office_id, label=" ".join(first.text.split()), size=2, centroid=b"", fingerprints=b""
    )
    db.session.add(campaign)
    db.session.flush()
    for message_id in (erased.message_ids[0], stays.message_ids[0]):
        db.session.execute(
            TriageResult.__table__.update().where(TriageResult.message_id == message_id).values(campaign_id=campaign.id)
        )
    db.session.commit()
    erase_voter(erased.contact_id, None, "voter_request")
    campaign = db.session.get(Campaign, campaign.id)
    assert "zq4471" not in campaign.label and "zq5582" in campaign.label
    assert campaign.size == 2


def test_a_new_message_from_the_same_identity_after_erasure_is_stored_as_new(
    app: Flask, desk: Desk, voters: tuple[Voter, Voter]
) -> None:
    from datetime import timedelta

    from inbox.models import utcnow
    from tests.privacy.conftest import store

    erased, _ = voters
    erase_voter(erased.contact_id, None, "voter_request")
    again = store(
        desk.x.id,
        "Ik ben het weer, nog steeds over de N8.",
        author="x-zq4471",
        name="Bertha Zq4471",
        sent_at=utcnow() - timedelta(minutes=1),
    )
    conversation = db.session.get(Conversation, again.conversation_id)
    # a new contact with only the new message (SQLite may reuse an erased row's id; nothing else carries over)
    contact = db.session.get(Contact, conversation.contact_id)
    assert contact.display_name == "Bertha Zq4471" and contact.email is None
    in_conversation = select(Message.id).where(Message.conversation_id == conversation.id)
    assert db.session.execute(in_conversation).scalars().all() == [again.id]
    assert rows_mentioning("zq4471@voter.example") == []


@pytest.mark.parametrize("role", ["staff"])
def test_staff_may_not_erase(app: Flask, desk: Desk, voters: tuple[Voter, Voter], role: str) -> None:
    from inbox.services.privacy.erasure import PrivacyPermissionError

    erased, _ = voters
    with pytest.raises(PrivacyPermissionError):
        erase_voter(erased.contact_id, getattr(desk.setup, role), "voter_request", office_id=desk.office_id)
    assert db.session.get(Contact, erased.contact_id) is not None
