"""Find social handles (X, Mastodon, Bluesky) in the signature of an e-mail or form message.

Pure functions. Handles come back normalised: lower case without a leading ``@``; a
Mastodon account as ``user@instance``, a Bluesky handle as its domain name.
"""

from __future__ import annotations

import re

SIGNATURE_DELIMITER = re.compile(r"^-- ?$", re.MULTILINE)
SIGNATURE_LINES = 8

_MASTODON = re.compile(r"(?<![\w@])@([a-z0-9_]{1,30})@((?:[a-z0-9-]+\.)+[a-z]{2,})", re.IGNORECASE)
_MASTODON_URL = re.compile(r"https?://((?:[a-z0-9-]+\.)+[a-z]{2,})/@([a-z0-9_]{1,30})\b", re.IGNORECASE)
_BLUESKY_URL = re.compile(r"bsky\.app/profile/((?:[a-z0-9-]+\.)+[a-z]{2,})", re.IGNORECASE)
_BLUESKY = re.compile(r"(?<![\w@./])@?((?:[a-z0-9-]+\.)+bsky\.social)\b", re.IGNORECASE)
_BLUESKY_AT = re.compile(r"(?<![\w@])@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w@])", re.IGNORECASE)
_X_URL = re.compile(r"(?:x|twitter)\.com/([a-z0-9_]{1,15})\b", re.IGNORECASE)
_X = re.compile(r"(?<![\w@/])@([a-z0-9_]{1,15})(?![\w@]|\.[a-z0-9])", re.IGNORECASE)


def signature_of(text: str) -> str:
    """The signature part of a message: after a ``-- `` line, else its last few non-empty lines."""
    parts = SIGNATURE_DELIMITER.split(text, maxsplit=1)
    if len(parts) == 2:
        return parts[1]
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[-SIGNATURE_LINES:])


def handles_in(text: str) -> set[str]:
    """Every handle mentioned in the signature of ``text``, normalised."""
    signature = signature_of(text[-5000:])
    found: set[str] = set()
    for user, instance in _MASTODON.findall(signature):
        found.add(f"{user}@{instance}".lower())
    for instance, user in _MASTODON_URL.findall(signature):
        found.add(f"{user}@{instance}".lower())
    without_mastodon = _MASTODON_URL.sub(" ", _MASTODON.sub(" ", signature))
    for pattern in (_BLUESKY_URL, _BLUESKY, _BLUESKY_AT, _X_URL, _X):
        found.update(match.lower() for match in pattern.findall(without_mastodon))
    return found


def normalise_handle(handle: str) -> str:
    """An identity's handle in the same form as :func:`handles_in` returns."""
    return handle.strip().lstrip("@").lower()
