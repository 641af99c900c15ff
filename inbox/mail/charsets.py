"""Turn the bytes of a mail part into text, also when the declared charset is wrong or unknown.

Order of trust: bytes that are valid UTF-8 win over a declared single-byte charset
(ASCII, Latin-1, Windows-1252: the usual lie); otherwise the declared charset when it
decodes cleanly; then UTF-8, Windows-1252 and finally Latin-1, which never fails.
"""

from __future__ import annotations

import codecs

SINGLE_BYTE_GUESSES = {"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15"}


def known_codec(name: str | None) -> str | None:
    """The Python codec name for a declared charset, or None when Python does not know it."""
    if not name:
        return None
    cleaned = name.strip().strip("\"'").lower()
    try:
        return codecs.lookup(cleaned).name
    except (LookupError, ValueError):
        return None


def decode_text(data: bytes, declared: str | None) -> str:
    """Decode ``data`` as well as possible; never raises."""
    codec = known_codec(declared)
    if (codec is None or codec in SINGLE_BYTE_GUESSES) and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for candidate in (codec, "utf-8", "cp1252"):
        if candidate is None:
            continue
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError, ValueError):
            continue
    return data.decode("latin-1")
