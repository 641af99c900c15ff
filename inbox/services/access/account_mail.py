"""The deployment's own mails about accounts: an invitation to an office, a password-reset link.

They go through the deployment's SMTP server (``DIALOOG_SMTP_HOST``); without one nothing is
sent. In the demo that server is the mail sandbox, which also saves each mail as an .eml file
in ``instance/outbox``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from flask import current_app

from inbox.mail.outgoing import clean_header
from inbox.mail.smtp import SmtpSettings, send_email
from inbox.translations import LOCALES, gettext, language_of

log = logging.getLogger(__name__)

MAIL_TIMEZONE = "Europe/Brussels"


def text(key: str, language: str, **values: str) -> str:
    """The mail text ``key`` in ``language`` (English when the language is unknown), filled in."""
    return gettext(language_of(language, "en"), "mail." + key, **values)


def mail_time(moment: datetime, language: str, timezone: str | None = None) -> str:
    """An instant as Babel writes it in ``language``, in ``timezone`` (Brussels by default), zone named.

    ``26 nov 2026 14:05 (CET)`` in Dutch, ``26.11.2026 14:05 (CET)`` in German.
    """
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(ZoneInfo(timezone or MAIL_TIMEZONE))
    locale = LOCALES[language_of(language, "en") or "en"]
    return (
        f"{format_date(local, 'medium', locale=locale)} {format_time(local, 'short', locale=locale)} ({local.tzname()})"
    )


def deployment_smtp() -> SmtpSettings | None:
    """The deployment's SMTP server, or None when DIALOOG_SMTP_HOST is not set."""
    return SmtpSettings.of_deployment(current_app.extensions["dialoog.settings"])


def public_link(path: str) -> str:
    """An absolute link into the inbox (``DIALOOG_PUBLIC_URL`` + ``path``)."""
    return current_app.extensions["dialoog.settings"].public_url + path


def send_account_mail(to: str, subject: str, body: str) -> bool:
    """Send a plain-text mail from the deployment; False when no SMTP server is configured."""
    smtp = deployment_smtp()
    if smtp is None:
        log.warning("account mail to %s not sent: no SMTP server configured (DIALOOG_SMTP_HOST)", to)
        return False
    sender = current_app.extensions["dialoog.settings"].mail_from
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = clean_header(subject)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip("> ") or "dialoog.invalid")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    send_email(smtp, message)
    return True
