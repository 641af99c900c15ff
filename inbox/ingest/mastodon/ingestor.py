"""Mastodon channel: poll mention notifications with a persisted cursor, reply in the thread.

Uses the real ``Mastodon.py`` client against the account's instance (``settings["api_base_url"]``)
with its access token (``credentials["access_token"]``). Notifications are read forward
from the last one stored (``min_id``), page by page, so a poll cut short resumes without a
gap. A voter's statuses in one Mastodon thread form one inbox conversation. Replies
mention the voter, answer their status and never reach a wider audience than it did.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

import regex
import requests
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from inbox.ingest.base import Author, ChannelError, FetchResult, IncomingMessage, SentReceipt
from inbox.ingest.mastodon.length import mastodon_length
from inbox.ingest.mastodon.media import status_media
from inbox.ingest.mastodon.status_html import clean_html, html_to_text
from inbox.ingest.unreadable import read_or_skip
from inbox.models import AccountHealth, ChannelAccount, ChannelKind
from inbox.provider_hosts import HostRefusedError, check_url, guard_session

MAX_CHARS = 500
PAGE_SIZE = 40
MAX_PAGES_PER_POLL = 5
REQUEST_TIMEOUT = 15
# The reply's visibility for each visibility of the voter's status: never wider.
# A followers-only status gets a direct reply, since the office's followers are not the voter's.
REPLY_VISIBILITY = {"public": "public", "unlisted": "unlisted", "private": "direct", "direct": "direct"}


def client_for(account: ChannelAccount) -> Mastodon:
    """A Mastodon.py client for the account's instance that raises on rate limits instead of sleeping."""
    base_url = (account.settings or {}).get("api_base_url")
    token = (account.credentials or {}).get("access_token")
    if not base_url or not token:
        missing = "instance address" if not base_url else "access token"
        raise ChannelError(
            AccountHealth.MISCONFIGURED,
            f"The Mastodon account has no {missing}: reconnect the account.",
            permanent=True,
        )
    try:  # the instance is the office's choice: any public host, private ones only if the operator allows
        check_url(ChannelKind.MASTODON, str(base_url), what="Mastodon instance")
    except HostRefusedError as refused:
        raise refused.channel_error() from None
    client = Mastodon(
        api_base_url=base_url,
        access_token=token,
        ratelimit_method="throw",
        request_timeout=REQUEST_TIMEOUT,
        version_check_mode="none",
        session=guard_session(requests.Session(), ChannelKind.MASTODON),
    )
    client.session.trust_env = False
    return client


def _rate_reset(client: Mastodon | None) -> datetime | None:
    reset = getattr(client, "ratelimit_reset", None) if client is not None else None
    return datetime.fromtimestamp(reset, tz=UTC) if reset else None


def translate_error(error: Exception, client: Mastodon | None = None) -> ChannelError:
    """Map Mastodon.py's errors to an account health with a sentence an admin understands."""
    if isinstance(error, MastodonRatelimitError):
        retry_at = _rate_reset(client) or datetime.now(UTC) + timedelta(minutes=5)
        return ChannelError(
            AccountHealth.RATE_LIMITED,
            f"Mastodon's rate limit is used up; polling resumes at {retry_at:%H:%M} UTC.",
            retry_at=retry_at,
        )
    if isinstance(error, MastodonUnauthorizedError):
        return ChannelError(
            AccountHealth.UNAUTHORIZED,
            "Mastodon refused the access token (401): it was revoked or has expired. Reconnect the account.",
            permanent=True,
        )
    if isinstance(error, MastodonNetworkError):
        return ChannelError(AccountHealth.PROVIDER_ERROR, "Could not reach the Mastodon instance; retrying later.")
    if isinstance(error, MastodonServerError):
        status = error.args[1] if len(error.args) > 1 else "5xx"
        return ChannelError(
            AccountHealth.PROVIDER_ERROR, f"The Mastodon instance had a server error ({status}); retrying later."
        )
    if isinstance(error, MastodonNotFoundError):
        return ChannelError(
            AccountHealth.PROVIDER_ERROR,
            "Mastodon answered 404 (not found): the post was deleted or is not visible to the account, "
            "or the instance address is wrong.",
            permanent=True,
        )
    if isinstance(error, MastodonAPIError) and len(error.args) > 1 and error.args[1] == 403:
        return ChannelError(
            AccountHealth.FORBIDDEN,
            "Mastodon forbids this (403): the access token lacks the read/write scopes. Reconnect the account.",
            permanent=True,
        )
    if isinstance(error, MastodonAPIError) and len(error.args) > 1 and isinstance(error.args[1], int):
        return ChannelError(  # the instance's own words are not shown: it could be any server
            AccountHealth.PROVIDER_ERROR, f"Mastodon refused the request ({error.args[1]}).", permanent=True
        )
    if isinstance(error, MastodonAPIError):  # e.g. a body that is not JSON
        return ChannelError(AccountHealth.PROVIDER_ERROR, "Mastodon sent a malformed answer; retrying later.")
    return ChannelError(AccountHealth.PROVIDER_ERROR, f"Unexpected answer from Mastodon ({error.__class__.__name__}).")


