"""Parse a received mail (RFC 5322 bytes) into what Dialoog stores.

What goes where (the choice this channel makes):

- ``Message.text`` = the *new* part the voter wrote (quoted earlier mails and signatures cut
  by :mod:`inbox.mail.quoting`): the text triage reads and the inbox shows first.
- ``Message.html`` = the mail's HTML part, sanitised with nh3 (:mod:`inbox.mail.html_text`);
  None for plain-text mail.
- ``Message.raw["full_text"]`` = the complete plain text (from text/plain, or converted from
  HTML), quotes included, up to ``MAX_FULL_TEXT`` characters; the mail itself stays in
  the office's mailbox.
- Attachments and inline images: metadata in ``raw["attachments"]`` and rows of
  :class:`inbox.models.EmailAttachment` (content kept up to ``MAX_ATTACHMENT_BYTES``),
  stored as received, never unpacked.

Parsing never raises on bad input: unknown or wrong charsets fall back (see
:mod:`inbox.mail.charsets`), broken headers are read raw, nesting and part counts are capped.
"""

from __future__ import annotations

import email
import hashlib
import mimetypes
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.header import decode_header
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from inbox.mail.addresses import address_in
from inbox.mail.bounces import MailSignals, automatic_reason
from inbox.mail.charsets import decode_text
from inbox.mail.header_block import repair_header_block
from inbox.mail.html_text import html_to_text, sanitize_html
from inbox.mail.quoting import new_part
from inbox.mail.threading import normalize_message_id, parse_id_list
from inbox.text import storable_text

MAX_DEPTH = 20
MAX_PARTS = 500
MAX_FULL_TEXT = 1_000_000
MAX_NEW_TEXT = 100_000
MAX_HTML = 1_000_000
MAX_ATTACHMENT_BYTES = 30 * 1024 * 1024
MAX_REFERENCES = 100


@dataclass(frozen=True)
class Attachment:
    """One attachment or inline image, as received (never unpacked)."""

    position: int
    filename: str
    content_type: str
    size: int
    content_id: str
    inline: bool
    data: bytes


@dataclass
class ParsedMail:
    """The parts of a mail Dialoog uses."""

    message_id: str
    in_reply_to: list[str]
    references: list[str]
    subject: str
    from_address: str
    from_name: str
    sent_at: datetime
    new_text: str
    full_text: str
    html: str | None
    automatic: str | None
    attachments: list[Attachment] = field(default_factory=list)

    def thread_candidates(self) -> list[str]:
        """Referenced Message-IDs, most direct first: In-Reply-To, then References newest first."""
        ordered = [*self.in_reply_to, *reversed(self.references)]
        return list(dict.fromkeys(i for i in ordered if i and i != self.message_id))


def header_text(message: Message, name: str) -> str:
    """A header decoded to text ('' when absent), tolerant of raw 8-bit and broken encodings."""
    wanted = name.lower()
    text = str(next((value for key, value in message.raw_items() if key.lower() == wanted), ""))
    if any("\udc80" <= char <= "\udcff" for char in text):  # raw 8-bit bytes, not encoded words
        text = decode_text(text.encode("utf-8", "surrogateescape"), None)
    # storable: ids, subjects and names end up in database columns (PostgreSQL refuses NUL)
    return storable_text(_decode_words(text) if "=?" in text else " ".join(text.split()))


