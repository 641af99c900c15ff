"""'Answered before' on SQLite and PostgreSQL, with the real encoder: what staff see for a new question,
what erasure takes out, what outdated and "not relevant" do, and what never leaks between voters."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from sqlalchemy import func, select

from inbox.models import AnswerPair, AnswerReuse, AuditEvent, Message, OutgoingReply, ReplyState, db, utcnow
from inbox.services.answers.feedback import (
    SuggestionRejectedError,
    mark_not_relevant,
    mark_outdated,
    suggestions_for,
    use_answer,
)
from inbox.services.answers.index import office_index
from inbox.services.answers.record import record_answer
from inbox.services.privacy.erasure import erase_voter
from inbox.services.privacy.export import export_voter
from tests.clients import logged_in_client
from tests.queue.conftest import Desk
from tests.queue.conftest import post as store_post


def post(account, text: str, **options) -> Message:  # type: ignore[no-untyped-def]
    """Store a voter's message and make sure triage (and so its embedding) ran, as the job does."""
    from inbox.models import TriageState
    from inbox.services.intake.triage import triage_messages

    message = store_post(account, text, **options)
    if message.triage_state != TriageState.DONE:
        triage_messages([message.id])
    return db.session.get(Message, message.id)


BUS_Q = "Wanneer rijdt buslijn 5 weer door de Kerkstraat? De omleiding duurt al maanden."
BUS_A = (
    "Beste Anna Peeters, buslijn 5 rijdt vanaf maandag 14 december weer door de Kerkstraat. Met vriendelijke groet, {p}"
)
PREMIUM_Q = "Comment est-ce que je peux demander la prime énergie pour mon chauffage ?"
PREMIUM_A = "Bonjour Bruno, la prime énergie se demande en ligne sur le site de la Région, avant fin mars. {p}"
CASE_Q = "Hoe staat het met mijn aanvraag voor de energiepremie?"
CASE_A = "Beste Carl, uw dossier 2024/5512 voor de woning in de Stationsstraat 14 is goedgekeurd."


def answered(desk: Desk, question: str, answer: str, *, voter: str, name: str, days_ago: int = 10) -> Message:
    """A voter's question and the office's sent reply to it, recorded as sending does."""
    message = post(desk.x, question, voter=voter, name=name)
    reply = OutgoingReply(
        office_id=desk.office_id,
        conversation_id=message.conversation_id,
        author_id=desk.setup.staff.id,
        in_reply_to_message_id=message.id,
        text=answer.format(p=desk.setup.politician.name),
        state=ReplyState.SENT,
        sent_at=utcnow() - timedelta(days=days_ago),
    )
    db.session.add(reply)
    db.session.flush()
    assert record_answer(reply) is not None
    db.session.commit()
    return message


def history(desk: Desk) -> dict[str, Message]:
    """Three answered voters: Anna (bus, nl), Bruno (energy premium, fr), Carl (his own case, nl)."""
    return {
        "anna": answered(desk, BUS_Q, BUS_A, voter="anna", name="Anna Peeters"),
        "bruno": answered(desk, PREMIUM_Q, PREMIUM_A, voter="bruno", name="Bruno Lambert"),
        "carl": answered(desk, CASE_Q, CASE_A, voter="carl", name="Carl De Smet"),
    }


def test_a_new_voter_gets_the_earlier_answer_filled_for_them_and_erasure_takes_it_out(app: Flask, desk: Desk) -> None:
    earlier = history(desk)
    dirk = post(desk.x, "Rijdt bus 5 binnenkort terug via de Kerkstraat?", voter="dirk", name="Dirk Janssens")
    panel = suggestions_for(desk.office_id, dirk.conversation_id)
    assert panel["ready"] and panel["language"] == "nl"
    best = panel["answers"][0]
    assert best["question"] == BUS_Q and best["channel"] == "x" and best["author"] == "Staff User"
    assert best["similarity"] > 0.8 and not best["other_language"] and not best["question_only"]
    assert best["text"] == (
        "Beste Dirk Janssens, buslijn 5 rijdt vanaf maandag 14 december weer door de Kerkstraat. "
        f"Met vriendelijke groet, {desk.setup.politician.name}"
    )
    assert "Anna" not in best["text"]
    staff = desk.setup.staff
    assert use_answer(desk.office_id, dirk.conversation_id, best["id"], staff) == best["text"]

    erase_voter(_contact(earlier["anna"]), None)
    after = suggestions_for(desk.office_id, dirk.conversation_id)
    assert BUS_Q not in [item["question"] for item in after["answers"]]
    assert "Anna" not in str(after)
    assert best["id"] not in office_index(desk.office_id).rows  # gone from the in-memory index too
    assert db.session.execute(select(func.count()).select_from(AnswerPair)).scalar_one() == 2
    assert db.session.execute(select(AnswerReuse.pair_id)).scalar_one() is None  # the use stays counted, unlinked


