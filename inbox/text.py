"""Text hygiene shared by ingest and triage: what a database and a tokenizer can hold."""

from __future__ import annotations

REPLACEMENT = "\ufffd"


def storable_text(value: str | bytes) -> str:
    """Voter text as a valid Unicode string a database can store.

    Bytes are decoded as UTF-8 with bad sequences replaced; NUL characters (which
    PostgreSQL refuses) and lone surrogates (undecodable input smuggled through
    ``surrogateescape``) become U+FFFD. Everything else is kept exactly.
    """
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if "\x00" in value:
        value = value.replace("\x00", REPLACEMENT)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = "".join(REPLACEMENT if "\ud800" <= char <= "\udfff" else char for char in value)
    return value


def storable_json(value: object) -> object:
    """A JSON-ready structure with every string (keys too) made storable (see :func:`storable_text`)."""
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, dict):
        return {storable_text(str(key)): storable_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [storable_json(item) for item in value]
    return value
