"""The erasure ledger: keyed hashes of erased voters' identities, to erase them again after a restore.

A backup taken before an erasure still holds the voter. After restoring it, run
``python -m inbox privacy reapply-erasures``: every voter whose identity hashes are in the
ledger is erased again — but only what was stored before the erasure. A voter who writes
again after being erased is new data, stored and kept like anyone else's (erase them
again if they ask again).

The ledger holds no personal data: per erasure, the office id, the time, and for each of
the voter's channel identities (and e-mail address) an HMAC-SHA256 keyed with a key
derived from ``DIALOOG_ENCRYPTION_KEY`` — the key every backup needs anyway to read the
channel credentials. Without that key a hash cannot be tested against a guessed identity;
with another key (a new installation) old entries simply match nothing. After a key
rotation entries are matched under the old keys too (``DIALOOG_ENCRYPTION_OLD_KEYS``), which
restoring an older backup needs anyway to read its credentials.

Restoring a backup also restores its (older) ledger: keep the ledger outside the database
too (``privacy ledger-export``) and give that file to ``reapply-erasures --ledger FILE``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from flask import current_app
from sqlalchemy import select

from inbox.models import Contact, ContactIdentity, ErasureLedger, Office, db, utcnow

_PURPOSE = b"dialoog erasure ledger v1"
BATCH = 2000


def _derive(key: str) -> bytes:
    return hmac.new(key.encode(), _PURPOSE, hashlib.sha256).digest()


def _ledger_key() -> bytes:
    """The key new ledger entries are hashed with (derived from the current encryption key)."""
    return _derive(current_app.extensions["dialoog.settings"].encryption_key)


def _ledger_keys() -> list[bytes]:
    """Every key an entry may have been hashed with: the current one and the old ones (key rotation)."""
    settings = current_app.extensions["dialoog.settings"]
    return [_derive(settings.encryption_key), *(_derive(key) for key in getattr(settings, "encryption_old_keys", ()))]


def identity_hash(office_id: int, kind: str, value: str, key: bytes | None = None) -> str:
    """The keyed hash of one identity of a voter in an office (e-mail addresses in lower case)."""
    text = f"{office_id}\x1f{kind}\x1f{value.lower() if '@' in value else value}"
    return hmac.new(key or _ledger_key(), text.encode(), hashlib.sha256).hexdigest()


def contact_hashes(contact_ids: Iterable[int], *, every_key: bool = False) -> dict[int, set[str]]:
    """contact id -> the hashes of its identities and its e-mail address.

    With ``every_key`` the hashes under the old encryption keys too (for matching entries
    written before a key rotation); otherwise under the current key (for new entries).
    """
    keys = _ledger_keys() if every_key else [_ledger_key()]
    ids = list(contact_ids)
    found: dict[int, set[str]] = {cid: set() for cid in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for cid, office_id, email in db.session.execute(
            select(Contact.id, Contact.office_id, Contact.email).where(Contact.id.in_(chunk))
        ):
            if email:
                found[cid].update(identity_hash(office_id, "email", email, key) for key in keys)
        for cid, office_id, kind, external in db.session.execute(
            select(
                ContactIdentity.contact_id,
                ContactIdentity.office_id,
                ContactIdentity.channel_kind,
                ContactIdentity.external_id,
            ).where(ContactIdentity.contact_id.in_(chunk))
        ):
            for key in keys:
                found[cid].add(identity_hash(office_id, str(kind), external, key))
                if "@" in external:
                    found[cid].add(identity_hash(office_id, "email", external, key))
    return found


def office_hash(office_id: int, name: str, key: bytes | None = None) -> str:
    """The keyed hash recorded when a whole office is erased (its id and name)."""
    return identity_hash(office_id, "office", name, key)


def record_erasure(office_id: int, hashes: Iterable[str], kind: str = "voter") -> ErasureLedger:
    """Add a ledger entry to the current transaction."""
    entry = ErasureLedger(office_id=office_id, kind=kind, identity_hashes=sorted(set(hashes)), erased_at=utcnow())
    db.session.add(entry)
    return entry


def ledger_lines() -> Iterator[str]:
    """The whole ledger as JSON lines (for keeping outside the database)."""
    for entry in db.session.execute(select(ErasureLedger).order_by(ErasureLedger.id)).scalars():
        yield json.dumps(
            {
                "office_id": entry.office_id,
                "kind": entry.kind,
                "identity_hashes": entry.identity_hashes,
                "erased_at": entry.erased_at.isoformat(),
            }
        )


def import_ledger_lines(lines: Iterable[str]) -> int:
    """Add entries from a ledger export that the database lacks (after a restore); returns how many."""
    known = {
        (entry.office_id, entry.kind, entry.erased_at.isoformat(), tuple(entry.identity_hashes))
        for entry in db.session.execute(select(ErasureLedger)).scalars()
    }
    added = 0
    for line in lines:
        if not line.strip():
            continue
        data: dict[str, Any] = json.loads(line)
        erased_at = datetime.fromisoformat(data["erased_at"])
        hashes = tuple(sorted(str(value) for value in data["identity_hashes"]))
        if (int(data["office_id"]), str(data["kind"]), erased_at.isoformat(), hashes) in known:
            continue
        db.session.add(
            ErasureLedger(
                office_id=int(data["office_id"]),
                kind=str(data["kind"]),
                identity_hashes=list(hashes),
                erased_at=erased_at,
            )
        )
        added += 1
    db.session.commit()
    return added


def matching_contacts() -> list[tuple[int, ErasureLedger]]:
    """Contacts in the database whose identities are in a voter ledger entry, with that entry.

    Every identity is hashed once (in batches); a contact matching several entries gets the
    latest one.
    """
    entries = list(db.session.execute(select(ErasureLedger).where(ErasureLedger.kind == "voter")).scalars())
    by_hash: dict[str, ErasureLedger] = {}
    for entry in sorted(entries, key=lambda item: item.erased_at):
        for value in entry.identity_hashes:
            by_hash[value] = entry
    if not by_hash:
        return []
    found: dict[int, ErasureLedger] = {}
    last = 0
    while True:
        ids = list(
            db.session.execute(select(Contact.id).where(Contact.id > last).order_by(Contact.id).limit(BATCH)).scalars()
        )
        if not ids:
            break
        last = ids[-1]
        for cid, hashes in contact_hashes(ids, every_key=True).items():
            for value in hashes:
                entry = by_hash.get(value)
                if entry is not None and (cid not in found or found[cid].erased_at < entry.erased_at):
                    found[cid] = entry
    return sorted(found.items())


def matching_offices() -> list[tuple[int, ErasureLedger]]:
    """Offices in the database that an office ledger entry says were erased."""
    entries = list(db.session.execute(select(ErasureLedger).where(ErasureLedger.kind == "office")).scalars())
    found = []
    for entry in entries:
        office = db.session.get(Office, entry.office_id)
        if (
            office is not None
            and office.created_at <= entry.erased_at
            and any(office_hash(office.id, office.name, key) in entry.identity_hashes for key in _ledger_keys())
        ):
            found.append((office.id, entry))
    return found
