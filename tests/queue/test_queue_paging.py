"""Keyset pages: no gaps and no duplicates while new messages keep arriving."""

from __future__ import annotations

import pytest

from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import Cursor, QueueFilterError, parse_queue_filters
from tests.queue.conftest import Desk, post


def test_pages_cover_every_conversation_once_while_messages_arrive(desk: Desk) -> None:
    originals = [post(desk.x, f"Vraag nummer {n}.", voter=f"v{n}").conversation_id for n in range(23)]
    seen: list[int] = []
    cursor: str | None = None
    arrivals = 0
    while True:
        args = {"limit": "5", **({"cursor": cursor} if cursor else {})}
        page = queue_page(desk.office_id, desk.setup.staff.id, parse_queue_filters(args))
        seen.extend(item["id"] for item in page.items)
        # between pages: a brand-new voter writes, and a voter already seen writes again
        post(desk.x, f"Nieuwe vraag {arrivals}.", voter=f"new{arrivals}")
        post(desk.x, "Nog een bericht.", voter="v22")
        arrivals += 1
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(seen) == len(set(seen)), "a conversation appeared twice"
    assert set(originals) <= set(seen), "a conversation was skipped"
    assert seen[:5] == list(reversed(originals))[:5]
    assert arrivals == 5


def test_same_activity_time_is_ordered_by_id_across_pages(desk: Desk) -> None:
    conversations = [post(desk.x, "Zelfde moment.", voter=f"s{n}", minutes_ago=1).conversation_id for n in range(7)]
    first = queue_page(desk.office_id, desk.setup.staff.id, parse_queue_filters({"limit": "4"}))
    rest = queue_page(
        desk.office_id, desk.setup.staff.id, parse_queue_filters({"limit": "4", "cursor": first.next_cursor})
    )
    assert [i["id"] for i in first.items + rest.items] == sorted(conversations, reverse=True)
    assert rest.next_cursor is None


@pytest.mark.parametrize("bad", ["nonsense", "e30", Cursor.__name__, "W10", "WyJ4IiwgMV0", "A" * 5000])
def test_a_forged_cursor_is_refused_clearly(bad: str) -> None:
    with pytest.raises(QueueFilterError, match="cursor"):
        parse_queue_filters({"cursor": bad})
