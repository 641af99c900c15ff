"""An earlier reply as a template for another voter: the greeting's name becomes ``{voter_name}``,
the politician's name ``{politician_name}``; what is left that belongs to the earlier voter
(their name elsewhere in the text, an address, a case or file number, an e-mail address, a
phone or account number) is personal data, and such a reply is shown question-only.

The checks are deliberately broad: a false alarm costs one click (the staff member opens the
earlier conversation), a miss would put one voter's data in another voter's reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

GREETING = re.compile(
    r"^(\s*(?:Beste|Geachte|Lieve|Dag|Hallo|Hoi|Cher|Chère|Chers|Bonjour|Bonsoir|Salut|Dear|Hello|Hi|"
    r"Liebe|Lieber|Hallo|Guten Tag|Sehr geehrte[rs]?|Moin|Servus))\s+([^,\n!:]{1,60}?)(\s*[,!:\n])",
    re.IGNORECASE,
)
STREET_WORDS = (
    r"straat|laan|weg|plein|lei|dreef|steenweg|kaai|gracht|singel|baan|dijk|hof|markt|"
    r"straße|strasse|gasse|platz|allee|street|road|lane|avenue|square"
)
PATTERNS: dict[str, re.Pattern[str]] = {
    "address": re.compile(
        rf"\b\w*(?:{STREET_WORDS})\s+\d{{1,4}}\b"
        r"|\b(?:rue|avenue|chaussée|boulevard|place|allée|chemin|quai|impasse|square)\s+[\w'’ -]{2,40}?\s+\d{1,4}\b"
        r"|\b[1-9]\d{3}\s+(?-i:[A-Z][a-zà-ÿ-]{2,})"
        r"|\b(?:bus|boîte|box)\s+\d+\b",
        re.IGNORECASE,
    ),
    "case_number": re.compile(
        r"\b(?:dossier(?:nummer|nr)?|zaak(?:nummer)?|referentie|ref(?:\.|érence|erence)?|kenmerk|n°|nr\.?|"
        r"numéro|Aktenzeichen|Vorgang|case(?: number)?|file(?: number)?)\s*[:#]?\s*[A-Z0-9]*\d[A-Z0-9/.\-]{2,}"
        r"|\b[A-Z]{1,5}[-/]\d{2,}[-/]?\d*\b|\b\d{2,4}/\d{3,}\b",
        re.IGNORECASE,
    ),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    "number": re.compile(r"(?:\+?\d[\d .\-/]{7,}\d)|\bBE\d{2}(?:\s?\d{4}){3}\b"),
}


def _words(names: Iterable[str]) -> set[str]:
    """The parts of a voter's names worth looking for (three letters or more, no greeting words)."""
    found = set()
    for name in names:
        for part in re.split(r"[\s@._\-]+", name or ""):
            if len(part) >= 3 and not part.isdigit():
                found.add(part.lower())
    return found


def as_template(text: str, voter_names: Iterable[str], politician: str) -> str:
    """``text`` with the greeting's name as ``{voter_name}`` and the politician's name as ``{politician_name}``."""
    body = text
    if politician.strip():
        body = re.sub(re.escape(politician.strip()), "{politician_name}", body, flags=re.IGNORECASE)
    names = _words(voter_names)
    match = GREETING.match(body)
    if match and (not names or _words([match.group(2)]) & names or match.group(2)[:1].isupper()):
        body = body[: match.start(2)] + "{voter_name}" + body[match.end(2) :]
    return body


def personal_data(template: str, voter_names: Iterable[str]) -> list[str]:
    """What of the earlier voter a reply template still holds: ``name``, ``address``, ``case_number``,
    ``email``, ``number`` (empty: safe to suggest to another voter)."""
    body = template.replace("{voter_name}", " ").replace("{politician_name}", " ")
    kinds = [kind for kind, pattern in PATTERNS.items() if pattern.search(body)]
    lowered = {word.lower() for word in re.findall(r"\w+", body)}
    if _words(voter_names) & lowered:
        kinds.insert(0, "name")
    return kinds
