"""Voters' display names fetched from the provider, once per identity, for voters who came without one.

Messenger and Instagram direct messages name their sender by a scoped id only, so such a
voter shows as "Facebook-gebruiker …6631" and is greeted neutrally. After a successful
poll of a Facebook or Instagram account, :func:`fetch_missing_names` asks Meta's user
profile API (:mod:`inbox.ingest.meta.profiles`) for a few of the account's nameless
direct-message voters and keeps the answer on the identity, and on the contact when the
contact's name is still a stand-in, a number or a handle. A voter is asked for once: the
name is stored, so later messages cost nothing. Politeness: at most
:data:`LOOKUPS_PER_POLL` lookups per poll; a rate-limit answer or usage near Meta's limit
stops the round. A failure or an empty answer leaves the current name, never blocks
storing messages (the poll has committed them before), and is retried later with a
growing wait, at most :data:`MAX_ATTEMPTS` times.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import literal, or_, select

from inbox.ingest.base import ChannelError
from inbox.ingest.meta.profiles import dm_thread_prefix, fetch_profile_name
from inbox.models import AccountHealth, ChannelAccount, ChannelKind, Contact, ContactIdentity, Conversation, db, utcnow
from inbox.services.contacts.names import greeting_name
from inbox.services.conversations.summaries import publish_conversation_changes

log = logging.getLogger(__name__)

LOOKUP_KINDS = (ChannelKind.FACEBOOK, ChannelKind.INSTAGRAM)
LOOKUPS_PER_POLL = 5
MAX_ATTEMPTS = 6
FIRST_RETRY = timedelta(minutes=10)
LONGEST_RETRY = timedelta(days=1)


def _retry_after(attempts: int) -> datetime:
    return utcnow() + min(FIRST_RETRY * (2 ** max(attempts - 1, 0)), LONGEST_RETRY)


def due_identities(account: ChannelAccount, limit: int = LOOKUPS_PER_POLL) -> list[ContactIdentity]:
    """The account's nameless direct-message voters whose lookup is due (oldest first)."""
    now = utcnow()
    thread = literal(dm_thread_prefix(account.kind)) + ContactIdentity.external_id
    query = (
        select(ContactIdentity)
        .join(
            Conversation,
            (Conversation.channel_account_id == account.id)
            & (Conversation.contact_id == ContactIdentity.contact_id)
            & (Conversation.thread_key == thread),
        )
        .where(
            ContactIdentity.office_id == account.office_id,
            ContactIdentity.channel_kind == account.kind,
            ContactIdentity.display_name == "",
            ContactIdentity.name_lookup_attempts < MAX_ATTEMPTS,
            or_(ContactIdentity.name_lookup_after.is_(None), ContactIdentity.name_lookup_after <= now),
        )
        .order_by(ContactIdentity.id)
        .limit(limit)
    )
    return list(db.session.execute(query).scalars().unique())


def _use_name(identity: ContactIdentity, name: str, username: str) -> list[int]:
    """Keep the name on the identity (and the contact, if it has no real name); the conversations to refresh."""
    identity.display_name = name
    identity.name_lookup_after = None
    if username and not identity.handle:
        identity.handle = username
    contact = db.session.get(Contact, identity.contact_id)
    if contact is None or greeting_name(contact) is not None:
        return []
    contact.display_name = name
    return list(db.session.execute(select(Conversation.id).where(Conversation.contact_id == contact.id)).scalars())


def fetch_missing_names(account_id: int) -> int:
    """Look up a few nameless voters of a Facebook or Instagram account; returns how many got a name."""
    account = db.session.get(ChannelAccount, account_id)
    if account is None or account.kind not in LOOKUP_KINDS or account.disconnected_at is not None:
        return 0
    named, changed = 0, []
    for identity in due_identities(account):
        try:
            profile = fetch_profile_name(account, identity.external_id)
        except ChannelError as error:
            identity.name_lookup_attempts += 1
            identity.name_lookup_after = error.retry_at or _retry_after(identity.name_lookup_attempts)
            log.info("no name for %s voter %s yet: %s", account.kind, identity.id, error.detail)
            if error.health in (AccountHealth.RATE_LIMITED, AccountHealth.UNAUTHORIZED):
                break  # the next identities would be refused too: wait for the next poll
            continue
        if profile.name:
            changed += _use_name(identity, profile.name, profile.username)
            named += 1
        else:
            identity.name_lookup_attempts += 1
            identity.name_lookup_after = _retry_after(identity.name_lookup_attempts)
        if profile.near_limit:
            break
    office_id = account.office_id
    db.session.commit()
    if changed:
        publish_conversation_changes(office_id, sorted(set(changed)), "conversation.updated")
    return named
