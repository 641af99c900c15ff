"""Build a tweepy v2 Client, optionally pointed at another host (the loopback X sandbox)."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

import requests
import tweepy

from inbox.models import ChannelKind
from inbox.provider_hosts import GuardedAdapter, check_url, guard_session

X_API_PREFIX = "https://api.twitter.com/"
ORIGINAL_URL_HEADER = "X-Sandbox-Original-Url"


class RewriteHostAdapter(GuardedAdapter):
    """Send ``https://api.twitter.com/...`` requests to ``base_url`` instead, keeping path and query.

    The request is already OAuth-signed for the original URL when it reaches the adapter,
    so that URL is passed along in the ``X-Sandbox-Original-Url`` header for verification.
    The rewritten URL is checked against the provider host policy like any other.
    """

    def __init__(self, base_url: str, **kwargs: object) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"api_base_url must be an absolute http(s) URL, got {base_url!r}")
        self.base_url = f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}/"
        super().__init__(ChannelKind.X, **kwargs)  # type: ignore[arg-type]

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Rewrite the URL of ``request`` (when it targets X) and send it with the usual HTTPAdapter."""
        url = request.url or ""
        if url.startswith(X_API_PREFIX):
            request.headers[ORIGINAL_URL_HEADER] = url
            request.url = self.base_url + url[len(X_API_PREFIX) :]
        return super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies)


class UserContextClient(tweepy.Client):
    """A ``tweepy.Client`` that signs every request with OAuth 1.0a when it has no bearer token.

    Several tweepy methods (e.g. ``get_users_mentions``) default to ``user_auth=False`` and
    would otherwise send ``Authorization: Bearer None``, which X rejects with 401.
    """

    @property
    def wait_on_rate_limit(self) -> bool:
        """Always False: tweepy 4.17 retries a 429 that lacks ``x-rate-limit-reset`` at once, forever.

        Callers get ``tweepy.TooManyRequests`` instead and decide when to try again.
        """
        return False

    @wait_on_rate_limit.setter
    def wait_on_rate_limit(self, _value: bool) -> None:
        """Ignore attempts to make the client sleep-and-retry on rate limits (see the getter)."""

    def request(
        self,
        method: str,
        route: str,
        params: dict[str, object] | None = None,
        json: dict[str, object] | None = None,
        user_auth: bool = False,
    ) -> requests.Response:
        """Make the request, forcing user context when there is no bearer token."""
        return super().request(
            method, route, params=params, json=json, user_auth=user_auth or self.bearer_token is None
        )


def make_x_client(
    *,
    consumer_key: str,
    consumer_secret: str,
    access_token: str,
    access_token_secret: str,
    api_base_url: str | None = None,
) -> tweepy.Client:
    """Return a tweepy ``Client`` using OAuth 1.0a user context, never sleeping on rate limits.

    Calls return the raw ``requests.Response`` (so callers can read ``x-rate-limit-*``
    headers and decode JSON themselves). tweepy raises ``tweepy.TooManyRequests`` on 429
    (its ``reset_time`` comes from ``x-rate-limit-reset``) instead of waiting.

    When ``api_base_url`` is given (e.g. ``http://127.0.0.1:5123``), requests tweepy makes
    to its hard-coded ``https://api.twitter.com`` go to that base URL instead, and the
    session ignores proxy/CA environment variables.

    tweepy's ``get_users_mentions`` (and other read methods) default to ``user_auth=False``,
    i.e. a bearer token this client does not have; the returned client therefore signs every
    request with the OAuth 1.0a user context regardless of ``user_auth``.

    Raises :class:`~inbox.provider_hosts.HostRefusedError` when the API host is not
    on the provider allow-list; every request (and redirect) is checked again when sent.
    """
    check_url(ChannelKind.X, api_base_url or X_API_PREFIX, what="X API")
    client = UserContextClient(
        consumer_key=consumer_key,
        consumer_secret=consumer_secret,
        access_token=access_token,
        access_token_secret=access_token_secret,
        return_type=requests.Response,
        wait_on_rate_limit=False,
    )
    guard_session(client.session, ChannelKind.X)
    if api_base_url:
        client.session.trust_env = False
        client.session.mount(X_API_PREFIX, RewriteHostAdapter(api_base_url))
    return client
