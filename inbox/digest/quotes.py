"""Two or three short, anonymised voter quotes per top concern.

Anonymised by default: e-mail addresses, links, phone numbers and @handles are removed, and
the quote is signed with at most a first name and a municipality — only what the contact
record holds; nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import datetime

import regex
from sqlalchemy import or_, select

from inbox.digest.counts import inbound_between
from inbox.digest.data import Quote
from inbox.models import Contact, Conversation, Message, TriageResult, db

MAX_QUOTE_CHARS = 180
CANDIDATES = 200
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
_URL = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
_PHONE = re.compile(r"\+?\d[\d ./-]{6,}\d")
_HANDLE = re.compile(r"(?<!\w)@\w{2,}")
_SPACE = re.compile(r"\s+")
_ELLIPSES = re.compile(r"…(?:[\s,;:]*…)+")  # what was removed, side by side: one mark is enough
_FIRST_NAME = regex.compile(r"^\p{Lu}[\p{L}'-]{1,30}$")


def anonymise(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """Strip contact details from ``text``, collapse white space and cut it at a word boundary."""
    cleaned = text[: limit * 20]
    for pattern in (_EMAIL, _URL, _PHONE, _HANDLE):
        cleaned = pattern.sub("…", cleaned)
    cleaned = _ELLIPSES.sub("…", _SPACE.sub(" ", cleaned))
    cleaned = cleaned.strip(" …,;:-")  # a quote neither starts nor ends with what was removed
    if len(cleaned) <= limit:
        return cleaned
    cut = cleaned[:limit].rsplit(" ", 1)[0]
    return (cut or cleaned[:limit]).rstrip(",;:.-") + "…"


def attribution(contact: Contact) -> str:
    """A first name (when the display name starts with one) and the municipality or postcode, if recorded."""
    parts = (contact.display_name or "").split()
    first = parts[0] if parts and _FIRST_NAME.match(parts[0]) else ""
    # the place: a municipality if the record has one, else the postcode (which stands for one); never guessed
    place = str(getattr(contact, "municipality", None) or getattr(contact, "postcode", None) or "").strip()
    return ", ".join(part for part in (first, place[:40]) if part)


def _topic_score(result: TriageResult, code: str) -> float:
    for entry in result.topics or []:
        if isinstance(entry, dict) and entry.get("code") == code:
            return float(entry.get("score") or 0.0)
    return 0.0


def representative_quotes(office_id: int, code: str, start: datetime, end: datetime, count: int = 3) -> list[Quote]:
    """Up to ``count`` quotes from different voters: clear, non-toxic, not form letters, most on-topic first."""
    statement = (
        select(Message.text, TriageResult, Contact)
        .join(TriageResult, TriageResult.message_id == Message.id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(
            inbound_between(office_id, start, end),
            TriageResult.topic == code,
            TriageResult.topic_uncertain.is_not(True),  # a guessed topic is never quoted as that concern
            or_(TriageResult.toxic.is_(None), TriageResult.toxic.is_(False)),
            TriageResult.campaign_id.is_(None),
        )
        .order_by(Message.sent_at.desc())
        .limit(CANDIDATES)
    )
    candidates = []
    for text, result, contact in db.session.execute(statement):
        quote = anonymise(text)
        if len(quote) < 15:
            continue
        fits = 40 <= len(quote) <= MAX_QUOTE_CHARS
        candidates.append((fits, _topic_score(result, code), contact.id, Quote(quote, attribution(contact))))
    candidates.sort(key=lambda item: (item[0], item[1]), reverse=True)
    chosen: list[Quote] = []
    seen: set[int] = set()
    for _, _, contact_id, quote in candidates:
        if contact_id in seen:
            continue
        seen.add(contact_id)
        chosen.append(quote)
        if len(chosen) == count:
            break
    return chosen
