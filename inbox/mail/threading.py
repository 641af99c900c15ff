"""Which conversation a mail belongs to: Message-ID, In-Reply-To, References, then subject.

Resolution order for an inbound mail of one account:

1. an earlier mail of the same poll whose Message-ID it references;
2. a stored message (in or out) of the account whose external id (= Message-ID) it
   references, most direct reference first (In-Reply-To, then References newest first);
3. when the mail looks like a reply (a referenced id or a Re:/Antw:/Réf.:/AW:/TR:/Fwd:
   prefix) but the ids lead nowhere — Outlook and some gateways rewrite or drop them —
   the voter's most recent conversation on the account with the same subject;
4. otherwise a new conversation keyed by the mail's own Message-ID.

A mail only ever joins a conversation of its own sender (steps 1-3): Message-IDs travel in
every reply and quote, so anyone who has seen one could otherwise name it in
``References`` and slip into another voter's conversation, and the office's next answer
there would go to them. A mail that names someone else's conversation starts its own.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable

from sqlalchemy import select

from inbox.models import ContactIdentity, Conversation, Message, db

MAX_ID_LENGTH = 500
PREFIX = re.compile(
    r"^\s*(re|aw|antw|antwoord|réf|ref|rép|rep|tr|fwd?|wg|doorst|sv|vs|res)\.?\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*",
    re.IGNORECASE,
)
TAG = re.compile(r"^\s*\[(extern|external|externe|ext)\]\s*", re.IGNORECASE)
BRACKETED = re.compile(r"<([^<>\s]+)>")
log = logging.getLogger(__name__)


def normalize_message_id(value: str | None) -> str:
    """A Message-ID without brackets and whitespace (hashed when absurdly long); '' if none."""
    if not value:
        return ""
    found = BRACKETED.search(value)
    cleaned = (found.group(1) if found else value).strip().strip("<>").strip()
    cleaned = "".join(cleaned.split())
    if len(cleaned) > MAX_ID_LENGTH:
        return "sha256:" + hashlib.sha256(cleaned.encode("utf-8", "surrogateescape")).hexdigest()
    return cleaned


def parse_id_list(value: str | None) -> list[str]:
    """Message-IDs in a References/In-Reply-To header, in order, also without brackets."""
    if not value:
        return []
    found = BRACKETED.findall(value) or [part for part in re.split(r"[\s,]+", value) if "@" in part]
    ids: list[str] = []
    for item in found:
        normalized = normalize_message_id(item)
        if normalized and normalized not in ids:
            ids.append(normalized)
    return ids


def base_subject(subject: str) -> str:
    """The subject without reply/forward prefixes and [EXTERNAL] tags, case-folded."""
    value = subject or ""
    while True:
        stripped = TAG.sub("", PREFIX.sub("", value, count=1), count=1)
        if stripped == value:
            return " ".join(value.split()).casefold()
        value = stripped


def has_reply_prefix(subject: str) -> bool:
    """True when the subject starts with a reply or forward prefix."""
    return bool(PREFIX.match(TAG.sub("", subject or "")))


def reply_subject(subject: str) -> str:
    """The subject of an answer: one ``Re:`` in front of the base subject."""
    value = subject or ""
    while True:
        stripped = PREFIX.sub("", value, count=1)
        if stripped == value:
            break
        value = stripped
    value = " ".join(value.split())
    return f"Re: {value}" if value else "Re:"


def _sender_contacts(office_id: int, sender: str) -> set[int]:
    """The office's contacts that have ``sender`` as one of their identities."""
    if not sender:
        return set()
    return set(
        db.session.execute(
            select(ContactIdentity.contact_id).where(
                ContactIdentity.office_id == office_id, ContactIdentity.external_id == sender
            )
        ).scalars()
    )


def _thread_of_stored(office_id: int, account_id: int, candidates: list[str], sender: str) -> str | None:
    """The thread of the most direct referenced message whose conversation is the sender's own."""
    if not candidates:
        return None
    rows = db.session.execute(
        select(Message.external_id, Conversation.thread_key, Conversation.contact_id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Message.channel_account_id == account_id, Message.external_id.in_(candidates))
    ).all()
    found = {external_id: (key, contact_id) for external_id, key, contact_id in rows}
    if not found:
        return None
    own = _sender_contacts(office_id, sender)
    for candidate in candidates:
        if candidate in found:
            key, contact_id = found[candidate]
            if contact_id in own:
                return key
            log.info("mail from %s names %s of another voter's conversation: not joined", sender, candidate)
    return None


def _batch_thread_is_senders(
    office_id: int, account_id: int, thread_key: str, sender: str, earlier_by_subject: dict[tuple[str, str], str]
) -> bool:
    """Whether the thread an earlier mail of this poll went to is ``sender``'s own.

    A thread stored before this poll belongs to its conversation's contact; one opened in
    this poll belongs to whoever wrote into it here (the poll's subject index records each
    sender's threads).
    """
    if not sender:
        return False
    contact_id = db.session.execute(
        select(Conversation.contact_id).where(
            Conversation.channel_account_id == account_id, Conversation.thread_key == thread_key
        )
    ).scalar_one_or_none()
    if contact_id is not None:
        return contact_id in _sender_contacts(office_id, sender)
    return any(who == sender and key == thread_key for (who, _), key in earlier_by_subject.items())


def _thread_by_subject(office_id: int, account_id: int, sender: str, subject: str) -> str | None:
    wanted = base_subject(subject)
    if not wanted or not sender:
        return None
    conversations = db.session.execute(
        select(Conversation.thread_key, Conversation.subject)
        .join(ContactIdentity, ContactIdentity.contact_id == Conversation.contact_id)
        .where(
            Conversation.channel_account_id == account_id,
            ContactIdentity.office_id == office_id,
            ContactIdentity.external_id == sender,
        )
        .order_by(Conversation.last_activity_at.desc())
        .limit(50)
    ).all()
    return next((key for key, stored in conversations if base_subject(stored) == wanted), None)


def resolve_thread_key(
    office_id: int,
    account_id: int,
    *,
    message_id: str,
    references: Iterable[str],
    sender: str,
    subject: str,
    earlier_in_batch: dict[str, str],
    earlier_by_subject: dict[tuple[str, str], str],
) -> str:
    """The conversation thread key for one inbound mail (see the module docstring)."""
    candidates = [c for c in references if c and c != message_id]
    for candidate in candidates:
        if candidate in earlier_in_batch:
            key = earlier_in_batch[candidate]
            if _batch_thread_is_senders(office_id, account_id, key, sender, earlier_by_subject):
                return key
    stored = _thread_of_stored(office_id, account_id, candidates, sender)
    if stored:
        return stored
    if candidates or has_reply_prefix(subject):
        in_batch = earlier_by_subject.get((sender, base_subject(subject)))
        if in_batch:
            return in_batch
        by_subject = _thread_by_subject(office_id, account_id, sender, subject)
        if by_subject:
            return by_subject
    return f"mail:{message_id}"
