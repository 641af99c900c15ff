"""Declarative base, the shared ``db`` handle and column types used by every model."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cryptography.fernet import Fernet, MultiFernet
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import JSON, DateTime, Enum, LargeBinary, MetaData
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of all Dialoog models."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite forgets zones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC times")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def enum_column(enum: type[StrEnum], length: int = 24) -> Enum:
    """A portable string-backed enum column storing the members' values."""
    return Enum(enum, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e])


JSONType = JSON().with_variant(JSONB(), "postgresql")


class _Cipher:
    """Fernet cipher for secrets at rest; the key comes from settings (see ``init_cipher``)."""

    fernet: MultiFernet | None = None


def init_cipher(*keys: str) -> None:
    """Install the encryption key(s); the first encrypts, all decrypt (for key rotation)."""
    _Cipher.fernet = MultiFernet([Fernet(key.encode() if isinstance(key, str) else key) for key in keys])


class EncryptedJSON(TypeDecorator[dict[str, Any]]):
    """A JSON object encrypted with Fernet before it reaches the database."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        if _Cipher.fernet is None:
            raise RuntimeError("encryption key not initialised; create the app first")
        return _Cipher.fernet.encrypt(json.dumps(value).encode())

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> dict[str, Any] | None:
        if value is None:
            return None
        if _Cipher.fernet is None:
            raise RuntimeError("encryption key not initialised; create the app first")
        return json.loads(_Cipher.fernet.decrypt(bytes(value)))
