"""An uncertain topic in the queue (issue 16): rows carry it, the topic filter does not count a
guess under its code but under ``topic=uncertain``, a second clear topic counts too, and staff
correcting the topic clears the uncertainty."""

from __future__ import annotations

import pytest
from flask import Flask

from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import parse_queue_filters
from inbox.services.conversations.rows import rows_for
from inbox.services.learning.topics import add_topic
from tests.clients import logged_in_client
from tests.queue.conftest import Desk, post, tag


def ids(desk: Desk, **args: str) -> set[int]:
    """Conversation ids on the first page for these query-string filters."""
    page = queue_page(desk.office_id, desk.setup.staff.id, parse_queue_filters(args))
    return {item["id"] for item in page.items}


def test_a_guess_is_filtered_as_uncertain_and_a_second_topic_counts(desk: Desk) -> None:
    guess = post(desk.x, "Alles wordt duurder, wat doet u eraan?", voter="guess")
    clear = post(desk.x, "Mijn energiefactuur is verdubbeld.", voter="clear")
    second = post(desk.x, "Mijn pensioen is te laag en de energiefactuur te hoog.", voter="second")
    old = post(desk.x, "De stroomprijs is te hoog.", voter="old")  # triaged before 0021: unknown
    tag(guess, topic="energy", topic_uncertain=True, topic_second=None)
    tag(clear, topic="energy", topic_uncertain=False, topic_second=None)
    tag(second, topic="pensions_social", topic_uncertain=False, topic_second="energy")
    tag(old, topic="energy", topic_uncertain=None, topic_second=None)

    assert ids(desk, topic="energy") == {clear.conversation_id, second.conversation_id, old.conversation_id}
    assert ids(desk, topic="uncertain") == {guess.conversation_id}
    assert ids(desk, topic="pensions_social") == {second.conversation_id}
    assert ids(desk, topic="uncertain", language="nl") == {guess.conversation_id}

    rows = {row["id"]: row for row in rows_for([guess.conversation_id, second.conversation_id])}
    guessed, both = rows[guess.conversation_id], rows[second.conversation_id]
    assert (guessed["tags"]["topic"], guessed["tags"]["topic_uncertain"]) == ("energy", True)
    assert (both["tags"]["topic"], both["tags"]["topic_second"], both["tags"]["topic_uncertain"]) == (
        "pensions_social",
        "energy",
        False,
    )
    assert guessed["tag_sets"][0]["topic_uncertain"] is True and both["tag_sets"][0]["topic_second"] == "energy"


def test_staff_correcting_the_topic_clears_the_uncertainty(app: Flask, desk: Desk) -> None:
    guess = post(desk.x, "Alles wordt duurder, wat doet u eraan?", voter="guess")
    tag(guess, topic="energy", topic_uncertain=True, topic_second="housing")
    staff = logged_in_client(app, desk.setup.staff)

    answer = staff.post(f"/api/messages/{guess.id}/tags", json={"tag": "topic", "value": "taxes_budget"})

    assert answer.status_code == 200, answer.get_json()
    assert ids(desk, topic="uncertain") == set()
    assert ids(desk, topic="taxes_budget") == {guess.conversation_id}
    assert ids(desk, topic="housing") == set()  # the person chose one topic: the second guess goes
    listed = staff.get("/api/queue?topic=taxes_budget").get_json()["items"]
    assert [(row["tags"]["topic"], row["tags"]["topic_uncertain"]) for row in listed] == [("taxes_budget", False)]


def test_an_office_cannot_add_a_topic_coded_uncertain(desk: Desk) -> None:
    # the filter value ?topic=uncertain would otherwise mean two things
    with pytest.raises(ValueError, match="reserved"):
        add_topic(desk.office_id, desk.setup.admin, "uncertain", {"en": "Unsure"}, {"en": "Not sure"}, [])
