"""The queue's filters: what a staff member can ask for, parsed and checked from a query string."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from inbox.models import ChannelKind, ConversationStatus

DEFAULT_STATUSES = (ConversationStatus.OPEN, ConversationStatus.PENDING)
SENTIMENTS = ("positive", "neutral", "negative")
MAX_LIMIT = 100
DEFAULT_LIMIT = 50
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class QueueFilterError(ValueError):
    """A filter value the queue does not understand; the message says what is accepted."""


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: its last row's activity time and conversation id."""

    last_activity_at: datetime
    conversation_id: int

    def encode(self) -> str:
        """The opaque string handed to the client."""
        raw = json.dumps([self.last_activity_at.isoformat(), self.conversation_id]).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str) -> Cursor:
        """Read a cursor made by :meth:`encode`; anything else raises QueueFilterError."""
        try:
            raw = base64.urlsafe_b64decode(value[:200] + "=" * (-len(value[:200]) % 4))
            moment, conversation_id = json.loads(raw)
            parsed = datetime.fromisoformat(moment)
            if parsed.tzinfo is None or not isinstance(conversation_id, int) or isinstance(conversation_id, bool):
                raise ValueError
            return cls(parsed.astimezone(UTC), conversation_id)
        except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeDecodeError):
            raise QueueFilterError("cursor: not a cursor from a previous page; start again without it") from None


@dataclass(frozen=True)
class QueueFilters:
    """A combination of queue filters; ``None`` means "do not filter on this"."""

    statuses: tuple[ConversationStatus, ...] = DEFAULT_STATUSES
    assignee: str | int = "anyone"  # "mine", "unassigned", "anyone" or a user id
    channel: ChannelKind | None = None
    language: str | None = None
    topic: str | None = None
    sentiment: str | None = None
    needs_reply: bool | None = None
    toxic: bool | None = None
    threat: bool | None = None
    campaign_id: int | None = None
    query: str | None = None
    cursor: Cursor | None = None
    limit: int = DEFAULT_LIMIT


def _boolean(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise QueueFilterError(f"{name}: use true or false (got {value[:40]!r})")


def _positive_int(name: str, value: str) -> int:
    if not value.strip().isdigit() or len(value.strip()) > 18 or int(value) < 1:
        raise QueueFilterError(f"{name}: use a positive whole number (got {value[:40]!r})")
    return int(value)


def _statuses(value: str) -> tuple[ConversationStatus, ...]:
    chosen = []
    for part in (p.strip().lower() for p in value.split(",") if p.strip()):
        try:
            chosen.append(ConversationStatus(part))
        except ValueError:
            allowed = ", ".join(s.value for s in ConversationStatus)
            raise QueueFilterError(f"status: {part[:40]!r} is not one of {allowed} (comma-separated)") from None
    return tuple(dict.fromkeys(chosen)) or DEFAULT_STATUSES


def _assignee(value: str) -> str | int:
    lowered = value.strip().lower()
    if lowered in ("mine", "unassigned", "anyone"):
        return lowered
    if lowered.isdigit() and len(lowered) <= 18:
        return int(lowered)
    raise QueueFilterError(f"assignee: use mine, unassigned, anyone or a user id (got {value[:40]!r})")


def _channel(value: str) -> ChannelKind:
    try:
        return ChannelKind(value.strip().lower())
    except ValueError:
        allowed = ", ".join(k.value for k in ChannelKind)
        raise QueueFilterError(f"channel: {value[:40]!r} is not one of {allowed}") from None


def _pattern(name: str, value: str, pattern: re.Pattern[str], hint: str) -> str:
    lowered = value.strip().lower()
    if not pattern.match(lowered):
        raise QueueFilterError(f"{name}: {hint} (got {value[:40]!r})")
    return lowered


def parse_queue_filters(args: Mapping[str, str]) -> QueueFilters:
    """Turn query-string arguments into filters; an unknown or bad value raises QueueFilterError."""
    known = {"status", "assignee", "channel", "language", "topic", "sentiment", "needs_reply", "toxic", "threat"}
    known |= {"campaign", "q", "cursor", "limit"}
    unknown = sorted(set(args) - known)
    if unknown:
        raise QueueFilterError(f"unknown filter {unknown[0][:40]!r}; use {', '.join(sorted(known))}")
    values: dict[str, object] = {}
    if args.get("status"):
        values["statuses"] = _statuses(args["status"])
    if args.get("assignee"):
        values["assignee"] = _assignee(args["assignee"])
    if args.get("channel"):
        values["channel"] = _channel(args["channel"])
    if args.get("language"):
        values["language"] = _pattern("language", args["language"], _LANGUAGE, "use a language code such as nl or fr")
    if args.get("topic"):
        values["topic"] = _pattern("topic", args["topic"], _CODE, "use a topic code such as housing")
    if args.get("sentiment"):
        sentiment = args["sentiment"].strip().lower()
        if sentiment not in SENTIMENTS:
            raise QueueFilterError(f"sentiment: use one of {', '.join(SENTIMENTS)} (got {args['sentiment'][:40]!r})")
        values["sentiment"] = sentiment
    for name in ("needs_reply", "toxic", "threat"):
        if args.get(name):
            values[name] = _boolean(name, args[name])
    if args.get("campaign"):
        values["campaign_id"] = _positive_int("campaign", args["campaign"])
    if args.get("q") and args["q"].strip():
        values["query"] = args["q"]
    if args.get("cursor"):
        values["cursor"] = Cursor.decode(args["cursor"])
    if args.get("limit"):
        limit = _positive_int("limit", args["limit"])
        if limit > MAX_LIMIT:
            raise QueueFilterError(f"limit: at most {MAX_LIMIT} conversations per page (got {limit})")
        values["limit"] = limit
    return QueueFilters(**values)  # type: ignore[arg-type]
