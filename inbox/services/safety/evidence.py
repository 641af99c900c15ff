""" "Report to police": an evidence bundle (zip) of one message, with a hash of every file.

The bundle holds, for the message the office wants to report:

* ``message.txt``: the text exactly as received (UTF-8, nothing added);
* ``message.json``: provider ids (the message's, the thread's, the channel account's),
  timestamps in UTC and in the office's local time, the triage tags (threat score, rule);
* ``raw_payload.json``: the provider's payload as stored, when one was;
* ``sender.json``: the voter's identities on every channel (provider ids and handles);
* ``other_messages.json``: every other message the voter sent the office, with times;
* ``manifest.json``: who exported what and when, and the SHA-256 and size of each file above;
* ``SHA256SUMS``: the same hashes in the format ``sha256sum -c`` checks.

Every export is audited (``threat.evidence_exported``, with the manifest's hash).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from inbox.models import (
    ChannelAccount,
    Contact,
    ContactIdentity,
    Conversation,
    Direction,
    Message,
    Office,
    User,
    db,
    utcnow,
)
from inbox.services.audit.trail import record_audit

FIXED_TIME = (2026, 1, 1, 0, 0, 0)  # zip entry times: the bundle's bytes depend on its content only


def _times(moment: datetime | None, zone: ZoneInfo) -> dict[str, str | None]:
    if moment is None:
        return {"utc": None, "local": None}
    return {"utc": moment.isoformat(), "local": moment.astimezone(zone).isoformat()}


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n").encode("utf-8")


def _message_record(message: Message, account: ChannelAccount | None, zone: ZoneInfo) -> dict[str, Any]:
    triage = message.triage
    return {
        "message_id": message.id,
        "provider_message_id": message.external_id,
        "provider_in_reply_to_id": message.in_reply_to_external_id,
        "channel": str(account.kind) if account else None,
        "channel_account": {"handle": account.handle, "provider_id": account.external_id} if account else None,
        "sent_at": _times(message.sent_at, zone),
        "received_at": _times(message.received_at, zone),
        "hidden_at": _times(message.hidden_at, zone),
        "removed_at": _times(message.removed_at, zone),
        "text": message.text,
        "html": message.html,
        "tags": None
        if triage is None
        else {
            "threat": triage.threat,
            "threat_score": triage.threat_score,
            "threat_rule": (triage.tags or {}).get("threat_rule"),
            "toxic": triage.toxic,
            "language": triage.language,
            "versions": triage.versions,
        },
    }


def _identity(identity: ContactIdentity) -> dict[str, Any]:
    return {
        "channel": str(identity.channel_kind),
        "provider_id": identity.external_id,
        "handle": identity.handle,
        "display_name": identity.display_name,
        "first_seen_utc": identity.created_at.isoformat() if identity.created_at else None,
    }


def evidence_bundle(office_id: int, message_id: int, user: User) -> tuple[str, bytes]:
    """The zip (file name, bytes) for one inbound message of the office; audited. LookupError if none."""
    message = db.session.execute(
        select(Message).where(
            Message.id == message_id, Message.office_id == office_id, Message.direction == Direction.INBOUND
        )
    ).scalar_one_or_none()
    if message is None:
        raise LookupError("No such message from a voter in this office.")
    office = db.session.get(Office, office_id)
    zone = ZoneInfo(office.timezone if office and office.timezone else "UTC")
    conversation = db.session.get(Conversation, message.conversation_id)
    contact = db.session.get(Contact, conversation.contact_id) if conversation else None
    accounts = {
        a.id: a
        for a in db.session.execute(select(ChannelAccount).where(ChannelAccount.office_id == office_id)).scalars()
    }
    record = _message_record(message, accounts.get(message.channel_account_id), zone)
    record["thread_key"] = conversation.thread_key if conversation else None
    record["conversation_id"] = message.conversation_id
    files: dict[str, bytes] = {"message.txt": message.text.encode("utf-8"), "message.json": _json(record)}
    if message.raw:
        files["raw_payload.json"] = _json(message.raw)
    identities = []
    others: list[Message] = []
    if contact is not None:
        found = db.session.execute(select(ContactIdentity).where(ContactIdentity.contact_id == contact.id)).scalars()
        identities = [_identity(i) for i in found]
        others = list(
            db.session.execute(
                select(Message)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(
                    Conversation.contact_id == contact.id,
                    Message.direction == Direction.INBOUND,
                    Message.id != message.id,
                )
                .order_by(Message.sent_at, Message.id)
            ).scalars()
        )
    files["sender.json"] = _json(
        {
            "contact_id": contact.id if contact else None,
            "display_name": contact.display_name if contact else None,
            "email": contact.email if contact else None,
            "identities": identities,
        }
    )
    files["other_messages.json"] = _json([_message_record(m, accounts.get(m.channel_account_id), zone) for m in others])
    now = utcnow()
    manifest = {
        "bundle": "Dialoog evidence bundle",
        "office": office.name if office else None,
        "office_timezone": str(zone),
        "message_id": message.id,
        "exported_by": {"user_id": user.id, "name": user.name, "email": user.email},
        "exported_at": _times(now, zone),
        "files": [
            {"name": name, "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}
            for name, content in files.items()
        ],
    }
    sums = "".join(f"{entry['sha256']}  {entry['name']}\n" for entry in manifest["files"])
    files["manifest.json"] = _json(manifest)
    files["SHA256SUMS"] = sums.encode("ascii")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, content in files.items():
            bundle.writestr(zipfile.ZipInfo(name, FIXED_TIME), content)
    record_audit(
        office_id,
        user.id,
        "threat.evidence_exported",
        "message",
        message.id,
        {"manifest_sha256": hashlib.sha256(files["manifest.json"]).hexdigest(), "files": len(files)},
    )
    db.session.commit()
    return f"evidence-message-{message.id}-{now.strftime('%Y%m%dT%H%M%SZ')}.zip", buffer.getvalue()
