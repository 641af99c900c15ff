"""The queue's filters, alone and combined, as a staff member uses them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from inbox.models import Campaign, Conversation, ConversationStatus, Message, db, utcnow
from inbox.services.conversations.queue import queue_page
from inbox.services.conversations.queue_filters import QueueFilterError, QueueFilters, parse_queue_filters
from tests.queue.conftest import Desk, post, tag


def ids(desk: Desk, args: dict[str, str] | None = None, *, user_id: int | None = None) -> list[int]:
    """Conversation ids on the first page for these query-string filters."""
    filters = parse_queue_filters(args or {})
    return [item["id"] for item in queue_page(desk.office_id, user_id or desk.setup.staff.id, filters).items]


def set_status(message: Message, status: ConversationStatus, snooze_minutes: float | None = None) -> None:
    """Put the message's conversation in a status (snoozed until now + minutes)."""
    row = db.session.get(Conversation, message.conversation_id)
    row.status = status
    row.snoozed_until = utcnow() + timedelta(minutes=snooze_minutes) if snooze_minutes is not None else None
    db.session.commit()


def test_default_queue_is_open_and_pending_newest_first_with_expired_snoozes_as_open(desk: Desk) -> None:
    opened = post(desk.x, "Hallo, een vraag over de bus.", voter="open")
    pending = post(desk.x, "Nog een vraag over de tram.", voter="pending")
    woke = post(desk.x, "Een vraag over de trein.", voter="woke")
    sleeping = post(desk.x, "Een vraag over de fiets.", voter="sleeping")
    closed = post(desk.x, "Bedankt voor het antwoord.", voter="closed")
    set_status(pending, ConversationStatus.PENDING)
    set_status(woke, ConversationStatus.SNOOZED, snooze_minutes=-5)
    set_status(sleeping, ConversationStatus.SNOOZED, snooze_minutes=60)
    set_status(closed, ConversationStatus.CLOSED)
    page = queue_page(desk.office_id, desk.setup.staff.id, QueueFilters()).items
    assert [i["id"] for i in page] == [woke.conversation_id, pending.conversation_id, opened.conversation_id]
    assert page[0]["status"] == "open"  # its snooze has passed
    assert ids(desk, {"status": "snoozed"}) == [sleeping.conversation_id]
    assert ids(desk, {"status": "closed"}) == [closed.conversation_id]
    assert ids(desk, {"status": "open"}) == [woke.conversation_id, opened.conversation_id]
    assert ids(desk, {"status": "closed,pending"}) == [closed.conversation_id, pending.conversation_id]


def test_assignee_mine_unassigned_anyone_and_by_user(desk: Desk) -> None:
    mine = post(desk.x, "Voor mij.", voter="m")
    theirs = post(desk.x, "Voor de politica.", voter="t")
    nobody = post(desk.x, "Voor niemand.", voter="n")
    db.session.get(Conversation, mine.conversation_id).assignee_id = desk.setup.staff.id
    db.session.get(Conversation, theirs.conversation_id).assignee_id = desk.setup.politician.id
    db.session.commit()
    assert ids(desk, {"assignee": "mine"}) == [mine.conversation_id]
    assert ids(desk, {"assignee": "mine"}, user_id=desk.setup.politician.id) == [theirs.conversation_id]
    assert ids(desk, {"assignee": "unassigned"}) == [nobody.conversation_id]
    assert ids(desk, {"assignee": "anyone"}) == [nobody.conversation_id, theirs.conversation_id, mine.conversation_id]
    assert ids(desk, {"assignee": str(desk.setup.politician.id)}) == [theirs.conversation_id]
    page = queue_page(desk.office_id, desk.setup.staff.id, parse_queue_filters({"assignee": "mine"})).items
    assert page[0]["assignee_id"] == desk.setup.staff.id and page[0]["assignee"] == desk.setup.staff.name


def test_assignee_outside_the_office_is_refused(desk: Desk, other_desk: Desk) -> None:
    with pytest.raises(QueueFilterError, match="not a member"):
        ids(desk, {"assignee": str(other_desk.setup.staff.id)})


def test_channel_filter(desk: Desk) -> None:
    on_x = post(desk.x, "Via X.", voter="x1")
    by_mail = post(desk.email, "Per mail.", voter="mail1")
    assert ids(desk, {"channel": "x"}) == [on_x.conversation_id]
    assert ids(desk, {"channel": "email"}) == [by_mail.conversation_id]
    assert ids(desk, {"channel": "mastodon"}) == []


@pytest.mark.parametrize(
    ("query", "match", "miss"),
    [
        ({"language": "fr"}, {"language": "fr"}, {"language": "nl"}),
        ({"topic": "housing"}, {"topic": "housing"}, {"topic": "mobility"}),
        ({"sentiment": "negative"}, {"sentiment": "negative"}, {"sentiment": "positive"}),
        ({"toxic": "true"}, {"toxic": True}, {"toxic": False}),
        ({"toxic": "false"}, {"toxic": False}, {"toxic": True}),
    ],
)
def test_each_tag_filter_alone(desk: Desk, query: dict[str, str], match: dict, miss: dict) -> None:
    hit = post(desk.x, "Bericht een.", voter="hit")
    other = post(desk.x, "Bericht twee.", voter="other")
    tag(hit, **match)
    tag(other, **miss)
    assert ids(desk, query) == [hit.conversation_id]


