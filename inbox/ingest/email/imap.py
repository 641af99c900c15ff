"""IMAP access for the e-mail channel: account settings, a logged-in mailbox, raw fetches.

Errors become :class:`ChannelError` with a sentence an office admin can act on: a refused
login is UNAUTHORIZED and permanent, an unreachable or dropping server PROVIDER_ERROR and
temporary, a missing folder or setting MISCONFIGURED and permanent.
"""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from dataclasses import dataclass
from typing import Any

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import MailboxFolderSelectError, MailboxFolderStatusError, MailboxLoginError

from inbox.ingest.base import ChannelError
from inbox.models import AccountHealth, ChannelKind
from inbox.provider_hosts import HostRefusedError, check_host

CONNECTION_ERRORS = (OSError, imaplib.IMAP4.abort, imaplib.IMAP4.error, ssl.SSLError, socket.timeout, EOFError)


@dataclass(frozen=True)
class ImapSettings:
    """Where the office's mailbox is and how to log in."""

    host: str
    port: int
    security: str
    username: str
    password: str
    folder: str = "INBOX"
    timeout: float = 30.0

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> ImapSettings:
        """Build from an account's decrypted credentials (``imap_host``, ``imap_port``…)."""
        security = str(values.get("imap_security") or "ssl").lower()
        if security not in {"ssl", "starttls", "none"}:
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                f"Unknown IMAP security {security!r}: choose ssl, starttls or none in the account settings.",
                permanent=True,
            )
        missing = [key for key in ("imap_host", "imap_username", "imap_password") if not values.get(key)]
        if missing:
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                f"The e-mail account has no {', '.join(missing)}: fill them in under the account settings.",
                permanent=True,
            )
        try:
            port = int(values.get("imap_port") or (993 if security == "ssl" else 143))
            timeout = float(values.get("imap_timeout") or 30.0)
        except (TypeError, ValueError):
            raise ChannelError(
                AccountHealth.MISCONFIGURED,
                "The IMAP port (or timeout) is not a number: correct it in the account settings.",
                permanent=True,
            ) from None
        return cls(
            host=str(values["imap_host"]),
            port=port,
            security=security,
            username=str(values["imap_username"]),
            password=str(values["imap_password"]),
            folder=str(values.get("imap_folder") or "INBOX"),
            timeout=timeout,
        )


def unreachable(settings: ImapSettings, error: BaseException) -> ChannelError:
    """The error for a server that cannot be reached or dropped the connection."""
    return ChannelError(  # what the server said is not shown: it could be any service's greeting
        AccountHealth.PROVIDER_ERROR,
        f"Cannot reach the IMAP server {settings.host}:{settings.port} ({error.__class__.__name__}); "
        "Dialoog retries later. If this lasts, check the host, port and security.",
    )


def open_mailbox(settings: ImapSettings) -> BaseMailBox:
    """A logged-in mailbox with the account's folder selected (read-only use).

    The host must pass the provider host policy (public addresses, unless the operator allowed it).
    """
    try:
        check_host(ChannelKind.EMAIL, settings.host, what="IMAP server")
    except HostRefusedError as refused:
        raise refused.channel_error() from None
    try:
        if settings.security == "ssl":
            mailbox: BaseMailBox = MailBox(settings.host, settings.port, timeout=settings.timeout)
        elif settings.security == "starttls":
            mailbox = MailBoxStartTls(settings.host, settings.port, timeout=settings.timeout)
        else:
            mailbox = MailBoxUnencrypted(settings.host, settings.port, timeout=settings.timeout)
    except CONNECTION_ERRORS as error:
        raise unreachable(settings, error) from error
    try:
        mailbox.login(settings.username, settings.password, initial_folder=None)
    except MailboxLoginError as error:
        close_quietly(mailbox)
        raise ChannelError(
            AccountHealth.UNAUTHORIZED,
            f"The IMAP server refused the login of {settings.username}: check the user name and password.",
            permanent=True,
        ) from error
    except CONNECTION_ERRORS as error:
        close_quietly(mailbox)
        raise unreachable(settings, error) from error
    try:
        mailbox.folder.set(settings.folder, readonly=True)
    except MailboxFolderSelectError as error:
        close_quietly(mailbox)
        raise ChannelError(
            AccountHealth.MISCONFIGURED,
            f"The mailbox has no folder {settings.folder!r}: correct the folder in the account settings.",
            permanent=True,
        ) from error
    except CONNECTION_ERRORS as error:
        close_quietly(mailbox)
        raise unreachable(settings, error) from error
    return mailbox


def uid_validity(mailbox: BaseMailBox, folder: str) -> int:
    """The folder's UIDVALIDITY (a change means every UID was renumbered)."""
    try:
        return int(mailbox.folder.status(folder, ["UIDVALIDITY"])["UIDVALIDITY"])
    except (MailboxFolderStatusError, KeyError, ValueError) as error:
        raise ChannelError(
            AccountHealth.PROVIDER_ERROR, f"The IMAP server gave no UIDVALIDITY for {folder!r}; retrying later."
        ) from error


def uids_after(mailbox: BaseMailBox, last_uid: int) -> list[int]:
    """UIDs greater than ``last_uid``, ascending (``n:*`` also returns the last mail; it is dropped)."""
    found = mailbox.uids(f"UID {last_uid + 1}:*")
    return sorted(uid for uid in (int(u) for u in found) if uid > last_uid)


def fetch_raw(mailbox: BaseMailBox, uid: int) -> bytes | None:
    """The full mail with this UID, without marking it read; None if it vanished meanwhile."""
    status, data = mailbox.client.uid("FETCH", str(uid), "(UID BODY.PEEK[])")
    if status != "OK":
        raise imaplib.IMAP4.abort(f"FETCH {uid} answered {status}")
    for item in data or []:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            return item[1]
    return None


def close_quietly(mailbox: BaseMailBox) -> None:
    """Log out, ignoring a connection that is already gone."""
    try:
        mailbox.logout()
    except Exception:  # closing a broken connection may fail in any way
        with contextlib.suppress(Exception):
            mailbox.client.shutdown()
