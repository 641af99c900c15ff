"""Spam guards of the website contact form: a signed, single-use form token and throttling.

The token is signed with the app's secret key (no session), so the form works inside an
``<iframe>`` on another site where the session cookie is not sent. It carries a random
nonce, and the message a token brings in is stored under an id made from that nonce
(:func:`token_message_id`): the database's uniqueness spends the token, so a second post
with it stores nothing (a double submit of the same page is recognised as such).
Throttling counts recent posts in the database, so it holds across processes and hosts
without Redis; the per-address count treats the variants of one mailbox (``+tag``, case,
Gmail's dots) as one address.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import delete, func, or_, select

from inbox.models import FormPost, db, utcnow

TOKEN_SALT = "dialoog.contact-form.v1"
TOKEN_MAX_AGE_SECONDS = 6 * 3600
POST_LOG_KEEP = timedelta(days=1)
# Mail providers that ignore dots in the local part (and their domains that are one mailbox).
DOTLESS_DOMAINS = ("gmail.com", "googlemail.com")


class FormTokenError(Exception):
    """The form token is missing, forged, expired, for another form, or used too quickly."""


@dataclass(frozen=True)
class ThrottleLimits:
    """How many posts one client address and one e-mail address may make per window."""

    per_ip: int = 10
    ip_window: timedelta = timedelta(minutes=10)
    per_email: int = 5
    email_window: timedelta = timedelta(hours=1)
    min_fill_seconds: float = 3.0


def current_limits() -> ThrottleLimits:
    """Limits from app config (``DIALOOG_FORM_IP_LIMIT``, ``…_EMAIL_LIMIT``, ``…_MIN_SECONDS``) or defaults."""
    config = current_app.config
    defaults = ThrottleLimits()
    return ThrottleLimits(
        per_ip=int(config.get("DIALOOG_FORM_IP_LIMIT", defaults.per_ip)),
        per_email=int(config.get("DIALOOG_FORM_EMAIL_LIMIT", defaults.per_email)),
        min_fill_seconds=float(config.get("DIALOOG_FORM_MIN_SECONDS", defaults.min_fill_seconds)),
    )


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=TOKEN_SALT)


def issue_form_token(form_key: str) -> str:
    """A fresh token for one rendering of the form ``form_key``."""
    return _serializer().dumps({"f": form_key, "n": secrets.token_urlsafe(12)})


def check_form_token(token: str, form_key: str, min_fill_seconds: float) -> str:
    """The token's nonce if it is genuine, for this form, not expired and not too fast; else FormTokenError."""
    try:
        payload, issued = _serializer().loads(token, max_age=TOKEN_MAX_AGE_SECONDS, return_timestamp=True)
    except SignatureExpired as error:
        raise FormTokenError("the form token expired") from error
    except BadSignature as error:
        raise FormTokenError("the form token is not genuine") from error
    if not isinstance(payload, dict) or payload.get("f") != form_key or not isinstance(payload.get("n"), str):
        raise FormTokenError("the form token belongs to another form")
    if time.time() - issued.timestamp() < min_fill_seconds:
        raise FormTokenError("the form was sent faster than a person can fill it in")
    return payload["n"]


def token_message_id(form_key: str, nonce: str) -> str:
    """The external id of the message a form token brings in: one token, one stored message."""
    digest = hashlib.sha256("\x1f".join((form_key, nonce)).encode()).hexdigest()
    return f"webform-{digest[:40]}"


def mailbox_key(email: str) -> str:
    """The mailbox an address delivers to, for counting: lower case, no ``+tag``, Gmail without dots."""
    local, _, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in DOTLESS_DOMAINS:
        local, domain = local.replace(".", ""), DOTLESS_DOMAINS[0]
    return f"{local}@{domain}"


def _posts_to_mailbox(email: str, since: datetime) -> int:
    """Recent posts whose address delivers to the same mailbox as ``email``.

    The database narrows by domain (and, where dots count, by the local part's start); the
    exact comparison is in Python.
    """
    key = mailbox_key(email)
    local, _, domain = key.rpartition("@")
    domains = DOTLESS_DOMAINS if domain in DOTLESS_DOMAINS else (domain,)
    prefix = "" if domain in DOTLESS_DOMAINS else local
    addresses = db.session.execute(
        select(FormPost.email).where(
            FormPost.created_at > since,
            FormPost.email.startswith(prefix, autoescape=True),
            or_(*(FormPost.email.endswith(f"@{name}", autoescape=True) for name in domains)),
        )
    ).scalars()
    return sum(1 for address in addresses if mailbox_key(address) == key)


def is_throttled(client_ip: str, email: str, limits: ThrottleLimits) -> bool:
    """Whether this client address or mailbox (see :func:`mailbox_key`) has posted too often recently."""
    now = utcnow()
    by_ip = db.session.execute(
        select(func.count(FormPost.id)).where(
            FormPost.client_ip == client_ip, FormPost.created_at > now - limits.ip_window
        )
    ).scalar_one()
    if by_ip >= limits.per_ip:
        return True
    if not email:
        return False
    return _posts_to_mailbox(email, now - limits.email_window) >= limits.per_email


def record_post(office_id: int, client_ip: str, email: str) -> None:
    """Log one post (and forget posts older than a day); committed at once so other processes see it."""
    now = utcnow()
    db.session.execute(delete(FormPost).where(FormPost.created_at < now - POST_LOG_KEEP))
    db.session.add(FormPost(office_id=office_id, client_ip=client_ip[:64], email=email[:320], created_at=now))
    db.session.commit()
