"""Builders for realistic voter mails (as bytes, the way a mail server stores them)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

_counter = itertools.count(1)


def voter_mail(
    *,
    sender: str = "Lieselotte Peeters <lieselotte@voter.example>",
    to: str = "office@example.test",
    subject: str = "Fietspad steenweg Leuven",
    text: str | None = "Wanneer komt er eindelijk een veilig fietspad op de steenweg naar Leuven?",
    html: str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """A voter's mail; plain, HTML-only or multipart/alternative depending on ``text``/``html``."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = message_id or make_msgid(idstring=f"v{next(_counter)}", domain="voter.example")
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
    if references:
        mail["References"] = " ".join(references)
    for name, value in (headers or {}).items():
        mail[name] = value
    if text is not None:
        mail.set_content(text)
        if html is not None:
            mail.add_alternative(html, subtype="html")
    elif html is not None:
        mail.set_content(html, subtype="html")
    return mail
