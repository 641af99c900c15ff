"""Use cases of the website contact form: find a form, validate and submit a post, consent texts.

A valid post is stored first (through ``store_incoming``, on the office's WEBFORM account,
under an external id made from its form token, so that each token brings in one message)
and only then confirmed to the voter by e-mail; a
failed confirmation is logged and loses nothing. Staff replies leave by e-mail through the
WEBFORM sender, which reads ``from``, ``message_id``, ``references`` and ``subject`` of
``Message.raw`` and the account's SMTP credentials.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import make_msgid
from typing import Any

from sqlalchemy import select

from inbox.ingest.base import Author, IncomingMessage
from inbox.models import ChannelAccount, ChannelKind, ContactFormSettings, Message, Office, db, utcnow
from inbox.models.sql import insert_ignoring_conflict
from inbox.services.audit.trail import record_audit
from inbox.services.intake.store import store_incoming
from inbox.services.webform.confirmation import send_confirmation
from inbox.services.webform.guard import (
    FormTokenError,
    check_form_token,
    current_limits,
    is_throttled,
    record_post,
    token_message_id,
)
from inbox.services.webform.texts import DEFAULT_CONSENT, LANGUAGES, text

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 10_000
MAX_NAME_CHARS = 200
MAX_CONSENT_CHARS = 3_000
WEBFORM_HANDLE = "website-form"
_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"]{1,64}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}$")
_POSTCODE = re.compile(r"^[A-Z0-9][A-Z0-9 -]{0,9}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_SMTP_KEYS = ("smtp_host", "smtp_port", "smtp_security", "smtp_username", "smtp_password")
_SENDER_KEYS = ("from_address", "from_name", "reply_to")


class ConsentRejectedError(ValueError):
    """Consent texts an admin sent cannot be saved; the message says why."""


@dataclass
class FormPostInput:
    """The fields of one post, as the voter sent them."""

    name: str = ""
    email: str = ""
    postcode: str = ""
    message: str = ""
    consent: bool = False
    honeypot: str = ""
    token: str = ""


@dataclass
class SubmitOutcome:
    """What happened to a post: ``stored``, ``duplicate``, ``invalid``, ``throttled`` or ``spam``."""

    status: str
    errors: dict[str, str] = field(default_factory=dict)
    message_id: int | None = None


def find_form(form_key: str) -> ContactFormSettings | None:
    """The form with this public key, if any."""
    return db.session.execute(
        select(ContactFormSettings).where(ContactFormSettings.form_key == form_key[:64])
    ).scalar_one_or_none()


def form_for_office(office_id: int) -> ContactFormSettings:
    """The office's form settings, created (with a fresh public key) on first use."""
    lookup = select(ContactFormSettings).where(ContactFormSettings.office_id == office_id)
    settings = db.session.execute(lookup).scalar_one_or_none()
    if settings is None:
        now = utcnow()
        values = {"office_id": office_id, "form_key": secrets.token_urlsafe(18), "consent_texts": {}}
        values |= {"consent_version": 1, "created_at": now, "updated_at": now}
        insert_ignoring_conflict(ContactFormSettings, values, ["office_id"])
        db.session.commit()
        settings = db.session.execute(lookup).scalar_one()
    return settings


def consent_text(form: ContactFormSettings, language: str) -> str:
    """The consent sentence the voter sees in ``language``: the office's own, else the default."""
    return str(form.consent_texts.get(language) or DEFAULT_CONSENT.get(language) or DEFAULT_CONSENT["nl"])


def consent_view(office_id: int) -> dict[str, Any]:
    """The office's form key and consent texts per language, for the admin."""
    form = form_for_office(office_id)
    return {
        "form_key": form.form_key,
        "consent_version": form.consent_version,
        "consent": {
            language: {
                "text": consent_text(form, language),
                "custom": bool(form.consent_texts.get(language)),
                "default": DEFAULT_CONSENT[language],
            }
            for language in LANGUAGES
        },
    }


def set_consent_texts(office_id: int, actor_user_id: int, texts: dict[str, Any]) -> dict[str, Any]:
    """Replace consent texts for the given languages (empty text: back to the default); audited."""
    unknown = sorted(set(texts) - set(LANGUAGES))
    if unknown:
        raise ConsentRejectedError(f"Unknown language(s) {', '.join(unknown)}: use {', '.join(LANGUAGES)}.")
    cleaned: dict[str, str] = {}
    for language, value in texts.items():
        if not isinstance(value, str):
            raise ConsentRejectedError(f"The consent text for {language!r} must be a string.")
        if len(value.strip()) > MAX_CONSENT_CHARS:
            raise ConsentRejectedError(f"The consent text for {language!r} is longer than {MAX_CONSENT_CHARS}.")
        cleaned[language] = value.strip()
    form = form_for_office(office_id)
    merged = {**form.consent_texts, **cleaned}
    form.consent_texts = {language: value for language, value in merged.items() if value}
    form.consent_version += 1
    form.updated_at = utcnow()
    record_audit(
        office_id,
        actor_user_id,
        "contact_form.consent_changed",
        "contact_form",
        form.id,
        {"languages": sorted(cleaned), "version": form.consent_version},
    )
    db.session.commit()
    return consent_view(office_id)


def validate_post(post: FormPostInput, language: str) -> dict[str, str]:
    """Field name → error sentence in the voter's language; empty when the post is valid."""
    errors: dict[str, str] = {}
    if not post.name or len(post.name) > MAX_NAME_CHARS:
        errors["name"] = text("error_name", language)
    if len(post.email) > 254 or not _EMAIL.match(post.email):
        errors["email"] = text("error_email", language)
    if post.postcode and not _POSTCODE.match(post.postcode):
        errors["postcode"] = text("error_postcode", language)
    if not post.message:
        errors["message"] = text("error_message_missing", language)
    elif len(post.message) > MAX_MESSAGE_CHARS:
        errors["message"] = text("error_message_long", language, length=len(post.message), limit=MAX_MESSAGE_CHARS)
    if not post.consent:
        errors["consent"] = text("error_consent", language)
    return errors


