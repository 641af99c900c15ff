"""The digest's words in Dutch, French, German and English; the recipient's language decides.

The texts are the ``digest.*`` messages of the one catalogue (``inbox/translations``); dates,
numbers and durations are written by Babel the way the recipient's language writes them.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_date
from babel.numbers import format_decimal

from inbox.translations import LANGUAGES, LOCALES, gettext_numbers
from inbox.translations import language_of as supported_language

__all__ = ["LANGUAGES", "format_date", "format_duration", "language_of", "signed", "t"]

FALLBACK = "en"


def language_of(value: str | None) -> str:
    """A supported language code for ``value`` (``nl-BE`` → ``nl``), English otherwise."""
    return supported_language(value, FALLBACK) or FALLBACK


def t(language: str, key: str, **values: object) -> str:
    """The digest string ``key`` in ``language`` with ``values`` filled in (counts choose the plural form)."""
    return gettext_numbers(language_of(language), "digest." + key, **values)


def format_date(value: date | datetime | str, language: str, timezone: str | None = None) -> str:
    """A date as people write it in ``language`` (26 nov 2026, 26.11.2026); instants in ``timezone``."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(day, datetime):
        day = (day.astimezone(ZoneInfo(timezone)) if timezone else day).date()
    return babel_date(day, "medium", locale=LOCALES[language_of(language)])


def format_duration(seconds: float | None, language: str) -> str:
    """A response time in minutes, hours or days; "–" when there is none."""
    if seconds is None:
        return "–"
    locale = LOCALES[language_of(language)]
    if seconds < 3600:
        return t(language, "minutes", n=max(1, round(seconds / 60)))
    if seconds < 48 * 3600:
        return t(language, "hours", n=format_decimal(round(seconds / 3600, 1), locale=locale))
    return t(language, "days", n=format_decimal(round(seconds / 86400, 1), locale=locale))


def signed(number: int) -> str:
    """+3, −2 or ±0."""
    return f"+{number}" if number > 0 else ("±0" if number == 0 else f"−{abs(number)}")
