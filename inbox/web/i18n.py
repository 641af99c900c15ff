"""The interface in Dutch, French and English: one table of strings for pages and scripts.

The strings live in ``static/i18n.json`` (``{key: {"nl": …, "fr": …, "en": …}}``) so the
browser script reads the same table. The user's choice decides; before login the
browser's Accept-Language does.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from flask import Flask, current_app, request
from flask_login import current_user

LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"


@cache
def _strings(path: str) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def strings() -> dict[str, dict[str, str]]:
    """The whole table of interface strings."""
    return _strings(str(current_app.static_folder) + "/i18n.json")


def interface_language() -> str:
    """The language of the interface for this request."""
    if current_user and current_user.is_authenticated and current_user.language in LANGUAGES:
        return current_user.language
    best = request.accept_languages.best_match(LANGUAGES) if request else None
    return best or DEFAULT_LANGUAGE


def translate(key: str, **values: Any) -> str:
    """The string ``key`` in the interface language, with ``{name}`` placeholders filled."""
    entry = strings().get(key)
    if entry is None:
        return key
    text = entry.get(interface_language()) or entry.get("en") or key
    return text.format(**values) if values else text


def register_i18n(app: Flask) -> None:
    """Make ``t()`` and ``ui_language`` available in templates."""
    app.jinja_env.globals["t"] = translate
    app.context_processor(lambda: {"ui_language": interface_language()})
