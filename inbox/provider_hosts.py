"""Which servers Dialoog may send an account's credentials to (the operator's allow-list).

Every client builder asks :func:`check_url` / :func:`check_host` before it connects, and
HTTP sessions get a :class:`GuardedAdapter` that checks every request again and follows no
redirects. The list comes from ``Settings.provider_hosts`` (``DEFAULT_PROVIDER_HOSTS`` plus
``DIALOOG_PROVIDER_HOSTS``); entries are ``[kind:]pattern``, where a pattern is

* a host name (``api.x.com``) or ``*.`` + a domain (``*.bsky.network``: its subdomains);
* an IP address or network (``10.0.0.5``, ``10.1.0.0/16``): those addresses are allowed;
* ``loopback``: 127.0.0.0/8, ::1 and ``localhost`` (the demo and the tests, never production).

X, Facebook, Instagram and Bluesky reach only the hosts listed for them. Mastodon, e-mail
(IMAP/SMTP) and web-form (SMTP) servers are office-specific: any host name is allowed whose
addresses all are public (not private, loopback, link-local, reserved…), unless the operator
listed the host or its addresses. Refusals say which host, never what a server answered.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import requests
from flask import Flask, current_app, has_app_context
from requests.adapters import HTTPAdapter

from inbox.channel_error import ChannelError
from inbox.config import DEFAULT_PROVIDER_HOSTS
from inbox.models import AccountHealth, ChannelKind

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
OFFICE_SPECIFIC = frozenset({ChannelKind.MASTODON, ChannelKind.EMAIL, ChannelKind.WEBFORM})
LOOPBACK = ("127.0.0.0/8", "::1/128", "localhost")
ALL_KINDS = "*"
DEFAULT_TIMEOUT_SECONDS = 30.0


class HostRefusedError(ValueError):
    """A server the policy does not allow (or, ``temporary``, a name that does not resolve now)."""

    def __init__(self, detail: str, *, temporary: bool = False) -> None:
        super().__init__(detail)
        self.temporary = temporary

    def channel_error(self) -> ChannelError:
        """The account health this refusal means: misconfigured, or a provider error to retry (DNS)."""
        if self.temporary:
            return ChannelError(AccountHealth.PROVIDER_ERROR, f"{self}; retrying later.")
        return ChannelError(AccountHealth.MISCONFIGURED, str(self), permanent=True)


@dataclass(frozen=True)
class HostPolicy:
    """Allowed names and networks per channel kind (``"*"``: every kind)."""

    names: frozenset[tuple[str, str]]  # (kind, name or "*.domain")
    networks: tuple[tuple[str, Network], ...]

    @classmethod
    def parse(cls, entries: Iterable[str]) -> HostPolicy:
        """Read ``[kind:]pattern`` entries; an unknown kind or a malformed entry raises ValueError."""
        names: set[tuple[str, str]] = set()
        networks: list[tuple[str, Network]] = []
        kinds = {kind.value for kind in ChannelKind}
        for entry in entries:
            kind, _, pattern = entry.strip().partition(":") if _has_kind(entry) else ("", "", entry.strip())
            kind = kind.lower() or ALL_KINDS
            if kind != ALL_KINDS and kind not in kinds:
                raise ValueError(f"DIALOOG_PROVIDER_HOSTS: unknown channel kind in {entry!r}")
            for item in LOOPBACK if pattern.lower() == "loopback" else (pattern,):
                try:
                    networks.append((kind, ipaddress.ip_network(item.strip("[]"), strict=False)))
                except ValueError:
                    names.add((kind, _normal(item)))
        return cls(frozenset(names), tuple(networks))

    def _kinds(self, kind: ChannelKind) -> tuple[str, str]:
        return (kind.value, ALL_KINDS)

    def name_allowed(self, kind: ChannelKind, host: str) -> bool:
        """True when ``host`` is listed for ``kind`` by name or wildcard."""
        host = _normal(host)
        for listed_kind, pattern in self.names:
            if listed_kind not in self._kinds(kind):
                continue
            if host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:])):
                return True
        return False

    def address_listed(self, kind: ChannelKind, address: Address) -> bool:
        """True when ``address`` lies in a network listed for ``kind``."""
        return any(k in self._kinds(kind) and address in net for k, net in self.networks)

    def check_host(self, kind: ChannelKind, host: str, *, what: str = "server") -> None:
        """Raise :class:`HostRefusedError` unless ``kind`` may connect to ``host``."""
        name = _normal(host)
        if not name:
            raise HostRefusedError(f"The {what} address has no host name.")
        if self.name_allowed(kind, name):
            return
        literal = _ip(name)
        if literal is not None and self.address_listed(kind, literal):
            return
        if kind not in OFFICE_SPECIFIC:
            raise HostRefusedError(
                f"{name} is not an allowed {kind.value} server: Dialoog only sends this channel's "
                "credentials to the provider's own hosts (the operator can add hosts with DIALOOG_PROVIDER_HOSTS)."
            )
        for address in [literal] if literal is not None else _resolve(name, what):
            if not (address.is_global or self.address_listed(kind, address)):
                raise HostRefusedError(
                    f"{name} is a private, loopback or link-local address, which the {what} may not use "
                    "(the operator can allow it with DIALOOG_PROVIDER_HOSTS)."
                )

    def check_url(self, kind: ChannelKind, url: str, *, what: str = "server") -> str:
        """Check an http(s) URL's host; returns the URL. Raises :class:`HostRefusedError`."""
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 -- a malformed port raises ValueError
        except ValueError:
            raise HostRefusedError(f"The {what} address is not a valid URL.") from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise HostRefusedError(f"The {what} address must be an http(s) URL.")
        self.check_host(kind, parts.hostname, what=what)
        return url


