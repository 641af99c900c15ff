"""One unreadable item in a provider's page is left out and logged; it never stalls the poll.

A page whose envelope is malformed still fails the poll (a ChannelError, retried later):
nothing on it can be trusted. But when one mention among fifty lacks its id or carries a
number where text belongs, failing the whole poll would fetch the same page again on every
round, and the forty-nine readable mentions (and all later ones) would never arrive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

# What an item shaped unlike the provider's documentation raises while it is read.
UNREADABLE = (KeyError, TypeError, AttributeError, ValueError, IndexError, OverflowError)

Read = TypeVar("Read")


def item_label(item: Any) -> str:
    """The item's own id for the log, if it has a readable one (never its text: voters' words stay out of logs)."""
    for key in ("id", "uri", "id_str"):
        value = item.get(key) if isinstance(item, dict) else getattr(item, key, None)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return f"{key} {str(value)[:80]!r}"
    return f"an item without an id ({type(item).__name__})"


def read_or_skip(read: Callable[[], Read], item: Any, what: str) -> Read | None:
    """``read()``, or None (logged with the item's id) when the item is shaped unlike the documentation."""
    try:
        return read()
    except UNREADABLE as error:
        # the error's text may quote a field's value: its type and the item's id say enough
        log.warning("skipped an unreadable %s (%s, %s); the rest of the page is stored", what, item_label(item),
                    type(error).__name__)  # fmt: skip
        return None
