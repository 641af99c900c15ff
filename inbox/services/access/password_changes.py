"""A user's own password: changed with the current one, chosen at a forced first login, or reset by mail.

Every change ends the user's other sessions. A reset link is single-use, valid
``RESET_LIFETIME``, stored only as a hash, and asked for with the same answer whether or
not the address has an account (the mail leaves from a background job).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import select

from inbox.jobs.queues import enqueue
from inbox.models import PasswordReset, User, db, utcnow
from inbox.services.access.account_mail import mail_time, public_link, send_account_mail, text
from inbox.services.access.password_rules import PasswordRejectedError, check_new_password
from inbox.services.access.passwords import hash_password, verify_password
from inbox.services.access.user_sessions import end_other_sessions
from inbox.services.access.users import find_user
from inbox.services.audit.trail import record_audit

RESET_LIFETIME = timedelta(hours=1)
RESET_MAIL_INTERVAL = timedelta(minutes=2)  # at most one reset mail per account this often


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _set_password(user: User, password: str, office_id: int | None, action: str, keep_session: object) -> None:
    user.password_hash = hash_password(password)
    user.must_change_password = False
    end_other_sessions(user.id, keep_session)
    record_audit(office_id, user.id, action, "user", user.id)
    db.session.commit()


def change_password(
    user: User, current: str, new: str, repeat: str, *, office_id: int | None, keep_session: object
) -> None:
    """Change the signed-in user's password; the current one is required. Other sessions end."""
    if not verify_password(user.password_hash, current):
        raise PasswordRejectedError("account.wrong_current", "The current password is wrong.")
    check_new_password(new, repeat, current=current)
    _set_password(user, new, office_id, "user.password_changed", keep_session)


def choose_first_password(user_id: int, new: str, repeat: str) -> User:
    """Right after a login with a password someone else chose: set the user's own (not that one again)."""
    user = db.session.get(User, user_id)
    if user is None or not user.is_active or not user.must_change_password:
        raise LookupError("No password change is due for this account.")
    check_new_password(new, repeat)
    if verify_password(user.password_hash, new):
        raise PasswordRejectedError("account.same", "Choose a password different from the current one.")
    _set_password(user, new, None, "user.password_changed", None)
    return user


def request_password_reset(email: str) -> None:
    """Queue the reset mail for ``email``; nothing here depends on whether the address has an account."""
    enqueue("account_mail_job", "password_reset", email.strip().lower()[:320])


def mail_password_reset(email: str) -> bool:
    """Make a reset link for the active account of ``email`` and mail it; False when nothing was sent."""
    user = find_user(email) if email else None
    if user is None or not user.is_active:
        return False
    now = utcnow()
    recent = db.session.execute(
        select(PasswordReset.id).where(
            PasswordReset.user_id == user.id, PasswordReset.created_at > now - RESET_MAIL_INTERVAL
        )
    ).first()
    if recent is not None:
        return False
    token = secrets.token_urlsafe(32)
    expires = now + RESET_LIFETIME
    body = text(
        "reset.body",
        user.language,
        name=user.name,
        email=user.email,
        expires=mail_time(expires, user.language),
        link=public_link(f"/password/reset?token={token}"),
    )
    if not send_account_mail(user.email, text("reset.subject", user.language), body):
        return False
    db.session.add(PasswordReset(user_id=user.id, token_hash=_hash(token), created_at=now, expires_at=expires))
    db.session.commit()
    return True


def reset_for_token(token: str) -> PasswordReset | None:
    """The unused, unexpired reset of an active account whose link carries ``token``, or None."""
    if not token or len(token) > 200:
        return None
    reset = db.session.execute(
        select(PasswordReset).where(PasswordReset.token_hash == _hash(token))
    ).scalar_one_or_none()
    if reset is None or reset.used_at is not None or reset.expires_at <= utcnow():
        return None
    user = db.session.get(User, reset.user_id)
    return reset if user is not None and user.is_active else None


def reset_password(token: str, new: str, repeat: str) -> User:
    """Set a new password with a reset link; the link stops working and every session of the account ends."""
    reset = reset_for_token(token)
    if reset is None:
        raise LookupError("This link is no longer valid.")
    check_new_password(new, repeat)
    user = db.session.get(User, reset.user_id)
    assert user is not None
    reset.used_at = utcnow()
    _set_password(user, new, None, "user.password_reset", None)
    return user
