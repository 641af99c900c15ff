"""The one catalogue is complete: every key in every language, the same placeholders, every key the code uses.

A string added to the code without a translation, a German text that forgot ``{name}``, or a
key typed wrong in a template fails here with the key and the language named.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Message

from inbox.models import ChannelKind, Role
from inbox.models.channel import AccountHealth
from inbox.models.digest import DeliveryState
from inbox.translations import FOLDER, LANGUAGES, book, export, gettext, read_catalog
from inbox.web.i18n import LANGUAGES as WEB_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


def _key(message: Message) -> str:
    return message.id[0] if message.pluralizable else message.id


def _forms(message: Message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _messages(language: str) -> dict[str, Message]:
    return {_key(message): message for message in read_catalog(language) if message.id}


def test_the_interface_has_four_languages_defined_once() -> None:
    assert LANGUAGES == ("nl", "fr", "de", "en") and WEB_LANGUAGES is LANGUAGES
    for language in LANGUAGES:
        assert (FOLDER / language / "LC_MESSAGES" / "messages.po").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_is_translated_in_every_language(language: str) -> None:
    english = _messages("en")
    messages = _messages(language)
    missing = sorted(set(english) - set(messages))
    assert not missing, f"{language}: keys missing from the catalogue: {missing}"
    empty = sorted(key for key, message in messages.items() if not all(_forms(message)))
    assert not empty, (
        f"{language}: keys without a translation (write them in {language}/LC_MESSAGES/messages.po): {empty}"
    )
    extra = sorted(set(messages) - set(english))
    assert not extra, f"{language}: keys that English lacks: {extra}"


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_placeholders_match_english(language: str) -> None:
    english = _messages("en")
    wrong = []
    for key, message in _messages(language).items():
        expected = _placeholders(_forms(english[key])[-1])
        for form in _forms(message):
            if form and _placeholders(form) != expected:
                wrong.append(f"{key}: {sorted(_placeholders(form))} instead of {sorted(expected)}")
    assert not wrong, f"{language}: placeholders differ from English:\n" + "\n".join(wrong)


def test_plural_messages_name_a_placeholder_of_their_text() -> None:
    for language in LANGUAGES:
        current = book(language)
        assert current.catalog.num_plurals == 2, language
        for key, count in current.counts.items():
            forms = _forms(_messages(language)[key])
            assert all("{" + count + "}" in form for form in forms), f"{language} {key}: every form shows {{{count}}}"


def test_the_template_lists_every_key() -> None:
    with (FOLDER / "messages.pot").open("rb") as handle:
        from babel.messages.pofile import read_po

        template = {_key(message) for message in read_po(handle) if message.id}
    assert template == set(_messages("en"))


def test_counts_choose_the_plural_form() -> None:
    assert gettext("de", "privacy.rows", count=1) == "1 Zeile"
    assert gettext("de", "privacy.rows", count=3) == "3 Zeilen"
    assert gettext("fr", "digest.weeks_n", n=0) == "0 semaine"  # French counts 0 as one
    assert gettext("en", "digest.backlog_line", count=1) == "Still open: 1 conversation waiting for a reply"
    assert export("de")["privacy.rows"] == {"one": "{count} Zeile", "other": "{count} Zeilen", "count": "count"}


# Literal keys in the code, per kind of caller: (files, pattern, prefix the caller adds);
# a quoted beginning joined to more ("account.title_" ~ mode) is not a key.
USES = [
    ("inbox/web/templates/*.html", r"""\bt\(\s*['"]([\w.]+[\w])['"](?!\s*[+~])""", ""),
    ("inbox/web/templates/digest/*", r"""\bt\(\s*lang\s*,\s*['"](\w+)['"]""", "digest."),
    ("inbox/web/templates/form/*.html", r"""\bt\.(\w+)""", "form."),
    ("inbox/web/*.py", r"""\btranslate\(\s*['"]([\w.]+[\w])['"]""", ""),
    ("inbox/web/*.py", r"""\bi18n\.t\([^,()]+,\s*['"](\w+)['"]""", "digest."),
    ("inbox/digest/*.py", r"""\bt\([^,()]+,\s*['"](\w+)['"]""", "digest."),
    ("inbox/services/webform/*.py", r"""\btext\(\s*['"](\w+)['"]""", "form."),
    ("inbox/web/contact_form.py", r"""\btext\(\s*['"](\w+)['"]""", "form."),
    ("inbox/services/access/*.py", r"""\btext\(\s*['"]([\w.]+)['"]""", "mail."),
    ("static/*.js", r"""\bt\(\s*["']([\w.]+[\w])["'](?!\s*\+)""", ""),
]


def test_every_key_the_code_uses_is_in_the_catalogue() -> None:
    known = set(_messages("en"))
    unknown = []
    for pattern_files, pattern, prefix in USES:
        found = 0
        for path in sorted(ROOT.glob(pattern_files)):
            for key in re.findall(pattern, path.read_text(encoding="utf-8")):
                found += 1
                if prefix + key not in known:
                    unknown.append(f"{path.relative_to(ROOT)}: {prefix + key}")
        assert found, f"no key found in {pattern_files}: has the way it calls the catalogue changed?"
    assert not unknown, "keys used but not in inbox/translations (run `make translations`):\n" + "\n".join(unknown)


def test_keys_built_from_names_exist() -> None:
    """Keys the code builds from a role, a channel or a health state ("role." + role) exist too."""
    known = set(_messages("en"))
    built = [f"role.{role.value}" for role in Role] + [f"mail.role.{role.value}" for role in Role]
    built += [f"channel.{kind.value}" for kind in ChannelKind]
    built += [f"admin.health.{health.value}" for health in AccountHealth]
    built += [f"language.{language}" for language in LANGUAGES]
    built += [f"digest.delivery_{state.value}" for state in DeliveryState]
    assert sorted(set(built) - known) == []
