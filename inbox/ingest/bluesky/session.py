"""Bluesky sessions: log in once, keep the session in the account's credentials, map errors.

``createSession`` is rate limited per account (30 per 5 minutes on bsky.social), so the
session string the atproto client exports is stored in the (encrypted) credentials and
imported on the next poll; the client refreshes it itself when the access token nears its
expiry, and the refreshed session is stored again. A session the server no longer accepts
leads to one fresh login with the app password.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
from atproto import Client, Session, SessionEvent
from atproto_client.exceptions import (
    AtProtocolError,
    BadRequestError,
    LoginRequiredError,
    ModelError,
    NetworkError,
    RateLimitExceededError,
    RequestErrorBase,
    UnauthorizedError,
)
from atproto_client.request import Request

from inbox.ingest.base import ChannelError
from inbox.models import AccountHealth, ChannelAccount, ChannelKind
from inbox.provider_hosts import HostPolicy, HostRefusedError, check_url, current_policy

REQUEST_TIMEOUT = 15.0
SESSION_ERRORS = {"ExpiredToken", "InvalidToken", "AuthenticationRequired"}
T = TypeVar("T")


class GuardedRequest(Request):
    """atproto's HTTP layer with every URL checked against the provider host policy, no redirects followed."""

    def __init__(self, policy: HostPolicy | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client.close()
        self._client = httpx.Client(follow_redirects=False, **kwargs)
        self._policy = policy or current_policy()

    def _new_instance(self) -> GuardedRequest:
        return type(self)(self._policy, **self._client_kwargs)

    def _send_request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            self._policy.check_url(ChannelKind.BLUESKY, url, what="Bluesky server")
        except HostRefusedError as refused:
            raise refused.channel_error() from None
        return super()._send_request(method, url, **kwargs)


def _error_name(error: RequestErrorBase) -> tuple[str, str]:
    content = error.response.content if error.response is not None else None
    return str(getattr(content, "error", "") or ""), str(getattr(content, "message", "") or "")


def translate_error(error: Exception) -> ChannelError:
    """Map atproto's errors to an account health with a sentence an admin understands."""
    status = getattr(getattr(error, "response", None), "status_code", None)
    if isinstance(error, RateLimitExceededError):
        retry_at = error.reset_at
        if retry_at is None and error.retry_after is not None:
            retry_at = datetime.now(UTC) + timedelta(seconds=error.retry_after)
        retry_at = retry_at or datetime.now(UTC) + timedelta(minutes=5)
        return ChannelError(
            AccountHealth.RATE_LIMITED,
            f"Bluesky's rate limit is used up; polling resumes at {retry_at:%H:%M} UTC.",
            retry_at=retry_at,
        )
    if isinstance(error, UnauthorizedError) and status == 403:
        return ChannelError(
            AccountHealth.FORBIDDEN,
            "Bluesky forbids this (403): the account may be suspended or the app password lacks access.",
            permanent=True,
        )
    if isinstance(error, (UnauthorizedError, LoginRequiredError)):
        return ChannelError(
            AccountHealth.UNAUTHORIZED,
            "Bluesky refused the app password (401): it was revoked or is wrong. Reconnect the account.",
            permanent=True,
        )
    if isinstance(error, BadRequestError):  # the server's own words are not shown (they could be anything)
        return ChannelError(
            AccountHealth.PROVIDER_ERROR,
            "Bluesky rejected the request (400); check the account's settings.",
            permanent=True,
        )
    if isinstance(error, NetworkError) and status is None:
        return ChannelError(AccountHealth.PROVIDER_ERROR, "Could not reach Bluesky; retrying later.")
    if isinstance(error, RequestErrorBase) and (status is None or status >= 500 or status in (409, 413)):
        return ChannelError(
            AccountHealth.PROVIDER_ERROR, f"Bluesky had a server error ({status or 'unknown'}); retrying later."
        )
    if isinstance(error, RequestErrorBase):
        return ChannelError(
            AccountHealth.MISCONFIGURED,
            f"Bluesky answered {status}: check the account's server address.",
            permanent=True,
        )
    if isinstance(error, ModelError):
        return ChannelError(AccountHealth.PROVIDER_ERROR, "Bluesky sent a malformed answer; retrying later.")
    return ChannelError(AccountHealth.PROVIDER_ERROR, f"Unexpected answer from Bluesky ({error.__class__.__name__}).")


def _settings(account: ChannelAccount) -> tuple[str, str, str]:
    base_url = str((account.settings or {}).get("base_url") or "")
    credentials = account.credentials or {}
    identifier = str(credentials.get("identifier") or account.handle or "")
    password = str(credentials.get("app_password") or "")
    if not base_url or not identifier or not password:
        missing = "server address" if not base_url else "app password" if not password else "handle"
        raise ChannelError(
            AccountHealth.MISCONFIGURED, f"The Bluesky account has no {missing}: reconnect the account.", permanent=True
        )
    return base_url, identifier, password


def _store_session(account: ChannelAccount, session_string: str | None, base_url: str) -> None:
    credentials = {k: v for k, v in (account.credentials or {}).items() if k not in ("session", "session_base_url")}
    if session_string:
        credentials.update({"session": session_string, "session_base_url": base_url})
    account.credentials = credentials


def _connect(account: ChannelAccount, *, reuse: bool) -> tuple[Client, bool]:
    """A logged-in client and whether it runs on a stored session (rather than a fresh login)."""
    base_url, identifier, password = _settings(account)
    try:
        check_url(ChannelKind.BLUESKY, base_url, what="Bluesky server")
    except HostRefusedError as refused:
        raise refused.channel_error() from None
    client = Client(base_url=base_url, request=GuardedRequest(timeout=REQUEST_TIMEOUT, trust_env=False))

    def remember(event: SessionEvent, session: Session) -> None:
        if event in (SessionEvent.CREATE, SessionEvent.REFRESH):
            _store_session(account, session.export(), base_url)

    client.on_session_change(remember)
    credentials = account.credentials or {}
    saved = credentials.get("session") if credentials.get("session_base_url") == base_url else None
    if reuse and saved:
        client.login(session_string=saved, fetch_bsky_profile=False)
        return client, True
    profile = client.login(identifier, password)
    did = session_did(client)
    if did and account.external_id != did:
        account.external_id = did
    if profile is not None and profile.handle and account.handle != profile.handle:
        account.handle = profile.handle
    return client, False


def _session_rejected(error: Exception) -> bool:
    if isinstance(error, LoginRequiredError):
        return True
    if isinstance(error, UnauthorizedError):
        return getattr(error.response, "status_code", 401) == 401
    return isinstance(error, BadRequestError) and _error_name(error)[0] in SESSION_ERRORS


def session_did(client: Client) -> str | None:
    """The DID of the logged-in account."""
    session = getattr(client, "_session", None)
    return str(session.did) if session is not None and session.did else None


def with_session(account: ChannelAccount, call: Callable[[Client], T]) -> T:
    """Run ``call`` with a logged-in client; on a rejected stored session, log in again once.

    Raises ChannelError for every provider failure.
    """
    try:
        client, reused = _connect(account, reuse=True)
        try:
            return call(client)
        except AtProtocolError as error:
            if not reused or not _session_rejected(error):
                raise
        _store_session(account, None, "")
        client, _ = _connect(account, reuse=False)
        return call(client)
    except AtProtocolError as error:
        raise translate_error(error) from error
    except (ValueError, TypeError) as error:  # a session string or answer that does not parse
        _store_session(account, None, "")
        raise ChannelError(AccountHealth.PROVIDER_ERROR, "Bluesky sent a malformed answer; retrying later.") from error
