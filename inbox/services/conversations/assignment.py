"""Assigning conversations: claim one, hand it to a colleague, or release it."""

from __future__ import annotations

from sqlalchemy import select

from inbox.live.events import publish_to_user
from inbox.models import Conversation, User, db
from inbox.services.access.office_members import member_role
from inbox.services.audit.trail import record_audit
from inbox.services.conversations.summaries import publish_conversation_changes


class AssignmentRejectedError(ValueError):
    """The assignment is not possible (the assignee is not in the office…)."""


def assign_conversation(office_id: int, conversation_id: int, actor: User, assignee_id: int | None) -> Conversation:
    """Assign the conversation to ``assignee_id`` (None: unassign), audited and pushed live."""
    conversation = db.session.execute(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.office_id == office_id)
    ).scalar_one_or_none()
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    role = member_role(office_id, assignee_id) if assignee_id is not None else None
    if assignee_id is not None and role is None:
        raise AssignmentRejectedError("That person is not a member of this office.")
    if role is not None and not role.sees_voter_details:
        raise AssignmentRejectedError("A viewer sees figures only and cannot be assigned a conversation.")
    previous = conversation.assignee_id
    conversation.assignee_id = assignee_id
    record_audit(
        office_id,
        actor.id,
        "conversation.assigned",
        "conversation",
        conversation.id,
        {"from": previous, "to": assignee_id},
    )
    db.session.commit()
    publish_conversation_changes(office_id, [conversation.id], "conversation.updated")
    if assignee_id is not None and assignee_id != actor.id and assignee_id != previous:
        publish_to_user(
            assignee_id,
            "assigned",
            {"conversation_id": conversation.id, "by": actor.name, "voter": conversation.contact.display_name},
        )
    return conversation
