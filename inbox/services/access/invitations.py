"""Invitations: how a person joins an office, with their consent, whether or not they have an account.

An admin invites an address to a role. The person gets a link by mail (single-use, valid
``INVITATION_LIFETIME``, only its hash is stored) and accepts it: with a new account and a
password they choose, or, when the address already has an account, signed in to it. The
admin gets the same answer either way and learns nothing about an existing account; an
office never attaches an account by itself.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta

from sqlalchemy import delete, func, select

from inbox.jobs.queues import enqueue
from inbox.models import Membership, Office, OfficeInvitation, Role, User, db, utcnow
from inbox.services.access.account_mail import mail_time, public_link, send_account_mail, text
from inbox.services.access.password_rules import check_new_password
from inbox.services.access.passwords import hash_password
from inbox.services.audit.trail import record_audit

log = logging.getLogger(__name__)

INVITATION_LIFETIME = timedelta(days=7)


class InvitationInvalidError(LookupError):
    """The link was used, replaced, expired or never existed."""


class SignInRequiredError(PermissionError):
    """The address has an account: its owner accepts signed in to it."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _address(email: str) -> str:
    address = email.strip().lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or any(character.isspace() for character in address) or len(address) > 320:
        raise ValueError(f"{email!r} is not an e-mail address.")
    return address


def invite_person(office_id: int, actor: User | None, email: str, name: str, role: Role) -> OfficeInvitation:
    """Invite an address to a role in the office and queue the mail with its link.

    The answer is the same whether or not the address has an account. A new invitation of the
    same address replaces a pending one (its link stops working).
    """
    address = _address(email)
    member = db.session.execute(
        select(Membership.id)
        .join(User, User.id == Membership.user_id)
        .where(Membership.office_id == office_id, func.lower(User.email) == address)
    ).first()
    if member is not None:
        raise ValueError(f"{address} is already a member of this office.")
    db.session.execute(
        delete(OfficeInvitation).where(
            OfficeInvitation.office_id == office_id,
            OfficeInvitation.email == address,
            OfficeInvitation.accepted_at.is_(None),
        )
    )
    now = utcnow()
    invitation = OfficeInvitation(
        office_id=office_id,
        email=address,
        name=name.strip()[:200],
        role=role,
        invited_by_id=actor.id if actor else None,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
    )
    db.session.add(invitation)
    db.session.flush()
    record_audit(
        office_id, actor.id if actor else None, "user.invited", "invitation", invitation.id,
        {"email": address, "role": str(role)},
    )  # fmt: skip
    db.session.commit()
    enqueue("account_mail_job", "invitation", invitation.id)
    return invitation


def pending_invitations(office_id: int) -> list[OfficeInvitation]:
    """The office's invitations nobody accepted yet and that still work, newest first."""
    return list(
        db.session.execute(
            select(OfficeInvitation)
            .where(
                OfficeInvitation.office_id == office_id,
                OfficeInvitation.accepted_at.is_(None),
                OfficeInvitation.expires_at > utcnow(),
            )
            .order_by(OfficeInvitation.id.desc())
        ).scalars()
    )


def mail_invitation(invitation_id: int) -> bool:
    """Make the invitation's link and mail it (once); False when nothing was sent."""
    invitation = db.session.get(OfficeInvitation, invitation_id)
    if invitation is None or invitation.mailed_at is not None or invitation.accepted_at is not None:
        return False
    office = db.session.get(Office, invitation.office_id)
    assert office is not None
    token = secrets.token_urlsafe(32)
    language = office.language
    body = text(
        "invitation.body",
        language,
        office=office.name,
        email=invitation.email,
        role=text(f"role.{invitation.role.value}", language),
        expires=mail_time(invitation.expires_at, language, office.timezone),
        link=public_link(f"/invitation?token={token}"),
    )
    if not send_account_mail(invitation.email, text("invitation.subject", language, office=office.name), body):
        return False
    invitation.token_hash = _hash(token)
    invitation.mailed_at = utcnow()
    db.session.commit()
    return True


def invitation_for_token(token: str) -> OfficeInvitation | None:
    """The pending, unexpired invitation whose link carries ``token``, or None."""
    if not token or len(token) > 200:
        return None
    invitation = db.session.execute(
        select(OfficeInvitation).where(OfficeInvitation.token_hash == _hash(token))
    ).scalar_one_or_none()
    if invitation is None or invitation.accepted_at is not None or invitation.expires_at <= utcnow():
        return None
    return invitation


def account_exists(email: str) -> bool:
    """Whether this address has an account (shown only to whoever holds the invitation's link)."""
    return db.session.execute(select(User.id).where(func.lower(User.email) == email.lower())).first() is not None


def _join(invitation: OfficeInvitation, user: User) -> Membership:
    membership = db.session.execute(
        select(Membership).where(Membership.office_id == invitation.office_id, Membership.user_id == user.id)
    ).scalar_one_or_none()
    if membership is None:
        membership = Membership(office_id=invitation.office_id, user_id=user.id, role=invitation.role)
        db.session.add(membership)
        record_audit(
            invitation.office_id, user.id, "user.added", "user", user.id,
            {"role": str(invitation.role), "email": user.email, "invitation": invitation.id},
        )  # fmt: skip
    invitation.accepted_at = utcnow()
    invitation.token_hash = None  # single use
    db.session.commit()
    return membership


def accept_with_new_account(token: str, name: str, password: str, repeat: str) -> User:
    """Accept an invitation of an address without an account: create it with the password the person chose."""
    invitation = invitation_for_token(token)
    if invitation is None:
        raise InvitationInvalidError("This invitation is no longer valid.")
    if account_exists(invitation.email):
        raise SignInRequiredError("This address has an account: sign in to it to accept.")
    check_new_password(password, repeat)
    user = User(
        email=invitation.email,
        name=(name.strip() or invitation.name or invitation.email)[:200],
        password_hash=hash_password(password),
        language=db.session.get(Office, invitation.office_id).language,  # type: ignore[union-attr]
    )
    db.session.add(user)
    db.session.flush()
    _join(invitation, user)
    return user


def accept_signed_in(token: str, user: User) -> Membership:
    """Accept an invitation as the signed-in owner of the invited address (the link proves the mailbox)."""
    invitation = invitation_for_token(token)
    if invitation is None:
        raise InvitationInvalidError("This invitation is no longer valid.")
    if not user.is_active or user.email.lower() != invitation.email:
        raise PermissionError("This invitation is for another address.")
    return _join(invitation, user)
