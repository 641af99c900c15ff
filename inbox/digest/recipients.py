"""Who receives an office's digest, when, and in which language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlalchemy import select

from inbox.digest.i18n import language_of
from inbox.digest.periods import DEFAULT_TIMEZONE, zone
from inbox.models import DigestSettings, Membership, Office, Role, User, db


@dataclass(frozen=True)
class Recipient:
    """One address the digest goes to and the language it is written in."""

    email: str
    language: str


def settings_for(office_id: int) -> DigestSettings:
    """The office's digest settings; defaults (not stored) when the office never changed them."""
    stored = db.session.execute(
        select(DigestSettings).where(DigestSettings.office_id == office_id)
    ).scalar_one_or_none()
    if stored is not None:
        return stored
    office = db.session.get(Office, office_id)
    return DigestSettings(
        office_id=office_id,
        enabled=True,
        weekday=0,
        send_time="07:30",
        timezone=(office.timezone if office else None) or DEFAULT_TIMEZONE,
        include_politicians=True,
        extra_recipients=[],
    )


def send_time_of(settings: DigestSettings) -> time:
    """The configured local send time as a :class:`datetime.time`."""
    return time.fromisoformat(settings.send_time or "07:30")


def save_settings(
    office_id: int,
    *,
    weekday: int = 0,
    send_time: str = "07:30",
    timezone: str = DEFAULT_TIMEZONE,
    include_politicians: bool = True,
    extra_recipients: list[dict[str, str]] | None = None,
    enabled: bool = True,
) -> DigestSettings:
    """Validate and store the office's digest schedule and added recipients; ValueError says what is wrong."""
    if not 0 <= weekday <= 6:
        raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
    try:
        time.fromisoformat(send_time)
    except ValueError as error:
        raise ValueError(f"send time {send_time!r} is not HH:MM") from error
    zone(timezone)
    extras = []
    for entry in extra_recipients or []:
        email = str(entry.get("email", "")).strip()
        if "@" not in email or len(email) > 320:
            raise ValueError(f"{email!r} is not an e-mail address")
        extras.append({"email": email, "language": language_of(entry.get("language"))})
    stored = db.session.execute(
        select(DigestSettings).where(DigestSettings.office_id == office_id)
    ).scalar_one_or_none()
    stored = stored or DigestSettings(office_id=office_id)
    stored.weekday, stored.send_time, stored.timezone = weekday, send_time[:5], timezone
    stored.include_politicians, stored.extra_recipients, stored.enabled = include_politicians, extras, enabled
    db.session.add(stored)
    db.session.commit()
    return stored


def recipients_of(office_id: int) -> list[Recipient]:
    """The office's politicians (in their own language) and the addresses the office added, each once."""
    settings = settings_for(office_id)
    found: dict[str, Recipient] = {}
    if settings.include_politicians:
        politicians = db.session.execute(
            select(User.email, User.language)
            .join(Membership, Membership.user_id == User.id)
            .where(Membership.office_id == office_id, Membership.role == Role.POLITICIAN, User.is_active.is_(True))
            .order_by(User.id)
        )
        for email, language in politicians:
            found.setdefault(email.lower(), Recipient(email, language_of(language)))
    for entry in settings.extra_recipients or []:
        email = str(entry.get("email", ""))
        found.setdefault(email.lower(), Recipient(email, language_of(entry.get("language"))))
    return list(found.values())
