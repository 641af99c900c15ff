"""Apply the erasure ledger again, after a backup was restored (``privacy reapply-erasures``).

For each office the ledger says was erased and that is back, the office is erased again.
For each voter whose identity hashes match a ledger entry, what was stored until the
erasure is erased again; what they wrote after it is new data and stays (with the contact
it belongs to). Running it twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from inbox.models import Contact, Conversation, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.privacy.erasure import publish_erased, purge
from inbox.services.privacy.ledger import matching_contacts, matching_offices
from inbox.services.privacy.office_erasure import erase_office
from inbox.services.privacy.scope import voter_scope


def reapply_erasures(progress: Callable[[int], None] = lambda n: None) -> dict[str, Any]:
    """Erase again every voter and office of the ledger found in the database; returns counts."""

    offices = 0
    for office_id, entry in matching_offices():
        erase_office(office_id, None, reapply=True)
        entry = db.session.merge(entry)
        entry.reapplied_at = utcnow()
        db.session.commit()
        offices += 1
    voters = conversations = messages = 0
    for contact_id, entry in matching_contacts():
        contact = db.session.get(Contact, contact_id)
        if contact is None:  # an office erased above
            continue
        office_id = contact.office_id
        scope = voter_scope(office_id, [contact_id], before=entry.erased_at)
        later = db.session.execute(
            select(func.count())
            .select_from(Conversation)
            .where(Conversation.contact_id == contact_id, Conversation.created_at > entry.erased_at)
        ).scalar_one()
        whole = contact.created_at <= entry.erased_at and later == 0
        if whole:
            scope = voter_scope(office_id, [contact_id])
        if not scope.message_ids and not scope.conversation_ids and not whole:
            progress(1)
            continue
        counts = purge(scope, delete_contacts=whole)
        entry.reapplied_at = utcnow()
        record_audit(
            office_id,
            None,
            "voter.erasure_reapplied",
            "contact",
            contact_id,
            {"ledger_id": entry.id, "whole_contact": whole, "counts": counts},
        )
        db.session.commit()
        publish_erased(office_id, scope.conversation_ids)
        voters += 1
        conversations += counts.get("conversations", 0)
        messages += counts.get("messages", 0)
        progress(1)
    return {"offices": offices, "voters": voters, "conversations": conversations, "messages": messages}
