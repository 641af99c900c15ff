"""The one translation catalogue of Dialoog: gettext ``.po`` files in nl, fr, de and en.

``inbox/translations/<language>/LC_MESSAGES/messages.po`` holds every string a user sees:
pages, browser scripts, the weekly digest, the website form and the account mails. The
msgids are keys (``account.back``, ``digest.subject``, ``form.title``, ``mail.reset.body``);
each language — English too — gives the text. Placeholders are ``{name}`` (``str.format``).
A message with a count has plural forms; its ``#. count: <placeholder>`` comment names the
placeholder whose number chooses the form, so callers keep passing ``count=3``.

The ``.po`` files are read directly at first use (no compile step, so a fresh clone runs)
and read again when they change. A string missing in a language falls back to English,
then to its key. ``LANGUAGES`` here is the one list of interface languages.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

LANGUAGES: tuple[str, ...] = ("nl", "fr", "de", "en")
"""The interface languages, in the order offices are most likely to use them."""

DEFAULT_LANGUAGE = "nl"
FALLBACK_LANGUAGE = "en"
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_GB"}
"""The Babel locale that formats dates and numbers for each language (Belgian usage)."""

DOMAIN = "messages"
FOLDER = Path(__file__).resolve().parent
COUNT_COMMENT = "count: "


def po_path(language: str) -> Path:
    """Where the catalogue of ``language`` lives."""
    return FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def language_of(value: str | None, default: str | None = None) -> str | None:
    """The supported language code in ``value`` (``de-BE``, ``fr_BE`` → ``de``, ``fr``), else ``default``."""
    code = (value or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else default


@dataclass(frozen=True)
class Book:
    """One language's catalogue, ready for lookups."""

    language: str
    catalog: Catalog
    translations: Translations
    counts: dict[str, str]  # key of a plural message → the placeholder holding its number


_books: dict[str, tuple[float, Book]] = {}
_lock = threading.Lock()


def read_catalog(language: str) -> Catalog:
    """The parsed ``.po`` file of ``language``."""
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=LOCALES[language].split("_")[0], domain=DOMAIN)


def _compile(catalog: Catalog) -> Translations:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # untranslated (empty) messages are left out, so they fall back
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def _build(language: str) -> Book:
    catalog = read_catalog(language)
    translations = _compile(catalog)
    if language != FALLBACK_LANGUAGE:
        translations.add_fallback(_compile(read_catalog(FALLBACK_LANGUAGE)))
    counts = {}
    for message in catalog:
        if message.id and message.pluralizable:
            key = message.id[0]
            comment = next((c for c in message.auto_comments if c.startswith(COUNT_COMMENT)), COUNT_COMMENT + "count")
            counts[key] = comment[len(COUNT_COMMENT) :].strip()
    return Book(language, catalog, translations, counts)


def book(language: str | None) -> Book:
    """The catalogue of ``language`` (the default language when unknown), re-read when its file changed."""
    code = language_of(language, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE
    stamp = max(po_path(code).stat().st_mtime, po_path(FALLBACK_LANGUAGE).stat().st_mtime)
    cached = _books.get(code)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    with _lock:
        built = _build(code)
        _books[code] = (stamp, built)
        return built


def _number(value: object) -> int:
    """The integer that chooses a plural form (a non-whole or unreadable number counts as many)."""
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        return 2
    return int(number) if number.is_integer() else 2


def _pick(current: Book, key: str, values: dict[str, object]) -> str:
    """The unformatted text of ``key``, in the plural form its count asks for."""
    count = current.counts.get(key)
    if count is None:
        return current.translations.gettext(key)
    # without its number a plural message takes the "many" form
    return current.translations.ngettext(key, key, _number(values.get(count, 2)))


def gettext(language: str | None, key: str, /, **values: object) -> str:
    """The text of ``key`` in ``language`` with ``{placeholders}`` filled in (plural form chosen by its count)."""
    text = _pick(book(language), key, values)
    return text.format(**values) if values else text


def gettext_numbers(language: str | None, key: str, /, **values: object) -> str:
    """Like :func:`gettext`, with numbers written the language's way (12.345, 12 345, 2,5)."""
    current = book(language)
    text = _pick(current, key, values)
    locale = LOCALES[current.language]
    shown = {
        name: format_decimal(value, locale=locale)
        if isinstance(value, (int, float)) and not isinstance(value, bool)
        else value
        for name, value in values.items()
    }
    return text.format(**shown) if values else text


def export(language: str | None) -> dict[str, object]:
    """Every string of ``language`` for the browser: ``{key: text}``, plurals as ``{"one", "other", "count"}``.

    Missing strings come from English. The four languages have two forms, index 0 being the
    CLDR category "one" (French counts 0 and 1 as "one", as ``Intl.PluralRules`` does).
    """
    current = book(language)
    english = book(FALLBACK_LANGUAGE)
    strings: dict[str, object] = {}
    for source in (english, current):
        for message in source.catalog:
            if not message.id or not message.string:
                continue
            if message.pluralizable:
                forms = list(message.string)
                if not all(forms):
                    continue
                key = message.id[0]
                strings[key] = {"one": forms[0], "other": forms[-1], "count": source.counts[key]}
            else:
                strings[message.id] = message.string
    return strings
