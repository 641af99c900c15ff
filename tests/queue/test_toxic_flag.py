"""The toxic filter follows every change of a message's toxicity: triage, re-triage, corrections."""

from __future__ import annotations

from flask import Flask

from inbox.models import Conversation, Message, db
from inbox.services.intake.triage import triage_messages
from inbox.services.learning.corrections import correct_tag
from tests.queue.conftest import Desk, post, tag
from tests.queue.test_queue_filters import ids

ABUSE = "Je bent een vuile leugenaar en een idioot, rot op uit de politiek."
QUESTION = "Wanneer komt er eindelijk een veilig fietspad langs de N8 in Ninove? Kunt u dat navragen?"


def toxic_queue(desk: Desk) -> list[int]:
    """Conversation ids on the first page of ``toxic=true``."""
    return ids(desk, {"toxic": "true"})


def test_triage_puts_an_abusive_message_in_the_toxic_filter(desk: Desk) -> None:
    abuse = post(desk.x, ABUSE, voter="angry")
    post(desk.x, QUESTION, voter="calm")
    assert abuse.triage is not None and abuse.triage.toxic
    assert toxic_queue(desk) == [abuse.conversation_id]


def test_a_toxicity_correction_moves_the_conversation_in_and_out(desk: Desk) -> None:
    question = post(desk.x, QUESTION, voter="calm")
    other = post(desk.x, "Nog een vraag over de bus.", voter="other")
    tag(other)
    assert toxic_queue(desk) == []
    correct_tag(desk.office_id, question.id, desk.setup.staff, "toxic", True)
    assert toxic_queue(desk) == [question.conversation_id]
    correct_tag(desk.office_id, question.id, desk.setup.staff, "toxic", False)
    assert toxic_queue(desk) == []
    assert ids(desk, {"toxic": "false"}) == [other.conversation_id, question.conversation_id]


def test_a_conversation_stays_toxic_while_any_of_its_messages_is(desk: Desk) -> None:
    first = post(desk.x, "Eerste bericht.", voter="v", thread="t")
    second = post(desk.x, "Tweede bericht.", voter="v", thread="t")
    tag(first, toxic=True)
    tag(second, toxic=True)
    assert toxic_queue(desk) == [first.conversation_id]
    correct_tag(desk.office_id, first.id, desk.setup.staff, "toxic", False)
    assert toxic_queue(desk) == [first.conversation_id]
    correct_tag(desk.office_id, second.id, desk.setup.staff, "toxic", False)
    assert toxic_queue(desk) == []


def test_retriage_moves_the_conversation_in_and_out(desk: Desk) -> None:
    abuse = post(desk.x, ABUSE, voter="angry")
    question = post(desk.x, QUESTION, voter="calm")
    tag(abuse, toxic=False)  # what an older model said
    tag(question, toxic=True)
    assert toxic_queue(desk) == [question.conversation_id]
    assert triage_messages([abuse.id, question.id], force=True) == 2
    assert toxic_queue(desk) == [abuse.conversation_id]


def test_retriage_keeps_a_corrected_toxicity(desk: Desk) -> None:
    abuse = post(desk.x, ABUSE, voter="angry")
    correct_tag(desk.office_id, abuse.id, desk.setup.staff, "toxic", False)
    triage_messages([abuse.id], force=True)
    assert toxic_queue(desk) == []


def test_toxic_with_other_tags_must_hold_on_the_same_message(desk: Desk) -> None:
    both = post(desk.x, "Giftig over wonen.", voter="both")
    split_a = post(desk.x, "Giftig over iets anders.", voter="split", thread="s")
    split_b = post(desk.x, "Rustig over wonen.", voter="split", thread="s")
    tag(both, topic="housing", toxic=True)
    tag(split_a, topic="other", toxic=True)
    tag(split_b, topic="housing", toxic=False)
    assert ids(desk, {"toxic": "true", "topic": "housing"}) == [both.conversation_id]
    assert ids(desk, {"toxic": "true"}) == [split_b.conversation_id, both.conversation_id]


def test_outbound_messages_never_make_a_conversation_toxic(app: Flask, desk: Desk) -> None:
    inbound = post(desk.x, "Een vraag.", voter="v")
    tag(inbound)
    conversation = db.session.get(Conversation, inbound.conversation_id)
    assert conversation is not None and not conversation.has_toxic
    outbound = Message(
        office_id=desk.office_id,
        conversation_id=conversation.id,
        channel_account_id=desk.x.id,
        direction="out",
        external_id="reply-1",
        text="Ons antwoord.",
        sent_at=inbound.sent_at,
    )
    db.session.add(outbound)
    db.session.commit()
    tag(outbound, toxic=True)
    assert toxic_queue(desk) == []


def test_erasing_the_voter_who_wrote_the_toxic_message_takes_the_thread_out(desk: Desk) -> None:
    from inbox.services.privacy.erasure import erase_voter

    question = post(desk.x, QUESTION, voter="asker", thread="thread")
    insult = post(desk.x, "Reactie in dezelfde draad.", voter="troll", thread="thread")
    tag(question)
    tag(insult, toxic=True)
    assert insult.conversation_id == question.conversation_id
    assert toxic_queue(desk) == [question.conversation_id]
    troll = insult.author_identity.contact_id
    erase_voter(troll, desk.setup.admin, office_id=desk.office_id)
    assert db.session.get(Conversation, question.conversation_id) is not None  # the asker's thread stays
    assert toxic_queue(desk) == []
