"""Direct messages in the fake X: state, ``GET /2/dm_events`` pages and the send endpoint's checks.

Shapes follow the X API v2 DM lookup and manage references: events come newest first,
``id``, ``event_type`` and ``text`` by default, further ``dm_event.fields`` on request;
a one-to-one ``dm_conversation_id`` is the two user ids joined by ``-``, smaller first;
events are kept 30 days; pagination uses ``next_token`` / ``previous_token``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from inbox.sandbox.x.render import (
    InvalidParamsError,
    check_fields,
    check_id,
    check_params,
    invalid_request,
    problem,
    render_user,
)
from inbox.sandbox.x.state import XState, iso_millis

DM_EVENTS_PARAMS = frozenset(
    {
        "dm_event.fields",
        "event_types",
        "expansions",
        "max_results",
        "media.fields",
        "pagination_token",
        "tweet.fields",
        "user.fields",
    }
)
DM_EVENT_FIELDS = frozenset(
    {
        "attachments",
        "created_at",
        "dm_conversation_id",
        "entities",
        "event_type",
        "id",
        "participant_ids",
        "referenced_tweets",
        "sender_id",
        "text",
    }
)
DM_EXPANSIONS = frozenset({"attachments.media_keys", "participant_ids", "referenced_tweets.id", "sender_id"})
EVENT_TYPES = frozenset({"MessageCreate", "ParticipantsJoin", "ParticipantsLeave"})
DM_MAX_CHARS = 10_000


def one_to_one_conversation_id(first: str, second: str) -> str:
    """X's id of the one-to-one DM conversation between two users."""
    low, high = sorted((first, second), key=int)
    return f"{low}-{high}"


def _split_checked(name: str, raw: str | None, allowed: frozenset[str]) -> list[str]:
    values = [v for v in (raw or "").split(",") if v]
    for value in values:
        if value not in allowed:
            message = f"The `{name}` query parameter value [{value}] is not one of [{','.join(sorted(allowed))}]"
            raise InvalidParamsError(invalid_request({name: [raw]}, message))
    return values


class XDirectMessages(XState):
    """DM events of the fake X (thread-safe like the rest of the state)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limits.update({"dm_events": 300, "dm_create": 200})
        self._dm_events: dict[str, dict[str, Any]] = {}

    def send_dm(self, sender_id: str, recipient_id: str, text: str) -> dict[str, Any]:
        """Store a one-to-one ``MessageCreate`` event and return its full record."""
        with self._lock:
            for uid in (sender_id, recipient_id):
                if uid not in self._users:
                    raise KeyError(f"unknown user id: {uid}")
            event_id = self._next_id()
            event = {
                "id": event_id,
                "event_type": "MessageCreate",
                "text": text,
                "sender_id": sender_id,
                "dm_conversation_id": one_to_one_conversation_id(sender_id, recipient_id),
                "created_at": iso_millis(time.time()),
                "_recipient_id": recipient_id,
            }
            self._dm_events[event_id] = event
            return dict(event)

    def dm_events_of(self, user_id: str) -> list[dict[str, Any]]:
        """Events of the DM conversations ``user_id`` takes part in, newest first (30 days)."""
        oldest = iso_millis(time.time() - 30 * 86400)
        with self._lock:
            found = [
                dict(e)
                for e in self._dm_events.values()
                if user_id in (e["sender_id"], e["_recipient_id"]) and e["created_at"] >= oldest
            ]
        return sorted(found, key=lambda e: int(e["id"]), reverse=True)

    def dm_events_page(self, user_id: str, args: Mapping[str, str]) -> tuple[dict[str, Any], int]:
        """One page of ``GET /2/dm_events`` for the authenticated user."""
        check_params(args, DM_EVENTS_PARAMS)
        fields = _split_checked("dm_event.fields", args.get("dm_event.fields"), DM_EVENT_FIELDS)
        expansions = _split_checked("expansions", args.get("expansions"), DM_EXPANSIONS)
        types = _split_checked("event_types", args.get("event_types"), EVENT_TYPES) or list(EVENT_TYPES)
        user_fields = check_fields("user.fields", args.get("user.fields"))
        raw_max = args.get("max_results", "100")
        if not raw_max.isdigit() or not 1 <= int(raw_max) <= 100:
            message = f"The `max_results` query parameter value [{raw_max}] is not between 1 and 100"
            raise InvalidParamsError(invalid_request({"max_results": [raw_max]}, message))
        upper = None
        token = args.get("pagination_token")
        if token is not None:
            upper = self.resolve_page_token(f"dm:{user_id}", token)
            if upper is None:
                message = f"The `pagination_token` query parameter value [{token}] is not valid"
                raise InvalidParamsError(invalid_request({"pagination_token": [token]}, message))
        events = [
            e
            for e in self.dm_events_of(user_id)
            if e["event_type"] in types and (upper is None or int(e["id"]) < int(upper))
        ]
        page = events[: int(raw_max)]
        meta: dict[str, Any] = {"result_count": len(page)}
        if not page:
            return {"meta": meta}, 200
        if len(events) > len(page):
            meta["next_token"] = self.page_token(f"dm:{user_id}", page[-1]["id"])
        data = [
            {
                key: value
                for key, value in e.items()
                if key in {"id", "event_type", "text"} or (key in fields and not key.startswith("_"))
            }
            for e in page
        ]
        payload: dict[str, Any] = {"data": data, "meta": meta}
        if "sender_id" in expansions:
            users = [self.get_user(uid) for uid in dict.fromkeys(e["sender_id"] for e in page)]
            payload["includes"] = {"users": [render_user(u, user_fields) for u in users if u]}
        return payload, 200

    def create_dm(self, sender_id: str, participant_id: str, body: Any) -> tuple[dict[str, Any], int]:
        """``POST /2/dm_conversations/with/:participant_id/messages`` for the authenticated user."""
        check_id("participant_id", participant_id)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str) or not body["text"].strip():
            raise InvalidParamsError(
                invalid_request({"text": [None]}, "$.text: text is missing, empty or not a string")
            )
        if len(body["text"]) > DM_MAX_CHARS:
            raise InvalidParamsError(invalid_request({"text": ["…"]}, "$.text: must be at most 10000 characters"))
        if participant_id == sender_id or self.get_user(participant_id) is None:
            return problem(403, "Forbidden", "You cannot send messages to this user."), 403
        event = self.send_dm(sender_id, participant_id, body["text"])
        return {"data": {"dm_conversation_id": event["dm_conversation_id"], "dm_event_id": event["id"]}}, 201
