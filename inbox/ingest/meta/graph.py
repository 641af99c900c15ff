"""A small client for Meta's Graph API (Facebook Pages, Instagram) over plain HTTP.

The account's ``settings`` may set ``graph_base_url`` (default ``https://graph.facebook.com``,
the loopback sandbox in the demo and tests; only hosts of the provider allow-list, see
``provider_hosts``; ``paging.next`` links are followed only on that same server, redirects
never) and ``graph_version`` (default ``v23.0``); its
``credentials`` hold the page ``access_token``. The token travels in the Authorization
header, never in a URL. Every Graph error becomes a ``ChannelError`` whose account health
and sentence tell the admin what to do; usage headers near 100 % slow polling down.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests

from inbox.ingest.base import ChannelError
from inbox.models import AccountHealth, ChannelAccount, ChannelKind
from inbox.provider_hosts import HostRefusedError, check_url, guard_session

DEFAULT_BASE_URL = "https://graph.facebook.com"
DEFAULT_VERSION = "v23.0"
TIMEOUT_SECONDS = 15
RATE_LIMIT_CODES = {4, 17, 32, 613}
PERMISSION_CODES = {10, 200}
TEMPORARY_CODES = {1, 2}
TOKEN_CODE = 190
MISSING_OBJECT_SUBCODE = 33
OUTSIDE_WINDOW_SUBCODE = 2018278
USAGE_SLOWDOWN_PERCENT = 90
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=15)


@dataclass(frozen=True)
class GraphResponse:
    """A decoded Graph answer and the usage it reported (highest percentage, minutes to regain)."""

    body: dict[str, Any]
    usage_percent: int = 0
    regain_minutes: int = 0

    @property
    def near_limit(self) -> bool:
        """True when Meta says this app or page used most of its call budget."""
        return self.usage_percent >= USAGE_SLOWDOWN_PERCENT

    def slow_down_until(self) -> datetime | None:
        """When to poll next so as not to hit the limit (None: no need to wait)."""
        if not self.near_limit:
            return None
        return datetime.now(UTC) + max(timedelta(minutes=self.regain_minutes), timedelta(minutes=5))


def read_usage(headers: requests.structures.CaseInsensitiveDict[str] | dict[str, str]) -> tuple[int, int]:
    """The highest usage percentage and longest regain time in ``X-App-Usage`` / ``X-Business-Use-Case-Usage``."""
    percent, regain = 0, 0
    for name in ("X-App-Usage", "X-Page-Usage", "X-Business-Use-Case-Usage"):
        try:
            value = json.loads(headers.get(name) or "null")
        except ValueError:
            continue
        buckets: list[Any] = [value] if isinstance(value, dict) and "call_count" in value else []
        if isinstance(value, dict) and not buckets:
            for entries in value.values():
                buckets.extend(entries if isinstance(entries, list) else [])
        for bucket in buckets:
            if not isinstance(bucket, dict):
                continue
            for key in ("call_count", "total_cputime", "total_time"):
                if isinstance(bucket.get(key), int | float):
                    percent = max(percent, int(bucket[key]))
            if isinstance(bucket.get("estimated_time_to_regain_access"), int | float):
                regain = max(regain, int(bucket["estimated_time_to_regain_access"]))
    return percent, regain


def graph_error(status: int, body: Any, headers: Any, *, permission: str = "") -> ChannelError:
    """Map a Graph error answer to an account health with a sentence the admin understands."""
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    code, subcode = error.get("code"), error.get("error_subcode")
    label = f"code {code}" if isinstance(code, int) and not isinstance(code, bool) else f"HTTP {status}"
    if code == TOKEN_CODE:
        return ChannelError(
            AccountHealth.UNAUTHORIZED,
            "the Facebook access token expired: reconnect the page",
            permanent=True,
        )
    if code in RATE_LIMIT_CODES:
        _, regain = read_usage(headers)
        retry_at = datetime.now(UTC) + (timedelta(minutes=regain) if regain else DEFAULT_RATE_LIMIT_WAIT)
        return ChannelError(
            AccountHealth.RATE_LIMITED,
            f"Meta's rate limit is reached (code {code}); polling resumes at {retry_at:%H:%M} UTC.",
            retry_at=retry_at,
        )
    if code == 10 and subcode == OUTSIDE_WINDOW_SUBCODE:
        return ChannelError(
            AccountHealth.OK,
            "Meta refused the message: the voter last wrote more than 24 hours ago, "
            "so a direct message can no longer be sent (answer in a comment or by another channel).",
            permanent=True,
        )
    if code in PERMISSION_CODES or (isinstance(code, int) and 200 <= code < 300):
        needed = permission or "the permission this action needs"
        return ChannelError(
            AccountHealth.FORBIDDEN,
            f"Meta refused the request (code {code}): the page has not granted {needed}. "
            "Reconnect the page and grant it.",
            permanent=True,
        )
    if code in TEMPORARY_CODES or status >= 500:
        return ChannelError(AccountHealth.PROVIDER_ERROR, f"Meta had a temporary error ({label}); retrying later.")
    if code == 100 and subcode == MISSING_OBJECT_SUBCODE:
        return ChannelError(
            AccountHealth.MISCONFIGURED,
            "The comment, post or page no longer exists on the channel or the token cannot see it "
            "(a voter's comment: they probably deleted it; the page itself: reconnect it).",
            permanent=True,
        )
    return ChannelError(AccountHealth.PROVIDER_ERROR, f"Meta rejected the request ({label}).", permanent=True)


class GraphClient:
    """Calls the Graph API for one channel account."""

    def __init__(self, account: ChannelAccount, session: requests.Session | None = None) -> None:
        settings = account.settings or {}
        token = (account.credentials or {}).get("access_token")
        if not token:
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                "The account has no Facebook access token: reconnect the page.",
                permanent=True,
            )
        self.base_url = str(settings.get("graph_base_url") or DEFAULT_BASE_URL).rstrip("/")
        self.version = str(settings.get("graph_version") or DEFAULT_VERSION).strip("/")
        kind = account.kind if account.kind in (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM) else ChannelKind.FACEBOOK
        try:
            check_url(kind, self.base_url, what="Graph API")
        except HostRefusedError as refused:
            raise refused.channel_error() from None
        parts = urlsplit(self.base_url)
        self.origin = (parts.scheme, parts.netloc.lower())
        self.session = guard_session(session or requests.Session(), kind)
        self.session.trust_env = parts.hostname not in {"127.0.0.1", "localhost"}
        self.session.headers["Authorization"] = f"Bearer {token}"

    def url(self, path: str) -> str:
        """The full URL of a Graph path such as ``123/comments``."""
        return f"{self.base_url}/{self.version}/{path.lstrip('/')}"

    def request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: dict[str, Any] | None = None,
        data: dict[str, Any] | None = None,
        json_body: dict[str, Any] | None = None,
        permission: str = "",
    ) -> GraphResponse:
        """Make one call; ``path_or_url`` is a Graph path or a ``paging.next`` URL on the same server."""
        url = path_or_url if path_or_url.startswith(("http://", "https://")) else self.url(path_or_url)
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc.lower()) != self.origin:
            raise ChannelError(
                AccountHealth.PROVIDER_ERROR, "Meta sent a link to another server; Dialoog did not follow it."
            )
        try:
            response = self.session.request(
                method, url, params=params, data=data, json=json_body, timeout=TIMEOUT_SECONDS
            )
        except requests.RequestException as error:
            raise ChannelError(
                AccountHealth.PROVIDER_ERROR, f"Could not reach Meta: {error.__class__.__name__}; retrying later."
            ) from None
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400 or (isinstance(body, dict) and "error" in body):
            raise graph_error(response.status_code, body, response.headers, permission=permission)
        if not isinstance(body, dict):
            raise ChannelError(AccountHealth.PROVIDER_ERROR, "Meta sent a malformed answer (not JSON); retrying later.")
        percent, regain = read_usage(response.headers)
        return GraphResponse(body=body, usage_percent=percent, regain_minutes=regain)

    def get(self, path_or_url: str, params: dict[str, Any] | None = None, *, permission: str = "") -> GraphResponse:
        """GET a node or edge."""
        return self.request("GET", path_or_url, params=params, permission=permission)

    def post(self, path: str, data: dict[str, Any], *, permission: str = "") -> GraphResponse:
        """POST form fields to a node or edge."""
        return self.request("POST", path, data=data, permission=permission)

    def post_json(self, path: str, body: dict[str, Any], *, permission: str = "") -> GraphResponse:
        """POST a JSON body (the Send API)."""
        return self.request("POST", path, json_body=body, permission=permission)

    def pages(
        self, first: GraphResponse, *, max_pages: int, permission: str = ""
    ) -> Iterator[tuple[GraphResponse, list[dict[str, Any]]]]:
        """Yield ``first`` and the pages after it (following ``paging.next``), at most ``max_pages``."""
        page: GraphResponse | None = first
        for _ in range(max_pages):
            if page is None:
                return
            data = page.body.get("data")
            yield page, [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []
            if page.near_limit:
                return
            following = (page.body.get("paging") or {}).get("next")
            page = self.get(following, permission=permission) if isinstance(following, str) else None


def first_page(client: GraphClient, path: str, params: dict[str, Any], *, permission: str) -> GraphResponse:
    """The page a poll starts with; a saved ``after`` cursor Meta no longer accepts restarts at the top.

    When Meta's usage headers say the budget is used up (100 %), the poll stops here with
    RATE_LIMITED until the time Meta names, before spending more calls (the cursor is not
    moved, so nothing is skipped).
    """
    try:
        page = client.get(path, params, permission=permission)
    except ChannelError as error:
        stale_cursor = error.permanent and error.health in (AccountHealth.PROVIDER_ERROR, AccountHealth.MISCONFIGURED)
        if "after" not in params or not stale_cursor:
            raise
        page = client.get(path, {k: v for k, v in params.items() if k != "after"}, permission=permission)
    if page.usage_percent >= 100:
        retry_at = datetime.now(UTC) + (timedelta(minutes=page.regain_minutes) or DEFAULT_RATE_LIMIT_WAIT)
        raise ChannelError(
            AccountHealth.RATE_LIMITED,
            f"Meta reports 100% of the call budget used; polling resumes at {retry_at:%H:%M} UTC.",
            retry_at=retry_at,
        )
    return page


def next_after(page: GraphResponse) -> str | None:
    """The ``paging.cursors.after`` of a page when another page follows it."""
    paging = page.body.get("paging") or {}
    if not paging.get("next"):
        return None
    after = (paging.get("cursors") or {}).get("after")
    return after if isinstance(after, str) else None


def parse_graph_time(value: Any) -> datetime:
    """Graph times: ``2026-11-26T14:00:00+0000`` (fields), unix seconds or milliseconds (webhooks)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return datetime.now(UTC)
    if isinstance(value, str) and value:
        text = value.replace("Z", "+00:00")
        if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
            text = text[:-2] + ":" + text[-2:]
        try:
            parsed = datetime.fromisoformat(text)
            return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except (ValueError, OverflowError):  # OverflowError: year 1 at +14:00 is before any UTC time
            return datetime.now(UTC)
    return datetime.now(UTC)
