"""Internal notes on a conversation, with @mentions that notify colleagues."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from inbox.live.events import publish, publish_to_user
from inbox.models import Conversation, Note, User, db
from inbox.services.access.office_members import office_members
from inbox.services.audit.trail import record_audit

MAX_NOTE_CHARS = 5_000
MENTION = re.compile(r"@([\w.\-]+)")


class NoteRejectedError(ValueError):
    """The note cannot be stored as written."""


def _mention_keys(user: User) -> set[str]:
    name = user.name.strip().lower()
    first = name.split()[0] if name else ""
    return {key for key in (first, name.replace(" ", ""), name.replace(" ", "."), user.email.split("@")[0]) if key}


def mentioned_users(office_id: int, body: str, author_id: int) -> list[User]:
    """Members of the office named with @first-name, @fullname or @e-mail-name in ``body``."""
    words = {match.lower().rstrip(".") for match in MENTION.findall(body)}
    if not words:
        return []
    return [user for user, _role in office_members(office_id) if user.id != author_id and words & _mention_keys(user)]


def note_view(note: Note, author_name: str) -> dict[str, Any]:
    """A note as the conversation page shows it."""
    return {
        "id": note.id,
        "conversation_id": note.conversation_id,
        "author": author_name,
        "body": note.body,
        "mentions": note.mentions or [],
        "created_at": note.created_at.isoformat(),
    }


def add_note(office_id: int, conversation_id: int, author: User, body: str) -> Note:
    """Store a note, notify the colleagues it @mentions, and push it to the office's inboxes."""
    text = body.strip()
    if not text:
        raise NoteRejectedError("The note is empty.")
    if len(text) > MAX_NOTE_CHARS:
        raise NoteRejectedError(f"A note has at most {MAX_NOTE_CHARS} characters.")
    conversation = db.session.execute(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.office_id == office_id)
    ).scalar_one_or_none()
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    mentioned = mentioned_users(office_id, text, author.id)
    note = Note(conversation_id=conversation.id, author_id=author.id, body=text, mentions=[u.id for u in mentioned])
    db.session.add(note)
    db.session.flush()
    record_audit(office_id, author.id, "note.added", "conversation", conversation.id, {"note_id": note.id})
    db.session.commit()
    view = note_view(note, author.name)
    publish(office_id, "note.created", view)
    for user in mentioned:
        publish_to_user(user.id, "mentioned", {**view, "voter": conversation.contact.display_name})
    return note


def conversation_notes(conversation_id: int) -> list[dict[str, Any]]:
    """A conversation's notes, oldest first."""
    rows = db.session.execute(
        select(Note, User.name)
        .outerjoin(User, User.id == Note.author_id)
        .where(Note.conversation_id == conversation_id)
        .order_by(Note.id)
    ).all()
    return [note_view(note, name or "") for note, name in rows]
