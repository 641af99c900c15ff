"""The confirmation mail a voter gets after posting the website form, in their language.

The mail is a fixed text: it never quotes the name or the message that were posted, so the
form cannot be used to send chosen words from the office's mail identity to any typed
address (the per-address throttle of :mod:`inbox.services.webform.guard` bounds how often).
It carries the Message-ID stored in the message's ``raw``, so that staff replies (and the
voter's own reply to the confirmation) thread with it. Sending happens after the message is
stored: a failure is logged and loses nothing.
"""

from __future__ import annotations

import logging
from email.headerregistry import Address
from email.message import EmailMessage

from inbox.mail.smtp import SmtpError, SmtpSettings, send_email
from inbox.models import ChannelAccount
from inbox.services.webform.texts import text

log = logging.getLogger("inbox.services.webform.submissions")


def send_confirmation(
    account: ChannelAccount,
    address: str,
    subject: str,
    mail_id: str,
    office_name: str,
    language: str,
) -> None:
    """Mail the voter a confirmation in their language; a failure is logged, the message is already safe."""
    sender = str(account.settings.get("from_address") or "")
    if account.disconnected_at is not None:
        log.info("contact form of office %s: disconnected by an admin, confirmation not sent", account.office_id)
        return
    if not sender or not account.credentials.get("smtp_host"):
        log.warning("contact form of office %s: no SMTP set up, confirmation not sent", account.office_id)
        return
    try:
        mail = _confirmation_mail(account, address, subject, mail_id, office_name, language)
        send_email(SmtpSettings.from_mapping(account.credentials), mail)
    except SmtpError as error:
        log.warning("contact form of office %s: confirmation to voter failed: %s", account.office_id, error)
    except Exception:  # the message is stored; a mail the library cannot build must not turn into a 500
        log.exception("contact form of office %s: confirmation could not be built", account.office_id)


def _confirmation_mail(
    account: ChannelAccount,
    address: str,
    subject: str,
    mail_id: str,
    office_name: str,
    language: str,
) -> EmailMessage:
    mail = EmailMessage()
    sender_name = str(account.settings.get("from_name") or office_name)
    mail["From"] = Address(display_name=sender_name, addr_spec=str(account.settings["from_address"]))
    mail["To"] = Address(addr_spec=address)
    if account.settings.get("reply_to"):
        mail["Reply-To"] = str(account.settings["reply_to"])
    mail["Subject"] = subject
    mail["Message-ID"] = mail_id
    mail["Auto-Submitted"] = "auto-replied"
    mail["Content-Language"] = language
    mail.set_content(text("mail_body", language, office=office_name))
    return mail