def _parse_time(value: Any) -> datetime:
    try:
        if isinstance(value, datetime):
            return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
        if isinstance(value, str) and value:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except (ValueError, OverflowError):  # an unreadable time must not hold up the other mentions
        pass
    return datetime.now(UTC)


def _account_view(account: dict[str, Any]) -> dict[str, str]:
    return {key: str(account.get(key) or "") for key in ("id", "username", "acct", "display_name", "url")}


def _id(entity: dict[str, Any], key: str = "id") -> str:
    """An id the entity must carry (Mastodon.py fills a missing field with None: that is no id)."""
    value = entity[key]
    if value is None or value == "":
        raise KeyError(f"{key} is missing")
    return str(value)


def to_incoming(notification: dict[str, Any], root_id: str) -> IncomingMessage:
    """Normalise one mention: the thread is this voter's part of the Mastodon thread ``root_id``."""
    status = notification["status"]
    author = _account_view(status.get("account") or notification.get("account") or {})
    if not author["id"]:
        raise KeyError("the author's account id is missing")
    content = str(status.get("content") or "")
    visibility = str(status.get("visibility") or "public")
    return IncomingMessage(
        external_id=_id(status),
        thread_key=f"mastodon:{root_id}:{author['id']}",
        author=Author(external_id=author["id"], handle=author["acct"], display_name=author["display_name"]),
        text=html_to_text(content),
        html=clean_html(content),
        sent_at=_parse_time(status.get("created_at")),
        in_reply_to_external_id=str(status["in_reply_to_id"]) if status.get("in_reply_to_id") else None,
        raw={
            "notification_id": _id(notification),
            "status_id": _id(status),
            "root_id": root_id,
            "visibility": visibility,
            "url": str(status.get("url") or status.get("uri") or ""),
            "language": status.get("language"),
            "spoiler_text": str(status.get("spoiler_text") or ""),
            "account": author,
        },
        media=status_media(status),
    )


def _pace(client: Mastodon) -> datetime | None:
    """The earliest next poll that stays within the rate-limit window's remaining requests."""
    now = datetime.now(UTC)
    reset = _rate_reset(client)
    if reset is None or reset <= now:
        return None
    remaining = int(getattr(client, "ratelimit_remaining", 1) or 0)
    return reset if remaining <= 0 else now + (reset - now) / remaining


