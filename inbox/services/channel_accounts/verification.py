"""Connect-time checks of a channel account: allowed servers, and the provider's own account id.

Webhooks are routed by the provider's account id (X user id, Facebook page id, Instagram
account id), so that id must be the one the credentials belong to, never one an admin
typed: :func:`verified_external_id` asks the provider (X ``GET /2/users/me``, Graph
``GET /me``) with the account's own credentials. :func:`check_servers` refuses addresses
outside the operator's provider host policy before any credential is sent anywhere.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import requests
import tweepy

from inbox.ingest.base import ChannelError
from inbox.ingest.meta.graph import DEFAULT_BASE_URL, GraphClient
from inbox.ingest.x.client import make_x_client
from inbox.models import ChannelAccount, ChannelKind
from inbox.provider_hosts import HostRefusedError, check_host, check_url

# The settings that hold a server address, per kind: (name, is a URL, what it is called).
SERVER_FIELDS: dict[ChannelKind, tuple[tuple[str, bool, str], ...]] = {
    ChannelKind.X: (("api_base_url", True, "X API"),),
    ChannelKind.FACEBOOK: (("graph_base_url", True, "Graph API"),),
    ChannelKind.INSTAGRAM: (("graph_base_url", True, "Graph API"),),
    ChannelKind.MASTODON: (("api_base_url", True, "Mastodon instance"),),
    ChannelKind.BLUESKY: (("base_url", True, "Bluesky server"),),
    ChannelKind.EMAIL: (("imap_host", False, "IMAP server"), ("smtp_host", False, "SMTP server")),
    ChannelKind.WEBFORM: (("smtp_host", False, "SMTP server"),),
}


class VerificationError(ValueError):
    """The account cannot be connected as given; the message tells the admin why."""


def check_servers(kind: ChannelKind, values: dict[str, Any]) -> None:
    """Refuse server addresses the provider host policy does not allow (before any request)."""
    for name, is_url, what in SERVER_FIELDS.get(kind, ()):
        value = str(values.get(name) or "").strip()
        if not value:
            continue
        policy_kind = ChannelKind.EMAIL if kind == ChannelKind.WEBFORM else kind
        try:
            if is_url:
                check_url(policy_kind, value, what=what)
            else:
                check_host(policy_kind, value, what=what)
        except HostRefusedError as refused:
            raise VerificationError(f"{name}: {refused}") from None


def verified_external_id(kind: ChannelKind, credentials: dict[str, Any], settings: dict[str, Any]) -> str | None:
    """The provider's id of the account the credentials belong to (None for kinds not routed by id)."""
    if kind == ChannelKind.X:
        return _x_user_id(credentials, settings)
    if kind in (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM):
        return _graph_account_id(kind, credentials, settings)
    return None


def _x_user_id(credentials: dict[str, Any], settings: dict[str, Any]) -> str:
    try:
        client = make_x_client(
            consumer_key=str(credentials["consumer_key"]),
            consumer_secret=str(credentials["consumer_secret"]),
            access_token=str(credentials["access_token"]),
            access_token_secret=str(credentials["access_token_secret"]),
            api_base_url=settings.get("api_base_url"),
        )
        response = client.get_me(user_auth=True)
    except (KeyError, HostRefusedError) as problem:
        raise VerificationError(f"The X account cannot be checked: {problem}") from None
    except tweepy.Unauthorized:
        raise VerificationError(
            "X refused these credentials (401): check the consumer key and secret and the access token and secret."
        ) from None
    except (tweepy.TweepyException, requests.RequestException) as error:
        raise VerificationError(
            f"Dialoog could not check the account with X ({error.__class__.__name__}); try again later."
        ) from None
    try:
        user_id = response.json()["data"]["id"]
    except (ValueError, KeyError, TypeError):
        user_id = None
    if not isinstance(user_id, str) or not user_id:
        raise VerificationError("X did not say which account these credentials belong to; try again later.")
    return user_id


def _graph_account_id(kind: ChannelKind, credentials: dict[str, Any], settings: dict[str, Any]) -> str:
    probe = ChannelAccount(kind=kind, handle="", credentials=credentials, settings=settings)  # never stored
    base_host = urlsplit(str(settings.get("graph_base_url") or DEFAULT_BASE_URL)).hostname or ""
    instagram_login = kind == ChannelKind.INSTAGRAM and base_host == "graph.instagram.com"
    if kind == ChannelKind.FACEBOOK:
        fields = "id,name"
    else:
        fields = "user_id,username" if instagram_login else "id,name,instagram_business_account"
    try:
        body = GraphClient(probe).get("me", {"fields": fields}).body
    except ChannelError as error:
        raise VerificationError(f"Meta did not confirm the account: {error.detail}") from None
    if kind == ChannelKind.FACEBOOK:
        found = body.get("id")
    elif instagram_login:
        found = body.get("user_id")
    else:
        linked = body.get("instagram_business_account")
        found = linked.get("id") if isinstance(linked, dict) else None
        if found is None:
            raise VerificationError(
                "The token's Facebook page has no Instagram professional account linked to it: "
                "link one in the page settings, or use a token of the right page."
            )
    if not isinstance(found, str | int) or isinstance(found, bool) or not str(found):
        raise VerificationError("Meta did not say which account the access token belongs to; try again later.")
    return str(found)
