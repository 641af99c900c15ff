"""Requests that once broke a property of the API run: each runs as an explicit ``@example`` of its route.

Every entry is a bug that was found (by the fuzzing or while reading what it pointed at) and
fixed; the comment says what the answer was before the fix.
"""

from __future__ import annotations

from typing import Any

from tests.security.strategies import Body, IdRef, Nested, RequestSpec

DEEP_JSON = Body("raw", Nested(100_000), "application/json")
FAR_PAST = "0001-01-01T00:00:00+14:00"  # before datetime.min once in UTC


def _json(value: Any) -> Body:
    return Body("json", value, "application/json")


def _in(office: str, name: str, table: str) -> tuple[tuple[str, IdRef], ...]:
    return ((name, IdRef(office, table)),)


A_CONVERSATION = _in("A", "conversation_id", "conversation")

REGRESSIONS: list[tuple[str, RequestSpec]] = [
    # RecursionError from a JSON body nested 100 000 deep: a 500 on every JSON endpoint (now 400 or ignored)
    ("POST /api/contacts/unmerge", RequestSpec("B:staff", body=DEEP_JSON)),
    ("POST /api/conversations/<int:conversation_id>/notes", RequestSpec("A:staff", A_CONVERSATION, body=DEEP_JSON)),
    # PostgreSQL "integer out of range" for a path id beyond a 32-bit column: a 500 (now 404)
    ("GET /api/conversations/<int:conversation_id>", RequestSpec("A:staff", (("conversation_id", str(2**31)),))),
    ("GET /offices/<int:office_id>/digest.json", RequestSpec("B:viewer", (("office_id", str(2**63)),))),
    # PostgreSQL refuses NUL in text: NUL in a path, a form field or a JSON string was a 500
    ("GET /form/<form_key>", RequestSpec("anonymous", (("form_key", "%00"),))),
    ("POST /form/<form_key>", RequestSpec("anonymous", (("form_key", "a%00"),), body=Body("form", {"name": "x"}))),
    ("POST /login", RequestSpec("anonymous", body=Body("form", {"email": "an\x00@example.be", "password": "x"}))),
    ("POST /api/conversations/<int:conversation_id>/notes", RequestSpec("A:staff", A_CONVERSATION,
                                                                          body=_json({"body": "a\x00b"}))),
    # times at the ends of the calendar: OverflowError (a 500) in the time parsers and week steps
    ("POST /api/conversations/<int:conversation_id>/status",
     RequestSpec("A:staff", A_CONVERSATION, body=_json({"status": "snoozed", "snoozed_until": FAR_PAST}))),
    ("POST /api/conversations/<int:conversation_id>/replies",
     RequestSpec("A:staff", A_CONVERSATION, body=_json({"text": "x", "seen_until": FAR_PAST}))),
    ("GET /api/admin/audit", RequestSpec("A:admin", query=(("since", FAR_PAST),))),
    ("GET /api/admin/audit", RequestSpec("A:admin", query=(("until", "9999-12-31"),))),
    ("GET /api/admin/audit", RequestSpec("B:admin", query=(("since", "0001-01-01"),))),
    ("GET /offices/<int:office_id>/digest.json",
     RequestSpec("A:admin", _in("A", "office_id", "office"), query=(("week", "9999-12-31"),))),
    ("GET /offices/<int:office_id>/digest",
     RequestSpec("A:viewer", _in("A", "office_id", "office"), query=(("week", "0001-01-01"),))),
    ("GET /offices/<int:office_id>/dashboard.json",
     RequestSpec("B:staff", _in("B", "office_id", "office"), query=(("to", "0001-01-01"),))),
    ("GET /offices/<int:office_id>/dashboard",
     RequestSpec("A:admin", _in("A", "office_id", "office"), query=(("period", "custom"), ("from", "9999-12-31")))),
    ("GET /api/queue", RequestSpec("A:staff", query=(("cursor", "WyIwMDAxLTAxLTAxVDAwOjAwOjAwKzE0OjAwIiwgMV0"),))),
]  # fmt: skip
