"""What the web app accepts from clients, made safe once for every view.

Query strings, form fields and JSON bodies come from anyone. Strings in them are made
storable on arrival (NUL, which PostgreSQL refuses, and lone surrogates become U+FFFD, as
:func:`inbox.text.storable_text` does for voters' messages); a JSON body nested too deeply
to parse is malformed input, not a crash; path ids only match numbers an id column can
hold and path strings never hold NUL, so such URLs are a 404 instead of a database error.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Request
from flask.json.provider import DefaultJSONProvider
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing import IntegerConverter, Map, UnicodeConverter

from inbox.text import storable_json, storable_text

# Every id column is an INTEGER (32-bit on PostgreSQL): a larger number can name no row, and
# PostgreSQL refuses to compare with it ("integer out of range") instead of finding nothing.
MAX_ID = 2**31 - 1


def is_id(value: Any) -> bool:
    """Whether ``value`` (from a JSON body or a query string) can be a database id."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID


class IdConverter(IntegerConverter):
    """``<int:…>`` up to :data:`MAX_ID` (unless the rule says otherwise); a larger number matches no route."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


class TextConverter(UnicodeConverter):
    """``<name>`` / ``<string:…>``: one path segment without NUL."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        super().__init__(map, *args, **kwargs)
        self.regex = self.regex.replace("[^/]", "[^/\x00]", 1)


class StorableValues(ImmutableMultiDict):  # type: ignore[type-arg]
    """Query-string and form values with every string made storable (files are left as they are)."""

    def __init__(self, mapping: Any = None) -> None:
        if isinstance(mapping, list | tuple):
            mapping = [
                (
                    storable_text(key) if isinstance(key, str) else key,
                    storable_text(value) if isinstance(value, str) else value,
                )
                for key, value in mapping
            ]
        super().__init__(mapping)


class UntrustedRequest(Request):
    """Flask's request whose ``args`` and ``form`` hold storable strings."""

    parameter_storage_class = StorableValues


class UntrustedJSONProvider(DefaultJSONProvider):
    """Flask's JSON: request bodies parse to storable strings, and too deep a nesting is a ValueError
    (so ``get_json`` answers 400 or None) instead of a RecursionError that crashes the request."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Parse ``s``; too deep a nesting raises ValueError like any other malformed JSON."""
        try:
            return storable_json(super().loads(s, **kwargs))
        except RecursionError as error:
            raise ValueError("JSON nested too deeply") from error


def protect_inputs(app: Flask) -> None:
    """Install all of the above on ``app`` (before its routes are added: converters bind then)."""
    app.url_map.converters.update(int=IdConverter, default=TextConverter, string=TextConverter)
    app.request_class = UntrustedRequest
    app.json = UntrustedJSONProvider(app)
