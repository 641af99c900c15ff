"""Keep the attachments of newly fetched mail, in the poll's transaction."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from inbox.mail.mime import MAX_ATTACHMENT_BYTES, Attachment
from inbox.models import ChannelAccount, EmailAttachment, Message, db


def already_stored(account_id: int, message_ids: Iterable[str]) -> set[str]:
    """Message-IDs of the account that are stored already (their attachments are too)."""
    wanted = list(set(message_ids))
    if not wanted:
        return set()
    rows = db.session.execute(
        select(Message.external_id).where(Message.channel_account_id == account_id, Message.external_id.in_(wanted))
    )
    return set(rows.scalars())


def add_attachments(account: ChannelAccount, message_id: str, attachments: list[Attachment]) -> None:
    """Add attachment rows to the session; they commit together with the message.

    Content larger than ``MAX_ATTACHMENT_BYTES`` is not kept (metadata only). Rows that a
    crashed earlier poll left behind for the same mail are replaced.
    """
    if not attachments:
        return
    db.session.execute(
        EmailAttachment.__table__.delete().where(
            EmailAttachment.channel_account_id == account.id, EmailAttachment.message_external_id == message_id
        )
    )
    for attachment in attachments:
        db.session.add(
            EmailAttachment(
                office_id=account.office_id,
                channel_account_id=account.id,
                message_external_id=message_id,
                position=attachment.position,
                filename=attachment.filename,
                content_type=attachment.content_type,
                size=attachment.size,
                content_id=attachment.content_id,
                inline=attachment.inline,
                content=attachment.data if attachment.size <= MAX_ATTACHMENT_BYTES else None,
            )
        )


def attachment_summary(attachments: list[Attachment]) -> list[dict[str, object]]:
    """What ``Message.raw["attachments"]`` lists: name, type, size, inline."""
    return [
        {
            "position": a.position,
            "name": a.filename,
            "type": a.content_type,
            "size": a.size,
            "inline": a.inline,
            "content_id": a.content_id,
        }
        for a in attachments
    ]
