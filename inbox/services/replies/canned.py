"""Canned replies: an admin keeps them; staff fill one in for a voter in one click."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from inbox.models import CannedReply, Conversation, User, db
from inbox.services.access.office_members import politician_name
from inbox.services.answers.record import next_seq
from inbox.services.audit.trail import record_audit
from inbox.services.contacts.names import fill_voter_name, greeting_name
from inbox.translations import LANGUAGES

PLACEHOLDERS = ("voter_name", "politician_name")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


class CannedReplyRejectedError(ValueError):
    """The canned reply is not valid (unknown placeholder, language…)."""


def _validate(title: str, language: str, body: str) -> None:
    if not title.strip() or not body.strip():
        raise CannedReplyRejectedError("A canned reply needs a title and a text.")
    if language not in LANGUAGES:
        raise CannedReplyRejectedError(f"Language must be one of {', '.join(LANGUAGES)}.")
    unknown = sorted(set(PLACEHOLDER.findall(body)) - set(PLACEHOLDERS))
    if unknown:
        raise CannedReplyRejectedError(
            f"Unknown placeholder {{{unknown[0]}}}: use {{voter_name}} or {{politician_name}}."
        )


def canned_view(canned: CannedReply) -> dict[str, Any]:
    """A canned reply as the admin page and the composer show it."""
    return {"id": canned.id, "title": canned.title, "language": canned.language, "body": canned.body}


def list_canned_replies(office_id: int) -> list[dict[str, Any]]:
    """All canned replies of the office, by language and title."""
    rows = db.session.execute(
        select(CannedReply).where(CannedReply.office_id == office_id).order_by(CannedReply.language, CannedReply.title)
    ).scalars()
    return [canned_view(canned) for canned in rows]


def save_canned_reply(
    office_id: int, actor: User, title: str, language: str, body: str, canned_id: int | None = None
) -> CannedReply:
    """Create a canned reply, or update one of this office."""
    _validate(title, language, body)
    if canned_id is None:
        canned = CannedReply(office_id=office_id, title="", language=language, body="")
        db.session.add(canned)
    else:
        canned = _office_canned(office_id, canned_id)
    canned.title, canned.language, canned.body = title.strip()[:200], language, body.strip()
    db.session.flush()
    record_audit(office_id, actor.id, "canned_reply.saved", "canned_reply", canned.id)
    next_seq(office_id)  # every process's suggestion panel reads the canned replies again (issue 20)
    db.session.commit()
    return canned


def delete_canned_reply(office_id: int, actor: User, canned_id: int) -> None:
    """Remove a canned reply of this office."""
    canned = _office_canned(office_id, canned_id)
    db.session.delete(canned)
    record_audit(office_id, actor.id, "canned_reply.deleted", "canned_reply", canned_id)
    next_seq(office_id)  # every process's suggestion panel reads the canned replies again (issue 20)
    db.session.commit()


def render_canned_reply(office_id: int, canned_id: int, conversation_id: int) -> str:
    """The canned reply's text for this conversation's voter, placeholders filled."""
    canned = _office_canned(office_id, canned_id)
    conversation = db.session.execute(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.office_id == office_id)
    ).scalar_one_or_none()
    if conversation is None:
        raise LookupError("No such conversation in this office.")
    voter = greeting_name(conversation.contact)
    return fill_placeholders(canned.body, voter, politician_name(office_id), canned.language)


def fill_placeholders(body: str, voter_name: str | None, politician: str, language: str = "nl") -> str:
    """Replace {voter_name} and {politician_name} (the only placeholders a canned reply may hold).

    Without a name to greet the voter by (only a handle or a number is known), the greeting
    before ``{voter_name}`` becomes a neutral one in the reply's ``language``.
    """
    return fill_voter_name(body, voter_name, language).replace("{politician_name}", politician)


def _office_canned(office_id: int, canned_id: int) -> CannedReply:
    canned = db.session.execute(
        select(CannedReply).where(CannedReply.id == canned_id, CannedReply.office_id == office_id)
    ).scalar_one_or_none()
    if canned is None:
        raise LookupError("No such canned reply in this office.")
    return canned
