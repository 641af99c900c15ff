"""One-off, re-runnable: fold the old string tables into the gettext catalogue.

Reads ``static/i18n.json`` ({key: {nl, fr, en}}), the digest's 4-tuples (``inbox/digest/i18n.py``
``_STRINGS`` and ``i18n_pages.py`` ``PAGE_STRINGS``, keys prefixed ``digest.``), the web form's
dicts (``inbox/services/webform/texts.py``, ``form.``) and the account mails
(``inbox/services/access/account_mail.py`` ``TEXTS``, ``mail.``) — each only while it still
holds its table (read by parsing, never importing) — and merges them into
``inbox/translations/<lang>/LC_MESSAGES/messages.po`` and ``messages.pot``.

Rules: a table's nl/fr/en (and de) text wins, so strings edited there are not lost;
German missing from the tables comes from the existing German catalogue, else from the
JSON file given with ``--german``; the plural messages below get their one/other forms;
keys only in the catalogue are kept. Run: ``python -m inbox.translations.convert_legacy``.
"""

from __future__ import annotations

import argparse
import ast
import json
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import write_po

from inbox.translations import COUNT_COMMENT, DOMAIN, FOLDER, LANGUAGES, po_path, read_catalog
from inbox.translations.legacy_plurals import PLURALS

ROOT = FOLDER.parent.parent
STAMP = datetime(2026, 12, 7, tzinfo=UTC)
Texts = dict[str, dict[str, str]]


def _assigned_dict(path: Path, name: str) -> dict | None:
    """The literal dict assigned to ``name`` in the Python file ``path``, if it is still there."""
    if not path.exists():
        return None
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and any(getattr(t, "id", None) == name for t in targets):
            try:
                return ast.literal_eval(node.value)
            except ValueError:  # no longer a table (it reads the catalogue now)
                return None
    return None


def legacy_texts() -> Texts:
    """Every string of the old tables still present: ``{catalogue key: {language: text}}``."""
    found: Texts = {}
    web = ROOT / "static" / "i18n.json"
    if web.exists():
        found.update(json.loads(web.read_text(encoding="utf-8")))
    order = ("nl", "fr", "en", "de")
    for path, name in (("inbox/digest/i18n.py", "_STRINGS"), ("inbox/digest/i18n_pages.py", "PAGE_STRINGS")):
        for key, row in (_assigned_dict(ROOT / path, name) or {}).items():
            found["digest." + key] = dict(zip(order, row, strict=True))
    form = ROOT / "inbox/services/webform/texts.py"
    for key, entry in (_assigned_dict(form, "_TEXTS") or {}).items():
        found["form." + key] = entry
    consent = _assigned_dict(form, "DEFAULT_CONSENT")
    if consent:
        found["form.consent"] = consent
    for key, entry in (_assigned_dict(ROOT / "inbox/services/access/account_mail.py", "TEXTS") or {}).items():
        found["mail." + key] = entry
    return found


def _existing() -> dict[str, dict[str, Message]]:
    """The messages already in each language's catalogue."""
    existing: dict[str, dict[str, Message]] = {}
    for language in LANGUAGES:
        messages = {}
        if po_path(language).exists():
            for message in read_catalog(language):
                if message.id:
                    messages[message.id[0] if message.pluralizable else message.id] = message
        existing[language] = messages
    return existing


def _text_of(message: Message | None) -> str:
    if message is None or not message.string:
        return ""
    return message.string[-1] if message.pluralizable else message.string


def new_catalog(language: str | None) -> Catalog:
    """An empty catalogue with a stable header (two plural forms, French counting 0 as one)."""
    catalog = Catalog(
        locale=language,
        domain=DOMAIN,
        project="Dialoog",
        version="1",
        copyright_holder="Dialoog",
        msgid_bugs_address="-",
        creation_date=STAMP,
        revision_date=STAMP,
        last_translator="Dialoog",
        language_team=f"{language} <->" if language else None,
        fuzzy=False,
    )
    if language:
        catalog._num_plurals = 2  # Babel's CLDR rule gives French a third form for millions
        catalog._plural_expr = "(n > 1)" if language == "fr" else "(n != 1)"
    return catalog


def merge(german: dict[str, str]) -> dict[str, Catalog]:
    """The new catalogue of every language."""
    legacy = legacy_texts()
    existing = _existing()
    keys = sorted(set(legacy) | {key for messages in existing.values() for key in messages})
    catalogs = {language: new_catalog(language) for language in LANGUAGES}
    for key in keys:
        for language in LANGUAGES:
            old = existing[language].get(key)
            text = legacy.get(key, {}).get(language) or _text_of(old)
            if language == "de" and not text:
                text = german.get(key, "")
            catalog = catalogs[language]
            if key in PLURALS:
                count, singular = PLURALS[key]
                one = singular.get(language, "") if text else ""
                catalog.add((key, key), (one, text), auto_comments=[COUNT_COMMENT + count])
            elif old is not None and old.pluralizable:
                catalog.add((key, key), old.string, auto_comments=old.auto_comments)
            else:
                catalog.add(key, text)
    return catalogs


def write(catalogs: dict[str, Catalog]) -> None:
    """Write every ``.po`` and the template ``messages.pot`` (sorted by key, no source lines)."""
    for language, catalog in catalogs.items():
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=0, omit_header=False, sort_output=True, include_lineno=False)
    template = new_catalog(None)
    for message in catalogs["en"]:
        if message.id:
            template.add(message.id, auto_comments=message.auto_comments)
    with (FOLDER / f"{DOMAIN}.pot").open("wb") as handle:
        write_po(handle, template, width=0, sort_output=True, include_lineno=False)


def main() -> None:
    """Merge the old tables into the catalogue and report what is still untranslated."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--german", type=Path, help="JSON {key: German text} for keys with no German yet")
    args = parser.parse_args()
    german = json.loads(args.german.read_text(encoding="utf-8")) if args.german else {}
    catalogs = merge(german)
    write(catalogs)
    for language, catalog in catalogs.items():
        missing = [m.id for m in catalog if m.id and not all(m.string if m.pluralizable else [m.string])]
        print(f"{language}: {len(catalog)} messages, {len(missing)} untranslated")


if __name__ == "__main__":
    main()
