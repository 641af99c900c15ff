"""Connecting and disconnecting an office's channel accounts (the admin's job).

Each channel needs its own fields; ``CHANNEL_FIELDS`` says which, where they are kept
(``credentials`` are encrypted at rest, ``settings`` are not) and which are required.
Disconnecting keeps every conversation: the account stops being polled and answered on;
its credentials stay stored (encrypted) so it can be reconnected without retyping them,
unless the admin asks to forget them. Connecting the same kind and handle again, or
reconnecting the account by id, reconnects it: a field left empty keeps its stored value,
and the host policy and the provider's ownership answer are checked again as at first.

Before anything is stored, the servers given must pass the provider host policy, and for
X, Facebook and Instagram the provider is asked whose credentials these are: that answer,
not a typed id, becomes the account's external id, and one provider account can be
connected only once across all offices (webhooks are routed by that id).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from inbox.models import AccountHealth, ChannelAccount, ChannelKind, User, db, utcnow
from inbox.services.audit.trail import record_audit
from inbox.services.channel_accounts.verification import VerificationError, check_servers, verified_external_id


@dataclass(frozen=True)
class Field:
    """One value an admin gives to connect an account."""

    name: str
    place: str  # "credentials", "settings" or "external_id"
    required: bool = True
    secret: bool = False


_MAIL = (
    Field("imap_host", "credentials"),
    Field("imap_port", "credentials"),
    Field("imap_security", "credentials"),
    Field("imap_username", "credentials"),
    Field("imap_password", "credentials", secret=True),
    Field("imap_folder", "credentials", required=False),
    Field("smtp_host", "credentials"),
    Field("smtp_port", "credentials"),
    Field("smtp_security", "credentials"),
    Field("smtp_username", "credentials", required=False),
    Field("smtp_password", "credentials", required=False, secret=True),
    Field("from_address", "settings"),
    Field("from_name", "settings", required=False),
    Field("reply_to", "settings", required=False),
)
_META = (
    Field("account_id", "external_id", required=False),  # checked against (or taken from) Graph /me
    Field("access_token", "credentials", secret=True),
    Field("app_secret", "credentials", secret=True),
    Field("verify_token", "credentials", secret=True),
    Field("graph_base_url", "settings", required=False),
)
CHANNEL_FIELDS: dict[ChannelKind, tuple[Field, ...]] = {
    ChannelKind.X: (
        Field("user_id", "external_id", required=False),  # checked against (or taken from) X /2/users/me
        Field("consumer_key", "credentials", secret=True),
        Field("consumer_secret", "credentials", secret=True),
        Field("access_token", "credentials", secret=True),
        Field("access_token_secret", "credentials", secret=True),
        Field("api_base_url", "settings", required=False),
    ),
    ChannelKind.FACEBOOK: _META,
    ChannelKind.INSTAGRAM: _META,
    ChannelKind.EMAIL: _MAIL,
    ChannelKind.WEBFORM: _MAIL[6:],  # it only sends (confirmations and replies)
    ChannelKind.MASTODON: (Field("api_base_url", "settings"), Field("access_token", "credentials", secret=True)),
    ChannelKind.BLUESKY: (
        Field("base_url", "settings"),
        Field("identifier", "credentials"),
        Field("app_password", "credentials", secret=True),
    ),
}


class AccountRejectedError(ValueError):
    """The account cannot be connected as given; the message names what is missing."""


def stored_fields(account: ChannelAccount) -> list[dict[str, Any]]:
    """The account's form fields: which are stored, and the value of those that are not secret.

    A secret's value never leaves the server; the form shows it as stored and keeps it when
    left empty.
    """
    credentials, settings = account.credentials or {}, account.settings or {}
    fields = []
    for field in CHANNEL_FIELDS[account.kind]:
        if field.place == "external_id":
            value = account.external_id
        else:
            value = (credentials if field.place == "credentials" else settings).get(field.name)
        stored = value is not None and str(value) != ""
        entry: dict[str, Any] = {"name": field.name, "required": field.required, "secret": field.secret}
        entry["stored"] = stored
        entry["value"] = None if field.secret or not stored else str(value)
        fields.append(entry)
    return fields


def reconnectable(account: ChannelAccount) -> bool:
    """Whether every required value is stored, so the account can be reconnected as it is."""
    return all(field["stored"] or not field["required"] for field in stored_fields(account))


def channel_kinds() -> list[dict[str, Any]]:
    """Every channel with the fields its form asks for."""
    return [
        {
            "kind": str(kind),
            "fields": [{"name": f.name, "required": f.required, "secret": f.secret} for f in fields],
        }
        for kind, fields in CHANNEL_FIELDS.items()
    ]


def connect_account(
    office_id: int, actor: User, kind: ChannelKind, handle: str, values: dict[str, str]
) -> ChannelAccount:
    """Connect (or reconnect) an account of the office with the given field values.

    When the office already has this kind and handle, a field left empty keeps its stored
    value (secrets included), so a reconnect needs no retyping.

    Raises :class:`AccountRejectedError` for missing fields, a server outside the provider
    host policy, credentials the provider refuses or that belong to another account than
    the id given, and a provider account already connected (in any office).
    """
    handle = handle.strip()
    if not handle:
        raise AccountRejectedError("Give the account's handle or address.")
    account = db.session.execute(
        select(ChannelAccount).where(
            ChannelAccount.office_id == office_id, ChannelAccount.kind == kind, ChannelAccount.handle == handle
        )
    ).scalar_one_or_none()
    return _connect(office_id, actor, kind, handle, values, account)


def reconnect_account(office_id: int, actor: User, account_id: int, values: dict[str, str]) -> ChannelAccount:
    """Reconnect (or edit) one of the office's accounts; empty or absent fields keep their stored values.

    Raises :class:`LookupError` for an account of no such id in the office, and
    :class:`AccountRejectedError` as :func:`connect_account` does (the same checks run).
    """
    account = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.id == account_id, ChannelAccount.office_id == office_id)
    ).scalar_one_or_none()
    if account is None:
        raise LookupError("No such account in this office.")
    return _connect(office_id, actor, account.kind, account.handle, values, account)


def _connect(
    office_id: int,
    actor: User,
    kind: ChannelKind,
    handle: str,
    values: dict[str, str],
    account: ChannelAccount | None,
) -> ChannelAccount:
    fields = CHANNEL_FIELDS[kind]
    stored = dict(account.credentials or {}) if account else {}
    missing = [
        f.name
        for f in fields
        if f.required
        and not str(values.get(f.name, "")).strip()
        and not (f.place == "credentials" and f.name in stored)
    ]
    if missing:
        raise AccountRejectedError(f"Fill in: {', '.join(missing)}.")
    typed_id, credentials, settings = None, {}, dict(account.settings or {}) if account else {}
    kept: list[str] = []
    for field in fields:
        value = str(values.get(field.name, "")).strip()
        if not value:
            if field.place == "credentials" and field.name in stored:
                credentials[field.name] = stored[field.name]
                kept.append(field.name)
            continue
        if field.place == "external_id":
            typed_id = value[:128]
        elif field.place == "credentials":
            credentials[field.name] = int(value) if field.name.endswith("_port") and value.isdigit() else value
        else:
            settings[field.name] = value
    external_id = _verified_id(kind, credentials, settings, typed_id)
    _refuse_if_connected_elsewhere(kind, external_id, account)
    reconnecting = account is not None
    if account is None:
        account = ChannelAccount(office_id=office_id, kind=kind, handle=handle[:320], credentials={}, settings={})
        db.session.add(account)
    if external_id is not None or typed_id is not None:
        account.external_id = external_id or typed_id
    account.credentials = credentials
    account.settings = settings
    account.disconnected_at = None
    account.health = AccountHealth.OK
    account.health_detail = ""
    account.consecutive_failures = 0
    account.next_poll_at = None
    try:
        db.session.flush()
    except IntegrityError:  # connected elsewhere at the same moment (the unique index decides)
        db.session.rollback()
        raise AccountRejectedError(_ALREADY_CONNECTED.format(kind=kind.value)) from None
    detail: dict[str, Any] = {"kind": str(kind)}
    if kept:
        detail["kept"] = kept  # the names of the stored values kept, never the values
    action = "channel.reconnected" if reconnecting else "channel.connected"
    record_audit(office_id, actor.id, action, "channel_account", account.id, detail)
    db.session.commit()
    return account


_ALREADY_CONNECTED = (
    "This {kind} account is already connected to Dialoog (in this or another office): disconnect it there first."
)


def _verified_id(
    kind: ChannelKind, credentials: dict[str, Any], settings: dict[str, Any], typed_id: str | None
) -> str | None:
    """The provider's id for these credentials; a typed id must match it."""
    try:
        check_servers(kind, {**credentials, **settings})
        provider_id = verified_external_id(kind, credentials, settings)
    except VerificationError as refused:
        raise AccountRejectedError(str(refused)) from None
    if provider_id is not None and typed_id is not None and typed_id != provider_id:
        raise AccountRejectedError(
            f"These credentials belong to {kind.value} account {provider_id}, not to {typed_id}: "
            "check the id or the credentials."
        )
    return provider_id