def _contact(message: Message) -> int:
    from inbox.models import Conversation

    return db.session.get(Conversation, message.conversation_id).contact_id


def test_another_voters_case_number_and_address_are_never_put_in_the_composer(app: Flask, desk: Desk) -> None:
    history(desk)
    eva = post(desk.x, "Wat is de stand van mijn aanvraag voor de energiepremie?", voter="eva", name="Eva Claes")
    items = suggestions_for(desk.office_id, eva.conversation_id)["answers"]
    case = next(item for item in items if item["question"] == CASE_Q)
    assert case["question_only"] and case["text"] is None
    assert {"address", "case_number"} <= set(case["personal_data"])
    assert "5512" not in str(items)
    try:
        use_answer(desk.office_id, eva.conversation_id, case["id"], desk.setup.staff)
        raise AssertionError("a reply with another voter's case number was handed out")
    except SuggestionRejectedError:
        pass
    answer = logged_in_client(app, desk.setup.staff).post(
        f"/api/conversations/{eva.conversation_id}/suggestions/{case['id']}/use"
    )
    assert answer.status_code == 422


def test_outdated_answers_never_come_back_and_not_relevant_ones_leave_this_conversation(app: Flask, desk: Desk) -> None:
    history(desk)
    fanny = post(desk.x, "Bonjour, où puis-je demander la prime énergie ?", voter="fanny", name="Fanny Dubois")
    gert = post(desk.x, "Hoe vraag ik de energiepremie aan voor mijn verwarming?", voter="gert", name="Gert Wouters")
    premium = next(
        item
        for item in suggestions_for(desk.office_id, gert.conversation_id)["answers"]
        if item["question"] == PREMIUM_Q
    )
    assert premium["other_language"] and premium["language"] == "fr"  # a French answer for a Dutch voter, said so
    mark_not_relevant(desk.office_id, gert.conversation_id, desk.setup.staff, pair_id=premium["id"])
    assert premium["id"] not in [
        item["id"] for item in suggestions_for(desk.office_id, gert.conversation_id)["answers"]
    ]
    assert premium["id"] in [item["id"] for item in suggestions_for(desk.office_id, fanny.conversation_id)["answers"]]
    client = logged_in_client(app, desk.setup.politician)
    assert client.post(f"/api/answers/{premium['id']}/outdated").status_code == 200
    for conversation in (fanny.conversation_id, gert.conversation_id):
        assert premium["id"] not in [item["id"] for item in suggestions_for(desk.office_id, conversation)["answers"]]
    actions = set(db.session.execute(select(AuditEvent.action)).scalars())
    assert {"answer.not_relevant", "answer.outdated"} <= actions
    mark_outdated(desk.office_id, premium["id"], desk.setup.politician)  # twice: nothing changes


def test_another_office_sees_nothing_and_the_export_holds_nothing_of_other_voters(
    app: Flask, desk: Desk, other_desk: Desk
) -> None:
    earlier = history(desk)
    dirk = post(desk.x, "Rijdt bus 5 binnenkort terug via de Kerkstraat?", voter="dirk", name="Dirk Janssens")
    stranger = logged_in_client(app, other_desk.setup.admin)
    assert stranger.get(f"/api/conversations/{dirk.conversation_id}/suggestions").status_code == 404
    own = logged_in_client(app, desk.setup.staff).get(f"/api/conversations/{dirk.conversation_id}/suggestions")
    assert own.status_code == 200 and own.get_json()["answers"][0]["question"] == BUS_Q
    pair = own.get_json()["answers"][0]["id"]
    assert stranger.post(f"/api/conversations/{dirk.conversation_id}/suggestions/{pair}/use").status_code == 404
    used = logged_in_client(app, desk.setup.staff).post(
        f"/api/conversations/{dirk.conversation_id}/suggestions/{pair}/use"
    )
    assert used.status_code == 200 and "Dirk Janssens" in used.get_json()["text"]
    data = str(export_voter(_contact(dirk), None))
    assert "Anna" not in data and "Kerkstraat" not in data.replace("via de Kerkstraat", "")
    anna = export_voter(_contact(earlier["anna"]), None)
    assert [len(m["answered_before"]) for m in anna["messages"] if m["direction"] == "in"] == [1]


def test_a_question_the_voter_withdrew_leaves_the_suggestions(app: Flask, desk: Desk) -> None:
    from inbox.services.intake.withdrawals import withdraw_message

    earlier = history(desk)
    dirk = post(desk.x, "Rijdt bus 5 binnenkort terug via de Kerkstraat?", voter="dirk", name="Dirk Janssens")
    assert suggestions_for(desk.office_id, dirk.conversation_id)["answers"][0]["question"] == BUS_Q
    assert withdraw_message(desk.x.id, earlier["anna"].external_id)
    assert BUS_Q not in [item["question"] for item in suggestions_for(desk.office_id, dirk.conversation_id)["answers"]]
    assert db.session.execute(select(func.count()).select_from(AnswerPair)).scalar_one() == 2
