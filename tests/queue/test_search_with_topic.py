"""Search words together with a topic filter: what staff find, whichever way the search runs."""

from __future__ import annotations

import pytest

from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import parse_queue_filters
from tests.queue.conftest import Desk, post, tag


def found(desk: Desk, **args: str) -> list[int]:
    """Conversation ids on every page of the queue for these filters (all statuses)."""
    ids: list[int] = []
    query = {"status": "open,pending,snoozed,closed", "limit": "2", **args}
    while True:
        page = queue_page(desk.office_id, desk.setup.staff.id, parse_queue_filters(query))
        ids += [item["id"] for item in page.items]
        if page.next_cursor is None:
            return ids
        query["cursor"] = page.next_cursor


@pytest.fixture
def threads(desk: Desk) -> dict[str, int]:
    """Four voters: the words and the mobility topic in one message, in two, or only one of them."""
    same = post(desk.x, "Mijn trein had weer vertraging vanmorgen.", voter="same")
    tag(same, topic="mobility")
    first = post(desk.x, "Mijn trein had weer vertraging.", voter="split")
    tag(first, topic="other")
    second = post(desk.x, "En de bus rijdt nog maar één keer per uur.", voter="split")
    tag(second, topic="mobility")
    words_only = post(desk.x, "Weer vertraging met de trein naar Gent.", voter="words")
    tag(words_only, topic="housing")
    topic_only = post(desk.x, "Het fietspad is gevaarlijk.", voter="topic")
    tag(topic_only, topic="mobility")
    return {
        "same": same.conversation_id,
        "split": first.conversation_id,
        "words": words_only.conversation_id,
        "topic": topic_only.conversation_id,
    }


@pytest.mark.parametrize("common_matches", [1, 1_000_000], ids=["common-path", "rare-path"])
def test_words_and_topic_may_come_from_different_messages(
    desk: Desk, threads: dict[str, int], monkeypatch: pytest.MonkeyPatch, common_matches: int
) -> None:
    # the thread is a mobility thread because of the voter's later message, and it holds the words
    monkeypatch.setattr("inbox.services.search.full_text.COMMON_MATCHES", common_matches)
    assert found(desk, q="trein vertraging", topic="mobility") == [threads["split"], threads["same"]]
    assert found(desk, q="trein vertraging") == [threads["words"], threads["split"], threads["same"]]
    assert found(desk, q="trein vertraging", topic="housing") == [threads["words"]]
    assert found(desk, q="trein vertraging", topic="energy") == []
    assert found(desk, q="voter-words", topic="housing") == [threads["words"]]  # a voter's handle