class MastodonIngestor:
    """Polls the account's mention notifications."""

    kind = ChannelKind.MASTODON

    def _root_of(self, client: Mastodon, status: dict[str, Any], roots: dict[str, str]) -> str:
        """The id of the first status of the thread (the status itself when it answers nothing)."""
        parent_id = status.get("in_reply_to_id")
        if not parent_id:
            return _id(status)
        if str(parent_id) in roots:
            return roots[str(parent_id)]
        ancestors = client.status_context(status["id"]).get("ancestors") or []
        return str(ancestors[0]["id"]) if ancestors else str(parent_id)

    def _mention(self, client: Mastodon, notification: dict[str, Any], roots: dict[str, str]) -> IncomingMessage | None:
        """The notification's status as a message in its thread, or None when it is not a mention."""
        status = notification.get("status")
        if notification.get("type") != "mention" or not status:
            return None
        root = self._root_of(client, status, roots)
        roots[_id(status)] = root
        return to_incoming(notification, root)

    def fetch(self, account: ChannelAccount) -> FetchResult:
        """Fetch mentions newer than the cursor, oldest page first (bounded per poll)."""
        client = client_for(account)
        last_id = str((account.cursor or {}).get("last_notification_id") or "0")
        messages: list[IncomingMessage] = []
        roots: dict[str, str] = {}
        try:
            for _ in range(MAX_PAGES_PER_POLL):
                page = client.notifications(types=["mention"], min_id=last_id, limit=PAGE_SIZE)
                if not isinstance(page, list):
                    raise ChannelError(
                        AccountHealth.PROVIDER_ERROR, "Mastodon sent a malformed answer; retrying later."
                    )
                numbered = [(read_or_skip(lambda n=n: int(_id(n)), n, "Mastodon notification"), n) for n in page]
                readable = [(number, n) for number, n in numbered if number is not None]
                for number, notification in sorted(readable, key=lambda pair: pair[0]):
                    message = read_or_skip(
                        lambda n=notification: self._mention(client, n, roots), notification, "Mastodon mention"
                    )
                    if message is not None:
                        messages.append(message)
                    last_id = max(last_id, str(number), key=int)
                if len(page) < PAGE_SIZE:
                    break
        except MastodonError as error:
            raise translate_error(error, client) from error
        except (KeyError, TypeError, ValueError) as error:
            raise ChannelError(
                AccountHealth.PROVIDER_ERROR, f"Mastodon sent a malformed answer ({error}); retrying later."
            ) from error
        return FetchResult(messages=messages, cursor={"last_notification_id": last_id}, next_poll_at=_pace(client))


def _idempotency_key(account: ChannelAccount, in_reply_to_id: str, body: str) -> str:
    """The same reply to the same status gets the same key, so a retry after a lost answer posts once."""
    return hashlib.sha256(f"dialoog:{account.id}:{in_reply_to_id}:{body}".encode()).hexdigest()


def reply_text(text: str, voter_acct: str) -> str:
    """The reply as posted: it starts with the voter's ``@acct`` so that it reaches them."""
    mention = f"@{voter_acct}"
    if not voter_acct or regex.search(rf"(?<![\w@]){regex.escape(mention)}(?![\w@.])", text, regex.IGNORECASE):
        return text
    return f"{mention} {text}"


class MastodonReplySender:
    """Answers a voter's status with a status of the account, in the same thread."""

    kind = ChannelKind.MASTODON

    def text_as_posted(self, text: str, thread_raw: dict[str, Any]) -> str:
        """The reply as posted: prefixed with the voter's ``@acct`` unless it already names them."""
        return reply_text(text, str((thread_raw.get("account") or {}).get("acct") or ""))

    def send(
        self, account: ChannelAccount, text: str, in_reply_to_external_id: str | None, thread_raw: dict[str, Any]
    ) -> SentReceipt:
        """Post ``text`` (prefixed with the voter's mention) in reply to their status."""
        if not in_reply_to_external_id:
            raise ChannelError(
                AccountHealth.MISCONFIGURED, "There is no Mastodon post of the voter to answer.", permanent=True
            )
        voter_acct = str((thread_raw.get("account") or {}).get("acct") or "")
        body = self.text_as_posted(text, thread_raw)
        length = mastodon_length(body)
        if length > MAX_CHARS:
            room = MAX_CHARS - (length - mastodon_length(text))
            raise ChannelError(
                AccountHealth.PROVIDER_ERROR,
                f"The reply is {mastodon_length(text)} characters; on Mastodon it can be at most {room} "
                f"(500 including the mention of @{voter_acct}). Shorten it and send it again.",
                permanent=True,
            )
        visibility = REPLY_VISIBILITY.get(str(thread_raw.get("visibility") or "direct"), "direct")
        client = client_for(account)
        try:
            status = client.status_post(
                body,
                in_reply_to_id=in_reply_to_external_id,
                visibility=visibility,
                language=thread_raw.get("language") or None,
                idempotency_key=_idempotency_key(account, in_reply_to_external_id, body),
            )
        except MastodonError as error:
            raise translate_error(error, client) from error
        if not isinstance(status, dict) or not status.get("id"):
            raise ChannelError(AccountHealth.PROVIDER_ERROR, "Mastodon did not return the id of the new post.")
        return SentReceipt(
            external_id=str(status["id"]),
            sent_at=_parse_time(status.get("created_at")),
            raw={
                "status_id": str(status["id"]),
                "visibility": str(status.get("visibility") or visibility),
                "in_reply_to_id": str(in_reply_to_external_id),
                "url": str(status.get("url") or ""),
                "text": body,
            },
        )
