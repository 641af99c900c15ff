"""Scheduled digests arrive once per recipient and week, as valid MIME, in the recipient's language."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from flask import Flask
from sqlalchemy import select

from inbox.digest.delivery import NO_SMTP, deliver_digest, due_again
from inbox.digest.recipients import save_settings
from inbox.digest.schedule import claim_due_digests
from inbox.jobs.tasks import send_digest_job
from inbox.models import DeliveryState, DigestDelivery, Role, db
from inbox.services.access.users import create_user
from tests.digest import builders as b
from tests.digest.conftest import Mailbox
from tests.factories import office_with_users

MONDAY_0731 = datetime(2026, 3, 30, 5, 31, tzinfo=UTC)  # 07:31 in Brussels (summer time)


def busy_office() -> tuple[int, str, str]:
    """An office with a French-speaking politician, an added German reader and a week of messages."""
    setup = office_with_users("Kabinet Test")
    setup.office.created_at = datetime(2026, 1, 1, tzinfo=UTC)
    setup.politician.language = "fr"
    db.session.commit()
    save_settings(setup.office.id, extra_recipients=[{"email": "press@example.test", "language": "de"}])
    channel = b.account(setup.office.id)
    for number in range(6):
        conversation = b.conversation(setup.office.id, channel, b.voter(setup.office.id, f"Sofie{number} Janssens"))
        b.inbound(
            conversation,
            datetime(2026, 3, 25, 9 + number, tzinfo=UTC),
            "La ligne de bus 58 à Ninove ne doit pas disparaître, <b>vraiment</b>!",
            topic="mobility",
            sentiment="negative",
        )
    db.session.commit()
    return setup.office.id, setup.politician.email, "press@example.test"


def run_due(now: datetime) -> list[int]:
    """One scheduler round at ``now`` followed by the send jobs it queued (inline)."""
    ids = claim_due_digests(now, force=True)
    for delivery_id in ids:
        send_digest_job(delivery_id)
    return ids


def check_mime(message, language_word: str) -> None:
    """multipart/alternative: text/plain, then multipart/related with text/html and an inline PNG it refers to."""
    assert message.get_content_type() == "multipart/alternative"
    text_part, related = message.get_payload()
    assert text_part.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html_part, image = related.get_payload()[0], related.get_payload()[1]
    assert html_part.get_content_type() == "text/html"
    assert image.get_content_type() == "image/png" and image.get_content()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image["Content-Disposition"].startswith("inline")
    cid = image["Content-ID"].strip("<>")
    html = html_part.get_content()
    assert f'src="cid:{cid}"' in html
    assert language_word in text_part.get_content() and language_word in html
    assert "<b>vraiment</b>" not in html and "&lt;b&gt;vraiment&lt;/b&gt;" in html


def test_the_scheduled_digest_arrives_once_per_recipient_in_their_language(app: Flask, mail_app: Mailbox) -> None:
    office_id, politician, press = busy_office()
    assert run_due(MONDAY_0731 - timedelta(minutes=2)) == []  # 07:29: not yet
    first = run_due(MONDAY_0731)
    assert len(first) == 2
    for delivery_id in first:  # the job runs twice (a duplicate in the queue)
        send_digest_job(delivery_id)
    assert run_due(MONDAY_0731 + timedelta(minutes=5)) == []  # a second tick finds nothing to do
    assert len(mail_app.messages) == 2
    (french,), (german,) = mail_app.to(politician), mail_app.to(press)
    assert french["Subject"].startswith("Votre semaine dans Dialoog") and french["Content-Language"] == "fr"
    assert german["Subject"].startswith("Ihre Woche in Dialoog") and german["Content-Language"] == "de"
    check_mime(french, "électeurs")
    check_mime(german, "Wähler")
    assert "6 électeurs" in french.get_body(("plain",)).get_content()
    assert "https://inbox.example.test/?topic=mobility&status=open" in french.get_body(("plain",)).get_content()
    rows = db.session.execute(select(DigestDelivery).where(DigestDelivery.office_id == office_id)).scalars().all()
    assert {row.state for row in rows} == {DeliveryState.SENT}
    assert {row.week_start.isoformat() for row in rows} == {"2026-03-23"}


def test_two_workers_racing_for_the_same_digest_send_it_once(app: Flask, mail_app: Mailbox) -> None:
    busy_office()
    ids = claim_due_digests(MONDAY_0731, force=True)
    assert len(ids) == 2
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def worker(delivery_id: int) -> None:
        try:
            with app.app_context():
                barrier.wait()
                deliver_digest(delivery_id)
                db.session.remove()
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(delivery_id,)) for delivery_id in ids for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(mail_app.messages) == 2
    # a racing scheduler round (a second process) records nothing new
    assert claim_due_digests(MONDAY_0731 + timedelta(seconds=1), force=True) == []


def test_a_quiet_week_gets_a_short_quiet_mail(app: Flask, mail_app: Mailbox) -> None:
    setup = office_with_users("Quiet office")
    setup.office.created_at = datetime(2026, 1, 1, tzinfo=UTC)
    db.session.commit()
    run_due(MONDAY_0731)
    (message,) = mail_app.to(setup.politician.email)
    assert "quiet" in message["Subject"].lower() or "rustige" in message["Subject"].lower()
    text = message.get_body(("plain",)).get_content()
    assert "geen enkele kiezer" in text  # the politician's language is Dutch by default
    assert message.get_content_type() == "multipart/alternative"
    assert not [part for part in message.walk() if part.get_content_type() == "image/png"]


def test_a_failed_send_is_retried_with_backoff_and_shown_to_the_admin(app: Flask, mail_app: Mailbox) -> None:
    office_id, _, _ = busy_office()
    mail_app.refuse = 1
    assert len(run_due(MONDAY_0731)) == 2
    rows = {row.id: row for row in db.session.execute(select(DigestDelivery)).scalars()}
    failed = [row for row in rows.values() if row.state == DeliveryState.FAILED]
    assert len(failed) == 1 and "451" in failed[0].last_error
    assert failed[0].next_attempt_at is not None and failed[0].next_attempt_at > MONDAY_0731
    page = admin_page(app, office_id)
    assert "451" in page and "failed" in page
    assert due_again(MONDAY_0731 + timedelta(seconds=10)) == []  # backoff: not yet
    retry = due_again(failed[0].next_attempt_at + timedelta(seconds=1))
    assert retry == [failed[0].id]
    deliver_digest(retry[0], now=failed[0].next_attempt_at + timedelta(seconds=1))
    db.session.expire_all()
    assert {row.state for row in db.session.execute(select(DigestDelivery)).scalars()} == {DeliveryState.SENT}
    assert len(mail_app.messages) == 2


def admin_page(app: Flask, office_id: int) -> str:
    """The digest preview of the delivered week, as the office admin sees it."""
    from inbox.models import Membership, User
    from tests.digest.conftest import client_for

    admin = db.session.execute(
        select(User).join(Membership).where(Membership.office_id == office_id, Membership.role == Role.ADMIN)
    ).scalar_one()
    client = client_for(app, admin)
    return client.get(f"/offices/{office_id}/digest?week=2026-03-23").get_data(as_text=True)


def test_without_an_smtp_server_the_digest_is_recorded_not_sent(app: Flask) -> None:
    office_id, _, _ = busy_office()
    create_user(office_id, "second-politician@example.test", "Second", "correct-horse-battery", Role.POLITICIAN)
    ids = run_due(MONDAY_0731)
    assert len(ids) == 3
    rows = db.session.execute(select(DigestDelivery)).scalars().all()
    assert {(row.state, row.last_error) for row in rows} == {(DeliveryState.NOT_SENT, NO_SMTP)}
    assert "niet verzonden: er is geen mailserver ingesteld" in admin_page(app, office_id)  # the admin reads Dutch
    assert run_due(MONDAY_0731 + timedelta(hours=1)) == []  # not retried by itself


def test_the_periodic_tick_sends_the_due_digest_once(app: Flask, mail_app: Mailbox) -> None:
    from inbox.digest import schedule
    from inbox.digest.periods import zone
    from inbox.jobs.schedule import tick
    from inbox.models import utcnow

    setup = office_with_users("Tick office")
    setup.office.created_at = datetime(2026, 1, 1, tzinfo=UTC)
    db.session.commit()
    local = (utcnow() - timedelta(minutes=1)).astimezone(zone("Europe/Brussels"))
    save_settings(setup.office.id, weekday=local.weekday(), send_time=local.strftime("%H:%M"))
    for _ in range(2):  # two scheduler processes: each does its own check
        schedule._state["next_check"] = 0.0
        tick()
    (message,) = mail_app.to(setup.politician.email)
    assert "Rustige week" in message["Subject"]
    row = db.session.execute(select(DigestDelivery)).scalar_one()
    assert row.state == DeliveryState.SENT and row.message_id == message["Message-ID"]


def test_a_worker_that_died_mid_send_is_picked_up_again_with_the_same_message_id(app: Flask, mail_app: Mailbox) -> None:
    from inbox.digest.delivery import STALE_AFTER, claim

    busy_office()
    ids = claim_due_digests(MONDAY_0731, force=True)
    assert claim(ids[0], MONDAY_0731)  # a worker claimed the row, then its process was killed
    assert deliver_digest(ids[0], now=MONDAY_0731) is None  # another worker leaves a claimed row alone
    assert ids[0] not in due_again(MONDAY_0731 + STALE_AFTER - timedelta(seconds=1))
    later = MONDAY_0731 + STALE_AFTER + timedelta(seconds=1)
    assert ids[0] in due_again(later)
    row = db.session.get(DigestDelivery, ids[0])
    assert row.state == DeliveryState.FAILED and "stopped while sending" in row.last_error
    deliver_digest(ids[0], now=later)
    db.session.expire_all()
    row = db.session.get(DigestDelivery, ids[0])
    assert row.state == DeliveryState.SENT and row.attempts == 2
    (message,) = [m for m in mail_app.messages if m["Message-ID"] == row.message_id]
    assert message["Message-ID"].startswith(f"<digest-{row.office_id}-2026-03-23-{row.id}@")