def _has_kind(entry: str) -> bool:
    head = entry.strip().partition(":")[0].lower()
    return head in {kind.value for kind in ChannelKind} or head == ALL_KINDS


def _normal(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def _ip(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _resolve(name: str, what: str) -> list[Address]:
    try:
        infos = socket.getaddrinfo(name, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise HostRefusedError(f"The {what} host {name} cannot be resolved", temporary=True) from None
    addresses = [_ip(str(info[4][0]).partition("%")[0]) for info in infos]
    return [a.ipv4_mapped if isinstance(a, ipaddress.IPv6Address) and a.ipv4_mapped else a for a in addresses if a]


@cache
def _parsed(entries: tuple[str, ...]) -> HostPolicy:
    return HostPolicy.parse(entries)


def current_policy() -> HostPolicy:
    """The running app's policy; outside an app, the defaults plus ``DIALOOG_PROVIDER_HOSTS``."""
    settings = current_app.extensions.get("dialoog.settings") if has_app_context() else None
    if settings is not None:
        return _parsed(tuple(settings.provider_hosts))
    extra = os.environ.get("DIALOOG_PROVIDER_HOSTS") or ""
    return _parsed(DEFAULT_PROVIDER_HOSTS + tuple(extra.replace(",", " ").split()))


def allow_loopback(app: Flask) -> None:
    """Let ``app`` reach provider fakes on loopback (the demo's sandboxes): adds ``loopback`` to its list."""
    settings = app.extensions["dialoog.settings"]
    if "loopback" not in settings.provider_hosts:
        app.extensions["dialoog.settings"] = replace(settings, provider_hosts=(*settings.provider_hosts, "loopback"))


def check_url(kind: ChannelKind, url: str, *, what: str = "server") -> str:
    """:meth:`HostPolicy.check_url` with the running app's policy."""
    return current_policy().check_url(kind, url, what=what)


def check_host(kind: ChannelKind, host: str, *, what: str = "server") -> None:
    """:meth:`HostPolicy.check_host` with the running app's policy."""
    current_policy().check_host(kind, host, what=what)


class HostRefusedRequestError(requests.exceptions.ConnectionError):
    """A request (or a redirect) to a server the policy does not allow was not sent."""


class GuardedAdapter(HTTPAdapter):
    """An HTTPAdapter that checks every request's URL against the policy before sending it."""

    def __init__(self, kind: ChannelKind, policy: HostPolicy | None = None, **kwargs: Any) -> None:
        self.kind = kind
        self.policy = policy or current_policy()
        super().__init__(**kwargs)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        """Send ``request`` if its host is allowed; else raise :class:`HostRefusedRequestError`."""
        try:
            self.policy.check_url(self.kind, request.url or "")
        except HostRefusedError as refused:
            raise HostRefusedRequestError(str(refused), request=request) from None
        if not args and kwargs.get("timeout") is None:  # tweepy sets none: never wait forever on a server
            kwargs["timeout"] = DEFAULT_TIMEOUT_SECONDS
        return super().send(request, *args, **kwargs)


def guard_session(session: requests.Session, kind: ChannelKind) -> requests.Session:
    """Check every request of ``session`` against the policy and follow no redirects; returns it."""
    adapter = GuardedAdapter(kind)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.max_redirects = 0  # a redirect raises TooManyRedirects instead of being followed
    return session
