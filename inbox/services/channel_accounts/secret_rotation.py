"""Secrets at rest: find every encrypted value, check it can be read, re-encrypt it with the current key.

Encrypted columns are found from the models (every column whose type is one of
``ENCRYPTED_TYPES``), so a new encrypted column is covered without listing it here. Values
are read and written raw (bytes), never decrypted into the ORM, and each batch is
committed: a rotation that stops half-way is finished by running it again, and a value
already under the current key is left alone (idempotent).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from flask import current_app
from sqlalchemy import LargeBinary, Table, column, func, select, table

from inbox.models import Base, db
from inbox.models.base import EncryptedJSON
from inbox.services.audit.trail import record_audit

ENCRYPTED_TYPES: tuple[type, ...] = (EncryptedJSON,)
BATCH = 200
CURRENT, OLD_KEY, UNREADABLE = "current", "old_key", "unreadable"
HOW_TO_FIX = (
    "These values cannot be decrypted with DIALOOG_ENCRYPTION_KEY nor with any key in "
    "DIALOOG_ENCRYPTION_OLD_KEYS. Add the key they were encrypted with to DIALOOG_ENCRYPTION_OLD_KEYS "
    "(comma-separated; in the embedded mode the first key was generated into instance/encryption_key), "
    "then run `python -m inbox secrets rotate`."
)


@dataclass(frozen=True)
class EncryptedColumn:
    """One encrypted column: its table, the column and the table's (single) primary key."""

    table: str
    column: str
    key: str

    @property
    def label(self) -> str:
        """``table.column``, as the commands print it."""
        return f"{self.table}.{self.column}"

    def raw(self) -> Table:
        """A lightweight table whose value column reads and writes the stored bytes as they are."""
        return table(self.table, column(self.key), column(self.column, LargeBinary))


@dataclass
class ColumnReport:
    """What was found (and done) in one encrypted column."""

    column: str
    current: int = 0  # already under the current key
    old_key: int = 0  # readable with an old key only (after a rotation: re-encrypted)
    unreadable: list[str] = field(default_factory=list)  # primary keys of values no key opens
    rotated: int = 0


@dataclass
class SecretsReport:
    """Per-column reports of a check or a rotation."""

    columns: list[ColumnReport]

    @property
    def unreadable(self) -> int:
        """Values that no configured key can decrypt."""
        return sum(len(report.unreadable) for report in self.columns)

    @property
    def rotated(self) -> int:
        """Values re-encrypted with the current key by this run."""
        return sum(report.rotated for report in self.columns)

    def as_detail(self) -> dict[str, dict[str, int]]:
        """Counts per column, for the audit event."""
        return {
            r.column: {
                "current": r.current,
                "old_key": r.old_key,
                "rotated": r.rotated,
                "unreadable": len(r.unreadable),
            }
            for r in self.columns
        }


def encrypted_columns() -> list[EncryptedColumn]:
    """Every column of every model that holds encrypted values."""
    found = []
    for model_table in Base.metadata.sorted_tables:
        keys = [c.name for c in model_table.primary_key.columns]
        for model_column in model_table.columns:
            if isinstance(model_column.type, ENCRYPTED_TYPES):
                if len(keys) != 1:
                    raise RuntimeError(f"{model_table.name}: encrypted values need a single-column primary key")
                found.append(EncryptedColumn(model_table.name, model_column.name, keys[0]))
    return found


def _keys() -> tuple[Fernet, MultiFernet]:
    """The current key and all keys (current first), from the app's settings."""
    settings = current_app.extensions["dialoog.settings"]
    fernets = [Fernet(key.encode()) for key in (settings.encryption_key, *settings.encryption_old_keys)]
    return fernets[0], MultiFernet(fernets)


def classify(token: bytes, current: Fernet, every: MultiFernet) -> str:
    """``current`` (the current key opens it), ``old_key`` (only an old key does) or ``unreadable``."""
    try:
        current.decrypt(token)
        return CURRENT
    except InvalidToken:
        pass
    try:
        every.decrypt(token)
        return OLD_KEY
    except InvalidToken:
        return UNREADABLE


def count_encrypted() -> int:
    """How many stored encrypted values there are (the length of a progress bar)."""
    total = 0
    for target in encrypted_columns():
        raw = target.raw()
        total += db.session.execute(
            select(func.count()).select_from(raw).where(raw.c[target.column].is_not(None))
        ).scalar_one()
    return total


def _batches(target: EncryptedColumn) -> Iterator[list[tuple[object, bytes]]]:
    """(primary key, stored bytes) of the column's non-empty values, in key order, a batch at a time."""
    raw = target.raw()
    key, value = raw.c[target.key], raw.c[target.column]
    last = None
    while True:
        query = select(key, value).where(value.is_not(None)).order_by(key).limit(BATCH)
        if last is not None:
            query = query.where(key > last)
        rows = [(row[0], bytes(row[1])) for row in db.session.execute(query)]
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def check_secrets(progress: Callable[[int], None] = lambda _n: None) -> SecretsReport:
    """Find, per encrypted column, the values under the current key, under an old key, and unreadable."""
    current, every = _keys()
    reports = []
    for target in encrypted_columns():
        report = ColumnReport(target.label)
        for rows in _batches(target):
            for key, token in rows:
                state = classify(token, current, every)
                if state == UNREADABLE:
                    report.unreadable.append(str(key))
                else:
                    setattr(report, state, getattr(report, state) + 1)
            progress(len(rows))
        reports.append(report)
    db.session.rollback()
    return SecretsReport(reports)


def rotate_secrets(progress: Callable[[int], None] = lambda _n: None) -> SecretsReport:
    """Re-encrypt every value not yet under the current key with it; commit per batch; audited.

    Unreadable values are left as they are and reported (see ``HOW_TO_FIX``).
    """
    current, every = _keys()
    reports = []
    for target in encrypted_columns():
        report = ColumnReport(target.label)
        raw = target.raw()
        for rows in _batches(target):
            for key, token in rows:
                state = classify(token, current, every)
                if state == CURRENT:
                    report.current += 1
                elif state == UNREADABLE:
                    report.unreadable.append(str(key))
                else:
                    report.old_key += 1
                    fresh = every.rotate(token)
                    db.session.execute(raw.update().where(raw.c[target.key] == key).values({target.column: fresh}))
                    report.rotated += 1
            db.session.commit()
            progress(len(rows))
        reports.append(report)
    result = SecretsReport(reports)
    record_audit(None, None, "secrets.rotated", "database", "", result.as_detail())
    db.session.commit()
    return result
