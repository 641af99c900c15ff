"""What to call a voter: on screen, and in the greeting of a reply.

Facebook and Instagram often give only a number for who wrote ("000002284266631"), and
many voters write under a handle ("griet_vdbroeck"). Staff need something readable in the
queue ("Facebook-gebruiker …6631"), and a reply must never greet a voter by handle or
number: without a real name, the greeting is a neutral one ("Goeiedag," not
"Beste griet_vdbroeck,").
"""

from __future__ import annotations

import re

from inbox.ingest.base import Author
from inbox.models import ChannelKind, Contact

CHANNEL_NAMES = {
    ChannelKind.X: "X",
    ChannelKind.FACEBOOK: "Facebook",
    ChannelKind.INSTAGRAM: "Instagram",
    ChannelKind.MASTODON: "Mastodon",
    ChannelKind.BLUESKY: "Bluesky",
}
# "{channel} user …1234", in the office's language.
_UNNAMED = {
    "nl": "{channel}-gebruiker …{tail}",
    "fr": "Utilisateur {channel} …{tail}",
    "en": "{channel} user …{tail}",
    "de": "{channel}-Nutzer …{tail}",
}
_UNNAMED_PATTERN = re.compile(r"…\w{1,4}$")
# Greetings that stand in front of the name in a canned reply, and the neutral one per language.
_GREETING_BEFORE_NAME = re.compile(
    r"\b(?:Beste|Geachte|Dag|Hallo|Hoi|Cher|Chère|Bonjour|Dear|Hello|Hi|Liebe|Lieber|Sehr geehrte[r]?)"
    r"\s+\{voter_name\}",
    re.IGNORECASE,
)
NEUTRAL_GREETING = {"nl": "Goeiedag", "fr": "Bonjour", "en": "Hello", "de": "Guten Tag"}


def unnamed_voter(kind: ChannelKind | str, external_id: str, language: str = "nl") -> str:
    """A readable stand-in for a voter the channel gave no name for: "Facebook-gebruiker …6631"."""
    channel = CHANNEL_NAMES.get(kind, str(kind))  # type: ignore[call-overload]
    template = _UNNAMED.get(language, _UNNAMED["en"])
    return template.format(channel=channel, tail=external_id[-4:])


def _looks_like_a_number(text: str) -> bool:
    return text.isdigit() and len(text) >= 6


def new_contact_name(kind: ChannelKind, author: Author, language: str = "nl") -> str:
    """The name a new contact gets: the voter's own name, else the handle, else a readable stand-in."""
    for candidate in (author.display_name.strip(), author.handle.strip()):
        if candidate and not _looks_like_a_number(candidate):
            return candidate[:200]
    return unnamed_voter(kind, author.external_id, language)[:200]


def greeting_name(contact: Contact) -> str | None:
    """The voter's name to greet them with, or None when the office only knows a handle or a number."""
    name = contact.display_name.strip()
    if not name or _looks_like_a_number(name) or _UNNAMED_PATTERN.search(name):
        return None
    handles = {
        value.strip().lower().lstrip("@")
        for identity in contact.identities
        for value in (identity.handle or "", identity.external_id or "")
        if value
    }
    if name.lower().lstrip("@") in handles:
        return None
    return name


def fill_voter_name(body: str, name: str | None, language: str) -> str:
    """``{voter_name}`` filled with ``name``; without one, "Beste {voter_name}" becomes a neutral greeting."""
    if name is not None:
        return body.replace("{voter_name}", name)
    neutral = NEUTRAL_GREETING.get(language, NEUTRAL_GREETING["en"])
    body = _GREETING_BEFORE_NAME.sub(neutral, body)
    body = body.replace(" {voter_name}", "").replace("{voter_name}", "")
    return re.sub(r"\s+([,!.])", r"\1", body)
