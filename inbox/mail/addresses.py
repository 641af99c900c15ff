"""Find the address and display name in a From-like header, the way people's mail really writes it."""

from __future__ import annotations

import re
from email.utils import getaddresses

ANGLE_ADDRESS = re.compile(r"<\s*(?:mailto:)?([^<>\s@\"]+@[\w-]+(?:\.[\w-]+)*)\s*>")
MAX_HEADER_CHARS = 4000
BARE_ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:@]+@[\w-]+(?:\.[\w-]+)*")


def address_in(value: str) -> tuple[str, str]:
    """The address and display name in a From-like header value ('' when it has no whole address).

    The angle-bracketed address wins (names may hold commas, ``@`` or brackets); then the
    first bare ``local@domain``; an address without a local part (``@domain``) is no address.
    """
    value = value[:MAX_HEADER_CHARS]  # a From header is short; a huge one is junk past this point
    found = ANGLE_ADDRESS.search(value)
    if found:
        name = value[: found.start()].strip() or value[found.end() :].strip(" ()")
        return found.group(1).strip().lower(), name.strip(" \"'")
    try:
        pairs = getaddresses([value])
    except Exception:
        pairs = []
    for name, address in pairs:
        if BARE_ADDRESS.fullmatch(address.strip()):
            return address.strip().lower(), name.strip()
    bare = BARE_ADDRESS.search(value.replace(">@", "@").replace("<", " ").replace(">", " "))
    if bare:
        return bare.group(0).lower(), value[: bare.start()].strip(" \"'<(")
    return "", ""
