"""Graph API request helpers for the Meta sandbox: the ``fields`` syntax and cursor paging.

``fields=id,comments.filter(stream).limit(10){id,message,from{id,name}}`` asks for the
``comments`` edge of each object, with modifiers and its own sub-fields (field expansion).
Connections answer ``{"data": [...], "paging": {"cursors": {"before", "after"}, "next"}}``;
``next`` is absent on the last page, as in the Graph API.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

DEFAULT_LIMIT = 25
MAX_LIMIT = 100


class FieldsSyntaxError(ValueError):
    """The ``fields`` parameter could not be parsed."""


@dataclass
class FieldSpec:
    """One requested field: its modifiers (``limit``, ``filter``…) and sub-fields, if any."""

    modifiers: dict[str, str] = field(default_factory=dict)
    sub: dict[str, FieldSpec] | None = None
    sub_text: str = ""


def _parse_list(text: str, pos: int, closing: str) -> tuple[dict[str, FieldSpec], int]:
    specs: dict[str, FieldSpec] = {}
    while pos < len(text) and text[pos] != closing:
        start = pos
        while pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
            pos += 1
        name = text[start:pos]
        if not name:
            raise FieldsSyntaxError(f"Syntax error: expected a field name at character {pos} of {text!r}")
        spec = FieldSpec()
        while pos < len(text) and text[pos] == ".":
            end = text.find(")", pos)
            open_paren = text.find("(", pos)
            if open_paren < 0 or end < open_paren:
                raise FieldsSyntaxError(f"Syntax error: unclosed modifier at character {pos}")
            spec.modifiers[text[pos + 1 : open_paren]] = text[open_paren + 1 : end]
            pos = end + 1
        if pos < len(text) and text[pos] == "{":
            inner_start = pos + 1
            spec.sub, pos = _parse_list(text, inner_start, "}")
            spec.sub_text = text[inner_start:pos]
            pos += 1
        specs[name] = spec
        if pos < len(text) and text[pos] == ",":
            pos += 1
    if closing == "}" and pos >= len(text):
        raise FieldsSyntaxError("Syntax error: '{' without '}' in fields")
    return specs, pos


def parse_fields(text: str | None, default: str) -> dict[str, FieldSpec]:
    """Parse a ``fields`` parameter (``default`` when absent)."""
    specs, _ = _parse_list((text or default).replace(" ", ""), 0, "")
    return specs


def encode_cursor(index: int) -> str:
    """An opaque cursor for a position in a list."""
    return base64.urlsafe_b64encode(f"pos:{index}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    """The position a cursor stands for; None when absent; ValueError when invalid."""
    if not cursor:
        return None
    padded = cursor + "=" * (-len(cursor) % 4)
    try:
        text = base64.urlsafe_b64decode(padded.encode()).decode()
    except (ValueError, UnicodeDecodeError):
        raise ValueError("invalid cursor") from None
    if not text.startswith("pos:") or not text[4:].isdigit():
        raise ValueError("invalid cursor")
    return int(text[4:])


def parse_limit(value: str | None) -> int:
    """The page size asked for, bounded like the Graph API does."""
    try:
        return max(1, min(int(value or DEFAULT_LIMIT), MAX_LIMIT))
    except ValueError:
        return DEFAULT_LIMIT


def connection(
    items: list[Any], render: Any, *, limit: int, after: str | None, next_base: str, next_params: dict[str, str]
) -> dict[str, Any]:
    """One page of ``items`` rendered, with cursors and a ``next`` URL when more follow."""
    start = 0
    position = decode_cursor(after)
    if position is not None:
        start = position + 1
    page = items[start : start + limit]
    body: dict[str, Any] = {"data": [render(item) for item in page]}
    if page:
        paging: dict[str, Any] = {
            "cursors": {"before": encode_cursor(start), "after": encode_cursor(start + len(page) - 1)}
        }
        if start + len(page) < len(items):
            query = {**next_params, "limit": str(limit), "after": paging["cursors"]["after"]}
            paging["next"] = f"{next_base}?{urlencode(query)}"
        body["paging"] = paging
    return body
