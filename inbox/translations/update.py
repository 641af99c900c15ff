"""Add the keys ``pybabel extract`` found in the code to the catalogue template (``make translations``).

``messages.pot`` lists every key. Extraction finds the literal ones (``t("account.back")``);
keys built at run time (``t("status." + state)``) and the digest, form and mail keys are in
the template already and are never dropped by an extraction. After this step ``pybabel
update`` gives each language's ``.po`` the new keys with an empty text, which
``tests/i18n/test_catalogue.py`` reports until someone translates them.

Run: ``python -m inbox.translations.update EXTRACTED.pot``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from inbox.translations import DOMAIN, FOLDER

TEMPLATE = FOLDER / f"{DOMAIN}.pot"


def new_keys(extracted: Catalog, template: Catalog) -> list[str]:
    """Literal keys in ``extracted`` that ``template`` lacks (prefixes like ``"status."`` are not keys)."""
    known = {message.id[0] if message.pluralizable else message.id for message in template if message.id}
    found = {message.id if isinstance(message.id, str) else message.id[0] for message in extracted if message.id}
    return sorted(key for key in found - known if not key.endswith("."))


def add_keys(extracted_path: Path, template_path: Path = TEMPLATE) -> list[str]:
    """Add the new keys of ``extracted_path`` to the template; return them."""
    with extracted_path.open("rb") as handle:
        extracted = read_po(handle)
    with template_path.open("rb") as handle:
        template = read_po(handle)
    added = new_keys(extracted, template)
    for key in added:
        template.add(key)
    with template_path.open("wb") as handle:
        write_po(handle, template, width=0, sort_output=True, include_lineno=False)
    return added


def main() -> None:
    """Command line: report the keys added to the template."""
    if len(sys.argv) != 2:
        sys.exit("usage: python -m inbox.translations.update EXTRACTED.pot")
    added = add_keys(Path(sys.argv[1]))
    print(f"{len(added)} new key(s) in {TEMPLATE.name}" + (": " + ", ".join(added) if added else ""))


if __name__ == "__main__":
    main()