def _refuse_if_connected_elsewhere(kind: ChannelKind, external_id: str | None, account: ChannelAccount | None) -> None:
    """Refuse a provider account that another connected channel account already holds."""
    if external_id is None:
        return
    query = select(ChannelAccount.id).where(
        ChannelAccount.kind == kind,
        ChannelAccount.external_id == external_id,
        ChannelAccount.disconnected_at.is_(None),
    )
    if account is not None and account.id is not None:
        query = query.where(ChannelAccount.id != account.id)
    if db.session.execute(query.limit(1)).first() is not None:
        raise AccountRejectedError(_ALREADY_CONNECTED.format(kind=kind.value))


def disconnect_account(office_id: int, actor: User, account_id: int, *, forget: bool = False) -> ChannelAccount:
    """Stop polling and answering on an account, keep its conversations.

    Its credentials stay stored (encrypted) for a reconnect; ``forget`` wipes them (also
    on an account already disconnected), and reconnecting then needs them typed again.
    """
    account = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.id == account_id, ChannelAccount.office_id == office_id)
    ).scalar_one_or_none()
    if account is None:
        raise LookupError("No such account in this office.")
    if forget:
        account.credentials = {}
        record_audit(office_id, actor.id, "channel.secrets_forgotten", "channel_account", account.id)
    if account.disconnected_at is None:
        account.disconnected_at = utcnow()
        account.health = AccountHealth.MISCONFIGURED
        account.health_detail = "Disconnected by an admin: connect it again to resume."
        record_audit(office_id, actor.id, "channel.disconnected", "channel_account", account.id)
    db.session.commit()
    return account