def _decode_words(value: str) -> str:
    try:
        pieces = decode_header(value)
    except Exception:
        return " ".join(value.split())
    out = []
    for chunk, charset in pieces:
        out.append(decode_text(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return " ".join("".join(out).split())


def _sender(message: Message) -> tuple[str, str]:
    value = header_text(message, "From")
    address, name = address_in(value)
    if address:
        return address[:320], name[:200]
    for fallback in ("Reply-To", "Sender"):  # a From without a usable address: whom to answer
        address, _ = address_in(header_text(message, fallback))
        if address:
            return address[:320], value.strip()[:200]
    return "", value[:200]


def _sent_at(message: Message) -> datetime:
    try:
        parsed = parsedate_to_datetime(header_text(message, "Date"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return min(parsed.astimezone(UTC), datetime.now(UTC))
    except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: 9999-12-31 at -14:00
        return datetime.now(UTC)


class _Walker:
    """Collects body text, HTML and attachments from the part tree, within limits."""

    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.part_types: set[str] = set()
        self.parts = 0

    def walk(self, part: Message, depth: int = 0) -> None:
        """Collect ``part`` and its children: body text and HTML, everything else as attachments."""
        self.parts += 1
        if self.parts > MAX_PARTS or depth > MAX_DEPTH:
            return
        content_type = part.get_content_type()
        self.part_types.add(content_type)
        if part.is_multipart():
            children = part.get_payload()
            if content_type == "multipart/alternative":
                self._alternative(children, depth)
            else:
                for child in children if isinstance(children, list) else []:
                    self.walk(child, depth + 1)
            return
        disposition = (part.get_content_disposition() or "").lower()
        filename = self._filename(part)
        if content_type.startswith("multipart/"):  # declared multipart without a usable boundary
            content_type = "text/plain"
        if content_type in {"text/plain", "text/html"} and disposition != "attachment":  # a filename too: still text
            text = decode_text(self._payload(part), part.get_content_charset())
            (self.plain if content_type == "text/plain" else self.html).append(text)
            return
        self._attach(part, content_type, disposition, filename)

    def _alternative(self, children: object, depth: int) -> None:
        options = [c for c in children if isinstance(c, Message)] if isinstance(children, list) else []
        plain = [c for c in options if c.get_content_type() == "text/plain"]
        rich = [c for c in options if c.get_content_type() == "text/html" or c.is_multipart()]
        if plain:
            self.plain.append(decode_text(self._payload(plain[-1]), plain[-1].get_content_charset()))
        for child in rich[-1:]:
            before = len(self.plain)
            self.walk(child, depth + 1)
            if plain:
                del self.plain[before:]  # the plain alternative already says it
        for child in options:
            if child not in plain and child not in rich:
                self.walk(child, depth + 1)

    @staticmethod
    def _payload(part: Message) -> bytes:
        try:
            data = part.get_payload(decode=True)
        except Exception:
            data = None
        if isinstance(data, bytes):
            return data
        raw = part.get_payload()
        return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""

    @staticmethod
    def _filename(part: Message) -> str:
        try:
            name = part.get_filename() or ""
        except Exception:
            name = ""
        name = _decode_words(name) if "=?" in name else name
        return "".join(ch for ch in name if ch.isprintable() and ch not in '/\\"').strip()[:255]

    def _attach(self, part: Message, content_type: str, disposition: str, filename: str) -> None:
        if content_type == "message/rfc822":
            inner = part.get_payload()
            data = inner[0].as_bytes() if isinstance(inner, list) and inner else self._payload(part)
        else:
            data = self._payload(part)
        position = len(self.attachments) + 1
        content_id = normalize_message_id(header_text(part, "Content-ID"))[:255]
        name = filename or f"attachment-{position}{mimetypes.guess_extension(content_type) or '.bin'}"
        self.attachments.append(
            Attachment(
                position=position,
                filename=name,
                content_type=storable_text(content_type)[:127],
                size=len(data),
                content_id=content_id,
                inline=disposition == "inline" or (bool(content_id) and disposition != "attachment"),
                data=data,
            )
        )


def _trimmed(references: list[str]) -> list[str]:
    """The first and the latest references (a thread root and its recent replies), at most ``MAX_REFERENCES``."""
    return references if len(references) <= MAX_REFERENCES else references[:1] + references[-(MAX_REFERENCES - 1) :]


def _fallback_id(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _signals(message: Message, walker: _Walker, sender: str, text: str) -> MailSignals:
    return MailSignals(
        header=lambda key: header_text(message, key),
        content_type=message.get_content_type(),
        sender=sender,
        from_header=header_text(message, "From"),
        part_types=frozenset(walker.part_types),
        body=text[:20_000],
    )


def _text_attachment_as_body(walker: _Walker) -> None:
    """A mail whose only text is an attached ``text/plain`` file: that file is what the voter wrote."""
    for attachment in walker.attachments:
        if attachment.content_type == "text/plain" and attachment.size <= MAX_NEW_TEXT * 4:
            walker.plain.append(decode_text(attachment.data, None))
            return


def parse_mail(raw: bytes) -> ParsedMail:
    """Parse one mail; never raises on malformed input."""
    message: EmailMessage = email.message_from_bytes(repair_header_block(raw), policy=policy.compat32)  # type: ignore[assignment]
    sender, name = _sender(message)
    header = lambda key: header_text(message, key)  # noqa: E731
    walker = _Walker()
    walker.walk(message)
    if not walker.plain and not walker.html:
        _text_attachment_as_body(walker)
    html = "\n".join(walker.html) if walker.html else None
    full_text = "\n\n".join(walker.plain) if walker.plain else (html_to_text(html) if html else "")
    full_text = full_text.replace("\r\n", "\n").replace("\r", "\n")
    return ParsedMail(
        message_id=normalize_message_id(header("Message-ID")) or _fallback_id(raw),
        in_reply_to=parse_id_list(header("In-Reply-To")),
        references=_trimmed(parse_id_list(header("References"))),
        subject=header("Subject")[:998],
        from_address=sender,
        from_name=name,
        sent_at=_sent_at(message),
        new_text=new_part(full_text[: MAX_NEW_TEXT * 2])[:MAX_NEW_TEXT],
        full_text=full_text[:MAX_FULL_TEXT],
        html=sanitize_html(html[: MAX_HTML * 4]).strip()[:MAX_HTML] if html else None,
        automatic=automatic_reason(_signals(message, walker, sender, full_text)),
        attachments=walker.attachments,
    )
