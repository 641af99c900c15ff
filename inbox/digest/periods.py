"""Weeks in an office's time zone: Monday 00:00 local to the next Monday, daylight saving included."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "Europe/Brussels"
FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(9000, 12, 31)  # the weeks a page may ask for


def zone(name: str | None) -> ZoneInfo:
    """The time zone called ``name``; an unknown name raises ValueError with the name in it."""
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {name!r}: use a name such as Europe/Brussels") from error


@dataclass(frozen=True)
class Week:
    """A local calendar week (Monday to Sunday) and its bounds as UTC instants."""

    start: date
    timezone: str
    start_utc: datetime
    end_utc: datetime

    @property
    def end(self) -> date:
        """The Sunday that closes the week."""
        return self.start + timedelta(days=6)

    def shifted(self, weeks: int) -> Week:
        """The week ``weeks`` later (negative: earlier)."""
        return week_of(self.start + timedelta(weeks=weeks), self.timezone)

    @property
    def iso_label(self) -> str:
        """ISO year and week number, e.g. ``2026-W13``."""
        year, number, _ = self.start.isocalendar()
        return f"{year}-W{number:02d}"


def local_midnight_utc(day: date, timezone: str) -> datetime:
    """The UTC instant of local midnight starting ``day`` (midnight is never skipped in Europe)."""
    return datetime.combine(day, time(0), tzinfo=zone(timezone)).astimezone(UTC)


def week_of(day: date, timezone: str = DEFAULT_TIMEZONE) -> Week:
    """The week (starting Monday) that contains the local date ``day``."""
    monday = day - timedelta(days=day.weekday())
    return Week(
        start=monday,
        timezone=timezone,
        start_utc=local_midnight_utc(monday, timezone),
        end_utc=local_midnight_utc(monday + timedelta(days=7), timezone),
    )


def week_containing(instant: datetime, timezone: str = DEFAULT_TIMEZONE) -> Week:
    """The local week that contains the (aware) instant."""
    return week_of(instant.astimezone(zone(timezone)).date(), timezone)


def parse_week(text: str, timezone: str = DEFAULT_TIMEZONE) -> Week:
    """A week from ``YYYY-MM-DD`` (any day in it) or ``YYYY-Www``; ValueError says what is accepted."""
    value = text.strip()
    try:
        if "-W" in value.upper():
            year, number = value.upper().split("-W")
            day = date.fromisocalendar(int(year), int(number), 1)
        else:
            day = date.fromisoformat(value)
        if not FIRST_DAY <= day <= LAST_DAY:  # pages step weeks and years around it: stay inside the calendar
            raise ValueError(f"{day} is out of range")
        return week_of(day, timezone)
    except ValueError as error:
        raise ValueError(f"cannot read week {text!r}: give a date (2026-03-30) or an ISO week (2026-W14)") from error
