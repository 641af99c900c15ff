"""Build the office's answer to a mail: threaded headers, From/Reply-To, plain text plus HTML."""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from inbox.mail.html_text import text_to_html
from inbox.mail.threading import reply_subject

MAX_REFERENCES = 20
CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
ADDRESS = re.compile(r'^[^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[^\s@<>()\[\],;:".]+$')


def clean_header(value: str) -> str:
    """A header value without line breaks or control characters (no header injection)."""
    return " ".join(CONTROL.sub(" ", value or "").split())


def valid_address(value: str) -> str | None:
    """The one bare address in ``value`` (``user@domain.tld``), or None for anything else or odd."""
    if not value or CONTROL.search(value):
        return None
    address = parseaddr(value.strip())[1]
    return address if ADDRESS.match(address) else None


def _address(name: str, addr: str) -> Address:
    local, _, domain = addr.rpartition("@")
    return Address(display_name=clean_header(name), username=local, domain=domain)


def build_reply(
    *,
    from_address: str,
    from_name: str,
    reply_to: str,
    to: str,
    subject: str,
    text: str,
    in_reply_to: str | None,
    references: list[str],
) -> EmailMessage:
    """An answer threaded under ``in_reply_to`` (with References, trimmed to the first and latest)."""
    message = EmailMessage()
    message["From"] = _address(from_name, from_address)
    message["To"] = to
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = reply_subject(clean_header(subject))
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=from_address.rpartition("@")[2] or "dialoog.invalid")
    chain = [ref for ref in dict.fromkeys([*references, *([in_reply_to] if in_reply_to else [])]) if ref]
    if len(chain) > MAX_REFERENCES:
        chain = chain[:1] + chain[-(MAX_REFERENCES - 1) :]
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
    if chain:
        message["References"] = " ".join(f"<{ref}>" for ref in chain)
    message.set_content(text)
    message.add_alternative(text_to_html(text), subtype="html")
    return message