def clean_post(post: FormPostInput) -> FormPostInput:
    """Trim fields; one-line fields lose control characters (they end up in mail headers)."""
    return FormPostInput(
        name=" ".join(_CONTROL.sub(" ", post.name).split()),
        email=_CONTROL.sub("", post.email).strip().lower(),
        postcode=" ".join(_CONTROL.sub(" ", post.postcode).split()).upper(),
        message=post.message.replace("\r\n", "\n").strip(),
        consent=post.consent,
        honeypot=post.honeypot,
        token=post.token,
    )


def submit_post(form: ContactFormSettings, raw_post: FormPostInput, client_ip: str, language: str) -> SubmitOutcome:
    """Guard, validate, store and confirm one post of the office's form."""
    post = clean_post(raw_post)
    limits = current_limits()
    if is_throttled(client_ip, post.email[:320], limits):
        return SubmitOutcome("throttled")
    record_post(form.office_id, client_ip, post.email)
    if post.honeypot:
        log.info("contact form %s: honeypot filled, post dropped", form.id)
        return SubmitOutcome("spam")
    try:
        nonce = check_form_token(post.token, form.form_key, limits.min_fill_seconds)
    except FormTokenError as error:
        log.info("contact form %s: %s", form.id, error)
        return SubmitOutcome("invalid", {"form": text("error_token", language)})
    errors = validate_post(post, language)
    if errors:
        return SubmitOutcome("invalid", errors)
    return _store_and_confirm(form, post, nonce, language)


def webform_account(office_id: int) -> ChannelAccount:
    """The office's WEBFORM channel account, created on first use (SMTP copied from its e-mail account)."""
    lookup = (
        select(ChannelAccount)
        .where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.WEBFORM)
        .order_by(ChannelAccount.id)
    )
    account = db.session.execute(lookup).scalars().first()
    if account is not None:
        return account
    email_account = (
        db.session.execute(
            select(ChannelAccount)
            .where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.EMAIL)
            .order_by(ChannelAccount.id)
        )
        .scalars()
        .first()
    )
    credentials = {k: v for k, v in (email_account.credentials if email_account else {}).items() if k in _SMTP_KEYS}
    settings = {k: v for k, v in (email_account.settings if email_account else {}).items() if k in _SENDER_KEYS}
    values = {
        "office_id": office_id,
        "kind": ChannelKind.WEBFORM,
        "handle": WEBFORM_HANDLE,
        "external_id": None,
        "credentials": credentials,
        "settings": settings,
        "cursor": {},
        "health": "ok",
        "health_detail": "",
        "consecutive_failures": 0,
        # nothing polls a form: keep the poll scheduler from claiming it
        "next_poll_at": utcnow() + timedelta(days=365 * 100),
        "created_at": utcnow(),
    }
    insert_ignoring_conflict(ChannelAccount, values, ["office_id", "kind", "handle"])
    db.session.commit()
    return db.session.execute(lookup).scalars().first()  # type: ignore[return-value]


def _post_digest(post: FormPostInput) -> str:
    """A fingerprint of what the voter sent, to tell a double submit from a reused token."""
    return hashlib.sha256("\x1f".join((post.email, post.name, post.message)).encode()).hexdigest()[:40]


def _token_spent(account_id: int, external_id: str, post: FormPostInput, language: str) -> SubmitOutcome:
    """A post whose token already brought a message in: a double submit of it, or a refused reuse."""
    stored = db.session.execute(
        select(Message).where(Message.channel_account_id == account_id, Message.external_id == external_id)
    ).scalar_one_or_none()
    if stored is not None and (stored.raw or {}).get("post_digest") == _post_digest(post):
        return SubmitOutcome("duplicate", message_id=stored.id)
    log.info("contact form of account %s: a used form token was sent again with another post", account_id)
    return SubmitOutcome("invalid", {"form": text("error_token", language)})


def _store_and_confirm(form: ContactFormSettings, post: FormPostInput, nonce: str, language: str) -> SubmitOutcome:
    account = webform_account(form.office_id)
    office = db.session.get(Office, form.office_id)
    office_name = office.name if office else ""
    subject = text("mail_subject", language, office=office_name)
    sender = str(account.settings.get("from_address") or "")
    domain = sender.rpartition("@")[2] or "dialoog.invalid"
    mail_id = make_msgid(domain=domain)
    external_id = token_message_id(form.form_key, nonce)
    consent = {
        "text": consent_text(form, language),
        "version": form.consent_version,
        "language": language,
        "given_at": utcnow().isoformat(),
    }
    raw = {
        "from": post.email,
        "name": post.name,
        "postcode": post.postcode,
        "message_id": mail_id,
        "references": [],
        "subject": subject,
        "language": language,
        "consent": consent,
        "post_digest": _post_digest(post),
    }
    incoming = IncomingMessage(
        external_id=external_id,
        thread_key=external_id,
        author=Author(external_id=post.email, handle=post.email, display_name=post.name),
        text=post.message,
        sent_at=utcnow(),
        subject=subject,
        raw=raw,
    )
    result = store_incoming(account.id, [incoming])
    if not result.new_message_ids:
        return _token_spent(account.id, external_id, post, language)
    send_confirmation(account, post.email, subject, mail_id, office_name, language)
    return SubmitOutcome("stored", message_id=result.new_message_ids[0])