def test_campaign_filter_and_campaign_size_on_the_row(desk: Desk) -> None:
    campaign = Campaign(office_id=desk.office_id, label="Red het bos", size=37, centroid=b"", fingerprints=b"")
    db.session.add(campaign)
    db.session.commit()
    joined = post(desk.x, "Red het bos!", voter="c1")
    alone = post(desk.x, "Iets anders.", voter="c2")
    tag(joined, campaign_id=campaign.id)
    tag(alone)
    page = queue_page(desk.office_id, desk.setup.staff.id, parse_queue_filters({"campaign": str(campaign.id)}))
    assert [i["id"] for i in page.items] == [joined.conversation_id]
    assert page.items[0]["tags"]["campaign_id"] == campaign.id
    assert page.items[0]["tags"]["campaign_size"] == 1  # its voters, as the campaign panel counts (issue 21)


def test_topic_matches_any_inbound_message_but_needs_reply_only_the_latest(desk: Desk) -> None:
    first = post(desk.x, "Over mijn huur.", voter="v", thread="t1")
    latest = post(desk.x, "En nog iets, bedankt!", voter="v", thread="t1")
    tag(first, topic="housing", needs_reply=True)
    tag(latest, topic="other", needs_reply=False)
    conversation = latest.conversation_id
    assert ids(desk, {"topic": "housing"}) == [conversation]
    assert ids(desk, {"needs_reply": "true"}) == []
    assert ids(desk, {"needs_reply": "false"}) == [conversation]
    row = queue_page(desk.office_id, desk.setup.staff.id, QueueFilters()).items[0]
    assert row["tags"]["topic"] == "other"  # the row shows the latest message's tags
    assert row["preview"] == "En nog iets, bedankt!"
    assert row["waiting"] == 2


def test_combined_tags_must_hold_on_the_same_message(desk: Desk) -> None:
    both = post(desk.x, "Negatief over wonen.", voter="both")
    split_a = post(desk.x, "Over wonen.", voter="split", thread="s")
    split_b = post(desk.x, "Negatief over iets anders.", voter="split", thread="s")
    tag(both, topic="housing", sentiment="negative")
    tag(split_a, topic="housing", sentiment="positive")
    tag(split_b, topic="other", sentiment="negative")
    assert ids(desk, {"topic": "housing", "sentiment": "negative"}) == [both.conversation_id]
    assert set(ids(desk, {"topic": "housing"})) == {both.conversation_id, split_a.conversation_id}


def test_every_filter_combined(desk: Desk) -> None:
    target = post(desk.email, "De fietspaden zijn gevaarlijk in Gent, graag antwoord.", voter="target")
    decoys = [
        post(desk.x, "De fietspaden zijn gevaarlijk in Gent, graag antwoord.", voter="wrong-channel"),
        post(desk.email, "De bussen rijden niet op tijd, graag antwoord.", voter="wrong-words"),
        post(desk.email, "De fietspaden zijn gevaarlijk in Gent, graag antwoord.", voter="wrong-topic"),
        post(desk.email, "De fietspaden zijn gevaarlijk in Gent, graag antwoord.", voter="unassigned"),
    ]
    wanted = {"language": "nl", "topic": "mobility", "sentiment": "negative", "needs_reply": True, "toxic": False}
    tag(target, **wanted)
    tag(decoys[0], **wanted)
    tag(decoys[1], **wanted)
    tag(decoys[2], **{**wanted, "topic": "housing"})
    tag(decoys[3], **wanted)
    for message in [target, *decoys[:3]]:
        db.session.get(Conversation, message.conversation_id).assignee_id = desk.setup.staff.id
    db.session.commit()
    query = {
        "status": "open",
        "assignee": "mine",
        "channel": "email",
        "language": "nl",
        "topic": "mobility",
        "sentiment": "negative",
        "needs_reply": "true",
        "toxic": "false",
        "q": "fietspad",
    }
    assert ids(desk, query) == [target.conversation_id]


def test_needs_reply_is_judged_per_conversation(desk: Desk) -> None:
    waiting = post(desk.x, "Wanneer komt het antwoord?", voter="w")
    done_first = post(desk.x, "Een vraag.", voter="d", thread="d")
    done_last = post(desk.x, "Dank u, dat was het.", voter="d", thread="d")
    tag(waiting, needs_reply=True)
    tag(done_first, needs_reply=True)
    tag(done_last, needs_reply=False)
    assert ids(desk, {"needs_reply": "true"}) == [waiting.conversation_id]
    assert ids(desk, {"needs_reply": "false"}) == [done_last.conversation_id]
