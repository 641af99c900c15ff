"""The interface in Dutch, French, German and English, from the one catalogue in ``inbox/translations``.

Flask-Babel picks the locale (the user's choice; before login the browser's Accept-Language)
and the time zone (the office's) for each request, and formats dates and numbers in
templates (``format_datetime``, ``format_number``). Templates call ``t(key, **values)``;
the browser scripts fetch the same catalogue as JSON from ``/i18n/<language>.json``.
"""

from __future__ import annotations

import json
from typing import Any

from babel.support import Translations
from flask import Blueprint, Flask, Response, abort, request
from flask_babel import Babel, Domain
from flask_login import current_user

from inbox.translations import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    LANGUAGES,
    LOCALES,
    book,
    export,
    gettext,
    language_of,
)

__all__ = ["LANGUAGES", "interface_language", "register_i18n", "translate"]

DEFAULT_TIMEZONE = "Europe/Brussels"

i18n = Blueprint("i18n", __name__)


class CatalogueDomain(Domain):
    """Flask-Babel's translations, read from the ``.po`` catalogue (no compiled ``.mo`` needed)."""

    def get_translations(self) -> Translations:
        """The catalogue of the request's language (English fills what it lacks)."""
        return book(interface_language()).translations


def interface_language() -> str:
    """The language of the interface for this request."""
    if current_user and current_user.is_authenticated:
        chosen = language_of(current_user.language)
        if chosen:
            return chosen
    best = request.accept_languages.best_match(LANGUAGES) if request else None
    return best or DEFAULT_LANGUAGE


def _office_timezone() -> str:
    """The time zone of the office the user works in (Brussels before login)."""
    from inbox.web.access import current_membership

    membership = current_membership() if current_user and current_user.is_authenticated else None
    return membership.office.timezone if membership and membership.office.timezone else DEFAULT_TIMEZONE


def translate(key: str, **values: Any) -> str:
    """The string ``key`` in the interface language, with ``{name}`` placeholders filled."""
    return gettext(interface_language(), key, **values)


@i18n.get("/i18n/<language>.json")
def catalogue_json(language: str) -> Response:
    """Every interface string in ``language`` for the browser scripts (public: nothing secret in it)."""
    if language not in LANGUAGES:
        abort(404)
    response = Response(json.dumps(export(language), ensure_ascii=False, sort_keys=True), mimetype="application/json")
    response.headers["Cache-Control"] = "no-cache"  # revalidated by its ETag: a changed catalogue shows at once
    response.add_etag()
    return response.make_conditional(request)


def register_i18n(app: Flask) -> None:
    """Wire Flask-Babel to the catalogue; make ``t()``, ``ui_language`` and the language names available."""
    Babel(
        app,
        locale_selector=lambda: LOCALES[interface_language()],
        timezone_selector=_office_timezone,
        default_domain=CatalogueDomain(),
    )
    app.register_blueprint(i18n)
    app.jinja_env.globals["t"] = translate
    app.jinja_env.globals["ui_t"] = translate  # the same, for the top bar on pages whose own `t` is the digest's
    app.context_processor(
        lambda: {"ui_language": interface_language(), "ui_languages": [(c, LANGUAGE_NAMES[c]) for c in LANGUAGES]}
    )
