"""Every sentence the website contact form shows or mails, in Dutch, French, German and English.

The sentences are the ``form.*`` messages of the one catalogue (``inbox/translations``);
an unknown language gets Dutch.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from inbox.translations import DEFAULT_LANGUAGE, LANGUAGES, book, gettext

__all__ = ["CONSENT_VERSION_DEFAULT", "DEFAULT_CONSENT", "LANGUAGES", "text", "texts_for"]

CONSENT_VERSION_DEFAULT = 1
PREFIX = "form."


class _DefaultConsent(Mapping[str, str]):
    """The default consent sentence per language (``form.consent``), read from the catalogue."""

    def __getitem__(self, language: str) -> str:
        if language not in LANGUAGES:
            raise KeyError(language)
        return gettext(language, PREFIX + "consent")

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


DEFAULT_CONSENT: Mapping[str, str] = _DefaultConsent()


def text(key: str, language: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` (Dutch when unknown), with ``values`` filled in."""
    return gettext(language if language in LANGUAGES else DEFAULT_LANGUAGE, PREFIX + key, **values)


def texts_for(language: str) -> dict[str, str]:
    """All unformatted sentences in ``language``, for templates."""
    current = book(language if language in LANGUAGES else DEFAULT_LANGUAGE)
    return {
        message.id[len(PREFIX) :]: current.translations.gettext(message.id)
        for message in current.catalog
        if isinstance(message.id, str) and message.id.startswith(PREFIX)
    }
