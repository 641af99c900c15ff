"""Password hashing with argon2id; older hashes are verified once and upgraded."""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from werkzeug.security import check_password_hash

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` with a fresh salt."""
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash`` (argon2, or a legacy werkzeug hash)."""
    if stored_hash.startswith("$argon2"):
        try:
            return _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False
    return check_password_hash(stored_hash, password)


def needs_rehash(stored_hash: str) -> bool:
    """True for legacy hashes and argon2 hashes made with weaker parameters."""
    return not stored_hash.startswith("$argon2") or _hasher.check_needs_rehash(stored_hash)


@cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def verify_dummy(password: str) -> bool:
    """Spend the time of a real verification on an address without an account (always False).

    Without it a login for an unknown address answers much faster than one with a wrong
    password, and the time alone tells which addresses have an account.
    """
    verify_password(_dummy_hash(), password)
    return False
