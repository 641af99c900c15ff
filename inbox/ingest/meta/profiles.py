"""A voter's name from Meta's user profile APIs, for voters whose messages came without one.

Messenger webhooks name the sender by page-scoped id (PSID) only, Instagram messaging by
Instagram-scoped id (IGSID). Meta documents a profile lookup for people who messaged the
page or account (their message is the consent it needs):

- Messenger User Profile API: ``GET /{PSID}?fields=first_name,last_name,profile_pic`` →
  ``{"first_name", "last_name", "profile_pic", "id"}``;
- Instagram User Profile API: ``GET /{IGSID}?fields=name,username,profile_pic`` →
  ``{"name", "username", "profile_pic", "id"}`` (``name`` may be null).

Facebook comments carry ``from{id,name}`` already (see ``facebook.py``); Instagram comment
authors give only a username, and Meta refuses their profile until they send a message.
Errors are the Graph client's :class:`~inbox.ingest.base.ChannelError` (rate limits with
their ``retry_at``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from inbox.ingest.meta.graph import GraphClient
from inbox.ingest.meta.messages import as_text
from inbox.models import ChannelAccount, ChannelKind

MESSENGER_FIELDS = "first_name,last_name,profile_pic"
INSTAGRAM_FIELDS = "name,username,profile_pic"
_SCOPED_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")  # a PSID or IGSID: one path segment, nothing else


@dataclass(frozen=True)
class ProfileName:
    """What the provider calls the voter ('' when it gives nothing), and whether to slow down."""

    name: str
    username: str = ""
    near_limit: bool = False


def dm_thread_prefix(kind: ChannelKind) -> str:
    """The thread key prefix of the account's direct messages (``fb-dm:`` / ``ig-dm:``)."""
    return "fb-dm:" if kind == ChannelKind.FACEBOOK else "ig-dm:"


def fetch_profile_name(account: ChannelAccount, voter_id: str, client: GraphClient | None = None) -> ProfileName:
    """Ask Meta for the name of the voter with this PSID (Facebook) or IGSID (Instagram)."""
    if not _SCOPED_ID.fullmatch(voter_id):
        return ProfileName(name="")
    graph = client or GraphClient(account)
    if account.kind == ChannelKind.FACEBOOK:
        answer = graph.get(voter_id, {"fields": MESSENGER_FIELDS}, permission="pages_messaging")
        body = answer.body
        name = " ".join(part for part in (as_text(body.get("first_name")), as_text(body.get("last_name"))) if part)
        return ProfileName(name=name.strip()[:200], near_limit=answer.near_limit)
    answer = graph.get(voter_id, {"fields": INSTAGRAM_FIELDS}, permission="instagram_manage_messages")
    body = answer.body
    return ProfileName(
        name=as_text(body.get("name")).strip()[:200],
        username=as_text(body.get("username")).strip()[:320],
        near_limit=answer.near_limit,
    )
