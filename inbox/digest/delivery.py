"""Sending digests exactly once per (office, recipient, week).

The row is claimed first (a conditional UPDATE only one worker can win), then the mail is
sent, then the row is marked sent. A failed send is retried with backoff and its error is
kept for the admin. A worker that dies mid-send leaves the row "sending"; after
``STALE_AFTER`` it is retried with the same Message-ID, so a mail client shows at most one.
Without an SMTP host the digest is still rendered and recorded "not sent".
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import and_, or_, select, update

from inbox.digest.compute import compute_digest
from inbox.digest.periods import Week, week_of
from inbox.digest.recipients import Recipient, settings_for
from inbox.digest.render import build_email, render_digest
from inbox.mail.smtp import SmtpError, SmtpSettings, send_email
from inbox.models import DeliveryState, DigestDelivery, db, utcnow
from inbox.models.sql import insert_ignoring_conflict

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
RETRY_BASE_SECONDS = 60
STALE_AFTER = timedelta(minutes=15)
LOST_JOB_AFTER = timedelta(minutes=2)
NO_SMTP = "not sent: no SMTP server configured"


def smtp_settings() -> SmtpSettings | None:
    """The deployment's SMTP server, or None when DIALOOG_SMTP_HOST is not set."""
    return SmtpSettings.of_deployment(current_app.extensions["dialoog.settings"])


def create_deliveries(office_id: int, week: Week, recipients: list[Recipient]) -> list[int]:
    """Record one pending delivery per recipient for ``week``; ids of the rows new this call."""
    created = []
    known = set(
        db.session.execute(
            select(DigestDelivery.recipient).where(
                DigestDelivery.office_id == office_id, DigestDelivery.week_start == week.start
            )
        ).scalars()
    )
    for recipient in recipients:
        if recipient.email in known:
            continue
        new_id = insert_ignoring_conflict(
            DigestDelivery,
            {
                "office_id": office_id,
                "recipient": recipient.email,
                "language": recipient.language,
                "week_start": week.start,
                "state": DeliveryState.PENDING,
                "attempts": 0,
                "last_error": "",
                "message_id": "",
                "created_at": utcnow(),
            },
            ["office_id", "recipient", "week_start"],
        )
        if new_id is not None:
            created.append(int(new_id))
    db.session.commit()
    return created


def claim(delivery_id: int, now: datetime) -> bool:
    """Mark the delivery "sending" if it is due; True only for the one caller that won it."""
    result = db.session.execute(
        update(DigestDelivery)
        .where(
            DigestDelivery.id == delivery_id,
            DigestDelivery.state.in_([DeliveryState.PENDING, DeliveryState.FAILED]),
            DigestDelivery.attempts < MAX_ATTEMPTS,
            or_(DigestDelivery.next_attempt_at.is_(None), DigestDelivery.next_attempt_at <= now),
        )
        .values(state=DeliveryState.SENDING, claimed_at=now, attempts=DigestDelivery.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount == 1


def _message_id(delivery: DigestDelivery, sender: str) -> str:
    domain = sender.rpartition("@")[2].strip("> ") or "dialoog.invalid"
    return f"<digest-{delivery.office_id}-{delivery.week_start.isoformat()}-{delivery.id}@{domain}>"


def deliver_digest(delivery_id: int, now: datetime | None = None) -> DigestDelivery | None:
    """Compute, render and send one claimed digest; None when another worker has it or it is done."""
    now = now or utcnow()
    if not claim(delivery_id, now):
        return None
    delivery = db.session.get(DigestDelivery, delivery_id)
    assert delivery is not None
    settings = current_app.extensions["dialoog.settings"]
    try:
        week = week_of(delivery.week_start, settings_for(delivery.office_id).timezone)
        digest = compute_digest(delivery.office_id, week, delivery.language, settings.public_url, now=now)
        message_id = delivery.message_id or _message_id(delivery, settings.mail_from)
        email = build_email(
            render_digest(digest), settings.mail_from, delivery.recipient, delivery.language, message_id
        )
        smtp = smtp_settings()
        if smtp is None:
            delivery.state, delivery.last_error, delivery.next_attempt_at = DeliveryState.NOT_SENT, NO_SMTP, None
        else:
            delivery.message_id = send_email(smtp, email)
            delivery.state, delivery.sent_at, delivery.last_error = DeliveryState.SENT, utcnow(), ""
            delivery.next_attempt_at = None
    except Exception as error:  # a bad address, a down server or a bug: keep it visible and retry
        temporary = error.temporary if isinstance(error, SmtpError) else True
        detail = error.detail if isinstance(error, SmtpError) else f"{error.__class__.__name__}: {error}"
        delivery.state, delivery.last_error = DeliveryState.FAILED, detail[:2000]
        retry = temporary and delivery.attempts < MAX_ATTEMPTS
        delivery.next_attempt_at = now + timedelta(seconds=RETRY_BASE_SECONDS * 2**delivery.attempts) if retry else None
        log.warning("digest delivery %s failed (attempt %s): %s", delivery.id, delivery.attempts, detail)
    db.session.commit()
    return delivery


def due_again(now: datetime) -> list[int]:
    """Deliveries to (re)try now: failed ones whose time came, lost jobs, and sends a dead worker left."""
    stale = db.session.execute(
        update(DigestDelivery)
        .where(DigestDelivery.state == DeliveryState.SENDING, DigestDelivery.claimed_at < now - STALE_AFTER)
        .values(
            state=DeliveryState.FAILED, next_attempt_at=now, last_error="the worker stopped while sending; retrying"
        )
        .execution_options(synchronize_session=False)
    )
    if stale.rowcount:
        log.warning("%d digest send(s) interrupted; retrying", stale.rowcount)
    db.session.commit()
    rows = db.session.execute(
        select(DigestDelivery.id).where(
            or_(
                and_(
                    DigestDelivery.state == DeliveryState.FAILED,
                    DigestDelivery.next_attempt_at <= now,
                    DigestDelivery.attempts < MAX_ATTEMPTS,
                ),
                and_(DigestDelivery.state == DeliveryState.PENDING, DigestDelivery.created_at < now - LOST_JOB_AFTER),
            )
        )
    )
    return [int(row) for row in rows.scalars()]


def reset_for_resend(office_id: int, week: Week) -> int:
    """Make the week's unsent deliveries (failed or not sent) pending again; how many (CLI ``send``)."""
    result = db.session.execute(
        update(DigestDelivery)
        .where(
            DigestDelivery.office_id == office_id,
            DigestDelivery.week_start == week.start,
            DigestDelivery.state.in_([DeliveryState.FAILED, DeliveryState.NOT_SENT]),
        )
        .values(state=DeliveryState.PENDING, attempts=0, next_attempt_at=None)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return int(result.rowcount)


def send_test(office_id: int, week: Week, email: str, language: str) -> str:
    """Send the week's digest to one address now, outside the schedule; returns what happened."""
    settings = current_app.extensions["dialoog.settings"]
    digest = compute_digest(office_id, week, language, settings.public_url)
    message = build_email(render_digest(digest), settings.mail_from, email, language)
    smtp = smtp_settings()
    if smtp is None:
        return NO_SMTP
    send_email(smtp, message)
    return f"sent to {email}"
