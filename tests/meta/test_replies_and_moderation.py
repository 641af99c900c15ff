"""Answering on Facebook and Instagram, the 24-hour window, and hiding comments from the inbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask
from sqlalchemy import select

from inbox.models import AuditEvent, Conversation, Direction, Message, OutgoingReply, ReplyState, db
from inbox.services.replies.moderation import reply_window
from inbox.services.replies.outgoing import create_reply
from tests.factories import office_with_users
from tests.meta.conftest import MetaSetup, logged_in, stored


def conversation_of(external_id: str) -> Conversation:
    conversation = db.session.get(Conversation, stored(external_id).conversation_id)
    assert conversation is not None
    return conversation


def answer(meta: MetaSetup, external_id: str, text: str) -> OutgoingReply:
    reply = create_reply(meta.setup.office.id, conversation_of(external_id).id, meta.setup.staff, text)
    db.session.expire_all()
    found = db.session.get(OutgoingReply, reply.id)
    assert found is not None
    return found


def last_request(meta: MetaSetup, method: str = "POST") -> tuple[str, str, dict]:
    return [r for r in meta.sandbox.requests if r[0] == method][-1]


def test_a_facebook_comment_is_answered_under_it_and_not_stored_back_as_a_voter(app: Flask, meta: MetaSetup) -> None:
    comment = meta.sandbox.comment(meta.post.id, "401", "Annelies Janssens", "Komt er een premie?")
    reply = answer(meta, comment.id, "Ja, vanaf januari. Meer info volgt!")
    assert reply.state == ReplyState.SENT, reply.last_error
    assert last_request(meta)[:2] == ("POST", f"{comment.id}/comments")
    assert last_request(meta)[2]["message"] == "Ja, vanaf januari. Meer info volgt!"
    sent = meta.sandbox.find_comment(reply.external_id)
    assert sent.parent_id == comment.id and sent.from_id == meta.page.id
    directions = db.session.execute(select(Message.direction).order_by(Message.id)).scalars().all()
    assert directions == [Direction.INBOUND, Direction.OUTBOUND]  # the page's own comment webhook is not a voter


def test_an_instagram_reply_to_a_reply_answers_the_parent_comment(app: Flask, meta: MetaSetup) -> None:
    top = meta.sandbox.comment(meta.media.id, "501", "dara_oconnell", "When does the metro open?")
    nested = meta.sandbox.comment(meta.media.id, "502", "ines_bxl_expat", "Same question!", parent_id=top.id)
    reply = answer(meta, nested.id, "Late 2027, we are told.")
    assert reply.state == ReplyState.SENT, reply.last_error
    method, path, params = last_request(meta)
    assert (method, path, params["message"]) == ("POST", f"{top.id}/replies", "Late 2027, we are told.")


def test_direct_messages_are_answered_through_the_send_api(app: Flask, meta: MetaSetup) -> None:
    dm = meta.sandbox.direct_message(meta.page.id, "601", "Thomas", "Kan ik u spreken over de ring?")
    ig_dm = meta.sandbox.direct_message(meta.instagram.id, "602", "yasmina_elam", "Bonjour !")
    for external_id, owner in ((dm.mid, meta.page.id), (ig_dm.mid, meta.instagram.id)):
        reply = answer(meta, external_id, "Graag, bel ons secretariaat.")
        assert reply.state == ReplyState.SENT, reply.last_error
        _method, path, body = last_request(meta)
        assert path == f"{owner}/messages"
        assert body["messaging_type"] == "RESPONSE" and body["message"] == {"text": "Graag, bel ons secretariaat."}
    assert reply_window(conversation_of(dm.mid).id).open


def test_a_direct_message_older_than_24_hours_is_refused_before_calling_meta(app: Flask, meta: MetaSetup) -> None:
    old = datetime.now(UTC) - timedelta(hours=25)
    dm = meta.sandbox.direct_message(meta.page.id, "701", "Pieter-Jan", "Dringend!", at=old)
    window = reply_window(conversation_of(dm.mid).id)
    open_, closes_at, reason = window
    assert not open_ and closes_at is not None and "24-hour" in reason
    before = meta.sandbox.request_count("/messages")
    reply = answer(meta, dm.mid, "Sorry voor de late reactie.")
    assert reply.state == ReplyState.FAILED and reply.next_attempt_at is None
    assert "24-hour reply window closed" in reply.last_error
    assert meta.sandbox.request_count("/messages") == before


def test_a_reply_to_a_deleted_comment_fails_with_the_reason(app: Flask, meta: MetaSetup) -> None:
    comment = meta.sandbox.comment(meta.post.id, "402", "Julien Lambert", "Question ?")
    meta.sandbox.webhooks_enabled = False
    meta.sandbox.remove_comment(comment.id)
    reply = answer(meta, comment.id, "Réponse")
    assert reply.state == ReplyState.FAILED and reply.next_attempt_at is None
    assert "no longer exists" in reply.last_error


def test_staff_hide_and_unhide_a_comment_from_the_inbox(app: Flask, meta: MetaSetup) -> None:
    abusive = meta.sandbox.comment(meta.post.id, "901", "Troll", "Scheldwoorden en bedreigingen")
    ig_abusive = meta.sandbox.comment(meta.media.id, "902", "troll_ig", "Nog meer haat")
    message, ig_message = stored(abusive.id), stored(ig_abusive.id)
    client = logged_in(app, meta.setup.staff)

    answer_ = client.post(f"/api/messages/{message.id}/hide")
    assert answer_.status_code == 200, answer_.get_data(as_text=True)
    assert answer_.get_json()["hidden"] is True
    assert meta.sandbox.find_comment(abusive.id).hidden
    assert last_request(meta)[2]["is_hidden"] == "true"
    assert stored(abusive.id).hidden_at is not None

    assert client.post(f"/api/messages/{ig_message.id}/hide").status_code == 200
    assert last_request(meta)[2]["hide"] == "true" and meta.sandbox.find_comment(ig_abusive.id).hidden

    assert client.post(f"/api/messages/{message.id}/unhide").get_json()["hidden"] is False
    assert not meta.sandbox.find_comment(abusive.id).hidden and stored(abusive.id).hidden_at is None
    actions = (
        db.session.execute(select(AuditEvent.action).where(AuditEvent.target_type == "message").order_by(AuditEvent.id))
        .scalars()
        .all()
    )
    assert actions == ["message.hidden", "message.hidden", "message.unhidden"]


def test_hiding_is_refused_to_other_offices_without_csrf_and_for_direct_messages(app: Flask, meta: MetaSetup) -> None:
    comment = meta.sandbox.comment(meta.post.id, "903", "Troll", "Haat")
    dm = meta.sandbox.direct_message(meta.page.id, "904", "Voter", "Privé")
    other = office_with_users("Ander kantoor")
    outsider = logged_in(app, other.staff)
    assert outsider.post(f"/api/messages/{stored(comment.id).id}/hide").status_code == 404
    assert outsider.get(f"/api/conversations/{stored(dm.mid).conversation_id}/reply-window").status_code == 404

    staff = logged_in(app, meta.setup.staff)
    del staff.environ_base["HTTP_X_CSRFTOKEN"]
    assert staff.post(f"/api/messages/{stored(comment.id).id}/hide").status_code == 400
    staff = logged_in(app, meta.setup.staff)
    refused = staff.post(f"/api/messages/{stored(dm.mid).id}/hide")
    assert refused.status_code == 422 and "comment" in refused.get_json()["error"]
    window = staff.get(f"/api/conversations/{stored(dm.mid).conversation_id}/reply-window").get_json()
    assert window["open"] is True and window["closes_at"]
    assert not meta.sandbox.find_comment(comment.id).hidden


def test_when_meta_refuses_to_hide_staff_see_why_and_nothing_changes(app: Flask, meta: MetaSetup) -> None:
    comment = meta.sandbox.comment(meta.post.id, "905", "Troll", "Haat")
    meta.sandbox.fail_next(200, path=comment.id)
    refused = logged_in(app, meta.setup.staff).post(f"/api/messages/{stored(comment.id).id}/hide")
    assert refused.status_code == 502
    assert "pages_manage_engagement" in refused.get_json()["error"]
    assert stored(comment.id).hidden_at is None and not meta.sandbox.find_comment(comment.id).hidden
