"""E-mail channel: fetch new mail by IMAP, answer by SMTP (also for the website form).

Cursor: ``{"uidvalidity": …, "last_uid": …}`` of the account's folder, saved by polling in
the same transaction as the messages. Each poll fetches the UIDs after ``last_uid`` one by
one, up to ``MAX_MAILS_PER_POLL`` mails or ``MAX_BYTES_PER_POLL`` bytes; the cursor moves
to the last UID fully received. When the connection drops mid-fetch the mails received
so far are returned with the cursor at the last of them, so the next poll resumes after
it: nothing is lost and nothing fetched twice. When UIDVALIDITY changes (the server
renumbered the folder), the folder is scanned again from the start; the Message-ID is the
external id, so mails stored before are recognised and not stored twice.

Bounces and auto-replies are logged and skipped (the cursor still moves past them).
How a mail's parts are stored is described in :mod:`inbox.mail.mime`; threading in
:mod:`inbox.mail.threading`.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from typing import Any

from inbox.ingest.base import Author, ChannelError, FetchResult, IncomingMessage, SentReceipt
from inbox.ingest.email.imap import (
    CONNECTION_ERRORS,
    ImapSettings,
    close_quietly,
    fetch_raw,
    open_mailbox,
    uid_validity,
    uids_after,
    unreachable,
)
from inbox.mail.attachment_store import add_attachments, already_stored, attachment_summary
from inbox.mail.mime import ParsedMail, parse_mail
from inbox.mail.outgoing import build_reply, clean_header, valid_address
from inbox.mail.smtp import SmtpError, SmtpSettings, send_email
from inbox.mail.threading import base_subject, normalize_message_id, resolve_thread_key
from inbox.models import AccountHealth, ChannelAccount, ChannelKind

log = logging.getLogger(__name__)

MAX_MAILS_PER_POLL = 200
MAX_BYTES_PER_POLL = 64 * 1024 * 1024


def _download(settings: ImapSettings, cursor: dict[str, Any]) -> tuple[list[tuple[int, bytes]], dict[str, Any]]:
    """Raw mails after the cursor and the cursor after them (see the module docstring)."""
    mailbox = open_mailbox(settings)
    received: list[tuple[int, bytes]] = []
    try:
        validity = uid_validity(mailbox, settings.folder)
        last_uid = int(cursor.get("last_uid") or 0) if cursor.get("uidvalidity") == validity else 0
        if cursor.get("uidvalidity") not in (None, validity):
            log.warning("UIDVALIDITY of %s changed: scanning the folder again", settings.folder)
        size = 0
        for uid in uids_after(mailbox, last_uid)[:MAX_MAILS_PER_POLL]:
            raw = fetch_raw(mailbox, uid)
            last_uid = uid
            if raw is not None:
                received.append((uid, raw))
                size += len(raw)
            if size >= MAX_BYTES_PER_POLL:
                break
    except CONNECTION_ERRORS as error:
        if not received:
            raise unreachable(settings, error) from error
        log.warning("IMAP connection lost after UID %s; the next poll resumes there: %s", received[-1][0], error)
        last_uid = received[-1][0]
    finally:
        close_quietly(mailbox)
    return received, {"uidvalidity": validity, "last_uid": last_uid, "folder": settings.folder}


def _unreadable(uid: int, raw: bytes, error: Exception) -> ParsedMail:
    """A stand-in for a mail the parser could not read, so that it is still seen by staff."""
    note = f"[Dialoog could not read this e-mail ({error.__class__.__name__}); it is still in the mailbox, UID {uid}.]"
    return ParsedMail(
        message_id="unreadable:" + hashlib.sha256(raw).hexdigest(),
        in_reply_to=[],
        references=[],
        subject="",
        from_address="",
        from_name="",
        sent_at=datetime.now(UTC),
        new_text=note,
        full_text=note,
        html=None,
        automatic=None,
    )


def to_incoming(mail: ParsedMail, thread_key: str) -> IncomingMessage:
    """Normalise a parsed mail; the raw part holds the keys the reply sender reads."""
    # a mail without any address is one unknown person, never merged with the others
    sender = mail.from_address or "no-address:" + hashlib.sha256(mail.message_id.encode()).hexdigest()[:16]
    return IncomingMessage(
        external_id=mail.message_id,
        thread_key=thread_key,
        author=Author(external_id=sender, handle=mail.from_address, display_name=mail.from_name),
        text=mail.new_text,
        html=mail.html,
        sent_at=mail.sent_at,
        in_reply_to_external_id=(mail.in_reply_to or [None])[0],
        subject=mail.subject,
        raw={
            "from": mail.from_address,
            "from_name": mail.from_name,
            "message_id": mail.message_id,
            "in_reply_to": mail.in_reply_to,
            "references": mail.references,
            "subject": mail.subject,
            "full_text": mail.full_text,
            "attachments": attachment_summary(mail.attachments),
        },
    )


class EmailIngestor:
    """Fetches new mail of an EMAIL account by IMAP."""

    kind = ChannelKind.EMAIL

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Mail after the account's cursor, parsed, threaded, without bounces and auto-replies."""
        settings = ImapSettings.from_mapping(account.credentials or {})
        received, cursor = _download(settings, account.cursor or {})
        parsed: list[ParsedMail] = []
        for uid, raw in received:
            try:
                mail = parse_mail(raw)
            except Exception as error:  # one broken mail must not block the mailbox
                log.exception("mail UID %s could not be parsed", uid)
                mail = _unreadable(uid, raw, error)
            if mail.automatic:
                log.info("skipped automatic mail %s from %s: %s", mail.message_id, mail.from_address, mail.automatic)
                continue
            parsed.append(mail)
        known = already_stored(account.id, [mail.message_id for mail in parsed])
        messages: list[IncomingMessage] = []
        by_id: dict[str, str] = {}
        by_subject: dict[tuple[str, str], str] = {}
        for mail in parsed:
            if mail.message_id in known or mail.message_id in by_id:
                continue
            thread_key = resolve_thread_key(
                account.office_id,
                account.id,
                message_id=mail.message_id,
                references=mail.thread_candidates(),
                sender=mail.from_address,
                subject=mail.subject,
                earlier_in_batch=by_id,
                earlier_by_subject=by_subject,
            )
            by_id[mail.message_id] = thread_key
            by_subject.setdefault((mail.from_address, base_subject(mail.subject)), thread_key)
            messages.append(to_incoming(mail, thread_key))
            add_attachments(account, mail.message_id, mail.attachments)
        return FetchResult(messages=messages, cursor=cursor)


