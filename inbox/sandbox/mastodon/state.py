"""In-memory state behind the fake Mastodon API: accounts, statuses, notifications, limits, faults.

Shapes follow docs.joinmastodon.org (entities Account, Status, Notification). Ids are
increasing numeric strings, as Mastodon's snowflake ids are.
"""

from __future__ import annotations

import html
import re
import secrets
import threading
import time
from datetime import UTC, datetime
from typing import Any

import regex

from inbox.sandbox.fake_limits import LimitsAndFaults, RateWindow

MAX_CHARS = 500
URL_LENGTH = 23  # Mastodon counts every link as 23 characters
VISIBILITIES = ("public", "unlisted", "private", "direct")
MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,30})(?:@([\w.-]+\.[a-z]{2,}))?", re.IGNORECASE)
URL_RE = re.compile(r"https?://\S+")


def iso_millis(epoch_seconds: float) -> str:
    """Format epoch seconds as Mastodon does: ``2026-11-26T11:55:00.000Z``."""
    moment = datetime.fromtimestamp(epoch_seconds, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def countable_length(text: str) -> int:
    """Mastodon's length of a status: grapheme clusters, a link as 23, ``@user@domain`` as ``@user``."""
    text = URL_RE.sub("x" * URL_LENGTH, text)
    text = MENTION_RE.sub(lambda m: "@" + m.group(1), text)
    return len(regex.findall(r"\X", text))


def rate_limit_headers(window: RateWindow) -> dict[str, str]:
    """Mastodon's ``X-RateLimit-*`` headers; the reset is an ISO 8601 timestamp."""
    return {
        "X-RateLimit-Limit": str(window.limit),
        "X-RateLimit-Remaining": str(window.remaining),
        "X-RateLimit-Reset": iso_millis(window.reset),
    }


class MastodonState(LimitsAndFaults):
    """An in-memory Mastodon instance; all methods are thread-safe."""

    def __init__(self, *, domain: str = "sandbox.social", limit: int = 300, window_seconds: int = 300) -> None:
        super().__init__({"global": limit}, window_seconds)
        self.domain = domain
        self._lock = threading.RLock()
        self._last_id = int(time.time() * 1000) << 16
        self._accounts: dict[str, dict[str, Any]] = {}
        self._tokens: dict[str, str] = {}
        self._revoked: set[str] = set()
        self._statuses: dict[str, dict[str, Any]] = {}
        self._notifications: list[dict[str, Any]] = []
        self._idempotency: dict[tuple[str, str], str] = {}

    def _next_id(self) -> str:
        self._last_id += 1
        return str(self._last_id)

    # accounts & tokens -----------------------------------------------------
    def add_account(self, acct: str, display_name: str = "") -> dict[str, Any]:
        """Create (or return) an account; ``acct`` is ``user`` (local) or ``user@other.domain`` (remote)."""
        with self._lock:
            existing = self.account_by_acct(acct)
            if existing is not None:
                return existing
            username, _, domain = acct.partition("@")
            if not re.fullmatch(r"\w{1,30}", username):
                raise ValueError(f"invalid Mastodon username: {username!r}")
            account_id = self._next_id()
            host = domain or self.domain
            self._accounts[account_id] = {
                "id": account_id,
                "username": username,
                "acct": acct if domain else username,
                "display_name": display_name or username,
                "locked": False,
                "bot": False,
                "discoverable": True,
                "group": False,
                "created_at": iso_millis(time.time()),
                "note": "",
                "url": f"https://{host}/@{username}",
                "uri": f"https://{host}/users/{username}",
                "avatar": f"https://{self.domain}/avatars/original/missing.png",
                "avatar_static": f"https://{self.domain}/avatars/original/missing.png",
                "header": f"https://{self.domain}/headers/original/missing.png",
                "header_static": f"https://{self.domain}/headers/original/missing.png",
                "followers_count": 0,
                "following_count": 0,
                "statuses_count": 0,
                "last_status_at": None,
                "emojis": [],
                "fields": [],
            }
            return dict(self._accounts[account_id])

    def account_by_acct(self, acct: str) -> dict[str, Any] | None:
        """Find an account by ``user`` or ``user@domain`` (case-insensitive; this instance's domain is local)."""
        wanted = acct.lstrip("@").lower().removesuffix(f"@{self.domain}")
        with self._lock:
            for account in self._accounts.values():
                if account["acct"].lower() == wanted:
                    return dict(account)
            return None

    def get_account(self, account_id: str) -> dict[str, Any] | None:
        """The account record, or None."""
        with self._lock:
            account = self._accounts.get(account_id)
            return dict(account) if account else None

    def issue_token(self, account_id: str) -> str:
        """A new OAuth bearer token for the account."""
        with self._lock:
            if account_id not in self._accounts:
                raise KeyError(f"unknown account id: {account_id}")
            token = secrets.token_urlsafe(32)
            self._tokens[token] = account_id
            return token

    def revoke_token(self, token: str) -> None:
        """Revoke a token: further requests with it get 401."""
        with self._lock:
            if self._tokens.pop(token, None) is not None:
                self._revoked.add(token)

    def is_revoked(self, token: str) -> bool:
        """Whether ``token`` was valid once and has been revoked."""
        with self._lock:
            return token in self._revoked

    def account_for_token(self, token: str) -> str | None:
        """The account id a bearer token belongs to."""
        with self._lock:
            return self._tokens.get(token)

    # statuses ----------------------------------------------------------------
    def post_status(
        self,
        account_id: str,
        text: str,
        *,
        in_reply_to_id: str | None = None,
        visibility: str = "public",
        language: str | None = None,
        content_html: str | None = None,
        media_attachments: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Store a status and notify every local account it mentions; returns the Status entity.

        ``content_html`` replaces the rendered content as-is (to imitate what remote servers send);
        ``media_attachments`` are MediaAttachment entities, stored as given.
        Raises KeyError for an unknown author, LookupError for an unknown reply target and
        ValueError for an invalid visibility.
        """
        if visibility not in VISIBILITIES:
            raise ValueError(f"invalid visibility: {visibility!r}")
        with self._lock:
            author = self._accounts[account_id]
            parent = None
            if in_reply_to_id is not None:
                parent = self._statuses.get(str(in_reply_to_id))
                if parent is None:
                    raise LookupError(f"unknown status id: {in_reply_to_id}")
            mentioned = self._mentioned_accounts(text)
            if parent is not None and parent["account"]["id"] != account_id:
                mentioned.setdefault(parent["account"]["id"], self._accounts[parent["account"]["id"]])
            status_id = self._next_id()
            status = {
                "id": status_id,
                "created_at": iso_millis(time.time()),
                "edited_at": None,
                "in_reply_to_id": parent["id"] if parent else None,
                "in_reply_to_account_id": parent["account"]["id"] if parent else None,
                "sensitive": False,
                "spoiler_text": "",
                "visibility": visibility,
                "language": language,
                "uri": f"{author['uri']}/statuses/{status_id}",
                "url": f"{author['url']}/{status_id}",
                "replies_count": 0,
                "reblogs_count": 0,
                "favourites_count": 0,
                "content": content_html if content_html is not None else self._render(text),
                "text": None,
                "reblog": None,
                "application": None,
                "account": dict(author),
                "media_attachments": list(media_attachments or []),
                "mentions": [
                    {"id": m["id"], "username": m["username"], "url": m["url"], "acct": m["acct"]}
                    for m in mentioned.values()
                ],
                "tags": [],
                "emojis": [],
                "card": None,
                "poll": None,
            }
            self._statuses[status_id] = status
            author["statuses_count"] += 1
            author["last_status_at"] = status["created_at"][:10]
            if parent is not None:
                parent["replies_count"] += 1
            for account in mentioned.values():
                if account["id"] != account_id:
                    self._notify(account["id"], "mention", author, status)
            return dict(status)

    def _mentioned_accounts(self, text: str) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for match in MENTION_RE.finditer(text):
            acct = match.group(1) + (f"@{match.group(2)}" if match.group(2) else "")
            account = self.account_by_acct(acct)
            if account is not None:
                found[account["id"]] = self._accounts[account["id"]]
        return found

    def _render(self, text: str) -> str:
        """Text to Mastodon's HTML: escaped, paragraphs, ``<br>``, h-card mention links."""

        def link(match: re.Match[str]) -> str:
            acct = match.group(1) + (f"@{match.group(2)}" if match.group(2) else "")
            account = self.account_by_acct(html.unescape(acct))
            if account is None:
                return match.group(0)
            return (
                f'<span class="h-card" translate="no"><a href="{account["url"]}" class="u-url mention">'
                f"@<span>{account['username']}</span></a></span>"
            )

        paragraphs = [p for p in html.escape(text, quote=False).split("\n\n") if p]
        return "".join("<p>" + MENTION_RE.sub(link, p).replace("\n", "<br>") + "</p>" for p in paragraphs)

    def _notify(self, account_id: str, kind: str, sender: dict[str, Any], status: dict[str, Any]) -> None:
        notification_id = self._next_id()
        self._notifications.append(
            {
                "id": notification_id,
                "type": kind,
                "group_key": f"ungrouped-{notification_id}",
                "created_at": status["created_at"],
                "account": dict(sender),
                "status": status,
                "_recipient": account_id,
            }
        )

    def get_status(self, status_id: str, viewer_id: str | None) -> dict[str, Any] | None:
        """A status the viewer may see (public/unlisted to all; private/direct to author and mentioned)."""
        with self._lock:
            status = self._statuses.get(str(status_id))
            if status is None or not self._visible(status, viewer_id):
                return None
            return dict(status)

    def _visible(self, status: dict[str, Any], viewer_id: str | None) -> bool:
        if status["visibility"] in ("public", "unlisted"):
            return True
        return viewer_id == status["account"]["id"] or viewer_id in {m["id"] for m in status["mentions"]}

    def context(self, status_id: str, viewer_id: str | None) -> dict[str, list[dict[str, Any]]]:
        """Ancestors (root first) and descendants (oldest first) the viewer may see."""
        with self._lock:
            ancestors = []
            current = self._statuses[str(status_id)]
            while current["in_reply_to_id"] and current["in_reply_to_id"] in self._statuses:
                current = self._statuses[current["in_reply_to_id"]]
                ancestors.insert(0, current)
            descendants, frontier = [], [str(status_id)]
            while frontier:
                parent_id = frontier.pop(0)
                children = [s for s in self._statuses.values() if s["in_reply_to_id"] == parent_id]
                descendants.extend(children)
                frontier.extend(s["id"] for s in children)
            return {
                "ancestors": [dict(s) for s in ancestors if self._visible(s, viewer_id)],
                "descendants": [
                    dict(s) for s in sorted(descendants, key=lambda s: int(s["id"])) if self._visible(s, viewer_id)
                ],
            }

    def replies_to(self, status_id: str) -> list[dict[str, Any]]:
        """Statuses replying directly to ``status_id``, oldest first (for tests and the simulator)."""
        with self._lock:
            return [dict(s) for s in self._statuses.values() if s["in_reply_to_id"] == str(status_id)]

    def remember_idempotency(self, account_id: str, key: str, status_id: str | None = None) -> str | None:
        """The status already created with this Idempotency-Key (or record a new one)."""
        with self._lock:
            if status_id is not None:
                self._idempotency[(account_id, key)] = status_id
            return self._idempotency.get((account_id, key))

    def notifications_for(self, account_id: str, types: list[str] | None = None) -> list[dict[str, Any]]:
        """The account's notifications, newest first, without internal fields."""
        with self._lock:
            found = [
                {k: v for k, v in n.items() if not k.startswith("_")}
                for n in self._notifications
                if n["_recipient"] == account_id and (not types or n["type"] in types)
            ]
            return sorted(found, key=lambda n: int(n["id"]), reverse=True)