def _smtp_error(error: SmtpError) -> ChannelError:
    import smtplib

    if isinstance(error.__cause__, smtplib.SMTPAuthenticationError):
        return ChannelError(
            AccountHealth.UNAUTHORIZED,
            f"The SMTP server refused the login: check the SMTP user name and password ({error.detail}).",
            permanent=True,
        )
    if error.temporary:
        return ChannelError(AccountHealth.PROVIDER_ERROR, f"Sending failed for now, retrying later: {error.detail}.")
    return ChannelError(
        AccountHealth.PROVIDER_ERROR,
        f"The SMTP server refused this reply: {error.detail}. Check the address or the SMTP settings.",
        permanent=True,
    )


class EmailReplySender:
    """Answers a voter by SMTP, in the thread of their mail (EMAIL and WEBFORM accounts)."""

    kind = ChannelKind.EMAIL

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Send ``text`` to the voter; the receipt's external id is the new Message-ID."""
        settings = account.settings or {}
        to = valid_address(str(thread_raw.get("from") or ""))
        if to is None:
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                "The voter's message has no valid e-mail address to answer; reply another way.",
                permanent=True,
            )
        from_address = valid_address(str(settings.get("from_address") or ""))
        if from_address is None:
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                "The account has no valid sender address (from_address): set it in the account settings.",
                permanent=True,
            )
        original_id = normalize_message_id(str(thread_raw.get("message_id") or in_reply_to_external_id or ""))
        references = [str(r) for r in thread_raw.get("references") or [] if r]
        message = build_reply(
            from_address=from_address,
            from_name=str(settings.get("from_name") or ""),
            reply_to=valid_address(str(settings.get("reply_to") or "")) or "",
            to=to,
            subject=str(thread_raw.get("subject") or ""),
            text=text,
            in_reply_to=original_id or None,
            references=references,
        )
        try:
            smtp = SmtpSettings.from_mapping(account.credentials or {})
        except (KeyError, TypeError, ValueError):
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                "The account's SMTP server or port is missing or wrong (smtp_host, smtp_port): fix the SMTP settings.",
                permanent=True,
            ) from None
        except SmtpError as error:
            raise ChannelError(AccountHealth.MISCONFIGURED, error.detail, permanent=True) from error
        try:
            sent_id = normalize_message_id(send_email(smtp, message))
        except SmtpError as error:
            raise _smtp_error(error) from error
        chain = [ref.strip("<>") for ref in str(message["References"] or "").split()]
        return SentReceipt(
            external_id=sent_id,
            sent_at=datetime.now(UTC),
            raw={
                "from": from_address,
                "to": to,
                "message_id": sent_id,
                "in_reply_to": original_id,
                "references": chain,
                "subject": clean_header(str(message["Subject"])),
            },
        )
